#pragma once

#include "documents/PrintedDocument.h"
#include "store/LedgerRepository.h"

#include <QMainWindow>
#include <optional>

class Database;
class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class LedgerModel;
class QModelIndex;
class QTreeView;

// The follow-up ledger (docs/domain.md §5): for every person reported in a forwarded case, what the
// authority recommended and whether the PPK acted on it, grouped by PPK, most late first. Enter
// or a double click on a person edits the follow-up; a PPK can be sent a letter asking for the
// follow-up. The window reads and writes `db`, which must outlive it.
class LedgerWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit LedgerWindow(Database &db, QWidget *parent = nullptr);

    // The ledger's rows as a LedgerModel tree.
    QTreeView *tree() const { return m_tree; }
    // Narrows the ledger to the cases a filter selects (regency, election, dates, …).
    void setCaseFilter(const CaseFilter &filter);
    // Reads the ledger again, keeping the current person or PPK.
    void refresh();

    // Edits the follow-up of a person reported; true when it was saved.
    bool editFollowUp(qint64 partyId);
    // The follow-up letter for the PPK of the current row, when it has something outstanding.
    std::optional<PrintedDocument> currentLetter() const;
    bool exportLetter(const QString &path, PrintedDocument::Paper paper, QString *error);
    // Issues the selected PPK's letter: its number from the letter book (a reprint for the same
    // persons keeps it); a letter not issued prints as a draft.
    bool issueLetter(QString *error);
    // Writes the persons the ledger shows (its cases and its Show) as an XLSX workbook
    // (LedgerXlsx); `count` gets how many.
    bool exportWorkbook(const QString &path, int *count, QString *error);

signals:
    void followUpSaved(qint64 caseId);
    // The user asked to see the case a person was reported in.
    void openCaseRequested(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void activate(const QModelIndex &index);
    void updateActions();
    void responseDaysChanged(int days);
    void previewLetter();
    void exportLetterAsPdf();
    void exportXlsx();
    QModelIndex currentGroup() const;
    // A role of the first column of the current row.
    QVariant currentData(int role) const;
    PrintedDocument::Paper preferredPaper() const;

    Database &m_db;
    LedgerRepository m_ledger;
    CaseFilter m_filter;
    QList<LedgerRow> m_rows;
    LedgerModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QSpinBox *m_responseDays = nullptr;
    QLabel *m_showLabel = nullptr;
    QLabel *m_daysLabel = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_openCaseAction = nullptr;
    QAction *m_letterAction = nullptr;
    QAction *m_letterPdfAction = nullptr;
    QAction *m_issueAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_exportAction = nullptr;
};
