// import-csv, export-csv, export-xlsx, export and import: CSV registers and packages between
// offices.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "crypto/Sha256.h"
#include "exchange/LedgerXlsx.h"
#include "exchange/Package.h"
#include "exchange/RecapExport.h"
#include "exchange/RegisterExport.h"
#include "exchange/RegisterImport.h"
#include "stats/Recap.h"
#include "store/FieldFile.h"
#include "store/OutputFile.h"
#include "store/PackageStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

ImportCsvCommand::ImportCsvCommand()
{
    name = QStringLiteral("import-csv");
    summary = Cli::tr("bring in the cases of a CSV register");
    description = Cli::tr("Brings the cases of a CSV register into a data file, all in one "
                          "transaction. Rows with an error are reported and left out with the rest "
                          "of their case; cases already in the file are skipped. Exit 0 when the "
                          "register could be read, even with refused rows.");
    options = {
        {QStringLiteral("dry-run"),
         Cli::tr("Check the register and report what would be added; write nothing.")},
        Options::json(),
    };
    arguments = dataFile() + QStringLiteral(", REGISTER.csv");
    argumentCount = 2;
}

int ImportCsvCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    Database *db = ctx.open(p.positionalArguments().at(0),
                            dryRun ? Database::Mode::ReadOnly : Database::Mode::OpenExisting);
    if (!db)
        return Failed;
    RegisterImport::Options o;
    o.dryRun = dryRun;
    const RegisterImport::Summary summary =
        RegisterImport(*db).importFile(p.positionalArguments().at(1), o);
    ctx.printJson(summary.toJson());
    if (!summary.readable) {
        ctx.printErr(summary.error);
        return Failed;
    }
    return Ok;
}

namespace {

QCommandLineOption withIdentitiesOption()
{
    return {QStringLiteral("with-identities"),
            Cli::tr("Write the names of confidential reporters (only for those allowed to "
                    "see them).")};
}

} // namespace

ExportCsvCommand::ExportCsvCommand()
{
    name = QStringLiteral("export-csv");
    summary = Cli::tr("write the cases as a CSV register");
    description = Cli::tr("Writes the cases of a data file as a CSV register, one row per person "
                          "reported. Confidential reporters are written as [dirahasiakan].");
    options =
        Options::filter() << QList<QCommandLineOption>{
            {QStringLiteral("out"), Cli::tr("The CSV file to write."), QStringLiteral("FILE")},
            {QStringLiteral("excel"),
             Cli::tr("Separate the fields with semicolons and begin with a byte-order mark, for "
                     "Excel or LibreOffice set to Indonesian.")},
            withIdentitiesOption(),
        };
}

ExportXlsxCommand::ExportXlsxCommand()
{
    name = QStringLiteral("export-xlsx");
    summary = Cli::tr("write the cases as an XLSX register for Excel or LibreOffice");
    description = Cli::tr("Writes the cases of a data file as an XLSX workbook, one row per person "
                          "reported: dates as dates, NIPs as text, coded values as labels in the "
                          "language of the messages (NETRA_LANG) with the codes in hidden columns. "
                          "Confidential reporters are written as [dirahasiakan]. With --ledger, "
                          "writes the follow-up ledger instead: each person reported in a "
                          "forwarded case, the sanction recommended and what the PPK decided.");
    options =
        Options::filter() << QList<QCommandLineOption>{
            {QStringLiteral("out"), Cli::tr("The XLSX file to write."), QStringLiteral("FILE")},
            withIdentitiesOption(),
            {QStringLiteral("ledger"),
             Cli::tr(
                 "Write the follow-up ledger of the forwarded cases rather than the register.")},
            {QStringLiteral("show"),
             Cli::tr("With --ledger, the persons to write: all (the default), outstanding or "
                     "late."),
             QStringLiteral("STATE"), QStringLiteral("all")},
        };
}

namespace {

// The start the exports share: --out required (`missingOut` says so), the filter read (with
// --status for a package), the data file opened (for writing when identities are shown, since
// that is logged) and --out checked before anything is written or logged. Null after printing
// why, with the exit code in `exit`.
Database *openForExport(Context &ctx, const QCommandLineParser &p, const QString &missingOut,
                        bool statuses, CaseFilter *filter, int *exit, bool writes = false)
{
    *exit = Usage;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        ctx.printErr(missingOut);
        return nullptr;
    }
    if (!Options::readFilter(ctx, p, filter) ||
        (statuses && !Options::readStatuses(ctx, p, filter)))
        return nullptr;
    *exit = Failed;
    Database *db =
        ctx.open(p.positionalArguments().first(),
                 writes || p.isSet(QStringLiteral("with-identities")) ? Database::Mode::OpenExisting
                                                                      : Database::Mode::ReadOnly);
    if (!db)
        return nullptr;
    const QString refusal = OutputFile::refusal(out);
    if (!refusal.isEmpty()) {
        ctx.printErr(refusal);
        return nullptr;
    }
    *exit = Ok;
    return db;
}

} // namespace

