#include "ledger/LedgerWindow.h"
#include "common/Guide.h"
#include "common/PrintPreview.h"
#include "common/SaveFileDialog.h"

#include "common/WindowGeometry.h"
#include "documents/CaseDocuments.h"
#include "documents/FollowUpLetter.h"
#include "exchange/LedgerXlsx.h"
#include "ledger/FollowUpDialog.h"
#include "ledger/LedgerModel.h"
#include "store/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace {

const QString PaperKey = QStringLiteral("ledger/letterPaper");
const QString LetterDirKey = QStringLiteral("ledger/letterDirectory");

} // namespace

LedgerWindow::LedgerWindow(Database &db, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_ledger(db)
{
    setObjectName(QStringLiteral("ledgerWindow"));
    Guide::install(this, QStringLiteral("ledger"));
    WindowGeometry::resize(this, QSize(1200, 640)); // fitted to the screen

    m_model = new LedgerModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("ledgerTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(LedgerModel::DaysLate, Qt::DescendingOrder);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    setCentralWidget(m_tree);

    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("ledgerStateFilter"));
    for (const char *code : {"outstanding", "late", "all"})
        m_stateFilter->addItem(QString(), QString::fromLatin1(code));
    m_responseDays = new QSpinBox(this);
    m_responseDays->setObjectName(QStringLiteral("responseDays"));
    m_responseDays->setRange(LedgerRepository::MinResponseDays, LedgerRepository::MaxResponseDays);
    m_responseDays->setKeyboardTracking(false);
    m_responseDays->setValue(m_ledger.responseDays());
    m_responseDays->setEnabled(m_db.allows(Action::EditSettings));
    m_responseDays->setToolTip(m_responseDays->isEnabled() ? QString()
                                                           : m_db.refusal(Action::EditSettings));
    m_showLabel = new QLabel(this);
    m_showLabel->setBuddy(m_stateFilter);
    m_daysLabel = new QLabel(this);
    m_daysLabel->setBuddy(m_responseDays);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ledgerSummary"));
    statusBar()->addPermanentWidget(m_summary);

    createActions();
    // The actions on one row and the filters on a second, so that every action shows on a
    // 1366 px laptop in Indonesian, whose labels are the longer (none behind the » menu).
    auto *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("ledgerToolBar"));
    bar->setMovable(false);
    addToolBarBreak();
    auto *filters = addToolBar(QString());
    filters->setObjectName(QStringLiteral("ledgerFilterBar"));
    filters->setMovable(false);
    filters->addWidget(m_showLabel);
    filters->addWidget(m_stateFilter);
    filters->addSeparator();
    filters->addWidget(m_daysLabel);
    filters->addWidget(m_responseDays);
    bar->addAction(m_editAction);
    bar->addAction(m_openCaseAction);
    bar->addSeparator();
    // The letter to the PPK on one button: previewed from it, saved as PDF or issued from its
    // menu (three buttons pushed the export and reload behind "»" in a 1,000-pixel window).
    auto *letterMenu = new QMenu(this);
    letterMenu->addAction(m_letterPdfAction);
    letterMenu->addAction(m_issueAction);
    auto *letterButton = new QToolButton(bar);
    letterButton->setObjectName(QStringLiteral("followUpLetterButton"));
    letterButton->setDefaultAction(m_letterAction);
    letterButton->setMenu(letterMenu);
    letterButton->setPopupMode(QToolButton::MenuButtonPopup);
    bar->addWidget(letterButton);
    bar->addSeparator();
    bar->addAction(m_exportAction);
    bar->addAction(m_refreshAction);
    m_tree->addActions(
        {m_editAction, m_openCaseAction, m_letterAction, m_letterPdfAction, m_issueAction});

    connect(m_tree, &QTreeView::activated, this, &LedgerWindow::activate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LedgerWindow::updateActions);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &LedgerWindow::refresh);
    connect(m_responseDays, &QSpinBox::valueChanged, this, &LedgerWindow::responseDaysChanged);

    retranslate();
    m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
    for (int c = 0; c < LedgerModel::ColumnCount; ++c)
        m_tree->setColumnWidth(c, qBound(60, m_tree->columnWidth(c), 320));
}

