#include "OutputFile.h"

#include "Backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {

QMutex guardMutex;
QHash<const void *, QString> &guards()
{
    static QHash<const void *, QString> files;
    return files;
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct FileId
{
    dev_t device;
    ino_t inode;
    mode_t mode;
    bool operator==(const FileId &o) const { return device == o.device && inode == o.inode; }
};

// The file `path` reaches, symbolic links followed; none when nothing is there.
std::optional<FileId> idOf(const QString &path)
{
    struct stat st;
    if (::stat(native(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino, st.st_mode};
}

// The absolute path `path` reaches with every symbolic link followed, also when the file (or a
// link's target) does not exist yet.
QString resolved(const QString &path)
{
    QString p = QFileInfo(path).absoluteFilePath();
    const QString canonical = QFileInfo(p).canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    for (int hops = 0; hops < 40 && QFileInfo(p).isSymLink(); ++hops)
        p = QFileInfo(p).symLinkTarget();
    const QFileInfo info(p);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? QDir::cleanPath(info.absolutePath()) : folder) + QLatin1Char('/') +
           info.fileName();
}

// What a data file keeps beside it under its name.
const char *const companions[] = {"-wal", "-shm", "-journal", ".lock", ".lock.json"};

// Whether `path` (resolved) is `folder` or inside it, by path or by the folder's identity.
bool isWithin(const QString &path, const QString &folder)
{
    const QString folderPath = resolved(folder);
    if (path == folderPath || path.startsWith(folderPath + QLatin1Char('/')))
        return true;
    const std::optional<FileId> folderId = idOf(folder);
    if (!folderId)
        return false;
    for (QString dir = path; !dir.isEmpty();) {
        const std::optional<FileId> id = idOf(dir);
        if (id && *id == *folderId)
            return true;
        const QString parent = QFileInfo(dir).absolutePath();
        if (parent == dir)
            break;
        dir = parent;
    }
    return false;
}

// Whether the disk holding `folder` has no room left (less than a mebibyte free).
bool diskIsFull(const QString &folder)
{
    struct statvfs vfs;
    if (::statvfs(native(folder).constData(), &vfs) != 0)
        return false;
    return quint64(vfs.f_bavail) * quint64(vfs.f_frsize) < (quint64(1) << 20);
}

// Whether the file ends as a whole file of its kind does.
bool isComplete(int fd, qint64 size, OutputFile::Kind kind)
{
    if (size <= 0)
        return false;
    if (kind == OutputFile::Kind::Any)
        return true;
    const qint64 tailSize = qMin<qint64>(size, 1024);
    QByteArray tail(int(tailSize), '\0');
    if (::pread(fd, tail.data(), size_t(tailSize), off_t(size - tailSize)) != tailSize)
        return false;
    switch (kind) {
    case OutputFile::Kind::Pdf:
        return tail.trimmed().endsWith("%%EOF");
    case OutputFile::Kind::Png:
        return tail.endsWith(QByteArray("IEND\xAE\x42\x60\x82", 8));
    case OutputFile::Kind::Zip:
        return tail.lastIndexOf(QByteArray("PK\x05\x06", 4)) >= 0;
    case OutputFile::Kind::Any:
        break;
    }
    return true;
}

void flushFolder(const QString &folder)
{
    const int fd = ::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

OutputFile::OutputFile(const QString &target, QObject *parent)
    : QIODevice(parent), m_target(target), m_final(resolved(target))
{
}

OutputFile::~OutputFile()
{
    cancel();
}

void OutputFile::guard(const void *owner, const QString &dataFile)
{
    QMutexLocker lock(&guardMutex);
    guards().insert(owner, dataFile);
}

void OutputFile::unguard(const void *owner)
{
    QMutexLocker lock(&guardMutex);
    guards().remove(owner);
}

QStringList OutputFile::guarded()
{
    QMutexLocker lock(&guardMutex);
    return guards().values();
}

QString OutputFile::refusal(const QString &target)
{
    return refusal(target, guarded());
}

QString OutputFile::refusal(const QString &target, const QStringList &dataFiles)
{
    if (target.trimmed().isEmpty())
        return tr("No file was named to write.");
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QString where = resolved(target);
    const std::optional<FileId> targetId = idOf(target);
    for (const QString &dataFile : dataFiles) {
        if (dataFile.isEmpty())
            continue;
        QStringList bases{QFileInfo(dataFile).absoluteFilePath(), resolved(dataFile)};
        bases.removeDuplicates();
        for (const QString &base : std::as_const(bases)) {
            auto same = [&](const QString &path) {
                if (resolved(path) == where)
                    return true;
                const std::optional<FileId> id = idOf(path);
                return targetId && id && *id == *targetId;
            };
            if (same(base)) {
                return absolute == QFileInfo(dataFile).absoluteFilePath()
                           ? tr("%1 is the data file that is open; writing there would destroy "
                                "it. Nothing was written: choose another file.")
                                 .arg(shown(target))
                           : tr("%1 is a link to the data file %2 that is open; writing there "
                                "would destroy it. Nothing was written: choose another file.")
                                 .arg(shown(target), shown(dataFile));
            }
            for (const char *suffix : companions) {
                if (same(base + QLatin1String(suffix)))
                    return tr("%1 belongs to the data file %2 that is open (its journal or its "
                              "lock). Nothing was written: choose another file.")
                        .arg(shown(target), shown(dataFile));
            }
            if (isWithin(where, Backup::defaultFolder(base)))
                return tr("%1 is in the backups folder of the data file %2, which holds only "
                          "its backups. Nothing was written: choose another folder.")
                    .arg(shown(target), shown(dataFile));
        }
    }
    if (targetId && S_ISDIR(targetId->mode))
        return tr("%1 is a folder: give the name of the file to write.").arg(shown(target));
    if (targetId && !S_ISREG(targetId->mode))
        return tr("%1 is not a regular file (a device or a pipe). Nothing was written: choose "
                  "another file.")
            .arg(shown(target));
    return {};
}

QString OutputFile::describe(int error, const QString &path)
{
    const QString name = shown(path);
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return tr("The disk is full: %1 was not written, and nothing was left in its place. Make "
                  "room on the disk, then try again.")
            .arg(name);
    case EROFS:
        return tr("%1 cannot be written: the disk or the folder is read-only. Nothing was "
                  "written.")
            .arg(name);
    case EACCES:
    case EPERM:
        return tr("%1 cannot be written: there is no permission to write in its folder. Nothing "
                  "was written.")
            .arg(name);
    case ENOENT:
    case ENOTDIR:
        return tr("%1 cannot be written: its folder does not exist.").arg(name);
    case EIO:
        return tr("%1 cannot be written: the disk could not be written (input/output error). "
                  "Nothing was left in its place.")
            .arg(name);
    case ENAMETOOLONG:
        return tr("%1 cannot be written: the name is too long.").arg(name);
    default:
        return tr("%1 cannot be written: %2")
            .arg(name, QString::fromLocal8Bit(std::strerror(error)));
    }
}

bool OutputFile::begin(QString *error)
{
    cancel();
    const QString why = refusal(m_target);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    m_final = resolved(m_target);
    const QFileInfo info(m_final);
    QByteArray name = native(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                             QStringLiteral(".netra-XXXXXX"));
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) {
        *error = describe(errno, m_target);
        return false;
    }
    // The permissions a new file gets (or the ones of the file replaced), not mkstemp's 0600.
    mode_t mode = 0666;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode &= ~mask;
    struct stat st;
    if (::stat(native(m_final).constData(), &st) == 0 && S_ISREG(st.st_mode))
        mode = st.st_mode & 07777;
    ::fchmod(fd, mode);
    m_fd = fd;
    m_temporary = QFile::decodeName(name);
    m_errno = 0;
    m_committed = false;
    QIODevice::open(QIODevice::WriteOnly);
    return true;
}

qint64 OutputFile::writeData(const char *data, qint64 length)
{
    if (m_fd < 0)
        return -1;
    qint64 done = 0;
    while (m_errno == 0 && done < length) {
        const ssize_t n = ::write(m_fd, data + done, size_t(length - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            m_errno = errno;
        else if (n == 0)
            m_errno = ENOSPC;
        else
            done += n;
    }
    if (m_errno != 0) {
        setErrorString(describe(m_errno, m_target));
        return -1;
    }
    return done;
}

bool OutputFile::fail(QString *error, const QString &reason)
{
    if (m_errno != 0)
        *error = describe(m_errno, m_target);
    else if (!m_temporary.isEmpty() && diskIsFull(QFileInfo(m_final).absolutePath()))
        *error = describe(ENOSPC, m_target);
    else
        *error = reason;
    cancel();
    return false;
}

bool OutputFile::commit(QString *error, Kind kind)
{
    if (m_fd < 0)
        return fail(error, tr("%1 was not written.").arg(shown(m_target)));
    if (m_errno != 0)
        return fail(error, QString());
    struct stat st;
    if (::fstat(m_fd, &st) != 0)
        return fail(error, describe(errno, m_target));
    if (!isComplete(m_fd, qint64(st.st_size), kind))
        return fail(error, tr("%1 could not be written whole; nothing was left in its place.")
                               .arg(shown(m_target)));
    if (::fsync(m_fd) != 0) {
        m_errno = errno;
        return fail(error, QString());
    }
    ::close(m_fd);
    m_fd = -1;
    // Checked again just before it takes the name: the target may have changed meanwhile.
    const QString why = refusal(m_target);
    if (!why.isEmpty())
        return fail(error, why);
    if (::rename(native(m_temporary).constData(), native(m_final).constData()) != 0) {
        const int code = errno;
        return fail(error, describe(code, m_target));
    }
    m_temporary.clear();
    m_committed = true;
    QIODevice::close();
    flushFolder(QFileInfo(m_final).absolutePath());
    return true;
}

void OutputFile::cancel()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(native(m_temporary).constData());
        m_temporary.clear();
    }
    if (isOpen())
        QIODevice::close();
}

bool OutputFile::save(const QString &target, const QByteArray &bytes, QString *error)
{
    OutputFile out(target);
    if (!out.begin(error))
        return false;
    out.write(bytes);
    return out.commit(error);
}
