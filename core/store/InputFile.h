#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The one door for reading a file from outside (a CSV register, a package, evidence): only a
// regular file is read (a folder, a pipe or a device such as /dev/zero is refused at once,
// without waiting on it), and reading stops as soon as the stated limit is passed, so memory
// stays bounded whatever the file is.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    enum class Result {
        Read,     // `data` holds the whole file
        TooLarge, // larger than the limit: the caller says so in its words
        Refused,  // not a regular file, or it cannot be read: `error` says why
    };

    static Result read(const QString &path, qint64 maxBytes, QByteArray *data, QString *error);
    // Why `path` is not a regular file that can be read, without opening it; empty when it is.
    static QString notRegular(const QString &path);
};
