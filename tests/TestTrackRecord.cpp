// A person's track record (rekam jejak): a NIP reported in two regencies lists both cases with
// their decision, recommendation and sanction; every look-up is in the change log with who asked
// and why; a confidential reporter never shows; a clerk, a viewer and an administrator are
// refused and a wrong NIP changes nothing; the certificate and the "no record" certificate read
// back from PDF; netra-cli record --json --out; the multi-regency demo's persons reported twice.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "demo/DemoGenerator.h"
#include "documents/CaseDocuments.h"
#include "documents/TrackRecordCertificate.h"
#include "ledger/TrackRecordDialog.h"
#include "store/LedgerRepository.h"
#include "store/LetterBook.h"
#include "store/SettingsRepository.h"
#include "store/TrackRecordRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

namespace {

const QString Nip = QStringLiteral("19750317 200003 1 004");
const QString NipDigits = QStringLiteral("197503172000031004");
const QString OtherNip = QStringLiteral("198203112008012005");
const QString CleanNip = QStringLiteral("19900101 201403 2 007");
const QString PppkNumber = QStringLiteral("19910412 2021 21 1 003"); // a contract civil servant
const QString Reporter = QStringLiteral("Wahyu Pelapor Rahasia");
const QString Purpose = QStringLiteral("Seleksi terbuka JPT Pratama Sekretaris Daerah 2025");

Party reported(const QString &name, const QString &nip, const QString &agency)
{
    Party p;
    p.name = name;
    p.nip = nip;
    p.positionTitle = QStringLiteral("Kepala Dinas");
    p.positionCategory = QStringLiteral("jpt");
    p.agency = agency;
    return p;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// Whether the text holds a case number, which a table cell may wrap after a slash.
bool holdsNumber(const QString &text, const QString &number)
{
    return QString(text).remove(QLatin1Char(' ')).contains(number);
}

} // namespace

class TestTrackRecord : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;
    const QDate m_today = QDate(2025, 3, 10);
    QString m_forwarded; // the number of the Sukoharjo case, forwarded with a sanction imposed
    QString m_stopped;   // the number of the Surakarta case, stopped
    QString m_contract;  // the number of the case of a contract civil servant (PPPK), stopped

    std::unique_ptr<Database> signedIn(const QString &login)
    {
        auto db = TestSupport::openNew(m_location, m_today);
        QString error;
        if (!UserRepository(*db).login(login, QLatin1String(TestSupport::Password), &error))
            qWarning("%s", qPrintable(error));
        return db;
    }

