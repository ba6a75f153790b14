// Over 800 lines: a hearing, its persons heard and their minutes are written together.
#include "HearingRepository.h"

#include "CaseRepository.h"
#include "GuardedWrite.h"
#include "KeyStore.h"
#include "SettingsRepository.h"
#include "SqlValues.h"
#include "crypto/IdentityVault.h"
#include "domain/Codes.h"
#include "domain/HearingRules.h"
#include "domain/Identity.h"
#include "domain/OfficeTime.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <functional>

namespace {

using namespace SqlValues;

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariantMap hearingColumns(const Hearing &h)
{
    return withEmptyText({
        {QStringLiteral("case_id"), h.caseId},
        {QStringLiteral("scheduled_at"), h.scheduledAt.toString(Qt::ISODate)},
        {QStringLiteral("place"), h.place},
        {QStringLiteral("online"), int(h.online)},
        {QStringLiteral("platform"), h.platform},
        {QStringLiteral("online_reason"), h.onlineReason},
        {QStringLiteral("examiners"), h.examiners},
        {QStringLiteral("assignment_letter"), h.assignmentLetter},
    });
}

// The columns a hearing form writes; signing belongs to sign().
QVariantMap attendeeColumns(const Attendee &a, qint64 hearingId)
{
    return withEmptyText({
        {QStringLiteral("hearing_id"), hearingId},
        {QStringLiteral("party_id"), a.partyId > 0 ? QVariant(a.partyId) : QVariant()},
        {QStringLiteral("role"), a.role},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("invitation"), a.invitation},
        {QStringLiteral("invited_on"), date(a.invitedOn)},
        {QStringLiteral("second_invited_on"), date(a.secondInvitedOn)},
        {QStringLiteral("delivery"), a.delivery},
        {QStringLiteral("delivered_on"), date(a.deliveredOn)},
        {QStringLiteral("delivery_confirmed"), int(a.deliveryConfirmed)},
        {QStringLiteral("attendance"), a.attendance},
        {QStringLiteral("oath"), a.oath},
        {QStringLiteral("counsel"), a.counsel},
        {QStringLiteral("birth_place"), a.birthPlace},
        {QStringLiteral("birth_date"), !a.birthDate.isValid() && !a.birthDateSealed.isEmpty()
                                           ? QVariant(a.birthDateSealed)
                                           : date(a.birthDate)},
        {QStringLiteral("occupation"), a.occupation},
        {QStringLiteral("religion"), a.religion},
        {QStringLiteral("nationality"), a.nationality},
        {QStringLiteral("address"), a.address},
    });
}

// What signed minutes state about the person heard; the invitation's delivery stays editable.
const char *const lockedAttendeeColumns[] = {
    "party_id",    "role",       "name",       "attendance", "oath",        "counsel",
    "birth_place", "birth_date", "occupation", "religion",   "nationality", "address",
};

const Attendee *signedAttendee(const Hearing &h)
{
    for (const Attendee &a : h.attendees) {
        if (a.isSigned())
            return &a;
    }
    return nullptr;
}

const Attendee *findAttendee(const Hearing &h, qint64 attendeeId)
{
    for (const Attendee &a : h.attendees) {
        if (a.id == attendeeId)
            return &a;
    }
    return nullptr;
}

// The office's zone for a case's hearings (SettingsRepository::officeTime of its regency).
OfficeTime zoneOfCase(Database &db, qint64 caseId)
{
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT regency_code FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    const QString regency = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return SettingsRepository(db).officeTime(regency);
}

} // namespace

// --- reading ------------------------------------------------------------------------------

