#pragma once

#include "SqlDialect.h"
#include "domain/Access.h"
#include "domain/HolidayCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

// One office's data file (.netra): an SQLite database in WAL mode with foreign keys on and full
// synchronous writes, its schema version in PRAGMA user_version and its kind in
// PRAGMA application_id. Or an office server: a PostgreSQL database named by a URI
// (postgresql://user@host:5432/netra, ServerLocation), the same tables and columns, its kind and
// version in the table netra_schema. The only door to the store: repositories take a Database
// and ask its dialect() for what the two say differently.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        OpenExisting,    // the file must exist
        CreateIfMissing, // a new file is made and set up when there is none
        ReadOnly,        // the file must exist and is never written
        // A new store (a file that does not exist yet or is empty, an empty server database)
        // set up inside a transaction left open: nothing of it is kept unless the caller
        // commits (commit()), so that a store set up and filled by a copy (StoreCopy) is there
        // whole or not at all.
        CreateUncommitted,
    };

    static constexpr int ApplicationId = 0x4E455452; // "NETR"
    static int latestVersion();

    // Opens a data file, or a server when `path` is a server's URI (isServerLocation). A file or
    // a database that is not Netra's, is newer than this program or is damaged is refused with
    // a message in the user's language and left as it was. On a server, CreateIfMissing sets up
    // Netra's schema in an empty database (the database itself is the server administrator's).
    static std::unique_ptr<Database> open(const QString &path, Mode mode, QString *error);
    // Whether `location` names an office server (postgresql://… or postgres://…).
    static bool isServerLocation(const QString &location);
    // The file this connection has open (read-only), opened again for writing without checking
    // it again: counting a wrong password costs no second quick check (on a big file a second
    // or more, which would tell a known login from an unknown one).
    std::unique_ptr<Database> reopenForWriting(QString *error) const;
    // Whether the file can be opened for writing: SQLite needs to write the file and, for its
    // journal (-wal, -shm), the folder it is in. When not, `why` says so in the user's language;
    // opening read-only may still work.
    static bool canWrite(const QString &path, QString *why);
    // What an SQLite failure means for the user, in the user's language: a full disk, a disk
    // error, a read-only file or folder, a file that cannot be opened; SQLite's own text else.
    static QString describe(const QSqlError &error);
    // Opens at a given schema version: for migration tests only. A server's URI names an empty
    // database, set up to that version.
    static std::unique_ptr<Database> createAtVersion(const QString &path, int version,
                                                     QString *error);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &sql() { return m_db; }
    // The data file's path, or the server's URI without its password.
    QString path() const { return m_path; }
    const SqlDialect &dialect() const { return *m_dialect; }
    bool isServer() const { return m_dialect->isServer(); }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion();

    // Who is making the changes, for the change log.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor.isNull() ? QStringLiteral("") : actor; }

    // The user signed in (UserRepository::login), who is then the actor of every change. None
    // while the program does its own work on a file nobody signed in to: creating it, the demo
    // generator, the tests of the store.
    const std::optional<User> &user() const { return m_user; }
    void setUser(const User &user);
    // Whether the signed-in user may take the action, on a case for a clerk's hearings. Nothing
    // that writes is allowed on a file opened read-only.
    bool allows(Action action, qint64 caseId = 0);
    // Why the action is refused, in the user's language.
    QString refusal(Action action) const;
    // allows(), with the refusal in `error` when the action is refused.
    bool permits(Action action, QString *error, qint64 caseId = 0)
    {
        if (allows(action, caseId))
            return true;
        *error = refusal(action);
        return false;
    }
    // The clock for update times and the change log; the demo generator sets its own.
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The day deadlines are measured against.
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today) { m_today = today; }

    // The office's holiday calendar, kept in the file.
    const HolidayCalendar &calendar();
    void invalidateCalendar() { m_calendarLoaded = false; }

    // Something written with the first change made through this connection, inside its
    // transaction: netra-cli's sign-in (UserRepository::login), so that a command that changes
    // nothing (a refused import) writes nothing. Kept until a transaction that wrote it commits.
    void writeWithFirstChange(std::function<void()> write) { m_firstChange = std::move(write); }

    // Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    // The change log's head as this connection last read or wrote it in the open write
    // (ChangeLogChain), so that a write of many entries reads it once and stores it once, at its
    // commit; empty outside a write. A savepoint rolled back takes it back to what it was when
    // the savepoint began.
    const QString &logHead() const { return m_logHead.value; }
    // `owed`: changed by this write and to be stored before it commits (ChangeLogChain).
    void setLogHead(const QString &head, bool owed)
    {
        if (inTransaction())
            m_logHead = {head, owed || m_logHead.owed};
    }
    // For a write that replaces the change log and its head wholesale (StoreCopy): the head is
    // read again from the file, and what was kept of it is not stored.
    void forgetLogHead() { m_logHead = {}; }

    // Why the last write failed, in the user's language (describe()).
    QString lastError() const;
    // A write refused, in the user's language, naming the store: "The file cannot be written:
    // <why>" on a file, the office server on a server (lastError() when `why` is empty).
    QString writeRefused(const QString &why = QString()) const;

    // Whether the file at path() is no longer the one that was opened: removed, moved away or
    // replaced while open. On Linux the open file would take writes and lose them when closed,
    // so every write is then refused (begin() fails and lastError() says why) until rescue().
    bool isDetached() const;
    // Writes a complete copy of what is open to `target` (a file that does not exist yet) and
    // carries on with that file: for a file removed or replaced underneath. The path of the
    // file the program works on becomes `target`.
    bool rescue(const QString &target, QString *error);
    // An office server that went away: connects again as it was opened (the password is kept
    // in memory only), with the same session settings; statements prepared on the lost
    // connection are dropped, whatever was begun on it the server has undone. False with
    // `error` in the user's language while the server is still out of reach. Nothing to do
    // for a data file.
    bool reconnect(QString *error);
    // On a server: `onChange` is called from the event loop when another session commits a
    // change (each transaction that writes the change log is announced, data version 13:
    // PostgreSQL's NOTIFY without content, so nothing of another scope is told), for as long
    // as `context` lives; kept across reconnect(). False on a file.
    bool listenForChanges(QObject *context, std::function<void()> onChange);
    // A prepared statement, kept for reuse while the file is open.
    QSqlQuery &prepared(const QString &sql);
    // The cases whose search rows wait for a SearchRowBatch's flush (CaseRepository), or null
    // when each case's row is written with the case.
    QSet<qint64> *pendingSearchRows() const { return m_pendingSearchRows; }

    // What tells a data file's backups whether it changed (Backup::isCurrent): the settings row
    // `write_stamp` (office ''), a random value written anew with every write committed through
    // a connection of Netra — settings, users, drafts and everything else — inside the
    // transaction when it changed rows (commit()), else right after it committed (SQLite's
    // write-ahead log hook, which catches every commit that wrote a page: single statements,
    // schema steps; it also makes the automatic checkpoints, so `PRAGMA wal_autocheckpoint` must
    // not be run on the connection: it would put SQLite's own hook back). A copy of the file
    // made with VACUUM INTO carries the stamp of the data it holds. Not kept on a server.
    static QString writeStampKey();
    // The statement that writes a new stamp, for a connection of Backup's own.
    static QString writeStampSql();
    // Runs `write` on this connection without it counting as a change of the file's content:
    // the record of a sign-in (when a user last signed in, failed attempts) and the query
    // planner's statistics.
    void quietly(const std::function<void()> &write);

