#include "hearings/HearingListModel.h"
#include "domain/DateFormat.h"

HearingListModel::HearingListModel(QObject *parent) : QAbstractTableModel(parent) {}

QString HearingListModel::whenText(const OfficeTime &zone, const QDateTime &t)
{
    return zone.dateTime(zone.moment(t), dateTimeFormat(QStringLiteral("dddd, d MMMM yyyy")));
}

void HearingListModel::setHearings(const QList<Hearing> &hearings, const OfficeTime &zone)
{
    beginResetModel();
    m_hearings = hearings;
    m_zone = zone;
    endResetModel();
}

int HearingListModel::rowOf(qint64 hearingId) const
{
    for (int row = 0; row < m_hearings.size(); ++row) {
        if (m_hearings.at(row).id == hearingId)
            return row;
    }
    return -1;
}

int HearingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hearings.size());
}

int HearingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HearingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hearings.size())
        return {};
    const Hearing &h = m_hearings.at(index.row());
    if (role == HearingIdRole)
        return h.id;
    if (role == Qt::ToolTipRole && index.column() == Where && h.online)
        return h.onlineReason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return whenText(m_zone, h.scheduledAt);
    case Where:
        return h.online ? tr("online: %1").arg(h.platform) : h.place;
    case Examiners:
        return h.examiners;
    case Persons: {
        QStringList names;
        for (const Attendee &a : h.attendees)
            names << a.name;
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant HearingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("When"), QT_TR_NOOP("Where"),
                                                    QT_TR_NOOP("Examiners"), QT_TR_NOOP("Persons")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

void HearingListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_hearings.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_hearings.size()) - 1, ColumnCount - 1));
}
