#include "case/DocumentsPanel.h"
#include "common/PrintPreview.h"
#include "common/ProgressDialog.h"
#include "common/SaveFileDialog.h"
#include "domain/DateFormat.h"

#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/HearingRepository.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>

namespace {

const QString PaperKey = QStringLiteral("documents/paper");
const QString DirKey = QStringLiteral("documents/directory");

} // namespace

DocumentsPanel::DocumentsPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("documentsPanel"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("documentList"));
    m_listLabel = new QLabel(this);
    m_listLabel->setBuddy(m_list);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    m_paper->addItem(QStringLiteral("A4"), QStringLiteral("A4"));
    m_paper->addItem(QStringLiteral("F4"), QStringLiteral("F4"));
    m_paper->setCurrentIndex(QSettings().value(PaperKey).toString() == QLatin1String("F4") ? 1 : 0);
    m_paperLabel = new QLabel(this);
    m_paperLabel->setBuddy(m_paper);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // The names of the languages in themselves, as language pickers show them.
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);

    m_showConfidential = new QCheckBox(this);
    m_showConfidential->setObjectName(QStringLiteral("showConfidential"));

    m_preview = new QPushButton(this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_odt = new QPushButton(this);
    m_odt->setObjectName(QStringLiteral("odtButton"));
    m_all = new QPushButton(this);
    m_all->setObjectName(QStringLiteral("allPdfButton"));
    m_issue = new QPushButton(this);
    m_issue->setObjectName(QStringLiteral("issueButton"));
    m_letterState = new QLabel(this);
    m_letterState->setObjectName(QStringLiteral("letterState"));
    m_letterState->setWordWrap(true);

    auto *options = new QFormLayout;
    options->addRow(m_paperLabel, m_paper);
    options->addRow(m_languageLabel, m_language);
    options->addRow(m_showConfidential);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_odt);
    buttons->addWidget(m_all);
    buttons->addStretch();
    buttons->addWidget(m_issue);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(options);
    layout->addWidget(m_letterState);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        // Showing an identity is asked for one document at a time.
        m_showConfidential->setChecked(false);
        updateControls();
    });
    connect(m_showConfidential, &QCheckBox::toggled, this, &DocumentsPanel::reveal);
    connect(m_list, &QListWidget::itemActivated, this, &DocumentsPanel::preview);
    connect(m_paper, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(PaperKey, m_paper->currentData().toString()); });
    connect(m_preview, &QPushButton::clicked, this, &DocumentsPanel::preview);
    connect(m_print, &QPushButton::clicked, this, &DocumentsPanel::print);
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { exportWithDialog(QStringLiteral("pdf")); });
    connect(m_all, &QPushButton::clicked, this, &DocumentsPanel::exportAllWithDialog);
    connect(m_odt, &QPushButton::clicked, this,
            [this] { exportWithDialog(QStringLiteral("odt")); });
    connect(m_issue, &QPushButton::clicked, this, &DocumentsPanel::issueWithQuestion);
    retranslate();
    updateControls();
}

void DocumentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentsPanel::retranslate()
{
    m_listLabel->setText(tr("&Documents of the case:"));
    m_paperLabel->setText(tr("&Paper:"));
    m_paper->setToolTip(tr("F4 (215 × 330 mm) is the folio paper common in Indonesian offices"));
    m_languageLabel->setText(tr("Summary &language:"));
    m_language->setToolTip(tr("Only the case summary can be printed in English; forms and letters "
                              "are always in Indonesian"));
    m_showConfidential->setText(tr("Show &confidential identity"));
    m_showConfidential->setToolTip(
        tr("Print the identity of a reporter who asked for confidentiality. Only on documents "
           "kept by the office: the report form, minutes, analysis and summary"));
    m_preview->setText(tr("Print pre&view…"));
    m_print->setText(tr("P&rint…"));
    m_pdf->setText(tr("Export P&DF…"));
    m_odt->setText(tr("Export &ODT…"));
    m_all->setText(tr("Export &all as PDF…"));
    m_all->setToolTip(tr("Every document of the case, each as a PDF of its own, into a folder"));
    m_odt->setToolTip(tr("An editable copy (LibreOffice, Word) with the same letterhead and "
                         "content; the number stays in the letter book"));
    m_issue->setText(tr("&Issue letter"));
    m_issue->setToolTip(tr("Give the letter its number from the letter book and date it today; "
                           "reprints keep that number"));
    rebuild();
}