private:
    Database() = default;
    // open() once the file is checked.
    static std::unique_ptr<Database> connect(const QString &path, Mode mode, bool exists,
                                             QString *error);
    // Set up or brought to data version `upTo` (the latest when 0).
    static std::unique_ptr<Database> connectServer(const QString &location, Mode mode,
                                                   QString *error, int upTo = 0);
    bool migrate(int target, QString *error);
    // What a server connection is set to after it opens: UTC times, read-only when so opened.
    void startServerSession();
    // LISTEN on the channel of listenForChanges(), on the connection as it is now.
    bool subscribeToChanges();
    bool execute(const QString &sql);
    void rememberFile();
    // Installs the hook that writes the stamp after a commit (writeStampKey()).
    void watchCommits();
    static int afterCommit(void *self, sqlite3 *handle, const char *schema, int frames);
    bool writeStamp();

    // The file opened (device and inode), to notice it is removed or replaced; 0 when unknown.
    quint64 m_device = 0;
    quint64 m_inode = 0;
    // The last failure of begin(), commit() or rollback(): a detached file, or SQLite's.
    QSqlError m_error;

    QSqlDatabase m_db;
    const SqlDialect *m_dialect = &SqlDialect::sqlite();
    QString m_connection;
    QString m_path;
    QString m_actor;
    std::optional<User> m_user;
    bool m_readOnly = false;
    int m_depth = 0;
    QSet<qint64> *m_pendingSearchRows = nullptr;
    friend class SearchRowBatch;
    struct LogHead
    {
        QString value;
        bool owed = false;
    };
    LogHead m_logHead;
    QList<LogHead> m_logHeadAtSavepoint; // as each open savepoint found it
    std::function<QDateTime()> m_clock;
    std::function<void()> m_firstChange;
    std::function<void()> m_onChange;
    QDate m_today;
    HolidayCalendar m_calendar;
    QHash<QString, QSqlQuery> m_statements;
    bool m_calendarLoaded = false;
    // writeStampKey(): the data file's connection (none on a server or read-only), its
    // automatic checkpoint (pages in the log), the rows changed when the transaction began,
    // whether the commit under way wrote its stamp, a stamp being written, quietly() running.
    sqlite3 *m_handle = nullptr;
    int m_checkpointPages = 1000;
    qint64 m_changesAtBegin = 0;
    bool m_stamped = false;
    bool m_stampOwed = false; // a commit's stamp could not be written after it
    bool m_stamping = false;
    int m_quiet = 0;
};

// Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db), m_open(db.begin()) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        return m_db.commit();
    }

private:
    Database &m_db;
    bool m_open;
};
