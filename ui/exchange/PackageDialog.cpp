#include "exchange/PackageDialog.h"

#include "case/TimelinePanel.h"
#include "common/FileDialogs.h"
#include "common/Guide.h"
#include "common/ProgressDialog.h"
#include "common/SaveFileDialog.h"
#include "domain/DateFormat.h"

#include "domain/Codes.h"
#include "domain/Regions.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/OutputFile.h"
#include "store/StatsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

bool PackageDialog::exportPackage(Database &db, QWidget *parent)
{
    PackageExportDialog dialog(db, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool PackageDialog::importPackage(Database &db, QWidget *parent)
{
    const QString path = FileDialogs::openFile(
        parent, PackageImportDialog::tr("Import package"), QString(),
        PackageImportDialog::tr("Netra packages (*.netrapkg);;All files (*)"));
    if (path.isEmpty())
        return false;
    PackageImportDialog dialog(db, parent);
    dialog.setFile(path);
    return dialog.exec() == QDialog::Accepted && dialog.applied();
}

// --- export ---

PackageExportDialog::PackageExportDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("exportPackageDialog"));
    Guide::install(this, QStringLiteral("package"));
    setWindowTitle(tr("Export package"));
    auto *form = new QFormLayout;

    m_regency = new QComboBox(this);
    m_regency->setObjectName(QStringLiteral("regency"));
    m_regency->addItem(tr("All regencies and cities"), QString());
    for (const QString &code : StatsRepository(m_db).regencies())
        m_regency->addItem(Regions::nameOf(code), code);
    form->addRow(tr("Regency/city:"), m_regency);

    auto *period = new QHBoxLayout;
    m_period = new QCheckBox(tr("Received between"), this);
    m_period->setObjectName(QStringLiteral("period"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(shortDateFormat());
        e->setEnabled(false);
        connect(m_period, &QCheckBox::toggled, e, &QWidget::setEnabled);
    }
    period->addWidget(m_period);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("and"), this));
    period->addWidget(m_to);
    form->addRow(tr("Period:"), period);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &code : Codes::all(Codes::Kind::Status))
        m_status->addItem(Codes::label(Codes::Kind::Status, code), code);
    form->addRow(tr("Status:"), m_status);

    m_attachments = new QCheckBox(tr("With attachments"), this);
    m_attachments->setObjectName(QStringLiteral("withAttachments"));
    form->addRow(QString(), m_attachments);
    m_identities = new QCheckBox(tr("With the identities of confidential reporters"), this);
    m_identities->setObjectName(QStringLiteral("withIdentities"));
    form->addRow(QString(), m_identities);

    auto *file = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("packagePath"));
    auto *browse = new QPushButton(tr("Choose..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QFileInfo chosen(m_path->text().trimmed());
        SaveFileDialog save;
        save.objectName = QStringLiteral("exportPackageFileDialog");
        save.title = tr("Export package");
        save.folderKey = QStringLiteral("package/directory");
        save.folder = m_path->text().trimmed().isEmpty() ? QString() : chosen.absolutePath();
        save.suggestedName =
            chosen.fileName().isEmpty()
                ? QStringLiteral("paket-%1.netrapkg").arg(m_db.today().toString(Qt::ISODate))
                : chosen.fileName();
        save.defaultSuffix = QStringLiteral("netrapkg");
        save.nameFilters = QStringList{tr("Netra packages (*.netrapkg)")};
        const QString path = save.ask(this);
        if (!path.isEmpty())
            m_path->setText(path);
    });
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    form->addRow(tr("File:"), file);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
}

void PackageExportDialog::setFile(const QString &path)
{
    m_path->setText(path);
}

CaseFilter PackageExportDialog::filter() const
{
    CaseFilter f;
    f.regencyCode = m_regency->currentData().toString();
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        f.statuses << status;
    if (m_period->isChecked()) {
        f.receivedFrom = m_from->date();
        f.receivedTo = m_to->date();
    }
    return f;
}

bool PackageExportDialog::write(QString *error, int *cases)
{
    Package::Content content;
    ProgressDialog working(this, windowTitle(), tr("Reading the cases for the package…"));
    m_cancelled = false;
    if (!PackageStore(m_db).collect(filter(), m_attachments->isChecked(), m_identities->isChecked(),
                                    &content, error, working.progress())) {
        m_cancelled = working.cancelled();
        return false;
    }
    const QByteArray bytes = Package::write(content, error);
    if (bytes.isEmpty())
        return false;
    // Through the door for outputs: never over the data file, and a full disk leaves nothing.
    if (!OutputFile::save(m_path->text(), bytes, error))
        return false;
    if (cases)
        *cases = int(content.count(QStringLiteral("cases")));
    return true;
}

