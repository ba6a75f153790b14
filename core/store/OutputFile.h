#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

// The one door for every file the program writes where the user chose: printed documents (PDF),
// CSV registers, recaps (CSV, XLSX), packages, charts (PNG, PDF). Nothing else in Netra writes
// such a file.
//
// Before anything is written the target is checked (refusal()): never a data file open in this
// program (Database guards each file it opens), its journal (-wal, -shm, -journal) or lock
// (.lock, .lock.json), anything in its backups folder (Backup::defaultFolder), nor a symbolic or
// hard link to any of them (device and inode are compared, and canonical paths), nor a folder,
// a device or a pipe. What is written goes to a temporary file in the target's folder, is
// checked, flushed to the disk (fsync) and then renamed over the target: a full disk or a
// failure leaves no empty or cut file, and the message says what happened (the disk is full,
// read-only, ...) in the user's language.
//
// Two ways to write: through this device (write(), then commit()), or, for writers that take a
// path (QPdfWriter, libxlsxwriter, QImage::save), into temporaryPath() and then commit() with
// the kind of file, whose ending is checked (a PDF's %%EOF, a PNG's IEND, a ZIP's directory).
class OutputFile : public QIODevice
{
    Q_OBJECT

public:
    enum class Kind { Any, Pdf, Png, Zip };

    explicit OutputFile(const QString &target, QObject *parent = nullptr);
    ~OutputFile() override; // what was not committed is removed

    // Checks the target and makes the temporary file beside it; false with the reason.
    bool begin(QString *error);
    // The temporary file, for writers that write to a path; empty before begin().
    QString temporaryPath() const { return m_temporary; }
    // The file that commit() puts in place (a symbolic link to a file is followed).
    QString target() const { return m_final; }
    // Checks what was written (the ending of `kind`), flushes it to the disk and renames it
    // over the target; false with the reason, leaving nothing behind.
    bool commit(QString *error, Kind kind = Kind::Any);
    // Removes the temporary file; the target is left as it was.
    void cancel();
    // Gives up after a writer failed: removes the temporary file and says why, the disk being
    // full (or the write error) before `reason`. Returns false.
    bool fail(QString *error, const QString &reason);

    // Writes `bytes` to `target` through the door.
    static bool save(const QString &target, const QByteArray &bytes, QString *error);

    // Why `target` may not be written, in the user's language; empty when it may. Checked
    // against every data file open in this program, or against `dataFiles`.
    static QString refusal(const QString &target);
    static QString refusal(const QString &target, const QStringList &dataFiles);

    // The data files open in this program: Database guards each one it opens, by its address.
    static void guard(const void *owner, const QString &dataFile);
    static void unguard(const void *owner);
    static QStringList guarded();

    // What a failed write (errno) means for the user, for `path`.
    static QString describe(int error, const QString &path);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    QString m_target; // as given
    QString m_final;  // symbolic links followed
    QString m_temporary;
    int m_fd = -1;
    int m_errno = 0; // the first write error
    bool m_committed = false;
};
