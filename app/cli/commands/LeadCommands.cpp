// leads, lead-add, lead-trace, lead-close, lead-finding: the office's supervision leads
// (informasi awal), listed, recorded, traced, closed as not pursued or turned into a finding,
// through LeadRepository as the desktop's leads window.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "domain/CaseJson.h"
#include "domain/Codes.h"
#include "domain/Regions.h"
#include "store/CaseRepository.h"
#include "store/LeadRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>

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
    const QString number =
        l.caseUuid.isEmpty() ? QString() : CaseRepository(db).numberOf(l.caseUuid);
    const QJsonValue caseNumber = number.isEmpty() ? QJsonValue() : QJsonValue(number);
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

namespace {

// The lead of the command's second argument (its UUID) in the file opened for writing; null after
// printing why.
std::optional<Lead> leadOf(Context &ctx, const QCommandLineParser &p, Database **db)
{
    *db = ctx.open(p.positionalArguments().at(0), Database::Mode::OpenExisting);
    if (!*db)
        return std::nullopt;
    const QString uuid = p.positionalArguments().at(1).trimmed();
    std::optional<Lead> lead = LeadRepository(**db).find(uuid);
    if (!lead)
        ctx.printErr(Cli::tr("No lead with the UUID %1 in this file.").arg(uuid));
    return lead;
}

// --date DATE into `date`, the file's today when not given; false after printing why.
bool dateOption(Context &ctx, const QCommandLineParser &p, const char *option, Database &db,
                QDate *date)
{
    if (!p.isSet(QLatin1String(option))) {
        *date = db.today();
        return true;
    }
    return Options::parseDate(ctx, p.value(QLatin1String(option)), date);
}

// The lead as stored after a change, printed as `leads` lists it.
int printLead(Context &ctx, Database &db, const QString &uuid)
{
    const std::optional<Lead> stored = LeadRepository(db).find(uuid);
    if (!stored)
        return Failed;
    ctx.printJson(leadJson(*stored, db));
    return Ok;
}

// FILE and LEAD, as --help shows them.
QString leadArguments(const QString &dataFile)
{
    return dataFile + QStringLiteral("; ") + Cli::tr("LEAD, the lead's UUID (as leads lists it)");
}

// The shape of lead-trace and lead-close: a required text (`option`), an optional --date,
// the lead, then `change` (the lead's id, the date, the text, the error) and the lead printed.
int changeLead(Context &ctx, const QCommandLineParser &p, const QString &option,
               const QString &missing,
               const std::function<bool(LeadRepository &, qint64, const QDate &, const QString &,
                                        QString *)> &change)
{
    if (p.value(option).trimmed().isEmpty()) {
        ctx.printErr(missing);
        return Usage;
    }
    QDate date;
    if (p.isSet(QStringLiteral("date")) &&
        !Options::parseDate(ctx, p.value(QStringLiteral("date")), &date))
        return Usage;
    Database *db = nullptr;
    const std::optional<Lead> lead = leadOf(ctx, p, &db);
    if (!lead || !dateOption(ctx, p, "date", *db, &date))
        return Failed;
    QString error;
    LeadRepository repo(*db);
    if (!change(repo, lead->id, date, p.value(option), &error)) {
        ctx.printErr(error);
        return Failed;
    }
    return printLead(ctx, *db, lead->uuid);
}

} // namespace