QList<Hearing> HearingRepository::load(const QString &where, qint64 key) const
{
    // Four queries whatever the number of hearings: hearings, attendees, minutes, addenda.
    QList<Hearing> list;
    QHash<qint64, int> hearingAt;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT h.id, h.uuid, h.case_id, h.scheduled_at, h.place, h.online,"
                       " h.platform, h.online_reason, h.examiners, h.assignment_letter"
                       " FROM hearings h WHERE ") +
        where + QStringLiteral(" ORDER BY h.scheduled_at, h.id"));
    q.addBindValue(key);
    if (!q.exec())
        return list;
    while (q.next()) {
        Hearing h;
        h.id = q.value(0).toLongLong();
        h.uuid = q.value(1).toString();
        h.caseId = q.value(2).toLongLong();
        h.scheduledAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        h.place = q.value(4).toString();
        h.online = q.value(5).toInt() != 0;
        h.platform = q.value(6).toString();
        h.onlineReason = q.value(7).toString();
        h.examiners = q.value(8).toString();
        h.assignmentLetter = q.value(9).toString();
        hearingAt.insert(h.id, int(list.size()));
        list << h;
    }
    q.finish();
    if (list.isEmpty())
        return list;
    // A time stored without its zone (older files) is the office's wall clock.
    for (Hearing &h : list) {
        if (h.scheduledAt.isValid() && h.scheduledAt.timeSpec() == Qt::LocalTime)
            h.scheduledAt = zoneOfCase(m_db, h.caseId).moment(h.scheduledAt);
    }

    QHash<qint64, QPair<int, int>> attendeeAt;
    QSqlQuery &qa = m_db.prepared(
        QStringLiteral(
            "SELECT a.hearing_id, a.id, a.uuid, a.party_id, a.role, a.name, a.invitation,"
            " a.invited_on, a.second_invited_on, a.delivery, a.delivered_on,"
            " a.delivery_confirmed, a.attendance, a.oath, a.counsel, a.birth_place, a.birth_date,"
            " a.occupation, a.religion, a.nationality, a.address, a.signed_at, a.signed_by,"
            " a.sign_refusal FROM hearing_attendees a JOIN hearings h ON h.id = a.hearing_id"
            " WHERE ") +
        where + QStringLiteral(" ORDER BY a.id"));
    qa.addBindValue(key);
    if (qa.exec()) {
        while (qa.next()) {
            const int at = hearingAt.value(qa.value(0).toLongLong(), -1);
            if (at < 0)
                continue;
            Attendee a;
            a.id = qa.value(1).toLongLong();
            a.uuid = qa.value(2).toString();
            a.partyId = qa.value(3).toLongLong();
            a.role = qa.value(4).toString();
            a.name = qa.value(5).toString();
            a.invitation = qa.value(6).toInt();
            a.invitedOn = toDate(qa.value(7));
            a.secondInvitedOn = toDate(qa.value(8));
            a.delivery = qa.value(9).toString();
            a.deliveredOn = toDate(qa.value(10));
            a.deliveryConfirmed = qa.value(11).toInt() != 0;
            a.attendance = qa.value(12).toString();
            a.oath = qa.value(13).toString();
            a.counsel = qa.value(14).toString();
            a.birthPlace = qa.value(15).toString();
            a.birthDate = toDate(qa.value(16));
            if (IdentityVault::isSealed(qa.value(16).toString()))
                a.birthDateSealed = qa.value(16).toString();
            a.occupation = qa.value(17).toString();
            a.religion = qa.value(18).toString();
            a.nationality = qa.value(19).toString();
            a.address = qa.value(20).toString();
            a.signedAt = toTimestamp(qa.value(21));
            a.signedBy = qa.value(22).toString();
            a.signRefusal = qa.value(23).toString();
            attendeeAt.insert(a.id, {at, int(list[at].attendees.size())});
            list[at].attendees << a;
        }
    }
    qa.finish();
    if (attendeeAt.isEmpty())
        return list;

    // The lines of the persons heard: each row's first column is the attendee's id.
    auto addLines = [&](const QString &sql,
                        const std::function<void(Attendee &, QSqlQuery &)> &add) {
        QSqlQuery &q = m_db.prepared(sql);
        q.addBindValue(key);
        if (q.exec()) {
            while (q.next()) {
                const auto it = attendeeAt.constFind(q.value(0).toLongLong());
                if (it != attendeeAt.constEnd())
                    add(list[it->first].attendees[it->second], q);
            }
        }
        q.finish();
    };
    addLines(QStringLiteral("SELECT m.attendee_id, m.id, m.uuid, m.question, m.answer"
                            " FROM minutes_entries m JOIN hearing_attendees a"
                            " ON a.id = m.attendee_id JOIN hearings h ON h.id = a.hearing_id"
                            " WHERE ") +
                 where + QStringLiteral(" ORDER BY m.attendee_id, m.position, m.id"),
             [](Attendee &a, QSqlQuery &q) {
                 a.minutes << MinutesEntry{q.value(1).toLongLong(), q.value(2).toString(),
                                           q.value(3).toString(), q.value(4).toString()};
             });
    addLines(QStringLiteral("SELECT d.attendee_id, d.id, d.uuid, d.added_at, d.text"
                            " FROM minutes_addenda d JOIN hearing_attendees a"
                            " ON a.id = d.attendee_id JOIN hearings h ON h.id = a.hearing_id"
                            " WHERE ") +
                 where + QStringLiteral(" ORDER BY d.attendee_id, d.added_at, d.id"),
             [](Attendee &a, QSqlQuery &q) {
                 a.addenda << Addendum{q.value(1).toLongLong(), q.value(2).toString(),
                                       toTimestamp(q.value(3)), q.value(4).toString()};
             });
    return list;
}

QList<Hearing> HearingRepository::shown(QList<Hearing> list) const
{
    if (!m_db.user()) {
        // Nobody signed in sees no sealed text either (KeyStore).
        for (Hearing &h : list) {
            for (Attendee &a : h.attendees) {
                if (KeyStore::anySealed(a))
                    Identity::withhold(a);
            }
        }
        return list;
    }
    QHash<qint64, bool> confidential;
    for (Hearing &h : list) {
        if (!confidential.contains(h.caseId)) {
            QSqlQuery &q = m_db.prepared(
                QStringLiteral("SELECT reporter_confidential FROM cases WHERE id = ?"));
            q.addBindValue(h.caseId);
            // A case that cannot be read is treated as confidential: nothing is shown wrongly.
            confidential.insert(h.caseId, !q.exec() || !q.next() || q.value(0).toInt() != 0);
            q.finish();
        }
        QList<Hearing> one{h};
        Identity::withhold(one, confidential.value(h.caseId));
        h = one.first();
    }
    return list;
}

QString HearingRepository::nameOf(const Hearing &h, const Attendee &a) const
{
    QList<Hearing> one{h};
    one.first().attendees = {a};
    return shown(one).first().attendees.first().name;
}

