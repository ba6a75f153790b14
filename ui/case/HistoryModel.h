#pragma once

#include <QAbstractItemModel>
#include <QFont>
#include <QList>
#include <QStringList>

// The history of a case as the timeline shows it (TimelinePanel): one row per change log entry,
// newest first (when, what as a sentence, the details on one line), and below an entry that
// changed more than one thing a row per detail. Column 0 holds the entry's id and column 1 its
// action under Qt::UserRole; the short label of the action is the tooltip of column 1.
class HistoryModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { When, What, Details, ColumnCount };

    struct Entry
    {
        qint64 id = 0;
        QString action;
        QString when;
        QString sentence;
        QString label;
        QStringList details;
        bool emphasised = false; // a step of the procedure, in bold
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    // The font of the view, which emphasised entries show in bold.
    void setFont(const QFont &font) { m_font = font; }
    // The column titles, in the user's language.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Internal ids: 0 for an entry, entry + 1 for one of its detail lines.
    static constexpr quintptr TopLevel = 0;

    QList<Entry> m_entries;
    QFont m_font;
};
