#include "ChangeLogChain.h"

#include "CaseRepository.h"
#include "crypto/Sha256.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

void addField(QByteArray &out, const QString &field)
{
    const QByteArray bytes = field.toUtf8();
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
}

// Text columns are NOT NULL: the first entry's prev_hash is empty, not null.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

struct Row
{
    qint64 id = 0;
    ChangeLogChain::Entry entry;
    QString prevHash, hash;
};

const QString RowSelect = QStringLiteral(
    "SELECT id, at, actor, record_table, record_uuid, case_uuid, action, changes, prev_hash, hash"
    " FROM change_log");

Row readRow(const QSqlQuery &q)
{
    Row r;
    r.id = q.value(0).toLongLong();
    r.entry = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
               q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
               q.value(7).toString()};
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}

// The id of the first entry with this hash; 0 when there is none.
qint64 entryWithHash(Database &db, const QString &hash)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM change_log WHERE hash = ? ORDER BY id LIMIT 1"));
    q.addBindValue(hash);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

QString ChangeLogChain::hash(const QString &prevHash, const Entry &e)
{
    // The fields in one buffer, hashed at once: fed to the hash one by one, each entry cost
    // sixteen calls into it.
    QByteArray fields;
    fields.reserve(256 + 3 * e.changes.size());
    for (const QString *field : {&prevHash, &e.at, &e.actor, &e.recordTable, &e.recordUuid,
                                 &e.caseUuid, &e.action, &e.changes})
        addField(fields, *field);
    return QString::fromLatin1(Sha256::hex(fields));
}

