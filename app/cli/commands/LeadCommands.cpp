// leads: the office's supervision leads (informasi awal), listed.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "domain/CaseJson.h"
#include "domain/Codes.h"
#include "domain/Regions.h"
#include "store/CaseRepository.h"
#include "store/LeadRepository.h"

#include <QJsonArray>
#include <QJsonObject>

LeadsCommand::LeadsCommand()
{
    name = QStringLiteral("leads");
    summary = Cli::tr("supervision leads (initial information): list");
    description = Cli::tr(
        "Lists the office's supervision leads (initial information from a social media patrol, "
        "the field, the public or the news) as JSON, newest first: their source, tracing notes, "
        "and how they were closed (not pursued, or the finding case they became). A "
        "confidential informant is withheld.");
    options = {
        {QStringLiteral("regency"), Cli::tr("Only the regency with this code (3311 or 33.11)."),
         QStringLiteral("CODE")},
        {QStringLiteral("from"), Cli::tr("Received on or after this date (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), Cli::tr("Received on or before this date (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("status"),
         Cli::tr("The status: %1.")
             .arg(Codes::all(Codes::Kind::LeadStatus).join(QLatin1String(", "))),
         QStringLiteral("STATUS")},
        Options::json(),
    };
}

namespace {

QJsonObject leadJson(const Lead &l, Database &db)
{
    QJsonArray notes;
    for (const LeadNote &n : l.notes)
        notes.append(QJsonObject{{QStringLiteral("date"), CaseJson::date(n.date)},
                                 {QStringLiteral("note"), n.text}});
    QJsonValue caseNumber;
    if (!l.caseUuid.isEmpty()) {
        if (const std::optional<Case> c = CaseRepository(db).stored(l.caseUuid))
            caseNumber = c->registrationNumber.isEmpty() ? c->receiptNumber : c->registrationNumber;
    }
    return QJsonObject{
        {QStringLiteral("uuid"), l.uuid},
        {QStringLiteral("date"), CaseJson::date(l.date)},
        {QStringLiteral("source_kind"), l.sourceKind},
        {QStringLiteral("source_detail"), l.sourceDetail},
        {QStringLiteral("regency_code"), l.regencyCode},
        {QStringLiteral("persons"), QJsonArray::fromStringList(l.personList())},
        {QStringLiteral("agency"), l.agency},
        {QStringLiteral("description"), l.description},
        {QStringLiteral("informant"), l.informantName},
        {QStringLiteral("informant_confidential"), l.informantConfidential},
        {QStringLiteral("status"), l.status},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("closed_on"), CaseJson::date(l.closedOn)},
        {QStringLiteral("close_reason"), l.closeReason},
        {QStringLiteral("found_on"), CaseJson::date(l.foundOn)},
        {QStringLiteral("case_uuid"), l.caseUuid.isEmpty() ? QJsonValue() : QJsonValue(l.caseUuid)},
        {QStringLiteral("case_number"), caseNumber},
    };
}

} // namespace

int LeadsCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    LeadRepository::Filter filter;
    if (p.isSet(QStringLiteral("regency"))) {
        filter.regencyCode = Regions::normaliseRegencyCode(p.value(QStringLiteral("regency")));
        if (!Regions::shipped().regency(filter.regencyCode))
            return Options::unknownValue(ctx, QStringLiteral("regency"),
                                         p.value(QStringLiteral("regency")));
    }
    if ((p.isSet(QStringLiteral("from")) &&
         !Options::parseDate(ctx, p.value(QStringLiteral("from")), &filter.from)) ||
        (p.isSet(QStringLiteral("to")) &&
         !Options::parseDate(ctx, p.value(QStringLiteral("to")), &filter.to)))
        return Usage;
    filter.status = p.value(QStringLiteral("status"));
    if (!filter.status.isEmpty() && !Codes::isValid(Codes::Kind::LeadStatus, filter.status))
        return Options::unknownValue(ctx, QStringLiteral("status"), filter.status);
    Database *db = ctx.open(p.positionalArguments().first(), Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    const LeadRepository leads(*db);
    QJsonArray list;
    for (const Lead &l : leads.list(filter)) {
        const std::optional<Lead> full = leads.load(l.id);
        list.append(leadJson(full ? *full : l, *db));
    }
    ctx.printJson(list);
    return Ok;
}
