#include "StoreCopy.h"

#include "Database.h"
#include "OutputFile.h"
#include "Schema.h"
#include "ServerDatabase.h"
#include "ServerLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace {

// A batch is written when it holds this many values (bound parameters) or this many bytes.
constexpr int ServerBatchValues = 30000;
constexpr int FileBatchValues = 999;
constexpr int MaxBatchRows = 200;
constexpr qint64 MaxBatchBytes = 8 << 20;

QString shown(const QString &location)
{
    if (!Database::isServerLocation(location))
        return QDir::toNativeSeparators(location);
    ServerLocation where;
    QString ignored;
    return ServerLocation::parse(location, &where, &ignored) ? where.display() : location;
}

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    if (sql.isEmpty())
        return true;
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = Database::describe(q.lastError());
    return false;
}

// The columns of `table` in `db`, in their order.
QStringList columnsOf(Database &db, const QString &table, QString *error)
{
    QStringList columns;
    QSqlQuery q(db.sql());
    if (!q.exec(db.dialect().columnsQuery(table))) {
        *error = Database::describe(q.lastError());
        return {};
    }
    while (q.next())
        columns << q.value(1).toString();
    return columns;
}

qint64 sizeOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return v.toByteArray().size();
    if (v.typeId() == QMetaType::QString)
        return v.toString().size() * 2;
    return 8;
}

// The rows of one table written to the target in batches: one prepared statement for a full
// batch, one for a single row (the rest of a table, a batch cut short by its bytes).
class TableWriter
{
public:
    TableWriter(Database &db, const QString &table, const QStringList &columns)
        : m_batchRows(qBound(1,
                             (db.isServer() ? ServerBatchValues : FileBatchValues) /
                                 qMax<int>(1, int(columns.size())),
                             MaxBatchRows)),
          m_batch(db.sql()), m_single(db.sql())
    {
        const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                 .arg(table, columns.join(QLatin1String(", ")));
        const QStringList marks(columns.size(), QStringLiteral("?"));
        const QString row = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
        m_single.prepare(head + row);
        if (m_batchRows > 1)
            m_batch.prepare(head + QStringList(m_batchRows, row).join(QLatin1String(", ")));
    }

    bool add(QVariantList row, qint64 bytes, QString *error)
    {
        m_pending << std::move(row);
        m_bytes += bytes;
        if (m_pending.size() >= m_batchRows || m_bytes >= MaxBatchBytes)
            return flush(error);
        return true;
    }

    bool flush(QString *error)
    {
        if (m_batchRows > 1 && m_pending.size() == m_batchRows) {
            int i = 0;
            for (const QVariantList &row : std::as_const(m_pending))
                for (const QVariant &v : row)
                    m_batch.bindValue(i++, v);
            if (!m_batch.exec())
                return failed(m_batch, error);
        } else {
            for (const QVariantList &row : std::as_const(m_pending)) {
                for (int i = 0; i < row.size(); ++i)
                    m_single.bindValue(i, row.at(i));
                if (!m_single.exec())
                    return failed(m_single, error);
            }
        }
        m_pending.clear();
        m_bytes = 0;
        return true;
    }

private:
    bool failed(const QSqlQuery &q, QString *error)
    {
        *error = Database::describe(q.lastError());
        return false;
    }

    int m_batchRows;
    QSqlQuery m_batch;
    QSqlQuery m_single;
    QList<QVariantList> m_pending;
    qint64 m_bytes = 0;
};

// Whether `name` is a table of the store's own machinery that a copy leaves out: the search
// index (FTS5's tables in a file), SQLite's and the server's own records.
bool isInternal(const QString &name)
{
    return name.startsWith(QLatin1String("case_search")) ||
           name.startsWith(QLatin1String("sqlite_")) || name == QLatin1String("netra_schema");
}

// The copy itself, between a source whose snapshot is open and a target set up uncommitted.
class Copier
{
public:
    Copier(Database &source, Database &target, StoreCopy::Result *result)
        : m_source(source), m_target(target), m_result(result)
    {
    }

