#include "register/TodayPanel.h"
#include "common/Colours.h"
#include "common/TextWidth.h"

#include "domain/ProcedureProfile.h"
#include "store/CaseRepository.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int CaseIdRole = Qt::UserRole + 1;
constexpr int MoreOfRole = Qt::UserRole + 2; // the group's state, on its "more" line
} // namespace

TodayPanel::TodayPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("todayPanel"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("todayList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(true);
    m_list->setIndentation(12);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::itemActivated, this, &TodayPanel::activate);
    retranslate();
}

void TodayPanel::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void TodayPanel::retranslate()
{
    m_list->setHeaderLabels({tr("Case"), tr("Deadline")});
    refresh();
}

void TodayPanel::activate(QTreeWidgetItem *item)
{
    const qint64 id = item ? item->data(0, CaseIdRole).toLongLong() : 0;
    if (id > 0)
        emit openCase(id);
    else if (const QString state = item ? item->data(0, MoreOfRole).toString() : QString();
             !state.isEmpty())
        emit showInRegister(state);
    else if (item)
        item->setExpanded(!item->isExpanded());
}

void TodayPanel::refresh()
{
    m_list->clear();
    if (!m_db)
        return;
    const struct
    {
        const char *state;
        const char *label;
        QColor colour;
    } groups[] = {
        {"late", QT_TR_NOOP("Late (%1)"), Colours::Error},
        {"due_today", QT_TR_NOOP("Due today (%1)"), Colours::DueToday},
        {"due_soon", QT_TR_NOOP("Due within 3 days (%1)"), Colours::DueSoon},
    };
    CaseRepository repo(*m_db);
    int widest = 0;
    for (const auto &g : groups) {
        CaseFilter f;
        f.deadlineState = QLatin1String(g.state);
        const qint64 total = repo.count(f);
        auto *group = new QTreeWidgetItem(m_list, {tr(g.label).arg(total)});
        group->setForeground(0, Colours::text(g.colour));
        group->setData(0, Qt::UserRole, QLatin1String(g.state));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        const QList<CaseRow> rows =
            repo.page(f, CaseColumn::NextDue, Qt::AscendingOrder, 0, MaxPerGroup);
        for (const CaseRow &r : rows) {
            auto *item = new QTreeWidgetItem(group);
            // The number whole in its own column (sized to it); who and what is due beside it.
            item->setText(0, r.number);
            item->setText(1, r.reportedName + QStringLiteral(" · ") +
                                 ProcedureProfile::deadlineLabel(r.nextDeadline) +
                                 QStringLiteral(", ") +
                                 QLocale().toString(r.nextDue, QStringLiteral("d MMM yyyy")));
            const QString whole = item->text(0) + QLatin1Char('\n') + item->text(1);
            item->setToolTip(0, whole);
            item->setToolTip(1, whole);
            item->setData(0, CaseIdRole, r.id);
            widest = std::max(widest, cellWidthFor(m_list, r.number));
        }
        if (total > rows.size()) {
            auto *more = new QTreeWidgetItem(group);
            more->setText(
                0, tr("%n more: show all in the register", nullptr, int(total - rows.size())));
            more->setToolTip(0, more->text(0));
            more->setFirstColumnSpanned(true);
            more->setData(0, MoreOfRole, QLatin1String(g.state));
            // In the palette's colour of links, as it opens the register: not in italics, a
            // face the window would load for this line alone (4 ms of its first paint).
            more->setForeground(0, m_list->palette().brush(QPalette::Link));
        }
        group->setExpanded(total > 0);
    }
    // The numbers' column as wide as the widest number, indented under its group (two steps
    // with the root decorated), and at least as wide as its header: measured here rather than
    // by resizeColumnToContents, which lays out every line.
    m_list->setColumnWidth(
        0, std::max(m_list->header()->sectionSizeHint(0), widest + 2 * m_list->indentation()));
    // Wide enough to show the numbers whole beside the groups' indentation.
    // (at most 300 px, so that the main window still fits a 1366-pixel screen).
    m_list->setMinimumWidth(qMin(300, m_list->columnWidth(0) + m_list->indentation() +
                                          m_list->verticalScrollBar()->sizeHint().width() + 8));
}

void TodayPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
