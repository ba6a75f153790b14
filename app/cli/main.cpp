// netra-cli: batch and scripting over the same core as the desktop app.
#include "Translator.h"
#include "demo/DemoGenerator.h"
#include "documents/CaseDocuments.h"
#include "domain/Codes.h"
#include "domain/Deadlines.h"
#include "domain/Identity.h"
#include "domain/Nip.h"
#include "domain/ProcedureProfile.h"
#include "domain/Regions.h"
#include "exchange/Package.h"
#include "exchange/RegisterImport.h"
#include "stats/Stats.h"
#include "store/Backup.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/FileCheck.h"
#include "store/HearingRepository.h"
#include "store/HolidayRepository.h"
#include "store/InputFile.h"
#include "store/KeyStore.h"
#include "store/LetterBook.h"
#include "store/OutputFile.h"
#include "store/PackageStore.h"
#include "store/SettingsRepository.h"
#include "store/TrailCheck.h"
#include "store/UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

// The translation context of the command line's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QTextStream out(stdout);
    out << doc.toJson(QJsonDocument::Indented);
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

// Parses the command's options; on --help prints and returns false with exit 0.
bool parse(QCommandLineParser &p, const QStringList &args, const QString &description,
           const QString &positional, int positionals, int *exit)
{
    p.setApplicationDescription(description);
    p.addHelpOption();
    if (!positional.isEmpty())
        p.addPositionalArgument(positional.section(QLatin1Char(' '), 0, 0),
                                positional.section(QLatin1Char(' '), 1));
    if (!p.parse(args)) {
        printErr(p.errorText());
        *exit = Usage;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        *exit = Ok;
        return false;
    }
    if (p.positionalArguments().size() != positionals) {
        printErr(Cli::tr("Wrong number of arguments. See --help."));
        *exit = Usage;
        return false;
    }
    return true;
}

bool parseDate(const QString &text, QDate *date)
{
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid()) {
        printErr(Cli::tr("Not a date (YYYY-MM-DD): %1").arg(text));
        return false;
    }
    return true;
}

// Who signs in: --user LOGIN, taken from any command's arguments by main(), else NETRA_USER.
QString signInLogin;

// A password from the environment variable, else typed at the terminal without echo.
bool readPassword(const char *variable, const QString &prompt, QString *password)
{
    if (qEnvironmentVariableIsSet(variable)) {
        *password = qEnvironmentVariable(variable);
        return true;
    }
    if (!isatty(STDIN_FILENO)) {
        printErr(Cli::tr("No password: set %1 or run netra-cli in a terminal.")
                     .arg(QLatin1String(variable)));
        return false;
    }
    QTextStream(stderr) << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    printErr(QString());
    *password = QString::fromStdString(line);
    return true;
}

QString noUsersMessage(const QString &path)
{
    return Cli::tr("%1 has no users yet. Create its administrator first: netra-cli users %1 "
                   "--add LOGIN --name \"FULL NAME\" --role administrator")
        .arg(path);
}

// Signs in with the same accounts, slow-down and roles as the desktop application. By default
// the sign-in is written with the command's first change; `keys` writes it at once, with the
// upkeep of the user's keys (KeyStore::signedIn).
bool signIn(Database &db, UserRepository::Record record = UserRepository::Record::WithFirstChange)
{
    UserRepository users(db);
    if (!users.hasUsers()) {
        printErr(noUsersMessage(db.path()));
        return false;
    }
    const QString login = signInLogin.isEmpty() ? qEnvironmentVariable("NETRA_USER") : signInLogin;
    if (login.isEmpty()) {
        printErr(Cli::tr("Sign in with --user LOGIN (or NETRA_USER); the password is read from "
                         "NETRA_PASSWORD or asked for."));
        return false;
    }
    QString password;
    if (!readPassword("NETRA_PASSWORD", Cli::tr("Password for %1: ").arg(login), &password))
        return false;
    QString error;
    // Written with the command's first change: a command that changes nothing (one that only
    // reads, a refused import) leaves the file's bytes as they were.
    if (!users.login(login, password, &error, nullptr, record)) {
        printErr(error);
        return false;
    }
    return true;
}

// Opens a data file and signs in to it; `signedIn` false only for a file being created.
std::unique_ptr<Database> openFile(const QString &path, Database::Mode mode, bool signedIn = true)
{
    QString error;
    auto db = Database::open(path, mode, &error);
    if (!db)
        printErr(error);
    else if (!signedIn)
        db->setActor(db->actor() + QStringLiteral(" (netra-cli)"));
    else if (!signIn(*db))
        return nullptr;
    return db;
}

QList<QCommandLineOption> filterOptions()
{
    return {
        {QStringLiteral("regency"), Cli::tr("Only the regency with this code (3311 or 33.11)."),
         QStringLiteral("CODE")},
        {QStringLiteral("from"), Cli::tr("Received on or after this date."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), Cli::tr("Received on or before this date."), QStringLiteral("DATE")},
        {QStringLiteral("election"), Cli::tr("pilkada or pemilu."), QStringLiteral("ELECTION")},
    };
}

// Reads the filter options shared by stats and cases; false after printing why.
bool readFilter(const QCommandLineParser &p, CaseFilter *f)
{
    if (p.isSet(QStringLiteral("regency"))) {
        f->regencyCode = Regions::normaliseRegencyCode(p.value(QStringLiteral("regency")));
        if (!Regions::shipped().regency(f->regencyCode)) {
            printErr(Cli::tr("Unknown regency code: %1").arg(p.value(QStringLiteral("regency"))));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("from")) &&
        !parseDate(p.value(QStringLiteral("from")), &f->receivedFrom))
        return false;
    if (p.isSet(QStringLiteral("to")) && !parseDate(p.value(QStringLiteral("to")), &f->receivedTo))
        return false;
    if (f->receivedFrom.isValid() && f->receivedTo.isValid() && f->receivedFrom > f->receivedTo) {
        printErr(Cli::tr("--from is after --to."));
        return false;
    }
    if (p.isSet(QStringLiteral("election"))) {
        f->election = p.value(QStringLiteral("election"));
        if (!Codes::isValid(Codes::Kind::Election, f->election)) {
            printErr(Cli::tr("Unknown election: %1 (pilkada or pemilu)").arg(f->election));
            return false;
        }
    }
    return true;
}

// Reads --status LIST (comma-separated status codes) into the filter; false after printing why.
bool readStatuses(const QCommandLineParser &p, CaseFilter *f)
{
    for (const QString &s :
         p.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!Codes::isValid(Codes::Kind::Status, s)) {
            printErr(Cli::tr("Unknown value for --%1: %2").arg(QStringLiteral("status"), s));
            return false;
        }
        f->statuses << s;
    }
    return true;
}

