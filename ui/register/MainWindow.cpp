#include "register/MainWindow.h"

#include "Translator.h"
#include "admin/SettingsDialog.h"
#include "admin/UsersDialog.h"
#include "case/CaseWindow.h"
#include "common/Colours.h"
#include "common/FileDialogs.h"
#include "common/Guide.h"
#include "common/PrintPreview.h"
#include "common/SaveFileDialog.h"
#include "common/TableColumns.h"
#include "common/TextWidth.h"
#include "common/WindowGeometry.h"
#include "dashboard/DashboardWindow.h"
#include "documents/RegisterList.h"
#include "exchange/ImportCsvWizard.h"
#include "exchange/PackageDialog.h"
#include "exchange/RegisterExport.h"
#include "ledger/LedgerWindow.h"
#include "ledger/LetterBookWindow.h"
#include "ledger/TrackRecordDialog.h"
#include "prevention/ActivitiesWindow.h"
#include "register/CaseTableModel.h"
#include "register/FilterBar.h"
#include "register/TodayPanel.h"
#include "session/FileSession.h"
#include "session/SingleInstance.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/FieldFile.h"
#include "store/KeyStore.h"
#include "store/SettingsRepository.h"
#include "store/StatsRepository.h"
#include "store/UserRepository.h"
#include "supervision/LeadsWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// The status bar's items after the case count, each set apart from the one before it by a thin
// line ("60 kasus | Masuk: ... | ..."); an item with nothing to say is hidden, line and all.
const QString StatusItemApart =
    QStringLiteral("border-style: none none none solid; border-width: 1px; border-color: "
                   "palette(mid); padding-left: 6px");

} // namespace

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
    // Fitted to the view as it is resized (fitToView), until the user sizes a column.
    m_view->viewport()->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fittingColumns && column != CaseTableModel::NextDeadline)
            m_columnsSizedByUser = true;
    });
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
    m_userLabel->setStyleSheet(StatusItemApart);
    statusBar()->addPermanentWidget(m_userLabel);
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
    connect(m_today, &TodayPanel::showInRegister, this, [this](const QString &state) {
        CaseFilter f;
        f.deadlineState = state;
        m_filterBar->setFilter(f);
    });

    m_session = new FileSession(this);
    connectSession();

    setWindowIcon(icon());
    createActions();
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
    delete m_session; // the file closes while the window is whole
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, [this] { chooseFile(true); });
    m_openAction = m_fileMenu->addAction(QString(), this, [this] { chooseFile(false); });
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectToServer);
    m_connectAction->setObjectName(QStringLiteral("connectServerAction"));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_settingsAction = m_fileMenu->addAction(QString(), this, [this] {
        if (!database())
            return;
        SettingsRepository repo(*database());
        SettingsDialog(repo, this).exec();
    });
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_restoreAction = m_fileMenu->addAction(QString(), m_session, &FileSession::restoreBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_usersAction = m_fileMenu->addAction(QString(), this, [this] {
        if (database())
            UsersDialog(*database(), this).exec();
    });
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_passwordAction = m_fileMenu->addAction(QString(), this, [this] {
        if (database() && database()->user())
            UserEditDialog(*database(), UserEditDialog::Mode::Password, *database()->user(), this)
                .exec();
    });
    m_passwordAction->setObjectName(QStringLiteral("passwordAction"));
    m_switchUserAction = m_fileMenu->addAction(QString(), this, &MainWindow::switchUser);
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    m_fileMenu->addSeparator();
    m_importCsvAction = m_fileMenu->addAction(QString(), this, &MainWindow::importCsv);
    m_importCsvAction->setObjectName(QStringLiteral("importCsvAction"));
    m_exportCsvAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCsv);
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_printListAction = m_fileMenu->addAction(QString(), this, &MainWindow::printList);
    m_printListAction->setObjectName(QStringLiteral("printListAction"));
    m_printListAction->setShortcut(QKeySequence::Print);
    m_exportPackageAction = m_fileMenu->addAction(QString(), this, [this] {
        if (database())
            PackageDialog::exportPackage(*database(), this);
    });
    m_exportPackageAction->setObjectName(QStringLiteral("exportPackageAction"));
    m_importPackageAction = m_fileMenu->addAction(QString(), this, [this] {
        if (database() && PackageDialog::importPackage(*database(), this))
            caseSaved();
    });
    m_importPackageAction->setObjectName(QStringLiteral("importPackageAction"));
    m_takeToFieldAction = m_fileMenu->addAction(QString(), this, &MainWindow::takeToField);
    m_takeToFieldAction->setObjectName(QStringLiteral("takeToFieldAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_caseMenu = menuBar()->addMenu(QString());
    m_newReportAction =
        m_caseMenu->addAction(QString(), this, [this] { newCase(Codes::Source::Report); });
    m_newReportAction->setObjectName(QStringLiteral("newReportAction"));
    m_newReportAction->setShortcut(QKeySequence::New);
    m_newFindingAction =
        m_caseMenu->addAction(QString(), this, [this] { newCase(Codes::Source::Finding); });
    m_newFindingAction->setObjectName(QStringLiteral("newFindingAction"));
    m_newFindingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openCaseAction = m_caseMenu->addAction(QString(), this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid())
            openCase(i.data(CaseTableModel::CaseIdRole).toLongLong());
    });
    m_caseMenu->addSeparator();
    m_activitiesAction = m_caseMenu->addAction(QString(), this, &MainWindow::showActivities);
    m_activitiesAction->setObjectName(QStringLiteral("activitiesAction"));
    m_leadsAction = m_caseMenu->addAction(QString(), this, &MainWindow::showLeads);
    m_leadsAction->setObjectName(QStringLiteral("leadsAction"));
    m_caseMenu->addSeparator();
    m_recordAction = m_caseMenu->addAction(QString(), this, &MainWindow::showTrackRecord);
    m_recordAction->setObjectName(QStringLiteral("trackRecordAction"));
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));

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

    // A right click on the register: the case, then the list it shows.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *apart = new QAction(this);
    apart->setSeparator(true);
    m_view->addActions({m_openCaseAction, apart, m_printListAction, m_exportCsvAction});

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(Guide::install(this, QStringLiteral("register")));
    m_helpMenu->addSeparator();
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
    m_connectAction->setText(tr("Connect to a ser&ver..."));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_settingsAction->setText(tr("Office &settings..."));
    m_restoreAction->setText(tr("&Restore from backup..."));
    m_usersAction->setText(tr("&Users..."));
    m_passwordAction->setText(tr("Change my pass&word..."));
    m_switchUserAction->setText(tr("Sign &out / switch user..."));
    m_importCsvAction->setText(tr("&Import CSV register..."));
    m_exportCsvAction->setText(tr("&Export register (Excel, CSV)..."));
    m_printListAction->setText(tr("&Print the list of cases..."));
    m_exportPackageAction->setText(tr("Export &package..."));
    m_importPackageAction->setText(tr("Import p&ackage..."));
    m_takeToFieldAction->setText(tr("Take cases into the &field..."));
    m_takeToFieldAction->setToolTip(
        tr("The cases the register shows, into a new data file for a field hearing"));
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
    m_activitiesAction->setText(tr("&Prevention activities…"));
    m_leadsAction->setText(tr("Super&vision leads…"));
    m_recordAction->setText(tr("&Track record…"));
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
        m_session->backupOnClose();
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
    const bool open = database() != nullptr;
    // The actions that depend on the role too: applyRole.
    for (QAction *a :
         {m_openCaseAction, m_printListAction, m_reloadAction, m_dashboardAction, m_recapAction,
          m_ledgerAction, m_letterBookAction, m_activitiesAction, m_leadsAction})
        a->setEnabled(open);
    if (!open) {
        m_userLabel->hide();
        setWindowTitle(tr("Netra"));
        m_countLabel->setText(tr("No data file is open."));
        if (auto *identities = statusBar()->findChild<QLabel *>(QStringLiteral("identitiesStatus")))
            identities->hide();
        return;
    }
    // A server by its address, which never holds the password.
    const QString name =
        database()->isServer() ? database()->path() : QFileInfo(database()->path()).fileName();
    setWindowTitle(database()->isReadOnly() ? tr("%1 (read-only) - Netra").arg(name)
                                            : tr("%1 - Netra").arg(name));
    m_countLabel->setText(tr("%Ln case(s)", nullptr, int(m_model->totalCount())));
    // Until a file of an earlier version is converted (RecoveryKeyDialog::convertIfDue).
    auto *identities = statusBar()->findChild<QLabel *>(QStringLiteral("identitiesStatus"));
    if (!identities) {
        identities = new QLabel(statusBar());
        identities->setObjectName(QStringLiteral("identitiesStatus"));
        identities->setStyleSheet(Colours::textStyle(Colours::Missing, StatusItemApart));
        statusBar()->addPermanentWidget(identities);
    }
    identities->setText(KeyStore(*database()).hasFileKeys()
                            ? QString()
                            : tr("Confidential identities not yet encrypted"));
    identities->setVisible(!identities->text().isEmpty());
}

