#pragma once

#include <QList>
#include <QTableWidget>
#include <algorithm>

// The text of a cell, empty where there is no item.
inline QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// Hides `column` of `table` when every row reads the same in it (an office's own regency on
// each of its leads or activities), leaving its room to the others; shows it when rows differ
// (a province's or the nation's store).
inline void hideWhenAllAlike(QTableWidget *table, int column)
{
    bool alike = true;
    for (int row = 1; row < table->rowCount() && alike; ++row)
        alike = cellText(table, row, column) == cellText(table, 0, column);
    table->setColumnHidden(column, alike);
}

// Hides `column` of `table` when it is empty on every row (no counsel for anyone invited),
// leaving its room to the others.
inline void hideWhenEmpty(QTableWidget *table, int column)
{
    bool empty = true;
    for (int row = 0; row < table->rowCount() && empty; ++row)
        empty = cellText(table, row, column).isEmpty();
    table->setColumnHidden(column, empty);
}

// The widths of columns too wide together for the `room` of their view: the columns with a floor
// give up room, the widest first (levelled to one width), each down to its floor, until they
// fit; the others keep their `natural` width. A floor of 0 keeps a column's width; -1 marks a
// hidden column (not counted, its width kept). When even the floors do not fit, nothing is cut
// for no gain: every column keeps its natural width and the view scrolls.
inline QList<int> levelledWidths(const QList<int> &natural, const QList<int> &floors, int room)
{
    const auto width = [&](qsizetype column, int level) {
        const int floor = floors.at(column);
        return floor > 0 ? std::max(floor, std::min(natural.at(column), level))
                         : natural.at(column);
    };
    const auto total = [&](int level) {
        int sum = 0;
        for (qsizetype column = 0; column < natural.size(); ++column)
            sum += floors.at(column) < 0 ? 0 : width(column, level);
        return sum;
    };
    const int widest = natural.isEmpty() ? 0 : *std::max_element(natural.cbegin(), natural.cend());
    int level = widest;
    for (int low = 0; low < level;) {
        const int middle = (low + level + 1) / 2;
        if (total(middle) <= room)
            low = middle;
        else
            level = middle - 1;
    }
    if (total(level) > room)
        level = widest;
    QList<int> widths;
    for (qsizetype column = 0; column < natural.size(); ++column)
        widths << width(column, level);
    return widths;
}
