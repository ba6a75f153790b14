#include "common/ProgressDialog.h"

#include <QApplication>
#include <QProgressDialog>

ProgressDialog::ProgressDialog(QWidget *parent, const QString &title, const QString &label)
    : m_dialog(std::make_unique<QProgressDialog>(parent))
{
    m_dialog->setObjectName(QStringLiteral("progressDialog"));
    m_dialog->setWindowTitle(title);
    m_dialog->setLabelText(label);
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    m_dialog->setMinimumDuration(500);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setRange(0, Steps);
    m_dialog->setMinimumWidth(420);
    m_dialog->setValue(0); // the half second starts
    m_events.start();
}

ProgressDialog::~ProgressDialog() = default;

Progress ProgressDialog::progress()
{
    return [this](qint64 done, qint64 total) {
        const int value = total > 0 ? int(qBound(qint64(0), done * Steps / total, qint64(Steps)))
                                    : m_dialog->value();
        // Until the dialog shows, the windows take no input (it is not modal yet) but its timer
        // runs; once shown, a modal dialog processes events as its value moves.
        const bool shown = m_dialog->isVisible();
        if (value != m_dialog->value()) {
            m_dialog->setValue(value);
            if (!shown)
                QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            m_events.restart();
        } else if (m_events.elapsed() >= 100) {
            QApplication::processEvents(shown ? QEventLoop::AllEvents
                                              : QEventLoop::ExcludeUserInputEvents);
            m_events.restart();
        }
        return !m_dialog->wasCanceled();
    };
}

bool ProgressDialog::cancelled() const
{
    return m_dialog->wasCanceled();
}
