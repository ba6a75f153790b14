// netra-cli: batch and scripting over the same core as the desktop app. The commands are in the
// netra_cli library (CommandLine, commands/); this makes the application and runs one.
#include "Translator.h"
#include "cli/CommandLine.h"

#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    // Printing (`print`, `report`, `record`'s certificate, `activities --letter`, `ppk --letter`,
    // `cases --pdf`) lays text out with fonts, which needs a QGuiApplication; offscreen unless
    // told otherwise, so that it runs without a display.
    bool printing =
        argc > 1 && (qstrcmp(argv[1], "print") == 0 || qstrcmp(argv[1], "report") == 0 ||
                     qstrcmp(argv[1], "record") == 0);
    const bool letters =
        argc > 1 && (qstrcmp(argv[1], "activities") == 0 || qstrcmp(argv[1], "ppk") == 0);
    const bool list = argc > 1 && qstrcmp(argv[1], "cases") == 0;
    for (int i = 2; i < argc; ++i)
        printing = printing || (letters && qstrncmp(argv[i], "--letter", 8) == 0) ||
                   (list && qstrncmp(argv[i], "--pdf", 5) == 0);
    if (printing && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (printing)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netra-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETRA_VERSION));

    Context ctx;
    // Netra's messages and Qt's own (QCommandLineParser's help), as the desktop app loads them.
    ctx.language = Translator::pick(ctx.environment.value(QStringLiteral("NETRA_LANG")));
    Translator::install(ctx.language);
    return CommandLine::run(ctx, QCoreApplication::arguments());
}
