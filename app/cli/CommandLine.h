#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

// netra-cli's commands in the order the usage lists them, and the run of one command line.
namespace CommandLine {

// Made anew for each call, in the language installed then.
std::vector<std::unique_ptr<Command>> commands();
// Runs a command line (the program's name first): the usage with no command or --help (exit 2
// and 0), the version with --version, else the command named, with --user LOGIN (or
// --user=LOGIN) taken out of its arguments into the context's login.
int run(Context &ctx, QStringList args);
// Prints the usage: the commands and what each does.
void usage(Context &ctx);

} // namespace CommandLine