LeadAddCommand::LeadAddCommand()
{
    name = QStringLiteral("lead-add");
    summary = Cli::tr("record a supervision lead");
    description = Cli::tr(
        "Records a new supervision lead (initial information) and prints it as leads lists it. "
        "An informant is named only for a lead from a member of the public; with "
        "--confidential their name and contact are withheld from those who may not see a "
        "confidential reporter.");
    options = {
        {QStringLiteral("date"), Cli::tr("The day it was received (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("source"),
         Cli::tr("Where it came from: %1.")
             .arg(Codes::all(Codes::Kind::LeadSource).join(QLatin1String(", "))),
         QStringLiteral("SOURCE")},
        {QStringLiteral("detail"), Cli::tr("The post's address, the account or the place."),
         QStringLiteral("TEXT")},
        {QStringLiteral("regency"), Cli::tr("The regency with this code (3311 or 33.11)."),
         QStringLiteral("CODE")},
        {QStringLiteral("description"), Cli::tr("What the lead says."), QStringLiteral("TEXT")},
        {QStringLiteral("persons"), Cli::tr("The persons concerned, separated by ';'."),
         QStringLiteral("LIST")},
        {QStringLiteral("agency"), Cli::tr("Their agency."), QStringLiteral("TEXT")},
        {QStringLiteral("informant"), Cli::tr("The member of the public who brought it."),
         QStringLiteral("NAME")},
        {QStringLiteral("contact"), Cli::tr("The informant's telephone or address."),
         QStringLiteral("TEXT")},
        {QStringLiteral("confidential"), Cli::tr("Keep the informant's identity confidential.")},
        Options::json(),
    };
}

int LeadAddCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    Lead lead;
    if (!p.isSet(QStringLiteral("date"))) {
        ctx.printErr(Cli::tr("lead-add needs --date YYYY-MM-DD."));
        return Usage;
    }
    if (!Options::parseDate(ctx, p.value(QStringLiteral("date")), &lead.date))
        return Usage;
    lead.sourceKind = p.value(QStringLiteral("source"));
    if (!Codes::isValid(Codes::Kind::LeadSource, lead.sourceKind))
        return Options::unknownValue(ctx, QStringLiteral("source"), lead.sourceKind);
    lead.regencyCode = Regions::normaliseRegencyCode(p.value(QStringLiteral("regency")));
    if (!Regions::shipped().regency(lead.regencyCode)) {
        ctx.printErr(Cli::tr("Unknown regency code: %1").arg(p.value(QStringLiteral("regency"))));
        return Usage;
    }
    lead.sourceDetail = p.value(QStringLiteral("detail"));
    lead.description = p.value(QStringLiteral("description"));
    QStringList persons;
    for (const QString &name : p.value(QStringLiteral("persons")).split(QLatin1Char(';'))) {
        if (!name.trimmed().isEmpty())
            persons << name.trimmed();
    }
    lead.persons = persons.join(QLatin1Char('\n'));
    lead.agency = p.value(QStringLiteral("agency"));
    lead.informantName = p.value(QStringLiteral("informant"));
    lead.informantContact = p.value(QStringLiteral("contact"));
    lead.informantConfidential = p.isSet(QStringLiteral("confidential"));
    Database *db = ctx.open(p.positionalArguments().first(), Database::Mode::OpenExisting);
    if (!db)
        return Failed;
    QString error;
    if (!LeadRepository(*db).save(lead, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    return printLead(ctx, *db, lead.uuid);
}

LeadTraceCommand::LeadTraceCommand()
{
    name = QStringLiteral("lead-trace");
    summary = Cli::tr("add a tracing note to a lead");
    description = Cli::tr("Adds a tracing note (penelusuran) to an open lead: what was done or "
                          "learnt and when. A new lead is then being traced.");
    arguments = leadArguments(dataFile());
    argumentCount = 2;
    options = {
        {QStringLiteral("note"), Cli::tr("What was done or learnt."), QStringLiteral("TEXT")},
        {QStringLiteral("date"), Cli::tr("The day of the note (default: today)."),
         QStringLiteral("DATE")},
        Options::json(),
    };
}

int LeadTraceCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    return changeLead(ctx, p, QStringLiteral("note"), Cli::tr("lead-trace needs --note TEXT."),
                      [](LeadRepository &repo, qint64 id, const QDate &date, const QString &note,
                         QString *error) { return repo.addNote(id, date, note, error); });
}

LeadCloseCommand::LeadCloseCommand()
{
    name = QStringLiteral("lead-close");
    summary = Cli::tr("close a lead as not pursued");
    description = Cli::tr("Closes an open lead as not pursued, with the reason (coordinators).");
    arguments = leadArguments(dataFile());
    argumentCount = 2;
    options = {
        {QStringLiteral("reason"), Cli::tr("Why it is not pursued."), QStringLiteral("TEXT")},
        {QStringLiteral("date"), Cli::tr("The day it was closed (default: today)."),
         QStringLiteral("DATE")},
        Options::json(),
    };
}

int LeadCloseCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    return changeLead(ctx, p, QStringLiteral("reason"), Cli::tr("lead-close needs --reason TEXT."),
                      [](LeadRepository &repo, qint64 id, const QDate &date, const QString &reason,
                         QString *error) { return repo.closeNotPursued(id, date, reason, error); });
}

LeadFindingCommand::LeadFindingCommand()
{
    name = QStringLiteral("lead-finding");
    summary = Cli::tr("turn a lead into a finding case");
    description = Cli::tr(
        "Turns an open lead into a finding (coordinators): a new finding case of the lead's "
        "regency, received today, whose seven days to be set count from the date it was found; "
        "the lead keeps the case. Prints the lead with the case's number.");
    arguments = leadArguments(dataFile());
    argumentCount = 2;
    options = {
        {QStringLiteral("found"), Cli::tr("The day the finding was found (default: today)."),
         QStringLiteral("DATE")},
        {QStringLiteral("election"), Cli::tr("pilkada or pemilu."), QStringLiteral("ELECTION")},
        {QStringLiteral("category"),
         Cli::tr("The violation category: %1.")
             .arg(Codes::all(Codes::Kind::ViolationCategory).join(QLatin1String(", "))),
         QStringLiteral("CODE")},
        Options::json(),
    };
}

int LeadFindingCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    Case finding;
    finding.election = p.value(QStringLiteral("election"));
    if (!Codes::isValid(Codes::Kind::Election, finding.election))
        return Options::unknownValue(ctx, QStringLiteral("election"), finding.election);
    finding.violationCategory = p.value(QStringLiteral("category"));
    if (!Codes::isValid(Codes::Kind::ViolationCategory, finding.violationCategory))
        return Options::unknownValue(ctx, QStringLiteral("category"), finding.violationCategory);
    QDate found;
    if (p.isSet(QStringLiteral("found")) &&
        !Options::parseDate(ctx, p.value(QStringLiteral("found")), &found))
        return Usage;
    Database *db = nullptr;
    const std::optional<Lead> lead = leadOf(ctx, p, &db);
    if (!lead || !dateOption(ctx, p, "found", *db, &found))
        return Failed;
    QString error;
    if (!LeadRepository(*db).turnIntoFinding(lead->id, found, finding, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    return printLead(ctx, *db, lead->uuid);
}
