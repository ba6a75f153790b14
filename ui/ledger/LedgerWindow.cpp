#include "ledger/LedgerWindow.h"
#include "common/Colours.h"
#include "common/PrintPreview.h"
#include "common/SaveFileDialog.h"

#include "common/WindowGeometry.h"
#include "documents/CaseDocuments.h"
#include "documents/FollowUpLetter.h"
#include "domain/Codes.h"
#include "domain/FollowUpState.h"
#include "domain/Nip.h"
#include "ledger/FollowUpDialog.h"
#include "store/Database.h"

#include <QAction>
#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>

namespace {

using FuState = FollowUpState::State;

const QString PaperKey = QStringLiteral("ledger/letterPaper");
const QString LetterDirKey = QStringLiteral("ledger/letterDirectory");

QString shown(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

// How pressing a follow-up is, for sorting "by how late": late ones by their days, then those
// waiting for the PPK, for the recommendation, and the finished ones last.
int urgency(FuState state)
{
    switch (state) {
    case FuState::Late:
        return 5;
    case FuState::AwaitingPpk:
        return 4;
    case FuState::AwaitingRecommendation:
        return 3;
    case FuState::FollowedUpDifferent:
        return 2;
    case FuState::FollowedUp:
        return 1;
    case FuState::NoSanction:
        return 0;
    }
    return 0;
}

QColor stateColour(FuState state)
{
    switch (state) {
    case FuState::Late:
        return QColor(0xb0, 0x00, 0x20);
    case FuState::FollowedUp:
        return QColor(0x1a, 0x6e, 0x2e);
    case FuState::FollowedUpDifferent:
        return QColor(0x80, 0x60, 0x00);
    default:
        return {};
    }
}

QString ppkKey(const FollowUp &f)
{
    return f.ppkName.simplified().toLower() + QLatin1Char('\n') +
           f.ppkOffice.simplified().toLower();
}

// Sorts by the SortRole number of a column where there is one, else by the text.
class LedgerItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, LedgerWindow::SortRole);
        const QVariant b = other.data(column, LedgerWindow::SortRole);
        if (a.isValid() && b.isValid())
            return a.toLongLong() < b.toLongLong();
        return QString::localeAwareCompare(text(column), other.text(column)) < 0;
    }
};

} // namespace

LedgerWindow::LedgerWindow(Database &db, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_ledger(db)
{
    setObjectName(QStringLiteral("ledgerWindow"));
    WindowGeometry::resize(this, QSize(1200, 640)); // fitted to the screen

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("ledgerTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(DaysLate, Qt::DescendingOrder);
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
    auto *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("ledgerToolBar"));
    bar->setMovable(false);
    bar->addWidget(m_showLabel);
    bar->addWidget(m_stateFilter);
    bar->addSeparator();
    bar->addWidget(m_daysLabel);
    bar->addWidget(m_responseDays);
    bar->addSeparator();
    bar->addAction(m_editAction);
    bar->addAction(m_openCaseAction);
    bar->addSeparator();
    bar->addAction(m_letterAction);
    bar->addAction(m_letterPdfAction);
    bar->addAction(m_issueAction);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
    m_tree->addActions(
        {m_editAction, m_openCaseAction, m_letterAction, m_letterPdfAction, m_issueAction});

    connect(m_tree, &QTreeWidget::itemActivated, this, &LedgerWindow::activate);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &LedgerWindow::updateActions);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &LedgerWindow::refresh);
    connect(m_responseDays, &QSpinBox::valueChanged, this, &LedgerWindow::responseDaysChanged);

    retranslate();
    m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
    for (int c = 0; c < ColumnCount; ++c)
        m_tree->setColumnWidth(c, qBound(60, m_tree->columnWidth(c), 320));
}