QList<Hearing> HearingRepository::hearings(qint64 caseId) const
{
    return shown(load(QStringLiteral("h.case_id = ?"), caseId));
}

std::optional<QList<Hearing>> HearingRepository::revealedHearings(qint64 caseId,
                                                                  QString *error) const
{
    if (!m_db.permits(Action::SeeConfidential, error))
        return std::nullopt;
    QList<Hearing> list = load(QStringLiteral("h.case_id = ?"), caseId);
    // Opened with the session's key (KeyStore).
    if (!KeyStore(m_db).reveal(list, error))
        return std::nullopt;
    return list;
}

std::optional<Hearing> HearingRepository::rawHearing(qint64 id) const
{
    const QList<Hearing> list = load(QStringLiteral("h.id = ?"), id);
    return list.isEmpty() ? std::nullopt : std::optional<Hearing>(list.first());
}

std::optional<Hearing> HearingRepository::rawHearingOf(qint64 attendeeId) const
{
    const QList<Hearing> list =
        load(QStringLiteral("h.id = (SELECT hearing_id FROM hearing_attendees WHERE id = ?)"),
             attendeeId);
    return list.isEmpty() ? std::nullopt : std::optional<Hearing>(list.first());
}

std::optional<Hearing> HearingRepository::hearing(qint64 id) const
{
    std::optional<Hearing> h = rawHearing(id);
    return h ? std::optional<Hearing>(shown({*h}).first()) : std::nullopt;
}

std::optional<Hearing> HearingRepository::hearingOf(qint64 attendeeId) const
{
    std::optional<Hearing> h = rawHearingOf(attendeeId);
    return h ? std::optional<Hearing>(shown({*h}).first()) : std::nullopt;
}

// --- writing helpers ------------------------------------------------------------------------

// The same entry format as CaseRepository's log: each changed field as [old, new].

// Minutes lines are many and small: they are not logged one by one; the attendee's entries
// stand for them.
bool HearingRepository::insertMinutes(Attendee &a, QString *error)
{
    int position = 0;
    for (MinutesEntry &m : a.minutes) {
        if (m.uuid.isEmpty())
            m.uuid = newUuid();
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("INSERT INTO minutes_entries (uuid, updated_at, attendee_id, position,"
                           " question, answer) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(m.uuid);
        q.addBindValue(timestamp(m_db.now()));
        q.addBindValue(a.id);
        q.addBindValue(position++);
        q.addBindValue(text(m.question));
        q.addBindValue(text(m.answer));
        if (!q.exec()) {
            *error = Database::describe(q.lastError());
            return false;
        }
        m.id = q.lastInsertId().toLongLong();
    }
    return true;
}

namespace {

QString caseUuidOf(Database &db, qint64 caseId)
{
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT uuid FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    const QString uuid = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return uuid;
}

} // namespace

// --- hearings -----------------------------------------------------------------------------

bool HearingRepository::permittedFor(qint64 attendeeId, QString *error)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT h.case_id FROM hearing_attendees a"
                                                " JOIN hearings h ON h.id = a.hearing_id"
                                                " WHERE a.id = ?"));
    q.addBindValue(attendeeId);
    const bool found = q.exec() && q.next();
    const qint64 caseId = found ? q.value(0).toLongLong() : 0;
    q.finish(); // a statement left open would hold the file's state as of now
    // An attendee no longer there is reported by the caller.
    return !found || m_db.permits(Action::EditHearings, error, caseId);
}

bool HearingRepository::saveHearing(Hearing &h, QString *error)
{
    GuardedWrite t(m_db, Action::EditHearings, error, h.caseId);
    if (!t.isOpen())
        return false;
    // Worked on a copy: a refused save leaves the caller's hearing as it was.
    Hearing n = h;
    std::optional<Hearing> stored;
    if (!findStored(n, &stored, error))
        return false;
    const std::optional<Case> c = CaseRepository(m_db).load(n.caseId);
    if (!c) {
        *error = tr("The case no longer exists in the file.");
        return false;
    }
    // Stored as a moment in UTC; a time given without its zone is the office's wall clock.
    const OfficeTime zone = SettingsRepository(m_db).officeTime(c->regencyCode);
    n.scheduledAt = zone.moment(n.scheduledAt).toUTC();
    // Checked as the user sees it, so that a message names no withheld identity.
    const QString problems = HearingRules::validate(shown({n}).first(), *c, m_db.today(), zone);
    if (!problems.isEmpty()) {
        *error = problems;
        return false;
    }
    if (!writeHearingRow(n, stored, c->uuid, error) || !writeAttendees(n, stored, c->uuid, error))
        return false;
    if (!t.commit()) {
        *error = tr("The hearing could not be saved: %1").arg(m_db.lastError());
        return false;
    }
    h = shown({n}).first();
    return true;
}

bool HearingRepository::notStored(const QString &sqlError, QString *error)
{
    *error = tr("The hearing could not be stored: %1").arg(sqlError);
    return false;
}

