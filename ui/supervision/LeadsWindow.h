#pragma once

#include "domain/Case.h"
#include "domain/Lead.h"

#include <QDialog>
#include <QList>
#include <optional>

class Database;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// The register of supervision leads (informasi awal): newest first, by status; each opened in
// LeadDialog. A coordinator closes the selected lead as not pursued (with the reason) or turns it
// into a finding ("Jadikan temuan"): the finding's case is made and opened (openCase).
class LeadsWindow : public QDialog
{
    Q_OBJECT

public:
    explicit LeadsWindow(Database &db, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_status; }
    // The lead of the selected row.
    std::optional<Lead> current() const;
    // The selected lead closed as not pursued; false with the reason.
    bool notPursued(const QDate &date, const QString &reason, QString *error);
    // The selected lead turned into a finding found on `foundOn` (`finding`: its election and
    // category); the new case is opened. False with the reason.
    bool turnIntoFinding(const QDate &foundOn, Case finding, QString *error);

signals:
    void changed();
    // A finding's case to show in its window.
    void openCase(qint64 caseId);

private:
    void add();
    void edit();
    void remove();
    void askNotPursued();
    void askFinding();
    void updateButtons();
    // The description stretches over the room the other columns leave, never below 30
    // characters: in a narrow window (half a laptop's screen) the table scrolls sideways
    // rather than showing the description as "…".
    void fitDescription();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Database &m_db;
    QComboBox *m_status;
    QLabel *m_count;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_close;
    QPushButton *m_finding;
    QPushButton *m_openCase;
    QList<Lead> m_rows;
};
