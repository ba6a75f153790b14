#include "Database.h"

#include "ChangeLogChain.h"
#include "CheckedFiles.h"
#include "HolidayRepository.h"
#include "KeyStore.h"
#include "OutputFile.h"
#include "Schema.h"
#include "ServerAccounts.h"
#include "ServerLocation.h"
#include "SettingsRepository.h"
#include "domain/Scope.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

// SQLite's primary result codes that mean something to the user (the extended codes carry them
// in their low byte).
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteReadOnlyDbMoved = SqliteReadOnly | (4 << 8);
// Not SQLite's: begin() on a file removed or replaced underneath.
const char DetachedCode[] = "netra-detached";

QAtomicInt connectionCounter;

QString newConnectionName()
{
    return QStringLiteral("netra-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

QVariant pragma(QSqlDatabase &db, const QString &name, bool *ok)
{
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("PRAGMA ") + name) && q.next();
    return *ok ? q.value(0) : QVariant();
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = Database::describe(q.lastError());
    return false;
}

// What every connection to a data file sets: foreign keys enforced, and a page cache of 64 MiB
// (SQLite's default is 2 MiB). With the default, a transaction that writes thousands of cases
// (an import, a package, the demo) spilled the same pages to the write-ahead log again and
// again, and reading a file of 100,000 cases went back to the disk for the same index pages.
// SQLite's temporary files are kept in memory: the statement journal of every savepoint (each
// case of an import is one) otherwise went to a file in /var/tmp, where importing 1,000 cases
// wrote 129 MB of page images (63,000 writes) that were thrown away at each release.
void tune(QSqlDatabase &db)
{
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(db, QStringLiteral("PRAGMA cache_size = -65536"));
    exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
}

// Points a connection at a data file, for reading only or for writing. SQLite keeps the index of
// a WAL journal in a -shm file beside the data file; in a folder that cannot be written (a
// read-only mount, a CD, a share without write access) it cannot make one, so the file is read as
// immutable there (nobody can change it in that folder) unless a -wal left behind holds changes.
void connectTo(QSqlDatabase &db, const QString &path, bool readOnly, int busyTimeout)
{
    const QString timeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout);
    bool immutable = false;
#ifdef Q_OS_UNIX
    const QString folder = QFileInfo(path).absolutePath();
    immutable = readOnly && ::access(QFile::encodeName(folder).constData(), W_OK) != 0 &&
                !QFileInfo::exists(path + QStringLiteral("-wal")) &&
                !QFileInfo::exists(path + QStringLiteral("-shm"));
#endif
    if (immutable) {
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;") + timeout);
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") + timeout
                                      : timeout);
    }
}

