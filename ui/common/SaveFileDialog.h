#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The one door for "save to a file" in the windows: a save dialog that opens in the folder last
// used for that kind of file (remembered in QSettings under `folderKey`; the user's Documents
// folder the first time or when it is gone), or in `folder` when that is given and exists, with
// a suggested name (characters a file name cannot hold replaced by '-'), and remembers the folder
// chosen.
struct SaveFileDialog
{
    QString objectName;
    QString title;
    QString folderKey;
    QString folder; // opens here rather than in the remembered folder (a file's own folder)
    QString suggestedName;
    QString defaultSuffix;
    QStringList nameFilters;
    int selectedFilter = 0;
    // A folder to write several files into rather than a file (remembered itself).
    bool chooseFolder = false;

    // `name` with the characters a file name cannot hold replaced by '-'.
    static QString safeName(const QString &name);

    // The path chosen, empty when cancelled; `chosenFilter` receives the index of the name
    // filter chosen.
    QString ask(QWidget *parent, int *chosenFilter = nullptr) const;
};
