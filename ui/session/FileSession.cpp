#include "session/FileSession.h"

#include "admin/RecoveryKeyDialog.h"
#include "common/ProgressDialog.h"
#include "common/SaveFileDialog.h"
#include "session/BackupScheduler.h"
#include "session/ConnectDialog.h"
#include "session/LoginDialog.h"
#include "session/RestoreDialog.h"
#include "session/SingleInstance.h"
#include "store/Backup.h"
#include "store/CaseRepository.h"
#include "store/ChangeLogChain.h"
#include "store/Database.h"
#include "store/FileLock.h"
#include "store/LocalSpool.h"
#include "store/ServerAccounts.h"
#include "store/ServerLocation.h"
#include "store/UserRepository.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QWindow>

FileSession::FileSession(QWidget *window) : QObject(window), m_window(window)
{
    // The idle lock watches every key and mouse press of the application.
    qApp->installEventFilter(this);
    m_lastInput.start();
    auto *idle = new QTimer(this);
    idle->setInterval(1000);
    connect(idle, &QTimer::timeout, this, &FileSession::checkIdle);
    idle->start();

    m_instance = new SingleInstance(this);

    // On a server: what others changed is looked for when a window of the program gets the
    // focus (after the event that gave it), and every few seconds.
    m_serverTimer = new QTimer(this);
    m_serverTimer->setInterval(10000);
    connect(m_serverTimer, &QTimer::timeout, this, &FileSession::checkServer);
    connect(qApp, &QGuiApplication::focusWindowChanged, this, [this](QWindow *window) {
        if (window && m_db && m_db->isServer())
            QTimer::singleShot(0, this, &FileSession::checkServer);
    });

    m_backups = new BackupScheduler(this);
    connect(m_backups, &BackupScheduler::started, this,
            [this] { emit message(tr("Making the daily backup..."), 0); });
    connect(m_backups, &BackupScheduler::finished, this,
            [this](bool ok, const QString &path, const QString &error) {
                if (ok)
                    emit message(tr("Backup made: %1").arg(QDir::toNativeSeparators(path)), 10000);
                else
                    emit message(error, 30000);
            });
}

FileSession::~FileSession() = default;

bool FileSession::closeWindows()
{
    return !m_closeWindows || m_closeWindows();
}

bool FileSession::open(const QString &path, bool create)
{
    if (Database::isServerLocation(path))
        return openServer(path);
    bool readOnly = false;
    std::unique_ptr<FileLock> lock;
    if (!claim(path, &readOnly, &lock))
        return false;
    QString error;
    auto db = Database::open(path,
                             readOnly ? Database::Mode::ReadOnly
                             : create ? Database::Mode::CreateIfMissing
                                      : Database::Mode::OpenExisting,
                             &error);
    if (!db) {
        QMessageBox::critical(m_window, tr("Cannot open the data file"), error);
        return false;
    }
    return signIn(std::move(db), std::move(lock));
}

bool FileSession::openServer(const QString &location)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::open(location, Database::Mode::OpenExisting, &error);
    QApplication::restoreOverrideCursor();
    if (!db) {
        // A password libpq did not find, a server moved or down: what to correct, and why.
        ConnectDialog dialog(location, error, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        db = dialog.takeDatabase();
    }
    return signIn(std::move(db), nullptr);
}

