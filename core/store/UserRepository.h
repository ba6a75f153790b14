#pragma once

#include "Database.h"
#include "domain/Access.h"

#include <QCoreApplication>
#include <optional>

// The users of a data file: local accounts with Argon2id password hashes (libsodium), the
// slow-down after wrong passwords, and the clerks assigned to each case.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(Database &db) : m_db(db) {}

    // Whether the file has any user: a file without one first needs its administrator.
    bool hasUsers() const;
    QList<User> users() const;
    std::optional<User> find(const QString &login) const;
    std::optional<User> find(qint64 id) const;
    // The full name of each login, for showing who made a change.
    QHash<QString, QString> fullNames() const;

    // Adds a user. Needs an administrator signed in, except for the first user of a file, who
    // must be its administrator. Refuses a login in use, an empty name or a short password. A
    // user with a scope (on a server only, inside the administrator's) is also made a database
    // role of the server with the same password (ServerAccounts).
    bool create(User &user, const QString &password, QString *error);
    // Adds the user `login` of the store `from` as they are there (uuid, name, role, password
    // hash, key pair and grant), logged as create() logs: for a field file (FieldFile), so that
    // its users sign in with their passwords of the office. Without a permission check: for the
    // program's own work on a store nobody signed in to.
    bool adopt(Database &from, const QString &login, QString *error);
    // Changes a user's name, role or whether the account may sign in; the last active
    // administrator keeps that role.
    bool update(const User &user, QString *error);
    // Sets a new password: an administrator for anyone, every user for themself.
    bool setPassword(qint64 userId, const QString &password, QString *error);

    // When a successful sign-in is written to the file (the time of the last sign-in, and the
    // count of wrong passwords cleared): at once (the desktop), or with the first change made
    // through the connection (netra-cli: a command that changes nothing writes nothing). On a
    // file opened read-only it is never written; a wrong password is counted all the same.
    enum class Record { Now, WithFirstChange };

    // Checks a password. On success the user is signed in to the database (Database::setUser).
    // After Access::FreeAttempts wrong passwords in a row each try must wait longer, even across
    // restarts (the last administrator who could sign in, never longer than
    // Access::LastAdministratorDelaySeconds); `waitSeconds` tells how long is left. An unknown
    // login or a disabled account costs the same Argon2id check as a wrong password and gets the
    // same answer, so that login names cannot be told by the answer or its time.
    bool login(const QString &login, const QString &password, QString *error,
               int *waitSeconds = nullptr, Record record = Record::Now);
    // Whether `password` is the signed-in user's: unlocking an idle window.
    bool verify(const QString &login, const QString &password, QString *error,
                int *waitSeconds = nullptr);

    // The clerks assigned to keep a case's hearings.
    QList<User> assignedClerks(qint64 caseId) const;
    bool setAssignedClerks(qint64 caseId, const QList<qint64> &userIds, QString *error);

    static QString hashPassword(const QString &password);
    static bool checkPassword(const QString &password, const QString &hash);
    // What an unknown login's password is checked against: an Argon2id hash with the parameters
    // of hashPassword() and a random salt, made once per process (put together, not computed,
    // so that the first unknown login costs no more than the next).
    static QString dummyHash();
    // How many passwords checkPassword() has checked in this process: for the tests.
    static int passwordChecks();
    // Empty when the password is acceptable, else why not.
    static QString passwordProblem(const QString &login, const QString &password);

private:
    std::optional<User> loadWhere(const QString &where, const QVariant &value) const;
    bool attempt(const QString &login, const QString &password, QString *error, int *waitSeconds,
                 Record record);
    void recordAttempt(qint64 userId, bool right, const QDateTime &at);
    // Whether `userId` is an active administrator and no other active administrator can sign
    // in without waiting.
    bool isLastAdministrator(qint64 userId, const QDateTime &now) const;
    bool logUser(const QString &uuid, const QString &action, const QVariantMap &before,
                 const QVariantMap &after, QString *error);
    int activeAdministrators() const;
    // Whether the signed-in user may manage a user of `scope`: scopes only on a server, and
    // only inside the administrator's own (Scope::covers); `error` says why not.
    bool mayManageScope(const QString &scope, QString *error) const;

    Database &m_db;
};
