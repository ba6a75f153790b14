#include "MainWindow.h"

#include "CaseTableModel.h"
#include "Translator.h"
#include "store/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("caseView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_view);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("caseCount"));
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    retranslate();
    resize(1200, 720);
}

MainWindow::~MainWindow()
{
    m_view->setModel(nullptr);
    delete m_model;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, [this] { chooseFile(true); });
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, [this] { chooseFile(false); });
    m_openAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_reloadAction = m_viewMenu->addAction(QString(), this, [this] {
        if (m_model) {
            m_model->reload();
            updateStatus();
        }
    });
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
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_reloadAction->setText(tr("&Reload"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Netra"));
    if (m_model)
        m_model->retranslate();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    Translator::install(language);
    QSettings().setValue(QStringLiteral("language"), language);
    (language == QLatin1String("en") ? m_englishAction : m_indonesianAction)->setChecked(true);
}

void MainWindow::updateStatus()
{
    if (!m_db) {
        setWindowTitle(tr("Netra"));
        m_countLabel->setText(tr("No data file is open."));
        return;
    }
    setWindowTitle(tr("%1 - Netra").arg(QFileInfo(m_db->path()).fileName()));
    m_countLabel->setText(tr("%Ln case(s)", nullptr, int(m_model->totalCount())));
}

bool MainWindow::openFile(const QString &path, bool create)
{
    QString error;
    auto db = Database::open(
        path, create ? Database::Mode::CreateIfMissing : Database::Mode::OpenExisting, &error);
    if (!db) {
        QMessageBox::critical(this, tr("Cannot open the data file"), error);
        return false;
    }
    m_view->setModel(nullptr);
    delete m_model;
    m_db = std::move(db);
    m_model = new CaseTableModel(*m_db, this);
    m_view->setModel(m_model);
    m_view->sortByColumn(CaseTableModel::Received, Qt::DescendingOrder);
    m_view->resizeColumnsToContents();
    // Long category names and lists of persons would push the deadline out of sight.
    const int widest = m_view->fontMetrics().averageCharWidth() * 36;
    for (int column = 0; column < CaseTableModel::ColumnCount - 1; ++column)
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), widest));
    QSettings().setValue(QStringLiteral("lastFile"), path);
    updateStatus();
    return true;
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
