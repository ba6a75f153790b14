#pragma once

#include "documents/PrintedDocument.h"
#include "store/TrackRecordRepository.h"

#include <QDialog>
#include <optional>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// A person's track record (rekam jejak) for a selection committee: looked up by NIP (or name)
// with the purpose stated (logged with who asked: TrackRecordRepository), each case in which the
// person was reported with its decision, recommendation and the sanction imposed, and the
// certificate (surat keterangan) issued from the letter book and saved as a PDF. Reached from
// Case → Track record… for a coordinator.
class TrackRecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrackRecordDialog(Database &db, QWidget *parent = nullptr);

    QLineEdit *nipEdit() const { return m_nip; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *purposeEdit() const { return m_purpose; }
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    const std::optional<TrackRecord> &record() const { return m_record; }

    // Looks up what the fields say; false with the reason shown (and nothing logged) when it is
    // refused.
    bool lookUp();
    // Issues the certificate of the record looked up by NIP and writes it as a PDF to `path`.
    bool saveCertificate(const QString &path, PrintedDocument::Paper paper, QString *error);

private:
    void fill();
    void askCertificate();
    void updateButtons();

    Database &m_db;
    QLineEdit *m_nip;
    QLineEdit *m_name;
    QLineEdit *m_purpose;
    QLineEdit *m_committee;
    QPushButton *m_lookUp;
    QPushButton *m_certificate;
    QLabel *m_summary;
    QTableWidget *m_table;
    std::optional<TrackRecord> m_record;
};
