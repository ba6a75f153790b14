#pragma once

#include <QString>
#include <QStringList>

// What the two stores say differently: the embedded data file (SQLite) and the office server
// (PostgreSQL). The repositories write one SQL for both and ask the dialect only for what
// differs: the driver, how a write transaction begins, the full-text search, text aggregation,
// types in the schema and where the schema's version is kept. Everything else (upserts with
// ON CONFLICT, RETURNING, partial indexes, savepoints) both understand as written.
class SqlDialect
{
public:
    static const SqlDialect &sqlite();
    static const SqlDialect &postgresql();

    bool isServer() const { return m_server; }
    // The Qt SQL driver.
    QString driver() const;
    // Begins the outermost transaction of a write: SQLite takes the file's write lock at once
    // (BEGIN IMMEDIATE), so that two writers never both read and then both fail to write.
    QString beginWrite() const;
    // Begins a transaction that reads one consistent state of the whole store while others
    // write (a copy, a backup of a server): SQLite's read transaction on the WAL's snapshot; on
    // the server REPEATABLE READ READ ONLY.
    QString beginSnapshot() const;
    // Asked just before the outermost COMMIT of a write. On a server, one statement that failed
    // anywhere in a transaction aborts all of it, and COMMIT then rolls back while answering as
    // if it had committed; this query fails in an aborted transaction, so that the write is
    // reported as not saved. Empty for a file (SQLite undoes only the statement that failed).
    QString beforeCommit() const;
    // After rows were written with their ids: the server's identity sequence of `table` set past
    // its largest id, so that new rows do not collide; empty for a file (SQLite takes the
    // largest rowid plus one).
    QString restartKeys(const QString &table) const;
    // Taken before the change log's head is read in a write, held until it ends: on a server,
    // so that writers on several machines append to one chain in turn (SQLite's write lock does
    // that for a file); empty when nothing is needed.
    QString lockChangeLog() const;
    // Takes the write lock on one row of `table` (its id bound) until the transaction ends, so
    // that a read-modify-write of that record sees the last committed version and no other
    // writer slips in between (a file's write lock does that already: empty then).
    QString lockRow(const QString &table) const;
    // Names this connection after the user signed in (one bound value), so that the other
    // computers on a server can say who holds a claim; empty for a file.
    QString nameSession() const;
    // A claim on one record for this connection, released by `release` or when the connection
    // ends (a crashed program's too), never waited for: `claim` answers one row, true when
    // claimed; `claimHolder` the session name of who holds it. Bound: a kind and the record's
    // id. Empty for a file, which one program holds.
    QString claim() const;
    QString release() const;
    QString claimHolder() const;
    // The values of `expression` over a group, joined by `separator` (a literal).
    QString textAggregate(const QString &expression, const QString &separator) const;
    // A schema statement as written for the file, in this dialect: integer keys and integers
    // (BIGINT on the server), BLOB (BYTEA), case-insensitive text (CITEXT), the search table.
    QString schema(const QString &statement) const;
    // What a new store needs before the first step (the server's extensions and functions).
    QStringList prelude() const;
    // The schema's version: read and written.
    QString readVersion() const;
    QString writeVersion(int version) const;

    // Rewrites the whole store so that what was deleted or changed is no longer in its pages
    // (outside a transaction): SQLite wipes free pages from then on (secure_delete), rewrites the
    // file (VACUUM) and empties the journal; the server rewrites its tables (VACUUM FULL), and
    // the disk blocks it frees are its administrator's to wipe.
    QStringList rewriteAll() const;
    // Empties the journal (SQLite's WAL); empty on a server.
    QString emptyJournal() const;
    // The store's own checks (netra-cli check): the pages' integrity and the references; empty
    // on a server, which checks its pages and enforces every reference itself.
    QString integrityCheck() const;
    QString foreignKeyCheck() const;
    // The columns of `table` as PRAGMA table_info gives them: (cid, name, type, notnull, default
    // as written in the schema).
    QString columnsQuery(const QString &table) const;
    // Every schema object that is not the store's internal: (type, name, sql); on a server the
    // tables, the indexes that are not a constraint's, views, triggers and functions, sql empty.
    QString schemaObjectsQuery() const;

    // The full-text search over case_search: a condition on c.id with one bound value, and
    // that value from what the user typed (each word a prefix, all words required).
    QString searchCondition() const;
    QString searchValue(const QString &typed) const;

private:
    explicit SqlDialect(bool server) : m_server(server) {}
    bool m_server;
};
