// Over 800 lines: one door for the identity keys (seal, grant, convert, recover) and their session.
#include "KeyStore.h"

#include "ChangeLogChain.h"
#include "RecordWriter.h"
#include "SettingsRepository.h"
#include "SqlValues.h"
#include "UserRepository.h"
#include "crypto/IdentityVault.h"
#include "domain/Identity.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <memory>

using IdentityVault::SecretBytes;

namespace {

// With the store's public key (at sign-in, for informants recorded before data version 13).
bool sealInformantsWith(Database &db, const QByteArray &publicKey, QString *error);

const QString PublicKeySetting = QStringLiteral("identity_public_key");
const QString RecoverySetting = QStringLiteral("identity_recovery");
const QString ConvertedSetting = QStringLiteral("identity_converted_at");
const QString WipeSetting = QStringLiteral("identity_wipe_pending");
const QString Cases = QStringLiteral("cases");
const QString Attendees = QStringLiteral("hearing_attendees");
const QString Grants = QStringLiteral("key_grants");

// What a connection holds for its session: the user's key pair and, for those allowed to
// reveal, the file's secret key, in locked memory wiped when the connection closes.
struct Session
{
    qint64 userId = 0;
    QByteArray userPublic;
    SecretBytes userSecret;
    QByteArray filePublic;
    SecretBytes fileSecret;
};

QMutex sessionsMutex;
QHash<const Database *, std::shared_ptr<Session>> &sessions()
{
    static QHash<const Database *, std::shared_ptr<Session>> all;
    return all;
}

std::shared_ptr<Session> sessionOf(const Database *db)
{
    QMutexLocker lock(&sessionsMutex);
    return sessions().value(db);
}

void setSession(const Database *db, std::shared_ptr<Session> s)
{
    QMutexLocker lock(&sessionsMutex);
    if (s)
        sessions().insert(db, std::move(s));
    else
        sessions().remove(db);
}

QByteArray fromText(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1());
}

QString toText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString headText(const std::optional<ChangeLogChain::Head> &h)
{
    return h ? QStringLiteral("%1 %2").arg(h->count).arg(h->lastHash) : QStringLiteral("0 ");
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = Database::describe(q.lastError());
    return false;
}

} // namespace

// --- sessions ---------------------------------------------------------------------------------

void KeyStore::forget(const Database *db)
{
    setSession(db, nullptr); // the keys are wiped when the last holder lets go
}

void KeyStore::share(const Database *from, const Database *to)
{
    if (auto s = sessionOf(from))
        setSession(to, s);
}

bool KeyStore::wantsSecureDelete(Database &db)
{
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("SELECT 1 FROM settings WHERE office = '' AND key = ? AND value <> ''"));
    q.addBindValue(PublicKeySetting);
    return q.exec() && q.next();
}

// --- settings ---------------------------------------------------------------------------------

QString KeyStore::setting(const QString &key) const
{
    return SettingsRepository(m_db).setting(key);
}