void PackageExportDialog::accept()
{
    QString error;
    int cases = 0;
    if (!write(&error, &cases)) {
        if (!m_cancelled) // cancelled: the dialog stays as it was, nothing written
            QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QMessageBox::information(
        this, windowTitle(),
        tr("%1 cases written to %2.")
            .arg(QLocale().toString(cases), QFileInfo(m_path->text()).fileName()));
    QDialog::accept();
}

// --- import ---

namespace {

// What a table of a package holds, as the import's preview names it.
QString tableLabel(const QString &table)
{
    static const struct
    {
        const char *table;
        const char *label;
    } labels[] = {
        {"cases", QT_TRANSLATE_NOOP("PackageImportDialog", "Cases")},
        {"parties", QT_TRANSLATE_NOOP("PackageImportDialog", "Persons")},
        {"attachments", QT_TRANSLATE_NOOP("PackageImportDialog", "Evidence and attachments")},
        {"hearings", QT_TRANSLATE_NOOP("PackageImportDialog", "Clarification hearings")},
        {"hearing_attendees",
         QT_TRANSLATE_NOOP("PackageImportDialog", "Persons invited to hearings")},
        {"minutes_entries",
         QT_TRANSLATE_NOOP("PackageImportDialog", "Questions and answers of the minutes")},
        {"minutes_addenda", QT_TRANSLATE_NOOP("PackageImportDialog", "Addenda to the minutes")},
        {"followups", QT_TRANSLATE_NOOP("PackageImportDialog", "Follow-ups")},
        {"activities", QT_TRANSLATE_NOOP("PackageImportDialog", "Prevention activities")},
        {"leads", QT_TRANSLATE_NOOP("PackageImportDialog", "Supervision leads")},
    };
    for (const auto &l : labels) {
        if (table == QLatin1String(l.table))
            return PackageImportDialog::tr(l.label);
    }
    return table;
}

} // namespace

PackageImportDialog::PackageImportDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("importPackageDialog"));
    Guide::install(this, QStringLiteral("package"));
    setWindowTitle(tr("Import package"));
    auto *layout = new QVBoxLayout(this);

    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    layout->addWidget(m_path);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("packageStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_counts = new QTableWidget(0, 5, this);
    m_counts->setObjectName(QStringLiteral("planCounts"));
    m_counts->setHorizontalHeaderLabels(
        {tr("Table"), tr("Added"), tr("Updated"), tr("Unchanged"), tr("Conflicts")});
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_counts, 1);

    // The conflicts and how to settle them, shown when the package has some (setFile); else the
    // counts take the room.
    m_conflictBar = new QWidget(this);
    m_conflictBar->setObjectName(QStringLiteral("conflictBar"));
    auto *all = new QHBoxLayout(m_conflictBar);
    all->setContentsMargins(0, 0, 0, 0);
    all->addWidget(new QLabel(tr("Conflicts:"), this));
    m_all = new QComboBox(this);
    m_all->setObjectName(QStringLiteral("settleAll"));
    m_all->addItem(tr("Decide for each record"), int(Settlement::Ask));
    m_all->addItem(tr("Keep mine for all"), int(Settlement::KeepMine));
    m_all->addItem(tr("Take theirs for all"), int(Settlement::TakeTheirs));
    all->addWidget(m_all, 1);
    layout->addWidget(m_conflictBar);
    connect(m_all, &QComboBox::currentIndexChanged, this, [this] {
        const auto s = Settlement(m_all->currentData().toInt());
        if (s == Settlement::Ask)
            return;
        for (int i = 0; i < m_conflicts->rowCount(); ++i) {
            if (auto *c = qobject_cast<QComboBox *>(m_conflicts->cellWidget(i, 3)))
                c->setCurrentIndex(c->findData(int(s)));
        }
    });

    m_conflicts = new QTableWidget(0, 4, this);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->setHorizontalHeaderLabels(
        {tr("Table"), tr("Record"), tr("Differs in"), tr("Settle")});
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_conflicts, 1);
    m_conflictBar->hide();
    m_conflicts->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyPackage"));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (apply())
            QDialog::accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(720, 520);
}