bool FileSession::connectToServer()
{
    ConnectDialog dialog(lastServer(), QString(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return signIn(dialog.takeDatabase(), nullptr);
}

bool FileSession::signIn(std::unique_ptr<Database> db, std::unique_ptr<FileLock> lock)
{
    const bool first = !UserRepository(*db).hasUsers();
    QString who = first ? QString() : QSettings().value(QStringLiteral("lastLogin")).toString();
    // Connected to a server as one's own database role: signing in as that user.
    const QString account = db->isServer() ? db->sql().userName() : QString();
    if (!first && !account.isEmpty() && ServerAccounts(*db).has(account))
        who = account;
    LoginDialog login(*db, first ? LoginDialog::Mode::FirstStart : LoginDialog::Mode::SignIn, who,
                      m_window);
    if (login.exec() != QDialog::Accepted)
        return false;
    // A file of an earlier version: its identities encrypted at the first sign-in of an
    // administrator or a coordinator, who receives the recovery key.
    RecoveryKeyDialog::convertIfDue(*db, m_window);
    return install(std::move(db), std::move(lock));
}

bool FileSession::openAs(const QString &path, const QString &login, const QString &password,
                         QString *error)
{
    // Without asking: a file another netra has open is refused.
    std::unique_ptr<FileLock> lock;
    if (!Database::isServerLocation(path) &&
        (!m_lock || !m_lock->isLocked() || m_lock->dataFile() != path)) {
        lock = std::make_unique<FileLock>(path);
        const FileLock::Result claimed = lock->tryLock();
        if (claimed != FileLock::Result::Locked) {
            *error = claimed == FileLock::Result::HeldByOther ? lock->holder().describe()
                                                              : lock->error();
            return false;
        }
    }
    auto db = Database::open(path, Database::Mode::OpenExisting, error);
    if (!db || !UserRepository(*db).login(login, password, error))
        return false;
    return install(std::move(db), std::move(lock));
}

bool FileSession::install(std::unique_ptr<Database> db, std::unique_ptr<FileLock> lock)
{
    const QString path = db->path();
    if (!closeWindows())
        return false;
    emit releasing();
    m_db = std::move(db);
    fileOpened(std::move(lock));
    if (m_lock && m_db->user())
        m_lock->setHolder(m_db->user()->fullName, m_db->user()->login);
    {
        // Written once, and only when something changed: each QSettings given a value saves its
        // file to the disk (2 ms of each open of the last file by the same user).
        QSettings settings;
        const QStringList recent = recentFilesWith(path);
        const QString login = m_db->user()->login;
        if (settings.value(QStringLiteral("lastFile")).toString() != path ||
            settings.value(QStringLiteral("recentFiles")).toStringList() != recent ||
            settings.value(QStringLiteral("lastLogin")).toString() != login) {
            settings.setValue(QStringLiteral("lastFile"), path);
            settings.setValue(QStringLiteral("recentFiles"), recent);
            settings.setValue(QStringLiteral("lastLogin"), login);
        }
    }
    // A server's backups are its administrator's.
    m_backups->setFile(m_db->isServer() ? QString() : m_db->path());
    // Before the windows recover the drafts: those kept here while the server was away first.
    writeBackSpool();
    emit opened();
    return true;
}

bool FileSession::close()
{
    if (!closeWindows())
        return false;
    emit releasing();
    m_backups->setFile(QString());
    m_instance->listen(QString());
    m_serverTimer->stop();
    m_serverHead.clear();
    m_db.reset();
    m_lock.reset(); // after the file is closed
    emit closed();
    return true;
}

void FileSession::switchUser()
{
    if (!m_db || !closeWindows())
        return;
    LoginDialog login(*m_db, LoginDialog::Mode::SignIn, QString(), m_window);
    if (login.exec() == QDialog::Accepted) {
        QSettings().setValue(QStringLiteral("lastLogin"), m_db->user()->login);
        if (m_lock)
            m_lock->setHolder(m_db->user()->fullName, m_db->user()->login);
        writeBackSpool();
        emit userChanged();
    } else {
        close();
    }
}

bool FileSession::claim(const QString &path, bool *readOnly, std::unique_ptr<FileLock> *lock)
{
    *readOnly = false;
    if (m_lock && m_lock->isLocked() && m_lock->dataFile() == path)
        return true; // this window has it already
    const auto askReadOnly = [this](const QString &why) {
        return QMessageBox::question(
                   m_window, tr("Open read-only?"), tr("%1\n\nOpen it read-only?").arg(why),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    QString why;
    if (!Database::canWrite(path, &why)) {
        if (!QFileInfo::exists(path)) {
            QMessageBox::critical(m_window, tr("Cannot open the data file"), why);
            return false;
        }
        *readOnly = askReadOnly(why);
        return *readOnly;
    }
    auto claim = std::make_unique<FileLock>(path);
    switch (claim->tryLock()) {
    case FileLock::Result::Locked:
        *lock = std::move(claim);
        return true;
    case FileLock::Result::HeldByOther:
        *readOnly = askReadOnly(claim->holder().describe());
        return *readOnly;
    case FileLock::Result::Failed:
        break;
    }
    QMessageBox::critical(m_window, tr("Cannot open the data file"), claim->error());
    return false;
}

void FileSession::fileOpened(std::unique_ptr<FileLock> lock)
{
    // The same file opened again keeps its lock; another file's is released.
    if (lock || !m_lock || m_lock->dataFile() != m_db->path() || m_db->isReadOnly())
        m_lock = std::move(lock);
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileSession::checkFile,
                Qt::QueuedConnection);
    }
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (m_db->isServer()) {
        // What others change shows: the head as it is now, then looked at again when the
        // server announces a change, when a window gets the focus, and every few seconds.
        m_serverHead.clear();
        checkServer();
        m_db->listenForChanges(this, [this] { checkServer(); });
        if (m_serverTimer->interval() > 0)
            m_serverTimer->start();
    } else {
        m_serverTimer->stop();
        m_watcher->addPath(m_db->path());
    }
    // A second `netra FILE` raises the window, while it holds the file's lock.
    const bool writing = m_lock && m_lock->isLocked() && !m_db->isReadOnly();
    if (!writing)
        m_instance->listen(QString());
    else if (m_instance->file() != m_db->path())
        m_instance->listen(m_db->path());
}

QString FileSession::release()
{
    if (!m_db)
        return QString();
    m_backups->wait();
    const QString path = m_db->path();
    return close() ? path : QString();
}

void FileSession::backupOnClose()
{
    if (!m_db)
        return;
    if (m_db->isServer()) { // the server keeps its own backups
        release();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    emit message(tr("Making a backup of the data file..."), 0);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    // Nothing written since the newest backup (but sign-ins): no second copy of the same file.
    m_backups->wait();
    // Closed first, so that everything written is in the file and nothing is written after.
    const QString path = release();
    if (path.isEmpty() || Backup::isCurrent(path)) {
        QApplication::restoreOverrideCursor();
        return;
    }
    QString error;
    Backup::Result result;
    QApplication::restoreOverrideCursor();
    // A big file takes a while: the copy shows its progress and may be cancelled. Cancelled, no
    // backup is left and the file closes as asked (it is whole; the next close or the daily
    // backup makes the copy).
    ProgressDialog working(m_window, tr("Backup"), tr("Making a backup of the data file…"));
    const bool ok = Backup::make(path, QString(), 0, &result, &error, working.progress());
    if (!ok && !working.cancelled())
        QMessageBox::warning(m_window, tr("Backup not made"), error);
}

void FileSession::restoreBackup()
{
    if (!m_db)
        return;
    if (!m_db->allows(Action::RestoreBackup)) {
        QMessageBox::warning(m_window, tr("Restore from backup"),
                             m_db->refusal(Action::RestoreBackup));
        return;
    }
    if (m_db->isServer()) {
        QMessageBox::warning(m_window, tr("Restore from backup"), serverBackups());
        return;
    }
    RestoreDialog dialog(m_db->path(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A bad backup is refused while the file is still open and signed in to.
    const QString problem = Backup::inspect(dialog.chosen());
    if (!problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Restore from backup"), problem);
        return;
    }
    if (!closeWindows())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString path = release();
    if (path.isEmpty()) {
        QApplication::restoreOverrideCursor();
        return;
    }
    QString keptAs;
    QString error;
    const bool ok = Backup::restore(path, dialog.chosen(), &keptAs, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(m_window, tr("Restore from backup"), error);
    else
        QMessageBox::information(
            m_window, tr("Restore from backup"),
            tr("The backup was restored into %1. The previous data file is "
               "kept as %2. Sign in to the restored file.")
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(keptAs)));
    // The restored file, with its own users (or the current one again when it could not be
    // replaced).
    open(path);
}

void FileSession::setIdleLimit(qint64 milliseconds)
{
    m_idleLimit = milliseconds;
    m_lastInput.restart();
}

bool FileSession::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        m_lastInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void FileSession::checkIdle()
{
    if (m_db && m_db->user() && !m_locked && m_idleLimit > 0 &&
        m_lastInput.elapsed() >= m_idleLimit)
        lock();
}

void FileSession::lock()
{
    // Every other window is hidden while locked; what they hold stays (drafts are saved as
    // typed), and they come back as they were.
    m_locked = true;
    QList<QPointer<QWidget>> hidden;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != m_window && w->isVisible() && !qobject_cast<QMenu *>(w)) {
            hidden << w;
            w->hide();
        }
    }
    emit lockChanged(true);
    LoginDialog unlock(*m_db, LoginDialog::Mode::Unlock, m_db->user()->login, m_window);
    const bool unlocked = unlock.exec() == QDialog::Accepted;
    emit lockChanged(false);
    for (const QPointer<QWidget> &w : std::as_const(hidden)) {
        if (w)
            w->show();
    }
    m_locked = false;
    m_lastInput.restart();
    if (!unlocked)
        close();
}

QStringList FileSession::recentFiles()
{
    QSettings settings;
    const QStringList stored = settings.value(QStringLiteral("recentFiles")).toStringList();
    QStringList files;
    for (const QString &f : stored) {
        if ((Database::isServerLocation(f) || QFileInfo(f).isFile()) && !files.contains(f) &&
            files.size() < MaxRecentFiles)
            files << f;
    }
    if (files != stored)
        settings.setValue(QStringLiteral("recentFiles"), files);
    return files;
}

QStringList FileSession::recentFilesWith(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute =
        Database::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    return files;
}

void FileSession::checkFile()
{
    if (!m_db || m_checkingFile || !m_db->isDetached())
        return;
    m_checkingFile = true;
    const QString path = m_db->path();
    QMessageBox box(QMessageBox::Warning, tr("The data file is gone"),
                    tr("The data file %1 was removed, moved or replaced while it was open. What "
                       "is open is still complete, but nothing more is saved into it until it is "
                       "put back.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, m_window);
    QPushButton *back = nullptr;
    if (!QFileInfo::exists(path) && QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        back = box.addButton(tr("Put it back"), QMessageBox::AcceptRole);
        back->setObjectName(QStringLiteral("putBackButton"));
    }
    QPushButton *saveAs = box.addButton(tr("Save it as..."), QMessageBox::ActionRole);
    saveAs->setObjectName(QStringLiteral("saveAsButton"));
    box.addButton(tr("Not now"), QMessageBox::RejectRole);
    box.exec();
    QString target;
    if (back && box.clickedButton() == back) {
        target = path;
    } else if (box.clickedButton() == saveAs) {
        SaveFileDialog save;
        save.objectName = QStringLiteral("saveDataFileAsDialog");
        save.title = tr("Save the data file as");
        save.folderKey = DataFileFolderKey;
        save.folder = QFileInfo(path).absolutePath();
        save.suggestedName = QFileInfo(path).fileName();
        save.defaultSuffix = QStringLiteral("netra");
        save.nameFilters = QStringList{tr("Netra data files (*.netra)")};
        target = save.ask(m_window);
        if (!target.isEmpty() && !target.endsWith(QLatin1String(".netra")))
            target += QStringLiteral(".netra");
    }
    if (!target.isEmpty())
        rescue(target);
    m_checkingFile = false;
}

void FileSession::rescue(const QString &target)
{
    // The lock goes with the file: the original's is kept, another place is locked anew.
    std::unique_ptr<FileLock> lock;
    if (!m_db->isReadOnly() && (!m_lock || m_lock->dataFile() != target)) {
        lock = std::make_unique<FileLock>(target);
        if (lock->tryLock() != FileLock::Result::Locked)
            lock.reset();
    }
    QString error;
    const bool done = m_db->rescue(target, &error);
    if (m_db->path() == target && lock)
        m_lock = std::move(lock);
    fileOpened(nullptr);
    QSettings().setValue(QStringLiteral("lastFile"), m_db->path());
    emit rescued();
    if (!done) {
        QMessageBox::warning(m_window, tr("The data file is gone"), error);
        return;
    }
    emit message(tr("What is open was put back in %1.").arg(QDir::toNativeSeparators(target)),
                 10000);
}

QString FileSession::lastServer()
{
    for (const QString &location : recentFiles()) {
        if (Database::isServerLocation(location))
            return location;
    }
    return QString();
}

QString FileSession::serverBackups()
{
    return tr("An office server is backed up and restored on the server, by its "
              "administrator; Netra makes no backups of it on this computer.");
}

void FileSession::setRefreshInterval(int milliseconds)
{
    m_serverTimer->setInterval(milliseconds);
    if (milliseconds <= 0)
        m_serverTimer->stop();
    else if (m_db && m_db->isServer())
        m_serverTimer->start();
}

void FileSession::checkServer()
{
    // Not while a question is open (the check comes again when it closes and the focus moves).
    if (!m_db || !m_db->isServer() || m_checkingServer || m_locked ||
        QApplication::activeModalWidget() || m_db->inTransaction())
        return;
    QString error;
    const std::optional<ChangeLogChain::Head> head = ChangeLogChain::readHead(*m_db, &error);
    if (!head && !error.isEmpty()) {
        serverLost();
        return;
    }
    const QString now =
        head ? QStringLiteral("%1 %2").arg(head->count).arg(head->lastHash) : QStringLiteral("-");
    const bool changed = !m_serverHead.isEmpty() && now != m_serverHead;
    m_serverHead = now;
    if (changed)
        emit storeChanged();
}

void FileSession::writeBackSpool()
{
    m_writtenBack.clear();
    if (!m_db || !m_db->isServer())
        return;
    LocalSpool spool(*m_db);
    if (spool.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_writtenBack = spool.writeBack(*m_db).summary();
    QApplication::restoreOverrideCursor();
    if (!m_writtenBack.isEmpty())
        emit message(m_writtenBack, 60000);
}

void FileSession::serverLost()
{
    m_checkingServer = true;
    emit connectionChanged(true);
    const QString location = ServerLocation::plainName(m_db->path());
    QString why;
    for (;;) {
        QMessageBox box(QMessageBox::Warning, tr("The connection to the server was lost"),
                        tr("Netra lost its connection to the office server %1.").arg(location),
                        QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("connectionLostBox"));
        box.setInformativeText(
            (why.isEmpty() ? QString() : why + QStringLiteral("\n\n")) +
            tr("Nothing was half-written: a change being saved when the connection broke was "
               "undone by the server, and everything saved before is intact there. What you "
               "type meanwhile in open cases and minutes is kept on this computer, even if you "
               "close Netra or it stops, and written to the server when it is connected again "
               "or when you next sign in to it here. A case itself is saved only once the "
               "server is back."));
        QPushButton *retry = box.addButton(tr("Try again"), QMessageBox::AcceptRole);
        retry->setObjectName(QStringLiteral("reconnectButton"));
        QPushButton *leave = box.addButton(tr("Close"), QMessageBox::RejectRole);
        leave->setObjectName(QStringLiteral("closeStoreButton"));
        box.setDefaultButton(retry);
        box.exec();
        if (box.clickedButton() != retry || !m_db)
            break;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool back = m_db->reconnect(&why);
        QApplication::restoreOverrideCursor();
        if (back) {
            m_checkingServer = false;
            m_serverHead.clear();
            // What was kept on this computer meanwhile goes first, before the windows write
            // again what they hold.
            writeBackSpool();
            checkServer();
            emit connectionChanged(false);
            emit storeChanged();
            emit message(m_writtenBack.isEmpty()
                             ? tr("Connected to the server again.")
                             : tr("Connected to the server again. %1").arg(m_writtenBack),
                         m_writtenBack.isEmpty() ? 10000 : 60000);
            return;
        }
    }
    m_checkingServer = false;
    // Closed; a case with edits asks first (they cannot be saved while the server is away, so
    // it is left open when they are not discarded).
    close();
}
