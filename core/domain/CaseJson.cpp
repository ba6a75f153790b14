#include "CaseJson.h"

#include "Identity.h"
#include "Nip.h"
#include "Regions.h"

#include <QJsonArray>

namespace {

QDate dateOf(const QJsonObject &o, const char *key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

namespace CaseJson {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

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
    c.eventDate = dateOf(o, "event_date");
    c.knownDate = dateOf(o, "known_date");
    c.receivedDate = dateOf(o, "received_date");
    c.registeredDate = dateOf(o, "registered_date");
    c.decidedDate = dateOf(o, "decided_date");
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
    c.forwardingLetterDate = dateOf(o, "forwarding_letter_date");
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

Case merge(const Case &base, const Case &mine, const Case &theirs, QStringList *both)
{
    const QJsonObject was = toJson(base);
    const QJsonObject edited = toJson(mine);
    QJsonObject merged = toJson(theirs);
    for (auto it = edited.begin(); it != edited.end(); ++it) {
        if (*it == was.value(it.key()))
            continue;
        const QJsonValue other = merged.value(it.key());
        if (both && other != was.value(it.key()) && other != *it)
            *both << it.key();
        merged.insert(it.key(), *it);
    }
    Case c = fromJson(merged);
    c.updatedAt = theirs.updatedAt;
    return c;
}

QJsonObject listing(const Case &c, const QList<DeadlineStatus> &deadlines)
{
    const QJsonObject full = toJson(c);
    QJsonObject o;
    for (const char *key :
         {"uuid", "receipt_number", "registration_number", "source", "election", "profile",
          "regency_code", "status", "event_date", "known_date", "received_date", "registered_date",
          "decided_date", "violation_category", "reporter_confidential", "forwarded_to"})
        o.insert(QLatin1String(key), full.value(QLatin1String(key)));
    const Regions::Region *regency = Regions::shipped().regency(c.regencyCode);
    o.insert(QStringLiteral("regency"), regency ? regency->title : QString());
    o.insert(QStringLiteral("reporter"),
             c.reporterConfidential ? Identity::hidden() : c.reporterName);
    QJsonArray reported;
    for (const Party &party : c.reported()) {
        const Nip nip = Nip::parse(party.nip, party.positionCategory == QLatin1String("pppk"));
        reported.append(QJsonObject{{QStringLiteral("name"), party.name},
                                    {QStringLiteral("nip"), party.nip},
                                    {QStringLiteral("nip_valid"), nip.valid},
                                    {QStringLiteral("position_title"), party.positionTitle},
                                    {QStringLiteral("position_category"), party.positionCategory},
                                    {QStringLiteral("agency"), party.agency}});
    }
    o.insert(QStringLiteral("reported"), reported);
    QJsonArray list;
    QJsonValue next;
    for (const DeadlineStatus &d : deadlines) {
        const QJsonObject entry{
            {QStringLiteral("id"), d.id},
            {QStringLiteral("start"), date(d.start)},
            {QStringLiteral("due"), date(d.due)},
            {QStringLiteral("met_on"), date(d.metOn)},
            {QStringLiteral("state"), DeadlineStatus::stateCode(d.state)},
            {QStringLiteral("days_left"), d.isPending() ? QJsonValue(d.daysLeft) : QJsonValue()}};
        list.append(entry);
        if (d.isPending() &&
            (next.isNull() ||
             d.due.toString(Qt::ISODate) < next.toObject().value(QStringLiteral("due")).toString()))
            next = entry;
    }
    o.insert(QStringLiteral("deadlines"), list);
    o.insert(QStringLiteral("next_deadline"), next);
    return o;
}

} // namespace CaseJson