DashboardWindow *MainWindow::showDashboard()
{
    if (!database())
        return nullptr;
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(*database());
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

void MainWindow::showActivities()
{
    if (!database())
        return;
    ActivitiesWindow dialog(*database(), this);
    dialog.exec();
}

void MainWindow::showLeads()
{
    if (!database())
        return;
    LeadsWindow dialog(*database(), this);
    // A lead turned into a finding: the register shows the new case, which opens in its window
    // once the leads are closed.
    qint64 finding = 0;
    connect(&dialog, &LeadsWindow::openCase, this, [&](qint64 caseId) {
        finding = caseId;
        dialog.accept();
    });
    dialog.exec();
    if (finding != 0) {
        caseSaved();
        openCase(finding);
    }
}

void MainWindow::showTrackRecord()
{
    if (!database())
        return;
    TrackRecordDialog dialog(*database(), this);
    dialog.exec();
}

void MainWindow::showLetterBook()
{
    if (!database())
        return;
    LetterBookWindow dialog(*database(), this);
    dialog.exec();
}

LedgerWindow *MainWindow::showLedger()
{
    if (!database())
        return nullptr;
    if (!m_ledger) {
        m_ledger = new LedgerWindow(*database());
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

void MainWindow::applyRole()
{
    const bool open = database() != nullptr;
    auto allow = [this, open](QAction *a, Action action) {
        a->setEnabled(open && database()->allows(action));
        a->setToolTip(a->isEnabled() || !open ? QString() : database()->refusal(action));
    };
    allow(m_newReportAction, Action::EditCases);
    allow(m_newFindingAction, Action::EditCases);
    allow(m_settingsAction, Action::EditSettings);
    allow(m_restoreAction, Action::RestoreBackup);
    if (open && database()->isServer()) {
        m_restoreAction->setEnabled(false);
        m_restoreAction->setToolTip(FileSession::serverBackups());
    }
    allow(m_usersAction, Action::ManageUsers);
    allow(m_importCsvAction, Action::ImportData);
    allow(m_importPackageAction, Action::ImportData);
    allow(m_exportCsvAction, Action::ExportData);
    allow(m_exportPackageAction, Action::ExportData);
    allow(m_takeToFieldAction, Action::ExportData);
    allow(m_recordAction, Action::LookUpRecord);
    m_passwordAction->setEnabled(open && database()->user() && !database()->isReadOnly());
    m_switchUserAction->setEnabled(open);
    const std::optional<User> user = open ? database()->user() : std::nullopt;
    m_userLabel->setText(
        user ? tr("Signed in: %1 (%2)").arg(user->fullName, Access::roleName(user->role))
             : QString());
    m_userLabel->setVisible(user.has_value());
    const int minutes = open ? SettingsRepository(*database()).idleLockMinutes()
                             : SettingsRepository::DefaultIdleLockMinutes;
    m_session->setIdleLimit(qint64(minutes) * 60 * 1000);
}

void MainWindow::fitColumns()
{
    // Each text measured with the view's font (cellWidthFor), as the today panel measures its
    // numbers: a third less work than the delegate's layout of each cell that
    // resizeColumnsToContents() does. Long category names and lists of persons are capped, their
    // whole text in the tooltip.
    const int widest = m_view->fontMetrics().averageCharWidth() * 36;
    const int rows = qMin(m_model->rowCount(), FittedRows);
    m_fitted.clear();
    for (int column = 0; column < CaseTableModel::ColumnCount; ++column) {
        int width = m_view->horizontalHeader()->sectionSizeHint(column);
        QSet<QString> measured; // a regency, a category or a status repeats
        for (int row = 0; row < rows; ++row) {
            const QString text = m_model->index(row, column).data().toString();
            if (!measured.contains(text)) {
                measured.insert(text);
                width = qMax(width, cellWidthFor(m_view, text));
            }
        }
        if (column != CaseTableModel::Number && column != CaseTableModel::NextDeadline)
            width = qMin(width, widest);
        m_fitted << width;
    }
    m_columnsSizedByUser = false;
    fitToView();
    // The number's column widened to the file's longest numbers: showAroundRegister.
}

void MainWindow::fitNumberColumn()
{
    if (!database() || m_fitted.size() != CaseTableModel::ColumnCount)
        return;
    // As wide as the widest of the longest numbers of the file, loaded or not yet.
    int &width = m_fitted[CaseTableModel::Number];
    for (const QString &number : CaseRepository(*database()).longestNumbers(20))
        width = std::max(width, cellWidthFor(m_view, number));
    if (m_columnsSizedByUser)
        m_view->setColumnWidth(CaseTableModel::Number,
                               std::max(m_view->columnWidth(CaseTableModel::Number), width));
    else
        fitToView();
}

void MainWindow::fitToView()
{
    if (m_fitted.size() != CaseTableModel::ColumnCount || m_columnsSizedByUser)
        return;
    // The deadline stays in sight: when the columns are wider than the view (a 1366-pixel laptop
    // with the day's work beside the register), the persons, the category and the deadline, cut
    // with their whole text in the tooltip, give up room, the widest first, down to their
    // header's width (twelve characters at least). The number, the date, the regency and the
    // status keep theirs.
    QList<int> floors(CaseTableModel::ColumnCount, 0);
    for (int column :
         {CaseTableModel::Reported, CaseTableModel::Category, CaseTableModel::NextDeadline})
        floors[column] =
            qMin(m_fitted.at(column), qMax(m_view->fontMetrics().averageCharWidth() * 12,
                                           m_view->horizontalHeader()->sectionSizeHint(column)));
    for (int column = 0; column < CaseTableModel::ColumnCount; ++column) {
        if (m_view->isColumnHidden(column))
            floors[column] = -1;
    }
    const QList<int> widths = levelledWidths(m_fitted, floors, m_view->viewport()->width());
    const QScopedValueRollback<bool> fitting(m_fittingColumns, true);
    for (int column = 0; column < CaseTableModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, widths.at(column));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitToView();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::caseSaved()
{
    if (!database())
        return;
    m_model->reload();
    showAroundRegister();
}

void MainWindow::showAroundRegister()
{
    const QStringList regencies = StatsRepository(*database()).regencies();
    m_filterBar->setRegencies(regencies);
    // An office's file holds its own regency on every row: the column is hidden and its room
    // left to the persons and the category, as in the leads and activities (hideWhenAllAlike).
    // A province's or the nation's store shows it.
    m_view->setColumnHidden(CaseTableModel::Regency, regencies.size() <= 1);
    fitNumberColumn();
    m_today->setDatabase(database());
    updateStatus();
}

void MainWindow::storeChanged()
{
    if (!database() || !m_model)
        return;
    const qint64 selected = m_view->currentIndex().data(CaseTableModel::CaseIdRole).toLongLong();
    const int scrolled = m_view->verticalScrollBar()->value();
    caseSaved();
    for (int row = 0; selected > 0 && row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(CaseTableModel::CaseIdRole).toLongLong() == selected) {
            m_view->setCurrentIndex(index);
            break;
        }
    }
    m_view->verticalScrollBar()->setValue(scrolled);
    if (m_ledger)
        m_ledger->refresh();
    if (m_dashboard)
        m_dashboard->reload();
    for (const QPointer<CaseWindow> &w : std::as_const(m_caseWindows)) {
        if (w)
            w->refreshFromStore();
    }
}

void MainWindow::importCsv()
{
    if (!database())
        return;
    ImportCsvWizard wizard(*database(), this);
    connect(&wizard, &ImportCsvWizard::imported, this, &MainWindow::caseSaved);
    wizard.exec();
}

void MainWindow::printList()
{
    if (!database())
        return;
    // The cases the register shows, in its order, on paper in Indonesian (RegisterList): what
    // the screen shows to whoever may read the register, so no permission of its own.
    Database &db = *database();
    // Some 25 cases a page, 5 ms each to lay out: past a thousand, the officer is asked first.
    const qint64 count = m_model->totalCount();
    if (count > PrintListAsksAbove) {
        QMessageBox ask(QMessageBox::Question, tr("Print the list of cases"),
                        tr("The list holds %Ln case(s), some %1 pages, and takes a while to "
                           "prepare. Print it whole, or narrow the register with the filter "
                           "first?",
                           nullptr, int(count))
                            .arg(QLocale().toString((count + 24) / 25)),
                        QMessageBox::Cancel, this);
        QPushButton *whole = ask.addButton(tr("&Print the whole list"), QMessageBox::AcceptRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != whole)
            return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const PrintedDocument list = RegisterList::build(
        m_model->everyRow(), m_model->filter(), Letterhead::fromSettings(SettingsRepository(db)),
        db.today(), db.user() ? db.user()->fullName : QString());
    QApplication::restoreOverrideCursor();
    PrintPreview::show(list, PrintedDocument::Paper::A4, QStringLiteral("registerListPreview"),
                       tr("Print the list of cases"), this);
}

void MainWindow::exportCsv()
{
    if (!database())
        return;
    // The cases the register shows (its filter), as a workbook or a CSV register.
    const QList<QPair<QString, RegisterExport::Format>> formats{
        {tr("Excel workbook (*.xlsx)"), RegisterExport::Format::Xlsx},
        {tr("CSV for Excel or LibreOffice set to Indonesian, semicolons (*.csv)"),
         RegisterExport::Format::SpreadsheetCsv},
        {tr("CSV register, commas (*.csv)"), RegisterExport::Format::Csv},
    };
    SaveFileDialog save;
    save.objectName = QStringLiteral("exportCsvDialog");
    save.title = tr("Export the register: %n cases shown", nullptr, int(m_model->totalCount()));
    save.folderKey = QStringLiteral("register/csvDirectory");
    save.suggestedName =
        QStringLiteral("Register %1").arg(database()->today().toString(Qt::ISODate));
    for (const auto &f : formats)
        save.nameFilters << f.first;
    save.selectedFilter = QSettings().value(QStringLiteral("register/exportFormat"), 0).toInt();
    int chosen = 0;
    QString path = save.ask(this, &chosen);
    if (path.isEmpty())
        return;
    chosen = std::clamp(chosen, 0, int(formats.size()) - 1);
    QSettings().setValue(QStringLiteral("register/exportFormat"), chosen);
    const QString suffix = chosen == 0 ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    int count = 0;
    QString error;
    if (!RegisterExport(*database())
             .exportFile(path, m_model->filter(), false, &count, &error,
                         formats.at(chosen).second)) {
        QMessageBox::warning(this, tr("Export the register"), error);
        return;
    }
    statusBar()->showMessage(
        tr("%1 cases written to %2.").arg(QLocale().toString(count), QFileInfo(path).fileName()),
        5000);
}

void MainWindow::takeToField()
{
    if (!database())
        return;
    const QString title = tr("Take cases into the field");
    const CaseFilter filter = m_model->filter();
    const qint64 count = m_model->totalCount();
    if (count == 0) {
        QMessageBox::information(this, title,
                                 tr("The register shows no case. Filter or search it to the cases "
                                    "to take, then try again."));
        return;
    }
    if (QMessageBox::question(
            this, title,
            tr("Take the %n case(s) the register shows into the field? They are written to a new "
               "data file, with the office's settings and holidays; you and the clerks assigned "
               "to them sign in there with your passwords. Confidential identities stay here.",
               nullptr, int(count))) != QMessageBox::Yes)
        return;
    SaveFileDialog save;
    save.objectName = QStringLiteral("takeToFieldDialog");
    save.title = title;
    save.folderKey = QStringLiteral("register/fieldDirectory");
    save.suggestedName = tr("Field %1 %2.netra")
                             .arg(database()->user() ? database()->user()->login : QString(),
                                  database()->today().toString(Qt::ISODate));
    save.defaultSuffix = QStringLiteral("netra");
    save.nameFilters = QStringList{tr("Netra data files (*.netra)")};
    const QString path = save.ask(this);
    if (path.isEmpty())
        return;
    FieldFile::Result result;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = FieldFile::take(*database(), filter, true, false, path, &result, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, title, error);
        return;
    }
    QMessageBox done(QMessageBox::Information, title,
                     tr("%n case(s) taken into the field: %1", nullptr, result.cases)
                         .arg(QDir::toNativeSeparators(result.file)),
                     QMessageBox::Ok, this);
    done.setObjectName(QStringLiteral("fieldFileTaken"));
    done.setInformativeText(
        tr("Open it on the field laptop with File > Open data file (signing in: %1). To bring the "
           "cases "
           "back, export a package from it (File > Export package) and import that package "
           "here; a case changed on both sides is listed to be settled.")
            .arg(result.users.join(QLatin1String(", "))));
    done.exec();
}

CaseWindow *MainWindow::track(CaseWindow *window)
{
    m_caseWindows << window;
    connect(window, &CaseWindow::saved, this, &MainWindow::caseSaved);
    return window;
}

CaseWindow *MainWindow::openCase(qint64 caseId)
{
    if (!database() || caseId <= 0)
        return nullptr;
    for (const QPointer<CaseWindow> &w : std::as_const(m_caseWindows)) {
        if (w && w->caseId() == caseId) {
            w->raise();
            w->activateWindow();
            return w;
        }
    }
    CaseWindow *w = track(new CaseWindow(*database(), caseId));
    w->show();
    return w;
}

CaseWindow *MainWindow::newCase(const QString &source)
{
    if (!database())
        return nullptr;
    CaseWindow *w = track(CaseWindow::newCase(*database(), source));
    w->show();
    return w;
}

void MainWindow::chooseFile(bool create)
{
    const QString filter = tr("Netra data files (*.netra)");
    QString path;
    if (create) {
        SaveFileDialog save;
        save.objectName = QStringLiteral("newDataFileDialog");
        save.title = tr("New data file");
        save.folderKey = FileSession::DataFileFolderKey;
        save.suggestedName = QStringLiteral("netra.netra");
        save.defaultSuffix = QStringLiteral("netra");
        save.nameFilters = QStringList{filter};
        path = save.ask(this);
    } else {
        path = FileDialogs::openFile(this, tr("Open data file"), QString(), filter);
    }
    if (path.isEmpty())
        return;
    if (create && !path.endsWith(QLatin1String(".netra")))
        path += QStringLiteral(".netra");
    openFile(path, create);
}

void MainWindow::connectSession()
{
    m_session->setWindowsCloser([this] { return closeCaseWindows(); });
    connect(m_session->instance(), &SingleInstance::raiseRequested, this,
            &MainWindow::raiseForRequest);
    connect(m_session, &FileSession::message, this,
            [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_session, &FileSession::releasing, this, [this] {
        m_view->setModel(nullptr);
        delete m_model;
        m_model = nullptr;
        m_today->setDatabase(nullptr);
    });
    connect(m_session, &FileSession::opened, this, &MainWindow::fileOpened);
    connect(m_session, &FileSession::closed, this, [this] {
        updateStatus();
        applyRole();
    });
    connect(m_session, &FileSession::userChanged, this, [this] {
        caseSaved();
        applyRole();
    });
    connect(m_session, &FileSession::rescued, this, &MainWindow::caseSaved);
    connect(m_session, &FileSession::storeChanged, this, &MainWindow::storeChanged);
    connect(m_session, &FileSession::connectionChanged, this, [this](bool lost) {
        if (lost)
            return;
        // Back: what was typed while the server was away is kept as drafts again.
        for (const QPointer<CaseWindow> &w : std::as_const(m_caseWindows)) {
            if (w)
                w->keepDraft();
        }
    });
    connect(m_session, &FileSession::lockChanged, this, [this](bool locked) {
        centralWidget()->setVisible(!locked);
        m_todayDock->setVisible(!locked);
    });
}

void MainWindow::fileOpened()
{
    m_model = new CaseTableModel(*database(), this);
    m_view->setModel(m_model);
    m_view->sortByColumn(CaseTableModel::Received, Qt::DescendingOrder);
    fitColumns();
    m_filterBar->clear();
    showAroundRegister(); // the register was read just now
    applyRole();

    // New cases that were being typed when the program was stopped come back.
    for (const QString &key : DraftRepository(*database()).draftKeys(QStringLiteral("case:new:")))
        track(CaseWindow::recoverNew(*database(), key, nullptr))->show();
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
        a->setEnabled(!m_session->isLocked());
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No data file opened yet"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear the list"), this,
                            [] { QSettings().remove(QStringLiteral("recentFiles")); });
}
