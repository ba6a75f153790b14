#include "Rows.h"

#include "SqlValues.h"
#include <QSqlQuery>

using namespace SqlValues;

namespace Rows {

QVariantMap caseColumns(const Case &c)
{
    // The members of CaseJson::toJson under the same names and forms, without those that are no
    // columns (id, uuid, reporter_hidden) or rows of their own (parties); written out rather than
    // taken from the JSON, which cost a fifth of a case's write (TestCaseRepository checks that
    // both name the same fields).
    return withEmptyText({
        {QStringLiteral("source"), c.source},
        {QStringLiteral("election"), c.election},
        {QStringLiteral("profile"), c.profileId},
        {QStringLiteral("regency_code"), c.regencyCode},
        {QStringLiteral("district_code"), c.districtCode},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("receipt_number"), c.receiptNumber},
        {QStringLiteral("registration_number"), c.registrationNumber},
        {QStringLiteral("event_date"), date(c.eventDate)},
        {QStringLiteral("known_date"), date(c.knownDate)},
        {QStringLiteral("received_date"), date(c.receivedDate)},
        {QStringLiteral("registered_date"), date(c.registeredDate)},
        {QStringLiteral("decided_date"), date(c.decidedDate)},
        {QStringLiteral("event_place"), c.eventPlace},
        {QStringLiteral("reporter_name"), c.reporterName},
        {QStringLiteral("reporter_address"), c.reporterAddress},
        {QStringLiteral("reporter_contact"), c.reporterContact},
        {QStringLiteral("reporter_confidential"), int(c.reporterConfidential)},
        {QStringLiteral("violation_category"), c.violationCategory},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("decision_reason"), c.decisionReason},
        {QStringLiteral("forwarded_to"), c.forwardedTo},
        {QStringLiteral("forwarding_letter_number"), c.forwardingLetterNumber},
        {QStringLiteral("forwarding_letter_date"), date(c.forwardingLetterDate)},
        {QStringLiteral("extension_days"), c.extensionDays},
        {QStringLiteral("extension_reason"), c.extensionReason},
        {QStringLiteral("review"), c.review.toJson()},
        {QStringLiteral("analysis_facts"), c.analysisFacts},
        {QStringLiteral("analysis_elements"), c.analysisElements},
        {QStringLiteral("analysis_conclusion"), c.analysisConclusion},
    });
}

const char *const caseSelect =
    "id, uuid, updated_at, source, election, profile, regency_code, district_code, status,"
    " receipt_number, registration_number, event_date, known_date, received_date,"
    " registered_date, decided_date, event_place, reporter_name, reporter_address,"
    " reporter_contact, reporter_confidential, violation_category, description, decision_reason,"
    " forwarded_to, forwarding_letter_number, forwarding_letter_date, extension_days,"
    " extension_reason, review, analysis_facts, analysis_elements, analysis_conclusion";

Case readCase(const QSqlQuery &q)
{
    int i = 0;
    auto text = [&] { return q.value(i++).toString(); };
    auto day = [&] { return toDate(q.value(i++)); };
    Case c;
    c.id = q.value(i++).toLongLong();
    c.uuid = text();
    c.updatedAt = toTimestamp(q.value(i++));
    c.source = text();
    c.election = text();
    c.profileId = text();
    c.regencyCode = text();
    c.districtCode = text();
    c.status = text();
    c.receiptNumber = text();
    c.registrationNumber = text();
    c.eventDate = day();
    c.knownDate = day();
    c.receivedDate = day();
    c.registeredDate = day();
    c.decidedDate = day();
    c.eventPlace = text();
    c.reporterName = text();
    c.reporterAddress = text();
    c.reporterContact = text();
    c.reporterConfidential = q.value(i++).toInt() != 0;
    c.violationCategory = text();
    c.description = text();
    c.decisionReason = text();
    c.forwardedTo = text();
    c.forwardingLetterNumber = text();
    c.forwardingLetterDate = day();
    c.extensionDays = q.value(i++).toInt();
    c.extensionReason = text();
    c.review = Review::fromJson(text());
    c.analysisFacts = text();
    c.analysisElements = text();
    c.analysisConclusion = text();
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
