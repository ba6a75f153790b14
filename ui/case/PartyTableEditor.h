#pragma once

#include "domain/Case.h"

#include <QWidget>

class CaseRepository;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

// The persons of a case (persons reported, witnesses, experts) as an editable table, inside the
// intake form. Cells are committed while they are typed, so the NIP is checked as it is typed
// and parties() never misses what is still in an open cell.
class PartyTableEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        RoleColumn,
        NameColumn,
        NipColumn,
        TitleColumn,
        CategoryColumn,
        AgencyColumn,
        ColumnCount
    };
    // The code behind a role or position category cell; its display text is the label.
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit PartyTableEditor(CaseRepository &repo, QWidget *parent = nullptr);

    // Keeps each party's id, uuid and the fields not shown (address, contact).
    void setParties(const QList<Party> &parties);
    // In display order; existing parties keep their id and uuid.
    QList<Party> parties() const;

signals:
    void changed(); // after any user edit

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addParty(const QString &role);
    void removeCurrentParty();
    void insertRow(int row, const Party &party);
    void onItemChanged(QTableWidgetItem *item);
    void checkNip(int row);
    void updateNipInfo();
    void updateButtons();
    void fitColumns();
    void retranslate();
    QString text(int row, int column) const;
    QString code(int row, int column) const;
    // What the agency or position title cells offer while typing: the values in the file, then
    // those typed in other rows.
    QStringList completions(int column, int exceptRow) const;

    CaseRepository &m_repo;
    QTableWidget *m_table = nullptr;
    QLabel *m_nipInfo = nullptr;
    QPushButton *m_addReported = nullptr;
    QPushButton *m_addWitness = nullptr;
    QPushButton *m_addExpert = nullptr;
    QPushButton *m_remove = nullptr;
    // Row i of the table edits m_base[i]; what the table does not show is kept from here.
    QList<Party> m_base;
    mutable QStringList m_knownAgencies;
    mutable QStringList m_knownTitles;
    mutable bool m_knownLoaded = false;
    bool m_updating = false;
};
