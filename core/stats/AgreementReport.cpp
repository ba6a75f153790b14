#include "AgreementReport.h"

#include "Recap.h"
#include "Stats.h"

#include <QJsonArray>

#include <algorithm>

namespace {

// A count object of `stats` ({"code": n}) as counts, most first, then by code: the order of
// StatsRepository's groupings.
Counts countsOf(const QJsonObject &o)
{
    Counts counts;
    for (auto it = o.begin(); it != o.end(); ++it)
        counts << qMakePair(it.key(), qint64(it.value().toDouble()));
    std::stable_sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return counts;
}

QJsonObject objectOf(const Counts &counts)
{
    QJsonObject o;
    for (const auto &c : counts)
        o.insert(c.first, c.second);
    return o;
}

qint64 number(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

} // namespace

AgreementReport AgreementReport::compute(Database &db, const CaseFilter &filter)
{
    return fromStats(Stats::compute(db, filter), filter);
}

AgreementReport AgreementReport::fromStats(const QJsonObject &stats, const CaseFilter &filter)
{
    AgreementReport r;
    r.filter = filter;
    r.violations = number(stats, "cases");
    r.personsReported = number(stats, "persons_reported");
    r.byViolationCategory =
        countsOf(stats.value(QLatin1String("by_violation_category")).toObject());
    r.byPositionCategory = countsOf(stats.value(QLatin1String("by_position_category")).toObject());
    r.recommendations = number(stats, "recommendations");
    r.recommendedForSanction = number(stats, "recommended_for_sanction");
    r.followedUp = number(stats, "followed_up");
    r.followedUpAsRecommended = number(stats, "followed_up_as_recommended");
    const QJsonValue rate = stats.value(QLatin1String("follow_up_rate"));
    if (rate.isDouble())
        r.followUpRate = rate.toDouble();
    // by_agency is ordered as the store counted it: most persons first, then by name.
    for (const QJsonValue &a : stats.value(QLatin1String("by_agency")).toArray()) {
        if (r.topAgencies.size() == AgencyCount)
            break;
        const QJsonObject o = a.toObject();
        r.topAgencies << qMakePair(o.value(QLatin1String("agency")).toString(),
                                   number(o, "persons"));
    }
    const QJsonObject prevention = stats.value(QLatin1String("prevention")).toObject();
    r.preventionActivities = number(prevention, "activities");
    r.preventionParticipants = number(prevention, "participants");
    const QJsonObject leads = stats.value(QLatin1String("leads")).toObject();
    r.leads = number(leads, "recorded");
    r.leadFindings = number(leads, "findings");
    return r;
}

QJsonObject AgreementReport::toJson() const
{
    QJsonArray agencies;
    for (const auto &a : topAgencies)
        agencies.append(QJsonObject{{QStringLiteral("agency"), a.first},
                                    {QStringLiteral("persons"), a.second}});
    return QJsonObject{
        {QStringLiteral("filter"), Stats::filterJson(filter)},
        {QStringLiteral("period"), periodText()},
        {QStringLiteral("scope"), scopeText()},
        {QStringLiteral("cases"), violations},
        {QStringLiteral("persons_reported"), personsReported},
        {QStringLiteral("by_violation_category"), objectOf(byViolationCategory)},
        {QStringLiteral("by_position_category"), objectOf(byPositionCategory)},
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("recommended_for_sanction"), recommendedForSanction},
        {QStringLiteral("followed_up"), followedUp},
        {QStringLiteral("followed_up_as_recommended"), followedUpAsRecommended},
        {QStringLiteral("follow_up_rate"), followUpRate ? QJsonValue(*followUpRate) : QJsonValue()},
        {QStringLiteral("top_agencies"), agencies},
        {QStringLiteral("prevention"),
         QJsonObject{{QStringLiteral("activities"), preventionActivities},
                     {QStringLiteral("participants"), preventionParticipants}}},
        {QStringLiteral("leads"), QJsonObject{{QStringLiteral("recorded"), leads},
                                              {QStringLiteral("findings"), leadFindings}}},
    };
}

QString AgreementReport::periodText() const
{
    return Recap::periodOf(filter);
}

QString AgreementReport::scopeText() const
{
    return Recap::scopeOf(filter);
}
