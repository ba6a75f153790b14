// Letters ready to sign and send (#16): the outgoing letter book and its numbers (taken when a
// letter is issued, kept on reprints, none for a draft, consecutive with two processes issuing
// at once), the signatories, the letterhead with the logo kept in the file, signature blocks
// kept with the lines before them, "Halaman N dari M", the office's time zone, the PPK letter
// with each person once, and the editable ODT copies. Every document is printed through
// netra-cli and read back with pdftotext, pdfimages and unzip.
#include "TestSupport.h"
#include "store/SettingsRepository.h"

#include "case/DocumentsPanel.h"
#include "documents/CaseDocuments.h"
#include "documents/FollowUpLetter.h"
#include "domain/Nip.h"
#include "domain/OfficeTime.h"
#include "exchange/LetterBookExport.h"
#include "ledger/LetterBookWindow.h"
#include "store/HearingRepository.h"
#include "store/LedgerRepository.h"
#include "store/LetterBook.h"
#include "store/UserRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTableWidget>

namespace {

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(600000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

Run cli(const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return run(QStringLiteral(NETRA_CLI), args, env);
}

QString pdfText(const QString &path, int page = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << path << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), args).out).simplified();
}

int pdfPages(const QString &path)
{
    return QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path}).out)
        .section(QLatin1String("Pages:"), 1)
        .section(QLatin1Char('\n'), 0, 0)
        .trimmed()
        .toInt();
}

QString pageSize(const QString &path)
{
    return QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path}).out)
        .section(QLatin1String("Page size:"), 1)
        .section(QLatin1Char('\n'), 0, 0)
        .trimmed();
}

// The pages holding an image (pdfimages -list).
QSet<int> imagePages(const QString &path)
{
    QSet<int> pages;
    const QStringList lines =
        QString::fromUtf8(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).out)
            .split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(2)) {
        const QStringList cells = line.simplified().split(QLatin1Char(' '));
        if (cells.size() > 3 && cells.at(2) == QLatin1String("image"))
            pages.insert(cells.at(0).toInt());
    }
    return pages;
}

QString unzipText(const QString &zip, const QString &member)
{
    return QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member}).out);
}

// The text of an ODF content.xml: its elements taken out, entities read.
QString odfText(const QString &xml)
{
    QString text = xml;
    text.replace(QRegularExpression(QStringLiteral("<text:tab[^>]*/>")), QStringLiteral(" "));
    text.replace(QRegularExpression(QStringLiteral("<text:s[^>]*/>")), QStringLiteral(" "));
    text.replace(QRegularExpression(QStringLiteral("<text:line-break[^>]*/>")),
                 QStringLiteral(" "));
    text.replace(QRegularExpression(QStringLiteral("</text:p>")), QStringLiteral(" "));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&apos;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    text.remove(QChar(0x2060));
    return text.simplified();
}

// The data file's bytes, or every row on the server (TestSupport::storeState).
QByteArray sha(const QString &path)
{
    return TestSupport::storeState(path);
}

QJsonArray jsonArray(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).array();
}

const QString Chair = QStringLiteral("Bambang Sutrisno, S.H.");
const QString Coordinator = QStringLiteral("Sitti Ramadhan, S.Sos.");

// What stays on the page of the signature block, by document: the lines before it.
QString keptWith(const QString &document)
{
    if (document == QLatin1String("report"))
        return QStringLiteral("V. Penerimaan");
    if (document == QLatin1String("receipt"))
        return QStringLiteral("Apabila syarat laporan belum lengkap");
    if (document == QLatin1String("invitation") || document == QLatin1String("invitation2"))
        return QStringLiteral("Demikian undangan ini");
    if (document == QLatin1String("minutes"))
        return QStringLiteral("Demikian berita acara");
    if (document == QLatin1String("analysis"))
        return QStringLiteral("V. Rekomendasi");
    if (document == QLatin1String("status_notice"))
        return QStringLiteral("Demikian pemberitahuan");
    if (document == QLatin1String("forwarding"))
        return QStringLiteral("Sehubungan dengan hal tersebut");
    return {};
}

// Who signs, by document, in the demo's office with the default signers.
QString signerOf(const QString &document)
{
    if (document == QLatin1String("status_notice") || document == QLatin1String("forwarding"))
        return Chair;
    if (document == QLatin1String("invitation") || document == QLatin1String("invitation2") ||
        document == QLatin1String("analysis"))
        return Coordinator;
    return {};
}

} // namespace