bool KeyStore::setSetting(const QString &key, const QString &value, QString *error)
{
    QSqlQuery &q = m_db.prepared(
        value.isEmpty()
            ? QStringLiteral("DELETE FROM settings WHERE office = '' AND key = ?")
            : QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT (office, key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    if (!value.isEmpty())
        q.addBindValue(value);
    return exec(q, error);
}

bool KeyStore::hasFileKeys() const
{
    return !setting(PublicKeySetting).isEmpty();
}

bool KeyStore::canReveal() const
{
    const auto s = sessionOf(&m_db);
    return s && !s->fileSecret.isEmpty();
}

// --- values -----------------------------------------------------------------------------------

QString KeyStore::seal(const QString &plain) const
{
    if (plain.isEmpty() || IdentityVault::isSealed(plain))
        return plain;
    const QByteArray pk = fromText(setting(PublicKeySetting));
    if (pk.isEmpty())
        return plain;
    return IdentityVault::seal(plain, pk);
}

std::optional<QString> KeyStore::open(const QString &stored) const
{
    if (!IdentityVault::isSealed(stored))
        return stored;
    const auto s = sessionOf(&m_db);
    if (!s || s->fileSecret.isEmpty())
        return std::nullopt;
    return IdentityVault::open(stored, s->filePublic, s->fileSecret);
}

bool KeyStore::anySealed(const QString &table, const QVariantMap &columns)
{
    for (const QString &f : Identity::fields(table)) {
        if (IdentityVault::isSealed(columns.value(f).toString()))
            return true;
    }
    return false;
}

bool KeyStore::anySealed(const Case &c)
{
    for (const QString *s : Identity::textFields(c)) {
        if (IdentityVault::isSealed(*s))
            return true;
    }
    return false;
}

bool KeyStore::anySealed(const Attendee &a)
{
    if (!a.birthDateSealed.isEmpty())
        return true;
    for (const QString *s : Identity::textFields(a)) {
        if (IdentityVault::isSealed(*s))
            return true;
    }
    return false;
}

bool KeyStore::isConfidential(const QString &table, qint64 id, const QVariantMap &after) const
{
    if (table == Cases) {
        if (after.contains(QStringLiteral("reporter_confidential")))
            return after.value(QStringLiteral("reporter_confidential")).toInt() != 0;
        QSqlQuery &q =
            m_db.prepared(QStringLiteral("SELECT reporter_confidential FROM cases WHERE id = ?"));
        q.addBindValue(id);
        const bool yes = !q.exec() || !q.next() || q.value(0).toInt() != 0;
        q.finish();
        return yes;
    }
    if (table != Attendees)
        return false;
    QString role = after.value(QStringLiteral("role")).toString();
    qint64 hearingId = after.value(QStringLiteral("hearing_id")).toLongLong();
    if (!after.contains(QStringLiteral("role")) || !after.contains(QStringLiteral("hearing_id"))) {
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("SELECT role, hearing_id FROM hearing_attendees WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            if (!after.contains(QStringLiteral("role")))
                role = q.value(0).toString();
            if (!after.contains(QStringLiteral("hearing_id")))
                hearingId = q.value(1).toLongLong();
        }
        q.finish();
    }
    if (role != Identity::reporterRole())
        return false;
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT c.reporter_confidential FROM hearings h"
                                     " JOIN cases c ON c.id = h.case_id WHERE h.id = ?"));
    q.addBindValue(hearingId);
    // A case that cannot be read is treated as confidential: nothing is stored in clear wrongly.
    const bool yes = !q.exec() || !q.next() || q.value(0).toInt() != 0;
    q.finish();
    return yes;
}

bool KeyStore::sealColumns(const QString &table, qint64 id, const QVariantMap &before,
                           QVariantMap &after, QString *error) const
{
    const QStringList fields = Identity::fields(table);
    bool touches = false;
    for (const QString &f : fields)
        touches = touches || !after.value(f).toString().isEmpty();
    if (!touches)
        return true;
    const bool keys = hasFileKeys();
    if (!keys && !anySealed(table, after))
        return true;
    const bool confidential = isConfidential(table, id, after);
    for (const QString &f : fields) {
        const auto it = after.find(f);
        if (it == after.end())
            continue;
        const QString v = it->toString();
        if (v.isEmpty())
            continue;
        if (confidential) {
            if (!keys || IdentityVault::isSealed(v))
                continue;
            // Unchanged: kept as stored (a sealed box is new each time).
            const QString b = before.value(f).toString();
            if (IdentityVault::isSealed(b)) {
                const std::optional<QString> was = open(b);
                if (was && *was == v) {
                    *it = b;
                    continue;
                }
            }
            *it = seal(v);
        } else if (IdentityVault::isSealed(v)) {
            const std::optional<QString> plain = open(v);
            if (!plain) {
                *error = tr("The confidential identity can only be made public by a coordinator "
                            "who holds the key to the identities.");
                return false;
            }
            *it = *plain;
        }
    }
    return true;
}

bool KeyStore::openInPlace(QString &value, QString *error) const
{
    const std::optional<QString> plain = open(value);
    if (!plain) {
        *error = tr("Your key to the confidential identities has not been given to you yet: "
                    "it is given when another coordinator who holds it signs in, or with "
                    "the recovery key (netra-cli keys).");
        return false;
    }
    value = *plain;
    return true;
}

