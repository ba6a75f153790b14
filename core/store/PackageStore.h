#pragma once

#include "Database.h"
#include "domain/CaseFilter.h"
#include "domain/Progress.h"
#include "exchange/Package.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>

// How a record changed on both sides is settled.
enum class Settlement {
    Ask,        // not written: left as a conflict for the user
    KeepMine,   // the record of this file stays; the package's version is taken as seen
    TakeTheirs, // the package's version is written
};

// What importing a package does to a data file, per table, before anything is written.
struct ImportPlan
{
    struct Counts
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int conflicts = 0;
    };
    struct Conflict
    {
        QString table;
        QString uuid;
        QString caseUuid;
        QString mineUpdatedAt;
        QString theirsUpdatedAt;
        QStringList fields; // the columns that differ
        Settlement settledAs = Settlement::Ask;
    };
    enum class Action { Add, Update, Unchanged, Conflict };
    struct Step
    {
        QString table;
        int index = 0; // into the package's records of the table
        Action action = Action::Unchanged;
        qint64 targetId = 0;
        QString syncTo; // the update time to remember in sync_state, when any
    };

    QMap<QString, Counts> tables; // by table name
    QList<Conflict> conflicts;
    QList<Step> steps;

    int total(int Counts::*member) const;
    QJsonObject toJson() const;
};

// The data file's side of packages (docs/package.md): collects the records of the cases a filter
// selects, and merges a package by record UUID in one transaction, writing the change log.
class PackageStore
{
    Q_DECLARE_TR_FUNCTIONS(PackageStore)

public:
    explicit PackageStore(Database &db) : m_db(db) {}

    // The cases the filter selects, with everything that belongs to them. A confidential
    // reporter's identity is replaced by Package::redacted() unless withIdentities.
    // `progress` gets the tables read of the package's tables; false cancels: nothing is
    // collected or logged, the error says it was cancelled.
    // Refused (Package::tooLarge) as soon as the records read would be more than a package may
    // hold (Package::MaxPayloadBytes, or setPayloadLimit's).
    bool collect(const CaseFilter &filter, bool withAttachments, bool withIdentities,
                 Package::Content *content, QString *error, const Progress &progress = {});
    // The most bytes of records collect() gathers; a test's smaller limit stands for a
    // province's file.
    void setPayloadLimit(qint64 bytes) { m_payloadLimit = bytes; }

    // What importing would do, writing nothing; false with a reason when the package cannot be
    // merged into this file (a case number carried by another case).
    bool preview(const Package::Content &content, ImportPlan *plan, QString *reason);
    // Merges in one transaction: additions and updates are written, conflicts are settled by
    // `perRecord` (by uuid) else `all`; those left to Ask are not written. On failure nothing
    // is written. `plan` receives what was done. `progress` gets the records written and then
    // the cases brought up to date, of the plan's steps and the package's cases; false cancels
    // and rolls back: nothing is written.
    bool apply(const Package::Content &content, Settlement all,
               const QHash<QString, Settlement> &perRecord, ImportPlan *plan, QString *reason,
               const Progress &progress = {});

    // Remembers (sync_state) the version of every record of `content` as this file's own: for
    // records taken out into a field file (FieldFile), so that bringing them back tells a record
    // changed in the field (updated) from one changed here (kept) and from one changed on both
    // sides (a conflict), as for a package imported from elsewhere.
    bool markTaken(const Package::Content &content, QString *error);

private:
    // The prevention activities or supervision leads (`table`) that go with the cases of
    // `filter` (docs/package.md).
    bool collectOwn(const QString &table, const CaseFilter &filter, Package::Content *content,
                    QString *error);
    bool makePlan(const Package::Content &content, ImportPlan *plan, QString *reason);
    // False with a reason when a number of a case the plan writes (added, updated or in
    // conflict) belongs to another case here; a case left as it is keeps its own.
    bool checkCaseNumbers(const Package::Content &content, const ImportPlan &plan, QString *reason);
    // A stored record's version, and whether it is the version last imported, unchanged here
    // since (sync_state).
    struct StoredVersion
    {
        QString updatedAt;
        bool asImported = false;
    };
    // The largest id of `table`'s records (0 when it has none): as many records at most.
    qint64 largestId(const QString &table);
    // The statement reading the stored versions of `table`'s records (uuid, update time, update
    // time last imported), and a row of it as a version.
    static QString versionsSelect(const QString &table);
    static StoredVersion versionAt(const QSqlQuery &q);
    // Every stored record's version of `table`, by uuid.
    bool storedVersions(const QString &table, QHash<QString, StoredVersion> *versions,
                        QString *reason);
    // Adds the steps and counts of one table of the package to `plan`.
    bool planTable(const Package::Table &t, const Package::Content &content, ImportPlan *plan,
                   QString *reason);
    // Adds or updates the record of one step of the plan, logged; `id` is the record's.
    bool writeRecord(const Package::Content &content, const ImportPlan::Step &step, qint64 *id,
                     QString *error);
    // The id of the record of `table` with `uuid` in the file (0 when none): of one added by
    // this import from memory, of any other from the file.
    qint64 idOf(const QString &table, const QString &uuid);

    Database &m_db;
    qint64 m_payloadLimit = Package::MaxPayloadBytes;
    QHash<QString, qint64> m_added; // "table uuid" -> id, of the records this import added
};
