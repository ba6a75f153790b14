#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>
#include <memory>

// Keeps a second netra from writing a data file that one netra has open: `<file>.lock` beside
// the data file (QLockFile: a lock left by a killed or crashed process is taken over, judged by
// its process id), and `<file>.lock.json` saying who holds it, on which computer, since when.
// netra-cli does not take it.
class FileLock
{
    Q_DECLARE_TR_FUNCTIONS(FileLock)

public:
    // Who has a data file open.
    struct Holder
    {
        QString fullName; // empty before sign-in
        QString login;    // the signed-in user, or the system account before sign-in
        QString computer;
        QDateTime since;
        qint64 pid = 0;

        // "Dewi Lestari (dewi)", or the login alone, or "another user".
        QString name() const;
        // "Dewi Lestari (dewi) has this file open on PC-SENTRA since 23/11/26 09:15."
        QString describe() const;
    };

    enum class Result {
        Locked,      // this program has the file now
        HeldByOther, // another netra has it: see holder()
        Failed,      // the lock file cannot be made: see error()
    };

    explicit FileLock(const QString &dataFile);
    ~FileLock(); // releases the lock
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    // Takes the lock, or says who has it.
    Result tryLock();
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }
    QString dataFile() const { return m_dataFile; }
    // The other holder after HeldByOther.
    const Holder &holder() const { return m_other; }
    // Why the lock could not be taken after Failed, in the user's language.
    QString error() const { return m_error; }

    // Who holds the lock, told to a second netra: the user signed in (called after sign-in).
    void setHolder(const QString &fullName, const QString &login);

    static QString lockPath(const QString &dataFile);
    static QString infoPath(const QString &dataFile);

private:
    bool writeInfo();

    QString m_dataFile;
    QLockFile m_lock;
    Holder m_self;
    Holder m_other;
    QString m_error;
};