bool KeyStore::reveal(const QString &table, QVariantMap &columns, QString *error) const
{
    for (const QString &f : Identity::fields(table)) {
        const auto it = columns.find(f);
        if (it == columns.end())
            continue;
        QString value = it->toString();
        if (!IdentityVault::isSealed(value))
            continue;
        if (!openInPlace(value, error))
            return false;
        *it = value;
    }
    return true;
}

bool KeyStore::reveal(Case &c, QString *error) const
{
    for (QString *s : Identity::textFields(c)) {
        if (!openInPlace(*s, error))
            return false;
    }
    return true;
}

bool KeyStore::reveal(QList<Hearing> &hearings, QString *error) const
{
    for (Hearing &h : hearings) {
        for (Attendee &a : h.attendees) {
            for (QString *s : Identity::textFields(a)) {
                if (!openInPlace(*s, error))
                    return false;
            }
            if (!a.birthDateSealed.isEmpty()) {
                if (!openInPlace(a.birthDateSealed, error))
                    return false;
                a.birthDate = SqlValues::toDate(a.birthDateSealed);
                a.birthDateSealed.clear();
            }
        }
    }
    return true;
}

void KeyStore::openWherePossible(Case &c) const
{
    for (QString *s : Identity::textFields(c)) {
        if (const std::optional<QString> plain = open(*s))
            *s = *plain;
    }
}

QString KeyStore::sealForUser(const QString &plain) const
{
    if (plain.isEmpty() || IdentityVault::isSealed(plain))
        return plain;
    const auto s = sessionOf(&m_db);
    if (s && !s->userPublic.isEmpty())
        return IdentityVault::seal(plain, s->userPublic);
    return seal(plain);
}

std::optional<QString> KeyStore::openForUser(const QString &stored) const
{
    if (!IdentityVault::isSealed(stored))
        return stored;
    const auto s = sessionOf(&m_db);
    if (s && !s->userSecret.isEmpty()) {
        if (auto plain = IdentityVault::open(stored, s->userPublic, s->userSecret))
            return plain;
    }
    return open(stored);
}

// --- users ------------------------------------------------------------------------------------

bool KeyStore::hasUserKeys(qint64 userId) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT 1 FROM user_keys WHERE user_id = ?"));
    q.addBindValue(userId);
    const bool yes = q.exec() && q.next();
    q.finish();
    return yes;
}

bool KeyStore::makeUserKeys(const User &user, const QString &password, QString *error)
{
    IdentityVault::KeyPair kp = IdentityVault::newKeyPair();
    const QByteArray wrapped = IdentityVault::wrapWithPassword(kp.secretKey, password);
    if (kp.publicKey.isEmpty() || wrapped.isEmpty()) {
        *error = tr("The user's key could not be made (out of memory?).");
        return false;
    }
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO user_keys (user_id, public_key, wrapped_secret, updated_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET public_key = excluded.public_key,"
        " wrapped_secret = excluded.wrapped_secret, updated_at = excluded.updated_at"));
    q.addBindValue(user.id);
    q.addBindValue(toText(kp.publicKey));
    q.addBindValue(toText(wrapped));
    q.addBindValue(SqlValues::timestamp(m_db.now()));
    if (!exec(q, error))
        return false;
    // A grant sealed to the old key can no longer be opened.
    if (!revoke(user, error))
        return false;
    if (auto s = sessionOf(&m_db); s && s->userId == user.id) {
        s->userPublic = kp.publicKey;
        s->userSecret = std::move(kp.secretKey);
    }
    return true;
}

bool KeyStore::rewrapUserKey(qint64 userId, const QString &password, QString *error)
{
    const auto s = sessionOf(&m_db);
    if (!s || s->userId != userId || s->userSecret.isEmpty())
        return false; // the caller makes a new key pair
    const QByteArray wrapped = IdentityVault::wrapWithPassword(s->userSecret, password);
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE user_keys SET wrapped_secret = ?, updated_at = ? WHERE user_id = ?"));
    q.addBindValue(toText(wrapped));
    q.addBindValue(SqlValues::timestamp(m_db.now()));
    q.addBindValue(userId);
    return !wrapped.isEmpty() && exec(q, error);
}

