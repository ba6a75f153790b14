#include "Stats.h"

#include "domain/Regions.h"
#include "store/ActivityRepository.h"
#include "store/LeadRepository.h"
#include "store/StatsRepository.h"

#include <QJsonArray>

#include <algorithm>

namespace {

QJsonObject asObject(const Counts &counts)
{
    QJsonObject o;
    for (const auto &c : counts)
        o.insert(c.first, c.second);
    return o;
}

// The recommendations and their follow-up, and the follow-up rate (null without any
// recommended for a sanction).
void insertFollowUps(QJsonObject &out, const StatsRepository::FollowUpCounts &fu)
{
    out.insert(QStringLiteral("forwarded_persons"), fu.forwardedPersons);
    out.insert(QStringLiteral("recommendations"), fu.recommended);
    out.insert(QStringLiteral("recommended_for_sanction"), fu.recommendedSanction);
    out.insert(QStringLiteral("followed_up"), fu.followedUp);
    out.insert(QStringLiteral("followed_up_as_recommended"), fu.followedUpAsRecommended);
    out.insert(QStringLiteral("follow_up_rate"),
               fu.recommendedSanction > 0
                   ? QJsonValue(double(fu.followedUp) / double(fu.recommendedSanction))
                   : QJsonValue());
}

// The follow-up counts of the regencies whose codes begin with `prefix`, summed.
StatsRepository::FollowUpCounts sumOf(const QHash<QString, StatsRepository::FollowUpCounts> &all,
                                      const QString &prefix)
{
    StatsRepository::FollowUpCounts sum;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        sum.forwardedPersons += it->forwardedPersons;
        sum.recommended += it->recommended;
        sum.recommendedSanction += it->recommendedSanction;
        sum.followedUp += it->followedUp;
        sum.followedUpAsRecommended += it->followedUpAsRecommended;
    }
    return sum;
}

} // namespace

namespace Stats {

Counts provincesOf(const Counts &regencies)
{
    Counts provinces;
    for (const auto &c : regencies) {
        const QString province = c.first.left(2);
        auto it = std::find_if(provinces.begin(), provinces.end(),
                               [&](const auto &p) { return p.first == province; });
        if (it == provinces.end())
            provinces.append({province, c.second});
        else
            it->second += c.second;
    }
    std::stable_sort(provinces.begin(), provinces.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return provinces;
}

QJsonObject filterJson(const CaseFilter &filter)
{
    QJsonObject f;
    if (!filter.regencyCode.isEmpty())
        f.insert(QStringLiteral("regency"), filter.regencyCode);
    if (!filter.provinceCode.isEmpty())
        f.insert(QStringLiteral("province"), filter.provinceCode);
    if (filter.receivedFrom.isValid())
        f.insert(QStringLiteral("from"), filter.receivedFrom.toString(Qt::ISODate));
    if (filter.receivedTo.isValid())
        f.insert(QStringLiteral("to"), filter.receivedTo.toString(Qt::ISODate));
    if (!filter.election.isEmpty())
        f.insert(QStringLiteral("election"), filter.election);
    return f;
}

QJsonObject compute(Database &db, const CaseFilter &filter)
{
    StatsRepository repo(db);
    QJsonObject out;
    out.insert(QStringLiteral("filter"), filterJson(filter));
    out.insert(QStringLiteral("cases"), repo.cases(filter));
    out.insert(QStringLiteral("persons_reported"), repo.persons(filter));
    out.insert(QStringLiteral("by_status"),
               asObject(repo.casesBy(StatsRepository::CaseGroup::Status, filter)));
    out.insert(QStringLiteral("by_source"),
               asObject(repo.casesBy(StatsRepository::CaseGroup::Source, filter)));
    out.insert(QStringLiteral("by_election"),
               asObject(repo.casesBy(StatsRepository::CaseGroup::Election, filter)));
    out.insert(QStringLiteral("by_violation_category"),
               asObject(repo.casesBy(StatsRepository::CaseGroup::ViolationCategory, filter)));
    out.insert(QStringLiteral("by_position_category"),
               asObject(repo.personsBy(StatsRepository::PersonGroup::PositionCategory, filter)));

    QJsonArray agencies;
    for (const auto &c : repo.personsBy(StatsRepository::PersonGroup::Agency, filter))
        agencies.append(QJsonObject{{QStringLiteral("agency"), c.first},
                                    {QStringLiteral("persons"), c.second}});
    out.insert(QStringLiteral("by_agency"), agencies);

    // Per regency and per province: the cases, and the recommendations and their follow-up.
    const QHash<QString, StatsRepository::FollowUpCounts> followUps =
        repo.followUpsByRegency(filter);
    QJsonArray regencies;
    const Counts byRegency = repo.casesBy(StatsRepository::CaseGroup::Regency, filter);
    for (const auto &c : byRegency) {
        const Regions::Region *r = Regions::shipped().regency(c.first);
        QJsonObject row{{QStringLiteral("code"), c.first},
                        {QStringLiteral("name"), r ? r->title : QString()},
                        {QStringLiteral("cases"), c.second}};
        insertFollowUps(row, followUps.value(c.first));
        regencies.append(row);
    }
    out.insert(QStringLiteral("by_regency"), regencies);
    QJsonArray byProvince;
    for (const auto &p : provincesOf(byRegency)) {
        const Regions::Region *r = Regions::shipped().province(p.first);
        QJsonObject row{{QStringLiteral("code"), p.first},
                        {QStringLiteral("name"), r ? r->title : QString()},
                        {QStringLiteral("cases"), p.second}};
        insertFollowUps(row, sumOf(followUps, p.first));
        byProvince.append(row);
    }
    out.insert(QStringLiteral("by_province"), byProvince);
    // The whole filter's: every regency's summed, not counted again.
    insertFollowUps(out, sumOf(followUps, QString()));

    // The prevention activities held in the period and regency of the filter.
    const ActivityRepository::Counts activities =
        ActivityRepository(db).counts(ActivityRepository::Filter::of(filter));
    QJsonObject byKind;
    for (const auto &k : activities.byKind)
        byKind.insert(k.first, k.second);
    out.insert(QStringLiteral("prevention"),
               QJsonObject{{QStringLiteral("activities"), activities.activities},
                           {QStringLiteral("participants"), activities.participants},
                           {QStringLiteral("by_kind"), byKind}});

    // The supervision leads: received in the period, turned into findings (found in it), not
    // pursued (closed in it), and those received in it still open.
    const LeadRepository::Counts leads =
        LeadRepository(db).counts(LeadRepository::Filter::of(filter));
    out.insert(QStringLiteral("leads"),
               QJsonObject{{QStringLiteral("recorded"), leads.recorded},
                           {QStringLiteral("findings"), leads.findings},
                           {QStringLiteral("not_pursued"), leads.notPursued},
                           {QStringLiteral("open"), leads.open}});
    return out;
}

} // namespace Stats
