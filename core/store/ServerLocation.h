#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// An office server named as libpq names it: postgresql://[user[:password]@][host][:port]/database
// [?param=value&…] (postgres:// too). The parameters are libpq's (sslmode, sslrootcert,
// connect_timeout, service, host= for a Unix socket folder, …); a password that is not in the URI
// comes from PGPASSFILE (~/.pgpass) or a PGSERVICE entry, as libpq finds it.
struct ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)

public:
    QString host; // a name, an address, or a folder holding the server's Unix socket
    int port = -1;
    QString database;
    QString user;
    QString password;
    QStringList options; // libpq's key=value, for QSqlDatabase::setConnectOptions

    // The location in `uri`; false with `error` in the user's language when it is not one.
    static bool parse(const QString &uri, ServerLocation *location, QString *error);
    // The URI without the password: what is logged and remembered.
    QString display() const;
    // In plain words for a message: the database and where it is ("netra on 10.0.0.5", "netra
    // on this computer" for a Unix socket); the URI as it is when it is not one.
    static QString plainName(const QString &uri);
    // A connection (of the QPSQL driver) pointed at this location.
    void apply(QSqlDatabase &db) const;
    // What a server's failure means for the user, in the user's language, from its SQLSTATE.
    static QString describe(const QSqlError &error);
    // Whether a failure is the connection broken or closed (the server stopped, the network
    // gone), rather than the server refusing.
    static bool isConnectionLost(const QSqlError &error);
};