void KeyStore::signedIn(const User &user, const QString &password, bool upkeep)
{
    auto s = std::make_shared<Session>();
    s->userId = user.id;
    s->filePublic = fromText(setting(PublicKeySetting));
    QByteArray wrapped, sealedGrant;
    {
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("SELECT k.public_key, k.wrapped_secret, g.sealed_key FROM user_keys k"
                           " LEFT JOIN key_grants g ON g.user_id = k.user_id WHERE k.user_id = ?"));
        q.addBindValue(user.id);
        if (q.exec() && q.next()) {
            s->userPublic = fromText(q.value(0).toString());
            wrapped = fromText(q.value(1).toString());
            sealedGrant = fromText(q.value(2).toString());
        }
        q.finish();
    }
    const bool hadKeys = !wrapped.isEmpty();
    if (hadKeys) {
        if (auto secret = IdentityVault::unwrapWithPassword(wrapped, password))
            s->userSecret = std::move(*secret);
    }
    if (!s->userSecret.isEmpty() && !sealedGrant.isEmpty() && !s->filePublic.isEmpty()) {
        if (auto fileSecret = IdentityVault::openKey(sealedGrant, s->userPublic, s->userSecret)) {
            // Only the key that belongs to the file's public key.
            if (IdentityVault::publicKeyOf(*fileSecret) == s->filePublic)
                s->fileSecret = std::move(*fileSecret);
        }
    }
    setSession(&m_db, s);
    if (!upkeep || m_db.isReadOnly())
        return;
    QString error;
    {
        Transaction t(m_db);
        if (!t.isOpen())
            return;
        if (!hadKeys && !makeUserKeys(user, password, &error))
            return;
        if (hasFileKeys() && canReveal() && fulfilPendingGrants(&error) < 0)
            return;
        if (const QByteArray pk = fromText(setting(PublicKeySetting));
            !pk.isEmpty() && !sealInformantsWith(m_db, pk, &error))
            return;
        if (!t.commit())
            return;
    }
    if (!setting(WipeSetting).isEmpty())
        wipe(&error);
}

bool KeyStore::grant(const User &user, QString *error)
{
    const auto s = sessionOf(&m_db);
    if (!s || s->fileSecret.isEmpty()) {
        *error = tr("Only someone who holds the key to the identities can give it.");
        return false;
    }
    QSqlQuery &k =
        m_db.prepared(QStringLiteral("SELECT public_key FROM user_keys WHERE user_id = ?"));
    k.addBindValue(user.id);
    const QByteArray pk = k.exec() && k.next() ? fromText(k.value(0).toString()) : QByteArray();
    k.finish();
    if (pk.isEmpty()) {
        *error = tr("%1 has no key yet: %1 must sign in once (on a file opened for writing) "
                    "before being given the key to the identities.")
                     .arg(user.login);
        return false;
    }
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO key_grants (user_id, sealed_key, granted_at,"
                       " granted_by) VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
                       " sealed_key = excluded.sealed_key, granted_at = excluded.granted_at,"
                       " granted_by = excluded.granted_by"));
    q.addBindValue(user.id);
    q.addBindValue(toText(IdentityVault::sealKey(s->fileSecret, pk)));
    q.addBindValue(SqlValues::timestamp(m_db.now()));
    q.addBindValue(m_db.actor());
    return exec(q, error) &&
           RecordWriter(m_db).writeLog(Grants, user.uuid, QString(), QStringLiteral("grant"),
                                       {{QStringLiteral("login"), user.login}}, error);
}

bool KeyStore::revoke(const User &user, QString *error)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM key_grants WHERE user_id = ?"));
    q.addBindValue(user.id);
    if (!exec(q, error))
        return false;
    if (q.numRowsAffected() <= 0)
        return true;
    return RecordWriter(m_db).writeLog(Grants, user.uuid, QString(), QStringLiteral("revoke"),
                                       {{QStringLiteral("login"), user.login}}, error);
}

QStringList KeyStore::pendingGrants(QStringList *withoutKeys) const
{
    QStringList pending;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT u.login, k.user_id IS NOT NULL FROM users u"
                             " LEFT JOIN user_keys k ON k.user_id = u.id"
                             " LEFT JOIN key_grants g ON g.user_id = u.id"
                             " WHERE u.role = 'coordinator' AND u.active <> 0 AND g.user_id IS NULL"
                             " ORDER BY u.login"));
    if (q.exec()) {
        while (q.next()) {
            if (q.value(1).toBool())
                pending << q.value(0).toString();
            else if (withoutKeys)
                *withoutKeys << q.value(0).toString();
        }
    }
    return pending;
}

