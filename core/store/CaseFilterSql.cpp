#include "CaseFilterSql.h"

#include "SqlValues.h"
#include "domain/Deadlines.h"

using SqlValues::date;

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
    equal("regency_code", f.regencyCode);
    if (!f.provinceCode.isEmpty()) {
        // A range of regency codes ("33" <= code < "34"), which the regency index serves.
        parts << QStringLiteral("c.regency_code >= ? AND c.regency_code < ?");
        *values << f.provinceCode << QString::number(f.provinceCode.toInt() + 1);
    }
    equal("violation_category", f.violationCategory);
    if (!f.positionCategory.isEmpty()) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id AND "
                                "p.role = 'terlapor' AND p.position_category = ?)");
        *values << f.positionCategory;
    }
    if (f.receivedFrom.isValid()) {
        parts << QStringLiteral("c.received_date >= ?");
        *values << date(f.receivedFrom);
    }
    if (f.receivedTo.isValid()) {
        parts << QStringLiteral("c.received_date <= ?");
        *values << date(f.receivedTo);
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
        for (const QString &n : f.numbers) {
            either << QStringLiteral("c.receipt_number = ? OR c.registration_number = ?");
            *values << n << n;
        }
        parts << QLatin1Char('(') + either.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    if (!f.assignedTo.isEmpty()) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM case_assignments a JOIN users u ON"
                                " u.id = a.user_id WHERE a.case_id = c.id AND u.login = ?)");
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
