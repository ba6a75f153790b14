#pragma once

#include "Database.h"
#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/Hearing.h"
#include "domain/HolidayCalendar.h"
#include "domain/Identity.h"
#include "domain/OfficeTime.h"
#include "domain/StatusMachine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

// What the register and the scripts filter cases by. Empty members do not filter.
struct CaseFilter
{
    QStringList statuses;
    QString source;
    QString election;
    QString regencyCode;
    QString violationCategory;
    QString positionCategory;
    QDate receivedFrom;
    QDate receivedTo;
    QString deadlineState; // "late", "due_today", "due_soon"
    QString text;          // number, names, NIP, agency, description
};

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

// Attachment metadata; the content is read on demand.
struct AttachmentInfo
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString mime;
    qint64 size = 0;
    QString sha256;
    QDateTime addedAt;
};

// Cases, their parties, evidence, hearings and follow-ups in a data file. Every write runs in a
// transaction together with its change log entries.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(Database &db) : m_db(db) {}
    Database &database() const { return m_db; }

    // Validates, numbers (receipt number) and stores a new case with its parties.
    bool create(Case &c, QString *error);
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
    // A case brought in from a CSV register, by the key the import gave it.
    std::optional<Case> findByImportKey(const QString &key) const;
    // Records the import key of a case (not logged: it is no field of the case).
    bool setImportKey(qint64 caseId, const QString &key, QString *error);
    // Stores the edited fields and parties of a case; what changed goes to the change log.
    bool save(const Case &c, QString *error);
    // Takes a procedure step through the status machine; a registration gets its number here.
    bool applyStep(qint64 caseId, Step step, QString *error);
    // Whether the step may be taken now: empty when it may, else why not.
    QString whyNot(const Case &c, Step::Kind kind) const;

    qint64 count(const CaseFilter &filter) const;
    QList<CaseRow> page(const CaseFilter &filter, CaseColumn sortBy, Qt::SortOrder order,
                        int offset, int limit) const;
    // Every matching case, whole and as stored (confidential identities included: the caller
    // masks them), in received order; stops when `visit` returns false.
    void forEach(const CaseFilter &filter, const std::function<bool(const Case &)> &visit) const;

    bool addAttachment(qint64 caseId, const QString &name, const QByteArray &data,
                       const QString &mime, AttachmentInfo *info, QString *error);
    QList<AttachmentInfo> attachments(qint64 caseId) const;
    QByteArray attachmentData(qint64 attachmentId) const;
    bool removeAttachment(qint64 attachmentId, QString *error);

    // Values already in the file, for completing what is typed: "agency" or "position_title" of
    // persons reported, most used first.
    QStringList knownValues(const QString &column, int limit = 500) const;

    // Unsaved form content, kept in the file so a killed program loses nothing.
    bool saveDraft(const QString &key, const QString &content);
    QString draft(const QString &key, QDateTime *savedAt = nullptr) const;
    void clearDraft(const QString &key);
    // The keys of the drafts that start with a prefix ("case:new:"), oldest first.
    QStringList draftKeys(const QString &prefix) const;

    bool addHearing(Hearing &h, QString *error);
    QList<Hearing> hearings(qint64 caseId) const;
    bool saveFollowUp(FollowUp &f, qint64 caseId, QString *error);
    std::optional<FollowUp> followUp(qint64 partyId) const;

    // The case's change log, oldest first. A confidential reporter's identity is always withheld
    // from it by Identity's rule (the history is shown to every user, a reveal is for the case's
    // own fields): the
    // reporter's fields and those of the reporter heard are "[dirahasiakan]", and free text
    // repeating them is masked.
    QList<ChangeEntry> history(const QString &caseUuid) const;
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

    QList<Holiday> holidays() const;
    bool setHoliday(const Holiday &holiday, QString *error);
    bool removeHoliday(const QDate &date, QString *error);
    bool seedHolidays(const QList<Holiday> &holidays);
    // Recomputes each open case's next deadline (after the calendar or profiles changed).
    bool refreshDeadlines();

    QString setting(const QString &key) const;
    // The office's time zone, for every time shown or printed: the zone the office set
    // ("office_timezone"), else its province's (from "office_code"), else that of the case's
    // regency (a file without an office code).
    OfficeTime officeTime(const QString &regencyCode) const;
    // The office's part of a number (CaseNumber): its level and code, the code made from
    // `regencyCode` when the office has none; for `date`.
    CaseNumber::Context numberingContext(const QString &regencyCode, const QDate &date) const;
    // The next value of a yearly sequence (`kind`: a kind of case number, "letter"), drawn
    // inside the caller's transaction: a rolled-back write gives it back, and a second writer
    // waits for the first to commit. nullopt with the database's `error` when it fails.
    std::optional<int> nextSequence(int year, const QString &kind, QString *error);
    bool setSetting(const QString &key, const QString &value, QString *error);
    static void appendDefaultSettings(QStringList &statements);
    // The settings an office may change.
    static QStringList settingKeys();

private:
    std::optional<Case> raw(qint64 id) const;
    std::optional<Case> shown(std::optional<Case> c) const;
    void withholdHistory(const QString &caseUuid, QList<ChangeEntry> &list) const;
    // Inserts a record with its uuid (a new one when empty) and update time, and logs its
    // creation under the case's uuid unless that is empty. The new id, or 0 (see m_lastError).
    qint64 insertRecord(const QString &table, QString &uuid, const QVariantMap &columns,
                        const QString &caseUuid);
    bool insertParties(const Case &c, QString *error);
    // Rebuilds the case's full-text search row from its current data.
    bool reindex(qint64 caseId);
    bool writeCase(const Case &before, const Case &after, const QString &action, QString *error);
    bool log(const QString &table, const QString &recordUuid, const QString &caseUuid,
             const QString &action, const QVariantMap &before, const QVariantMap &after);
    QString nextNumber(const QString &patternKey, const QString &kind, const Case &c,
                       const QDate &date, QString *error);
    std::optional<Case> loadWhere(const QString &where, const QVariant &value) const;

    Database &m_db;
    QString m_lastError; // of the last failed statement of log() or reindex()
};