int KeyStore::fulfilPendingGrants(QString *error)
{
    if (!hasFileKeys() || !canReveal())
        return 0;
    int n = 0;
    for (const QString &login : pendingGrants()) {
        const std::optional<User> u = UserRepository(m_db).find(login);
        if (u && !grant(*u, error))
            return -1;
        n += u ? 1 : 0;
    }
    return n;
}

// --- the file's keys --------------------------------------------------------------------------

namespace {

// The sealed text of a record's field's clear value, made once: the same clear value gets the
// same sealed text in the record and in its change log entries, so that the trail check compares
// them as before.
class Sealer
{
public:
    explicit Sealer(const QByteArray &publicKey) : m_publicKey(publicKey) {}
    QString seal(const QString &uuid, const QString &field, const QString &plain)
    {
        if (plain.isEmpty() || IdentityVault::isSealed(plain))
            return plain;
        const QString key = uuid + QChar(0x1f) + field + QChar(0x1f) + plain;
        auto it = m_sealedOf.constFind(key);
        if (it == m_sealedOf.cend())
            it = m_sealedOf.insert(key, IdentityVault::seal(plain, m_publicKey));
        return *it;
    }

private:
    QByteArray m_publicKey;
    QHash<QString, QString> m_sealedOf;
};

// The identity fields of the records of `table` that `from` selects (as `r`), sealed; their
// uuids go into `uuids` and `records` counts them. Rows are read first and written after (no
// row written while the query reading it is open).
bool sealRecords(Database &db, Sealer &sealer, const QString &table, const QString &from,
                 const QVariantList &binds, QSet<QString> &uuids, qint64 *records, QString *error,
                 const QStringList &fields)
{
    QStringList select;
    QStringList sets;
    for (const QString &f : fields) {
        select << QStringLiteral("r.") + f;
        sets << f + QStringLiteral(" = ?");
    }
    struct Row
    {
        qint64 id;
        QString uuid;
        QVariantList values;
    };
    QList<Row> rows;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.uuid, %1 FROM %2")
                  .arg(select.join(QLatin1String(", ")), from));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!exec(q, error))
        return false;
    while (q.next()) {
        Row r{q.value(0).toLongLong(), q.value(1).toString(), {}};
        for (int i = 0; i < fields.size(); ++i)
            r.values << q.value(2 + i);
        rows << r;
    }
    q.finish();
    QSqlQuery u(db.sql());
    u.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1String(", "))));
    for (const Row &r : std::as_const(rows)) {
        uuids.insert(r.uuid);
        for (int i = 0; i < fields.size(); ++i) {
            const QVariant &v = r.values.at(i);
            u.addBindValue(v.isNull() ? v : QVariant(sealer.seal(r.uuid, fields[i], v.toString())));
        }
        u.addBindValue(r.id);
        if (!exec(u, error))
            return false;
        ++*records;
    }
    return true;
}

// The confidential informants of supervision leads still in clear (recorded before the store's
// identities were encrypted, or before data version 13), sealed. Their change log entries hold
// a digest only.
bool sealInformants(Database &db, Sealer &sealer, qint64 *records, QString *error)
{
    QSet<QString> uuids;
    return sealRecords(
        db, sealer, QStringLiteral("leads"),
        QStringLiteral("leads r WHERE r.informant_confidential <> 0 AND ((r.informant_name <> ''"
                       " AND r.informant_name NOT LIKE 'enc1:%') OR (r.informant_contact <> ''"
                       " AND r.informant_contact NOT LIKE 'enc1:%'))"),
        {}, uuids, records, error,
        {QStringLiteral("informant_name"), QStringLiteral("informant_contact")});
}

bool sealInformantsWith(Database &db, const QByteArray &publicKey, QString *error)
{
    Sealer sealer(publicKey);
    qint64 records = 0;
    return sealInformants(db, sealer, &records, error);
}