    bool run(QString *error)
    {
        if (!checkTables(error))
            return false;
        // What the target's set-up wrote (default settings, the shipped holidays) gives way
        // to the source's.
        const QStringList &tables = StoreCopy::tables();
        for (auto it = tables.rbegin(); it != tables.rend(); ++it) {
            if (!exec(m_target.sql(), QStringLiteral("DELETE FROM %1").arg(*it), error))
                return false;
        }
        for (const QString &table : tables) {
            if (!copyTable(table, error))
                return false;
        }
        // The change log and its head are the source's now, not what the set-up kept of them.
        m_target.forgetLogHead();
        // The search index, built from the cases and persons copied (a confidential reporter
        // never indexed); on the server PostgreSQL keeps its document.
        return exec(m_target.sql(),
                    QStringLiteral("INSERT INTO case_search (rowid, numbers, names, nips, agencies,"
                                   " description) ") +
                        Schema::searchRowSelect(m_target.dialect()) +
                        QStringLiteral(" GROUP BY c.id"),
                    error);
    }

private:
    // Every table of the source is one the copy knows: a table added by a later version and
    // not copied would be lost without a word.
    bool checkTables(QString *error)
    {
        QSqlQuery q(m_source.sql());
        if (!q.exec(m_source.dialect().schemaObjectsQuery())) {
            *error = Database::describe(q.lastError());
            return false;
        }
        const QSet<QString> known(StoreCopy::tables().begin(), StoreCopy::tables().end());
        QStringList unknown;
        while (q.next()) {
            const QString name = q.value(1).toString();
            if (q.value(0).toString() == QLatin1String("table") && !known.contains(name) &&
                !isInternal(name))
                unknown << name;
        }
        if (unknown.isEmpty())
            return true;
        *error = StoreCopy::tr("%1 holds tables that are not Netra's (%2); it is not copied.")
                     .arg(m_source.path(), unknown.join(QLatin1String(", ")));
        return false;
    }

    bool copyTable(const QString &table, QString *error)
    {
        const QStringList columns = columnsOf(m_source, table, error);
        if (columns.isEmpty()) {
            if (error->isEmpty())
                *error =
                    StoreCopy::tr("The table %1 is missing from %2.").arg(table, m_source.path());
            return false;
        }
        const QStringList targetColumns = columnsOf(m_target, table, error);
        for (const QString &column : columns) {
            if (!targetColumns.contains(column)) {
                if (error->isEmpty())
                    *error = StoreCopy::tr("The column %1.%2 of %3 has no place in %4.")
                                 .arg(table, column, m_source.path(), m_target.path());
                return false;
            }
        }
        const int data = table == QLatin1String("attachments") ||
                                 table == QLatin1String("activity_attachments") ||
                                 table == QLatin1String("lead_attachments")
                             ? int(columns.indexOf(QStringLiteral("data")))
                             : -1;
        // One row at a time (forward only: the server's driver then fetches row by row).
        QSqlQuery read(m_source.sql());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1")
                           .arg(columns.join(QLatin1String(", ")), table))) {
            *error = Database::describe(read.lastError());
            return false;
        }
        TableWriter writer(m_target, table, columns);
        qint64 rows = 0;
        while (read.next()) {
            QVariantList row;
            row.reserve(columns.size());
            qint64 bytes = 0;
            for (int i = 0; i < columns.size(); ++i) {
                row << read.value(i);
                bytes += sizeOf(row.last());
            }
            if (data >= 0)
                m_result->attachmentBytes += row.at(data).toByteArray().size();
            if (!writer.add(std::move(row), bytes, error))
                return false;
            ++rows;
        }
        if (read.lastError().isValid()) {
            *error = Database::describe(read.lastError());
            return false;
        }
        read.finish();
        if (!writer.flush(error))
            return false;
        if (columns.contains(QStringLiteral("id")) &&
            !exec(m_target.sql(), m_target.dialect().restartKeys(table), error))
            return false;
        // Every row read is in the target.
        QSqlQuery count(m_target.sql());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !count.next()) {
            *error = Database::describe(count.lastError());
            return false;
        }
        if (count.value(0).toLongLong() != rows) {
            *error = StoreCopy::tr("The table %1 holds %2 rows in the copy instead of %3.")
                         .arg(table)
                         .arg(count.value(0).toLongLong())
                         .arg(rows);
            return false;
        }
        m_result->rows << qMakePair(table, rows);
        return true;
    }

    Database &m_source;
    Database &m_target;
    StoreCopy::Result *m_result;
};

