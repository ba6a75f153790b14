#pragma once

#include "domain/Case.h"
#include "domain/StatusMachine.h"

#include <QKeySequence>
#include <QList>
#include <QWidget>

class Database;
class QLabel;
class QPushButton;

// The procedure of one case: its status and one button per step. A step that may not be taken
// now is disabled, not hidden, with the reason next to it, so that the user learns the order of
// the procedure from the screen.
class ProcedurePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProcedurePanel(Database &db, QWidget *parent = nullptr);

    // A stored case (c.id > 0).
    void setCase(const Case &c);
    const Case &currentCase() const { return m_case; }
    // Non-empty: every step disabled with this reason shown (while the form has unsaved edits).
    void setBlockedReason(const QString &why);

signals:
    // After a step was stored.
    void stepTaken(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct StepRow
    {
        Step::Kind kind;
        QKeySequence shortcut;
        QPushButton *button = nullptr;
        QLabel *whyNot = nullptr;
        QLabel *due = nullptr; // the deadline the step meets, when it is pending
    };

    void retranslate();
    void refresh();
    void take(Step::Kind kind);

    Database &m_db;
    Case m_case;
    QString m_blocked;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QList<StepRow> m_rows;
};
