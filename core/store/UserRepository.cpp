#include "UserRepository.h"

#include "GuardedWrite.h"
#include "KeyStore.h"
#include "RecordWriter.h"
#include "ServerAccounts.h"
#include "SqlValues.h"
#include "domain/Scope.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace {

// User records belong to no case; the log's case column is NOT NULL.
const QString noCase = QStringLiteral("");

const QString userColumns =
    QStringLiteral("id, uuid, login, full_name, role, active, last_login_at, scope");

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.uuid = q.value(1).toString();
    u.login = q.value(2).toString();
    u.fullName = q.value(3).toString();
    Access::roleFromKey(q.value(4).toString(), &u.role);
    u.active = q.value(5).toInt() != 0;
    u.lastLogin = SqlValues::toTimestamp(q.value(6));
    u.scope = q.value(7).toString();
    return u;
}

// The columns written and logged; the scope where there is one, or where it may change.
QVariantMap loggedColumns(const User &u, bool withScope = false)
{
    QVariantMap columns{{QStringLiteral("login"), u.login},
                        {QStringLiteral("full_name"), u.fullName},
                        {QStringLiteral("role"), Access::roleKey(u.role)},
                        {QStringLiteral("active"), int(u.active)}};
    if (withScope || !u.scope.isEmpty())
        columns.insert(QStringLiteral("scope"), u.scope);
    return columns;
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QAtomicInt passwordCheckCount;

QByteArray base64(const unsigned char *bytes, size_t size)
{
    const int variant = sodium_base64_VARIANT_ORIGINAL_NO_PADDING;
    QByteArray text(int(sodium_base64_ENCODED_LEN(size, variant)), '\0');
    sodium_bin2base64(text.data(), size_t(text.size()), bytes, size, variant);
    text.chop(1); // the terminating zero
    return text;
}

} // namespace

QString UserRepository::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool UserRepository::checkPassword(const QString &password, const QString &hash)
{
    if (!sodiumReady())
        return false;
    // No hash is checked like one, and never matches.
    const QByteArray stored = (hash.isEmpty() ? dummyHash() : hash).toLatin1();
    const QByteArray utf8 = password.toUtf8();
    passwordCheckCount.fetchAndAddRelaxed(1);
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
               0 &&
           !hash.isEmpty();
}

QString UserRepository::dummyHash()
{
    // crypto_pwhash_str_alg's own form: $argon2id$v=19$m=<KiB>,t=<passes>,p=1$<salt>$<hash>.
    // Checking a password against it costs one Argon2id computation with these parameters, like
    // a real hash; the random bytes match no password.
    static const QString hash = [] {
        if (!sodiumReady())
            return QString();
        unsigned char salt[crypto_pwhash_SALTBYTES];
        unsigned char key[32];
        randombytes_buf(salt, sizeof salt);
        randombytes_buf(key, sizeof key);
        const QByteArray text =
            QByteArray("$argon2id$v=") + QByteArray::number(0x13) +
            "$m=" + QByteArray::number(quint64(crypto_pwhash_MEMLIMIT_INTERACTIVE / 1024)) +
            ",t=" + QByteArray::number(quint64(crypto_pwhash_OPSLIMIT_INTERACTIVE)) + ",p=1$" +
            base64(salt, sizeof salt) + '$' + base64(key, sizeof key);
        return QString::fromLatin1(text);
    }();
    return hash;
}

int UserRepository::passwordChecks()
{
    return passwordCheckCount.loadRelaxed();
}

QString UserRepository::passwordProblem(const QString &login, const QString &password)
{
    if (password.size() < Access::MinimumPasswordLength)
        return tr("The password must have at least %n characters.", nullptr,
                  Access::MinimumPasswordLength);
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return tr("The password must not be the user name.");
    return {};
}

bool UserRepository::hasUsers() const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)"));
    const bool any = q.exec() && q.next() && q.value(0).toBool();
    q.finish(); // a statement left open would hold the file's state as of now
    return any;
}

QList<User> UserRepository::users() const
{
    QList<User> result;
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT ") + userColumns +
               QStringLiteral(" FROM users ORDER BY lower(full_name), login"))) {
        while (q.next())
            result << userFrom(q);
    }
    return result;
}

std::optional<User> UserRepository::loadWhere(const QString &where, const QVariant &value) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE ") +
              where);
    q.addBindValue(value);
    if (q.exec() && q.next())
        return userFrom(q);
    return std::nullopt;
}

