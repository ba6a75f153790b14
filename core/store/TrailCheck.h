#pragma once

#include "ChangeLogChain.h"
#include "Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Whether every record's state is covered by the change log, and whether the schema is Netra's
// (`netra-cli check`; README "The data file").
//
// The log is replayed once, in id order: per record (table and uuid) the last logged value of
// each field, and whether it was created or deleted. Each record of the logged tables is then
// read once and compared field by field: a field that differs, a record that is not in the log
// (added outside Netra), a logged record that is gone (removed outside Netra) or one present
// although its removal is logged. Fields that change without a log entry by design are left out
// (excludedFields()); a password is compared through the digest of its hash
// (`password_sha256`), a person's minutes lines through the digest of their text
// (`minutes_sha256`), a case's clerks through their logins (`clerks`). The schema objects
// (tables, indexes, triggers, views) are compared with those the migrations create.
class TrailCheck
{
    Q_DECLARE_TR_FUNCTIONS(TrailCheck)

public:
    struct Difference
    {
        enum class Kind {
            Changed,        // a field differs from its last logged value
            Unlogged,       // a record the log does not know
            Missing,        // a logged record that is gone
            DeletedPresent, // a record present although its removal is logged
            ForeignObject,  // a schema object that is not Netra's
            AlteredObject,  // a schema object of Netra's with another definition
            MissingObject,  // a schema object of Netra's that is gone
        };
        Kind kind = Kind::Changed;
        QString table;      // the table, or for schema objects their type (table, index, ...)
        QString uuid;       // the record, or the schema object's name
        QString caseNumber; // the record's case, when it has one in the file
        QString login;      // users
        QString field;
        QString logged, current; // empty when withheld
        bool withheld = false;   // values not shown (identities, digests)

        QString kindCode() const;
        QString message() const;
        QJsonObject toJson() const;
    };

    struct Result
    {
        qint64 entriesReplayed = 0;
        qint64 recordsChecked = 0;
        QList<Difference> differences; // records, then schema objects
        // What the log cannot cover in a file written before it logged digests: users whose
        // password has not been set since, and persons heard whose minutes have not been saved
        // since. Covered from the next change on.
        QStringList usersWithoutPasswordDigest; // logins
        qint64 attendeesWithoutMinutesDigest = 0;

        bool ok() const { return differences.isEmpty(); }
        // What is not covered yet (see above), as sentences in the user's language.
        QStringList notes() const;
        QJsonObject toJson() const;
    };

    static Result run(Database &db);

    // The fields compared with nothing, by table (besides id, uuid and updated_at everywhere).
    static const QHash<QString, QStringList> &excludedFields();

    // `check FILE --against PACKAGE|BACKUP`: whether this file's log holds the other's head
    // entry at the same position with the same hash.
    struct Lineage
    {
        bool ok = false;
        bool otherHasHead = true;
        // Whether the other's entries were compared one by one (a backup), so that divergedAt
        // is the first entry that differs; otherwise it is the head (a package's manifest) and
        // history differs at or before it.
        bool exact = false;
        qint64 otherCount = 0; // entries in the other's log (its head)
        qint64 fileCount = 0;  // entries in this file's log
        // When not ok: the position (1-based) of the first entry that differs, and this file's
        // entry there (id 0 when the file's log is shorter).
        qint64 divergedAt = 0, fileEntryId = 0;
        QString fileEntryAt, fileEntryActor;
        QString otherLabel; // "package" or "backup" in the user's language
        // The other is older than the encryption of this file's identities, which re-sealed its
        // change log (KeyStore::convert; the entry states the heads before and after): when
        // and by whom. A backup's entries are then compared with their identities left out; a
        // package's head is compared with the head before the encryption, and when it is older
        // still its history cannot be compared (unverifiable).
        bool resealed = false;
        bool unverifiable = false;
        QString resealedAt, resealedBy;

        QString message() const;
        QJsonObject toJson() const;
    };
    // `other` is a backup's data file when given (then the first divergence is found entry by
    // entry); otherwise only the head is known (a package's manifest).
    static Lineage compare(Database &file, const std::optional<ChangeLogChain::Head> &otherHead,
                           Database *other, const QString &otherLabel);

    // The head as a package carries it (count and last hash); nullopt when the file has none.
    static std::optional<ChangeLogChain::Head> head(Database &db);
};