void DocumentsPanel::setCase(const Case &c)
{
    m_case = c;
    m_hearings = c.id > 0 ? HearingRepository(m_db).hearings(c.id) : QList<Hearing>();
    rebuild();
}

void DocumentsPanel::rebuild()
{
    const QString selected = m_list->currentItem()
                                 ? m_list->currentItem()->data(KindRole).toString() +
                                       QLatin1Char('/') +
                                       m_list->currentItem()->data(IndexRole).toString()
                                 : QString();
    m_list->clear();
    if (m_case.id > 0) {
        const DocumentContext ctx; // the list needs only how many documents each kind has
        for (const CaseDocuments::Kind kind : CaseDocuments::kinds()) {
            const int count = int(CaseDocuments::build(kind, m_case, m_hearings, ctx).size());
            const QStringList people = CaseDocuments::people(kind, m_hearings, m_case);
            for (int i = 0; i < count; ++i) {
                QString text = CaseDocuments::name(kind);
                if (CaseDocuments::perPerson(kind))
                    text += QStringLiteral(" — ") + people.value(i);
                auto *item = new QListWidgetItem(text, m_list);
                item->setData(KindRole, CaseDocuments::code(kind));
                item->setData(IndexRole, i);
                item->setToolTip(CaseDocuments::forOffice(kind)
                                     ? tr("Kept by the office")
                                     : tr("Goes out of the office: a confidential reporter "
                                          "is never shown"));
                if (CaseDocuments::code(kind) + QLatin1Char('/') + QString::number(i) == selected)
                    m_list->setCurrentItem(item);
            }
        }
        if (!m_list->currentItem() && m_list->count() > 0)
            m_list->setCurrentRow(0);
    }
    updateControls();
}

std::optional<CaseDocuments::Kind> DocumentsPanel::currentKind() const
{
    const QListWidgetItem *item = m_list->currentItem();
    CaseDocuments::Kind kind;
    if (!item || !CaseDocuments::fromCode(item->data(KindRole).toString(), &kind))
        return std::nullopt;
    return kind;
}

void DocumentsPanel::updateControls()
{
    const std::optional<CaseDocuments::Kind> kind = currentKind();
    m_preview->setEnabled(kind.has_value());
    m_print->setEnabled(kind.has_value());
    m_pdf->setEnabled(kind.has_value());
    m_odt->setEnabled(kind.has_value());
    m_all->setEnabled(m_list->count() > 0);
    const std::optional<PrintedDocument> doc =
        kind ? currentDocument() : std::optional<PrintedDocument>();
    const bool letter = doc && doc->isLetter();
    m_issue->setVisible(letter);
    m_letterState->setVisible(letter);
    if (letter) {
        const bool mayIssue =
            m_db.allows(Action::EditCases) || m_db.allows(Action::EditHearings, m_case.id);
        m_issue->setEnabled(doc->draft && mayIssue);
        m_letterState->setText(
            doc->draft ? tr("Draft: this letter has no number yet and prints marked KONSEP. "
                            "Issue it to take the next number from the letter book.")
                       : tr("Issued on %1 with the number %2; a reprint keeps it.")
                             .arg(shortMonthDate(doc->letter.issuedOn), doc->letter.number));
    }
    m_language->setEnabled(kind == CaseDocuments::Kind::Summary);
    m_showConfidential->setEnabled(kind && CaseDocuments::forOffice(*kind) &&
                                   m_case.reporterConfidential &&
                                   m_db.allows(Action::SeeConfidential));
}

