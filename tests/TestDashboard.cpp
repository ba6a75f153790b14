// The dashboard window offscreen: the charts render, the headline rate, a click on a bar asks for
// the register with the right filter, the regency filter changes the figures, the recap exports.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "XlsxSheet.h"
#include "common/Colours.h"
#include "dashboard/DashboardWindow.h"
#include "domain/Codes.h"
#include "stats/Stats.h"
#include "store/LedgerRepository.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTableWidget>
#include <QTextDocument>

class TestDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_single;

    // A case received on `received`, taken to `forward` when asked, with a follow-up for each
    // person: recommended for a sanction, and decided when `decided` says so.
    static void addCase(Database &db, const char *regency, const char *category,
                        const QDate &received, int persons, bool forward,
                        const QList<bool> &decided = {})
    {
        CaseRepository repo(db);
        Case c = TestSupport::sampleCase(received);
        c.regencyCode = QLatin1String(regency);
        c.violationCategory = QLatin1String(category);
        for (int i = 1; i < persons; ++i) {
            Party p;
            p.name = QStringLiteral("Terlapor %1").arg(i);
            p.positionCategory = QStringLiteral("pelaksana");
            p.agency = QStringLiteral("Dinas Kesehatan");
            c.parties << p;
        }
        QString error;
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        if (!forward)
            return;
        int day = 0;
        for (Step::Kind kind :
             {Step::Kind::Register, Step::Kind::StartAnalysis, Step::Kind::Forward}) {
            Step s;
            s.kind = kind;
            s.date = received.addDays(++day);
            if (kind == Step::Kind::Forward)
                s.number = QStringLiteral("045/PP.01.02/K.JT-11/X/2024");
            QVERIFY2(repo.applyStep(c.id, s, &error), qPrintable(error));
        }
        const QList<Party> reported = repo.load(c.id)->reported();
        for (int i = 0; i < decided.size(); ++i) {
            FollowUp f;
            f.partyId = reported.at(i).id;
            f.recommendationDate = received.addDays(20);
            f.sanctionRecommended = QStringLiteral("moral_terbuka");
            if (decided.at(i)) {
                f.ppkDecisionDate = received.addDays(30);
                f.sanctionImposed = f.sanctionRecommended;
            }
            QVERIFY2(LedgerRepository(repo.database()).saveFollowUp(f, c.id, &error),
                     qPrintable(error));
        }
    }

    static QSet<QRgb> colours(const QImage &image)
    {
        QSet<QRgb> set;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                set.insert(image.pixel(x, y));
        }
        return set;
    }

    static QBarSet *firstSet(DashboardWindow &w, const char *chart)
    {
        auto *view = w.findChild<QChartView *>(QLatin1String(chart));
        if (!view || view->chart()->series().isEmpty())
            return nullptr;
        auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
        return series && !series->barSets().isEmpty() ? series->barSets().first() : nullptr;
    }

    static qreal setSum(QBarSet *set)
    {
        qreal sum = 0;
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
        return sum;
    }

    std::unique_ptr<DashboardWindow> open(Database &db)
    {
        auto w = std::make_unique<DashboardWindow>(db);
        w->resize(1200, 1000);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("window not exposed");
        QApplication::processEvents();
        return w;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        QVERIFY(m_dir.isValid());
        m_db = TestSupport::openNew(m_dir.filePath(QStringLiteral("dash.netra")));
        QVERIFY(m_db);
        // Sukoharjo: two persons recommended, one decided; Wonogiri: one recommended, decided.
        addCase(*m_db, "3311", "media_sosial", QDate(2024, 9, 10), 2, true, {true, false});
        addCase(*m_db, "3311", "foto_bersama", QDate(2024, 10, 7), 1, false);
        addCase(*m_db, "3312", "media_sosial", QDate(2024, 10, 14), 1, true, {true});
        addCase(*m_db, "3312", "media_sosial", QDate(2024, 11, 4), 1, false);
        m_single = TestSupport::openNew(m_dir.filePath(QStringLiteral("single.netra")));
        QVERIFY(m_single);
        addCase(*m_single, "3311", "media_sosial", QDate(2024, 9, 10), 1, false);
    }

    void chartsRender()
    {
        auto w = open(*m_db);
        QCOMPARE(w->objectName(), QStringLiteral("dashboardWindow"));
        for (const char *name : {"chartCategories", "chartPositions", "chartAgencies",
                                 "chartFunnel", "chartMonthly", "chartRegencies"}) {
            auto *view = w->findChild<QChartView *>(QLatin1String(name));
            QVERIFY2(view, name);
            QVERIFY2(view->isVisible(), name);
            QCOMPARE(view->chart()->animationOptions(), QChart::NoAnimation);
            QVERIFY2(!view->chart()->series().isEmpty(), name);
            const QImage image = view->grab().toImage();
            QVERIFY2(!image.isNull(), name);
            QVERIFY2(image.width() >= 300 && image.height() >= 200, name);
            QVERIFY2(colours(image).size() > 2, name);
        }
        QCOMPARE(w->data().cases, 4);
        QCOMPARE(setSum(firstSet(*w, "chartCategories")), 4.0);
    }

    // Under a dark palette the charts are dark too and read: titles, axis labels and the legend
    // on the chart's ground at 4.5:1, every bar at 3:1 from the ground, each bar's value at
    // 4.5:1 on what it stands on; saved as an image they are as on paper (a white ground).
    void chartsReadableUnderDarkPalette()
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(GuiTestSupport::darkPalette());
        const auto restore = qScopeGuard([&] { QApplication::setPalette(light); });
        auto w = open(*m_db);
        int sets = 0;
        const QList<QChartView *> views = w->findChildren<QChartView *>();
        QVERIFY(views.size() >= 6);
        for (QChartView *view : views) {
            QChart *chart = view->chart();
            const QString name = view->objectName();
            const QColor ground = chart->backgroundBrush().color();
            QVERIFY2(Colours::isDark(w->palette()) && ground.lightnessF() < 0.3, qPrintable(name));
            QVERIFY2(Colours::contrast(chart->titleBrush().color(), ground) >= 4.5,
                     qPrintable(name));
            QVERIFY2(Colours::contrast(chart->legend()->labelColor(), ground) >= 4.5,
                     qPrintable(name));
            const QList<QAbstractAxis *> axes = chart->axes();
            for (const QAbstractAxis *axis : axes)
                QVERIFY2(Colours::contrast(axis->labelsBrush().color(), ground) >= 4.5,
                         qPrintable(name));
            const QList<QAbstractSeries *> series = chart->series();
            for (QAbstractSeries *s : series) {
                auto *bars = qobject_cast<QAbstractBarSeries *>(s);
                QVERIFY2(bars, qPrintable(name));
                const QList<QBarSet *> barSets = bars->barSets();
                for (QBarSet *set : barSets) {
                    const QString what = name + QLatin1Char(' ') + set->label();
                    QVERIFY2(Colours::contrast(set->color(), ground) >= 3.0, qPrintable(what));
                    // A bar's value beside its end, on the chart's ground; within a stacked
                    // bar, on the bar.
                    const QColor under =
                        qobject_cast<QHorizontalBarSeries *>(bars) ? ground : set->color();
                    QVERIFY2(Colours::contrast(set->labelColor(), under) >= 4.5, qPrintable(what));
                    ++sets;
                }
            }
        }
        QVERIFY(sets >= 7); // six charts of one series, the monthly chart's statuses
        // Saved: the charts' ground is white, their text dark, as under a light palette.
        const QString path = m_dir.filePath(QStringLiteral("dark.png"));
        w->setPathChooser(
            [&](QWidget *, const QString &, const QString &, const QString &) { return path; });
        w->findChild<QAction *>(QStringLiteral("saveChartsPng"))->trigger();
        const QImage png(path);
        QVERIFY(!png.isNull());
        int darkPixels = 0;
        for (int y = 0; y < png.height(); y += 7) {
            for (int x = 0; x < png.width(); x += 7)
                darkPixels += qGray(png.pixel(x, y)) < 60 ? 1 : 0;
        }
        QVERIFY2(darkPixels < png.width() * png.height() / 49 / 10,
                 qPrintable(QString::number(darkPixels)));
        // And the window's charts are dark again after saving.
        QCOMPARE(views.first()->chart()->backgroundBrush().color(),
                 GuiTestSupport::darkPalette().color(QPalette::Base));
        if (const QString out = qEnvironmentVariable("NETRA_SCREENSHOT_DIR"); !out.isEmpty()) {
            w->resize(1366, 740);
            QApplication::processEvents();
            w->grab().save(out + QStringLiteral("/dashboard-dark.png"));
        }
    }

    // Each bar's label whole beside its bar, on lines of at most 24 characters: on one line Qt
    // Charts cut it with room to spare ("Berfoto bersama calon atau dengan simbo...").
    void barLabelsWhole()
    {
        auto w = open(*m_db);
        auto *view = w->findChild<QChartView *>(QStringLiteral("chartCategories"));
        QVERIFY(view);
        auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QStringList shown;
        int lines = 0;
        for (const QString &label : axis->categories()) {
            QTextDocument document;
            document.setHtml(label);
            const QStringList each =
                document.toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : each)
                QVERIFY2(line.size() <= 24, qPrintable(line));
            lines = std::max(lines, int(each.size()));
            shown << each.join(QLatin1Char(' '));
        }
        const QString photo =
            Codes::label(Codes::Kind::ViolationCategory, QStringLiteral("foto_bersama"));
        QVERIFY2(photo.size() > 40, qPrintable(photo));
        QVERIFY2(shown.contains(photo), qPrintable(shown.join(QLatin1String(" | "))));
        QVERIFY(!axis->labelsTruncated());
        QVERIFY(lines >= 2);
        // Each bar as tall as its label's lines.
        QVERIFY(view->minimumHeight() >=
                100 + (lines > 2 ? 40 : 30) * int(axis->categories().size()));
    }

    // Each bar's value beside its end, also a bar of 1 beside a bar of 60: inside the bar's end,
    // a value wider than its bar stood left of the chart and was not drawn.
    void barValuesBesideTheirBars()
    {
        auto db = TestSupport::openNew(m_dir.filePath(QStringLiteral("bars.netra")));
        QVERIFY(db);
        for (int i = 0; i < 60; ++i)
            addCase(*db, "3311", "media_sosial", QDate(2024, 9, 1).addDays(i % 28), 1, false);
        addCase(*db, "3311", "foto_bersama", QDate(2024, 10, 7), 1, false);
        auto w = open(*db);
        auto *view = w->findChild<QChartView *>(QStringLiteral("chartCategories"));
        QVERIFY(view);
        const QRectF plot = view->chart()->plotArea();
        QStringList values;
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible())
                continue;
            const QRectF at = text->sceneBoundingRect();
            bool number = false;
            text->toPlainText().toInt(&number);
            // The value axis's numbers stand under the plot, the categories left of it.
            if (!number || at.center().y() > plot.bottom() || at.center().y() < plot.top())
                continue;
            QVERIFY2(at.left() >= plot.left() && at.right() <= plot.right(),
                     qPrintable(text->toPlainText()));
            values << text->toPlainText();
        }
        values.sort();
        QCOMPARE(values, (QStringList{QStringLiteral("1"), QStringLiteral("60")}));
        QCOMPARE(
            qobject_cast<QAbstractBarSeries *>(view->chart()->series().first())->labelsPosition(),
            QAbstractBarSeries::LabelsOutsideEnd);
    }

    void followUpRateHeadline()
    {
        auto w = open(*m_db);
        // Three persons recommended for a sanction, two followed up, in Indonesian notation.
        QCOMPARE(w->findChild<QLabel *>(QStringLiteral("followUpRate"))->text(),
                 QStringLiteral("66,7%"));
    }

    void clickOpensRegister()
    {
        auto w = open(*m_db);
        auto *regency = w->findChild<QComboBox *>(QStringLiteral("regencyCombo"));
        regency->setCurrentIndex(regency->findData(QStringLiteral("3311")));
        QList<CaseFilter> asked;
        connect(w.get(), &DashboardWindow::openRegister, this,
                [&](const CaseFilter &f) { asked << f; });
        // Sukoharjo: media_sosial 1, foto_bersama 1, ties by code; the top bar is the first
        // category and the set holds the bars bottom up.
        QBarSet *set = firstSet(*w, "chartCategories");
        QVERIFY(set);
        QCOMPARE(set->count(), 2);
        emit set->clicked(set->count() - 1);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().regencyCode, QStringLiteral("3311"));
        QCOMPARE(asked.first().violationCategory, w->data().byViolationCategory.first().code);
        emit set->clicked(0);
        QCOMPARE(asked.last().violationCategory, w->data().byViolationCategory.last().code);

        // Positions and the funnel.
        emit firstSet(*w, "chartPositions")->clicked(0);
        QCOMPARE(asked.last().positionCategory, w->data().byPositionCategory.last().code);
        QCOMPARE(asked.last().regencyCode, QStringLiteral("3311"));
        QBarSet *funnel = firstSet(*w, "chartFunnel");
        QCOMPARE(funnel->count(), 5);
        emit funnel->clicked(funnel->count() - 3); // third step: forwarded
        QCOMPARE(asked.last().statuses, QStringList{QStringLiteral("diteruskan")});

        // A stacked month bar: its status and its month.
        auto *monthly = w->findChild<QChartView *>(QStringLiteral("chartMonthly"));
        auto *stacked = qobject_cast<QAbstractBarSeries *>(monthly->chart()->series().first());
        QBarSet *forwarded = nullptr;
        for (QBarSet *s : stacked->barSets()) {
            if (s->label() == Codes::label(Codes::Kind::Status, QStringLiteral("diteruskan")))
                forwarded = s;
        }
        QVERIFY(forwarded);
        QCOMPARE(w->data().monthly.months.first(), QStringLiteral("2024-09"));
        emit forwarded->clicked(0);
        QCOMPARE(asked.last().statuses, QStringList{QStringLiteral("diteruskan")});
        QCOMPARE(asked.last().receivedFrom, QDate(2024, 9, 1));
        QCOMPARE(asked.last().receivedTo, QDate(2024, 9, 30));
        QCOMPARE(asked.last().regencyCode, QStringLiteral("3311"));
        QCOMPARE(CaseRepository(*m_db).count(asked.last()), 1);

        // A regency bar narrows to the regency.
        regency->setCurrentIndex(0);
        QBarSet *regencies = firstSet(*w, "chartRegencies");
        QCOMPARE(regencies->count(), 2);
        emit regencies->clicked(0); // the bottom bar: the last regency of the list
        QCOMPARE(asked.last().regencyCode, w->data().byRegency.last().code);
    }

    void regencyFilterChangesFigures()
    {
        auto w = open(*m_db);
        auto *regency = w->findChild<QComboBox *>(QStringLiteral("regencyCombo"));
        QCOMPARE(regency->count(), 3); // all, Sukoharjo, Wonogiri
        auto *rate = w->findChild<QLabel *>(QStringLiteral("followUpRate"));
        regency->setCurrentIndex(regency->findData(QStringLiteral("3312")));
        QCOMPARE(w->filter().regencyCode, QStringLiteral("3312"));
        QCOMPARE(w->data().cases, 2);
        QCOMPARE(rate->text(), QStringLiteral("100,0%"));
        QCOMPARE(setSum(firstSet(*w, "chartCategories")), 2.0);
        regency->setCurrentIndex(regency->findData(QStringLiteral("3311")));
        QCOMPARE(w->data().cases, 2);
        QCOMPARE(rate->text(), QStringLiteral("50,0%"));
        const QImage sukoharjo =
            w->findChild<QChartView *>(QStringLiteral("chartFunnel"))->grab().toImage();
        regency->setCurrentIndex(0);
        QCOMPARE(w->data().cases, 4);
        QVERIFY(w->findChild<QChartView *>(QStringLiteral("chartFunnel"))->grab().toImage() !=
                sukoharjo);

        // The period: from 1 October, then until 31 October.
        w->findChild<QDateEdit *>(QStringLiteral("fromDate"))->setDate(QDate(2024, 10, 1));
        QCOMPARE(w->data().cases, 4); // not in use until checked
        w->findChild<QCheckBox *>(QStringLiteral("fromCheck"))->setChecked(true);
        QCOMPARE(w->filter().receivedFrom, QDate(2024, 10, 1));
        QCOMPARE(w->data().cases, 3);
        w->findChild<QDateEdit *>(QStringLiteral("toDate"))->setDate(QDate(2024, 10, 31));
        w->findChild<QCheckBox *>(QStringLiteral("toCheck"))->setChecked(true);
        QCOMPARE(w->data().cases, 2);
        QCOMPARE(rate->text(), QStringLiteral("100,0%")); // Wonogiri's case, decided
        auto *election = w->findChild<QComboBox *>(QStringLiteral("electionCombo"));
        election->setCurrentIndex(election->findData(QStringLiteral("pemilu")));
        QCOMPARE(w->data().cases, 0);
        QCOMPARE(rate->text(), QStringLiteral("–"));
        // Charts without data still draw (their title says there are no cases).
        QVERIFY(!w->findChild<QChartView *>(QStringLiteral("chartCategories"))
                     ->grab()
                     .toImage()
                     .isNull());
    }

    // A province's or the nation's store: the provinces side by side too, each bar opening its
    // province's cases. One province's regencies only: no province chart.
    void provincesSideBySide()
    {
        QVERIFY(
            !open(*m_db)->findChild<QChartView *>(QStringLiteral("chartProvinces"))->isVisible());
        auto db = TestSupport::openNew(m_dir.filePath(QStringLiteral("provinces.netra")));
        QVERIFY(db);
        addCase(*db, "3311", "media_sosial", QDate(2024, 9, 10), 1, false);
        addCase(*db, "3310", "media_sosial", QDate(2024, 9, 11), 1, false);
        addCase(*db, "3471", "foto_bersama", QDate(2024, 9, 12), 1, false);
        auto w = open(*db);
        auto *view = w->findChild<QChartView *>(QStringLiteral("chartProvinces"));
        QVERIFY(view->isVisible());
        QCOMPARE(w->data().byProvince.size(), 2);
        QCOMPARE(w->data().byProvince.first().code, QStringLiteral("33"));
        QCOMPARE(w->data().byProvince.last().code, QStringLiteral("34"));
        QCOMPARE(w->data().byProvince.last().label, QStringLiteral("DI Yogyakarta"));
        QCOMPARE(w->data().byProvince.first().label, QStringLiteral("Jawa Tengah"));
        QBarSet *provinces = firstSet(*w, "chartProvinces");
        QCOMPARE(provinces->count(), 2);
        QCOMPARE(setSum(provinces), 3.0);
        QList<CaseFilter> asked;
        connect(w.get(), &DashboardWindow::openRegister, this,
                [&](const CaseFilter &f) { asked << f; });
        emit provinces->clicked(1); // the top bar: Central Java, with most cases
        QCOMPARE(asked.last().provinceCode, QStringLiteral("33"));
        QCOMPARE(CaseRepository(*db).count(asked.last()), 2);
        QCOMPARE(w->chartImages().size(), 7);
    }

    void singleRegencyHidesRegencyChart()
    {
        auto w = open(*m_single);
        QVERIFY(!w->findChild<QChartView *>(QStringLiteral("chartRegencies"))->isVisible());
        QCOMPARE(w->findChild<QLabel *>(QStringLiteral("followUpRate"))->text(),
                 QStringLiteral("–"));
        QCOMPARE(w->chartImages().size(), 5);
    }

    void recapDialogExports()
    {
        auto w = open(*m_db);
        QString next;
        w->setPathChooser(
            [&](QWidget *, const QString &, const QString &, const QString &) { return next; });
        w->findChild<QAction *>(QStringLiteral("recapAction"))->trigger();
        auto *dialog = w->findChild<QDialog *>(QStringLiteral("recapDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("recapTable"));
        QCOMPARE(table->rowCount(), 3); // two regencies and the total
        QCOMPARE(table->item(2, table->columnCount() - 1)->text(), QStringLiteral("66,7%"));

        next = m_dir.filePath(QStringLiteral("dialog")); // the suffix is added
        dialog->findChild<QPushButton *>(QStringLiteral("exportXlsx"))->click();
        QFile xlsx(next + QStringLiteral(".xlsx"));
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QVERIFY(xlsx.size() > 1000);
        QCOMPARE(xlsx.read(2), QByteArray("PK"));

        next = m_dir.filePath(QStringLiteral("dialog.csv"));
        dialog->findChild<QPushButton *>(QStringLiteral("exportCsv"))->click();
        QFile csv(next);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains(",Jumlah,3,0,1,"));

        // A cancelled chooser writes nothing.
        next.clear();
        dialog->findChild<QPushButton *>(QStringLiteral("exportXlsx"))->click();
        dialog->close();
    }

    // The PPKs' record for the dashboard's filter: the follow-ups here name no PPK, so one row
    // with its three recommendations, two decided, one late; the letter to its superior only
    // once a PPK with late recommendations is selected; the XLSX written.
    void ppkRecordDialog()
    {
        auto w = open(*m_db);
        QString next;
        w->setPathChooser(
            [&](QWidget *, const QString &, const QString &, const QString &) { return next; });
        w->findChild<QAction *>(QStringLiteral("ppkAction"))->trigger();
        auto *dialog = w->findChild<QDialog *>(QStringLiteral("ppkDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("ppkTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("3"));     // received
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("1"));     // late
        QCOMPARE(table->item(0, 8)->text(), QStringLiteral("66,7%")); // rate
        QCOMPARE(table->item(0, 9)->text(), QStringLiteral("10,0"));  // median days
        auto *letter = dialog->findChild<QPushButton *>(QStringLiteral("ppkLetterPdf"));
        QVERIFY(!letter->isEnabled());
        table->selectRow(0);
        QVERIFY(letter->isEnabled());
        next = m_dir.filePath(QStringLiteral("superior"));
        letter->click();
        QVERIFY(QFile::exists(next + QStringLiteral(".pdf")));

        next = m_dir.filePath(QStringLiteral("ppk")); // the suffix is added
        dialog->findChild<QPushButton *>(QStringLiteral("exportPpkXlsx"))->click();
        QFile xlsx(next + QStringLiteral(".xlsx"));
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QCOMPARE(xlsx.read(2), QByteArray("PK"));
        dialog->close();
    }

    void saveChartsAsPngAndPdf()
    {
        auto w = open(*m_db);
        QString next = m_dir.filePath(QStringLiteral("grafik.png"));
        w->setPathChooser(
            [&](QWidget *, const QString &, const QString &, const QString &) { return next; });
        w->findChild<QAction *>(QStringLiteral("saveChartsPng"))->trigger();
        const QImage png(next);
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > 800 && png.height() > 900); // three rows of two charts
        QVERIFY(colours(png).size() > 10);

        next = m_dir.filePath(QStringLiteral("rekap.pdf"));
        w->findChild<QAction *>(QStringLiteral("saveChartsPdf"))->trigger();
        QVERIFY(QFile::exists(next));
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), next, QStringLiteral("-")});
        p.waitForFinished();
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("REKAPITULASI")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Kabupaten Wonogiri")));
        p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), next});
        p.waitForFinished();
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).count(QLatin1Char('\n')) >= 2 + 6);
    }

    // Laporan kesepakatan: the agreement's report for the dashboard's regency and period, as PDF
    // (the suffix added when none is typed) or XLSX, its figures those of stats for that filter.
    void agreementReport()
    {
        auto w = open(*m_db);
        auto *regency = w->findChild<QComboBox *>(QStringLiteral("regencyCombo"));
        regency->setCurrentIndex(regency->findData(QStringLiteral("3311")));
        w->findChild<QDateEdit *>(QStringLiteral("fromDate"))->setDate(QDate(2024, 1, 1));
        w->findChild<QCheckBox *>(QStringLiteral("fromCheck"))->setChecked(true);
        const QJsonObject stats = Stats::compute(*m_db, w->filter());
        QString next = m_dir.filePath(QStringLiteral("laporan"));
        w->setPathChooser(
            [&](QWidget *, const QString &, const QString &, const QString &) { return next; });
        QAction *action = w->findChild<QAction *>(QStringLiteral("agreementReportAction"));
        QVERIFY(action);
        action->trigger();
        const QString pdf = next + QStringLiteral(".pdf");
        QVERIFY(QFile::exists(pdf));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        p.waitForFinished();
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("Kabupaten Sukoharjo, sejak 1 Januari 2024")),
                 qPrintable(text));
        const QRegularExpression cases(
            QStringLiteral("Dugaan pelanggaran netralitas ASN \\(kasus\\)\\s+%1\\s*$")
                .arg(stats.value(QStringLiteral("cases")).toInt()),
            QRegularExpression::MultilineOption);
        QVERIFY2(cases.match(text).hasMatch(), qPrintable(text));

        next = m_dir.filePath(QStringLiteral("laporan.xlsx"));
        action->trigger();
        const XlsxSheet sheet = XlsxSheet::read(next);
        QCOMPARE(sheet.cells.value(QStringLiteral("A3")),
                 QStringLiteral("Cakupan: Kabupaten Sukoharjo, sejak 1 Januari 2024"));
        QCOMPARE(sheet.cells.value(QStringLiteral("C8")),
                 QStringLiteral("number:%1").arg(stats.value(QStringLiteral("cases")).toInt()));
    }
};

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"
