#include "common/SaveFileDialog.h"

#include "common/FileDialogs.h"

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
    const QString name = safeName(suggestedName);

    QFileDialog dialog(parent, title);
    dialog.setObjectName(objectName);
    FileDialogs::localise(dialog);
    dialog.setAcceptMode(chooseFolder ? QFileDialog::AcceptOpen : QFileDialog::AcceptSave);
    dialog.setFileMode(chooseFolder ? QFileDialog::Directory : QFileDialog::AnyFile);
    if (chooseFolder)
        dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setDefaultSuffix(defaultSuffix);
    dialog.setNameFilters(nameFilters);
    if (selectedFilter >= 0 && selectedFilter < nameFilters.size())
        dialog.selectNameFilter(nameFilters.at(selectedFilter));
    dialog.setDirectory(dir);
    if (!chooseFolder)
        dialog.selectFile(QDir(dir).filePath(name));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    const QString path = dialog.selectedFiles().constFirst();
    if (chosenFilter)
        *chosenFilter = int(nameFilters.indexOf(dialog.selectedNameFilter()));
    settings.setValue(folderKey, chooseFolder ? path : QFileInfo(path).absolutePath());
    return path;
}

QString SaveFileDialog::safeName(const QString &name)
{
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    return safe;
}
