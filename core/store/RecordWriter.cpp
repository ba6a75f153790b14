#include "RecordWriter.h"

#include "ChangeLogChain.h"
#include "KeyStore.h"
#include "SqlValues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <optional>

namespace {

QJsonValue jsonOf(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

// Appends `s` as a JSON string, escaped as QJsonDocument escapes it: quotes, backslashes and
// control characters; everything else as UTF-8.
void appendString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : s.toUtf8()) {
        const auto u = uchar(c);
        if (u >= 0x20 && u != '"' && u != '\\') {
            out += c;
            continue;
        }
        out += '\\';
        switch (u) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '\b':
            out += 'b';
            break;
        case '\f':
            out += 'f';
            break;
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        }
    }
    out += '"';
}

// Appends a value as QJsonDocument writes QJsonValue::fromVariant() of it; false for a type
// this does not know (the caller then goes through QJsonDocument).
bool appendValue(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out += "null";
        return true;
    }
    switch (v.typeId()) {
    case QMetaType::QString: {
        const QString s = v.toString();
        if (!QStringView(s).isValidUtf16())
            return false;
        appendString(out, s);
        return true;
    }
    case QMetaType::Bool:
        out += v.toBool() ? "true" : "false";
        return true;
    case QMetaType::Int:
    case QMetaType::LongLong:
        out += QByteArray::number(v.toLongLong());
        return true;
    case QMetaType::Double: {
        const double d = v.toDouble();
        out += qIsFinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest)
                            : QByteArray("null");
        return true;
    }
    default:
        return false;
    }
}

// Calls add(field, old, new) for each field that changed from `before` to `after`, in the order
// of the fields: one walk over the union of both maps' fields (each is ordered).
template <typename Add>
void eachChange(const QVariantMap &before, const QVariantMap &after, Add add)
{
    auto a = after.begin();
    auto b = before.begin();
    while (a != after.end() || b != before.end()) {
        if (a != after.end() && (b == before.end() || a.key() < b.key())) {
            // Absent and empty are the same to a reader of the history.
            if (!a->toString().isEmpty())
                add(a.key(), QVariant(), *a);
            ++a;
        } else if (a == after.end() || b.key() < a.key()) {
            if (!b->isNull())
                add(b.key(), *b, QVariant());
            ++b;
        } else {
            if (!(b->toString().isEmpty() && a->toString().isEmpty()) &&
                !RecordWriter::same(*b, *a))
                add(a.key(), *b, *a);
            ++a;
            ++b;
        }
    }
}

} // namespace

QString RecordWriter::changesText(const QVariantMap &before, const QVariantMap &after)
{
    QByteArray json("{");
    bool known = true;
    eachChange(before, after, [&](const QString &field, const QVariant &old, const QVariant &now) {
        if (json.size() > 1)
            json += ',';
        appendString(json, field);
        json += ":[";
        known = appendValue(json, old) && known;
        json += ',';
        known = appendValue(json, now) && known;
        json += ']';
    });
    if (json.size() == 1)
        return {};
    if (known)
        return QString::fromUtf8(json + '}');
    QJsonObject changes;
    eachChange(before, after, [&](const QString &field, const QVariant &old, const QVariant &now) {
        changes.insert(field, QJsonArray{jsonOf(old), jsonOf(now)});
    });
    return QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
}

bool RecordWriter::same(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && a.toString() == b.toString();
}

QString RecordWriter::digest(const QStringList &parts)
{
    if (parts.isEmpty())
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &part : parts) {
        const QByteArray bytes = part.toUtf8();
        h.addData(QByteArray::number(bytes.size()));
        h.addData(QByteArrayView(":", 1));
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

QString RecordWriter::minutesDigest(qint64 attendeeId, QString *error)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT question, answer FROM minutes_entries"
                                                " WHERE attendee_id = ? ORDER BY position, id"));
    q.addBindValue(attendeeId);
    if (!q.exec()) {
        if (error)
            *error = Database::describe(q.lastError());
        return {};
    }
    QStringList parts;
    while (q.next())
        parts << q.value(0).toString() << q.value(1).toString();
    q.finish();
    return digest(parts);
}

bool RecordWriter::writeLog(const QString &table, const QString &recordUuid,
                            const QString &caseUuid, const QString &action,
                            const QJsonObject &changes, QString *error)
{
    return writeLogText(table, recordUuid, caseUuid, action,
                        QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)),
                        error);
}

