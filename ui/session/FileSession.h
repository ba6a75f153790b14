#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class BackupScheduler;
class Database;
class FileLock;
class QFileSystemWatcher;
class QTimer;
class QWidget;
class SingleInstance;

// The open data file's whole life, from claiming it to closing it: its lock (FileLock) and the
// socket that answers a second `netra FILE` (SingleInstance), signing in, the watcher that sees
// it removed or replaced (and puts it back, Database::rescue), the automatic backups and the
// backup on closing, restoring a backup, and the idle lock. The window listens to its signals;
// the questions it asks are dialogs over that window.
// Or an office server's store (Database::isServer): connected to (ConnectDialog) and signed in
// to the same way, with none of a file's own parts (lock, single instance, watcher, backups,
// restore), and two of its own: what others change is noticed (the change log's head read when
// a window of the program gets the focus and every few seconds: storeChanged), and a server
// that goes away is offered to be connected to again (reconnected).
class FileSession : public QObject
{
    Q_OBJECT

public:
    // Where the save dialogs for a data file (a new one, one saved elsewhere) remember the folder.
    static inline const QString DataFileFolderKey = QStringLiteral("dataFile/directory");

    // `window` parents the dialogs and stays shown while the other windows hide at the idle lock.
    explicit FileSession(QWidget *window);
    ~FileSession() override;

    // Asked before the file closes or another opens: false when a window kept it open (a case
    // with unsaved changes).
    void setWindowsCloser(std::function<bool()> closer) { m_closeWindows = std::move(closer); }

    Database *database() const { return m_db.get(); }
    FileLock *fileLock() const { return m_lock.get(); }
    BackupScheduler *backups() const { return m_backups; }
    SingleInstance *instance() const { return m_instance; }

    // Opens a data file and asks who signs in (a new file first gets its administrator); on
    // failure or when the sign-in is cancelled, shows why and keeps what was open. With
    // `create`, a new file is made when there is none.
    bool open(const QString &path, bool create = false);
    // Asks for an office server (ConnectDialog, starting from the last one), connects and asks
    // who signs in.
    bool connectToServer();
    // Opens a data file signed in as `login` without asking: for scripts and tests.
    bool openAs(const QString &path, const QString &login, const QString &password, QString *error);
    // Makes a file or server that the caller opened, with its lock claimed (none for a server),
    // and signed in to the one in use: the last step of every open. netra-bench-register times
    // it apart from the sign-in's key derivations.
    bool install(std::unique_ptr<Database> db, std::unique_ptr<FileLock> lock);
    // Closes the windows and the file; false when a window kept it open.
    bool close();
    // Asks who signs in next; the file closes when nobody does.
    void switchUser();
    // Closes the file and makes a backup of it (the program is quitting), unless nothing was
    // written to it since the newest backup but sign-ins (Backup::isCurrent).
    void backupOnClose();
    // Asks which backup to restore, closes the file, restores it and opens the result.
    void restoreBackup();

    // The idle lock: after this long without a key or mouse press every window is hidden until
    // the signed-in user's password is given again (0: never).
    void setIdleLimit(qint64 milliseconds);
    bool isLocked() const { return m_locked; }

    // The data files opened last, newest first (at most MaxRecentFiles); files that are gone
    // are dropped from the list.
    static QStringList recentFiles();
    static constexpr int MaxRecentFiles = 8;
    // The server opened last (without its password), empty when none.
    static QString lastServer();
    // Why a server store has no backups and no restore here.
    static QString serverBackups();

    // On a server store: reads the change log's head and says whether others changed something
    // (storeChanged); a server that cannot be read any more is offered to be connected to again
    // (a dialog: try again or close). Called when a window gets the focus and on a timer.
    void checkServer();
    // How often the server is checked without a focus change (0: only then).
    void setRefreshInterval(int milliseconds);
    // What was typed while the server was away and kept on this computer (LocalSpool), as the
    // last write back said it (one line, also shown in the status bar); empty when nothing was
    // kept.
    QString writtenBack() const { return m_writtenBack; }

signals:
    // The file in use is about to be let go (another opens, or it closes): drop what shows it.
    void releasing();
    // A file was opened and signed in to.
    void opened();
    // The file was closed; none is open.
    void closed();
    // Another user signed in to the open file.
    void userChanged();
    // What is open was put back at its place or elsewhere (Database::rescue): show it again.
    void rescued();
    // The idle lock begins (true) or ends (false).
    void lockChanged(bool locked);
    // Someone else changed the server store: show what is open again.
    void storeChanged();
    // The server store went away (true) and, when connected again, came back (false).
    void connectionChanged(bool lost);
    // A passing word for the status bar.
    void message(const QString &text, int timeout);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Before opening: takes the file's lock, or asks whether to open read-only when another
    // netra has the file or its folder cannot be written. False: do not open.
    bool claim(const QString &path, bool *readOnly, std::unique_ptr<FileLock> *lock);
    // Asks who signs in to a file or a server just opened, then makes it the one in use.
    bool signIn(std::unique_ptr<Database> db, std::unique_ptr<FileLock> lock);
    // Connects to a server; when that fails, asks for what to correct (ConnectDialog).
    bool openServer(const QString &location);
    // The server went away: tells so and offers to connect again until it answers or the store
    // is closed.
    void serverLost();
    // On a server that answers: what was kept on this computer for the signed-in user while it
    // was away is written to it (LocalSpool::writeBack), and the user told.
    void writeBackSpool();
    // After opening: keeps the lock and watches the file.
    void fileOpened(std::unique_ptr<FileLock> lock);
    bool closeWindows();
    // Closes the file (after any backup being made) and says which it was; empty when kept.
    QString release();
    void checkIdle();
    void lock();
    // A file removed or replaced underneath: offers to put what is open back.
    void checkFile();
    void rescue(const QString &target);
    // The recent files with `path` first.
    static QStringList recentFilesWith(const QString &path);

    QWidget *m_window;
    std::function<bool()> m_closeWindows;
    // Declared before the file so that it is released after the file is closed.
    std::unique_ptr<FileLock> m_lock;
    std::unique_ptr<Database> m_db;
    QFileSystemWatcher *m_watcher = nullptr;
    bool m_checkingFile = false;
    BackupScheduler *m_backups = nullptr;
    SingleInstance *m_instance = nullptr;
    QTimer *m_serverTimer = nullptr;
    QString m_serverHead; // the change log's head as last read on the server
    bool m_checkingServer = false;
    QString m_writtenBack;
    QElapsedTimer m_lastInput;
    qint64 m_idleLimit = 0;
    bool m_locked = false;
};
