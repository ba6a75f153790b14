#pragma once

#include "domain/CaseFilter.h"

#include <QList>
#include <QStringList>
#include <optional>

class Database;

// The recap table (rekapitulasi) the province and Bawaslu RI ask for: one row per regency with
// its cases per violation category, persons reported, recommended for a sanction and followed up,
// and a total row. Its figures are those of Stats::compute for the same filter.
struct Recap
{
    struct Row
    {
        QString regencyCode;      // empty in the total row
        QString regencyName;      // "Kabupaten Sukoharjo"
        QList<qint64> byCategory; // cases, in the order of Recap::categories
        QList<qint64> byPosition; // persons reported, in the order of Recap::positions
        qint64 cases = 0;
        qint64 persons = 0;
        qint64 recommended = 0; // persons recommended for a sanction
        qint64 followedUp = 0;  // of those, the PPK decided
        // Prevention activities held in the period, in the order of Recap::activityKinds, and
        // their participants.
        QList<qint64> byActivity;
        qint64 activities = 0;
        qint64 participants = 0;
        // Supervision leads: received in the period, turned into findings and not pursued in it.
        qint64 leads = 0;
        qint64 leadFindings = 0;
        qint64 leadsNotPursued = 0;
        // followedUp / recommended; none when nobody was recommended.
        std::optional<double> followUpRate() const;
    };

    CaseFilter filter;
    // Every violation category code in display order, then "" when some cases have none.
    QStringList categories;
    // Every position category code in display order, then "" when some persons have none.
    QStringList positions;
    // Every prevention activity kind code, in display order.
    QStringList activityKinds;
    QList<Row> rows; // by regency code
    Row total;

    static Recap compute(Database &db, const CaseFilter &filter);

    // Labels in Indonesian, the language of documents and exports.
    static QString categoryLabel(const QString &code);
    static QString positionLabel(const QString &code);
    // "1 Januari 2024 s.d. 31 Desember 2024", "sejak …", "sampai dengan …" or "seluruh periode".
    QString periodText() const { return periodOf(filter); }
    // "Kabupaten Sukoharjo, Pemilihan, 1 Januari 2024 s.d. 31 Desember 2024": what was counted.
    QString scopeText() const { return scopeOf(filter); }
    // The same for any filter (the agreement's report): the period of its received dates, and
    // its regency or province ("Provinsi Jawa Tengah"), election and period.
    static QString periodOf(const CaseFilter &filter);
    static QString scopeOf(const CaseFilter &filter);
};
