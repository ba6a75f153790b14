#pragma once

#include "domain/CaseFilter.h"
#include "store/StatsRepository.h"

#include <QJsonObject>
#include <optional>

class Database;

// The report the KASN–Bawaslu agreement asks of an office for a period and a scope (the whole
// file, one regency or one province; docs/domain.md §6): its five figures — the number of
// violations (cases), the cases by violation category, the persons reported by position
// category, the recommendations, and their follow-up with the follow-up rate — with the ten
// agencies with most persons reported, the prevention activities held and the supervision leads
// received and turned into findings in the period. Every figure is read from Stats::compute for
// the same filter, the figures of `netra-cli stats`, never counted a second way.
struct AgreementReport
{
    static constexpr int AgencyCount = 10;

    CaseFilter filter;
    qint64 violations = 0; // cases
    qint64 personsReported = 0;
    Counts byViolationCategory; // cases, most first, then by code
    Counts byPositionCategory;  // persons reported, most first, then by code
    qint64 recommendations = 0; // persons with a recommendation issued
    qint64 recommendedForSanction = 0;
    qint64 followedUp = 0; // of those recommended for a sanction, the PPK decided
    qint64 followedUpAsRecommended = 0;
    std::optional<double> followUpRate; // followedUp / recommendedForSanction
    Counts topAgencies;                 // persons reported, most first, at most AgencyCount
    qint64 preventionActivities = 0;
    qint64 preventionParticipants = 0;
    qint64 leads = 0;        // supervision leads received in the period
    qint64 leadFindings = 0; // leads turned into findings in the period

    static AgreementReport compute(Database &db, const CaseFilter &filter);
    // The report of the figures Stats::compute gave for `filter`.
    static AgreementReport fromStats(const QJsonObject &stats, const CaseFilter &filter);

    // The figures under the keys `stats` gives them ("cases", "by_violation_category",
    // "follow_up_rate", "prevention": {"activities", ...}, "leads": {"recorded", "findings"}),
    // with "top_agencies" and the period and scope in words.
    QJsonObject toJson() const;

    // "1 Januari 2024 s.d. 31 Desember 2024"; "Kabupaten Sukoharjo, 1 Januari 2024 s.d. …".
    QString periodText() const;
    QString scopeText() const;
};
