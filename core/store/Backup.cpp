#include "Backup.h"

#include "Database.h"
#include "InputFile.h"
#include "ScopedConnection.h"
#include "ServerLocation.h"
#include "SettingsRepository.h"
#include "StoreCopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <filesystem>
#include <sqlite3.h>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

// An SQLite connection of its own to a data file, in the thread that makes it.
class Connection : public ScopedConnection
{
public:
    Connection(const QString &path, bool readOnly)
        : ScopedConnection(QStringLiteral("QSQLITE"), [&](QSqlDatabase &db) {
              db.setDatabaseName(path);
              db.setConnectOptions(
                  readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                           : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
          })
    {
    }
};

// Flushes a file or folder to the disk.
bool flush(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

// A server store's database name, else the file's name without its ending.
QString baseName(const QString &dataFile)
{
    ServerLocation where;
    QString ignored;
    if (Database::isServerLocation(dataFile))
        return ServerLocation::parse(dataFile, &where, &ignored) ? where.database
                                                                 : QStringLiteral("netra");
    return QFileInfo(dataFile).completeBaseName();
}

// The store as shown: a server without its password.
QString shownStore(const QString &dataFile)
{
    ServerLocation where;
    QString ignored;
    if (Database::isServerLocation(dataFile) && ServerLocation::parse(dataFile, &where, &ignored))
        return where.display();
    return dataFile;
}

QRegularExpression backupName(const QString &dataFile)
{
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(baseName(dataFile)) +
                              QStringLiteral("-(\\d{8}-\\d{6}-\\d{3})\\.netra$"));
}

QString folderOr(const QString &dataFile, const QString &folder)
{
    return folder.isEmpty() ? Backup::defaultFolder(dataFile) : folder;
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// The stamp of a data file's or a backup's content (Database::writeStampKey); empty when it has
// none or cannot be read.
QString stampOf(const QString &file)
{
    Connection c(file, true);
    if (!c.isOpen())
        return QString();
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(Database::writeStampKey());
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

QString Backup::defaultFolder(const QString &dataFile)
{
    if (Database::isServerLocation(dataFile))
        return QDir::current().absoluteFilePath(baseName(dataFile) + QStringLiteral("-backups"));
    const QFileInfo info(dataFile);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

bool Backup::parseKeep(const QString &text, int *keep)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < MinKeep || n > MaxKeep)
        return false;
    *keep = n;
    return true;
}

int Backup::keepSetting(const QString &dataFile)
{
    int keep = DefaultKeep;
    if (Database::isServerLocation(dataFile)) {
        QString ignored;
        if (const auto db = Database::open(dataFile, Database::Mode::ReadOnly, &ignored))
            parseKeep(SettingsRepository(*db).setting(QStringLiteral("backup_keep")), &keep);
        return keep;
    }
    Connection c(dataFile, true);
    if (!c.isOpen())
        return keep;
    QSqlQuery q(c.db());
    if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'backup_keep'")) && q.next())
        parseKeep(q.value(0).toString(), &keep);
    return keep;
}

namespace {

// Watches a VACUUM INTO on its connection through SQLite's progress handler: the bytes written
// to the backup so far against the file's used pages, reported at most every 50 ms; a progress
// that says stop interrupts the statement.
class CopyWatch
{
public:
    CopyWatch(QSqlDatabase db, const QString &target, const Progress &progress)
        : m_target(target), m_progress(progress)
    {
        const QVariant handle = db.driver()->handle();
        if (!progress || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return;
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        QSqlQuery q(db);
        qint64 pages = 0, free = 0, size = 0;
        if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next())
            pages = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("PRAGMA freelist_count")) && q.next())
            free = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
            size = q.value(0).toLongLong();
        q.finish();
        m_total = qMax<qint64>(1, (pages - free) * size);
        if (m_handle)
            sqlite3_progress_handler(m_handle, 1000, &CopyWatch::step, this);
    }
    ~CopyWatch()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    CopyWatch(const CopyWatch &) = delete;
    CopyWatch &operator=(const CopyWatch &) = delete;

    qint64 total() const { return m_total; }
    bool cancelled() const { return m_cancelled; }
    // The copy is whole: the total reached (false when cancelled then).
    bool finish()
    {
        if (!m_cancelled && !Progressing::report(m_progress, m_total, m_total))
            m_cancelled = true;
        return !m_cancelled;
    }

private:
    static int step(void *self)
    {
        auto *w = static_cast<CopyWatch *>(self);
        if (w->m_done >= 0 && w->m_timer.isValid() && w->m_timer.elapsed() < 50)
            return 0;
        w->m_timer.start();
        // Below the total until the copy is whole (the last pages are written at its commit).
        w->m_done = qMax(w->m_done, qMin(QFileInfo(w->m_target).size(), w->m_total - 1));
        if (!w->m_progress(qMax<qint64>(w->m_done, 0), w->m_total))
            w->m_cancelled = true;
        return w->m_cancelled ? 1 : 0;
    }

    QString m_target;
    const Progress &m_progress;
    sqlite3 *m_handle = nullptr;
    qint64 m_total = 1;
    qint64 m_done = -1;
    bool m_cancelled = false;
    QElapsedTimer m_timer;
};

} // namespace

