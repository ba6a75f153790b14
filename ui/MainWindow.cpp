#include "MainWindow.h"

#include "BackupScheduler.h"
#include "CaseTableModel.h"
#include "CaseWindow.h"
#include "DashboardWindow.h"
#include "FilterBar.h"
#include "ImportCsvWizard.h"
#include "LedgerWindow.h"
#include "LetterBookWindow.h"
#include "LoginDialog.h"
#include "PackageDialog.h"
#include "RecoveryKeyDialog.h"
#include "RestoreDialog.h"
#include "SettingsDialog.h"
#include "SingleInstance.h"
#include "TodayPanel.h"
#include "Translator.h"
#include "UsersDialog.h"
#include "WindowGeometry.h"
#include "exchange/RegisterImport.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "store/DraftRepository.h"
#include "store/FileLock.h"
#include "store/KeyStore.h"
#include "store/SettingsRepository.h"
#include "store/StatsRepository.h"
#include "store/UserRepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    m_filterBar = new FilterBar(central);
    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("caseView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_today = new TodayPanel(this);
    m_todayDock = new QDockWidget(this);
    m_todayDock->setObjectName(QStringLiteral("todayDock"));
    m_todayDock->setWidget(m_today);
    addDockWidget(Qt::LeftDockWidgetArea, m_todayDock);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("caseCount"));
    statusBar()->addPermanentWidget(m_countLabel);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    statusBar()->addPermanentWidget(m_userLabel);
    // The idle lock watches every key and mouse press of the application.
    qApp->installEventFilter(this);
    m_lastInput.start();
    auto *idle = new QTimer(this);
    idle->setInterval(1000);
    connect(idle, &QTimer::timeout, this, &MainWindow::checkIdle);
    idle->start();

    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const CaseFilter &f) {
        if (m_model) {
            m_model->setFilter(f);
            updateStatus();
        }
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openCase(index.data(CaseTableModel::CaseIdRole).toLongLong());
    });
    connect(m_today, &TodayPanel::openCase, this, &MainWindow::openCase);

    m_instance = new SingleInstance(this);
    connect(m_instance, &SingleInstance::raiseRequested, this, &MainWindow::raiseForRequest);

    setWindowIcon(icon());
    createActions();
    setUpBackups();
    retranslate();
    WindowGeometry::restore(this, QStringLiteral("main"), QSize(1280, 680));
    restoreState(QSettings().value(QStringLiteral("windows/mainState")).toByteArray());
}

QIcon MainWindow::icon()
{
    return QIcon(QStringLiteral(":/netra/netra.svg"));
}

