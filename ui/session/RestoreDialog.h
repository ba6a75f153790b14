#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

// Chooses the backup to put in the place of the data file: the backups in its folder, newest
// first, with when each was made, its size and its number of cases, or another file. Accepting
// asks for confirmation first; the caller then restores `chosen()`.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const QString &dataFile, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    // The backup to restore, once accepted.
    QString chosen() const { return m_chosen; }

    // Asks for confirmation of the selected backup; closes the dialog on yes.
    void accept() override;

private:
    void reload();
    void chooseOther();
    bool confirm(const QString &backup, const QString &made, qint64 cases);

    QString m_dataFile;
    QString m_chosen;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QPushButton *m_restore;
};
