#pragma once

#include "domain/Case.h"
#include "domain/ProcedureProfile.h"
#include "domain/StatusMachine.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

// Collects what a procedure step carries (its date, a reason, the forwarding letter, the days
// of an extension) before it is taken. OK stays disabled until what the step needs is filled;
// the rules that need the data file (numbering, the filing window) are checked when the step is
// stored.
class StepDialog : public QDialog
{
    Q_OBJECT

public:
    StepDialog(const Case &c, Step::Kind kind, const ProcedureProfile &profile, const QDate &today,
               QWidget *parent = nullptr);

    Step step() const;
    // What is still missing before the step can be taken; empty when nothing is.
    QString missing() const;

    // Asks for the step's data; true with `step` filled when the user confirmed.
    static bool ask(QWidget *parent, const Case &c, Step::Kind kind,
                    const ProcedureProfile &profile, const QDate &today, Step *step);

    // The step as a command ("Forward the case to the authority") and what it means.
    static QString title(Step::Kind kind);
    static QString explanation(Step::Kind kind);

private:
    // The dialog's parts, built in this order: the title with the case and what the step means;
    // the date; what the step's kind adds (registration number, forwarding letter and authority,
    // days of an extension, reason); the missing line and the buttons.
    static QString caseLine(const Case &c);
    static QString dateLabel(Step::Kind kind);
    void buildHeading(QVBoxLayout *layout, const Case &c);
    void buildDateRow(QFormLayout *form, const Case &c, const QDate &today);
    void buildRegisterRows(QVBoxLayout *layout, QFormLayout *form, const Case &c);
    void buildForwardRows(QFormLayout *form);
    void buildExtensionRow(QFormLayout *form);
    void buildReasonRow(QFormLayout *form);
    void buildButtons(QVBoxLayout *layout);
    void dateChanged(const QDate &date);
    void updateState();

    Step::Kind m_kind;
    ProcedureProfile m_profile;
    QString m_autoAuthority; // the authority the date gave, until the user picks another
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QCheckBox *m_numberOutside = nullptr; // the forwarding letter was sent outside Netra
    QLineEdit *m_number = nullptr;
    QComboBox *m_authority = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_missing = nullptr;
    QPushButton *m_ok = nullptr;
};
