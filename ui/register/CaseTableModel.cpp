#include "register/CaseTableModel.h"
#include "common/Colours.h"
#include "domain/DateFormat.h"

#include "domain/Codes.h"
#include "domain/Deadlines.h"
#include "domain/ProcedureProfile.h"
#include "domain/Regions.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QScopedValueRollback>

CaseTableModel::CaseTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_repo(db)
{
    reload();
}

void CaseTableModel::setFilter(const CaseFilter &filter)
{
    if (filter == m_filter)
        return; // the rows shown are those (Muat ulang reads them again)
    m_filter = filter;
    reload();
}

void CaseTableModel::reload()
{
    beginResetModel();
    m_total = m_repo.count(m_filter);
    m_rows = m_repo.page(m_filter, m_sortColumn, m_sortOrder, 0, PageSize);
    endResetModel();
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void CaseTableModel::fetchMore(const QModelIndex &parent)
{
    // A view may ask again while it reacts to the rows just inserted; that waits its turn.
    if (parent.isValid() || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const QList<CaseRow> more =
        m_repo.page(m_filter, m_sortColumn, m_sortOrder, int(m_rows.size()), PageSize);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the file changed underneath: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    static const CaseColumn columns[] = {
        CaseColumn::Number,   CaseColumn::Received, CaseColumn::Regency, CaseColumn::Reported,
        CaseColumn::Category, CaseColumn::Status,   CaseColumn::NextDue};
    if (column < 0 || column >= ColumnCount ||
        (columns[column] == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = columns[column];
    m_sortOrder = order;
    reload();
}

QString CaseTableModel::deadlineState(int row) const
{
    const CaseRow &r = m_rows.at(row);
    if (!r.nextDue.isValid())
        return {};
    return DeadlineStatus::stateCode(DeadlineStatus::pendingState(r.nextDue, m_db.today()));
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseRow &r = m_rows.at(index.row());
    if (role == CaseIdRole)
        return r.id;
    if (role == DeadlineStateRole)
        return deadlineState(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Number:
            return r.number;
        case Received:
            return shortMonthDate(r.receivedDate);
        case Regency:
            return Regions::nameOf(r.regencyCode);
        case Reported:
            return r.reportedCount > 1
                       ? tr("%1 and %n more", nullptr, r.reportedCount - 1).arg(r.reportedName)
                       : r.reportedName;
        case Category:
            return Codes::label(Codes::Kind::ViolationCategory, r.violationCategory);
        case Status:
            return Codes::label(Codes::Kind::Status, r.status);
        case NextDeadline: {
            if (!r.nextDue.isValid())
                return QString();
            const QString label = ProcedureProfile::deadlineLabel(r.nextDeadline);
            const QDate today = m_db.today();
            const DeadlineStatus::State state = DeadlineStatus::pendingState(r.nextDue, today);
            if (role == Qt::ToolTipRole)
                return tr("%1: %2 (%3)")
                    .arg(label, shortMonthDate(r.nextDue), DeadlineStatus::stateLabel(state));
            // In the cell, the year only when it is not this year's and the state in a word,
            // so that the column keeps it beside the day's work on a 1366-pixel laptop; a
            // deadline in time says nothing more. The tooltip has both whole.
            const QString due = QLocale().toString(r.nextDue, nearDateFormat(r.nextDue, today));
            switch (state) {
            case DeadlineStatus::State::Late:
                return tr("%1: %2 (late)").arg(label, due);
            case DeadlineStatus::State::DueToday:
                return tr("%1: %2 (today)").arg(label, due);
            case DeadlineStatus::State::DueSoon:
                return tr("%1: %2 (in %n day(s))", nullptr, int(today.daysTo(r.nextDue)))
                    .arg(label, due);
            default:
                return tr("%1: %2").arg(label, due);
            }
        }
        }
    }
    if (role == Qt::ForegroundRole && index.column() == NextDeadline) {
        const QString state = deadlineState(index.row());
        if (state == QLatin1String("late"))
            return QBrush(Colours::text(Colours::Error));
        if (state == QLatin1String("due_today"))
            return QBrush(Colours::text(Colours::DueToday));
        if (state == QLatin1String("due_soon"))
            return QBrush(Colours::text(Colours::DueSoon));
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Received:
        return tr("Received");
    case Regency:
        return tr("Regency/City");
    case Reported:
        return tr("Person reported");
    case Category:
        return tr("Violation category");
    case Status:
        return tr("Status");
    case NextDeadline:
        return tr("Next deadline");
    }
    return {};
}

void CaseTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