void DocumentsPanel::reveal(bool show)
{
    if (!show || !m_case.reporterHidden)
        return;
    // The identity is read from the file only now, and the reveal is logged.
    QString error;
    const std::optional<Case> revealed = CaseRepository(m_db).revealReporter(
        m_case.id, tr("Documents of the case: %1").arg(m_list->currentItem()->text()), &error);
    if (!revealed) {
        m_showConfidential->setChecked(false);
        QMessageBox::warning(this, tr("The identity cannot be shown"), error);
        return;
    }
    // The reporter heard in the hearings too, read under the same logged reveal.
    const std::optional<QList<Hearing>> hearings =
        HearingRepository(m_db).revealedHearings(m_case.id, &error);
    if (!hearings) {
        m_showConfidential->setChecked(false);
        QMessageBox::warning(this, tr("The identity cannot be shown"), error);
        return;
    }
    m_hearings = *hearings;
    m_case.reporterName = revealed->reporterName;
    m_case.reporterAddress = revealed->reporterAddress;
    m_case.reporterContact = revealed->reporterContact;
    m_case.reporterHidden = false;
}

PrintedDocument::Paper DocumentsPanel::paper() const
{
    return m_paper->currentData().toString() == QLatin1String("F4") ? PrintedDocument::Paper::F4
                                                                    : PrintedDocument::Paper::A4;
}

std::optional<PrintedDocument> DocumentsPanel::currentDocument() const
{
    const std::optional<CaseDocuments::Kind> kind = currentKind();
    if (!kind)
        return std::nullopt;
    DocumentContext ctx = DocumentContext::fromFile(m_db, m_case);
    ctx.paper = paper();
    ctx.language = *kind == CaseDocuments::Kind::Summary ? m_language->currentData().toString()
                                                         : QStringLiteral("id");
    ctx.showConfidential = m_showConfidential->isEnabled() && m_showConfidential->isChecked();
    const QList<PrintedDocument> docs = CaseDocuments::build(*kind, m_case, m_hearings, ctx);
    const int index = m_list->currentItem()->data(IndexRole).toInt();
    if (index < 0 || index >= docs.size())
        return std::nullopt;
    return docs.at(index);
}

bool DocumentsPanel::exportOdt(const QString &path, QString *error) const
{
    const std::optional<PrintedDocument> doc = currentDocument();
    if (!doc) {
        *error = tr("Select a document first.");
        return false;
    }
    return doc->toOdt(path, paper(), error);
}

bool DocumentsPanel::issueCurrent(QString *error)
{
    std::optional<PrintedDocument> doc = currentDocument();
    if (!doc || !doc->isLetter()) {
        *error = tr("Select a letter first.");
        return false;
    }
    const bool ok = CaseDocuments::issue(m_db, *doc, error);
    updateControls();
    return ok;
}

void DocumentsPanel::issueWithQuestion()
{
    const std::optional<PrintedDocument> doc = currentDocument();
    if (!doc || !doc->isLetter() || !doc->draft)
        return;
    if (QMessageBox::question(
            this, tr("Issue letter"),
            tr("Issue \"%1\"? It takes the next number of the letter book and today's date; the "
               "number cannot be given back.")
                .arg(m_list->currentItem()->text())) != QMessageBox::Yes)
        return;
    QString error;
    if (!issueCurrent(&error))
        QMessageBox::warning(this, tr("The letter cannot be issued"), error);
}

bool DocumentsPanel::exportPdf(const QString &path, QString *error) const
{
    const std::optional<PrintedDocument> doc = currentDocument();
    if (!doc) {
        *error = tr("Select a document first.");
        return false;
    }
    return doc->toPdf(path, paper(), error);
}

