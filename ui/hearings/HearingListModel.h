#pragma once

#include "domain/Hearing.h"
#include "domain/OfficeTime.h"

#include <QAbstractTableModel>

// The hearings of a case as rows for a view: when, where (online with its platform, the reason
// for holding it online as the tip), the examiners and the persons invited.
class HearingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Where, Examiners, Persons, ColumnCount };
    // The hearing's id, on every column.
    static constexpr int HearingIdRole = Qt::UserRole;

    explicit HearingListModel(QObject *parent = nullptr);

    // A hearing's time as the office reads it: "Tuesday, 10 December 2024 14:00 WIT".
    static QString whenText(const OfficeTime &zone, const QDateTime &t);
    // The hearings, their times shown in the office's zone.
    void setHearings(const QList<Hearing> &hearings, const OfficeTime &zone);
    // The row of a hearing, -1 when it is not listed.
    int rowOf(qint64 hearingId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Tells the view that the texts changed (the language did).
    void retranslate();

private:
    QList<Hearing> m_hearings;
    OfficeTime m_zone;
};