bool HearingRepository::findStored(Hearing &n, std::optional<Hearing> *stored, QString *error)
{
    if (n.id > 0) {
        *stored = rawHearing(n.id);
        if (!*stored) {
            *error = tr("The hearing no longer exists in the file.");
            return false;
        }
    } else if (!n.uuid.isEmpty()) {
        QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM hearings WHERE uuid = ?"));
        q.addBindValue(n.uuid);
        const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        if (id)
            *stored = rawHearing(id);
    }
    if (*stored) {
        if (n.caseId == 0)
            n.caseId = (*stored)->caseId;
        if (n.caseId != (*stored)->caseId) {
            *error = tr("A hearing cannot move to another case.");
            return false;
        }
        n.id = (*stored)->id;
        n.uuid = (*stored)->uuid;
    }
    return true;
}

bool HearingRepository::writeHearingRow(Hearing &n, const std::optional<Hearing> &stored,
                                        const QString &caseUuid, QString *error)
{
    QString sqlError;
    const QVariantMap columns = hearingColumns(n);
    if (!stored) {
        n.id = m_records.insert(QStringLiteral("hearings"), n.uuid, columns, caseUuid, &sqlError);
        if (!n.id)
            return notStored(sqlError, error);
    } else {
        const QVariantMap before = hearingColumns(*stored);
        if (const Attendee *s = signedAttendee(*stored)) {
            for (auto it = columns.begin(); it != columns.end(); ++it) {
                if (!RecordWriter::same(before.value(it.key()), *it)) {
                    *error = tr("The minutes of %1 are signed: the hearing's date, place and "
                                "examiners can no longer change. Add an addendum instead.")
                                 .arg(nameOf(*stored, *s));
                    return false;
                }
            }
        }
        if (!m_records.update(QStringLiteral("hearings"), n.id, before, columns, n.uuid, caseUuid,
                              &sqlError))
            return notStored(sqlError, error);
    }
    return true;
}

bool HearingRepository::writeAttendees(Hearing &n, const std::optional<Hearing> &stored,
                                       const QString &caseUuid, QString *error)
{
    QHash<QString, int> byUuid;
    QHash<qint64, int> byId;
    if (stored) {
        for (int i = 0; i < stored->attendees.size(); ++i) {
            byUuid.insert(stored->attendees.at(i).uuid, i);
            byId.insert(stored->attendees.at(i).id, i);
        }
    }
    QSet<int> kept;
    for (Attendee &a : n.attendees) {
        int at = -1;
        if (!a.uuid.isEmpty())
            at = byUuid.value(a.uuid, -1);
        else if (a.id > 0)
            at = byId.value(a.id, -1);
        if (at >= 0 && kept.contains(at)) {
            *error = tr("%1 is listed twice in the hearing.").arg(a.name);
            return false;
        }
        if (at < 0 && a.identityHidden) {
            *error = tr("A confidential identity that is withheld from you cannot be added to "
                        "a hearing.");
            return false;
        }
        if (at < 0) {
            if (!addAttendee(a, n.id, caseUuid, error))
                return false;
            continue;
        }
        kept.insert(at);
        if (!updateAttendee(a, *stored, stored->attendees.at(at), caseUuid, error))
            return false;
    }
    QString sqlError;
    if (stored) {
        for (int i = 0; i < stored->attendees.size(); ++i) {
            if (kept.contains(i))
                continue;
            const Attendee &gone = stored->attendees.at(i);
            if (gone.isSigned()) {
                *error = tr("The minutes of %1 are signed: the person can no longer be removed "
                            "from the hearing.")
                             .arg(nameOf(*stored, gone));
                return false;
            }
            if (!m_records.remove(QStringLiteral("hearing_attendees"), gone.id,
                                  attendeeColumns(gone, n.id), gone.uuid, caseUuid, &sqlError))
                return notStored(sqlError, error);
        }
    }
    return true;
}

bool HearingRepository::addAttendee(Attendee &a, qint64 hearingId, const QString &caseUuid,
                                    QString *error)
{
    QString sqlError;
    a.signedAt = QDateTime();
    a.signedBy.clear();
    a.signRefusal.clear();
    a.addenda.clear();
    // Logged after its minutes, with their digest (the lines themselves are not).
    // Sealed here (KeyStore) so that the record and its log entry hold the same text.
    QVariantMap columns = attendeeColumns(a, hearingId);
    if (!KeyStore(m_db).sealColumns(QStringLiteral("hearing_attendees"), 0, {}, columns, &sqlError))
        return notStored(sqlError, error);
    a.id = m_records.insert(QStringLiteral("hearing_attendees"), a.uuid, columns, QString(),
                            &sqlError);
    if (!a.id || !insertMinutes(a, &sqlError))
        return notStored(sqlError, error);
    QVariantMap logged = columns;
    logged.insert(QStringLiteral("minutes_sha256"), m_records.minutesDigest(a.id));
    if (!m_records.log(QStringLiteral("hearing_attendees"), a.uuid, caseUuid,
                       QStringLiteral("create"), {}, logged, &sqlError))
        return notStored(sqlError, error);
    return true;
}

