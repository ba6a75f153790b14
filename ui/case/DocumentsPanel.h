#pragma once

#include "documents/CaseDocuments.h"
#include "domain/Case.h"
#include "domain/Hearing.h"

#include <QWidget>
#include <optional>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

// The printed documents of a case (forms, letters, minutes, analysis, summary): pick one, the
// paper and, for the summary, its language; preview, print or export it as PDF or as an
// editable ODT. A letter is issued from here: it takes its number from the letter book. A
// confidential reporter's identity is shown only on a document kept by the office, and only when
// asked for.
class DocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int KindRole = Qt::UserRole + 1;  // the document's code ("minutes")
    static constexpr int IndexRole = Qt::UserRole + 2; // which person, for one per person

    explicit DocumentsPanel(Database &db, QWidget *parent = nullptr);

    // Lists the documents the case has at its stage, with its hearings read from the file.
    void setCase(const Case &c);

    PrintedDocument::Paper paper() const;
    // The selected document as it would be printed now; none when nothing is selected.
    std::optional<PrintedDocument> currentDocument() const;
    // Writes the selected document to a PDF on the chosen paper, without a dialog.
    bool exportPdf(const QString &path, QString *error) const;
    // The editable copy (ODT) of the selected document, without a dialog.
    bool exportOdt(const QString &path, QString *error) const;
    // Every document the case has at its stage, each as a PDF of its own in `folder`, named from
    // the list and the case's number (a confidential reporter never in a name or a document);
    // `count` receives how many. Cancelled by `progress` or failed, none is left.
    bool exportAllPdf(const QString &folder, QString *error, int *count = nullptr,
                      const Progress &progress = {}) const;
    // Issues the selected letter: it takes its number from the letter book (or keeps the one
    // it has). A letter not issued prints as a draft (KONSEP).
    bool issueCurrent(QString *error);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Reads a withheld confidential identity when it is to be shown (and logs that).
    void reveal(bool show);
    void rebuild();
    void updateControls();
    void preview();
    void print();
    void exportWithDialog(const QString &format);
    void exportAllWithDialog();
    void issueWithQuestion();
    void retranslate();
    std::optional<CaseDocuments::Kind> currentKind() const;

    Database &m_db;
    Case m_case;
    QList<Hearing> m_hearings;
    QLabel *m_listLabel = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_paperLabel = nullptr;
    QComboBox *m_paper = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_showConfidential = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_odt = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_issue = nullptr;
    QLabel *m_letterState = nullptr;
};
