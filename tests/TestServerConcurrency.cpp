// Several machines on one office server at once (#12): four processes (CaseRegistrar) each
// registering 200 reports into one server database at the same moment get 800 consecutive
// receipt numbers and 800 consecutive registration numbers, none twice, none skipped, every case
// registered once; the change log's hash chain did not fork (`netra-cli check URI` is clean).
// Runs only on the test's own server (CTest: TestServerConcurrency.server); skipped, saying why,
// when no PostgreSQL server can be started.
#include "TestSupport.h"
#include "store/ChangeLogChain.h"
#include "store/FileCheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <algorithm>
#include <memory>
#include <vector>

namespace {

constexpr int Writers = 4;
constexpr int PerWriter = 200;

int sequenceOf(const QString &number)
{
    bool ok = false;
    const int n = number.section(QLatin1Char('/'), 0, 0).toInt(&ok);
    return ok ? n : -1;
}

// The numbers 1..count, once each: else what is missing and what is there twice.
QString gapsAndRepeats(QList<int> sequence, int count)
{
    std::sort(sequence.begin(), sequence.end());
    QStringList problems;
    QSet<int> seen;
    for (int n : std::as_const(sequence)) {
        if (seen.contains(n))
            problems << QStringLiteral("%1 twice").arg(n);
        seen.insert(n);
    }
    for (int n = 1; n <= count; ++n) {
        if (!seen.contains(n))
            problems << QStringLiteral("%1 missing").arg(n);
    }
    if (sequence.size() != count)
        problems << QStringLiteral("%1 numbers for %2 cases").arg(sequence.size()).arg(count);
    return problems.join(QLatin1String(", "));
}

} // namespace

class TestServerConcurrency : public QObject
{
    Q_OBJECT

    PgServer *m_server = nullptr;

private slots:
    void initTestCase()
    {
        m_server = PgServer::instance();
        if (!m_server)
            QSKIP("no PostgreSQL server could be started for this test (PostgreSQL 15 and its "
                  "initdb, installed by scripts/setup.sh; see the warning above)");
    }

    void fourMachinesRegisterAtOnce()
    {
        const QString uri = m_server->newDatabase(QStringLiteral("concurrency"));
        QVERIFY(!uri.isEmpty());
        {
            QString error;
            auto db = Database::open(uri, Database::Mode::CreateIfMissing, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(TestSupport::addCliUsers(*db)); // netra-cli check signs in
        }

        std::vector<std::unique_ptr<QProcess>> writers;
        for (int w = 0; w < Writers; ++w) {
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral(CASE_REGISTRAR),
                     {uri, QStringLiteral("petugas-%1").arg(w + 1), QString::number(PerWriter)});
            QVERIFY2(p->waitForStarted(10000), qPrintable(p->errorString()));
            writers.push_back(std::move(p));
        }
        // Every writer has its connection open before any begins.
        for (auto &p : writers) {
            while (!p->canReadLine() && p->state() == QProcess::Running)
                p->waitForReadyRead(30000);
            QCOMPARE(p->readLine().trimmed(), QByteArray("READY"));
        }
        for (auto &p : writers)
            p->write("go\n");
        QStringList reported;
        for (auto &p : writers) {
            QVERIFY(p->waitForFinished(5 * 60 * 1000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
            const QList<QByteArray> lines = p->readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("REGISTERED "))
                    reported << QString::fromUtf8(line.mid(11));
            }
        }
        QCOMPARE(reported.size(), Writers * PerWriter);

        // In the store: every case registered, each sequence 1..800 once.
        QString error;
        auto db = Database::open(uri, Database::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        CaseRepository repo(*db);
        QList<int> receipts, registrations;
        QSet<QString> stored;
        repo.forEach(CaseFilter(), [&](const Case &c) {
            receipts << sequenceOf(c.receiptNumber);
            registrations << sequenceOf(c.registrationNumber);
            stored.insert(c.receiptNumber + QLatin1Char('\t') + c.registrationNumber);
            return true;
        });
        const int total = Writers * PerWriter;
        QCOMPARE(receipts.size(), total);
        const QString receiptProblems = gapsAndRepeats(receipts, total);
        QVERIFY2(receiptProblems.isEmpty(),
                 qPrintable(QStringLiteral("receipt numbers: ") + receiptProblems));
        const QString registrationProblems = gapsAndRepeats(registrations, total);
        QVERIFY2(registrationProblems.isEmpty(),
                 qPrintable(QStringLiteral("registration numbers: ") + registrationProblems));
        // What each machine was told is what the store holds.
        QCOMPARE(stored, QSet<QString>(reported.begin(), reported.end()));
        CaseFilter registered;
        registered.statuses = QStringList{QStringLiteral("diregistrasi")};
        QCOMPARE(repo.count(registered), total);

        // One chain: every entry linked to the one before, none forked or lost.
        const ChangeLogChain::Result chain = ChangeLogChain::verify(*db);
        QVERIFY2(chain.ok(), chain.problem ? qPrintable(chain.problem->message()) : "");
        QVERIFY(chain.entries >= 2 * total);
        db.reset();

        QProcess check;
        check.start(QStringLiteral(NETRA_CLI), {QStringLiteral("check"), uri});
        QVERIFY(check.waitForFinished(120000));
        const QByteArray out = check.readAllStandardOutput();
        QVERIFY2(check.exitCode() == 0, (out + check.readAllStandardError()).constData());
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("change_log"))
                     .toObject()
                     .value(QStringLiteral("ok"))
                     .toBool(),
                 true);
    }
};

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "TestServerConcurrency.moc"