class TestLetters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_case;        // a forwarded report with hearings in the demo
    QJsonArray m_demoBook; // the letters the demo issued

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Prints every document of the demo case; the JSON netra-cli gives.
    QJsonArray printAll(const QString &out, const QStringList &extra = {})
    {
        const Run r =
            cli(QStringList{QStringLiteral("print"), m_demo, QStringLiteral("--case"), m_case,
                            QStringLiteral("--all"), QStringLiteral("--out"), out} +
                extra);
        if (r.exit != 0)
            qWarning("%s", r.err.constData());
        return jsonArray(r.out);
    }

    QJsonArray letters(const QStringList &extra = {})
    {
        return jsonArray(
            cli(QStringList{QStringLiteral("letters"), m_demo, QStringLiteral("--json")} + extra)
                .out);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // NETRA_TEST_KEEP=1 keeps the printed documents, to look at them.
        if (qEnvironmentVariableIsSet("NETRA_TEST_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo("Documents kept in %s", qPrintable(m_dir.path()));
        }
        m_demo = TestSupport::location(path(QStringLiteral("demo.netra")));
        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--out"), m_demo,
                              QStringLiteral("--cases"), QStringLiteral("150")});
        QVERIFY2(demo.exit == 0, demo.err.constData());
        const QJsonArray cases =
            jsonArray(cli({QStringLiteral("cases"), m_demo, QStringLiteral("--status"),
                           QStringLiteral("diteruskan")})
                          .out);
        // A forwarded report whose hearings heard more than one person.
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("source")).toString() != QLatin1String("laporan"))
                continue;
            const QString number = c.value(QStringLiteral("registration_number")).toString();
            const QJsonArray docs =
                jsonArray(cli({QStringLiteral("print"), m_demo, QStringLiteral("--case"), number,
                               QStringLiteral("--document"), QStringLiteral("minutes"),
                               QStringLiteral("--out"), path(QStringLiteral("probe.pdf"))})
                              .out);
            if (docs.size() >= 2) {
                m_case = number;
                break;
            }
        }
        QVERIFY2(!m_case.isEmpty(), "no forwarded report with hearings in the demo");
        m_demoBook = letters();
    }

    // The demo's letter book: the invitations of its last 30 days, each dated the day it was
    // sent, numbered in the order of their dates, issued by the officer under her name.
    void demoBookFollowsItsDates()
    {
        QVERIFY(!m_demoBook.isEmpty());
        const QDate today = QDate::currentDate();
        QDate previous;
        int sequence = 0;
        for (const QJsonValue &v : std::as_const(m_demoBook)) {
            const QJsonObject l = v.toObject();
            QCOMPARE(l.value(QStringLiteral("document")).toString(), QStringLiteral("invitation"));
            QCOMPARE(l.value(QStringLiteral("subject")).toString(),
                     QStringLiteral("Undangan Klarifikasi"));
            QVERIFY(!l.value(QStringLiteral("addressee")).toString().isEmpty());
            QCOMPARE(l.value(QStringLiteral("issued_by")).toString(),
                     QStringLiteral("Dewi Lestari, S.Sos."));
            const QDate date =
                QDate::fromString(l.value(QStringLiteral("date")).toString(), Qt::ISODate);
            QVERIFY2(date > today.addDays(-30) && date <= today, qPrintable(date.toString()));
            if (previous.isValid() && date.year() == previous.year()) {
                QVERIFY(date >= previous);
                QCOMPARE(l.value(QStringLiteral("sequence")).toInt(), sequence + 1);
            }
            previous = date;
            sequence = l.value(QStringLiteral("sequence")).toInt();
        }
    }

    void demoOfficeIsComplete()
    {
        const QJsonObject s =
            QJsonDocument::fromJson(cli({QStringLiteral("settings"), m_demo}).out).object();
        QCOMPARE(s.value(QStringLiteral("office_name")).toString(),
                 QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO"));
        for (const char *key :
             {"office_address", "office_city", "office_phone", "office_email", "office_website"})
            QVERIFY2(!s.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY2(
            s.value(QStringLiteral("office_logo")).toString().startsWith(QLatin1String("PNG ")),
            qPrintable(s.value(QStringLiteral("office_logo")).toString()));
        QCOMPARE(s.value(QStringLiteral("signatory_chair")).toString(), Chair);
        QCOMPARE(s.value(QStringLiteral("signatory_coordinator")).toString(), Coordinator);
        QCOMPARE(s.value(QStringLiteral("letter_pattern")).toString(),
                 QStringLiteral("{seq:3}/PP.01.02/K.JT-11/{month}/{year}"));
    }

    // A draft: marked, without a number, and nothing written to the file.
    void draftTakesNoNumber()
    {
        const QByteArray before = sha(m_demo);
        const QJsonArray written = printAll(path(QStringLiteral("draft")));
        QVERIFY(written.size() >= 8);
        QCOMPARE(sha(m_demo), before);
        QCOMPARE(letters().size(), m_demoBook.size());
        int drafts = 0;
        for (const QJsonValue &v : written) {
            const QJsonObject o = v.toObject();
            if (!o.contains(QStringLiteral("draft")))
                continue;
            ++drafts;
            QVERIFY(o.value(QStringLiteral("draft")).toBool());
            QVERIFY(o.value(QStringLiteral("letter_number")).isNull());
            const QString text = pdfText(o.value(QStringLiteral("file")).toString());
            QVERIFY2(text.contains(QLatin1String("KONSEP")), qPrintable(text));
            // Its own number left blank (a forwarding letter shows the one typed at its step),
            // and no number of the letter book.
            if (o.value(QStringLiteral("document")).toString() != QLatin1String("forwarding"))
                QVERIFY2(text.contains(QLatin1String("Nomor : ....")), qPrintable(text));
            for (const QJsonValue &l : std::as_const(m_demoBook)) {
                const QString number = l.toObject().value(QStringLiteral("number")).toString();
                QVERIFY(!number.isEmpty());
                QVERIFY2(!text.contains(number), qPrintable(number));
            }
        }
        // Invitations (one per person), the status notice and the forwarding letter.
        QVERIFY(drafts >= 4);
    }

    // Issuing: each letter takes the next number of the book from the office's pattern, the
    // PDF shows it, and a reprint keeps it.
    void issuedLettersCarryBookNumbers()
    {
        const QJsonArray written =
            printAll(path(QStringLiteral("issued")), {QStringLiteral("--issue")});
        QVERIFY(!written.isEmpty());
        // The letters of the case issued here, after those of the demo.
        QJsonArray book;
        QStringList demoNumbers;
        int demoLast = 0; // the demo's last number of this year
        const int thisYear = QDate::currentDate().year();
        for (const QJsonValue &v : std::as_const(m_demoBook)) {
            demoNumbers << v.toObject().value(QStringLiteral("number")).toString();
            if (v.toObject().value(QStringLiteral("year")).toInt() == thisYear)
                demoLast = qMax(demoLast, v.toObject().value(QStringLiteral("sequence")).toInt());
        }
        for (const QJsonValue &v : letters()) {
            if (!demoNumbers.contains(v.toObject().value(QStringLiteral("number")).toString()))
                book.append(v);
        }
        QStringList numbers;
        for (const QJsonValue &v : written) {
            const QJsonObject o = v.toObject();
            if (!o.contains(QStringLiteral("draft")))
                continue;
            QVERIFY(!o.value(QStringLiteral("draft")).toBool());
            const QString number = o.value(QStringLiteral("letter_number")).toString();
            numbers << number;
            const QString file = o.value(QStringLiteral("file")).toString();
            const QString text = pdfText(file);
            QVERIFY2(text.contains(number), qPrintable(number + QLatin1Char('\n') + text));
            QVERIFY2(!text.contains(QLatin1String("KONSEP")), qPrintable(file));
        }
        QCOMPARE(book.size(), numbers.size());
        // The letters numbered from the pattern (the forwarding letter keeps the number typed
        // at the forwarding step) in one sequence after the demo's: 1, 2, 3 ... with the month
        // in Roman numerals.
        const QString year = QString::number(QDate::currentDate().year());
        QList<int> sequence;
        for (const QJsonValue &v : book) {
            const QJsonObject l = v.toObject();
            QVERIFY(numbers.contains(l.value(QStringLiteral("number")).toString()));
            QCOMPARE(l.value(QStringLiteral("case")).toString(), m_case);
            QVERIFY(!l.value(QStringLiteral("addressee")).toString().isEmpty());
            QVERIFY(!l.value(QStringLiteral("subject")).toString().isEmpty());
            QCOMPARE(l.value(QStringLiteral("issued_by")).toString().isEmpty(), false);
            if (l.value(QStringLiteral("document")).toString() == QLatin1String("forwarding"))
                continue;
            sequence << l.value(QStringLiteral("sequence")).toInt();
            QVERIFY2(l.value(QStringLiteral("number"))
                         .toString()
                         .contains(QRegularExpression(
                             QStringLiteral("^\\d{3}/PP\\.01\\.02/K\\.JT-11/[IVX]+/") + year +
                             QLatin1Char('$'))),
                     qPrintable(l.value(QStringLiteral("number")).toString()));
        }
        std::sort(sequence.begin(), sequence.end());
        for (int i = 0; i < sequence.size(); ++i)
            QCOMPARE(sequence.at(i), demoLast + i + 1);

        // A reprint, issued or not, keeps every number and takes none.
        const QJsonArray again =
            printAll(path(QStringLiteral("again")), {QStringLiteral("--issue")});
        const QJsonArray reprint = printAll(path(QStringLiteral("reprint")));
        QCOMPARE(letters().size(), m_demoBook.size() + book.size());
        for (const QJsonArray &list : {again, reprint}) {
            QStringList same;
            for (const QJsonValue &v : list) {
                if (v.toObject().contains(QStringLiteral("letter_number")))
                    same << v.toObject().value(QStringLiteral("letter_number")).toString();
            }
            QCOMPARE(same, numbers);
        }
        // The book by year.
        QCOMPARE(letters({QStringLiteral("--year"), year}).size(),
                 demoNumbers.filter(QLatin1Char('/') + year).size() + book.size());
        QCOMPARE(letters({QStringLiteral("--year"), QStringLiteral("2001")}).size(), 0);
    }

    // Every document of the case, on A4 and on F4: the letterhead with its logo on page 1,
    // "Halaman N dari M" on every page, the signatory's name, and the signature block on a
    // page with the lines before it.
    void everyDocumentLooksFinished_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4") << QStringLiteral("a4") << QStringLiteral("595 x 842 pts");
        QTest::newRow("F4") << QStringLiteral("f4") << QStringLiteral("609 x 935 pts");
    }

    void everyDocumentLooksFinished()
    {
        QFETCH(QString, paper);
        QFETCH(QString, size);
        const QJsonArray written =
            printAll(path(QStringLiteral("finished-") + paper), {QStringLiteral("--paper"), paper});
        QVERIFY(written.size() >= 8);
        for (const QJsonValue &v : written) {
            const QString document = v.toObject().value(QStringLiteral("document")).toString();
            const QString file = v.toObject().value(QStringLiteral("file")).toString();
            const int pages = pdfPages(file);
            QVERIFY2(pages >= 1, qPrintable(file));
            QVERIFY2(pageSize(file).startsWith(size),
                     qPrintable(file + QLatin1Char(' ') + pageSize(file)));
            const QString text = pdfText(file);
            QVERIFY2(text.contains(QLatin1String("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN "
                                                 "SUKOHARJO")),
                     qPrintable(file));
            QVERIFY2(imagePages(file).contains(1), qPrintable(file + QStringLiteral(": no logo")));
            for (int p = 1; p <= pages; ++p) {
                const QString page = pdfText(file, p);
                QVERIFY2(page.contains(QStringLiteral("Halaman %1 dari %2").arg(p).arg(pages)),
                         qPrintable(file));
            }
            const QString signer = signerOf(document);
            if (!signer.isEmpty())
                QVERIFY2(text.contains(signer), qPrintable(file + QLatin1Char('\n') + text));
            if (document == QLatin1String("invitation"))
                QVERIFY2(text.contains(QLatin1String("a.n. Ketua Bawaslu Kabupaten Sukoharjo")),
                         qPrintable(text));
            // The page of the signature block holds the lines before it too.
            const QString kept = keptWith(document);
            if (kept.isEmpty())
                continue;
            const QString mark = signer.isEmpty() ? QStringLiteral("Pemeriksa,") : signer;
            for (int p = 1; p <= pages; ++p) {
                const QString page = pdfText(file, p);
                if (page.contains(mark))
                    QVERIFY2(page.contains(kept),
                             qPrintable(QStringLiteral("%1 page %2 has the signature without "
                                                       "\"%3\": %4")
                                            .arg(file)
                                            .arg(p)
                                            .arg(kept, page)));
            }
        }
    }

    // Minutes of any length: the signatures never stand alone on a page (before, a long
    // record left them alone on the next page).
    void minutesSignatureNeverAlone()
    {
        const QString file = TestSupport::location(path(QStringLiteral("minutes.netra")));
        auto db = TestSupport::openNew(file, QDate(2024, 10, 14));
        QVERIFY(db);
        db->setActor(QStringLiteral("petugas"));
        CaseRepository repo(*db);
        QString error;
        QVERIFY(SettingsRepository(repo.database())
                    .setSetting(QStringLiteral("office_name"),
                                QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN "
                                               "SUKOHARJO"),
                                &error));
        Case c = TestSupport::sampleCase(QDate(2024, 10, 7));
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        Hearing h;
        h.caseId = c.id;
        h.scheduledAt = OfficeTime().fromLocal(QDate(2024, 10, 10), QTime(9, 0));
        h.place = QStringLiteral("Ruang Sidang");
        h.examiners = QStringLiteral("Sri Wahyuni; Agus Prasetyo");
        Attendee a;
        a.role = QStringLiteral("terlapor");
        a.name = c.parties.at(0).name;
        a.partyId = c.parties.at(0).id;
        a.attendance = QStringLiteral("hadir");
        h.attendees << a;
        HearingRepository hearings(*db);
        QVERIFY2(hearings.saveHearing(h, &error), qPrintable(error));
        QList<MinutesEntry> lines;
        int breaks = 0;
        for (int n = 1; n <= 26; ++n) {
            MinutesEntry m;
            m.question = QStringLiteral("Pertanyaan nomor %1: apakah Saudari mengetahui larangan "
                                        "bagi ASN untuk terlibat dalam kegiatan politik praktis?")
                             .arg(n);
            m.answer = QStringLiteral("Jawaban nomor %1: saya mengetahuinya dari sosialisasi di "
                                      "kantor dinas.")
                           .arg(n);
            lines << m;
            QVERIFY2(hearings.saveMinutes(h.attendees[0].id, lines, &error), qPrintable(error));
            const Case stored = *repo.load(c.id);
            const QList<PrintedDocument> docs =
                CaseDocuments::build(CaseDocuments::Kind::Minutes, stored, hearings.hearings(c.id),
                                     DocumentContext::fromFile(*db, stored));
            QCOMPARE(docs.size(), 1);
            const QString pdf = path(QStringLiteral("minutes-%1.pdf").arg(n));
            QVERIFY2(docs.first().toPdf(pdf, PrintedDocument::Paper::A4, &error),
                     qPrintable(error));
            const int pages = pdfPages(pdf);
            const QString last = pdfText(pdf, pages);
            QVERIFY2(last.contains(QLatin1String("Yang memberi keterangan")), qPrintable(last));
            QVERIFY2(last.contains(QLatin1String("Demikian berita acara")),
                     qPrintable(QStringLiteral("%1 lines: %2").arg(n).arg(last)));
            if (pages > 1) {
                ++breaks;
                // The page that goes on says so.
                QVERIFY2(pdfText(pdf, pages - 1)
                             .contains(QStringLiteral("bersambung ke halaman %1").arg(pages)),
                         qPrintable(pdfText(pdf, pages - 1)));
            }
        }
        QVERIFY(breaks > 0); // the record did run over a page
    }

    // Two processes issuing letters into the same book at once: consecutive numbers, none
    // twice, no gap.
    void twoProcessesIssueAtOnce()
    {
        const QString file = TestSupport::location(path(QStringLiteral("book.netra")));
        {
            auto db = TestSupport::openNew(file);
            QVERIFY(db);
        }
        const int each = 40;
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(LETTER_ISSUER),
                    {file, QStringLiteral("a"), QString::number(each)});
        second.start(QStringLiteral(LETTER_ISSUER),
                     {file, QStringLiteral("b"), QString::number(each)});
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        const QString out = QString::fromUtf8(first.readAllStandardOutput()) +
                            QString::fromUtf8(second.readAllStandardOutput());
        QCOMPARE(out.count(QLatin1String("ISSUED ")), 2 * each);

        QString error;
        auto db = Database::open(file, Database::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        const QList<Letter> book = LetterBook(*db).list();
        QCOMPARE(book.size(), 2 * each);
        QSet<QString> numbers;
        QList<int> sequence;
        for (const Letter &l : book) {
            numbers.insert(l.number);
            sequence << l.sequence;
        }
        QCOMPARE(numbers.size(), 2 * each);
        std::sort(sequence.begin(), sequence.end());
        for (int i = 0; i < sequence.size(); ++i)
            QCOMPARE(sequence.at(i), i + 1);
    }

    // An office in Papua (province 94) prints its times in WIT on a machine set to UTC or to
    // Jakarta; an office may set its own zone.
    void officeTimeZone()
    {
        QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("9471")), QStringLiteral("WIT"));
        QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("94")), QStringLiteral("WIT"));
        QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("5171")), QStringLiteral("WITA"));
        QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("7371")), QStringLiteral("WITA"));
        QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("3311")), QStringLiteral("WIB"));
        QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("6171")), QStringLiteral("WIB"));

        const QString file = TestSupport::location(path(QStringLiteral("jayapura.netra")));
        auto db = TestSupport::openNew(file, QDate(2024, 10, 14));
        QVERIFY(db);
        QVERIFY(TestSupport::addCliUsers(*db));
        db->setActor(QStringLiteral("petugas"));
        CaseRepository repo(*db);
        QString error;
        QVERIFY(SettingsRepository(repo.database())
                    .setSetting(QStringLiteral("office_name"),
                                QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KOTA JAYAPURA"),
                                &error));
        Case c = TestSupport::sampleCase(QDate(2024, 10, 7));
        c.regencyCode = QStringLiteral("9471");
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        Hearing h;
        h.caseId = c.id;
        // 14.00 in Jayapura is 05.00 UTC.
        h.scheduledAt = QDateTime(QDate(2024, 10, 10), QTime(5, 0), Qt::UTC);
        h.place = QStringLiteral("Kantor Bawaslu Kota Jayapura");
        Attendee a;
        a.role = QStringLiteral("terlapor");
        a.name = c.parties.at(0).name;
        a.partyId = c.parties.at(0).id;
        h.attendees << a;
        QVERIFY2(HearingRepository(*db).saveHearing(h, &error), qPrintable(error));
        db.reset();

        for (const char *zone : {"UTC", "Asia/Jakarta", "America/New_York"}) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("TZ"), QLatin1String(zone));
            const QString pdf = path(
                QStringLiteral("jayapura-%1.pdf").arg(QString::number(qHash(QLatin1String(zone)))));
            const Run r =
                cli({QStringLiteral("print"), file, QStringLiteral("--case"), c.receiptNumber,
                     QStringLiteral("--document"), QStringLiteral("invitation"),
                     QStringLiteral("--person"), QStringLiteral("1"), QStringLiteral("--out"), pdf},
                    env);
            QVERIFY2(r.exit == 0, r.err.constData());
            const QString text = pdfText(pdf);
            QVERIFY2(text.contains(QLatin1String("14.00 WIT")), qPrintable(zone + text));
            QVERIFY2(text.contains(QLatin1String("Kamis, 10 Oktober 2024")), qPrintable(text));
        }
        // The office's own zone, when it sets one.
        QVERIFY(cli({QStringLiteral("settings"), file, QStringLiteral("--user"),
                     QStringLiteral("admin"), QStringLiteral("--set"),
                     QStringLiteral("office_timezone=WITA")})
                    .exit == 0);
        const QString pdf = path(QStringLiteral("jayapura-wita.pdf"));
        QCOMPARE(
            cli({QStringLiteral("print"), file, QStringLiteral("--case"), c.receiptNumber,
                 QStringLiteral("--document"), QStringLiteral("invitation"),
                 QStringLiteral("--person"), QStringLiteral("1"), QStringLiteral("--out"), pdf})
                .exit,
            0);
        QVERIFY(pdfText(pdf).contains(QLatin1String("13.00 WITA")));
        QVERIFY(cli({QStringLiteral("settings"), file, QStringLiteral("--user"),
                     QStringLiteral("admin"), QStringLiteral("--set"),
                     QStringLiteral("office_timezone=CET")})
                    .exit != 0);
    }

    // Who signs a letter is the office's choice: the chair in their own name, or the
    // coordinator on the chair's behalf.
    void signerChoice()
    {
        const QString copy = TestSupport::copyStore(m_demo, path(QStringLiteral("signer.netra")));
        QVERIFY(!copy.isEmpty());
        QVERIFY(cli({QStringLiteral("settings"), copy, QStringLiteral("--user"),
                     QStringLiteral("admin"), QStringLiteral("--set"),
                     QStringLiteral("signer_invitation=ketua"), QStringLiteral("--set"),
                     QStringLiteral("signatory_chair_nip=197001011995031001")})
                    .exit == 0);
        const QString pdf = path(QStringLiteral("signer.pdf"));
        QCOMPARE(
            cli({QStringLiteral("print"), copy, QStringLiteral("--case"), m_case,
                 QStringLiteral("--document"), QStringLiteral("invitation"),
                 QStringLiteral("--person"), QStringLiteral("1"), QStringLiteral("--out"), pdf})
                .exit,
            0);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(Chair), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("NIP. 19700101 199503 1 001")));
        QVERIFY(!text.contains(QLatin1String("a.n.")));
        QVERIFY(!text.contains(Coordinator));
        QVERIFY(cli({QStringLiteral("settings"), copy, QStringLiteral("--user"),
                     QStringLiteral("admin"), QStringLiteral("--set"),
                     QStringLiteral("signer_invitation=somebody")})
                    .exit != 0);
    }

    // The editable copy of each document: an ODF package (mimetype first and stored), the same
    // text as the PDF, the page size in its styles.
    void odtCopies()
    {
        const QJsonArray written = printAll(path(QStringLiteral("odt")),
                                            {QStringLiteral("--format"), QStringLiteral("odt"),
                                             QStringLiteral("--paper"), QStringLiteral("f4")});
        const QJsonArray pdfs = printAll(path(QStringLiteral("odt-pdf")));
        QCOMPARE(written.size(), pdfs.size());
        QVERIFY(written.size() >= 8);
        for (int i = 0; i < written.size(); ++i) {
            const QJsonObject o = written.at(i).toObject();
            const QString file = o.value(QStringLiteral("file")).toString();
            QVERIFY2(file.endsWith(QLatin1String(".odt")), qPrintable(file));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(80);
            QCOMPARE(head.left(4), QByteArray("PK\x03\x04", 4));
            QCOMPARE(head.at(8), char(0)); // stored
            QCOMPARE(head.mid(30, 8), QByteArray("mimetype"));
            QCOMPARE(head.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
            const QString content = odfText(unzipText(file, QStringLiteral("content.xml")));
            const QString styles = unzipText(file, QStringLiteral("styles.xml"));
            QVERIFY2(styles.contains(QLatin1String("fo:page-width=\"215mm\"")), qPrintable(styles));
            QVERIFY(styles.contains(QLatin1String("Halaman <text:page-number")));
            QVERIFY(unzipText(file, QStringLiteral("META-INF/manifest.xml"))
                        .contains(QLatin1String("styles.xml")));
            QVERIFY2(content.contains(QLatin1String("BADAN PENGAWAS PEMILIHAN UMUM")),
                     qPrintable(content));
            QVERIFY2(content.contains(QLatin1String("KABUPATEN SUKOHARJO")), qPrintable(content));
            // The letterhead's rule, as on the PDF: a paragraph right under the office's name and
            // address whose bottom border is a double line (thick over thin).
            QVERIFY2(
                styles.contains(QLatin1String(
                    "<style:style style:name=\"NetraLetterheadRule\" style:family=\"paragraph\">"
                    "<style:paragraph-properties fo:margin-top=\"1mm\"")),
                qPrintable(styles));
            QVERIFY(styles.contains(QLatin1String("fo:border-bottom=\"1.1mm double #000000\"")));
            QVERIFY(styles.contains(
                QLatin1String("style:border-line-width-bottom=\"0.6mm 0.3mm 0.2mm\"")));
            const QString xml = unzipText(file, QStringLiteral("content.xml"));
            const QString rule =
                QStringLiteral("<text:p text:style-name=\"NetraLetterheadRule\"/>");
            QCOMPARE(xml.count(rule), 1);
            QVERIFY(!xml.contains(QLatin1String("NETRA-LETTERHEAD-RULE")));
            const qsizetype ruleAt = xml.indexOf(rule);
            QVERIFY2(xml.lastIndexOf(QLatin1String("KABUPATEN SUKOHARJO"), ruleAt) >= 0,
                     qPrintable(file));
            QVERIFY2(xml.indexOf(QLatin1String("text:p"), ruleAt + rule.size()) > 0,
                     qPrintable(file));
            const QString document = o.value(QStringLiteral("document")).toString();
            const QString signer = signerOf(document);
            if (!signer.isEmpty())
                QVERIFY2(content.contains(signer), qPrintable(file + QLatin1Char('\n') + content));
            if (o.contains(QStringLiteral("letter_number")))
                QVERIFY2(content.contains(o.value(QStringLiteral("letter_number")).toString()),
                         qPrintable(content));
            // The same words as the PDF: its longest line.
            const QString kept = keptWith(document);
            if (!kept.isEmpty())
                QVERIFY2(content.contains(kept), qPrintable(content));
            if (document != QLatin1String("receipt"))
                QVERIFY2(content.contains(m_case), qPrintable(file));
            // The logo goes with the copy.
            QVERIFY(
                QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-l"), file}).out)
                    .contains(QLatin1String("Pictures/")));
        }
    }

    // The letter to a PPK: issued with its number, each person once, the signature kept with
    // the closing lines.
    void ppkLetter()
    {
        QString error;
        auto db = Database::open(m_demo, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        db->setActor(QStringLiteral("petugas"));
        const QList<LedgerRow> rows = LedgerRepository(*db).rows();
        // The PPK with the most outstanding persons.
        QHash<QString, int> count;
        QString ppk;
        QString office;
        for (const LedgerRow &r : rows) {
            const QString key = r.followUp.ppkName + QLatin1Char('\n') + r.followUp.ppkOffice;
            if (FollowUpLetter::outstanding({r}, r.followUp.ppkName, r.followUp.ppkOffice,
                                            db->today(), 30)
                    .isEmpty())
                continue;
            if (++count[key] > count.value(ppk + QLatin1Char('\n') + office)) {
                ppk = r.followUp.ppkName;
                office = r.followUp.ppkOffice;
            }
        }
        QVERIFY(!ppk.isEmpty());
        const qsizetype inBook = LetterBook(*db).list().size();
        PrintedDocument draft = FollowUpLetter::build(*db, rows, ppk, office);
        QVERIFY(draft.isLetter());
        QVERIFY(draft.draft);
        QVERIFY2(CaseDocuments::issue(*db, draft, &error), qPrintable(error));
        const PrintedDocument letter = FollowUpLetter::build(*db, rows, ppk, office);
        QVERIFY(!letter.draft);
        QCOMPARE(letter.letter.number, draft.letter.number);
        const QString pdf = path(QStringLiteral("ppk.pdf"));
        QVERIFY2(letter.toPdf(pdf, PrintedDocument::Paper::A4, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(letter.letter.number), qPrintable(text));
        QVERIFY(text.contains(Coordinator));
        QVERIFY(imagePages(pdf).contains(1));
        // Each person once, however many cases they have.
        const QList<LedgerRow> outstanding =
            FollowUpLetter::outstanding(rows, ppk, office, db->today(), 30);
        QSet<QString> nips;
        for (const LedgerRow &r : outstanding) {
            if (r.nip.isEmpty() || nips.contains(r.nip))
                continue;
            nips.insert(r.nip);
            QCOMPARE(text.count(Nip::grouped(r.nip)), 1);
        }
        const int pages = pdfPages(pdf);
        QVERIFY2(pages <= 1 + outstanding.size() / 6, qPrintable(QString::number(pages)));
        const QString last = pdfText(pdf, pages);
        QVERIFY2(last.contains(QLatin1String("Demikian permintaan")), qPrintable(last));
        // In the book, once, and again when reprinted.
        QCOMPARE(LetterBook(*db).list().size(), inBook + 1);
        QVERIFY2(CaseDocuments::issue(*db, draft, &error), qPrintable(error));
        QCOMPARE(LetterBook(*db).list().size(), inBook + 1);
    }

    // The letter book window: the letters of the year, exported to XLSX.
    void letterBookWindowAndXlsx()
    {
        QString error;
        auto db = Database::open(m_demo, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        const QList<Letter> book = LetterBook(*db).list();
        QVERIFY(!book.isEmpty());
        LetterBookWindow window(*db);
        window.findChild<QComboBox *>(QStringLiteral("letterYear"))->setCurrentIndex(0);
        QCOMPARE(window.table()->rowCount(), int(book.size()));
        QStringList shown;
        for (int r = 0; r < window.table()->rowCount(); ++r)
            shown << window.table()->item(r, 0)->text();
        for (const Letter &l : book)
            QVERIFY(shown.contains(l.number));
        // The addressee and the subject, a letter's longest texts, share the room the other
        // columns leave: at 1,100 pixels each shows 20 characters or more.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int twenty = 20 * window.table()->fontMetrics().averageCharWidth();
        QVERIFY2(window.table()->columnWidth(2) >= twenty, qPrintable(QString::number(twenty)));
        QVERIFY(qAbs(window.table()->columnWidth(3) - window.table()->columnWidth(2)) <= 1);
        {
            // A book without a letter says so, and how letters come into it.
            auto empty = TestSupport::openNew(path(QStringLiteral("no-letters.netra")));
            QVERIFY(empty);
            LetterBookWindow none(*empty);
            QCOMPARE(none.table()->rowCount(), 0);
            const QString said = none.findChild<QLabel *>(QStringLiteral("letterCount"))->text();
            QVERIFY2(said.startsWith(QLatin1String("No letter was issued")) &&
                         said.contains(QLatin1String("a case's documents")),
                     qPrintable(said));
        }
        const QString xlsx = path(QStringLiteral("agenda.xlsx"));
        QVERIFY2(window.exportXlsx(xlsx, &error), qPrintable(error));
        const QString strings = unzipText(xlsx, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(strings.contains(QLatin1String("AGENDA SURAT KELUAR")));
        QVERIFY(strings.contains(QLatin1String("Nomor Surat")));
        for (const Letter &l : book)
            QVERIFY2(strings.contains(l.number.toHtmlEscaped()), qPrintable(l.number));
        // Over the data file: refused, the file untouched.
        if (TestSupport::onServer())
            return; // no data file to write over
        const QByteArray before = sha(m_demo);
        QVERIFY(!window.exportXlsx(m_demo, &error));
        QCOMPARE(sha(m_demo), before);
    }

    // A viewer may print a draft but not issue: refused, the book unchanged.
    void viewerCannotIssue()
    {
        const qsizetype before = letters().size();
        const Run r = cli({QStringLiteral("print"), m_demo, QStringLiteral("--user"),
                           QStringLiteral("pemantau"), QStringLiteral("--case"), m_case,
                           QStringLiteral("--document"), QStringLiteral("status_notice"),
                           QStringLiteral("--out"), path(QStringLiteral("viewer.pdf")),
                           QStringLiteral("--issue")});
        QCOMPARE(r.exit, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(letters().size(), before);
    }

    // The Documents tab: a letter shows as a draft until issued there, then with its number.
    void documentsPanelIssues()
    {
        const QString copy = TestSupport::copyStore(m_demo, path(QStringLiteral("panel.netra")));
        QVERIFY(!copy.isEmpty());
        QString error;
        auto db = Database::open(copy, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(UserRepository(*db).login(QStringLiteral("petugas"),
                                           QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
        // A case whose letters are not issued yet: another forwarded report.
        std::optional<Case> c;
        CaseFilter forwarded;
        forwarded.statuses = QStringList{QStringLiteral("diteruskan")};
        forwarded.source = QStringLiteral("laporan");
        CaseRepository(*db).forEach(forwarded, [&](const Case &each) {
            if (each.registrationNumber == m_case)
                return true;
            c = CaseRepository(*db).load(each.id);
            return false;
        });
        QVERIFY(c);
        DocumentsPanel panel(*db);
        panel.setCase(*c);
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("documentList"));
        auto *state = panel.findChild<QLabel *>(QStringLiteral("letterState"));
        auto *issue = panel.findChild<QPushButton *>(QStringLiteral("issueButton"));
        QVERIFY(list && state && issue);
        // Its first letter, a draft.
        int row = -1;
        for (int i = 0; i < list->count(); ++i) {
            list->setCurrentRow(i);
            const std::optional<PrintedDocument> d = panel.currentDocument();
            if (d && d->isLetter() && d->draft) {
                row = i;
                break;
            }
        }
        QVERIFY(row >= 0);
        QVERIFY(issue->isEnabled());
        QVERIFY(state->text().contains(QLatin1String("KONSEP")));
        QVERIFY2(panel.issueCurrent(&error), qPrintable(error));
        const std::optional<PrintedDocument> issued = panel.currentDocument();
        QVERIFY(issued && !issued->draft);
        QVERIFY(state->text().contains(issued->letter.number));
        QVERIFY(!issue->isEnabled());
        const QString odt = path(QStringLiteral("panel.odt"));
        QVERIFY2(panel.exportOdt(odt, &error), qPrintable(error));
        QVERIFY(
            odfText(unzipText(odt, QStringLiteral("content.xml"))).contains(issued->letter.number));
    }

    // `check` covers the letter book: a number changed with SQLite is reported.
    void bookIsInTheTrail()
    {
        QCOMPARE(cli({QStringLiteral("check"), m_demo}).exit, 0);
        const QString copy = TestSupport::copyStore(m_demo, path(QStringLiteral("tampered.netra")));
        QVERIFY(!copy.isEmpty());
        {
            QString error;
            auto db = Database::open(copy, Database::Mode::OpenExisting, &error);
            QVERIFY(db);
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("UPDATE letters SET number = 'X' WHERE id = 1")));
        }
        const Run r = cli({QStringLiteral("check"), copy});
        QVERIFY(r.exit != 0);
        QVERIFY2(r.out.contains("letters"), r.out.constData());
    }
};

QTEST_MAIN(TestLetters)
#include "TestLetters.moc"
