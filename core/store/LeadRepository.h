#pragma once

#include "Database.h"
#include "domain/Case.h"
#include "domain/CaseFilter.h"
#include "domain/Lead.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

// The office's supervision leads (tables leads and lead_notes, migration 11). Every change goes to
// the change log under the lead's own uuid, as a case's does; recording and tracing need
// Action::EditLeads (coordinators and officers), closing a lead or turning it into a finding
// Action::CloseLeads (coordinators), reading is for every role. Its evidence files are
// AttachmentRepository's (AttachmentOwner::Lead).
//
// A member of the public who brought a lead is its informant: name and contact are never in the
// change log (their digest is, as informant_sha256), never carried in packages, and, when the
// lead marks them confidential, withheld (Identity::hidden()) from whoever may not see a
// confidential reporter (Action::SeeConfidential) in what this repository reads.
class LeadRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadRepository)

public:
    explicit LeadRepository(Database &db) : m_db(db) {}

    // Which leads: a period (received on), a regency or province and a status; empty members do
    // not filter.
    struct Filter
    {
        QDate from;
        QDate to;
        QString regencyCode;
        QString provinceCode;
        QString status;
        // The period and regency of a case filter (its received dates), for the statistics.
        static Filter of(const CaseFilter &cases);
    };

    // By date, newest first, without their notes.
    QList<Lead> list(const Filter &filter = {}) const;
    // With its notes.
    std::optional<Lead> load(qint64 id) const;
    std::optional<Lead> find(const QString &uuid) const;
    // The lead a finding case came from.
    std::optional<Lead> forCase(const QString &caseUuid) const;

    // Adds (id 0) or updates an open lead after LeadValidator (its status and closing are left
    // as stored); `lead` receives its id, uuid and status. False with the reason in the user's
    // language.
    bool save(Lead &lead, QString *error);
    // A tracing note; a new lead is then being traced.
    bool addNote(qint64 leadId, const QDate &date, const QString &text, QString *error);
    // Closed as not pursued on `date`, the reason required.
    bool closeNotPursued(qint64 leadId, const QDate &date, const QString &reason, QString *error);
    // Turned into a finding found on `foundOn`: `finding` (its election, violation category,
    // parties…) is created through CaseRepository::create as a finding of the lead's regency,
    // known on `foundOn` (its window counts from it) and received (set) on its received date or
    // today; the lead keeps the case's uuid. One transaction: all or nothing.
    bool turnIntoFinding(qint64 leadId, const QDate &foundOn, Case &finding, QString *error);
    // Records that an existing finding case (a case of source temuan, not yet linked to a lead)
    // came from this open lead: found on the case's date it became known, closed on its date
    // received. The case itself is left as it is.
    bool linkFinding(qint64 leadId, const QString &caseUuid, QString *error);
    // Removes an open lead with its notes and files (each logged).
    bool remove(qint64 id, QString *error);

    // The figures of the statistics in a period: leads received, leads that became findings
    // (found in it) and leads not pursued (closed in it).
    struct Counts
    {
        qint64 recorded = 0;
        qint64 findings = 0;
        qint64 notPursued = 0;
        qint64 open = 0; // received in the period and still open
    };
    Counts counts(const Filter &filter) const;
    // The same per regency (code), in five statements whatever the number of regencies;
    // regencies with no lead are absent.
    QHash<QString, Counts> countsByRegency(const Filter &filter) const;

    // The columns of the table as the lead holds them, without the informant (also for the
    // package import).
    static QVariantMap columns(const Lead &lead);

private:
    QHash<QString, Counts> countsGrouped(const Filter &filter, bool byRegency) const;
    QList<Lead> select(const QString &where, const QVariantList &values, bool withNotes) const;
    bool writeInformant(const Lead &stored, const Lead &lead, QString *error);
    bool close(const Lead &stored, const QVariantMap &after, QString *error);
    Database &m_db;
};