bool PackageImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    m_ready = false;
    m_content = {};
    m_plan = {};
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    auto refuse = [this](const QString &reason) {
        m_reason = reason;
        m_status->setText(tr("The package is refused: %1").arg(reason));
        showPlan();
        return false;
    };
    // Only a regular file, read up to the limit and no further.
    QString reason;
    if (!Package::load(path, &m_content, &reason))
        return refuse(reason);
    if (!PackageStore(m_db).preview(m_content, &m_plan, &reason))
        return refuse(reason);
    m_reason.clear();
    m_ready = true;
    const QString made =
        QLocale().toString(m_content.createdAt.toLocalTime(), shortMonthDateTimeFormat());
    m_status->setText(
        m_content.officeCode.isEmpty()
            ? tr("From %1, made %2.").arg(m_content.officeName, made)
            : tr("From %1 (%2), made %3.").arg(m_content.officeName, m_content.officeCode, made));
    showPlan();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(true);
    return true;
}

void PackageImportDialog::showPlan()
{
    const QLocale locale;
    m_counts->setRowCount(0);
    // In the package's order (the cases first), each by what it holds.
    for (const Package::Table &table : Package::tables()) {
        const auto it = m_plan.tables.constFind(table.name);
        if (it == m_plan.tables.cend())
            continue;
        const int row = m_counts->rowCount();
        m_counts->insertRow(row);
        m_counts->setItem(row, 0, new QTableWidgetItem(tableLabel(table.name)));
        const int values[] = {it->added, it->updated, it->unchanged, it->conflicts};
        for (int i = 0; i < 4; ++i) {
            auto *item = new QTableWidgetItem(locale.toString(values[i]));
            item->setData(Qt::UserRole, values[i]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counts->setItem(row, i + 1, item);
        }
    }
    m_counts->resizeColumnsToContents();
    m_conflicts->setRowCount(int(m_plan.conflicts.size()));
    const CaseRepository cases(m_db);
    for (int i = 0; i < m_plan.conflicts.size(); ++i) {
        const ImportPlan::Conflict &c = m_plan.conflicts.at(i);
        // The record by its case's number (a person, a hearing, a follow-up of it), the fields
        // by their labels as the case's history shows them.
        const QString number = c.caseUuid.isEmpty() ? QString() : cases.numberOf(c.caseUuid);
        QStringList fields;
        for (const QString &field : c.fields)
            fields << TimelinePanel::fieldLabel(c.table, field);
        m_conflicts->setItem(i, 0, new QTableWidgetItem(tableLabel(c.table)));
        m_conflicts->setItem(i, 1, new QTableWidgetItem(number.isEmpty() ? c.uuid : number));
        m_conflicts->setItem(i, 2, new QTableWidgetItem(fields.join(QLatin1String(", "))));
        auto *combo = new QComboBox(m_conflicts);
        combo->addItem(tr("Leave unsettled"), int(Settlement::Ask));
        combo->addItem(tr("Keep mine"), int(Settlement::KeepMine));
        combo->addItem(tr("Take theirs"), int(Settlement::TakeTheirs));
        m_conflicts->setCellWidget(i, 3, combo);
    }
    m_conflictBar->setHidden(m_plan.conflicts.isEmpty());
    m_conflicts->setHidden(m_plan.conflicts.isEmpty());
}

void PackageImportDialog::settleAll(Settlement settlement)
{
    m_all->setCurrentIndex(m_all->findData(int(settlement)));
}

bool PackageImportDialog::apply()
{
    if (!m_ready)
        return false;
    QHash<QString, Settlement> per;
    for (int i = 0; i < m_conflicts->rowCount(); ++i) {
        auto *c = qobject_cast<QComboBox *>(m_conflicts->cellWidget(i, 3));
        if (c)
            per.insert(m_plan.conflicts.at(i).uuid, Settlement(c->currentData().toInt()));
    }
    ImportPlan done;
    QString reason;
    ProgressDialog working(this, windowTitle(), tr("Importing the package…"));
    if (!PackageStore(m_db).apply(m_content, Settlement(m_all->currentData().toInt()), per, &done,
                                  &reason, working.progress())) {
        m_reason = reason;
        m_status->setText(working.cancelled() ? reason : tr("Nothing was written: %1").arg(reason));
        return false;
    }
    m_plan = done;
    m_applied = true;
    m_ready = false;
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    m_status->setText(tr("Applied: %1 records added, %2 updated, %3 conflicts left unsettled.")
                          .arg(QLocale().toString(done.total(&ImportPlan::Counts::added)),
                               QLocale().toString(done.total(&ImportPlan::Counts::updated)),
                               QLocale().toString(done.total(&ImportPlan::Counts::conflicts))));
    showPlan();
    return true;
}
