// Receipt and registration numbers: consecutive per year and kind, restarting each year, never
// repeated or skipped, also when two programs register cases in the same file at once.

#include "TestSupport.h"

#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/FileCheck.h"
#include "store/HistoryRepository.h"
#include "store/SettingsRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <algorithm>

namespace {

// A new data file with a named officer making the changes (the change log needs one).
std::unique_ptr<Database> openNew(const QString &path, const QDate &today = QDate(2024, 12, 31))
{
    auto db = TestSupport::openNew(path, today);
    if (db)
        db->setActor(QStringLiteral("petugas"));
    return db;
}

Step registration(const QDate &date)
{
    Step s;
    s.kind = Step::Kind::Register;
    s.date = date;
    return s;
}

// A report received on `received`, reported two days after it became known.
Case report(const QDate &received, const QString &election = QStringLiteral("pilkada"))
{
    Case c = TestSupport::sampleCase(received);
    c.election = election;
    return c;
}

Case finding(const QDate &received)
{
    Case c = TestSupport::sampleCase(received);
    c.source = QStringLiteral("temuan");
    c.reporterName.clear();
    c.reporterAddress.clear();
    return c;
}

int sequenceOf(const QString &number)
{
    bool ok = false;
    const int n = number.section(QLatin1Char('/'), 0, 0).toInt(&ok);
    return ok ? n : -1;
}

} // namespace

class TestNumbering : public QObject
{
    Q_OBJECT

private slots:
    void receiptNumbers();
    void registrationNumbers();
    void refusedRegistrationUsesNoNumber();
    void concurrentRegistrations();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("n%1.netra").arg(++m_files)); }
};

void TestNumbering::receiptNumbers()
{
    auto db = openNew(newPath(), QDate(2025, 1, 31));
    QVERIFY(db);
    CaseRepository repo(*db);
    QString error;

    const QList<QPair<Case, QString>> cases = {
        {report(QDate(2024, 10, 7)), "001/LP/PB/Kab/33.11/X/2024"},
        {report(QDate(2024, 10, 7)), "002/LP/PB/Kab/33.11/X/2024"},
        {report(QDate(2024, 10, 9)), "003/LP/PB/Kab/33.11/X/2024"},
        // A new month goes on with the year's sequence.
        {report(QDate(2024, 11, 4)), "004/LP/PB/Kab/33.11/XI/2024"},
        // Findings and Pemilu reports are numbered on their own.
        {finding(QDate(2024, 11, 5)), "001/TM/PB/Kab/33.11/XI/2024"},
        {report(QDate(2024, 11, 5), QStringLiteral("pemilu")), "001/LP/PL/Kab/33.11/XI/2024"},
        {report(QDate(2024, 12, 30)), "005/LP/PB/Kab/33.11/XII/2024"},
        // A new year starts again at 001.
        {report(QDate(2025, 1, 2)), "001/LP/PB/Kab/33.11/I/2025"},
        {finding(QDate(2025, 1, 3)), "001/TM/PB/Kab/33.11/I/2025"},
        {report(QDate(2025, 1, 6)), "002/LP/PB/Kab/33.11/I/2025"},
        // A case of last year typed in late takes last year's next number.
        {report(QDate(2024, 12, 31)), "006/LP/PB/Kab/33.11/XII/2024"},
    };
    for (auto [c, expected] : cases) {
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        QCOMPARE(c.receiptNumber, expected);
        QCOMPARE(repo.load(c.id)->receiptNumber, expected);
        QVERIFY(repo.findByNumber(expected));
    }

    // The office's own code and level, when set, go into the number.
    QVERIFY2(SettingsRepository(repo.database())
                 .setSetting(QStringLiteral("office_code"), QStringLiteral("14.09"), &error),
             qPrintable(error));
    Case c = report(QDate(2025, 1, 7));
    QVERIFY2(repo.create(c, &error), qPrintable(error));
    QCOMPARE(c.receiptNumber, QStringLiteral("003/LP/PB/Kab/14.09/I/2025"));
}

