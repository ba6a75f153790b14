#pragma once

#include "Database.h"
#include "domain/CaseFilter.h"
#include "domain/Hearing.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <optional>

// One person reported in a forwarded case, with what the authority recommended and what the
// PPK did: a line of the follow-up ledger.
struct LedgerRow
{
    qint64 caseId = 0;
    QString caseNumber; // the registration number, else the receipt number
    QString caseUuid;
    QString regencyCode;
    QDate decidedDate; // the day the case was forwarded
    QString forwardedTo;

    qint64 partyId = 0;
    QString partyUuid;
    QString name;
    QString nip;
    QString positionTitle;
    QString agency;

    bool hasFollowUp = false; // a follow-up record exists for the person
    FollowUp followUp;        // its fields; partyId is always set

    // The follow-up's own values, else the case's.
    QString authority() const;
    QDate forwardedDate() const;
};

// The follow-ups and their ledger (docs/domain.md §5): what became of each person reported in a
// forwarded case, and how long a PPK has to respond to a recommendation.
class LedgerRepository
{
    Q_DECLARE_TR_FUNCTIONS(LedgerRepository)

public:
    static constexpr int MinResponseDays = 1;
    static constexpr int MaxResponseDays = 365;

    explicit LedgerRepository(Database &db) : m_db(db) {}

    // Stores the follow-up of a person reported in the case (a new one, or its changes); the
    // change goes to the change log.
    bool saveFollowUp(FollowUp &f, qint64 caseId, QString *error);
    std::optional<FollowUp> followUp(qint64 partyId) const;

    // The persons reported in the forwarded cases the filter selects, in the order the cases
    // were forwarded.
    QList<LedgerRow> rows(const CaseFilter &filter = {}) const;
    // A ledger row's columns (of cases c and parties p), and the row read from them, with the
    // follow-up's columns (Rows::followUpSelect) from `followUpAt`: for queries that read more.
    static QString rowColumns();
    static LedgerRow readRow(const QSqlQuery &q, int followUpAt);

    // A recommendation of a sanction made to a PPK (the follow-up's recommendation, PPK, due
    // date and decision) and the regency of its case: what the PPKs' record counts.
    struct Recommendation
    {
        QString regencyCode;
        FollowUp followUp; // partyId and the recommendation's, PPK's and decision's fields
    };
    // The recommendations of a sanction ("tidak_ada" and none aside) made for the persons
    // reported in the forwarded cases the filter selects: one slim row each, read in one query.
    QList<Recommendation> recommendations(const CaseFilter &filter = {}) const;

    // The days a PPK has to respond after a recommendation, unless the follow-up sets its own
    // due date ("followup_response_days"; 30 when not set).
    int responseDays() const;
    bool setResponseDays(int days, QString *error);

private:
    Database &m_db;
};
