#include "ServerLocation.h"

#include <QUrl>
#include <QUrlQuery>

bool ServerLocation::parse(const QString &uri, ServerLocation *location, QString *error)
{
    const QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() ||
        (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *error = tr("%1 is not a server address. Write it as "
                    "postgresql://user@host:5432/database.")
                     .arg(uri);
        return false;
    }
    ServerLocation l;
    l.host = url.host();
    l.port = url.port(-1);
    l.database = url.path().mid(1);
    l.user = url.userName();
    l.password = url.password();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            l.host = value;
        else if (key == QLatin1String("port"))
            l.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            l.database = value;
        else if (key == QLatin1String("user"))
            l.user = value;
        else if (key == QLatin1String("password"))
            l.password = value;
        else if (!key.isEmpty() && !key.contains(QLatin1Char(';')) &&
                 !value.contains(QLatin1Char(';')))
            l.options << key + QLatin1Char('=') + value;
    }
    if (l.database.isEmpty() &&
        !l.options.join(QLatin1Char(' ')).contains(QLatin1String("service="))) {
        *error =
            tr("%1 names no database. Write it as postgresql://user@host:5432/database.").arg(uri);
        return false;
    }
    *location = l;
    return true;
}

QString ServerLocation::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // An empty host, not none: written postgresql:///database as libpq reads it.
    url.setHost(QStringLiteral(""));
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else if (!host.isEmpty())
        url.setHost(host);
    if (!user.isEmpty())
        url.setUserName(user);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    for (const QString &option : options)
        query.addQueryItem(option.section(QLatin1Char('='), 0, 0),
                           option.section(QLatin1Char('='), 1));
    url.setQuery(query);
    return url.toString();
}

QString ServerLocation::plainName(const QString &uri)
{
    ServerLocation l;
    QString error;
    if (!parse(uri, &l, &error))
        return uri;
    QString where =
        l.host.isEmpty() || l.host.startsWith(QLatin1Char('/')) ? tr("this computer") : l.host;
    if (l.port > 0 && !l.host.startsWith(QLatin1Char('/')))
        where += QLatin1Char(':') + QString::number(l.port);
    return tr("%1 on %2").arg(l.database, where);
}

void ServerLocation::apply(QSqlDatabase &db) const
{
    db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QStringList all = options;
    if (!all.join(QLatin1Char(' ')).contains(QLatin1String("connect_timeout=")))
        all << QStringLiteral("connect_timeout=10");
    all << QStringLiteral("application_name=netra");
    db.setConnectOptions(all.join(QLatin1Char(';')));
}

bool ServerLocation::isConnectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    // No SQLSTATE: libpq's own failure, the connection broken or closed (the server stopped,
    // the network gone).
    return state.isEmpty() || state.startsWith(QLatin1String("08")) ||
           state == QLatin1String("57P01") || state == QLatin1String("57P02") ||
           state == QLatin1String("57P03");
}

QString ServerLocation::describe(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (isConnectionLost(error))
        return tr("The connection to the server was lost. This change was not saved; what was "
                  "saved before is intact on the server. Connect again, then save again.");
    if (state == QLatin1String("53100"))
        return tr("The server's disk is full: nothing more can be saved until its administrator "
                  "makes room. What was saved before is intact.");
    if (state == QLatin1String("25P02"))
        return tr("The server refused a part of this change, so none of it was saved. What was "
                  "saved before is intact on the server.");
    if (state == QLatin1String("25006"))
        return tr("This server store is open read-only, so nothing can be saved into it.");
    if (state == QLatin1String("42501"))
        return tr("The server refused this change: your database account may not make it (%1).")
            .arg(error.databaseText());
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return tr("Someone else was saving the same records at the same moment. Nothing was "
                  "saved; save again.");
    return error.text();
}