// The identity fields of one change log entry of `table`, sealed; whether any was.
bool sealEntry(QJsonObject &changes, const QString &table, const QString &uuid, Sealer &sealer)
{
    bool touched = false;
    for (const QString &f : Identity::fields(table)) {
        auto it = changes.find(f);
        if (it == changes.end() || !it->isArray())
            continue;
        QJsonArray pair = it->toArray();
        for (int i = 0; i < pair.size(); ++i) {
            if (!pair.at(i).isString() || pair.at(i).toString().isEmpty() ||
                IdentityVault::isSealed(pair.at(i).toString()))
                continue;
            pair[i] = sealer.seal(uuid, f, pair.at(i).toString());
            touched = true;
        }
        *it = pair;
    }
    return touched;
}

// The change log's entries for the records sealed, in batches; `entries` counts them.
bool sealLog(Database &db, Sealer &sealer, const QSet<QString> &confidentialCases,
             const QSet<QString> &reporterAttendees, qint64 *entries, QString *error)
{
    QSqlQuery select(db.sql());
    select.prepare(QStringLiteral("SELECT id, record_table, record_uuid, changes FROM change_log"
                                  " WHERE id > ? AND record_table IN (?, ?) ORDER BY id"
                                  " LIMIT 5000"));
    QSqlQuery update(db.sql());
    update.prepare(QStringLiteral("UPDATE change_log SET changes = ? WHERE id = ?"));
    qint64 last = 0;
    for (;;) {
        select.setForwardOnly(true);
        select.addBindValue(last);
        select.addBindValue(Cases);
        select.addBindValue(Attendees);
        if (!exec(select, error))
            return false;
        QList<std::pair<qint64, QString>> changed;
        bool any = false;
        while (select.next()) {
            any = true;
            last = select.value(0).toLongLong();
            const QString table = select.value(1).toString();
            const QString uuid = select.value(2).toString();
            if (!(table == Cases ? confidentialCases : reporterAttendees).contains(uuid))
                continue;
            QJsonObject changes = QJsonDocument::fromJson(select.value(3).toByteArray()).object();
            if (sealEntry(changes, table, uuid, sealer))
                changed.append({last, QString::fromUtf8(
                                          QJsonDocument(changes).toJson(QJsonDocument::Compact))});
        }
        select.finish();
        if (!any)
            break;
        for (const auto &[id, json] : std::as_const(changed)) {
            update.addBindValue(json);
            update.addBindValue(id);
            if (!exec(update, error))
                return false;
            ++*entries;
        }
    }
    return true;
}

// Drafts: a case's draft holding a confidential reporter, sealed to the user who typed it (to
// the file's key when that user has none).
bool sealDrafts(Database &db, const QByteArray &filePublic, QString *error)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    QList<std::pair<QString, QString>> drafts;
    if (q.exec(QStringLiteral("SELECT key, content FROM drafts"))) {
        while (q.next())
            drafts.append({q.value(0).toString(), q.value(1).toString()});
    }
    q.finish();
    QSqlQuery pk(db.sql());
    pk.prepare(QStringLiteral("SELECT k.public_key FROM user_keys k JOIN users u"
                              " ON u.id = k.user_id WHERE u.login = ?"));
    QSqlQuery u(db.sql());
    u.prepare(QStringLiteral("UPDATE drafts SET content = ? WHERE key = ?"));
    for (const auto &[key, content] : std::as_const(drafts)) {
        QJsonObject o = QJsonDocument::fromJson(content.toUtf8()).object();
        if (!o.value(QStringLiteral("reporter_confidential")).toBool())
            continue;
        QByteArray to = filePublic;
        pk.addBindValue(o.value(QStringLiteral("drafted_by")).toString());
        if (pk.exec() && pk.next())
            to = fromText(pk.value(0).toString());
        pk.finish();
        for (const char *f : {"reporter_name", "reporter_address", "reporter_contact"}) {
            const QString v = o.value(QLatin1String(f)).toString();
            if (!v.isEmpty() && !IdentityVault::isSealed(v))
                o.insert(QLatin1String(f), IdentityVault::seal(v, to));
        }
        u.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        u.addBindValue(key);
        if (!exec(u, error))
            return false;
    }
    return true;
}

} // namespace

