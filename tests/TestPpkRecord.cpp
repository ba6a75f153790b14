// The PPKs' record: per PPK the recommendations received, followed up, followed up with another
// sanction, late and awaiting, the follow-up rate and the median days, ranked, on a seeded file
// whose figures are worked out by hand; the same through `netra-cli ppk` (JSON, XLSX read back);
// the letter to a PPK's superior printed to PDF and read back.
#include "TestSupport.h"
#include "Translator.h"
#include "XlsxSheet.h"
#include "documents/CaseDocuments.h"
#include "documents/PpkSuperiorLetter.h"
#include "stats/PpkRecord.h"
#include "stats/Stats.h"
#include "store/LedgerRepository.h"
#include "store/LetterBook.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace {

const QString Bupati = QStringLiteral("Bupati Sukoharjo");
const QString BupatiOffice = QStringLiteral("Pemerintah Kabupaten Sukoharjo");
const QString WaliKota = QStringLiteral("Wali Kota Surakarta");
const QString WaliKotaOffice = QStringLiteral("Pemerintah Kota Surakarta");
const QString Gubernur = QStringLiteral("Gubernur Jawa Tengah");
const QString GubernurOffice = QStringLiteral("Pemerintah Provinsi Jawa Tengah");
const QString Menteri = QStringLiteral("Menteri Agama");
const QString MenteriOffice = QStringLiteral("Kementerian Agama Republik Indonesia");

Party person(const QString &name, int n)
{
    Party p;
    p.name = name;
    p.nip = QStringLiteral("1986092620150520%1").arg(n, 2, 10, QLatin1Char('0'));
    p.positionTitle = QStringLiteral("Guru Ahli Pertama");
    p.positionCategory = QStringLiteral("fungsional");
    p.agency = QStringLiteral("Dinas Pendidikan");
    return p;
}

FollowUp recommended(const QDate &date, const QString &ppkName, const QString &ppkOffice,
                     const QString &sanction = QStringLiteral("disiplin_ringan"))
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

FollowUp decided(FollowUp f, const QDate &on, const QString &imposed = {})
{
    f.ppkDecisionDate = on;
    f.ppkDecisionNumber = QStringLiteral("800/%1/2020").arg(on.dayOfYear());
    f.sanctionImposed = imposed.isEmpty() ? f.sanctionRecommended : imposed;
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

} // namespace

