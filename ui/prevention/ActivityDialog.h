#pragma once

#include "domain/PreventionActivity.h"

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
class QSpinBox;
class QWidget;

// One prevention activity, added or changed: its kind, date, regency, theme (a letter's subject),
// place or online platform, the agencies and positions reached, the participants, notes, for an
// appeal letter its addressee, and its files (attendance list, photos) once it is saved. Saving
// goes through ActivityRepository (its rules, the change log); a role that may not change
// activities sees it read-only.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    // `activity` with id 0 is a new one.
    ActivityDialog(Database &db, const PreventionActivity &activity, QWidget *parent = nullptr);
    ~ActivityDialog() override;

    PreventionActivity activity() const;
    // Saves; false with the reason shown (or in `error` when given, without a message box).
    bool save(QString *error = nullptr);

    void accept() override;

private:
    void updateKind();

    Database &m_db;
    PreventionActivity m_activity;
    std::unique_ptr<AttachmentRepository> m_files;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QComboBox *m_regency;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_placeLabel;
    QLineEdit *m_place;
    QCheckBox *m_online;
    QLineEdit *m_platform;
    QLabel *m_addresseeKindLabel;
    QComboBox *m_addresseeKind;
    QLabel *m_addresseeLabel;
    QLineEdit *m_addressee;
    QPlainTextEdit *m_agencies;
    QPlainTextEdit *m_positions;
    QLabel *m_participantsLabel;
    QSpinBox *m_participants;
    QPlainTextEdit *m_notes;
    EvidencePanel *m_evidence;
};
