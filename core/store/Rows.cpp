#include "Rows.h"

#include "SqlValues.h"
#include "domain/CaseJson.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace SqlValues;

namespace Rows {

namespace {

// The members of CaseJson that are no columns of `cases` (or are written apart).
const char *const notColumns[] = {"id", "uuid", "reporter_hidden", "parties"};

} // namespace

QVariantMap caseColumns(const Case &c)
{
    // Without its parties, which are rows of their own (and the larger part of the JSON).
    Case row = c;
    row.parties.clear();
    QJsonObject o = CaseJson::toJson(row);
    for (const char *key : notColumns)
        o.remove(QLatin1String(key));
    QVariantMap columns;
    for (auto it = o.begin(); it != o.end(); ++it)
        columns.insert(it.key(), it->isNull() ? QVariant() : it->toVariant());
    columns.insert(QStringLiteral("reporter_confidential"), int(c.reporterConfidential));
    columns.insert(QStringLiteral("extension_days"), c.extensionDays);
    return withEmptyText(columns);
}

Case readCase(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    QJsonObject o;
    for (int i = 0; i < r.count(); ++i) {
        const QVariant v = q.value(i);
        if (!v.isNull())
            o.insert(r.fieldName(i), QJsonValue::fromVariant(v));
    }
    Case c = CaseJson::fromJson(o);
    c.updatedAt = toTimestamp(q.value(r.indexOf(QLatin1String("updated_at"))));
    c.reporterConfidential =
        q.value(r.indexOf(QLatin1String("reporter_confidential"))).toInt() != 0;
    return c;
}

QString storedNip(const QString &typed)
{
    const QString digits = QString(typed).remove(QLatin1Char(' '));
    for (QChar ch : digits) {
        if (!ch.isDigit())
            return typed.trimmed();
    }
    return digits;
}

QVariantMap partyColumns(const Party &p, int position)
{
    return withEmptyText({
        {QStringLiteral("position"), position},
        {QStringLiteral("role"), p.role},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("nip"), storedNip(p.nip)},
        {QStringLiteral("position_title"), p.positionTitle},
        {QStringLiteral("position_category"), p.positionCategory},
        {QStringLiteral("agency"), p.agency},
        {QStringLiteral("address"), p.address},
        {QStringLiteral("contact"), p.contact},
    });
}

const char *const partySelect = "id, uuid, role, name, nip, position_title, position_category,"
                                " agency, address, contact";

Party readParty(const QSqlQuery &q)
{
    Party p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.role = q.value(2).toString();
    p.name = q.value(3).toString();
    p.nip = q.value(4).toString();
    p.positionTitle = q.value(5).toString();
    p.positionCategory = q.value(6).toString();
    p.agency = q.value(7).toString();
    p.address = q.value(8).toString();
    p.contact = q.value(9).toString();
    return p;
}

QVariantMap followUpColumns(const FollowUp &f)
{
    return withEmptyText({
        {QStringLiteral("party_id"), f.partyId},
        {QStringLiteral("authority"), f.authority},
        {QStringLiteral("forwarded_date"), date(f.forwardedDate)},
        {QStringLiteral("recommendation_number"), f.recommendationNumber},
        {QStringLiteral("recommendation_date"), date(f.recommendationDate)},
        {QStringLiteral("sanction_recommended"), f.sanctionRecommended},
        {QStringLiteral("ppk_name"), f.ppkName},
        {QStringLiteral("ppk_office"), f.ppkOffice},
        {QStringLiteral("response_due"), date(f.responseDue)},
        {QStringLiteral("ppk_decision_number"), f.ppkDecisionNumber},
        {QStringLiteral("ppk_decision_date"), date(f.ppkDecisionDate)},
        {QStringLiteral("sanction_imposed"), f.sanctionImposed},
    });
}

QString followUpSelect(const QString &alias)
{
    static const QStringList columns{QStringLiteral("id"),
                                     QStringLiteral("uuid"),
                                     QStringLiteral("authority"),
                                     QStringLiteral("forwarded_date"),
                                     QStringLiteral("recommendation_number"),
                                     QStringLiteral("recommendation_date"),
                                     QStringLiteral("sanction_recommended"),
                                     QStringLiteral("ppk_name"),
                                     QStringLiteral("ppk_office"),
                                     QStringLiteral("response_due"),
                                     QStringLiteral("ppk_decision_number"),
                                     QStringLiteral("ppk_decision_date"),
                                     QStringLiteral("sanction_imposed")};
    return alias + columns.join(QStringLiteral(", ") + alias);
}

FollowUp readFollowUp(const QSqlQuery &q, int first, qint64 partyId)
{
    auto v = [&](int i) { return q.value(first + i); };
    FollowUp f;
    f.id = v(0).toLongLong();
    f.uuid = v(1).toString();
    f.partyId = partyId;
    f.authority = v(2).toString();
    f.forwardedDate = toDate(v(3));
    f.recommendationNumber = v(4).toString();
    f.recommendationDate = toDate(v(5));
    f.sanctionRecommended = v(6).toString();
    f.ppkName = v(7).toString();
    f.ppkOffice = v(8).toString();
    f.responseDue = toDate(v(9));
    f.ppkDecisionNumber = v(10).toString();
    f.ppkDecisionDate = toDate(v(11));
    f.sanctionImposed = v(12).toString();
    return f;
}

} // namespace Rows
