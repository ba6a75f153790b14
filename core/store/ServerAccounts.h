#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// On a server that holds many offices (README "Many offices on one server"): every scoped user
// is a PostgreSQL login role of the same name, member of the database's group role
// `<database>_users`, and the server itself keeps each role to its scope with row-level
// security. The store's own account (the tables' owner, or a superuser) is not bound by it: it
// is the server administrator's, as an office server's one shared account is.
//
// The rules live in the database (rowSecurity(), data version 11): a function tells the
// session's scope from `users` (the row whose login is the role signed in), each table with a
// regency keeps the rows of that scope, each table below a case keeps the rows whose case is
// kept, the change log is read whole by the nation and elsewhere with the cases, activities and
// leads kept, and appended to by all, and a trigger lets only
// administrators change users. Roles are made and changed through functions that run as the
// owner and check the caller's scope first, so that an office administrator needs no right to
// make roles, and none to touch a role that is not one of this store's users.
class ServerAccounts
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccounts)

public:
    explicit ServerAccounts(Database &db) : m_db(db) {}

    // The statements of data version 11 on a server: the functions, policies and trigger.
    static QStringList rowSecurity();
    // Data version 12 on a server: the supervision leads kept by their regency, their notes and
    // files with them.
    static QStringList leadsSecurity();
    // Data version 13 on a server: an office's settings and sequences kept to its scope, and
    // each transaction that writes the change log announced on changesChannel() (NOTIFY,
    // without content) to the sessions that listen (Database::listenForChanges).
    static QStringList officeSecurity();
    // Data version 14 on a server: a letter with no case (nor an appeal letter's activity)
    // kept to the office that issued it (letters.office) as well as to the nation, so that an
    // office's certificates and letters to a PPK's superior are its own.
    static QStringList lettersSecurity();
    static QString changesChannel() { return QStringLiteral("netra_changes"); }
    // Data version 15 on a server: the register's search (SqlDialect::searchCondition) as one
    // function, netra_search(words), that finds the documents through the GIN index and keeps
    // the cases of the session's scope.
    static QStringList searchSecurity();
    // The tables each scoped user shares whole (the calendar, the version):
    // every other table of a server store has row-level security.
    static QStringList sharedTables();

    // Makes the login role of a scoped user, in the caller's transaction. Refused by the server
    // unless the signed-in user is an administrator whose scope covers `scope` (or the store's
    // own account), and when a role of that name exists on the server.
    bool create(const QString &login, const QString &password, const QString &scope,
                QString *error);
    // Whether `login` has a login role of this store's.
    bool has(const QString &login) const;
    bool setPassword(const QString &login, const QString &password, QString *error);
    bool setActive(const QString &login, bool active, QString *error);

    // The role name of a login (roles are case-sensitive, logins are not).
    static QString roleName(const QString &login) { return login.trimmed().toLower(); }

private:
    bool call(const QString &sql, const QVariantList &values, QString *error);

    Database &m_db;
};
