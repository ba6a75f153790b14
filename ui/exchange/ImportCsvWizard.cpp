#include "exchange/ImportCsvWizard.h"

#include "common/FileDialogs.h"
#include "store/Database.h"
#include "store/InputFile.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

class CsvFilePage : public QWizardPage
{
public:
    explicit CsvFilePage(ImportCsvWizard *w) : m_w(w)
    {
        setTitle(ImportCsvWizard::tr("Choose the register"));
        setSubTitle(ImportCsvWizard::tr("A CSV file with one row per person reported, separated "
                                        "by commas or semicolons."));
        auto *layout = new QVBoxLayout(this);
        auto *row = new QHBoxLayout;
        w->m_path = new QLineEdit(this);
        w->m_path->setObjectName(QStringLiteral("csvPath"));
        auto *browse = new QPushButton(ImportCsvWizard::tr("Choose..."), this);
        row->addWidget(w->m_path, 1);
        row->addWidget(browse);
        layout->addLayout(row);
        w->m_fileError = new QLabel(this);
        w->m_fileError->setWordWrap(true);
        layout->addWidget(w->m_fileError);
        layout->addStretch();
        connect(w->m_path, &QLineEdit::textChanged, this, [this] { emit completeChanged(); });
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = FileDialogs::openFile(
                this, ImportCsvWizard::tr("Import CSV register"), m_w->m_path->text(),
                ImportCsvWizard::tr("CSV registers (*.csv);;All files (*)"));
            if (!path.isEmpty())
                m_w->m_path->setText(path);
        });
    }
    bool isComplete() const override { return QFileInfo(m_w->m_path->text()).isFile(); }
    bool validatePage() override { return m_w->loadFile(); }
    int nextId() const override
    {
        return m_w->needsMapping() ? ImportCsvWizard::MappingPage : ImportCsvWizard::PreviewPage;
    }

private:
    ImportCsvWizard *m_w;
};

class CsvMappingPage : public QWizardPage
{
public:
    explicit CsvMappingPage(ImportCsvWizard *w) : m_w(w)
    {
        setTitle(ImportCsvWizard::tr("Match the columns"));
        setSubTitle(ImportCsvWizard::tr("The file's headers differ from the register's columns. "
                                        "Choose the column each header holds, or ignore it."));
        auto *layout = new QVBoxLayout(this);
        w->m_mapping = new QTableWidget(0, 2, this);
        w->m_mapping->setObjectName(QStringLiteral("columnMapping"));
        w->m_mapping->setHorizontalHeaderLabels(
            {ImportCsvWizard::tr("Header in the file"), ImportCsvWizard::tr("Register column")});
        w->m_mapping->horizontalHeader()->setStretchLastSection(true);
        w->m_mapping->verticalHeader()->hide();
        layout->addWidget(w->m_mapping);
    }
    void initializePage() override
    {
        QTableWidget *t = m_w->m_mapping;
        t->setRowCount(0);
        const QStringList columns = RegisterCsv::columns();
        const QStringList saved =
            QSettings().value(ImportCsvWizard::mappingKey(m_w->m_headers)).toStringList();
        const bool useSaved = saved.size() == m_w->m_headers.size();
        t->setRowCount(int(m_w->m_headers.size()));
        for (int i = 0; i < m_w->m_headers.size(); ++i) {
            const QString header = m_w->m_headers.at(i);
            auto *item = new QTableWidgetItem(header);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            t->setItem(i, 0, item);
            auto *combo = new QComboBox(t);
            combo->addItem(ImportCsvWizard::tr("(ignore)"), QString());
            for (const QString &c : columns)
                combo->addItem(c, c);
            QString chosen = header.toLower();
            if (useSaved)
                chosen = saved.at(i);
            const int index = chosen.isEmpty() ? 0 : combo->findData(chosen);
            combo->setCurrentIndex(index < 0 ? 0 : index);
            t->setCellWidget(i, 1, combo);
        }
        t->resizeColumnToContents(0);
    }
    bool validatePage() override
    {
        // Each register column may come from one header only.
        QStringList seen;
        for (const QString &c : m_w->mapping()) {
            if (c.isEmpty())
                continue;
            if (seen.contains(c)) {
                setSubTitle(ImportCsvWizard::tr("The column %1 is chosen for more than one header.")
                                .arg(c));
                return false;
            }
            seen << c;
        }
        return true;
    }

private:
    ImportCsvWizard *m_w;
};

