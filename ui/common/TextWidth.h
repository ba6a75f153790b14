#pragma once

#include <QAbstractItemView>
#include <QStyle>

// The width a cell of `view` needs to show a text whole: the text's advance in the view's font
// with the item's margins on both sides (the style's focus frame margin and one pixel, as the
// delegate draws them) and a little air. For columns sized from their longest texts without
// laying out every row (the register's numbers, the day's work).
inline int cellWidthFor(const QAbstractItemView *view, const QString &text)
{
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return view->fontMetrics().horizontalAdvance(text) + 2 * margin + 8;
}
