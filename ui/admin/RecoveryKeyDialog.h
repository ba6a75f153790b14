#pragma once

#include <QDialog>
#include <functional>

class Database;
class QLabel;

// The recovery key of a data file, shown once when its keys are made (KeyStore): to write down
// or to save as a PDF (through OutputFile, by PrintedDocument) for the office safe.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(Database &db, const QString &recoveryKey, QWidget *parent = nullptr);

    // Saves the sheet for the safe as a PDF; false with the reason.
    bool savePdf(const QString &path, QString *error) const;
    // How the PDF's path is chosen (a file dialog; tests set their own).
    void setPathChooser(std::function<QString(QWidget *)> choose) { m_choose = std::move(choose); }

    // At a sign-in of an administrator or a coordinator on a file whose identities are not
    // encrypted yet: explains, encrypts them (KeyStore::convert) and shows the recovery key.
    // Nothing when the file is read-only, already encrypted or the user may not.
    static void convertIfDue(Database &db, QWidget *parent);

private:
    Database &m_db;
    QString m_key;
    QLabel *m_message = nullptr;
    std::function<QString(QWidget *)> m_choose;
};
