#pragma once

#include "session/FileSession.h"
#include <QHash>

#include <QMainWindow>
#include <QPointer>

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
    // A list of more cases than this is printed only once the officer says so.
    static constexpr int PrintListAsksAbove = 1000;
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The open file's life (FileSession): opening and signing in, closing, the lock, backups,
    // the idle lock. The window shows what the session has open.
    FileSession *session() const { return m_session; }
    // Opens a data file and asks who signs in (FileSession::open).
    bool openFile(const QString &path, bool create = false)
    {
        return m_session->open(path, create);
    }
    // Asks for an office server and connects to it (FileSession::connectToServer).
    bool connectToServer() { return m_session->connectToServer(); }
    // Opens a data file signed in as `login` without asking: for scripts and tests.
    bool openFileAs(const QString &path, const QString &login, const QString &password,
                    QString *error)
    {
        return m_session->openAs(path, login, password, error);
    }
    // Closes the case windows and the file; false when a case window kept it open.
    bool closeFile() { return m_session->close(); }
    // Asks who signs in next; the file closes when nobody does.
    void switchUser() { m_session->switchUser(); }

    // The idle lock (FileSession::setIdleLimit); from the office settings (minutes; 0: never).
    void setIdleLimit(qint64 milliseconds) { m_session->setIdleLimit(milliseconds); }
    bool isLocked() const { return m_session->isLocked(); }
    Database *database() const { return m_session->database(); }
    // The lock on the file open for writing (none on a file opened read-only): its holder is
    // set after sign-in so that a second netra is told who has the file.
    FileLock *fileLock() const { return m_session->fileLock(); }
    CaseTableModel *caseModel() const { return m_model; }
    QTableView *caseView() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    TodayPanel *todayPanel() const { return m_today; }
    // The automatic backups of the open file.
    BackupScheduler *backups() const { return m_session->backups(); }
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
    // The office's prevention activities and their appeal letters.
    void showActivities();
    // The supervision leads (informasi awal); a finding made from one opens in its window.
    void showLeads();
    void showTrackRecord();

    // Switches the UI language ("id" or "en") and remembers it.
    void setLanguage(const QString &language);

    // The application's icon (packaging/netra.svg).
    static QIcon icon();
    // The data files opened last, newest first (at most MaxRecentFiles); files that are gone
    // are dropped from the list.
    static QStringList recentFiles() { return FileSession::recentFiles(); }
    static constexpr int MaxRecentFiles = FileSession::MaxRecentFiles;
    QMenu *recentMenu() const { return m_recentMenu; }
    // Answers a second `netra FILE` for the file open here (SingleInstance).
    SingleInstance *instance() const { return m_session->instance(); }
    // How many times a second netra asked for the file open here, raising this window.
    int raiseRequests() const { return m_raiseRequests; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void fillRecentMenu();
    void raiseForRequest();
    // Listens to the session: the file opened, closed, rescued, the idle lock.
    void connectSession();
    // Shows the file opened and signed in to.
    void fileOpened();
    // What the signed-in user's role may do: the actions enabled, the user in the status bar.
    void applyRole();
    void retranslate();
    void updateStatus();
    void chooseFile(bool create);
    CaseWindow *track(CaseWindow *window);
    void caseSaved();
    // What stands around the register: the regencies of the filter, the number column's width,
    // the day's work and the status line.
    void showAroundRegister();
    // Someone else changed the server store: the register (the same case kept selected), the
    // today panel, the ledger and the open cases without edits read again.
    void storeChanged();
    // Column widths from their contents in the first FittedRows rows (as many as a tall screen
    // shows; later rows are cut with their whole text in the tooltip, as rows loaded by
    // scrolling are), capped; the Number column (never cut) as wide as the longest number of the
    // file, by fitNumberColumn. Then fitted to the view (fitToView), again at each resize until
    // the user sizes a column.
    void fitColumns();
    void fitNumberColumn();
    void fitToView();
    static constexpr int FittedRows = 50;
    QList<int> m_fitted; // the widths from the contents, by column
    bool m_fittingColumns = false;
    bool m_columnsSizedByUser = false;
    void importCsv();
    void exportCsv();
    void printList();
    // File > Take cases into the field: the cases the register shows into a field file.
    void takeToField();
    bool closeCaseWindows();

    FileSession *m_session = nullptr;
    CaseTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    FilterBar *m_filterBar = nullptr;
    TodayPanel *m_today = nullptr;
    QDockWidget *m_todayDock = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QList<QPointer<CaseWindow>> m_caseWindows;
    QPointer<DashboardWindow> m_dashboard;
    QPointer<LedgerWindow> m_ledger;
    QAction *m_ledgerAction = nullptr;
    QAction *m_letterBookAction = nullptr;
    QAction *m_activitiesAction = nullptr;
    QAction *m_leadsAction = nullptr;
    QAction *m_recordAction = nullptr;
    QMenu *m_statsMenu = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_recapAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    int m_raiseRequests = 0;
    QMenu *m_caseMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_importCsvAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_printListAction = nullptr;
    QAction *m_exportPackageAction = nullptr;
    QAction *m_takeToFieldAction = nullptr;
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