MainWindow::~MainWindow()
{
    delete m_dashboard.data();
    delete m_ledger.data();
    for (const QPointer<CaseWindow> &w : std::as_const(m_caseWindows))
        delete w.data();
    m_view->setModel(nullptr);
    delete m_model;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, [this] { chooseFile(true); });
    m_openAction = m_fileMenu->addAction(QString(), this, [this] { chooseFile(false); });
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_settingsAction = m_fileMenu->addAction(QString(), this, [this] {
        if (!m_db)
            return;
        SettingsRepository repo(*m_db);
        SettingsDialog(repo, this).exec();
    });
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_restoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::restoreBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_usersAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_db)
            UsersDialog(*m_db, this).exec();
    });
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_passwordAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_db && m_db->user())
            UserEditDialog(*m_db, UserEditDialog::Mode::Password, *m_db->user(), this).exec();
    });
    m_passwordAction->setObjectName(QStringLiteral("passwordAction"));
    m_switchUserAction = m_fileMenu->addAction(QString(), this, &MainWindow::switchUser);
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    m_fileMenu->addSeparator();
    m_importCsvAction = m_fileMenu->addAction(QString(), this, &MainWindow::importCsv);
    m_importCsvAction->setObjectName(QStringLiteral("importCsvAction"));
    m_exportCsvAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCsv);
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportPackageAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_db)
            PackageDialog::exportPackage(*m_db, this);
    });
    m_exportPackageAction->setObjectName(QStringLiteral("exportPackageAction"));
    m_importPackageAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_db && PackageDialog::importPackage(*m_db, this))
            caseSaved();
    });
    m_importPackageAction->setObjectName(QStringLiteral("importPackageAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_caseMenu = menuBar()->addMenu(QString());
    m_newReportAction =
        m_caseMenu->addAction(QString(), this, [this] { newCase(QStringLiteral("laporan")); });
    m_newReportAction->setObjectName(QStringLiteral("newReportAction"));
    m_newReportAction->setShortcut(QKeySequence::New);
    m_newFindingAction =
        m_caseMenu->addAction(QString(), this, [this] { newCase(QStringLiteral("temuan")); });
    m_newFindingAction->setObjectName(QStringLiteral("newFindingAction"));
    m_newFindingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openCaseAction = m_caseMenu->addAction(QString(), this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid())
            openCase(i.data(CaseTableModel::CaseIdRole).toLongLong());
    });

    m_statsMenu = menuBar()->addMenu(QString());
    m_dashboardAction = m_statsMenu->addAction(QString(), this, &MainWindow::showDashboard);
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_recapAction = m_statsMenu->addAction(QString(), this, [this] {
        if (DashboardWindow *d = showDashboard())
            d->showRecap();
    });
    m_recapAction->setObjectName(QStringLiteral("recapMenuAction"));
    m_ledgerAction = m_statsMenu->addAction(QString(), this, &MainWindow::showLedger);
    m_ledgerAction->setObjectName(QStringLiteral("ledgerAction"));
    m_ledgerAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_letterBookAction = m_statsMenu->addAction(QString(), this, &MainWindow::showLetterBook);
    m_letterBookAction->setObjectName(QStringLiteral("letterBookAction"));

    m_viewMenu = menuBar()->addMenu(QString());
    m_searchAction = m_viewMenu->addAction(QString(), m_filterBar, &FilterBar::focusSearch);
    m_searchAction->setShortcut(QKeySequence::Find);
    m_todayAction = m_viewMenu->addAction(QString(), this, [this] {
        m_todayDock->show();
        m_today->list()->setFocus(Qt::ShortcutFocusReason);
    });
    m_todayAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_reloadAction = m_viewMenu->addAction(QString(), this, &MainWindow::caseSaved);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_indonesianAction = m_languageMenu->addAction(QStringLiteral("Bahasa Indonesia"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *a : {m_indonesianAction, m_englishAction}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    m_indonesianAction->setObjectName(QStringLiteral("languageIndonesian"));
    m_englishAction->setObjectName(QStringLiteral("languageEnglish"));
    connect(m_indonesianAction, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("id")); });
    connect(m_englishAction, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });
    const bool english = QLocale().language() == QLocale::English;
    (english ? m_englishAction : m_indonesianAction)->setChecked(true);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Netra"),
                           tr("<b>Netra</b> %1<br>The case desk for civil-servant neutrality "
                              "cases of a Bawaslu regency or city office.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New data file..."));
    m_openAction->setText(tr("&Open data file..."));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_settingsAction->setText(tr("Office &settings..."));
    m_restoreAction->setText(tr("&Restore from backup..."));
    m_usersAction->setText(tr("&Users..."));
    m_passwordAction->setText(tr("Change my pass&word..."));
    m_switchUserAction->setText(tr("Sign &out / switch user..."));
    m_importCsvAction->setText(tr("&Import CSV register..."));
    m_exportCsvAction->setText(tr("&Export CSV register..."));
    m_exportPackageAction->setText(tr("Export &package..."));
    m_importPackageAction->setText(tr("Import p&ackage..."));
    m_quitAction->setText(tr("&Quit"));
    m_caseMenu->setTitle(tr("&Case"));
    m_newReportAction->setText(tr("New &report..."));
    m_newFindingAction->setText(tr("New &finding..."));
    m_openCaseAction->setText(tr("&Open the selected case (Enter)"));
    m_statsMenu->setTitle(tr("S&tatistics"));
    m_dashboardAction->setText(tr("&Dashboard"));
    m_recapAction->setText(tr("&Recap..."));
    m_ledgerAction->setText(tr("&Follow-up ledger"));
    m_letterBookAction->setText(tr("Outgoing &letter book"));
    m_viewMenu->setTitle(tr("&View"));
    m_searchAction->setText(tr("&Search"));
    m_todayAction->setText(tr("&Today's deadlines"));
    m_reloadAction->setText(tr("&Reload"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Netra"));
    m_todayDock->setWindowTitle(tr("Today"));
    if (m_model)
        m_model->retranslate();
    updateStatus();
    applyRole();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (closeCaseWindows()) {
        WindowGeometry::save(this, QStringLiteral("main"));
        QSettings().setValue(QStringLiteral("windows/mainState"), saveState());
        backupOnClose();
        event->accept();
    } else
        event->ignore();
}

void MainWindow::setLanguage(const QString &language)
{
    Translator::install(language);
    QSettings().setValue(QStringLiteral("language"), language);
    (language == QLatin1String("en") ? m_englishAction : m_indonesianAction)->setChecked(true);
}

void MainWindow::updateStatus()
{
    const bool open = m_db != nullptr;
    // The actions that depend on the role too: applyRole.
    for (QAction *a : {m_openCaseAction, m_reloadAction, m_dashboardAction, m_recapAction,
                       m_ledgerAction, m_letterBookAction})
        a->setEnabled(open);
    if (!open) {
        m_userLabel->clear();
        setWindowTitle(tr("Netra"));
        m_countLabel->setText(tr("No data file is open."));
        if (auto *identities = statusBar()->findChild<QLabel *>(QStringLiteral("identitiesStatus")))
            identities->clear();
        return;
    }
    setWindowTitle(m_db->isReadOnly()
                       ? tr("%1 (read-only) - Netra").arg(QFileInfo(m_db->path()).fileName())
                       : tr("%1 - Netra").arg(QFileInfo(m_db->path()).fileName()));
    m_countLabel->setText(tr("%Ln case(s)", nullptr, int(m_model->totalCount())));
    // Until a file of an earlier version is converted (RecoveryKeyDialog::convertIfDue).
    auto *identities = statusBar()->findChild<QLabel *>(QStringLiteral("identitiesStatus"));
    if (!identities) {
        identities = new QLabel(statusBar());
        identities->setObjectName(QStringLiteral("identitiesStatus"));
        statusBar()->addPermanentWidget(identities);
    }
    identities->setText(KeyStore(*m_db).hasFileKeys()
                            ? QString()
                            : tr("confidential identities not yet encrypted"));
}

DashboardWindow *MainWindow::showDashboard()
{
    if (!m_db)
        return nullptr;
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(*m_db);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        // A bar or slice opens the register filtered to its cases.
        connect(m_dashboard, &DashboardWindow::openRegister, this, [this](const CaseFilter &f) {
            m_filterBar->setFilter(f);
            raise();
            activateWindow();
        });
    } else {
        m_dashboard->reload();
    }
    m_dashboard->show();
    m_dashboard->raise();
    return m_dashboard;
}