// Checks an existing file without writing to it: its header, its application id, its version
// and, unless the file is as Netra last closed it (CheckedFiles), SQLite's quick check.
QString inspect(const QString &path)
{
    const bool whole = !CheckedFiles::asLeft(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Database::tr("The file %1 cannot be read: %2").arg(path, f.errorString());
    const QByteArray header = f.read(16);
    f.close();
    if (header.isEmpty())
        return Database::tr("The file %1 is empty; it is not a Netra data file.").arg(path);
    if (header != QByteArray("SQLite format 3\0", 16))
        return Database::tr("The file %1 is not a Netra data file.").arg(path);

    const QString name = newConnectionName();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connectTo(db, path, true, 5000);
        bool ok = db.open();
        if (!ok) {
            error =
                Database::tr("The file %1 cannot be opened: %2").arg(path, db.lastError().text());
        } else {
            const int appId = pragma(db, QStringLiteral("application_id"), &ok).toInt();
            const int version = ok ? pragma(db, QStringLiteral("user_version"), &ok).toInt() : 0;
            if (!ok) {
                error = Database::tr("The file %1 is damaged and cannot be read.").arg(path);
            } else if (appId != Database::ApplicationId) {
                error = Database::tr("The file %1 is an SQLite database but not a Netra data "
                                     "file.")
                            .arg(path);
            } else if (version > Database::latestVersion()) {
                error = Database::tr("The file %1 was made by a newer version of Netra (data "
                                     "version %2; this program knows up to %3). Update Netra "
                                     "to open it.")
                            .arg(path)
                            .arg(version)
                            .arg(Database::latestVersion());
            } else if (whole) {
                QStringList problems;
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("PRAGMA quick_check(5)"));
                while (ok && q.next())
                    problems << q.value(0).toString();
                const QString check = problems.join(QLatin1String("; "));
                if (!ok || check != QLatin1String("ok"))
                    error = Database::tr("The file %1 is damaged (%2). Restore it from a "
                                         "backup.")
                                .arg(path, ok ? check : db.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The login name, for the change log: USER on Linux, USERNAME on Windows; never null, since
// the log's actor column is NOT NULL.
// Why a server could not be connected to.
QString unreachable(const QString &location, const QSqlError &error)
{
    return Database::tr("The server %1 cannot be reached: %2")
        .arg(location,
             error.driverText().isEmpty() ? error.text() : error.databaseText().trimmed());
}

QString systemUser()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = QString::fromLocal8Bit(qgetenv(name));
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("?");
}

} // namespace

int Database::latestVersion()
{
    return int(Schema::steps().size());
}

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode, QString *error)
{
    if (isServerLocation(path))
        return connectServer(path, mode, error);
    // A new store set up uncommitted may be made in an empty file (a temporary file made for
    // it); any other file is refused.
    const QFileInfo info(path);
    const bool exists =
        info.exists() && !(mode == Mode::CreateUncommitted && info.isFile() && info.size() == 0);
    if (exists && mode == Mode::CreateUncommitted) {
        *error = tr("The file %1 exists already.").arg(path);
        return nullptr;
    }
    if (!exists && mode != Mode::CreateIfMissing && mode != Mode::CreateUncommitted) {
        *error = tr("The file %1 does not exist.").arg(path);
        return nullptr;
    }
    if (mode != Mode::ReadOnly && !canWrite(path, error))
        return nullptr;
    if (exists) {
        *error = inspect(path);
        if (!error->isEmpty())
            return nullptr;
    }
    return connect(path, mode, exists, error);
}

std::unique_ptr<Database> Database::reopenForWriting(QString *error) const
{
    if (isServer()) {
        // The same server, account and password: a second connection like this one, without
        // its read-only sessions.
        std::unique_ptr<Database> d(new Database);
        d->m_dialect = m_dialect;
        d->m_path = m_path;
        d->m_actor = m_actor;
        d->m_connection = newConnectionName();
        d->m_db = QSqlDatabase::cloneDatabase(m_db, d->m_connection);
        if (!d->m_db.open()) {
            *error = tr("The server %1 cannot be reached: %2")
                         .arg(m_path, d->m_db.lastError().databaseText().trimmed());
            return nullptr;
        }
        exec(d->m_db, QStringLiteral("SET TIME ZONE 'UTC'"));
        KeyStore::share(this, d.get());
        return d;
    }
    if (!canWrite(m_path, error))
        return nullptr;
    auto d = connect(m_path, Mode::OpenExisting, true, error);
    if (!d)
        return nullptr;
    // Not another file put under the name since (it would not have been checked).
    if (d->m_device != m_device || d->m_inode != m_inode) {
        *error =
            tr("The data file %1 was removed, moved or replaced while it was open.").arg(m_path);
        return nullptr;
    }
    d->m_actor = m_actor;
    KeyStore::share(this, d.get());
    return d;
}

std::unique_ptr<Database> Database::connect(const QString &path, Mode mode, bool exists,
                                            QString *error)
{
    std::unique_ptr<Database> d(new Database);
    d->m_path = path;
    d->m_readOnly = mode == Mode::ReadOnly;
    d->m_actor = systemUser();
    d->m_connection = newConnectionName();
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connection);
    connectTo(d->m_db, path, d->m_readOnly, 10000);
    if (!d->m_db.open()) {
        *error = tr("The file %1 cannot be opened: %2").arg(path, d->m_db.lastError().text());
        return nullptr;
    }
    tune(d->m_db);
    d->rememberFile();
    if (d->m_readOnly)
        return d;

    QString sqlError;
    if (!exec(d->m_db, QStringLiteral("PRAGMA journal_mode = WAL"), &sqlError) ||
        !exec(d->m_db, QStringLiteral("PRAGMA synchronous = FULL"), &sqlError)) {
        *error = tr("The file %1 cannot be written: %2").arg(path, sqlError);
        return nullptr;
    }
    d->watchCommits();
    const int from = d->schemaVersion();
    if (from < latestVersion()) {
        if (!exists) {
            for (const QString &sql : d->dialect().prelude())
                exec(d->m_db, sql);
        }
        if (mode == Mode::CreateUncommitted && !d->begin()) {
            *error = tr("The file %1 cannot be written: %2").arg(path, d->lastError());
            return nullptr;
        }
        if (!d->migrate(latestVersion(), error))
            return nullptr;
        if (from > 0 && from < 3)
            HolidayRepository(*d).refreshDeadlines();
    }
    // A file whose identities are encrypted wipes what it frees, so that no clear text of
    // before lingers in free pages.
    if (KeyStore::wantsSecureDelete(*d))
        exec(d->m_db, QStringLiteral("PRAGMA secure_delete = ON"));
    return d;
}

