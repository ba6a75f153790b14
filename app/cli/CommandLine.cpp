#include "cli/CommandLine.h"

#include "cli/commands/Commands.h"

namespace CommandLine {

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<InitCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<CheckCommand>());
    list.push_back(std::make_unique<StatsCommand>());
    list.push_back(std::make_unique<CasesCommand>());
    list.push_back(std::make_unique<HolidaysCommand>());
    list.push_back(std::make_unique<SettingsCommand>());
    list.push_back(std::make_unique<PrintCommand>());
    list.push_back(std::make_unique<LettersCommand>());
    list.push_back(std::make_unique<ActivitiesCommand>());
    list.push_back(std::make_unique<LeadsCommand>());
    list.push_back(std::make_unique<LeadAddCommand>());
    list.push_back(std::make_unique<LeadTraceCommand>());
    list.push_back(std::make_unique<LeadCloseCommand>());
    list.push_back(std::make_unique<LeadFindingCommand>());
    list.push_back(std::make_unique<PpkCommand>());
    list.push_back(std::make_unique<RecordCommand>());
    list.push_back(std::make_unique<ReportCommand>());
    list.push_back(std::make_unique<ImportCsvCommand>());
    list.push_back(std::make_unique<ExportCsvCommand>());
    list.push_back(std::make_unique<ExportXlsxCommand>());
    list.push_back(std::make_unique<RecapCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<BackupCommand>());
    list.push_back(std::make_unique<BackupsCommand>());
    list.push_back(std::make_unique<RestoreCommand>());
    list.push_back(std::make_unique<CopyCommand>());
    list.push_back(std::make_unique<UsersCommand>());
    list.push_back(std::make_unique<KeysCommand>());
    return list;
}

void usage(Context &ctx)
{
    QTextStream &out = ctx.out();
    out << Cli::tr("Usage: netra-cli COMMAND [options]; netra-cli COMMAND --help for its options.")
        << "\n\n"
        << Cli::tr("Commands:") << "\n";
    for (const auto &c : commands())
        out << "  " << c->name.leftJustified(12) << c->summary << "\n";
    out << "\n"
        << Cli::tr("Set NETRA_LANG=en for English messages (Indonesian by default).") << "\n"
        << Cli::tr("Every command but init and demo signs in: --user LOGIN (or NETRA_USER), "
                   "with the password in NETRA_PASSWORD or typed when asked.")
        << "\n"
        << Qt::flush;
}

int run(Context &ctx, QStringList args)
{
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") ||
        args.at(1) == QLatin1String("-h")) {
        usage(ctx);
        return args.size() < 2 ? Usage : Ok;
    }
    if (args.at(1) == QLatin1String("--version")) {
        ctx.out() << "netra-cli " << NETRA_VERSION << Qt::endl;
        return Ok;
    }
    const QString name = args.at(1);
    args.removeAt(1);
    // --user LOGIN (or --user=LOGIN) signs in whatever the command.
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--user") && i + 1 < args.size()) {
            ctx.login = args.takeAt(i + 1);
            args.removeAt(i--);
        } else if (args.at(i).startsWith(QLatin1String("--user="))) {
            ctx.login = args.takeAt(i--).mid(7);
        }
    }
    for (const auto &command : commands()) {
        if (command->name == name)
            return command->run(ctx, args);
    }
    ctx.printErr(Cli::tr("Unknown command: %1").arg(name));
    usage(ctx);
    return Usage;
}

} // namespace CommandLine