std::optional<ChangeLogChain::Head> ChangeLogChain::readHead(Database &db, QString *error)
{
    auto parse = [](const QString &value) -> std::optional<Head> {
        const QStringList parts = value.split(QLatin1Char(' '));
        Head head;
        bool countOk = false, idOk = false;
        if (parts.size() != 3)
            return std::nullopt;
        head.count = parts.at(0).toLongLong(&countOk);
        head.lastId = parts.at(1).toLongLong(&idOk);
        head.lastHash = parts.at(2);
        if (!countOk || !idOk)
            return std::nullopt;
        return head;
    };
    // Read or written already in this write: the lock below is held, and nobody else wrote it.
    if (!db.logHead().isEmpty())
        return parse(db.logHead());
    // On a server, writers of many machines append to one chain: inside a write, the head is
    // read only once every other writer's entry is committed (a lock held until this commits).
    const QString lock = db.dialect().lockChangeLog();
    if (db.inTransaction() && !lock.isEmpty()) {
        QSqlQuery locked(db.sql());
        if (!locked.exec(lock)) {
            if (error)
                *error = Database::describe(locked.lastError());
            return std::nullopt;
        }
    }
    // Statements of its own (not shared with other readers of settings).
    QSqlQuery &q = db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = 'log_head'"));
    if (!q.exec()) {
        if (error)
            *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    const QString value = q.value(0).toString();
    q.finish();
    const std::optional<Head> head = parse(value);
    if (head)
        db.setLogHead(value, false);
    return head;
}

bool ChangeLogChain::writeHead(Database &db, const Head &head, QString *error)
{
    const QString value =
        QStringLiteral("%1 %2 %3").arg(head.count).arg(head.lastId).arg(head.lastHash);
    // Inside a write, stored once when it commits (Database::commit calls storeHead).
    if (db.inTransaction()) {
        db.setLogHead(value, true);
        return true;
    }
    return storeHead(db, value, error);
}

bool ChangeLogChain::storeHead(Database &db, const QString &value, QString *error)
{
    // Written as the store's own setting, also while an older file is brought up to date
    // (chainExisting, data version 7) when settings had no office yet: changed, else added.
    QSqlQuery &u =
        db.prepared(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'log_head'"));
    u.addBindValue(value);
    if (!u.exec()) {
        *error = Database::describe(u.lastError());
        return false;
    }
    if (u.numRowsAffected() > 0)
        return true;
    QSqlQuery &q =
        db.prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES ('log_head', ?)"));
    q.addBindValue(value);
    if (q.exec())
        return true;
    *error = Database::describe(q.lastError());
    return false;
}

bool ChangeLogChain::chainExisting(Database &db, QString *error)
{
    Head head;
    QSqlQuery select(db.sql());
    select.prepare(RowSelect + QStringLiteral(" WHERE id > ? ORDER BY id LIMIT 10000"));
    QSqlQuery update(db.sql());
    update.prepare(QStringLiteral("UPDATE change_log SET prev_hash = ?, hash = ? WHERE id = ?"));
    for (;;) {
        // In batches, so that no row is written while the query that reads it is open.
        select.setForwardOnly(true);
        select.addBindValue(head.lastId);
        if (!select.exec()) {
            *error = Database::describe(select.lastError());
            return false;
        }
        QList<Row> rows;
        while (select.next())
            rows << readRow(select);
        select.finish();
        if (rows.isEmpty())
            break;
        for (const Row &r : std::as_const(rows)) {
            const QString h = hash(head.lastHash, r.entry);
            update.addBindValue(notNull(head.lastHash));
            update.addBindValue(h);
            update.addBindValue(r.id);
            if (!update.exec()) {
                *error = Database::describe(update.lastError());
                return false;
            }
            ++head.count;
            head.lastId = r.id;
            head.lastHash = h;
        }
    }
    return writeHead(db, head, error);
}

QString ChangeLogChain::Problem::kindCode() const
{
    switch (kind) {
    case Kind::Altered:
        return QStringLiteral("altered");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Reordered:
        return QStringLiteral("reordered");
    case Kind::Inserted:
        return QStringLiteral("inserted");
    }
    return {};
}

QString ChangeLogChain::Problem::message() const
{
    QString caseLabel;
    if (!caseNumber.isEmpty())
        caseLabel = tr("case %1").arg(caseNumber);
    else if (!caseUuid.isEmpty())
        caseLabel = tr("case %1, no longer in the file").arg(caseUuid);
    else
        caseLabel = tr("no case");
    const QString entry = tr("entry %1 (%2, by %3, %4)")
                              .arg(QString::number(foundAtId), at,
                                   actor.isEmpty() ? QStringLiteral("?") : actor, caseLabel);
    switch (kind) {
    case Kind::Altered:
        if (otherId > 0)
            return tr("The change log was altered: %1 was rewritten; entry %2 was chained to "
                      "another entry in its place.")
                .arg(entry, QString::number(otherId));
        return tr("The change log was altered: %1 no longer matches its hash.").arg(entry);
    case Kind::Reordered:
        return tr("The change log was reordered: %1 is out of place; in the chain it follows "
                  "entry %2.")
            .arg(entry, QString::number(otherId));
    case Kind::Inserted:
        if (otherId == 0)
            return tr("An entry was slipped into the change log: %1 lies beyond the end of the "
                      "log as Netra wrote it.")
                .arg(entry);
        return tr("An entry was slipped into the change log: %1 is not in the chain before "
                  "entry %2.")
            .arg(entry, QString::number(otherId));
    case Kind::Removed:
        if (written == 0 && entries == 0 && foundAtId == 0 && entryId == 0)
            return tr("The head of the change log (setting log_head) was removed or altered.");
        if (entries > 0 || written > 0) {
            if (foundAtId == 0)
                return tr("Every entry of the change log was removed; entries written: %1.")
                    .arg(written);
            return tr("The last entries of the change log were removed, from entry %1 on: the "
                      "log ends with %2; entries written: %3, left: %4.")
                .arg(QString::number(entryId), entry, QString::number(written),
                     QString::number(entries));
        }
        if (entryId > 0)
            return tr("The change log entry %1 was removed: the chain breaks before %2.")
                .arg(QString::number(entryId), entry);
        return tr("A change log entry was removed: the chain breaks before %1.").arg(entry);
    }
    return {};
}

QJsonObject ChangeLogChain::Problem::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindCode()},
                  {QStringLiteral("entry_id"), entryId},
                  {QStringLiteral("found_at_id"), foundAtId},
                  {QStringLiteral("at"), at},
                  {QStringLiteral("actor"), actor},
                  {QStringLiteral("case_uuid"), caseUuid},
                  {QStringLiteral("case_number"), caseNumber},
                  {QStringLiteral("message"), message()}};
    if (otherId > 0)
        o.insert(QStringLiteral("other_id"), otherId);
    if (kind == Kind::Removed && (entries > 0 || written > 0)) {
        o.insert(QStringLiteral("entries"), entries);
        o.insert(QStringLiteral("written"), written);
    }
    return o;
}