std::optional<User> UserRepository::find(const QString &login) const
{
    return loadWhere(QStringLiteral("login = ?"), login.trimmed());
}

std::optional<User> UserRepository::find(qint64 id) const
{
    return loadWhere(QStringLiteral("id = ?"), id);
}

QHash<QString, QString> UserRepository::fullNames() const
{
    QHash<QString, QString> names;
    for (const User &u : users())
        names.insert(u.login, u.fullName);
    return names;
}

bool UserRepository::mayManageScope(const QString &scope, QString *error) const
{
    if (!scope.isEmpty() && !m_db.isServer()) {
        *error = tr("A scope is for a server that holds many offices; the users of an office's "
                    "own store have none.");
        return false;
    }
    const QString mine = m_db.user() ? m_db.user()->scope : QString();
    if (Scope::covers(mine, scope))
        return true;
    *error = scope.isEmpty() ? tr("An administrator of %1 manages users of that scope only.")
                                   .arg(Scope::displayName(mine))
                             : tr("An administrator of %1 cannot manage a user of %2.")
                                   .arg(Scope::displayName(mine), Scope::displayName(scope));
    return false;
}

int UserRepository::activeAdministrators() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND active <> 0"));
    q.addBindValue(Access::roleKey(Role::Administrator));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool UserRepository::logUser(const QString &uuid, const QString &action, const QVariantMap &before,
                             const QVariantMap &after, QString *error)
{
    return RecordWriter(m_db).log(QStringLiteral("users"), uuid, noCase, action, before, after,
                                  error);
}

bool UserRepository::create(User &user, const QString &password, QString *error)
{
    if (m_db.isReadOnly()) {
        *error = Access::readOnlyRefusal();
        return false;
    }
    // Begun before asking whether the file has users, so that two first administrators made at
    // once cannot both be the first.
    GuardedWrite t(m_db, error);
    if (!t.isOpen())
        return false;
    if (!hasUsers()) {
        if (user.role != Role::Administrator) {
            *error = tr("The first user of a data file is its administrator.");
            return false;
        }
    } else if (!m_db.permits(Action::ManageUsers, error)) {
        return false;
    }
    user.login = user.login.trimmed();
    user.fullName = user.fullName.simplified();
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!loginPattern.match(user.login).hasMatch()) {
        *error = tr("A user name has 2 to 32 letters, digits, dots, hyphens or underscores.");
        return false;
    }
    if (user.fullName.isEmpty()) {
        *error = tr("Enter the user's full name.");
        return false;
    }
    if (find(user.login)) {
        *error = tr("The user name %1 is already in use.").arg(user.login);
        return false;
    }
    *error = passwordProblem(user.login, password);
    if (!error->isEmpty())
        return false;
    if (!mayManageScope(user.scope, error))
        return false;
    const QString hash = hashPassword(password);
    if (hash.isEmpty()) {
        *error = tr("The password could not be hashed (out of memory?).");
        return false;
    }
    QVariantMap columns = loggedColumns(user);
    columns.insert(QStringLiteral("password_hash"), hash);
    user.uuid.clear();
    const qint64 id =
        RecordWriter(m_db).insert(QStringLiteral("users"), user.uuid, columns, QString(), error);
    // Never the hash itself: its digest, so that a hash replaced outside Netra shows.
    QVariantMap logged = loggedColumns(user);
    logged.insert(QStringLiteral("password_sha256"), RecordWriter::digest({hash}));
    if (id == 0 || !logUser(user.uuid, QStringLiteral("create"), {}, logged, error))
        return false;
    user.id = id;
    // The user's key pair for the encrypted identities, wrapped by the password (KeyStore).
    if (!KeyStore(m_db).makeUserKeys(user, password, error))
        return false;
    // A scoped user signs in to the server as their own database role, with this password.
    if (!user.scope.isEmpty() &&
        !ServerAccounts(m_db).create(user.login, password, user.scope, error))
        return false;
    return t.commit() || (*error = m_db.lastError(), false);
}

