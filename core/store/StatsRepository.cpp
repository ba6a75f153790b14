#include "StatsRepository.h"

#include "CaseFilterSql.h"

#include <QSqlQuery>

Counts StatsRepository::grouped(const QString &sql, const CaseFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_db.sql());
    q.prepare(sql.arg(caseWhere(m_db, filter, &values)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    Counts counts;
    if (!q.exec())
        return counts;
    while (q.next())
        counts << qMakePair(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

qint64 StatsRepository::cases(const CaseFilter &filter) const
{
    const Counts c = grouped(QStringLiteral("SELECT '', count(*) FROM cases c%1"), filter);
    return c.isEmpty() ? 0 : c.first().second;
}

qint64 StatsRepository::persons(const CaseFilter &filter) const
{
    const Counts c = grouped(QStringLiteral("SELECT '', count(*) FROM parties p"
                                            " JOIN cases c ON c.id = p.case_id%1"
                                            " AND p.role = 'terlapor'"),
                             filter);
    return c.isEmpty() ? 0 : c.first().second;
}

Counts StatsRepository::casesBy(CaseGroup group, const CaseFilter &filter) const
{
    static const char *const columns[] = {"c.status", "c.source", "c.election",
                                          "c.violation_category", "c.regency_code"};
    return grouped(QStringLiteral("SELECT %2 AS k, count(*) AS n FROM cases c%1"
                                  " GROUP BY k ORDER BY n DESC, k")
                       .replace(QLatin1String("%2"), QLatin1String(columns[int(group)])),
                   filter);
}

Counts StatsRepository::personsBy(PersonGroup group, const CaseFilter &filter) const
{
    const QLatin1String column(group == PersonGroup::Agency ? "p.agency" : "p.position_category");
    return grouped(QStringLiteral("SELECT %2 AS k, count(*) AS n FROM parties p"
                                  " JOIN cases c ON c.id = p.case_id%1 AND p.role = 'terlapor'"
                                  " GROUP BY k ORDER BY n DESC, k")
                       .replace(QLatin1String("%2"), column),
                   filter);
}

StatsRepository::FollowUpCounts StatsRepository::followUps(const CaseFilter &filter) const
{
    return followUpsByRegency(filter, false).value(QString());
}

QHash<QString, StatsRepository::FollowUpCounts>
StatsRepository::followUpsByRegency(const CaseFilter &filter, bool byRegency) const
{
    QVariantList values;
    QString where = caseWhere(m_db, filter, &values);
    where = where.isEmpty() ? QStringLiteral(" WHERE c.status = 'diteruskan'")
                            : where + QStringLiteral(" AND c.status = 'diteruskan'");
    const QString regency = byRegency ? QStringLiteral("c.regency_code") : QStringLiteral("''");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // count(*) FILTER: a count where a condition holds, read by SQLite and PostgreSQL alike
    // (PostgreSQL does not sum booleans).
    q.prepare(QStringLiteral("SELECT %1 AS r, count(*), count(f.recommendation_date),"
                             " count(*) FILTER (WHERE f.recommendation_date IS NOT NULL"
                             "  AND f.sanction_recommended NOT IN ('', 'tidak_ada')),"
                             " count(*) FILTER (WHERE f.recommendation_date IS NOT NULL"
                             "  AND f.sanction_recommended NOT IN ('', 'tidak_ada')"
                             "  AND f.ppk_decision_date IS NOT NULL),"
                             " count(*) FILTER (WHERE f.recommendation_date IS NOT NULL"
                             "  AND f.sanction_recommended NOT IN ('', 'tidak_ada')"
                             "  AND f.ppk_decision_date IS NOT NULL"
                             "  AND f.sanction_imposed = f.sanction_recommended)"
                             " FROM parties p JOIN cases c ON c.id = p.case_id"
                             " LEFT JOIN followups f ON f.party_id = p.id")
                  .arg(regency) +
              where + QStringLiteral(" AND p.role = 'terlapor'") +
              (byRegency ? QStringLiteral(" GROUP BY r") : QString()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QHash<QString, FollowUpCounts> all;
    if (!q.exec())
        return all;
    while (q.next()) {
        FollowUpCounts &counts = all[q.value(0).toString()];
        counts.forwardedPersons = q.value(1).toLongLong();
        counts.recommended = q.value(2).toLongLong();
        counts.recommendedSanction = q.value(3).toLongLong();
        counts.followedUp = q.value(4).toLongLong();
        counts.followedUpAsRecommended = q.value(5).toLongLong();
    }
    return all;
}

QList<StatsRepository::MonthStatusCount>
StatsRepository::casesPerMonth(const CaseFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT substr(c.received_date, 1, 7) AS m, c.status, count(*)"
                             " FROM cases c") +
              caseWhere(m_db, filter, &values) +
              QStringLiteral(" GROUP BY m, c.status ORDER BY m, c.status"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<MonthStatusCount> counts;
    if (!q.exec())
        return counts;
    while (q.next())
        counts << MonthStatusCount{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toLongLong()};
    return counts;
}

StatsRepository::FunnelCounts StatsRepository::funnel(const CaseFilter &filter) const
{
    FunnelCounts counts;
    QVariantList values;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE c.registration_number <> ''),"
                             " count(*) FILTER (WHERE c.status = 'diteruskan') FROM cases c") +
              caseWhere(m_db, filter, &values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec() && q.next()) {
        counts.reported = q.value(0).toLongLong();
        counts.registered = q.value(1).toLongLong();
        counts.forwarded = q.value(2).toLongLong();
    }
    const FollowUpCounts fu = followUps(filter);
    counts.recommendedSanction = fu.recommendedSanction;
    counts.followedUp = fu.followedUp;
    return counts;
}

QList<StatsRepository::RegencyCount> StatsRepository::byRegency(const QString &sql,
                                                                const CaseFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql.arg(caseWhere(m_db, filter, &values)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<RegencyCount> counts;
    if (!q.exec())
        return counts;
    while (q.next())
        counts << RegencyCount{q.value(0).toString(), q.value(1).toString(),
                               q.value(2).toLongLong()};
    return counts;
}

QList<StatsRepository::RegencyCount>
StatsRepository::casesByRegencyAndCategory(const CaseFilter &filter) const
{
    return byRegency(QStringLiteral("SELECT c.regency_code AS r, c.violation_category AS k,"
                                    " count(*) FROM cases c%1 GROUP BY r, k ORDER BY r, k"),
                     filter);
}

QList<StatsRepository::RegencyCount>
StatsRepository::personsByRegencyAndPosition(const CaseFilter &filter) const
{
    return byRegency(QStringLiteral("SELECT c.regency_code AS r, p.position_category AS k,"
                                    " count(*) FROM parties p"
                                    " JOIN cases c ON c.id = p.case_id%1 AND p.role = 'terlapor'"
                                    " GROUP BY r, k ORDER BY r, k"),
                     filter);
}

QStringList StatsRepository::regencies() const
{
    // Read off the regency index without counting its cases: a few steps (SQLite skips from
    // one code to the next), where counting them read every case (4 ms of the register's open at
    // 10,000 cases).
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    QStringList codes;
    if (q.exec(QStringLiteral("SELECT DISTINCT regency_code FROM cases ORDER BY regency_code"))) {
        while (q.next())
            codes << q.value(0).toString();
    }
    return codes;
}