QJsonObject ChangeLogChain::Result::toJson() const
{
    return {{QStringLiteral("ok"), ok()},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("problem"), problem ? QJsonValue(problem->toJson()) : QJsonValue()}};
}

ChangeLogChain::Result ChangeLogChain::verify(Database &db)
{
    Result result;
    QString error;
    const std::optional<Head> head = readHead(db, &error);

    auto problemAt = [&](Problem::Kind kind, const Row &row) {
        Problem p;
        p.kind = kind;
        p.entryId = row.id;
        p.foundAtId = row.id;
        p.at = row.entry.at;
        p.actor = row.entry.actor;
        p.caseUuid = row.entry.caseUuid;
        // The number of the case the entry belongs to, when the case is in the file.
        p.caseNumber = row.entry.caseUuid.isEmpty()
                           ? QString()
                           : CaseRepository(db).numberOf(row.entry.caseUuid);
        return p;
    };

    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    const qint64 total = q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next()
                             ? q.value(0).toLongLong()
                             : 0;
    q.finish();
    if (!q.exec(RowSelect + QStringLiteral(" ORDER BY id"))) {
        Problem p;
        p.kind = Problem::Kind::Removed;
        result.problem = p;
        return result;
    }
    QString expectedPrev;
    Row previous;
    while (q.next()) {
        const Row row = readRow(q);
        ++result.entries;
        if (head && row.id > head->lastId) {
            result.problem = problemAt(Problem::Kind::Inserted, row);
            return result;
        }
        if (hash(row.prevHash, row.entry) != row.hash) {
            result.problem = problemAt(Problem::Kind::Altered, row);
            return result;
        }
        if (row.prevHash != expectedPrev) {
            const qint64 follows = row.prevHash.isEmpty() ? 0 : entryWithHash(db, row.prevHash);
            if (follows > row.id) {
                // It points to an entry further on: it was moved before that one.
                Problem p = problemAt(Problem::Kind::Reordered, row);
                p.otherId = follows;
                result.problem = p;
            } else if (follows > 0 || row.prevHash.isEmpty()) {
                // It points to an entry before the previous one (or to the start): the previous
                // one is not part of the chain.
                Problem p = problemAt(Problem::Kind::Inserted, previous);
                p.otherId = row.id;
                result.problem = p;
            } else if (row.id == previous.id + 1 && head && total >= head->count) {
                // It points to an entry that is not there, no id is missing and no entry is
                // missing from the count: the previous entry was rewritten, its hash with it.
                Problem p = problemAt(Problem::Kind::Altered, previous);
                p.otherId = row.id;
                result.problem = p;
            } else {
                // It points to an entry that is gone.
                Problem p = problemAt(Problem::Kind::Removed, row);
                p.entryId = row.id > previous.id + 1 ? previous.id + 1 : 0;
                result.problem = p;
            }
            return result;
        }
        expectedPrev = row.hash;
        previous = row;
    }
    q.finish();

    if (!head) {
        if (result.entries > 0) {
            Problem p;
            p.kind = Problem::Kind::Removed;
            result.problem = p;
        }
        return result;
    }
    if (result.entries == head->count && previous.id == head->lastId &&
        expectedPrev == head->lastHash)
        return result;
    if (result.entries < head->count || previous.id < head->lastId ||
        expectedPrev != head->lastHash) {
        Problem p = problemAt(Problem::Kind::Removed, previous);
        p.entryId = previous.id + 1;
        p.entries = result.entries;
        p.written = head->count;
        result.problem = p;
    } else {
        // More entries than were written, none of them out of the chain: the head was altered.
        Problem p;
        p.kind = Problem::Kind::Removed;
        result.problem = p;
    }
    return result;
}
