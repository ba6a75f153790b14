// stats and cases: the figures and the list of cases, as JSON.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "documents/RegisterList.h"
#include "domain/CaseJson.h"
#include "domain/Codes.h"
#include "domain/ProcedureProfile.h"
#include "stats/Stats.h"
#include "store/OutputFile.h"
#include "store/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonObject>

StatsCommand::StatsCommand()
{
    name = QStringLiteral("stats");
    summary = Cli::tr("counts and the follow-up rate, as JSON");
    description = Cli::tr("Counts cases by status, source, category, position, agency and regency, "
                          "with recommendations, follow-ups and the follow-up rate.");
    options = Options::filter() << Options::json();
}

int StatsCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    CaseFilter filter;
    if (!Options::readFilter(ctx, p, &filter))
        return Usage;
    Database *db = ctx.open(p.positionalArguments().first(), Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    ctx.printJson(Stats::compute(*db, filter));
    return Ok;
}

CasesCommand::CasesCommand()
{
    name = QStringLiteral("cases");
    summary = Cli::tr("cases with their deadlines, as JSON");
    description = Cli::tr("Lists cases with their computed deadlines and state.");
    options =
        Options::filter() << QList<QCommandLineOption>{
            Options::statuses(),
            {QStringLiteral("source"), Cli::tr("laporan, temuan or informasi_awal."),
             QStringLiteral("SOURCE")},
            {QStringLiteral("category"), Cli::tr("Violation category code."),
             QStringLiteral("CODE")},
            {QStringLiteral("position"), Cli::tr("Position category code of a person reported."),
             QStringLiteral("CODE")},
            {QStringLiteral("deadline"), Cli::tr("late, due_today or due_soon."),
             QStringLiteral("STATE")},
            {QStringLiteral("search"),
             Cli::tr("Text in the number, names, NIP, agency or description."),
             QStringLiteral("TEXT")},
            {QStringLiteral("limit"), Cli::tr("At most this many cases."), QStringLiteral("N")},
            {QStringLiteral("today"),
             Cli::tr("Measure deadlines against this day (default: today)."),
             QStringLiteral("DATE")},
            {QStringLiteral("pdf"),
             Cli::tr("Print the list to this PDF instead (landscape A4, in Indonesian, oldest "
                     "first), as the register's \"Print the list of cases\" does."),
             QStringLiteral("FILE")},
            Options::json(),
        };
}

namespace {

// A case as `cases` prints it: CaseJson's listing with its deadlines measured against the file's
// today, and the other offices' cases that report the same NIP.
QJsonObject caseJson(const Case &c, Database &db)
{
    QList<DeadlineStatus> deadlines;
    if (const ProcedureProfile *profile = ProfileRegistry::shipped().find(c.profileId))
        deadlines = DeadlineCalculator(db.calendar()).evaluate(c, *profile, db.today());
    QJsonObject o = CaseJson::listing(c, deadlines);
    QJsonArray elsewhere;
    for (const CaseRepository::ElsewhereReport &r : CaseRepository(db).reportedElsewhere(c))
        elsewhere.append(QJsonObject{{QStringLiteral("nip"), r.nip},
                                     {QStringLiteral("regency_code"), r.regencyCode},
                                     {QStringLiteral("number"), r.number}});
    o.insert(QStringLiteral("reported_elsewhere"), elsewhere);
    return o;
}

// `cases --pdf`: the list printed as the register prints it (RegisterList), oldest first.
int printList(Context &ctx, Database &db, const CaseFilter &filter, int limit, const QString &out)
{
    if (const QString why = OutputFile::refusal(out); !why.isEmpty()) {
        ctx.printErr(why);
        return Failed;
    }
    const CaseRepository repo(db);
    const qint64 total = repo.count(filter);
    const QList<CaseRow> rows = repo.page(filter, CaseColumn::Received, Qt::AscendingOrder, 0,
                                          int(limit >= 0 ? std::min<qint64>(limit, total) : total));
    const PrintedDocument list =
        RegisterList::build(rows, filter, Letterhead::fromSettings(SettingsRepository(db)),
                            db.today(), db.user() ? db.user()->fullName : QString());
    QString error;
    if (!list.toPdf(out, PrintedDocument::Paper::A4, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    ctx.printJson(QJsonObject{{QStringLiteral("file"), out},
                              {QStringLiteral("cases"), rows.size()},
                              {QStringLiteral("matching"), total}});
    return Ok;
}

} // namespace

int CasesCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    CaseFilter filter;
    if (!Options::readFilter(ctx, p, &filter))
        return Usage;
    auto checked = [&](const char *option, Codes::Kind kind, QString *target) {
        const QString v = p.value(QLatin1String(option));
        if (v.isEmpty())
            return true;
        if (!Codes::isValid(kind, v)) {
            Options::unknownValue(ctx, QLatin1String(option), v);
            return false;
        }
        *target = v;
        return true;
    };
    if (!Options::readStatuses(ctx, p, &filter))
        return Usage;
    if (!checked("source", Codes::Kind::Source, &filter.source) ||
        !checked("category", Codes::Kind::ViolationCategory, &filter.violationCategory) ||
        !checked("position", Codes::Kind::PositionCategory, &filter.positionCategory))
        return Usage;
    filter.deadlineState = p.value(QStringLiteral("deadline"));
    if (!filter.deadlineState.isEmpty() &&
        !QStringList{QStringLiteral("late"), QStringLiteral("due_today"),
                     QStringLiteral("due_soon")}
             .contains(filter.deadlineState))
        return Options::unknownValue(ctx, QStringLiteral("deadline"), filter.deadlineState);
    filter.text = p.value(QStringLiteral("search"));
    int limit = -1;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0) {
            ctx.printErr(Cli::tr("--limit takes a whole number."));
            return Usage;
        }
    }
    QDate today;
    if (p.isSet(QStringLiteral("today")) &&
        !Options::parseDate(ctx, p.value(QStringLiteral("today")), &today))
        return Usage;
    Database *db = ctx.open(p.positionalArguments().first(), Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    if (today.isValid())
        db->setToday(today);
    if (p.isSet(QStringLiteral("pdf")))
        return printList(ctx, *db, filter, limit, p.value(QStringLiteral("pdf")));
    QJsonArray list;
    CaseRepository(*db).forEach(filter, [&](const Case &c) {
        if (limit >= 0 && list.size() >= limit)
            return false;
        list.append(caseJson(c, *db));
        return true;
    });
    ctx.printJson(list);
    return Ok;
}
