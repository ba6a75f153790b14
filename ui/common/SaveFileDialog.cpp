#include "common/SaveFileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

QString SaveFileDialog::ask(QWidget *parent, int *chosenFilter) const
{
    QSettings settings;
    QString dir = !folder.isEmpty() && QFileInfo(folder).isDir()
                      ? folder
                      : settings.value(folderKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(dir).isDir())
        dir = QDir::homePath();
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));

    QFileDialog dialog(parent, title);
    dialog.setObjectName(objectName);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(defaultSuffix);
    dialog.setNameFilters(nameFilters);
    if (selectedFilter >= 0 && selectedFilter < nameFilters.size())
        dialog.selectNameFilter(nameFilters.at(selectedFilter));
    dialog.setDirectory(dir);
    dialog.selectFile(QDir(dir).filePath(name));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    const QString path = dialog.selectedFiles().constFirst();
    if (chosenFilter)
        *chosenFilter = int(nameFilters.indexOf(dialog.selectedNameFilter()));
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    return path;
}
