#include "CaseJson.h"

#include <QJsonArray>

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

namespace CaseJson {

QJsonObject toJson(const Case &c)
{
    QJsonArray parties;
    for (const Party &p : c.parties) {
        parties.append(QJsonObject{{QStringLiteral("id"), p.id},
                                   {QStringLiteral("uuid"), p.uuid},
                                   {QStringLiteral("role"), p.role},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("nip"), p.nip},
                                   {QStringLiteral("position_title"), p.positionTitle},
                                   {QStringLiteral("position_category"), p.positionCategory},
                                   {QStringLiteral("agency"), p.agency},
                                   {QStringLiteral("address"), p.address},
                                   {QStringLiteral("contact"), p.contact}});
    }
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("uuid"), c.uuid},
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
        {QStringLiteral("reporter_confidential"), c.reporterConfidential},
        {QStringLiteral("reporter_hidden"), c.reporterHidden},
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
        {QStringLiteral("parties"), parties},
    };
}

Case fromJson(const QJsonObject &o)
{
    Case c;
    c.id = o.value(QStringLiteral("id")).toInteger();
    c.uuid = text(o, "uuid");
    c.source = text(o, "source");
    c.election = text(o, "election");
    c.profileId = text(o, "profile");
    c.regencyCode = text(o, "regency_code");
    c.districtCode = text(o, "district_code");
    c.status = text(o, "status");
    c.receiptNumber = text(o, "receipt_number");
    c.registrationNumber = text(o, "registration_number");
    c.eventDate = date(o, "event_date");
    c.knownDate = date(o, "known_date");
    c.receivedDate = date(o, "received_date");
    c.registeredDate = date(o, "registered_date");
    c.decidedDate = date(o, "decided_date");
    c.eventPlace = text(o, "event_place");
    c.reporterName = text(o, "reporter_name");
    c.reporterAddress = text(o, "reporter_address");
    c.reporterContact = text(o, "reporter_contact");
    c.reporterConfidential = o.value(QStringLiteral("reporter_confidential")).toBool();
    c.reporterHidden = o.value(QStringLiteral("reporter_hidden")).toBool();
    c.violationCategory = text(o, "violation_category");
    c.description = text(o, "description");
    c.decisionReason = text(o, "decision_reason");
    c.forwardedTo = text(o, "forwarded_to");
    c.forwardingLetterNumber = text(o, "forwarding_letter_number");
    c.forwardingLetterDate = date(o, "forwarding_letter_date");
    c.extensionDays = o.value(QStringLiteral("extension_days")).toInt();
    c.extensionReason = text(o, "extension_reason");
    c.review = Review::fromJson(text(o, "review"));
    c.analysisFacts = text(o, "analysis_facts");
    c.analysisElements = text(o, "analysis_elements");
    c.analysisConclusion = text(o, "analysis_conclusion");
    for (const QJsonValue &v : o.value(QStringLiteral("parties")).toArray()) {
        const QJsonObject p = v.toObject();
        Party party;
        party.id = p.value(QStringLiteral("id")).toInteger();
        party.uuid = text(p, "uuid");
        party.role = text(p, "role");
        party.name = text(p, "name");
        party.nip = text(p, "nip");
        party.positionTitle = text(p, "position_title");
        party.positionCategory = text(p, "position_category");
        party.agency = text(p, "agency");
        party.address = text(p, "address");
        party.contact = text(p, "contact");
        c.parties << party;
    }
    return c;
}

} // namespace CaseJson
