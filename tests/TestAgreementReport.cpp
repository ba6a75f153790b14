// The KASN–Bawaslu agreement's report (#17): its figures are those of `netra-cli stats` for the
// same filter (the whole file, one regency, one province, a period), a period changes them as
// the seeded dates say, the printed report and the workbook read back (pdftotext, the XLSX's
// XML), and bad input (an unknown regency, --from after --to, a wrong suffix) is refused with a
// clear message and writes nothing. On a data file and on the office server.
#include "TestSupport.h"
#include "XlsxSheet.h"

#include "exchange/RecapExport.h"
#include "stats/AgreementReport.h"
#include "stats/Recap.h"
#include "stats/Stats.h"
#include "store/ActivityRepository.h"
#include "store/LeadRepository.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace {

struct Run
{
    int exit = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(NETRA_CLI), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

Party person(const QString &name, const QString &position, const QString &agency)
{
    Party p;
    p.name = name;
    p.positionTitle = QStringLiteral("Staf");
    p.positionCategory = position;
    p.agency = agency;
    return p;
}

const QString Education = QStringLiteral("Dinas Pendidikan Kabupaten Sukoharjo");
const QString Health = QStringLiteral("Dinas Kesehatan Kabupaten Sukoharjo");
const QString Village = QStringLiteral("Pemerintah Desa Sidorejo");
const QString Secretariat = QStringLiteral("Sekretariat Daerah Kabupaten Klaten");

// The figures the report takes from stats, under their keys.
const char *const Figures[] = {"cases",
                               "persons_reported",
                               "by_violation_category",
                               "by_position_category",
                               "recommendations",
                               "recommended_for_sanction",
                               "followed_up",
                               "followed_up_as_recommended",
                               "follow_up_rate"};

} // namespace

class TestAgreementReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    qint64 addCase(const QDate &received, const QString &regency, const QString &category,
                   const QList<Party> &parties)
    {
        Case c = TestSupport::sampleCase(received);
        c.regencyCode = regency;
        c.violationCategory = category;
        c.parties = parties;
        QString error;
        if (!CaseRepository(*m_db).create(c, &error)) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        return c.id;
    }

    // Forwards the case and gives each of its persons a recommendation of a sanction; the first
    // one's PPK decides as recommended.
    bool forward(qint64 caseId, const QDate &received)
    {
        CaseRepository repo(*m_db);
        QString error;
        const QList<QPair<Step::Kind, int>> steps{
            {Step::Kind::Register, 1}, {Step::Kind::StartAnalysis, 2}, {Step::Kind::Forward, 3}};
        for (const auto &[kind, days] : steps) {
            Step step;
            step.kind = kind;
            step.date = received.addDays(days);
            if (kind == Step::Kind::Forward)
                step.number = QStringLiteral("%1/PP.01/K.JT-11/2024").arg(caseId);
            if (!repo.applyStep(caseId, step, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        const Case stored = *repo.load(caseId);
        for (int i = 0; i < stored.parties.size(); ++i) {
            FollowUp f;
            f.partyId = stored.parties.at(i).id;
            f.authority = QStringLiteral("KASN");
            f.recommendationNumber = QStringLiteral("R-%1/KASN/2024").arg(i + 1);
            f.recommendationDate = received.addDays(20);
            f.sanctionRecommended = QStringLiteral("disiplin_ringan");
            f.ppkName = QStringLiteral("Bupati Sukoharjo");
            if (i == 0) {
                f.ppkDecisionDate = received.addDays(30);
                f.ppkDecisionNumber = QStringLiteral("800/1/2024");
                f.sanctionImposed = f.sanctionRecommended;
            }
            if (!LedgerRepository(*m_db).saveFollowUp(f, caseId, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        return true;
    }

    bool addActivity(const QDate &date, const QString &regency, int participants)
    {
        PreventionActivity a;
        a.kind = QStringLiteral("sosialisasi");
        a.date = date;
        a.regencyCode = regency;
        a.title = QStringLiteral("Sosialisasi netralitas ASN");
        a.place = QStringLiteral("Pendopo");
        a.participants = participants;
        QString error;
        if (!ActivityRepository(*m_db).save(a, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    bool addLead(const QDate &date, const QString &regency, const QDate &foundOn = {})
    {
        Lead l;
        l.sourceKind = Codes::Lead::Patrol;
        l.date = date;
        l.regencyCode = regency;
        l.description = QStringLiteral("Unggahan dukungan kepada pasangan calon.");
        QString error;
        LeadRepository repo(*m_db);
        if (!repo.save(l, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (foundOn.isValid()) {
            Case finding;
            finding.election = Codes::Election::Pilkada;
            finding.violationCategory = QStringLiteral("media_sosial");
            finding.receivedDate = foundOn;
            if (!repo.turnIntoFinding(l.id, foundOn, finding, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        return true;
    }

    // `report --json` and `stats --json` with the same filter options: each figure equal.
    void compareWithStats(const QStringList &filter, QJsonObject *report = nullptr)
    {
        const Run r = cli(QStringList{QStringLiteral("report"), m_location} + filter +
                          QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const Run s = cli(QStringList{QStringLiteral("stats"), m_location} + filter +
                          QStringList{QStringLiteral("--json")});
        QVERIFY2(s.exit == 0, qPrintable(s.err));
        const QJsonObject rj = r.json();
        const QJsonObject sj = s.json();
        for (const char *key : Figures) {
            QVERIFY2(rj.contains(QLatin1String(key)), key);
            QVERIFY2(rj.value(QLatin1String(key)) == sj.value(QLatin1String(key)), key);
        }
        for (const char *key : {"activities", "participants"})
            QCOMPARE(rj[QStringLiteral("prevention")][QLatin1String(key)],
                     sj[QStringLiteral("prevention")][QLatin1String(key)]);
        for (const char *key : {"recorded", "findings"})
            QCOMPARE(rj[QStringLiteral("leads")][QLatin1String(key)],
                     sj[QStringLiteral("leads")][QLatin1String(key)]);
        const QJsonArray agencies = sj.value(QStringLiteral("by_agency")).toArray();
        QCOMPARE(rj.value(QStringLiteral("top_agencies")).toArray(),
                 agencies.size() > AgreementReport::AgencyCount
                     ? QJsonArray::fromVariantList(
                           agencies.toVariantList().mid(0, AgreementReport::AgencyCount))
                     : agencies);
        if (report)
            *report = rj;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString file = path(QStringLiteral("report.netra"));
        m_db = TestSupport::openNew(file);
        QVERIFY(m_db);
        m_location = TestSupport::location(file);
        QVERIFY(TestSupport::addCliUsers(*m_db));
        QString error;
        SettingsRepository settings(*m_db);
        QVERIFY(settings.setSetting(QStringLiteral("office_name"),
                                    QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN "
                                                   "SUKOHARJO"),
                                    &error));
        QVERIFY(settings.setSetting(QStringLiteral("office_city"), QStringLiteral("Sukoharjo"),
                                    &error));
        QVERIFY(settings.setSetting(QStringLiteral("signatory_chair"),
                                    QStringLiteral("Rudi Hartono"), &error));

        // Sukoharjo: March (social media, a teacher), June (partisan activity, two persons,
        // forwarded: two recommendations, one followed up), November (social media, a health
        // officer). Klaten: May (photo with a candidate, a JPT). Twelve more agencies in
        // Wonogiri in August, one person each, so that only ten agencies are listed.
        QVERIFY(addCase(
            QDate(2024, 3, 10), QStringLiteral("3311"), QStringLiteral("media_sosial"),
            {person(QStringLiteral("Siti Rahma"), QStringLiteral("fungsional"), Education)}));
        const qint64 june = addCase(
            QDate(2024, 6, 15), QStringLiteral("3311"), QStringLiteral("kegiatan_berpihak"),
            {person(QStringLiteral("Agus Salim"), QStringLiteral("pelaksana"), Health),
             person(QStringLiteral("Joko Susilo"), QStringLiteral("kepala_desa"), Village)});
        QVERIFY(june);
        QVERIFY(forward(june, QDate(2024, 6, 15)));
        QVERIFY(
            addCase(QDate(2024, 11, 2), QStringLiteral("3311"), QStringLiteral("media_sosial"),
                    {person(QStringLiteral("Dewi Lestari"), QStringLiteral("pelaksana"), Health)}));
        QVERIFY(addCase(
            QDate(2024, 5, 20), QStringLiteral("3310"), QStringLiteral("foto_bersama"),
            {person(QStringLiteral("Bambang Wijaya"), QStringLiteral("jpt"), Secretariat)}));
        for (int i = 1; i <= 12; ++i)
            QVERIFY(addCase(
                QDate(2024, 8, i), QStringLiteral("3312"), QStringLiteral("lainnya"),
                {person(QStringLiteral("Pegawai %1").arg(i), QStringLiteral("pppk"),
                        QStringLiteral("Instansi Wonogiri %1").arg(i, 2, 10, QLatin1Char('0')))}));
        // Prevention: Sukoharjo in April (40) and September (25), Klaten in May (30).
        QVERIFY(addActivity(QDate(2024, 4, 1), QStringLiteral("3311"), 40));
        QVERIFY(addActivity(QDate(2024, 9, 1), QStringLiteral("3311"), 25));
        QVERIFY(addActivity(QDate(2024, 5, 2), QStringLiteral("3310"), 30));
        // Leads: Sukoharjo in February, and in October turned into a finding (found and set on
        // 5 October: a fifth Sukoharjo case, received then); Klaten in May.
        QVERIFY(addLead(QDate(2024, 2, 1), QStringLiteral("3311")));
        QVERIFY(addLead(QDate(2024, 10, 1), QStringLiteral("3311"), QDate(2024, 10, 5)));
        QVERIFY(addLead(QDate(2024, 5, 3), QStringLiteral("3310")));
    }

    void cleanupTestCase() { m_db.reset(); }

    // The whole file, a regency, a province and a period: the report's figures are stats'.
    void figuresAreStats()
    {
        QJsonObject all;
        compareWithStats({}, &all);
        QCOMPARE(all.value(QStringLiteral("cases")).toInt(), 17);
        QCOMPARE(all.value(QStringLiteral("persons_reported")).toInt(), 17);
        QCOMPARE(all.value(QStringLiteral("recommended_for_sanction")).toInt(), 2);
        QCOMPARE(all.value(QStringLiteral("followed_up")).toInt(), 1);
        QCOMPARE(all.value(QStringLiteral("follow_up_rate")).toDouble(), 0.5);
        // Ten agencies: Dinas Kesehatan (2) first, then by name.
        const QJsonArray agencies = all.value(QStringLiteral("top_agencies")).toArray();
        QCOMPARE(agencies.size(), 10);
        QCOMPARE(agencies.at(0)[QStringLiteral("agency")].toString(), Health);
        QCOMPARE(agencies.at(0)[QStringLiteral("persons")].toInt(), 2);
        QCOMPARE(all[QStringLiteral("prevention")][QStringLiteral("activities")].toInt(), 3);
        QCOMPARE(all[QStringLiteral("leads")][QStringLiteral("recorded")].toInt(), 3);
        QCOMPARE(all[QStringLiteral("leads")][QStringLiteral("findings")].toInt(), 1);

        QJsonObject sukoharjo;
        compareWithStats({QStringLiteral("--regency"), QStringLiteral("33.11")}, &sukoharjo);
        QCOMPARE(sukoharjo.value(QStringLiteral("cases")).toInt(), 4);
        QCOMPARE(sukoharjo[QStringLiteral("by_violation_category")][QStringLiteral("media_sosial")]
                     .toInt(),
                 3);
        QCOMPARE(
            sukoharjo[QStringLiteral("by_position_category")][QStringLiteral("pelaksana")].toInt(),
            2);
        QCOMPARE(sukoharjo[QStringLiteral("prevention")][QStringLiteral("participants")].toInt(),
                 65);
        QCOMPARE(sukoharjo.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("Kabupaten Sukoharjo, seluruh periode"));

        QJsonObject province;
        compareWithStats({QStringLiteral("--province"), QStringLiteral("33")}, &province);
        QCOMPARE(province.value(QStringLiteral("cases")).toInt(), 17);
        QVERIFY(province.value(QStringLiteral("scope"))
                    .toString()
                    .startsWith(QLatin1String("Provinsi Jawa Tengah")));
        compareWithStats({QStringLiteral("--regency"), QStringLiteral("3310"),
                          QStringLiteral("--from"), QStringLiteral("2024-05-01"),
                          QStringLiteral("--to"), QStringLiteral("2024-05-31")});
    }

    // A period takes only what happened in it: the first half of 2024 in Sukoharjo has the
    // March and June cases, the April activity and the February lead, not the finding of October.
    void periodChangesTheFigures()
    {
        QJsonObject half;
        const QStringList filter{QStringLiteral("--regency"), QStringLiteral("3311"),
                                 QStringLiteral("--from"),    QStringLiteral("2024-01-01"),
                                 QStringLiteral("--to"),      QStringLiteral("2024-06-30")};
        compareWithStats(filter, &half);
        QCOMPARE(half.value(QStringLiteral("cases")).toInt(), 2);
        QCOMPARE(half.value(QStringLiteral("persons_reported")).toInt(), 3);
        QCOMPARE(half[QStringLiteral("by_violation_category")].toObject(),
                 (QJsonObject{{QStringLiteral("media_sosial"), 1},
                              {QStringLiteral("kegiatan_berpihak"), 1}}));
        QCOMPARE(half.value(QStringLiteral("recommended_for_sanction")).toInt(), 2);
        QCOMPARE(half[QStringLiteral("prevention")][QStringLiteral("activities")].toInt(), 1);
        QCOMPARE(half[QStringLiteral("prevention")][QStringLiteral("participants")].toInt(), 40);
        QCOMPARE(half[QStringLiteral("leads")][QStringLiteral("recorded")].toInt(), 1);
        QCOMPARE(half[QStringLiteral("leads")][QStringLiteral("findings")].toInt(), 0);
        QCOMPARE(half.value(QStringLiteral("period")).toString(),
                 QStringLiteral("1 Januari 2024 s.d. 30 Juni 2024"));

        QJsonObject autumn;
        compareWithStats({QStringLiteral("--regency"), QStringLiteral("3311"),
                          QStringLiteral("--from"), QStringLiteral("2024-07-01")},
                         &autumn);
        QCOMPARE(autumn.value(QStringLiteral("cases")).toInt(), 2); // November and the finding
        QCOMPARE(autumn.value(QStringLiteral("recommended_for_sanction")).toInt(), 0);
        QVERIFY(autumn.value(QStringLiteral("follow_up_rate")).isNull());
        QCOMPARE(autumn[QStringLiteral("leads")][QStringLiteral("findings")].toInt(), 1);
        QCOMPARE(autumn[QStringLiteral("prevention")][QStringLiteral("participants")].toInt(), 25);
    }

    // The printed report: letterhead, title, scope and period, each section with its figures,
    // the rate and the chair's signature, in Indonesian.
    void printedReport()
    {
        const QString pdf = path(QStringLiteral("laporan.pdf"));
        const Run r = cli({QStringLiteral("report"), m_location, QStringLiteral("--regency"),
                           QStringLiteral("3311"), QStringLiteral("--from"),
                           QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2024-12-31"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("file")).toString(),
                 QFileInfo(pdf).absoluteFilePath());
        const QString text = pdfText(pdf);
        const QString flat = text.simplified();
        for (const char *expected :
             {"BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO",
              "LAPORAN PENGAWASAN NETRALITAS APARATUR SIPIL NEGARA",
              "Kabupaten Sukoharjo, 1 Januari 2024 s.d. 31 Desember 2024", "1. Jumlah Pelanggaran",
              "2. Pelanggaran Menurut Kategori", "3. Terlapor Menurut Kategori Jabatan",
              "4. Rekomendasi", "5. Tindak Lanjut Rekomendasi",
              "6. Sepuluh Instansi dengan Pelanggaran Terbanyak", "7. Pencegahan dan Pengawasan",
              "Persentase tindak lanjut", "50,0%", "Ketua Bawaslu Kabupaten Sukoharjo",
              "Rudi Hartono"}) {
            QVERIFY2(flat.contains(QLatin1String(expected)), expected);
        }
        // The lines with their figures: four cases (three reports and the finding), the
        // agencies, prevention and leads.
        const auto line = [&](const QString &label, const QString &figure) {
            const QRegularExpression re(QRegularExpression::escape(label) + QStringLiteral("\\s+") +
                                            QRegularExpression::escape(figure) +
                                            QStringLiteral("\\s*$"),
                                        QRegularExpression::MultilineOption);
            return re.match(text).hasMatch();
        };
        QVERIFY2(
            line(QStringLiteral("Dugaan pelanggaran netralitas ASN (kasus)"), QStringLiteral("4")),
            qPrintable(text));
        QVERIFY(line(Health, QStringLiteral("2")));
        QVERIFY(line(QStringLiteral("Peserta kegiatan pencegahan"), QStringLiteral("65")));
        QVERIFY(line(QStringLiteral("Informasi awal yang menjadi temuan"), QStringLiteral("1")));
        QVERIFY(!flat.contains(Secretariat)); // Klaten's, outside the scope
    }

    // The report of a demo office's 150 cases keeps to two pages: the note on the figures and
    // the signature stay with the last table instead of a page of their own.
    void demoReportKeepsToTwoPages()
    {
        const QString demo = path(QStringLiteral("demo-150.netra"));
        Run r = cli({QStringLiteral("demo"), QStringLiteral("--out"), demo,
                     QStringLiteral("--cases"), QStringLiteral("150"), QStringLiteral("--quiet")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QString pdf = path(QStringLiteral("demo-150.pdf"));
        r = cli({QStringLiteral("report"), demo, QStringLiteral("--out"), pdf});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
        pages.removeAll(QString());
        QCOMPARE(pages.size(), 2);
        QVERIFY2(pages.last().contains(QLatin1String("7. Pencegahan dan Pengawasan")) &&
                     pages.last().contains(QLatin1String("Persentase tindak lanjut adalah")) &&
                     pages.last().contains(QLatin1String("Ketua Bawaslu Kabupaten Sukoharjo")),
                 qPrintable(pages.last()));
    }

    // The workbook: title, scope and period, each section with codes, labels and numbers.
    void workbook()
    {
        const QString xlsx = path(QStringLiteral("laporan.xlsx"));
        const Run r = cli({QStringLiteral("report"), m_location, QStringLiteral("--out"), xlsx});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const XlsxSheet sheet = XlsxSheet::read(xlsx);
        QCOMPARE(sheet.cells.value(QStringLiteral("A1")),
                 QStringLiteral("LAPORAN PENGAWASAN NETRALITAS APARATUR SIPIL NEGARA"));
        QCOMPARE(sheet.cells.value(QStringLiteral("A3")),
                 QStringLiteral("Cakupan: Seluruh kabupaten/kota, seluruh periode"));
        // Each label's figure in the next column.
        const auto figureOf = [&](const QString &label) {
            for (auto it = sheet.cells.begin(); it != sheet.cells.end(); ++it) {
                if (it.key().startsWith(QLatin1Char('B')) && it.value() == label)
                    return sheet.cells.value(QLatin1Char('C') + it.key().mid(1));
            }
            return QStringLiteral("missing");
        };
        QCOMPARE(figureOf(QStringLiteral("Dugaan pelanggaran netralitas ASN (kasus)")),
                 QStringLiteral("number:17"));
        QCOMPARE(figureOf(QStringLiteral("ASN terlapor")), QStringLiteral("number:17"));
        QCOMPARE(figureOf(QStringLiteral("Direkomendasikan penjatuhan sanksi")),
                 QStringLiteral("number:2"));
        QCOMPARE(figureOf(QStringLiteral("Ditindaklanjuti PPK")), QStringLiteral("number:1"));
        QCOMPARE(figureOf(QStringLiteral("Persentase tindak lanjut")),
                 QStringLiteral("number:0.5"));
        QCOMPARE(figureOf(Health), QStringLiteral("number:2"));
        QCOMPARE(figureOf(QStringLiteral("Kegiatan pencegahan")), QStringLiteral("number:3"));
        QCOMPARE(figureOf(QStringLiteral("Peserta kegiatan pencegahan")),
                 QStringLiteral("number:95"));
        QCOMPARE(figureOf(QStringLiteral("Informasi awal (hasil pengawasan) diterima")),
                 QStringLiteral("number:3"));
        QCOMPARE(figureOf(QStringLiteral("Informasi awal yang menjadi temuan")),
                 QStringLiteral("number:1"));
        // The categories with their codes: twelve "lainnya" cases.
        bool seen = false;
        for (auto it = sheet.cells.begin(); it != sheet.cells.end(); ++it) {
            if (it.key().startsWith(QLatin1Char('A')) && it.value() == QLatin1String("lainnya") &&
                sheet.cells.value(QLatin1Char('C') + it.key().mid(1)) == QLatin1String("number:12"))
                seen = true;
        }
        QVERIFY(seen);
    }

    // The recap's workbook has the prevention activities per kind and the supervision leads
    // per regency of the period, with their totals.
    void recapWorkbook()
    {
        const QString xlsx = path(QStringLiteral("rekap.xlsx"));
        QString error;
        QVERIFY2(RecapExport::toXlsx(Recap::compute(*m_db, CaseFilter()), xlsx, &error),
                 qPrintable(error));
        // The cells of the row whose code (column A) is `code`, or the total row's ("Jumlah").
        const auto rowOf = [](const XlsxSheet &sheet, const QString &code, int columns) {
            for (int r = 6; r < 40; ++r) {
                const QString row = QString::number(r);
                if (sheet.cells.value(QStringLiteral("A") + row) == code &&
                    (!code.isEmpty() ||
                     sheet.cells.value(QStringLiteral("B") + row) == QLatin1String("Jumlah"))) {
                    QStringList cells;
                    for (int c = 3; c < 3 + columns; ++c)
                        cells << sheet.cells.value(XlsxSheet::column(c) + row);
                    return cells;
                }
            }
            return QStringList();
        };
        const XlsxSheet prevention = XlsxSheet::read(xlsx, 3);
        QVERIFY(prevention.cells.value(QStringLiteral("A3"))
                    .startsWith(QLatin1String("Kegiatan pencegahan per jenis.")));
        const int kinds = int(Codes::all(Codes::Kind::ActivityKind).size());
        QCOMPARE(prevention.cells.value(XlsxSheet::column(3 + kinds) + QStringLiteral("5")),
                 QStringLiteral("Jumlah Kegiatan"));
        QCOMPARE(prevention.cells.value(QStringLiteral("C5")),
                 Codes::printLabel(Codes::Kind::ActivityKind, QStringLiteral("sosialisasi")));
        const QStringList sukoharjo = rowOf(prevention, QStringLiteral("3311"), kinds + 2);
        QCOMPARE(sukoharjo.first(), QStringLiteral("number:2"));
        QCOMPARE(sukoharjo.mid(kinds),
                 (QStringList{QStringLiteral("number:2"), QStringLiteral("number:65")}));
        QCOMPARE(rowOf(prevention, QString(), kinds + 2).mid(kinds),
                 (QStringList{QStringLiteral("number:3"), QStringLiteral("number:95")}));

        const XlsxSheet leads = XlsxSheet::read(xlsx, 4);
        QCOMPARE(leads.cells.value(QStringLiteral("C5")),
                 QStringLiteral("Informasi Awal Diterima"));
        QCOMPARE(leads.cells.value(QStringLiteral("D5")), QStringLiteral("Menjadi Temuan"));
        QCOMPARE(rowOf(leads, QStringLiteral("3311"), 3),
                 (QStringList{QStringLiteral("number:2"), QStringLiteral("number:1"),
                              QStringLiteral("number:0")}));
        QCOMPARE(rowOf(leads, QStringLiteral("3310"), 3),
                 (QStringList{QStringLiteral("number:1"), QStringLiteral("number:0"),
                              QStringLiteral("number:0")}));
        QCOMPARE(rowOf(leads, QString(), 3),
                 (QStringList{QStringLiteral("number:3"), QStringLiteral("number:1"),
                              QStringLiteral("number:0")}));
        // A period: the first half of 2024 has the February and May leads, no finding.
        CaseFilter half;
        half.receivedFrom = QDate(2024, 1, 1);
        half.receivedTo = QDate(2024, 6, 30);
        QVERIFY2(RecapExport::toXlsx(Recap::compute(*m_db, half), xlsx, &error), qPrintable(error));
        QCOMPARE(rowOf(XlsxSheet::read(xlsx, 4), QString(), 3),
                 (QStringList{QStringLiteral("number:2"), QStringLiteral("number:0"),
                              QStringLiteral("number:0")}));
    }

    // Bad input: a clear message, exit 2, nothing written.
    void badInput()
    {
        const QString out = path(QStringLiteral("bad.pdf"));
        Run r = cli({QStringLiteral("report"), m_location, QStringLiteral("--regency"),
                     QStringLiteral("9999"), QStringLiteral("--out"), out});
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QLatin1String("Unknown regency code: 9999")), qPrintable(r.err));
        r = cli({QStringLiteral("report"), m_location, QStringLiteral("--from"),
                 QStringLiteral("2024-06-01"), QStringLiteral("--to"), QStringLiteral("2024-01-01"),
                 QStringLiteral("--out"), out});
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QLatin1String("--from is after --to.")), qPrintable(r.err));
        r = cli({QStringLiteral("report"), m_location, QStringLiteral("--regency"),
                 QStringLiteral("3311"), QStringLiteral("--province"), QStringLiteral("33"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.err.contains(QLatin1String("--regency or --province")));
        r = cli({QStringLiteral("report"), m_location, QStringLiteral("--out"),
                 path(QStringLiteral("bad.csv"))});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.err.contains(QLatin1String(".pdf or an .xlsx")));
        r = cli({QStringLiteral("report"), m_location});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(path(QStringLiteral("bad.csv"))));
        // In Indonesian too.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NETRA_LANG"), QStringLiteral("id"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NETRA_CLI),
                {QStringLiteral("report"), m_location, QStringLiteral("--regency"),
                 QStringLiteral("9999"), QStringLiteral("--json")});
        p.waitForFinished(120000);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("9999")));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgreementReport)
#include "TestAgreementReport.moc"
