// The printed documents of a case: every document to PDF and read back with pdftotext (the
// letterhead, form numbers of the profile, numbers, names, NIPs, Indonesian dates, the minutes'
// layout, refusals and addenda), the confidential reporter kept off every document but the
// office's own when asked for, the English summary, `netra-cli print`, and the register printed
// as a list (`netra-cli cases --pdf`).
#include "TestSupport.h"

#include "documents/CaseDocuments.h"
#include "documents/RegisterList.h"
#include "domain/HearingRules.h"
#include "domain/Nip.h"
#include "domain/OfficeTime.h"
#include "domain/ProcedureProfile.h"
#include "store/CaseRepository.h"
#include "store/HearingRepository.h"
#include "store/SettingsRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>

using Kind = CaseDocuments::Kind;

namespace {

const QString Reporter = QStringLiteral("Budi Santoso");
const QString ReporterAddress = QStringLiteral("Desa Sidorejo, Kecamatan Bendosari");
const QString ReporterContact = QStringLiteral("0812-3456-7890");
const QString SecondReported = QStringLiteral("Drs. Hartono Wibisono");
const QString SecondNip = QStringLiteral("197003152000031002");
const QString Refusal = QStringLiteral("Tidak setuju dengan isi jawaban nomor 2");
const QString AddendumText = QStringLiteral("Jawaban nomor 1: nama lengkap Siti Rahmawati, S.Pd.");
const QString ForwardingNumber = QStringLiteral("045/PP.00.02/K.JT-11/10/2024");

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of a PDF, whitespace runs made single spaces so that layout does not matter.
QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
        .simplified();
}

int pdfPages(const QString &path)
{
    return run(QStringLiteral("pdfinfo"), {path})
        .section(QLatin1String("Pages:"), 1)
        .section(QLatin1Char('\n'), 0, 0)
        .trimmed()
        .toInt();
}

// "Senin, 7 Oktober 2024", computed here rather than through the code under test.
QString indonesianLongDate(const QDate &d)
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia)
        .toString(d, QStringLiteral("dddd, d MMMM yyyy"));
}

MinutesEntry qa(const QString &question, const QString &answer)
{
    MinutesEntry m;
    m.question = question;
    m.answer = answer;
    return m;
}

} // namespace

class TestCaseDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Database> m_db;
    QDateTime m_now = QDateTime(QDate(2024, 10, 10), QTime(4, 0), Qt::UTC);
    Case m_case;
    QList<Hearing> m_hearings;

    struct Run
    {
        int exit = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(NETRA_CLI), args);
        p.waitForFinished(600000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    DocumentContext context(bool show = false, const QString &language = QStringLiteral("id"))
    {
        DocumentContext ctx = DocumentContext::fromFile(*m_db, m_case);
        ctx.showConfidential = show;
        ctx.language = language;
        return ctx;
    }

    QList<PrintedDocument> documents(Kind kind, bool show = false,
                                     const QString &language = QStringLiteral("id"))
    {
        return CaseDocuments::build(kind, m_case, m_hearings, context(show, language));
    }

    // Prints one document to PDF and gives its text; the page count in `pages`.
    QString print(const PrintedDocument &d, const QString &name, int *pages = nullptr,
                  PrintedDocument::Paper paper = PrintedDocument::Paper::A4)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        QString error;
        if (!d.toPdf(path, paper, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        if (pages)
            *pages = pdfPages(path);
        return pdfText(path);
    }

    QString formNumber(const QString &form) const
    {
        return QStringLiteral("Formulir Model ") +
               ProfileRegistry::shipped().find(m_case.profileId)->form(form);
    }

private slots:
    void initTestCase();
    void codes();
    void everyDocument();
    void minutesLayout();
    void confidentialReporter();
    void englishSummary();
    void forwardingLetter();
    void statusNotice();
    void secondInvitation();
    void cliPrintsEveryDocument();
    void cliRefusesWrongCaseOrDocument();
    void cliShowsIdentitiesOnlyWhenAsked();
    void registerList(); // last but one: it adds a case
    void listRowsStayWhole();
};

void TestCaseDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("documents.netra"));
    m_db = TestSupport::openNew(m_file, QDate(2024, 10, 14));
    QVERIFY(m_db);
    QVERIFY(TestSupport::addCliUsers(*m_db));
    m_db->setActor(QStringLiteral("petugas"));
    m_db->setClock([this] { return m_now; });
    CaseRepository repo(*m_db);
    QString error;
    QVERIFY2(SettingsRepository(repo.database())
                 .setSetting(QStringLiteral("office_name"),
                             QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO"),
                             &error),
             qPrintable(error));
    QVERIFY2(SettingsRepository(repo.database())
                 .setSetting(QStringLiteral("office_address"),
                             QStringLiteral("Jl. Jenderal Sudirman No. 1, Sukoharjo"), &error),
             qPrintable(error));
    QVERIFY2(SettingsRepository(repo.database())
                 .setSetting(QStringLiteral("office_city"), QStringLiteral("Sukoharjo"), &error),
             qPrintable(error));

    // A report received on Monday 7 October 2024 from a reporter who asked for confidentiality,
    // against two civil servants, with a witness.
    Case c = TestSupport::sampleCase(QDate(2024, 10, 7));
    c.reporterName = Reporter;
    c.reporterAddress = ReporterAddress;
    c.reporterContact = ReporterContact;
    c.reporterConfidential = true;
    c.eventPlace = QStringLiteral("Akun Facebook terlapor");
    Party second;
    second.name = SecondReported;
    second.nip = SecondNip;
    second.positionTitle = QStringLiteral("Camat Bendosari");
    second.positionCategory = QStringLiteral("kepala_wilayah");
    second.agency = QStringLiteral("Pemerintah Kabupaten Sukoharjo");
    c.parties << second;
    Party witness;
    witness.role = QStringLiteral("saksi");
    witness.name = QStringLiteral("Joko Saputro");
    c.parties << witness;
    QVERIFY2(repo.create(c, &error), qPrintable(error));

    Step step;
    step.kind = Step::Kind::Register;
    step.date = QDate(2024, 10, 8);
    QVERIFY2(repo.applyStep(c.id, step, &error), qPrintable(error));
    step = {};
    step.kind = Step::Kind::StartClarification;
    step.date = QDate(2024, 10, 8);
    QVERIFY2(repo.applyStep(c.id, step, &error), qPrintable(error));
    m_case = *repo.load(c.id);

    // The hearing on Thursday 10 October: the first person reported signs her minutes, the
    // reporter refuses to sign his.
    HearingRepository hearings(*m_db);
    Hearing h;
    h.caseId = m_case.id;
    // 09.00 at the office (Sukoharjo: WIB), whatever the zone of the machine running the test.
    h.scheduledAt = OfficeTime(QStringLiteral("WIB")).fromLocal(QDate(2024, 10, 10), QTime(9, 0));
    h.place = QStringLiteral("Ruang Sidang Bawaslu Kabupaten Sukoharjo");
    h.examiners = QStringLiteral("Sri Wahyuni; Agus Prasetyo");
    h.assignmentLetter = QStringLiteral("123/PP.01.02/K.JT-11/10/2024");
    Attendee reported;
    reported.role = QStringLiteral("terlapor");
    reported.name = m_case.parties.at(0).name;
    reported.partyId = m_case.parties.at(0).id;
    reported.invitedOn = QDate(2024, 10, 8);
    reported.delivery = QStringLiteral("langsung");
    reported.deliveredOn = QDate(2024, 10, 8);
    reported.deliveryConfirmed = true;
    reported.attendance = QStringLiteral("hadir");
    reported.oath = QStringLiteral("bersumpah");
    reported.birthPlace = QStringLiteral("Klaten");
    reported.birthDate = QDate(1986, 9, 26);
    reported.occupation = QStringLiteral("Guru");
    reported.religion = QStringLiteral("Islam");
    reported.address = QStringLiteral("Jl. Veteran No. 5, Sukoharjo");
    Attendee reporter;
    reporter.role = QStringLiteral("pelapor");
    reporter.name = Reporter;
    reporter.invitedOn = QDate(2024, 10, 8);
    reporter.delivery = QStringLiteral("telepon");
    reporter.attendance = QStringLiteral("hadir");
    reporter.oath = QStringLiteral("menolak");
    reporter.birthPlace = QStringLiteral("Wonogiri");
    reporter.birthDate = QDate(1979, 5, 2);
    reporter.occupation = QStringLiteral("Wiraswasta");
    reporter.religion = QStringLiteral("Islam");
    reporter.address = ReporterAddress;
    h.attendees << reported << reporter;
    QVERIFY2(hearings.saveHearing(h, &error), qPrintable(error));
    QVERIFY2(hearings.saveMinutes(h.attendees[0].id,
                                  {qa(QStringLiteral("Siapa nama lengkap Saudari?"),
                                      QStringLiteral("Siti Rahmawati.")),
                                   qa(QStringLiteral("Apakah Saudari mengunggah foto tersebut?"),
                                      QStringLiteral("Benar, pada tanggal 4 Oktober 2024."))},
                                  &error),
             qPrintable(error));
    QVERIFY2(hearings.saveMinutes(h.attendees[1].id,
                                  {qa(QStringLiteral("Kapan Saudara melihat unggahan itu?"),
                                      QStringLiteral("Pada tanggal 5 Oktober 2024.")),
                                   qa(QStringLiteral("Apa bukti yang Saudara bawa?"),
                                      QStringLiteral("Tangkapan layar unggahan."))},
                                  &error),
             qPrintable(error));
    QVERIFY2(hearings.sign(h.attendees[0].id, QStringLiteral("Siti Rahmawati; Sri Wahyuni"),
                           QString(), &error),
             qPrintable(error));
    QVERIFY2(hearings.sign(h.attendees[1].id, QStringLiteral("Sri Wahyuni"), Refusal, &error),
             qPrintable(error));
    m_now = QDateTime(QDate(2024, 10, 11), QTime(2, 15), Qt::UTC);
    QVERIFY2(hearings.addAddendum(h.attendees[0].id, AddendumText, &error), qPrintable(error));

    // Analysed and forwarded on 11 October.
    Case analysed = *repo.load(m_case.id);
    analysed.analysisFacts = QStringLiteral("Terlapor mengunggah foto bersama pasangan calon.");
    analysed.analysisElements = QStringLiteral("Unsur ASN terpenuhi; unsur keberpihakan "
                                               "terpenuhi.");
    analysed.analysisConclusion = QStringLiteral("Memenuhi unsur pelanggaran netralitas ASN.");
    QVERIFY2(repo.save(analysed, &error), qPrintable(error));
    step = {};
    step.kind = Step::Kind::StartAnalysis;
    step.date = QDate(2024, 10, 11);
    QVERIFY2(repo.applyStep(m_case.id, step, &error), qPrintable(error));
    step = {};
    step.kind = Step::Kind::Forward;
    step.date = QDate(2024, 10, 11);
    step.number = ForwardingNumber;
    QVERIFY2(repo.applyStep(m_case.id, step, &error), qPrintable(error));

    m_case = *repo.load(m_case.id);
    m_hearings = hearings.hearings(m_case.id);
    QCOMPARE(m_case.status, QStringLiteral("diteruskan"));
    QCOMPARE(m_case.forwardedTo, QStringLiteral("BKN"));
    QCOMPARE(m_hearings.size(), 1);
    QVERIFY(!m_case.registrationNumber.isEmpty());
}