std::unique_ptr<Database> Database::connectServer(const QString &location, Mode mode,
                                                  QString *error, int upTo)
{
    const int target = upTo > 0 ? upTo : latestVersion();
    ServerLocation where;
    if (!ServerLocation::parse(location, &where, error))
        return nullptr;
    if (!QSqlDatabase::isDriverAvailable(SqlDialect::postgresql().driver())) {
        *error = tr("This Netra cannot open a server: its PostgreSQL driver (Debian package "
                    "libqt6sql6-psql) is not installed.");
        return nullptr;
    }
    std::unique_ptr<Database> d(new Database);
    d->m_dialect = &SqlDialect::postgresql();
    d->m_path = where.display();
    d->m_readOnly = mode == Mode::ReadOnly;
    d->m_actor = systemUser();
    d->m_connection = newConnectionName();
    d->m_db = QSqlDatabase::addDatabase(d->m_dialect->driver(), d->m_connection);
    where.apply(d->m_db);
    if (!d->m_db.open()) {
        *error = unreachable(d->m_path, d->m_db.lastError());
        return nullptr;
    }
    d->startServerSession();

    QSqlQuery q(d->m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('netra_schema') IS NOT NULL,"
                               " (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')")) ||
        !q.next()) {
        *error = tr("The server %1 cannot be read: %2").arg(d->m_path, describe(q.lastError()));
        return nullptr;
    }
    const bool netra = q.value(0).toBool();
    const int tables = q.value(1).toInt();
    q.finish();
    if (!netra && tables > 0) {
        *error = tr("The database %1 holds tables that are not Netra's; it is not a Netra store.")
                     .arg(d->m_path);
        return nullptr;
    }
    if (!netra && mode != Mode::CreateIfMissing && mode != Mode::CreateUncommitted) {
        *error = tr("The database %1 holds no Netra store yet. Set it up with netra-cli init "
                    "URI.")
                     .arg(d->m_path);
        return nullptr;
    }
    if (netra) {
        bool ok = q.exec(d->m_dialect->readVersion()) && q.next();
        const int version = ok ? q.value(0).toInt() : 0;
        if (!ok || q.value(1).toInt() != ApplicationId) {
            *error = tr("The database %1 is not a Netra store.").arg(d->m_path);
            return nullptr;
        }
        q.finish();
        if (mode == Mode::CreateUncommitted) {
            *error = tr("The database %1 holds a Netra store already (data version %2).")
                         .arg(d->m_path)
                         .arg(version);
            return nullptr;
        }
        if (version > latestVersion()) {
            *error = tr("The server store %1 was made by a newer version of Netra (data version "
                        "%2; this program knows up to %3). Update Netra to open it.")
                         .arg(d->m_path)
                         .arg(version)
                         .arg(latestVersion());
            return nullptr;
        }
    }
    if (mode == Mode::CreateUncommitted && !d->begin()) {
        *error = tr("The server %1 cannot be written: %2").arg(d->m_path, d->lastError());
        return nullptr;
    }
    if (!d->m_readOnly && d->schemaVersion() < target && !d->migrate(target, error))
        return nullptr;
    return d;
}