void MainWindow::showLetterBook()
{
    if (!m_db)
        return;
    LetterBookWindow dialog(*m_db, this);
    dialog.exec();
}

LedgerWindow *MainWindow::showLedger()
{
    if (!m_db)
        return nullptr;
    if (!m_ledger) {
        m_ledger = new LedgerWindow(*m_db);
        m_ledger->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_ledger, &LedgerWindow::openCaseRequested, this, &MainWindow::openCase);
        connect(m_ledger, &LedgerWindow::followUpSaved, this, &MainWindow::caseSaved);
    } else {
        m_ledger->refresh();
    }
    m_ledger->show();
    m_ledger->raise();
    return m_ledger;
}

bool MainWindow::closeCaseWindows()
{
    delete m_dashboard.data();
    delete m_ledger.data();
    for (const QPointer<CaseWindow> &w : std::as_const(m_caseWindows)) {
        if (w && !w->close())
            return false;
    }
    m_caseWindows.clear();
    return true;
}

bool MainWindow::openFile(const QString &path, bool create)
{
    bool readOnly = false;
    std::unique_ptr<FileLock> lock;
    if (!claimFile(path, &readOnly, &lock))
        return false;
    QString error;
    auto db = Database::open(path,
                             readOnly ? Database::Mode::ReadOnly
                             : create ? Database::Mode::CreateIfMissing
                                      : Database::Mode::OpenExisting,
                             &error);
    if (!db) {
        QMessageBox::critical(this, tr("Cannot open the data file"), error);
        return false;
    }
    const bool first = !UserRepository(*db).hasUsers();
    LoginDialog login(*db, first ? LoginDialog::Mode::FirstStart : LoginDialog::Mode::SignIn,
                      first ? QString() : QSettings().value(QStringLiteral("lastLogin")).toString(),
                      this);
    if (login.exec() != QDialog::Accepted)
        return false;
    // A file of an earlier version: its identities encrypted at the first sign-in of an
    // administrator or a coordinator, who receives the recovery key.
    RecoveryKeyDialog::convertIfDue(*db, this);
    return install(std::move(db), std::move(lock));
}