bool KeyStore::convert(QString *recoveryKey, QString *error)
{
    if (m_db.isReadOnly()) {
        *error = Access::readOnlyRefusal();
        return false;
    }
    if (m_db.user() && m_db.user()->role != Role::Administrator &&
        m_db.user()->role != Role::Coordinator) {
        *error = tr("Only an administrator or a coordinator can encrypt the identities of this "
                    "file.");
        return false;
    }
    if (hasFileKeys()) {
        *error = tr("The identities of this file are already encrypted.");
        return false;
    }
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = m_db.lastError();
        return false;
    }
    const std::optional<ChangeLogChain::Head> oldHead = ChangeLogChain::readHead(m_db);
    IdentityVault::KeyPair file = IdentityVault::newKeyPair();
    SecretBytes recovery = SecretBytes::random(32);
    const QByteArray wrapped = IdentityVault::wrapWithKey(file.secretKey, recovery);
    if (file.publicKey.isEmpty() || wrapped.isEmpty()) {
        *error = tr("The keys could not be made (out of memory?).");
        return false;
    }
    if (!setSetting(PublicKeySetting, toText(file.publicKey), error) ||
        !setSetting(RecoverySetting, toText(wrapped), error) ||
        !setSetting(ConvertedSetting, SqlValues::timestamp(m_db.now()), error) ||
        !setSetting(WipeSetting, QStringLiteral("1"), error))
        return false;

    Sealer sealer(file.publicKey);
    qint64 records = 0;
    // The confidential reporters, and the reporter heard in a confidential case.
    QSet<QString> confidentialCases;
    QSet<QString> reporterAttendees;
    qint64 entries = 0;
    if (!sealRecords(m_db, sealer, Cases,
                     QStringLiteral("cases r WHERE r.reporter_confidential <> 0"), {},
                     confidentialCases, &records, error, Identity::fields(Cases)) ||
        !sealRecords(m_db, sealer, Attendees,
                     QStringLiteral("hearing_attendees r JOIN hearings h ON h.id = r.hearing_id"
                                    " JOIN cases c ON c.id = h.case_id"
                                    " WHERE c.reporter_confidential <> 0 AND r.role = ?"),
                     {Identity::reporterRole()}, reporterAttendees, &records, error,
                     Identity::fields(Attendees)) ||
        !sealInformants(m_db, sealer, &records, error) ||
        !sealLog(m_db, sealer, confidentialCases, reporterAttendees, &entries, error) ||
        !sealDrafts(m_db, file.publicKey, error))
        return false;
    // The chain over the rewritten entries, and the conversion itself in the log, stating the
    // heads before and after, so that a backup made before can be compared
    // (TrailCheck::compare).
    if (!ChangeLogChain::chainExisting(m_db, error))
        return false;
    const std::optional<ChangeLogChain::Head> newHead = ChangeLogChain::readHead(m_db);
    if (!RecordWriter(m_db).writeLog(conversionTable(), QString(), QString(), conversionAction(),
                                     {{QStringLiteral("old_head"), headText(oldHead)},
                                      {QStringLiteral("new_head"), headText(newHead)},
                                      {QStringLiteral("records"), records},
                                      {QStringLiteral("entries"), entries}},
                                     error))
        return false;
    // The session holds the file's key from now on, to give it to the coordinators.
    auto s = sessionOf(&m_db);
    if (!s)
        s = std::make_shared<Session>();
    s->filePublic = file.publicKey;
    s->fileSecret = file.secretKey.copy();
    setSession(&m_db, s);
    if (fulfilPendingGrants(error) < 0)
        return false;
    if (!t.commit()) {
        *error = m_db.lastError();
        forget(&m_db);
        return false;
    }
    if (!m_db.user() || m_db.user()->role != Role::Coordinator) {
        // Nobody signed in (the demo) or an administrator: the key is not theirs to keep.
        s->fileSecret = SecretBytes();
    }
    *recoveryKey = IdentityVault::formatRecoveryKey(recovery);
    QString wipeError;
    wipe(&wipeError); // left to the next sign-in when it cannot be done now
    return true;
}

