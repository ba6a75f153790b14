#pragma once

#include "Database.h"
#include "domain/Case.h"
#include "domain/CaseFilter.h"
#include "domain/Identity.h"
#include "domain/StatusMachine.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

struct ProcedureProfile;

// One line of the register.
struct CaseRow
{
    qint64 id = 0;
    QString number; // the registration number, else the receipt number
    QDate receivedDate;
    QString regencyCode;
    QString reportedName;
    int reportedCount = 0;
    QString violationCategory;
    QString status;
    QString nextDeadline;
    QDate nextDue;
};

enum class CaseColumn { Number, Received, Regency, Reported, Category, Status, NextDue };

// Cases with their parties in a data file: creating, editing, the procedure's steps, the
// register's pages. Every write runs in a transaction together with its change log entries.
// The rest of a case has its own repository: AttachmentRepository, DraftRepository,
// HearingRepository, LedgerRepository (follow-ups), HistoryRepository (change log),
// HolidayRepository (calendar, deadline refresh), SettingsRepository (settings, sequences).
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(Database &db) : m_db(db) {}
    Database &database() const { return m_db; }

    // Validates, numbers (receipt number) and stores a new case with its parties; `c` receives
    // the case as stored, its parties' ids and uuids included. With `steps`, the case is taken
    // through them as applyStep() would take it, each step checked and logged alike, and written
    // once as the last leaves it: for a register brought in (RegisterImport), where a case's
    // whole way so far is known at once.
    bool create(Case &c, QString *error, const QList<Step> &steps = {});
    // A case as the signed-in user may see it: a confidential reporter's identity is withheld
    // (Case::reporterHidden) until revealReporter. With nobody signed in, the case as stored.
    std::optional<Case> load(qint64 id) const;
    // The case with its confidential reporter's identity, for a user who may see it; the reveal
    // and its purpose go to the change log.
    std::optional<Case> revealReporter(qint64 caseId, const QString &purpose, QString *error);
    // Logs that the identities of these cases' reporters were shown (a print or an export).
    bool logReveals(const QStringList &caseUuids, const QString &purpose, QString *error);
    // By receipt or registration number.
    std::optional<Case> findByNumber(const QString &number) const;
    // The number a case is known by (its registration number, else its receipt number); empty
    // when the file has no case of that uuid.
    QString numberOf(const QString &caseUuid) const;
    // Whether a case carries `number` (as its receipt or registration number) or the import key
    // `importKey` (a case brought in from a CSV register); an empty one matches nothing. Nullopt
    // with `error` set when the file could not be read.
    std::optional<bool> carries(const QString &number, const QString &importKey,
                                QString *error = nullptr) const;
    // Records the import key of a case (not logged: it is no field of the case).
    bool setImportKey(qint64 caseId, const QString &key, QString *error);
    // Stores the edited fields and parties of a case; what changed goes to the change log.
    // Refused when someone else stored the case after `c` was loaded (its update time differs):
    // the message says who and when, and `stale` is set, so that the window can reload the case
    // and keep what was typed.
    bool save(const Case &c, QString *error, bool *stale = nullptr);
    // The number of the letter a step sends (the forwarding letter), drawn once the step is known
    // to be allowed, inside the step's transaction: `after` is the case as the step leaves it.
    // Empty with `error` when no number could be drawn.
    using LetterNumber = std::function<QString(const Case &after, QString *error)>;
    // Takes a procedure step through the status machine; a registration gets its number here,
    // a forwarding without a letter number gets it from `letterNumber` (the letter book).
    // `applied`, when given, receives the case as stored after the step.
    bool applyStep(qint64 caseId, Step step, QString *error,
                   const LetterNumber &letterNumber = LetterNumber(), Case *applied = nullptr);
    // Whether the step may be taken now: empty when it may, else why not.
    QString whyNot(const Case &c, Step::Kind kind) const;

    qint64 count(const CaseFilter &filter) const;
    // The longest numbers of the file's cases (the register's Number column), longest first: for
    // a column as wide as the widest, before its row is loaded.
    QStringList longestNumbers(int limit) const;
    QList<CaseRow> page(const CaseFilter &filter, CaseColumn sortBy, Qt::SortOrder order,
                        int offset, int limit) const;
    // Every matching case, whole and as stored (confidential identities included: the caller
    // masks them), in received order; stops when `visit` returns false.
    void forEach(const CaseFilter &filter, const std::function<bool(const Case &)> &visit) const;

    // Values already in the file, for completing what is typed: "agency" or "position_title" of
    // persons reported, most used first.
    QStringList knownValues(const QString &column, int limit = 500) const;

    // The values of a confidential reporter's identity (the case's and the reporter heard), to
    // take out of free text given to someone who may not see them; empty when the reporter is
    // not confidential. Never shown.
    Identity::Secrets secrets(qint64 caseId) const;

    // Where a person reported in this case (same NIP) is also reported in another regency: in a
    // provincial or national file, the same civil servant across regencies.
    struct ElsewhereReport
    {
        QString nip;
        QString name;
        QString regencyCode;
        QString number;
    };
    QList<ElsewhereReport> reportedElsewhere(const Case &c) const;

    // The case as stored, confidential identities included (sealed as the file keeps them): for
    // the store's own checks and writes, never to be shown.
    std::optional<Case> stored(qint64 id) const;
    std::optional<Case> stored(const QString &uuid) const;
    // The stored case, its row locked for this write (SqlDialect::lockRow).
    std::optional<Case> lockedStored(qint64 id);
    QString changedMeanwhile(const Case &stored) const;
    // Writes a stored case's next deadline again (the calendar or its profile changed); its
    // update time moves as for any write.
    bool refreshDeadline(const Case &c, QString *error);
    // After an import: the case's next deadline and search row from what is stored now, its
    // update time kept.
    bool refreshDerived(qint64 caseId, QString *error);

