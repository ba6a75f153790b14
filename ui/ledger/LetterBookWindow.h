#pragma once

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// The outgoing letter book (agenda surat keluar): every letter issued, by year, with its
// number, date, addressee, subject, case, signatory and who issued it; exported to XLSX.
class LetterBookWindow : public QDialog
{
    Q_OBJECT

public:
    explicit LetterBookWindow(Database &db, QWidget *parent = nullptr);

    void refresh();
    int year() const; // 0: every year
    QTableWidget *table() const { return m_table; }
    // Writes the letters shown to an XLSX file, without a dialog.
    bool exportXlsx(const QString &path, QString *error) const;

private:
    void exportWithDialog();

    Database &m_db;
    QComboBox *m_year;
    QTableWidget *m_table;
    QLabel *m_count;
    QPushButton *m_export;
};
