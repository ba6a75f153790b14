// A trail that cannot be rewritten, and no data lost (issue #7): the change log's hash chain
// catches an entry altered, its hash altered, an entry removed in the middle or at the end, two
// entries swapped and an entry slipped in, each done with raw SQL on the file, both in the core
// check and in `netra-cli check`; a file from data version 6 gets its entries chained; and
// writers killed with SIGKILL at random moments (demo data, CSV imports, minutes typing) leave
// a file that checks clean and holds every change they reported committed.
#include "RawFile.h"
#include "TestSupport.h"
#include "TrailWriter.h"
#include "store/ChangeLogChain.h"
#include "store/FileCheck.h"
#include "store/HearingRepository.h"
#include "store/UserRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>

namespace {

const QString AdminLogin = QStringLiteral("admin");
const QString AdminPassword = QStringLiteral("jejak-tak-terhapus-2024");

bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

QVariant value(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

QProcessEnvironment signedInEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETRA_USER"), AdminLogin);
    env.insert(QStringLiteral("NETRA_PASSWORD"), AdminPassword);
    env.insert(QStringLiteral("NETRA_LANG"), QStringLiteral("en"));
    return env;
}

struct CliCheck
{
    int exit = -1;
    QJsonObject json;
    QString stderrText;
};

CliCheck cliCheck(const QString &path)
{
    CliCheck r;
    QProcess p;
    p.setProcessEnvironment(signedInEnvironment());
    p.start(QStringLiteral(NETRA_CLI), {QStringLiteral("check"), path});
    if (!p.waitForFinished(120000))
        return r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.stderrText = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A writer killed at a given moment: the keys it reported committed, from lines
// "<prefix> <key>".
struct KilledRun
{
    QList<qint64> keys;
    bool killed = false; // false: it ended by itself first
    QString stderrText;
};

KilledRun runAndKill(const QString &program, const QStringList &args, const QByteArray &prefix,
                     int killAfterMs)
{
    KilledRun run;
    QProcess p;
    p.setProcessEnvironment(signedInEnvironment());
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return run;
    QElapsedTimer clock;
    clock.start();
    while (p.state() == QProcess::Running && clock.elapsed() < killAfterMs)
        p.waitForFinished(int(qMax<qint64>(1, killAfterMs - clock.elapsed())));
    if (p.state() == QProcess::Running) {
        p.kill(); // SIGKILL: no destructor, no rollback, no close
        run.killed = p.waitForFinished(10000);
    }
    // What was printed before the kill is in the pipe: each line after its commit.
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith(prefix))
            run.keys << line.mid(prefix.size()).trimmed().toLongLong();
    }
    run.stderrText = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString typedQuestion(int n)
{
    return QStringLiteral("Pertanyaan nomor %1?").arg(n);
}

QString typedAnswer(int n)
{
    return QStringLiteral("Jawaban nomor %1.").arg(n);
}

} // namespace

