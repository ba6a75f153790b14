// The guide (Panduan), offscreen: every page in Indonesian and in English, every link and image a
// page names there; F1 in each window opens the guide at that window's page, in the UI's
// language, and Help → Guide does the same.
#include "GuiTestSupport.h"
#include "GuideWindows.h"
#include "TestSupport.h"
#include "Translator.h"
#include "common/Guide.h"
#include "common/GuideWindow.h"
#include "demo/DemoGenerator.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

namespace {

QString read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The guide's window that is open, if any.
GuideWindow *openGuide()
{
    for (QWidget *w : QApplication::allWidgets()) {
        if (auto *g = qobject_cast<GuideWindow *>(w); g && g->isVisible())
            return g;
    }
    return nullptr;
}

} // namespace

class TestGuide : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_file = m_dir.filePath(QStringLiteral("guide.netra"));
        QString error;
        auto db = Database::open(m_file, Database::Mode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error));
        DemoGenerator::Options o;
        o.cases = 120;
        o.seed = 14;
        o.today = QDate(2024, 12, 2);
        QVERIFY2(DemoGenerator(*db, o).run(&error), qPrintable(error));
    }

    // Each page in both languages with a title; the folders hold no page the guide does not list.
    void everyPageInBothLanguages()
    {
        const QStringList pages = Guide::pages();
        QVERIFY(pages.contains(QStringLiteral("index")));
        for (const QString &language : Guide::languages()) {
            QSet<QString> found;
            const QFileInfoList files =
                QDir(QStringLiteral(":/netra/guide/") + language).entryInfoList(QDir::Files);
            for (const QFileInfo &f : files)
                found.insert(f.completeBaseName());
            QCOMPARE(found, QSet<QString>(pages.begin(), pages.end()));
            for (const QString &page : pages) {
                const QString html = read(Guide::pagePath(language, page));
                QVERIFY2(!html.isEmpty(), qPrintable(Guide::pagePath(language, page)));
                QVERIFY2(QRegularExpression(QStringLiteral("<title>[^<]+</title>"))
                             .match(html)
                             .hasMatch(),
                         qPrintable(page));
                QVERIFY2(
                    QRegularExpression(QStringLiteral("<h1>[^<]+</h1>")).match(html).hasMatch(),
                    qPrintable(page));
            }
        }
        // Written in each language, not copied: no page reads the same in both.
        for (const QString &page : pages)
            QVERIFY2(read(Guide::pagePath(QStringLiteral("id"), page)) !=
                         read(Guide::pagePath(QStringLiteral("en"), page)),
                     qPrintable(page));
    }

    // Every link goes to a page of the same language (or an anchor in it), every image exists,
    // and the Indonesian pages show the Indonesian screenshots.
    void everyLinkAndImageResolves()
    {
        const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        const QRegularExpression src(QStringLiteral("src=\"([^\"]*)\""));
        int images = 0;
        for (const QString &language : Guide::languages()) {
            for (const QString &page : Guide::pages()) {
                const QString path = Guide::pagePath(language, page);
                const QString html = read(path);
                const QDir here = QFileInfo(path).dir();
                for (auto m = href.globalMatch(html); m.hasNext();) {
                    const QString link = m.next().captured(1);
                    const QString file = link.section(QLatin1Char('#'), 0, 0);
                    const QString anchor = link.section(QLatin1Char('#'), 1);
                    QVERIFY2(!link.contains(QLatin1Char(':')),
                             qPrintable(page + QLatin1String(": ") + link)); // offline only
                    const QString target = file.isEmpty() ? path : here.filePath(file);
                    QVERIFY2(QFileInfo::exists(target),
                             qPrintable(language + QLatin1Char('/') + page + QLatin1String(": ") +
                                        link));
                    if (!anchor.isEmpty())
                        QVERIFY2(read(target).contains(QStringLiteral("id=\"%1\"").arg(anchor)),
                                 qPrintable(page + QLatin1String(": ") + link));
                }
                for (auto m = src.globalMatch(html); m.hasNext();) {
                    const QString image = m.next().captured(1);
                    QVERIFY2(image.startsWith(QStringLiteral("../img/%1/").arg(language)),
                             qPrintable(language + QLatin1Char('/') + page + QLatin1String(": ") +
                                        image));
                    QVERIFY2(QFileInfo::exists(here.filePath(image)),
                             qPrintable(language + QLatin1Char('/') + page + QLatin1String(": ") +
                                        image));
                    ++images;
                }
            }
        }
        QVERIFY(images >= 2 * 10);
    }

    // F1 in every window opens the guide at its page in the UI's language; one guide window.
    void f1OpensTheWindowsPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("id") << QStringLiteral("id");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void f1OpensTheWindowsPage()
    {
        QFETCH(QString, language);
        Translator::install(language);
        MainWindow main;
        QVERIFY(GuiTestSupport::signIn(main, m_file));
        QSet<QString> pagesOpened;
        for (const GuideWindows::Window &entry : GuideWindows::all(main)) {
            QWidget *w = entry.open();
            QVERIFY2(w, qPrintable(entry.name));
            GuiTestSupport::activate(w);
            QTest::keyClick(w, Qt::Key_F1);
            GuideWindow *guide = openGuide();
            QVERIFY2(guide, qPrintable(entry.name));
            QCOMPARE(guide->page(), entry.page);
            QCOMPARE(guide->pageLanguage(), language);
            const QString title = guide->findChild<QTextBrowser *>()->documentTitle();
            QCOMPARE(title, read(Guide::pagePath(language, entry.page))
                                .section(QStringLiteral("<title>"), 1)
                                .section(QStringLiteral("</title>"), 0, 0));
            // Above the window in use, which may be modal.
            QCOMPARE(guide->parentWidget(), w->window());
            guide->close();
            pagesOpened.insert(entry.page);
            if (w != &main)
                w->close();
            QApplication::processEvents();
        }
        // Every page but the contents and the coordinator's decisions (reached from the case)
        // belongs to a window.
        const QStringList pages = Guide::pages();
        QSet<QString> all(pages.begin(), pages.end());
        all.remove(QStringLiteral("index"));
        all.remove(QStringLiteral("decisions"));
        QCOMPARE(pagesOpened, all);
        QVERIFY(main.closeFile());
        Translator::install(QStringLiteral("en"));
    }

    // Help → Guide in the main window, the case window and the minutes, with its text in the UI's
    // language; the guide follows a language switch and its links, back and contents.
    void helpMenuAndLanguage()
    {
        Translator::install(QStringLiteral("id"));
        MainWindow main;
        QVERIFY(GuiTestSupport::signIn(main, m_file));
        main.show();
        QAction *guideAction = main.findChild<QAction *>(QStringLiteral("guideAction"));
        QVERIFY(guideAction);
        QCOMPARE(guideAction->text(), QStringLiteral("&Panduan"));
        QCOMPARE(guideAction->shortcut(), QKeySequence(QKeySequence::HelpContents));
        bool inHelpMenu = false;
        for (QAction *menu : main.menuBar()->actions()) {
            if (menu->text() == QStringLiteral("Ba&ntuan") && menu->menu())
                inHelpMenu = menu->menu()->actions().contains(guideAction);
        }
        QVERIFY(inHelpMenu);
        guideAction->trigger();
        GuideWindow *guide = openGuide();
        QVERIFY(guide);
        QCOMPARE(guide->page(), QStringLiteral("register"));
        QVERIFY(guide->windowTitle().startsWith(QStringLiteral("Panduan Netra")));

        // A link to another page, back, and the contents.
        auto *browser = guide->findChild<QTextBrowser *>();
        browser->setSource(QUrl(QStringLiteral("case.html")));
        QCOMPARE(guide->page(), QStringLiteral("case"));
        // Its look from the guide's one style sheet (resources/guide/guide.css): the heading in
        // the guide's blue.
        QColor heading;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 1) {
                heading = b.begin().fragment().charFormat().foreground().color();
                break;
            }
        }
        QCOMPARE(heading, QColor(QStringLiteral("#1f4e79")));
        browser->backward();
        QCOMPARE(guide->page(), QStringLiteral("register"));
        guide->findChild<QAction *>(QStringLiteral("guideContentsAction"))->trigger();
        QCOMPARE(guide->page(), QStringLiteral("index"));

        // English: the same page in English, the actions' texts too.
        main.setLanguage(QStringLiteral("en"));
        QApplication::processEvents();
        QCOMPARE(guide->page(), QStringLiteral("index"));
        QCOMPARE(guide->pageLanguage(), QStringLiteral("en"));
        QCOMPARE(guideAction->text(), QStringLiteral("&Guide"));
        QVERIFY(guide->windowTitle().startsWith(QStringLiteral("Netra guide")));

        // The case window and the minutes have a Help menu of their own.
        for (const GuideWindows::Window &entry : GuideWindows::all(main)) {
            if (entry.page != QLatin1String("case") && entry.page != QLatin1String("hearing"))
                continue;
            auto *w = qobject_cast<QMainWindow *>(entry.open());
            QVERIFY(w);
            QMenu *help = w->findChild<QMenu *>(QStringLiteral("guideHelpMenu"));
            QVERIFY2(help, qPrintable(entry.name));
            QCOMPARE(help->title(), QStringLiteral("&Help"));
            help->actions().constFirst()->trigger();
            QCOMPARE(openGuide()->page(), entry.page);
            w->close();
        }
        main.setLanguage(QStringLiteral("en"));
        QVERIFY(main.closeFile());
    }
};

QTEST_MAIN(TestGuide)
#include "TestGuide.moc"