int demo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("out"), Cli::tr("The data file to create (must not exist)."),
         QStringLiteral("FILE")},
        {QStringLiteral("cases"), Cli::tr("How many cases (default 200)."), QStringLiteral("N"),
         QStringLiteral("200")},
        {QStringLiteral("seed"),
         Cli::tr("Random seed; the same seed gives the same data (default 1)."),
         QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("regencies"), Cli::tr("Comma-separated regency codes (default 3311)."),
         QStringLiteral("CODES"), QStringLiteral("3311")},
        {QStringLiteral("today"), Cli::tr("The day the data ends on (default: today)."),
         QStringLiteral("DATE")},
        {QStringLiteral("quiet"), Cli::tr("No progress on standard error.")},
    });
    int exit = Ok;
    if (!parse(p, args, Cli::tr("Creates a data file filled with realistic synthetic cases."),
               QString(), 0, &exit))
        return exit;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printErr(Cli::tr("--out FILE is required."));
        return Usage;
    }
    if (QFileInfo::exists(out)) {
        printErr(
            Cli::tr("%1 exists already; the demo never writes into an existing file.").arg(out));
        return Usage;
    }
    DemoGenerator::Options o;
    o.encryptIdentities = true; // confidential identities stored encrypted from the start
    bool ok = false;
    o.cases = p.value(QStringLiteral("cases")).toInt(&ok);
    if (!ok || o.cases < 0 || o.cases > 10000000) {
        printErr(Cli::tr("--cases takes a number from 0 to 10000000."));
        return Usage;
    }
    o.seed = p.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        printErr(Cli::tr("--seed takes a whole number."));
        return Usage;
    }
    o.regencies.clear();
    for (const QString &code :
         p.value(QStringLiteral("regencies")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        o.regencies << Regions::normaliseRegencyCode(code);
    if (o.regencies.isEmpty() || o.regencies.contains(QString())) {
        printErr(Cli::tr("--regencies takes regency codes such as 3311,3312."));
        return Usage;
    }
    if (p.isSet(QStringLiteral("today")) && !parseDate(p.value(QStringLiteral("today")), &o.today))
        return Usage;

    auto db = openFile(out, Database::Mode::CreateIfMissing, false);
    if (!db)
        return Failed;
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(*db, o);
    QString error;
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    const bool done = generator.run(&error, [&](int n) {
        if (!quiet)
            QTextStream(stderr) << "\r" << Cli::tr("%1 of %2 cases").arg(n).arg(o.cases)
                                << Qt::flush;
        return true;
    });
    if (!quiet)
        printErr(QString());
    if (!done) {
        printErr(error);
        return Failed;
    }
    if (!generator.recoveryKey().isEmpty())
        printErr(Cli::tr("Recovery key of %1 (shown once; keep it in the office safe):\n%2")
                     .arg(out, generator.recoveryKey()));
    QJsonArray users;
    for (const User &u : UserRepository(*db).users())
        users.append(QJsonObject{{QStringLiteral("login"), u.login},
                                 {QStringLiteral("name"), u.fullName},
                                 {QStringLiteral("role"), Access::roleKey(u.role)}});
    printJson(QJsonObject{{QStringLiteral("file"), out},
                          {QStringLiteral("cases"), o.cases},
                          {QStringLiteral("seed"), qint64(o.seed)},
                          {QStringLiteral("users"), users},
                          {QStringLiteral("password"), QLatin1String(DemoGenerator::Password)},
                          {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
    return Ok;
}

bool readPackage(const QString &path, Package::Content *content);

QString notEncryptedNote(const QString &path)
{
    return Cli::tr("The confidential identities of %1 are not yet encrypted: they are at the "
                   "first sign-in of an administrator or coordinator in netra, or with netra-cli "
                   "keys %1 --convert.")
        .arg(path);
}

int check(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON (the only format).")});
    p.addOption({QStringLiteral("against"),
                 Cli::tr("Also say whether the change log was rewritten since this package or "
                         "backup was made."),
                 QStringLiteral("PACKAGE|BACKUP")});
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Checks a data file: schema version, SQLite integrity, the change log, "
                       "every record and schema object against the change log and Netra's "
                       "schema, and the rules every case must hold. Exit 0 only when all hold."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    const QString against = p.value(QStringLiteral("against"));
    // The other side is read before the data file is opened: a package whole and checked, a
    // backup as a data file, read-only.
    std::optional<ChangeLogChain::Head> otherHead;
    std::unique_ptr<Database> backup;
    QString otherLabel;
    if (!against.isEmpty()) {
        // A regular file only: a pipe or a device is refused, never waited on.
        const QString notRegular = InputFile::notRegular(against);
        QFile probe(against);
        if (!notRegular.isEmpty() || !probe.open(QIODevice::ReadOnly)) {
            printErr(notRegular.isEmpty()
                         ? Cli::tr("%1 cannot be read: %2").arg(against, probe.errorString())
                         : notRegular);
            return Failed;
        }
        const bool isPackage = probe.read(8) == "NETRAPKG";
        probe.close();
        if (isPackage) {
            otherLabel = Cli::tr("package");
            Package::Content content;
            if (!readPackage(against, &content))
                return Failed;
            if (content.logCount >= 0)
                otherHead = ChangeLogChain::Head{content.logCount, 0, content.logLastHash};
        } else {
            otherLabel = Cli::tr("backup");
            QString error;
            backup = Database::open(against, Database::Mode::ReadOnly, &error);
            if (!backup) {
                printErr(error);
                return Failed;
            }
            otherHead = TrailCheck::head(*backup);
            if (!otherHead && backup->schemaVersion() >= 7)
                otherHead = ChangeLogChain::Head{};
        }
    }
    auto db = openFile(p.positionalArguments().first(), Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    FileCheck::Result r = FileCheck::run(*db);
    QJsonObject out = r.toJson();
    bool ok = r.ok();
    if (!against.isEmpty()) {
        const TrailCheck::Lineage l = TrailCheck::compare(*db, otherHead, backup.get(), otherLabel);
        out.insert(QStringLiteral("against"), l.toJson());
        if (!l.ok) {
            ok = false;
            out.insert(QStringLiteral("ok"), false);
        }
        printErr(l.message());
    }
    for (const QString &problem : std::as_const(r.problems))
        printErr(problem);
    for (const QString &note : r.trail.notes())
        printErr(note);
    const bool encrypted = KeyStore(*db).hasFileKeys();
    out.insert(QStringLiteral("identities_encrypted"), encrypted);
    if (!encrypted)
        printErr(notEncryptedNote(db->path()));
    printJson(out);
    return ok ? Ok : Failed;
}

int stats(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(filterOptions());
    p.addOption({QStringLiteral("json"), Cli::tr("Print JSON (the only format).")});
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Counts cases by status, source, category, position, agency and regency, "
                       "with recommendations, follow-ups and the follow-up rate."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    CaseFilter filter;
    if (!readFilter(p, &filter))
        return Usage;
    auto db = openFile(p.positionalArguments().first(), Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    printJson(Stats::compute(*db, filter));
    return Ok;
}

QJsonObject caseJson(const Case &c, Database &db)
{
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
    QJsonArray deadlines;
    QJsonValue next;
    if (const ProcedureProfile *profile = ProfileRegistry::shipped().find(c.profileId)) {
        DeadlineCalculator calc(db.calendar());
        for (const DeadlineStatus &d : calc.evaluate(c, *profile, db.today())) {
            const QJsonObject o{{QStringLiteral("id"), d.id},
                                {QStringLiteral("start"), dateJson(d.start)},
                                {QStringLiteral("due"), dateJson(d.due)},
                                {QStringLiteral("met_on"), dateJson(d.metOn)},
                                {QStringLiteral("state"), DeadlineStatus::stateCode(d.state)},
                                {QStringLiteral("days_left"),
                                 d.isPending() ? QJsonValue(d.daysLeft) : QJsonValue()}};
            deadlines.append(o);
            if (d.isPending() &&
                (next.isNull() || d.due.toString(Qt::ISODate) <
                                      next.toObject().value(QStringLiteral("due")).toString()))
                next = o;
        }
    }
    const Regions::Region *regency = Regions::shipped().regency(c.regencyCode);
    QJsonArray elsewhere;
    for (const CaseRepository::ElsewhereReport &r : CaseRepository(db).reportedElsewhere(c))
        elsewhere.append(QJsonObject{{QStringLiteral("nip"), r.nip},
                                     {QStringLiteral("regency_code"), r.regencyCode},
                                     {QStringLiteral("number"), r.number}});
    return {
        {QStringLiteral("uuid"), c.uuid},
        {QStringLiteral("receipt_number"), c.receiptNumber},
        {QStringLiteral("registration_number"), c.registrationNumber},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("election"), c.election},
        {QStringLiteral("profile"), c.profileId},
        {QStringLiteral("regency_code"), c.regencyCode},
        {QStringLiteral("regency"), regency ? Regions::displayName(regency->name) : QString()},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("event_date"), dateJson(c.eventDate)},
        {QStringLiteral("known_date"), dateJson(c.knownDate)},
        {QStringLiteral("received_date"), dateJson(c.receivedDate)},
        {QStringLiteral("registered_date"), dateJson(c.registeredDate)},
        {QStringLiteral("decided_date"), dateJson(c.decidedDate)},
        {QStringLiteral("violation_category"), c.violationCategory},
        // A confidential reporter is never printed by the command line (Identity's rule).
        {QStringLiteral("reporter"), c.reporterConfidential ? Identity::hidden() : c.reporterName},
        {QStringLiteral("reporter_confidential"), c.reporterConfidential},
        {QStringLiteral("reported"), reported},
        {QStringLiteral("forwarded_to"), c.forwardedTo},
        {QStringLiteral("reported_elsewhere"), elsewhere},
        {QStringLiteral("deadlines"), deadlines},
        {QStringLiteral("next_deadline"), next},
    };
}

int cases(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(filterOptions());
    p.addOptions({
        {QStringLiteral("status"),
         Cli::tr("Only these statuses, comma-separated (diterima, diregistrasi, ...)."),
         QStringLiteral("LIST")},
        {QStringLiteral("source"), Cli::tr("laporan, temuan or informasi_awal."),
         QStringLiteral("SOURCE")},
        {QStringLiteral("category"), Cli::tr("Violation category code."), QStringLiteral("CODE")},
        {QStringLiteral("position"), Cli::tr("Position category code of a person reported."),
         QStringLiteral("CODE")},
        {QStringLiteral("deadline"), Cli::tr("late, due_today or due_soon."),
         QStringLiteral("STATE")},
        {QStringLiteral("search"),
         Cli::tr("Text in the number, names, NIP, agency or description."), QStringLiteral("TEXT")},
        {QStringLiteral("limit"), Cli::tr("At most this many cases."), QStringLiteral("N")},
        {QStringLiteral("today"), Cli::tr("Measure deadlines against this day (default: today)."),
         QStringLiteral("DATE")},
        {QStringLiteral("json"), Cli::tr("Print JSON (the only format).")},
    });
    int exit = Ok;
    if (!parse(p, args, Cli::tr("Lists cases with their computed deadlines and state."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    CaseFilter filter;
    if (!readFilter(p, &filter))
        return Usage;
    auto checked = [&](const char *option, Codes::Kind kind, QString *target) {
        const QString v = p.value(QLatin1String(option));
        if (v.isEmpty())
            return true;
        if (!Codes::isValid(kind, v)) {
            printErr(Cli::tr("Unknown value for --%1: %2").arg(QLatin1String(option), v));
            return false;
        }
        *target = v;
        return true;
    };
    if (!readStatuses(p, &filter))
        return Usage;
    if (!checked("source", Codes::Kind::Source, &filter.source) ||
        !checked("category", Codes::Kind::ViolationCategory, &filter.violationCategory) ||
        !checked("position", Codes::Kind::PositionCategory, &filter.positionCategory))
        return Usage;
    filter.deadlineState = p.value(QStringLiteral("deadline"));
    if (!filter.deadlineState.isEmpty() &&
        !QStringList{QStringLiteral("late"), QStringLiteral("due_today"),
                     QStringLiteral("due_soon")}
             .contains(filter.deadlineState)) {
        printErr(Cli::tr("Unknown value for --%1: %2")
                     .arg(QStringLiteral("deadline"), filter.deadlineState));
        return Usage;
    }
    filter.text = p.value(QStringLiteral("search"));
    int limit = -1;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0) {
            printErr(Cli::tr("--limit takes a whole number."));
            return Usage;
        }
    }
    QDate today;
    if (p.isSet(QStringLiteral("today")) && !parseDate(p.value(QStringLiteral("today")), &today))
        return Usage;
    auto db = openFile(p.positionalArguments().first(), Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    if (today.isValid())
        db->setToday(today);
    QJsonArray list;
    CaseRepository(*db).forEach(filter, [&](const Case &c) {
        if (limit >= 0 && list.size() >= limit)
            return false;
        list.append(caseJson(c, *db));
        return true;
    });
    printJson(list);
    return Ok;
}

int holidays(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("add"), Cli::tr("Add or change the day off on DATE (with --name)."),
         QStringLiteral("DATE")},
        {QStringLiteral("name"), Cli::tr("The name of the day off."), QStringLiteral("NAME")},
        {QStringLiteral("kind"), Cli::tr("libur_nasional, cuti_bersama or hari_pemilihan."),
         QStringLiteral("KIND"), QStringLiteral("libur_nasional")},
        {QStringLiteral("remove"), Cli::tr("Remove the day off on DATE."), QStringLiteral("DATE")},
        {QStringLiteral("year"), Cli::tr("List only this year."), QStringLiteral("YEAR")},
        {QStringLiteral("json"), Cli::tr("Print JSON (the only format).")},
    });
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Lists and edits the office's holiday calendar (national holidays, joint "
                       "leave, election days) used to count working days."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    const bool writes = p.isSet(QStringLiteral("add")) || p.isSet(QStringLiteral("remove"));
    auto db = openFile(p.positionalArguments().first(),
                       writes ? Database::Mode::OpenExisting : Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    HolidayRepository repo(*db);
    QString error;
    QDate date;
    if (p.isSet(QStringLiteral("add"))) {
        const QString kind = p.value(QStringLiteral("kind"));
        if (!parseDate(p.value(QStringLiteral("add")), &date))
            return Usage;
        if (!QStringList{QStringLiteral("libur_nasional"), QStringLiteral("cuti_bersama"),
                         QStringLiteral("hari_pemilihan")}
                 .contains(kind)) {
            printErr(Cli::tr("Unknown value for --%1: %2").arg(QStringLiteral("kind"), kind));
            return Usage;
        }
        if (!repo.setHoliday({date, p.value(QStringLiteral("name")), kind}, &error)) {
            printErr(error);
            return Failed;
        }
    }
    if (p.isSet(QStringLiteral("remove"))) {
        if (!parseDate(p.value(QStringLiteral("remove")), &date))
            return Usage;
        if (!repo.removeHoliday(date, &error)) {
            printErr(error);
            return Failed;
        }
    }
    QJsonArray list;
    const int year = p.value(QStringLiteral("year")).toInt();
    for (const Holiday &h : repo.holidays()) {
        if (year == 0 || h.date.year() == year)
            list.append(QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                    {QStringLiteral("name"), h.name},
                                    {QStringLiteral("kind"), h.kind}});
    }
    printJson(list);
    return Ok;
}

int settings(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("set"),
         Cli::tr("Change a setting: KEY=VALUE (may be repeated). Keys: %1. office_logo takes "
                 "an image file (PNG, JPEG, SVG), kept in the data file.")
             .arg(SettingsRepository::settingKeys().join(QLatin1String(", "))),
         QStringLiteral("KEY=VALUE")},
        {QStringLiteral("json"), Cli::tr("Print JSON (the only format).")},
    });
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Shows and changes the office's settings: its name and code, and the "
                       "patterns of receipt and registration numbers."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    static const QStringList keys = SettingsRepository::settingKeys();
    const QStringList changes = p.values(QStringLiteral("set"));
    for (const QString &change : changes) {
        if (!keys.contains(change.section(QLatin1Char('='), 0, 0)) ||
            !change.contains(QLatin1Char('='))) {
            printErr(Cli::tr("Unknown setting: %1").arg(change));
            return Usage;
        }
    }
    auto db = openFile(p.positionalArguments().first(),
                       changes.isEmpty() ? Database::Mode::ReadOnly : Database::Mode::OpenExisting);
    if (!db)
        return Failed;
    SettingsRepository repo(*db);
    if (!changes.isEmpty()) {
        Transaction t(*db);
        for (const QString &change : changes) {
            QString error;
            const QString key = change.section(QLatin1Char('='), 0, 0);
            QString value = change.section(QLatin1Char('='), 1);
            if (key == QLatin1String("office_logo") && !value.isEmpty()) {
                // The image is kept in the file, so the letterhead travels with it.
                QByteArray bytes;
                QString why;
                const InputFile::Result read =
                    InputFile::read(value, 10 * 1024 * 1024, &bytes, &why);
                if (read != InputFile::Result::Read) {
                    printErr(
                        read == InputFile::Result::TooLarge
                            ? Cli::tr("%1 is larger than 10 MiB: too large for a logo.").arg(value)
                            : why);
                    return Failed;
                }
                const QImage image = QImage::fromData(bytes);
                if (image.isNull()) {
                    printErr(
                        Cli::tr("%1 is not an image Netra can read (PNG, JPEG, SVG).").arg(value));
                    return Failed;
                }
                value = Letterhead::encodeLogo(image);
            }
            if (!repo.setSetting(key, value, &error)) {
                printErr(error);
                return Failed;
            }
        }
        if (!t.commit()) {
            printErr(db->lastError());
            return Failed;
        }
    }
    QJsonObject out;
    for (const QString &key : keys) {
        const QString value = repo.setting(key);
        // The logo is shown by its size, not its bytes.
        if (key == QLatin1String("office_logo") && value.startsWith(QLatin1String("data:"))) {
            const QImage logo = Letterhead::decodeLogo(value);
            out.insert(key, QStringLiteral("PNG %1x%2").arg(logo.width()).arg(logo.height()));
        } else {
            out.insert(key, value);
        }
    }
    printJson(out);
    return Ok;
}