void LedgerWindow::createActions()
{
    m_editAction = new QAction(this);
    m_editAction->setObjectName(QStringLiteral("followUpEditAction"));
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            activate(item);
    });
    m_openCaseAction = new QAction(this);
    m_openCaseAction->setObjectName(QStringLiteral("ledgerOpenCaseAction"));
    connect(m_openCaseAction, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem()) {
            const qint64 id = item->data(CaseNumber, CaseIdRole).toLongLong();
            if (id > 0)
                emit openCaseRequested(id);
        }
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
    m_letterPdfAction->setText(tr("E&xport letter as PDF…"));
    m_issueAction->setText(tr("&Issue letter"));
    m_issueAction->setToolTip(tr("Give the letter its number from the letter book; until then "
                                 "it prints as a draft (KONSEP)"));
    m_refreshAction->setText(tr("Re&load"));
    m_tree->setHeaderLabels({tr("Case"), tr("Person reported"), tr("Agency"), tr("Authority"),
                             tr("Forwarded"), tr("Recommendation"), tr("Sanction recommended"),
                             tr("Response due"), tr("PPK decision"), tr("State"), tr("Days late")});
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
    qint64 currentParty = 0;
    QString currentPpk;
    if (QTreeWidgetItem *item = m_tree->currentItem()) {
        currentParty = item->data(CaseNumber, PartyIdRole).toLongLong();
        if (QTreeWidgetItem *group = item->parent() ? item->parent() : item)
            currentPpk = group->data(CaseNumber, PpkNameRole).toString() + QLatin1Char('\n') +
                         group->data(CaseNumber, PpkOfficeRole).toString();
    }

    m_rows = m_ledger.rows(m_filter);
    const QDate today = m_db.today();
    const int days = m_ledger.responseDays();
    const QString show = m_stateFilter->currentData().toString();

    struct Group
    {
        QString name;
        QString office;
        QList<int> rows;
        int outstanding = 0;
        int late = 0;
    };
    QList<Group> groups;
    QHash<QString, int> index;
    int outstanding = 0;
    int late = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const FollowUp &f = m_rows.at(i).followUp;
        const QString key = ppkKey(f);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(groups.size()));
            groups.append({f.ppkName.simplified(), f.ppkOffice.simplified(), {}, 0, 0});
        }
        Group &g = groups[*it];
        g.rows << i;
        const FuState s = FollowUpState::of(f, today, days);
        g.outstanding += FollowUpState::isOutstanding(s);
        g.late += s == FuState::Late;
        outstanding += FollowUpState::isOutstanding(s);
        late += s == FuState::Late;
    }

    m_tree->setSortingEnabled(false);
    m_tree->clear();
    QTreeWidgetItem *current = nullptr;
    for (const Group &g : std::as_const(groups)) {
        QList<QTreeWidgetItem *> children;
        qint64 mostUrgent = -1;
        for (int i : g.rows) {
            const LedgerRow &r = m_rows.at(i);
            const FollowUp &f = r.followUp;
            const FuState s = FollowUpState::of(f, today, days);
            if ((show == QLatin1String("outstanding") && !FollowUpState::isOutstanding(s)) ||
                (show == QLatin1String("late") && s != FuState::Late))
                continue;
            const int daysLate = FollowUpState::daysLate(f, today, days);
            auto *item = new LedgerItem;
            item->setData(CaseNumber, PartyIdRole, r.partyId);
            item->setData(CaseNumber, CaseIdRole, r.caseId);
            item->setData(CaseNumber, StateRole, FollowUpState::code(s));
            item->setText(CaseNumber, r.caseNumber);
            item->setText(Person, r.name);
            QStringList about;
            if (!r.nip.isEmpty())
                about << tr("NIP %1").arg(Nip::grouped(r.nip));
            if (!r.positionTitle.isEmpty())
                about << r.positionTitle;
            item->setToolTip(Person, about.join(QLatin1Char('\n')));
            item->setText(Agency, r.agency);
            item->setText(Authority, r.authority());
            item->setText(Forwarded, shown(r.forwardedDate()));
            item->setData(Forwarded, SortRole, r.forwardedDate().toJulianDay());
            QStringList recommendation;
            if (!f.recommendationNumber.isEmpty())
                recommendation << f.recommendationNumber;
            if (f.recommendationDate.isValid())
                recommendation << shown(f.recommendationDate);
            item->setText(Recommendation, recommendation.join(QLatin1String(", ")));
            if (!f.sanctionRecommended.isEmpty())
                item->setText(SanctionRecommended,
                              Codes::label(Codes::Kind::Sanction, f.sanctionRecommended));
            const QDate due = FollowUpState::responseDue(f, days);
            item->setText(ResponseDue, shown(due));
            item->setData(ResponseDue, SortRole, due.isValid() ? due.toJulianDay() : 0);
            if (f.ppkDecisionDate.isValid()) {
                const QString sanction =
                    f.sanctionImposed.isEmpty()
                        ? tr("decided")
                        : Codes::label(Codes::Kind::Sanction, f.sanctionImposed);
                item->setText(PpkDecision, tr("%1, %2").arg(sanction, shown(f.ppkDecisionDate)));
                if (!f.ppkDecisionNumber.isEmpty())
                    item->setToolTip(PpkDecision, tr("Decision %1").arg(f.ppkDecisionNumber));
            }
            item->setData(PpkDecision, SortRole,
                          f.ppkDecisionDate.isValid() ? f.ppkDecisionDate.toJulianDay() : 0);
            item->setText(State, FollowUpState::label(s));
            item->setData(State, SortRole, urgency(s));
            const qint64 key = qint64(daysLate) * 10 + urgency(s);
            item->setData(DaysLate, SortRole, key);
            item->setTextAlignment(DaysLate, Qt::AlignRight | Qt::AlignVCenter);
            if (daysLate > 0)
                item->setText(DaysLate, QLocale().toString(daysLate));
            if (const QColor colour = stateColour(s); colour.isValid()) {
                item->setForeground(State, Colours::text(colour));
                item->setForeground(DaysLate, Colours::text(colour));
            }
            if (s == FuState::Late) {
                QFont bold = item->font(State);
                bold.setBold(true);
                item->setFont(State, bold);
                item->setFont(DaysLate, bold);
            }
            mostUrgent = qMax(mostUrgent, key);
            children << item;
            if (r.partyId == currentParty)
                current = item;
        }
        if (children.isEmpty())
            continue;
        auto *top = new LedgerItem;
        QString title;
        if (g.name.isEmpty() && g.office.isEmpty())
            title = tr("PPK not recorded yet");
        else if (g.name.isEmpty() || g.office.isEmpty())
            title = g.name.isEmpty() ? g.office : g.name;
        else
            title = tr("%1 — %2").arg(g.name, g.office);
        top->setText(CaseNumber, tr("%1 (%2, %3)")
                                     .arg(title, tr("%n outstanding", nullptr, g.outstanding),
                                          tr("%n late", nullptr, g.late)));
        QFont bold = top->font(CaseNumber);
        bold.setBold(true);
        top->setFont(CaseNumber, bold);
        if (g.late > 0)
            top->setForeground(CaseNumber, Colours::text(stateColour(FuState::Late)));
        top->setData(CaseNumber, PpkNameRole, g.name);
        top->setData(CaseNumber, PpkOfficeRole, g.office);
        top->setData(DaysLate, SortRole, mostUrgent);
        top->addChildren(children);
        m_tree->addTopLevelItem(top);
        top->setFirstColumnSpanned(true);
        top->setExpanded(true);
        if (!current && g.name + QLatin1Char('\n') + g.office == currentPpk)
            current = top;
    }
    m_tree->setSortingEnabled(true);
    if (!current && m_tree->topLevelItemCount() > 0)
        current = m_tree->topLevelItem(0);
    if (current)
        m_tree->setCurrentItem(current);

    m_summary->setText(tr("%n persons in forwarded cases", nullptr, int(m_rows.size())) +
                       QStringLiteral(" · ") + tr("%n outstanding", nullptr, outstanding) +
                       QStringLiteral(" · ") + tr("%n late", nullptr, late));
    updateActions();
}

