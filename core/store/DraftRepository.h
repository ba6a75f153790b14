#pragma once

#include "Database.h"

#include <QDateTime>

// Unsaved form content, kept in the file so a killed program loses nothing. A confidential
// reporter typed into a case's draft is sealed to the typing user's key and given back to them
// alone.
class DraftRepository
{
public:
    explicit DraftRepository(Database &db) : m_db(db) {}

    bool saveDraft(const QString &key, const QString &content);
    QString draft(const QString &key, QDateTime *savedAt = nullptr) const;
    void clearDraft(const QString &key);
    // The keys of the drafts that start with a prefix ("case:new:"), oldest first.
    QStringList draftKeys(const QString &prefix) const;

private:
    Database &m_db;
};
