#include "InputFile.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString describe(const QString &path, const struct stat *st, int error)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!st) {
        if (error == ENOENT || error == ENOTDIR)
            return InputFile::tr("%1 does not exist.").arg(name);
        return InputFile::tr("%1 cannot be read: %2")
            .arg(name, QString::fromLocal8Bit(std::strerror(error)));
    }
    if (S_ISDIR(st->st_mode))
        return InputFile::tr("%1 is a folder, not a file.").arg(name);
    if (!S_ISREG(st->st_mode))
        return InputFile::tr("%1 is not a regular file (a pipe or a device); it is not read.")
            .arg(name);
    return {};
}

} // namespace

QString InputFile::notRegular(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return describe(path, nullptr, errno);
    return describe(path, &st, 0);
}

InputFile::Result InputFile::read(const QString &path, qint64 maxBytes, QByteArray *data,
                                  QString *error)
{
    data->clear();
    *error = notRegular(path);
    if (!error->isEmpty())
        return Result::Refused;
    // Not blocking: had the file been swapped for a pipe meanwhile, opening would wait.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = describe(path, nullptr, errno);
        return Result::Refused;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !(*error = describe(path, &st, 0)).isEmpty()) {
        if (error->isEmpty())
            *error = describe(path, nullptr, errno);
        ::close(fd);
        return Result::Refused;
    }
    if (qint64(st.st_size) > maxBytes) {
        ::close(fd);
        return Result::TooLarge;
    }
    data->reserve(qsizetype(qMin<qint64>(qint64(st.st_size), maxBytes) + 1));
    const qint64 chunk = 1 << 20;
    while (true) {
        const qint64 room = qMin(chunk, maxBytes + 1 - data->size());
        const qsizetype before = data->size();
        data->resize(before + room);
        const ssize_t n = ::read(fd, data->data() + before, size_t(room));
        if (n < 0 && errno == EINTR) {
            data->resize(before);
            continue;
        }
        if (n < 0) {
            *error = describe(path, nullptr, errno);
            ::close(fd);
            data->clear();
            return Result::Refused;
        }
        data->resize(before + n);
        if (n == 0)
            break;
        if (data->size() > maxBytes) { // it grew while being read
            ::close(fd);
            data->clear();
            return Result::TooLarge;
        }
    }
    ::close(fd);
    return Result::Read;
}
