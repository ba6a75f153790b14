#include "case/DeadlineListModel.h"
#include "common/Colours.h"

#include "domain/ProcedureProfile.h"

#include <QBrush>
#include <QLocale>

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QColor stateColour(DeadlineStatus::State state)
{
    switch (state) {
    case DeadlineStatus::State::Late:
        return Colours::Error;
    case DeadlineStatus::State::DueToday:
        return Colours::DueToday;
    case DeadlineStatus::State::DueSoon:
        return Colours::DueSoon;
    case DeadlineStatus::State::Met:
        return Colours::Done;
    case DeadlineStatus::State::MetLate:
        return QColor(0x8a, 0x4b, 0x1a);
    case DeadlineStatus::State::Open:
        break;
    }
    return {};
}

} // namespace

DeadlineListModel::DeadlineListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DeadlineListModel::setDeadlines(const QList<DeadlineStatus> &deadlines,
                                     const ProcedureProfile *profile, int extensionDays)
{
    beginResetModel();
    m_rows.clear();
    for (const DeadlineStatus &s : deadlines) {
        Row row{s, {}, {}};
        if (const DeadlineRule *rule = profile ? profile->deadline(s.id) : nullptr) {
            row.rule = rule->workingDays ? tr("%n working day(s)", nullptr, rule->days)
                                         : tr("%n calendar day(s)", nullptr, rule->days);
            if (s.id == QLatin1String("decision") && extensionDays > 0)
                row.rule = tr("%1, extended by %n day(s)", nullptr, extensionDays).arg(row.rule);
        }
        switch (s.state) {
        case DeadlineStatus::State::Late:
            row.when = tr("%n day(s) late", nullptr, -s.daysLeft);
            break;
        case DeadlineStatus::State::DueToday:
            row.when = DeadlineStatus::stateLabel(s.state);
            break;
        case DeadlineStatus::State::DueSoon:
        case DeadlineStatus::State::Open:
            row.when = tr("%n day(s) left", nullptr, s.daysLeft);
            break;
        case DeadlineStatus::State::Met:
        case DeadlineStatus::State::MetLate:
            row.when = tr("Done on %1").arg(dateText(s.metOn));
            break;
        }
        m_rows << row;
    }
    endResetModel();
}

int DeadlineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadlineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const DeadlineStatus &s = row.status;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return ProcedureProfile::deadlineLabel(s.id);
        case Start:
            return dateText(s.start);
        case Due:
            return dateText(s.due);
        case Done:
            return dateText(s.metOn);
        case State:
            return DeadlineStatus::stateLabel(s.state);
        default:
            return {};
        }
    case Qt::UserRole:
        if (column == Name)
            return s.id;
        if (column == State)
            return DeadlineStatus::stateCode(s.state);
        return {};
    case Qt::ToolTipRole:
        if ((column == Name || column == Due) && !row.rule.isEmpty())
            return row.rule;
        if (column == State)
            return row.when;
        return {};
    case Qt::ForegroundRole:
        if (const QColor colour = stateColour(s.state); column == State && colour.isValid())
            return QBrush(Colours::text(colour));
        return {};
    case Qt::FontRole:
        if (column == State && (s.state == DeadlineStatus::State::Late ||
                                s.state == DeadlineStatus::State::DueToday)) {
            QFont bold = m_font;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant DeadlineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Deadline"),
                                                    QT_TR_NOOP("Counted from"), QT_TR_NOOP("Due"),
                                                    QT_TR_NOOP("Done on"), QT_TR_NOOP("State")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

void DeadlineListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
