#pragma once

#include "store/CaseRepository.h"

#include <QAbstractTableModel>

// The case register as a table model that fetches pages from the data file as the view
// scrolls, so that 100,000 cases open as fast as a hundred. Sorting and filtering happen in
// SQL; only the rows on screen are ever loaded.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Received,
        Regency,
        Reported,
        Category,
        Status,
        NextDeadline,
        ColumnCount
    };
    // Rows read at a time: the first screenful and more, the next as the view scrolls.
    static constexpr int PageSize = 100;
    static constexpr int CaseIdRole = Qt::UserRole + 1;
    static constexpr int DeadlineStateRole = Qt::UserRole + 2;

    explicit CaseTableModel(Database &db, QObject *parent = nullptr);

    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }
    // Reloads from the file, keeping filter and sort order.
    void reload();
    qint64 totalCount() const { return m_total; }
    // Every row the filter selects, in the register's order, loaded or not yet: for a list
    // printed whole.
    QList<CaseRow> everyRow() const
    {
        return m_repo.page(m_filter, m_sortColumn, m_sortOrder, 0, int(m_total));
    }
    // "late", "due_today", "due_soon", "open" or empty for a row's next deadline.
    QString deadlineState(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Tells views that the language changed: headers and coded values are relabelled.
    void retranslate();

private:
    Database &m_db;
    CaseRepository m_repo;
    CaseFilter m_filter;
    CaseColumn m_sortColumn = CaseColumn::Received;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<CaseRow> m_rows;
    qint64 m_total = 0;
    bool m_fetching = false;
};