void LedgerWindow::createActions()
{
    m_editAction = new QAction(this);
    m_editAction->setObjectName(QStringLiteral("followUpEditAction"));
    connect(m_editAction, &QAction::triggered, this, [this] { activate(m_tree->currentIndex()); });
    m_openCaseAction = new QAction(this);
    m_openCaseAction->setObjectName(QStringLiteral("ledgerOpenCaseAction"));
    connect(m_openCaseAction, &QAction::triggered, this, [this] {
        const qint64 id = currentData(LedgerModel::CaseIdRole).toLongLong();
        if (id > 0)
            emit openCaseRequested(id);
    });
    m_letterAction = new QAction(this);
    m_letterAction->setObjectName(QStringLiteral("followUpLetterAction"));
    m_letterAction->setShortcut(QKeySequence::Print);
    connect(m_letterAction, &QAction::triggered, this, &LedgerWindow::previewLetter);
    m_letterPdfAction = new QAction(this);
    m_letterPdfAction->setObjectName(QStringLiteral("followUpLetterPdfAction"));
    connect(m_letterPdfAction, &QAction::triggered, this, &LedgerWindow::exportLetterAsPdf);
    m_issueAction = new QAction(this);
    m_issueAction->setObjectName(QStringLiteral("followUpLetterIssueAction"));
    connect(m_issueAction, &QAction::triggered, this, [this] {
        if (QMessageBox::question(this, tr("Issue letter"),
                                  tr("Issue the letter to this PPK? It takes the next number of "
                                     "the letter book and today's date.")) != QMessageBox::Yes)
            return;
        QString error;
        if (!issueLetter(&error))
            QMessageBox::warning(this, tr("The letter cannot be issued"), error);
    });
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("ledgerExportAction"));
    m_exportAction->setEnabled(m_db.allows(Action::ExportData));
    connect(m_exportAction, &QAction::triggered, this, &LedgerWindow::exportXlsx);
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("ledgerRefreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &LedgerWindow::refresh);
}

void LedgerWindow::retranslate()
{
    setWindowTitle(tr("Follow-up ledger"));
    m_showLabel->setText(tr("&Show:") + QLatin1Char(' '));
    m_stateFilter->setItemText(0, tr("Outstanding"));
    m_stateFilter->setItemText(1, tr("Late only"));
    m_stateFilter->setItemText(2, tr("All"));
    m_stateFilter->setToolTip(tr("Outstanding: waiting for the recommendation or for the PPK, "
                                 "or late."));
    m_daysLabel->setText(QLatin1Char(' ') + tr("PPK &response time:") + QLatin1Char(' '));
    m_responseDays->setSuffix(QLatin1Char(' ') + tr("days"));
    m_responseDays->setToolTip(tr("Days a PPK has to act on a recommendation, unless a "
                                  "follow-up sets its own due date."));
    m_editAction->setText(tr("&Edit follow-up…"));
    m_openCaseAction->setText(tr("&Open case"));
    m_letterAction->setText(tr("&Request follow-up letter…"));
    m_letterAction->setToolTip(
        tr("Print a letter asking the selected PPK to act on its outstanding recommendations"));
    m_letterPdfAction->setText(tr("Save letter as &PDF…"));
    m_issueAction->setText(tr("&Issue letter"));
    m_issueAction->setToolTip(tr("Give the letter its number from the letter book; until then "
                                 "it prints as a draft (KONSEP)"));
    m_exportAction->setText(tr("Export to E&xcel…"));
    m_exportAction->setToolTip(m_exportAction->isEnabled()
                                   ? tr("Write the persons shown as an Excel workbook (XLSX)")
                                   : m_db.refusal(Action::ExportData));
    m_refreshAction->setText(tr("Re&load"));
    m_model->retranslate();
    refresh();
}

void LedgerWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void LedgerWindow::setCaseFilter(const CaseFilter &filter)
{
    m_filter = filter;
    refresh();
}