void TestCaseDocuments::codes()
{
    const QStringList expected{
        QStringLiteral("report"),        QStringLiteral("receipt"),    QStringLiteral("invitation"),
        QStringLiteral("invitation2"),   QStringLiteral("minutes"),    QStringLiteral("analysis"),
        QStringLiteral("status_notice"), QStringLiteral("forwarding"), QStringLiteral("summary")};
    QCOMPARE(CaseDocuments::codes(), expected);
    for (const Kind kind : CaseDocuments::kinds()) {
        Kind back = Kind::Summary;
        QVERIFY(CaseDocuments::fromCode(CaseDocuments::code(kind), &back));
        QCOMPARE(back, kind);
    }
    Kind none = Kind::Summary;
    QVERIFY(!CaseDocuments::fromCode(QStringLiteral("letter"), &none));
    QVERIFY(CaseDocuments::forOffice(Kind::ReportForm));
    QVERIFY(CaseDocuments::forOffice(Kind::Minutes));
    QVERIFY(CaseDocuments::forOffice(Kind::Analysis));
    QVERIFY(CaseDocuments::forOffice(Kind::Summary));
    for (const Kind out : {Kind::Receipt, Kind::Invitation, Kind::SecondInvitation,
                           Kind::StatusNotice, Kind::Forwarding})
        QVERIFY(!CaseDocuments::forOffice(out));
}

void TestCaseDocuments::everyDocument()
{
    const Party &siti = m_case.parties.at(0);
    const QString receivedOn = indonesianLongDate(m_case.receivedDate);
    QCOMPARE(receivedOn, QStringLiteral("Senin, 7 Oktober 2024"));
    const QString hearingOn = indonesianLongDate(m_hearings.at(0).scheduledAt.date());

    struct Expect
    {
        Kind kind;
        int count;
        QString form;      // the profile's form key, empty for none
        QStringList texts; // besides the letterhead and the page label
        int maxPages;
    };
    const QList<Expect> expectations{
        {Kind::ReportForm,
         1,
         QStringLiteral("report"),
         {m_case.receiptNumber, siti.name, Nip::grouped(siti.nip), SecondReported,
          Nip::grouped(SecondNip), receivedOn, QStringLiteral("FORMULIR LAPORAN")},
         2},
        {Kind::Receipt,
         1,
         QStringLiteral("receipt"),
         {m_case.receiptNumber, QStringLiteral("Pada hari ini ") + receivedOn, siti.name,
          Nip::grouped(siti.nip), QStringLiteral("TANDA BUKTI PENYAMPAIAN LAPORAN")},
         2},
        {Kind::Invitation,
         2,
         QStringLiteral("invitation"),
         {m_case.registrationNumber, hearingOn, QStringLiteral("09.00 WIB")},
         2},
        {Kind::Minutes,
         2,
         QStringLiteral("minutes"),
         {m_case.registrationNumber, QStringLiteral("BERITA ACARA KLARIFIKASI"),
          QStringLiteral("Surat Tugas nomor 123/PP.01.02/K.JT-11/10/2024")},
         3},
        {Kind::Analysis,
         1,
         QStringLiteral("analysis"),
         {m_case.registrationNumber, m_case.receiptNumber, siti.name, Nip::grouped(siti.nip),
          receivedOn, QStringLiteral("Memenuhi unsur pelanggaran netralitas ASN.")},
         3},
        {Kind::StatusNotice,
         1,
         QStringLiteral("status_notice"),
         {m_case.registrationNumber, m_case.receiptNumber, siti.name, receivedOn,
          QStringLiteral("Diteruskan")},
         2},
        {Kind::Forwarding,
         1,
         QStringLiteral("forwarding"),
         {ForwardingNumber, m_case.registrationNumber, siti.name, Nip::grouped(siti.nip),
          SecondReported, Nip::grouped(SecondNip)},
         2},
        {Kind::Summary,
         1,
         QString(),
         {m_case.registrationNumber, m_case.receiptNumber, siti.name, Nip::grouped(siti.nip),
          QStringLiteral("RINGKASAN")},
         2},
    };
    QVERIFY(documents(Kind::SecondInvitation).isEmpty()); // nobody was absent

    for (const Expect &x : expectations) {
        const QList<PrintedDocument> docs = documents(x.kind);
        QCOMPARE(docs.size(), x.count);
        for (int i = 0; i < docs.size(); ++i) {
            const QString name = CaseDocuments::code(x.kind) + QString::number(i + 1);
            int pages = 0;
            const QString text = print(docs.at(i), name, &pages);
            QVERIFY2(text.contains(QLatin1String("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN "
                                                 "SUKOHARJO")),
                     qPrintable(name + QLatin1Char('\n') + text));
            QVERIFY2(text.contains(QLatin1String("Halaman 1 dari")), qPrintable(name));
            QVERIFY2(pages >= 1 && pages <= x.maxPages,
                     qPrintable(QStringLiteral("%1: %2 pages").arg(name).arg(pages)));
            if (!x.form.isEmpty()) {
                QVERIFY(formNumber(x.form).startsWith(QLatin1String("Formulir Model A.")));
                QVERIFY2(text.contains(formNumber(x.form)),
                         qPrintable(name + QLatin1Char('\n') + text));
            } else {
                QVERIFY2(!text.contains(QLatin1String("Formulir Model")), qPrintable(name));
            }
            for (const QString &expected : x.texts)
                QVERIFY2(
                    text.contains(expected),
                    qPrintable(QStringLiteral("%1 lacks \"%2\":\n%3").arg(name, expected, text)));
        }
    }

    // F4 paper works for a long document too.
    int pages = 0;
    QVERIFY(print(documents(Kind::Summary).first(), QStringLiteral("summary-f4"), &pages,
                  PrintedDocument::Paper::F4)
                .contains(QLatin1String("Halaman 1 dari")));
    QVERIFY(pages >= 1 && pages <= 2);
}