int print(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
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
    });
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Prints the documents of a case to PDF: forms, letters, minutes, the "
                       "analysis and a summary."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    const QString number = p.value(QStringLiteral("case")).trimmed();
    const QString out = p.value(QStringLiteral("out"));
    const bool all = p.isSet(QStringLiteral("all"));
    if (number.isEmpty() || out.isEmpty()) {
        printErr(Cli::tr("--case NUMBER and --out are required."));
        return Usage;
    }
    if (all == p.isSet(QStringLiteral("document"))) {
        printErr(Cli::tr("Give either --document NAME or --all."));
        return Usage;
    }
    CaseDocuments::Kind kind = CaseDocuments::Kind::Summary;
    if (!all && !CaseDocuments::fromCode(p.value(QStringLiteral("document")), &kind)) {
        printErr(Cli::tr("Unknown document: %1 (one of %2)")
                     .arg(p.value(QStringLiteral("document")),
                          CaseDocuments::codes().join(QLatin1String(", "))));
        return Usage;
    }
    int person = 0;
    if (p.isSet(QStringLiteral("person"))) {
        bool ok = false;
        person = p.value(QStringLiteral("person")).toInt(&ok);
        if (!ok || person < 1 || all || !CaseDocuments::perPerson(kind)) {
            printErr(Cli::tr("--person takes a number from 1, with --document invitation, "
                             "invitation2 or minutes."));
            return Usage;
        }
    }
    const QString paper = p.value(QStringLiteral("paper")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("f4")) {
        printErr(Cli::tr("Unknown value for --%1: %2").arg(QStringLiteral("paper"), paper));
        return Usage;
    }
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("odt")) {
        printErr(Cli::tr("Unknown value for --%1: %2").arg(QStringLiteral("format"), format));
        return Usage;
    }
    const QString extension = QLatin1Char('.') + format;
    const bool issue = p.isSet(QStringLiteral("issue"));
    const QString lang = p.value(QStringLiteral("lang")).toLower();
    if (lang != QLatin1String("id") && lang != QLatin1String("en")) {
        printErr(Cli::tr("Unknown value for --%1: %2").arg(QStringLiteral("lang"), lang));
        return Usage;
    }
    // --all writes into a directory; a document into the file named, with the person's number
    // added to the name when it is one per person ("minutes.pdf": "minutes-1.pdf", ...).
    if (all && QFileInfo(out).exists() && !QFileInfo(out).isDir()) {
        printErr(Cli::tr("%1 is a file; with --all, --out is a directory.").arg(out));
        return Usage;
    }
    if (!all && QFileInfo(out).isDir()) {
        printErr(Cli::tr("%1 is a directory; --out must name the PDF to write.").arg(out));
        return Usage;
    }

    // Showing a confidential identity is logged, so that needs a file open for writing.
    const bool identities = p.isSet(QStringLiteral("with-identities"));
    auto db =
        openFile(p.positionalArguments().first(),
                 identities || issue ? Database::Mode::OpenExisting : Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    // Refused before anything is written, the logged reveal included.
    const QString refusal = OutputFile::refusal(
        all ? QDir(out).filePath(CaseDocuments::code(CaseDocuments::kinds().first()) + extension)
            : out);
    if (!refusal.isEmpty()) {
        printErr(refusal);
        return Failed;
    }
    CaseRepository repo(*db);
    std::optional<Case> c = repo.findByNumber(number);
    if (!c) {
        printErr(Cli::tr("No case with the number %1 in this file.").arg(number));
        return Failed;
    }
    if (identities && c->reporterConfidential) {
        QString error;
        c = repo.revealReporter(c->id, Cli::tr("netra-cli print %1").arg(number), &error);
        if (!c) {
            printErr(error);
            return Failed;
        }
    }
    QList<Hearing> hearings = HearingRepository(*db).hearings(c->id);
    if (identities && c->reporterConfidential) {
        QString error;
        const auto revealed = HearingRepository(*db).revealedHearings(c->id, &error);
        if (!revealed) {
            printErr(error);
            return Failed;
        }
        hearings = *revealed;
    }
    DocumentContext ctx = DocumentContext::fromFile(*db, *c);
    ctx.language = lang;
    ctx.showConfidential = identities;
    ctx.paper =
        paper == QLatin1String("f4") ? PrintedDocument::Paper::F4 : PrintedDocument::Paper::A4;

    // Every file is named and checked (never the data file, its journal, its backups or a link
    // to them: OutputFile) before the first one is written.
    struct Output
    {
        CaseDocuments::Kind kind;
        int index;
        QString path;
        PrintedDocument document;
    };
    QList<Output> outputs;
    const QList<CaseDocuments::Kind> kinds =
        all ? CaseDocuments::kinds() : QList<CaseDocuments::Kind>{kind};
    // Issuing first: the letters are then built with their numbers and dates from the book.
    if (issue) {
        QString error;
        for (const CaseDocuments::Kind k : kinds) {
            QList<PrintedDocument> docs = CaseDocuments::build(k, *c, hearings, ctx);
            for (int i = 0; i < docs.size(); ++i) {
                if ((person > 0 && i + 1 != person) || !docs[i].isLetter())
                    continue;
                if (!CaseDocuments::issue(*db, docs[i], &error)) {
                    printErr(error);
                    return Failed;
                }
            }
        }
        const DocumentContext fresh = DocumentContext::fromFile(*db, *c);
        ctx.issued = fresh.issued;
    }
    for (const CaseDocuments::Kind k : kinds) {
        const QList<PrintedDocument> docs = CaseDocuments::build(k, *c, hearings, ctx);
        if (!all && docs.isEmpty()) {
            printErr(Cli::tr("The case %1 has no document %2 at its stage (%3).")
                         .arg(number, CaseDocuments::code(k), c->status));
            return Failed;
        }
        if (person > docs.size()) {
            printErr(Cli::tr("The case %1 has %n person(s) for this document.", nullptr,
                             int(docs.size()))
                         .arg(number));
            return Failed;
        }
        for (int i = 0; i < docs.size(); ++i) {
            if (person > 0 && i + 1 != person)
                continue;
            const QString suffix = CaseDocuments::perPerson(k) && person == 0
                                       ? QStringLiteral("-%1").arg(i + 1)
                                       : QString();
            QString path = out;
            if (all) {
                path = QDir(out).filePath(CaseDocuments::code(k) + suffix + extension);
            } else if (!suffix.isEmpty()) {
                const QFileInfo file(out);
                path = file.dir().filePath(file.completeBaseName() + suffix + QLatin1Char('.') +
                                           (file.suffix().isEmpty() ? format : file.suffix()));
            }
            const QString why = OutputFile::refusal(path);
            if (!why.isEmpty()) {
                printErr(why);
                return Failed;
            }
            outputs.append(Output{k, i, path, docs.at(i)});
        }
    }
    if (all && !QDir().mkpath(out)) {
        printErr(Cli::tr("The directory %1 cannot be made.").arg(out));
        return Failed;
    }
    QJsonArray written;
    for (const Output &o : std::as_const(outputs)) {
        // Written to a temporary file, checked and renamed: a full disk leaves no PDF.
        QString error;
        const bool ok = format == QLatin1String("odt")
                            ? o.document.toOdt(o.path, ctx.paper, &error)
                            : o.document.toPdf(o.path, ctx.paper, &error);
        if (!ok) {
            printErr(error);
            return Failed;
        }
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
    printJson(written);
    return Ok;
}

int letters(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("year"), Cli::tr("Only the letters of this year."), QStringLiteral("YEAR")},
        {QStringLiteral("json"), Cli::tr("Print JSON (the only format).")},
    });
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Lists the outgoing letter book (agenda surat keluar): every letter issued "
                       "with its number, date, addressee, subject, case and who issued it."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    int year = 0;
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1900 || year > 9999) {
            printErr(Cli::tr("--year takes a year such as 2024."));
            return Usage;
        }
    }
    auto db = openFile(p.positionalArguments().first(), Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    QJsonArray list;
    for (const Letter &l : LetterBook(*db).list(year))
        list.append(QJsonObject{
            {QStringLiteral("number"), l.number},
            {QStringLiteral("sequence"), l.sequence > 0 ? QJsonValue(l.sequence) : QJsonValue()},
            {QStringLiteral("year"), l.year},
            {QStringLiteral("date"), dateJson(l.issuedOn)},
            {QStringLiteral("document"), l.kind},
            {QStringLiteral("addressee"), l.addressee},
            {QStringLiteral("subject"), l.subject},
            {QStringLiteral("case"), l.caseNumber},
            {QStringLiteral("signatory"), l.signatory},
            {QStringLiteral("issued_by"), l.issuedBy}});
    printJson(list);
    return Ok;
}

