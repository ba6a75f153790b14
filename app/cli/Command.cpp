#include "cli/Command.h"

QString Command::dataFile()
{
    return QStringLiteral("FILE ") + Cli::tr("the data file");
}

int Command::run(Context &ctx, const QStringList &args) const
{
    QCommandLineParser p;
    p.addOptions(options);
    p.setApplicationDescription(description);
    p.addHelpOption();
    if (!arguments.isEmpty())
        p.addPositionalArgument(arguments.section(QLatin1Char(' '), 0, 0),
                                arguments.section(QLatin1Char(' '), 1));
    if (!p.parse(args)) {
        ctx.printErr(p.errorText());
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out() << p.helpText() << Qt::flush;
        return Ok;
    }
    if (p.positionalArguments().size() != argumentCount) {
        ctx.printErr(Cli::tr("Wrong number of arguments. See --help."));
        return Usage;
    }
    return execute(ctx, p);
}
