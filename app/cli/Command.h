#pragma once

#include "cli/Context.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

// One netra-cli command (as in KeePassXC's src/cli): its constructor says its name, the line the
// usage shows, the description and options of its --help and its positional arguments; execute()
// does it. run() parses the arguments (--help printed with exit 0, a wrong command line exit 2)
// and calls execute() with the parser. Commands are made when a command line is run, after the
// translation is installed, so their texts are in the language of the run.
class Command
{
public:
    virtual ~Command() = default;

    QString name;
    // The one line of the usage.
    QString summary;
    // The paragraph above the options in --help.
    QString description;
    QList<QCommandLineOption> options;
    // The positional arguments as --help shows them, the first word as the name and the rest as
    // its description, and how many the command takes.
    QString arguments = dataFile();
    int argumentCount = 1;

    // Runs the command with its arguments (the program's name first, the command's left out).
    int run(Context &ctx, const QStringList &args) const;

protected:
    virtual int execute(Context &ctx, const QCommandLineParser &p) const = 0;
    // "FILE the data file", the first argument of most commands.
    static QString dataFile();
};
