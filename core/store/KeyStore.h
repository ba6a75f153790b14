#pragma once

#include "Database.h"
#include "domain/Case.h"
#include "domain/Hearing.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariantMap>
#include <optional>

// The keys that keep confidential identities encrypted at rest (README "How identities are
// protected"), kept in the data file; the primitives are core/crypto/IdentityVault.
//
// - The file has a key pair. Its public key is in `settings` (identity_public_key), so that
//   anyone who writes a confidential identity (an officer registering a report, an import)
//   seals it without being able to read it back. Its secret key is never stored in clear: it is
//   sealed to each user allowed to reveal (a grant, `key_grants`: the coordinators) and wrapped
//   by the recovery key (identity_recovery), 32 random bytes shown once when the keys are made.
// - Every user has a key pair (`user_keys`), its secret key wrapped by a key derived from the
//   user's password (Argon2id). At sign-in it is unwrapped, then the file's secret key from the
//   user's grant; both are kept for the session in locked memory and wiped when the file is
//   closed (forget()).
// - The fields Identity::fields() names hold "enc1:..." (IdentityVault) when the record is a
//   confidential identity (Identity::holds), in the record and in its change log entry alike.
//   sealColumns() is the one place a write turns clear text into that, keeping a value that did
//   not change as stored.
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)

public:
    explicit KeyStore(Database &db) : m_db(db) {}

    // Whether the file's keys are made (its identities are encrypted).
    bool hasFileKeys() const;
    // Whether the signed-in user holds the file's secret key for this session.
    bool canReveal() const;

    // A value sealed with the file's public key (as it is when the file has no keys, or empty).
    QString seal(const QString &plain) const;
    // A stored value in clear: as it is when not sealed, opened with the session's key when it
    // is; nullopt when it cannot be opened here.
    std::optional<QString> open(const QString &stored) const;
    // The identity columns of a record of `table` (id 0 for a new one) as they are to be
    // stored: sealed when the record is a confidential identity and the file has keys, a value
    // equal to the one stored (`before`) kept as stored; opened when the record is no longer
    // confidential (which needs the key).
    bool sealColumns(const QString &table, qint64 id, const QVariantMap &before, QVariantMap &after,
                     QString *error) const;
    // Whether any identity value of `table` in the columns is sealed.
    static bool anySealed(const QString &table, const QVariantMap &columns);
    static bool anySealed(const Case &c);
    static bool anySealed(const Attendee &a);

    // A confidential identity opened for a user who may see it (the reveal is logged by the
    // caller); false with `error` when this session holds no key.
    bool reveal(Case &c, QString *error) const;
    bool reveal(QList<Hearing> &hearings, QString *error) const;
    bool reveal(const QString &table, QVariantMap &columns, QString *error) const;
    // As reveal, silently: what cannot be opened is left as it is.
    void openWherePossible(Case &c) const;

    // Drafts: a value sealed to the signed-in user's own public key (the file's when the user
    // has none), and opened again by the same user.
    QString sealForUser(const QString &plain) const;
    std::optional<QString> openForUser(const QString &stored) const;

    // --- users ---
    // A new key pair for the user, wrapped by `password`; any grant the user had is dropped
    // (their drafts' identities can no longer be read). In the caller's transaction.
    bool makeUserKeys(const User &user, const QString &password, QString *error);
    // The signed-in user's own secret key wrapped by a new password (a password changed by the
    // user keeps the keys).
    bool rewrapUserKey(qint64 userId, const QString &password, QString *error);
    bool hasUserKeys(qint64 userId) const;
    // After a successful sign-in: the session's keys unlocked from the password (nothing
    // written); when `upkeep` and the file is writable, the user's key pair is made if missing,
    // pending grants are fulfilled when this session holds the file's key, and a conversion's
    // clean-up left undone is finished.
    void signedIn(const User &user, const QString &password, bool upkeep);
    // Grants the file's key to a user (needs canReveal()), or removes it. Logged.
    bool grant(const User &user, QString *error);
    bool revoke(const User &user, QString *error);
    // The coordinators who have a key pair but no grant yet; granted when a session holds the
    // file's key (fulfilPendingGrants). `withoutKeys`: coordinators who have no key pair yet
    // (they get one at their next sign-in).
    QStringList pendingGrants(QStringList *withoutKeys = nullptr) const;
    int fulfilPendingGrants(QString *error);

    // --- the file's keys ---
    // Makes the file's keys and seals every confidential identity in records, change log and
    // drafts in one transaction (the log re-chained, the conversion logged with the old and new
    // heads), then wipes free pages and the journal (secure_delete, VACUUM, checkpoint).
    // `recoveryKey` receives the recovery key, to be shown once. Needs an administrator or a
    // coordinator signed in (or nobody: the demo generator), a writable file without keys.
    bool convert(QString *recoveryKey, QString *error);
    // A recovery key given by a person: grants `login` the file's key (when no coordinator is
    // left to do it). Nothing changes when the key is wrong.
    bool grantWithRecoveryKey(const QString &login, const QString &recoveryKey, QString *error);
    // A new recovery key (the old one stops working); needs canReveal().
    bool newRecoveryKey(QString *recoveryKey, QString *error);

    struct Status
    {
        bool encrypted = false;
        bool canReveal = false;
        QStringList granted;     // logins holding a grant
        QStringList pending;     // coordinators with a key pair and no grant
        QStringList withoutKeys; // coordinators with no key pair yet
        QString convertedAt;
        QJsonObject toJson() const;
    };
    Status status() const;

    // Whether a change log entry records a conversion, and the heads it states.
    static QString conversionTable() { return QStringLiteral("identities"); }
    static QString conversionAction() { return QStringLiteral("encrypt"); }

    // The session of a connection: wiped when it closes; carried to a connection reopened for
    // writing.
    static void forget(const Database *db);
    static void share(const Database *from, const Database *to);
    // Whether the file's free pages are to be wiped when written (files with keys).
    static bool wantsSecureDelete(Database &db);

private:
    // A stored value opened in place (as it is when not sealed); false with `error` when this
    // session holds no key.
    bool openInPlace(QString &value, QString *error) const;
    bool isConfidential(const QString &table, qint64 id, const QVariantMap &after) const;
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value, QString *error);
    bool wipe(QString *error);
    Database &m_db;
};
