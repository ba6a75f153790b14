#pragma once

// A small disk for tests of a full or read-only disk: a tmpfs mounted in the test's own mount
// namespace (nobody else sees it; it goes with the process), and a file that fills it. Needs
// root with CAP_SYS_ADMIN; enterMountNamespace() says why not when it cannot, and the tests that
// need it are then skipped.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace DiskSupport {

// A tmpfs mounted for one test and unmounted after it.
class Mount
{
public:
    Mount(const QString &dir, const QByteArray &options) : m_dir(QFile::encodeName(dir))
    {
        QDir().mkpath(dir);
        if (::mount("netra-test", m_dir.constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData()) == 0)
            m_mounted = true;
        else
            m_error = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~Mount()
    {
        if (m_mounted)
            ::umount2(m_dir.constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }
    bool makeReadOnly()
    {
        return ::mount(nullptr, m_dir.constData(), nullptr,
                       MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr) == 0;
    }

private:
    QByteArray m_dir;
    bool m_mounted = false;
    QString m_error;
};

// Fills the file system of `dir` until not one more byte fits.
inline qint64 fillDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return -1;
    const QByteArray block(4096, 'x');
    qint64 total = 0;
    for (;;) {
        const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
        if (n <= 0)
            break;
        total += n;
    }
    for (;;) { // the last few bytes
        const ssize_t n = ::write(fd, block.constData(), 1);
        if (n <= 0)
            break;
        total += n;
    }
    ::close(fd);
    return total;
}

// Puts the test in a mount namespace of its own and checks that a tmpfs can be mounted in
// `probeDir`; empty when it can, else why not.
inline QString enterMountNamespace(const QString &probeDir)
{
    if (::unshare(CLONE_NEWNS) != 0 ||
        ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return QStringLiteral("no mount namespace (%1): run as root with CAP_SYS_ADMIN to test "
                              "full and read-only disks")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    Mount probe(probeDir, "size=64k");
    if (!probe.mounted())
        return QStringLiteral("mounting a tmpfs is not permitted here (%1)").arg(probe.error());
    return {};
}

} // namespace DiskSupport
