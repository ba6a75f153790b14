// record: a person's track record by NIP or name, and its certificate for a selection committee.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "documents/CaseDocuments.h"
#include "documents/TrackRecordCertificate.h"
#include "domain/CaseJson.h"
#include "store/OutputFile.h"
#include "store/TrackRecordRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

RecordCommand::RecordCommand()
{
    name = QStringLiteral("record");
    summary = Cli::tr("a person's track record (rekam jejak) and its certificate");
    description = Cli::tr(
        "Lists, as JSON, every case of the file (on a server: of your scope) in which the civil "
        "servant with this NIP was reported, with the decision, the recommendation and the "
        "sanction the PPK imposed; --name alone searches the persons reported by name. Every "
        "look-up is logged with who asked and the purpose. With --out CERT.pdf (or .odt) prints "
        "the certificate for a selection committee, issued with its number from the letter "
        "book; with no case it certifies that no neutrality violation is recorded for the NIP. "
        "Only a coordinator looks records up.");
    options = {
        {QStringLiteral("nip"),
         Cli::tr("The NIP of the person, or their NI PPPK (18 digits, spaces "
                 "allowed)."),
         QStringLiteral("NIP")},
        {QStringLiteral("name"),
         Cli::tr("The person's name: with --nip, as printed when the NIP has no case; alone, "
                 "the persons reported whose name holds every word of it."),
         QStringLiteral("NAME")},
        {QStringLiteral("purpose"),
         Cli::tr("Why the record is looked up (logged, and printed on the certificate)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("committee"),
         Cli::tr("To whom the certificate is given (default: %1).")
             .arg(TrackRecordCertificate::DefaultCommittee),
         QStringLiteral("TEXT")},
        {QStringLiteral("out"), Cli::tr("The certificate to write, a .pdf or .odt file."),
         QStringLiteral("FILE")},
        {QStringLiteral("paper"), Cli::tr("a4 or f4 (default a4)."), QStringLiteral("PAPER"),
         QStringLiteral("a4")},
        Options::json(),
    };
}

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString decisionKey(TrackRecord::Entry::Decision d)
{
    switch (d) {
    case TrackRecord::Entry::Decision::Proved:
        return QStringLiteral("proved");
    case TrackRecord::Entry::Decision::NotProved:
        return QStringLiteral("not_proved");
    case TrackRecord::Entry::Decision::Pending:
        break;
    }
    return QStringLiteral("pending");
}

QJsonObject entryJson(const TrackRecord::Entry &e)
{
    const LedgerRow &r = e.row;
    const FollowUp &f = r.followUp;
    QJsonObject o{
        {QStringLiteral("number"), r.caseNumber},
        {QStringLiteral("regency_code"), r.regencyCode},
        {QStringLiteral("source"), e.source},
        {QStringLiteral("election"), e.election},
        {QStringLiteral("received_date"), CaseJson::date(e.receivedDate)},
        {QStringLiteral("registered_date"), CaseJson::date(e.registeredDate)},
        {QStringLiteral("decided_date"), CaseJson::date(r.decidedDate)},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("decision"), decisionKey(e.decision())},
        {QStringLiteral("violation_category"), e.violationCategory},
        {QStringLiteral("forwarded_to"), text(r.authority())},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("nip"), r.nip},
        {QStringLiteral("position_title"), r.positionTitle},
        {QStringLiteral("agency"), r.agency},
    };
    if (r.hasFollowUp) {
        o.insert(QStringLiteral("recommendation"),
                 QJsonObject{{QStringLiteral("number"), text(f.recommendationNumber)},
                             {QStringLiteral("date"), CaseJson::date(f.recommendationDate)},
                             {QStringLiteral("sanction"), text(f.sanctionRecommended)}});
        o.insert(QStringLiteral("ppk"),
                 QJsonObject{{QStringLiteral("name"), text(f.ppkName)},
                             {QStringLiteral("decision_number"), text(f.ppkDecisionNumber)},
                             {QStringLiteral("decision_date"), CaseJson::date(f.ppkDecisionDate)},
                             {QStringLiteral("sanction_imposed"), text(f.sanctionImposed)}});
    }
    return o;
}

} // namespace

int RecordCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const QString nip = p.value(QStringLiteral("nip"));
    const QString out = p.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (nip.trimmed().isEmpty() && p.value(QStringLiteral("name")).trimmed().isEmpty()) {
        ctx.printErr(Cli::tr("record needs --nip NIP (or --name NAME to search by name)."));
        return Usage;
    }
    if (!p.isSet(QStringLiteral("purpose"))) {
        ctx.printErr(Cli::tr("record needs --purpose TEXT: every look-up is logged with why it "
                             "was made."));
        return Usage;
    }
    if (!out.isEmpty() && nip.trimmed().isEmpty()) {
        ctx.printErr(Cli::tr("A certificate is for one NIP: add --nip NIP."));
        return Usage;
    }
    if (!out.isEmpty() && suffix != QLatin1String("pdf") && suffix != QLatin1String("odt")) {
        ctx.printErr(Cli::tr("--out names a .pdf or an .odt file: %1").arg(out));
        return Usage;
    }
    const QString paper = p.value(QStringLiteral("paper")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("f4"))
        return Options::unknownValue(ctx, QStringLiteral("paper"), paper);
    if (!out.isEmpty()) {
        if (const QString why = OutputFile::refusal(out); !why.isEmpty()) {
            ctx.printErr(why);
            return Failed;
        }
    }
    // The look-up is logged: the file is opened to write.
    Database *db = ctx.open(p.positionalArguments().first(), Database::Mode::OpenExisting);
    if (!db)
        return Failed;
    QString error;
    const std::optional<TrackRecord> record = TrackRecordRepository(*db).lookUp(
        nip, p.value(QStringLiteral("name")), p.value(QStringLiteral("purpose")), &error);
    if (!record) {
        ctx.printErr(error);
        return Failed;
    }
    QJsonArray cases;
    for (const TrackRecord::Entry &e : record->entries)
        cases << entryJson(e);
    QJsonObject json{
        {QStringLiteral("nip"), text(record->nip)},
        {QStringLiteral("name"), text(record->personName())},
        {QStringLiteral("purpose"), record->purpose},
        {QStringLiteral("scope"), text(record->scope)},
        {QStringLiteral("asked_by"), record->askedBy},
        {QStringLiteral("cases"), cases},
    };
    if (!out.isEmpty()) {
        const QString committee = p.value(QStringLiteral("committee"));
        PrintedDocument d = TrackRecordCertificate::build(*db, *record, committee);
        if (!CaseDocuments::issue(*db, d, &error)) {
            ctx.printErr(error);
            return Failed;
        }
        d = TrackRecordCertificate::build(*db, *record, committee);
        const PrintedDocument::Paper size =
            paper == QLatin1String("f4") ? PrintedDocument::Paper::F4 : PrintedDocument::Paper::A4;
        if (!(suffix == QLatin1String("odt") ? d.toOdt(out, size, &error)
                                             : d.toPdf(out, size, &error))) {
            ctx.printErr(error);
            return Failed;
        }
        json.insert(QStringLiteral("certificate"),
                    QJsonObject{{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                                {QStringLiteral("letter_number"), d.letter.number}});
    }
    ctx.printJson(json);
    return Ok;
}
