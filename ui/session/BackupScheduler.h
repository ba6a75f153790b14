#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

class QThread;

// The automatic backups of the open data file while the program runs: a check every few
// minutes, and a backup (Backup::make) in a worker thread with its own connection when none was
// made in the last day and the file changed since the newest one (Backup::isCurrent), so that a
// big file never freezes the window.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(QObject *parent = nullptr);
    // Waits for a backup being made.
    ~BackupScheduler() override;

    // The data file to keep backed up; empty for none (stops the checks).
    void setFile(const QString &dataFile);
    QString file() const { return m_file; }
    // How often whether a backup is due is checked.
    void setInterval(int msec) { m_timer.setInterval(msec); }

    // Starts a backup in the worker thread when one is due (none today, and the file changed
    // since the newest); true when it started.
    bool backupIfDue();
    // Starts a backup in the worker thread now; false when one is being made already.
    bool start();
    bool isRunning() const { return m_thread != nullptr; }
    // Blocks until the backup being made (if any) is done; `finished` is emitted before it
    // returns.
    void wait();

signals:
    void started();
    // `path` is the backup made; `error` says why none was.
    void finished(bool ok, const QString &path, const QString &error);

private:
    struct Outcome;
    void complete();

    QTimer m_timer;
    QString m_file;
    QThread *m_thread = nullptr;
    std::shared_ptr<Outcome> m_outcome;
};