void LedgerWindow::refresh()
{
    // What was current is found again after the rebuild.
    const qint64 currentParty = currentData(LedgerModel::PartyIdRole).toLongLong();
    const QModelIndex group = LedgerModel::group(m_tree->currentIndex());
    const QString currentName = group.data(LedgerModel::PpkNameRole).toString();
    const QString currentOffice = group.data(LedgerModel::PpkOfficeRole).toString();
    const bool hadCurrent = group.isValid();

    m_rows = m_ledger.rows(m_filter);
    m_model->setRows(m_rows, m_db.today(), m_ledger.responseDays(),
                     m_stateFilter->currentData().toString());
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
    m_tree->expandAll();
    QModelIndex current = m_model->indexOfParty(currentParty);
    if (!current.isValid() && hadCurrent)
        current = m_model->indexOfPpk(currentName, currentOffice);
    if (!current.isValid())
        current = m_model->index(0, 0);
    if (current.isValid())
        m_tree->setCurrentIndex(current);

    m_summary->setText(tr("%n persons in forwarded cases", nullptr, int(m_rows.size())) +
                       QStringLiteral(" · ") +
                       tr("%n outstanding", nullptr, m_model->outstanding()) +
                       QStringLiteral(" · ") + tr("%n late", nullptr, m_model->late()));
    updateActions();
}

QVariant LedgerWindow::currentData(int role) const
{
    return m_tree->currentIndex().siblingAtColumn(LedgerModel::CaseNumber).data(role);
}

QModelIndex LedgerWindow::currentGroup() const
{
    return LedgerModel::group(m_tree->currentIndex());
}

void LedgerWindow::updateActions()
{
    const bool person = currentData(LedgerModel::PartyIdRole).toLongLong() > 0;
    m_editAction->setEnabled(person && m_db.allows(Action::EditFollowUps));
    m_openCaseAction->setEnabled(person);
    bool letter = false;
    if (const QModelIndex group = currentGroup(); group.isValid()) {
        const QString name = group.data(LedgerModel::PpkNameRole).toString();
        letter = !name.isEmpty() &&
                 !FollowUpLetter::outstanding(m_rows, name,
                                              group.data(LedgerModel::PpkOfficeRole).toString(),
                                              m_db.today(), m_ledger.responseDays())
                      .isEmpty();
    }
    m_letterAction->setEnabled(letter);
    m_letterPdfAction->setEnabled(letter);
    m_issueAction->setEnabled(letter && m_db.allows(Action::EditFollowUps));
}

void LedgerWindow::activate(const QModelIndex &index)
{
    const qint64 partyId =
        index.siblingAtColumn(LedgerModel::CaseNumber).data(LedgerModel::PartyIdRole).toLongLong();
    if (partyId > 0 && m_db.allows(Action::EditFollowUps))
        editFollowUp(partyId);
}

bool LedgerWindow::editFollowUp(qint64 partyId)
{
    const LedgerRow *row = nullptr;
    QList<QPair<QString, QString>> known;
    for (const LedgerRow &r : std::as_const(m_rows)) {
        if (r.partyId == partyId)
            row = &r;
        const QPair<QString, QString> ppk{r.followUp.ppkName, r.followUp.ppkOffice};
        if (!ppk.first.isEmpty() && !known.contains(ppk))
            known << ppk;
    }
    if (!row)
        return false;
    const qint64 caseId = row->caseId;
    FollowUpDialog dialog(m_db, *row, m_ledger.responseDays(), this);
    dialog.setKnownPpks(known);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refresh();
    statusBar()->showMessage(tr("Follow-up saved."), 4000);
    emit followUpSaved(caseId);
    return true;
}

void LedgerWindow::responseDaysChanged(int days)
{
    if (days == m_ledger.responseDays())
        return;
    QString error;
    if (!m_ledger.setResponseDays(days, &error)) {
        QMessageBox::warning(this, tr("Response time not changed"), error);
        const QSignalBlocker block(m_responseDays);
        m_responseDays->setValue(m_ledger.responseDays());
        return;
    }
    refresh();
}

std::optional<PrintedDocument> LedgerWindow::currentLetter() const
{
    const QModelIndex group = currentGroup();
    if (!m_letterAction->isEnabled() || !group.isValid())
        return std::nullopt;
    return FollowUpLetter::build(m_db, m_rows, group.data(LedgerModel::PpkNameRole).toString(),
                                 group.data(LedgerModel::PpkOfficeRole).toString());
}

