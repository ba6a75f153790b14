// netra: the desktop case desk.
#include "MainWindow.h"
#include "Translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

int main(int argc, char *argv[])
{
    // Qt's own file, colour and message dialogs, whose texts follow Netra's language
    // (translations/qtbase_id.ts) rather than the desktop's.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Netra"));
    QApplication::setApplicationName(QStringLiteral("netra"));
    QApplication::setApplicationVersion(QStringLiteral(NETRA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Netra: ASN neutrality case desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Language: id (default) or en."),
                      QStringLiteral("LANG")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The data file to open."));
    parser.process(app);

    const QString language =
        Translator::pick(parser.isSet(QStringLiteral("lang"))
                             ? parser.value(QStringLiteral("lang"))
                             : QSettings().value(QStringLiteral("language")).toString());
    Translator::install(language);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
    if (!files.isEmpty())
        window.openFile(files.first());
    else if (QFileInfo::exists(last)) // a file moved away since is simply not reopened
        window.openFile(last);
    window.show();
    return app.exec();
}
