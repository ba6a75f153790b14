#include "session/RestoreDialog.h"
#include "common/FileDialogs.h"
#include "domain/DateFormat.h"

#include "common/Guide.h"
#include "store/Backup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { Made, Size, Cases, ColumnCount };
enum Role { PathRole = Qt::UserRole, CasesRole };
} // namespace

RestoreDialog::RestoreDialog(const QString &dataFile, QWidget *parent)
    : QDialog(parent), m_dataFile(dataFile)
{
    setObjectName(QStringLiteral("restoreDialog"));
    Guide::install(this, QStringLiteral("backups"));
    setWindowTitle(tr("Restore from backup"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Made on"), tr("Size"), tr("Cases")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Made, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreDialog::accept);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore..."), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *other = buttons->addButton(tr("&Other file..."), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherBackupButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseOther);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_restore->setEnabled(m_list->currentItem() != nullptr); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    reload();
    resize(560, 400);
}

namespace {

// When a backup was made, with its weekday: "Senin, 7 Desember 2026 13.26" (the locale's long
// format gave "07" and the seconds and zone, "13.26.26 UTC").
QString madeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(),
                              dateTimeFormat(QStringLiteral("dddd, d MMMM yyyy")));
}

} // namespace

void RestoreDialog::reload()
{
    m_list->clear();
    const QLocale locale;
    const QList<Backup::Entry> entries = Backup::list(m_dataFile);
    for (const Backup::Entry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Made, madeText(e.time));
        item->setText(Size, locale.formattedDataSize(e.size));
        item->setText(Cases, e.cases < 0 ? tr("unreadable") : locale.toString(e.cases));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Cases, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(Made, PathRole, e.path);
        item->setData(Made, CasesRole, e.cases);
        item->setToolTip(Made, QDir::toNativeSeparators(e.path));
    }
    for (int column = Size; column < ColumnCount; ++column)
        m_list->resizeColumnToContents(column);
    const QString folder = QDir::toNativeSeparators(Backup::defaultFolder(m_dataFile));
    m_intro->setText(
        entries.isEmpty()
            ? tr("There are no backups of %1 in %2 yet. Netra makes one when it closes and once "
                 "a day while it is open; another file can be chosen with Other file.")
                  .arg(QFileInfo(m_dataFile).fileName(), folder)
            : tr("Backups of %1 in %2, newest first. The backup chosen takes the place of the "
                 "data file; the current file is kept beside it.")
                  .arg(QFileInfo(m_dataFile).fileName(), folder));
    if (!entries.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(!entries.isEmpty());
}

void RestoreDialog::accept()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (confirm(item->data(Made, PathRole).toString(), item->text(Made),
                item->data(Made, CasesRole).toLongLong()))
        QDialog::accept();
}

void RestoreDialog::chooseOther()
{
    const QString path =
        FileDialogs::openFile(this, tr("Restore from backup"), Backup::defaultFolder(m_dataFile),
                              tr("Netra data files (*.netra)"));
    if (path.isEmpty())
        return;
    // A bad file is refused before anything is asked.
    const QString problem = Backup::inspect(path);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Restore from backup"), problem);
        return;
    }
    if (confirm(path, madeText(QFileInfo(path).lastModified()), -1))
        QDialog::accept();
}

bool RestoreDialog::confirm(const QString &backup, const QString &made, qint64 cases)
{
    const QString what =
        cases < 0
            ? tr("Restore the backup %1 (saved on %2)?").arg(QDir::toNativeSeparators(backup), made)
            : tr("Restore the backup made on %1 (%2 cases)?").arg(made, QLocale().toString(cases));
    QMessageBox box(QMessageBox::Question, tr("Restore from backup"), what,
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("confirmRestore"));
    box.setInformativeText(
        tr("What was recorded in %1 after that backup will no longer be in "
           "it. The current file is kept beside it under the name "
           "%2.before-restore-…, and the case windows are closed.")
            .arg(QFileInfo(m_dataFile).fileName(), QFileInfo(m_dataFile).completeBaseName()));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return false;
    m_chosen = backup;
    return true;
}
