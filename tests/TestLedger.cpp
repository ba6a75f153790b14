// The follow-up ledger: the state of each person's follow-up on fixed dates, the ledger rows of a
// hand-built file, the PPK's response time setting, and the letter asking a PPK to act, printed
// to PDF and read back.
#include "TestSupport.h"
#include "Translator.h"
#include "XlsxSheet.h"
#include "documents/FollowUpLetter.h"
#include "domain/Codes.h"
#include "domain/FollowUpState.h"
#include "exchange/LedgerXlsx.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>

using State = FollowUpState::State;

namespace {

Party person(const QString &name, const QString &nip)
{
    Party p;
    p.name = name;
    p.nip = nip;
    p.positionTitle = QStringLiteral("Guru Ahli Pertama");
    p.positionCategory = QStringLiteral("fungsional");
    p.agency = QStringLiteral("Dinas Pendidikan");
    return p;
}

FollowUp recommended(const QDate &date, const QString &sanction, const QString &ppkName,
                     const QString &ppkOffice)
{
    FollowUp f;
    f.authority = QStringLiteral("KASN");
    f.recommendationNumber = QStringLiteral("R-%1/KASN/%2/2020").arg(date.day()).arg(date.month());
    f.recommendationDate = date;
    f.sanctionRecommended = sanction;
    f.ppkName = ppkName;
    f.ppkOffice = ppkOffice;
    return f;
}

QString pdfText(const QString &path)
{
    QProcess p;
    // Reading order, lines joined: a table cell's text wraps within its cell.
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

const QString Bupati = QStringLiteral("Bupati Sukoharjo");
const QString BupatiOffice = QStringLiteral("Pemerintah Kabupaten Sukoharjo");
const QString WaliKota = QStringLiteral("Wali Kota Surakarta");
const QString WaliKotaOffice = QStringLiteral("Pemerintah Kota Surakarta");
const QString SecretReporter = QStringLiteral("Rahasia Pelapor Sejati");

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDate m_today = QDate(2020, 7, 31);
    QHash<QString, qint64> m_party; // by name

    // A case received on `received`, registered, analysed and forwarded three days later.
    qint64 forwardedCase(const QDate &received, const QString &regency, const QList<Party> &parties,
                         bool confidential = false)
    {
        CaseRepository repo(*m_db);
        Case c = TestSupport::sampleCase(received);
        c.regencyCode = regency;
        c.parties = parties;
        if (confidential) {
            c.reporterName = SecretReporter;
            c.reporterConfidential = true;
        }
        QString error;
        if (!repo.create(c, &error)) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        Step step;
        step.kind = Step::Kind::Register;
        step.date = received.addDays(1);
        const bool registered = repo.applyStep(c.id, step, &error);
        step = Step();
        step.kind = Step::Kind::StartAnalysis;
        step.date = received.addDays(2);
        const bool analysed = registered && repo.applyStep(c.id, step, &error);
        step = Step();
        step.kind = Step::Kind::Forward;
        step.date = received.addDays(3);
        step.number = QStringLiteral("%1/PP.01/K.JT-11/06/2020").arg(c.id);
        if (!analysed || !repo.applyStep(c.id, step, &error)) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        const Case stored = *repo.load(c.id);
        for (const Party &p : stored.parties)
            m_party.insert(p.name, p.id);
        return c.id;
    }

    void save(const QString &name, qint64 caseId, FollowUp f)
    {
        f.partyId = m_party.value(name);
        QString error;
        QVERIFY2(LedgerRepository(*m_db).saveFollowUp(f, caseId, &error), qPrintable(error));
    }

    QHash<QString, LedgerRow> byName(const QList<LedgerRow> &rows)
    {
        QHash<QString, LedgerRow> map;
        for (const LedgerRow &r : rows)
            map.insert(r.name, r);
        return map;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestSupport::openNew(m_dir.filePath(QStringLiteral("ledger.netra")), m_today);
        QVERIFY(m_db);

        // Case A, Sukoharjo, forwarded 4 June, its reporter confidential: one person waits for
        // the Bupati, one is late.
        const qint64 a = forwardedCase(
            QDate(2020, 6, 1), QStringLiteral("3311"),
            {person(QStringLiteral("Agus Salim"), QStringLiteral("197501012000031002")),
             person(QStringLiteral("Siti Rahmawati"), QStringLiteral("198609262015052001"))},
            true);
        QVERIFY(a);
        save(QStringLiteral("Agus Salim"), a,
             recommended(QDate(2020, 7, 15), QStringLiteral("moral_tertutup"), Bupati,
                         BupatiOffice));
        save(QStringLiteral("Siti Rahmawati"), a,
             recommended(QDate(2020, 6, 10), QStringLiteral("disiplin_ringan"), Bupati,
                         BupatiOffice));

        // Case B, Sukoharjo: one person without a recommendation, one followed up.
        const qint64 b = forwardedCase(
            QDate(2020, 6, 8), QStringLiteral("3311"),
            {person(QStringLiteral("Bambang Wijaya"), QStringLiteral("198201152006041003")),
             person(QStringLiteral("Dewi Lestari"), QStringLiteral("199003032015032004"))});
        QVERIFY(b);
        FollowUp done = recommended(QDate(2020, 6, 20), QStringLiteral("disiplin_sedang"), Bupati,
                                    BupatiOffice);
        done.ppkDecisionNumber = QStringLiteral("862/123/2020");
        done.ppkDecisionDate = QDate(2020, 7, 1);
        done.sanctionImposed = QStringLiteral("disiplin_sedang");
        save(QStringLiteral("Dewi Lestari"), b, done);

        // Case C, Surakarta: another sanction imposed, no sanction recommended, and a late one
        // whose due date was set by hand.
        const qint64 c = forwardedCase(
            QDate(2020, 6, 15), QStringLiteral("3372"),
            {person(QStringLiteral("Eko Prasetyo"), QStringLiteral("198505052010011005")),
             person(QStringLiteral("Fajar Nugroho"), QStringLiteral("198707072011011006")),
             person(QStringLiteral("Gita Permata"), QStringLiteral("199101012019022007"))});
        QVERIFY(c);
        FollowUp other = recommended(QDate(2020, 6, 25), QStringLiteral("disiplin_sedang"),
                                     WaliKota, WaliKotaOffice);
        other.ppkDecisionDate = QDate(2020, 7, 20);
        other.sanctionImposed = QStringLiteral("disiplin_ringan");
        save(QStringLiteral("Eko Prasetyo"), c, other);
        save(
            QStringLiteral("Fajar Nugroho"), c,
            recommended(QDate(2020, 6, 30), QStringLiteral("tidak_ada"), WaliKota, WaliKotaOffice));
        FollowUp set = recommended(QDate(2020, 6, 20), QStringLiteral("disiplin_berat"), WaliKota,
                                   WaliKotaOffice);
        set.responseDue = QDate(2020, 7, 1);
        save(QStringLiteral("Gita Permata"), c, set);

        // Neither a stopped case nor one still in analysis is in the ledger.
        CaseRepository repo(*m_db);
        Case stopped = TestSupport::sampleCase(QDate(2020, 6, 2));
        stopped.parties.first().name = QStringLiteral("Hadi Stopped");
        QString error;
        QVERIFY2(repo.create(stopped, &error), qPrintable(error));
        Step step;
        step.kind = Step::Kind::Register;
        step.date = QDate(2020, 6, 3);
        QVERIFY2(repo.applyStep(stopped.id, step, &error), qPrintable(error));
        step.kind = Step::Kind::StartAnalysis;
        QVERIFY2(repo.applyStep(stopped.id, step, &error), qPrintable(error));
        Case open = TestSupport::sampleCase(QDate(2020, 7, 28));
        open.parties.first().name = QStringLiteral("Indra Open");
        QVERIFY2(repo.create(open, &error), qPrintable(error));
    }

    // --- FollowUpState on fixed dates -------------------------------------------------------

    void awaitingRecommendation()
    {
        FollowUp f;
        QCOMPARE(FollowUpState::of(f, QDate(2020, 7, 1), 30), State::AwaitingRecommendation);
        QCOMPARE(FollowUpState::daysLate(f, QDate(2030, 1, 1), 30), 0);
        QVERIFY(!FollowUpState::responseDue(f, 30).isValid());
        // A PPK decision typed without a recommendation does not make it followed up.
        f.ppkDecisionDate = QDate(2020, 6, 1);
        QCOMPARE(FollowUpState::of(f, QDate(2020, 7, 1), 30), State::AwaitingRecommendation);
    }

    void awaitingPpkUntilDueThenLate()
    {
        FollowUp f = recommended(QDate(2020, 6, 10), QStringLiteral("disiplin_ringan"), Bupati,
                                 BupatiOffice);
        QCOMPARE(FollowUpState::responseDue(f, 30), QDate(2020, 7, 10));
        QCOMPARE(FollowUpState::of(f, QDate(2020, 6, 10), 30), State::AwaitingPpk);
        QCOMPARE(FollowUpState::of(f, QDate(2020, 7, 10), 30), State::AwaitingPpk); // due today
        QCOMPARE(FollowUpState::daysLate(f, QDate(2020, 7, 10), 30), 0);
        QCOMPARE(FollowUpState::of(f, QDate(2020, 7, 11), 30), State::Late);
        QCOMPARE(FollowUpState::daysLate(f, QDate(2020, 7, 11), 30), 1);
        // A longer response time moves the due date.
        QCOMPARE(FollowUpState::of(f, QDate(2020, 7, 11), 45), State::AwaitingPpk);
        // No sanction chosen yet: still the PPK's turn.
        f.sanctionRecommended.clear();
        QCOMPARE(FollowUpState::of(f, QDate(2020, 6, 11), 30), State::AwaitingPpk);
    }

    void daysLateAcrossMonthEnd()
    {
        // Due 14 February 2020 (a leap year): 15 days to the end of February, 2 into March.
        const FollowUp f = recommended(QDate(2020, 1, 15), QStringLiteral("disiplin_sedang"),
                                       Bupati, BupatiOffice);
        QCOMPARE(FollowUpState::responseDue(f, 30), QDate(2020, 2, 14));
        QCOMPARE(FollowUpState::daysLate(f, QDate(2020, 2, 29), 30), 15);
        QCOMPARE(FollowUpState::daysLate(f, QDate(2020, 3, 2), 30), 17);
        // And across a year end.
        const FollowUp g = recommended(QDate(2020, 12, 1), QStringLiteral("disiplin_sedang"),
                                       Bupati, BupatiOffice);
        QCOMPARE(FollowUpState::daysLate(g, QDate(2021, 1, 5), 30), 5);
    }

    void responseDueOverride()
    {
        FollowUp f = recommended(QDate(2020, 6, 10), QStringLiteral("disiplin_ringan"), Bupati,
                                 BupatiOffice);
        f.responseDue = QDate(2020, 6, 20); // sooner than 30 days
        QCOMPARE(FollowUpState::responseDue(f, 30), QDate(2020, 6, 20));
        QCOMPARE(FollowUpState::of(f, QDate(2020, 6, 25), 30), State::Late);
        QCOMPARE(FollowUpState::daysLate(f, QDate(2020, 6, 25), 30), 5);
        f.responseDue = QDate(2020, 8, 31); // later than 30 days
        QCOMPARE(FollowUpState::of(f, QDate(2020, 7, 20), 30), State::AwaitingPpk);
        QCOMPARE(FollowUpState::daysLate(f, QDate(2020, 7, 20), 30), 0);
    }

    void decidedAndNoSanction()
    {
        FollowUp f = recommended(QDate(2020, 6, 10), QStringLiteral("disiplin_ringan"), Bupati,
                                 BupatiOffice);
        f.ppkDecisionDate = QDate(2020, 9, 1); // decided late: followed up all the same
        f.sanctionImposed = QStringLiteral("disiplin_ringan");
        QCOMPARE(FollowUpState::of(f, QDate(2020, 9, 30), 30), State::FollowedUp);
        QCOMPARE(FollowUpState::daysLate(f, QDate(2020, 9, 30), 30), 0);
        f.sanctionImposed = QStringLiteral("moral_terbuka");
        QCOMPARE(FollowUpState::of(f, QDate(2020, 9, 30), 30), State::FollowedUpDifferent);

        FollowUp none =
            recommended(QDate(2020, 6, 10), QStringLiteral("tidak_ada"), Bupati, BupatiOffice);
        QCOMPARE(FollowUpState::of(none, QDate(2021, 6, 10), 30), State::NoSanction);
        QCOMPARE(FollowUpState::daysLate(none, QDate(2021, 6, 10), 30), 0);
        QVERIFY(!FollowUpState::isOutstanding(State::NoSanction));
    }

    void matchesAndCodes()
    {
        QVERIFY(FollowUpState::matches(QStringLiteral("ptdh"), QStringLiteral("ptdh")));
        QVERIFY(!FollowUpState::matches(QStringLiteral("ptdh"), QStringLiteral("disiplin_berat")));
        QVERIFY(!FollowUpState::matches(QStringLiteral("moral_tertutup"),
                                        QStringLiteral("moral_terbuka")));
        QVERIFY(FollowUpState::matches(QStringLiteral("ptdh"), QString())); // not recorded
        for (State s : {State::AwaitingRecommendation, State::AwaitingPpk, State::Late,
                        State::FollowedUp, State::FollowedUpDifferent, State::NoSanction}) {
            State back = State::NoSanction;
            QVERIFY(FollowUpState::fromCode(FollowUpState::code(s), &back));
            QCOMPARE(back, s);
            QVERIFY(!FollowUpState::label(s).isEmpty());
        }
        QCOMPARE(FollowUpState::code(State::FollowedUpDifferent),
                 QStringLiteral("followed_up_different"));
        QCOMPARE(FollowUpState::label(State::Late), QStringLiteral("Late"));
        State unused;
        QVERIFY(!FollowUpState::fromCode(QStringLiteral("nonsense"), &unused));
    }

    // --- the ledger of a data file ----------------------------------------------------------

    void rowsOfForwardedCases()
    {
        LedgerRepository ledger(*m_db);
        const QList<LedgerRow> rows = ledger.rows();
        QCOMPARE(rows.size(), 7);
        const auto map = byName(rows);
        QVERIFY(!map.contains(QStringLiteral("Hadi Stopped")));
        QVERIFY(!map.contains(QStringLiteral("Indra Open")));

        const LedgerRow siti = map.value(QStringLiteral("Siti Rahmawati"));
        const Case a = *CaseRepository(*m_db).load(siti.caseId);
        QCOMPARE(siti.caseNumber, a.registrationNumber);
        QCOMPARE(siti.caseUuid, a.uuid);
        QCOMPARE(siti.regencyCode, QStringLiteral("3311"));
        QCOMPARE(siti.nip, QStringLiteral("198609262015052001"));
        QCOMPARE(siti.positionTitle, QStringLiteral("Guru Ahli Pertama"));
        QCOMPARE(siti.agency, QStringLiteral("Dinas Pendidikan"));
        QCOMPARE(siti.decidedDate, QDate(2020, 6, 4));
        QCOMPARE(siti.forwardedTo, QStringLiteral("KASN"));
        QVERIFY(siti.hasFollowUp);
        QCOMPARE(siti.followUp.ppkName, Bupati);
        QCOMPARE(siti.followUp.recommendationDate, QDate(2020, 6, 10));
        QCOMPARE(siti.followUp.sanctionRecommended, QStringLiteral("disiplin_ringan"));
        QCOMPARE(siti.forwardedDate(), QDate(2020, 6, 4)); // the case's, none typed

        const LedgerRow bambang = map.value(QStringLiteral("Bambang Wijaya"));
        QVERIFY(!bambang.hasFollowUp);
        QCOMPARE(bambang.followUp.partyId, bambang.partyId);
        QCOMPARE(bambang.authority(), QStringLiteral("KASN"));
        QCOMPARE(map.value(QStringLiteral("Dewi Lestari")).followUp.ppkDecisionDate,
                 QDate(2020, 7, 1));

        // Forwarding order, then the order of the persons in the case.
        QStringList names;
        for (const LedgerRow &r : rows)
            names << r.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Agus Salim"), QStringLiteral("Siti Rahmawati"),
                              QStringLiteral("Bambang Wijaya"), QStringLiteral("Dewi Lestari"),
                              QStringLiteral("Eko Prasetyo"), QStringLiteral("Fajar Nugroho"),
                              QStringLiteral("Gita Permata")}));
    }

    void countsPerState()
    {
        LedgerRepository ledger(*m_db);
        QHash<State, int> counts;
        QHash<QString, State> states;
        for (const LedgerRow &r : ledger.rows()) {
            const State s = FollowUpState::of(r.followUp, m_today, ledger.responseDays());
            ++counts[s];
            states.insert(r.name, s);
        }
        QCOMPARE(counts.value(State::AwaitingRecommendation), 1);
        QCOMPARE(counts.value(State::AwaitingPpk), 1);
        QCOMPARE(counts.value(State::Late), 2);
        QCOMPARE(counts.value(State::FollowedUp), 1);
        QCOMPARE(counts.value(State::FollowedUpDifferent), 1);
        QCOMPARE(counts.value(State::NoSanction), 1);
        QCOMPARE(states.value(QStringLiteral("Siti Rahmawati")), State::Late);
        QCOMPARE(states.value(QStringLiteral("Gita Permata")), State::Late);
        QCOMPARE(states.value(QStringLiteral("Eko Prasetyo")), State::FollowedUpDifferent);
        const auto map = byName(ledger.rows());
        QCOMPARE(FollowUpState::daysLate(map.value(QStringLiteral("Siti Rahmawati")).followUp,
                                         m_today, 30),
                 21);
        QCOMPARE(FollowUpState::daysLate(map.value(QStringLiteral("Gita Permata")).followUp,
                                         m_today, 30),
                 30);
    }

    void filterByRegency()
    {
        LedgerRepository ledger(*m_db);
        CaseFilter filter;
        filter.regencyCode = QStringLiteral("3372");
        const QList<LedgerRow> rows = ledger.rows(filter);
        QCOMPARE(rows.size(), 3);
        for (const LedgerRow &r : rows)
            QCOMPARE(r.regencyCode, QStringLiteral("3372"));
        filter.regencyCode = QStringLiteral("3311");
        QCOMPARE(ledger.rows(filter).size(), 4);
        // A status filter narrows within the forwarded cases, never widens beyond them.
        filter = CaseFilter();
        filter.statuses = QStringList{QStringLiteral("kajian"), QStringLiteral("diteruskan")};
        QCOMPARE(ledger.rows(filter).size(), 7);
        filter.text = QStringLiteral("Gita");
        QCOMPARE(ledger.rows(filter).size(), 3); // the persons of the case that matches
    }

    // The ledger as an officer opens it in Excel or LibreOffice set to Indonesian: a row per
    // person, Indonesian headers and labels with the codes in hidden columns, dates as date
    // cells, NIPs as text, the days late as a number, and never the confidential reporter.
    void ledgerAsWorkbook()
    {
        Translator::install(QStringLiteral("id"));
        const QString path = m_dir.filePath(QStringLiteral("ledger.xlsx"));
        int count = 0;
        QString error;
        QVERIFY2(LedgerXlsx::exportFile(*m_db, path, {}, QStringLiteral("all"), &count, &error),
                 qPrintable(error));
        QCOMPARE(count, 7);
        const XlsxSheet sheet = XlsxSheet::read(path);
        QVERIFY2(!sheet.xml.isEmpty(), qPrintable(path));
        QCOMPARE(sheet.values(QStringLiteral("Terlapor")),
                 (QStringList{QStringLiteral("Agus Salim"), QStringLiteral("Siti Rahmawati"),
                              QStringLiteral("Bambang Wijaya"), QStringLiteral("Dewi Lestari"),
                              QStringLiteral("Eko Prasetyo"), QStringLiteral("Fajar Nugroho"),
                              QStringLiteral("Gita Permata")}));
        const auto cell = [&](const QString &header, int person) {
            const int c = sheet.columnOf(header);
            return c ? sheet.cells.value(XlsxSheet::column(c) + QString::number(person + 2))
                     : QStringLiteral("(no column %1)").arg(header);
        };
        const auto serial = [](const QDate &d) {
            return QStringLiteral("number:%1").arg(QDate(1899, 12, 30).daysTo(d));
        };
        // Siti Rahmawati, the second person: late since 10 July, 21 days on 31 July.
        QCOMPARE(cell(QStringLiteral("NIP"), 1), QStringLiteral("198609262015052001"));
        QCOMPARE(cell(QStringLiteral("Diteruskan pada"), 1), serial(QDate(2020, 6, 4)));
        QCOMPARE(cell(QStringLiteral("Tanggal rekomendasi"), 1), serial(QDate(2020, 6, 10)));
        QCOMPARE(cell(QStringLiteral("Tenggat tanggapan"), 1), serial(QDate(2020, 7, 10)));
        QCOMPARE(cell(QStringLiteral("Hari terlambat"), 1), QStringLiteral("number:21"));
        QCOMPARE(cell(QStringLiteral("Kabupaten/kota"), 1), QStringLiteral("Kabupaten Sukoharjo"));
        QCOMPARE(cell(QStringLiteral("Kabupaten/kota (kode)"), 1), QStringLiteral("3311"));
        QCOMPARE(cell(QStringLiteral("Sanksi yang direkomendasikan"), 1),
                 Codes::label(Codes::Kind::Sanction, QStringLiteral("disiplin_ringan")));
        QCOMPARE(cell(QStringLiteral("Sanksi yang direkomendasikan (kode)"), 1),
                 QStringLiteral("disiplin_ringan"));
        QCOMPARE(cell(QStringLiteral("Keadaan"), 1), FollowUpState::label(State::Late));
        QCOMPARE(cell(QStringLiteral("Keadaan (kode)"), 1), QStringLiteral("late"));
        QCOMPARE(cell(QStringLiteral("PPK"), 1), Bupati);
        // Dewi Lestari: followed up, the PPK's decision dated, nothing late.
        QCOMPARE(cell(QStringLiteral("Tanggal keputusan PPK"), 3), serial(QDate(2020, 7, 1)));
        QCOMPARE(cell(QStringLiteral("Nomor keputusan PPK"), 3), QStringLiteral("862/123/2020"));
        QCOMPARE(cell(QStringLiteral("Hari terlambat"), 3), QString());
        QVERIFY(XlsxSheet::member(path, QStringLiteral("xl/styles.xml"))
                    .contains(QLatin1String("formatCode=\"dd/mm/yyyy\"")));
        // The codes hidden, their labels shown; no formula anywhere.
        for (const char *coded : {"Kabupaten/kota", "Sanksi yang direkomendasikan",
                                  "Sanksi yang dijatuhkan", "Keadaan"}) {
            const QString header = QString::fromUtf8(coded);
            QVERIFY2(!sheet.hidden(sheet.columnOf(header)), coded);
            QVERIFY2(sheet.hidden(sheet.columnOf(header + QStringLiteral(" (kode)"))), coded);
        }
        QVERIFY(!sheet.hidden(sheet.columnOf(QStringLiteral("NIP"))));
        QVERIFY(!sheet.xml.contains(QLatin1String("<f>")));
        // Case A's reporter is confidential: the ledger names the persons reported only.
        QVERIFY(!sheet.strings.join(QLatin1Char('|')).contains(SecretReporter));
        QVERIFY(!sheet.strings.join(QLatin1Char('|')).contains(QLatin1String("Pelapor")));

        // Only the late ones: Siti Rahmawati and Gita Permata.
        QVERIFY2(LedgerXlsx::exportFile(*m_db, path, {}, QStringLiteral("late"), &count, &error),
                 qPrintable(error));
        QCOMPARE(count, 2);
        QCOMPARE(XlsxSheet::read(path).values(QStringLiteral("Terlapor")),
                 (QStringList{QStringLiteral("Siti Rahmawati"), QStringLiteral("Gita Permata")}));
        Translator::install(QStringLiteral("en"));
    }

    void responseDaysSetting()
    {
        LedgerRepository ledger(*m_db);
        QCOMPARE(ledger.responseDays(), 30);
        QString error;
        QVERIFY2(ledger.setResponseDays(45, &error), qPrintable(error));
        QCOMPARE(ledger.responseDays(), 45);
        QCOMPARE(SettingsRepository(*m_db).setting(QStringLiteral("followup_response_days")),
                 QStringLiteral("45"));
        for (int wrong : {0, -3, 366}) {
            error.clear();
            QVERIFY(!ledger.setResponseDays(wrong, &error));
            QVERIFY2(error.contains(QLatin1String("between 1 and 365")), qPrintable(error));
            QCOMPARE(ledger.responseDays(), 45);
        }
        QVERIFY2(ledger.setResponseDays(365, &error), qPrintable(error));
        QVERIFY2(ledger.setResponseDays(1, &error), qPrintable(error));
        QCOMPARE(ledger.responseDays(), 1);
        // A value typed into the file by hand that makes no sense falls back to the default.
        QVERIFY(SettingsRepository(*m_db).setSetting(QStringLiteral("followup_response_days"),
                                                     QStringLiteral("soon"), &error));
        QCOMPARE(ledger.responseDays(), 30);
        QVERIFY2(ledger.setResponseDays(30, &error), qPrintable(error));
    }

    // --- the letter -------------------------------------------------------------------------

    void letterRows()
    {
        const QList<LedgerRow> rows = LedgerRepository(*m_db).rows();
        const QList<LedgerRow> bupati = FollowUpLetter::outstanding(
            rows, QStringLiteral(" bupati  sukoharjo"), BupatiOffice.toUpper(), m_today, 30);
        QCOMPARE(bupati.size(), 2);
        QCOMPARE(bupati.at(0).name, QStringLiteral("Siti Rahmawati")); // most late first
        QCOMPARE(bupati.at(1).name, QStringLiteral("Agus Salim"));
        const QList<LedgerRow> walikota =
            FollowUpLetter::outstanding(rows, WaliKota, WaliKotaOffice, m_today, 30);
        QCOMPARE(walikota.size(), 1); // neither the one decided nor "no sanction"
        QCOMPARE(walikota.at(0).name, QStringLiteral("Gita Permata"));
        QCOMPARE(FollowUpLetter::sanctionLabel(QStringLiteral("moral_tertutup")),
                 QStringLiteral("Sanksi moral berupa pernyataan secara tertutup"));
        QCOMPARE(FollowUpLetter::sanctionLabel(QStringLiteral("ptdh")),
                 QStringLiteral("Pemberhentian tidak dengan hormat"));
        for (const QString &code : Codes::all(Codes::Kind::Sanction))
            QVERIFY2(FollowUpLetter::sanctionLabel(code) != code, qPrintable(code));
    }

    void letterToPdf()
    {
        CaseRepository repo(*m_db);
        QString error;
        QVERIFY(SettingsRepository(repo.database())
                    .setSetting(QStringLiteral("office_name"),
                                QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO"),
                                &error));
        const QList<LedgerRow> rows = LedgerRepository(*m_db).rows();
        const PrintedDocument letter = FollowUpLetter::build(*m_db, rows, Bupati, BupatiOffice);
        QCOMPARE(letter.language, QStringLiteral("id"));
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        QVERIFY2(letter.toPdf(path, PrintedDocument::Paper::A4, &error), qPrintable(error));
        const QString text = pdfText(path);
        for (const char *expected :
             {"KABUPATEN SUKOHARJO", "Nomor : ....", "Permintaan Tindak Lanjut Rekomendasi",
              "Yth. Bupati Sukoharjo", "Pemerintah Kabupaten Sukoharjo", "Siti Rahmawati",
              "19860926 201505 2 001", "Agus Salim", "19750101 200003 1 002",
              "Komisi Aparatur Sipil Negara (KASN)", "Sukoharjo, 31 Juli 2020",
              "Koordinator Divisi Penanganan Pelanggaran", "Halaman 1 dari 1"})
            QVERIFY2(
                text.contains(QString::fromUtf8(expected)),
                qPrintable(
                    QStringLiteral("%1 missing from:\n%2").arg(QString::fromUtf8(expected), text)));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\b21\\b"))), qPrintable(text));
        // What wraps inside a table cell is checked in the document itself: a PDF reader's text
        // order of a wrapped cell depends on the paper.
        for (const char *expected :
             {"Hukuman disiplin ringan", "Sanksi moral berupa pernyataan secara tertutup",
              "tanggal 10 Juni 2020", "R-10/KASN/6/2020"})
            QVERIFY2(letter.bodyHtml.contains(QString::fromUtf8(expected)), expected);
        // Only the Bupati's outstanding persons; never a reporter, confidential or not.
        for (const QString &absent :
             {QStringLiteral("Dewi Lestari"), QStringLiteral("Bambang Wijaya"),
              QStringLiteral("Gita Permata"), SecretReporter, QStringLiteral("Budi Santoso"),
              QStringLiteral("Rahasia")})
            QVERIFY2(!text.contains(absent), qPrintable(absent));
        // The letter is Indonesian whatever the UI language: no English sanction label.
        QVERIFY(!text.contains(QLatin1String("disciplinary")));
    }

    void letterPlace()
    {
        SettingsRepository repo(*m_db);
        const QList<LedgerRow> rows = LedgerRepository(*m_db).rows();
        QCOMPARE(FollowUpLetter::place(repo, rows), QString()); // two regencies
        QCOMPARE(FollowUpLetter::place(repo, FollowUpLetter::outstanding(
                                                 rows, WaliKota, WaliKotaOffice, m_today, 30)),
                 QStringLiteral("Surakarta"));
        QString error;
        QVERIFY(
            repo.setSetting(QStringLiteral("office_city"), QStringLiteral("Solo Baru"), &error));
        QCOMPARE(FollowUpLetter::place(repo, rows), QStringLiteral("Solo Baru"));
        const PrintedDocument letter = FollowUpLetter::build(*m_db, rows, Bupati, BupatiOffice);
        QVERIFY(letter.bodyHtml.contains(QLatin1String("Solo Baru, 31 Juli 2020")));
        QVERIFY(repo.setSetting(QStringLiteral("office_city"), QStringLiteral(""), &error));

        // Without a place the date stands alone.
        FollowUpLetter::Request request;
        request.ppkName = Bupati;
        request.date = m_today;
        const PrintedDocument bare = FollowUpLetter::build(request);
        QVERIFY(bare.bodyHtml.contains(
            QLatin1String("<td valign='top' align='right'>31 Juli 2020</td>")));
    }
};

QTEST_MAIN(TestLedger)
#include "TestLedger.moc"
