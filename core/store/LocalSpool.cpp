#include "LocalSpool.h"

#include "Database.h"
#include "DraftRepository.h"
#include "HearingRepository.h"
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
#include <QUuid>

namespace {

const QString DraftKind = QStringLiteral("draft");
const QString MinutesKind = QStringLiteral("minutes");

// The spool's file opened for one operation and closed after it (so that between writes the
// file on the disk is whole, with no write-ahead log beside it); every commit is synced.
class SpoolFile
{
public:
    SpoolFile(const QString &path, bool create)
        : m_name(QStringLiteral("netra-spool-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces))
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
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (!m_db.open())
            return;
        QSqlQuery q(m_db);
        m_ok = q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) &&
               q.exec(QStringLiteral("PRAGMA synchronous = FULL")) &&
               q.exec(QStringLiteral(
                   "CREATE TABLE IF NOT EXISTS spool (kind TEXT NOT NULL, key TEXT NOT NULL,"
                   " content TEXT NOT NULL, base TEXT NOT NULL, saved_at TEXT NOT NULL,"
                   " PRIMARY KEY (kind, key))"));
        if (!existed) // the user's alone (its journal takes the same)
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    ~SpoolFile()
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    SpoolFile(const SpoolFile &) = delete;
    SpoolFile &operator=(const SpoolFile &) = delete;

    bool isOpen() const { return m_ok; }
    QSqlDatabase &sql() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_ok = false;
};

} // namespace

LocalSpool::LocalSpool(Database &db)
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
    return keep(MinutesKind, QString::number(attendeeId),
                QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), base);
}

void LocalSpool::dropMinutes(qint64 attendeeId)
{
    drop(MinutesKind, QString::number(attendeeId));
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
    struct Entry
    {
        QString kind, key, content, base;
        QDateTime savedAt;
    };
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
    HearingRepository hearings(db);
    for (const Entry &e : std::as_const(entries)) {
        bool written = false;
        if (e.kind == DraftKind) {
            written = e.content.isEmpty() ? drafts.removeStored(e.key)
                                          : drafts.putStored(e.key, e.content, e.savedAt);
            if (written && !e.content.isEmpty())
                ++result.drafts;
        } else if (e.kind == MinutesKind) {
            const qint64 attendeeId = e.key.toLongLong();
            const QString uuid = QJsonDocument::fromJson(e.content.toUtf8())
                                     .object()
                                     .value(QStringLiteral("attendee"))
                                     .toString();
            Transaction t(db);
            if (!t.isOpen()) {
                ++result.left;
                result.error = db.lastError();
                continue;
            }
            const std::optional<Hearing> h = hearings.hearingOf(attendeeId);
            const Attendee *a = nullptr;
            if (h) {
                for (const Attendee &x : h->attendees) {
                    if (x.id == attendeeId && x.uuid == uuid)
                        a = &x;
                }
            }
            // Written only over the minutes as they were when typing began here, and not while
            // another computer types them.
            QString holder;
            const bool claimed = a && hearings.claimMinutes(attendeeId, &holder);
            const bool over = claimed && !a->isSigned() && minutesDigest(a->minutes) == e.base;
            QString error;
            const bool ok =
                over ? hearings.saveMinutes(attendeeId, minutesFromJson(e.content), &error)
                     : drafts.putStored(minutesDraftKey(uuid), e.content, e.savedAt);
            const QString name = a ? a->name : uuid;
            if (claimed)
                hearings.releaseMinutes(attendeeId);
            written = ok && t.commit();
            if (written && over)
                ++result.minutes;
            else if (written)
                result.conflicts << name;
            else
                result.error = error.isEmpty() ? db.lastError() : error;
        }
        if (written)
            drop(e.kind, e.key);
        else
            ++result.left;
    }
    return result;
}

QString LocalSpool::Result::summary() const
{
    QStringList parts;
    if (minutes > 0)
        parts << tr("the minutes of %n person(s) heard", nullptr, minutes);
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
