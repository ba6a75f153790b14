// The documents tab of a case, offscreen: which documents a case has at its stage, the paper,
// the confidential identity shown only when asked and only on office documents, PDF export.
#include "TestSupport.h"
#include "Translator.h"
#include "case/DocumentsPanel.h"
#include "store/SettingsRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QProcess>

class TestDocumentsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Case m_case;

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // Selects the first document whose list text contains `name` (documents keep their
    // Indonesian titles whatever the UI language).
    static bool select(QListWidget *list, const QString &name)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().contains(name, Qt::CaseInsensitive)) {
                list->setCurrentRow(i);
                return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translator::install(QStringLiteral("en"));
        m_db =
            TestSupport::openNew(m_dir.filePath(QStringLiteral("docs.netra")), QDate(2024, 10, 20));
        CaseRepository repo(*m_db);
        QString error;
        QVERIFY(SettingsRepository(repo.database())
                    .setSetting(QStringLiteral("office_name"),
                                QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO"),
                                &error));
        m_case = TestSupport::sampleCase();
        m_case.reporterConfidential = true;
        QVERIFY2(repo.create(m_case, &error), qPrintable(error));
    }

    void documentsFollowTheStage()
    {
        DocumentsPanel panel(*m_db);
        panel.setCase(m_case);
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("documentList"));
        QVERIFY(list->count() >= 2); // the report form and its receipt at least
        const int received = list->count();
        // After forwarding there are more documents (analysis, status notice, forwarding letter).
        CaseRepository repo(*m_db);
        QString error;
        for (Step::Kind k :
             {Step::Kind::Register, Step::Kind::StartAnalysis, Step::Kind::Forward}) {
            Step s;
            s.kind = k;
            s.date = QDate(2024, 10, 9);
            s.number =
                k == Step::Kind::Forward ? QStringLiteral("77/PP.01.00/K.JT-11/X/2024") : QString();
            QVERIFY2(repo.applyStep(m_case.id, s, &error), qPrintable(error));
        }
        m_case = *repo.load(m_case.id);
        panel.setCase(m_case);
        QVERIFY(list->count() > received);
        QVERIFY(select(list, QStringLiteral("Penerusan")));
    }

    void confidentialOnlyWhenAskedOnOfficeDocuments()
    {
        DocumentsPanel panel(*m_db);
        panel.setCase(m_case);
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("documentList"));
        auto *show = panel.findChild<QCheckBox *>(QStringLiteral("showConfidential"));
        const QString path = m_dir.filePath(QStringLiteral("out.pdf"));
        QString error;

        // The receipt goes out of the office: the box cannot be ticked, the name never shows.
        QVERIFY(select(list, QStringLiteral("Tanda Bukti")));
        QVERIFY(!show->isEnabled());
        QVERIFY2(panel.exportPdf(path, &error), qPrintable(error));
        QVERIFY(!pdfText(path).contains(QLatin1String("Budi Santoso")));
        QVERIFY(pdfText(path).contains(QLatin1String("[dirahasiakan]")));

        // The case summary is for the office: hidden by default, shown when asked.
        QVERIFY(select(list, QStringLiteral("Ringkasan")));
        QVERIFY(show->isEnabled());
        QVERIFY(!show->isChecked());
        QVERIFY2(panel.exportPdf(path, &error), qPrintable(error));
        QVERIFY(!pdfText(path).contains(QLatin1String("Budi Santoso")));
        show->setChecked(true);
        QVERIFY2(panel.exportPdf(path, &error), qPrintable(error));
        QVERIFY(pdfText(path).contains(QLatin1String("Budi Santoso")));
        QVERIFY(pdfText(path).contains(QLatin1String("KABUPATEN SUKOHARJO")));
    }

    // Every document of the case into a folder, one PDF each, reporting its progress up to the
    // total; cancelled half-way, the folder holds no PDF; no file name holds the confidential
    // reporter.
    void allDocumentsIntoAFolder()
    {
        DocumentsPanel panel(*m_db);
        panel.setCase(m_case);
        const int listed = panel.findChild<QListWidget *>(QStringLiteral("documentList"))->count();
        QVERIFY(listed >= 2);
        const QDir folder(m_dir.filePath(QStringLiteral("semua")));
        QVERIFY(QDir().mkpath(folder.path()));
        QString error;
        int count = 0;
        QList<QPair<qint64, qint64>> calls;
        QVERIFY(!panel.exportAllPdf(folder.path(), &error, &count, [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return done < total / 2 + 1;
        }));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
        QVERIFY(calls.size() >= 2);
        QCOMPARE(folder.entryList(QDir::Files), QStringList());

        calls.clear();
        QVERIFY2(panel.exportAllPdf(folder.path(), &error, &count,
                                    [&](qint64 done, qint64 total) {
                                        calls.append({done, total});
                                        return true;
                                    }),
                 qPrintable(error));
        QCOMPARE(count, listed);
        QCOMPARE(calls.first(), qMakePair(qint64(0), qint64(listed)));
        QCOMPARE(calls.last(), qMakePair(qint64(listed), qint64(listed)));
        for (int i = 1; i < calls.size(); ++i)
            QVERIFY(calls.at(i).first > calls.at(i - 1).first);
        const QStringList files = folder.entryList(QDir::Files);
        QCOMPARE(files.size(), listed);
        for (const QString &name : files) {
            QVERIFY2(name.endsWith(QLatin1String(".pdf")), qPrintable(name));
            QVERIFY2(!name.contains(QLatin1String("Budi")), qPrintable(name));
            QVERIFY2(!pdfText(folder.filePath(name)).contains(QLatin1String("Budi Santoso")),
                     qPrintable(name));
        }
    }

    void paperChoice()
    {
        DocumentsPanel panel(*m_db);
        panel.setCase(m_case);
        auto *paper = panel.findChild<QComboBox *>(QStringLiteral("paperCombo"));
        QVERIFY(select(panel.findChild<QListWidget *>(QStringLiteral("documentList")),
                       QStringLiteral("Ringkasan")));
        paper->setCurrentIndex(paper->findText(QStringLiteral("F4"), Qt::MatchContains));
        QCOMPARE(panel.paper(), PrintedDocument::Paper::F4);
        const QString path = m_dir.filePath(QStringLiteral("f4.pdf"));
        QString error;
        QVERIFY2(panel.exportPdf(path, &error), qPrintable(error));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        info.waitForFinished();
        const QString pages = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(pages.contains(QLatin1String("Page size:       609")), qPrintable(pages));
    }
};

QTEST_MAIN(TestDocumentsPanel)
#include "TestDocumentsPanel.moc"
