#include "CheckedFiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#endif

namespace {

const int Kept = 64;

QSettings &store()
{
    static QSettings s(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Netra"),
                       QStringLiteral("checked-files"));
    return s;
}

QString keyOf(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return QStringLiteral("files/") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(32));
}

bool logBeside(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

#ifdef Q_OS_UNIX
// Device, inode, size and modification time of the file; empty when it cannot be read.
QString stateOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2:%3:%4.%5")
        .arg(quint64(st.st_dev))
        .arg(quint64(st.st_ino))
        .arg(qint64(st.st_size))
        .arg(qint64(st.st_mtim.tv_sec))
        .arg(qint64(st.st_mtim.tv_nsec), 9, 10, QLatin1Char('0'));
}
#endif

} // namespace

namespace CheckedFiles {

bool asLeft(const QString &path)
{
#ifdef Q_OS_UNIX
    const QString state = stateOf(path);
    if (state.isEmpty() || logBeside(path))
        return false;
    QSettings &s = store();
    s.sync(); // another Netra may have closed it since
    return s.value(keyOf(path)).toString().section(QLatin1Char(' '), 1) == state;
#else
    Q_UNUSED(path);
    return false;
#endif
}

void leave(const QString &path)
{
#ifdef Q_OS_UNIX
    if (logBeside(path))
        return;
    // The modification time keeps its millisecond (by which Backup tells whether the file was
    // written since its newest backup); below it goes a mark of Netra's from the precise clock,
    // which no later write falls on.
    struct stat st;
    struct timespec now;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 ||
        ::clock_gettime(CLOCK_REALTIME, &now) != 0)
        return;
    struct timespec times[2];
    times[0].tv_sec = 0;
    times[0].tv_nsec = UTIME_OMIT;
    times[1].tv_sec = st.st_mtim.tv_sec;
    times[1].tv_nsec = st.st_mtim.tv_nsec / 1000000 * 1000000 + now.tv_nsec % 999999 + 1;
    if (::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) != 0)
        return;
    const QString state = stateOf(path);
    if (state.isEmpty())
        return;
    QSettings &s = store();
    // "<when> <state>": the oldest are let go.
    s.setValue(keyOf(path),
               QString::number(QDateTime::currentSecsSinceEpoch()) + QLatin1Char(' ') + state);
    s.beginGroup(QStringLiteral("files"));
    QStringList keys = s.childKeys();
    if (keys.size() > Kept) {
        auto when = [&s](const QString &k) {
            return s.value(k).toString().section(QLatin1Char(' '), 0, 0).toLongLong();
        };
        std::sort(keys.begin(), keys.end(),
                  [&](const QString &a, const QString &b) { return when(a) < when(b); });
        for (int i = 0; i < keys.size() - Kept; ++i)
            s.remove(keys.at(i));
    }
    s.endGroup();
    s.sync();
#else
    Q_UNUSED(path);
#endif
}

} // namespace CheckedFiles
