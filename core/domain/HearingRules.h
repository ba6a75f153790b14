#pragma once

#include "Case.h"
#include "Hearing.h"
#include "OfficeTime.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// The rules of clarification hearings (docs/domain.md §4): invitations at least a day ahead,
// absences and the second invitation, deciding on the evidence at hand, the age in the minutes, and
// what a hearing must hold before it is stored. Pure: no I/O; the day comes from the caller.
// Messages are in the user's language.
class HearingRules
{
    Q_DECLARE_TR_FUNCTIONS(HearingRules)

public:
    // The codes, in display order.
    static QStringList roles();       // "pelapor", "terlapor", "saksi", "ahli"
    static QStringList deliveries();  // "langsung", "sistem", "telepon"
    static QStringList attendances(); // "", "hadir", "tidak_hadir", "diwakili"
    static QStringList oaths();       // "", "bersumpah", "menolak"
    // Their labels; an unknown code is returned as it is.
    static QString roleLabel(const QString &role);
    static QString deliveryLabel(const QString &delivery);
    static QString attendanceLabel(const QString &attendance);
    static QString oathLabel(const QString &oath);
    static QString invitationLabel(int invitation); // "First invitation", "Second invitation"

    // Not empty when the invitation reached (deliveredOn, else invitedOn) the person less than
    // one full day before the hearing: delivered on the day before is in time, on the day itself
    // is not. When neither date is known and the hearing is still ahead of `today`, warns when an
    // invitation sent today would already be late. Empty without a hearing date.
    // The hearing's day and time are read in the office's `zone`.
    static QString invitationWarning(const Hearing &h, const Attendee &a,
                                     const QDate &today = QDate(),
                                     const OfficeTime &zone = OfficeTime());

    // Whether two attendees are the same person of the case: the same party when both are
    // parties, else the same role and name (case and spacing ignored).
    static bool isSamePerson(const Attendee &a, const Attendee &b);
    // How often the person did not attend ("tidak_hadir") over the case's hearings.
    static int absences(const QList<Hearing> &caseHearings, const Attendee &a);
    // Whether the person already has a second invitation in the case's hearings.
    static bool hasSecondInvitation(const QList<Hearing> &caseHearings, const Attendee &a);
    // Whether to offer a second invitation for this attendee: absent at a first invitation, no
    // other absence and no second invitation yet.
    static bool offersSecondInvitation(const QList<Hearing> &caseHearings, const Attendee &a);
    // Whether a person reported did not attend twice, so that the case is decided on the evidence
    // at hand; with the sentence to show (empty when not).
    static bool decideOnEvidence(const QList<Hearing> &caseHearings, const Case &c);
    static QString decideOnEvidenceNotice(const QList<Hearing> &caseHearings, const Case &c);

    // Full years from birth to `on` (a 29 February birthday comes on 1 March in other years);
    // -1 when a date is missing or `on` is before the birth.
    static int age(const QDate &birth, const QDate &on);

    // Why the minutes of `a` may not be signed (nor a refusal to sign recorded) at `now`: the
    // hearing has not started yet (its time read in the office's zone), or the person's
    // attendance is not recorded as present or represented. Empty when they may.
    static QString whyNotSign(const Hearing &h, const Attendee &a, const QDateTime &now,
                              const QTimeZone &officeZone);
    // Not empty when a birth date typed for a person heard differs from the one the person's NIP
    // holds: a warning to check either, never a refusal.
    static QString birthDateWarning(const QDate &typed, const QString &nip);

    // Every reason the hearing may not be stored, one per line; empty when it may.
    // The hearing's day is read in the office's `zone`.
    static QString validate(const Hearing &h, const Case &c, const QDate &today,
                            const OfficeTime &zone = OfficeTime());
};