void TestNumbering::registrationNumbers()
{
    auto db = openNew(newPath(), QDate(2025, 1, 31));
    QVERIFY(db);
    CaseRepository repo(*db);
    QString error;

    QList<qint64> ids;
    for (const QDate &received : {QDate(2024, 10, 7), QDate(2024, 10, 8), QDate(2024, 10, 9),
                                  QDate(2024, 12, 30), QDate(2025, 1, 2)}) {
        Case c = report(received);
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        ids << c.id;
    }

    // Registration numbers have their own sequence, in the order of registration.
    QVERIFY2(repo.applyStep(ids[2], registration(QDate(2024, 10, 10)), &error), qPrintable(error));
    QVERIFY2(repo.applyStep(ids[0], registration(QDate(2024, 10, 10)), &error), qPrintable(error));
    QVERIFY2(repo.applyStep(ids[1], registration(QDate(2024, 11, 1)), &error), qPrintable(error));
    QCOMPARE(repo.load(ids[2])->registrationNumber,
             QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024"));
    QCOMPARE(repo.load(ids[0])->registrationNumber,
             QStringLiteral("002/Reg/LP/PB/Kab/33.11/X/2024"));
    QCOMPARE(repo.load(ids[1])->registrationNumber,
             QStringLiteral("003/Reg/LP/PB/Kab/33.11/XI/2024"));
    // The receipt numbers stay.
    QCOMPARE(repo.load(ids[2])->receiptNumber, QStringLiteral("003/LP/PB/Kab/33.11/X/2024"));

    // Registered in the new year: the new year's sequence, from 001.
    QVERIFY2(repo.applyStep(ids[3], registration(QDate(2025, 1, 2)), &error), qPrintable(error));
    QVERIFY2(repo.applyStep(ids[4], registration(QDate(2025, 1, 3)), &error), qPrintable(error));
    QCOMPARE(repo.load(ids[3])->registrationNumber,
             QStringLiteral("001/Reg/LP/PB/Kab/33.11/I/2025"));
    QCOMPARE(repo.load(ids[4])->registrationNumber,
             QStringLiteral("002/Reg/LP/PB/Kab/33.11/I/2025"));

    const FileCheck::Result check = FileCheck::run(*db);
    QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
}

void TestNumbering::refusedRegistrationUsesNoNumber()
{
    auto db = openNew(newPath(), QDate(2024, 10, 31));
    QVERIFY(db);
    CaseRepository repo(*db);
    QString error;

    Case first = report(QDate(2024, 10, 7));
    Case late = report(QDate(2024, 10, 8));
    late.eventDate = QDate(2024, 9, 27);
    late.knownDate = QDate(2024, 9, 28); // 10 days before receipt: filed late
    Case noOne = report(QDate(2024, 10, 8));
    noOne.parties.clear();
    Case third = report(QDate(2024, 10, 9));
    for (Case *c : {&first, &late, &noOne, &third})
        QVERIFY2(repo.create(*c, &error), qPrintable(error));

    QVERIFY2(repo.applyStep(first.id, registration(QDate(2024, 10, 9)), &error), qPrintable(error));
    QCOMPARE(repo.load(first.id)->registrationNumber,
             QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024"));

    // Filed after the window: refused, and no number is used up.
    error.clear();
    QVERIFY(!repo.applyStep(late.id, registration(QDate(2024, 10, 9)), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(repo.load(late.id)->status, QStringLiteral("diterima"));
    QVERIFY(repo.load(late.id)->registrationNumber.isEmpty());

    // Nobody reported; a date in the future; a date before receipt: refused, no number used.
    error.clear();
    QVERIFY(!repo.applyStep(noOne.id, registration(QDate(2024, 10, 9)), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!repo.applyStep(third.id, registration(QDate(2024, 11, 1)), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!repo.applyStep(third.id, registration(QDate(2024, 10, 8)), &error));
    QVERIFY(!error.isEmpty());

    QVERIFY2(repo.applyStep(third.id, registration(QDate(2024, 10, 10)), &error),
             qPrintable(error));
    QCOMPARE(repo.load(third.id)->registrationNumber,
             QStringLiteral("002/Reg/LP/PB/Kab/33.11/X/2024"));

    // The late report can still be refused registration, which takes no number either.
    Step refuse;
    refuse.kind = Step::Kind::NotRegister;
    refuse.date = QDate(2024, 10, 10);
    refuse.reason = QStringLiteral("Laporan melewati batas waktu 7 hari");
    QVERIFY2(repo.applyStep(late.id, refuse, &error), qPrintable(error));
    QVERIFY(repo.load(late.id)->registrationNumber.isEmpty());
    Case fourth = report(QDate(2024, 10, 10));
    QVERIFY2(repo.create(fourth, &error), qPrintable(error));
    QVERIFY2(repo.applyStep(fourth.id, registration(QDate(2024, 10, 11)), &error),
             qPrintable(error));
    QCOMPARE(repo.load(fourth.id)->registrationNumber,
             QStringLiteral("003/Reg/LP/PB/Kab/33.11/X/2024"));
}

void TestNumbering::concurrentRegistrations()
{
    const QString path = newPath();
    const QDate today(2024, 12, 31);
    const QDate registered(2024, 12, 2);
    constexpr int PerThread = 100;

    auto db = openNew(path, today);
    QVERIFY(db);
    CaseRepository repo(*db);
    QList<qint64> ids;
    {
        Transaction t(*db); // one commit for the 200 cases, to keep the test quick
        QVERIFY(t.isOpen());
        for (int i = 0; i < 2 * PerThread; ++i) {
            Case c = report(QDate(2024, 10, 1).addDays(i % 60));
            QString error;
            QVERIFY2(repo.create(c, &error), qPrintable(error));
            ids << c.id;
        }
        QVERIFY(t.commit());
    }
    QCOMPARE(repo.count(CaseFilter()), 2 * PerThread);

    struct Worker
    {
        QList<qint64> ids;
        QString actor;
        QStringList errors;
        int registered = 0;
    };
    Worker workers[2];
    for (int i = 0; i < 2 * PerThread; ++i)
        workers[i % 2].ids << ids[i];
    workers[0].actor = QStringLiteral("petugas-a");
    workers[1].actor = QStringLiteral("petugas-b");

    QThread *threads[2];
    for (int w = 0; w < 2; ++w) {
        Worker *worker = &workers[w];
        threads[w] = QThread::create([worker, path, today, registered] {
            // The connection belongs to this thread: made, used and closed here.
            QString error;
            auto own =
                Database::open(TestSupport::location(path), Database::Mode::OpenExisting, &error);
            if (!own) {
                worker->errors << error;
                return;
            }
            own->setToday(today);
            own->setActor(worker->actor);
            CaseRepository r(*own);
            for (qint64 id : std::as_const(worker->ids)) {
                Step s;
                s.kind = Step::Kind::Register;
                s.date = registered;
                if (r.applyStep(id, s, &error))
                    ++worker->registered;
                else
                    worker->errors << QStringLiteral("case %1: %2").arg(id).arg(error);
            }
        });
    }
    threads[0]->start();
    threads[1]->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(QDeadlineTimer(5 * 60 * 1000)));
        delete t;
    }
    for (const Worker &w : workers) {
        QVERIFY2(w.errors.isEmpty(), qPrintable(w.errors.join(QLatin1Char('\n'))));
        QCOMPARE(w.registered, PerThread);
    }

    // Every case registered once, with its own number, the sequence 1..200 without a gap.
    QSet<QString> numbers;
    QList<int> sequences;
    QSet<QString> actors;
    repo.forEach(CaseFilter(), [&](const Case &c) {
        numbers.insert(c.registrationNumber);
        sequences << sequenceOf(c.registrationNumber);
        for (const ChangeEntry &e : HistoryRepository(repo.database()).history(c.uuid)) {
            if (e.action == QLatin1String("step:register"))
                actors.insert(e.actor);
        }
        return true;
    });
    QCOMPARE(sequences.size(), 2 * PerThread);
    QCOMPARE(numbers.size(), 2 * PerThread);
    QVERIFY(!numbers.contains(QString()));
    std::sort(sequences.begin(), sequences.end());
    for (int i = 0; i < sequences.size(); ++i)
        QCOMPARE(sequences.at(i), i + 1);
    for (const QString &n : std::as_const(numbers))
        QVERIFY2(
            n.endsWith(QLatin1String("/Reg/LP/PB/Kab/33.11/XII/2024")) &&
                n.startsWith(QStringLiteral("%1/").arg(sequenceOf(n), 3, 10, QLatin1Char('0'))),
            qPrintable(n));
    QCOMPARE(actors, (QSet<QString>{QStringLiteral("petugas-a"), QStringLiteral("petugas-b")}));

    CaseFilter registeredOnly;
    registeredOnly.statuses = QStringList{QStringLiteral("diregistrasi")};
    QCOMPARE(repo.count(registeredOnly), 2 * PerThread);

    const FileCheck::Result check = FileCheck::run(*db);
    QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestNumbering)
#include "TestNumbering.moc"