namespace {

// A register written out (export-csv, export-xlsx): the file and how many cases, as JSON.
int exportRegister(Context &ctx, const QCommandLineParser &p, RegisterExport::Format format)
{
    CaseFilter filter;
    int exit = Ok;
    Database *db = openForExport(ctx, p, Cli::tr("--out FILE is required."), false, &filter, &exit);
    if (!db)
        return exit;
    const QString out = p.value(QStringLiteral("out"));
    int count = 0;
    QString error;
    if (!RegisterExport(*db).exportFile(out, filter, p.isSet(QStringLiteral("with-identities")),
                                        &count, &error, format)) {
        ctx.printErr(error);
        return Failed;
    }
    ctx.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                              {QStringLiteral("cases"), count}});
    return Ok;
}

} // namespace

int ExportCsvCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    return exportRegister(ctx, p,
                          p.isSet(QStringLiteral("excel")) ? RegisterExport::Format::SpreadsheetCsv
                                                           : RegisterExport::Format::Csv);
}

int ExportXlsxCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const bool ledger = p.isSet(QStringLiteral("ledger"));
    const QString show = p.value(QStringLiteral("show"));
    if (!ledger) {
        if (p.isSet(QStringLiteral("show"))) {
            ctx.printErr(Cli::tr("--show is for the ledger: add --ledger."));
            return Usage;
        }
        return exportRegister(ctx, p, RegisterExport::Format::Xlsx);
    }
    // The ledger names the persons reported only: there is no reporter to show.
    if (p.isSet(QStringLiteral("with-identities"))) {
        ctx.printErr(Cli::tr("--with-identities is for the register: the ledger holds no "
                             "reporter."));
        return Usage;
    }
    if (!LedgerXlsx::isShow(show))
        return Options::unknownValue(ctx, QStringLiteral("show"), show);
    CaseFilter filter;
    int exit = Ok;
    Database *db = openForExport(ctx, p, Cli::tr("--out FILE is required."), false, &filter, &exit);
    if (!db)
        return exit;
    const QString out = p.value(QStringLiteral("out"));
    int count = 0;
    QString error;
    if (!LedgerXlsx::exportFile(*db, out, filter, show, &count, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    ctx.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                              {QStringLiteral("persons"), count}});
    return Ok;
}

RecapCommand::RecapCommand()
{
    name = QStringLiteral("recap");
    summary = Cli::tr("write the recap table as XLSX or CSV");
    description =
        Cli::tr("Writes the recap (rekapitulasi) the dashboard shows: one row per regency "
                "with its cases per violation category, persons reported, recommended "
                "for a sanction and followed up, and the total; its figures are those of "
                "stats for the same filter. The file's suffix, .xlsx or .csv, chooses "
                "the format.");
    options = Options::filter() << QList<QCommandLineOption>{
                  {QStringLiteral("out"), Cli::tr("The XLSX or CSV file to write."),
                   QStringLiteral("FILE")},
              };
}

int RecapCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const QString out = p.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!out.isEmpty() && suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
        ctx.printErr(Cli::tr("--out names an .xlsx or a .csv file: %1").arg(out));
        return Usage;
    }
    CaseFilter filter;
    int exit = Ok;
    Database *db = openForExport(ctx, p, Cli::tr("--out FILE is required."), false, &filter, &exit);
    if (!db)
        return exit;
    const Recap recap = Recap::compute(*db, filter);
    QString error;
    const bool written = suffix == QLatin1String("xlsx") ? RecapExport::toXlsx(recap, out, &error)
                                                         : RecapExport::toCsv(recap, out, &error);
    if (!written) {
        ctx.printErr(error);
        return Failed;
    }
    ctx.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                              {QStringLiteral("regencies"), int(recap.rows.size())},
                              {QStringLiteral("cases"), recap.total.cases},
                              {QStringLiteral("persons_reported"), recap.total.persons}});
    return Ok;
}

ExportCommand::ExportCommand()
{
    name = QStringLiteral("export");
    summary = Cli::tr("export cases as a package for another office");
    description = Cli::tr("Exports cases, with everything that belongs to them, as a package for "
                          "another office or level.");
    options = Options::filter() << QList<QCommandLineOption>{
                  {QStringLiteral("out"), Cli::tr("The package to write (.netrapkg)."),
                   QStringLiteral("PACKAGE")},
                  Options::statuses(),
                  {QStringLiteral("with-attachments"),
                   Cli::tr("Include the attachments (evidence files).")},
                  {QStringLiteral("with-identities"),
                   Cli::tr("Include a confidential reporter's identity (only for those allowed to "
                           "see it); otherwise it is replaced by [dirahasiakan].")},
                  {QStringLiteral("case"),
                   Cli::tr("Only this case (its receipt or registration number); may be given "
                           "more than once."),
                   QStringLiteral("NUMBER")},
                  {QStringLiteral("assigned"),
                   Cli::tr("Only the cases whose hearings this user is assigned to."),
                   QStringLiteral("LOGIN")},
              };
    description += QLatin1Char(' ') +
                   Cli::tr("When PACKAGE ends in .netra, writes a field file instead: a new data "
                           "file with the cases chosen, the office's settings and holidays, and "
                           "the user signing in and the clerks assigned to those cases, who sign "
                           "in there with their passwords.");
}

