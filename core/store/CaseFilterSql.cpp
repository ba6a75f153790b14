#include "CaseFilterSql.h"

#include "SqlValues.h"
#include "domain/Deadlines.h"

using SqlValues::date;

void appendPeriodAndRegion(const QString &dateColumn, const QDate &from, const QDate &to,
                           const QString &regencyColumn, const QString &regency,
                           const QString &province, QStringList *parts, QVariantList *values)
{
    if (from.isValid()) {
        *parts << dateColumn + QStringLiteral(" >= ?");
        *values << date(from);
    }
    if (to.isValid()) {
        *parts << dateColumn + QStringLiteral(" <= ?");
        *values << date(to);
    }
    if (!regency.isEmpty()) {
        *parts << regencyColumn + QStringLiteral(" = ?");
        *values << regency;
    }
    if (!province.isEmpty()) {
        // "33" <= code < "34"
        *parts << QStringLiteral("%1 >= ? AND %1 < ?").arg(regencyColumn);
        *values << province << QString::number(province.toInt() + 1);
    }
}

QString caseWhere(Database &db, const CaseFilter &f, QVariantList *values)
{
    const QDate today = db.today();
    QStringList parts;
    auto equal = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        parts << QStringLiteral("c.%1 = ?").arg(QLatin1String(column));
        *values << value;
    };
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.statuses) {
            marks << QStringLiteral("?");
            *values << s;
        }
        parts << QStringLiteral("c.status IN (%1)").arg(marks.join(QLatin1String(", ")));
    }
    equal("source", f.source);
    equal("election", f.election);
    appendPeriodAndRegion(QStringLiteral("c.received_date"), f.receivedFrom, f.receivedTo,
                          QStringLiteral("c.regency_code"), f.regencyCode, f.provinceCode, &parts,
                          values);
    equal("violation_category", f.violationCategory);
    if (!f.positionCategory.isEmpty()) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id AND "
                                "p.role = 'terlapor' AND p.position_category = ?)");
        *values << f.positionCategory;
    }
    if (f.deadlineState == QLatin1String("late")) {
        parts << QStringLiteral("c.next_due < ?");
        *values << date(today);
    } else if (f.deadlineState == QLatin1String("due_today")) {
        parts << QStringLiteral("c.next_due = ?");
        *values << date(today);
    } else if (f.deadlineState == QLatin1String("due_soon")) {
        parts << QStringLiteral("c.next_due > ? AND c.next_due <= ?");
        *values << date(today) << date(today.addDays(DeadlineCalculator::DueSoonDays));
    }
    if (!f.numbers.isEmpty()) {
        QStringList either;
        // With the partial indexes' conditions (Schema), so that each number is looked up in
        // them (`receipt_number = ? OR registration_number = ?` alone read every case).
        for (const QString &n : f.numbers) {
            either << QStringLiteral(
                "(c.receipt_number = ? AND c.receipt_number <> '') OR"
                " (c.registration_number = ? AND c.registration_number <> '')");
            *values << n << n;
        }
        parts << QLatin1Char('(') + either.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    if (!f.assignedTo.isEmpty()) {
        // The user's assignments first (case_assignments_user), not every case probed in turn.
        parts << QStringLiteral("c.id IN (SELECT a.case_id FROM case_assignments a JOIN users u"
                                " ON u.id = a.user_id WHERE u.login = ?)");
        *values << f.assignedTo;
    }
    const QString query = db.dialect().searchValue(f.text);
    if (!query.isEmpty()) {
        parts << db.dialect().searchCondition();
        *values << query;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}
