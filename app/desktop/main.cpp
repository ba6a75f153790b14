// netra: the desktop case desk.
#include "Translator.h"
#include "register/MainWindow.h"
#include "session/SingleInstance.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    // --version needs no display (a server reached over ssh, a package check).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("netra %s\n", NETRA_VERSION);
            return 0;
        }
    }
    // Qt's own file, colour and message dialogs, whose texts follow Netra's language
    // (translations/qtbase_id.ts) rather than the desktop's.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Netra"));
    QApplication::setApplicationName(QStringLiteral("netra"));
    QApplication::setApplicationVersion(QStringLiteral(NETRA_VERSION));
    // The menu entry (packaging/id.netra.Netra.desktop) and the icon of every window.
    QGuiApplication::setDesktopFileName(QStringLiteral("id.netra.Netra"));
    QApplication::setWindowIcon(MainWindow::icon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Netra: ASN neutrality case desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Language: id (default) or en."),
                      QStringLiteral("LANG")});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral("The data file to open, or an office server: postgresql://user@host/db."));
    parser.process(app);

    // A file this user has open in a running netra: that netra raises its window. An office
    // server is shared: each netra has a connection of its own.
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !Database::isServerLocation(files.first()) &&
        SingleInstance::handOver(files.first()))
        return 0;

    const QString language =
        Translator::pick(parser.isSet(QStringLiteral("lang"))
                             ? parser.value(QStringLiteral("lang"))
                             : QSettings().value(QStringLiteral("language")).toString());
    Translator::install(language);

    MainWindow window;
    const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
    if (!files.isEmpty())
        window.openFile(files.first());
    else if (Database::isServerLocation(last) || // a server: asks what to correct when it fails
             QFileInfo::exists(last))            // a file moved away since is simply not reopened
        window.openFile(last);
    window.show();
    return app.exec();
}
