// A writer for TestTrail to kill: a long run of writes into an existing data file, with a line on
// standard output after every commit, so that the test knows what was stored before the kill.
//
//   TrailWriter demo <file.netra> <seed> <cases per batch>
//       demo cases in small batches; after each batch "committed demo <cases done>"
//   TrailWriter import <file.netra> <first batch>
//       CSV registers of ImportBatchSize findings each, numbered from the batch number; after
//       each "committed import <batch>" (TrailWriter::importNumber gives the numbers)
//
// Both go on until they are killed (the demo stops after 100,000 cases).
#include "TrailWriter.h"
#include "demo/DemoGenerator.h"
#include "exchange/RegisterImport.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <cstdio>

namespace {

void committed(const char *kind, qint64 key)
{
    std::printf("committed %s %lld\n", kind, static_cast<long long>(key));
    std::fflush(stdout);
}

QByteArray importBatch(int batch)
{
    QByteArray csv("nomor,jenis,pemilihan,kabupaten_kode,tanggal_diketahui,tanggal_diterima,"
                   "terlapor_nama,kategori_jabatan,instansi,kategori_pelanggaran,uraian,status\n");
    for (int i = 0; i < TrailWriter::ImportBatchSize; ++i) {
        csv += TrailWriter::importNumber(batch, i).toUtf8();
        csv += ",temuan,pilkada,3311,2024-10-12,2024-10-14,";
        csv += QStringLiteral("Terlapor %1-%2").arg(batch).arg(i).toUtf8();
        csv += ",kepala_desa,Pemerintah Desa Sidorejo,kegiatan_berpihak,";
        csv += QStringLiteral("Temuan %1 nomor %2.").arg(batch).arg(i).toUtf8();
        csv += ",diterima\n";
    }
    return csv;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4 || (args.at(1) == QLatin1String("demo") && args.size() != 5)) {
        std::fprintf(stderr, "usage: TrailWriter demo <file> <seed> <batch>\n"
                             "       TrailWriter import <file> <first batch>\n");
        return 2;
    }
    QString error;
    auto db = Database::open(args.at(2), Database::Mode::OpenExisting, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (args.at(1) == QLatin1String("demo")) {
        DemoGenerator::Options o;
        o.cases = 100000;
        o.seed = args.at(3).toUInt();
        o.batch = args.at(4).toInt();
        o.today = QDate(2024, 12, 31);
        DemoGenerator generator(*db, o);
        const bool ok = generator.run(&error, [](int done) {
            committed("demo", done);
            return true;
        });
        if (!ok)
            std::fprintf(stderr, "%s\n", qPrintable(error));
        return ok ? 0 : 1;
    }
    if (args.at(1) == QLatin1String("import")) {
        db->setToday(QDate(2024, 12, 31));
        for (int batch = args.at(3).toInt();; ++batch) {
            const RegisterImport::Summary s = RegisterImport(*db).importData(importBatch(batch));
            if (!s.readable || s.refusedCases > 0 ||
                s.added + s.skipped != TrailWriter::ImportBatchSize) {
                std::fprintf(stderr, "batch %d: %s (added %d, skipped %d, refused %d)\n", batch,
                             qPrintable(s.error), s.added, s.skipped, s.refusedCases);
                for (const RegisterCsv::Problem &p : s.refused)
                    std::fprintf(stderr, "  %s\n", qPrintable(p.reason));
                return 1;
            }
            committed("import", batch);
        }
    }
    std::fprintf(stderr, "unknown kind: %s\n", qPrintable(args.at(1)));
    return 2;
}