bool MainWindow::openFileAs(const QString &path, const QString &login, const QString &password,
                            QString *error)
{
    // Without asking: a file another netra has open is refused.
    std::unique_ptr<FileLock> lock;
    if (!m_lock || !m_lock->isLocked() || m_lock->dataFile() != path) {
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

bool MainWindow::install(std::unique_ptr<Database> db, std::unique_ptr<FileLock> lock)
{
    const QString path = db->path();
    if (!closeCaseWindows())
        return false;
    m_view->setModel(nullptr);
    delete m_model;
    m_today->setDatabase(nullptr);
    m_db = std::move(db);
    fileOpened(std::move(lock));
    if (m_lock && m_db->user())
        m_lock->setHolder(m_db->user()->fullName, m_db->user()->login);
    m_model = new CaseTableModel(*m_db, this);
    m_view->setModel(m_model);
    m_view->sortByColumn(CaseTableModel::Received, Qt::DescendingOrder);
    m_view->resizeColumnsToContents();
    // Long category names and lists of persons would push the deadline out of sight.
    const int widest = m_view->fontMetrics().averageCharWidth() * 36;
    for (int column = 0; column < CaseTableModel::ColumnCount - 1; ++column)
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), widest));
    m_filterBar->clear();
    caseSaved();
    QSettings().setValue(QStringLiteral("lastFile"), path);
    addRecentFile(path);
    m_backups->setFile(m_db->path());
    QSettings().setValue(QStringLiteral("lastLogin"), m_db->user()->login);
    applyRole();

    // New cases that were being typed when the program was stopped come back.
    for (const QString &key : DraftRepository(*m_db).draftKeys(QStringLiteral("case:new:")))
        track(CaseWindow::recoverNew(*m_db, key, nullptr))->show();
    return true;
}

bool MainWindow::closeFile()
{
    if (!closeCaseWindows())
        return false;
    m_view->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_today->setDatabase(nullptr);
    m_backups->setFile(QString());
    m_instance->listen(QString());
    m_db.reset();
    m_lock.reset(); // after the file is closed
    updateStatus();
    applyRole();
    return true;
}

void MainWindow::switchUser()
{
    if (!m_db || !closeCaseWindows())
        return;
    LoginDialog login(*m_db, LoginDialog::Mode::SignIn, QString(), this);
    if (login.exec() == QDialog::Accepted) {
        QSettings().setValue(QStringLiteral("lastLogin"), m_db->user()->login);
        if (m_lock)
            m_lock->setHolder(m_db->user()->fullName, m_db->user()->login);
        caseSaved();
        applyRole();
    } else {
        closeFile();
    }
}

void MainWindow::applyRole()
{
    const bool open = m_db != nullptr;
    auto allow = [this, open](QAction *a, Action action) {
        a->setEnabled(open && m_db->allows(action));
        a->setToolTip(a->isEnabled() || !open ? QString() : m_db->refusal(action));
    };
    allow(m_newReportAction, Action::EditCases);
    allow(m_newFindingAction, Action::EditCases);
    allow(m_settingsAction, Action::EditSettings);
    allow(m_restoreAction, Action::RestoreBackup);
    allow(m_usersAction, Action::ManageUsers);
    allow(m_importCsvAction, Action::ImportData);
    allow(m_importPackageAction, Action::ImportData);
    allow(m_exportCsvAction, Action::ExportData);
    allow(m_exportPackageAction, Action::ExportData);
    m_passwordAction->setEnabled(open && m_db->user() && !m_db->isReadOnly());
    m_switchUserAction->setEnabled(open);
    const std::optional<User> user = open ? m_db->user() : std::nullopt;
    m_userLabel->setText(
        user ? tr("Signed in: %1 (%2)").arg(user->fullName, Access::roleName(user->role))
             : QString());
    bool ok = false;
    const int minutes =
        open ? SettingsRepository(*m_db).setting(QStringLiteral("idle_lock_minutes")).toInt(&ok)
             : 0;
    setIdleLimit(ok ? qint64(minutes) * 60 * 1000 : 10 * 60 * 1000);
}

