// activities: the office's prevention activities, listed, added, and an appeal letter printed.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "documents/AppealLetter.h"
#include "documents/CaseDocuments.h"
#include "domain/CaseJson.h"
#include "domain/Codes.h"
#include "domain/Regions.h"
#include "store/ActivityRepository.h"
#include "store/LetterBook.h"
#include "store/OutputFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

ActivitiesCommand::ActivitiesCommand()
{
    name = QStringLiteral("activities");
    summary = Cli::tr("prevention activities: list, add, print an appeal letter");
    description = Cli::tr(
        "Lists the office's prevention activities (outreach, declarations of neutrality, "
        "coordination meetings, appeal letters) as JSON; with --add records one; with --letter "
        "prints an appeal letter to PDF or ODT.");
    options = {
        {QStringLiteral("regency"),
         Cli::tr("Only the regency with this code (3311 or 33.11); with --add, the regency "
                 "reached."),
         QStringLiteral("CODE")},
        {QStringLiteral("from"), Cli::tr("Held on or after this date (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), Cli::tr("Held on or before this date (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("kind"),
         Cli::tr("The kind: %1.")
             .arg(Codes::all(Codes::Kind::ActivityKind).join(QLatin1String(", "))),
         QStringLiteral("KIND")},
        {QStringLiteral("add"), Cli::tr("Record a new activity from the options below.")},
        {QStringLiteral("date"), Cli::tr("With --add: the day it was held (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("title"), Cli::tr("With --add: its theme, or the letter's subject."),
         QStringLiteral("TEXT")},
        {QStringLiteral("place"), Cli::tr("With --add: where it was held."),
         QStringLiteral("TEXT")},
        {QStringLiteral("online"), Cli::tr("With --add: held online, on this platform."),
         QStringLiteral("PLATFORM")},
        {QStringLiteral("agencies"), Cli::tr("With --add: the agencies reached, separated by ';'."),
         QStringLiteral("LIST")},
        {QStringLiteral("positions"),
         Cli::tr("With --add: the positions reached, separated by ';'."), QStringLiteral("LIST")},
        {QStringLiteral("participants"), Cli::tr("With --add: the number of participants."),
         QStringLiteral("N")},
        {QStringLiteral("notes"), Cli::tr("With --add: notes."), QStringLiteral("TEXT")},
        {QStringLiteral("addressee-kind"),
         Cli::tr("With --add, for an appeal letter: %1.")
             .arg(Codes::all(Codes::Kind::AppealAddressee).join(QLatin1String(", "))),
         QStringLiteral("KIND")},
        {QStringLiteral("addressee"),
         Cli::tr("With --add, for an appeal letter: to whom it goes (\"Bupati Sukoharjo\")."),
         QStringLiteral("TEXT")},
        {QStringLiteral("letter"),
         Cli::tr("Print the appeal letter of the activity with this UUID to --out."),
         QStringLiteral("UUID")},
        {QStringLiteral("out"), Cli::tr("With --letter: the file to write."),
         QStringLiteral("FILE")},
        {QStringLiteral("issue"),
         Cli::tr("With --letter: issue it, taking its number from the letter book (or keeping "
                 "the one it was issued with). Without it a letter not issued yet prints as a "
                 "draft (KONSEP), with no number.")},
        {QStringLiteral("paper"), Cli::tr("a4 or f4 (default a4)."), QStringLiteral("PAPER"),
         QStringLiteral("a4")},
        {QStringLiteral("format"), Cli::tr("pdf or odt (an editable copy; default pdf)."),
         QStringLiteral("FORMAT"), QStringLiteral("pdf")},
        Options::json(),
    };
}

namespace {

QStringList split(const QString &list)
{
    QStringList out;
    for (const QString &item : list.split(QLatin1Char(';'))) {
        if (!item.trimmed().isEmpty())
            out << item.trimmed();
    }
    return out;
}

QJsonObject activityJson(const PreventionActivity &a, Database &db)
{
    QJsonObject o{
        {QStringLiteral("uuid"), a.uuid},
        {QStringLiteral("kind"), a.kind},
        {QStringLiteral("date"), CaseJson::date(a.date)},
        {QStringLiteral("regency_code"), a.regencyCode},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("place"), a.place},
        {QStringLiteral("online"), a.online},
        {QStringLiteral("platform"), a.platform},
        {QStringLiteral("agencies"), QJsonArray::fromStringList(a.agencyList())},
        {QStringLiteral("positions"), QJsonArray::fromStringList(a.positionList())},
        {QStringLiteral("participants"), a.participants},
        {QStringLiteral("notes"), a.notes},
    };
    if (a.isAppeal()) {
        o.insert(QStringLiteral("addressee_kind"), a.addresseeKind);
        o.insert(QStringLiteral("addressee"), a.addressee);
        const std::optional<Letter> letter = LetterBook(db).find(AppealLetter::documentKey(a));
        o.insert(QStringLiteral("letter_number"),
                 letter ? QJsonValue(letter->number) : QJsonValue());
    }
    return o;
}

// Reads the options of --add into a new activity; Ok, or Usage after printing why.
int readActivity(Context &ctx, const QCommandLineParser &p, PreventionActivity *a)
{
    a->kind = p.value(QStringLiteral("kind"));
    if (!Codes::isValid(Codes::Kind::ActivityKind, a->kind))
        return Options::unknownValue(ctx, QStringLiteral("kind"), a->kind);
    if (!p.isSet(QStringLiteral("date")) ||
        !Options::parseDate(ctx, p.value(QStringLiteral("date")), &a->date)) {
        if (!p.isSet(QStringLiteral("date")))
            ctx.printErr(Cli::tr("--add needs --date YYYY-MM-DD."));
        return Usage;
    }
    a->regencyCode = Regions::normaliseRegencyCode(p.value(QStringLiteral("regency")));
    if (!Regions::shipped().regency(a->regencyCode))
        return Options::unknownValue(ctx, QStringLiteral("regency"),
                                     p.value(QStringLiteral("regency")));
    a->title = p.value(QStringLiteral("title"));
    a->place = p.value(QStringLiteral("place"));
    a->online = p.isSet(QStringLiteral("online"));
    a->platform = p.value(QStringLiteral("online"));
    a->agencies = split(p.value(QStringLiteral("agencies"))).join(QLatin1Char('\n'));
    a->positions = split(p.value(QStringLiteral("positions"))).join(QLatin1Char('\n'));
    if (p.isSet(QStringLiteral("participants"))) {
        bool ok = false;
        a->participants = p.value(QStringLiteral("participants")).toInt(&ok);
        if (!ok || a->participants < 0) {
            ctx.printErr(Cli::tr("--participants takes a whole number."));
            return Usage;
        }
    }
    a->notes = p.value(QStringLiteral("notes"));
    a->addresseeKind = p.value(QStringLiteral("addressee-kind"));
    a->addressee = p.value(QStringLiteral("addressee"));
    return Ok;
}

int printLetter(Context &ctx, const QCommandLineParser &p)
{
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        ctx.printErr(Cli::tr("--letter needs --out FILE."));
        return Usage;
    }
    const QString paper = p.value(QStringLiteral("paper")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("f4"))
        return Options::unknownValue(ctx, QStringLiteral("paper"), paper);
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("odt"))
        return Options::unknownValue(ctx, QStringLiteral("format"), format);
    const bool issue = p.isSet(QStringLiteral("issue"));
    Database *db = ctx.open(p.positionalArguments().first(),
                            issue ? Database::Mode::OpenExisting : Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    if (const QString why = OutputFile::refusal(out); !why.isEmpty()) {
        ctx.printErr(why);
        return Failed;
    }
    const std::optional<PreventionActivity> a =
        ActivityRepository(*db).find(p.value(QStringLiteral("letter")).trimmed());
    if (!a || !a->isAppeal()) {
        ctx.printErr(Cli::tr("No appeal letter with the UUID %1 in this file.")
                         .arg(p.value(QStringLiteral("letter"))));
        return Failed;
    }
    PrintedDocument d = AppealLetter::build(*db, *a);
    if (issue) {
        QString error;
        if (!CaseDocuments::issue(*db, d, &error)) {
            ctx.printErr(error);
            return Failed;
        }
        d = AppealLetter::build(*db, *a);
    }
    const PrintedDocument::Paper size =
        paper == QLatin1String("f4") ? PrintedDocument::Paper::F4 : PrintedDocument::Paper::A4;
    QString error;
    const bool ok =
        format == QLatin1String("odt") ? d.toOdt(out, size, &error) : d.toPdf(out, size, &error);
    if (!ok) {
        ctx.printErr(error);
        return Failed;
    }
    ctx.printJson(QJsonObject{
        {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
        {QStringLiteral("letter_number"), d.draft ? QJsonValue() : QJsonValue(d.letter.number)},
        {QStringLiteral("draft"), d.draft}});
    return Ok;
}

} // namespace

int ActivitiesCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    if (p.isSet(QStringLiteral("letter")))
        return printLetter(ctx, p);
    if (p.isSet(QStringLiteral("add"))) {
        PreventionActivity a;
        if (const int exit = readActivity(ctx, p, &a); exit != Ok)
            return exit;
        Database *db = ctx.open(p.positionalArguments().first(), Database::Mode::OpenExisting);
        if (!db)
            return Failed;
        QString error;
        if (!ActivityRepository(*db).save(a, &error)) {
            ctx.printErr(error);
            return Failed;
        }
        ctx.printJson(activityJson(a, *db));
        return Ok;
    }
    ActivityRepository::Filter filter;
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
    filter.kind = p.value(QStringLiteral("kind"));
    if (!filter.kind.isEmpty() && !Codes::isValid(Codes::Kind::ActivityKind, filter.kind))
        return Options::unknownValue(ctx, QStringLiteral("kind"), filter.kind);
    Database *db = ctx.open(p.positionalArguments().first(), Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    QJsonArray list;
    for (const PreventionActivity &a : ActivityRepository(*db).list(filter))
        list.append(activityJson(a, *db));
    ctx.printJson(list);
    return Ok;
}