class TestPpkRecord : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    const QDate m_today = QDate(2020, 8, 31);
    QHash<QString, qint64> m_party;       // by name
    QHash<QString, QString> m_caseNumber; // by person's name

    qint64 forwardedCase(const QDate &received, const QString &regency, const QList<Party> &parties)
    {
        CaseRepository repo(*m_db);
        Case c = TestSupport::sampleCase(received);
        c.regencyCode = regency;
        c.parties = parties;
        QString error;
        if (!repo.create(c, &error)) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        const QList<QPair<Step::Kind, int>> steps{
            {Step::Kind::Register, 1}, {Step::Kind::StartAnalysis, 2}, {Step::Kind::Forward, 3}};
        for (const auto &[kind, days] : steps) {
            Step step;
            step.kind = kind;
            step.date = received.addDays(days);
            if (kind == Step::Kind::Forward)
                step.number = QStringLiteral("%1/PP.01/K.JT-11/05/2020").arg(c.id);
            if (!repo.applyStep(c.id, step, &error)) {
                qWarning("%s", qPrintable(error));
                return 0;
            }
        }
        const Case stored = *repo.load(c.id);
        for (const Party &p : stored.parties) {
            m_party.insert(p.name, p.id);
            m_caseNumber.insert(p.name, stored.registrationNumber);
        }
        return c.id;
    }

    void save(const QString &name, qint64 caseId, FollowUp f)
    {
        f.partyId = m_party.value(name);
        QString error;
        QVERIFY2(LedgerRepository(*m_db).saveFollowUp(f, caseId, &error), qPrintable(error));
    }

    QJsonObject cli(const QStringList &args, int *exit = nullptr, QString *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(NETRA_CLI), args);
        p.waitForFinished(120000);
        if (exit)
            *exit = p.exitCode();
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath(QStringLiteral("ppk.netra"));
        m_db = TestSupport::openNew(path, m_today);
        QVERIFY(m_db);
        m_location = TestSupport::location(path);
        QVERIFY(TestSupport::addCliUsers(*m_db));

        // Sukoharjo: the Bupati received four recommendations of a sanction: one followed up
        // in 10 days, one with another sanction in 20 days, one late (due 31 July, 31 days on
        // 31 August) and one not yet due; a recommendation of no sanction and a person without
        // a recommendation are not the PPK's to answer.
        const qint64 a = forwardedCase(
            QDate(2020, 5, 1), QStringLiteral("3311"),
            {person(QStringLiteral("Agus Salim"), 1), person(QStringLiteral("Budi Santoso"), 2),
             person(QStringLiteral("Citra Dewi"), 3), person(QStringLiteral("Dian Purnama"), 4),
             person(QStringLiteral("Eko Saputra"), 5),
             person(QStringLiteral("Fitri Handayani"), 6)});
        QVERIFY(a);
        save(QStringLiteral("Agus Salim"), a,
             decided(recommended(QDate(2020, 6, 1), Bupati, BupatiOffice), QDate(2020, 6, 11)));
        save(QStringLiteral("Budi Santoso"), a,
             decided(recommended(QDate(2020, 6, 5), Bupati, BupatiOffice), QDate(2020, 6, 25),
                     QStringLiteral("moral_tertutup")));
        save(QStringLiteral("Citra Dewi"), a, recommended(QDate(2020, 7, 1), Bupati, BupatiOffice));
        save(QStringLiteral("Dian Purnama"), a,
             recommended(QDate(2020, 8, 20), Bupati, BupatiOffice));
        save(QStringLiteral("Eko Saputra"), a,
             recommended(QDate(2020, 6, 1), Bupati, BupatiOffice, QStringLiteral("tidak_ada")));

        // Surakarta: the Wali Kota followed up both, in 5 and 30 days (median 17.5).
        const qint64 b = forwardedCase(QDate(2020, 5, 4), QStringLiteral("3372"),
                                       {person(QStringLiteral("Gilang Ramadhan"), 7),
                                        person(QStringLiteral("Hesti Wulan"), 8)});
        QVERIFY(b);
        save(
            QStringLiteral("Gilang Ramadhan"), b,
            decided(recommended(QDate(2020, 6, 10), WaliKota, WaliKotaOffice), QDate(2020, 6, 15)));
        save(
            QStringLiteral("Hesti Wulan"), b,
            decided(recommended(QDate(2020, 6, 10), WaliKota, WaliKotaOffice), QDate(2020, 7, 10)));

        // The Gubernur answered nothing: one late since 1 July (61 days), one whose due date
        // was set by hand to 30 September, not late. The Menteri Agama followed up both in 3
        // and 8 days (median 5.5), its name written once in other letters and spacing.
        const qint64 c = forwardedCase(QDate(2020, 5, 6), QStringLiteral("3311"),
                                       {person(QStringLiteral("Indra Kusuma"), 9),
                                        person(QStringLiteral("Joko Widodo"), 10),
                                        person(QStringLiteral("Kartika Sari"), 11),
                                        person(QStringLiteral("Lina Marlina"), 12)});
        QVERIFY(c);
        save(QStringLiteral("Indra Kusuma"), c,
             recommended(QDate(2020, 6, 1), Gubernur, GubernurOffice));
        FollowUp byHand = recommended(QDate(2020, 7, 15), Gubernur, GubernurOffice);
        byHand.responseDue = QDate(2020, 9, 30);
        save(QStringLiteral("Joko Widodo"), c, byHand);
        save(QStringLiteral("Kartika Sari"), c,
             decided(recommended(QDate(2020, 6, 1), Menteri, MenteriOffice), QDate(2020, 6, 4)));
        save(QStringLiteral("Lina Marlina"), c,
             decided(recommended(QDate(2020, 6, 1), QStringLiteral("  menteri   AGAMA "),
                                 MenteriOffice.toUpper()),
                     QDate(2020, 6, 9)));
    }

    // The figures worked out by hand, and the ranking: rate first, then median days.
    void rankingAndFigures()
    {
        const PpkRecord record = PpkRecord::compute(*m_db);
        QCOMPARE(record.today, m_today);
        QCOMPARE(record.responseDays, 30);
        QCOMPARE(record.rows.size(), 4);
        QStringList order;
        for (const PpkRecord::Row &r : record.rows)
            order << r.name;
        QCOMPARE(order, (QStringList{Menteri, WaliKota, Bupati, Gubernur}));

        const PpkRecord::Row &menteri = record.rows.at(0);
        QCOMPARE(menteri.rank, 1);
        QCOMPARE(menteri.kind, PpkRecord::Kind::Minister);
        QCOMPARE(menteri.received, 2);
        QCOMPARE(menteri.followedUp, 2);
        QCOMPARE(menteri.followUpRate(), std::optional<double>(1.0));
        QCOMPARE(menteri.medianDays(), std::optional<double>(5.5));

        const PpkRecord::Row &wali = record.rows.at(1);
        QCOMPARE(wali.kind, PpkRecord::Kind::Mayor);
        QCOMPARE(wali.followUpRate(), std::optional<double>(1.0));
        QCOMPARE(wali.medianDays(), std::optional<double>(17.5));

        const PpkRecord::Row &bupati = record.rows.at(2);
        QCOMPARE(bupati.rank, 3);
        QCOMPARE(bupati.kind, PpkRecord::Kind::Regent);
        QCOMPARE(bupati.office, BupatiOffice);
        QCOMPARE(bupati.received, 4);
        QCOMPARE(bupati.followedUp, 1);
        QCOMPARE(bupati.followedUpDifferent, 1);
        QCOMPARE(bupati.late, 1);
        QCOMPARE(bupati.awaiting, 1);
        QCOMPARE(bupati.followUpRate(), std::optional<double>(0.5));
        QCOMPARE(bupati.medianDays(), std::optional<double>(15.0));

        const PpkRecord::Row &gubernur = record.rows.at(3);
        QCOMPARE(gubernur.kind, PpkRecord::Kind::Governor);
        QCOMPARE(gubernur.received, 2);
        QCOMPARE(gubernur.late, 1); // the one due by hand on 30 September is not late
        QCOMPARE(gubernur.awaiting, 1);
        QCOMPARE(gubernur.followUpRate(), std::optional<double>(0.0));
        QVERIFY(!gubernur.medianDays());

        // The record adds up to the statistics' recommendations and follow-ups.
        const QJsonObject stats = Stats::compute(*m_db, {});
        int received = 0, decided = 0;
        for (const PpkRecord::Row &r : record.rows) {
            received += r.received;
            decided += r.followedUp + r.followedUpDifferent;
        }
        QCOMPARE(received, stats.value(QStringLiteral("recommended_for_sanction")).toInt());
        QCOMPARE(decided, stats.value(QStringLiteral("followed_up")).toInt());

        // A month later the recommendation due by hand is late too; a regency filter keeps
        // Surakarta's PPK only.
        m_db->setToday(QDate(2020, 10, 1));
        QCOMPARE(PpkRecord::compute(*m_db).rows.at(3).late, 2);
        m_db->setToday(m_today);
        CaseFilter surakarta;
        surakarta.regencyCode = QStringLiteral("3372");
        const PpkRecord one = PpkRecord::compute(*m_db, surakarta);
        QCOMPARE(one.rows.size(), 1);
        QCOMPARE(one.rows.first().name, WaliKota);

        // A PPK named by rank or name; none or a wrong rank refused with why.
        QString error;
        QCOMPARE(record.find(QStringLiteral("3"), &error)->name, Bupati);
        QCOMPARE(record.find(QStringLiteral("gubernur  jawa tengah"), &error)->name, Gubernur);
        QVERIFY(!record.find(QStringLiteral("9"), &error));
        QVERIFY(error.contains(QLatin1String("9")));
        QVERIFY(!record.find(QStringLiteral("Bupati Klaten"), &error));
        QVERIFY(error.contains(QLatin1String("Bupati Klaten")));
    }

    void kinds()
    {
        QCOMPARE(PpkRecord::kindOf(QStringLiteral("Bupati/Wali Kota"), {}),
                 PpkRecord::Kind::Regent);
        QCOMPARE(PpkRecord::kindOf(QStringLiteral("Walikota Semarang"), {}),
                 PpkRecord::Kind::Mayor);
        QCOMPARE(PpkRecord::kindOf({}, QStringLiteral("Pemerintah Kota Salatiga")),
                 PpkRecord::Kind::Mayor);
        QCOMPARE(PpkRecord::kindOf(QStringLiteral("Kepala BPN"), QStringLiteral("Kementerian ATR")),
                 PpkRecord::Kind::Minister);
        PpkRecord::Row row;
        row.regencyCode = QStringLiteral("3372");
        row.kind = PpkRecord::Kind::Mayor;
        QCOMPARE(PpkSuperiorLetter::addressee(row),
                 (QStringList{QStringLiteral("Menteri Dalam Negeri Republik Indonesia"),
                              QStringLiteral("melalui Gubernur Jawa Tengah")}));
        row.kind = PpkRecord::Kind::Governor;
        QCOMPARE(PpkSuperiorLetter::addressee(row),
                 QStringList{QStringLiteral("Menteri Dalam Negeri Republik Indonesia")});
        row.kind = PpkRecord::Kind::Minister;
        QCOMPARE(PpkSuperiorLetter::addressee(row),
                 QStringList{QStringLiteral("Menteri Pendayagunaan Aparatur Negara dan Reformasi "
                                            "Birokrasi Republik Indonesia")});
    }

    // The letter about the Bupati: to the Minister of Home Affairs through the governor, the
    // late recommendation listed with its case, person, dates and days late, the one not yet
    // due left out; in Indonesian whatever the UI's language.
    void letterToTheSuperior()
    {
        const PpkRecord record = PpkRecord::compute(*m_db);
        const PrintedDocument d = PpkSuperiorLetter::build(*m_db, record.rows.at(2));
        QVERIFY(d.isLetter());
        QVERIFY(d.draft);
        QCOMPARE(d.language, QStringLiteral("id"));
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        QString error;
        QVERIFY2(d.toPdf(path, PrintedDocument::Paper::A4, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QLatin1String("Yth. Menteri Dalam Negeri Republik Indonesia "
                                             "melalui Gubernur Jawa Tengah")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Citra Dewi")));
        // The case number wraps within its narrow cell, at its slashes.
        const QString number = m_caseNumber.value(QStringLiteral("Citra Dewi"));
        const int cut = int(number.indexOf(QLatin1String("Kab/")));
        QVERIFY2(cut > 0 && text.contains(number.left(cut)), qPrintable(number));
        QVERIFY(text.contains(number.mid(cut, 12)));
        QVERIFY(text.contains(QLatin1String("1 Juli 2020")));   // recommended
        QVERIFY(text.contains(QLatin1String("31 Juli 2020")));  // due
        QVERIFY(text.contains(QLatin1String("4 Mei 2020")));    // forwarded
        QVERIFY(text.contains(QLatin1String(" 31 ")));          // days late
        QVERIFY(!text.contains(QLatin1String("Dian Purnama"))); // not yet due
        QVERIFY(!text.contains(QLatin1String("Agus Salim")));   // followed up
        QVERIFY(text.contains(QLatin1String("dari 4 rekomendasi")));
        QVERIFY(text.contains(QLatin1String("(50,0%)")));
    }

    // `netra-cli ppk`: the same ranking and late counts as JSON, the workbook read back, the
    // letter to the governor's superior, and a PPK with nothing late refused.
    void commandLine()
    {
        const QString today = m_today.toString(Qt::ISODate);
        int exit = -1;
        QString err;
        const QJsonObject json = cli({QStringLiteral("ppk"), m_location, QStringLiteral("--json"),
                                      QStringLiteral("--today"), today},
                                     &exit, &err);
        QVERIFY2(exit == 0, qPrintable(err));
        const QJsonArray ppks = json.value(QStringLiteral("ppks")).toArray();
        QCOMPARE(ppks.size(), 4);
        const QJsonObject bupati = ppks.at(2).toObject();
        QCOMPARE(bupati.value(QStringLiteral("name")).toString(), Bupati);
        QCOMPARE(bupati.value(QStringLiteral("kind")).toString(), QStringLiteral("regent"));
        QCOMPARE(bupati.value(QStringLiteral("late")).toInt(), 1);
        QCOMPARE(bupati.value(QStringLiteral("follow_up_rate")).toDouble(), 0.5);
        QCOMPARE(bupati.value(QStringLiteral("median_days")).toDouble(), 15.0);
        QCOMPARE(ppks.at(0).toObject().value(QStringLiteral("name")).toString(), Menteri);
        QVERIFY(ppks.at(3).toObject().value(QStringLiteral("median_days")).isNull());

        const QString xlsx = m_dir.filePath(QStringLiteral("ppk.xlsx"));
        cli({QStringLiteral("ppk"), m_location, QStringLiteral("--out"), xlsx,
             QStringLiteral("--today"), today},
            &exit, &err);
        QVERIFY2(exit == 0, qPrintable(err));
        const XlsxSheet sheet = XlsxSheet::read(xlsx);
        QCOMPARE(sheet.values(QStringLiteral("PPK")),
                 (QStringList{Menteri, WaliKota, Bupati, Gubernur}));
        QCOMPARE(sheet.values(QStringLiteral("Late")),
                 (QStringList{QStringLiteral("number:0"), QStringLiteral("number:0"),
                              QStringLiteral("number:1"), QStringLiteral("number:1")}));
        QCOMPARE(sheet.values(QStringLiteral("Follow-up rate")).value(2),
                 QStringLiteral("number:0.5"));
        QVERIFY(sheet.hidden(sheet.columnOf(QStringLiteral("Kind (code)"))));

        const QString pdf = m_dir.filePath(QStringLiteral("gubernur.pdf"));
        const QJsonObject letter =
            cli({QStringLiteral("ppk"), m_location, QStringLiteral("--letter"), Gubernur,
                 QStringLiteral("--out"), pdf, QStringLiteral("--today"), today},
                &exit, &err);
        QVERIFY2(exit == 0, qPrintable(err));
        QCOMPARE(letter.value(QStringLiteral("late")).toInt(), 1);
        QVERIFY(letter.value(QStringLiteral("draft")).toBool());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QLatin1String("Yth. Menteri Dalam Negeri Republik Indonesia di "
                                             "Jakarta")),
                 qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("melalui Gubernur")));
        QVERIFY(text.contains(QLatin1String("Indra Kusuma")));
        QVERIFY(text.contains(QLatin1String(" 61 ")));
        QVERIFY(!text.contains(QLatin1String("Joko Widodo")));

        // The Menteri Agama left nothing late: no letter, nothing written.
        const QString none = m_dir.filePath(QStringLiteral("menteri.pdf"));
        cli({QStringLiteral("ppk"), m_location, QStringLiteral("--letter"), QStringLiteral("1"),
             QStringLiteral("--out"), none, QStringLiteral("--today"), today},
            &exit, &err);
        QCOMPARE(exit, 1);
        QVERIFY2(err.contains(Menteri), qPrintable(err));
        QVERIFY(!QFile::exists(none));
        // A workbook asked for under another suffix is refused.
        cli({QStringLiteral("ppk"), m_location, QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("ppk.csv"))},
            &exit, &err);
        QCOMPARE(exit, 2);
    }

    // Issued from the command line, the letter to a PPK's superior takes the next number of the
    // letter book, prints with it (no KONSEP mark) and keeps it when printed again.
    void issuedLetterTakesANumber()
    {
        const QString today = m_today.toString(Qt::ISODate);
        const int before = int(LetterBook(*m_db).list().size());
        const QString pdf = m_dir.filePath(QStringLiteral("gubernur-issued.pdf"));
        int exit = -1;
        QString err;
        const QJsonObject issued =
            cli({QStringLiteral("ppk"), m_location, QStringLiteral("--letter"), Gubernur,
                 QStringLiteral("--issue"), QStringLiteral("--out"), pdf, QStringLiteral("--today"),
                 today},
                &exit, &err);
        QVERIFY2(exit == 0, qPrintable(err));
        QVERIFY(!issued.value(QStringLiteral("draft")).toBool());
        const QString number = issued.value(QStringLiteral("letter_number")).toString();
        QVERIFY(!number.isEmpty());
        const QList<Letter> book = LetterBook(*m_db).list();
        QCOMPARE(int(book.size()), before + 1);
        const auto entry = std::find_if(book.cbegin(), book.cend(),
                                        [&](const Letter &l) { return l.number == number; });
        QVERIFY(entry != book.cend());
        QCOMPARE(entry->kind, QStringLiteral("ppk_superior"));
        QCOMPARE(entry->issuedOn, m_today);
        QVERIFY(entry->document.startsWith(QLatin1String("ppk_superior:")));
        QVERIFY(entry->sequence > 0);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(number), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("KONSEP")));
        QVERIFY(text.contains(QLatin1String("Indra Kusuma")));

        // Printed again (issued or not): the same number, no second entry.
        const QString again = m_dir.filePath(QStringLiteral("gubernur-again.pdf"));
        for (const QStringList &extra : {QStringList{QStringLiteral("--issue")}, QStringList{}}) {
            const QJsonObject reprint = cli(
                QStringList{QStringLiteral("ppk"), m_location, QStringLiteral("--letter"), Gubernur,
                            QStringLiteral("--out"), again, QStringLiteral("--today"), today} +
                    extra,
                &exit, &err);
            QVERIFY2(exit == 0, qPrintable(err));
            QCOMPARE(reprint.value(QStringLiteral("letter_number")).toString(), number);
            QVERIFY(pdfText(again).contains(number));
            QFile::remove(again);
        }
        QCOMPARE(int(LetterBook(*m_db).list().size()), before + 1);
    }

    // On a server of many offices, under their own database roles: Sukoharjo's coordinator
    // issues the letter about its Bupati and Central Java's the one about its Gubernur, each
    // numbered in its own book and carrying its office; a direct session of another regency's
    // user reads neither, each office its own (the province its regency's too).
    void officesIssueLettersOnASharedServer()
    {
        if (!TestSupport::onServer())
            QSKIP("a server of many offices");
        PgServer *server = PgServer::instance();
        QVERIFY(server);
        const QString database = PgServer::databaseOf(m_location);
        const QString password = QLatin1String(TestSupport::Password);
        {
            QString error;
            QVERIFY2(UserRepository(*m_db).login(QStringLiteral("admin"), password, &error),
                     qPrintable(error));
            for (const auto &[login, scope] : QList<std::pair<QString, QString>>{
                     {QStringLiteral("skh_koord"), QStringLiteral("3311")},
                     {QStringLiteral("jateng_koord"), QStringLiteral("33")},
                     {QStringLiteral("solo_koord"), QStringLiteral("3372")}}) {
                User u;
                u.login = login;
                u.fullName = login;
                u.role = Role::Coordinator;
                u.scope = scope;
                QVERIFY2(UserRepository(*m_db).create(u, password, &error), qPrintable(error));
            }
        }
        QHash<QString, QString> numbers;
        for (const auto &[login, office, ppkName, person] :
             QList<std::tuple<QString, QString, QString, QString>>{
                 {QStringLiteral("skh_koord"), QStringLiteral("3311"), Bupati,
                  QStringLiteral("Citra Dewi")},
                 {QStringLiteral("jateng_koord"), QStringLiteral("33"), Gubernur,
                  QStringLiteral("Indra Kusuma")}}) {
            QString error;
            auto db = Database::open(QStringLiteral("postgresql:///%1?host=%2&user=%3&password=%4")
                                         .arg(database, server->socketFolder(), login, password),
                                     Database::Mode::OpenExisting, &error);
            QVERIFY2(db, qPrintable(error));
            db->setToday(QDate(2020, 9, 15));
            QVERIFY2(UserRepository(*db).login(login, password, &error), qPrintable(error));
            const PpkRecord record = PpkRecord::compute(*db);
            const PpkRecord::Row *ppk = record.find(ppkName, &error);
            QVERIFY2(ppk, qPrintable(error));
            QCOMPARE(ppk->late, 1);
            PrintedDocument d = PpkSuperiorLetter::build(*db, *ppk);
            QVERIFY2(CaseDocuments::issue(*db, d, &error), qPrintable(error));
            d = PpkSuperiorLetter::build(*db, *ppk);
            QVERIFY(!d.draft);
            numbers.insert(office, d.letter.number);
            const QString pdf = m_dir.filePath(login + QStringLiteral(".pdf"));
            QVERIFY2(d.toPdf(pdf, PrintedDocument::Paper::A4, &error), qPrintable(error));
            const QString text = pdfText(pdf);
            QVERIFY2(text.contains(d.letter.number) && text.contains(person), qPrintable(text));
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
            {{QStringLiteral("solo_koord"), QStringLiteral("0")},
             {QStringLiteral("skh_koord"), QStringLiteral("1")},
             {QStringLiteral("jateng_koord"), QStringLiteral("2")}});
        QVERIFY2(misread.isEmpty(), qPrintable(misread));
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_MAIN(TestPpkRecord)
#include "TestPpkRecord.moc"
