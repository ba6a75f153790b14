#pragma once

#include "domain/Lead.h"

#include <QDialog>
#include <memory>

class AttachmentRepository;
class Database;
class EvidencePanel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

// One supervision lead, recorded or changed: its date, where it came from (the kind, and the URL,
// account or place), the regency, the persons and agency concerned, what it says, a member of the
// public who brought it (withheld when confidential from whoever may not see it); its tracing
// notes and its evidence once it is saved; how it was closed. Saving goes through LeadRepository
// (its rules, the change log); a closed lead, or a role that may not record leads, sees it
// read-only.
class LeadDialog : public QDialog
{
    Q_OBJECT

public:
    // `lead` with id 0 is a new one.
    LeadDialog(Database &db, const Lead &lead, QWidget *parent = nullptr);
    ~LeadDialog() override;

    Lead lead() const;
    // Saves; false with the reason shown (or in `error` when given, without a message box).
    bool save(QString *error = nullptr);
    // Adds the tracing note typed below the notes; false with the reason (shown when no `error`).
    bool addNote(QString *error = nullptr);

    void accept() override;

private:
    void updateSource();
    void showNotes();

    Database &m_db;
    Lead m_lead;
    std::unique_ptr<AttachmentRepository> m_files;
    QDateEdit *m_date;
    QComboBox *m_source;
    QLineEdit *m_detail;
    QComboBox *m_regency;
    QPlainTextEdit *m_persons;
    QLineEdit *m_agency;
    QPlainTextEdit *m_description;
    QLabel *m_informantLabel;
    QLineEdit *m_informant;
    QLabel *m_contactLabel;
    QLineEdit *m_contact;
    QCheckBox *m_confidential;
    QLabel *m_closing;
    QTreeWidget *m_notes;
    QDateEdit *m_noteDate;
    QPlainTextEdit *m_noteText;
    QPushButton *m_addNote;
    EvidencePanel *m_evidence;
};