int importCsv(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("dry-run"),
         Cli::tr("Check the register and report what would be added; write nothing.")},
        {QStringLiteral("json"), Cli::tr("Print JSON (the only format).")},
    });
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Brings the cases of a CSV register into a data file, all in one "
                       "transaction. Rows with an error are reported and left out with the rest "
                       "of their case; cases already in the file are skipped. Exit 0 when the "
                       "register could be read, even with refused rows."),
               QStringLiteral("FILE ") + Cli::tr("the data file") +
                   QStringLiteral(", REGISTER.csv"),
               2, &exit))
        return exit;
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    auto db = openFile(p.positionalArguments().at(0),
                       dryRun ? Database::Mode::ReadOnly : Database::Mode::OpenExisting);
    if (!db)
        return Failed;
    RegisterImport::Options o;
    o.dryRun = dryRun;
    const RegisterImport::Summary summary =
        RegisterImport(*db).importFile(p.positionalArguments().at(1), o);
    printJson(summary.toJson());
    if (!summary.readable) {
        printErr(summary.error);
        return Failed;
    }
    return Ok;
}

int exportCsv(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(filterOptions());
    p.addOptions({
        {QStringLiteral("out"), Cli::tr("The CSV file to write."), QStringLiteral("FILE")},
        {QStringLiteral("with-identities"),
         Cli::tr("Write the names of confidential reporters (only for those allowed to see "
                 "them).")},
    });
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Writes the cases of a data file as a CSV register, one row per person "
                       "reported. Confidential reporters are written as [dirahasiakan]."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printErr(Cli::tr("--out FILE is required."));
        return Usage;
    }
    CaseFilter filter;
    if (!readFilter(p, &filter))
        return Usage;
    // Showing confidential identities is logged, so that needs a file open for writing.
    auto db = openFile(p.positionalArguments().first(), p.isSet(QStringLiteral("with-identities"))
                                                            ? Database::Mode::OpenExisting
                                                            : Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    int count = 0;
    QString error = OutputFile::refusal(out); // before anything is written or logged
    if (!error.isEmpty()) {
        printErr(error);
        return Failed;
    }
    if (!RegisterImport(*db).exportFile(out, filter, p.isSet(QStringLiteral("with-identities")),
                                        &count, &error)) {
        printErr(error);
        return Failed;
    }
    printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                          {QStringLiteral("cases"), count}});
    return Ok;
}

