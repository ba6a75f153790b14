// The CSV import wizard and the package dialogs on real data files, offscreen.
#include "TestSupport.h"
#include "Translator.h"
#include "demo/DemoGenerator.h"
#include "exchange/ImportCsvWizard.h"
#include "exchange/PackageDialog.h"
#include "exchange/RegisterExport.h"
#include "store/CaseRepository.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

using namespace TestSupport;

class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath(const char *suffix = ".netra")
    {
        return m_dir.filePath(QStringLiteral("t%1").arg(++m_counter) + QLatin1String(suffix));
    }
    static qint64 cases(Database &db) { return CaseRepository(db).count(CaseFilter()); }
    static QString data(const char *name)
    {
        return QStringLiteral(NETRA_TEST_DATA "/") + QLatin1String(name);
    }
    static void demo(Database &db, int count)
    {
        DemoGenerator::Options o;
        o.cases = count;
        o.seed = 7;
        o.today = QDate::currentDate();
        QString error;
        QVERIFY2(DemoGenerator(db, o).run(&error), qPrintable(error));
    }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    // Runs the import page to its end.
    static void finish(ImportCsvWizard &w)
    {
        w.next();
        QCOMPARE(w.currentId(), int(ImportCsvWizard::ImportPage));
        QTRY_VERIFY_WITH_TIMEOUT(w.importDone(), 60000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void renamesHeader()
    {
        const QByteArray in = "\xEF\xBB\xBFNo. Register ; Jenis;x\r\n1;\"a;b\";2\r\n";
        QCOMPARE(RegisterCsv::headerNames(in),
                 (QStringList{QStringLiteral("No. Register"), QStringLiteral("Jenis"),
                              QStringLiteral("x")}));
        QCOMPARE(RegisterCsv::renameHeader(in, {QStringLiteral("nomor"), QStringLiteral("jenis")}),
                 QByteArray("nomor;jenis;x\n1;\"a;b\";2\r\n"));
        QCOMPARE(RegisterCsv::renameHeader(in, {QStringLiteral("nomor"), QString(), QString()}),
                 QByteArray("nomor;;\n1;\"a;b\";2\r\n"));
    }

    void importsSemicolonRegister()
    {
        auto db = openNew(newPath());
        ImportCsvWizard w(*db);
        QSignalSpy imported(&w, &ImportCsvWizard::imported);
        w.restart();
        w.setFile(data("register-semicolon.csv"));
        w.next();
        if (w.currentId() == ImportCsvWizard::MappingPage)
            w.next();
        QCOMPARE(w.currentId(), int(ImportCsvWizard::PreviewPage));
        const auto preview = w.previewSummary();
        QVERIFY2(preview.readable, qPrintable(preview.error));
        QVERIFY(preview.added > 0);
        QCOMPARE(cases(*db), qint64(0)); // a dry run
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("unknownColumns"))
                    ->text()
                    .contains(QStringLiteral("Keterangan")));
        finish(w);
        QCOMPARE(w.importSummary().added, preview.added);
        QCOMPARE(cases(*db), qint64(preview.added));
        QCOMPARE(imported.count(), 1);
    }

    void mapsAndRemembersHeaders()
    {
        const QString csv = m_dir.filePath(QStringLiteral("renamed.csv"));
        writeFile(csv, "No. Register,Jenis Laporan,pemilihan,kabupaten_kode,tanggal_diterima,"
                       "pelapor_nama,terlapor_nama,kategori_jabatan,kategori_pelanggaran,"
                       "Status\r\n"
                       "R-1,laporan,pilkada,3311,2024-10-07,Budi,Rudi,pelaksana,media_sosial,"
                       "diterima\r\n"
                       "R-2,laporan,pilkada,3311,2024-10-08,Budi,Ani,pelaksana,media_sosial,"
                       "diterima\r\n");
        {
            auto db = openNew(newPath());
            ImportCsvWizard w(*db);
            w.restart();
            w.setFile(csv);
            w.next();
            QCOMPARE(w.currentId(), int(ImportCsvWizard::MappingPage));
            QCOMPARE(w.findChild<QTableWidget *>(QStringLiteral("columnMapping"))->rowCount(), 10);
            const QStringList guessed = w.mapping();
            QCOMPARE(guessed.at(0), QString());
            QCOMPARE(guessed.at(1), QString());
            QCOMPARE(guessed.at(2), QStringLiteral("pemilihan"));
            QCOMPARE(guessed.at(9), QStringLiteral("status")); // case-insensitive
            w.setMapping(0, QStringLiteral("nomor"));
            w.setMapping(1, QStringLiteral("jenis"));
            w.next();
            QCOMPARE(w.currentId(), int(ImportCsvWizard::PreviewPage));
            QVERIFY2(w.previewSummary().refused.isEmpty(),
                     qPrintable(w.previewSummary().refused.value(0).reason));
            QCOMPARE(w.previewSummary().added, 2);
            finish(w);
            QCOMPARE(cases(*db), qint64(2));
            CaseFilter f;
            f.text = QStringLiteral("R-2");
            QCOMPARE(CaseRepository(*db).count(f), qint64(1));
        }
        // Next time the mapping is filled in as it was.
        auto db = openNew(newPath());
        ImportCsvWizard w(*db);
        w.restart();
        w.setFile(csv);
        w.next();
        QCOMPARE(w.currentId(), int(ImportCsvWizard::MappingPage));
        QCOMPARE(w.mapping().at(0), QStringLiteral("nomor"));
        QCOMPARE(w.mapping().at(1), QStringLiteral("jenis"));
    }

    void showsRefusedRows()
    {
        auto db = openNew(newPath());
        ImportCsvWizard w(*db);
        w.restart();
        w.setFile(data("register-errors.csv"));
        w.next();
        QCOMPARE(w.currentId(), int(ImportCsvWizard::PreviewPage));
        const auto preview = w.previewSummary();
        QVERIFY(!preview.refused.isEmpty());
        auto *table = w.findChild<QTableWidget *>(QStringLiteral("refusedRows"));
        QCOMPARE(table->rowCount(), int(preview.refused.size()));
        bool found = false;
        for (int i = 0; i < table->rowCount(); ++i) {
            if (table->item(i, 0)->data(Qt::DisplayRole).toInt() == 2 &&
                table->item(i, 1)->text() == QLatin1String("tanggal_diterima") &&
                !table->item(i, 2)->text().isEmpty())
                found = true;
        }
        QVERIFY(found); // 2024-02-30
        finish(w);
        QCOMPARE(cases(*db), qint64(preview.added));
    }

    void cancelLeavesNothing()
    {
        const QString csv = m_dir.filePath(QStringLiteral("large.csv"));
        {
            auto source = openNew(newPath(), QDate::currentDate());
            demo(*source, 40);
            int count = 0;
            QString error;
            QVERIFY2(RegisterExport(*source).exportFile(csv, CaseFilter(), true, &count, &error),
                     qPrintable(error));
            QCOMPARE(count, 40);
        }
        auto db = openNew(newPath(), QDate::currentDate());
        ImportCsvWizard w(*db);
        w.restart();
        w.setFile(csv);
        w.next();
        QCOMPARE(w.currentId(), int(ImportCsvWizard::PreviewPage));
        QVERIFY(w.previewSummary().added > 5);
        int calls = 0;
        connect(&w, &ImportCsvWizard::progressed, this, [&] {
            if (++calls == 1)
                w.findChild<QPushButton *>(QStringLiteral("cancelImport"))->click();
        });
        finish(w);
        QCOMPARE(calls, 1);
        QVERIFY(w.importSummary().cancelled);
        QCOMPARE(cases(*db), qint64(0));
    }

    // Cancel pressed in the progress dialog: an export writes no file, an import writes nothing.
    void cancelledPackageChangesNothing()
    {
        QVERIFY(Translator::install(QStringLiteral("id")));
        const auto english = qScopeGuard([] { Translator::install(QStringLiteral("en")); });
        const QString package = m_dir.filePath(QStringLiteral("batal.netrapkg"));
        auto source = openNew(newPath(), QDate::currentDate());
        demo(*source, 12);
        // Presses Cancel in the progress dialog of `parent` once it is there.
        QString label;
        const auto pressCancel = [&](QWidget *parent, QTimer *press) {
            press->setInterval(0);
            connect(press, &QTimer::timeout, parent, [&label, parent, press] {
                auto *d = parent->findChild<QProgressDialog *>(QStringLiteral("progressDialog"));
                if (!d)
                    return;
                label = d->labelText();
                if (const QString out = qEnvironmentVariable("NETRA_SCREENSHOT_DIR");
                    !out.isEmpty()) {
                    d->show();
                    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
                    d->grab().save(out + QStringLiteral("/progress-dialog.png"));
                }
                d->cancel();
                press->stop();
            });
            press->start();
        };
        {
            PackageExportDialog e(*source);
            e.setFile(package);
            QTimer press;
            pressCancel(&e, &press);
            QString error;
            QVERIFY(!e.write(&error));
            QCOMPARE(label, QStringLiteral("Membaca kasus untuk paket…"));
            QVERIFY(!QFile::exists(package));
            QString written;
            QVERIFY2(e.write(&written), qPrintable(written));
            QVERIFY(QFile::exists(package));
        }
        auto db = openNew(newPath(), QDate::currentDate());
        PackageImportDialog d(*db);
        QVERIFY2(d.setFile(package), qPrintable(d.reason()));
        QTimer press;
        label.clear();
        pressCancel(&d, &press);
        QVERIFY(!d.apply());
        QCOMPARE(label, QStringLiteral("Mengimpor paket…"));
        QCOMPARE(d.reason(), QStringLiteral("Impor dibatalkan; tidak ada yang ditulis."));
        QCOMPARE(cases(*db), qint64(0));
        QVERIFY2(d.apply(), qPrintable(d.reason()));
        QCOMPARE(cases(*db), qint64(12));
    }

    void importsPackage()
    {
        const QString package = m_dir.filePath(QStringLiteral("p.netrapkg"));
        auto source = openNew(newPath(), QDate::currentDate());
        demo(*source, 12);
        {
            PackageExportDialog e(*source);
            e.setFile(package);
            QString error;
            int count = 0;
            QVERIFY2(e.write(&error, &count), qPrintable(error));
            QCOMPARE(count, 12);
        }
        auto db = openNew(newPath(), QDate::currentDate());
        PackageImportDialog d(*db);
        QVERIFY2(d.setFile(package), qPrintable(d.reason()));
        QCOMPARE(d.plan().tables.value(QStringLiteral("cases")).added, 12);
        // Each table by what it holds, the cases first; no name of the file's tables.
        auto *counts = d.findChild<QTableWidget *>(QStringLiteral("planCounts"));
        QVERIFY(counts->rowCount() > 3);
        QCOMPARE(counts->item(0, 0)->text(), QStringLiteral("Cases"));
        QCOMPARE(counts->item(0, 1)->data(Qt::UserRole).toInt(), 12);
        for (int i = 0; i < counts->rowCount(); ++i) {
            const QString table = counts->item(i, 0)->text();
            QVERIFY2(!table.contains(QLatin1Char('_')) && table.at(0).isUpper(), qPrintable(table));
        }
        // Who made it and when, the year whole; no empty brackets for an office without a code.
        const QString status = d.findChild<QLabel *>(QStringLiteral("packageStatus"))->text();
        QVERIFY2(status.contains(QString::number(QDate::currentDate().year())), qPrintable(status));
        QVERIFY2(!status.contains(QLatin1String("()")), qPrintable(status));
        // No conflict: no conflicts' table, the counts take the room.
        QVERIFY(d.findChild<QTableWidget *>(QStringLiteral("conflicts"))->isHidden());
        QVERIFY(d.findChild<QWidget *>(QStringLiteral("conflictBar"))->isHidden());
        QCOMPARE(cases(*db), qint64(0)); // only a preview
        QVERIFY2(d.apply(), qPrintable(d.reason()));
        QCOMPARE(cases(*db), qint64(12));

        // The same package again changes nothing.
        PackageImportDialog again(*db);
        QVERIFY(again.setFile(package));
        QCOMPARE(again.plan().tables.value(QStringLiteral("cases")).added, 0);
        QCOMPARE(again.plan().tables.value(QStringLiteral("cases")).unchanged, 12);

        // The same case changed in both offices: a conflict, shown by the case's number and the
        // field's label, not by the record's uuid and the column's name.
        Case first = *CaseRepository(*db).load(1);
        QString error;
        for (Database *side : {source.get(), db.get()}) {
            side->setClock([side, &source] {
                return QDateTime::currentDateTimeUtc().addSecs(side == source.get() ? 60 : 120);
            });
            CaseRepository repo(*side);
            Case c = *repo.findByNumber(first.receiptNumber);
            c.description = side == db.get() ? QStringLiteral("mine") : QStringLiteral("theirs");
            QVERIFY2(repo.save(c, &error), qPrintable(error));
        }
        {
            PackageExportDialog e(*source);
            e.setFile(package);
            int count = 0;
            QVERIFY2(e.write(&error, &count), qPrintable(error));
        }
        PackageImportDialog conflicting(*db);
        QVERIFY(conflicting.setFile(package));
        auto *conflicts = conflicting.findChild<QTableWidget *>(QStringLiteral("conflicts"));
        QCOMPARE(conflicts->rowCount(), 1);
        QVERIFY(!conflicts->isHidden());
        QVERIFY(!conflicting.findChild<QWidget *>(QStringLiteral("conflictBar"))->isHidden());
        QCOMPARE(conflicts->item(0, 0)->text(), QStringLiteral("Cases"));
        QCOMPARE(conflicts->item(0, 1)->text(), first.registrationNumber.isEmpty()
                                                    ? first.receiptNumber
                                                    : first.registrationNumber);
        QCOMPARE(conflicts->item(0, 2)->text(), QStringLiteral("Description"));
    }

    void refusesDamagedPackage()
    {
        const QString package = m_dir.filePath(QStringLiteral("damaged.netrapkg"));
        auto source = openNew(newPath(), QDate::currentDate());
        demo(*source, 5);
        Package::Content content;
        QString error;
        QVERIFY(PackageStore(*source).collect(CaseFilter(), false, false, &content, &error));
        QByteArray bytes = Package::write(content);
        bytes[bytes.size() - 10] = bytes.at(bytes.size() - 10) == 'x' ? 'y' : 'x';
        writeFile(package, bytes);

        auto db = openNew(newPath(), QDate::currentDate());
        PackageImportDialog d(*db);
        QVERIFY(!d.setFile(package));
        QVERIFY(!d.reason().isEmpty());
        QVERIFY(
            d.findChild<QLabel *>(QStringLiteral("packageStatus"))->text().contains(d.reason()));
        QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("applyPackage"))->isEnabled());
        QVERIFY(!d.apply());
        QCOMPARE(cases(*db), qint64(0));
    }
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
