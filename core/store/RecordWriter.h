#pragma once

#include "Database.h"

#include <QJsonObject>
#include <QVariantMap>

// Writes records and their change log entries in the caller's transaction: the one place that
// knows the log's format (who, when, which record, each changed field as [old, new]).
class RecordWriter
{
public:
    explicit RecordWriter(Database &db) : m_db(db) {}

    // Inserts with the uuid (a new one when empty) and the update time; logs the creation under
    // the case's uuid unless that is empty. The new id, or 0 with `error` set. Here and in
    // update(), a confidential identity is stored sealed (KeyStore::sealColumns), the same text
    // in the record and in its log entry.
    qint64 insert(const QString &table, QString &uuid, const QVariantMap &columns,
                  const QString &caseUuid, QString *error);
    // Writes the columns that differ from `before` and logs them; nothing when none differ.
    bool update(const QString &table, qint64 id, const QVariantMap &before,
                const QVariantMap &after, const QString &recordUuid, const QString &caseUuid,
                QString *error);
    bool remove(const QString &table, qint64 id, const QVariantMap &before,
                const QString &recordUuid, const QString &caseUuid, QString *error);
    // Logs the fields that changed from `before` to `after`; an "update" without change is not
    // logged.
    bool log(const QString &table, const QString &recordUuid, const QString &caseUuid,
             const QString &action, const QVariantMap &before, const QVariantMap &after,
             QString *error);
    bool writeLog(const QString &table, const QString &recordUuid, const QString &caseUuid,
                  const QString &action, const QJsonObject &changes, QString *error);

    static bool same(const QVariant &a, const QVariant &b);

    // What the log holds for content it does not copy (docs: README "The data file"): the
    // SHA-256 (hex) over the parts, each as "<byte length>:<UTF-8 bytes>"; empty for no parts.
    // A password is logged as the digest of its stored hash, a person's minutes as the digest
    // of their lines (question, answer) in order.
    static QString digest(const QStringList &parts);
    // The digest of the minutes lines stored for an attendee (empty when there are none).
    QString minutesDigest(qint64 attendeeId, QString *error = nullptr);

private:
    Database &m_db;
};
