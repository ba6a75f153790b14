#pragma once

#include "exchange/Package.h"
#include "store/PackageStore.h"

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// Packages between levels from the desktop: export with filters, import after a preview.
class PackageDialog
{
public:
    // Both return true when a package was written, or merged into the file.
    static bool exportPackage(Database &db, QWidget *parent);
    static bool importPackage(Database &db, QWidget *parent);
};

// Chooses what to export and writes the package.
class PackageExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PackageExportDialog(Database &db, QWidget *parent = nullptr);

    void setFile(const QString &path);
    CaseFilter filter() const;
    // Writes the package; false with a reason.
    bool write(QString *error, int *cases = nullptr);

    void accept() override;

private:
    Database &m_db;
    QComboBox *m_regency = nullptr;
    QCheckBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_attachments = nullptr;
    QCheckBox *m_identities = nullptr;
    QLineEdit *m_path = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_cancelled = false; // the last write() was cancelled
};

// Reads a package, shows what importing it would do and merges it.
class PackageImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PackageImportDialog(Database &db, QWidget *parent = nullptr);

    // Reads and previews the package; false (with the reason shown) when it is refused.
    bool setFile(const QString &path);
    bool isReady() const { return m_ready; }
    QString reason() const { return m_reason; }
    const ImportPlan &plan() const { return m_plan; }
    // Settles every conflict the same way (Ask: per record).
    void settleAll(Settlement settlement);
    // Merges in one transaction; false with the reason shown.
    bool apply();
    bool applied() const { return m_applied; }

private:
    void showPlan();

    Database &m_db;
    Package::Content m_content;
    ImportPlan m_plan;
    bool m_ready = false;
    bool m_applied = false;
    QString m_reason;
    QLineEdit *m_path = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_counts = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QWidget *m_conflictBar = nullptr;
    QComboBox *m_all = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
