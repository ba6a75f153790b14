#include "HearingRules.h"
#include "domain/DateFormat.h"

#include "Nip.h"

#include <QLocale>

namespace {

QString dateTimeText(const QDateTime &t)
{
    return QLocale().toString(t, shortMonthDateTimeFormat());
}

constexpr QLatin1String absent = Codes::Attendance::Absent;

} // namespace

QStringList HearingRules::roles()
{
    return Codes::all(Codes::Kind::AttendeeRole);
}

QStringList HearingRules::deliveries()
{
    return Codes::all(Codes::Kind::Delivery);
}

QStringList HearingRules::attendances()
{
    return Codes::all(Codes::Kind::Attendance);
}

QStringList HearingRules::oaths()
{
    return Codes::all(Codes::Kind::Oath);
}

QString HearingRules::roleLabel(const QString &role)
{
    return Codes::label(Codes::Kind::AttendeeRole, role);
}

QString HearingRules::deliveryLabel(const QString &delivery)
{
    return Codes::label(Codes::Kind::Delivery, delivery);
}

QString HearingRules::attendanceLabel(const QString &attendance)
{
    return Codes::label(Codes::Kind::Attendance, attendance);
}

QString HearingRules::oathLabel(const QString &oath)
{
    return Codes::label(Codes::Kind::Oath, oath);
}

QString HearingRules::invitationLabel(int invitation)
{
    return invitation == 2 ? tr("Second invitation") : tr("First invitation");
}

QString HearingRules::invitationWarning(const Hearing &h, const Attendee &a, const QDate &today,
                                        const OfficeTime &zone)
{
    if (!h.scheduledAt.isValid())
        return {};
    const QDateTime at = zone.moment(h.scheduledAt);
    const QDate hearingDay = zone.date(at);
    const QString who = a.name.trimmed();
    const QString when = zone.dateTime(at);
    if (a.deliveredOn.isValid() || a.invitedOn.isValid()) {
        const QDate reached = a.deliveredOn.isValid() ? a.deliveredOn : a.invitedOn;
        const qint64 days = reached.daysTo(hearingDay);
        if (days >= 1)
            return {};
        if (days < 0)
            return tr("The invitation to %1 reached them on %2, after the hearing on %3.")
                .arg(who, shortMonthDate(reached), when);
        return a.deliveredOn.isValid()
                   ? tr("The invitation to %1 was delivered on %2, less than one day before the "
                        "hearing on %3.")
                         .arg(who, shortMonthDate(reached), when)
                   : tr("The invitation to %1 was sent on %2, less than one day before the "
                        "hearing on %3.")
                         .arg(who, shortMonthDate(reached), when);
    }
    if (!today.isValid() || hearingDay < today || today.daysTo(hearingDay) >= 1)
        return {};
    return tr("An invitation to %1 sent today would arrive less than one day before the hearing "
              "on %2.")
        .arg(who, when);
}

bool HearingRules::isSamePerson(const Attendee &a, const Attendee &b)
{
    if (a.partyId > 0 && b.partyId > 0)
        return a.partyId == b.partyId;
    return a.role == b.role &&
           a.name.simplified().compare(b.name.simplified(), Qt::CaseInsensitive) == 0;
}

int HearingRules::absences(const QList<Hearing> &caseHearings, const Attendee &a)
{
    int n = 0;
    for (const Hearing &h : caseHearings) {
        for (const Attendee &other : h.attendees) {
            if (other.attendance == absent && isSamePerson(a, other))
                ++n;
        }
    }
    return n;
}

bool HearingRules::hasSecondInvitation(const QList<Hearing> &caseHearings, const Attendee &a)
{
    if (a.invitation == 2)
        return true;
    for (const Hearing &h : caseHearings) {
        for (const Attendee &other : h.attendees) {
            if (other.invitation == 2 && isSamePerson(a, other))
                return true;
        }
    }
    return false;
}

bool HearingRules::offersSecondInvitation(const QList<Hearing> &caseHearings, const Attendee &a)
{
    return a.attendance == absent && !hasSecondInvitation(caseHearings, a) &&
           absences(caseHearings, a) <= 1;
}

namespace {

// The persons reported who did not attend twice, by name, each once.
QStringList absentTwice(const QList<Hearing> &caseHearings, const Case &c)
{
    QStringList names;
    QList<Attendee> seen;
    for (const Hearing &h : caseHearings) {
        if (h.caseId > 0 && c.id > 0 && h.caseId != c.id)
            continue;
        for (const Attendee &a : h.attendees) {
            if (a.role != Codes::Role::Reported)
                continue;
            bool known = false;
            for (const Attendee &s : std::as_const(seen))
                known = known || HearingRules::isSamePerson(a, s);
            if (known)
                continue;
            seen << a;
            if (HearingRules::absences(caseHearings, a) < 2)
                continue;
            QString name = a.name.trimmed();
            for (const Party &p : c.parties) {
                if (a.partyId > 0 && p.id == a.partyId && !p.name.trimmed().isEmpty())
                    name = p.name.trimmed();
            }
            names << name;
        }
    }
    return names;
}

} // namespace

bool HearingRules::decideOnEvidence(const QList<Hearing> &caseHearings, const Case &c)
{
    return !absentTwice(caseHearings, c).isEmpty();
}

QString HearingRules::decideOnEvidenceNotice(const QList<Hearing> &caseHearings, const Case &c)
{
    const QStringList names = absentTwice(caseHearings, c);
    if (names.isEmpty())
        return {};
    return tr("%1 did not attend after two invitations: the case is to be decided on the evidence "
              "at hand.")
        .arg(names.join(QStringLiteral(", ")));
}

