#pragma once

#include <QDialog>

class CaseRepository;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The office's settings, set once: the letterhead of printed documents (name, address, city,
// logo), the office code and level in case numbers, the number patterns, and how many backups
// of the data file are kept.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(CaseRepository &repo, QWidget *parent = nullptr);
    // Stores the settings; on a refused value shows why and keeps the dialog open.
    void accept() override;

private:
    void preview();

    CaseRepository &m_repo;
    QList<QPair<QString, QLineEdit *>> m_fields;
    QSpinBox *m_backupKeep;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};
