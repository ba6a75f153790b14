#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class BackupScheduler;
class CaseTableModel;
class CaseWindow;
class DashboardWindow;
class LedgerWindow;
class Database;
class FileLock;
class FilterBar;
class QAction;
class QDockWidget;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QTableView;
class SingleInstance;
class TodayPanel;

// The main window: the case register of one data file, its filters and search, and the cases
// due today. Cases open in windows of their own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a data file and asks who signs in (a new file first gets its administrator); on
    // failure or when the sign-in is cancelled, shows why and keeps what was open. With
    // `create`, a new file is made when there is none.
    bool openFile(const QString &path, bool create = false);
    // Opens a data file signed in as `login` without asking: for scripts and tests.
    bool openFileAs(const QString &path, const QString &login, const QString &password,
                    QString *error);
    // Closes the case windows and the file; false when a case window kept it open.
    bool closeFile();
    // Asks who signs in next; the file closes when nobody does.
    void switchUser();

    // The idle lock: after this long without a key or mouse press every window is hidden until
    // the signed-in user's password is given again. From the office settings (minutes; 0: never).
    void setIdleLimit(qint64 milliseconds);
    bool isLocked() const { return m_locked; }
    Database *database() const { return m_db.get(); }
    // The lock on the file open for writing (none on a file opened read-only): its holder is
    // set after sign-in so that a second netra is told who has the file.
    FileLock *fileLock() const { return m_lock.get(); }
    CaseTableModel *caseModel() const { return m_model; }
    QTableView *caseView() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    TodayPanel *todayPanel() const { return m_today; }
    // The automatic backups of the open file.
    BackupScheduler *backups() const { return m_backups; }
    QAction *restoreAction() const { return m_restoreAction; }

    // Opens (or raises) the window of a case.
    CaseWindow *openCase(qint64 caseId);
    // Opens an empty report ("laporan") or finding ("temuan").
    CaseWindow *newCase(const QString &source);

    // Opens (or raises) the statistics of the file.
    DashboardWindow *showDashboard();
    // Opens (or raises) the follow-up ledger.
    LedgerWindow *showLedger();
    // The outgoing letter book (agenda surat keluar).
    void showLetterBook();

    // Switches the UI language ("id" or "en") and remembers it.
    void setLanguage(const QString &language);

    // The application's icon (packaging/netra.svg).
    static QIcon icon();
    // The data files opened last, newest first (at most MaxRecentFiles); files that are gone
    // are dropped from the list.
    static QStringList recentFiles();
    static constexpr int MaxRecentFiles = 8;
    QMenu *recentMenu() const { return m_recentMenu; }
    // Answers a second `netra FILE` for the file open here (SingleInstance).
    SingleInstance *instance() const { return m_instance; }
    // How many times a second netra asked for the file open here, raising this window.
    int raiseRequests() const { return m_raiseRequests; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void fillRecentMenu();
    static void addRecentFile(const QString &path);
    void raiseForRequest();
    // Shows the file opened and signed in to.
    bool install(std::unique_ptr<Database> db, std::unique_ptr<FileLock> lock);
    // What the signed-in user's role may do: the actions enabled, the user in the status bar.
    void applyRole();
    void checkIdle();
    void lock();
    void retranslate();
    void updateStatus();
    void chooseFile(bool create);
    CaseWindow *track(CaseWindow *window);
    void caseSaved();
    void importCsv();
    void exportCsv();
    bool closeCaseWindows();
    void setUpBackups();
    void backupOnClose();
    void restoreBackup();
    QString releaseFile();
    // Before opening: takes the file's lock, or asks whether to open read-only when another
    // netra has the file or its folder cannot be written. False: do not open.
    bool claimFile(const QString &path, bool *readOnly, std::unique_ptr<FileLock> *lock);
    // After opening: keeps the lock and watches the file.
    void fileOpened(std::unique_ptr<FileLock> lock);
    // A file removed or replaced underneath: offers to put what is open back.
    void checkFile();
    void rescueFile(const QString &target);

    // Declared before the file so that it is released after the file is closed.
    std::unique_ptr<FileLock> m_lock;
    QFileSystemWatcher *m_watcher = nullptr;
    bool m_checkingFile = false;
    std::unique_ptr<Database> m_db;
    CaseTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    FilterBar *m_filterBar = nullptr;
    TodayPanel *m_today = nullptr;
    QDockWidget *m_todayDock = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QElapsedTimer m_lastInput;
    qint64 m_idleLimit = 0;
    bool m_locked = false;
    QList<QPointer<CaseWindow>> m_caseWindows;
    QPointer<DashboardWindow> m_dashboard;
    QPointer<LedgerWindow> m_ledger;
    QAction *m_ledgerAction = nullptr;
    QAction *m_letterBookAction = nullptr;
    QMenu *m_statsMenu = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_recapAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    SingleInstance *m_instance = nullptr;
    int m_raiseRequests = 0;
    QMenu *m_caseMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_restoreAction = nullptr;
    BackupScheduler *m_backups = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_importCsvAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportPackageAction = nullptr;
    QAction *m_importPackageAction = nullptr;
    QAction *m_newReportAction = nullptr;
    QAction *m_newFindingAction = nullptr;
    QAction *m_openCaseAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_indonesianAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
