#include "LocalSpool.h"

#include "Database.h"
#include "DraftRepository.h"
#include "HearingRepository.h"
#include "KeyStore.h"
#include "ScopedConnection.h"
#include "ServerLocation.h"
#include "SqlValues.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

const QString DraftKind = QStringLiteral("draft");
const QString MinutesKind = QStringLiteral("minutes");
const QString IdentityKind = QStringLiteral("identity");

// The identity block of the minutes, field by field (Attendee's fields, in the store's names).
QList<QPair<QString, QString>> identityFields(const Attendee &a)
{
    return {{QStringLiteral("name"), a.name},
            {QStringLiteral("birth_place"), a.birthPlace},
            {QStringLiteral("birth_date"), a.birthDate.toString(Qt::ISODate)},
            {QStringLiteral("occupation"), a.occupation},
            {QStringLiteral("religion"), a.religion},
            {QStringLiteral("nationality"), a.nationality},
            {QStringLiteral("address"), a.address}};
}

void setIdentityField(Attendee &a, const QString &field, const QString &value)
{
    if (field == QLatin1String("name"))
        a.name = value;
    else if (field == QLatin1String("birth_place"))
        a.birthPlace = value;
    else if (field == QLatin1String("birth_date"))
        a.birthDate = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("occupation"))
        a.occupation = value;
    else if (field == QLatin1String("religion"))
        a.religion = value;
    else if (field == QLatin1String("nationality"))
        a.nationality = value;
    else if (field == QLatin1String("address"))
        a.address = value;
}

