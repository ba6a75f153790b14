#pragma once

#include "Database.h"

#include <QDateTime>

// Unsaved form content, kept in the file so a killed program loses nothing. A confidential
// reporter typed into a case's draft is sealed to the typing user's key and given back to them
// alone. On an office server, where several officers type at once, each user's drafts are their
// own: the same key names a draft of the signed-in user (kept as "key#login").
class DraftRepository
{
public:
    explicit DraftRepository(Database &db) : m_db(db) {}

    bool saveDraft(const QString &key, const QString &content);
    QString draft(const QString &key, QDateTime *savedAt = nullptr) const;
    void clearDraft(const QString &key);
    // A draft as saveDraft() stores it (sealed, with who drafted it), written or removed as it
    // is: for LocalSpool::writeBack.
    bool putStored(const QString &key, const QString &stored, const QDateTime &savedAt);
    bool removeStored(const QString &key);
    // The keys of the drafts that start with a prefix ("case:new:"), oldest first.
    QStringList draftKeys(const QString &prefix) const;

private:
    // The key as stored: on a server, the signed-in user's own.
    QString storedKey(const QString &key) const;

    Database &m_db;
};