class CsvPreviewPage : public QWizardPage
{
public:
    explicit CsvPreviewPage(ImportCsvWizard *w) : m_w(w)
    {
        setTitle(ImportCsvWizard::tr("Preview"));
        setSubTitle(ImportCsvWizard::tr("A trial run: nothing has been written yet."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportCsvWizard::tr("&Import"));
        auto *layout = new QVBoxLayout(this);
        w->m_previewCounts = new QLabel(this);
        w->m_previewCounts->setObjectName(QStringLiteral("previewCounts"));
        w->m_previewCounts->setWordWrap(true);
        layout->addWidget(w->m_previewCounts);
        w->m_refused = new QTableWidget(0, 3, this);
        w->m_refused->setObjectName(QStringLiteral("refusedRows"));
        w->m_refused->setHorizontalHeaderLabels({ImportCsvWizard::tr("Line"),
                                                 ImportCsvWizard::tr("Column"),
                                                 ImportCsvWizard::tr("Reason")});
        w->m_refused->horizontalHeader()->setStretchLastSection(true);
        w->m_refused->verticalHeader()->hide();
        w->m_refused->setEditTriggers(QAbstractItemView::NoEditTriggers);
        layout->addWidget(w->m_refused);
        w->m_unknown = new QLabel(this);
        w->m_unknown->setObjectName(QStringLiteral("unknownColumns"));
        w->m_unknown->setWordWrap(true);
        layout->addWidget(w->m_unknown);
    }
    void initializePage() override { m_w->runPreview(); }
    bool isComplete() const override { return m_w->m_preview.readable; }

private:
    ImportCsvWizard *m_w;
};

class CsvImportPage : public QWizardPage
{
public:
    explicit CsvImportPage(ImportCsvWizard *w) : m_w(w)
    {
        setTitle(ImportCsvWizard::tr("Import"));
        auto *layout = new QVBoxLayout(this);
        w->m_progress = new QProgressBar(this);
        w->m_progress->setObjectName(QStringLiteral("importProgress"));
        layout->addWidget(w->m_progress);
        w->m_cancelButton = new QPushButton(ImportCsvWizard::tr("Cancel the import"), this);
        w->m_cancelButton->setObjectName(QStringLiteral("cancelImport"));
        layout->addWidget(w->m_cancelButton, 0, Qt::AlignLeft);
        w->m_result = new QLabel(this);
        w->m_result->setObjectName(QStringLiteral("importSummary"));
        w->m_result->setWordWrap(true);
        layout->addWidget(w->m_result);
        layout->addStretch();
        connect(w->m_cancelButton, &QPushButton::clicked, this, [this] { m_w->m_cancel = true; });
    }
    void initializePage() override
    {
        QTimer::singleShot(0, m_w, [w = m_w] { w->runImport(); });
    }
    bool isComplete() const override { return m_w->m_done; }

private:
    ImportCsvWizard *m_w;
};

ImportCsvWizard::ImportCsvWizard(Database &db, QWidget *parent) : QWizard(parent), m_db(db)
{
    setObjectName(QStringLiteral("importCsvWizard"));
    setWindowTitle(tr("Import CSV register"));
    setPage(FilePage, new CsvFilePage(this));
    setPage(MappingPage, new CsvMappingPage(this));
    setPage(PreviewPage, new CsvPreviewPage(this));
    setPage(ImportPage, new CsvImportPage(this));
    setStartId(FilePage);
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(720, 520);
}

void ImportCsvWizard::setFile(const QString &path)
{
    m_path->setText(path);
}

QString ImportCsvWizard::file() const
{
    return m_path->text();
}

QString ImportCsvWizard::mappingKey(const QStringList &headers)
{
    QStringList normal;
    for (const QString &h : headers)
        normal << h.trimmed().toLower();
    const QByteArray hash =
        QCryptographicHash::hash(normal.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    return QStringLiteral("csvMapping/") + QString::fromLatin1(hash);
}

QStringList ImportCsvWizard::mapping() const
{
    QStringList out;
    if (!needsMapping()) {
        for (const QString &h : m_headers)
            out << h.toLower();
        return out;
    }
    for (int i = 0; i < m_mapping->rowCount(); ++i) {
        auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1));
        out << (combo ? combo->currentData().toString() : QString());
    }
    return out;
}

void ImportCsvWizard::setMapping(int index, const QString &column)
{
    auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(index, 1));
    if (!combo)
        return;
    const int at = column.isEmpty() ? 0 : combo->findData(column);
    if (at >= 0)
        combo->setCurrentIndex(at);
}