void Database::startServerSession()
{
    // Times are written by the program as UTC text; the session's zone only matters to what the
    // server itself would show.
    exec(m_db, QStringLiteral("SET TIME ZONE 'UTC'"));
    if (m_readOnly)
        exec(m_db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
}

bool Database::reconnect(QString *error)
{
    if (!isServer())
        return true;
    if (m_depth != 0) {
        *error = tr("The server cannot be connected to again while a change is being saved.");
        return false;
    }
    m_statements.clear();
    m_db.close();
    if (!m_db.open()) {
        *error = unreachable(m_path, m_db.lastError());
        return false;
    }
    startServerSession();
    if (m_onChange)
        subscribeToChanges();
    m_error = QSqlError();
    invalidateCalendar();
    return true;
}

bool Database::listenForChanges(QObject *context, std::function<void()> onChange)
{
    if (!isServer())
        return false;
    m_onChange = std::move(onChange);
    QObject::connect(m_db.driver(), &QSqlDriver::notification, context,
                     [this](const QString &name, QSqlDriver::NotificationSource source) {
                         if (name == ServerAccounts::changesChannel() &&
                             source != QSqlDriver::SelfSource && m_onChange)
                             m_onChange();
                     });
    return subscribeToChanges();
}

bool Database::subscribeToChanges()
{
    return m_db.driver()->subscribeToNotification(ServerAccounts::changesChannel());
}

std::unique_ptr<Database> Database::createAtVersion(const QString &path, int version,
                                                    QString *error)
{
    if (isServerLocation(path))
        return connectServer(path, Mode::CreateIfMissing, error, version);
    std::unique_ptr<Database> d(new Database);
    d->m_path = path;
    d->m_connection = newConnectionName();
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connection);
    d->m_db.setDatabaseName(path);
    if (!d->m_db.open()) {
        *error = d->m_db.lastError().text();
        return nullptr;
    }
    exec(d->m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    for (const QString &sql : d->dialect().prelude())
        exec(d->m_db, sql);
    if (!d->migrate(version, error))
        return nullptr;
    return d;
}

Database::~Database()
{
    OutputFile::unguard(this);
    KeyStore::forget(this); // the session's keys are wiped
    m_statements.clear();
    if (m_db.isOpen()) {
        const bool leaving = !m_readOnly && !isServer() && m_inode != 0 && !isDetached();
        if (leaving)
            quietly([this] { exec(m_db, QStringLiteral("PRAGMA optimize")); });
        if (m_handle && m_stampOwed)
            writeStamp();
        m_db.close();
        if (leaving)
            CheckedFiles::leave(m_path);
    }
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    // A server database not set up yet has no netra_schema; asking it would undo the
    // transaction a new store is set up in (Mode::CreateUncommitted).
    if (isServer() && (!q.exec(QStringLiteral("SELECT to_regclass('netra_schema') IS NOT NULL")) ||
                       !q.next() || !q.value(0).toBool()))
        return 0;
    return q.exec(dialect().readVersion()) && q.next() ? q.value(0).toInt() : 0;
}

bool Database::migrate(int target, QString *error)
{
    const QList<QStringList> steps = Schema::steps(dialect());
    for (int version = schemaVersion() + 1; version <= target; ++version) {
        Transaction t(*this);
        if (!t.isOpen()) {
            *error = tr("The file %1 cannot be written: %2").arg(m_path, lastError());
            return false;
        }
        QStringList statements;
        if (version == 1 && isServer())
            statements << dialect().prelude();
        for (const QString &sql : steps.at(version - 1))
            statements << dialect().schema(sql);
        statements << dialect().writeVersion(version);
        if (version == 1)
            SettingsRepository::appendDefaultSettings(statements);
        for (const QString &sql : statements) {
            QString sqlError;
            if (!exec(m_db, sql, &sqlError)) {
                *error = tr("The file %1 could not be brought to data version %2: %3")
                             .arg(m_path)
                             .arg(version)
                             .arg(sqlError);
                return false;
            }
        }
        if (version == 1 && !HolidayRepository(*this).seedHolidays(HolidayCalendar::shipped())) {
            *error = tr("The holiday calendar could not be stored: %1").arg(lastError());
            return false;
        }
        // The entries written before the change log was a chain are chained as they stand.
        QString chainError;
        if (version == 7 && !ChangeLogChain::chainExisting(*this, &chainError)) {
            *error = tr("The file %1 could not be brought to data version %2: %3")
                         .arg(m_path)
                         .arg(version)
                         .arg(chainError);
            return false;
        }
        if (!t.commit()) {
            *error = tr("The file %1 cannot be written: %2").arg(m_path, lastError());
            return false;
        }
    }
    return true;
}

const HolidayCalendar &Database::calendar()
{
    if (!m_calendarLoaded) {
        m_calendar = HolidayCalendar(HolidayRepository(*this).holidays());
        m_calendarLoaded = true;
    }
    return m_calendar;
}

bool Database::execute(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = q.lastError();
    return false;
}

bool Database::begin()
{
    if (m_depth == 0) {
        if (isDetached()) {
            m_error = QSqlError(QString(),
                                tr("The data file %1 was removed, moved or replaced while it was "
                                   "open. So that nothing is lost, nothing more is written into "
                                   "it until what is open is put back in its place.")
                                    .arg(m_path),
                                QSqlError::ConnectionError, QLatin1String(DetachedCode));
            return false;
        }
        m_error = QSqlError();
    }
    const QString sql =
        m_depth == 0 ? dialect().beginWrite() : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (!execute(sql))
        return false;
    if (m_depth > 0)
        m_logHeadAtSavepoint << m_logHead;
    ++m_depth;
    if (m_depth == 1 && m_handle) {
        m_changesAtBegin = sqlite3_total_changes64(m_handle);
        m_stamped = false;
    }
    if (m_depth == 1 && m_firstChange)
        m_firstChange();
    return true;
}

bool Database::commit()
{
    if (m_depth == 0)
        return false;
    const QString probe = m_depth == 1 ? dialect().beforeCommit() : QString();
    // The change log's head, kept in memory by the write's entries, goes with them.
    QString headError;
    if (m_depth == 1 && m_logHead.owed &&
        !ChangeLogChain::storeHead(*this, m_logHead.value, &headError)) {
        rollback();
        m_error = QSqlError(QString(), headError, QSqlError::StatementError);
        return false;
    }
    // Rows changed: the stamp goes with them (when it cannot be written here, it is written
    // after the commit).
    if (m_depth == 1 && m_handle && m_quiet == 0 &&
        (m_stampOwed || sqlite3_total_changes64(m_handle) != m_changesAtBegin)) {
        m_stamped = writeStamp();
        m_stampOwed = m_stampOwed && !m_stamped;
    }
    const QString sql =
        m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth - 1);
    if ((!probe.isEmpty() && !execute(probe)) || !execute(sql)) {
        const QSqlError failure = m_error;
        rollback();
        m_error = failure; // why the commit failed, not what the rollback said
        return false;
    }
    --m_depth;
    if (m_depth == 0) {
        m_firstChange = nullptr;
        m_logHead = {};
    } else {
        m_logHeadAtSavepoint.removeLast();
    }
    return true;
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    --m_depth;
    if (m_depth == 0) {
        m_stamped = false;
        m_logHead = {};
        m_logHeadAtSavepoint.clear();
        ::exec(m_db, QStringLiteral("ROLLBACK"));
    } else {
        m_logHead = m_logHeadAtSavepoint.takeLast();
        ::exec(m_db, QStringLiteral("ROLLBACK TO sp%1").arg(m_depth));
        ::exec(m_db, QStringLiteral("RELEASE sp%1").arg(m_depth));
    }
    invalidateCalendar();
}