bool HearingRepository::updateAttendee(Attendee &a, const Hearing &stored, const Attendee &old,
                                       const QString &caseUuid, QString *error)
{
    // A withheld identity is kept as stored.
    Identity::restore(a, old);
    const QVariantMap before = attendeeColumns(old, stored.id);
    const QVariantMap after = attendeeColumns(a, stored.id);
    if (old.isSigned()) {
        for (const char *column : lockedAttendeeColumns) {
            const QString key = QLatin1String(column);
            if (!RecordWriter::same(before.value(key), after.value(key))) {
                *error = tr("The minutes of %1 are signed: the identity, attendance and oath "
                            "can no longer change. Add an addendum instead.")
                             .arg(nameOf(stored, old));
                return false;
            }
        }
    }
    QString sqlError;
    if (!m_records.update(QStringLiteral("hearing_attendees"), old.id, before, after, old.uuid,
                          caseUuid, &sqlError))
        return notStored(sqlError, error);
    a.id = old.id;
    a.uuid = old.uuid;
    a.minutes = old.minutes;
    a.signedAt = old.signedAt;
    a.signedBy = old.signedBy;
    a.signRefusal = old.signRefusal;
    a.addenda = old.addenda;
    return true;
}

// --- minutes ------------------------------------------------------------------------------

struct HearingRepository::MinutesLine
{
    MinutesEntry entry;
    int position = 0;
    bool claimed = false;
};

bool HearingRepository::saveMinutes(qint64 attendeeId, const QList<MinutesEntry> &entries,
                                    QString *error, QList<MinutesEntry> *stored)
{
    // Called about every second while the clerk types: reads the stored lines, writes only
    // what differs, and logs once per call that changed something.
    if (!permittedFor(attendeeId, error))
        return false;
    GuardedWrite t(m_db, error);
    if (!t.isOpen())
        return false;
    QString attendeeUuid;
    QString caseUuid;
    if (!unsignedAttendee(attendeeId, &attendeeUuid, &caseUuid, error))
        return false;
    QList<MinutesLine> lines;
    if (!readMinutes(attendeeId, &lines, error))
        return false;
    const QString digestBefore = m_records.minutesDigest(attendeeId);
    const QList<int> match = matchMinutes(entries, lines);
    const QString now = timestamp(m_db.now());
    int written = 0;
    QList<MinutesEntry> result;
    if (!writeMinutes(attendeeId, entries, lines, match, now, &result, &written, error))
        return false;
    if (written > 0 && !logMinutes(attendeeId, attendeeUuid, caseUuid, now, qint64(lines.size()),
                                   qint64(entries.size()), digestBefore, error))
        return false;
    if (!t.commit()) {
        *error = tr("The minutes could not be saved: %1").arg(m_db.lastError());
        return false;
    }
    if (stored)
        *stored = result;
    return true;
}

bool HearingRepository::unsignedAttendee(qint64 attendeeId, QString *attendeeUuid,
                                         QString *caseUuid, QString *error)
{
    QSqlQuery &qa = m_db.prepared(
        QStringLiteral("SELECT a.uuid, a.name, a.signed_at, c.uuid FROM hearing_attendees a"
                       " JOIN hearings h ON h.id = a.hearing_id JOIN cases c ON c.id = h.case_id"
                       " WHERE a.id = ?"));
    qa.addBindValue(attendeeId);
    if (!qa.exec() || !qa.next()) {
        qa.finish();
        *error = tr("The person heard no longer exists in the file.");
        return false;
    }
    *attendeeUuid = qa.value(0).toString();
    const QString name = qa.value(1).toString();
    const bool isSigned = !qa.value(2).isNull();
    *caseUuid = qa.value(3).toString();
    qa.finish();
    if (isSigned) {
        const std::optional<Hearing> h = hearingOf(attendeeId);
        const Attendee *a = h ? findAttendee(*h, attendeeId) : nullptr;
        *error = tr("The minutes of %1 are signed and can no longer be changed. Add an addendum "
                    "instead.")
                     .arg(a ? a->name : name);
        return false;
    }
    return true;
}

bool HearingRepository::readMinutes(qint64 attendeeId, QList<MinutesLine> *lines, QString *error)
{
    QSqlQuery &qm = m_db.prepared(
        QStringLiteral("SELECT id, uuid, position, question, answer FROM minutes_entries"
                       " WHERE attendee_id = ? ORDER BY position, id"));
    qm.addBindValue(attendeeId);
    if (!qm.exec()) {
        *error = tr("The minutes could not be read: %1").arg(Database::describe(qm.lastError()));
        return false;
    }
    while (qm.next()) {
        MinutesLine r;
        r.entry = MinutesEntry{qm.value(0).toLongLong(), qm.value(1).toString(),
                               qm.value(3).toString(), qm.value(4).toString()};
        r.position = qm.value(2).toInt();
        *lines << r;
    }
    qm.finish();
    return true;
}

QList<int> HearingRepository::matchMinutes(const QList<MinutesEntry> &entries,
                                           QList<MinutesLine> &lines)
{
    QHash<QString, int> byUuid;
    QHash<qint64, int> byId;
    for (int i = 0; i < lines.size(); ++i) {
        byUuid.insert(lines.at(i).entry.uuid, i);
        byId.insert(lines.at(i).entry.id, i);
    }
    // Which stored line each entry is: by uuid, else by id, else the next unclaimed line.
    QList<int> match(entries.size(), -1);
    for (int i = 0; i < entries.size(); ++i) {
        const MinutesEntry &e = entries.at(i);
        int at = -1;
        if (!e.uuid.isEmpty())
            at = byUuid.value(e.uuid, -1);
        else if (e.id > 0)
            at = byId.value(e.id, -1);
        if (at >= 0 && !lines[at].claimed) {
            lines[at].claimed = true;
            match[i] = at;
        }
    }
    int next = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const MinutesEntry &e = entries.at(i);
        if (match[i] >= 0 || !e.uuid.isEmpty() || e.id > 0)
            continue;
        while (next < lines.size() && lines[next].claimed)
            ++next;
        if (next < lines.size()) {
            lines[next].claimed = true;
            match[i] = next;
        }
    }
    return match;
}

