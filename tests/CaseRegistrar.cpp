// A writer for TestServerConcurrency: one officer's machine registering reports into an office
// server (or a data file) while others do the same. It opens the store, says READY, waits for a
// line on standard input (so that every writer starts at once), then registers `count` reports:
// each created (its receipt number) and registered (its registration number), one transaction
// each, as netra does.
//
//   CaseRegistrar <location> <name> <count>
//
// Prints "REGISTERED <receipt number>\t<registration number>" after each case.
#include "domain/Case.h"
#include "domain/StatusMachine.h"
#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: CaseRegistrar <location> <name> <count>\n");
        return 2;
    }
    QString error;
    auto db = Database::open(args.at(1), Database::Mode::OpenExisting, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QDate received(2024, 10, 7);
    db->setToday(QDate(2024, 10, 20));
    db->setActor(args.at(2));
    std::printf("READY\n");
    std::fflush(stdout);
    std::string go;
    std::getline(std::cin, go);

    CaseRepository repo(*db);
    const int count = args.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        Case c;
        c.source = QStringLiteral("laporan");
        c.election = QStringLiteral("pilkada");
        c.regencyCode = QStringLiteral("3311");
        c.eventDate = received.addDays(-3);
        c.knownDate = received.addDays(-2);
        c.receivedDate = received;
        c.reporterName = QStringLiteral("Pelapor %1 %2").arg(args.at(2)).arg(i);
        c.reporterAddress = QStringLiteral("Desa Sidorejo, Kecamatan Bendosari");
        c.violationCategory = QStringLiteral("media_sosial");
        c.description = QStringLiteral("Laporan %1 dari %2.").arg(i).arg(args.at(2));
        Party p;
        p.name = QStringLiteral("Terlapor %1 %2").arg(args.at(2)).arg(i);
        p.positionTitle = QStringLiteral("Kepala Desa");
        p.positionCategory = QStringLiteral("kepala_desa");
        p.agency = QStringLiteral("Pemerintah Desa Sidorejo");
        c.parties << p;
        if (!repo.create(c, &error)) {
            std::fprintf(stderr, "create %d: %s\n", i, qPrintable(error));
            return 1;
        }
        Step s;
        s.kind = Step::Kind::Register;
        s.date = QDate(2024, 10, 9);
        if (!repo.applyStep(c.id, s, &error)) {
            std::fprintf(stderr, "register %d: %s\n", i, qPrintable(error));
            return 1;
        }
        std::printf("REGISTERED %s\t%s\n", qPrintable(c.receiptNumber),
                    qPrintable(repo.load(c.id)->registrationNumber));
        std::fflush(stdout);
    }
    return 0;
}
