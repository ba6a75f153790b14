#include "RecordWriter.h"

#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QJsonValue jsonOf(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

} // namespace

bool RecordWriter::same(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && a.toString() == b.toString();
}

bool RecordWriter::writeLog(const QString &table, const QString &recordUuid,
                            const QString &caseUuid, const QString &action,
                            const QJsonObject &changes, QString *error)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO change_log (at, actor, record_table, record_uuid, case_uuid, action, changes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(SqlValues::timestamp(m_db.now()));
    q.addBindValue(m_db.actor());
    q.addBindValue(table);
    q.addBindValue(recordUuid);
    q.addBindValue(caseUuid);
    q.addBindValue(action);
    q.addBindValue(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool RecordWriter::log(const QString &table, const QString &recordUuid, const QString &caseUuid,
                       const QString &action, const QVariantMap &before, const QVariantMap &after,
                       QString *error)
{
    QJsonObject changes;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QVariant old = before.value(it.key());
        // Absent and empty are the same to a reader of the history.
        if (old.toString().isEmpty() && it->toString().isEmpty())
            continue;
        if (!same(old, *it))
            changes.insert(it.key(), QJsonArray{jsonOf(old), jsonOf(*it)});
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()) && !it->isNull())
            changes.insert(it.key(), QJsonArray{jsonOf(*it), QJsonValue()});
    }
    if (changes.isEmpty() && action == QLatin1String("update"))
        return true;
    return writeLog(table, recordUuid, caseUuid, action, changes, error);
}

qint64 RecordWriter::insert(const QString &table, QString &uuid, const QVariantMap &columns,
                            const QString &caseUuid, QString *error)
{
    if (uuid.isEmpty())
        uuid = SqlValues::newUuid();
    QStringList names{QStringLiteral("uuid"), QStringLiteral("updated_at")};
    names << columns.keys();
    QStringList marks;
    for (int i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, names.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    q.addBindValue(uuid);
    q.addBindValue(SqlValues::timestamp(m_db.now()));
    for (const QVariant &v : columns)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return 0;
    }
    // Read before the change log's own insert moves the connection's last rowid.
    const qint64 id = q.lastInsertId().toLongLong();
    if (!caseUuid.isEmpty() &&
        !log(table, uuid, caseUuid, QStringLiteral("create"), {}, columns, error))
        return 0;
    return id;
}

bool RecordWriter::update(const QString &table, qint64 id, const QVariantMap &before,
                          const QVariantMap &after, const QString &recordUuid,
                          const QString &caseUuid, QString *error)
{
    QStringList sets{QStringLiteral("updated_at = ?")};
    QVariantList values{SqlValues::timestamp(m_db.now())};
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()) || !same(before.value(it.key()), *it)) {
            sets << it.key() + QStringLiteral(" = ?");
            values << *it;
        }
    }
    if (sets.size() == 1)
        return true;
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1String(", "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return log(table, recordUuid, caseUuid, QStringLiteral("update"), before, after, error);
}

bool RecordWriter::remove(const QString &table, qint64 id, const QVariantMap &before,
                          const QString &recordUuid, const QString &caseUuid, QString *error)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return log(table, recordUuid, caseUuid, QStringLiteral("delete"), before, {}, error);
}