void Database::setUser(const User &user)
{
    m_user = user;
    m_actor = user.login;
    // On a server, the other computers see who this is (who types a hearing's minutes).
    const QString name = dialect().nameSession();
    if (!name.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(name);
        q.addBindValue(user.fullName.isEmpty() ? user.login : user.fullName);
        q.exec();
    }
}

bool Database::allows(Action action, qint64 caseId)
{
    if (m_readOnly && Access::writes(action))
        return false;
    if (!m_user)
        return true;
    if (!Access::may(m_user->role, action))
        return false;
    if (Scope::isWide(m_user->scope) && Access::changesCases(action))
        return false;
    if (m_user->role != Role::Clerk || action != Action::EditHearings)
        return true;
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT 1 FROM case_assignments WHERE case_id = ? AND user_id = ?"));
    q.addBindValue(caseId);
    q.addBindValue(m_user->id);
    const bool assigned = q.exec() && q.next();
    q.finish(); // a statement left open would hold the file's state as of now
    return assigned;
}

QString Database::refusal(Action action) const
{
    if (m_readOnly && Access::writes(action))
        return Access::readOnlyRefusal();
    if (m_user && Access::may(m_user->role, action) && Scope::isWide(m_user->scope) &&
        Access::changesCases(action))
        return tr("A user of %1 reads the cases of its offices; each office changes its own.")
            .arg(Scope::displayName(m_user->scope));
    return Access::refusal(m_user ? m_user->role : Role::Viewer, action);
}

