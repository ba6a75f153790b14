// Several officers on one store at once: N client processes each register reports (created and
// registered, one transaction each, as netra saves them) and search the register as they type
// (the count and the first page of 200, as the register asks on every word), for a given time.
// Prints the cases registered per second and the search latencies (median and 95th percentile)
// of all clients together. With --search-only they only search, as provincial or national staff
// reading the register while an office's package is imported. A benchmark that prints figures,
// not a test.
//
//   netra-bench-clients LOCATION [--clients N] [--seconds S] [--search-only]
//
// On a data file only one client may write (Netra's file lock): run it with --clients 1 there.
#include "domain/Case.h"
#include "domain/StatusMachine.h"
#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

// Words an officer types into the search box: surnames, an agency, a NIP's first digits.
const char *const Searches[] = {"santoso", "wibowo",    "lestari",  "dinas pendidikan",
                                "19860",   "kecamatan", "setiawan", "puskesmas"};
const char *const Surnames[] = {"Santoso", "Wibowo", "Lestari", "Setiawan", "Hidayat"};

// One report as an officer registers it: a person from the list of surnames, so that the
// searches of the other clients find the new cases too.
Case report(const QString &client, int i)
{
    const QDate received(2024, 10, 7);
    Case c;
    c.source = QStringLiteral("laporan");
    c.election = QStringLiteral("pilkada");
    c.regencyCode = QStringLiteral("3311");
    c.eventDate = received.addDays(-3);
    c.knownDate = received.addDays(-2);
    c.receivedDate = received;
    c.reporterName = QStringLiteral("Pelapor %1-%2").arg(client).arg(i);
    c.reporterAddress = QStringLiteral("Kelurahan Jetis, Kecamatan Sukoharjo");
    c.violationCategory = QStringLiteral("media_sosial");
    c.description =
        QStringLiteral("Unggahan dukungan kepada pasangan calon (%1-%2).").arg(client).arg(i);
    Party p;
    p.name = QStringLiteral("Budi %1").arg(QLatin1String(Surnames[i % 5]));
    p.positionTitle = QStringLiteral("Guru");
    p.positionCategory = QStringLiteral("fungsional");
    p.agency = QStringLiteral("Dinas Pendidikan Kabupaten Sukoharjo");
    c.parties << p;
    return c;
}

// One client: registers (unless `searchOnly`) and searches in turn until the time is up; prints
// "CASES n" and one "SEARCH_US t" per search.
int client(const QString &location, const QString &name, int seconds, bool searchOnly)
{
    QString error;
    auto db = Database::open(location, Database::Mode::OpenExisting, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    db->setToday(QDate(2024, 10, 20));
    db->setActor(name);
    std::printf("READY\n");
    std::fflush(stdout);
    std::string go;
    std::getline(std::cin, go);

    CaseRepository repo(*db);
    QElapsedTimer clock;
    clock.start();
    int registered = 0;
    for (int i = 0; clock.elapsed() < seconds * 1000; ++i) {
        if (!searchOnly) {
            Case c = report(name, i);
            Step step;
            step.kind = Step::Kind::Register;
            step.date = QDate(2024, 10, 9);
            if (!repo.create(c, &error) || !repo.applyStep(c.id, step, &error)) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(error));
                return 1;
            }
            ++registered;
        }
        CaseFilter filter;
        filter.text = QLatin1String(Searches[i % 8]);
        QElapsedTimer search;
        search.start();
        repo.count(filter);
        repo.page(filter, CaseColumn::Received, Qt::DescendingOrder, 0, 200);
        std::printf("SEARCH_US %lld\n", search.nsecsElapsed() / 1000);
    }
    std::printf("CASES %d\n", registered);
    return 0;
}

double percentile(std::vector<qint64> values, double share)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(share * double(values.size())))] / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        const int at = args.indexOf(name);
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: netra-bench-clients LOCATION [--clients N] [--seconds S]"
                             " [--search-only]\n");
        return 2;
    }
    const QString location = args.at(1);
    const int seconds = option(QStringLiteral("--seconds"), QStringLiteral("20")).toInt();
    const bool searchOnly = args.contains(QStringLiteral("--search-only"));
    const QString self = option(QStringLiteral("--client"), QString());
    if (!self.isEmpty())
        return client(location, self, seconds, searchOnly);

    const int clients = option(QStringLiteral("--clients"), QStringLiteral("8")).toInt();
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < clients; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments{location, QStringLiteral("--client"),
                              QStringLiteral("bench%1").arg(i + 1), QStringLiteral("--seconds"),
                              QString::number(seconds)};
        if (searchOnly)
            arguments << QStringLiteral("--search-only");
        p->start(app.applicationFilePath(), arguments);
        if (!p->waitForStarted() || !p->waitForReadyRead(60000) ||
            !p->readLine().startsWith("READY")) {
            std::fprintf(stderr, "client %d did not start\n", i + 1);
            return 1;
        }
        processes.push_back(std::move(p));
    }
    // Written out to every client before waiting for any: a QProcess writes its buffer only
    // while waited on, and waiting for the first client to finish would start the others one
    // after another.
    for (auto &p : processes) {
        p->write("go\n");
        p->waitForBytesWritten();
    }
    int cases = 0;
    std::vector<qint64> searches;
    for (auto &p : processes) {
        if (!p->waitForFinished(seconds * 1000 + 600000) || p->exitCode() != 0) {
            std::fprintf(stderr, "a client failed\n");
            return 1;
        }
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            if (line.startsWith("CASES "))
                cases += line.mid(6).toInt();
            else if (line.startsWith("SEARCH_US "))
                searches.push_back(line.mid(10).toLongLong());
        }
    }
    QTextStream out(stdout);
    out << "clients " << clients << "\n";
    if (!searchOnly)
        out << "cases_registered " << cases << " in " << seconds
            << " s: " << QString::number(double(cases) / seconds, 'f', 1) << " cases/s\n";
    out << "searches " << searches.size() << ", median "
        << QString::number(percentile(searches, 0.5), 'f', 1) << " ms, p95 "
        << QString::number(percentile(searches, 0.95), 'f', 1) << " ms\n";
    return 0;
}
