#include "case/HistoryModel.h"

HistoryModel::HistoryModel(QObject *parent) : QAbstractItemModel(parent) {}

void HistoryModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void HistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex HistoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : TopLevel);
}

QModelIndex HistoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    // The details below an entry only when there are several.
    const QStringList &details = m_entries.at(parent.row()).details;
    return details.size() > 1 ? int(details.size()) : 0;
}

int HistoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() != TopLevel) {
        const Entry &e = m_entries.at(int(index.internalId() - 1));
        if (index.column() == Details && role == Qt::DisplayRole)
            return e.details.at(index.row());
        return {};
    }
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return e.when;
        case What:
            return e.sentence;
        case Details:
            return e.details.join(QStringLiteral("; "));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == What)
            return e.label;
        if (index.column() == Details)
            return e.details.join(QLatin1Char('\n'));
        break;
    case Qt::UserRole:
        if (index.column() == When)
            return e.id;
        if (index.column() == What)
            return e.action;
        break;
    case Qt::FontRole:
        if (index.column() == What && e.emphasised) {
            QFont f = m_font;
            f.setBold(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case What:
        return tr("What");
    case Details:
        return tr("Details");
    }
    return {};
}
