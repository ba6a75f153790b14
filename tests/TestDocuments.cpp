// The printing pipeline: a document to PDF on A4 and F4, read back with pdftotext.
#include "TestSupport.h"
#include "documents/PrintedDocument.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>

Q_DECLARE_METATYPE(PrintedDocument::Paper)

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

    // The first page's words with their boxes in points (pdftotext -bbox): word -> box.
    static QList<QPair<QString, QRectF>> words(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                 QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")});
        p.waitForFinished();
        const QString xml = QString::fromUtf8(p.readAllStandardOutput());
        static const QRegularExpression word(
            QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                           "yMax=\"([0-9.]+)\">([^<]*)</word>"));
        QList<QPair<QString, QRectF>> found;
        for (auto it = word.globalMatch(xml); it.hasNext();) {
            const auto m = it.next();
            found.append({m.captured(5),
                          QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                 QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
        }
        return found;
    }

    static QRectF box(const QList<QPair<QString, QRectF>> &words, const QString &text)
    {
        for (const auto &w : words) {
            if (w.first == text)
                return w.second;
        }
        return {};
    }

    // The rows (in points from the top) of the first page that are dark across most of its
    // width: the letterhead's rules and the borders of full-width tables. The page rendered
    // at 72 dpi by pdftoppm, one pixel a point.
    static QList<int> ruleRows(const QString &path)
    {
        const QString stem = path + QStringLiteral("-page");
        QProcess p;
        p.start(QStringLiteral("pdftoppm"),
                {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("72"),
                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("1"), QStringLiteral("-singlefile"), path, stem});
        p.waitForFinished();
        const QImage page(stem + QStringLiteral(".pgm"));
        QList<int> rows;
        for (int y = 0; y < page.height(); ++y) {
            int dark = 0;
            for (int x = 0; x < page.width(); ++x)
                dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
            if (dark > page.width() * 6 / 10)
                rows << y;
        }
        return rows;
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

    // The double rule lies between the letterhead and the letter, with a logo and without one
    // (a new office's file has none; the rule once crossed the letter's first line there).
    void letterheadRuleUnderTheLetterhead_data()
    {
        QTest::addColumn<bool>("logo");
        QTest::addColumn<PrintedDocument::Paper>("paper");
        QTest::newRow("no logo, A4") << false << PrintedDocument::Paper::A4;
        QTest::newRow("no logo, F4") << false << PrintedDocument::Paper::F4;
        QTest::newRow("logo, A4") << true << PrintedDocument::Paper::A4;
        QTest::newRow("logo, F4") << true << PrintedDocument::Paper::F4;
    }

    void letterheadRuleUnderTheLetterhead()
    {
        QFETCH(bool, logo);
        QFETCH(PrintedDocument::Paper, paper);
        PrintedDocument d = sample(3);
        d.letterhead.phone = QStringLiteral("(0271) 593120");
        d.letterhead.email = QStringLiteral("sekretariat@sukoharjo.example");
        if (logo) {
            QImage image(240, 240, QImage::Format_ARGB32);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setBrush(QColor(200, 40, 40));
            painter.drawEllipse(image.rect().adjusted(10, 10, -10, -10));
            painter.end();
            d.letterhead.logo = image;
        }
        const QString path =
            m_dir.filePath(QStringLiteral("rule-%1-%2.pdf").arg(logo ? 1 : 0).arg(int(paper)));
        QString error;
        QVERIFY2(d.toPdf(path, paper, &error), qPrintable(error));

        const auto found = words(path);
        const QRectF lastHeadLine = box(found, QStringLiteral("Pos-el:"));
        const QRectF formNumber = box(found, QStringLiteral("Model"));
        QVERIFY2(!lastHeadLine.isNull() && !formNumber.isNull(), "letterhead or form number");
        const QList<int> rows = ruleRows(path);
        QVERIFY2(!rows.isEmpty(), "no rule under the letterhead");
        // The double rule: the first dark rows, a thick rule and a thin one within 3 mm.
        const int top = rows.first();
        int bottom = top;
        for (int y : rows) {
            if (y - top <= 9)
                bottom = y;
        }
        QVERIFY2(bottom > top + 1, "a thick rule over a thin one");
        QVERIFY2(top > lastHeadLine.bottom(),
                 qPrintable(QStringLiteral("rule at %1 crosses the letterhead ending at %2")
                                .arg(top)
                                .arg(lastHeadLine.bottom())));
        QVERIFY2(bottom < formNumber.top(),
                 qPrintable(QStringLiteral("rule ending at %1 crosses the first line at %2")
                                .arg(bottom)
                                .arg(formNumber.top())));
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
