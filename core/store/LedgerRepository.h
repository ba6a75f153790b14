#pragma once

#include "CaseRepository.h"
#include "Database.h"
#include "domain/Hearing.h"

#include <QCoreApplication>
#include <QList>

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

// The follow-up ledger (docs/domain.md §5): every person reported in a forwarded case, and how long
// a PPK has to respond to a recommendation. Follow-ups are written through
// CaseRepository::saveFollowUp, which keeps the change log.
class LedgerRepository
{
    Q_DECLARE_TR_FUNCTIONS(LedgerRepository)

public:
    static constexpr int MinResponseDays = 1;
    static constexpr int MaxResponseDays = 365;

    explicit LedgerRepository(Database &db) : m_db(db) {}

    // The persons reported in the forwarded cases the filter selects, in the order the cases
    // were forwarded.
    QList<LedgerRow> rows(const CaseFilter &filter = {}) const;

    // The days a PPK has to respond after a recommendation, unless the follow-up sets its own
    // due date ("followup_response_days"; 30 when not set).
    int responseDays() const;
    bool setResponseDays(int days, QString *error);

private:
    Database &m_db;
};
