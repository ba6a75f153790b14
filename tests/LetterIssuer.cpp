// A second writer for TestLetters: opens a data file and issues letters into its letter book,
// one transaction each, as fast as it can, while another process does the same.
//
//   LetterIssuer <file.netra> <name> <count>
//
// Prints "ISSUED <number>" for each letter. Letters are keyed "<name>:<i>", so that two
// processes never issue the same letter.
#include "store/Database.h"
#include "store/LetterBook.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    QString error;
    auto db = Database::open(args.at(1), Database::Mode::OpenExisting, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    db->setActor(args.at(2));
    const int count = args.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        Letter l;
        l.kind = QStringLiteral("invitation");
        l.document = QStringLiteral("%1:%2").arg(args.at(2)).arg(i);
        l.addressee = QStringLiteral("Penerima %1").arg(i);
        l.subject = QStringLiteral("Undangan Klarifikasi");
        // A busy file is waited for, as netra does: SQLite's busy timeout.
        int tries = 0;
        while (!LetterBook(*db).issue(l, QStringLiteral("3311"), &error)) {
            if (++tries > 200) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            QThread::msleep(5);
        }
        std::printf("ISSUED %s\n", qPrintable(l.number));
        std::fflush(stdout);
    }
    return 0;
}
