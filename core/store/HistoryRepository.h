#pragma once

#include "Database.h"

#include <QDateTime>
#include <QJsonObject>

// A change log entry: who changed which record, when, and each field's old and new value.
struct ChangeEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString table;
    QString recordUuid;
    QString caseUuid;
    QString action;
    QJsonObject changes; // field -> [old, new]
};

// Reading a case's change log (written by RecordWriter).
class HistoryRepository
{
public:
    explicit HistoryRepository(Database &db) : m_db(db) {}

    // The case's change log, oldest first. A confidential reporter's identity is always withheld
    // from it by Identity's rule (the history is shown to every user, a reveal is for the case's
    // own fields): the reporter's fields and those of the reporter heard are "[dirahasiakan]",
    // and free text repeating them is masked.
    QList<ChangeEntry> history(const QString &caseUuid) const;
    // Who last changed the case's own fields or its parties, and when (its time and actor
    // only; no entry, id 0, when nobody has).
    ChangeEntry lastEdit(const QString &caseUuid) const;

private:
    void withholdHistory(const QString &caseUuid, QList<ChangeEntry> &list) const;
    Database &m_db;
};
