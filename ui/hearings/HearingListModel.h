#pragma once

#include "domain/Hearing.h"

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

    void setHearings(const QList<Hearing> &hearings);
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
};