void MainWindow::setIdleLimit(qint64 milliseconds)
{
    m_idleLimit = milliseconds;
    m_lastInput.restart();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
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
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::checkIdle()
{
    if (m_db && m_db->user() && !m_locked && m_idleLimit > 0 &&
        m_lastInput.elapsed() >= m_idleLimit)
        lock();
}

void MainWindow::lock()
{
    // Every other window is hidden while locked; what they hold stays (drafts are saved as
    // typed), and they come back as they were.
    m_locked = true;
    QList<QPointer<QWidget>> hidden;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != this && w->isVisible() && !qobject_cast<QMenu *>(w)) {
            hidden << w;
            w->hide();
        }
    }
    centralWidget()->hide();
    m_todayDock->hide();
    LoginDialog unlock(*m_db, LoginDialog::Mode::Unlock, m_db->user()->login, this);
    const bool unlocked = unlock.exec() == QDialog::Accepted;
    centralWidget()->show();
    m_todayDock->show();
    for (const QPointer<QWidget> &w : std::as_const(hidden)) {
        if (w)
            w->show();
    }
    m_locked = false;
    m_lastInput.restart();
    if (!unlocked)
        closeFile();
}

void MainWindow::caseSaved()
{
    if (!m_db)
        return;
    m_filterBar->setRegencies(StatsRepository(*m_db).regencies());
    m_model->reload();
    m_today->setDatabase(m_db.get());
    updateStatus();
}

void MainWindow::importCsv()
{
    if (!m_db)
        return;
    ImportCsvWizard wizard(*m_db, this);
    connect(&wizard, &ImportCsvWizard::imported, this, &MainWindow::caseSaved);
    wizard.exec();
}

void MainWindow::exportCsv()
{
    if (!m_db)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV register"), QString(),
                                                      tr("CSV registers (*.csv)"));
    if (path.isEmpty())
        return;
    int count = 0;
    QString error;
    if (!RegisterImport(*m_db).exportFile(path, CaseFilter(), false, &count, &error)) {
        QMessageBox::warning(this, tr("Export CSV register"), error);
        return;
    }
    statusBar()->showMessage(
        tr("%1 cases written to %2.").arg(QLocale().toString(count), QFileInfo(path).fileName()),
        5000);
}

CaseWindow *MainWindow::track(CaseWindow *window)
{
    m_caseWindows << window;
    connect(window, &CaseWindow::saved, this, &MainWindow::caseSaved);
    return window;
}

CaseWindow *MainWindow::openCase(qint64 caseId)
{
    if (!m_db || caseId <= 0)
        return nullptr;
    for (const QPointer<CaseWindow> &w : std::as_const(m_caseWindows)) {
        if (w && w->caseId() == caseId) {
            w->raise();
            w->activateWindow();
            return w;
        }
    }
    CaseWindow *w = track(new CaseWindow(*m_db, caseId));
    w->show();
    return w;
}

CaseWindow *MainWindow::newCase(const QString &source)
{
    if (!m_db)
        return nullptr;
    CaseWindow *w = track(CaseWindow::newCase(*m_db, source));
    w->show();
    return w;
}

void MainWindow::chooseFile(bool create)
{
    const QString filter = tr("Netra data files (*.netra)");
    QString path =
        create ? QFileDialog::getSaveFileName(this, tr("New data file"), QString(), filter)
               : QFileDialog::getOpenFileName(this, tr("Open data file"), QString(), filter);
    if (path.isEmpty())
        return;
    if (create && !path.endsWith(QLatin1String(".netra")))
        path += QStringLiteral(".netra");
    openFile(path, create);
}

void MainWindow::setUpBackups()
{
    m_backups = new BackupScheduler(this);
    connect(m_backups, &BackupScheduler::started, this,
            [this] { statusBar()->showMessage(tr("Making the daily backup...")); });
    connect(m_backups, &BackupScheduler::finished, this,
            [this](bool ok, const QString &path, const QString &error) {
                if (ok)
                    statusBar()->showMessage(
                        tr("Backup made: %1").arg(QDir::toNativeSeparators(path)), 10000);
                else
                    statusBar()->showMessage(error, 30000);
            });
}

QString MainWindow::releaseFile()
{
    if (!m_db)
        return QString();
    m_backups->wait();
    const QString path = m_db->path();
    return closeFile() ? path : QString();
}

