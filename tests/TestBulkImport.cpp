// Bulk work at the speed of the disk: every statement an import runs (a CSV register, a package,
// each again) and a case received and registered at the desk searches an index of cases, parties
// and the change log instead of reading the whole table, and an unchanged package imported again
// writes nothing.
#include "StatementTrace.h"
#include "TestSupport.h"

#include "exchange/Package.h"
#include "exchange/RegisterExport.h"
#include "exchange/RegisterImport.h"
#include "store/CaseRepository.h"
#include "store/PackageStore.h"
#include "store/Schema.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace TestSupport;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// Every case's update time, by uuid.
QHash<QString, QString> updateTimes(Database &db)
{
    QHash<QString, QString> times;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT uuid, updated_at FROM cases"));
    while (q.next())
        times.insert(q.value(0).toString(), q.value(1).toString());
    return times;
}

} // namespace

class TestBulkImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_package;
    QByteArray m_register;
    int m_counter = 0;
    const QDate m_today{2026, 11, 23};

    QString newPath() { return m_dir.filePath(QStringLiteral("t%1.netra").arg(++m_counter)); }

    bool importPackage(Database &db, ImportPlan *plan, QString *reason)
    {
        Package::Content content;
        return Package::read(m_package, &content, reason) &&
               PackageStore(db).apply(content, Settlement::Ask, {}, plan, reason);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto source = openNew(newPath(), m_today);
        QVERIFY(source);
        DemoGenerator::Options o;
        o.cases = 150;
        o.seed = 15;
        o.regencies = {QStringLiteral("3311"), QStringLiteral("3312")};
        o.today = m_today;
        QString error;
        QVERIFY2(DemoGenerator(*source, o).run(&error), qPrintable(error));
        Package::Content content;
        QVERIFY2(PackageStore(*source).collect({}, true, true, &content, &error),
                 qPrintable(error));
        m_package = Package::write(content);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        int n = 0;
        QVERIFY2(RegisterExport(*source).exportTo(&csv, {}, true, &n, &error), qPrintable(error));
        QCOMPARE(n, o.cases);
        m_register = csv.data();
    }

    // The lookup made for each case added (is this number taken? is this case known?) searched
    // the whole cases table: `receipt_number = ? OR registration_number = ?` cannot use the
    // partial indexes. Now no statement of a CSV import (first and again) or a package import
    // (first and again) scans cases, parties or the change log, but for the one pass over a
    // table whose records the package holds a quarter of or more.
    void importsSearchIndexes()
    {
        SKIP_ON_SERVER();
        auto db = openNew(newPath(), m_today);
        QVERIFY(db);
        StatementTrace trace(*db);
        QVERIFY(trace.isOn());
        const RegisterImport::Summary first = RegisterImport(*db).importData(m_register);
        QVERIFY(first.refused.isEmpty());
        QCOMPARE(first.added, 150);
        QCOMPARE(RegisterImport(*db).importData(m_register).skipped, 150);
        // A case received and registered at the desk: its numbers assigned from the pattern,
        // each checked against the numbers the file holds.
        Case c = sampleCase(m_today.addDays(-3));
        QString error;
        CaseRepository repo(*db);
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        Step registered;
        registered.kind = Step::Kind::Register;
        registered.date = m_today.addDays(-2);
        QVERIFY2(repo.applyStep(c.id, registered, &error), qPrintable(error));
        QVERIFY(!repo.load(c.id)->registrationNumber.isEmpty());

        auto other = openNew(newPath(), m_today);
        QVERIFY(other);
        StatementTrace packageTrace(*other);
        ImportPlan plan;
        QString reason;
        QVERIFY2(importPackage(*other, &plan, &reason), qPrintable(reason));
        QCOMPARE(plan.tables.value(QStringLiteral("cases")).added, 150);
        QVERIFY2(importPackage(*other, &plan, &reason), qPrintable(reason));
        QCOMPARE(plan.tables.value(QStringLiteral("cases")).unchanged, 150);

        QVERIFY(trace.statements().size() > 10);
        QVERIFY(packageTrace.statements().size() > 10);
        // Imported again, the package holds every record of the file: each table's versions are
        // read in one pass (PackageStore::storedVersions), not looked up record by record. A
        // package that is a small share of the file looks its records up (TestQueryPlans).
        QStringList scans =
            trace.scans(StatementTrace::watched()) + packageTrace.scans(StatementTrace::watched());
        const qsizetype all = scans.size();
        scans.removeIf([](const QString &scan) {
            return scan.contains(
                QLatin1String("in: SELECT t.uuid, t.updated_at, s.imported_updated_at FROM "));
        });
        QVERIFY(all > scans.size());
        QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1Char('\n'))));
    }

    // A case of a register is written once, taken through its steps in memory: the file ends as
    // if an officer had created it and taken each step (applyStep), with the same change log
    // entries, row and search row; a step the status machine refuses leaves nothing written.
    void caseWrittenOnceAsIfSteppedThrough()
    {
        auto stepped = openNew(newPath(), m_today);
        auto atOnce = openNew(newPath(), m_today);
        QVERIFY(stepped && atOnce);
        const QDate received = m_today.addDays(-20);
        auto step = [&](Step::Kind kind, int day, const QString &number = QString()) {
            Step s;
            s.kind = kind;
            s.date = received.addDays(day);
            s.number = number;
            s.reason = kind == Step::Kind::Stop ? QStringLiteral("Tidak terbukti") : QString();
            return s;
        };
        const QList<Step> steps{step(Step::Kind::Register, 1),
                                step(Step::Kind::StartClarification, 2),
                                step(Step::Kind::StartAnalysis, 3), step(Step::Kind::Stop, 5)};
        QString error;
        Case one = sampleCase(received);
        CaseRepository first(*stepped);
        QVERIFY2(first.create(one, &error), qPrintable(error));
        for (const Step &s : steps)
            QVERIFY2(first.applyStep(one.id, s, &error), qPrintable(error));
        Case other = sampleCase(received);
        QVERIFY2(CaseRepository(*atOnce).create(other, &error, steps), qPrintable(error));
        QCOMPARE(other.status, Codes::Status::Stopped);
        QVERIFY(other.parties.first().id > 0);

        auto rows = [](Database &db, const QString &sql) {
            QStringList out;
            QSqlQuery q(db.sql());
            if (!q.exec(sql))
                return QStringList{q.lastError().text()};
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i).toString();
                out << row.join(QLatin1Char('|'));
            }
            return out;
        };
        for (const char *sql :
             {"SELECT record_table, action, changes FROM change_log ORDER BY id",
              "SELECT status, registration_number, registered_date, decided_date, decision_reason,"
              " next_deadline, next_due FROM cases",
              "SELECT numbers, names, nips, agencies, description FROM case_search"}) {
            const QStringList a = rows(*stepped, QLatin1String(sql));
            QVERIFY(!a.isEmpty());
            QCOMPARE(rows(*atOnce, QLatin1String(sql)), a);
        }
        QCOMPARE(rows(*atOnce, QStringLiteral("SELECT count(*) FROM change_log")),
                 QStringList{QString::number(1 + one.parties.size() + steps.size())});

        // Stopped before it was registered: refused, and the file holds no trace of it.
        const int log = count(*atOnce, QStringLiteral("SELECT count(*) FROM change_log"));
        Case refused = sampleCase(received);
        QVERIFY(!CaseRepository(*atOnce).create(refused, &error, {step(Step::Kind::Stop, 2)}));
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(*atOnce, QStringLiteral("SELECT count(*) FROM cases")), 1);
        QCOMPARE(count(*atOnce, QStringLiteral("SELECT count(*) FROM change_log")), log);
    }

    // A register's cases get their search rows together after the last case (SearchRowBatch),
    // each the row the case's own data makes, as a case written at the desk gets: the register's
    // search finds them, and none is left without its row.
    void importedCasesAreFound()
    {
        auto db = openNew(newPath(), m_today);
        QVERIFY(db);
        QCOMPARE(RegisterImport(*db).importData(m_register).added, 150);
        const auto rows = [&](const QString &sql) {
            QStringList out;
            QSqlQuery q(db->sql());
            if (!q.exec(sql))
                return QStringList{q.lastError().text()};
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < 6; ++i)
                    row << q.value(i).toString();
                out << row.join(QLatin1Char('|'));
            }
            return out;
        };
        const QStringList written = rows(QStringLiteral(
            "SELECT rowid, numbers, names, nips, agencies, description FROM case_search"
            " ORDER BY rowid"));
        QCOMPARE(written.size(), 150);
        QCOMPARE(written, rows(Schema::searchRowSelect(db->dialect()) +
                               QStringLiteral(" GROUP BY c.id ORDER BY c.id")));

        CaseRepository repo(*db);
        const CaseRow last =
            repo.page({}, CaseColumn::Received, Qt::DescendingOrder, 0, 1).value(0);
        CaseFilter byName;
        byName.text = last.reportedName;
        QVERIFY(repo.count(byName) >= 1);
        QVERIFY(!repo.page(byName, CaseColumn::Received, Qt::DescendingOrder, 0, 200).isEmpty());
    }

    // `netra-cli cases --search WORD` (the cases found, each loaded, with the other offices'
    // cases that report the same NIP) and the register's search (its count and first page)
    // search indexes only: the NIP lookup named no partial index's condition and read the whole
    // parties table for every person listed (11.8 s for 200 cases of 100,000).
    void listingSearchesIndexes()
    {
        SKIP_ON_SERVER();
        auto db = openNew(newPath(), m_today);
        QVERIFY(db);
        QVERIFY(RegisterImport(*db).importData(m_register).refused.isEmpty());
        CaseRepository repo(*db);
        const QString surname =
            repo.page({}, CaseColumn::Received, Qt::AscendingOrder, 0, 1).value(0).reportedName;
        QVERIFY(!surname.isEmpty());
        // The longest word of that person's name (not a title such as "S.Pd.").
        CaseFilter filter;
        for (const QString &word : surname.split(QRegularExpression(QStringLiteral("\\W+"))))
            filter.text = word.size() > filter.text.size() ? word : filter.text;

        StatementTrace trace(*db);
        QVERIFY(trace.isOn());
        int listed = 0, withNip = 0;
        repo.forEach(filter, [&](const Case &c) {
            ++listed;
            for (const Party &p : c.reported())
                withNip += p.nip.isEmpty() ? 0 : 1;
            repo.reportedElsewhere(c);
            return true;
        });
        QVERIFY(listed > 0);
        QVERIFY(withNip > 0);
        QCOMPARE(repo.count(filter), qint64(listed));
        QCOMPARE(repo.page(filter, CaseColumn::Received, Qt::DescendingOrder, 0, 200).size(),
                 qMin(listed, 200));
        const QStringList scans = trace.scans(StatementTrace::watched());
        QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1Char('\n'))));
    }

    // Importing the same package again when nothing changed writes nothing: no row, no entry in
    // the change log, every case's update time as it was.
    void unchangedPackageWritesNothing()
    {
        auto db = openNew(newPath(), m_today);
        QVERIFY(db);
        ImportPlan plan;
        QString reason;
        QVERIFY2(importPackage(*db, &plan, &reason), qPrintable(reason));
        const int log = count(*db, QStringLiteral("SELECT count(*) FROM change_log"));
        const int synced = count(*db, QStringLiteral("SELECT count(*) FROM sync_state"));
        const QHash<QString, QString> times = updateTimes(*db);
        QCOMPARE(times.size(), 150);
        sqlite3 *handle = handleOf(*db);
        const qint64 written = handle ? sqlite3_total_changes64(handle) : 0;

        QVERIFY2(importPackage(*db, &plan, &reason), qPrintable(reason));
        QCOMPARE(plan.total(&ImportPlan::Counts::added), 0);
        QCOMPARE(plan.total(&ImportPlan::Counts::updated), 0);
        QCOMPARE(plan.total(&ImportPlan::Counts::conflicts), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM change_log")), log);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM sync_state")), synced);
        QCOMPARE(updateTimes(*db), times);
        if (handle)
            QCOMPARE(sqlite3_total_changes64(handle), written);
    }
};

QTEST_GUILESS_MAIN(TestBulkImport)
#include "TestBulkImport.moc"