int HearingRules::age(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return -1;
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

QString HearingRules::validate(const Hearing &h, const Case &c, const QDate &today,
                               const OfficeTime &zone)
{
    QStringList problems;
    if (!h.scheduledAt.isValid()) {
        problems << tr("The hearing needs a date and time.");
    } else {
        const QDate start = c.registeredDate.isValid() ? c.registeredDate : c.receivedDate;
        const QDateTime at = zone.moment(h.scheduledAt);
        if (start.isValid() && zone.date(at) < start)
            problems << (c.registeredDate.isValid()
                             ? tr("The hearing on %1 is before the registration on %2.")
                             : tr("The hearing on %1 is before the case was received on %2."))
                            .arg(zone.dateTime(at), shortMonthDate(start));
    }
    if (h.online) {
        if (h.platform.trimmed().isEmpty())
            problems << tr("An online hearing needs the platform it is held on.");
        if (h.onlineReason.trimmed().isEmpty())
            problems << tr("An online hearing needs the reason it may be held online.");
    } else if (h.place.trimmed().isEmpty()) {
        problems << tr("A hearing held in person needs its place.");
    }
    for (int i = 0; i < h.attendees.size(); ++i) {
        const Attendee &a = h.attendees.at(i);
        for (int j = 0; j < i; ++j) {
            if (!a.name.trimmed().isEmpty() && isSamePerson(a, h.attendees.at(j)))
                problems << tr("%1 is invited twice to the same hearing.").arg(a.name);
        }
        const QString who = a.name.trimmed().isEmpty() ? tr("A person to be heard") : a.name;
        if (a.name.trimmed().isEmpty())
            problems << tr("Each person to be heard needs a name.");
        if (!roles().contains(a.role))
            problems << tr("%1: unknown role \"%2\".").arg(who, a.role);
        if (a.invitation != 1 && a.invitation != 2)
            problems << tr("%1: an invitation is the first or the second.").arg(who);
        if (!a.delivery.isEmpty() && !deliveries().contains(a.delivery))
            problems << tr("%1: unknown way of delivery \"%2\".").arg(who, a.delivery);
        if (!attendances().contains(a.attendance))
            problems << tr("%1: unknown attendance \"%2\".").arg(who, a.attendance);
        if (!oaths().contains(a.oath))
            problems << tr("%1: unknown oath \"%2\".").arg(who, a.oath);
        else if (!a.oath.isEmpty() && a.attendance == absent)
            problems << tr("%1 was absent and cannot have taken or refused the oath.").arg(who);
        // An invitation goes out once the case is registered, and arrives after it was sent.
        if (a.invitedOn.isValid() && c.registeredDate.isValid() && a.invitedOn < c.registeredDate)
            problems << tr("%1: the invitation was sent on %2, before the registration on %3.")
                            .arg(who, shortMonthDate(a.invitedOn),
                                 shortMonthDate(c.registeredDate));
        if (a.invitedOn.isValid() && a.deliveredOn.isValid() && a.deliveredOn < a.invitedOn)
            problems << tr("%1: the invitation was delivered on %2, before it was sent on %3.")
                            .arg(who, shortMonthDate(a.deliveredOn), shortMonthDate(a.invitedOn));
        if (a.birthDate.isValid() && today.isValid() && a.birthDate > today)
            problems << tr("%1: the date of birth %2 is in the future.")
                            .arg(who, shortMonthDate(a.birthDate));
        if (a.partyId > 0) {
            bool found = false;
            for (const Party &p : c.parties)
                found = found || p.id == a.partyId;
            if (!found)
                problems << tr("%1 is not a person of this case.").arg(who);
        }
    }
    return problems.join(QLatin1Char('\n'));
}

QString HearingRules::whyNotSign(const Hearing &h, const Attendee &a, const QDateTime &now,
                                 const QTimeZone &officeZone)
{
    if (h.scheduledAt.isValid()) {
        // A time without its zone is the office's wall clock (OfficeTime::moment).
        const QDateTime start =
            h.scheduledAt.timeSpec() == Qt::LocalTime
                ? QDateTime(h.scheduledAt.date(), h.scheduledAt.time(), officeZone)
                : h.scheduledAt;
        if (now.isValid() && now < start)
            return tr("The hearing starts on %1: the minutes of %2 can be signed once it has "
                      "started.")
                .arg(dateTimeText(start.toTimeZone(officeZone)), a.name);
    }
    if (a.attendance == absent)
        return tr("%1 was absent: there are no minutes to sign.").arg(a.name);
    if (a.attendance != Codes::Attendance::Present &&
        a.attendance != Codes::Attendance::Represented)
        return tr("The attendance of %1 is not recorded: record the person as present or "
                  "represented before the minutes are signed.")
            .arg(a.name);
    return QString();
}

QString HearingRules::birthDateWarning(const QDate &typed, const QString &nip)
{
    if (!typed.isValid() || nip.trimmed().isEmpty())
        return QString();
    const Nip parsed = Nip::parse(nip);
    if (!parsed.valid || !parsed.birthDate.isValid() || parsed.birthDate == typed)
        return QString();
    return tr("The NIP %1 gives %2 as the date of birth; check the date typed or the NIP.")
        .arg(Nip::grouped(nip),
             QLocale().toString(parsed.birthDate, QStringLiteral("d MMMM yyyy")));
}
