#include "common/FileDialogs.h"

#include "domain/DateFormat.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QTreeView>

namespace {

// The columns of QFileSystemModel.
enum Column { Name, Size, Kind, Modified };

} // namespace

QString FileListDelegate::text(const QModelIndex &index) const
{
    const auto *model = qobject_cast<const QFileSystemModel *>(index.model());
    if (!model)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Size:
        return model->isDir(index) ? QString() : locale.formattedDataSize(model->size(index));
    case Modified:
        return locale.toString(model->lastModified(index), shortMonthDateTimeFormat());
    default:
        return {};
    }
}

void FileListDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (const QString shown = text(index); !shown.isNull())
        option->text = shown;
}

namespace FileDialogs {

void localise(QFileDialog &dialog)
{
    dialog.setItemDelegate(new FileListDelegate(&dialog));
    // Qt sizes the date column for its own dates and remembers what the user makes of it: only
    // widened, to the width of a date of this locale.
    if (auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView"))) {
        const QString widest = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)),
                                                  shortMonthDateTimeFormat());
        const int needed = tree->fontMetrics().horizontalAdvance(widest) + 16;
        if (tree->header()->sectionSize(Modified) < needed)
            tree->header()->resizeSection(Modified, needed);
    }
}

QStringList openFiles(QWidget *parent, const QString &title, const QString &folder,
                      const QString &filter)
{
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    localise(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}

QString openFile(QWidget *parent, const QString &title, const QString &folder,
                 const QString &filter)
{
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    localise(dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace FileDialogs
