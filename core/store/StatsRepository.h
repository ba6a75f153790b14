#pragma once

#include "Database.h"
#include "domain/CaseFilter.h"

#include <QHash>
#include <QList>
#include <QPair>

using Counts = QList<QPair<QString, qint64>>;

// The aggregations behind the statistics: counts of cases and of persons reported by a column,
// and the follow-up figures, over the cases a filter selects.
class StatsRepository
{
public:
    explicit StatsRepository(Database &db) : m_db(db) {}

    enum class CaseGroup { Status, Source, Election, ViolationCategory, Regency };
    enum class PersonGroup { PositionCategory, Agency };

    qint64 cases(const CaseFilter &filter) const;
    qint64 persons(const CaseFilter &filter) const;
    // Largest count first, then by key.
    Counts casesBy(CaseGroup group, const CaseFilter &filter) const;
    Counts personsBy(PersonGroup group, const CaseFilter &filter) const;
    // The codes of the regencies the file has cases in, in the order of the official list (each
    // province's together; the regency lists of the register's filter, the dashboard and the
    // package export).
    QStringList regencies() const;

    struct FollowUpCounts
    {
        qint64 forwardedPersons = 0;    // persons reported in forwarded cases
        qint64 recommended = 0;         // with a recommendation issued
        qint64 recommendedSanction = 0; // recommended for a sanction (not "tidak_ada")
        qint64 followedUp = 0;          // of those, the PPK decided
        qint64 followedUpAsRecommended = 0;
    };
    FollowUpCounts followUps(const CaseFilter &filter) const;
    // The same per regency code of the cases (regencies with forwarded cases only); one entry
    // keyed "" for all of them when not `byRegency`.
    QHash<QString, FollowUpCounts> followUpsByRegency(const CaseFilter &filter,
                                                      bool byRegency = true) const;

    // Cases received per month ("YYYY-MM") and status, by month then status.
    struct MonthStatusCount
    {
        QString month;
        QString status;
        qint64 count = 0;
    };
    QList<MonthStatusCount> casesPerMonth(const CaseFilter &filter) const;

    // The steps from report to follow-up: cases, then persons reported.
    struct FunnelCounts
    {
        qint64 reported = 0;            // cases received
        qint64 registered = 0;          // cases with a registration number
        qint64 forwarded = 0;           // cases forwarded (status diteruskan)
        qint64 recommendedSanction = 0; // persons recommended for a sanction
        qint64 followedUp = 0;          // of those, the PPK decided
    };
    FunnelCounts funnel(const CaseFilter &filter) const;

    // One cell of a matrix by regency: cases per violation category, or persons reported per
    // position category. By regency code, then key.
    struct RegencyCount
    {
        QString regencyCode;
        QString key;
        qint64 count = 0;
    };
    QList<RegencyCount> casesByRegencyAndCategory(const CaseFilter &filter) const;
    QList<RegencyCount> personsByRegencyAndPosition(const CaseFilter &filter) const;

private:
    Counts grouped(const QString &sql, const CaseFilter &filter) const;
    QList<RegencyCount> byRegency(const QString &sql, const CaseFilter &filter) const;
    Database &m_db;
};
