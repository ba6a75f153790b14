// print and letters: a case's documents, and the outgoing letter book.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "documents/CaseDocuments.h"
#include "domain/CaseJson.h"
#include "store/HearingRepository.h"
#include "store/LetterBook.h"
#include "store/OutputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

PrintCommand::PrintCommand()
{
    name = QStringLiteral("print");
    summary = Cli::tr("print a case's documents to PDF or ODT");
    description = Cli::tr("Prints the documents of a case to PDF: forms, letters, minutes, the "
                          "analysis and a summary.");
    options = {
        {QStringLiteral("case"), Cli::tr("The case's receipt or registration number."),
         QStringLiteral("NUMBER")},
        {QStringLiteral("document"),
         Cli::tr("The document: %1.").arg(CaseDocuments::codes().join(QLatin1String(", "))),
         QStringLiteral("NAME")},
        {QStringLiteral("all"), Cli::tr("Every document the case has, one PDF each.")},
        {QStringLiteral("person"),
         Cli::tr("For invitations and minutes: only the N-th person (from 1)."),
         QStringLiteral("N")},
        {QStringLiteral("out"),
         Cli::tr("The PDF to write (for invitations and minutes, one per person: FILE-1.pdf, "
                 "FILE-2.pdf, ...); with --all, the directory to write into."),
         QStringLiteral("FILE|DIR")},
        {QStringLiteral("paper"), Cli::tr("a4 or f4 (default a4)."), QStringLiteral("PAPER"),
         QStringLiteral("a4")},
        {QStringLiteral("lang"), Cli::tr("id or en: the language of the summary (default id)."),
         QStringLiteral("LANG"), QStringLiteral("id")},
        {QStringLiteral("with-identities"),
         Cli::tr("Show a confidential reporter's identity on the documents kept by the office "
                 "(report form, minutes, analysis, summary). Never on letters that go out.")},
        {QStringLiteral("issue"),
         Cli::tr("Issue the letters (invitations, status notice, forwarding letter): each takes "
                 "its number from the letter book, or keeps the one it was issued with. Without "
                 "it a letter not issued yet prints as a draft (KONSEP), with no number.")},
        {QStringLiteral("format"), Cli::tr("pdf or odt (an editable copy; default pdf)."),
         QStringLiteral("FORMAT"), QStringLiteral("pdf")},
    };
}

