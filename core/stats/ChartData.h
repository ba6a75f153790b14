#pragma once

#include "domain/CaseFilter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class Database;

// One bar (or slice) of a chart: the code it stands for, its label in the UI language, its count.
struct ChartBar
{
    QString code;
    QString label;
    qint64 value = 0;
};

// Cases received per month, stacked by status.
struct MonthlyChart
{
    QStringList months;      // "YYYY-MM", in order
    QStringList monthLabels; // "Okt 2024" in the UI locale
    QStringList statuses;    // status codes present, in the status machine's order
    QStringList statusLabels;
    QList<QList<qint64>> counts; // [status][month]

    qint64 total() const;
};

// The data behind each chart of the dashboard for one filter (regency, period, election), with
// the codes kept beside the labels so that a click on a bar can open the cases behind it. Its
// totals are those of Stats::compute for the same filter.
struct ChartData
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)

public:
    enum class Chart { Categories, Positions, Agencies, Funnel, Monthly, Regencies, Provinces };
    static constexpr int TopAgencies = 10;

    CaseFilter filter;
    qint64 cases = 0;
    qint64 persons = 0; // persons reported

    QList<ChartBar> byViolationCategory; // cases, most first
    QList<ChartBar> byPositionCategory;  // persons reported, most first
    QList<ChartBar> topAgencies;         // persons reported, the ten agencies with most
    // Codes "reported", "registered", "forwarded" (cases), "recommended", "followed_up" (persons).
    QList<ChartBar> funnel;
    std::optional<double> followUpRate; // followed up / recommended for a sanction
    MonthlyChart monthly;
    QList<ChartBar> byRegency;  // cases, most first
    QList<ChartBar> byProvince; // the regencies' cases summed per province, most first
    // Prevention activities held in the period and regency, by kind (kinds held only), and
    // their participants.
    QList<ChartBar> prevention;
    qint64 activities = 0;
    qint64 participants = 0;
    // Supervision leads: received in the period, turned into findings and not pursued in it.
    qint64 leads = 0;
    qint64 leadFindings = 0;
    qint64 leadsNotPursued = 0;

    static ChartData compute(Database &db, const CaseFilter &filter);

    // The filter of the cases behind a bar: this data's filter narrowed to the bar. `series` is
    // the status row for Chart::Monthly (the stacked set), else unused. Agencies narrow by
    // text search on the agency's name.
    CaseFilter filterFor(Chart chart, int index, int series = 0) const;
    // The bars of a chart (not Monthly).
    const QList<ChartBar> &bars(Chart chart) const;
};