bool UserRepository::adopt(Database &from, const QString &login, QString *error)
{
    const std::optional<User> user = UserRepository(from).find(login);
    if (!user) {
        *error = tr("The user %1 does not exist.").arg(login);
        return false;
    }
    QSqlQuery q(from.sql());
    q.prepare(QStringLiteral("SELECT u.password_hash, k.public_key, k.wrapped_secret,"
                             " k.updated_at, g.sealed_key, g.granted_at, g.granted_by"
                             " FROM users u LEFT JOIN user_keys k ON k.user_id = u.id"
                             " LEFT JOIN key_grants g ON g.user_id = u.id WHERE u.id = ?"));
    q.addBindValue(user->id);
    if (!q.exec() || !q.next()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    const QString hash = q.value(0).toString();
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = m_db.lastError();
        return false;
    }
    QVariantMap columns = loggedColumns(*user);
    columns.insert(QStringLiteral("password_hash"), hash);
    QString uuid = user->uuid;
    const qint64 id =
        RecordWriter(m_db).insert(QStringLiteral("users"), uuid, columns, QString(), error);
    QVariantMap logged = loggedColumns(*user);
    logged.insert(QStringLiteral("password_sha256"), RecordWriter::digest({hash}));
    if (id == 0 || !logUser(uuid, QStringLiteral("create"), {}, logged, error))
        return false;
    QSqlQuery w(m_db.sql());
    if (!q.value(1).isNull()) {
        w.prepare(QStringLiteral("INSERT INTO user_keys (user_id, public_key, wrapped_secret,"
                                 " updated_at) VALUES (?, ?, ?, ?)"));
        w.addBindValue(id);
        for (int i = 1; i <= 3; ++i)
            w.addBindValue(q.value(i));
        if (!w.exec()) {
            *error = Database::describe(w.lastError());
            return false;
        }
    }
    if (!q.value(4).isNull()) {
        w.prepare(QStringLiteral("INSERT INTO key_grants (user_id, sealed_key, granted_at,"
                                 " granted_by) VALUES (?, ?, ?, ?)"));
        w.addBindValue(id);
        for (int i = 4; i <= 6; ++i)
            w.addBindValue(q.value(i));
        if (!w.exec()) {
            *error = Database::describe(w.lastError());
            return false;
        }
    }
    return t.commit() || (*error = m_db.lastError(), false);
}

bool UserRepository::update(const User &user, QString *error)
{
    GuardedWrite t(m_db, Action::ManageUsers, error);
    if (!t.isOpen())
        return false;
    const std::optional<User> before = find(user.id);
    if (!before) {
        *error = tr("The user no longer exists.");
        return false;
    }
    User after = *before;
    after.fullName = user.fullName.simplified();
    after.role = user.role;
    after.active = user.active;
    after.scope = user.scope;
    if (after.fullName.isEmpty()) {
        *error = tr("Enter the user's full name.");
        return false;
    }
    if (!mayManageScope(before->scope, error) || !mayManageScope(after.scope, error))
        return false;
    // A user of the office's shared account has no database role of their own to scope, and a
    // scoped user's role is not taken away: each is added anew as the other.
    if (before->scope.isEmpty() != after.scope.isEmpty()) {
        *error = before->scope.isEmpty()
                     ? tr("%1 signs in through the store's shared account and cannot be given a "
                          "scope; add a new user with a scope.")
                           .arg(before->login)
                     : tr("%1 has a scope of their own; it can be changed, not removed.")
                           .arg(before->login);
        return false;
    }
    const bool wasAdmin = before->role == Role::Administrator && before->active;
    const bool isAdmin = after.role == Role::Administrator && after.active;
    if (wasAdmin && !isAdmin && activeAdministrators() <= 1) {
        *error = tr("%1 is the only active administrator; make another user administrator "
                    "first.")
                     .arg(before->fullName);
        return false;
    }
    QString sqlError;
    if (!RecordWriter(m_db).update(QStringLiteral("users"), user.id, loggedColumns(*before, true),
                                   loggedColumns(after, true), before->uuid, noCase, &sqlError)) {
        *error = tr("The user could not be stored: %1").arg(sqlError);
        return false;
    }
    if (before->active != after.active && !after.scope.isEmpty() && m_db.isServer() &&
        !ServerAccounts(m_db).setActive(after.login, after.active, error))
        return false;
    // Only coordinators hold the key to the identities; a new coordinator is given it when a
    // coordinator who holds it next signs in (KeyStore::fulfilPendingGrants).
    if (before->role == Role::Coordinator && after.role != Role::Coordinator &&
        !KeyStore(m_db).revoke(after, error))
        return false;
    return t.commit() || (*error = m_db.lastError(), false);
}