void TestCaseDocuments::minutesLayout()
{
    const QList<PrintedDocument> docs = documents(Kind::Minutes, true);
    QCOMPARE(docs.size(), 2);
    const Hearing &h = m_hearings.at(0);

    const QString signedText = print(docs.at(0), QStringLiteral("minutes-signed"));
    QVERIFY2(signedText.contains(QLatin1String("Pada hari ini Kamis, tanggal 10 Oktober 2024, "
                                               "pukul 09.00 WIB")),
             qPrintable(signedText));
    QVERIFY(signedText.contains(QLatin1String("Kami Sri Wahyuni dan Agus Prasetyo, jabatan")));
    QVERIFY(signedText.contains(QLatin1String("berdasarkan Surat Tugas nomor "
                                              "123/PP.01.02/K.JT-11/10/2024")));
    // The identity block with the age on the day of the hearing.
    const int age = HearingRules::age(QDate(1986, 9, 26), h.scheduledAt.date());
    QCOMPARE(age, 38);
    QVERIFY(signedText.contains(QStringLiteral("%1 tahun").arg(age)));
    QVERIFY(signedText.contains(QLatin1String("Klaten, 26 September 1986")));
    QVERIFY(signedText.contains(Nip::grouped(m_case.parties.at(0).nip)));
    // Numbered questions and answers, in order.
    const int first = signedText.indexOf(QLatin1String("Siapa nama lengkap Saudari?"));
    const int second = signedText.indexOf(QLatin1String("Apakah Saudari mengunggah"));
    QVERIFY(first > 0 && second > first);
    QVERIFY(signedText.contains(QLatin1String("1. Pertanyaan")));
    QVERIFY(signedText.contains(QLatin1String("2. Pertanyaan")));
    QVERIFY(signedText.contains(QLatin1String("bersedia diambil sumpah")));
    QVERIFY(signedText.contains(QLatin1String("Yang memberi keterangan")));
    QVERIFY(signedText.contains(QLatin1String("Pemeriksa")));
    QVERIFY(!signedText.contains(QLatin1String("menolak menandatangani")));
    QVERIFY(!signedText.contains(QLatin1String("KONSEP")));
    {
        // The person heard and the first examiner sign on one line, the examiners' numbers one
        // under the other (each line centred, the numbers stood where the names' lengths put
        // them, the first examiner a line above the person).
        const QStringList lines =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), m_dir.filePath(QStringLiteral("minutes-signed.pdf")),
                 QStringLiteral("-")})
                .split(QLatin1Char('\n'));
        const QString person = h.attendees.at(0).name;
        qsizetype one = -1, two = -1;
        for (const QString &line : lines) {
            if (line.contains(QLatin1String("1. Sri Wahyuni"))) {
                QVERIFY2(line.contains(person), qPrintable(line));
                one = line.indexOf(QLatin1String("1. Sri Wahyuni"));
            }
            if (line.contains(QLatin1String("2. Agus Prasetyo")))
                two = line.indexOf(QLatin1String("2. Agus Prasetyo"));
        }
        QVERIFY(one > 0);
        QCOMPARE(two, one);
    }
    // The addendum comes after the signed text, with its date.
    const Addendum &ad = m_hearings.at(0).attendees.at(0).addenda.at(0);
    const int addendum = signedText.indexOf(QLatin1String("ADENDUM"));
    QVERIFY(addendum > signedText.indexOf(QLatin1String("Yang memberi keterangan")));
    QVERIFY(signedText.indexOf(AddendumText) > addendum);
    QVERIFY2(signedText.indexOf(indonesianLongDate(ad.addedAt.toLocalTime().date())) > addendum,
             qPrintable(signedText));

    const QString refusedText = print(docs.at(1), QStringLiteral("minutes-refused"));
    QVERIFY2(refusedText.contains(QLatin1String("menolak menandatangani")),
             qPrintable(refusedText));
    QVERIFY(refusedText.contains(Refusal));
    QVERIFY(refusedText.contains(QLatin1String("menolak diambil sumpah")));
    QVERIFY(!refusedText.contains(QLatin1String("ADENDUM")));
    // Shown here because the minutes are the office's and the identity was asked for.
    QVERIFY(refusedText.contains(Reporter));
    QVERIFY(refusedText.contains(QLatin1String("45 tahun")));
    QVERIFY(refusedText.contains(QLatin1String("RAHASIA")));
}

