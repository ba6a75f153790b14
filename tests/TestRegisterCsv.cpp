// The CSV register (docs/register-csv.md): reading, every refusal, hostile files, the
// import into a data file and the export back, and netra-cli import-csv / export-csv.
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "domain/Codes.h"
#include "domain/ProcedureProfile.h"
#include "domain/StatusMachine.h"
#include "exchange/RegisterCsv.h"
#include "exchange/RegisterExport.h"
#include "exchange/RegisterImport.h"
#include "store/FileCheck.h"
#include "store/HistoryRepository.h"
#include "store/LedgerRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

const QDate importDay(2024, 12, 31);

const QByteArray header =
    "nomor,jenis,pemilihan,kabupaten_kode,tanggal_kejadian,tanggal_diketahui,tanggal_diterima,"
    "pelapor_nama,pelapor_rahasia,terlapor_nama,terlapor_nip,terlapor_jabatan,kategori_jabatan,"
    "instansi,kategori_pelanggaran,uraian,status,tanggal_registrasi,tanggal_putusan,"
    "rekomendasi_nomor,rekomendasi_tanggal,sanksi_rekomendasi,tindak_lanjut_tanggal,"
    "sanksi_dijatuhkan\n";

// A valid row, with some columns replaced: {column, value}.
QByteArray row(const QList<QPair<QString, QString>> &changes = {})
{
    QStringList values = {QStringLiteral("N-1"),
                          QStringLiteral("laporan"),
                          QStringLiteral("pilkada"),
                          QStringLiteral("3311"),
                          QStringLiteral("2024-10-02"),
                          QStringLiteral("2024-10-03"),
                          QStringLiteral("2024-10-04"),
                          QStringLiteral("Budi Santoso"),
                          QStringLiteral("tidak"),
                          QStringLiteral("Siti Rahmawati"),
                          QStringLiteral("19860926 201505 2 001"),
                          QStringLiteral("Guru"),
                          QStringLiteral("fungsional"),
                          QStringLiteral("Dinas Pendidikan"),
                          QStringLiteral("media_sosial"),
                          QStringLiteral("Unggahan di Facebook"),
                          QStringLiteral("diteruskan"),
                          QStringLiteral("2024-10-05"),
                          QStringLiteral("2024-10-10"),
                          QStringLiteral("R-1/BKN/2024"),
                          QStringLiteral("2024-10-20"),
                          QStringLiteral("moral_terbuka"),
                          QStringLiteral("2024-11-15"),
                          QStringLiteral("moral_terbuka")};
    const QStringList columns = RegisterCsv::columns();
    for (const auto &c : changes) {
        const int i = int(columns.indexOf(c.first));
        Q_ASSERT(i >= 0);
        values[i] = c.second;
    }
    return values.join(QLatin1Char(',')).toUtf8() + '\n';
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString data(const char *name)
{
    return QStringLiteral(NETRA_TEST_DATA "/") + QLatin1String(name);
}

} // namespace

class TestRegisterCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> newFile(const QDate &today = importDay)
    {
        return TestSupport::openNew(m_dir.filePath(QStringLiteral("f%1.netra").arg(++m_files)),
                                    today);
    }

    struct Run
    {
        int exit = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(NETRA_CLI), args);
        p.waitForFinished(600000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static RegisterCsv::ReadResult read(const QByteArray &text)
    {
        return RegisterCsv::read(text, importDay);
    }

    // The one problem of a register of one bad row.
    static void expectRefused(const QByteArray &text, int line, const QString &column,
                              const QString &reasonPart)
    {
        const RegisterCsv::ReadResult r = read(text);
        QVERIFY(r.readable);
        QVERIFY2(r.cases.isEmpty(), qPrintable(column));
        QVERIFY(!r.problems.isEmpty());
        bool found = false;
        for (const RegisterCsv::Problem &p : r.problems) {
            if (p.line == line && p.column == column && p.reason.contains(reasonPart))
                found = true;
        }
        if (!found) {
            for (const RegisterCsv::Problem &p : r.problems)
                qWarning() << p.line << p.column << p.reason;
        }
        QVERIFY2(found, qPrintable(column + QLatin1Char(' ') + reasonPart));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- reading ---------------------------------------------------------------------------

    void commaRegister()
    {
        const RegisterCsv::ReadResult r =
            RegisterCsv::readFile(data("register-comma.csv"), importDay);
        QVERIFY(r.readable);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.rows, 4);
        QCOMPARE(r.cases.size(), 3);
        const RegisterCsv::ParsedCase &first = r.cases.at(0);
        QCOMPARE(first.number, QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024"));
        QCOMPARE(first.lines, (QList<int>{2, 4}));
        QCOMPARE(first.data.parties.size(), 2);
        QCOMPARE(first.data.parties.at(0).name, QStringLiteral("Siti Rahmawati, S.Pd."));
        QCOMPARE(first.data.parties.at(0).nip, QStringLiteral("198609262015052001"));
        QCOMPARE(first.data.description,
                 QStringLiteral("Terlapor mengunggah foto \"bersama\" Paslon 1.\nUnggahan "
                                "dibagikan ulang."));
        QCOMPARE(first.data.status, QStringLiteral("diteruskan"));
        QCOMPARE(first.followUps.at(1).sanctionRecommended, QStringLiteral("disiplin_ringan"));
        QCOMPARE(first.followUps.at(0).ppkDecisionDate, QDate(2024, 11, 15));
        const RegisterCsv::ParsedCase &finding = r.cases.at(1);
        QCOMPARE(finding.line, 6);
        QCOMPARE(finding.data.regencyCode, QStringLiteral("3311"));
        QVERIFY(!finding.data.eventDate.isValid());
        const RegisterCsv::ParsedCase &noNumber = r.cases.at(2);
        QCOMPARE(noNumber.line, 7);
        QVERIFY(noNumber.number.isEmpty());
        QVERIFY(noNumber.data.reporterConfidential);
        QCOMPARE(noNumber.data.parties.at(0).positionCategory, QStringLiteral("pppk"));
    }

    void semicolonRegisterWithBomCrlfAndLocalDates()
    {
        const RegisterCsv::ReadResult r =
            RegisterCsv::readFile(data("register-semicolon.csv"), importDay);
        QVERIFY(r.readable);
        for (const auto &p : r.problems)
            qWarning() << p.line << p.column << p.reason;
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.unknownColumns, QStringList{QStringLiteral("Keterangan")});
        QCOMPARE(r.cases.size(), 2);
        const Case &c = r.cases.at(0).data;
        QCOMPARE(c.source, QStringLiteral("laporan"));
        QCOMPARE(c.election, QStringLiteral("pilkada"));
        QCOMPARE(c.regencyCode, QStringLiteral("3312"));
        QCOMPARE(c.status, QStringLiteral("kajian"));
        QCOMPARE(c.eventDate, QDate(2024, 11, 1));
        QCOMPARE(c.receivedDate, QDate(2024, 11, 4));
        QCOMPARE(c.registeredDate, QDate(2024, 11, 5));
        QCOMPARE(c.description,
                 QStringLiteral("Membagikan unggahan; memberi \"like\" pada akun paslon"));
        QCOMPARE(c.parties.at(0).name, QStringLiteral("Hendra Gunawan, S.E."));
        QCOMPARE(c.parties.at(0).positionCategory, QStringLiteral("administrator"));
        QVERIFY(!c.reporterConfidential);
        const Case &d = r.cases.at(1).data;
        QCOMPARE(r.cases.at(1).line, 3);
        QCOMPARE(d.knownDate, QDate(2024, 11, 10));
        QCOMPARE(d.decidedDate, QDate(2024, 11, 14));
        QVERIFY(d.reporterConfidential);
        QCOMPARE(d.status, QStringLiteral("tidak_diregistrasi"));
    }

    void quotingAndLineNumbers()
    {
        QByteArray text = header;
        text += row({{QStringLiteral("nomor"), QStringLiteral("\"Q,1\"")},
                     {QStringLiteral("uraian"), QStringLiteral("\"satu\r\ndua\n\"\"tiga\"\"\"")}});
        text += row({{QStringLiteral("nomor"), QStringLiteral("Q2")}});
        const RegisterCsv::ReadResult r = read(text);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.cases.size(), 2);
        QCOMPARE(r.cases.at(0).number, QStringLiteral("Q,1"));
        QCOMPARE(r.cases.at(0).data.description, QStringLiteral("satu\ndua\n\"tiga\""));
        QCOMPARE(r.cases.at(1).line, 5); // the row before spans lines 2 to 4
    }

    void headerCaseSpacesUnknownAndMissingColumns()
    {
        QByteArray text = "  NOMOR ,Jenis, pemilihan ,KABUPATEN_KODE,tanggal_diterima,"
                          "pelapor_nama,terlapor_nama,Kategori_Jabatan,kategori_pelanggaran,"
                          "status,warna,catatan\n"
                          "X-1,Temuan,PEMILU,33.11,07/10/2024,,Siti,Fungsional,MEDIA_SOSIAL,"
                          "Diterima,merah,apa saja\n";
        const RegisterCsv::ReadResult r = read(text);
        QVERIFY(r.readable);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.unknownColumns,
                 (QStringList{QStringLiteral("warna"), QStringLiteral("catatan")}));
        QCOMPARE(r.cases.size(), 1);
        const Case &c = r.cases.at(0).data;
        QCOMPARE(c.source, QStringLiteral("temuan"));
        QCOMPARE(c.election, QStringLiteral("pemilu"));
        QCOMPARE(c.violationCategory, QStringLiteral("media_sosial"));
        QCOMPARE(c.parties.at(0).positionCategory, QStringLiteral("fungsional"));
        QVERIFY(c.parties.at(0).nip.isEmpty()); // missing columns are empty
        QVERIFY(!c.eventDate.isValid());
    }

    void dateForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("ok");
        QTest::newRow("iso") << "2024-10-07" << QDate(2024, 10, 7) << true;
        QTest::newRow("slash") << "07/10/2024" << QDate(2024, 10, 7) << true;
        QTest::newRow("dash") << "07-10-2024" << QDate(2024, 10, 7) << true;
        QTest::newRow("short") << "7/10/2024" << QDate(2024, 10, 7) << true;
        QTest::newRow("empty") << "" << QDate() << true;
        QTest::newRow("impossible") << "31/02/2024" << QDate() << false;
        QTest::newRow("mixed") << "07/10-2024" << QDate() << false;
        QTest::newRow("words") << "kemarin" << QDate() << false;
    }

    void dateForms()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(bool, ok);
        QDate d;
        QCOMPARE(RegisterCsv::parseDate(text, &d), ok);
        if (ok)
            QCOMPARE(d, date);
    }

    void yesNoForms()
    {
        for (const char *yes : {"ya", "Y", "yes", "1", " YA "}) {
            bool v = false;
            QVERIFY(RegisterCsv::parseYesNo(QLatin1String(yes), &v));
            QVERIFY(v);
        }
        for (const char *no : {"tidak", "T", "no", "0", ""}) {
            bool v = true;
            QVERIFY(RegisterCsv::parseYesNo(QLatin1String(no), &v));
            QVERIFY(!v);
        }
        bool v = false;
        QVERIFY(!RegisterCsv::parseYesNo(QStringLiteral("mungkin"), &v));
    }

    // --- refusals -----------------------------------------------------------------------------

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("rowText");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        auto add = [](const char *name, const QString &column, const QString &value,
                      const QString &expectColumn, const char *reason) {
            QTest::newRow(name) << row({{column, value}}) << expectColumn
                                << QString::fromLatin1(reason);
        };
        add("impossible date", "tanggal_diterima", "2024-02-30", "tanggal_diterima",
            "is not a real date");
        add("not a date", "tanggal_kejadian", "kemarin", "tanggal_kejadian", "is not a real date");
        add("unknown jenis", "jenis", "aduan", "jenis", "Unknown code \"aduan\"");
        add("unknown pemilihan", "pemilihan", "pilpres", "pemilihan", "Unknown code");
        add("unknown status", "status", "selesai", "status", "Unknown code");
        add("unknown kategori_jabatan", "kategori_jabatan", "menteri", "kategori_jabatan",
            "Unknown code");
        add("unknown kategori_pelanggaran", "kategori_pelanggaran", "x", "kategori_pelanggaran",
            "Unknown code");
        add("unknown sanksi_rekomendasi", "sanksi_rekomendasi", "penjara", "sanksi_rekomendasi",
            "Unknown code");
        add("unknown sanksi_dijatuhkan", "sanksi_dijatuhkan", "denda", "sanksi_dijatuhkan",
            "Unknown code");
        add("unknown regency", "kabupaten_kode", "3399", "kabupaten_kode", "Unknown regency code");
        add("regency not a code", "kabupaten_kode", "Sukoharjo", "kabupaten_kode",
            "Unknown regency code");
        add("nip month", "terlapor_nip", "19860926 201513 2 001", "terlapor_nip", "not valid");
        add("nip length", "terlapor_nip", "1986092620150520", "terlapor_nip", "not valid");
        add("nip birth", "terlapor_nip", "19860231 201505 2 001", "terlapor_nip", "not valid");
        add("pppk nip under a pns category", "terlapor_nip", "19900101 2021 21 1 007",
            "terlapor_nip", "not valid");
        add("rahasia not yes/no", "pelapor_rahasia", "kadang", "pelapor_rahasia",
            "is not ya or tidak");
        for (const char *required :
             {"jenis", "pemilihan", "kabupaten_kode", "tanggal_diterima", "pelapor_nama",
              "terlapor_nama", "kategori_jabatan", "kategori_pelanggaran", "status"}) {
            QTest::newRow(qPrintable(QStringLiteral("required %1").arg(required)))
                << row({{QLatin1String(required), QString()}}) << QString::fromLatin1(required)
                << QStringLiteral("is required and is empty");
        }
        const char *order[] = {"tanggal_kejadian",     "tanggal_diketahui", "tanggal_diterima",
                               "tanggal_registrasi",   "tanggal_putusan",   "rekomendasi_tanggal",
                               "tindak_lanjut_tanggal"};
        const char *dates[] = {"2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05",
                               "2024-10-10", "2024-10-20", "2024-11-15"};
        for (int i = 1; i < 7; ++i) {
            // Each date one day before the one it must follow.
            const QString before = QDate::fromString(QLatin1String(dates[i - 1]), Qt::ISODate)
                                       .addDays(-1)
                                       .toString(Qt::ISODate);
            QList<QPair<QString, QString>> changes;
            for (int j = i; j < 7; ++j)
                changes << qMakePair(QString::fromLatin1(order[j]), before);
            QTest::newRow(qPrintable(QStringLiteral("order %1").arg(order[i])))
                << row(changes) << QString::fromLatin1(order[i]) << QStringLiteral("is before");
        }
        add("date after the import day", "tindak_lanjut_tanggal", "2025-01-02",
            "tindak_lanjut_tanggal", "is after the day of the import");
        add("registered without registration date", "tanggal_registrasi", "", "tanggal_registrasi",
            "needs its registration date");
        add("decided without decision date", "tanggal_putusan", "", "tanggal_putusan",
            "needs the date of its decision");
        QTest::newRow("received with a registration date")
            << row({{QStringLiteral("status"), QStringLiteral("diterima")},
                    {QStringLiteral("tanggal_putusan"), QString()},
                    {QStringLiteral("rekomendasi_nomor"), QString()},
                    {QStringLiteral("rekomendasi_tanggal"), QString()},
                    {QStringLiteral("sanksi_rekomendasi"), QString()},
                    {QStringLiteral("tindak_lanjut_tanggal"), QString()},
                    {QStringLiteral("sanksi_dijatuhkan"), QString()}})
            << QStringLiteral("tanggal_registrasi") << QStringLiteral("was never registered");
        QTest::newRow("recommendation on a stopped case")
            << row({{QStringLiteral("status"), QStringLiteral("dihentikan")}})
            << QStringLiteral("rekomendasi_nomor") << QStringLiteral("Only a forwarded case");
    }

    void refusals()
    {
        QFETCH(QByteArray, rowText);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        expectRefused(header + rowText, 2, column, reason);
    }

    void validRowIsAccepted()
    {
        const RegisterCsv::ReadResult r = read(header + row());
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.cases.size(), 1);
        // A PPPK number has its own layout.
        const RegisterCsv::ReadResult p =
            read(header +
                 row({{QStringLiteral("terlapor_nip"), QStringLiteral("19900101 2021 21 1 007")},
                      {QStringLiteral("kategori_jabatan"), QStringLiteral("pppk")}}));
        QVERIFY(p.problems.isEmpty());
        // A finding needs no reporter.
        const RegisterCsv::ReadResult t =
            read(header + row({{QStringLiteral("jenis"), QStringLiteral("temuan")},
                               {QStringLiteral("pelapor_nama"), QString()}}));
        QVERIFY(t.problems.isEmpty());
    }

    void oneBadRowRefusesItsCase()
    {
        QByteArray text = header;
        text += row({{QStringLiteral("nomor"), QStringLiteral("A")}});
        text += row({{QStringLiteral("nomor"), QStringLiteral("B")}});
        text += row({{QStringLiteral("nomor"), QStringLiteral("A")},
                     {QStringLiteral("terlapor_nip"), QStringLiteral("123")}});
        const RegisterCsv::ReadResult r = read(text);
        QCOMPARE(r.cases.size(), 1);
        QCOMPARE(r.cases.at(0).number, QStringLiteral("B"));
        QCOMPARE(r.refusedCases, 1);
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems.at(0).line, 2);
        QCOMPARE(r.problems.at(0).column, QStringLiteral("nomor"));
        QVERIFY(r.problems.at(0).reason.contains(QLatin1String("other rows of case A")));
        QCOMPARE(r.problems.at(1).line, 4);
        QCOMPARE(r.problems.at(1).column, QStringLiteral("terlapor_nip"));
    }

    void caseLevelColumnsMustAgree_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("jenis") << "jenis"
                               << "temuan";
        QTest::newRow("pemilihan") << "pemilihan"
                                   << "pemilu";
        QTest::newRow("kabupaten_kode") << "kabupaten_kode"
                                        << "3312";
        QTest::newRow("tanggal_kejadian") << "tanggal_kejadian"
                                          << "2024-10-01";
        QTest::newRow("tanggal_diketahui") << "tanggal_diketahui"
                                           << "2024-10-04";
        QTest::newRow("tanggal_diterima") << "tanggal_diterima"
                                          << "2024-10-05";
        QTest::newRow("tanggal_registrasi") << "tanggal_registrasi"
                                            << "2024-10-06";
        QTest::newRow("tanggal_putusan") << "tanggal_putusan"
                                         << "2024-10-11";
        QTest::newRow("pelapor_nama") << "pelapor_nama"
                                      << "Ani";
        QTest::newRow("pelapor_rahasia") << "pelapor_rahasia"
                                         << "ya";
        QTest::newRow("uraian") << "uraian"
                                << "lain";
        QTest::newRow("status") << "status"
                                << "kajian";
    }

    void caseLevelColumnsMustAgree()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QList<QPair<QString, QString>> changes{{column, value}};
        if (column == QLatin1String("status")) // a case under analysis has no decision yet
            changes = {{column, value},
                       {QStringLiteral("tanggal_putusan"), QString()},
                       {QStringLiteral("rekomendasi_nomor"), QString()},
                       {QStringLiteral("rekomendasi_tanggal"), QString()},
                       {QStringLiteral("sanksi_rekomendasi"), QString()},
                       {QStringLiteral("tindak_lanjut_tanggal"), QString()},
                       {QStringLiteral("sanksi_dijatuhkan"), QString()}};
        changes << qMakePair(QStringLiteral("terlapor_nama"), QStringLiteral("Orang Kedua"));
        const QByteArray text = header + row() + row(changes);
        const RegisterCsv::ReadResult r = read(text);
        QVERIFY(r.cases.isEmpty());
        QCOMPARE(r.refusedCases, 1);
        bool found = false;
        for (const auto &p : r.problems)
            found = found || (p.line == 3 && p.column == column &&
                              p.reason.contains(QLatin1String("differs from line 2")));
        QVERIFY(found);
    }

    void errorsRegisterFile()
    {
        const RegisterCsv::ReadResult r =
            RegisterCsv::readFile(data("register-errors.csv"), importDay);
        QVERIFY(r.readable);
        QCOMPARE(r.cases.size(), 1);
        QCOMPARE(r.cases.at(0).number, QStringLiteral("A-6"));
        QList<QPair<int, QString>> where;
        for (const auto &p : r.problems)
            where << qMakePair(p.line, p.column);
        QCOMPARE(where, (QList<QPair<int, QString>>{{2, QStringLiteral("tanggal_diterima")},
                                                    {3, QStringLiteral("terlapor_nip")},
                                                    {4, QStringLiteral("pelapor_nama")},
                                                    {5, QStringLiteral("kategori_pelanggaran")},
                                                    {6, QStringLiteral("nomor")},
                                                    {7, QStringLiteral("tanggal_registrasi")}}));
    }

    // --- hostile input ----------------------------------------------------------------------

    void hostileInput()
    {
        // Empty, blank, only a header.
        QVERIFY(!read(QByteArray()).readable);
        QVERIFY(!read("\r\n \n").readable);
        const RegisterCsv::ReadResult onlyHeader = read(header);
        QVERIFY(onlyHeader.readable);
        QVERIFY(onlyHeader.cases.isEmpty());
        QVERIFY(onlyHeader.problems.isEmpty());
        // Binary garbage.
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919 + 13) % 256);
        const RegisterCsv::ReadResult g = read(garbage);
        QVERIFY(!g.readable);
        QVERIFY(!g.error.isEmpty());
        // Text that is not a register.
        const RegisterCsv::ReadResult notRegister = read("a,b,c\n1,2,3\n");
        QVERIFY(!notRegister.readable);
        QVERIFY(notRegister.error.contains(QLatin1String("not a case register")));
        // A huge field.
        const QByteArray huge = row({{QStringLiteral("uraian"),
                                      QString(RegisterCsv::MaxFieldChars + 10, QLatin1Char('x'))}});
        expectRefused(header + huge, 2, QStringLiteral("uraian"), QStringLiteral("longer than"));
        // A quote never closed: the rows before it stand.
        const QByteArray open = header + row({{QStringLiteral("nomor"), QStringLiteral("ok")}}) +
                                row({{QStringLiteral("uraian"), QStringLiteral("\"tanpa akhir")}}) +
                                row();
        const RegisterCsv::ReadResult u = read(open);
        QVERIFY(u.readable);
        QCOMPARE(u.cases.size(), 1);
        QCOMPARE(u.problems.size(), 1);
        QCOMPARE(u.problems.at(0).line, 3);
        QVERIFY(u.problems.at(0).reason.contains(QLatin1String("never closed")));
        // Too many columns.
        QByteArray wide = "nomor";
        for (int i = 0; i < RegisterCsv::MaxColumns + 5; ++i)
            wide += ",k" + QByteArray::number(i);
        QVERIFY(!read(wide + "\n").readable);
        // More fields in a row than the header has.
        expectRefused(header + row().trimmed() + ",lebih\n", 2, QString(),
                      QStringLiteral("more fields than the header"));
        // Too large a file.
        QByteArray big(RegisterCsv::MaxFileBytes + 1, 'a');
        const RegisterCsv::ReadResult b = read(big);
        QVERIFY(!b.readable);
        QVERIFY(b.error.contains(QLatin1String("larger than")));
        const QString bigPath = m_dir.filePath(QStringLiteral("big.csv"));
        QFile f(bigPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
        f.close();
        big.clear();
        QVERIFY(!RegisterCsv::readFile(bigPath, importDay).readable);
        QFile::remove(bigPath);
    }

    // --- import and export -------------------------------------------------------------------

    void importSampleRegisters()
    {
        auto db = newFile();
        RegisterImport import(*db);
        const RegisterImport::Summary s = import.importFile(data("register-comma.csv"));
        for (const auto &p : s.refused)
            qWarning() << p.line << p.column << p.reason;
        QCOMPARE(s.added, 3);
        QVERIFY(s.refused.isEmpty());
        CaseRepository repo(*db);
        const std::optional<Case> c =
            repo.findByNumber(QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024"));
        QVERIFY(c);
        QCOMPARE(c->status, QStringLiteral("diteruskan"));
        QCOMPARE(c->registrationNumber, QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024"));
        QCOMPARE(c->registeredDate, QDate(2024, 10, 5));
        QCOMPARE(c->decidedDate, QDate(2024, 10, 10));
        QCOMPARE(c->forwardedTo, QStringLiteral("BKN"));
        QCOMPARE(c->reported().size(), 2);
        const std::optional<FollowUp> f =
            LedgerRepository(repo.database()).followUp(c->reported().at(0).id);
        QVERIFY(f);
        QCOMPARE(f->recommendationNumber, QStringLiteral("R-1201/BKN/10/2024"));
        QCOMPARE(f->sanctionImposed, QStringLiteral("moral_terbuka"));
        const std::optional<Case> t =
            repo.findByNumber(QStringLiteral("002/TM/PB/Kab/33.11/X/2024"));
        QVERIFY(t);
        QCOMPARE(t->status, QStringLiteral("diterima"));
        QVERIFY(t->registrationNumber.isEmpty());

        const RegisterImport::Summary semi = import.importFile(data("register-semicolon.csv"));
        QCOMPARE(semi.added, 2);
        QCOMPARE(semi.unknownColumns, QStringList{QStringLiteral("Keterangan")});
        QCOMPARE(repo.findByNumber(QStringLiteral("011/LP/PB/Kab/33.12/XI/2024"))->status,
                 QStringLiteral("tidak_diregistrasi"));

        const RegisterImport::Summary errors = import.importFile(data("register-errors.csv"));
        QCOMPARE(errors.added, 1);
        QCOMPARE(errors.refusedCases, 5);

        // Twice: nothing more, with and without numbers.
        const qint64 before = repo.count({});
        for (const char *file :
             {"register-comma.csv", "register-semicolon.csv", "register-errors.csv"}) {
            const RegisterImport::Summary again = import.importFile(data(file));
            QCOMPARE(again.added, 0);
        }
        QCOMPARE(repo.count({}), before);
        QVERIFY2(FileCheck::run(*db).ok(),
                 qPrintable(FileCheck::run(*db).problems.join(QLatin1Char('\n'))));
    }

    void notRegisteredWithoutDecisionDate()
    {
        // The layout asks tanggal_putusan only of a decision to forward or stop: a case that was
        // not registered comes in with the date of that decision unknown, never invented.
        auto db = newFile();
        QVERIFY(TestSupport::addCliUsers(*db));
        QString error;
        QVERIFY2(UserRepository(*db).login(QStringLiteral("koordinator"),
                                           QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
        const QByteArray text =
            header + row({{QStringLiteral("nomor"), QStringLiteral("TDR-1")},
                          {QStringLiteral("status"), QStringLiteral("tidak_diregistrasi")},
                          {QStringLiteral("tanggal_registrasi"), QString()},
                          {QStringLiteral("tanggal_putusan"), QString()},
                          {QStringLiteral("rekomendasi_nomor"), QString()},
                          {QStringLiteral("rekomendasi_tanggal"), QString()},
                          {QStringLiteral("sanksi_rekomendasi"), QString()},
                          {QStringLiteral("tindak_lanjut_tanggal"), QString()},
                          {QStringLiteral("sanksi_dijatuhkan"), QString()}});
        const RegisterCsv::ReadResult r = read(text);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).reason));
        const RegisterImport::Summary s = RegisterImport(*db).importData(text);
        QVERIFY2(s.refused.isEmpty(), qPrintable(s.refused.value(0).reason));
        QCOMPARE(s.added, 1);
        const std::optional<Case> c =
            CaseRepository(*db).load(CaseRepository(*db).findByNumber(QStringLiteral("TDR-1"))->id);
        QVERIFY(c);
        QCOMPARE(c->status, QStringLiteral("tidak_diregistrasi"));
        QVERIFY(!c->decidedDate.isValid()); // unknown
        QVERIFY(!c->decisionReason.isEmpty());
        QVERIFY2(StatusMachine::invariantErrors(*c).isEmpty(),
                 qPrintable(StatusMachine::invariantErrors(*c).join(QLatin1Char(' '))));
        // A step taken in the desk still needs its date; the unknown date is for the register.
        Step s2;
        s2.kind = Step::Kind::NotRegister;
        s2.reason = QStringLiteral("x");
        Case open = *c;
        open.status = QStringLiteral("diterima");
        QVERIFY(!StatusMachine::refusal(open, s2, *ProfileRegistry::shipped().find(c->profileId),
                                        db->calendar(), importDay)
                     .isEmpty());
        // The file checks clean, and the export writes the date as it is known: not at all.
        const QString path = db->path();
        db.reset();
        const Run check = cli({QStringLiteral("check"), path});
        QVERIFY2(check.exit == 0, check.out + check.err);
        const QString out = m_dir.filePath(QStringLiteral("tdr.csv"));
        const Run exp = cli({QStringLiteral("export-csv"), path, QStringLiteral("--out"), out});
        QVERIFY2(exp.exit == 0, exp.err);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const RegisterCsv::ReadResult back = read(exported.readAll());
        QCOMPARE(back.cases.size(), 1);
        QCOMPARE(back.cases.at(0).data.status, QStringLiteral("tidak_diregistrasi"));
        QVERIFY(!back.cases.at(0).data.decidedDate.isValid());
    }

    void storeRefusalIsReportedAndOthersImported()
    {
        // Filed long after it became known: the status machine refuses the registration.
        auto db = newFile();
        QByteArray text = header;
        text += row({{QStringLiteral("nomor"), QStringLiteral("LATE")},
                     {QStringLiteral("tanggal_kejadian"), QStringLiteral("2024-08-01")},
                     {QStringLiteral("tanggal_diketahui"), QStringLiteral("2024-08-01")}});
        text += row({{QStringLiteral("nomor"), QStringLiteral("FINE")}});
        const RegisterImport::Summary s = RegisterImport(*db).importData(text);
        QCOMPARE(s.added, 1);
        QCOMPARE(s.refused.size(), 1);
        QCOMPARE(s.refused.at(0).line, 2);
        QCOMPARE(s.refused.at(0).column, QStringLiteral("status"));
        QVERIFY(!CaseRepository(*db).findByNumber(QStringLiteral("LATE")));
    }

    void cancelRollsBackEverything()
    {
        auto db = newFile();
        RegisterImport::Options o;
        o.progress = [](int done, int) { return done < 2; };
        const RegisterImport::Summary s =
            RegisterImport(*db).importFile(data("register-comma.csv"), o);
        QVERIFY(s.cancelled);
        QCOMPARE(s.added, 0);
        QCOMPARE(CaseRepository(*db).count({}), 0);
    }

    void dryRunWritesNothing()
    {
        auto db = newFile();
        const QString path = db->path();
        db.reset();
        const QByteArray before = sha(path);
        {
            QString error;
            auto ro = Database::open(path, Database::Mode::ReadOnly, &error);
            QVERIFY(ro);
            ro->setToday(importDay);
            RegisterImport::Options o;
            o.dryRun = true;
            const RegisterImport::Summary s =
                RegisterImport(*ro).importFile(data("register-comma.csv"), o);
            QVERIFY(s.dryRun);
            QCOMPARE(s.added, 3);
            QCOMPARE(CaseRepository(*ro).count({}), 0);
        }
        QCOMPARE(sha(path), before);
    }

    void confidentialReporterHiddenInExport()
    {
        auto db = newFile();
        QVERIFY(RegisterImport(*db).importFile(data("register-comma.csv")).added == 3);
        QBuffer hidden;
        hidden.open(QIODevice::WriteOnly);
        int count = 0;
        QString error;
        QVERIFY(RegisterExport(*db).exportTo(&hidden, {}, false, &count, &error));
        QCOMPARE(count, 3);
        QVERIFY(hidden.data().contains("[dirahasiakan],ya"));
        QVERIFY(!hidden.data().contains("Sri Wahyuni"));
        QVERIFY(hidden.data().contains("Budi Santoso,tidak"));
        QBuffer shown;
        shown.open(QIODevice::WriteOnly);
        QVERIFY(RegisterExport(*db).exportTo(&shown, {}, true, &count, &error));
        QVERIFY(shown.data().contains("Sri Wahyuni,ya"));
        QVERIFY(!shown.data().contains("[dirahasiakan]"));
        QVERIFY(shown.data().startsWith(RegisterCsv::columns().join(QLatin1Char(',')).toUtf8() +
                                        "\r\n"));
    }

    // For a spreadsheet: the XLSX register (dates as date cells, NIPs as text, labels in the
    // UI's language with the codes hidden beside them, a formula-like name kept as text, a
    // confidential reporter withheld) and the CSV for a spreadsheet set to Indonesian
    // (semicolons after a byte-order mark), which reads back as the standard CSV does.
    void spreadsheetRegisters()
    {
        auto db = newFile();
        QVERIFY(RegisterImport(*db).importFile(data("register-comma.csv")).added == 3);
        CaseRepository repo(*db);
        Case first = *repo.findByNumber(QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024"));
        const QString formula = QStringLiteral("=HYPERLINK(\"http://contoh.test\",\"klik\")");
        first.parties[1].name = formula;
        QString error;
        QVERIFY2(repo.save(first, &error), qPrintable(error));

        const QString xlsx = m_dir.filePath(QStringLiteral("register.xlsx"));
        int count = 0;
        QVERIFY2(RegisterExport(*db).exportFile(xlsx, {}, false, &count, &error,
                                                RegisterExport::Format::Xlsx),
                 qPrintable(error));
        QCOMPARE(count, 3);
        const auto member = [&xlsx](const char *name) {
            QProcess p;
            p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QLatin1String(name)});
            p.waitForFinished();
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString sheet = member("xl/worksheets/sheet1.xml");
        QStringList strings;
        const QRegularExpression si(QStringLiteral("<si><t[^>]*>(.*?)</t></si>"),
                                    QRegularExpression::DotMatchesEverythingOption);
        for (const auto &m : si.globalMatch(member("xl/sharedStrings.xml"))) {
            QString text = m.captured(1);
            text.replace(QLatin1String("&quot;"), QLatin1String("\""))
                .replace(QLatin1String("&lt;"), QLatin1String("<"))
                .replace(QLatin1String("&gt;"), QLatin1String(">"))
                .replace(QLatin1String("&amp;"), QLatin1String("&"));
            strings << text;
        }
        QVERIFY2(!sheet.isEmpty() && !strings.isEmpty(), qPrintable(xlsx));
        // Every cell by its reference: the text of a string cell, else the value and a mark.
        QHash<QString, QString> cells;
        const QRegularExpression cell(
            QStringLiteral("<c r=\"([A-Z]+\\d+)\"([^>]*)><v>([^<]*)</v></c>"));
        for (const auto &m : cell.globalMatch(sheet))
            cells.insert(m.captured(1), !m.captured(2).contains(QLatin1String("t=\"s\""))
                                            ? QStringLiteral("number:") + m.captured(3)
                                            : strings.value(m.captured(3).toInt()));
        // The header: the spec's columns, a hidden code column after each coded one.
        QCOMPARE(cells.value(QStringLiteral("A1")), QStringLiteral("nomor"));
        QCOMPARE(cells.value(QStringLiteral("B1")), QStringLiteral("jenis"));
        QCOMPARE(cells.value(QStringLiteral("C1")), QStringLiteral("jenis_kode"));
        QVERIFY(sheet.contains(QLatin1String("<col min=\"3\" max=\"3\" width=\"14.7109375\" "
                                             "hidden=\"1\"")));
        // The first row: the label of "laporan" shown, its code hidden; the received date
        // 2024-10-04 a date cell (Excel's day 45569) in a date format; the NIP as text.
        QCOMPARE(cells.value(QStringLiteral("B2")),
                 Codes::label(Codes::Kind::Source, QStringLiteral("laporan")));
        QCOMPARE(cells.value(QStringLiteral("C2")), QStringLiteral("laporan"));
        QCOMPARE(cells.value(QStringLiteral("I2")), QStringLiteral("number:45569"));
        QVERIFY(member("xl/styles.xml").contains(QLatin1String("formatCode=\"dd/mm/yyyy\"")));
        QCOMPARE(cells.value(QStringLiteral("M2")), QStringLiteral("19860926 201505 2 001"));
        // Never a formula; the formula-like name is text; the confidential reporter withheld.
        QVERIFY(!sheet.contains(QLatin1String("<f>")));
        QVERIFY2(strings.contains(QLatin1Char('\'') + formula), qPrintable(strings.join('|')));
        QVERIFY(strings.contains(RegisterCsv::hiddenName()));
        QVERIFY(!strings.join(QLatin1Char('|')).contains(QLatin1String("Sri Wahyuni")));

        // LibreOffice, where installed, reads it (as an officer's spreadsheet would).
        const QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (!office.isEmpty()) {
            QProcess lo;
            lo.start(office,
                     {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                      QStringLiteral("csv"), QStringLiteral("--outdir"), m_dir.path(), xlsx});
            QVERIFY(lo.waitForFinished(120000));
            QCOMPARE(lo.exitCode(), 0);
            QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("register.csv"))).size() > 0);
        }

        // The CSV for Excel set to Indonesian: a byte-order mark, semicolons, the same cases.
        const QString semicolons = m_dir.filePath(QStringLiteral("register-id.csv"));
        QVERIFY2(RegisterExport(*db).exportFile(semicolons, {}, false, &count, &error,
                                                RegisterExport::Format::SpreadsheetCsv),
                 qPrintable(error));
        QFile f(semicolons);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" +
                                 RegisterCsv::columns().join(QLatin1Char(';')).toUtf8() + "\r\n"));
        QBuffer commas;
        commas.open(QIODevice::WriteOnly);
        QVERIFY(RegisterExport(*db).exportTo(&commas, {}, false, &count, &error));
        const RegisterCsv::ReadResult a = read(bytes);
        const RegisterCsv::ReadResult b = read(commas.data());
        QVERIFY(a.readable && b.readable);
        QCOMPARE(a.cases.size(), 3);
        QCOMPARE(a.cases.size(), b.cases.size());
        QCOMPARE(a.rows, b.rows);
    }

    // A workbook that shows the confidential reporters logs each reveal as an XLSX export (not a
    // CSV one): the trail names the file that was written.
    void revealsLoggedWithTheFormatWritten()
    {
        auto db = newFile();
        QVERIFY(RegisterImport(*db).importFile(data("register-comma.csv")).added == 3);
        QString confidential;
        CaseRepository(*db).forEach({}, [&](const Case &c) {
            if (c.reporterConfidential)
                confidential = c.uuid;
            return true;
        });
        QVERIFY(!confidential.isEmpty());
        const auto reveals = [&] {
            QStringList purposes;
            for (const ChangeEntry &e : HistoryRepository(*db).history(confidential)) {
                if (e.action == QLatin1String("reveal"))
                    purposes << e.changes.value(QLatin1String("purpose")).toString();
            }
            return purposes;
        };
        QVERIFY(reveals().isEmpty());
        int count = 0;
        QString error;
        const QString xlsx = m_dir.filePath(QStringLiteral("shown.xlsx"));
        QVERIFY2(RegisterExport(*db).exportFile(xlsx, {}, true, &count, &error,
                                                RegisterExport::Format::Xlsx),
                 qPrintable(error));
        QCOMPARE(reveals(), QStringList{RegisterExport::tr("XLSX register export")});
        QVERIFY(reveals().constFirst().contains(QLatin1String("XLSX")));
        const QString csv = m_dir.filePath(QStringLiteral("shown.csv"));
        QVERIFY2(RegisterExport(*db).exportFile(csv, {}, true, &count, &error,
                                                RegisterExport::Format::SpreadsheetCsv),
                 qPrintable(error));
        QStringList both = reveals();
        both.sort();
        QCOMPARE(both, (QStringList{RegisterExport::tr("CSV register export"),
                                    RegisterExport::tr("XLSX register export")}));
    }

    void demoRoundTrip()
    {
        const QDate today(2026, 11, 23);
        auto source = newFile(today);
        DemoGenerator::Options o;
        o.cases = 250;
        o.seed = 11;
        o.regencies = {QStringLiteral("3311"), QStringLiteral("3312")};
        o.today = today;
        QString error;
        QVERIFY2(DemoGenerator(*source, o).run(&error), qPrintable(error));

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        int count = 0;
        QVERIFY(RegisterExport(*source).exportTo(&csv, {}, true, &count, &error));
        QCOMPARE(count, o.cases);

        auto target = newFile(today);
        const RegisterImport::Summary s = RegisterImport(*target).importData(csv.data());
        for (const auto &p : s.refused)
            qWarning() << p.line << p.column << p.reason;
        QVERIFY(s.refused.isEmpty());
        QCOMPARE(s.added, o.cases);
        QVERIFY2(FileCheck::run(*target).ok(),
                 qPrintable(FileCheck::run(*target).problems.join(QLatin1Char('\n'))));

        CaseRepository from(*source);
        CaseRepository to(*target);
        int compared = 0;
        from.forEach({}, [&](const Case &a) {
            const QString number =
                a.registrationNumber.isEmpty() ? a.receiptNumber : a.registrationNumber;
            const std::optional<Case> b = to.findByNumber(number);
            if (!b) {
                qWarning() << "missing" << number;
                return false;
            }
            const bool same =
                b->registrationNumber == a.registrationNumber && b->status == a.status &&
                b->source == a.source && b->election == a.election &&
                b->regencyCode == a.regencyCode && b->eventDate == a.eventDate &&
                b->knownDate == a.knownDate && b->receivedDate == a.receivedDate &&
                b->registeredDate == a.registeredDate && b->decidedDate == a.decidedDate &&
                b->reporterName == a.reporterName &&
                b->reporterConfidential == a.reporterConfidential &&
                b->violationCategory == a.violationCategory && b->description == a.description &&
                b->reported().size() == a.reported().size();
            if (!same) {
                qWarning() << "differs" << number;
                return false;
            }
            for (int i = 0; i < a.reported().size(); ++i) {
                const Party pa = a.reported().at(i);
                const Party pb = b->reported().at(i);
                if (pa.name != pb.name || QString(pa.nip).remove(QLatin1Char(' ')) != pb.nip ||
                    pa.positionTitle != pb.positionTitle ||
                    pa.positionCategory != pb.positionCategory || pa.agency != pb.agency) {
                    qWarning() << "person differs" << number << pa.name;
                    return false;
                }
                const FollowUp fa =
                    LedgerRepository(from.database()).followUp(pa.id).value_or(FollowUp());
                const FollowUp fb =
                    LedgerRepository(to.database()).followUp(pb.id).value_or(FollowUp());
                if (fa.recommendationNumber != fb.recommendationNumber ||
                    fa.recommendationDate != fb.recommendationDate ||
                    fa.sanctionRecommended != fb.sanctionRecommended ||
                    fa.ppkDecisionDate != fb.ppkDecisionDate ||
                    fa.sanctionImposed != fb.sanctionImposed) {
                    qWarning() << "follow-up differs" << number << pa.name;
                    return false;
                }
            }
            ++compared;
            return true;
        });
        QCOMPARE(compared, o.cases);

        // The export of the copy is the export of the original, byte for byte.
        QBuffer again;
        again.open(QIODevice::WriteOnly);
        QVERIFY(RegisterExport(*target).exportTo(&again, {}, true, &count, &error));
        QCOMPARE(again.data(), csv.data());
        // And a second import adds nothing.
        const RegisterImport::Summary twice = RegisterImport(*target).importData(csv.data());
        QCOMPARE(twice.added, 0);
        QCOMPARE(twice.skipped, o.cases);
    }

    // --- netra-cli ---------------------------------------------------------------------------

    void cliImportAndExport()
    {
        const QString file = m_dir.filePath(QStringLiteral("cli.netra"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--out"), file,
                      QStringLiteral("--cases"), QStringLiteral("0"), QStringLiteral("--quiet")})
                     .exit,
                 0);
        for (const char *command : {"import-csv", "export-csv"}) {
            const Run help = cli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(help.exit, 0);
            QVERIFY(help.out.contains("Usage:"));
        }
        // A dry run leaves the file as it was.
        const QByteArray before = sha(file);
        const Run dry = cli({QStringLiteral("import-csv"), file, data("register-errors.csv"),
                             QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(dry.exit, 0);
        QCOMPARE(dry.json().value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(dry.json().value(QStringLiteral("refused")).toArray().size(), 6);
        QCOMPARE(sha(file), before);

        const Run run = cli({QStringLiteral("import-csv"), file, data("register-errors.csv"),
                             QStringLiteral("--json")});
        QCOMPARE(run.exit, 0);
        const QJsonObject o = run.json();
        QCOMPARE(o.value(QStringLiteral("added")).toInt(), 1);
        const QJsonObject first = o.value(QStringLiteral("refused")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("column")).toString(),
                 QStringLiteral("tanggal_diterima"));
        QVERIFY(!first.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("unknown_columns")).toArray().isEmpty());

        const Run semi = cli({QStringLiteral("import-csv"), file, data("register-semicolon.csv")});
        QCOMPARE(semi.exit, 0);
        QCOMPARE(semi.json().value(QStringLiteral("unknown_columns")).toArray().at(0).toString(),
                 QStringLiteral("Keterangan"));

        // Nothing readable: exit 1; a missing argument: exit 2.
        const QString junk = m_dir.filePath(QStringLiteral("junk.csv"));
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write(QByteArray("\x00\xff\xfe garbage", 11));
        j.close();
        QCOMPARE(cli({QStringLiteral("import-csv"), file, junk}).exit, 1);
        QCOMPARE(cli({QStringLiteral("import-csv"), file}).exit, 2);

        // Export, filtered by regency.
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        const Run exp = cli({QStringLiteral("export-csv"), file, QStringLiteral("--out"), out,
                             QStringLiteral("--regency"), QStringLiteral("33.12")});
        QCOMPARE(exp.exit, 0);
        QCOMPARE(exp.json().value(QStringLiteral("cases")).toInt(), 2);
        QFile e(out);
        QVERIFY(e.open(QIODevice::ReadOnly));
        const QByteArray exported = e.readAll();
        QVERIFY(exported.contains("010/Reg/LP/PB/Kab/33.12/XI/2024"));
        QVERIFY(exported.contains("[dirahasiakan]"));
        QVERIFY(!exported.contains("Rahmat Hidayat"));
        const Run withIds = cli({QStringLiteral("export-csv"), file, QStringLiteral("--out"), out,
                                 QStringLiteral("--with-identities"), QStringLiteral("--from"),
                                 QStringLiteral("2024-11-10")});
        QCOMPARE(withIds.exit, 0);
        QCOMPARE(withIds.json().value(QStringLiteral("cases")).toInt(), 1);
        e.close();
        QVERIFY(e.open(QIODevice::ReadOnly));
        QVERIFY(e.readAll().contains("Rahmat Hidayat"));
        QCOMPARE(cli({QStringLiteral("export-csv"), file}).exit, 2);
    }
    // Inputs kept from fuzzing (scripts/fuzz.sh) and edge cases: each is read, refused with a
    // reason or accepted, never a crash (under the sanitizers of the fuzzer, never UB either).
    void fuzzRegressions()
    {
        const QDir dir(data("fuzz-regressions"));
        const QStringList files = dir.entryList({QStringLiteral("csv-*")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
            const RegisterCsv::ReadResult r = RegisterCsv::read(f.readAll(), QDate(2026, 1, 15));
            QVERIFY2(r.readable || !r.error.isEmpty(), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegisterCsv)
#include "TestRegisterCsv.moc"