bool HearingRepository::writeMinutes(qint64 attendeeId, const QList<MinutesEntry> &entries,
                                     const QList<MinutesLine> &lines, const QList<int> &match,
                                     const QString &now, QList<MinutesEntry> *result, int *written,
                                     QString *error)
{
    for (const MinutesLine &r : lines) {
        if (r.claimed)
            continue;
        QSqlQuery &del = m_db.prepared(QStringLiteral("DELETE FROM minutes_entries WHERE id = ?"));
        del.addBindValue(r.entry.id);
        if (!del.exec()) {
            *error =
                tr("The minutes could not be stored: %1").arg(Database::describe(del.lastError()));
            return false;
        }
        ++*written;
    }
    for (int i = 0; i < entries.size(); ++i) {
        MinutesEntry e = entries.at(i);
        e.question = text(e.question);
        e.answer = text(e.answer);
        if (match[i] >= 0) {
            const MinutesLine &r = lines.at(match[i]);
            e.id = r.entry.id;
            e.uuid = r.entry.uuid;
            if (r.position != i || r.entry.question != e.question || r.entry.answer != e.answer) {
                QSqlQuery &up = m_db.prepared(
                    QStringLiteral("UPDATE minutes_entries SET updated_at = ?, position = ?,"
                                   " question = ?, answer = ? WHERE id = ?"));
                up.addBindValue(now);
                up.addBindValue(i);
                up.addBindValue(e.question);
                up.addBindValue(e.answer);
                up.addBindValue(e.id);
                if (!up.exec()) {
                    *error = tr("The minutes could not be stored: %1")
                                 .arg(Database::describe(up.lastError()));
                    return false;
                }
                ++*written;
            }
        } else {
            if (e.uuid.isEmpty())
                e.uuid = newUuid();
            QSqlQuery &ins = m_db.prepared(
                QStringLiteral("INSERT INTO minutes_entries (uuid, updated_at, attendee_id,"
                               " position, question, answer) VALUES (?, ?, ?, ?, ?, ?)"));
            ins.addBindValue(e.uuid);
            ins.addBindValue(now);
            ins.addBindValue(attendeeId);
            ins.addBindValue(i);
            ins.addBindValue(e.question);
            ins.addBindValue(e.answer);
            if (!ins.exec()) {
                *error = tr("The minutes could not be stored: %1")
                             .arg(Database::describe(ins.lastError()));
                return false;
            }
            e.id = ins.lastInsertId().toLongLong();
            ++*written;
        }
        *result << e;
    }
    return true;
}

bool HearingRepository::logMinutes(qint64 attendeeId, const QString &attendeeUuid,
                                   const QString &caseUuid, const QString &now, qint64 countBefore,
                                   qint64 countAfter, const QString &digestBefore, QString *error)
{
    QSqlQuery &touch =
        m_db.prepared(QStringLiteral("UPDATE hearing_attendees SET updated_at = ? WHERE id = ?"));
    touch.addBindValue(now);
    touch.addBindValue(attendeeId);
    QString sqlError;
    if (!touch.exec()) {
        *error =
            tr("The minutes could not be stored: %1").arg(Database::describe(touch.lastError()));
        return false;
    }
    // The count and a digest, not the text: the signed minutes are the record of what
    // was said; the digest lets the file check see a line changed outside Netra.
    if (!m_records.writeLog(QStringLiteral("hearing_attendees"), attendeeUuid, caseUuid,
                            QStringLiteral("update"),
                            {{QStringLiteral("minutes"), QJsonArray{countBefore, countAfter}},
                             {QStringLiteral("minutes_sha256"),
                              QJsonArray{digestBefore, m_records.minutesDigest(attendeeId)}}},
                            &sqlError)) {
        *error = tr("The change log could not be written: %1").arg(sqlError);
        return false;
    }
    return true;
}