void TestCaseDocuments::confidentialReporter()
{
    const QStringList secrets{Reporter, QStringLiteral("Sidorejo"), ReporterContact};
    for (const bool show : {false, true}) {
        for (const Kind kind : CaseDocuments::kinds()) {
            const QList<PrintedDocument> docs = documents(kind, show);
            for (int i = 0; i < docs.size(); ++i) {
                const QString name = QStringLiteral("secret-%1-%2-%3")
                                         .arg(CaseDocuments::code(kind))
                                         .arg(i)
                                         .arg(show);
                const QString text = print(docs.at(i), name);
                // What of the reporter an office document shows when asked: the report form
                // all of it, his minutes his name and address, the analysis and summary his
                // name. The first minutes are another person's.
                QStringList shown;
                if (show && kind == Kind::ReportForm)
                    shown = secrets;
                else if (show && kind == Kind::Minutes && i == 1)
                    shown = secrets.mid(0, 2);
                else if (show && (kind == Kind::Analysis || kind == Kind::Summary))
                    shown = secrets.mid(0, 1);
                for (const QString &secret : secrets)
                    QVERIFY2(text.contains(secret) == shown.contains(secret),
                             qPrintable(QStringLiteral("%1: \"%2\" %3\n%4")
                                            .arg(name, secret,
                                                 shown.contains(secret) ? QStringLiteral("missing")
                                                                        : QStringLiteral("printed"),
                                                 text)));
                const bool concernsHim = !(CaseDocuments::perPerson(kind) && i == 0);
                if (!show && concernsHim)
                    QVERIFY2(text.contains(CaseDocuments::hidden()), qPrintable(name));
            }
        }
    }
    // The brief's cases, spelled out: the receipt goes to the reporter but is not the office's.
    QVERIFY(!print(documents(Kind::Receipt, true).first(), QStringLiteral("receipt-shown"))
                 .contains(Reporter));
    QVERIFY(print(documents(Kind::ReportForm, true).first(), QStringLiteral("report-shown"))
                .contains(Reporter));
    QVERIFY(print(documents(Kind::Summary, true).first(), QStringLiteral("summary-shown"))
                .contains(Reporter));
    QVERIFY(!print(documents(Kind::Summary, false).first(), QStringLiteral("summary-hidden"))
                 .contains(Reporter));
    // The names of the persons of invitations and minutes hide him too.
    QVERIFY(!CaseDocuments::people(Kind::Invitation, m_hearings, m_case, true).contains(Reporter));
    QVERIFY(!CaseDocuments::people(Kind::Minutes, m_hearings, m_case, false).contains(Reporter));
    QVERIFY(CaseDocuments::people(Kind::Minutes, m_hearings, m_case, true).contains(Reporter));
    for (const PrintedDocument &d : documents(Kind::Invitation, true))
        QVERIFY(!d.title.contains(Reporter));
}

void TestCaseDocuments::englishSummary()
{
    const QList<PrintedDocument> docs = documents(Kind::Summary, false, QStringLiteral("en"));
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.first().language, QStringLiteral("en"));
    int pages = 0;
    const QString text = print(docs.first(), QStringLiteral("summary-en"), &pages);
    for (const char *heading : {"CASE SUMMARY", "Parties", "Steps and deadlines",
                                "Clarification hearings", "Decision", "Follow-up"})
        QVERIFY2(text.contains(QLatin1String(heading)), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Forwarded to BKN on 11 October 2024")));
    QVERIFY(text.contains(QLatin1String("Refused to sign")));
    QVERIFY(text.contains(QLatin1String("Page 1 of")));
    QVERIFY(!text.contains(QLatin1String("Halaman")));
    QVERIFY(!text.contains(Reporter));
    QVERIFY(pages >= 1 && pages <= 2);
    // Other documents stay Indonesian whatever the language asked for.
    const QString receipt = print(documents(Kind::Receipt, false, QStringLiteral("en")).first(),
                                  QStringLiteral("receipt-en"));
    QVERIFY(receipt.contains(QLatin1String("Halaman 1 dari")));
}

void TestCaseDocuments::forwardingLetter()
{
    const QString text = print(documents(Kind::Forwarding).first(), QStringLiteral("fwd"));
    QVERIFY2(text.contains(QLatin1String("Kepala Badan Kepegawaian Negara")), qPrintable(text));
    QVERIFY(text.contains(ForwardingNumber));
    // A number typed at the step, not yet issued from the letter book: a draft that says so,
    // not one "belum bernomor" beside its number.
    QVERIFY2(text.contains(QLatin1String("KONSEP - belum diterbitkan")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("bernomor")));
    QVERIFY(text.contains(QLatin1String("Sukoharjo, 11 Oktober 2024")));
    QVERIFY(text.contains(QLatin1String("Tembusan")));
    QVERIFY(text.contains(QLatin1String("Provinsi Jawa Tengah")));

    // Before 23 August 2024 the letter went to KASN.
    Case older = m_case;
    older.forwardedTo = QStringLiteral("KASN");
    const QString kasn =
        print(CaseDocuments::build(Kind::Forwarding, older, m_hearings, context()).first(),
              QStringLiteral("fwd-kasn"));
    QVERIFY(kasn.contains(QLatin1String("Ketua Komisi Aparatur Sipil Negara")));

    // A case not forwarded has no forwarding letter.
    Case open = m_case;
    open.status = QStringLiteral("kajian");
    QVERIFY(CaseDocuments::build(Kind::Forwarding, open, m_hearings, context()).isEmpty());
}

void TestCaseDocuments::statusNotice()
{
    const QString text = print(documents(Kind::StatusNotice).first(), QStringLiteral("status"));
    QVERIFY(text.contains(QLatin1String("Pemberitahuan Status Laporan")));
    QVERIFY2(text.contains(QLatin1String("Badan Kepegawaian Negara (BKN)")), qPrintable(text));
    QVERIFY(text.contains(ForwardingNumber));

    Case stopped = m_case;
    stopped.status = QStringLiteral("dihentikan");
    stopped.decisionReason = QStringLiteral("unsur pelanggaran tidak terpenuhi");
    const QString s =
        print(CaseDocuments::build(Kind::StatusNotice, stopped, m_hearings, context()).first(),
              QStringLiteral("status-stopped"));
    QVERIFY(s.contains(QLatin1String("Dihentikan")));
    QVERIFY(s.contains(QLatin1String("unsur pelanggaran tidak terpenuhi")));
}

