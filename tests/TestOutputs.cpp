// Nothing written over the data, nothing read without bound (issue #18): every output refuses
// the open data file, its journal, its backups folder and links to them, and leaves nothing on
// a full disk; spreadsheet formulas are written as text and read back exactly; readers refuse
// pipes and devices and stop at their limits; a case holds at most 500 persons.
//
// The full disk is a small tmpfs in the test's own mount namespace (DiskSupport.h); where
// mounting is not permitted that test is skipped.
#include "DiskSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "dashboard/DashboardWindow.h"
#include "domain/CaseValidator.h"
#include "exchange/Package.h"
#include "exchange/PackageDialog.h"
#include "exchange/RecapExport.h"
#include "exchange/RegisterCsv.h"
#include "exchange/RegisterExport.h"
#include "exchange/SpreadsheetText.h"
#include "stats/Recap.h"
#include "store/CaseRepository.h"
#include "store/InputFile.h"
#include "store/OutputFile.h"
#include "store/PackageStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/resource.h>
#include <sys/stat.h>

class TestOutputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;   // the demo file
    QString m_number; // a case in it
    QString m_cannotMount;

    struct Run
    {
        int exit = -1;
        bool finished = false;
        QByteArray out;
        QByteArray err;
    };

    // netra-cli signed in as `user` (the demo's users, password demo12345).
    Run cli(const QStringList &args, const QString &user = QStringLiteral("koordinator"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NETRA_USER"), user);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NETRA_CLI), args);
        Run r;
        r.finished = p.waitForFinished(120000);
        if (!r.finished)
            p.kill();
        r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QByteArray sha(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        return hash.result();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The files in `dir`, but `except`.
    static QStringList filesIn(const QString &dir, const QString &except = QString())
    {
        QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
        files.removeAll(except);
        return files;
    }

    // A register with the spec's columns and `rows` (cells by column name).
    static QByteArray registerCsv(const QList<QHash<QString, QString>> &rows)
    {
        QStringList lines{RegisterCsv::columns().join(QLatin1Char(','))};
        for (const auto &row : rows) {
            QStringList cells;
            for (const QString &column : RegisterCsv::columns()) {
                QString v = row.value(column);
                if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')))
                    v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                        QLatin1Char('"');
                cells << v;
            }
            lines << cells.join(QLatin1Char(','));
        }
        return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
    }

    static QHash<QString, QString> registerRow(const QString &number)
    {
        return {{QStringLiteral("nomor"), number},
                {QStringLiteral("jenis"), QStringLiteral("laporan")},
                {QStringLiteral("pemilihan"), QStringLiteral("pilkada")},
                {QStringLiteral("kabupaten_kode"), QStringLiteral("3311")},
                {QStringLiteral("tanggal_diterima"), QStringLiteral("2024-10-07")},
                {QStringLiteral("pelapor_nama"), QStringLiteral("Budi Santoso")},
                {QStringLiteral("pelapor_rahasia"), QStringLiteral("tidak")},
                {QStringLiteral("terlapor_nama"), QStringLiteral("Siti Rahmawati")},
                {QStringLiteral("kategori_jabatan"), QStringLiteral("pelaksana")},
                {QStringLiteral("kategori_pelanggaran"), QStringLiteral("media_sosial")},
                {QStringLiteral("status"), QStringLiteral("diterima")}};
    }

    static qint64 peakMemoryKiB()
    {
        struct rusage usage;
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_maxrss;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translator::install(QStringLiteral("en"));
        m_cannotMount = DiskSupport::enterMountNamespace(path(QStringLiteral("probe")));
        m_data = path(QStringLiteral("d.netra"));
        Run r = cli({QStringLiteral("demo"), QStringLiteral("--out"), m_data,
                     QStringLiteral("--cases"), QStringLiteral("30"), QStringLiteral("--seed"),
                     QStringLiteral("7"), QStringLiteral("--today"), QStringLiteral("2026-11-23"),
                     QStringLiteral("--quiet")});
        QCOMPARE(r.exit, 0);
        r = cli({QStringLiteral("cases"), m_data, QStringLiteral("--json")});
        QCOMPARE(r.exit, 0);
        const QJsonObject first = QJsonDocument::fromJson(r.out).array().first().toObject();
        m_number = first.value(QStringLiteral("registration_number")).toString();
        if (m_number.isEmpty())
            m_number = first.value(QStringLiteral("receipt_number")).toString();
        QVERIFY(!m_number.isEmpty());
    }

    // netra-cli print … --out d.netra as the viewer: refused, the file byte for byte as it was.
    void printOverTheDataFileIsRefused()
    {
        const QByteArray before = sha(m_data);
        const Run r = cli({QStringLiteral("print"), m_data, QStringLiteral("--case"), m_number,
                           QStringLiteral("--document"), QStringLiteral("summary"),
                           QStringLiteral("--out"), m_data},
                          QStringLiteral("pemantau"));
        QVERIFY2(r.exit != 0, r.err.constData());
        QVERIFY2(r.err.contains("is the data file that is open"), r.err.constData());
        QCOMPARE(sha(m_data), before);

        // --all into the backups folder: refused before the folder is even made.
        const QString backups = path(QStringLiteral("d-backups"));
        const Run all = cli({QStringLiteral("print"), m_data, QStringLiteral("--case"), m_number,
                             QStringLiteral("--all"), QStringLiteral("--out"),
                             backups + QStringLiteral("/docs")},
                            QStringLiteral("pemantau"));
        QVERIFY(all.exit != 0);
        QVERIFY2(all.err.contains("backups folder"), all.err.constData());
        QVERIFY(!QFileInfo::exists(backups + QStringLiteral("/docs")));
        QCOMPARE(sha(m_data), before);
    }

    // export-csv --out d.netra, its journal or a hard link to it: refused, the file unchanged.
    void exportCsvOverTheDataFileIsRefused()
    {
        const QByteArray before = sha(m_data);
        const QString hardLink = path(QStringLiteral("register.csv"));
        QVERIFY(::link(QFile::encodeName(m_data).constData(),
                       QFile::encodeName(hardLink).constData()) == 0);
        const struct
        {
            QString out;
            const char *says;
        } targets[] = {
            {m_data, "is the data file that is open"},
            {m_data + QStringLiteral("-wal"), "its journal or its lock"},
            {m_data + QStringLiteral(".lock"), "its journal or its lock"},
            {hardLink, "is a link to the data file"},
        };
        for (const auto &t : targets) {
            const Run r =
                cli({QStringLiteral("export-csv"), m_data, QStringLiteral("--out"), t.out},
                    QStringLiteral("pemantau"));
            QVERIFY2(r.exit != 0, qPrintable(t.out));
            QVERIFY2(r.err.contains(t.says), r.err.constData());
            QCOMPARE(sha(m_data), before);
        }
        QVERIFY(!QFileInfo::exists(m_data + QStringLiteral(".lock")));
        QFile::remove(hardLink);
    }

    // export through a symbolic link to the data file, or into its backups folder (also through
    // a linked folder): refused, nothing written.
    void exportThroughALinkOrIntoBackupsIsRefused()
    {
        const QByteArray before = sha(m_data);
        const QString link = path(QStringLiteral("cases.netrapkg"));
        QVERIFY(QFile::link(m_data, link));
        Run r = cli({QStringLiteral("export"), m_data, QStringLiteral("--out"), link});
        QVERIFY(r.exit != 0);
        QVERIFY2(r.err.contains("is a link to the data file"), r.err.constData());
        QCOMPARE(sha(m_data), before);
        QVERIFY(QFileInfo(link).isSymLink());

        const QString backups = path(QStringLiteral("d-backups"));
        QVERIFY(QDir().mkpath(backups));
        const QString linkedFolder = path(QStringLiteral("usb"));
        QVERIFY(QFile::link(backups, linkedFolder));
        for (const QString &out : {backups + QStringLiteral("/cases.netrapkg"),
                                   linkedFolder + QStringLiteral("/cases.netrapkg")}) {
            r = cli({QStringLiteral("export"), m_data, QStringLiteral("--out"), out});
            QVERIFY2(r.exit != 0, qPrintable(out));
            QVERIFY2(r.err.contains("backups folder"), r.err.constData());
        }
        QVERIFY(filesIn(backups).isEmpty());
        QCOMPARE(sha(m_data), before);
    }

    // A pipe is not replaced by a file; a link to a file of one's own writes that file.
    void outputsReplaceOnlyRegularFiles()
    {
        const QString fifo = path(QStringLiteral("out.csv"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        Run r = cli({QStringLiteral("export-csv"), m_data, QStringLiteral("--out"), fifo});
        QVERIFY(r.exit != 0);
        QVERIFY2(r.err.contains("not a regular file"), r.err.constData());
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());

        const QString real = path(QStringLiteral("mine.csv"));
        const QString link = path(QStringLiteral("mine-link.csv"));
        QFile f(real);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old\n");
        f.close();
        QVERIFY(QFile::link(real, link));
        r = cli({QStringLiteral("export-csv"), m_data, QStringLiteral("--out"), link});
        QCOMPARE(r.exit, 0);
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(QFileInfo(real).size() > 100);
        // No temporary file left beside it.
        for (const QString &name : filesIn(m_dir.path()))
            QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
    }

    // print, export-csv and export onto a full disk: exit non-zero, "the disk is full", and no
    // file left, neither empty nor cut. With room again, print works.
    void fullDiskLeavesNoFile()
    {
        if (!m_cannotMount.isEmpty())
            QSKIP(qPrintable(m_cannotMount));
        const QString dir = path(QStringLiteral("full"));
        DiskSupport::Mount mount(dir, "size=4m");
        QVERIFY2(mount.mounted(), qPrintable(mount.error()));
        const QString filler = dir + QStringLiteral("/filler");
        QVERIFY(DiskSupport::fillDisk(filler) > 0);

        const QList<QStringList> commands = {
            {QStringLiteral("print"), m_data, QStringLiteral("--case"), m_number,
             QStringLiteral("--document"), QStringLiteral("summary"), QStringLiteral("--out"),
             dir + QStringLiteral("/summary.pdf")},
            {QStringLiteral("print"), m_data, QStringLiteral("--case"), m_number,
             QStringLiteral("--all"), QStringLiteral("--out"), dir},
            {QStringLiteral("export-csv"), m_data, QStringLiteral("--out"),
             dir + QStringLiteral("/register.csv")},
            {QStringLiteral("export"), m_data, QStringLiteral("--out"),
             dir + QStringLiteral("/cases.netrapkg")},
        };
        for (const QStringList &command : commands) {
            const Run r = cli(command);
            QVERIFY2(r.exit != 0, qPrintable(command.first()));
            QVERIFY2(r.err.contains("The disk is full"), r.err.constData());
            QVERIFY2(!r.err.contains("Unknown error"), r.err.constData());
            QCOMPARE(filesIn(dir, QStringLiteral("filler")), QStringList());
        }

        QVERIFY(QFile::remove(filler));
        const Run r = cli(commands.first());
        QVERIFY2(r.exit == 0, r.err.constData());
        QFile pdf(dir + QStringLiteral("/summary.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("summary.pdf")});
    }

    // The door itself, in the program: every data file open is guarded while open, and only
    // then.
    void openDataFilesAreGuarded()
    {
        const QString file = path(QStringLiteral("guarded.netra"));
        {
            auto db = TestSupport::openNew(file);
            QVERIFY(db);
            QVERIFY(!OutputFile::refusal(file).isEmpty());
            QString error;
            QVERIFY(!OutputFile::save(file + QStringLiteral("-shm"), "x", &error));
            QVERIFY2(error.contains(QLatin1String("its journal or its lock")), qPrintable(error));
            QVERIFY(OutputFile::save(path(QStringLiteral("beside.txt")), "x", &error));
        }
        QVERIFY(OutputFile::refusal(file + QStringLiteral("-shm")).isEmpty());
    }

    // The desktop's outputs (chart PNG and PDF, recap XLSX and CSV, CSV register, package) go
    // through the same door: the open data file and its journal are refused, the file unchanged.
    void desktopOutputsRefuseTheDataFile()
    {
        const QString file = path(QStringLiteral("desk.netra"));
        auto db = TestSupport::openNew(file);
        QVERIFY(db);
        CaseRepository repo(*db);
        Case c = TestSupport::sampleCase();
        QString error;
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        const QByteArray before = sha(file);
        const QString wal = file + QStringLiteral("-wal");

        DashboardWindow dashboard(*db);
        QVERIFY(!dashboard.saveChartsPng(file, &error));
        QVERIFY2(error.contains(QLatin1String("is the data file that is open")), qPrintable(error));
        QVERIFY(!dashboard.saveChartsPdf(wal, &error));
        QVERIFY2(error.contains(QLatin1String("its journal or its lock")), qPrintable(error));

        const Recap recap = Recap::compute(*db, CaseFilter());
        QVERIFY(!RecapExport::toXlsx(recap, file, &error));
        QVERIFY(!RecapExport::toCsv(recap, file, &error));
        int count = 0;
        QVERIFY(!RegisterExport(*db).exportFile(file, CaseFilter(), false, &count, &error));
        QVERIFY2(error.contains(QLatin1String("is the data file that is open")), qPrintable(error));

        PackageExportDialog dialog(*db);
        dialog.setFile(file);
        QVERIFY(!dialog.write(&error));
        QVERIFY2(error.contains(QLatin1String("is the data file that is open")), qPrintable(error));
        QCOMPARE(sha(file), before);

        // Elsewhere they are written whole.
        QVERIFY2(dashboard.saveChartsPng(path(QStringLiteral("charts.png")), &error),
                 qPrintable(error));
        QVERIFY2(dashboard.saveChartsPdf(path(QStringLiteral("charts.pdf")), &error),
                 qPrintable(error));
        QVERIFY2(RecapExport::toXlsx(recap, path(QStringLiteral("recap-desk.xlsx")), &error),
                 qPrintable(error));
        dialog.setFile(path(QStringLiteral("desk.netrapkg")));
        QVERIFY2(dialog.write(&error), qPrintable(error));
    }

    // Cells a spreadsheet would run are written with a quote, read back without it: an
    // import-csv then export-csv then import-csv keeps every value, phone numbers included.
    void spreadsheetFormulasAreWrittenAsText()
    {
        const QStringList hostile = {QStringLiteral("=HYPERLINK(\"http://x\")"),
                                     QStringLiteral("+cmd|' /C calc'!A0"),
                                     QStringLiteral("@SUM(1+1)"), QStringLiteral("-2+3"),
                                     QStringLiteral("+62 812 3456 7890")};
        QList<QHash<QString, QString>> rows;
        for (int i = 0; i < hostile.size(); ++i) {
            QHash<QString, QString> row = registerRow(QStringLiteral("%1/LP/2024").arg(i + 1));
            row.insert(QStringLiteral("pelapor_nama"), hostile.at(i));
            row.insert(QStringLiteral("terlapor_nama"), hostile.at(i));
            row.insert(QStringLiteral("instansi"), hostile.at(i));
            row.insert(QStringLiteral("uraian"), hostile.at(i));
            rows << row;
        }
        const QString in = path(QStringLiteral("hostile.csv"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(registerCsv(rows));
        f.close();

        const QString file = path(QStringLiteral("formulas.netra"));
        {
            auto db = TestSupport::openNew(file, QDate(2026, 11, 23));
            QVERIFY(db && TestSupport::addCliUsers(*db));
        }
        Run r = cli({QStringLiteral("import-csv"), file, in});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("added")).toInt(),
                 int(hostile.size()));
        // Stored as typed: the quote belongs to the spreadsheet, not to the case.
        {
            QString error;
            auto db = Database::open(file, Database::Mode::ReadOnly, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT agency FROM parties ORDER BY agency")));
            QStringList agencies;
            while (q.next())
                agencies << q.value(0).toString();
            QStringList expected = hostile;
            expected.sort();
            QCOMPARE(agencies, expected);
        }

        const QString out = path(QStringLiteral("formulas-out.csv"));
        r = cli({QStringLiteral("export-csv"), file, QStringLiteral("--out"), out});
        QVERIFY2(r.exit == 0, r.err.constData());
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        // No cell starts with a formula character: each one has its quote.
        for (QByteArray line : bytes.split('\n')) {
            if (line.endsWith('\r'))
                line.chop(1);
            for (const QByteArray &cell : line.split(',')) {
                const QByteArray c = cell.startsWith('"') ? cell.mid(1) : cell;
                QVERIFY2(c.isEmpty() || !QByteArray("=+-@\t\r").contains(c.at(0)), c.constData());
            }
        }
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QVERIFY(bytes.contains("'+cmd|' /C calc'!A0"));
        QVERIFY(bytes.contains("'@SUM(1+1)"));
        QVERIFY(bytes.contains("'-2+3"));
        QVERIFY(bytes.contains("'+62 812 3456 7890"));

        // Read back: exactly the values typed.
        const RegisterCsv::ReadResult back = RegisterCsv::read(bytes, QDate(2026, 11, 23));
        QVERIFY2(back.readable, qPrintable(back.error));
        QStringList names;
        for (const RegisterCsv::ParsedCase &pc : back.cases) {
            QCOMPARE(pc.data.reporterName, pc.data.parties.first().name);
            QCOMPARE(pc.data.description, pc.data.parties.first().agency);
            names << pc.data.reporterName;
        }
        names.sort();
        QStringList expected = hostile;
        expected.sort();
        QCOMPARE(names, expected);

        // A value that itself starts with quotes before a formula character keeps them.
        for (const QString &typed :
             {QStringLiteral("'=already quoted"), QStringLiteral("''+62"), QStringLiteral("'plain"),
              QStringLiteral("-"), QStringLiteral("\tTab"), QStringLiteral("plain")}) {
            QCOMPARE(SpreadsheetText::unprotect(SpreadsheetText::protect(typed)), typed);
            QVERIFY(!SpreadsheetText::isFormulaStart(SpreadsheetText::protect(typed).at(0)));
        }

        // The recap's CSV and XLSX follow the same rule.
        Recap recap;
        Recap::Row row;
        row.regencyCode = QStringLiteral("3311");
        row.regencyName = QStringLiteral("=1+2");
        recap.rows << row;
        recap.total.regencyName = QStringLiteral("Jumlah");
        QVERIFY(RecapExport::csv(recap).contains(",'=1+2,"));
        const QString xlsx = path(QStringLiteral("recap.xlsx"));
        QString error;
        QVERIFY2(RecapExport::toXlsx(recap, xlsx, &error), qPrintable(error));
        QProcess unzip;
        unzip.start(QStringLiteral("python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import sys,zipfile; sys.stdout.buffer.write(zipfile.ZipFile("
                                    "sys.argv[1]).read('xl/sharedStrings.xml'))"),
                     xlsx});
        QVERIFY(unzip.waitForFinished());
        const QByteArray strings = unzip.readAllStandardOutput();
        QVERIFY2(strings.contains("<t>'=1+2</t>"), strings.constData());
    }

    // netra-cli import FILE /dev/zero: a message, not std::bad_alloc.
    void importOfADeviceIsRefused()
    {
        const QByteArray before = sha(m_data);
        const Run r = cli({QStringLiteral("import"), m_data, QStringLiteral("/dev/zero")});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("not a regular file"), r.err.constData());
        QVERIFY(!r.err.contains("bad_alloc"));
        QCOMPARE(sha(m_data), before);
    }

    // import-csv of a pipe returns with a message instead of waiting for a writer; so does a
    // device or a folder.
    void importCsvOfAPipeReturnsAtOnce()
    {
        const QString fifo = path(QStringLiteral("register-pipe.csv"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        for (const QString &source : {fifo, QStringLiteral("/dev/zero"), m_dir.path()}) {
            const Run r = cli({QStringLiteral("import-csv"), m_data, source});
            QVERIFY2(r.finished, qPrintable(source)); // it did not wait for a writer
            QCOMPARE(r.exit, 1);
            QVERIFY2(r.err.contains("not a regular file") || r.err.contains("is a folder"),
                     r.err.constData());
        }
        QByteArray data;
        QString error;
        QCOMPARE(InputFile::read(fifo, 1000, &data, &error), InputFile::Result::Refused);
        QVERIFY(data.isEmpty());
        QCOMPARE(InputFile::read(QStringLiteral("/dev/zero"), 1000, &data, &error),
                 InputFile::Result::Refused);
        QCOMPARE(InputFile::read(m_data, 1000, &data, &error), InputFile::Result::TooLarge);
        QVERIFY(data.isEmpty());

        // A backup to restore that is a pipe is refused without waiting on it.
        const Run r = cli({QStringLiteral("restore"), m_data, fifo}, QStringLiteral("admin"));
        QVERIFY(r.finished);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("not a regular file"), r.err.constData());
    }

    // A register over its 500,000 rows is refused as soon as the limit is passed, before any
    // row is checked or kept: the memory used stays far below what the rows would take.
    void registerOverTheRowLimitIsRefusedEarly()
    {
        QByteArray csv = "jenis,pemilihan,kabupaten_kode,tanggal_diterima,pelapor_nama,"
                         "terlapor_nama,kategori_jabatan,kategori_pelanggaran,status\n";
        csv.reserve(40 * 1024 * 1024);
        for (int i = 0; i <= RegisterCsv::MaxRows; ++i)
            csv += "laporan,pilkada,3311,2024-01-05,P " + QByteArray::number(i) + ",T " +
                   QByteArray::number(i) + ",pelaksana,media_sosial,diterima\n";
        QVERIFY(csv.size() < RegisterCsv::MaxFileBytes);
        const qint64 peakBefore = peakMemoryKiB();
        const RegisterCsv::ReadResult r = RegisterCsv::read(csv, QDate(2026, 11, 23));
        const qint64 grown = peakMemoryKiB() - peakBefore;
        QVERIFY(!r.readable);
        QVERIFY2(r.error.contains(QLatin1String("more than 500000 rows")), qPrintable(r.error));
        QVERIFY(r.cases.isEmpty());
        // Checking and keeping the rows took 4 GiB; the text and a count take a few hundred MiB.
        QVERIFY2(grown < 1024 * 1024, qPrintable(QString::number(grown)));
    }

    // A case holds at most 500 persons: the rule, the store, the register and the package.
    void aCaseHoldsAtMost500Persons()
    {
        Case c = TestSupport::sampleCase();
        const Party person = c.parties.first();
        while (c.parties.size() < CaseValidator::MaxParties)
            c.parties << person;
        QVERIFY(CaseValidator::errors(c, QDate(2024, 12, 31)).isEmpty());
        c.parties << person;
        const QStringList errors = CaseValidator::errors(c, QDate(2024, 12, 31));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("at most 500 persons")),
                 qPrintable(errors.first()));

        const QString file = path(QStringLiteral("persons.netra"));
        auto db = TestSupport::openNew(file);
        QVERIFY(db);
        CaseRepository repo(*db);
        QString error;
        QVERIFY(!repo.create(c, &error));
        QVERIFY2(error.contains(QLatin1String("at most 500 persons")), qPrintable(error));

        // The register: the case with 501 rows is refused at its 501st person, with why.
        QList<QHash<QString, QString>> rows;
        for (int i = 0; i <= CaseValidator::MaxParties; ++i) {
            QHash<QString, QString> row = registerRow(QStringLiteral("001/LP/2024"));
            row.insert(QStringLiteral("terlapor_nama"), QStringLiteral("Orang %1").arg(i + 1));
            rows << row;
        }
        rows << registerRow(QStringLiteral("002/LP/2024"));
        const RegisterCsv::ReadResult read =
            RegisterCsv::read(registerCsv(rows), QDate(2024, 12, 31));
        QVERIFY(read.readable);
        QCOMPARE(read.refusedCases, 1);
        QCOMPARE(read.cases.size(), 1);
        bool said = false;
        for (const RegisterCsv::Problem &p : read.problems)
            said = said || (p.line == CaseValidator::MaxParties + 2 &&
                            p.reason.contains(QLatin1String("more than 500 persons")));
        QVERIFY(said);

        // The package: a case given 501 persons outside Netra is refused with its reason.
        Case stored = TestSupport::sampleCase();
        QVERIFY2(repo.create(stored, &error), qPrintable(error));
        QSqlQuery q(db->sql());
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO parties (uuid, updated_at, case_id, position, role, name, nip,"
            " position_title, position_category, agency)"
            " SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||"
            " substr(lower(hex(randomblob(2))), 2) || '-a' || substr(lower(hex(randomblob(2))), 2)"
            " || '-' || lower(hex(randomblob(6))), updated_at, case_id, position + ?, role,"
            " name || ?, nip, position_title, position_category, agency"
            " FROM parties WHERE case_id = ? ORDER BY position LIMIT 1")));
        for (int i = 1; i <= CaseValidator::MaxParties; ++i) {
            q.bindValue(0, i);
            q.bindValue(1, QStringLiteral(" %1").arg(i));
            q.bindValue(2, stored.id);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        Package::Content content;
        QVERIFY2(PackageStore(*db).collect(CaseFilter(), false, false, &content, &error),
                 qPrintable(error));
        QCOMPARE(content.count(QStringLiteral("parties")), CaseValidator::MaxParties + 1);
        Package::Content readBack;
        QString reason;
        QVERIFY(!Package::read(Package::write(content), &readBack, &reason));
        QVERIFY2(reason.contains(QLatin1String("more than 500 persons")), qPrintable(reason));
    }
};

QTEST_MAIN(TestOutputs)
#include "TestOutputs.moc"