bool ImportCsvWizard::loadFile()
{
    const QString path = m_path->text();
    // Only a regular file, read up to the limit and no further (never a pipe or a device).
    QString error;
    switch (InputFile::read(path, RegisterCsv::MaxFileBytes, &m_data, &error)) {
    case InputFile::Result::Read:
        break;
    case InputFile::Result::TooLarge:
        m_fileError->setText(tr("The file is larger than %1 MiB; it is not read.")
                                 .arg(RegisterCsv::MaxFileBytes / (1024 * 1024)));
        return false;
    case InputFile::Result::Refused:
        m_fileError->setText(error);
        return false;
    }
    m_headers = RegisterCsv::headerNames(m_data);
    if (m_headers.isEmpty()) {
        m_fileError->setText(tr("The first row of the file cannot be read as a header."));
        return false;
    }
    m_fileError->clear();
    m_loadedPath = path;
    return true;
}

bool ImportCsvWizard::needsMapping() const
{
    const QStringList columns = RegisterCsv::columns();
    for (const QString &h : m_headers) {
        if (!columns.contains(h.toLower()))
            return true;
    }
    return false;
}

QByteArray ImportCsvWizard::mappedData() const
{
    if (!needsMapping())
        return m_data;
    return RegisterCsv::renameHeader(m_data, mapping());
}

void ImportCsvWizard::runPreview()
{
    RegisterImport::Options options;
    options.dryRun = true;
    m_preview = RegisterImport(m_db).importData(mappedData(), options);
    const QLocale locale;
    if (!m_preview.readable) {
        m_previewCounts->setText(tr("The register cannot be read: %1").arg(m_preview.error));
    } else {
        m_previewCounts->setText(
            tr("%1 rows read. %2 cases will be added; %3 are already in the file and will be "
               "skipped; %4 cases are refused.")
                .arg(locale.toString(m_preview.rows), locale.toString(m_preview.added),
                     locale.toString(m_preview.skipped), locale.toString(m_preview.refusedCases)));
    }
    m_refused->setRowCount(int(m_preview.refused.size()));
    for (int i = 0; i < m_preview.refused.size(); ++i) {
        const RegisterCsv::Problem &p = m_preview.refused.at(i);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, p.line);
        m_refused->setItem(i, 0, line);
        m_refused->setItem(i, 1, new QTableWidgetItem(p.column));
        m_refused->setItem(i, 2, new QTableWidgetItem(p.reason));
    }
    m_refused->resizeColumnsToContents();
    QStringList unknown = m_preview.unknownColumns;
    const QStringList mapped = mapping();
    for (int i = 0; i < m_headers.size(); ++i) {
        if (mapped.value(i).isEmpty() && !unknown.contains(m_headers.at(i)))
            unknown << m_headers.at(i);
    }
    m_unknown->setText(unknown.isEmpty()
                           ? QString()
                           : tr("Columns not read: %1").arg(unknown.join(QLatin1String(", "))));
    emit currentPage()->completeChanged();
}

void ImportCsvWizard::runImport()
{
    if (m_running || m_done)
        return;
    m_running = true;
    m_cancel = false;
    m_cancelButton->setEnabled(true);
    button(QWizard::CancelButton)->setEnabled(false);
    RegisterImport::Options options;
    options.progress = [this](int done, int total) {
        m_progress->setMaximum(qMax(total, 1));
        m_progress->setValue(done);
        emit progressed(done, total);
        QApplication::processEvents();
        return !m_cancel;
    };
    m_summary = RegisterImport(m_db).importData(mappedData(), options);
    m_running = false;
    m_done = true;
    m_cancelButton->setEnabled(false);
    button(QWizard::CancelButton)->setEnabled(true);
    const QLocale locale;
    if (m_summary.cancelled) {
        m_result->setText(tr("The import was cancelled; nothing was written."));
    } else if (!m_summary.readable) {
        m_result->setText(tr("The register cannot be read: %1").arg(m_summary.error));
    } else {
        m_progress->setValue(m_progress->maximum());
        m_result->setText(tr("%1 cases added; %2 already in the file were skipped; %3 cases "
                             "refused.")
                              .arg(locale.toString(m_summary.added),
                                   locale.toString(m_summary.skipped),
                                   locale.toString(m_summary.refusedCases)));
        if (needsMapping())
            saveMapping();
        if (m_summary.added > 0)
            emit imported();
    }
    emit currentPage()->completeChanged();
}

void ImportCsvWizard::saveMapping() const
{
    QSettings().setValue(mappingKey(m_headers), mapping());
}