void TestCaseDocuments::secondInvitation()
{
    // A witness absent at the first hearing is invited again to a second one.
    QList<Hearing> hearings = m_hearings;
    Attendee absent;
    absent.role = QStringLiteral("saksi");
    absent.name = QStringLiteral("Joko Saputro");
    absent.partyId = m_case.parties.at(2).id;
    absent.attendance = QStringLiteral("tidak_hadir");
    absent.invitedOn = QDate(2024, 10, 8);
    hearings[0].attendees << absent;
    Hearing again;
    again.scheduledAt =
        OfficeTime(QStringLiteral("WIB")).fromLocal(QDate(2024, 10, 14), QTime(13, 30));
    again.place = hearings[0].place;
    again.examiners = hearings[0].examiners;
    Attendee invited = absent;
    invited.attendance.clear();
    invited.invitation = 2;
    invited.invitedOn = QDate(2024, 10, 11);
    again.attendees << invited;
    hearings << again;

    const QList<PrintedDocument> docs =
        CaseDocuments::build(Kind::SecondInvitation, m_case, hearings, context());
    QCOMPARE(docs.size(), 1);
    QCOMPARE(CaseDocuments::build(Kind::Invitation, m_case, hearings, context()).size(), 3);
    QCOMPARE(CaseDocuments::people(Kind::SecondInvitation, hearings, m_case),
             QStringList{QStringLiteral("Joko Saputro")});
    const QString text = print(docs.first(), QStringLiteral("invitation2"));
    QVERIFY2(text.contains(QLatin1String("Undangan Klarifikasi Kedua")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Joko Saputro")));
    QVERIFY(text.contains(indonesianLongDate(QDate(2024, 10, 14))));
    QVERIFY(text.contains(QLatin1String("13.30 WIB")));
    QVERIFY(text.contains(QLatin1String("Kamis, 10 Oktober 2024"))); // the hearing missed
    // The matter by its kind and number, not a number after "(ASN)" alone.
    QVERIFY2(
        text.contains(QStringLiteral("(ASN) dalam %1 nomor %2")
                          .arg(m_case.source == QLatin1String("laporan") ? QStringLiteral("Laporan")
                                                                         : QStringLiteral("Temuan"),
                               m_case.registrationNumber)),
        qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Kartu Tanda Penduduk (KTP)")));
    QVERIFY(text.contains(QLatin1String("Sukoharjo, 11 Oktober 2024")));
    QVERIFY(text.contains(formNumber(QStringLiteral("invitation"))));
}

void TestCaseDocuments::cliPrintsEveryDocument()
{
    const QString dir = m_dir.filePath(QStringLiteral("all"));
    const Run r = cli({QStringLiteral("print"), m_file, QStringLiteral("--case"),
                       m_case.registrationNumber, QStringLiteral("--all"), QStringLiteral("--out"),
                       dir, QStringLiteral("--paper"), QStringLiteral("f4")});
    QVERIFY2(r.exit == 0, r.err.constData());
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    // report, receipt, 2 invitations, 2 minutes, analysis, status notice, forwarding, summary.
    QCOMPARE(list.size(), 10);
    QStringList names;
    for (const QJsonValue &v : list) {
        const QString file = v.toObject().value(QStringLiteral("file")).toString();
        QVERIFY2(QFileInfo(file).isFile(), qPrintable(file));
        QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(dir).absoluteFilePath());
        names << QFileInfo(file).fileName();
        const QString text = pdfText(file);
        QVERIFY2(text.contains(QLatin1String("Halaman 1 dari")), qPrintable(file));
        QVERIFY2(!text.contains(Reporter), qPrintable(file));
    }
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("analysis.pdf"), QStringLiteral("forwarding.pdf"),
                          QStringLiteral("invitation-1.pdf"), QStringLiteral("invitation-2.pdf"),
                          QStringLiteral("minutes-1.pdf"), QStringLiteral("minutes-2.pdf"),
                          QStringLiteral("receipt.pdf"), QStringLiteral("report.pdf"),
                          QStringLiteral("status_notice.pdf"), QStringLiteral("summary.pdf")}));
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 10);

    // One document, by the receipt number too; one per person gets the person's number.
    const QString one = m_dir.filePath(QStringLiteral("ringkasan.pdf"));
    Run s = cli({QStringLiteral("print"), m_file, QStringLiteral("--case"), m_case.receiptNumber,
                 QStringLiteral("--document"), QStringLiteral("summary"), QStringLiteral("--out"),
                 one, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(s.exit == 0, s.err.constData());
    QVERIFY(pdfText(one).contains(QLatin1String("CASE SUMMARY")));
    const QString minutes = m_dir.filePath(QStringLiteral("ba.pdf"));
    s = cli({QStringLiteral("print"), m_file, QStringLiteral("--case"), m_case.registrationNumber,
             QStringLiteral("--document"), QStringLiteral("minutes"), QStringLiteral("--out"),
             minutes});
    QVERIFY2(s.exit == 0, s.err.constData());
    QCOMPARE(QJsonDocument::fromJson(s.out).array().size(), 2);
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("ba-1.pdf"))).isFile());
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("ba-2.pdf"))).isFile());
    QVERIFY(!QFileInfo::exists(minutes));
    s = cli({QStringLiteral("print"), m_file, QStringLiteral("--case"), m_case.registrationNumber,
             QStringLiteral("--document"), QStringLiteral("minutes"), QStringLiteral("--person"),
             QStringLiteral("2"), QStringLiteral("--out"), minutes});
    QVERIFY2(s.exit == 0, s.err.constData());
    QVERIFY(pdfText(minutes).contains(Refusal));

    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--help")}).exit, 0);
}

