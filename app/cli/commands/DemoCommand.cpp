// demo: a data file of synthetic cases.
#include "cli/Options.h"
#include "cli/commands/Commands.h"

#include "demo/DemoGenerator.h"
#include "domain/Regions.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

DemoCommand::DemoCommand()
{
    name = QStringLiteral("demo");
    summary = Cli::tr("create a data file of synthetic cases");
    description = Cli::tr("Creates a data file filled with realistic synthetic cases.");
    options = {
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
    };
    argumentCount = 0;
    arguments.clear();
}

int DemoCommand::execute(Context &ctx, const QCommandLineParser &p) const
{
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        ctx.printErr(Cli::tr("--out FILE is required."));
        return Usage;
    }
    QString why;
    if (Database::isServerLocation(out) ? bool(Database::open(out, Database::Mode::ReadOnly, &why))
                                        : QFileInfo::exists(out)) {
        ctx.printErr(
            Cli::tr("%1 exists already; the demo never writes into an existing file.").arg(out));
        return Usage;
    }
    DemoGenerator::Options o;
    o.encryptIdentities = true; // confidential identities stored encrypted from the start
    bool ok = false;
    o.cases = p.value(QStringLiteral("cases")).toInt(&ok);
    if (!ok || o.cases < 0 || o.cases > 10000000) {
        ctx.printErr(Cli::tr("--cases takes a number from 0 to 10000000."));
        return Usage;
    }
    o.seed = p.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        ctx.printErr(Cli::tr("--seed takes a whole number."));
        return Usage;
    }
    o.regencies.clear();
    for (const QString &code :
         p.value(QStringLiteral("regencies")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        o.regencies << Regions::normaliseRegencyCode(code);
    if (o.regencies.isEmpty() || o.regencies.contains(QString())) {
        ctx.printErr(Cli::tr("--regencies takes regency codes such as 3311,3312."));
        return Usage;
    }
    if (p.isSet(QStringLiteral("today")) &&
        !Options::parseDate(ctx, p.value(QStringLiteral("today")), &o.today))
        return Usage;

    Database *db = ctx.open(out, Database::Mode::CreateIfMissing, Context::SignIn::Never);
    if (!db)
        return Failed;
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(*db, o);
    QString error;
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    const bool done = generator.run(&error, [&](int n) {
        if (!quiet)
            ctx.err() << "\r" << Cli::tr("%1 of %2 cases").arg(n).arg(o.cases) << Qt::flush;
        return true;
    });
    if (!quiet)
        ctx.printErr(QString());
    if (!done) {
        ctx.printErr(error);
        return Failed;
    }
    if (!generator.recoveryKey().isEmpty())
        ctx.printErr(Cli::tr("Recovery key of %1 (shown once; keep it in the office safe):\n%2")
                         .arg(out, generator.recoveryKey()));
    QJsonArray users;
    for (const User &u : UserRepository(*db).users())
        users.append(QJsonObject{{QStringLiteral("login"), u.login},
                                 {QStringLiteral("name"), u.fullName},
                                 {QStringLiteral("role"), Access::roleKey(u.role)}});
    ctx.printJson(QJsonObject{{QStringLiteral("file"), out},
                              {QStringLiteral("cases"), o.cases},
                              {QStringLiteral("seed"), qint64(o.seed)},
                              {QStringLiteral("users"), users},
                              {QStringLiteral("password"), QLatin1String(DemoGenerator::Password)},
                              {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
    return Ok;
}