bool RecordWriter::writeLogText(const QString &table, const QString &recordUuid,
                                const QString &caseUuid, const QString &action,
                                const QString &changes, QString *error)
{
    // The entry and the head of the chain go together: in the caller's transaction, or in one of
    // their own.
    std::optional<Transaction> own;
    if (!m_db.inTransaction()) {
        own.emplace(m_db);
        if (!own->isOpen()) {
            *error = m_db.lastError();
            return false;
        }
    }
    QString headError;
    ChangeLogChain::Head head =
        ChangeLogChain::readHead(m_db, &headError).value_or(ChangeLogChain::Head());
    if (!headError.isEmpty()) {
        *error = headError;
        return false;
    }
    // The columns are NOT NULL: a null string is written (and hashed) as an empty one.
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    const ChangeLogChain::Entry entry{SqlValues::timestamp(m_db.now()),
                                      text(m_db.actor()),
                                      text(table),
                                      text(recordUuid),
                                      text(caseUuid),
                                      text(action),
                                      changes.isEmpty() ? QStringLiteral("{}") : changes};
    const QString hash = ChangeLogChain::hash(head.lastHash, entry);
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO change_log (at, actor, record_table, record_uuid, case_uuid,"
                       " action, changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.at);
    q.addBindValue(entry.actor);
    q.addBindValue(entry.recordTable);
    q.addBindValue(entry.recordUuid);
    q.addBindValue(entry.caseUuid);
    q.addBindValue(entry.action);
    q.addBindValue(entry.changes);
    q.addBindValue(text(head.lastHash));
    q.addBindValue(hash);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    head.count += 1;
    head.lastId = q.lastInsertId().toLongLong();
    head.lastHash = hash;
    if (!ChangeLogChain::writeHead(m_db, head, error))
        return false;
    if (own && !own->commit()) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}

bool RecordWriter::log(const QString &table, const QString &recordUuid, const QString &caseUuid,
                       const QString &action, const QVariantMap &before, const QVariantMap &after,
                       QString *error)
{
    const QString changes = changesText(before, after);
    if (changes.isEmpty() && action == QLatin1String("update"))
        return true;
    return writeLogText(table, recordUuid, caseUuid, action, changes, error);
}

qint64 RecordWriter::insert(const QString &table, QString &uuid, const QVariantMap &given,
                            const QString &caseUuid, QString *error, const QVariantMap &unlogged)
{
    // A confidential identity is stored sealed, in the record and its log entry alike.
    QVariantMap columns = given;
    if (!KeyStore(m_db).sealColumns(table, 0, {}, columns, error))
        return 0;
    if (uuid.isEmpty())
        uuid = SqlValues::newUuid();
    QVariantMap stored = columns;
    for (auto it = unlogged.cbegin(); it != unlogged.cend(); ++it)
        stored.insert(it.key(), *it);
    // Stamped now, unless the caller brings the record's own time (a package's record).
    const QString updatedAt = QStringLiteral("updated_at");
    if (!stored.contains(updatedAt))
        stored.insert(updatedAt, SqlValues::timestamp(m_db.now()));
    QStringList names{QStringLiteral("uuid")};
    names << stored.keys();
    QStringList marks;
    for (int i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, names.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    q.addBindValue(uuid);
    for (const QVariant &v : std::as_const(stored))
        q.addBindValue(v);
    if (!q.exec()) {
        m_failure = q.lastError();
        *error = Database::describe(m_failure);
        return 0;
    }
    // Read before the change log's own insert moves the connection's last rowid.
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    if (!caseUuid.isEmpty() &&
        !log(table, uuid, caseUuid, QStringLiteral("create"), {}, columns, error))
        return 0;
    return id;
}

bool RecordWriter::update(const QString &table, qint64 id, const QVariantMap &before,
                          const QVariantMap &given, const QString &recordUuid,
                          const QString &caseUuid, QString *error, const Update &how)
{
    // A confidential identity is stored sealed; one that did not change stays as stored.
    QVariantMap after = given;
    if (!how.sealed && !KeyStore(m_db).sealColumns(table, id, before, after, error))
        return false;
    // A refresh of derived columns alone (no action) is nobody's edit: the update time, which
    // tells a window that someone else saved the record, stays.
    QStringList sets;
    QVariantList values;
    if (!how.action.isEmpty()) {
        sets << QStringLiteral("updated_at = ?");
        values << SqlValues::timestamp(m_db.now());
    }
    for (auto it = how.derived.begin(); it != how.derived.end(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        values << *it;
    }
    const int fixed = sets.size();
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()) || !same(before.value(it.key()), *it)) {
            sets << it.key() + QStringLiteral(" = ?");
            values << *it;
        }
    }
    if (sets.size() == fixed && how.derived.isEmpty())
        return true;
    // One statement per table and set of columns, kept (Database::prepared): on a server a
    // statement prepared anew is planned anew, row rules and all.
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1String(", "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    if (how.action.isEmpty() || (sets.size() == fixed && how.action == QLatin1String("update")))
        return true;
    return log(table, recordUuid, caseUuid, how.action, before, after, error);
}

bool RecordWriter::remove(const QString &table, qint64 id, const QVariantMap &before,
                          const QString &recordUuid, const QString &caseUuid, QString *error)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    return log(table, recordUuid, caseUuid, QStringLiteral("delete"), before, {}, error);
}