bool UserRepository::setPassword(qint64 userId, const QString &password, QString *error)
{
    const bool self = m_db.user() && m_db.user()->id == userId;
    if (!self && !m_db.permits(Action::ManageUsers, error))
        return false;
    if (m_db.isReadOnly()) {
        *error = Access::readOnlyRefusal();
        return false;
    }
    GuardedWrite t(m_db, error);
    if (!t.isOpen())
        return false;
    const std::optional<User> user = find(userId);
    if (!user) {
        *error = tr("The user no longer exists.");
        return false;
    }
    *error = passwordProblem(user->login, password);
    if (!error->isEmpty())
        return false;
    if (!self && !mayManageScope(user->scope, error))
        return false;
    if (!user->scope.isEmpty() && m_db.isServer() &&
        !ServerAccounts(m_db).setPassword(user->login, password, error))
        return false;
    const QString hash = hashPassword(password);
    QSqlQuery &was = m_db.prepared(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    was.addBindValue(userId);
    const QString oldHash = was.exec() && was.next() ? was.value(0).toString() : QString();
    was.finish();
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE users SET password_hash = ?, failed_attempts = 0, updated_at = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(SqlValues::timestamp(m_db.now()));
    q.addBindValue(userId);
    if (hash.isEmpty() || !q.exec()) {
        *error = tr("The password could not be stored: %1").arg(Database::describe(q.lastError()));
        return false;
    }
    // The user's own secret key, wrapped again by the new password; set by an administrator, a
    // new key pair (the user's grant and the identities in their drafts are lost; a coordinator
    // who holds the key gives it again).
    QString keyError;
    if (!KeyStore(m_db).rewrapUserKey(userId, password, &keyError)) {
        if (!keyError.isEmpty() || !KeyStore(m_db).makeUserKeys(*user, password, &keyError)) {
            *error = tr("The password could not be stored: %1").arg(keyError);
            return false;
        }
    }
    // The log says that the password changed, never what it is: the digest of its hash.
    if (!RecordWriter(m_db).writeLog(
            QStringLiteral("users"), user->uuid, noCase, QStringLiteral("password"),
            {{QStringLiteral("password_sha256"),
              QJsonArray{RecordWriter::digest({oldHash}), RecordWriter::digest({hash})}}},
            error))
        return false;
    return t.commit() || (*error = m_db.lastError(), false);
}

bool UserRepository::login(const QString &login, const QString &password, QString *error,
                           int *waitSeconds, Record record)
{
    if (!attempt(login, password, error, waitSeconds, record))
        return false;
    const User user = *find(login);
    m_db.setUser(user);
    // The session's keys to the identities, from the password (KeyStore); their upkeep (the
    // user's own key pair, pending grants) with a sign-in written at once.
    KeyStore(m_db).signedIn(user, password, record == Record::Now);
    return true;
}

bool UserRepository::verify(const QString &login, const QString &password, QString *error,
                            int *waitSeconds)
{
    return attempt(login, password, error, waitSeconds, Record::Now);
}

bool UserRepository::attempt(const QString &login, const QString &password, QString *error,
                             int *waitSeconds, Record record)
{
    if (waitSeconds)
        *waitSeconds = 0;
    const QString wrong = tr("Wrong user name or password.");
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, password_hash, failed_attempts, last_failed_at, active"
                             " FROM users WHERE login = ?"));
    q.addBindValue(login.trimmed());
    const bool known = q.exec() && q.next();
    const bool active = known && q.value(4).toBool();
    const qint64 id = known ? q.value(0).toLongLong() : 0;
    const QString hash = known ? q.value(1).toString() : QString();
    const int failed = known ? q.value(2).toInt() : 0;
    const QDateTime lastFailed = known ? SqlValues::toTimestamp(q.value(3)) : QDateTime();
    q.finish();
    if (!active) {
        // An unknown login or a disabled account: the same Argon2id check as a wrong password
        // (against a hash of nothing for an unknown one), the same answer, nothing written.
        checkPassword(password, known ? hash : dummyHash());
        *error = wrong;
        return false;
    }
    const QDateTime now = m_db.now();
    const bool lastAdministrator = isLastAdministrator(id, now);

    const int delay = Access::loginDelaySeconds(failed, lastAdministrator);
    const qint64 left = lastFailed.isValid() ? delay - lastFailed.secsTo(now) : 0;
    if (left > 0) {
        *error = tr("Too many wrong passwords. Try again in %n second(s).", nullptr, int(left));
        if (waitSeconds)
            *waitSeconds = int(left);
        return false;
    }

    if (checkPassword(password, hash)) {
        // A sign-in to a file opened read-only writes nothing.
        if (m_db.isReadOnly())
            return true;
        if (record == Record::Now)
            recordAttempt(id, true, now);
        else
            m_db.writeWithFirstChange(
                [db = &m_db, id, now] { UserRepository(*db).recordAttempt(id, true, now); });
        return true;
    }
    recordAttempt(id, false, now);
    *error = wrong;
    const int next = Access::loginDelaySeconds(failed + 1, lastAdministrator);
    if (next > 0) {
        *error += QLatin1Char(' ') + tr("Wait %n second(s) before the next try.", nullptr, next);
        if (waitSeconds)
            *waitSeconds = next;
    }
    return false;
}

