#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

// The hash chain that makes the change log tamper-evident. Each entry carries `prev_hash`, the
// hash of the entry before it (empty for the first), and `hash`, the SHA-256 (hex) over
// prev_hash and the entry's own content (at, actor, record_table, record_uuid, case_uuid,
// action, changes), each field written as "<byte length>:<UTF-8 bytes>" so that no two
// different entries give the same input. The head (settings key `log_head`: "<count> <last id>
// <last hash>") is written in the same transaction as the entries, at its commit, so that
// removing the last entries shows too. RecordWriter::writeLog is the only writer of entries; the
// chain catches an entry altered, removed, moved or slipped in by anything else. Someone who knows
// this scheme and rewrites the whole chain and its head is not caught: the chain shows that the
// file was changed outside Netra, it is no signature.
class ChangeLogChain
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLogChain)

public:
    struct Entry
    {
        QString at, actor, recordTable, recordUuid, caseUuid, action, changes;
    };
    struct Head
    {
        qint64 count = 0;
        qint64 lastId = 0;
        QString lastHash;
    };

    static QString hash(const QString &prevHash, const Entry &e);

    // The head as stored; nullopt when there is none or it cannot be read (`error` set only when
    // the query failed). Inside a write, read from the file once and then as this write left it
    // (Database::logHead).
    static std::optional<Head> readHead(Database &db, QString *error = nullptr);
    // Inside a write, kept in memory and stored when the write commits; else stored now.
    static bool writeHead(Database &db, const Head &head, QString *error);
    // Stores the head's text ("<count> <last id> <last hash>") in the settings.
    static bool storeHead(Database &db, const QString &value, QString *error);

    // Chains the entries that are there, in id order, and writes the head: for files brought to
    // data version 7, whose entries were written before the chain. In the caller's transaction.
    static bool chainExisting(Database &db, QString *error);

    // The first thing wrong with the chain.
    struct Problem
    {
        enum class Kind { Altered, Removed, Reordered, Inserted };
        Kind kind = Kind::Altered;
        // The entry concerned; for a removal the first id missing (0 when unknown, or when the
        // head itself is gone).
        qint64 entryId = 0;
        // The entry where the break shows: the entry itself, except for a removal, where it is
        // the entry after the gap, or the last entry left when the end was removed.
        qint64 foundAtId = 0;
        // The entry found at foundAtId: its time, actor and case.
        QString at, actor, caseUuid, caseNumber;
        // Reordered: the entry it follows in the chain. Inserted: the entry before which it was
        // slipped in (0 at the end). Altered: when set, the entry was rewritten with a new hash
        // and this is the entry after it, still chained to the old one.
        qint64 otherId = 0;
        // Removed at the end: how many entries the log holds and how many were written.
        qint64 entries = 0, written = 0;

        QString kindCode() const;
        QString message() const;
        QJsonObject toJson() const;
    };
    struct Result
    {
        qint64 entries = 0;
        std::optional<Problem> problem;

        bool ok() const { return !problem; }
        QJsonObject toJson() const;
    };

    // Walks the log in id order and reports the first entry altered, removed, reordered or
    // inserted.
    static Result verify(Database &db);
};
