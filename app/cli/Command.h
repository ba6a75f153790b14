#pragma once

#include "cli/Context.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

// One netra-cli command: its name, the line the usage shows, the description and options of its
// --help, its positional arguments, and what it does. run() parses the arguments (--help printed
// with exit 0, a wrong command line exit 2) and calls execute() with the parser.
class Command
{
public:
    // `summary` is marked with QT_TRANSLATE_NOOP("Cli", ...).
    Command(const char *name, const char *summary) : m_name(name), m_summary(summary) {}
    virtual ~Command() = default;

    QString name() const { return QLatin1String(m_name); }
    // The one line of the usage, translated.
    QString summary() const;
    // The paragraph above the options in --help.
    virtual QString description() const = 0;
    virtual QList<QCommandLineOption> options() const { return {}; }
    // The positional arguments as --help shows them, the first word as the name and the rest as
    // its description ("FILE the data file"), and how many the command takes.
    virtual QString arguments() const;
    virtual int argumentCount() const { return 1; }

    // Runs the command with its arguments (the program's name first, the command's left out).
    int run(Context &ctx, const QStringList &args);

protected:
    virtual int execute(Context &ctx, const QCommandLineParser &p) = 0;
    // "FILE the data file", the first argument of most commands.
    static QString dataFile();

private:
    const char *m_name;
    const char *m_summary;
};