void MainWindow::backupOnClose()
{
    if (!m_db)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    statusBar()->showMessage(tr("Making a backup of the data file..."));
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    // Closed first, so that everything written is in the file and nothing is written after.
    const QString path = releaseFile();
    if (path.isEmpty()) {
        QApplication::restoreOverrideCursor();
        return;
    }
    QString error;
    Backup::Result result;
    const bool ok = Backup::make(path, QString(), 0, &result, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Backup not made"), error);
}

void MainWindow::restoreBackup()
{
    if (!m_db)
        return;
    if (!m_db->allows(Action::RestoreBackup)) {
        QMessageBox::warning(this, tr("Restore from backup"), m_db->refusal(Action::RestoreBackup));
        return;
    }
    RestoreDialog dialog(m_db->path(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A bad backup is refused while the file is still open and signed in to.
    const QString problem = Backup::inspect(dialog.chosen());
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Restore from backup"), problem);
        return;
    }
    if (!closeCaseWindows())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString path = releaseFile();
    if (path.isEmpty()) {
        QApplication::restoreOverrideCursor();
        return;
    }
    QString keptAs;
    QString error;
    const bool ok = Backup::restore(path, dialog.chosen(), &keptAs, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Restore from backup"), error);
    else
        QMessageBox::information(
            this, tr("Restore from backup"),
            tr("The backup was restored into %1. The previous data file is "
               "kept as %2. Sign in to the restored file.")
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(keptAs)));
    // The restored file, with its own users (or the current one again when it could not be
    // replaced).
    openFile(path);
}

bool MainWindow::claimFile(const QString &path, bool *readOnly, std::unique_ptr<FileLock> *lock)
{
    *readOnly = false;
    if (m_lock && m_lock->isLocked() && m_lock->dataFile() == path)
        return true; // this window has it already
    const auto askReadOnly = [this](const QString &why) {
        return QMessageBox::question(
                   this, tr("Open read-only?"), tr("%1\n\nOpen it read-only?").arg(why),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    QString why;
    if (!Database::canWrite(path, &why)) {
        if (!QFileInfo::exists(path)) {
            QMessageBox::critical(this, tr("Cannot open the data file"), why);
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
    QMessageBox::critical(this, tr("Cannot open the data file"), claim->error());
    return false;
}

void MainWindow::fileOpened(std::unique_ptr<FileLock> lock)
{
    // The same file opened again keeps its lock; another file's is released.
    if (lock || !m_lock || m_lock->dataFile() != m_db->path() || m_db->isReadOnly())
        m_lock = std::move(lock);
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::checkFile,
                Qt::QueuedConnection);
    }
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_watcher->addPath(m_db->path());
    // A second `netra FILE` raises this window, while this window holds the file's lock.
    const bool writing = m_lock && m_lock->isLocked() && !m_db->isReadOnly();
    if (!writing)
        m_instance->listen(QString());
    else if (m_instance->file() != m_db->path())
        m_instance->listen(m_db->path());
}

void MainWindow::raiseForRequest()
{
    ++m_raiseRequests;
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

QStringList MainWindow::recentFiles()
{
    QSettings settings;
    const QStringList stored = settings.value(QStringLiteral("recentFiles")).toStringList();
    QStringList files;
    for (const QString &f : stored) {
        if (QFileInfo(f).isFile() && !files.contains(f) && files.size() < MaxRecentFiles)
            files << f;
    }
    if (files != stored)
        settings.setValue(QStringLiteral("recentFiles"), files);
    return files;
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
                                        QString(QDir::toNativeSeparators(path))
                                            .replace(QLatin1Char('&'), QLatin1String("&&"))),
                                    this, [this, path] { openFile(path); });
        a->setData(path);
        a->setEnabled(!m_locked);
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No data file opened yet"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear the list"), this,
                            [] { QSettings().remove(QStringLiteral("recentFiles")); });
}

void MainWindow::checkFile()
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
                    QMessageBox::NoButton, this);
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
        target = QFileDialog::getSaveFileName(this, tr("Save the data file as"), path,
                                              tr("Netra data files (*.netra)"));
        if (!target.isEmpty() && !target.endsWith(QLatin1String(".netra")))
            target += QStringLiteral(".netra");
    }
    if (!target.isEmpty())
        rescueFile(target);
    m_checkingFile = false;
}

void MainWindow::rescueFile(const QString &target)
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
    caseSaved();
    if (!done) {
        QMessageBox::warning(this, tr("The data file is gone"), error);
        return;
    }
    statusBar()->showMessage(
        tr("What is open was put back in %1.").arg(QDir::toNativeSeparators(target)), 10000);
}
