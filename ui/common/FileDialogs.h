#pragma once

#include <QString>
#include <QStringList>
#include <QStyledItemDelegate>

class QFileDialog;
class QWidget;

// The list of Qt's own file dialog (the one used where the desktop offers none) in the user's
// language: Qt writes each file's size and date in the system's locale ("1.25 MiB",
// "7 Dec 2026"), whatever language Netra speaks. This delegate writes them in the application's
// locale ("1,25 MiB", "07/12/2026 21.16"); other columns are Qt's own.
class FileListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // The text shown for `index` of the dialog's file system model; a null string where Qt's
    // own is kept (a folder's size, the name and kind columns).
    QString text(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// The one door for "open a file" in the windows, and what every file dialog of Netra's shares.
namespace FileDialogs {

// Gives `dialog`'s lists the FileListDelegate and a date column wide enough for its dates.
void localise(QFileDialog &dialog);

// The file chosen to open (empty when cancelled), starting in `folder` (the last folder of the
// process when empty), with the name filters of `filter` ("Netra packages (*.netrapkg);;...").
QString openFile(QWidget *parent, const QString &title, const QString &folder,
                 const QString &filter);
// The same for several files at once.
QStringList openFiles(QWidget *parent, const QString &title, const QString &folder,
                      const QString &filter);

} // namespace FileDialogs
