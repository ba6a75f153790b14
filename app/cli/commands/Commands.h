#pragma once

#include "cli/Command.h"

// Declares the command `Class`: its constructor fills in what Command holds (name, summary,
// description, options, arguments) and execute() does the work. Every command has that shape
// and no other member, so one line declares each.
#define NETRA_CLI_COMMAND(Class)                                                                   \
    class Class : public Command                                                                   \
    {                                                                                              \
    public:                                                                                        \
        Class();                                                                                   \
                                                                                                   \
    protected:                                                                                     \
        int execute(Context &ctx, const QCommandLineParser &p) const override;                     \
    }

// AccountCommands.cpp: a new office's file and its first administrator, the users of a file,
// the keys to the confidential identities.
NETRA_CLI_COMMAND(InitCommand);
NETRA_CLI_COMMAND(UsersCommand);
NETRA_CLI_COMMAND(KeysCommand);
// DemoCommand.cpp: a data file of synthetic cases.
NETRA_CLI_COMMAND(DemoCommand);
// CheckCommand.cpp: integrity, the change log, the rules.
NETRA_CLI_COMMAND(CheckCommand);
// CaseCommands.cpp: figures and lists of cases.
NETRA_CLI_COMMAND(StatsCommand);
NETRA_CLI_COMMAND(CasesCommand);
// SettingsCommands.cpp: the office's holiday calendar and settings.
NETRA_CLI_COMMAND(HolidaysCommand);
NETRA_CLI_COMMAND(SettingsCommand);
// DocumentCommands.cpp: printed documents and the letter book.
NETRA_CLI_COMMAND(PrintCommand);
NETRA_CLI_COMMAND(LettersCommand);
// ActivityCommands.cpp: prevention activities and their appeal letters.
NETRA_CLI_COMMAND(ActivitiesCommand);
// LeadCommands.cpp: supervision leads: listed, recorded, traced, closed, turned into findings.
NETRA_CLI_COMMAND(LeadsCommand);
NETRA_CLI_COMMAND(LeadAddCommand);
NETRA_CLI_COMMAND(LeadTraceCommand);
NETRA_CLI_COMMAND(LeadCloseCommand);
NETRA_CLI_COMMAND(LeadFindingCommand);
// PpkCommands.cpp: the PPKs' record and the letter to a PPK's superior.
NETRA_CLI_COMMAND(PpkCommand);
// RecordCommands.cpp: a person's track record and its certificate.
NETRA_CLI_COMMAND(RecordCommand);
// ReportCommand.cpp: the KASN–Bawaslu agreement's report.
NETRA_CLI_COMMAND(ReportCommand);
// ExchangeCommands.cpp: CSV registers and packages, in and out; the ledger and the recap.
NETRA_CLI_COMMAND(ImportCsvCommand);
NETRA_CLI_COMMAND(ExportCsvCommand);
NETRA_CLI_COMMAND(ExportXlsxCommand);
NETRA_CLI_COMMAND(RecapCommand);
NETRA_CLI_COMMAND(ExportCommand);
NETRA_CLI_COMMAND(ImportCommand);
// BackupCommands.cpp: backup, backups, restore; copy between a file and a server.
NETRA_CLI_COMMAND(BackupCommand);
NETRA_CLI_COMMAND(BackupsCommand);
NETRA_CLI_COMMAND(RestoreCommand);
NETRA_CLI_COMMAND(CopyCommand);
