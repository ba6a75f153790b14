#pragma once

#include "documents/PrintedDocument.h"
#include "domain/PreventionActivity.h"

#include <QDialog>
#include <QList>
#include <optional>

class Database;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// The office's prevention activities (kegiatan pencegahan): outreach, declarations of
// neutrality, coordination meetings and appeal letters, newest first, by year and kind; each
// opened in ActivityDialog. An appeal letter is previewed and printed, saved as PDF or ODT, and
// issued (its number from the letter book) from here.
class ActivitiesWindow : public QDialog
{
    Q_OBJECT

public:
    explicit ActivitiesWindow(Database &db, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *table() const { return m_table; }
    // The activity of the selected row.
    std::optional<PreventionActivity> current() const;
    // The appeal letter of the selected row, as it prints now.
    std::optional<PrintedDocument> currentLetter() const;
    // Issues the selected appeal letter; false with the reason.
    bool issueLetter(QString *error);

signals:
    void changed();

private:
    void add();
    void edit();
    void remove();
    void preview();
    void saveLetter();
    void updateButtons();

    Database &m_db;
    QComboBox *m_year;
    QComboBox *m_kind;
    QLabel *m_count;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_print;
    QPushButton *m_save;
    QPushButton *m_issue;
    QList<PreventionActivity> m_rows;
};
