#include "CaseFilterSql.h"

#include "SqlValues.h"
#include "domain/Deadlines.h"

#include <QRegularExpression>

using SqlValues::date;

namespace {

// A search query from what the user typed: each word a prefix, all words required. A number
// typed with spaces ("19860926 2015") is searched as one.
QString searchQuery(const QString &text)
{
    QString t = text.simplified();
    if (QString(t)
            .remove(QLatin1Char(' '))
            .contains(QRegularExpression(QStringLiteral("^[0-9]+$"))))
        t.remove(QLatin1Char(' '));
    QStringList terms;
    for (QString word : t.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

QString caseWhere(const CaseFilter &f, const QDate &today, QVariantList *values)
{
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
    const QString query = searchQuery(f.text);
    if (!query.isEmpty()) {
        parts << QStringLiteral(
            "c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)");
        *values << query;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}