namespace {

// export --out FIELD.netra: the cases taken into the field (FieldFile).
int takeIntoField(Context &ctx, const QCommandLineParser &p)
{
    CaseFilter filter;
    int exit = Ok;
    Database *db =
        openForExport(ctx, p, Cli::tr("--out PACKAGE is required."), true, &filter, &exit, true);
    if (!db)
        return exit;
    filter.numbers = p.values(QStringLiteral("case"));
    filter.assignedTo = p.value(QStringLiteral("assigned"));
    FieldFile::Result result;
    QString error;
    if (!FieldFile::take(*db, filter, p.isSet(QStringLiteral("with-attachments")),
                         p.isSet(QStringLiteral("with-identities")), p.value(QStringLiteral("out")),
                         &result, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    ctx.printJson(QJsonObject{
        {QStringLiteral("field_file"), result.file},
        {QStringLiteral("taken_from"), db->path()},
        {QStringLiteral("cases"), result.cases},
        {QStringLiteral("case_numbers"), QJsonArray::fromStringList(result.caseNumbers)},
        {QStringLiteral("users"), QJsonArray::fromStringList(result.users)},
        {QStringLiteral("with_attachments"), result.withAttachments},
        {QStringLiteral("with_identities"), result.withIdentities}});
    return Ok;
}

} // namespace

int ExportCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    if (p.value(QStringLiteral("out")).endsWith(QLatin1String(".netra"), Qt::CaseInsensitive))
        return takeIntoField(ctx, p);
    CaseFilter filter;
    int exit = Ok;
    Database *db =
        openForExport(ctx, p, Cli::tr("--out PACKAGE is required."), true, &filter, &exit);
    if (!db)
        return exit;
    filter.numbers = p.values(QStringLiteral("case"));
    filter.assignedTo = p.value(QStringLiteral("assigned"));
    const QString out = p.value(QStringLiteral("out"));
    Package::Content content;
    QString error;
    if (!PackageStore(*db).collect(filter, p.isSet(QStringLiteral("with-attachments")),
                                   p.isSet(QStringLiteral("with-identities")), &content, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    const QByteArray bytes = Package::write(content, &error);
    if (bytes.isEmpty()) {
        ctx.printErr(error);
        return Failed;
    }
    // Never over the data file, its journal, its backups or a link to them; whole or not at all.
    if (!OutputFile::save(out, bytes, &error)) {
        ctx.printErr(error);
        return Failed;
    }
    QJsonObject summary = Package::manifest(content);
    summary.insert(QStringLiteral("file"), QFileInfo(out).absoluteFilePath());
    summary.insert(QStringLiteral("bytes"), bytes.size());
    summary.insert(QStringLiteral("sha256"), QString::fromLatin1(Sha256::hex(bytes)));
    ctx.printJson(summary);
    return Ok;
}

ImportCommand::ImportCommand()
{
    name = QStringLiteral("import");
    summary = Cli::tr("merge a package into a data file");
    description = Cli::tr("Merges a package into a data file by record UUID, in one transaction.");
    options = {
        {QStringLiteral("dry-run"),
         Cli::tr("Only show what would be added, updated and in conflict; write nothing.")},
        {QStringLiteral("conflicts"),
         Cli::tr("Settle every record changed on both sides: keep-mine or take-theirs (by "
                 "default they are listed and not written)."),
         QStringLiteral("HOW")},
    };
    arguments = dataFile() + QStringLiteral(" PACKAGE");
    argumentCount = 2;
}

int ImportCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    Settlement settle = Settlement::Ask;
    const QString how = p.value(QStringLiteral("conflicts"));
    if (how == QLatin1String("keep-mine"))
        settle = Settlement::KeepMine;
    else if (how == QLatin1String("take-theirs"))
        settle = Settlement::TakeTheirs;
    else if (!how.isEmpty()) {
        return Options::unknownValue(ctx, QStringLiteral("conflicts"), how);
    }
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    // The package is read and checked whole before the data file is even opened.
    Package::Content content;
    if (!ctx.readPackage(p.positionalArguments().at(1), &content))
        return Failed;
    Database *db = ctx.open(p.positionalArguments().at(0),
                            dryRun ? Database::Mode::ReadOnly : Database::Mode::OpenExisting);
    if (!db)
        return Failed;
    PackageStore store(*db);
    ImportPlan plan;
    QString reason;
    const bool ok = dryRun ? store.preview(content, &plan, &reason)
                           : store.apply(content, settle, {}, &plan, &reason);
    if (!ok) {
        ctx.printErr(Cli::tr("The package was refused: %1").arg(reason));
        return Failed;
    }
    QJsonObject summary = plan.toJson();
    summary.insert(QStringLiteral("dry_run"), dryRun);
    summary.insert(QStringLiteral("package"), Package::manifest(content));
    ctx.printJson(summary);
    return Ok;
}