// Reads a package file with its size bounded; false after printing why.
bool readPackage(const QString &path, Package::Content *content)
{
    // Only a regular file, read up to the limit and no further (never /dev/zero or a pipe).
    QString reason;
    if (!Package::load(path, content, &reason)) {
        printErr(Cli::tr("The package %1 was refused: %2").arg(path, reason));
        return false;
    }
    return true;
}

int exportPackage(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(filterOptions());
    p.addOptions({
        {QStringLiteral("out"), Cli::tr("The package to write (.netrapkg)."),
         QStringLiteral("PACKAGE")},
        {QStringLiteral("status"),
         Cli::tr("Only these statuses, comma-separated (diterima, diregistrasi, ...)."),
         QStringLiteral("LIST")},
        {QStringLiteral("with-attachments"), Cli::tr("Include the attachments (evidence files).")},
        {QStringLiteral("with-identities"),
         Cli::tr("Include a confidential reporter's identity (only for those allowed to see "
                 "it); otherwise it is replaced by [dirahasiakan].")},
    });
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Exports cases, with everything that belongs to them, as a package for "
                       "another office or level."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printErr(Cli::tr("--out PACKAGE is required."));
        return Usage;
    }
    CaseFilter filter;
    if (!readFilter(p, &filter))
        return Usage;
    if (!readStatuses(p, &filter))
        return Usage;
    const QString path = p.positionalArguments().first();
    auto db =
        openFile(path, p.isSet(QStringLiteral("with-identities")) ? Database::Mode::OpenExisting
                                                                  : Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    Package::Content content;
    QString error = OutputFile::refusal(out); // before anything is written or logged
    if (!error.isEmpty()) {
        printErr(error);
        return Failed;
    }
    if (!PackageStore(*db).collect(filter, p.isSet(QStringLiteral("with-attachments")),
                                   p.isSet(QStringLiteral("with-identities")), &content, &error)) {
        printErr(error);
        return Failed;
    }
    const QByteArray bytes = Package::write(content);
    // Never over the data file, its journal, its backups or a link to them; whole or not at all.
    if (!OutputFile::save(out, bytes, &error)) {
        printErr(error);
        return Failed;
    }
    QJsonObject summary = Package::manifest(content);
    summary.insert(QStringLiteral("file"), QFileInfo(out).absoluteFilePath());
    summary.insert(QStringLiteral("bytes"), bytes.size());
    summary.insert(
        QStringLiteral("sha256"),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    printJson(summary);
    return Ok;
}

int importPackage(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("dry-run"),
         Cli::tr("Only show what would be added, updated and in conflict; write nothing.")},
        {QStringLiteral("conflicts"),
         Cli::tr("Settle every record changed on both sides: keep-mine or take-theirs (by "
                 "default they are listed and not written)."),
         QStringLiteral("HOW")},
    });
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Merges a package into a data file by record UUID, in one transaction."),
               QStringLiteral("FILE ") + Cli::tr("the data file") + QStringLiteral(" PACKAGE"), 2,
               &exit))
        return exit;
    Settlement settle = Settlement::Ask;
    const QString how = p.value(QStringLiteral("conflicts"));
    if (how == QLatin1String("keep-mine"))
        settle = Settlement::KeepMine;
    else if (how == QLatin1String("take-theirs"))
        settle = Settlement::TakeTheirs;
    else if (!how.isEmpty()) {
        printErr(Cli::tr("Unknown value for --%1: %2").arg(QStringLiteral("conflicts"), how));
        return Usage;
    }
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    // The package is read and checked whole before the data file is even opened.
    Package::Content content;
    if (!readPackage(p.positionalArguments().at(1), &content))
        return Failed;
    auto db = openFile(p.positionalArguments().at(0),
                       dryRun ? Database::Mode::ReadOnly : Database::Mode::OpenExisting);
    if (!db)
        return Failed;
    PackageStore store(*db);
    ImportPlan plan;
    QString reason;
    const bool ok = dryRun ? store.preview(content, &plan, &reason)
                           : store.apply(content, settle, {}, &plan, &reason);
    if (!ok) {
        printErr(Cli::tr("The package was refused: %1").arg(reason));
        return Failed;
    }
    QJsonObject summary = plan.toJson();
    summary.insert(QStringLiteral("dry_run"), dryRun);
    summary.insert(QStringLiteral("package"), Package::manifest(content));
    printJson(summary);
    return Ok;
}

