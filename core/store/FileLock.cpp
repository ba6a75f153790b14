#include "FileLock.h"
#include "domain/DateFormat.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>

namespace {

QString systemLogin()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = QString::fromLocal8Bit(qgetenv(name));
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

} // namespace

QString FileLock::Holder::name() const
{
    if (!fullName.isEmpty() && !login.isEmpty())
        return FileLock::tr("%1 (%2)").arg(fullName, login);
    if (!fullName.isEmpty())
        return fullName;
    if (!login.isEmpty())
        return login;
    return FileLock::tr("Another user");
}

QString FileLock::Holder::describe() const
{
    const QString who = name();
    const QString where = computer.isEmpty() ? FileLock::tr("another computer") : computer;
    if (!since.isValid())
        return FileLock::tr("%1 has this file open on %2.").arg(who, where);
    return FileLock::tr("%1 has this file open on %2 since %3.")
        .arg(who, where,
             // The year whole: Indonesian's short format gives "07/12/26".
             QLocale().toString(since.toLocalTime(), shortMonthDateTimeFormat()));
}

FileLock::FileLock(const QString &dataFile) : m_dataFile(dataFile), m_lock(lockPath(dataFile))
{
    // Held as long as the file is open, however long: only a dead holder makes it stale.
    m_lock.setStaleLockTime(0);
    m_self.login = systemLogin();
    m_self.computer = QSysInfo::machineHostName();
    m_self.pid = QCoreApplication::applicationPid();
}

FileLock::~FileLock()
{
    unlock();
}

QString FileLock::lockPath(const QString &dataFile)
{
    return dataFile + QStringLiteral(".lock");
}

QString FileLock::infoPath(const QString &dataFile)
{
    return dataFile + QStringLiteral(".lock.json");
}

FileLock::Result FileLock::tryLock()
{
    m_error.clear();
    m_other = Holder();
    if (m_lock.isLocked())
        return Result::Locked;
    if (m_lock.tryLock(0)) {
        m_self.since = QDateTime::currentDateTimeUtc();
        writeInfo();
        return Result::Locked;
    }
    if (m_lock.error() != QLockFile::LockFailedError) {
        m_error = tr("The lock file %1 cannot be made: the folder cannot be written.")
                      .arg(lockPath(m_dataFile));
        return Result::Failed;
    }
    QString host, app;
    m_lock.getLockInfo(&m_other.pid, &host, &app);
    m_other.computer = host;
    QFile f(infoPath(m_dataFile));
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        // Only what the holder of this very lock wrote (a killed holder's is left behind).
        if (o.value(QLatin1String("pid")).toInteger() == m_other.pid) {
            m_other.fullName = o.value(QLatin1String("fullName")).toString();
            m_other.login = o.value(QLatin1String("login")).toString();
            if (o.contains(QLatin1String("computer")))
                m_other.computer = o.value(QLatin1String("computer")).toString();
            m_other.since =
                QDateTime::fromString(o.value(QLatin1String("since")).toString(), Qt::ISODate);
        }
    }
    return Result::HeldByOther;
}

void FileLock::unlock()
{
    if (!m_lock.isLocked())
        return;
    QFile::remove(infoPath(m_dataFile));
    m_lock.unlock();
}

void FileLock::setHolder(const QString &fullName, const QString &login)
{
    m_self.fullName = fullName;
    m_self.login = login;
    if (m_lock.isLocked())
        writeInfo();
}

bool FileLock::writeInfo()
{
    const QJsonObject o{
        {QStringLiteral("fullName"), m_self.fullName},
        {QStringLiteral("login"), m_self.login},
        {QStringLiteral("computer"), m_self.computer},
        {QStringLiteral("since"), m_self.since.toString(Qt::ISODate)},
        {QStringLiteral("pid"), m_self.pid},
    };
    QSaveFile f(infoPath(m_dataFile));
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) >= 0 && f.commit();
}
