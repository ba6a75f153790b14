#include "cli/Command.h"

QString Command::summary() const
{
    return QCoreApplication::translate("Cli", m_summary);
}

QString Command::dataFile()
{
    return QStringLiteral("FILE ") + Cli::tr("the data file");
}

QString Command::arguments() const
{
    return dataFile();
}

int Command::run(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(options());
    p.setApplicationDescription(description());
    p.addHelpOption();
    const QString positional = arguments();
    if (!positional.isEmpty())
        p.addPositionalArgument(positional.section(QLatin1Char(' '), 0, 0),
                                positional.section(QLatin1Char(' '), 1));
    if (!p.parse(args)) {
        ctx.printErr(p.errorText());
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out() << p.helpText() << Qt::flush;
        return Ok;
    }
    if (p.positionalArguments().size() != argumentCount()) {
        ctx.printErr(Cli::tr("Wrong number of arguments. See --help."));
        return Usage;
    }
    return execute(ctx, p);
}
