#include "common/FlowLayout.h"

#include <QStyle>
#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items << item;
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest widget: every other one may go to a line of its own.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width ? gap(Qt::Horizontal) : 0) + item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::gap(Qt::Orientation orientation) const
{
    if (QLayout::spacing() >= 0)
        return QLayout::spacing();
    const QWidget *owner = parentWidget();
    if (!owner)
        return 6;
    return owner->style()->pixelMetric(orientation == Qt::Horizontal
                                           ? QStyle::PM_LayoutHorizontalSpacing
                                           : QStyle::PM_LayoutVerticalSpacing,
                                       nullptr, owner);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int across = gap(Qt::Horizontal);
    const int down = gap(Qt::Vertical);
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            visible << item;
    }
    int y = area.top();
    for (qsizetype first = 0; first < visible.size();) {
        // As many as fit on this line, one at least.
        qsizetype end = first;
        int used = 0;
        int height = 0;
        int growing = 0;
        for (; end < visible.size(); ++end) {
            const QLayoutItem *item = visible.at(end);
            const int width = item->sizeHint().width();
            if (end > first && used + across + width > area.width())
                break;
            used += (end > first ? across : 0) + width;
            height = qMax(height, item->sizeHint().height());
            if (item->expandingDirections() & Qt::Horizontal)
                ++growing;
        }
        if (apply) {
            // The room left to the growing ones, shared alike.
            const int room = qMax(0, area.width() - used);
            int x = area.left();
            int given = 0;
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = visible.at(i);
                int width = qMin(item->sizeHint().width(), area.width());
                if (growing && (item->expandingDirections() & Qt::Horizontal)) {
                    const int share = room / growing + (++given == growing ? room % growing : 0);
                    width += share;
                }
                item->setGeometry(QRect(x, y, width, height));
                x += width + across;
            }
        }
        y += height + down;
        first = end;
    }
    const int used = visible.isEmpty() ? 0 : y - down - area.top();
    return used + contentsMargins().top() + contentsMargins().bottom();
}
