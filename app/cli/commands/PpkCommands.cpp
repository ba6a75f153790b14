// ppk: the PPKs' record, as JSON or XLSX, and the letter to a PPK's superior.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "documents/CaseDocuments.h"
#include "documents/PpkSuperiorLetter.h"
#include "exchange/PpkRecordXlsx.h"
#include "stats/PpkRecord.h"
#include "store/OutputFile.h"

#include <QFileInfo>
#include <QJsonObject>

PpkCommand::PpkCommand()
{
    name = QStringLiteral("ppk");
    summary = Cli::tr("the PPKs' record: follow-up of recommendations per PPK");
    description = Cli::tr(
        "Lists per PPK (regent, mayor, governor, minister) the recommendations of a sanction it "
        "received, followed up as recommended, followed up with another sanction, late (past "
        "the due date without a decision) and awaiting, with the follow-up rate and the median "
        "days from recommendation to decision, ranked by rate, then median days. With --out "
        "FILE.xlsx writes it as a workbook; with --letter PPK --out FILE.pdf prints the letter "
        "to the PPK's superior listing its late recommendations.");
    options = Options::filter() << QList<QCommandLineOption>{
                  {QStringLiteral("out"),
                   Cli::tr("The XLSX file to write; with --letter, the PDF or ODT file."),
                   QStringLiteral("FILE")},
                  {QStringLiteral("letter"),
                   Cli::tr("Print the letter to the superior of this PPK: its rank in the "
                           "record or its name."),
                   QStringLiteral("PPK")},
                  {QStringLiteral("issue"),
                   Cli::tr("With --letter: issue it, taking its number from the letter book (or "
                           "keeping the one it was issued with). Without it a letter not issued "
                           "yet prints as a draft (KONSEP), with no number.")},
                  {QStringLiteral("paper"), Cli::tr("a4 or f4 (default a4)."),
                   QStringLiteral("PAPER"), QStringLiteral("a4")},
                  {QStringLiteral("today"),
                   Cli::tr("Count late recommendations as of this day (default: today)."),
                   QStringLiteral("DATE")},
                  Options::json(),
              };
}

namespace {

int printLetter(Context &ctx, const QCommandLineParser &p, const CaseFilter &filter,
                const QDate &today)
{
    const QString out = p.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty()) {
        ctx.printErr(Cli::tr("--letter needs --out FILE."));
        return Usage;
    }
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt")) {
        ctx.printErr(Cli::tr("--out names a .pdf or an .odt file: %1").arg(out));
        return Usage;
    }
    const QString paper = p.value(QStringLiteral("paper")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("f4"))
        return Options::unknownValue(ctx, QStringLiteral("paper"), paper);
    const bool issue = p.isSet(QStringLiteral("issue"));
    Database *db = ctx.open(p.positionalArguments().first(),
                            issue ? Database::Mode::OpenExisting : Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    if (today.isValid())
        db->setToday(today);
    if (const QString why = OutputFile::refusal(out); !why.isEmpty()) {
        ctx.printErr(why);
        return Failed;
    }
    const PpkRecord record = PpkRecord::compute(*db, filter);
    QString error;
    const PpkRecord::Row *ppk = record.find(p.value(QStringLiteral("letter")), &error);
    if (!ppk) {
        ctx.printErr(error);
        return Failed;
    }
    if (ppk->late == 0) {
        ctx.printErr(Cli::tr("%1 has no recommendation left unanswered past its due date: there "
                             "is no letter to write.")
                         .arg(ppk->name));
        return Failed;
    }
    PrintedDocument d = PpkSuperiorLetter::build(*db, *ppk, filter);
    if (issue) {
        if (!CaseDocuments::issue(*db, d, &error)) {
            ctx.printErr(error);
            return Failed;
        }
        d = PpkSuperiorLetter::build(*db, *ppk, filter);
    }
    const PrintedDocument::Paper size =
        paper == QLatin1String("f4") ? PrintedDocument::Paper::F4 : PrintedDocument::Paper::A4;
    const bool ok =
        suffix == QLatin1String("odt") ? d.toOdt(out, size, &error) : d.toPdf(out, size, &error);
    if (!ok) {
        ctx.printErr(error);
        return Failed;
    }
    ctx.printJson(QJsonObject{
        {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
        {QStringLiteral("ppk"), ppk->name},
        {QStringLiteral("late"), ppk->late},
        {QStringLiteral("letter_number"), d.draft ? QJsonValue() : QJsonValue(d.letter.number)},
        {QStringLiteral("draft"), d.draft}});
    return Ok;
}

} // namespace

int PpkCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    CaseFilter filter;
    QDate today;
    if (!Options::readFilter(ctx, p, &filter) ||
        (p.isSet(QStringLiteral("today")) &&
         !Options::parseDate(ctx, p.value(QStringLiteral("today")), &today)))
        return Usage;
    if (p.isSet(QStringLiteral("letter")))
        return printLetter(ctx, p, filter, today);
    for (const char *option : {"issue", "paper"}) {
        if (p.isSet(QLatin1String(option))) {
            ctx.printErr(
                Cli::tr("--%1 is for the letter: add --letter PPK.").arg(QLatin1String(option)));
            return Usage;
        }
    }
    const QString out = p.value(QStringLiteral("out"));
    if (!out.isEmpty() && QFileInfo(out).suffix().toLower() != QLatin1String("xlsx")) {
        ctx.printErr(Cli::tr("--out names an .xlsx file: %1").arg(out));
        return Usage;
    }
    Database *db = ctx.open(p.positionalArguments().first(), Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    if (today.isValid())
        db->setToday(today);
    if (out.isEmpty()) {
        ctx.printJson(PpkRecord::compute(*db, filter).toJson());
        return Ok;
    }
    if (const QString why = OutputFile::refusal(out); !why.isEmpty()) {
        ctx.printErr(why);
        return Failed;
    }
    const PpkRecord record = PpkRecord::compute(*db, filter);
    QString error;
    if (!db->permits(Action::ExportData, &error) || !PpkRecordXlsx::write(out, record, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    ctx.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                              {QStringLiteral("ppks"), int(record.rows.size())}});
    return Ok;
}
