#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One window per file: the netra that has a data file open for writing listens on a local
// socket named after the user and the file (only that user may connect); a second `netra FILE`
// hands the file to it, which raises its window, and exits. A file nobody has open, or that
// another user has open, is opened as before.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // The server name of a data file for the user running the program: the same for every
    // spelling of the file's path.
    static QString serverName(const QString &path);
    // Asks the netra that has `path` open to raise its window; true when it answered.
    static bool handOver(const QString &path);

    // Answers for `path` from now on (an empty path: for no file). Call it only while holding
    // the file's lock: a socket left by a killed netra is then known to be stale and replaced.
    bool listen(const QString &path);
    QString file() const { return m_file; }

signals:
    // A second netra asked for the file: the window is to come to the front.
    void raiseRequested();

private:
    void answer();

    QLocalServer *m_server = nullptr;
    QString m_file;
};