QJsonObject userJson(const User &u)
{
    return {{QStringLiteral("login"), u.login},
            {QStringLiteral("name"), u.fullName},
            {QStringLiteral("role"), Access::roleKey(u.role)},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("last_login"),
             u.lastLogin.isValid() ? QJsonValue(u.lastLogin.toString(Qt::ISODate)) : QJsonValue()}};
}

// A new password from NETRA_NEW_PASSWORD, else typed twice at the terminal.
bool readNewPassword(QString *password)
{
    if (!readPassword("NETRA_NEW_PASSWORD", Cli::tr("New password: "), password))
        return false;
    if (qEnvironmentVariableIsSet("NETRA_NEW_PASSWORD"))
        return true;
    QString again;
    if (!readPassword("NETRA_NEW_PASSWORD", Cli::tr("The new password again: "), &again))
        return false;
    if (again != *password) {
        printErr(Cli::tr("The two passwords differ."));
        return false;
    }
    return true;
}

int users(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("add"),
         Cli::tr("Add the user LOGIN (with --name and --role); the password is read from "
                 "NETRA_NEW_PASSWORD or asked for. The first user of a file is its "
                 "administrator and needs no sign-in."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("change"), Cli::tr("Change the user LOGIN: --name, --role, --active."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("password"),
         Cli::tr("Set a new password for LOGIN (from NETRA_NEW_PASSWORD or asked for)."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("name"), Cli::tr("The user's full name."), QStringLiteral("NAME")},
        {QStringLiteral("role"), Cli::tr("administrator, coordinator, officer, clerk or viewer."),
         QStringLiteral("ROLE")},
        {QStringLiteral("active"), Cli::tr("yes: may sign in; no: may not."),
         QStringLiteral("yes|no")},
        {QStringLiteral("json"), Cli::tr("Print JSON (the only format).")},
    });
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Lists and manages the users of a data file (an administrator's task)."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    const QString add = p.value(QStringLiteral("add"));
    const QString change = p.value(QStringLiteral("change"));
    const QString password = p.value(QStringLiteral("password"));
    if (int(!add.isEmpty()) + int(!change.isEmpty()) + int(!password.isEmpty()) > 1) {
        printErr(Cli::tr("Give one of --add, --change and --password."));
        return Usage;
    }
    Role role = Role::Viewer;
    if (p.isSet(QStringLiteral("role")) &&
        !Access::roleFromKey(p.value(QStringLiteral("role")), &role)) {
        printErr(Cli::tr("Unknown value for --%1: %2")
                     .arg(QStringLiteral("role"), p.value(QStringLiteral("role"))));
        return Usage;
    }
    const QString active = p.value(QStringLiteral("active")).toLower();
    if (p.isSet(QStringLiteral("active")) && active != QLatin1String("yes") &&
        active != QLatin1String("no")) {
        printErr(Cli::tr("Unknown value for --%1: %2").arg(QStringLiteral("active"), active));
        return Usage;
    }
    if (!add.isEmpty() && (!p.isSet(QStringLiteral("name")) || !p.isSet(QStringLiteral("role")))) {
        printErr(Cli::tr("--add needs --name and --role."));
        return Usage;
    }

    const QString path = p.positionalArguments().first();
    const bool writing = !add.isEmpty() || !change.isEmpty() || !password.isEmpty();
    const Database::Mode mode = writing ? Database::Mode::OpenExisting : Database::Mode::ReadOnly;
    QString error;
    std::unique_ptr<Database> db = Database::open(path, mode, &error);
    if (!db) {
        printErr(error);
        return Failed;
    }
    // The first user, the administrator, is made without signing in; every other use needs it.
    const bool first = !UserRepository(*db).hasUsers();
    if (first && add.isEmpty()) {
        printErr(noUsersMessage(path));
        return Failed;
    }
    if (!first && !signIn(*db))
        return Failed;
    UserRepository repo(*db);
    const bool self = !password.isEmpty() && db->user() &&
                      db->user()->login.compare(password, Qt::CaseInsensitive) == 0;
    if (!first && !self && !Access::may(db->user()->role, Action::ManageUsers)) {
        printErr(Access::refusal(db->user()->role, Action::ManageUsers));
        return Failed;
    }
    if (!add.isEmpty()) {
        User u;
        u.login = add;
        u.fullName = p.value(QStringLiteral("name"));
        u.role = role;
        u.active = active != QLatin1String("no");
        QString secret;
        if (!readNewPassword(&secret))
            return Failed;
        if (!repo.create(u, secret, &error)) {
            printErr(error);
            return Failed;
        }
    } else if (!change.isEmpty() || !password.isEmpty()) {
        const std::optional<User> found = repo.find(change.isEmpty() ? password : change);
        if (!found) {
            printErr(Cli::tr("No user %1 in this file.").arg(change.isEmpty() ? password : change));
            return Failed;
        }
        User u = *found;
        if (p.isSet(QStringLiteral("name")))
            u.fullName = p.value(QStringLiteral("name"));
        if (p.isSet(QStringLiteral("role")))
            u.role = role;
        if (p.isSet(QStringLiteral("active")))
            u.active = active == QLatin1String("yes");
        QString secret;
        const bool ok = change.isEmpty()
                            ? readNewPassword(&secret) && repo.setPassword(u.id, secret, &error)
                            : repo.update(u, &error);
        if (!ok) {
            if (!error.isEmpty())
                printErr(error);
            return Failed;
        }
    }
    QJsonArray list;
    for (const User &u : repo.users())
        list.append(userJson(u));
    printJson(list);
    return Ok;
}
QJsonObject backupJson(const Backup::Entry &e)
{
    return QJsonObject{{QStringLiteral("path"), e.path},
                       {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("size"), e.size},
                       {QStringLiteral("cases"), e.cases < 0 ? QJsonValue() : QJsonValue(e.cases)}};
}

int backup(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("to"),
         Cli::tr("The backup folder (default: FILE's name with -backups, beside it)."),
         QStringLiteral("DIR")},
        {QStringLiteral("keep"),
         Cli::tr("How many backups to keep, %1 to %2 (default: the file's setting backup_keep).")
             .arg(Backup::MinKeep)
             .arg(Backup::MaxKeep),
         QStringLiteral("N")},
    });
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Makes a backup of a data file (a consistent copy, also while it is in "
                       "use) and deletes the oldest backups beyond the number kept."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    int keep = 0;
    if (p.isSet(QStringLiteral("keep")) &&
        !Backup::parseKeep(p.value(QStringLiteral("keep")), &keep)) {
        printErr(Cli::tr("--keep takes a number from %1 to %2.")
                     .arg(Backup::MinKeep)
                     .arg(Backup::MaxKeep));
        return Usage;
    }
    const QString file = p.positionalArguments().first();
    QString error;
    {
        // The file is checked (a Netra file, not damaged) before it is copied, and the user's
        // role: nothing is written, nothing deleted on a refusal.
        auto db = openFile(file, Database::Mode::ReadOnly);
        if (!db)
            return Failed;
        if (!db->permits(Action::MakeBackup, &error)) {
            printErr(error);
            return Failed;
        }
    }
    Backup::Result result;
    if (!Backup::make(file, p.value(QStringLiteral("to")), keep, &result, &error)) {
        printErr(error);
        return Failed;
    }
    printJson(QJsonObject{{QStringLiteral("file"), file},
                          {QStringLiteral("backup"), result.path},
                          {QStringLiteral("size"), QFileInfo(result.path).size()},
                          {QStringLiteral("keep"), result.keep},
                          {QStringLiteral("removed"), QJsonArray::fromStringList(result.removed)}});
    return Ok;
}

