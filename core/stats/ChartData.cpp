#include "ChartData.h"

#include "Stats.h"

#include "domain/Codes.h"
#include "domain/Regions.h"
#include "domain/StatusMachine.h"
#include "store/ActivityRepository.h"
#include "store/LeadRepository.h"
#include "store/StatsRepository.h"

#include <QLocale>
#include <algorithm>

namespace {

// Up to this many months the monthly chart shows every month of the span, empty ones too, so
// that time reads evenly; over longer spans (several elections) only months with cases.
constexpr int MaxFilledMonths = 36;

QDate monthStart(const QString &month)
{
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

QString uncategorised()
{
    return ChartData::tr("No category");
}

QList<ChartBar> codeBars(const Counts &counts, Codes::Kind kind)
{
    QList<ChartBar> out;
    for (const auto &c : counts)
        out << ChartBar{c.first, c.first.isEmpty() ? uncategorised() : Codes::label(kind, c.first),
                        c.second};
    // The most frequent first; "Other" and the cases without a category after every named
    // category, however many they are.
    std::stable_partition(out.begin(), out.end(), [](const ChartBar &b) {
        return !b.code.isEmpty() && b.code != QLatin1String("lainnya");
    });
    return out;
}

MonthlyChart monthlyChart(const QList<StatsRepository::MonthStatusCount> &counts)
{
    MonthlyChart m;
    QStringList present;
    for (const auto &c : counts) {
        if (!m.months.contains(c.month))
            m.months << c.month;
        if (!present.contains(c.status))
            present << c.status;
    }
    std::sort(m.months.begin(), m.months.end());
    if (m.months.size() > 1) {
        const QDate first = monthStart(m.months.first());
        const QDate last = monthStart(m.months.last());
        const int span = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
        if (first.isValid() && last.isValid() && span <= MaxFilledMonths) {
            m.months.clear();
            for (QDate d = first; d <= last; d = d.addMonths(1))
                m.months << d.toString(QStringLiteral("yyyy-MM"));
        }
    }
    for (const QString &s : Codes::all(Codes::Kind::Status)) {
        if (present.removeAll(s) > 0)
            m.statuses << s;
    }
    m.statuses << present; // codes the program does not know, last
    for (const QString &s : std::as_const(m.statuses))
        m.statusLabels << Codes::label(Codes::Kind::Status, s);
    for (const QString &month : std::as_const(m.months)) {
        const QDate d = monthStart(month);
        m.monthLabels << (d.isValid() ? QLocale().toString(d, QStringLiteral("MMM yyyy")) : month);
    }
    m.counts = QList<QList<qint64>>(m.statuses.size(), QList<qint64>(m.months.size(), 0));
    for (const auto &c : counts) {
        const int s = m.statuses.indexOf(c.status);
        const int i = m.months.indexOf(c.month);
        if (s >= 0 && i >= 0)
            m.counts[s][i] += c.count;
    }
    return m;
}

} // namespace

qint64 MonthlyChart::total() const
{
    qint64 sum = 0;
    for (const auto &row : counts) {
        for (qint64 n : row)
            sum += n;
    }
    return sum;
}

ChartData ChartData::compute(Database &db, const CaseFilter &filter)
{
    StatsRepository repo(db);
    ChartData d;
    d.filter = filter;
    d.cases = repo.cases(filter);
    d.persons = repo.persons(filter);
    d.byViolationCategory =
        codeBars(repo.casesBy(StatsRepository::CaseGroup::ViolationCategory, filter),
                 Codes::Kind::ViolationCategory);
    d.byPositionCategory =
        codeBars(repo.personsBy(StatsRepository::PersonGroup::PositionCategory, filter),
                 Codes::Kind::PositionCategory);

    const Counts agencies = repo.personsBy(StatsRepository::PersonGroup::Agency, filter);
    for (const auto &a : agencies.mid(0, TopAgencies))
        d.topAgencies << ChartBar{a.first, a.first.isEmpty() ? tr("Agency not given") : a.first,
                                  a.second};

    const StatsRepository::FunnelCounts f = repo.funnel(filter);
    d.funnel = {
        {QStringLiteral("reported"), tr("Cases received"), f.reported},
        {QStringLiteral("registered"), tr("Cases registered"), f.registered},
        {QStringLiteral("forwarded"), tr("Cases forwarded"), f.forwarded},
        {QStringLiteral("recommended"), tr("Persons recommended for a sanction"),
         f.recommendedSanction},
        {QStringLiteral("followed_up"), tr("Persons followed up by the PPK"), f.followedUp},
    };
    if (f.recommendedSanction > 0)
        d.followUpRate = double(f.followedUp) / double(f.recommendedSanction);

    d.monthly = monthlyChart(repo.casesPerMonth(filter));

    const Counts regencies = repo.casesBy(StatsRepository::CaseGroup::Regency, filter);
    for (const auto &r : regencies)
        d.byRegency << ChartBar{r.first, Regions::nameOf(r.first), r.second};
    for (const auto &p : Stats::provincesOf(regencies))
        d.byProvince << ChartBar{p.first, Regions::nameOf(p.first), p.second};

    const ActivityRepository::Counts activities =
        ActivityRepository(db).counts(ActivityRepository::Filter::of(filter));
    d.activities = activities.activities;
    d.participants = activities.participants;
    for (const auto &k : activities.byKind)
        d.prevention << ChartBar{k.first, Codes::label(Codes::Kind::ActivityKind, k.first),
                                 k.second};

    const LeadRepository::Counts leads =
        LeadRepository(db).counts(LeadRepository::Filter::of(filter));
    d.leads = leads.recorded;
    d.leadFindings = leads.findings;
    d.leadsNotPursued = leads.notPursued;
    return d;
}

const QList<ChartBar> &ChartData::bars(Chart chart) const
{
    static const QList<ChartBar> none;
    switch (chart) {
    case Chart::Categories:
        return byViolationCategory;
    case Chart::Positions:
        return byPositionCategory;
    case Chart::Agencies:
        return topAgencies;
    case Chart::Funnel:
        return funnel;
    case Chart::Regencies:
        return byRegency;
    case Chart::Provinces:
        return byProvince;
    case Chart::Monthly:
        break;
    }
    return none;
}

CaseFilter ChartData::filterFor(Chart chart, int index, int series) const
{
    CaseFilter f = filter;
    if (chart == Chart::Monthly) {
        if (index < 0 || index >= monthly.months.size())
            return f;
        const QDate start = monthStart(monthly.months.at(index));
        const QDate end = start.addMonths(1).addDays(-1);
        if (!f.receivedFrom.isValid() || f.receivedFrom < start)
            f.receivedFrom = start;
        if (!f.receivedTo.isValid() || f.receivedTo > end)
            f.receivedTo = end;
        if (series >= 0 && series < monthly.statuses.size())
            f.statuses = QStringList{monthly.statuses.at(series)};
        return f;
    }
    const QList<ChartBar> &list = bars(chart);
    if (index < 0 || index >= list.size())
        return f;
    const QString &code = list.at(index).code;
    switch (chart) {
    case Chart::Categories:
        f.violationCategory = code;
        break;
    case Chart::Positions:
        f.positionCategory = code;
        break;
    case Chart::Agencies:
        f.text = code;
        break;
    case Chart::Regencies:
        f.regencyCode = code;
        break;
    case Chart::Provinces:
        f.provinceCode = code;
        break;
    case Chart::Funnel:
        if (code == QLatin1String("registered"))
            f.statuses = StatusMachine::registeredStatuses();
        else if (code != QLatin1String("reported"))
            f.statuses = QStringList{Codes::Status::Forwarded};
        break;
    case Chart::Monthly:
        break;
    }
    return f;
}
