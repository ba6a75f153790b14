#include "session/BackupScheduler.h"

#include "store/Backup.h"

#include <QThread>

struct BackupScheduler::Outcome
{
    bool ok = false;
    Backup::Result result;
    QString error;
};

BackupScheduler::BackupScheduler(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(15 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::backupIfDue);
}

BackupScheduler::~BackupScheduler()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupScheduler::setFile(const QString &dataFile)
{
    m_file = dataFile;
    if (m_file.isEmpty())
        m_timer.stop();
    else
        m_timer.start();
}

bool BackupScheduler::backupIfDue()
{
    if (m_file.isEmpty() || m_thread || !Backup::isDue(m_file) || Backup::isCurrent(m_file))
        return false;
    return start();
}

bool BackupScheduler::start()
{
    if (m_file.isEmpty() || m_thread)
        return false;
    auto outcome = std::make_shared<Outcome>();
    const QString file = m_file;
    m_outcome = outcome;
    m_thread = QThread::create([file, outcome] {
        outcome->ok = Backup::make(file, QString(), 0, &outcome->result, &outcome->error);
    });
    connect(m_thread, &QThread::finished, this, &BackupScheduler::complete);
    m_thread->start(QThread::LowPriority);
    emit started();
    return true;
}

void BackupScheduler::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    complete();
}

void BackupScheduler::complete()
{
    if (!m_thread)
        return;
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    emit finished(outcome->ok, outcome->result.path, outcome->error);
}
