#pragma once

#include <QTableWidget>

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
