#pragma once

#include "domain/Deadlines.h"

#include <QAbstractTableModel>
#include <QFont>

struct ProcedureProfile;

// The deadlines of a case as rows for a view: each deadline with the day it is counted from, its
// due date, the day it was met and its state (coloured; bold when late or due today). The rule
// (working or calendar days, an extension) is the tip of the name and the due date; the days left
// or late the tip of the state. The deadline's id is under Qt::UserRole of the first column, the
// state's code under Qt::UserRole of the last.
class DeadlineListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Start, Due, Done, State, ColumnCount };

    explicit DeadlineListModel(QObject *parent = nullptr);

    // The font of the view, for the bold states.
    void setFont(const QFont &font) { m_font = font; }
    // `profile` gives the rules; `extensionDays` the extension of the decision deadline.
    void setDeadlines(const QList<DeadlineStatus> &deadlines, const ProcedureProfile *profile,
                      int extensionDays);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Tells the view that the column titles changed (the language did).
    void retranslate();

private:
    struct Row
    {
        DeadlineStatus status;
        QString rule; // the tip of the name and the due date
        QString when; // the tip of the state
    };

    QList<Row> m_rows;
    QFont m_font;
};