void DocumentsPanel::preview()
{
    const std::optional<PrintedDocument> doc = currentDocument();
    if (!doc)
        return;
    PrintPreview::show(*doc, paper(), QStringLiteral("documentPreview"),
                       tr("The document cannot be printed"), this);
}

void DocumentsPanel::print()
{
    const std::optional<PrintedDocument> doc = currentDocument();
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc->title);
    PrintedDocument::setPaper(&printer, paper(), doc->landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("documentPrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!doc->render(&printer, &error))
        QMessageBox::warning(this, tr("The document cannot be printed"), error);
}

void DocumentsPanel::exportWithDialog(const QString &format)
{
    const bool odt = format == QLatin1String("odt");
    const std::optional<PrintedDocument> doc = currentDocument();
    if (!doc)
        return;
    // Named from the list, where a confidential reporter is always hidden.
    QString name = m_list->currentItem()->text();
    const QString number = m_case.number();
    if (!number.isEmpty())
        name += QStringLiteral(" - ") + number;
    SaveFileDialog save;
    save.objectName =
        odt ? QStringLiteral("documentOdtDialog") : QStringLiteral("documentPdfDialog");
    save.title = odt ? tr("Export document as ODT") : tr("Export document as PDF");
    save.folderKey = DirKey;
    save.suggestedName = name + QLatin1Char('.') + format;
    save.defaultSuffix = format;
    save.nameFilters =
        QStringList{odt ? tr("OpenDocument text (*.odt)") : tr("PDF documents (*.pdf)")};
    const QString path = save.ask(this);
    if (path.isEmpty())
        return;
    QString error;
    if (!(odt ? doc->toOdt(path, paper(), &error) : doc->toPdf(path, paper(), &error)))
        QMessageBox::warning(this, tr("The document cannot be exported"), error);
}

bool DocumentsPanel::exportAllPdf(const QString &folder, QString *error, int *count,
                                  const Progress &progress) const
{
    DocumentContext ctx = DocumentContext::fromFile(m_db, m_case);
    ctx.paper = paper();
    const QString number = m_case.number();
    QList<QPair<QString, PrintedDocument>> files;
    for (const CaseDocuments::Kind kind : CaseDocuments::kinds()) {
        const QList<PrintedDocument> docs = CaseDocuments::build(kind, m_case, m_hearings, ctx);
        const QStringList people = CaseDocuments::people(kind, m_hearings, m_case);
        for (int i = 0; i < docs.size(); ++i) {
            QString name = CaseDocuments::name(kind);
            if (CaseDocuments::perPerson(kind))
                name += QStringLiteral(" — ") + people.value(i);
            if (!number.isEmpty())
                name += QStringLiteral(" - ") + number;
            files.append(
                {QDir(folder).filePath(SaveFileDialog::safeName(name) + QStringLiteral(".pdf")),
                 docs.at(i)});
        }
    }
    if (!PrintedDocument::writeAll(files, paper(), false, error, progress))
        return false;
    if (count)
        *count = int(files.size());
    return true;
}

void DocumentsPanel::exportAllWithDialog()
{
    SaveFileDialog save;
    save.objectName = QStringLiteral("documentFolderDialog");
    save.title = tr("Export all documents as PDF");
    save.folderKey = DirKey;
    save.chooseFolder = true;
    const QString folder = save.ask(this);
    if (folder.isEmpty())
        return;
    ProgressDialog working(this, tr("Export all documents as PDF"),
                           tr("Writing the case's documents…"));
    QString error;
    int count = 0;
    if (!exportAllPdf(folder, &error, &count, working.progress())) {
        if (!working.cancelled()) // cancelled: nothing was written, nothing to say
            QMessageBox::warning(this, tr("The document cannot be exported"), error);
        return;
    }
    QMessageBox::information(this, tr("Export all documents as PDF"),
                             tr("%n document(s) written to %1.", nullptr, count).arg(folder));
}