    // The look-ups in the change log: actor, purpose, NIP and the numbers found, one a line.
    QStringList lookUps(Database &db)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT actor, changes FROM change_log WHERE record_table = ?"
                                 " AND action = ? ORDER BY id"));
        q.addBindValue(TrackRecordRepository::logTable());
        q.addBindValue(TrackRecordRepository::logAction());
        QStringList list;
        if (q.exec()) {
            while (q.next())
                list << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        }
        return list;
    }

    QString makeCase(Database &db, const QString &regency, const QDate &received,
                     const QList<Party> &parties, Step::Kind decision)
    {
        CaseRepository repo(db);
        Case c = TestSupport::sampleCase(received);
        c.regencyCode = regency;
        c.reporterName = Reporter;
        c.reporterConfidential = true;
        c.parties = parties;
        QString error;
        if (!repo.create(c, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        for (const auto &[kind, days] : QList<QPair<Step::Kind, int>>{
                 {Step::Kind::Register, 1}, {Step::Kind::StartAnalysis, 2}, {decision, 3}}) {
            Step step;
            step.kind = kind;
            step.date = received.addDays(days);
            step.reason = QStringLiteral("Unsur pelanggaran tidak terpenuhi.");
            if (kind == Step::Kind::Forward)
                step.number = QStringLiteral("%1/PP.01/K.JT-11/2024").arg(c.id);
            if (!repo.applyStep(c.id, step, &error)) {
                qWarning("%s", qPrintable(error));
                return {};
            }
        }
        return repo.load(c.id)->registrationNumber;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_location = TestSupport::location(m_dir.filePath(QStringLiteral("rekam.netra")));
        auto db = TestSupport::openNew(m_location, m_today);
        QVERIFY(db);
        QVERIFY(TestSupport::addCliUsers(*db));
        QVERIFY(TestSupport::addUser(*db, QStringLiteral("petugas"), Role::Officer));
        QVERIFY(TestSupport::addUser(*db, QStringLiteral("notulis"), Role::Clerk));
        QVERIFY(TestSupport::addUser(*db, QStringLiteral("pemantau"), Role::Viewer));

        // Reported in Sukoharjo (forwarded, sanctioned) and, with his NIP typed without spaces,
        // in Surakarta (stopped); another person in a third case.
        m_forwarded = makeCase(*db, QStringLiteral("3311"), QDate(2024, 10, 7),
                               {reported(QStringLiteral("Drs. Hendra Wijaya"), Nip,
                                         QStringLiteral("Dinas Pendidikan Kabupaten Sukoharjo"))},
                               Step::Kind::Forward);
        QVERIFY(!m_forwarded.isEmpty());
        m_stopped = makeCase(*db, QStringLiteral("3372"), QDate(2024, 11, 4),
                             {reported(QStringLiteral("Hendra Wijaya"), NipDigits,
                                       QStringLiteral("Dinas Perhubungan Kota Surakarta"))},
                             Step::Kind::Stop);
        QVERIFY(!m_stopped.isEmpty());
        QVERIFY(!makeCase(*db, QStringLiteral("3311"), QDate(2024, 10, 9),
                          {reported(QStringLiteral("Rina Kusuma"), OtherNip,
                                    QStringLiteral("Sekretariat Daerah Kabupaten Sukoharjo"))},
                          Step::Kind::Forward)
                     .isEmpty());

        Party contract = reported(QStringLiteral("Bambang Purnomo"), PppkNumber,
                                  QStringLiteral("Dinas Kesehatan Kabupaten Sukoharjo"));
        contract.positionTitle = QStringLiteral("Penata Layanan Operasional");
        contract.positionCategory = QStringLiteral("pppk");
        m_contract = makeCase(*db, QStringLiteral("3311"), QDate(2024, 10, 14), {contract},
                              Step::Kind::Stop);
        QVERIFY(!m_contract.isEmpty());

        const Case forwarded = *CaseRepository(*db).findByNumber(m_forwarded);
        FollowUp f;
        f.partyId = forwarded.reported().first().id;
        f.authority = QStringLiteral("KASN");
        f.recommendationNumber = QStringLiteral("R-112/KASN/11/2024");
        f.recommendationDate = QDate(2024, 11, 20);
        f.sanctionRecommended = QStringLiteral("disiplin_sedang");
        f.ppkName = QStringLiteral("Bupati Sukoharjo");
        f.ppkDecisionNumber = QStringLiteral("800/77/2024");
        f.ppkDecisionDate = QDate(2024, 12, 16);
        f.sanctionImposed = QStringLiteral("disiplin_sedang");
        QString error;
        QVERIFY2(LedgerRepository(*db).saveFollowUp(f, forwarded.id, &error), qPrintable(error));
    }

    // Both cases of the NIP, in received order, with what was decided and imposed; the other
    // person's case not.
    void nipReportedInTwoRegencies()
    {
        auto db = signedIn(QStringLiteral("koordinator"));
        QString error;
        const std::optional<TrackRecord> r =
            TrackRecordRepository(*db).lookUp(Nip, {}, Purpose, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->nip, NipDigits);
        QCOMPARE(r->entries.size(), 2);
        const TrackRecord::Entry &first = r->entries.at(0);
        const TrackRecord::Entry &second = r->entries.at(1);
        QCOMPARE(first.row.caseNumber, m_forwarded);
        QCOMPARE(first.row.regencyCode, QStringLiteral("3311"));
        QCOMPARE(first.decision(), TrackRecord::Entry::Decision::Proved);
        QVERIFY(first.row.hasFollowUp);
        QCOMPARE(first.row.followUp.sanctionImposed, QStringLiteral("disiplin_sedang"));
        QCOMPARE(second.row.caseNumber, m_stopped);
        QCOMPARE(second.row.regencyCode, QStringLiteral("3372"));
        QCOMPARE(second.decision(), TrackRecord::Entry::Decision::NotProved);
        QCOMPARE(r->personName(), QStringLiteral("Hendra Wijaya"));
        QCOMPARE(r->askedBy, QStringLiteral("koordinator"));

        // By name: the same two cases, and the NIP they share.
        const std::optional<TrackRecord> byName =
            TrackRecordRepository(*db).lookUp({}, QStringLiteral("hendra wijaya"), Purpose, &error);
        QVERIFY2(byName, qPrintable(error));
        QCOMPARE(byName->entries.size(), 2);
        QCOMPARE(byName->nips(), QStringList{NipDigits});
    }

    // Each look-up is one entry of the change log: who, why, the NIP and the cases found; never
    // the confidential reporter.
    void lookUpIsLogged()
    {
        auto db = signedIn(QStringLiteral("koordinator"));
        const int before = int(lookUps(*db).size());
        QString error;
        QVERIFY2(TrackRecordRepository(*db).lookUp(Nip, {}, Purpose, &error), qPrintable(error));
        const QStringList after = lookUps(*db);
        QCOMPARE(after.size(), before + 1);
        const QString entry = after.last();
        QVERIFY2(entry.startsWith(QLatin1String("koordinator ")), qPrintable(entry));
        QVERIFY2(entry.contains(Purpose), qPrintable(entry));
        QVERIFY2(entry.contains(NipDigits), qPrintable(entry));
        QVERIFY2(entry.contains(m_forwarded) && entry.contains(m_stopped), qPrintable(entry));
        QVERIFY2(!entry.contains(QLatin1String("Wahyu")), qPrintable(entry));
    }

    // A clerk, a viewer and an administrator are refused by the store, and nothing is logged; so
    // are a wrong NIP, no NIP nor name, and no purpose.
    void refusedAndWrongInputChangeNothing()
    {
        for (const char *login : {"notulis", "pemantau", "admin"}) {
            auto db = signedIn(QLatin1String(login));
            QVERIFY(db->user());
            const int before = int(lookUps(*db).size());
            QString error;
            QVERIFY(!TrackRecordRepository(*db).lookUp(Nip, {}, Purpose, &error));
            QVERIFY2(error.contains(QLatin1String("Only a coordinator looks up")),
                     qPrintable(error));
            QCOMPARE(lookUps(*db).size(), before);
        }
        auto db = signedIn(QStringLiteral("koordinator"));
        const int before = int(lookUps(*db).size());
        QString error;
        QVERIFY(!TrackRecordRepository(*db).lookUp(QStringLiteral("19751317 200003 1 004"), {},
                                                   Purpose, &error));
        QVERIFY2(error.contains(QLatin1String("not a valid NIP")) &&
                     error.contains(QLatin1String("birth date")),
                 qPrintable(error));
        QVERIFY(
            !TrackRecordRepository(*db).lookUp(QStringLiteral("1975031720"), {}, Purpose, &error));
        QVERIFY2(error.contains(QLatin1String("18 digits")), qPrintable(error));
        QVERIFY(!TrackRecordRepository(*db).lookUp({}, {}, Purpose, &error));
        QVERIFY(!TrackRecordRepository(*db).lookUp(Nip, {}, QStringLiteral("  "), &error));
        QVERIFY2(error.contains(QLatin1String("purpose")), qPrintable(error));
        QCOMPARE(lookUps(*db).size(), before);
    }

    // A contract civil servant is looked up by their NI PPPK, in the store, from netra-cli and
    // in the dialog; a number that is neither an NIP nor an NI PPPK is refused with why, and
    // nothing is logged.
    void contractCivilServantsNumber()
    {
        auto db = signedIn(QStringLiteral("koordinator"));
        QString error;
        const std::optional<TrackRecord> r =
            TrackRecordRepository(*db).lookUp(PppkNumber, {}, Purpose, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->nip, QString(PppkNumber).remove(QLatin1Char(' ')));
        QCOMPARE(r->entries.size(), 1);
        QCOMPARE(r->entries.first().row.caseNumber, m_contract);
        QCOMPARE(r->personName(), QStringLiteral("Bambang Purnomo"));

        const int before = int(lookUps(*db).size());
        QVERIFY(!TrackRecordRepository(*db).lookUp(QStringLiteral("19910412 2021 21 5 003"), {},
                                                   Purpose, &error));
        QVERIFY2(error.contains(QLatin1String("not a valid NIP")) &&
                     error.contains(QLatin1String("NI PPPK")) &&
                     error.contains(QLatin1String("gender")),
                 qPrintable(error));
        QCOMPARE(lookUps(*db).size(), before);

        QProcess p;
        p.start(QStringLiteral(NETRA_CLI),
                {QStringLiteral("record"), m_location, QStringLiteral("--nip"), PppkNumber,
                 QStringLiteral("--purpose"), Purpose, QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray cases = QJsonDocument::fromJson(p.readAllStandardOutput())
                                     .object()
                                     .value(QStringLiteral("cases"))
                                     .toArray();
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases.at(0).toObject().value(QStringLiteral("number")).toString(), m_contract);

        TrackRecordDialog dialog(*db);
        dialog.nipEdit()->setText(PppkNumber);
        dialog.purposeEdit()->setText(Purpose);
        QVERIFY(dialog.lookUp());
        QCOMPARE(dialog.table()->rowCount(), 1);
    }

    // The certificate names the NIP, both cases with their decision and sanction, the purpose
    // and its number from the letter book; a reprint keeps the number. The "no record"
    // certificate says no violation is recorded for the NIP.
    void certificatesReadBack()
    {
        auto db = signedIn(QStringLiteral("koordinator"));
        QString error;
        const std::optional<TrackRecord> r =
            TrackRecordRepository(*db).lookUp(Nip, {}, Purpose, &error);
        QVERIFY2(r, qPrintable(error));
        PrintedDocument d = TrackRecordCertificate::build(*db, *r);
        QVERIFY(d.draft);
        QVERIFY2(CaseDocuments::issue(*db, d, &error), qPrintable(error));
        const QString number = d.letter.number;
        QVERIFY(!number.isEmpty());
        d = TrackRecordCertificate::build(*db, *r);
        QCOMPARE(d.letter.number, number);
        const QString pdf = m_dir.filePath(QStringLiteral("rekam-jejak.pdf"));
        QVERIFY2(d.toPdf(pdf, PrintedDocument::Paper::A4, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        for (const QString &expected :
             {QStringLiteral("SURAT KETERANGAN"), number, Purpose,
              QStringLiteral("19750317 200003 1 004"), QStringLiteral("Hendra Wijaya"),
              QStringLiteral("Terbukti melanggar"), QStringLiteral("Tidak terbukti"),
              QStringLiteral("Kota Surakarta"), TrackRecordCertificate::DefaultCommittee})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(": ") + text));
        for (const QString &expected :
             {m_forwarded, m_stopped, QStringLiteral("R-112/KASN/11/2024")})
            QVERIFY2(holdsNumber(text, expected),
                     qPrintable(expected + QStringLiteral(": ") + text));
        QVERIFY2(!text.contains(QLatin1String("Wahyu")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("KONSEP")), qPrintable(text));

        const std::optional<TrackRecord> clean = TrackRecordRepository(*db).lookUp(
            CleanNip, QStringLiteral("Sri Lestari"), Purpose, &error);
        QVERIFY2(clean, qPrintable(error));
        QVERIFY(clean->isEmpty());
        PrintedDocument none = TrackRecordCertificate::build(*db, *clean);
        QVERIFY2(CaseDocuments::issue(*db, none, &error), qPrintable(error));
        QVERIFY(none.letter.number != number);
        none = TrackRecordCertificate::build(*db, *clean);
        const QString nonePdf = m_dir.filePath(QStringLiteral("tanpa-catatan.pdf"));
        QVERIFY2(none.toPdf(nonePdf, PrintedDocument::Paper::A4, &error), qPrintable(error));
        const QString noneText = pdfText(nonePdf);
        for (const QString &expected :
             {QStringLiteral("SURAT KETERANGAN"), none.letter.number, Purpose,
              QStringLiteral("19900101 201403 2 007"), QStringLiteral("Sri Lestari"),
              QStringLiteral("tidak tercatat"),
              QStringLiteral("tidak terdapat catatan pelanggaran netralitas")})
            QVERIFY2(noneText.contains(expected),
                     qPrintable(expected + QStringLiteral(": ") + noneText));
        QVERIFY2(!holdsNumber(noneText, m_forwarded), qPrintable(noneText));
    }

    // With no office name in the settings the certificate names the office as the other
    // letters do: the office of the one regency of the cases found, else of the office's code.
    void certificateNamesTheOfficeWithoutAName()
    {
        QString error;
        {
            auto admin = signedIn(QStringLiteral("admin"));
            QVERIFY(SettingsRepository(*admin).setting(QStringLiteral("office_name")).isEmpty());
        }
        auto db = signedIn(QStringLiteral("koordinator"));
        const std::optional<TrackRecord> r =
            TrackRecordRepository(*db).lookUp(OtherNip, {}, Purpose, &error);
        QVERIFY2(r, qPrintable(error));
        const QString pdf = m_dir.filePath(QStringLiteral("tanpa-nama.pdf"));
        QVERIFY2(
            TrackRecordCertificate::build(*db, *r).toPdf(pdf, PrintedDocument::Paper::A4, &error),
            qPrintable(error));
        QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("pada Bawaslu Kabupaten Sukoharjo sampai dengan")),
                 qPrintable(text));

        // No case, so no regency: the office's code tells the office.
        {
            auto admin = signedIn(QStringLiteral("admin"));
            QVERIFY2(SettingsRepository(*admin).setSetting(QStringLiteral("office_code"),
                                                           QStringLiteral("33.72"), &error),
                     qPrintable(error));
        }
        const std::optional<TrackRecord> clean = TrackRecordRepository(*db).lookUp(
            CleanNip, QStringLiteral("Sri Lestari"), Purpose, &error);
        QVERIFY2(clean, qPrintable(error));
        QVERIFY2(TrackRecordCertificate::build(*db, *clean)
                     .toPdf(pdf, PrintedDocument::Paper::A4, &error),
                 qPrintable(error));
        text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("tidak terdapat catatan pelanggaran netralitas ASN "
                                             "atas NIP tersebut pada Bawaslu Kota Surakarta.")),
                 qPrintable(text));
        auto admin = signedIn(QStringLiteral("admin"));
        QVERIFY2(
            SettingsRepository(*admin).setSetting(QStringLiteral("office_code"), QString(), &error),
            qPrintable(error));
    }

    // netra-cli record --json lists the cases and, with --out, issues and writes the
    // certificate; a wrong NIP fails with the reason and logs nothing.
    void commandLine()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        QProcess p;
        p.start(QStringLiteral(NETRA_CLI),
                {QStringLiteral("record"), m_location, QStringLiteral("--nip"), NipDigits,
                 QStringLiteral("--purpose"), QStringLiteral("Seleksi JPT Madya 2025"),
                 QStringLiteral("--json"), QStringLiteral("--out"), pdf});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("nip")).toString(), NipDigits);
        QCOMPARE(json.value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("Seleksi JPT Madya 2025"));
        const QJsonArray cases = json.value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 2);
        QCOMPARE(cases.at(0).toObject().value(QStringLiteral("number")).toString(), m_forwarded);
        QCOMPARE(cases.at(0).toObject().value(QStringLiteral("decision")).toString(),
                 QStringLiteral("proved"));
        QCOMPARE(cases.at(0)
                     .toObject()
                     .value(QStringLiteral("ppk"))
                     .toObject()
                     .value(QStringLiteral("sanction_imposed"))
                     .toString(),
                 QStringLiteral("disiplin_sedang"));
        QCOMPARE(cases.at(1).toObject().value(QStringLiteral("regency_code")).toString(),
                 QStringLiteral("3372"));
        const QString number = json.value(QStringLiteral("certificate"))
                                   .toObject()
                                   .value(QStringLiteral("letter_number"))
                                   .toString();
        QVERIFY(!number.isEmpty());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(number) && text.contains(QLatin1String("Seleksi JPT Madya 2025")) &&
                     holdsNumber(text, m_stopped),
                 qPrintable(text));

        auto db = signedIn(QStringLiteral("koordinator"));
        const QStringList logged = lookUps(*db);
        QVERIFY2(logged.last().contains(QLatin1String("Seleksi JPT Madya 2025")),
                 qPrintable(logged.last()));
        QProcess wrong;
        wrong.start(QStringLiteral(NETRA_CLI),
                    {QStringLiteral("record"), m_location, QStringLiteral("--nip"),
                     QStringLiteral("12345"), QStringLiteral("--purpose"), Purpose});
        QVERIFY(wrong.waitForFinished(120000));
        QCOMPARE(wrong.exitCode(), 1);
        QVERIFY(QString::fromUtf8(wrong.readAllStandardError()).contains(QLatin1String("NIP")));
        QCOMPARE(lookUps(*db).size(), logged.size());

        // The look-ups and certificates leave the change log's chain and the trail whole.
        QProcess check;
        check.start(QStringLiteral(NETRA_CLI), {QStringLiteral("check"), m_location});
        QVERIFY(check.waitForFinished(120000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
    }

    // The dialog in Indonesian: the record of the NIP in its table, a wrong NIP told and nothing
    // shown, the certificate saved; a clerk cannot look up.
    void dialog()
    {
        QVERIFY(Translator::install(QStringLiteral("id")));
        {
            auto db = signedIn(QStringLiteral("koordinator"));
            TrackRecordDialog dialog(*db);
            dialog.show();
            QVERIFY(
                !dialog.findChild<QPushButton *>(QStringLiteral("recordCertificate"))->isEnabled());
            dialog.nipEdit()->setText(QStringLiteral("19751317 200003 1 004"));
            dialog.purposeEdit()->setText(Purpose);
            QString messages;
            GuiTestSupport::whenDialog([](QWidget *w) { static_cast<QMessageBox *>(w)->accept(); },
                                       &messages);
            QVERIFY(!dialog.lookUp());
            QVERIFY(!dialog.record());
            QCOMPARE(dialog.table()->rowCount(), 0);

            dialog.nipEdit()->setText(Nip);
            QVERIFY(dialog.lookUp());
            QCOMPARE(dialog.table()->rowCount(), 2);
            QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("Kota Surakarta"));
            QCOMPARE(dialog.table()->item(0, 6)->text(), QStringLiteral("Terbukti melanggar"));
            const QString summary = dialog.summary()->text();
            QVERIFY2(summary.contains(QLatin1String("Kabupaten Sukoharjo")) &&
                         summary.contains(QLatin1String("Kota Surakarta")),
                     qPrintable(summary));
            QVERIFY(
                dialog.findChild<QPushButton *>(QStringLiteral("recordCertificate"))->isEnabled());
            const QString shots = qEnvironmentVariable("NETRA_TEST_SHOTS");
            if (!shots.isEmpty())
                dialog.grab().save(shots + QStringLiteral("/track-record.png"));
            QVERIFY(!dialog.grab().isNull());
            const QString pdf = m_dir.filePath(QStringLiteral("dialog.pdf"));
            QString error;
            QVERIFY2(dialog.saveCertificate(pdf, PrintedDocument::Paper::F4, &error),
                     qPrintable(error));
            QVERIFY(pdfText(pdf).contains(Purpose));
        }
        {
            auto db = signedIn(QStringLiteral("notulis"));
            TrackRecordDialog dialog(*db);
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("recordLookUp"))->isEnabled());
            QVERIFY(dialog.summary()->text().contains(QLatin1String("koordinator")));
        }
        Translator::install(QStringLiteral("en"));
    }

    // On a server of many offices, under their own database roles: a regency's and a
    // province's coordinator each look up the NIP within their scope and issue its certificate,
    // which carries their office; a direct session of another regency's user reads neither
    // letter, each office reads its own (the province its regency's too); an account kept to no
    // office is told why nothing was issued, not the server's words.
    void officesIssueCertificatesOnASharedServer()
    {
        if (!TestSupport::onServer())
            QSKIP("a server of many offices");
        PgServer *server = PgServer::instance();
        QVERIFY(server);
        const QString database = PgServer::databaseOf(m_location);
        const QString password = QLatin1String(TestSupport::Password);
        {
            auto db = signedIn(QStringLiteral("admin"));
            for (const auto &[login, scope] : QList<std::pair<QString, QString>>{
                     {QStringLiteral("skh_koord"), QStringLiteral("3311")},
                     {QStringLiteral("jateng_koord"), QStringLiteral("33")},
                     {QStringLiteral("klaten_koord"), QStringLiteral("3310")},
                     {QStringLiteral("tanpa_kantor"), QStringLiteral("3372")}}) {
                User u;
                u.login = login;
                u.fullName = login;
                u.role = Role::Coordinator;
                u.scope = scope;
                QString error;
                QVERIFY2(UserRepository(*db).create(u, password, &error), qPrintable(error));
            }
        }
        // An account whose scope was taken away by hand: kept to no office.
        QVERIFY(server->psql(database, QStringLiteral("UPDATE users SET scope = '' WHERE login ="
                                                      " 'tanpa_kantor'")));
        auto asRole = [&](const QString &login) {
            QString error;
            auto db = Database::open(QStringLiteral("postgresql:///%1?host=%2&user=%3&password=%4")
                                         .arg(database, server->socketFolder(), login, password),
                                     Database::Mode::OpenExisting, &error);
            if (!db) {
                qWarning("%s", qPrintable(error));
                return db;
            }
            db->setToday(QDate(2025, 4, 14));
            if (!UserRepository(*db).login(login, password, &error))
                qWarning("%s", qPrintable(error));
            return db;
        };

        QHash<QString, QString> numbers;
        for (const auto &[login, office, cases] : QList<std::tuple<QString, QString, int>>{
                 {QStringLiteral("skh_koord"), QStringLiteral("3311"), 1},
                 {QStringLiteral("jateng_koord"), QStringLiteral("33"), 2}}) {
            auto db = asRole(login);
            QVERIFY(db && db->user());
            QString error;
            const std::optional<TrackRecord> r =
                TrackRecordRepository(*db).lookUp(Nip, {}, Purpose, &error);
            QVERIFY2(r, qPrintable(error));
            QCOMPARE(r->entries.size(), cases);
            PrintedDocument d = TrackRecordCertificate::build(*db, *r);
            QVERIFY2(CaseDocuments::issue(*db, d, &error), qPrintable(error));
            QVERIFY(!d.letter.number.isEmpty());
            numbers.insert(office, d.letter.number);
            // Printed again: the office's own entry, found under its own role.
            QCOMPARE(TrackRecordCertificate::build(*db, *r).letter.number, d.letter.number);
            QString out;
            QVERIFY(server->psql(database,
                                 QStringLiteral("SELECT office FROM letters WHERE number = '%1'")
                                     .arg(d.letter.number),
                                 &out));
            QCOMPARE(out, office);
        }
        const QString misread = server->lettersReadBy(
            database, password,
            {numbers.value(QStringLiteral("3311")), numbers.value(QStringLiteral("33"))},
            {{QStringLiteral("klaten_koord"), QStringLiteral("0")},
             {QStringLiteral("skh_koord"), QStringLiteral("1")},
             {QStringLiteral("jateng_koord"), QStringLiteral("2")}});
        QVERIFY2(misread.isEmpty(), qPrintable(misread));

        auto db = asRole(QStringLiteral("tanpa_kantor"));
        QVERIFY(db && db->user());
        QString error;
        const std::optional<TrackRecord> r = TrackRecordRepository(*db).lookUp(
            CleanNip, QStringLiteral("Sri Lestari"), Purpose, &error);
        QVERIFY2(r, qPrintable(error));
        const int before = int(LetterBook(*db).list().size());
        PrintedDocument d = TrackRecordCertificate::build(*db, *r);
        QVERIFY(!CaseDocuments::issue(*db, d, &error));
        QVERIFY2(error.contains(QLatin1String("belongs to no office")) &&
                     !error.contains(QLatin1String("row-level security")),
                 qPrintable(error));
        QVERIFY(d.draft);
        QCOMPARE(int(LetterBook(*db).list().size()), before);
    }

    // The demo of several regencies holds persons reported in two of them, whose record lists
    // both.
    void demoReportsSomeoneInTwoRegencies()
    {
        const QString path =
            TestSupport::location(m_dir.filePath(QStringLiteral("demo-regencies.netra")));
        auto db = TestSupport::openNew(path, QDate(2025, 6, 30));
        DemoGenerator::Options o;
        o.cases = 300;
        o.seed = 7;
        o.regencies = {QStringLiteral("3311"), QStringLiteral("3372"), QStringLiteral("3312")};
        o.today = QDate(2025, 6, 30);
        QString error;
        QVERIFY2(DemoGenerator(*db, o).run(&error), qPrintable(error));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT p.nip FROM parties p JOIN cases c ON c.id = p.case_id WHERE p.role ="
            " 'terlapor' AND p.nip <> '' GROUP BY p.nip HAVING count(DISTINCT c.regency_code) > 1"
            " ORDER BY p.nip")));
        QStringList nips;
        while (q.next())
            nips << q.value(0).toString();
        QVERIFY2(nips.size() >= 2 && nips.size() <= 5, qPrintable(nips.join(QLatin1Char(' '))));
        QVERIFY2(UserRepository(*db).login(QStringLiteral("koordinator"),
                                           QLatin1String(DemoGenerator::Password), &error),
                 qPrintable(error));
        const std::optional<TrackRecord> r =
            TrackRecordRepository(*db).lookUp(nips.first(), {}, Purpose, &error);
        QVERIFY2(r, qPrintable(error));
        QStringList regencies;
        for (const TrackRecord::Entry &e : r->entries) {
            if (!regencies.contains(e.row.regencyCode))
                regencies << e.row.regencyCode;
        }
        QVERIFY2(regencies.size() >= 2, qPrintable(regencies.join(QLatin1Char(' '))));
        QVERIFY(regencies.contains(QStringLiteral("3311")));
    }
};

QTEST_MAIN(TestTrackRecord)

#include "TestTrackRecord.moc"