bool Backup::make(const QString &dataFile, const QString &folderIn, int keep, Result *result,
                  QString *error, const Progress &progress)
{
    *result = Result();
    const QString folder = folderOr(dataFile, folderIn);
    const bool server = Database::isServerLocation(dataFile);
    if (!server && !QFileInfo::exists(dataFile)) {
        *error = tr("The file %1 does not exist.").arg(dataFile);
        return false;
    }
    if (!QDir().mkpath(folder)) {
        *error = tr("The backup folder %1 cannot be made.").arg(folder);
        return false;
    }
    if (keep <= 0)
        keep = keepSetting(dataFile);

    // Names sort by time; two backups in the same millisecond get the next one.
    QDateTime stamp = QDateTime::currentDateTimeUtc();
    QString path;
    do {
        path = QDir(folder).filePath(baseName(dataFile) + QLatin1Char('-') +
                                     stamp.toString(StampFormat) + QStringLiteral(".netra"));
        stamp = stamp.addMSecs(1);
    } while (QFileInfo::exists(path));
    const QString temp = QDir(folder).filePath(QLatin1Char('.') + QFileInfo(path).fileName() +
                                               QStringLiteral(".part"));
    QFile::remove(temp);

    QString problem;
    bool stopped = false; // cancelled by the progress
    if (server) {
        // A data file made from one consistent snapshot of the server store, written under a
        // temporary name of its own and renamed.
        StoreCopy::Result copied;
        StoreCopy::copy(dataFile, path, &copied, &problem);
    } else {
        Connection c(dataFile, false);
        if (!c.isOpen()) {
            problem = c.error().text();
        } else {
            QSqlQuery q(c.db());
            // The copy carries the stamp of the data it holds, which isCurrent() compares with
            // the file's; a file that has none yet (written by an earlier version only) gets
            // one first.
            q.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
            q.addBindValue(Database::writeStampKey());
            if (q.exec() && !q.next()) {
                q.finish();
                q.exec(Database::writeStampSql());
            }
            q.finish();
            CopyWatch watch(c.db(), temp, progress);
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(temp);
            if (!q.exec() || !watch.finish()) {
                stopped = watch.cancelled();
                problem = stopped ? tr("cancelled") : q.lastError().text();
            }
        }
    }
    if (problem.isEmpty() && !server) {
        // A backup is one file on its own: no write-ahead log beside it.
        Connection c(temp, false);
        QSqlQuery q(c.db());
        if (!c.isOpen() || !q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            problem = c.isOpen() ? q.lastError().text() : c.error().text();
    }
    if (problem.isEmpty() && !server && !flush(temp))
        problem = tr("it cannot be written to the disk");
    if (problem.isEmpty() && !server && !QFile::rename(temp, path))
        problem = tr("it cannot be renamed to %1").arg(path);
    if (!problem.isEmpty()) {
        QFile::remove(temp);
        *error =
            stopped
                ? tr("The backup of %1 was cancelled; no backup was made.")
                      .arg(shownStore(dataFile))
                : tr("The backup of %1 could not be made: %2").arg(shownStore(dataFile), problem);
        return false;
    }
    flush(folder);
    result->path = path;
    result->keep = keep;
    result->removed = rotate(dataFile, folder, keep);
    return true;
}

QStringList Backup::rotate(const QString &dataFile, const QString &folder, int keep)
{
    QStringList removed;
    const QList<Entry> entries = list(dataFile, folder, false);
    for (int i = qMax(keep, MinKeep); i < entries.size(); ++i) {
        if (QFile::remove(entries.at(i).path))
            removed << entries.at(i).path;
    }
    return removed;
}

QList<Backup::Entry> Backup::list(const QString &dataFile, const QString &folderIn, bool count)
{
    const QDir dir(folderOr(dataFile, folderIn));
    const QRegularExpression pattern = backupName(dataFile);
    QList<Entry> entries;
    // Files under a backup's name only, never a link (to the data file, say).
    const QStringList names =
        dir.entryList(QDir::Files | QDir::NoSymLinks, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = pattern.match(name);
        if (!m.hasMatch())
            continue;
        Entry e;
        e.path = dir.filePath(name);
        e.time = QDateTime::fromString(m.captured(1), StampFormat);
        e.time.setTimeSpec(Qt::UTC);
        e.size = QFileInfo(e.path).size();
        if (count) {
            Connection c(e.path, true);
            QSqlQuery q(c.db());
            if (c.isOpen() && q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next())
                e.cases = q.value(0).toLongLong();
        }
        entries << e;
    }
    return entries;
}

QDateTime Backup::newest(const QString &dataFile, const QString &folder)
{
    const QList<Entry> entries = list(dataFile, folder, false);
    return entries.isEmpty() ? QDateTime() : entries.first().time;
}

bool Backup::isDue(const QString &dataFile, const QString &folder, int hours)
{
    const QDateTime last = newest(dataFile, folder);
    return !last.isValid() || last.secsTo(QDateTime::currentDateTimeUtc()) >= qint64(hours) * 3600;
}

bool Backup::isCurrent(const QString &dataFile, const QString &folder)
{
    const QList<Entry> entries = list(dataFile, folder, false);
    if (entries.isEmpty())
        return false;
    const QString stamp = stampOf(dataFile);
    return !stamp.isEmpty() && stamp == stampOf(entries.first().path);
}

QString Backup::inspect(const QString &backup)
{
    // A folder, a pipe or a device is no backup; it is not even opened.
    QString error = InputFile::notRegular(backup);
    if (!error.isEmpty())
        return error;
    const auto db = Database::open(backup, Database::Mode::ReadOnly, &error);
    return db ? QString() : error;
}

bool Backup::restore(const QString &dataFile, const QString &backup, QString *keptAs,
                     QString *error)
{
    keptAs->clear();
    if (Database::isServerLocation(dataFile)) {
        // Into an empty server database only: nothing there is replaced.
        const QString problem = inspect(backup);
        StoreCopy::Result copied;
        if (!problem.isEmpty() || !StoreCopy::copy(backup, dataFile, &copied, error)) {
            *error = tr("The backup %1 cannot be restored: %2")
                         .arg(backup, problem.isEmpty() ? *error : problem);
            return false;
        }
        return true;
    }
    const QFileInfo current(dataFile);
    if (QFileInfo(backup).canonicalFilePath() == current.canonicalFilePath() && current.exists()) {
        *error = tr("A data file cannot be restored from itself.");
        return false;
    }
    const QString problem = inspect(backup);
    if (!problem.isEmpty()) {
        *error = tr("The backup %1 cannot be restored: %2").arg(backup, problem);
        return false;
    }

    const QDir dir = current.absoluteDir();
    const QString base = current.completeBaseName();
    const bool exists = current.exists();
    if (exists) {
        // Everything written goes into the file itself; the log goes when the last connection
        // closes. One left means the file is open elsewhere.
        bool checked = false;
        {
            Connection c(dataFile, false);
            QSqlQuery q(c.db());
            if (c.isOpen() && q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
                q.next()) {
                checked = true;
                if (q.value(0).toInt() != 0) {
                    *error = tr("The data file %1 is still open in another window or program "
                                "(netra, netra-cli). Close it there and try again.")
                                 .arg(dataFile);
                    return false;
                }
            }
        }
        if (checked && (QFileInfo::exists(dataFile + QStringLiteral("-wal")) ||
                        QFileInfo::exists(dataFile + QStringLiteral("-shm")))) {
            *error = tr("The data file %1 is still open in another window or program (netra, "
                        "netra-cli). Close it there and try again.")
                         .arg(dataFile);
            return false;
        }
    }

    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside =
        dir.filePath(base + QStringLiteral(".before-restore-") + stamp + QStringLiteral(".netra"));
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside =
            dir.filePath(base + QStringLiteral(".before-restore-%1-%2.netra").arg(stamp).arg(n));
    const QString temp = dir.filePath(QLatin1Char('.') + base + QStringLiteral(".restore-") +
                                      stamp + QStringLiteral(".part"));
    QFile::remove(temp);

    // The backup's copy, whole and on the disk, before anything else changes.
    if (!QFile::copy(backup, temp) || !flush(temp)) {
        QFile::remove(temp);
        *error = tr("The backup %1 cannot be copied into %2.").arg(backup, dir.absolutePath());
        return false;
    }
    if (exists)
        QFile::setPermissions(temp, current.permissions());

    // The current file stays where it is until the backup replaces it in one rename; the copy
    // kept aside is a second name for it (or a copy where links are not possible).
    QStringList movedLogs;
    if (exists) {
        std::error_code ec;
        std::filesystem::create_hard_link(fsPath(dataFile), fsPath(aside), ec);
        if (ec && !(QFile::copy(dataFile, aside) && flush(aside))) {
            QFile::remove(aside);
            QFile::remove(temp);
            *error = tr("The current data file cannot be kept as %1.").arg(aside);
            return false;
        }
        // The log of a file that could not be opened belongs to it, not to the backup.
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            const QString log = dataFile + QLatin1String(suffix);
            if (QFileInfo::exists(log) && QFile::rename(log, aside + QLatin1String(suffix)))
                movedLogs << QLatin1String(suffix);
        }
    }
    std::error_code ec;
    std::filesystem::rename(fsPath(temp), fsPath(dataFile), ec);
    if (ec) {
        for (const QString &suffix : std::as_const(movedLogs))
            QFile::rename(aside + suffix, dataFile + suffix);
        if (exists)
            QFile::remove(aside);
        QFile::remove(temp);
        *error = tr("The backup cannot be put in the place of %1: %2")
                     .arg(dataFile, QString::fromLocal8Bit(ec.message().c_str()));
        return false;
    }
    flush(dir.absolutePath());
    if (exists)
        *keptAs = aside;
    return true;
}
