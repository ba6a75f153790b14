#pragma once

#include "exchange/RegisterImport.h"

#include <QWizard>

class Database;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Brings a CSV register into the open data file: the file, the mapping of its headers to the
// register's columns when they differ, a dry run to preview, then the import in one transaction
// that can be cancelled without leaving anything behind.
class ImportCsvWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage, ImportPage };

    explicit ImportCsvWizard(Database &db, QWidget *parent = nullptr);

    // Chooses the register without a file dialog.
    void setFile(const QString &path);
    QString file() const;

    // The file's headers and the spec column each is mapped to (empty: ignored).
    QStringList headers() const { return m_headers; }
    QStringList mapping() const;
    // Maps the header at `index` to a spec column (empty: ignore).
    void setMapping(int index, const QString &column);

    const RegisterImport::Summary &previewSummary() const { return m_preview; }
    const RegisterImport::Summary &importSummary() const { return m_summary; }
    bool importDone() const { return m_done; }

    // The settings key of a header row's saved mapping.
    static QString mappingKey(const QStringList &headers);

signals:
    // During the import, after each case.
    void progressed(int done, int total);
    // Cases were added to the file.
    void imported();

private:
    friend class CsvFilePage;
    friend class CsvMappingPage;
    friend class CsvPreviewPage;
    friend class CsvImportPage;

    bool loadFile();
    bool needsMapping() const;
    QByteArray mappedData() const;
    void runPreview();
    void runImport();
    void saveMapping() const;

    Database &m_db;
    QByteArray m_data;
    QString m_loadedPath;
    QStringList m_headers;
    RegisterImport::Summary m_preview;
    RegisterImport::Summary m_summary;
    bool m_running = false;
    bool m_done = false;
    bool m_cancel = false;

    QLineEdit *m_path = nullptr;
    QLabel *m_fileError = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_previewCounts = nullptr;
    QTableWidget *m_refused = nullptr;
    QLabel *m_unknown = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_result = nullptr;
};