bool KeyStore::wipe(QString *error)
{
    // The clear text of before lives on in free pages and in the journal until overwritten:
    // free pages are wiped from now on (secure_delete), the file rewritten (VACUUM) and the
    // journal emptied (checkpoint, TRUNCATE).
    if (m_db.inTransaction())
        return false;
    QSqlQuery q(m_db.sql());
    bool ok = true;
    for (const QString &sql : m_db.dialect().rewriteAll())
        ok = ok && q.exec(sql);
    if (!ok) {
        *error = Database::describe(q.lastError());
        return false;
    }
    q.finish();
    {
        Transaction t(m_db);
        if (!t.isOpen() || !setSetting(WipeSetting, QString(), error) || !t.commit())
            return false;
    }
    const QString checkpoint = m_db.dialect().emptyJournal();
    return checkpoint.isEmpty() || q.exec(checkpoint);
}

bool KeyStore::grantWithRecoveryKey(const QString &login, const QString &recoveryKey,
                                    QString *error)
{
    if (!hasFileKeys()) {
        *error = tr("The identities of this file are not encrypted yet: there is no key to give.");
        return false;
    }
    const std::optional<SecretBytes> recovery = IdentityVault::parseRecoveryKey(recoveryKey);
    std::optional<SecretBytes> fileSecret;
    if (recovery)
        fileSecret = IdentityVault::unwrapWithKey(fromText(setting(RecoverySetting)), *recovery);
    const QByteArray filePublic = fromText(setting(PublicKeySetting));
    if (!fileSecret || IdentityVault::publicKeyOf(*fileSecret) != filePublic) {
        *error = tr("This is not the recovery key of this file (check each group of letters "
                    "and digits). Nothing was changed.");
        return false;
    }
    const std::optional<User> found = UserRepository(m_db).find(login);
    if (!found) {
        *error = tr("There is no user %1 in this file.").arg(login);
        return false;
    }
    const User &u = *found;
    if (u.role != Role::Coordinator || !u.active) {
        *error = tr("Only an active coordinator can be given the key to the identities; %1 is "
                    "not one.")
                     .arg(login);
        return false;
    }
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = m_db.lastError();
        return false;
    }
    auto s = sessionOf(&m_db);
    const bool had = s != nullptr;
    if (!s)
        s = std::make_shared<Session>();
    SecretBytes kept = s->fileSecret.copy();
    s->filePublic = filePublic;
    s->fileSecret = std::move(*fileSecret);
    setSession(&m_db, s);
    const bool ok = grant(u, error) && t.commit();
    // The session keeps only what it held before.
    s->fileSecret = std::move(kept);
    if (!had)
        forget(&m_db);
    return ok;
}

bool KeyStore::newRecoveryKey(QString *recoveryKey, QString *error)
{
    const auto s = sessionOf(&m_db);
    if (!hasFileKeys() || !s || s->fileSecret.isEmpty()) {
        *error = tr("Only a coordinator who holds the key to the identities can make a new "
                    "recovery key.");
        return false;
    }
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = m_db.lastError();
        return false;
    }
    SecretBytes recovery = SecretBytes::random(32);
    if (!setSetting(RecoverySetting, toText(IdentityVault::wrapWithKey(s->fileSecret, recovery)),
                    error) ||
        !RecordWriter(m_db).writeLog(conversionTable(), QString(), QString(),
                                     QStringLiteral("recovery_key"), {}, error) ||
        !t.commit())
        return false;
    *recoveryKey = IdentityVault::formatRecoveryKey(recovery);
    return true;
}

QJsonObject KeyStore::Status::toJson() const
{
    return {{QStringLiteral("encrypted"), encrypted},
            {QStringLiteral("can_reveal"), canReveal},
            {QStringLiteral("granted"), QJsonArray::fromStringList(granted)},
            {QStringLiteral("pending"), QJsonArray::fromStringList(pending)},
            {QStringLiteral("without_keys"), QJsonArray::fromStringList(withoutKeys)},
            {QStringLiteral("converted_at"), convertedAt}};
}

KeyStore::Status KeyStore::status() const
{
    Status st;
    st.encrypted = hasFileKeys();
    st.canReveal = canReveal();
    st.convertedAt = setting(ConvertedSetting);
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT u.login FROM key_grants g JOIN users u ON u.id = g.user_id"
                              " ORDER BY u.login"))) {
        while (q.next())
            st.granted << q.value(0).toString();
    }
    st.pending = pendingGrants(&st.withoutKeys);
    return st;
}