QString Database::lastError() const
{
    return describe(m_error.isValid() ? m_error : m_db.lastError());
}

QString Database::writeRefused(const QString &why) const
{
    const QString reason = why.isEmpty() ? lastError() : why;
    return isServer() ? tr("The office server did not take the change: %1").arg(reason)
                      : tr("The file cannot be written: %1").arg(reason);
}

bool Database::canWrite(const QString &path, QString *why)
{
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (!QFileInfo(folder).isDir())
        return true; // SQLite says what is wrong
#ifdef Q_OS_UNIX
    // access() and not the permission bits: a read-only mount refuses root too.
    const bool folderWritable = ::access(QFile::encodeName(folder).constData(), W_OK | X_OK) == 0;
    const bool fileWritable =
        !file.exists() || ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    const bool folderWritable = QFileInfo(folder).isWritable();
    const bool fileWritable = !file.exists() || file.isWritable();
#endif
    if (!folderWritable) {
        *why = tr("The folder %1 is read-only. Netra writes its journal beside the data file, so "
                  "a data file in this folder cannot be changed. Copy it to a folder you can "
                  "write to, or open it read-only.")
                   .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!fileWritable) {
        *why = tr("The file %1 is read-only, so it cannot be changed. Make it writable, or open "
                  "it read-only.")
                   .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString Database::describe(const QSqlError &error)
{
    // A server's SQLSTATE has five characters; SQLite's result codes are numbers below 10000.
    // The server's driver without a SQLSTATE: a failure libpq found itself (the connection).
    if (error.nativeErrorCode().size() == 5 ||
        (error.nativeErrorCode().isEmpty() &&
         error.driverText().startsWith(QLatin1String("QPSQL"))))
        return ServerLocation::describe(error);
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (!numeric)
        return error.text();
    if (code == SqliteReadOnlyDbMoved)
        return tr("The data file was removed, moved or replaced while it was open. So that "
                  "nothing is lost, nothing more is written into it.");
    switch (code & 0xff) {
    case SqliteFull:
        return tr("The disk is full: nothing more can be saved until there is room on it. What "
                  "was saved before is intact. Make room on the disk, then save again.");
    case SqliteIoError:
        return tr("The disk could not be written or read (input/output error). This change was "
                  "not saved; what was saved before is intact. Check the disk or the network "
                  "folder, then save again.");
    case SqliteReadOnly:
        return tr("The data file or its folder is read-only, so nothing can be saved into it. "
                  "What was saved before is intact.");
    case SqliteCantOpen:
        return tr("The data file or its journal cannot be opened: the folder may be read-only, "
                  "removed or out of reach. This change was not saved; what was saved before is "
                  "intact.");
    default:
        return error.text();
    }
}

void Database::rememberFile()
{
    // No output of the program may be written over the file that is open (OutputFile).
    OutputFile::guard(this, m_path);
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(m_path).constData(), &st) == 0) {
        m_device = quint64(st.st_dev);
        m_inode = quint64(st.st_ino);
    } else {
        m_device = m_inode = 0;
    }
#endif
}

bool Database::isDetached() const
{
#ifdef Q_OS_UNIX
    if (m_inode == 0)
        return false;
    struct stat st;
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0)
        return true;
    return quint64(st.st_dev) != m_device || quint64(st.st_ino) != m_inode;
