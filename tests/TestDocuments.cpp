// The printing pipeline: a document to PDF on A4 and F4, read back with pdftotext.
#include "TestSupport.h"
#include "documents/PrintedDocument.h"

#include <QGuiApplication>
#include <QProcess>

class TestDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), path, QStringLiteral("-")});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static QString pdfInfo(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {path});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // The first page's size in points, from pdfinfo.
    static QSizeF pageSize(const QString &path)
    {
        const QString line =
            pdfInfo(path).section(QLatin1String("Page size:"), 1).section(QLatin1Char('\n'), 0, 0);
        const QStringList parts = line.simplified().split(QLatin1Char(' '));
        return parts.size() >= 3 ? QSizeF(parts.at(0).toDouble(), parts.at(2).toDouble())
                                 : QSizeF();
    }

    static bool near(const QSizeF &a, const QSizeF &b)
    {
        return qAbs(a.width() - b.width()) < 1.5 && qAbs(a.height() - b.height()) < 1.5;
    }

    PrintedDocument sample(int paragraphs)
    {
        PrintedDocument d;
        d.title = QStringLiteral("Surat uji");
        d.formNumber = QStringLiteral("Model A.12");
        d.letterhead.office = QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO");
        d.letterhead.address = QStringLiteral("Jl. Jenderal Sudirman No. 1, Sukoharjo");
        QString body =
            QStringLiteral("<h1>PEMBERITAHUAN</h1><p>Pada hari %1 telah diterima laporan.</p>")
                .arg(PrintedDocument::longDate(QDate(2020, 6, 17)));
        for (int i = 0; i < paragraphs; ++i)
            body += QStringLiteral("<p>Paragraf %1: Terlapor mengunggah foto bersama pasangan "
                                   "calon di media sosial pada masa kampanye.</p>")
                        .arg(i + 1);
        d.bodyHtml = body;
        return d;
    }

private slots:
    void indonesianDates()
    {
        QCOMPARE(PrintedDocument::longDate(QDate(2020, 6, 17)),
                 QStringLiteral("Rabu, 17 Juni 2020"));
        QCOMPARE(PrintedDocument::date(QDate(2024, 8, 23)), QStringLiteral("23 Agustus 2024"));
        QCOMPARE(PrintedDocument::longDate(QDate(2020, 6, 17), QStringLiteral("en")),
                 QStringLiteral("Wednesday, 17 June 2020"));
    }

    void onePageWithLetterhead()
    {
        const QString path = m_dir.filePath(QStringLiteral("one.pdf"));
        QString error;
        QVERIFY2(sample(3).toPdf(path, PrintedDocument::Paper::A4, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QLatin1String("KABUPATEN SUKOHARJO")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Model A.12")));
        QVERIFY(text.contains(QLatin1String("Rabu, 17 Juni 2020")));
        QVERIFY(text.contains(QLatin1String("Halaman 1 dari 1")));
        QVERIFY(pdfInfo(path).contains(QLatin1String("Pages:           1")));
        QVERIFY2(near(pageSize(path), QSizeF(595.3, 841.9)), qPrintable(pdfInfo(path))); // A4
    }

    void manyPagesNumbered()
    {
        const QString path = m_dir.filePath(QStringLiteral("many.pdf"));
        QString error;
        QVERIFY2(sample(80).toPdf(path, PrintedDocument::Paper::F4, &error), qPrintable(error));
        const QString info = pdfInfo(path);
        const int pages = info.section(QLatin1String("Pages:"), 1)
                              .section(QLatin1Char('\n'), 0, 0)
                              .trimmed()
                              .toInt();
        QVERIFY2(pages >= 2, qPrintable(info));
        // F4 is 215 × 330 mm: 609.4 × 935.4 points.
        QVERIFY2(near(pageSize(path), QSizeF(609.4, 935.4)), qPrintable(info));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Halaman %1 dari %1").arg(pages)));
        QVERIFY(text.contains(QLatin1String("Paragraf 80")));
    }

    void unwritablePathIsReported()
    {
        QString error;
        QVERIFY(!sample(1).toPdf(QStringLiteral("/proc/netra/cannot.pdf"),
                                 PrintedDocument::Paper::A4, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestDocuments)
#include "TestDocuments.moc"