private:
    std::optional<Case> shown(std::optional<Case> c) const;
    // Stores a person of the case `c` at `position` in its list; `p` receives its id and uuid.
    bool insertParty(const Case &c, Party &p, int position, QString *error);
    // Checks `step` on `stored` and completes it (the forwarding authority, a registration's
    // number, a forwarding letter's number from `letterNumber`); `changed` receives the case as
    // the step leaves it. Inside the step's transaction; writes nothing but a number drawn.
    bool walkStep(const Case &stored, Step &step, const ProcedureProfile &profile,
                  const LetterNumber &letterNumber, Case &changed, QString *error);
    // `message` with the last SQL error, unless `error` says why already; false.
    bool failed(const QString &message, QString *error) const;
    bool saveParties(const Case &stored, const Case &c, QString *error);
    // The reporter heard follows the case's confidentiality mark.
    bool resealHeardReporter(const Case &c, QString *error);
    // Whether the case's row in the search index would read differently (a step or an edit
    // that leaves it as it was writes it once, not again).
    static bool searchTextDiffers(const Case &a, const Case &b);
    // Rebuilds the case's full-text search row from its current data, or leaves it to the
    // connection's SearchRowBatch.
    bool reindex(qint64 caseId);
    // Rebuilds the search rows of these cases, a few hundred in each statement.
    bool reindex(const QList<qint64> &caseIds);
    friend class SearchRowBatch;
    // The derived columns of a case: its next pending deadline and when it is due.
    QVariantMap derivedColumns(const Case &c) const;
    bool writeCase(const Case &before, const Case &after, const QString &action, QString *error);
    QString nextNumber(const QString &patternKey, const QString &kind, const Case &c,
                       const QDate &date, QString *error);
    std::optional<Case> loadWhere(const QString &where, const QVariant &value) const;

    Database &m_db;
    QString m_lastError; // of the last failed statement of log() or reindex()
};

// While one lives, the full-text search rows of the cases written on its connection wait, to
// be written together by flush(): an import of many cases in one transaction (a register's, a
// package's, the demo's). SQLite's full-text index writes out what it holds at every savepoint,
// a case's own and the one each statement on the index opens inside a transaction, so a row
// written with each case cost the index a write per case (a sixth of a register's import). One
// at a time on a connection (a second one made meanwhile leaves the first collecting); without
// flush(), the transaction rolled back, nothing is written.
class SearchRowBatch
{
public:
    explicit SearchRowBatch(Database &db);
    ~SearchRowBatch();
    SearchRowBatch(const SearchRowBatch &) = delete;
    SearchRowBatch &operator=(const SearchRowBatch &) = delete;
    // Writes the rows of the cases written since it was made; false with what failed.
    bool flush(QString *error);

private:
    Database &m_db;
    QSet<qint64> m_cases;
    bool m_collecting = false;
};
