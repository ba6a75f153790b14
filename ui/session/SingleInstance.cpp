#include "session/SingleInstance.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <unistd.h>

namespace {

const QByteArray Request = "raise\n";
const QByteArray Reply = "raised\n";
// A running netra answers at once; one busy for longer (a backup on closing) is not waited for,
// and the file is opened as before (its lock says who has it).
constexpr int WaitMs = 3000;

} // namespace

SingleInstance::SingleInstance(QObject *parent) : QObject(parent) {}

SingleInstance::~SingleInstance()
{
    listen(QString());
}

QString SingleInstance::serverName(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    const QByteArray key = (canonical.isEmpty() ? info.absoluteFilePath() : canonical).toUtf8();
    return QStringLiteral("netra-%1-%2")
        .arg(getuid())
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24)));
}

bool SingleInstance::handOver(const QString &path)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(path));
    if (!socket.waitForConnected(WaitMs))
        return false;
    socket.write(Request);
    if (!socket.waitForBytesWritten(WaitMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(WaitMs))
            return false;
    }
    return socket.readLine() == Reply;
}

bool SingleInstance::listen(const QString &path)
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    m_file.clear();
    if (path.isEmpty())
        return true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
    const QString name = serverName(path);
    if (!m_server->listen(name)) {
        // Left by a netra that was killed: the file's lock, held by the caller, says nobody
        // else answers for this file.
        QLocalServer::removeServer(name);
        if (!m_server->listen(name)) {
            qWarning("netra: cannot answer for %s: %s", qPrintable(path),
                     qPrintable(m_server->errorString()));
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    m_file = path;
    return true;
}

void SingleInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto read = [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == Request) {
                socket->write(Reply);
                socket->flush();
                emit raiseRequested();
            }
            socket->disconnectFromServer();
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        read(); // what arrived before the connection was taken
    }
}
