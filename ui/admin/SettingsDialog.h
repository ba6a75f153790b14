#pragma once

#include <QDialog>
#include <initializer_list>

class SettingsRepository;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// The office's settings, set once: the letterhead of printed documents (name, address, city,
// telephone, e-mail, website and the logo, kept in the data file), the time zone, the office
// code and level in numbers, the patterns of case and letter numbers, the office's signatories
// and who signs each letter, and how many backups of the data file are kept.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(SettingsRepository &repo, QWidget *parent = nullptr);
    // Stores the settings; on a refused value shows why and keeps the dialog open.
    void accept() override;
    // The logo from an image file, as it will be kept in the data file; false when the file is
    // no image.
    bool setLogoFile(const QString &path);

private:
    struct Field
    {
        const char *key;
        const char *label;
        const char *hint;
    };

    void addFields(QFormLayout *form, std::initializer_list<Field> fields);
    void buildOfficeTab(QFormLayout *office);
    QLayout *buildLogoRow();
    void buildNumbersTab(QFormLayout *numbers);
    void buildSignatoriesTab(QFormLayout *signers);
    void preview();
    void showLogo();

    SettingsRepository &m_repo;
    QList<QPair<QString, QLineEdit *>> m_fields;
    QList<QPair<QString, QComboBox *>> m_choices;
    QPlainTextEdit *m_members;
    QString m_logo; // the office_logo setting: a PNG in a data URL, or a path in older files
    QLabel *m_logoView;
    QSpinBox *m_backupKeep;
    QSpinBox *m_idleLock;
    QLabel *m_preview;
    QLabel *m_letterPreview;
    QDialogButtonBox *m_buttons;
};
