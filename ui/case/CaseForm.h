#pragma once

#include "domain/Case.h"

#include <QWidget>

class CaseRepository;
class Database;
class PartyTableEditor;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The fields of a case as on the report form (Formulir Laporan, docs/domain.md §3–4): source,
// election, where and when, the reporter (with the confidential mark), the persons reported
// and witnesses, the violation category and the description. A finding hides the reporter.
// Warns when the report came after the filing window of its procedure profile.
class CaseForm : public QWidget
{
    Q_OBJECT

public:
    CaseForm(Database &db, CaseRepository &repo, QWidget *parent = nullptr);

    void setCase(const Case &c);
    // For a role that may not change cases: every field read-only, for good.
    void makeReadOnly();
    // Fills in a confidential reporter's identity once it was revealed.
    void showReporter(const QString &name, const QString &address, const QString &contact);
    // `base` with the form's values in it.
    Case apply(Case base) const;
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

signals:
    void changed();
    // The user asked to see the withheld identity of a confidential reporter.
    void revealRequested();

private:
    void updateDistricts();
    void updateForSource();
    void updateFilingWarning();
    QDate dateOf(const QDateEdit *edit) const;
    void setDate(QDateEdit *edit, const QDate &date);

    Database &m_db;
    bool m_loading = false;
    bool m_registered = false;
    bool m_editable = true;
    bool m_hidden = false; // the reporter's identity is withheld (Case::reporterHidden)
    QComboBox *m_source;
    QComboBox *m_election;
    QComboBox *m_regency;
    QComboBox *m_district;
    QLineEdit *m_place;
    QDateEdit *m_eventDate;
    QDateEdit *m_knownDate;
    QDateEdit *m_receivedDate;
    QLabel *m_filingWarning;
    QGroupBox *m_reporterBox;
    QLineEdit *m_reporterName;
    QLineEdit *m_reporterAddress;
    QLineEdit *m_reporterContact;
    QCheckBox *m_confidential;
    QPushButton *m_reveal;
    QComboBox *m_category;
    QPlainTextEdit *m_description;
    PartyTableEditor *m_parties;
    QLabel *m_numbers;
    QList<QLabel *> m_labels;
};