PrintedDocument::Paper LedgerWindow::preferredPaper() const
{
    return QSettings().value(PaperKey).toString() == QLatin1String("F4")
               ? PrintedDocument::Paper::F4
               : PrintedDocument::Paper::A4;
}

bool LedgerWindow::exportLetter(const QString &path, PrintedDocument::Paper paper, QString *error)
{
    const std::optional<PrintedDocument> letter = currentLetter();
    if (!letter) {
        *error = tr("Select a PPK with outstanding recommendations first.");
        return false;
    }
    return letter->toPdf(path, paper, error);
}

bool LedgerWindow::issueLetter(QString *error)
{
    std::optional<PrintedDocument> letter = currentLetter();
    if (!letter) {
        *error = tr("Select a PPK with outstanding recommendations first.");
        return false;
    }
    if (!CaseDocuments::issue(m_db, *letter, error))
        return false;
    statusBar()->showMessage(tr("Letter issued with the number %1.").arg(letter->letter.number),
                             6000);
    return true;
}

void LedgerWindow::previewLetter()
{
    const std::optional<PrintedDocument> letter = currentLetter();
    if (!letter)
        return;
    PrintPreview::show(*letter, preferredPaper(), QStringLiteral("followUpLetterPreview"),
                       tr("The letter cannot be printed"), this);
}

void LedgerWindow::exportLetterAsPdf()
{
    const QModelIndex group = currentGroup();
    const std::optional<PrintedDocument> letter = currentLetter();
    if (!letter || !group.isValid())
        return;
    SaveFileDialog save;
    save.objectName = QStringLiteral("followUpLetterPdfDialog");
    save.title = tr("Save letter as PDF");
    save.folderKey = LetterDirKey;
    save.suggestedName = QStringLiteral("Permintaan tindak lanjut - %1 - %2.pdf")
                             .arg(group.data(LedgerModel::PpkNameRole).toString(),
                                  m_db.today().toString(Qt::ISODate));
    save.defaultSuffix = QStringLiteral("pdf");
    save.nameFilters = QStringList{tr("PDF on A4 paper (*.pdf)"), tr("PDF on F4 paper (*.pdf)")};
    save.selectedFilter = preferredPaper() == PrintedDocument::Paper::F4 ? 1 : 0;
    int filter = 0;
    const QString path = save.ask(this, &filter);
    if (path.isEmpty())
        return;
    const bool f4 = filter == 1;
    QSettings().setValue(PaperKey, f4 ? QStringLiteral("F4") : QStringLiteral("A4"));
    QString error;
    if (!letter->toPdf(path, f4 ? PrintedDocument::Paper::F4 : PrintedDocument::Paper::A4,
                       &error)) {
        QMessageBox::warning(this, tr("The letter cannot be exported"), error);
        return;
    }
    statusBar()->showMessage(tr("Letter saved to %1.").arg(QDir::toNativeSeparators(path)), 6000);
}

bool LedgerWindow::exportWorkbook(const QString &path, int *count, QString *error)
{
    return LedgerXlsx::exportFile(m_db, path, m_filter, m_stateFilter->currentData().toString(),
                                  count, error);
}

void LedgerWindow::exportXlsx()
{
    SaveFileDialog save;
    save.objectName = QStringLiteral("ledgerExportDialog");
    save.title = tr("Export the follow-up ledger");
    save.folderKey = QStringLiteral("ledger/exportDirectory");
    save.suggestedName =
        QStringLiteral("Tindak lanjut %1.xlsx").arg(m_db.today().toString(Qt::ISODate));
    save.defaultSuffix = QStringLiteral("xlsx");
    save.nameFilters = QStringList{tr("Excel workbook (*.xlsx)")};
    QString path = save.ask(this);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    int count = 0;
    QString error;
    if (!exportWorkbook(path, &count, &error)) {
        QMessageBox::warning(this, tr("The ledger cannot be exported"), error);
        return;
    }
    statusBar()->showMessage(
        tr("%n persons written to %1.", nullptr, count).arg(QDir::toNativeSeparators(path)), 6000);
}
