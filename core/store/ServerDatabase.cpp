#include "ServerDatabase.h"

#include "ScopedConnection.h"
#include "ServerLocation.h"
#include "SqlDialect.h"

#include <QSqlQuery>

namespace {

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// A short-lived connection of its own to one database of the server.
class Connection : public ScopedConnection
{
public:
    Connection(ServerLocation where, const QString &database)
        : ScopedConnection(SqlDialect::postgresql().driver(), [&](QSqlDatabase &db) {
              if (!database.isNull())
                  where.database = database;
              where.apply(db);
          })
    {
    }
};

const QString maintenance = QStringLiteral("postgres");

// Whether the server has unaccent and citext to create (their files installed); a problem
// naming postgresql-contrib when not.
bool hasExtensions(const Connection &c, QString *problem)
{
    QSqlQuery q = c.query();
    if (q.exec(QStringLiteral("SELECT count(*) FROM pg_available_extensions"
                              " WHERE name IN ('unaccent', 'citext')")) &&
        q.next() && q.value(0).toInt() == 2)
        return true;
    *problem = ServerDatabase::tr("The PostgreSQL server lacks the extensions unaccent and citext "
                                  "that Netra's search and logins need. Install the Debian package "
                                  "postgresql-contrib on the server (apt install "
                                  "postgresql-contrib), then run init again. Nothing was changed.");
    return false;
}

} // namespace

ServerDatabase::State ServerDatabase::probe(const QString &uri, QString *problem)
{
    ServerLocation where;
    if (!ServerLocation::parse(uri, &where, problem) ||
        !QSqlDatabase::isDriverAvailable(SqlDialect::postgresql().driver()))
        return State::Unknown;
    {
        Connection target(where, QString());
        if (target.isOpen())
            return hasExtensions(target, problem) ? State::Exists : State::Refused;
    }
    // The database could not be opened: the server's maintenance database says whether it is
    // missing or refused this account (a wrong password, no right to connect).
    if (where.database.isEmpty())
        return State::Unknown;
    Connection server(where, maintenance);
    if (!server.isOpen())
        return State::Unknown;
    QSqlQuery q = server.query();
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"));
    q.addBindValue(where.database);
    if (!q.exec() || !q.next() || q.value(0).toInt() != 0)
        return State::Unknown;
    return hasExtensions(server, problem) ? State::Missing : State::Refused;
}

QString ServerDatabase::createStatement(const QString &name)
{
    return QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"
                          " LOCALE 'C.UTF-8'")
        .arg(quoted(name));
}

bool ServerDatabase::create(const QString &uri, QString *error)
{
    ServerLocation where;
    if (!ServerLocation::parse(uri, &where, error))
        return false;
    Connection server(where, maintenance);
    if (!server.isOpen()) {
        *error = tr("The database %1 does not exist, and the server's maintenance database "
                    "postgres, where it would be created, cannot be opened: %2")
                     .arg(where.display(), server.error().databaseText().trimmed().isEmpty()
                                               ? server.error().text()
                                               : server.error().databaseText().trimmed());
        return false;
    }
    QSqlQuery q = server.query();
    const QString account = q.exec(QStringLiteral("SELECT current_user")) && q.next()
                                ? q.value(0).toString()
                                : where.user;
    q.finish();
    if (q.exec(createStatement(where.database)))
        return true;
    if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
        *error = tr("The database %1 does not exist, and the account %2 may not create "
                    "databases on this server (it needs CREATEDB). Ask the server's "
                    "administrator to create it for %2 (sudo -u postgres createdb -O %2 %3), or "
                    "set up the server with scripts/server-setup.sh. Nothing was changed.")
                     .arg(where.display(), account, where.database);
    else
        *error = tr("The database %1 could not be created: %2")
                     .arg(where.display(), ServerLocation::describe(q.lastError()));
    return false;
}

bool ServerDatabase::drop(const QString &uri, QString *error)
{
    ServerLocation where;
    if (!ServerLocation::parse(uri, &where, error))
        return false;
    Connection server(where, maintenance);
    QSqlQuery q = server.query();
    if (server.isOpen() && q.exec(QStringLiteral("DROP DATABASE %1").arg(quoted(where.database))))
        return true;
    *error = tr("The database %1, created for the store, could not be removed again: %2")
                 .arg(where.display(), server.isOpen() ? ServerLocation::describe(q.lastError())
                                                       : server.error().text());
    return false;
}