// Each value of a kept identity block opened for the signed-in user; false when one cannot be.
bool openIdentity(Database &db, const QJsonObject &sealed, Attendee &a)
{
    const KeyStore keys(db);
    for (auto it = sealed.begin(); it != sealed.end(); ++it) {
        const std::optional<QString> plain = keys.openForUser(it.value().toString());
        if (!plain)
            return false;
        setIdentityField(a, it.key(), *plain);
    }
    return true;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The spool's file opened for one operation and closed after it (so that between writes the
// file on the disk is whole, with no write-ahead log beside it); every commit is synced.
class SpoolFile
{
public:
    SpoolFile(const QString &path, bool create)
    {
        if (path.isEmpty() || (!create && !QFileInfo::exists(path)))
            return;
        if (create) {
            const QString folder = QFileInfo(path).absolutePath();
            if (!QDir().mkpath(folder))
                return;
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        const bool existed = QFileInfo::exists(path);
        m_connection.emplace(QStringLiteral("QSQLITE"),
                             [&](QSqlDatabase &db) { db.setDatabaseName(path); });
        if (!m_connection->isOpen())
            return;
        QSqlQuery q = m_connection->query();
        m_ok = q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) &&
               q.exec(QStringLiteral("PRAGMA synchronous = FULL")) &&
               q.exec(QStringLiteral(
                   "CREATE TABLE IF NOT EXISTS spool (kind TEXT NOT NULL, key TEXT NOT NULL,"
                   " content TEXT NOT NULL, base TEXT NOT NULL, saved_at TEXT NOT NULL,"
                   " PRIMARY KEY (kind, key))"));
        if (!existed) // the user's alone (its journal takes the same)
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    bool isOpen() const { return m_ok; }
    QSqlDatabase sql() const { return m_connection->db(); }

private:
    std::optional<ScopedConnection> m_connection;
    bool m_ok = false;
};

} // namespace

LocalSpool::LocalSpool(Database &db) : m_db(&db)
{
    if (db.isServer() && db.user())
        m_path = pathFor(db.path(), db.user()->login);
}

QString LocalSpool::pathFor(const QString &location, const QString &login)
{
    const QByteArray name =
        QCryptographicHash::hash((location + QLatin1Char('\n') + login).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/spool/") + QString::fromLatin1(name) + QStringLiteral(".sqlite");
}

bool LocalSpool::isEmpty() const
{
    return m_path.isEmpty() || !QFileInfo::exists(m_path) || count() == 0;
}

int LocalSpool::count() const
{
    SpoolFile file(m_path, false);
    if (!file.isOpen())
        return 0;
    QSqlQuery q(file.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM spool")) && q.next() ? q.value(0).toInt()
                                                                            : 0;
}

bool LocalSpool::serverAway(Database &db)
{
    if (!db.isServer())
        return false;
    QSqlQuery q(db.sql());
    if (q.exec(QStringLiteral("SELECT 1")))
        return false;
    return ServerLocation::isConnectionLost(q.lastError());
}

bool LocalSpool::keep(const QString &kind, const QString &key, const QString &content,
                      const QString &base)
{
    SpoolFile file(m_path, true);
    if (!file.isOpen())
        return false;
    QSqlQuery q(file.sql());
    q.prepare(QStringLiteral("INSERT INTO spool (kind, key, content, base, saved_at)"
                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET"
                             " content = excluded.content, base = excluded.base,"
                             " saved_at = excluded.saved_at"));
    q.addBindValue(kind);
    q.addBindValue(key);
    q.addBindValue(content.isNull() ? QStringLiteral("") : content); // never NULL
    q.addBindValue(base.isNull() ? QStringLiteral("") : base);
    q.addBindValue(SqlValues::timestamp(QDateTime::currentDateTimeUtc()));
    return q.exec();
}

void LocalSpool::drop(const QString &kind, const QString &key)
{
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return;
    bool empty = false;
    {
        SpoolFile file(m_path, false);
        if (!file.isOpen())
            return;
        QSqlQuery q(file.sql());
        q.prepare(QStringLiteral("DELETE FROM spool WHERE kind = ? AND key = ?"));
        q.addBindValue(kind);
        q.addBindValue(key);
        q.exec();
        empty = q.exec(QStringLiteral("SELECT count(*) FROM spool")) && q.next() &&
                q.value(0).toInt() == 0;
    }
    // Nothing held: no file left (so that a look at the disk says so).
    if (empty)
        QFile::remove(m_path);
}

bool LocalSpool::keepDraft(const QString &key, const QString &stored)
{
    // Never a confidential reporter in clear: a value that could not be sealed is left out.
    QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    if (o.value(QStringLiteral("reporter_confidential")).toBool()) {
        for (const char *field : {"reporter_name", "reporter_address", "reporter_contact"}) {
            const QString v = o.value(QLatin1String(field)).toString();
            if (!v.isEmpty() && !v.startsWith(QLatin1String("enc1:")))
                o.insert(QLatin1String(field), QString());
        }
        return keep(DraftKind, key,
                    QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), QString());
    }
    return keep(DraftKind, key, stored, QString());
}

void LocalSpool::dropDraft(const QString &key)
{
    drop(DraftKind, key);
}

bool LocalSpool::keepMinutes(qint64 attendeeId, const QString &attendeeUuid,
                             const QList<MinutesEntry> &entries, const QString &base)
{
    QJsonObject o = QJsonDocument::fromJson(minutesJson(entries).toUtf8()).object();
    o.insert(QStringLiteral("attendee"), attendeeUuid);
    return keep(MinutesKind, QString::number(attendeeId), compact(o), base);
}

void LocalSpool::dropMinutes(qint64 attendeeId)
{
    drop(MinutesKind, QString::number(attendeeId));
}

bool LocalSpool::keepIdentity(const Attendee &typed, const QString &base)
{
    const KeyStore keys(*m_db);
    QJsonObject identity;
    for (const auto &[field, value] : identityFields(typed)) {
        const QString sealed = keys.sealForUser(value);
        if (!value.isEmpty() && sealed == value)
            return false; // never in clear
        identity.insert(field, sealed);
    }
    const QJsonObject o{{QStringLiteral("attendee"), typed.uuid},
                        {QStringLiteral("identity"), identity}};
    return keep(IdentityKind, QString::number(typed.id), compact(o), base);
}

void LocalSpool::dropIdentity(qint64 attendeeId)
{
    drop(IdentityKind, QString::number(attendeeId));
}

QString LocalSpool::identityDigest(const Attendee &a)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const auto &field : identityFields(a)) {
        const QByteArray bytes = field.second.toUtf8();
        h.addData(QByteArray::number(bytes.size()) + ':');
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

QList<QPair<QString, QString>> LocalSpool::identityAside(Database &db, const QString &draft,
                                                         const Attendee &stored)
{
    const QJsonObject sealed = QJsonDocument::fromJson(draft.toUtf8())
                                   .object()
                                   .value(QStringLiteral("identity"))
                                   .toObject();
    Attendee a;
    if (sealed.isEmpty() || !openIdentity(db, sealed, a))
        return {};
    QList<QPair<QString, QString>> fields = identityFields(a);
    const QList<QPair<QString, QString>> now = identityFields(stored);
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).second == now.at(i).second)
            fields[i].second.clear();
    }
    return fields;
}

QString LocalSpool::minutesDigest(const QList<MinutesEntry> &entries)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const MinutesEntry &e : entries) {
        for (const QString &part : {e.uuid, e.question, e.answer}) {
            const QByteArray bytes = part.toUtf8();
            h.addData(QByteArray::number(bytes.size()) + ':');
            h.addData(bytes);
        }
    }
    return QString::fromLatin1(h.result().toHex());
}

QString LocalSpool::minutesDraftKey(const QString &attendeeUuid)
{
    return QStringLiteral("minutes:") + attendeeUuid;
}