class TestTrail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QRandomGenerator m_rng;

    // A new data file, or on the server a new database.
    QString newPath()
    {
        return TestSupport::location(
            m_dir.filePath(QStringLiteral("trail%1.netra").arg(++m_files)));
    }

    // A new file with its administrator and four cases, one of them registered: some twenty
    // entries in the change log.
    static bool populate(Database &db)
    {
        User admin;
        admin.login = AdminLogin;
        admin.fullName = QStringLiteral("Administrator Kantor");
        admin.role = Role::Administrator;
        QString error;
        if (!UserRepository(db).create(admin, AdminPassword, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        CaseRepository repo(db);
        for (int i = 0; i < 4; ++i) {
            Case c = TestSupport::sampleCase(QDate(2024, 10, 7 + i));
            c.description += QStringLiteral(" Kasus %1.").arg(i + 1);
            if (!repo.create(c, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            c.eventPlace = QStringLiteral("Balai Desa %1").arg(i + 1);
            if (!repo.save(c, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        return true;
    }

    QString populatedFile()
    {
        const QString path = newPath();
        auto db = TestSupport::openNew(path);
        if (!db || !populate(*db))
            return {};
        return path;
    }

    // The entry's time, actor and case, as stored.
    struct Stored
    {
        QString at, actor, caseUuid, caseNumber;
    };
    static Stored stored(const QString &path, qint64 id)
    {
        Stored s;
        RawFile::with(path, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT l.at, l.actor, l.case_uuid, coalesce(CASE WHEN"
                                     " c.registration_number <> '' THEN c.registration_number"
                                     " ELSE c.receipt_number END, '') FROM change_log l"
                                     " LEFT JOIN cases c ON c.uuid = l.case_uuid WHERE l.id = ?"));
            q.addBindValue(id);
            if (q.exec() && q.next())
                s = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()};
            return true;
        });
        return s;
    }

    static ChangeLogChain::Result verify(const QString &path)
    {
        QString error;
        auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        if (!db) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return ChangeLogChain::verify(*db);
    }

    // The file passes netra-cli check; `what` says after what.
    static void checksClean(const QString &path, const QString &what)
    {
        const CliCheck check = cliCheck(path);
        QVERIFY2(check.exit == 0,
                 qPrintable(what + QLatin1String(": ") + check.stderrText +
                            QString::fromUtf8(QJsonDocument(check.json).toJson())));
        QCOMPARE(check.json.value(QStringLiteral("change_log"))
                     .toObject()
                     .value(QStringLiteral("ok"))
                     .toBool(),
                 true);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Seeded: a failing kill moment can be run again with NETRA_TRAIL_SEED.
        bool ok = false;
        quint32 seed = qEnvironmentVariable("NETRA_TRAIL_SEED").toUInt(&ok);
        if (!ok)
            seed = 20241007;
        qInfo("kill moments seeded with %u (NETRA_TRAIL_SEED)", seed);
        m_rng.seed(seed);
    }

    void hashIsOverEveryField()
    {
        const ChangeLogChain::Entry e{QStringLiteral("2024-10-07T02:00:00.000Z"),
                                      QStringLiteral("petugas"),
                                      QStringLiteral("cases"),
                                      QStringLiteral("u-1"),
                                      QStringLiteral("u-1"),
                                      QStringLiteral("create"),
                                      QStringLiteral("{}")};
        const QString h = ChangeLogChain::hash(QString(), e);
        QCOMPARE(h.size(), 64);
        QCOMPARE(ChangeLogChain::hash(QString(), e), h);
        QVERIFY(ChangeLogChain::hash(QStringLiteral("x"), e) != h);
        // Moving a character from one field to the next gives another hash: fields are
        // length-prefixed.
        ChangeLogChain::Entry moved = e;
        moved.actor = QStringLiteral("petugasc");
        moved.recordTable = QStringLiteral("ases");
        QVERIFY(ChangeLogChain::hash(QString(), moved) != h);
        for (QString ChangeLogChain::Entry::*field :
             {&ChangeLogChain::Entry::at, &ChangeLogChain::Entry::actor,
              &ChangeLogChain::Entry::recordTable, &ChangeLogChain::Entry::recordUuid,
              &ChangeLogChain::Entry::caseUuid, &ChangeLogChain::Entry::action,
              &ChangeLogChain::Entry::changes}) {
            ChangeLogChain::Entry changed = e;
            changed.*field += QLatin1Char('!');
            QVERIFY(ChangeLogChain::hash(QString(), changed) != h);
        }
    }

    void untamperedFileChecksClean()
    {
        const QString path = populatedFile();
        QVERIFY(!path.isEmpty());
        const ChangeLogChain::Result r = verify(path);
        QVERIFY2(r.ok(), r.problem ? qPrintable(r.problem->message()) : "");
        QVERIFY(r.entries >= 10);
        // Every entry carries its link and its hash, the head counts them all.
        int unchained = -1;
        qint64 headCount = -1;
        QVERIFY(RawFile::with(path, [&](QSqlDatabase &db) {
            unchained = value(db, QStringLiteral("SELECT count(*) FROM change_log WHERE hash = ''"
                                                 " OR (prev_hash = '' AND id > 1)"))
                            .toInt();
            headCount =
                value(db, QStringLiteral("SELECT value FROM settings WHERE key = 'log_head'"))
                    .toString()
                    .section(QLatin1Char(' '), 0, 0)
                    .toLongLong();
            return true;
        }));
        QCOMPARE(unchained, 0);
        QCOMPARE(headCount, r.entries);
        checksClean(path, QStringLiteral("untampered"));
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("kind");
        // Relative to the middle entry m and the last entry n.
        QTest::addColumn<QString>("entry");   // the entry reported
        QTest::addColumn<QString>("foundAt"); // where the break shows
        QTest::addRow("field altered") << "alter-field"
                                       << "altered"
                                       << "m"
                                       << "m";
        QTest::addRow("changes altered") << "alter-changes"
                                         << "altered"
                                         << "m"
                                         << "m";
        QTest::addRow("hash altered") << "alter-hash"
                                      << "altered"
                                      << "m"
                                      << "m";
        QTest::addRow("altered and hash recomputed") << "rehash"
                                                     << "altered"
                                                     << "m"
                                                     << "m";
        QTest::addRow("middle entry removed") << "delete-middle"
                                              << "removed"
                                              << "m"
                                              << "m+1";
        QTest::addRow("last entry removed") << "delete-last"
                                            << "removed"
                                            << "n"
                                            << "n-1";
        QTest::addRow("last three removed") << "delete-last3"
                                            << "removed"
                                            << "n-2"
                                            << "n-3";
        QTest::addRow("two entries swapped") << "swap"
                                             << "reordered"
                                             << "m"
                                             << "m";
        QTest::addRow("forged entry with its hash") << "forge"
                                                    << "inserted"
                                                    << "n+1"
                                                    << "n+1";
        QTest::addRow("forged entry without a hash") << "forge-junk"
                                                     << "inserted"
                                                     << "n+1"
                                                     << "n+1";
        QTest::addRow("head removed") << "delete-head"
                                      << "removed"
                                      << "0"
                                      << "0";
    }

    void tampering()
    {
        QFETCH(QString, how);
        QFETCH(QString, kind);
        QFETCH(QString, entry);
        QFETCH(QString, foundAt);
        const QString path = populatedFile();
        QVERIFY(!path.isEmpty());
        qint64 n = 0;
        RawFile::with(path, [&](QSqlDatabase &db) {
            n = value(db, QStringLiteral("SELECT max(id) FROM change_log")).toLongLong();
            return true;
        });
        QVERIFY(n >= 10);
        const qint64 m = n / 2;
        auto resolve = [&](const QString &text) -> qint64 {
            if (text == QLatin1String("0"))
                return 0;
            const qint64 base = text.startsWith(QLatin1Char('m')) ? m : n;
            return base + text.mid(1).toLongLong();
        };
        const qint64 expectedEntry = resolve(entry);
        const qint64 expectedFoundAt = resolve(foundAt);

        const bool done = RawFile::with(path, [&](QSqlDatabase &db) {
            if (how == QLatin1String("alter-field"))
                return exec(db,
                            QStringLiteral("UPDATE change_log SET actor = 'orang lain'"
                                           " WHERE id = ?"),
                            {m});
            if (how == QLatin1String("alter-changes"))
                return exec(db,
                            QStringLiteral("UPDATE change_log SET changes = changes || ' '"
                                           " WHERE id = ?"),
                            {m});
            if (how == QLatin1String("alter-hash"))
                return exec(db, QStringLiteral("UPDATE change_log SET hash = ? WHERE id = ?"),
                            {QString(64, QLatin1Char('0')), m});
            if (how == QLatin1String("rehash")) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT at, actor, record_table, record_uuid, case_uuid,"
                                         " action, changes, prev_hash FROM change_log"
                                         " WHERE id = ?"));
                q.addBindValue(m);
                if (!q.exec() || !q.next())
                    return false;
                ChangeLogChain::Entry e{q.value(0).toString(), QStringLiteral("orang lain"),
                                        q.value(2).toString(), q.value(3).toString(),
                                        q.value(4).toString(), q.value(5).toString(),
                                        q.value(6).toString()};
                const QString h = ChangeLogChain::hash(q.value(7).toString(), e);
                q.finish();
                return exec(
                    db, QStringLiteral("UPDATE change_log SET actor = ?, hash = ? WHERE id = ?"),
                    {e.actor, h, m});
            }
            if (how == QLatin1String("delete-middle"))
                return exec(db, QStringLiteral("DELETE FROM change_log WHERE id = ?"), {m});
            if (how == QLatin1String("delete-last"))
                return exec(db, QStringLiteral("DELETE FROM change_log WHERE id = ?"), {n});
            if (how == QLatin1String("delete-last3"))
                return exec(db, QStringLiteral("DELETE FROM change_log WHERE id > ?"), {n - 3});
            if (how == QLatin1String("swap"))
                return exec(db, QStringLiteral("UPDATE change_log SET id = -1 WHERE id = ?"),
                            {m}) &&
                       exec(db, QStringLiteral("UPDATE change_log SET id = ? WHERE id = ?"),
                            {m, m + 1}) &&
                       exec(db, QStringLiteral("UPDATE change_log SET id = ? WHERE id = -1"),
                            {m + 1});
            if (how == QLatin1String("forge") || how == QLatin1String("forge-junk")) {
                const QString last =
                    value(db, QStringLiteral("SELECT hash FROM change_log WHERE id = ?"), {n})
                        .toString();
                const QString caseUuid =
                    value(db, QStringLiteral("SELECT uuid FROM cases ORDER BY id LIMIT 1"))
                        .toString();
                ChangeLogChain::Entry e{QStringLiteral("2024-12-30T03:00:00.000Z"),
                                        QStringLiteral("admin"),
                                        QStringLiteral("cases"),
                                        caseUuid,
                                        caseUuid,
                                        QStringLiteral("update"),
                                        QStringLiteral("{\"status\":[\"diterima\",\"dicabut\"]}")};
                const QString h = how == QLatin1String("forge") ? ChangeLogChain::hash(last, e)
                                                                : QStringLiteral("x");
                return exec(db,
                            QStringLiteral("INSERT INTO change_log (id, at, actor, record_table,"
                                           " record_uuid, case_uuid, action, changes, prev_hash,"
                                           " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {n + 1, e.at, e.actor, e.recordTable, e.recordUuid, e.caseUuid,
                             e.action, e.changes, last, h});
            }
            if (how == QLatin1String("delete-head"))
                return exec(db, QStringLiteral("DELETE FROM settings WHERE key = 'log_head'"));
            return false;
        });
        QVERIFY2(done, qPrintable(how));
        const Stored found = expectedFoundAt > 0 ? stored(path, expectedFoundAt) : Stored();

        // The core check names the first entry concerned and what was done to it.
        const ChangeLogChain::Result r = verify(path);
        QVERIFY(r.problem);
        const ChangeLogChain::Problem &p = *r.problem;
        QVERIFY2(p.kindCode() == kind,
                 qPrintable(p.kindCode() + QLatin1String(": ") + p.message()));
        QCOMPARE(p.entryId, expectedEntry);
        QCOMPARE(p.foundAtId, expectedFoundAt);
        if (expectedFoundAt > 0) {
            QCOMPARE(p.at, found.at);
            QCOMPARE(p.actor, found.actor);
            QCOMPARE(p.caseUuid, found.caseUuid);
            QCOMPARE(p.caseNumber, found.caseNumber);
            QVERIFY2(p.message().contains(QStringLiteral("entry %1 (").arg(expectedFoundAt)),
                     qPrintable(p.message()));
            if (!found.caseNumber.isEmpty())
                QVERIFY2(p.message().contains(found.caseNumber), qPrintable(p.message()));
        }

        // netra-cli check: not ok, exit 1, the message among the problems, the entry in the JSON.
        const CliCheck check = cliCheck(path);
        QCOMPARE(check.exit, 1);
        QCOMPARE(check.json.value(QStringLiteral("ok")).toBool(), false);
        const QJsonObject log = check.json.value(QStringLiteral("change_log")).toObject();
        QCOMPARE(log.value(QStringLiteral("ok")).toBool(), false);
        const QJsonObject problem = log.value(QStringLiteral("problem")).toObject();
        QCOMPARE(problem.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(problem.value(QStringLiteral("entry_id")).toInteger(), expectedEntry);
        QCOMPARE(problem.value(QStringLiteral("found_at_id")).toInteger(), expectedFoundAt);
        QCOMPARE(problem.value(QStringLiteral("actor")).toString(), p.actor);
        QCOMPARE(problem.value(QStringLiteral("case_number")).toString(), p.caseNumber);
        QVERIFY(check.json.value(QStringLiteral("problems"))
                    .toArray()
                    .contains(QJsonValue(p.message())));
    }

    // The first problem is the one reported: an entry altered before another one removed.
    void firstProblemIsReported()
    {
        const QString path = populatedFile();
        QVERIFY(!path.isEmpty());
        QVERIFY(RawFile::with(path, [](QSqlDatabase &db) {
            return exec(db, QStringLiteral("DELETE FROM change_log WHERE id = 8")) &&
                   exec(db, QStringLiteral("UPDATE change_log SET at = '2020-01-01T00:00:00.000Z'"
                                           " WHERE id = 4"));
        }));
        const ChangeLogChain::Result r = verify(path);
        QVERIFY(r.problem);
        QCOMPARE(r.problem->kindCode(), QStringLiteral("altered"));
        QCOMPARE(r.problem->entryId, 4);
    }

    // A file of data version 6 with entries gets them chained when it is brought up to date,
    // checks clean, and goes on chaining.
    void migratedFromVersion6()
    {
        SKIP_ON_SERVER(); // a data file of before: a server store starts at the latest version
        const QString path = newPath();
        const QString caseUuid = QStringLiteral("6f1d3c1e-0000-4000-8000-000000000007");
        {
            QString error;
            auto db = Database::createAtVersion(path, 6, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlDatabase &sql = db->sql();
            QVERIFY(exec(
                sql,
                QStringLiteral("INSERT INTO cases (id, uuid, updated_at, source, election, profile,"
                               " regency_code, status, receipt_number, event_date, known_date,"
                               " received_date, reporter_name, reporter_address,"
                               " violation_category, description) VALUES (7, ?,"
                               " '2024-10-07T02:00:00.000Z', 'laporan', 'pilkada', 'pilkada-2024',"
                               " '3311', 'diterima', '001/LP/PB/Kab/33.11/X/2024', '2024-10-04',"
                               " '2024-10-05', '2024-10-07', 'Budi Santoso', 'Desa Sidorejo',"
                               " 'media_sosial', 'v5')"),
                {caseUuid}));
            QVERIFY(exec(sql, QStringLiteral("INSERT INTO sequences (year, kind, last) VALUES"
                                             " (2024, 'receipt:LP:PB', 1)")));
            for (int i = 0; i < 5; ++i)
                QVERIFY(exec(
                    sql,
                    QStringLiteral("INSERT INTO change_log (at, actor, record_table,"
                                   " record_uuid, case_uuid, action, changes) VALUES"
                                   " (?, 'petugas', 'cases', ?, ?, ?, ?)"),
                    {QStringLiteral("2024-10-07T02:0%1:00.000Z").arg(i), caseUuid, caseUuid,
                     i == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                     // The creation with the case's fields, as Netra logged it; then edits
                     // of its description up to the one stored.
                     i == 0 ? QStringLiteral(
                                  R"({"source":[null,"laporan"],"election":[null,"pilkada"],)"
                                  R"("profile":[null,"pilkada-2024"],"regency_code":[null,"3311"],)"
                                  R"("status":[null,"diterima"],)"
                                  R"("receipt_number":[null,"001/LP/PB/Kab/33.11/X/2024"],)"
                                  R"("event_date":[null,"2024-10-04"],)"
                                  R"("known_date":[null,"2024-10-05"],)"
                                  R"("received_date":[null,"2024-10-07"],)"
                                  R"("reporter_name":[null,"Budi Santoso"],)"
                                  R"("reporter_address":[null,"Desa Sidorejo"],)"
                                  R"("violation_category":[null,"media_sosial"],)"
                                  R"("description":[null,"v1"]})")
                            : QStringLiteral("{\"description\":[\"v%1\",\"v%2\"]}")
                                  .arg(i)
                                  .arg(i + 1)}));
        }
        {
            auto db = TestSupport::openNew(path);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), Database::latestVersion());
            const ChangeLogChain::Result r = ChangeLogChain::verify(*db);
            QVERIFY2(r.ok(), r.problem ? qPrintable(r.problem->message()) : "");
            QCOMPARE(r.entries, 5);
            User admin;
            admin.login = AdminLogin;
            admin.fullName = QStringLiteral("Administrator Kantor");
            admin.role = Role::Administrator;
            QString error;
            QVERIFY2(UserRepository(*db).create(admin, AdminPassword, &error), qPrintable(error));
            Case c = TestSupport::sampleCase();
            QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
            const FileCheck::Result check = FileCheck::run(*db);
            QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
            QVERIFY(check.changeLog.entries > 5);
        }
        checksClean(path, QStringLiteral("migrated from version 6"));
        // The migrated entries are guarded too.
        QVERIFY(RawFile::with(path, [](QSqlDatabase &db) {
            return exec(db, QStringLiteral("UPDATE change_log SET actor = 'x' WHERE id = 2"));
        }));
        const ChangeLogChain::Result r = verify(path);
        QVERIFY(r.problem);
        QCOMPARE(r.problem->kindCode(), QStringLiteral("altered"));
        QCOMPARE(r.problem->entryId, 2);
        QCOMPARE(r.problem->caseNumber, QStringLiteral("001/LP/PB/Kab/33.11/X/2024"));
    }

    // --- killed writers ---------------------------------------------------------------------

    void killedDemo()
    {
        const QString path = populatedFile();
        QVERIFY(!path.isEmpty());
        const int batch = 5;
        qint64 atLeast = 0; // demo cases committed over all runs
        // On the server fewer runs: its own kill test is the import's (20 runs).
        const int runs = TestSupport::onServer() ? 4 : 10;
        for (int run = 1; run <= runs; ++run) {
            const int after = 200 + int(m_rng.bounded(1300));
            const KilledRun r = runAndKill(
                QStringLiteral(TRAIL_WRITER),
                {QStringLiteral("demo"), path, QString::number(run), QString::number(batch)},
                "committed demo ", after);
            QVERIFY2(r.killed, qPrintable(r.stderrText));
            const qint64 reported = r.keys.isEmpty() ? 0 : r.keys.last();
            qint64 cases = 0;
            {
                QString error;
                auto db = Database::open(path, Database::Mode::ReadOnly, &error);
                QVERIFY2(db, qPrintable(error));
                cases = CaseRepository(*db).count(CaseFilter());
            }
            // The four cases of the file, every batch reported, and at most the batch that was
            // committed but not yet reported.
            QVERIFY2(cases >= 4 + atLeast + reported && cases <= 4 + atLeast + reported + batch,
                     qPrintable(QStringLiteral("run %1 killed after %2 ms: %3 cases, %4 before, "
                                               "%5 reported")
                                    .arg(run)
                                    .arg(after)
                                    .arg(cases)
                                    .arg(4 + atLeast)
                                    .arg(reported)));
            qInfo("demo run %d killed after %d ms: %lld cases reported, %lld in the file", run,
                  after, reported, cases - 4 - atLeast);
            atLeast = cases - 4;
            checksClean(path, QStringLiteral("demo run %1 killed after %2 ms").arg(run).arg(after));
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(atLeast > 0, "no demo batch was committed before a kill");
    }

    void killedImport()
    {
        const QString path = populatedFile();
        QVERIFY(!path.isEmpty());
        int next = 0; // the next batch to import
        QList<int> committed;
        // On the server, 20 clients killed: each import all there or not at all.
        const int runs = TestSupport::onServer() ? 20 : 10;
        for (int run = 1; run <= runs; ++run) {
            // On the server killed sooner: twice the runs, about as many registers in all.
            const int after = TestSupport::onServer() ? 100 + int(m_rng.bounded(400))
                                                      : 200 + int(m_rng.bounded(800));
            const KilledRun r = runAndKill(QStringLiteral(TRAIL_WRITER),
                                           {QStringLiteral("import"), path, QString::number(next)},
                                           "committed import ", after);
            QVERIFY2(r.killed, qPrintable(r.stderrText));
            for (qint64 k : r.keys)
                committed << int(k);
            if (!r.keys.isEmpty())
                next = int(r.keys.last()) + 1;
            qInfo("import run %d killed after %d ms: %d registers reported", run, after,
                  int(r.keys.size()));
            const int inFlight = next; // the register being imported when it was killed
            {
                QString error;
                auto db = Database::open(path, Database::Mode::ReadOnly, &error);
                QVERIFY2(db, qPrintable(error));
                CaseRepository repo(*db);
                // The one killed in the middle: all of it (committed, not yet reported) or none.
                int found = 0;
                for (int i = 0; i < TrailWriter::ImportBatchSize; ++i)
                    found += repo.findByNumber(TrailWriter::importNumber(inFlight, i)) ? 1 : 0;
                QVERIFY2(found == 0 || found == TrailWriter::ImportBatchSize,
                         qPrintable(QStringLiteral("run %1 killed after %2 ms: register %3 has "
                                                   "%4 of its %5 findings")
                                        .arg(run)
                                        .arg(after)
                                        .arg(inFlight)
                                        .arg(found)
                                        .arg(TrailWriter::ImportBatchSize)));
                if (found > 0) {
                    committed << inFlight;
                    next = inFlight + 1;
                }
                for (int batch : std::as_const(committed)) {
                    for (int i = 0; i < TrailWriter::ImportBatchSize; ++i)
                        QVERIFY2(repo.findByNumber(TrailWriter::importNumber(batch, i)),
                                 qPrintable(QStringLiteral("run %1 killed after %2 ms: %3 missing")
                                                .arg(run)
                                                .arg(after)
                                                .arg(TrailWriter::importNumber(batch, i))));
                }
            }
            checksClean(path,
                        QStringLiteral("import run %1 killed after %2 ms").arg(run).arg(after));
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(!committed.isEmpty(), "no import was committed before a kill");
    }

    void killedMinutes()
    {
        const QString path = populatedFile();
        QVERIFY(!path.isEmpty());
        int committedPairs = 0;
        const int runs = TestSupport::onServer() ? 4 : 10;
        for (int run = 1; run <= runs; ++run) {
            // A new hearing each time, so that the typist starts on empty minutes.
            qint64 attendeeId = 0;
            {
                auto db = TestSupport::openNew(path);
                QVERIFY(db);
                Case c = TestSupport::sampleCase(QDate(2024, 11, 1 + run));
                QString error;
                QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
                Hearing h;
                h.caseId = c.id;
                h.scheduledAt = QDateTime(QDate(2024, 11, 10 + run), QTime(9, 0));
                h.place = QStringLiteral("Kantor Bawaslu Kabupaten Sukoharjo");
                h.examiners = QStringLiteral("Andi Pratama, Rina Kusuma");
                h.assignmentLetter = QStringLiteral("12/ST/PP.01/K.JT-11/11/2024");
                Attendee a;
                a.partyId = CaseRepository(*db).load(c.id)->parties.first().id;
                a.role = QStringLiteral("terlapor");
                a.name = QStringLiteral("Siti Rahmawati, S.Pd.");
                h.attendees << a;
                QVERIFY2(HearingRepository(*db).saveHearing(h, &error), qPrintable(error));
                attendeeId = h.attendees.first().id;
            }
            const int after = 700 + int(m_rng.bounded(2000));
            const KilledRun r = runAndKill(
                QStringLiteral(MINUTES_TYPER),
                {path, QString::number(attendeeId), QStringLiteral("60"), QStringLiteral("4")},
                "COMMITTED ", after);
            QVERIFY2(r.killed, qPrintable(r.stderrText));
            const int reported = r.keys.isEmpty() ? 0 : int(r.keys.last());
            committedPairs += reported;
            qInfo("minutes run %d killed after %d ms: %d pairs reported", run, after, reported);
            {
                QString error;
                auto db = Database::open(path, Database::Mode::ReadOnly, &error);
                QVERIFY2(db, qPrintable(error));
                const std::optional<Hearing> h = HearingRepository(*db).hearingOf(attendeeId);
                QVERIFY(h);
                const QList<MinutesEntry> minutes = h->attendees.first().minutes;
                QVERIFY2(minutes.size() >= reported,
                         qPrintable(QStringLiteral("run %1 killed after %2 ms: %3 stored, %4 "
                                                   "reported")
                                        .arg(run)
                                        .arg(after)
                                        .arg(minutes.size())
                                        .arg(reported)));
                for (int n = 1; n <= reported; ++n) {
                    QCOMPARE(minutes.at(n - 1).question, typedQuestion(n));
                    QCOMPARE(minutes.at(n - 1).answer, typedAnswer(n));
                }
            }
            checksClean(path,
                        QStringLiteral("minutes run %1 killed after %2 ms").arg(run).arg(after));
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(committedPairs > 0, "no minutes were committed before a kill");
    }
};

QTEST_GUILESS_MAIN(TestTrail)
#include "TestTrail.moc"