int backups(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("in"),
                 Cli::tr("The backup folder (default: FILE's name with -backups, beside it)."),
                 QStringLiteral("DIR")});
    int exit = Ok;
    if (!parse(p, args, Cli::tr("Lists the backups of a data file, newest first."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    const QString file = p.positionalArguments().first();
    // Signed in to a file that opens; the backups of one that does not are what is needed.
    {
        QString error;
        auto db = Database::open(file, Database::Mode::ReadOnly, &error);
        if (db && !signIn(*db))
            return Failed;
    }
    QJsonArray list;
    for (const Backup::Entry &e : Backup::list(file, p.value(QStringLiteral("in"))))
        list.append(backupJson(e));
    printJson(list);
    return Ok;
}

int restore(const QStringList &args)
{
    QCommandLineParser p;
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Puts a backup in the place of a data file, after checking it; the current "
                       "file is kept beside it as NAME.before-restore-TIME.netra."),
               QStringLiteral("FILE ") + Cli::tr("the data file") + QStringLiteral(" BACKUP"), 2,
               &exit))
        return exit;
    const QString file = p.positionalArguments().at(0);
    const QString from = p.positionalArguments().at(1);
    // A bad backup is refused before the data file is even opened.
    const QString problem = Backup::inspect(from);
    if (!problem.isEmpty()) {
        printErr(Cli::tr("The backup %1 cannot be restored: %2").arg(from, problem));
        return Failed;
    }
    // Only an administrator restores; a file that cannot be opened any more has nobody to ask.
    if (QFileInfo::exists(file)) {
        QString error;
        auto db = Database::open(file, Database::Mode::OpenExisting, &error);
        if (db && !signIn(*db))
            return Failed;
        if (db && !db->allows(Action::RestoreBackup)) {
            printErr(db->refusal(Action::RestoreBackup));
            return Failed;
        }
    }
    QString keptAs;
    QString error;
    if (!Backup::restore(file, from, &keptAs, &error)) {
        printErr(error);
        return Failed;
    }
    // The restored file has its own users: its cases are counted without signing in again.
    auto db = openFile(file, Database::Mode::ReadOnly, false);
    printJson(QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("restored_from"), from},
        {QStringLiteral("previous_file"), keptAs.isEmpty() ? QJsonValue() : QJsonValue(keptAs)},
        {QStringLiteral("cases"),
         db ? QJsonValue(CaseRepository(*db).count(CaseFilter())) : QJsonValue()}});
    return db ? Ok : Failed;
}

// netra-cli init: an empty data file with its first administrator, as the window's first start
// makes it. The password from NETRA_PASSWORD, else typed twice at the terminal.
int init(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("admin"), Cli::tr("The login of the first administrator."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("name"), Cli::tr("The administrator's full name."), QStringLiteral("NAME")},
    });
    int exit = Ok;
    if (!parse(p, args,
               Cli::tr("Creates an empty data file with its first administrator; the password "
                       "is read from NETRA_PASSWORD or asked for."),
               QStringLiteral("FILE ") + Cli::tr("the data file to create (must not exist)"), 1,
               &exit))
        return exit;
    const QString path = p.positionalArguments().first();
    User admin;
    admin.login = p.value(QStringLiteral("admin")).trimmed();
    admin.fullName = p.value(QStringLiteral("name")).trimmed();
    admin.role = Role::Administrator;
    admin.active = true;
    if (admin.login.isEmpty() || admin.fullName.isEmpty()) {
        printErr(Cli::tr("init needs --admin LOGIN and --name NAME."));
        return Usage;
    }
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        printErr(Cli::tr("%1 exists already; init never writes into an existing file.").arg(path));
        return Failed;
    }
    QString password;
    if (!readPassword("NETRA_PASSWORD", Cli::tr("Password for %1: ").arg(admin.login), &password))
        return Failed;
    if (!qEnvironmentVariableIsSet("NETRA_PASSWORD")) {
        QString again;
        if (!readPassword("NETRA_PASSWORD", Cli::tr("The password again: "), &again))
            return Failed;
        if (again != password) {
            printErr(Cli::tr("The two passwords differ."));
            return Failed;
        }
    }
    if (const QString problem = UserRepository::passwordProblem(admin.login, password);
        !problem.isEmpty()) {
        printErr(problem);
        return Failed;
    }
    QString error;
    bool made = false;
    {
        auto db = openFile(path, Database::Mode::CreateIfMissing, false);
        made = db && UserRepository(*db).create(admin, password, &error);
    }
    if (!made) {
        if (!error.isEmpty())
            printErr(error);
        // Nothing half-made is left behind.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return Failed;
    }
    printJson(QJsonObject{{QStringLiteral("file"), path},
                          {QStringLiteral("administrator"), userJson(admin)}});
    return Ok;
}

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

// Prints a recovery key once, on standard error, for the office safe.
void printRecoveryKey(const QString &path, const QString &key)
{
    printErr(Cli::tr("Recovery key of %1 (shown once; write it down or print it and keep it in "
                     "the office safe; it opens the identities when no coordinator can):\n%2")
                 .arg(path, key));
}