void TestCaseDocuments::cliRefusesWrongCaseOrDocument()
{
    const QString out = m_dir.filePath(QStringLiteral("wrong.pdf"));
    Run r = cli({QStringLiteral("print"), m_file, QStringLiteral("--case"),
                 QStringLiteral("999/LP/PB/Kab/33.11/X/2024"), QStringLiteral("--document"),
                 QStringLiteral("summary"), QStringLiteral("--out"), out});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains("No case with the number 999/LP/PB/Kab/33.11/X/2024"),
             r.err.constData());
    QVERIFY(!QFileInfo::exists(out));

    r = cli({QStringLiteral("print"), m_file, QStringLiteral("--case"), m_case.registrationNumber,
             QStringLiteral("--document"), QStringLiteral("letter"), QStringLiteral("--out"), out});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains("Unknown document: letter"), r.err.constData());
    QVERIFY(r.err.contains("status_notice"));

    // Neither or both of --document and --all; an unknown paper.
    QCOMPARE(cli({QStringLiteral("print"), m_file, QStringLiteral("--case"),
                  m_case.registrationNumber, QStringLiteral("--out"), out})
                 .exit,
             2);
    QCOMPARE(cli({QStringLiteral("print"), m_file, QStringLiteral("--case"),
                  m_case.registrationNumber, QStringLiteral("--all"), QStringLiteral("--document"),
                  QStringLiteral("summary"), QStringLiteral("--out"), out})
                 .exit,
             2);
    QCOMPARE(
        cli({QStringLiteral("print"), m_file, QStringLiteral("--case"), m_case.registrationNumber,
             QStringLiteral("--document"), QStringLiteral("summary"), QStringLiteral("--paper"),
             QStringLiteral("a3"), QStringLiteral("--out"), out})
            .exit,
        2);
    // A document the case does not have at its stage.
    r = cli({QStringLiteral("print"), m_file, QStringLiteral("--case"), m_case.registrationNumber,
             QStringLiteral("--document"), QStringLiteral("invitation2"), QStringLiteral("--out"),
             out});
    QCOMPARE(r.exit, 1);
    QVERIFY2(r.err.contains("invitation2"), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestCaseDocuments::cliShowsIdentitiesOnlyWhenAsked()
{
    for (const bool with : {false, true}) {
        const QString dir =
            m_dir.filePath(with ? QStringLiteral("with") : QStringLiteral("without"));
        QStringList args{QStringLiteral("print"),
                         m_file,
                         QStringLiteral("--case"),
                         m_case.registrationNumber,
                         QStringLiteral("--all"),
                         QStringLiteral("--out"),
                         dir};
        if (with)
            args << QStringLiteral("--with-identities");
        const Run r = cli(args);
        QVERIFY2(r.exit == 0, r.err.constData());
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = v.toObject();
            Kind kind = Kind::Summary;
            QVERIFY(CaseDocuments::fromCode(o.value(QStringLiteral("document")).toString(), &kind));
            const QString file = o.value(QStringLiteral("file")).toString();
            const bool named = pdfText(file).contains(Reporter);
            // With the flag, the office's own documents that concern him name him; never a
            // document that goes out.
            if (!with || !CaseDocuments::forOffice(kind))
                QVERIFY2(!named, qPrintable(file));
            else if (kind != Kind::Minutes || o.value(QStringLiteral("person")).toInt() == 2)
                QVERIFY2(named, qPrintable(file));
        }
    }
}

