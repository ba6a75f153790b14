#pragma once

#include "domain/Progress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <memory>

class QProgressDialog;
class QWidget;

// Long work in the windows (a package exported or imported, the backup on close): a modal
// progress dialog with Cancel that shows only when the work lasts (after half a second), fed by
// core's Progress. While it runs, events are processed a few times a second, so Cancel is
// noticed between two of the work's steps.
class ProgressDialog
{
    Q_DECLARE_TR_FUNCTIONS(ProgressDialog)

public:
    ProgressDialog(QWidget *parent, const QString &title, const QString &label);
    ~ProgressDialog();
    ProgressDialog(const ProgressDialog &) = delete;
    ProgressDialog &operator=(const ProgressDialog &) = delete;

    // The callback for core: moves the bar; false once Cancel was pressed.
    Progress progress();
    bool cancelled() const;
    QProgressDialog *dialog() const { return m_dialog.get(); }

private:
    static constexpr int Steps = 1000;
    std::unique_ptr<QProgressDialog> m_dialog;
    QElapsedTimer m_events;
};