#else
    return false; // Windows does not remove or replace a file that is open
#endif
}

bool Database::rescue(const QString &target, QString *error)
{
    if (m_depth != 0) {
        *error = tr("The data file cannot be put back while a change is being saved.");
        return false;
    }
    if (QFileInfo::exists(target)) {
        *error = tr("The file %1 already exists. Choose another name.")
                     .arg(QDir::toNativeSeparators(target));
        return false;
    }
    // A complete copy under a name of its own first: nothing is at `target` until it is whole.
    const QString temporary = target + QStringLiteral(".rescue");
    QFile::remove(temporary);
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temporary);
        if (!q.exec()) {
            *error = tr("What is open could not be written to %1: %2")
                         .arg(QDir::toNativeSeparators(target), describe(q.lastError()));
            QFile::remove(temporary);
            return false;
        }
    }
    // The connection to the lost file is closed before anything opens the new one, which may
    // share the journal's names.
    m_statements.clear();
    m_db.close();
    // A write-ahead log left beside the removed file belongs to it, not to the copy: SQLite
    // would replay it into the copy under the same name and break it.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    QString path = target;
    if (!QFile::rename(temporary, target))
        path = temporary; // the copy is whole: work on it where it is
    connectTo(m_db, path, m_readOnly, 10000);
    m_path = path;
    if (!m_db.open()) {
        *error = tr("The file %1 cannot be opened: %2")
                     .arg(QDir::toNativeSeparators(path), describe(m_db.lastError()));
        return false;
    }
    QString sqlError;
    ::tune(m_db);
    if (!m_readOnly && (!::exec(m_db, QStringLiteral("PRAGMA journal_mode = WAL"), &sqlError) ||
                        !::exec(m_db, QStringLiteral("PRAGMA synchronous = FULL"), &sqlError))) {
        *error =
            tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), sqlError);
        return false;
    }
    watchCommits();
    rememberFile();
    invalidateCalendar();
    m_error = QSqlError();
    if (path != target) {
        *error = tr("What is open was put in %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString Database::writeStampKey()
{
    return QStringLiteral("write_stamp");
}

QString Database::writeStampSql()
{
    return QStringLiteral("INSERT INTO settings (office, key, value) VALUES ('', '%1',"
                          " lower(hex(randomblob(16)))) ON CONFLICT (office, key)"
                          " DO UPDATE SET value = excluded.value")
        .arg(writeStampKey());
}

void Database::quietly(const std::function<void()> &write)
{
    ++m_quiet;
    write();
    --m_quiet;
}

void Database::watchCommits()
{
    QVariant handle = m_db.driver()->handle();
    m_handle = nullptr;
    if (m_readOnly || isServer() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    bool ok = false;
    const int pages = pragma(m_db, QStringLiteral("wal_autocheckpoint"), &ok).toInt();
    m_checkpointPages = ok ? pages : 1000;
    sqlite3_wal_hook(m_handle, &Database::afterCommit, this);
}

bool Database::writeStamp()
{
    m_stamping = true;
    const bool ok = sqlite3_exec(m_handle, writeStampSql().toUtf8().constData(), nullptr, nullptr,
                                 nullptr) == SQLITE_OK;
    m_stamping = false;
    return ok;
}

int Database::afterCommit(void *self, sqlite3 *handle, const char *schema, int frames)
{
    auto *d = static_cast<Database *>(self);
    // A commit that wrote pages without its stamp (a single statement, a schema step, a
    // transaction begun elsewhere): the stamp in a commit of its own, at once.
    // When it cannot be written now (another connection writing), it goes with the next write.
    if (!d->m_stamping && !d->m_stamped && d->m_quiet == 0)
        d->m_stampOwed = !d->writeStamp();
    if (!d->m_stamping)
        d->m_stamped = false;
    // What SQLite's own hook did: a checkpoint once the log holds that many pages.
    if (d->m_checkpointPages > 0 && frames >= d->m_checkpointPages)
        sqlite3_wal_checkpoint_v2(handle, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        // Read front to back, never scrolled: Qt then keeps no copy of the rows read.
        q.setForwardOnly(true);
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    it->finish();
    return *it;
}