void TestCaseDocuments::registerList()
{
    // A second report, received on 2 October and not reviewed by the 14th: its review is late.
    Case late = TestSupport::sampleCase(QDate(2024, 10, 2));
    late.parties[0].name = QStringLiteral("Agus Widodo, S.E.");
    late.parties[0].nip = QStringLiteral("197501012000031003");
    late.violationCategory = QStringLiteral("deklarasi_kampanye");
    QString error;
    QVERIFY2(CaseRepository(*m_db).create(late, &error), qPrintable(error));

    // The late cases only: the filter in words, the case with its deadline, the count, who
    // printed it and when; in Indonesian whatever the program's language (NETRA_LANG=en here).
    const QString latePdf = m_dir.filePath(QStringLiteral("terlambat.pdf"));
    Run r = cli({QStringLiteral("cases"), m_file, QStringLiteral("--today"),
                 QStringLiteral("2024-10-14"), QStringLiteral("--deadline"), QStringLiteral("late"),
                 QStringLiteral("--pdf"), latePdf});
    QVERIFY2(r.exit == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("cases")).toInt(), 1);
    QString text = pdfText(latePdf);
    for (const QString &expected :
         {QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO"),
          QStringLiteral("DAFTAR PENANGANAN DUGAAN PELANGGARAN NETRALITAS ASN"),
          QStringLiteral("Tenggat: terlambat"), QStringLiteral("Keadaan per 14 Oktober 2024"),
          late.receiptNumber, QStringLiteral("2 Oktober 2024"), QStringLiteral("Agus Widodo, S.E."),
          QStringLiteral("Diterima"), QStringLiteral("(terlambat)"),
          QStringLiteral("Jumlah: 1 kasus."),
          QStringLiteral("Dicetak dengan Netra pada 14 Oktober 2024 oleh koordinator."),
          QStringLiteral("Halaman 1 dari 1")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in: ") + text));
    QVERIFY2(!text.contains(m_case.registrationNumber), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Late")), qPrintable(text));

    // Every case, oldest first; the persons reported named, never a reporter, confidential or
    // not.
    const QString allPdf = m_dir.filePath(QStringLiteral("semua.pdf"));
    r = cli({QStringLiteral("cases"), m_file, QStringLiteral("--today"),
             QStringLiteral("2024-10-14"), QStringLiteral("--pdf"), allPdf});
    QVERIFY2(r.exit == 0, r.err.constData());
    text = pdfText(allPdf);
    QVERIFY2(text.contains(QLatin1String("Semua kasus")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Siti Rahmawati, S.Pd. dan 1 lainnya")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Diteruskan")), qPrintable(text));
    QVERIFY2(text.indexOf(late.receiptNumber) < text.indexOf(m_case.registrationNumber),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Jumlah: 2 kasus.")), qPrintable(text));
    QVERIFY2(!text.contains(Reporter), qPrintable(text));

    // A filter nothing matches says so; a file that is there is not written over.
    const QString nonePdf = m_dir.filePath(QStringLiteral("kosong.pdf"));
    r = cli({QStringLiteral("cases"), m_file, QStringLiteral("--today"),
             QStringLiteral("2024-10-14"), QStringLiteral("--status"), QStringLiteral("dicabut"),
             QStringLiteral("--pdf"), nonePdf});
    QVERIFY2(r.exit == 0, r.err.constData());
    text = pdfText(nonePdf);
    QVERIFY2(text.contains(QLatin1String("Tidak ada kasus yang sesuai dengan saringan ini.")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Status: Dicabut")), qPrintable(text));
    r = cli({QStringLiteral("cases"), m_file, QStringLiteral("--today"),
             QStringLiteral("2024-10-14"), QStringLiteral("--pdf"), m_file});
    QVERIFY(r.exit != 0);
    QVERIFY(CaseRepository(*m_db).load(late.id));

    // The filter in words, as the heading gives it.
    CaseFilter f;
    f.statuses = {QStringLiteral("klarifikasi"), QStringLiteral("diteruskan")};
    f.regencyCode = QStringLiteral("3311");
    f.receivedFrom = QDate(2024, 10, 1);
    f.receivedTo = QDate(2024, 10, 14);
    f.text = QStringLiteral(" santoso ");
    QCOMPARE(RegisterList::scopeText(f),
             QStringLiteral("Status: Klarifikasi, Diteruskan \u00b7 Kabupaten Sukoharjo \u00b7 "
                            "Diterima: 1 Oktober 2024 s.d. 14 Oktober 2024 \u00b7 Pencarian: "
                            "\u201csantoso\u201d"));
    QCOMPARE(RegisterList::scopeText(CaseFilter()), QStringLiteral("Semua kasus"));
}

void TestCaseDocuments::listRowsStayWhole()
{
    // 150 cases, their persons' names and deadlines of one to three lines: Qt alone broke rows
    // over two pages, leaving a row's last lines at the top of the next.
    const QStringList categories{QStringLiteral("media_sosial"), QStringLiteral("foto_bersama"),
                                 QStringLiteral("deklarasi_kampanye"),
                                 QStringLiteral("tim_kampanye")};
    QList<CaseRow> rows;
    for (int i = 0; i < 150; ++i) {
        CaseRow r;
        r.id = i + 1;
        r.number =
            QStringLiteral("%1/Reg/LP/PB/Kab/33.11/X/2024").arg(i + 1, 3, 10, QLatin1Char('0'));
        r.receivedDate = QDate(2024, 10, 1).addDays(i / 10);
        r.regencyCode = QStringLiteral("3311");
        r.reportedName =
            i % 3 == 0 ? QStringLiteral("Dr. Hj. Sri Rahayuningsih Kusumawardhani, S.Pd., M.Pd.")
                       : QStringLiteral("Agus Widodo");
        r.reportedCount = 1 + i % 4;
        r.violationCategory = categories.at(i % categories.size());
        r.status = QStringLiteral("kajian");
        r.nextDeadline = QStringLiteral("decision");
        r.nextDue = QDate(2024, 10, 10).addDays(i % 7);
        rows << r;
    }
    const PrintedDocument list =
        RegisterList::build(rows, CaseFilter(), Letterhead(), QDate(2024, 10, 14), QString());
    const QString path = m_dir.filePath(QStringLiteral("panjang.pdf"));
    QString error;
    QVERIFY2(list.toPdf(path, PrintedDocument::Paper::A4, &error), qPrintable(error));
    const int pages = pdfPages(path);
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    // Each page's first line under the head is a row's first: its number, then the case's.
    int seen = 0;
    for (int page = 1; page <= pages; ++page) {
        const QStringList lines =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")})
                .split(QLatin1Char('\n'));
        int head = -1;
        for (int i = 0; i < lines.size() && head < 0; ++i)
            if (lines.at(i).contains(QLatin1String("Tenggat Berikutnya")))
                head = i;
        QVERIFY2(head >= 0, qPrintable(QStringLiteral("page %1").arg(page)));
        int first = head + 1;
        while (first < lines.size() && lines.at(first).trimmed().isEmpty())
            ++first;
        // Each page, the first or one taken apart from it, says what list it belongs to.
        QVERIFY2(lines.join(QLatin1Char(' '))
                     .contains(QLatin1String("Daftar penanganan pelanggaran per 14 Oktober 2024")),
                 qPrintable(QStringLiteral("page %1").arg(page)));
        const QString line = lines.value(first).simplified();
        QVERIFY2(
            line.startsWith(
                QStringLiteral("%1 %2/Reg").arg(seen + 1).arg(seen + 1, 3, 10, QLatin1Char('0'))),
            qPrintable(QStringLiteral("page %1: %2").arg(page).arg(line)));
        for (const QString &l : lines)
            if (QRegularExpression(QStringLiteral("^\\s*\\d+\\s+\\d{3}/Reg")).match(l).hasMatch())
                ++seen;
    }
    QCOMPARE(seen, 150);
}

QTEST_MAIN(TestCaseDocuments)
#include "TestCaseDocuments.moc"
