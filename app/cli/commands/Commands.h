#pragma once

// Every netra-cli command, one class each; the files are by family (commands/*.cpp).
#include "cli/Command.h"

// OfficeCommands.cpp: a new office's file, and a demo one.
class InitCommand : public Command
{
public:
    InitCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString arguments() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

class DemoCommand : public Command
{
public:
    DemoCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString arguments() const override { return {}; }
    int argumentCount() const override { return 0; }

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

// CheckCommand.cpp
class CheckCommand : public Command
{
public:
    CheckCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

// CaseCommands.cpp: figures and lists of cases.
class StatsCommand : public Command
{
public:
    StatsCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

class CasesCommand : public Command
{
public:
    CasesCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

// SettingsCommands.cpp: the office's calendar and settings.
class HolidaysCommand : public Command
{
public:
    HolidaysCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

class SettingsCommand : public Command
{
public:
    SettingsCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

// DocumentCommands.cpp: printed documents and the letter book.
class PrintCommand : public Command
{
public:
    PrintCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

class LettersCommand : public Command
{
public:
    LettersCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

// ExchangeCommands.cpp: CSV registers and packages, in and out.
class ImportCsvCommand : public Command
{
public:
    ImportCsvCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString arguments() const override;
    int argumentCount() const override { return 2; }

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

class ExportCsvCommand : public Command
{
public:
    ExportCsvCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

class ExportCommand : public Command
{
public:
    ExportCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

class ImportCommand : public Command
{
public:
    ImportCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString arguments() const override;
    int argumentCount() const override { return 2; }

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

// BackupCommands.cpp: backup, backups, restore.
class BackupCommand : public Command
{
public:
    BackupCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

class BackupsCommand : public Command
{
public:
    BackupsCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

class RestoreCommand : public Command
{
public:
    RestoreCommand();
    QString description() const override;
    QString arguments() const override;
    int argumentCount() const override { return 2; }

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

// AccountCommands.cpp: users and the keys to the identities.
class UsersCommand : public Command
{
public:
    UsersCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};

class KeysCommand : public Command
{
public:
    KeysCommand();
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(Context &ctx, const QCommandLineParser &p) override;
};
