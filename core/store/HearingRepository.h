#pragma once

#include "Database.h"
#include "RecordWriter.h"
#include "domain/Hearing.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariantMap>
#include <optional>

// The clarification hearings of cases (docs/domain.md §4): the hearing and the persons invited,
// their invitations and attendance, the minutes typed live, signing, and addenda to signed minutes.
// Every write runs in one transaction together with its change log entries, under the case's
// uuid.
//
// Signed minutes are locked: once an attendee's minutes are signed (or the person refused to
// sign), their questions and answers, identity, role, counsel, attendance and oath, and the
// hearing's own date, place and examiners (which the minutes' header states) can no longer
// change; corrections go into dated addenda.
class HearingRepository
{
    Q_DECLARE_TR_FUNCTIONS(HearingRepository)

public:
    explicit HearingRepository(Database &db) : m_db(db) {}

    // The hearings of a case in date order, each with its attendees, their minutes and addenda.
    // As the signed-in user may see them: a confidential reporter heard is withheld
    // (Identity::withhold, Attendee::identityHidden) from everyone signed in, as the case's
    // reporter is by CaseRepository::load; with nobody signed in, as stored.
    QList<Hearing> hearings(qint64 caseId) const;
    std::optional<Hearing> hearing(qint64 id) const;
    // The hearing that holds an attendee.
    std::optional<Hearing> hearingOf(qint64 attendeeId) const;
    // The hearings of a case with a confidential reporter's identity, for a user who may see it
    // (a coordinator); the caller logs the reveal (CaseRepository::revealReporter).
    std::optional<QList<Hearing>> revealedHearings(qint64 caseId, QString *error) const;

    // Inserts the hearing, or updates the stored one of the same id or uuid, validated with
    // HearingRules::validate. Attendees are matched by uuid (else id): new ones are inserted
    // with their minutes, changed ones updated, missing ones removed (not when signed). The
    // minutes of an attendee already stored are left to saveMinutes, and signing and addenda to
    // sign and addAddendum, so that a hearing form holding an older copy cannot overwrite them.
    // On success `h` holds the ids and uuids, and the stored minutes, signatures and addenda.
    bool saveHearing(Hearing &h, QString *error);

    // Replaces the questions and answers of unsigned minutes, writing only the rows that were
    // added, changed, moved or removed; one change log entry (the count of entries) when
    // anything changed, none otherwise. An entry is the stored row of the same uuid (else id);
    // entries without either take the remaining stored rows in order, the rest are inserted.
    // `stored`, when given, receives the entries as stored, with their ids and uuids.
    bool saveMinutes(qint64 attendeeId, const QList<MinutesEntry> &entries, QString *error,
                     QList<MinutesEntry> *stored = nullptr);

    // Signs the minutes now (Database::now()): `signedBy` names who signed; a non-empty
    // `refusalReason` records that the person refused to sign, and why. Either locks them.
    bool sign(qint64 attendeeId, const QString &signedBy, const QString &refusalReason,
              QString *error);
    // Why the minutes may not be signed now (HearingRules::whyNotSign, the hearing's time in the
    // office's zone: OfficeTime of the office code, else of the case's regency); empty when they
    // may. sign() refuses with the same reason.
    QString whyNotSign(qint64 attendeeId) const;
    // Minutes are typed on one computer at a time: claims a person heard's minutes for this
    // connection until releaseMinutes() or the program ends. False when another computer on
    // the server holds them, with its user's name in `holder` (empty when not known). Always
    // true on a file, which one program holds.
    bool claimMinutes(qint64 attendeeId, QString *holder);
    void releaseMinutes(qint64 attendeeId);
    // A dated correction to signed minutes.
    bool addAddendum(qint64 attendeeId, const QString &text, QString *error,
                     Addendum *added = nullptr);

    // Records attendance ("", "hadir", "tidak_hadir", "diwakili") and oath ("", "bersumpah",
    // "menolak").
    bool setAttendance(qint64 attendeeId, const QString &attendance, const QString &oath,
                       QString *error);

    // The second invitation after an absence: the same person in the case's hearing at
    // `newHearingAt` (made from the missed one's place and examiners when there is none), with
    // invitation = 2, sent today; the absent attendee's secondInvitedOn is set. Refused when the
    // person was not absent or already had a second invitation.
    bool inviteAgain(qint64 attendeeId, const QDateTime &newHearingAt, QString *error,
                     qint64 *hearingId = nullptr);

private:
    QString whyNotSign(const Hearing &h, const Attendee &a) const;
    // Whether the signed-in user may change the hearings of the attendee's case.
    bool permittedFor(qint64 attendeeId, QString *error);
    // As stored, for writing; the public readers withhold from it (shown).
    QList<Hearing> load(const QString &where, qint64 key) const;
    QList<Hearing> shown(QList<Hearing> list) const;
    std::optional<Hearing> rawHearing(qint64 id) const;
    std::optional<Hearing> rawHearingOf(qint64 attendeeId) const;
    // An attendee's name as the signed-in user may see it, for messages.
    QString nameOf(const Hearing &h, const Attendee &a) const;
    bool insertMinutes(Attendee &a, QString *error);

    // saveHearing() in parts. The stored hearing `n` names (by id, else by uuid), `n` taking
    // its case, id and uuid; false when it is gone or would move to another case.
    bool findStored(Hearing &n, std::optional<Hearing> *stored, QString *error);
    // The hearing's own row, added or updated (refused when signed minutes would change).
    bool writeHearingRow(Hearing &n, const std::optional<Hearing> &stored, const QString &caseUuid,
                         QString *error);
    // The attendees: added, updated, and those no longer listed removed.
    bool writeAttendees(Hearing &n, const std::optional<Hearing> &stored, const QString &caseUuid,
                        QString *error);
    bool addAttendee(Attendee &a, qint64 hearingId, const QString &caseUuid, QString *error);
    bool updateAttendee(Attendee &a, const Hearing &stored, const Attendee &old,
                        const QString &caseUuid, QString *error);
    // "The hearing could not be stored" with the database's reason; false.
    static bool notStored(const QString &sqlError, QString *error);

    // saveMinutes() in parts: one stored line of the minutes.
    struct MinutesLine;
    // The attendee's uuid and case's uuid; false when gone or signed.
    bool unsignedAttendee(qint64 attendeeId, QString *attendeeUuid, QString *caseUuid,
                          QString *error);
    bool readMinutes(qint64 attendeeId, QList<MinutesLine> *lines, QString *error);
    // Which stored line each entry is (-1: a new one), claiming them.
    static QList<int> matchMinutes(const QList<MinutesEntry> &entries, QList<MinutesLine> &lines);
    // Deletes the lines not claimed, updates those that differ and inserts the new ones;
    // `result` receives the entries as stored and `written` counts the rows written.
    bool writeMinutes(qint64 attendeeId, const QList<MinutesEntry> &entries,
                      const QList<MinutesLine> &lines, const QList<int> &match, const QString &now,
                      QList<MinutesEntry> *result, int *written, QString *error);
    // Touches the attendee and logs the count and digest of the minutes before and after.
    bool logMinutes(qint64 attendeeId, const QString &attendeeUuid, const QString &caseUuid,
                    const QString &now, qint64 countBefore, qint64 countAfter,
                    const QString &digestBefore, QString *error);
    Database &m_db;
    RecordWriter m_records{m_db};
};
