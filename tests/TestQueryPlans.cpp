// The cost of adding or finding a case does not grow with the file: on a file of 2,000 cases in
// two regencies, every statement SQLite runs for what a user does — receiving, saving and
// registering a case, a hearing with its minutes signed, a follow-up, a draft, a CSV register
// and a package imported — and for the register's queries with each of its filters and sort
// columns, the hearings, the ledger and the figures of one case's window, searches an index of
// cases, parties and the change log instead of reading the whole table (EXPLAIN QUERY PLAN of
// each statement as SQLite prepared it). What reads the whole file by its nature is listed in
// Allowed with the reason.
#include "StatementTrace.h"
#include "TestSupport.h"

#include "exchange/Package.h"
#include "exchange/RegisterExport.h"
#include "exchange/RegisterImport.h"
#include "store/DraftRepository.h"
#include "store/HearingRepository.h"
#include "store/HistoryRepository.h"
#include "store/LedgerRepository.h"
#include "store/PackageStore.h"
#include "store/StatsRepository.h"

#include <QBuffer>
#include <QRegularExpression>

using namespace TestSupport;

namespace {

// Plans that read cases whole on purpose, each by its plan line and statement ("LINE in: SQL",
// StatementTrace::scans), with why.
struct Allowance
{
    QRegularExpression scan;
    const char *why;
};

const QList<Allowance> &allowed()
{
    const auto rule = [](const QString &pattern) {
        return QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption);
    };
    static const QList<Allowance> list{
        {rule(QStringLiteral(
             "^SCAN (c|cases)( USING (COVERING )?INDEX \\w+)? in: SELECT .* FROM cases c"
             "( ORDER BY [^()]*)?( LIMIT :\\d+ OFFSET :\\d+)?$")),
         "the register with no filter: every case is counted, and a page taken in the order "
         "chosen (walking the index of that column where there is one, up to the page's end)"},
        {rule(QStringLiteral("^SCAN c USING INDEX cases_(received|status|regency) in: SELECT .* "
                             "FROM cases c WHERE .* ORDER BY c\\.(received_date|status|"
                             "regency_code) (ASC|DESC), c\\.id (ASC|DESC) LIMIT :\\d+ OFFSET "
                             ":\\d+$")),
         "a page of a filter that keeps a large share of the cases, in the order of an indexed "
         "column: SQLite's statistics have it walk that column's index up to the page's end "
         "rather than sort every case the filter keeps (the count searches the filter's index)"},
        {rule(QStringLiteral("^SCAN c( USING (COVERING )?INDEX \\w+)? in: .*FROM cases c WHERE "
                             "EXISTS \\(SELECT 1 FROM parties p WHERE p\\.case_id = c\\.id AND "
                             "p\\.role = 'terlapor' AND p\\.position_category = :\\d+\\)")),
         "the position category filter: one of twelve categories, most persons in two of them "
         "(fungsional, pelaksana); no index of persons by category (it would take a schema "
         "step), so each case's persons are looked up by the case's index"},
        {rule(QStringLiteral("^SCAN cases USING INDEX cases_number_length in: SELECT CASE .* FROM "
                             "cases ORDER BY length\\(CASE .*\\) DESC LIMIT :\\d+$")),
         "the longest numbers for the register's number column: the index of the numbers' "
         "lengths walked from the longest, as many entries as numbers asked for"},
        {rule(QStringLiteral("^SCAN cases USING COVERING INDEX cases_regency in: SELECT DISTINCT "
                             "regency_code FROM cases ORDER BY regency_code$")),
         "the regencies the file has cases in: SQLite skips from one code to the next in the "
         "regency index (the shell's .stats shows no full-scan step at 10,000 cases)"},
    };
    return list;
}