QTreeWidgetItem *LedgerWindow::currentGroup() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->parent() ? item->parent() : item;
}

void LedgerWindow::updateActions()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool person = item && item->data(CaseNumber, PartyIdRole).toLongLong() > 0;
    m_editAction->setEnabled(person && m_db.allows(Action::EditFollowUps));
    m_openCaseAction->setEnabled(person);
    bool letter = false;
    if (const QTreeWidgetItem *group = currentGroup()) {
        const QString name = group->data(CaseNumber, PpkNameRole).toString();
        letter = !name.isEmpty() &&
                 !FollowUpLetter::outstanding(m_rows, name,
                                              group->data(CaseNumber, PpkOfficeRole).toString(),
                                              m_db.today(), m_ledger.responseDays())
                      .isEmpty();
    }
    m_letterAction->setEnabled(letter);
    m_letterPdfAction->setEnabled(letter);
    m_issueAction->setEnabled(letter && m_db.allows(Action::EditFollowUps));
}

void LedgerWindow::activate(QTreeWidgetItem *item)
{
    const qint64 partyId = item ? item->data(CaseNumber, PartyIdRole).toLongLong() : 0;
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
    const QTreeWidgetItem *group = currentGroup();
    if (!m_letterAction->isEnabled() || !group)
        return std::nullopt;
    return FollowUpLetter::build(m_db, m_rows, group->data(CaseNumber, PpkNameRole).toString(),
                                 group->data(CaseNumber, PpkOfficeRole).toString());
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
    const QTreeWidgetItem *group = currentGroup();
    const std::optional<PrintedDocument> letter = currentLetter();
    if (!letter || !group)
        return;
    SaveFileDialog save;
    save.objectName = QStringLiteral("followUpLetterPdfDialog");
    save.title = tr("Export letter as PDF");
    save.folderKey = LetterDirKey;
    save.suggestedName = QStringLiteral("Permintaan tindak lanjut - %1 - %2.pdf")
                             .arg(group->data(CaseNumber, PpkNameRole).toString(),
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