bool HearingRepository::sign(qint64 attendeeId, const QString &signedBy,
                             const QString &refusalReason, QString *error)
{
    QString by = signedBy.trimmed();
    const QString refusal = refusalReason.trimmed();
    if (by.isEmpty() && refusal.isEmpty()) {
        *error = tr("Record who signed the minutes, or why the person refused to sign.");
        return false;
    }
    if (!permittedFor(attendeeId, error))
        return false;
    GuardedWrite t(m_db, error);
    if (!t.isOpen())
        return false;
    const std::optional<Hearing> h = hearingOf(attendeeId);
    const Attendee *a = h ? findAttendee(*h, attendeeId) : nullptr;
    if (!a) {
        *error = tr("The person heard no longer exists in the file.");
        return false;
    }
    if (a->isSigned()) {
        // In the office's zone, as every time of a hearing: "10 Okt 2024 11.00 WIB".
        const QString when = zoneOfCase(m_db, h->caseId).dateTime(a->signedAt);
        *error = a->signRefusal.isEmpty()
                     ? tr("The minutes of %1 were already signed on %2.").arg(a->name, when)
                     : tr("%1 already refused to sign the minutes on %2.").arg(a->name, when);
        return false;
    }
    if (const QString why = whyNotSign(*h, *a); !why.isEmpty()) {
        *error = why;
        return false;
    }
    bool said = false;
    for (const MinutesEntry &m : a->minutes)
        said = said || !m.question.trimmed().isEmpty() || !m.answer.trimmed().isEmpty();
    if (!said) {
        *error = tr("The minutes of %1 have no questions and answers to sign yet.").arg(a->name);
        return false;
    }
    if (a->identityHidden) {
        // The person heard signs under the name the file holds, which the user does not see.
        const std::optional<Hearing> stored = rawHearingOf(attendeeId);
        if (const Attendee *r = stored ? findAttendee(*stored, attendeeId) : nullptr)
            by.replace(Identity::hidden(), r->name);
    }
    const QVariantMap before{{QStringLiteral("signed_at"), QVariant()},
                             {QStringLiteral("signed_by"), QStringLiteral("")},
                             {QStringLiteral("sign_refusal"), QStringLiteral("")}};
    const QVariantMap after{{QStringLiteral("signed_at"), timestamp(m_db.now())},
                            {QStringLiteral("signed_by"), by},
                            {QStringLiteral("sign_refusal"), refusal}};
    QString sqlError;
    if (!m_records.update(QStringLiteral("hearing_attendees"), attendeeId, before, after, a->uuid,
                          caseUuidOf(m_db, h->caseId), &sqlError) ||
        !t.commit()) {
        *error = tr("The signature could not be stored: %1")
                     .arg(sqlError.isEmpty() ? m_db.lastError() : sqlError);
        return false;
    }
    return true;
}

QString HearingRepository::whyNotSign(qint64 attendeeId) const
{
    const std::optional<Hearing> h = hearingOf(attendeeId);
    const Attendee *a = h ? findAttendee(*h, attendeeId) : nullptr;
    return a ? whyNotSign(*h, *a) : tr("The person heard no longer exists in the file.");
}

QString HearingRepository::whyNotSign(const Hearing &h, const Attendee &a) const
{
    return HearingRules::whyNotSign(h, a, m_db.now(), zoneOfCase(m_db, h.caseId).timeZone());
}

bool HearingRepository::addAddendum(qint64 attendeeId, const QString &text, QString *error,
                                    Addendum *added)
{
    const QString body = text.trimmed();
    if (body.isEmpty()) {
        *error = tr("An addendum needs its text.");
        return false;
    }
    if (!permittedFor(attendeeId, error))
        return false;
    GuardedWrite t(m_db, error);
    if (!t.isOpen())
        return false;
    const std::optional<Hearing> h = hearingOf(attendeeId);
    const Attendee *a = h ? findAttendee(*h, attendeeId) : nullptr;
    if (!a) {
        *error = tr("The person heard no longer exists in the file.");
        return false;
    }
    if (!a->isSigned()) {
        *error = tr("Only signed minutes take an addendum; until the minutes of %1 are signed, "
                    "correct them directly.")
                     .arg(a->name);
        return false;
    }
    Addendum d;
    d.addedAt = m_db.now();
    d.text = body;
    QString sqlError;
    d.id = m_records.insert(QStringLiteral("minutes_addenda"), d.uuid,
                            {{QStringLiteral("attendee_id"), attendeeId},
                             {QStringLiteral("added_at"), timestamp(d.addedAt)},
                             {QStringLiteral("text"), body}},
                            caseUuidOf(m_db, h->caseId), &sqlError);
    if (!d.id || !t.commit()) {
        *error = tr("The addendum could not be stored: %1")
                     .arg(sqlError.isEmpty() ? m_db.lastError() : sqlError);
        return false;
    }
    if (added)
        *added = d;
    return true;
}

bool HearingRepository::setAttendance(qint64 attendeeId, const QString &attendance,
                                      const QString &oath, QString *error)
{
    const QString presence = text(attendance);
    const QString sworn = text(oath);
    if (!HearingRules::attendances().contains(presence)) {
        *error = tr("Unknown attendance \"%1\".").arg(presence);
        return false;
    }
    if (!HearingRules::oaths().contains(sworn)) {
        *error = tr("Unknown oath \"%1\".").arg(sworn);
        return false;
    }
    if (!permittedFor(attendeeId, error))
        return false;
    GuardedWrite t(m_db, error);
    if (!t.isOpen())
        return false;
    const std::optional<Hearing> h = hearingOf(attendeeId);
    const Attendee *a = h ? findAttendee(*h, attendeeId) : nullptr;
    if (!a) {
        *error = tr("The person heard no longer exists in the file.");
        return false;
    }
    if (presence == Codes::Attendance::Absent && !sworn.isEmpty()) {
        *error = tr("%1 was absent and cannot have taken or refused the oath.").arg(a->name);
        return false;
    }
    if (a->attendance == presence && a->oath == sworn)
        return true;
    if (a->isSigned()) {
        *error = tr("The minutes of %1 are signed: the attendance and oath can no longer change. "
                    "Add an addendum instead.")
                     .arg(a->name);
        return false;
    }
    QString sqlError;
    if (!m_records.update(
            QStringLiteral("hearing_attendees"), attendeeId,
            {{QStringLiteral("attendance"), a->attendance}, {QStringLiteral("oath"), a->oath}},
            {{QStringLiteral("attendance"), presence}, {QStringLiteral("oath"), sworn}}, a->uuid,
            caseUuidOf(m_db, h->caseId), &sqlError) ||
        !t.commit()) {
        *error = tr("The attendance could not be stored: %1")
                     .arg(sqlError.isEmpty() ? m_db.lastError() : sqlError);
        return false;
    }
    return true;
}