// The scans found that no allowance covers.
QStringList unexpected(const QStringList &scans)
{
    QStringList left;
    for (const QString &scan : scans) {
        bool ok = false;
        for (const Allowance &a : allowed())
            ok = ok || a.scan.match(scan).hasMatch();
        if (!ok)
            left << scan;
    }
    return left;
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_register; // a small register of another office
    QByteArray m_package;  // a small package of that office
    const QDate m_today{2024, 12, 31};

    std::unique_ptr<Database> open()
    {
        QString error;
        auto db = Database::open(m_path, Database::Mode::OpenExisting, &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        else
            db->setToday(m_today);
        return db;
    }

    static void check(const StatementTrace &trace, int atLeast)
    {
        QVERIFY2(trace.statements().size() >= atLeast,
                 qPrintable(QString::number(trace.statements().size())));
        // Each on its own line: a failure's message is cut short.
        const QStringList scans = unexpected(trace.scans(StatementTrace::watched()));
        for (const QString &scan : scans)
            qInfo("%s", qPrintable(scan));
        QVERIFY2(scans.isEmpty(), qPrintable(QStringLiteral("%1 statements read a whole table; "
                                                            "the first: %2")
                                                 .arg(scans.size())
                                                 .arg(scans.value(0))));
    }

private slots:
    void initTestCase()
    {
        SKIP_ON_SERVER();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("kantor.netra"));
        QString error;
        {
            auto db = openNew(m_path, m_today);
            QVERIFY(db);
            DemoGenerator::Options o;
            o.cases = 2000;
            o.seed = 16;
            o.regencies = {QStringLiteral("3311"), QStringLiteral("3312")};
            o.today = m_today;
            QVERIFY2(DemoGenerator(*db, o).run(&error), qPrintable(error));
        } // closed as a user closes it (PRAGMA optimize may leave statistics the plans use)
        // A register and a package of two other offices.
        const auto office = [&](const QString &name, const QString &regency, quint32 seed) {
            auto other = openNew(m_dir.filePath(name), m_today);
            DemoGenerator::Options o;
            o.cases = 30;
            o.seed = seed;
            o.regencies = {regency};
            o.today = m_today;
            if (other && !DemoGenerator(*other, o).run(&error))
                other.reset();
            return other;
        };
        auto other = office(QStringLiteral("lain.netra"), QStringLiteral("3313"), 61);
        QVERIFY2(other, qPrintable(error));
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        int n = 0;
        QVERIFY2(RegisterExport(*other).exportTo(&csv, {}, true, &n, &error), qPrintable(error));
        QCOMPARE(n, 30);
        m_register = csv.data();
        auto third = office(QStringLiteral("ketiga.netra"), QStringLiteral("3314"), 62);
        QVERIFY2(third, qPrintable(error));
        Package::Content content;
        QVERIFY2(PackageStore(*third).collect({}, true, true, &content, &error), qPrintable(error));
        m_package = Package::write(content);
    }

    // A case as a desk receives and works it: created, edited, registered, heard (minutes
    // typed, signed, an addendum), analysed, forwarded, its follow-up recorded, a draft kept;
    // then a CSV register and a package of another office brought in (and again).
    void writePathsSearchIndexes()
    {
        SKIP_ON_SERVER();
        auto db = open();
        QVERIFY(db);
        StatementTrace trace(*db);
        QVERIFY(trace.isOn());
        CaseRepository repo(*db);
        QString error;

        Case c = sampleCase(m_today.addDays(-10));
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        Case edited = *repo.load(c.id);
        edited.description += QStringLiteral(" Foto diunggah di Facebook.");
        Party second;
        second.name = QStringLiteral("Agus Prasetyo");
        second.nip = QStringLiteral("19790502 200501 1 003");
        second.positionCategory = QStringLiteral("fungsional");
        second.agency = QStringLiteral("Kecamatan Bendosari");
        edited.parties << second;
        QVERIFY2(repo.save(edited, &error), qPrintable(error));
        QVERIFY(repo.findByNumber(repo.load(c.id)->receiptNumber));
        QVERIFY(DraftRepository(*db).saveDraft(QStringLiteral("case:%1").arg(c.id),
                                               QStringLiteral("{\"description\":\"x\"}")));
        DraftRepository(*db).clearDraft(QStringLiteral("case:%1").arg(c.id));

        Step step;
        step.kind = Step::Kind::Register;
        step.date = m_today.addDays(-9);
        QVERIFY2(repo.applyStep(c.id, step, &error), qPrintable(error));
        step = {};
        step.kind = Step::Kind::StartClarification;
        step.date = m_today.addDays(-9);
        QVERIFY2(repo.applyStep(c.id, step, &error), qPrintable(error));

        const Case registered = *repo.load(c.id);
        HearingRepository hearings(*db);
        Hearing h;
        h.caseId = c.id;
        h.scheduledAt = QDateTime(m_today.addDays(-8), QTime(2, 0), Qt::UTC);
        h.place = QStringLiteral("Ruang Sidang Bawaslu Kabupaten Sukoharjo");
        h.examiners = QStringLiteral("Sri Wahyuni; Agus Prasetyo");
        Attendee reported;
        reported.role = QStringLiteral("terlapor");
        reported.name = registered.parties.at(0).name;
        reported.partyId = registered.parties.at(0).id;
        reported.invitedOn = m_today.addDays(-9);
        reported.attendance = QStringLiteral("hadir");
        reported.oath = QStringLiteral("bersumpah");
        h.attendees << reported;
        QVERIFY2(hearings.saveHearing(h, &error), qPrintable(error));
        MinutesEntry q1;
        q1.question = QStringLiteral("Siapa nama lengkap Saudari?");
        q1.answer = QStringLiteral("Siti Rahmawati.");
        QVERIFY2(hearings.saveMinutes(h.attendees[0].id, {q1}, &error), qPrintable(error));
        QVERIFY2(hearings.sign(h.attendees[0].id, QStringLiteral("Siti Rahmawati; Sri Wahyuni"),
                               QString(), &error),
                 qPrintable(error));
        QVERIFY2(
            hearings.addAddendum(h.attendees[0].id, QStringLiteral("Koreksi tanggal."), &error),
            qPrintable(error));

        Case analysed = *repo.load(c.id);
        analysed.analysisConclusion = QStringLiteral("Memenuhi unsur pelanggaran.");
        QVERIFY2(repo.save(analysed, &error), qPrintable(error));
        step = {};
        step.kind = Step::Kind::StartAnalysis;
        step.date = m_today.addDays(-7);
        QVERIFY2(repo.applyStep(c.id, step, &error), qPrintable(error));
        step = {};
        step.kind = Step::Kind::Forward;
        step.date = m_today.addDays(-6);
        step.number = QStringLiteral("101/PP.01.02/K.JT-11/12/2024");
        QVERIFY2(repo.applyStep(c.id, step, &error), qPrintable(error));

        FollowUp f;
        f.partyId = registered.parties.at(0).id;
        f.recommendationNumber = QStringLiteral("R-12/KASN/12/2024");
        f.recommendationDate = m_today.addDays(-3);
        f.sanctionRecommended = QStringLiteral("disiplin_ringan");
        f.ppkName = QStringLiteral("Bupati Sukoharjo");
        QVERIFY2(LedgerRepository(*db).saveFollowUp(f, c.id, &error), qPrintable(error));

        const RegisterImport::Summary first = RegisterImport(*db).importData(m_register);
        QVERIFY2(first.refused.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.added, 30);
        QCOMPARE(RegisterImport(*db).importData(m_register).skipped, 30);
        for (int i = 0; i < 2; ++i) {
            Package::Content content;
            ImportPlan plan;
            QVERIFY2(Package::read(m_package, &content, &error), qPrintable(error));
            QVERIFY2(PackageStore(*db).apply(content, Settlement::TakeTheirs, {}, &plan, &error),
                     qPrintable(error));
        }
        check(trace, 60);
    }

    // The register's count and page with each filter, alone, in every sort column and both
    // orders; a case's window (the case, its hearings, follow-ups and history); the ledger and
    // the figures over one regency.
    void registerQueriesSearchIndexes()
    {
        SKIP_ON_SERVER();
        auto db = open();
        QVERIFY(db);
        CaseRepository repo(*db);
        const CaseRow any = repo.page({}, CaseColumn::Received, Qt::AscendingOrder, 0, 1).value(0);
        QVERIFY(!any.reportedName.isEmpty());
        QString word;
        for (const QString &w : any.reportedName.split(QRegularExpression(QStringLiteral("\\W+"))))
            word = w.size() > word.size() ? w : word;

        StatementTrace trace(*db);
        QVERIFY(trace.isOn());
        QList<CaseFilter> filters;
        filters << CaseFilter();
        CaseFilter f;
        f.text = word;
        filters << f;
        f = {};
        f.statuses = {QStringLiteral("diterima"), QStringLiteral("diregistrasi")};
        filters << f;
        f = {};
        f.regencyCode = QStringLiteral("3312");
        filters << f;
        f = {};
        f.provinceCode = QStringLiteral("33");
        filters << f;
        for (const char *state : {"late", "due_today", "due_soon"}) {
            f = {};
            f.deadlineState = QLatin1String(state);
            filters << f;
        }
        f = {};
        f.positionCategory = QStringLiteral("fungsional");
        filters << f;
        f = {};
        f.receivedFrom = m_today.addMonths(-3);
        f.receivedTo = m_today;
        filters << f;
        f = {};
        f.numbers = {any.number};
        filters << f;
        f = {};
        f.assignedTo = QStringLiteral("notulis");
        filters << f;

        int found = 0;
        for (const CaseFilter &filter : filters) {
            found += int(repo.count(filter));
            for (const CaseColumn column :
                 {CaseColumn::Number, CaseColumn::Received, CaseColumn::Regency,
                  CaseColumn::Reported, CaseColumn::Category, CaseColumn::Status,
                  CaseColumn::NextDue})
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                    repo.page(filter, column, order, 0, 100);
        }
        QVERIFY(found > 2000);
        QCOMPARE(repo.longestNumbers(20).size(), 20);

        const Case c = *repo.load(any.id);
        HearingRepository(*db).hearings(c.id);
        for (const Party &p : c.parties)
            LedgerRepository(*db).followUp(p.id);
        HistoryRepository(*db).history(c.uuid);
        repo.reportedElsewhere(c);
        CaseFilter regency;
        regency.regencyCode = QStringLiteral("3311");
        LedgerRepository(*db).rows(regency);
        StatsRepository stats(*db);
        stats.cases(regency);
        stats.persons(regency);
        stats.followUps(regency);
        // The desk's two regencies and the two offices' imported before (writePathsSearchIndexes),
        // in the official list's order, whatever their number of cases.
        QCOMPARE(stats.regencies(), QStringList({QStringLiteral("3311"), QStringLiteral("3312"),
                                                 QStringLiteral("3313"), QStringLiteral("3314")}));
        check(trace, 30);
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "TestQueryPlans.moc"
