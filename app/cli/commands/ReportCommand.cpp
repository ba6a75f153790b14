// report: the KASN–Bawaslu agreement's report for a period and a scope, as JSON, PDF or XLSX.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "exchange/AgreementReportExport.h"
#include "stats/AgreementReport.h"
#include "store/OutputFile.h"

#include <QFileInfo>
#include <QJsonObject>

ReportCommand::ReportCommand()
{
    name = QStringLiteral("report");
    summary = Cli::tr("the agreement's report for a period: JSON, PDF or XLSX");
    description = Cli::tr(
        "The report the KASN–Bawaslu agreement asks for a period and a scope (the whole file, "
        "one regency or one province): the number of violations, the cases by violation "
        "category, the persons reported by position category, the recommendations and their "
        "follow-up with the follow-up rate, the ten agencies with most persons reported, and "
        "the prevention activities and supervision leads of the period. Its figures are those "
        "of stats for the same filter. With --out writes it as a printed report (.pdf, in "
        "Indonesian, on the office's letterhead) or a workbook (.xlsx).");
    options = Options::filter();
    options << QCommandLineOption{QStringLiteral("out"), Cli::tr("The PDF or XLSX file to write."),
                                  QStringLiteral("FILE")}
            << Options::json();
}

int ReportCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const QString out = p.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() && !p.isSet(QStringLiteral("json"))) {
        ctx.printErr(Cli::tr("Give --json, or --out FILE.pdf or FILE.xlsx."));
        return Usage;
    }
    if (!out.isEmpty() && suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx")) {
        ctx.printErr(Cli::tr("--out names a .pdf or an .xlsx file: %1").arg(out));
        return Usage;
    }
    if (p.isSet(QStringLiteral("regency")) && p.isSet(QStringLiteral("province"))) {
        ctx.printErr(Cli::tr("Give --regency or --province, not both."));
        return Usage;
    }
    CaseFilter filter;
    if (!Options::readFilter(ctx, p, &filter))
        return Usage;
    Database *db = ctx.open(p.positionalArguments().first(), Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    const AgreementReport report = AgreementReport::compute(*db, filter);
    if (out.isEmpty()) {
        ctx.printJson(report.toJson());
        return Ok;
    }
    QString error;
    if (const QString why = OutputFile::refusal(out); !why.isEmpty()) {
        ctx.printErr(why);
        return Failed;
    }
    if (!db->permits(Action::ExportData, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    const bool written = suffix == QLatin1String("xlsx")
                             ? AgreementReportExport::toXlsx(report, out, &error)
                             : AgreementReportExport::toDocument(
                                   report, AgreementReportExport::signingOf(*db, report))
                                   .toPdf(out, PrintedDocument::Paper::A4, &error);
    if (!written) {
        ctx.printErr(error);
        return Failed;
    }
    QJsonObject result = report.toJson();
    result.insert(QStringLiteral("file"), QFileInfo(out).absoluteFilePath());
    ctx.printJson(result);
    return Ok;
}