bool HearingRepository::inviteAgain(qint64 attendeeId, const QDateTime &at, QString *error,
                                    qint64 *hearingId)
{
    if (!permittedFor(attendeeId, error))
        return false;
    GuardedWrite t(m_db, error);
    if (!t.isOpen())
        return false;
    // As stored: the second invitation copies the person's identity.
    const std::optional<Hearing> missed = rawHearingOf(attendeeId);
    const Attendee *a = missed ? findAttendee(*missed, attendeeId) : nullptr;
    if (!a) {
        *error = tr("The person heard no longer exists in the file.");
        return false;
    }
    const QString name = nameOf(*missed, *a);
    if (a->attendance != Codes::Attendance::Absent) {
        *error =
            tr("A second invitation follows an absence; %1 is not recorded as absent.").arg(name);
        return false;
    }
    const QList<Hearing> all = load(QStringLiteral("h.case_id = ?"), missed->caseId);
    if (HearingRules::hasSecondInvitation(all, *a)) {
        *error = tr("%1 already had a second invitation.").arg(name);
        return false;
    }
    if (!at.isValid()) {
        *error = tr("The second hearing needs a date and time.");
        return false;
    }
    // A time given without its zone is the office's wall clock.
    const QDateTime newHearingAt = zoneOfCase(m_db, missed->caseId).moment(at).toUTC();
    if (newHearingAt <= missed->scheduledAt) {
        *error = tr("The second hearing must come after the one %1 missed.").arg(name);
        return false;
    }

    Hearing target;
    bool reused = false;
    for (const Hearing &h : all) {
        if (h.scheduledAt == newHearingAt) {
            target = h;
            reused = true;
            break;
        }
    }
    if (reused) {
        for (const Attendee &other : std::as_const(target.attendees)) {
            if (HearingRules::isSamePerson(*a, other)) {
                *error = tr("%1 is already invited to the hearing at that time.").arg(name);
                return false;
            }
        }
    } else {
        // The same team and place as the missed hearing, to be edited in the hearing form.
        target.caseId = missed->caseId;
        target.scheduledAt = newHearingAt;
        target.place = missed->place;
        target.online = missed->online;
        target.platform = missed->platform;
        target.onlineReason = missed->onlineReason;
        target.examiners = missed->examiners;
        target.assignmentLetter = missed->assignmentLetter;
    }
    const QDate today = m_db.today();
    Attendee second;
    second.partyId = a->partyId;
    second.role = a->role;
    second.name = a->name;
    second.counsel = a->counsel;
    second.birthPlace = a->birthPlace;
    second.birthDate = a->birthDate;
    second.birthDateSealed = a->birthDateSealed;
    second.occupation = a->occupation;
    second.religion = a->religion;
    second.nationality = a->nationality;
    second.address = a->address;
    second.invitation = 2;
    second.invitedOn = today;
    target.attendees << second;
    if (!saveHearing(target, error))
        return false;

    if (!a->secondInvitedOn.isValid()) {
        QString sqlError;
        if (!m_records.update(QStringLiteral("hearing_attendees"), attendeeId,
                              {{QStringLiteral("second_invited_on"), QVariant()}},
                              {{QStringLiteral("second_invited_on"), date(today)}}, a->uuid,
                              caseUuidOf(m_db, missed->caseId), &sqlError)) {
            *error = tr("The second invitation could not be stored: %1").arg(sqlError);
            return false;
        }
    }
    if (!t.commit()) {
        *error = tr("The second invitation could not be saved: %1").arg(m_db.lastError());
        return false;
    }
    if (hearingId)
        *hearingId = target.id;
    return true;
}

namespace {
// The kind of claim a hearing's minutes are (the first key of SqlDialect::claim).
constexpr int MinutesClaim = 0x4e4d54; // "NMT"
} // namespace

bool HearingRepository::claimMinutes(qint64 attendeeId, QString *holder)
{
    holder->clear();
    const QString claim = m_db.dialect().claim();
    if (claim.isEmpty())
        return true;
    QSqlQuery q(m_db.sql());
    q.prepare(claim);
    q.addBindValue(MinutesClaim);
    q.addBindValue(int(attendeeId));
    if (!q.exec() || !q.next())
        return false;
    if (q.value(0).toBool())
        return true;
    QSqlQuery who(m_db.sql());
    who.prepare(m_db.dialect().claimHolder());
    who.addBindValue(MinutesClaim);
    who.addBindValue(int(attendeeId));
    if (who.exec() && who.next())
        *holder = who.value(0).toString();
    return false;
}

void HearingRepository::releaseMinutes(qint64 attendeeId)
{
    const QString release = m_db.dialect().release();
    if (release.isEmpty())
        return;
    QSqlQuery q(m_db.sql());
    q.prepare(release);
    q.addBindValue(MinutesClaim);
    q.addBindValue(int(attendeeId));
    q.exec();
}