// `keys FILE`: the keys to the confidential identities (README "How identities are
// protected"). One family of options: the status (default), encrypting a file of an earlier
// version, giving a coordinator the key with the recovery key, a new recovery key.
int keys(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("status"), Cli::tr("Who holds the key and who waits for it (default).")},
        {QStringLiteral("convert"),
         Cli::tr("Encrypt the confidential identities of a file made by an earlier version "
                 "(an administrator or a coordinator); prints the recovery key once.")},
        {QStringLiteral("grant"),
         Cli::tr("Give the coordinator LOGIN the key, with the recovery key (when no coordinator "
                 "who holds it is left)."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("recovery-key-file"),
         Cli::tr("The file holding the recovery key, for --grant."), QStringLiteral("FILE")},
        {QStringLiteral("new-recovery-key"),
         Cli::tr("Make a new recovery key (a coordinator who holds the key); the old one stops "
                 "working.")},
    });
    int exit = Ok;
    if (!parse(p, args, Cli::tr("The keys to the confidential identities of a data file."),
               QStringLiteral("FILE ") + Cli::tr("the data file"), 1, &exit))
        return exit;
    const bool convert = p.isSet(QStringLiteral("convert"));
    const bool grant = p.isSet(QStringLiteral("grant"));
    const bool renew = p.isSet(QStringLiteral("new-recovery-key"));
    if (int(convert) + int(grant) + int(renew) > 1) {
        printErr(Cli::tr("Give one of --convert, --grant and --new-recovery-key."));
        return Usage;
    }
    QString recoveryText;
    if (grant) {
        const QString file = p.value(QStringLiteral("recovery-key-file"));
        if (file.isEmpty()) {
            printErr(Cli::tr("--grant needs --recovery-key-file FILE."));
            return Usage;
        }
        QByteArray data;
        QString error;
        if (InputFile::read(file, 4096, &data, &error) != InputFile::Result::Read) {
            printErr(error.isEmpty() ? Cli::tr("%1 is not a recovery key.").arg(file) : error);
            return Failed;
        }
        recoveryText = QString::fromUtf8(data).trimmed();
    }
    const bool writes = convert || grant || renew;
    const QString path = p.positionalArguments().first();
    QString error;
    auto db = Database::open(path, writes ? Database::Mode::OpenExisting : Database::Mode::ReadOnly,
                             &error);
    if (!db) {
        printErr(error);
        return Failed;
    }
    if (!signIn(*db,
                writes ? UserRepository::Record::Now : UserRepository::Record::WithFirstChange))
        return Failed;
    KeyStore store(*db);
    const Role role = db->user()->role;
    if (writes && role != Role::Administrator && role != Role::Coordinator) {
        printErr(Cli::tr("Only an administrator or a coordinator manages the keys to the "
                         "identities."));
        return Failed;
    }
    QString recoveryKey;
    bool ok = true;
    if (convert)
        ok = store.convert(&recoveryKey, &error);
    else if (grant)
        ok = store.grantWithRecoveryKey(p.value(QStringLiteral("grant")), recoveryText, &error);
    else if (renew)
        ok = store.newRecoveryKey(&recoveryKey, &error);
    if (!ok) {
        printErr(error);
        return Failed;
    }
    if (!recoveryKey.isEmpty())
        printRecoveryKey(path, recoveryKey);
    const KeyStore::Status st = store.status();
    if (!st.encrypted)
        printErr(notEncryptedNote(path));
    printJson(st.toJson());
    return Ok;
}

const Command commands[] = {
    {"init", QT_TRANSLATE_NOOP("Cli", "create an empty data file with its administrator"), init},
    {"demo", QT_TRANSLATE_NOOP("Cli", "create a data file of synthetic cases"), demo},
    {"check", QT_TRANSLATE_NOOP("Cli", "check a data file's integrity and rules"), check},
    {"stats", QT_TRANSLATE_NOOP("Cli", "counts and the follow-up rate, as JSON"), stats},
    {"cases", QT_TRANSLATE_NOOP("Cli", "cases with their deadlines, as JSON"), cases},
    {"holidays", QT_TRANSLATE_NOOP("Cli", "list or edit the holiday calendar"), holidays},
    {"settings", QT_TRANSLATE_NOOP("Cli", "show or change the office's settings"), settings},
    {"print", QT_TRANSLATE_NOOP("Cli", "print a case's documents to PDF or ODT"), print},
    {"letters", QT_TRANSLATE_NOOP("Cli", "the outgoing letter book, as JSON"), letters},
    {"import-csv", QT_TRANSLATE_NOOP("Cli", "bring in the cases of a CSV register"), importCsv},
    {"export-csv", QT_TRANSLATE_NOOP("Cli", "write the cases as a CSV register"), exportCsv},
    {"export", QT_TRANSLATE_NOOP("Cli", "export cases as a package for another office"),
     exportPackage},
    {"import", QT_TRANSLATE_NOOP("Cli", "merge a package into a data file"), importPackage},
    {"backup", QT_TRANSLATE_NOOP("Cli", "make a backup of a data file"), backup},
    {"backups", QT_TRANSLATE_NOOP("Cli", "list a data file's backups"), backups},
    {"restore", QT_TRANSLATE_NOOP("Cli", "put a backup in the place of a data file"), restore},
    {"users", QT_TRANSLATE_NOOP("Cli", "list and manage the users of a data file"), users},
    {"keys", QT_TRANSLATE_NOOP("Cli", "the keys to the confidential identities"), keys},
};

void usage()
{
    QTextStream out(stdout);
    out << Cli::tr("Usage: netra-cli COMMAND [options]; netra-cli COMMAND --help for its options.")
        << "\n\n"
        << Cli::tr("Commands:") << "\n";
    for (const Command &c : commands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(12)
            << QCoreApplication::translate("Cli", c.summary) << "\n";
    out << "\n"
        << Cli::tr("Set NETRA_LANG=en for English messages (Indonesian by default).") << "\n"
        << Cli::tr("Every command but init and demo signs in: --user LOGIN (or NETRA_USER), "
                   "with the password in NETRA_PASSWORD or typed when asked.")
        << "\n";
}

} // namespace

int main(int argc, char *argv[])
{
    // Printing lays text out with fonts, which needs a QGuiApplication; offscreen unless told
    // otherwise, so that it runs without a display.
    const bool printing = argc > 1 && qstrcmp(argv[1], "print") == 0;
    if (printing && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (printing)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("netra-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETRA_VERSION));
    Translator::install(Translator::pick(QString::fromLocal8Bit(qgetenv("NETRA_LANG"))));

    QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") ||
        args.at(1) == QLatin1String("-h")) {
        usage();
        return args.size() < 2 ? Usage : Ok;
    }
    if (args.at(1) == QLatin1String("--version")) {
        QTextStream(stdout) << "netra-cli " << NETRA_VERSION << Qt::endl;
        return Ok;
    }
    const QString name = args.at(1);
    args.removeAt(1);
    // --user LOGIN (or --user=LOGIN) signs in whatever the command.
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--user") && i + 1 < args.size()) {
            signInLogin = args.takeAt(i + 1);
            args.removeAt(i--);
        } else if (args.at(i).startsWith(QLatin1String("--user="))) {
            signInLogin = args.takeAt(i--).mid(7);
        }
    }
    for (const Command &c : commands) {
        if (name == QLatin1String(c.name))
            return c.run(args);
    }
    printErr(Cli::tr("Unknown command: %1").arg(name));
    usage();
    return Usage;
}
