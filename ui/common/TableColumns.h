#pragma once

#include <QTableWidget>

// Hides `column` of `table` when every row reads the same in it (an office's own regency on
// each of its leads or activities), leaving its room to the others; shows it when rows differ
// (a province's or the nation's store).
inline void hideWhenAllAlike(QTableWidget *table, int column)
{
    auto text = [table, column](int row) {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    };
    bool alike = true;
    for (int row = 1; row < table->rowCount() && alike; ++row)
        alike = text(row) == text(0);
    table->setColumnHidden(column, alike);
}