bool UserRepository::isLastAdministrator(qint64 userId, const QDateTime &now) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, failed_attempts, last_failed_at FROM users"
                             " WHERE role = ? AND active <> 0"));
    q.addBindValue(Access::roleKey(Role::Administrator));
    bool administrator = false;
    if (!q.exec())
        return false;
    while (q.next()) {
        if (q.value(0).toLongLong() == userId) {
            administrator = true;
            continue;
        }
        // Another administrator who need not wait can sign in, and help.
        const QDateTime lastFailed = SqlValues::toTimestamp(q.value(2));
        const int delay = Access::loginDelaySeconds(q.value(1).toInt());
        if (!lastFailed.isValid() || delay - lastFailed.secsTo(now) <= 0)
            return false;
    }
    return administrator;
}

void UserRepository::recordAttempt(qint64 userId, bool right, const QDateTime &at)
{
    // Counted in the file so that restarting does not reset the slow-down; on a file opened
    // read-only, a wrong password through a connection of its own when the file can be written
    // at all (a right one is not written there).
    if (m_db.isReadOnly()) {
        QString error;
        if (auto writable = m_db.reopenForWriting(&error))
            UserRepository(*writable).recordAttempt(userId, right, at);
        return;
    }
    QSqlQuery &q = m_db.prepared(
        right
            ? QStringLiteral("UPDATE users SET failed_attempts = 0, last_login_at = ? WHERE id = ?")
            : QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1,"
                             " last_failed_at = ? WHERE id = ?"));
    q.addBindValue(SqlValues::timestamp(at));
    q.addBindValue(userId);
    // No change of the file's content for its backups (Database::quietly): a session that only
    // signed in is no reason for a second copy of the same data.
    m_db.quietly([&q] { q.exec(); });
}

QList<User> UserRepository::assignedClerks(qint64 caseId) const
{
    QList<User> result;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT u.id, u.uuid, u.login, u.full_name, u.role, u.active,"
                             " u.last_login_at FROM case_assignments a"
                             " JOIN users u ON u.id = a.user_id WHERE a.case_id = ?"
                             " ORDER BY lower(u.full_name)"));
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            result << userFrom(q);
    }
    return result;
}

bool UserRepository::setAssignedClerks(qint64 caseId, const QList<qint64> &userIds, QString *error)
{
    GuardedWrite t(m_db, Action::AssignClerks, error, caseId);
    if (!t.isOpen())
        return false;
    QSqlQuery c(m_db.sql());
    c.prepare(QStringLiteral("SELECT uuid FROM cases WHERE id = ?"));
    c.addBindValue(caseId);
    if (!c.exec() || !c.next()) {
        *error = tr("The case no longer exists.");
        return false;
    }
    const QString caseUuid = c.value(0).toString();
    QStringList before;
    for (const User &u : assignedClerks(caseId))
        before << u.login;
    QStringList after;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM case_assignments WHERE case_id = ?"));
    q.addBindValue(caseId);
    bool ok = q.exec();
    for (qint64 id : userIds) {
        const std::optional<User> u = find(id);
        if (!u || u->role != Role::Clerk) {
            *error = tr("Only users with the clerk role can be assigned.");
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO case_assignments (case_id, user_id) VALUES (?, ?)"));
        q.addBindValue(caseId);
        q.addBindValue(id);
        ok = ok && q.exec();
        after << u->login;
    }
    if (!ok) {
        *error =
            tr("The assignment could not be stored: %1").arg(Database::describe(q.lastError()));
        return false;
    }
    before.sort();
    after.sort();
    if (!RecordWriter(m_db).log(
            QStringLiteral("case_assignments"), caseUuid, caseUuid, QStringLiteral("update"),
            {{QStringLiteral("clerks"), before.join(QLatin1String(", "))}},
            {{QStringLiteral("clerks"), after.join(QLatin1String(", "))}}, error))
        return false;
    return t.commit() || (*error = m_db.lastError(), false);
}