// The files SQLite keeps beside a data file while it is open.
void removeWithJournal(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

const QStringList &StoreCopy::tables()
{
    static const QStringList list{
        QStringLiteral("settings"),
        QStringLiteral("holidays"),
        QStringLiteral("sequences"),
        QStringLiteral("users"),
        QStringLiteral("user_keys"),
        QStringLiteral("key_grants"),
        QStringLiteral("cases"),
        QStringLiteral("case_assignments"),
        QStringLiteral("parties"),
        QStringLiteral("attachments"),
        QStringLiteral("hearings"),
        QStringLiteral("hearing_attendees"),
        QStringLiteral("minutes_entries"),
        QStringLiteral("minutes_addenda"),
        QStringLiteral("followups"),
        QStringLiteral("letters"),
        QStringLiteral("activities"),
        QStringLiteral("activity_attachments"),
        QStringLiteral("leads"),
        QStringLiteral("lead_notes"),
        QStringLiteral("lead_attachments"),
        QStringLiteral("change_log"),
        QStringLiteral("drafts"),
        QStringLiteral("sync_state"),
    };
    return list;
}

QString StoreCopy::refusal(const QString &target)
{
    if (!Database::isServerLocation(target)) {
        if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
            return tr("%1 exists already: a copy is written only into a new file. Nothing was "
                      "changed.")
                .arg(shown(target));
        return {};
    }
    // A database the server does not have yet is made for the copy (as netra-cli init does);
    // an existing one is set up in a transaction that is then undone: refused as the copy itself
    // would be.
    QString why;
    const ServerDatabase::State state = ServerDatabase::probe(target, &why);
    if (state == ServerDatabase::State::Missing ||
        (state != ServerDatabase::State::Refused &&
         Database::open(target, Database::Mode::CreateUncommitted, &why)))
        return {};
    return tr("A copy is written only into an empty database; %1 cannot take it: %2 Nothing was "
              "changed.")
        .arg(shown(target), why);
}

bool StoreCopy::copy(const QString &source, const QString &target, Result *result, QString *error)
{
    const auto db = Database::open(source, Database::Mode::ReadOnly, error);
    return db && copy(*db, target, result, error);
}

bool StoreCopy::copy(Database &source, const QString &target, Result *result, QString *error)
{
    *result = Result();
    result->source = source.path();
    result->target = shown(target);
    result->schemaVersion = source.schemaVersion();
    if (result->schemaVersion != Database::latestVersion()) {
        *error = tr("%1 is at data version %2 and this program at %3: open it once for writing "
                    "with this Netra (netra, or a netra-cli command that writes) to bring it up "
                    "to date, then copy it.")
                     .arg(source.path())
                     .arg(result->schemaVersion)
                     .arg(Database::latestVersion());
        return false;
    }
    if (source.inTransaction()) {
        *error = tr("%1 cannot be copied while a change is being saved.").arg(source.path());
        return false;
    }
    if (const QString why = refusal(target); !why.isEmpty()) {
        *error = why;
        return false;
    }
    const bool toServer = Database::isServerLocation(target);
    // A file is written under a temporary name beside the target and renamed at the end.
    std::unique_ptr<OutputFile> file;
    QString path = target;
    if (!toServer) {
        file = std::make_unique<OutputFile>(target);
        if (!file->begin(error))
            return false;
        path = file->temporaryPath();
    }
    // A server database that does not exist yet is made for the copy, and removed again when
    // the copy fails.
    bool created = false;
    auto fail = [&](const QString &why) {
        *error = tr("%1 could not be copied into %2: %3").arg(result->source, result->target, why);
        if (file) {
            file->cancel();
            removeWithJournal(path);
        }
        QString ignored;
        if (created)
            ServerDatabase::drop(target, &ignored);
        return false;
    };

    QString why;
    QString problem;
    if (toServer && ServerDatabase::probe(target, &problem) == ServerDatabase::State::Missing) {
        if (!ServerDatabase::create(target, &why))
            return fail(why);
        created = true;
    }
    // One consistent state of the source, whatever others write meanwhile.
    if (!exec(source.sql(), source.dialect().beginSnapshot(), &why))
        return fail(why);
    bool copied = false;
    {
        auto out = Database::open(path, Database::Mode::CreateUncommitted, &why);
        copied = out && Copier(source, *out, result).run(&why) && out->commit();
        if (out && !copied && why.isEmpty())
            why = out->lastError();
        // A file is one file on its own, as a backup is: no write-ahead log beside it.
        if (copied && !out->isServer())
            copied = exec(out->sql(), QStringLiteral("PRAGMA journal_mode = DELETE"), &why);
        // The server's planner statistics gathered now, so that its first queries are planned
        // on the rows copied and not on guesses for empty tables until autovacuum comes by.
        if (copied && out->isServer())
            copied = exec(out->sql(), QStringLiteral("ANALYZE"), &why);
    }
    QString ignored;
    exec(source.sql(), QStringLiteral("ROLLBACK"), &ignored); // the snapshot ends
    if (!copied)
        return fail(why);
    if (file) {
        // Nothing put there meanwhile is replaced.
        if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
            return fail(refusal(target));
        if (!file->commit(&why)) {
            removeWithJournal(path);
            *error = why;
            return false;
        }
    }
    return true;
}