namespace {

// What `print` was asked for, its options checked.
struct PrintRequest
{
    QString number;
    QString out;
    bool all = false;
    CaseDocuments::Kind kind = CaseDocuments::Kind::Summary;
    int person = 0;
    QString paper;
    QString format;
    QString extension;
    bool issue = false;
    QString lang;
    bool identities = false;
};

// Reads and checks print's options; Ok, or Usage after printing why.
int readRequest(Context &ctx, const QCommandLineParser &p, PrintRequest *r)
{
    r->number = p.value(QStringLiteral("case")).trimmed();
    r->out = p.value(QStringLiteral("out"));
    r->all = p.isSet(QStringLiteral("all"));
    if (r->number.isEmpty() || r->out.isEmpty()) {
        ctx.printErr(Cli::tr("--case NUMBER and --out are required."));
        return Usage;
    }
    if (r->all == p.isSet(QStringLiteral("document"))) {
        ctx.printErr(Cli::tr("Give either --document NAME or --all."));
        return Usage;
    }
    if (!r->all && !CaseDocuments::fromCode(p.value(QStringLiteral("document")), &r->kind)) {
        ctx.printErr(Cli::tr("Unknown document: %1 (one of %2)")
                         .arg(p.value(QStringLiteral("document")),
                              CaseDocuments::codes().join(QLatin1String(", "))));
        return Usage;
    }
    if (p.isSet(QStringLiteral("person"))) {
        bool ok = false;
        r->person = p.value(QStringLiteral("person")).toInt(&ok);
        if (!ok || r->person < 1 || r->all || !CaseDocuments::perPerson(r->kind)) {
            ctx.printErr(Cli::tr("--person takes a number from 1, with --document invitation, "
                                 "invitation2 or minutes."));
            return Usage;
        }
    }
    r->paper = p.value(QStringLiteral("paper")).toLower();
    if (r->paper != QLatin1String("a4") && r->paper != QLatin1String("f4"))
        return Options::unknownValue(ctx, QStringLiteral("paper"), r->paper);
    r->format = p.value(QStringLiteral("format")).toLower();
    if (r->format != QLatin1String("pdf") && r->format != QLatin1String("odt"))
        return Options::unknownValue(ctx, QStringLiteral("format"), r->format);
    r->extension = QLatin1Char('.') + r->format;
    r->issue = p.isSet(QStringLiteral("issue"));
    r->lang = p.value(QStringLiteral("lang")).toLower();
    if (r->lang != QLatin1String("id") && r->lang != QLatin1String("en"))
        return Options::unknownValue(ctx, QStringLiteral("lang"), r->lang);
    // --all writes into a directory; a document into the file named, with the person's number
    // added to the name when it is one per person ("minutes.pdf": "minutes-1.pdf", ...).
    if (r->all && QFileInfo(r->out).exists() && !QFileInfo(r->out).isDir()) {
        ctx.printErr(Cli::tr("%1 is a file; with --all, --out is a directory.").arg(r->out));
        return Usage;
    }
    if (!r->all && QFileInfo(r->out).isDir()) {
        ctx.printErr(Cli::tr("%1 is a directory; --out must name the PDF to write.").arg(r->out));
        return Usage;
    }
    r->identities = p.isSet(QStringLiteral("with-identities"));
    return Ok;
}

// One file print writes.
struct Output
{
    CaseDocuments::Kind kind;
    int index;
    QString path;
    PrintedDocument document;
};

// Every file is named and checked (never the data file, its journal, its backups or a link to
// them: OutputFile) before the first one is written; false after printing why.
bool planOutputs(Context &ctx, const PrintRequest &r, const QList<CaseDocuments::Kind> &kinds,
                 const Case &c, const QList<Hearing> &hearings, const DocumentContext &doc,
                 QList<Output> *outputs)
{
    for (const CaseDocuments::Kind k : kinds) {
        const QList<PrintedDocument> docs = CaseDocuments::build(k, c, hearings, doc);
        if (!r.all && docs.isEmpty()) {
            ctx.printErr(Cli::tr("The case %1 has no document %2 at its stage (%3).")
                             .arg(r.number, CaseDocuments::code(k), c.status));
            return false;
        }
        if (r.person > docs.size()) {
            ctx.printErr(Cli::tr("The case %1 has %n person(s) for this document.", nullptr,
                                 int(docs.size()))
                             .arg(r.number));
            return false;
        }
        for (int i = 0; i < docs.size(); ++i) {
            if (r.person > 0 && i + 1 != r.person)
                continue;
            const QString suffix = CaseDocuments::perPerson(k) && r.person == 0
                                       ? QStringLiteral("-%1").arg(i + 1)
                                       : QString();
            QString path = r.out;
            if (r.all) {
                path = QDir(r.out).filePath(CaseDocuments::code(k) + suffix + r.extension);
            } else if (!suffix.isEmpty()) {
                const QFileInfo file(r.out);
                path = file.dir().filePath(file.completeBaseName() + suffix + QLatin1Char('.') +
                                           (file.suffix().isEmpty() ? r.format : file.suffix()));
            }
            const QString why = OutputFile::refusal(path);
            if (!why.isEmpty()) {
                ctx.printErr(why);
                return false;
            }
            outputs->append(Output{k, i, path, docs.at(i)});
        }
    }
    return true;
}

// Writes the files planned, each to a temporary file, checked and renamed (a full disk leaves
// no PDF), and prints what was written; the exit code.
int writeOutputs(Context &ctx, const PrintRequest &r, const QList<Output> &outputs,
                 PrintedDocument::Paper paper)
{
    if (r.all && !QDir().mkpath(r.out)) {
        ctx.printErr(Cli::tr("The directory %1 cannot be made.").arg(r.out));
        return Failed;
    }
    // All or none: a file that cannot be written takes back those written before it.
    QList<QPair<QString, PrintedDocument>> files;
    for (const Output &o : outputs)
        files.append({o.path, o.document});
    QString error;
    if (!PrintedDocument::writeAll(files, paper, r.format == QLatin1String("odt"), &error)) {
        ctx.printErr(error);
        return Failed;
    }
    QJsonArray written;
    for (const Output &o : outputs) {
        QJsonObject entry{{QStringLiteral("document"), CaseDocuments::code(o.kind)},
                          {QStringLiteral("person"), CaseDocuments::perPerson(o.kind)
                                                         ? QJsonValue(o.index + 1)
                                                         : QJsonValue()},
                          {QStringLiteral("file"), QFileInfo(o.path).absoluteFilePath()}};
        if (o.document.isLetter()) {
            entry.insert(QStringLiteral("letter_number"),
                         o.document.draft ? QJsonValue() : QJsonValue(o.document.letter.number));
            entry.insert(QStringLiteral("draft"), o.document.draft);
        }
        written.append(entry);
    }
    ctx.printJson(written);
    return Ok;
}

} // namespace

int PrintCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    PrintRequest r;
    if (const int exit = readRequest(ctx, p, &r); exit != Ok)
        return exit;
    // Showing a confidential identity is logged, so that needs a file open for writing.
    Database *db =
        ctx.open(p.positionalArguments().first(),
                 r.identities || r.issue ? Database::Mode::OpenExisting : Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    // Refused before anything is written, the logged reveal included.
    const QString refusal = OutputFile::refusal(
        r.all ? QDir(r.out).filePath(CaseDocuments::code(CaseDocuments::kinds().first()) +
                                     r.extension)
              : r.out);
    if (!refusal.isEmpty()) {
        ctx.printErr(refusal);
        return Failed;
    }
    CaseRepository repo(*db);
    std::optional<Case> c = repo.findByNumber(r.number);
    if (!c) {
        ctx.printErr(Cli::tr("No case with the number %1 in this file.").arg(r.number));
        return Failed;
    }
    if (r.identities && c->reporterConfidential) {
        QString error;
        c = repo.revealReporter(c->id, Cli::tr("netra-cli print %1").arg(r.number), &error);
        if (!c) {
            ctx.printErr(error);
            return Failed;
        }
    }
    QList<Hearing> hearings = HearingRepository(*db).hearings(c->id);
    if (r.identities && c->reporterConfidential) {
        QString error;
        const auto revealed = HearingRepository(*db).revealedHearings(c->id, &error);
        if (!revealed) {
            ctx.printErr(error);
            return Failed;
        }
        hearings = *revealed;
    }
    DocumentContext doc = DocumentContext::fromFile(*db, *c);
    doc.language = r.lang;
    doc.showConfidential = r.identities;
    doc.paper =
        r.paper == QLatin1String("f4") ? PrintedDocument::Paper::F4 : PrintedDocument::Paper::A4;

    const QList<CaseDocuments::Kind> kinds =
        r.all ? CaseDocuments::kinds() : QList<CaseDocuments::Kind>{r.kind};
    // Issuing first: the letters are then built with their numbers and dates from the book.
    if (r.issue) {
        QString error;
        for (const CaseDocuments::Kind k : kinds) {
            QList<PrintedDocument> docs = CaseDocuments::build(k, *c, hearings, doc);
            for (int i = 0; i < docs.size(); ++i) {
                if ((r.person > 0 && i + 1 != r.person) || !docs[i].isLetter())
                    continue;
                if (!CaseDocuments::issue(*db, docs[i], &error)) {
                    ctx.printErr(error);
                    return Failed;
                }
            }
        }
        const DocumentContext fresh = DocumentContext::fromFile(*db, *c);
        doc.issued = fresh.issued;
    }
    QList<Output> outputs;
    if (!planOutputs(ctx, r, kinds, *c, hearings, doc, &outputs))
        return Failed;
    return writeOutputs(ctx, r, outputs, doc.paper);
}

LettersCommand::LettersCommand()
{
    name = QStringLiteral("letters");
    summary = Cli::tr("the outgoing letter book, as JSON");
    description =
        Cli::tr("Lists the outgoing letter book (agenda surat keluar): every letter issued "
                "with its number, date, addressee, subject, case and who issued it.");
    options = {
        {QStringLiteral("year"), Cli::tr("Only the letters of this year."), QStringLiteral("YEAR")},
        Options::json(),
    };
}

int LettersCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    int year = 0;
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1900 || year > 9999) {
            ctx.printErr(Cli::tr("--year takes a year such as 2024."));
            return Usage;
        }
    }
    Database *db = ctx.open(p.positionalArguments().first(), Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    QJsonArray list;
    for (const Letter &l : LetterBook(*db).list(year))
        list.append(QJsonObject{
            {QStringLiteral("number"), l.number},
            {QStringLiteral("sequence"), l.sequence > 0 ? QJsonValue(l.sequence) : QJsonValue()},
            {QStringLiteral("year"), l.year},
            {QStringLiteral("date"), CaseJson::date(l.issuedOn)},
            {QStringLiteral("document"), l.kind},
            {QStringLiteral("addressee"), l.addressee},
            {QStringLiteral("subject"), l.subject},
            {QStringLiteral("case"), l.caseNumber},
            {QStringLiteral("signatory"), l.signatory},
            {QStringLiteral("issued_by"), l.issuedBy}});
    ctx.printJson(list);
    return Ok;
}