QString LocalSpool::minutesJson(const QList<MinutesEntry> &entries)
{
    QJsonArray list;
    for (const MinutesEntry &e : entries) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("uuid"), e.uuid);
        o.insert(QStringLiteral("question"), e.question);
        o.insert(QStringLiteral("answer"), e.answer);
        list.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("minutes"), list);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QList<MinutesEntry> LocalSpool::minutesFromJson(const QString &json)
{
    QList<MinutesEntry> entries;
    const QJsonArray list =
        QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("minutes")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        MinutesEntry e;
        e.id = o.value(QStringLiteral("id")).toInteger();
        e.uuid = o.value(QStringLiteral("uuid")).toString();
        e.question = o.value(QStringLiteral("question")).toString();
        e.answer = o.value(QStringLiteral("answer")).toString();
        entries << e;
    }
    return entries;
}

LocalSpool::Result LocalSpool::writeBack(Database &db)
{
    Result result;
    QList<Entry> entries;
    {
        SpoolFile file(m_path, false);
        if (!file.isOpen())
            return result;
        QSqlQuery q(file.sql());
        if (!q.exec(QStringLiteral(
                "SELECT kind, key, content, base, saved_at FROM spool ORDER BY saved_at")))
            return result;
        while (q.next())
            entries << Entry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), SqlValues::toTimestamp(q.value(4))};
    }
    DraftRepository drafts(db);
    for (const Entry &e : std::as_const(entries)) {
        bool written = false;
        if (e.kind == DraftKind) {
            written = e.content.isEmpty() ? drafts.removeStored(e.key)
                                          : drafts.putStored(e.key, e.content, e.savedAt);
            if (written && !e.content.isEmpty())
                ++result.drafts;
        } else {
            written = writeBackAttendee(db, e, result);
        }
        if (written)
            drop(e.kind, e.key);
        else
            ++result.left;
    }
    return result;
}

bool LocalSpool::writeBackAttendee(Database &db, const Entry &e, Result &result)
{
    const qint64 attendeeId = e.key.toLongLong();
    const QJsonObject kept = QJsonDocument::fromJson(e.content.toUtf8()).object();
    const QString uuid = kept.value(QStringLiteral("attendee")).toString();
    const bool minutes = e.kind == MinutesKind;
    Transaction t(db);
    if (!t.isOpen()) {
        result.error = db.lastError();
        return false;
    }
    HearingRepository hearings(db);
    std::optional<Hearing> h = hearings.hearingOf(attendeeId);
    Attendee *a = nullptr;
    if (h) {
        for (Attendee &x : h->attendees) {
            if (x.id == attendeeId && x.uuid == uuid)
                a = &x;
        }
    }
    // Written only over what was stored when typing began here, and not while another computer
    // types these minutes.
    QString holder;
    const bool claimed = a && hearings.claimMinutes(attendeeId, &holder);
    const bool over = claimed && !a->isSigned() &&
                      (minutes ? minutesDigest(a->minutes) == e.base
                               : !a->identityHidden && identityDigest(*a) == e.base);
    QString error;
    bool ok = false;
    if (over && minutes) {
        ok = hearings.saveMinutes(attendeeId, minutesFromJson(e.content), &error);
    } else if (over) {
        ok = openIdentity(db, kept.value(QStringLiteral("identity")).toObject(), *a) &&
             hearings.saveHearing(*h, &error);
    } else {
        // Set aside as the user's draft, beside what another kind set aside for the same person.
        DraftRepository drafts(db);
        QJsonObject aside =
            QJsonDocument::fromJson(drafts.draft(minutesDraftKey(uuid)).toUtf8()).object();
        for (auto it = kept.begin(); it != kept.end(); ++it)
            aside.insert(it.key(), it.value());
        ok = drafts.putStored(minutesDraftKey(uuid), compact(aside), e.savedAt);
    }
    const QString name = a ? a->name : uuid;
    if (claimed)
        hearings.releaseMinutes(attendeeId);
    if (!ok || !t.commit()) {
        result.error = error.isEmpty() ? db.lastError() : error;
        return false;
    }
    if (!over && !result.conflicts.contains(name))
        result.conflicts << name;
    else if (over && minutes)
        ++result.minutes;
    else if (over)
        ++result.identities;
    return true;
}

QString LocalSpool::Result::summary() const
{
    QStringList parts;
    if (minutes > 0)
        parts << tr("the minutes of %n person(s) heard", nullptr, minutes);
    if (identities > 0)
        parts << tr("the identity of %n person(s) heard", nullptr, identities);
    if (drafts > 0)
        parts << tr("%n unsaved case edit(s), offered again when the case is opened", nullptr,
                    drafts);
    QString line;
    if (!parts.isEmpty())
        line = tr("Written to the server from this computer: %1.")
                   .arg(parts.join(QLatin1String("; ")));
    if (!conflicts.isEmpty())
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("The minutes of %1 were changed on another computer meanwhile: what you typed "
                   "is kept beside them and shown when they are opened.")
                    .arg(conflicts.join(QLatin1String(", ")));
    if (left > 0)
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("%n entry(ies) typed while the server was away could not be written yet and "
                   "stay on this computer: %1",
                   nullptr, left)
                    .arg(error);
    return line;
}
