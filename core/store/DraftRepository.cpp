#include "DraftRepository.h"

#include "KeyStore.h"
#include "LocalSpool.h"
#include "SqlValues.h"
#include "domain/CaseJson.h"
#include "domain/Identity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

// Who typed a draft, kept in it so that a confidential identity typed into it is given back to
// them alone.
const QString DraftedBy = QStringLiteral("drafted_by");

} // namespace

QString DraftRepository::storedKey(const QString &key) const
{
    return m_db.isServer() && m_db.user() ? key + QLatin1Char('#') + m_db.user()->login : key;
}

bool DraftRepository::saveDraft(const QString &key, const QString &content)
{
    QString stored = content;
    QJsonObject o = QJsonDocument::fromJson(content.toUtf8()).object();
    if (!o.isEmpty() && m_db.user()) {
        o.insert(DraftedBy, m_db.user()->login);
        // A confidential reporter typed is sealed to the typing user's own key (KeyStore), so
        // that after a crash the same user gets it back and nobody else reads it.
        // On a server, sealed whether or not it answers (gone away: kept on this computer,
        // never in clear); sealForUser leaves the value as it is when there are no keys.
        const KeyStore keys(m_db);
        if (o.value(QStringLiteral("reporter_confidential")).toBool() &&
            (m_db.isServer() || keys.hasFileKeys())) {
            for (const char *key : {"reporter_name", "reporter_address", "reporter_contact"}) {
                const QString v = o.value(QLatin1String(key)).toString();
                if (!v.isEmpty())
                    o.insert(QLatin1String(key), keys.sealForUser(v));
            }
        }
        stored = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    LocalSpool spool(m_db);
    if (putStored(key, stored, m_db.now())) {
        spool.dropDraft(key); // the store has it now
        return true;
    }
    // The server went away: kept on this computer until it is back.
    return LocalSpool::serverAway(m_db) && spool.keepDraft(key, stored);
}

bool DraftRepository::putStored(const QString &key, const QString &stored, const QDateTime &savedAt)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO drafts (key, content, saved_at) VALUES (?, ?, ?) ON CONFLICT (key)"
        " DO UPDATE SET content = excluded.content, saved_at = excluded.saved_at"));
    q.addBindValue(storedKey(key));
    q.addBindValue(stored);
    q.addBindValue(SqlValues::timestamp(savedAt));
    return q.exec();
}

QString DraftRepository::draft(const QString &key, QDateTime *savedAt) const
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT content, saved_at FROM drafts WHERE key = ?"));
    q.addBindValue(storedKey(key));
    QString content;
    if (q.exec() && q.next()) {
        content = q.value(0).toString();
        if (savedAt)
            *savedAt = SqlValues::toTimestamp(q.value(1));
    }
    q.finish();
    // A case's draft holding a confidential reporter typed by someone else is withheld as the
    // stored case is (Identity::withhold).
    QJsonObject o = QJsonDocument::fromJson(content.toUtf8()).object();
    if (o.isEmpty() || !m_db.user())
        return content;
    bool mine = o.value(DraftedBy).toString() == m_db.user()->login;
    o.remove(DraftedBy);
    if (mine) {
        // Sealed to the user who typed it: opened with their own key.
        const KeyStore keys(m_db);
        for (const char *key : {"reporter_name", "reporter_address", "reporter_contact"}) {
            const QString v = o.value(QLatin1String(key)).toString();
            if (const std::optional<QString> plain = keys.openForUser(v))
                o.insert(QLatin1String(key), *plain);
            else
                mine = false;
        }
    }
    if (!mine && o.value(QStringLiteral("reporter_confidential")).toBool()) {
        Case c = CaseJson::fromJson(o);
        Identity::withhold(c);
        const QJsonObject shown = CaseJson::toJson(c);
        for (const char *key :
             {"reporter_name", "reporter_address", "reporter_contact", "reporter_hidden"})
            o.insert(QLatin1String(key), shown.value(QLatin1String(key)));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void DraftRepository::clearDraft(const QString &key)
{
    LocalSpool spool(m_db);
    if (removeStored(key))
        spool.dropDraft(key);
    else if (LocalSpool::serverAway(m_db))
        spool.keepDraft(key, QString()); // removed from the server once it is back
}

bool DraftRepository::removeStored(const QString &key)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM drafts WHERE key = ?"));
    q.addBindValue(storedKey(key));
    return q.exec();
}

QStringList DraftRepository::draftKeys(const QString &prefix) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT key FROM drafts WHERE substr(key, 1, length(?)) = ?"
                             " ORDER BY saved_at"));
    q.addBindValue(prefix);
    q.addBindValue(prefix);
    QStringList keys;
    const QString mine = storedKey(QString());
    if (q.exec()) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            if (mine.isEmpty())
                keys << key;
            else if (key.endsWith(mine)) // on a server, the signed-in user's
                keys << key.chopped(mine.size());
        }
    }
    return keys;
}
