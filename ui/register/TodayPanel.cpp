#include "register/TodayPanel.h"
#include "common/Colours.h"
#include "common/TextWidth.h"
#include "domain/DateFormat.h"

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
constexpr int MoreOfRole = Qt::UserRole + 2; // the group's state, on its "more" line
} // namespace

TodayPanel::TodayPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("todayPanel"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("todayList"));
    // One column as wide as the panel: a case on two lines, its number whole above what is due,
    // when and for whom (cut at the panel's edge, whole in the tooltip). Side by side in two
    // columns, the second showed a few letters of a name in a 300-pixel panel.
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(true);
    m_list->setIndentation(12);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAlternatingRowColors(true); // each case's two lines on one ground
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
        const QList<CaseRow> rows =
            repo.page(f, CaseColumn::NextDue, Qt::AscendingOrder, 0, MaxPerGroup);
        for (const CaseRow &r : rows) {
            auto *item = new QTreeWidgetItem(group);
            // The number whole; below it what is due and when, then who (the line cut at the
            // panel's edge keeps the deadline in sight).
            item->setText(
                0, r.number + QLatin1Char('\n') + ProcedureProfile::deadlineLabel(r.nextDeadline) +
                       QStringLiteral(", ") +
                       QLocale().toString(r.nextDue, nearDateFormat(r.nextDue, m_db->today())) +
                       QStringLiteral(" · ") + r.reportedName);
            item->setToolTip(0, item->text(0));
            item->setData(0, CaseIdRole, r.id);
            widest = std::max(widest, cellWidthFor(m_list, r.number));
        }
        if (total > rows.size()) {
            auto *more = new QTreeWidgetItem(group);
            more->setText(
                0, tr("%n more: show all in the register", nullptr, int(total - rows.size())));
            more->setToolTip(0, more->text(0));
            more->setData(0, MoreOfRole, QLatin1String(g.state));
            // In the palette's colour of links, as it opens the register: not in italics, a
            // face the window would load for this line alone (4 ms of its first paint).
            more->setForeground(0, m_list->palette().brush(QPalette::Link));
        }
    }
    // Every group open at once (one layout, not one per group); an empty one has nothing to show.
    m_list->expandAll();
    // Wide enough to show the numbers whole, indented under their group (two steps with the
    // root decorated), beside the scroll bar; measured here rather than by
    // resizeColumnToContents, which lays out every line. At most 300 px, so that the main
    // window still fits a 1366-pixel screen.
    m_list->setMinimumWidth(qMin(300, widest + 2 * m_list->indentation() +
                                          m_list->verticalScrollBar()->sizeHint().width() +
                                          2 * m_list->frameWidth() + 8));
}

void TodayPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
