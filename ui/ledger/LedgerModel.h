#pragma once

#include "store/LedgerRepository.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QDate>
#include <array>
#include <memory>
#include <vector>

// The follow-up ledger as a tree for a view: one row per PPK, with the persons reported whose
// follow-up that PPK owes under it. Built from the ledger's rows for a day, a response time and
// a state filter ("outstanding", "late" or "all"); sorted by a column's number where it has one
// (SortRole), else by its text, as the view asks.
class LedgerModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // What an officer chases first stands first: who, how the follow-up stands, how late and by
    // when, what was recommended and decided; the references after them. On a 1366-pixel laptop
    // the ledger's window shows the columns up to the sanction recommended without scrolling.
    enum Column {
        CaseNumber, // a PPK's row spans all columns from here
        Person,
        State,
        DaysLate,
        ResponseDue,
        SanctionRecommended,
        PpkDecision,
        Recommendation,
        Forwarded,
        Authority,
        Agency,
        ColumnCount
    };
    // Roles of the first column, except SortRole which any column may have.
    static constexpr int PartyIdRole = Qt::UserRole + 1;
    static constexpr int CaseIdRole = Qt::UserRole + 2;
    static constexpr int StateRole = Qt::UserRole + 3; // FollowUpState::code of a person
    static constexpr int SortRole = Qt::UserRole + 4;
    static constexpr int PpkNameRole = Qt::UserRole + 5;
    static constexpr int PpkOfficeRole = Qt::UserRole + 6;

    explicit LedgerModel(QObject *parent = nullptr);
    ~LedgerModel() override;

    // Shows `rows` as of `today`, keeping the sort order last asked for.
    void setRows(const QList<LedgerRow> &rows, const QDate &today, int responseDays,
                 const QString &show);
    // Over all the rows given, whether shown or not.
    int outstanding() const { return m_outstanding; }
    int late() const { return m_late; }

    // The row of a person, or of a PPK by its name and office; invalid when not shown.
    QModelIndex indexOfParty(qint64 partyId) const;
    QModelIndex indexOfPpk(const QString &name, const QString &office) const;
    // The PPK row of a row: itself for a PPK, its parent for a person.
    static QModelIndex group(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Tells the view that the column titles changed (the language did).
    void retranslate();

private:
    struct Cell
    {
        QString text;
        QString toolTip;
        QVariant sort;
        QBrush foreground;
        bool bold = false;
    };
    struct Node
    {
        std::array<Cell, ColumnCount> cells;
        qint64 partyId = 0;
        qint64 caseId = 0;
        QString state;
        QString ppkName;
        QString ppkOffice;
        Node *parent = nullptr;
        int row = 0; // in its parent's children, or among the PPKs
        std::vector<std::unique_ptr<Node>> children;
    };

    std::unique_ptr<Node> personNode(const LedgerRow &row, const QDate &today, int days,
                                     qint64 *urgencyKey) const;
    const Node *node(const QModelIndex &index) const;
    const std::vector<std::unique_ptr<Node>> &siblings(const Node *parent) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void sortNodes(std::vector<std::unique_ptr<Node>> &nodes) const;

    std::vector<std::unique_ptr<Node>> m_groups;
    int m_outstanding = 0;
    int m_late = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
