// The figures behind the dashboard and the recap on a hand-built file whose answers are known by
// construction; the same figures as `stats`; the recap as CSV, XLSX and PDF.
#include "TestSupport.h"
#include "domain/Codes.h"
#include "exchange/RecapExport.h"
#include "stats/ChartData.h"
#include "stats/Recap.h"
#include "stats/Stats.h"
#include "store/LedgerRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

namespace {

struct Person
{
    const char *position;
    const char *agency;
};

// A case that goes as far as `status`; a person's follow-up is given as
// {recommended sanction, decided?} in the order of the persons.
struct Spec
{
    const char *regency;
    const char *election;
    QDate received;
    const char *category;
    QList<Person> persons;
    const char *status;
    QList<QPair<const char *, bool>> followUps;
};

} // namespace

class TestStatsCharts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    static QList<Spec> specs()
    {
        const char *pendidikanSkh = "Dinas Pendidikan Kabupaten Sukoharjo";
        const char *kesehatanSkh = "Dinas Kesehatan Kabupaten Sukoharjo";
        const char *pendidikanWng = "Dinas Pendidikan Kabupaten Wonogiri";
        QList<Person> villages;
        for (const char *v : {"Bulu", "Eromoko", "Giritontro", "Jatisrono", "Manyaran",
                              "Pracimantoro", "Tirtomoyo"})
            villages << Person{"perangkat_desa", v};
        return {
            // A, B: Sukoharjo, September, forwarded; three persons recommended, two decided.
            {"3311",
             "pilkada",
             QDate(2024, 9, 10),
             "media_sosial",
             {{"fungsional", pendidikanSkh}},
             "diteruskan",
             {{"moral_terbuka", true}}},
            {"3311",
             "pilkada",
             QDate(2024, 9, 20),
             "media_sosial",
             {{"pelaksana", kesehatanSkh}, {"fungsional", pendidikanSkh}},
             "diteruskan",
             {{"disiplin_ringan", true}, {"moral_tertutup", false}}},
            // C: registered, then stopped. D: not registered, in July (August stays empty).
            {"3311",
             "pilkada",
             QDate(2024, 10, 5),
             "foto_bersama",
             {{"jpt", "Sekretariat Daerah Kabupaten Sukoharjo"}},
             "dihentikan",
             {}},
            {"3311",
             "pilkada",
             QDate(2024, 7, 15),
             "kegiatan_berpihak",
             {{"kepala_desa", "Pemerintah Desa Sidorejo"}},
             "tidak_diregistrasi",
             {}},
            // E: forwarded, no sanction recommended. F: forwarded, sanctioned.
            {"3312",
             "pilkada",
             QDate(2024, 10, 20),
             "media_sosial",
             {{"administrator", pendidikanWng}},
             "diteruskan",
             {{"tidak_ada", false}}},
            {"3312",
             "pilkada",
             QDate(2024, 11, 2),
             "alat_peraga",
             {{"pengawas", pendidikanWng}},
             "diteruskan",
             {{"disiplin_sedang", true}}},
            // G: just received. H: Pemilu, in clarification. I: Pemilu, seven village officials.
            {"3312",
             "pilkada",
             QDate(2024, 11, 25),
             "media_sosial",
             {{"fungsional", pendidikanWng}},
             "diterima",
             {}},
            {"3311",
             "pemilu",
             QDate(2024, 12, 2),
             "lainnya",
             {{"pelaksana", kesehatanSkh}},
             "klarifikasi",
             {}},
            {"3312", "pemilu", QDate(2024, 12, 10), "kegiatan_berpihak", villages, "diterima", {}},
        };
    }

    static bool step(CaseRepository &repo, qint64 id, Step::Kind kind, const QDate &date,
                     QString *error)
    {
        Step s;
        s.kind = kind;
        s.date = date;
        if (kind == Step::Kind::Forward)
            s.number = QStringLiteral("045/PP.01.02/K.JT-11/%1").arg(date.toString("MMdd"));
        if (kind == Step::Kind::NotRegister || kind == Step::Kind::Stop)
            s.reason = QStringLiteral("Unsur tidak terpenuhi.");
        return repo.applyStep(id, s, error);
    }

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), path, QStringLiteral("-")});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static qint64 sum(const QList<ChartBar> &bars)
    {
        qint64 n = 0;
        for (const ChartBar &b : bars)
            n += b.value;
        return n;
    }

    static QStringList codes(const QList<ChartBar> &bars)
    {
        QStringList list;
        for (const ChartBar &b : bars)
            list << b.code;
        return list;
    }

    static QList<qint64> values(const QList<ChartBar> &bars)
    {
        QList<qint64> list;
        for (const ChartBar &b : bars)
            list << b.value;
        return list;
    }

    static CaseFilter period()
    {
        CaseFilter f;
        f.receivedFrom = QDate(2024, 10, 1);
        f.receivedTo = QDate(2024, 11, 30);
        return f;
    }

    static CaseFilter regency(const char *code)
    {
        CaseFilter f;
        f.regencyCode = QLatin1String(code);
        return f;
    }

    // Every figure the chart data and the recap share with `stats` for one filter.
    void sameAsStats(const CaseFilter &filter)
    {
        const QJsonObject s = Stats::compute(*m_db, filter);
        const ChartData d = ChartData::compute(*m_db, filter);
        const Recap r = Recap::compute(*m_db, filter);
        const qint64 cases = s.value(QStringLiteral("cases")).toInteger();
        const qint64 persons = s.value(QStringLiteral("persons_reported")).toInteger();
        QCOMPARE(d.cases, cases);
        QCOMPARE(d.persons, persons);
        QCOMPARE(sum(d.byViolationCategory), cases);
        QCOMPARE(sum(d.byPositionCategory), persons);
        QCOMPARE(sum(d.byRegency), cases);
        QCOMPARE(d.monthly.total(), cases);
        QCOMPARE(d.funnel.at(0).value, cases);
        QCOMPARE(d.funnel.at(2).value, s.value(QStringLiteral("by_status"))
                                           .toObject()
                                           .value(QStringLiteral("diteruskan"))
                                           .toInteger());
        QCOMPARE(d.funnel.at(3).value,
                 s.value(QStringLiteral("recommended_for_sanction")).toInteger());
        QCOMPARE(d.funnel.at(4).value, s.value(QStringLiteral("followed_up")).toInteger());
        const QJsonValue rate = s.value(QStringLiteral("follow_up_rate"));
        QCOMPARE(d.followUpRate.has_value(), !rate.isNull());
        if (d.followUpRate)
            QCOMPARE(*d.followUpRate, rate.toDouble());
        const QJsonObject byCategory = s.value(QStringLiteral("by_violation_category")).toObject();
        for (const ChartBar &b : d.byViolationCategory)
            QCOMPARE(b.value, byCategory.value(b.code).toInteger());
        const QJsonObject byPosition = s.value(QStringLiteral("by_position_category")).toObject();
        for (const ChartBar &b : d.byPositionCategory)
            QCOMPARE(b.value, byPosition.value(b.code).toInteger());
        const QJsonArray agencies = s.value(QStringLiteral("by_agency")).toArray();
        QCOMPARE(d.topAgencies.size(), qMin<qsizetype>(agencies.size(), ChartData::TopAgencies));
        for (int i = 0; i < d.topAgencies.size(); ++i) {
            QCOMPARE(d.topAgencies.at(i).code,
                     agencies.at(i).toObject().value(QStringLiteral("agency")).toString());
            QCOMPARE(d.topAgencies.at(i).value,
                     agencies.at(i).toObject().value(QStringLiteral("persons")).toInteger());
        }

        QCOMPARE(r.total.cases, cases);
        QCOMPARE(r.total.persons, persons);
        QCOMPARE(r.total.recommended,
                 s.value(QStringLiteral("recommended_for_sanction")).toInteger());
        QCOMPARE(r.total.followedUp, s.value(QStringLiteral("followed_up")).toInteger());
        QCOMPARE(r.total.followUpRate().has_value(), !rate.isNull());
        for (int i = 0; i < r.categories.size(); ++i)
            QCOMPARE(r.total.byCategory.at(i), byCategory.value(r.categories.at(i)).toInteger());
        for (int i = 0; i < r.positions.size(); ++i)
            QCOMPARE(r.total.byPosition.at(i), byPosition.value(r.positions.at(i)).toInteger());
        const QJsonArray regencies = s.value(QStringLiteral("by_regency")).toArray();
        QCOMPARE(r.rows.size(), regencies.size());
        for (const QJsonValue &v : regencies) {
            const QString code = v.toObject().value(QStringLiteral("code")).toString();
            const auto row = std::find_if(r.rows.cbegin(), r.rows.cend(), [&](const Recap::Row &x) {
                return x.regencyCode == code;
            });
            QVERIFY(row != r.rows.cend());
            QCOMPARE(row->cases, v.toObject().value(QStringLiteral("cases")).toInteger());
            // Each row is what `stats` says for that regency alone.
            CaseFilter one = filter;
            one.regencyCode = code;
            const QJsonObject alone = Stats::compute(*m_db, one);
            QCOMPARE(row->persons, alone.value(QStringLiteral("persons_reported")).toInteger());
            QCOMPARE(row->recommended,
                     alone.value(QStringLiteral("recommended_for_sanction")).toInteger());
            QCOMPARE(row->followedUp, alone.value(QStringLiteral("followed_up")).toInteger());
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = TestSupport::openNew(m_dir.filePath(QStringLiteral("charts.netra")));
        QVERIFY(m_db);
        CaseRepository repo(*m_db);
        int n = 0;
        for (const Spec &spec : specs()) {
            Case c = TestSupport::sampleCase(spec.received);
            c.regencyCode = QLatin1String(spec.regency);
            c.election = QLatin1String(spec.election);
            c.violationCategory = QLatin1String(spec.category);
            c.parties.clear();
            for (const Person &p : spec.persons) {
                Party party;
                party.name = QStringLiteral("Terlapor %1").arg(++n);
                party.positionCategory = QLatin1String(p.position);
                party.agency = QString::fromUtf8(p.agency);
                if (party.positionCategory == QLatin1String("perangkat_desa"))
                    party.agency = QStringLiteral("Pemerintah Desa ") + party.agency;
                c.parties << party;
            }
            QString error;
            QVERIFY2(repo.create(c, &error), qPrintable(error));
            const QString status = QLatin1String(spec.status);
            const QDate d = spec.received;
            using K = Step::Kind;
            if (status == QLatin1String("tidak_diregistrasi")) {
                QVERIFY2(step(repo, c.id, K::NotRegister, d.addDays(1), &error), qPrintable(error));
            } else if (status != QLatin1String("diterima")) {
                QVERIFY2(step(repo, c.id, K::Register, d.addDays(1), &error), qPrintable(error));
                if (status == QLatin1String("klarifikasi")) {
                    QVERIFY2(step(repo, c.id, K::StartClarification, d.addDays(2), &error),
                             qPrintable(error));
                } else {
                    QVERIFY2(step(repo, c.id, K::StartAnalysis, d.addDays(2), &error),
                             qPrintable(error));
                    QVERIFY2(step(repo, c.id,
                                  status == QLatin1String("diteruskan") ? K::Forward : K::Stop,
                                  d.addDays(3), &error),
                             qPrintable(error));
                }
            }
            const QList<Party> reported = repo.load(c.id)->reported();
            for (int i = 0; i < spec.followUps.size(); ++i) {
                FollowUp f;
                f.partyId = reported.at(i).id;
                f.authority = QStringLiteral("BKN");
                f.forwardedDate = d.addDays(3);
                f.recommendationNumber = QStringLiteral("R-%1/KU.00/2024").arg(n);
                f.recommendationDate = d.addDays(20);
                f.sanctionRecommended = QLatin1String(spec.followUps.at(i).first);
                if (spec.followUps.at(i).second) {
                    f.ppkDecisionDate = d.addDays(40);
                    f.ppkDecisionNumber = QStringLiteral("800/%1").arg(n);
                    f.sanctionImposed = f.sanctionRecommended;
                }
                QVERIFY2(LedgerRepository(repo.database()).saveFollowUp(f, c.id, &error),
                         qPrintable(error));
            }
            QCOMPARE(repo.load(c.id)->status, status);
        }
    }

    // A province is its regencies: three cases in two regencies of Central Java (33), two in
    // the city of Yogyakarta (34), counted per province and filtered by either.
    void provinces()
    {
        auto db = TestSupport::openNew(m_dir.filePath(QStringLiteral("provinces.netra")));
        QVERIFY(db);
        CaseRepository repo(*db);
        for (const char *code : {"3311", "3471", "3312", "3471", "3311"}) {
            Case c = TestSupport::sampleCase();
            c.regencyCode = QLatin1String(code);
            QString error;
            QVERIFY2(repo.create(c, &error), qPrintable(error));
        }
        const QJsonArray all =
            Stats::compute(*db, CaseFilter()).value(QStringLiteral("by_province")).toArray();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("33"));
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Jawa Tengah"));
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("cases")).toInt(), 3);
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("34"));
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("cases")).toInt(), 2);

        CaseFilter java;
        java.provinceCode = QStringLiteral("33");
        const QJsonObject s = Stats::compute(*db, java);
        QCOMPARE(s.value(QStringLiteral("cases")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("by_regency")).toArray().size(), 2);
        QCOMPARE(s.value(QStringLiteral("filter")).toObject().value(QStringLiteral("province")),
                 QJsonValue(QStringLiteral("33")));
        QCOMPARE(repo.count(java), 3);
        CaseFilter yogya;
        yogya.provinceCode = QStringLiteral("34");
        QCOMPARE(repo.count(yogya), 2);
        yogya.regencyCode = QStringLiteral("3311"); // both: nothing
        QCOMPARE(repo.count(yogya), 0);
    }

    // "Other" comes after every named category in a chart, however many cases it has.
    void otherComesLast()
    {
        auto db = TestSupport::openNew(m_dir.filePath(QStringLiteral("other.netra")));
        QVERIFY(db);
        for (const char *category : {"lainnya", "lainnya", "media_sosial"}) {
            Case c = TestSupport::sampleCase();
            c.violationCategory = QLatin1String(category);
            QString error;
            QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
        }
        const ChartData d = ChartData::compute(*db, CaseFilter());
        QCOMPARE(codes(d.byViolationCategory), QStringList({"media_sosial", "lainnya"}));
        QCOMPARE(values(d.byViolationCategory), QList<qint64>({1, 2}));
    }

    void seriesByConstruction()
    {
        const ChartData d = ChartData::compute(*m_db, CaseFilter());
        QCOMPARE(d.cases, 9);
        QCOMPARE(d.persons, 16);
        QCOMPARE(codes(d.byViolationCategory),
                 QStringList({"media_sosial", "kegiatan_berpihak", "alat_peraga", "foto_bersama",
                              "lainnya"}));
        QCOMPARE(values(d.byViolationCategory), QList<qint64>({4, 2, 1, 1, 1}));
        QCOMPARE(d.byViolationCategory.first().label,
                 Codes::label(Codes::Kind::ViolationCategory, QStringLiteral("media_sosial")));
        QCOMPARE(codes(d.byPositionCategory),
                 QStringList({"perangkat_desa", "fungsional", "pelaksana", "administrator", "jpt",
                              "kepala_desa", "pengawas"}));
        QCOMPARE(values(d.byPositionCategory), QList<qint64>({7, 3, 2, 1, 1, 1, 1}));
        // Twelve agencies; the ten with most persons, ties by name.
        QCOMPARE(d.topAgencies.size(), 10);
        QCOMPARE(codes(d.topAgencies),
                 QStringList({"Dinas Pendidikan Kabupaten Wonogiri",
                              "Dinas Kesehatan Kabupaten Sukoharjo",
                              "Dinas Pendidikan Kabupaten Sukoharjo", "Pemerintah Desa Bulu",
                              "Pemerintah Desa Eromoko", "Pemerintah Desa Giritontro",
                              "Pemerintah Desa Jatisrono", "Pemerintah Desa Manyaran",
                              "Pemerintah Desa Pracimantoro", "Pemerintah Desa Sidorejo"}));
        QCOMPARE(values(d.topAgencies), QList<qint64>({3, 2, 2, 1, 1, 1, 1, 1, 1, 1}));
        QCOMPARE(codes(d.byRegency), QStringList({"3311", "3312"}));
        QCOMPARE(values(d.byRegency), QList<qint64>({5, 4}));
        QCOMPARE(d.byRegency.at(1).label, QStringLiteral("Kabupaten Wonogiri"));
    }

    void funnelAndRate()
    {
        const ChartData d = ChartData::compute(*m_db, CaseFilter());
        QCOMPARE(codes(d.funnel), QStringList({"reported", "registered", "forwarded", "recommended",
                                               "followed_up"}));
        // Registered: A, B, C, E, F, H; forwarded: A, B, E, F; recommended for a sanction: A, B
        // (two), F (E's "no sanction" does not count); decided: A, B's first, F.
        QCOMPARE(values(d.funnel), QList<qint64>({9, 6, 4, 4, 3}));
        QVERIFY(d.followUpRate);
        QCOMPARE(*d.followUpRate, 0.75);

        const ChartData wonogiri = ChartData::compute(*m_db, regency("3312"));
        QCOMPARE(values(wonogiri.funnel), QList<qint64>({4, 2, 2, 1, 1}));
        QCOMPARE(*wonogiri.followUpRate, 1.0);
        // Nobody recommended: no rate at all, not zero.
        CaseFilter pemilu;
        pemilu.election = QStringLiteral("pemilu");
        const ChartData p = ChartData::compute(*m_db, pemilu);
        QCOMPARE(values(p.funnel), QList<qint64>({2, 1, 0, 0, 0}));
        QVERIFY(!p.followUpRate);
    }

    void perMonthByStatus()
    {
        const ChartData d = ChartData::compute(*m_db, CaseFilter());
        // July to December, August empty but shown.
        QCOMPARE(d.monthly.months,
                 QStringList({"2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"}));
        QCOMPARE(d.monthly.statuses, QStringList({"diterima", "tidak_diregistrasi", "klarifikasi",
                                                  "diteruskan", "dihentikan"}));
        QCOMPARE(d.monthly.counts.at(0), QList<qint64>({0, 0, 0, 0, 1, 1}));
        QCOMPARE(d.monthly.counts.at(1), QList<qint64>({1, 0, 0, 0, 0, 0}));
        QCOMPARE(d.monthly.counts.at(2), QList<qint64>({0, 0, 0, 0, 0, 1}));
        QCOMPARE(d.monthly.counts.at(3), QList<qint64>({0, 0, 2, 1, 1, 0}));
        QCOMPARE(d.monthly.counts.at(4), QList<qint64>({0, 0, 0, 1, 0, 0}));
        QCOMPARE(d.monthly.total(), 9);
        QCOMPARE(d.monthly.monthLabels.size(), 6);

        const ChartData inPeriod = ChartData::compute(*m_db, period());
        QCOMPARE(inPeriod.monthly.months, QStringList({"2024-10", "2024-11"}));
        QCOMPARE(inPeriod.cases, 4);
    }

    void clickFilters()
    {
        CaseRepository repo(*m_db);
        const ChartData d = ChartData::compute(*m_db, CaseFilter());
        using C = ChartData::Chart;
        // Each bar of cases opens exactly its cases.
        for (C chart : {C::Categories, C::Regencies}) {
            for (int i = 0; i < d.bars(chart).size(); ++i)
                QCOMPARE(repo.count(d.filterFor(chart, i)), d.bars(chart).at(i).value);
        }
        QCOMPARE(d.filterFor(C::Categories, 0).violationCategory, QStringLiteral("media_sosial"));
        QCOMPARE(d.filterFor(C::Positions, 1).positionCategory, QStringLiteral("fungsional"));
        QCOMPARE(repo.count(d.filterFor(C::Positions, 1)), 3); // A, B, G
        QCOMPARE(d.filterFor(C::Agencies, 0).text,
                 QStringLiteral("Dinas Pendidikan Kabupaten Wonogiri"));
        QCOMPARE(d.filterFor(C::Regencies, 1).regencyCode, QStringLiteral("3312"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(repo.count(d.filterFor(C::Funnel, i)), d.funnel.at(i).value);
        for (int s = 0; s < d.monthly.statuses.size(); ++s) {
            for (int m = 0; m < d.monthly.months.size(); ++m) {
                const CaseFilter f = d.filterFor(C::Monthly, m, s);
                QCOMPARE(f.statuses, QStringList{d.monthly.statuses.at(s)});
                QCOMPARE(repo.count(f), d.monthly.counts.at(s).at(m));
            }
        }
        const CaseFilter september = d.filterFor(C::Monthly, 2, 3);
        QCOMPARE(september.receivedFrom, QDate(2024, 9, 1));
        QCOMPARE(september.receivedTo, QDate(2024, 9, 30));
        // The dashboard's own filter stays: a month bar within a period keeps the period's ends.
        const ChartData inPeriod = ChartData::compute(*m_db, period());
        const CaseFilter october = inPeriod.filterFor(C::Monthly, 0, 0);
        QCOMPARE(october.receivedFrom, QDate(2024, 10, 1));
        QCOMPARE(october.receivedTo, QDate(2024, 10, 31));
        CaseFilter wonogiri = regency("3312");
        const CaseFilter media = ChartData::compute(*m_db, wonogiri).filterFor(C::Categories, 0);
        QCOMPARE(media.regencyCode, QStringLiteral("3312"));
        QCOMPARE(media.violationCategory, QStringLiteral("media_sosial"));
        QCOMPARE(repo.count(media), 2);
    }

    void sameFiguresAsStats_data()
    {
        QTest::addColumn<CaseFilter>("filter");
        QTest::newRow("all") << CaseFilter();
        QTest::newRow("one regency") << regency("3311");
        QTest::newRow("other regency") << regency("3312");
        QTest::newRow("one period") << period();
        CaseFilter pemilu;
        pemilu.election = QStringLiteral("pemilu");
        QTest::newRow("pemilu") << pemilu;
        CaseFilter none;
        none.receivedFrom = QDate(2019, 1, 1);
        none.receivedTo = QDate(2019, 12, 31);
        QTest::newRow("empty period") << none;
    }

    void sameFiguresAsStats()
    {
        QFETCH(CaseFilter, filter);
        sameAsStats(filter);
    }

    void recapRows()
    {
        const Recap r = Recap::compute(*m_db, CaseFilter());
        QCOMPARE(r.categories, Codes::all(Codes::Kind::ViolationCategory));
        QCOMPARE(r.rows.size(), 2);
        const Recap::Row &skh = r.rows.at(0);
        QCOMPARE(skh.regencyCode, QStringLiteral("3311"));
        QCOMPARE(skh.regencyName, QStringLiteral("Kabupaten Sukoharjo"));
        QCOMPARE(skh.byCategory, QList<qint64>({2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1}));
        QCOMPARE(skh.cases, 5);
        QCOMPARE(skh.persons, 6);
        QCOMPARE(skh.recommended, 3);
        QCOMPARE(skh.followedUp, 2);
        QCOMPARE(r.total.cases, 9);
        QCOMPARE(*r.total.followUpRate(), 0.75);
        QCOMPARE(r.total.byPosition.at(r.positions.indexOf(QStringLiteral("perangkat_desa"))), 7);
        QCOMPARE(Recap::compute(*m_db, period()).periodText(),
                 QStringLiteral("1 Oktober 2024 s.d. 30 November 2024"));
        QCOMPARE(r.periodText(), QStringLiteral("seluruh periode"));
    }

    void csvExport()
    {
        const Recap r = Recap::compute(*m_db, CaseFilter());
        const QString path = m_dir.filePath(QStringLiteral("rekap.csv"));
        QString error;
        QVERIFY2(RecapExport::toCsv(r, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray expected =
            "Kode,Kabupaten/Kota,Media sosial,Kegiatan berpihak,Foto bersama calon,"
            "Deklarasi/kampanye,Pendekatan ke parpol,Alat peraga,Keputusan menguntungkan,"
            "Mendaftar sebagai calon,Tim kampanye,Anggota parpol,Lainnya,Jumlah Kasus,"
            "Jumlah Terlapor,Direkomendasikan Sanksi,Ditindaklanjuti PPK,Tindak Lanjut (%)\r\n"
            "3311,Kabupaten Sukoharjo,2,1,1,0,0,0,0,0,0,0,1,5,6,3,2,66.7\r\n"
            "3312,Kabupaten Wonogiri,2,1,0,0,0,1,0,0,0,0,0,4,10,1,1,100.0\r\n"
            ",Jumlah,4,2,1,0,0,1,0,0,0,0,1,9,16,4,3,75.0\r\n";
        QCOMPARE(f.readAll(), expected);
        // Nobody recommended: the rate is empty, not zero.
        CaseFilter pemilu;
        pemilu.election = QStringLiteral("pemilu");
        QVERIFY(RecapExport::csv(Recap::compute(*m_db, pemilu)).endsWith(",2,8,0,0,\r\n"));
    }

    void csvQuoting()
    {
        Recap r;
        Recap::Row row;
        row.regencyCode = QStringLiteral("9999");
        row.regencyName = QStringLiteral("Kota \"Baru\", Utara");
        r.rows << row;
        r.total.regencyName = QStringLiteral("Jumlah");
        const QByteArray csv = RecapExport::csv(r);
        QVERIFY2(csv.contains("9999,\"Kota \"\"Baru\"\", Utara\",0,0,0,0,\r\n"), csv.constData());
    }

    void xlsxExport()
    {
        const QString path = m_dir.filePath(QStringLiteral("rekap.xlsx"));
        QString error;
        QVERIFY2(RecapExport::toXlsx(Recap::compute(*m_db, period()), path, &error),
                 qPrintable(error));
        const QString all = m_dir.filePath(QStringLiteral("rekap-all.xlsx"));
        QVERIFY2(RecapExport::toXlsx(Recap::compute(*m_db, CaseFilter()), all, &error),
                 qPrintable(error));

        auto unpack = [&](const QString &file, const QString &to) {
            QProcess p;
            p.start(QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("zipfile"),
                                                QStringLiteral("-e"), file, to});
            if (!p.waitForFinished() || p.exitCode() != 0) {
                p.start(QStringLiteral("unzip"),
                        {QStringLiteral("-q"), file, QStringLiteral("-d"), to});
                p.waitForFinished();
            }
            return p.exitCode() == 0;
        };
        auto read = [](const QString &file) {
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            return QString::fromUtf8(f.readAll());
        };
        const QString out = m_dir.filePath(QStringLiteral("xlsx"));
        QVERIFY(unpack(all, out));
        const QString sheet = read(out + QStringLiteral("/xl/worksheets/sheet1.xml"));
        const QString strings = read(out + QStringLiteral("/xl/sharedStrings.xml"));
        QVERIFY2(!sheet.isEmpty() && !strings.isEmpty(), qPrintable(out));
        // Header on row 5, Sukoharjo on 6, Wonogiri on 7, the total on 8; columns A code, B
        // name, C..M categories, N cases, O persons, P recommended, Q followed up, R rate.
        auto number = [&](const char *cell, const char *value) {
            const QRegularExpression re(
                QStringLiteral("<c r=\"%1\"( s=\"\\d+\")?><v>%2</v></c>")
                    .arg(QLatin1String(cell), QRegularExpression::escape(QLatin1String(value))));
            return re.match(sheet).hasMatch();
        };
        QVERIFY2(number("C6", "2"), qPrintable(sheet));
        QVERIFY(number("N6", "5"));
        QVERIFY(number("O7", "10"));
        QVERIFY(number("N8", "9"));
        QVERIFY(number("O8", "16"));
        QVERIFY(number("P8", "4"));
        QVERIFY(number("Q8", "3"));
        QVERIFY(number("R8", "0.75"));
        QVERIFY(!sheet.contains(QLatin1String("<c r=\"N8\" s=\"5\" t=\"s\"")));
        QVERIFY(sheet.contains(QLatin1String("<pane ")));      // frozen header
        QVERIFY(sheet.contains(QLatin1String("<col min=\""))); // column widths
        for (const char *label :
             {"Kabupaten/Kota", "Media sosial", "Foto bersama calon", "Mendaftar sebagai calon",
              "Jumlah Kasus", "Jumlah Terlapor", "Direkomendasikan Sanksi", "Tindak Lanjut (%)",
              "Kabupaten Sukoharjo", "Periode: seluruh periode"})
            QVERIFY2(strings.contains(QLatin1String(label)), label);
        // The rate is formatted as a percentage; the header is bold.
        const QString styles = read(out + QStringLiteral("/xl/styles.xml"));
        QVERIFY(styles.contains(QLatin1String("formatCode=\"0.0%\"")));
        QVERIFY(styles.contains(QLatin1String("<b/>")));
        QVERIFY(read(out + QStringLiteral("/xl/workbook.xml")).contains(QLatin1String("Jabatan")));

        const QString periodOut = m_dir.filePath(QStringLiteral("xlsx-period"));
        QVERIFY(unpack(path, periodOut));
        QVERIFY(read(periodOut + QStringLiteral("/xl/sharedStrings.xml"))
                    .contains(QLatin1String("Periode: 1 Oktober 2024 s.d. 30 November 2024")));

        QVERIFY(!RecapExport::toXlsx(Recap::compute(*m_db, CaseFilter()),
                                     QStringLiteral("/proc/netra/cannot.xlsx"), &error));
        QVERIFY(!error.isEmpty());
    }

    void pdfWithCharts()
    {
        QImage chart(600, 400, QImage::Format_RGB32);
        chart.fill(Qt::white);
        for (int x = 50; x < 550; ++x)
            for (int y = 100; y < 140; ++y)
                chart.setPixel(x, y, qRgb(31, 119, 180));
        Letterhead head;
        head.office = QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO");
        head.address = QStringLiteral("Jl. Jenderal Sudirman No. 1, Sukoharjo");
        const PrintedDocument doc =
            RecapExport::toDocument(Recap::compute(*m_db, CaseFilter()), head, {chart, chart});
        QVERIFY(doc.landscape);
        QVERIFY(doc.bodyHtml.contains(QLatin1String("class='grid'")));
        const QString path = m_dir.filePath(QStringLiteral("rekap.pdf"));
        QString error;
        QVERIFY2(doc.toPdf(path, PrintedDocument::Paper::A4, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QLatin1String("REKAPITULASI PENANGANAN DUGAAN PELANGGARAN")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Kabupaten/Kota")));
        QVERIFY(text.contains(QLatin1String("Kabupaten Sukoharjo")));
        QVERIFY(text.contains(QLatin1String("Kabupaten Wonogiri")));
        // The header, word by word: narrow columns wrap their labels.
        for (const char *word :
             {"No.", "Media", "sosial", "berpihak", "Deklarasi", "Lainnya", "Jumlah", "Kasus",
              "Terlapor", "Tindak", "Lanjut", "Pelaksana", "Perangkat desa"})
            QVERIFY2(text.contains(QLatin1String(word)), word);
        QVERIFY(text.contains(QLatin1String("seluruh periode")));
        // The total row: 9 cases, 16 persons, 4 recommended, 3 followed up, 75,0%.
        const QRegularExpression total(QStringLiteral("Jumlah\\s+4\\s+2\\s+1\\s+0\\s+0\\s+1\\s+0"
                                                      "\\s+0\\s+0\\s+0\\s+1\\s+9\\s+16\\s+4\\s+3"
                                                      "\\s+75,0%"));
        QVERIFY2(total.match(text).hasMatch(), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("66,7%")));
        QVERIFY(text.contains(QLatin1String("Grafik")));
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        images.waitForFinished();
        const QStringList lines = QString::fromUtf8(images.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 4, qPrintable(lines.join(QLatin1Char('\n')))); // 2 + header
        // Pdfinfo: landscape A4.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        info.waitForFinished();
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12] x 595"))));
    }
};

QTEST_MAIN(TestStatsCharts)
#include "TestStatsCharts.moc"
