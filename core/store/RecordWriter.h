#pragma once

#include "Database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QVariantMap>

// Writes records and their change log entries in the caller's transaction: the one path of
// every INSERT and UPDATE of a record, and the one place that knows the log's format (who, when,
// which record, each changed field as [old, new]) and when a field changed (same()).
class RecordWriter
{
public:
    explicit RecordWriter(Database &db) : m_db(db) {}

    // Inserts with the uuid (a new one when empty) and the update time (now, unless `unlogged`
    // holds an updated_at: a package's record keeps its own); logs the creation under
    // the case's uuid unless that is empty. `unlogged` columns are stored but left out of the
    // log (an attachment's content); one also in `columns` is stored with its unlogged value and
    // logged with the other (a case created and taken through its steps at once: logged as
    // created, stored as the steps leave it). The new id, or 0 with `error` set. Here and in
    // update(), a confidential identity is stored sealed (KeyStore::sealColumns), the same text in
    // the record and in its log entry.
    qint64 insert(const QString &table, QString &uuid, const QVariantMap &columns,
                  const QString &caseUuid, QString *error, const QVariantMap &unlogged = {});

    // How update() writes and logs.
    struct Update
    {
        QString action = QStringLiteral("update"); // the log entry's action; empty: not logged
        QVariantMap derived; // written every time and never logged (a case's next deadline)
        bool sealed = false; // the caller has sealed the identity columns already
    };
    // Writes the columns that differ from `before` (same()) with the update time, and logs
    // them; nothing when none differ and there is nothing derived.
    bool update(const QString &table, qint64 id, const QVariantMap &before,
                const QVariantMap &after, const QString &recordUuid, const QString &caseUuid,
                QString *error, const Update &how);
    bool update(const QString &table, qint64 id, const QVariantMap &before,
                const QVariantMap &after, const QString &recordUuid, const QString &caseUuid,
                QString *error)
    {
        return update(table, id, before, after, recordUuid, caseUuid, error, Update());
    }
    bool remove(const QString &table, qint64 id, const QVariantMap &before,
                const QString &recordUuid, const QString &caseUuid, QString *error);
    // Logs the fields that changed from `before` to `after`; an "update" without change is not
    // logged.
    bool log(const QString &table, const QString &recordUuid, const QString &caseUuid,
             const QString &action, const QVariantMap &before, const QVariantMap &after,
             QString *error);
    bool writeLog(const QString &table, const QString &recordUuid, const QString &caseUuid,
                  const QString &action, const QJsonObject &changes, QString *error);
    // The text log() writes for the fields that changed from `before` to `after`: the compact
    // JSON of {"field": [old, new], ...} (keys in order), the same text QJsonDocument writes.
    // Written directly: through QJsonObject it was a tenth of every import. Empty when no
    // field changed.
    static QString changesText(const QVariantMap &before, const QVariantMap &after);

    // What the server or SQLite said when the last insert() failed: for a caller that tells a
    // refusal (a server's row policy, SQLSTATE 42501) from other failures.
    const QSqlError &failure() const { return m_failure; }

    // Whether a field did not change: the one rule of the store.
    static bool same(const QVariant &a, const QVariant &b);

    // What the log holds for content it does not copy (docs: README "The data file"): the
    // SHA-256 (hex) over the parts, each as "<byte length>:<UTF-8 bytes>"; empty for no parts.
    // A password is logged as the digest of its stored hash, a person's minutes as the digest
    // of their lines (question, answer) in order.
    static QString digest(const QStringList &parts);
    // The digest of the minutes lines stored for an attendee (empty when there are none).
    QString minutesDigest(qint64 attendeeId, QString *error = nullptr);

private:
    bool writeLogText(const QString &table, const QString &recordUuid, const QString &caseUuid,
                      const QString &action, const QString &changes, QString *error);

    Database &m_db;
    QSqlError m_failure;
};
