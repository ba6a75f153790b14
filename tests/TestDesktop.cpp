// Netra as a desktop application: the .netra file type named by its magic (the package's MIME
// file), the window's icon, one window per file (a second `netra FILE` hands the file over),
// recent files, window sizes fitted to the screen and remembered, --version without a display.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "common/Colours.h"
#include "common/WindowGeometry.h"
#include "dashboard/DashboardWindow.h"
#include "ledger/LedgerWindow.h"
#include "register/CaseTableModel.h"
#include "register/MainWindow.h"
#include "register/TodayPanel.h"
#include "session/SingleInstance.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLocalSocket>
#include <QMenu>
#include <QMimeDatabase>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QToolBar>
#include <QTreeWidget>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

class TestDesktop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A data file with the demo's users (and `cases` synthetic cases).
    QString dataFile(const QString &name, int cases = 0)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        auto db = Database::open(path, Database::Mode::CreateIfMissing, &error);
        if (!db) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        DemoGenerator::Options o;
        o.cases = cases;
        o.encryptIdentities = true; // as netra-cli demo makes it: no conversion at sign-in
        o.today = QDate::currentDate();
        if (!DemoGenerator(*db, o).run(&error)) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        return path;
    }

    // For looking at, not a test: the window with File and File > Open recent open, put
    // together from their grabs (offscreen, menus are windows of their own).
    static void screenshotOfMenus(MainWindow *w, QMenu *recent, const QString &file)
    {
        QMenu *fileMenu = nullptr;
        for (QMenu *m : w->findChildren<QMenu *>()) {
            if (m != recent && m->actions().contains(recent->menuAction()))
                fileMenu = m;
        }
        if (!fileMenu)
            return;
        const QPoint origin = w->mapToGlobal(QPoint(0, 0));
        fileMenu->popup(w->mapToGlobal(QPoint(0, w->menuWidget()->height())));
        QTest::qWait(200);
        fileMenu->setActiveAction(recent->menuAction());
        QTest::qWait(100);
        const QPixmap filePixmap = fileMenu->grab();
        const QPoint filePos = fileMenu->pos() - origin;
        const QRect item = fileMenu->actionGeometry(recent->menuAction());
        recent->popup(fileMenu->mapToGlobal(QPoint(fileMenu->width() - 4, item.top())));
        QTest::qWait(200);
        QImage image(w->size(), QImage::Format_ARGB32);
        image.fill(Qt::darkGray);
        QPainter painter(&image);
        painter.drawPixmap(0, 0, w->grab());
        painter.drawPixmap(filePos, filePixmap);
        painter.drawPixmap(recent->pos() - origin, recent->grab());
        painter.end();
        image.save(file);
        recent->hide();
        fileMenu->hide();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Translator::install(QStringLiteral("en"));
        // The MIME database as the package leaves it installed: update-mime-database merges
        // its file (/usr/share/mime/packages/netra.xml) with the system's types into one
        // database, here in a folder of its own, with no user's own types.
        const QString data = m_dir.filePath(QStringLiteral("xdg"));
        const QString packages = data + QStringLiteral("/mime/packages/");
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(QStringLiteral(NETRA_SOURCE "/packaging/netra-mime.xml"),
                            packages + QStringLiteral("netra.xml")));
        QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                            packages + QStringLiteral("freedesktop.org.xml")));
        QCOMPARE(QProcess::execute(QStringLiteral("update-mime-database"),
                                   {data + QStringLiteral("/mime")}),
                 0);
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
        qputenv("XDG_DATA_DIRS", data.toUtf8());
    }

    // A data file renamed to copy.dat is still Netra's by the application_id at offset 68;
    // another SQLite file is not, whatever its name.
    void mimeTypeByMagic()
    {
        const QString netra = dataFile(QStringLiteral("office.netra"));
        QVERIFY(!netra.isEmpty());
        const QString renamed = m_dir.filePath(QStringLiteral("copy.dat"));
        QVERIFY(QFile::copy(netra, renamed));
        const QString other = m_dir.filePath(QStringLiteral("other.dat"));
        {
            QSqlDatabase sqlite =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            sqlite.setDatabaseName(other);
            QVERIFY(sqlite.open());
            QVERIFY(QSqlQuery(sqlite).exec(QStringLiteral("CREATE TABLE t (x)")));
            sqlite.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));

        QMimeDatabase mime;
        QCOMPARE(mime.mimeTypeForFile(renamed).name(), QStringLiteral("application/x-netra"));
        QCOMPARE(mime.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/x-netra"));
        QCOMPARE(mime.mimeTypeForFile(netra).name(), QStringLiteral("application/x-netra"));
        QVERIFY(mime.mimeTypeForFile(renamed).inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(mime.mimeTypeForFile(other, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/vnd.sqlite3"));
        // A new file not written yet is known by its name.
        QCOMPARE(mime.mimeTypeForFile(m_dir.filePath(QStringLiteral("new.netra")),
                                      QMimeDatabase::MatchExtension)
                     .name(),
                 QStringLiteral("application/x-netra"));
    }

    // The window shows Netra's icon: the dark red shield with the white N.
    void windowHasIcon()
    {
        MainWindow w;
        QVERIFY(!w.windowIcon().isNull());
        const QImage image = w.windowIcon().pixmap(QSize(48, 48)).toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 48);
        const QColor centre = image.pixelColor(24, 24); // the N
        const QColor shield = image.pixelColor(12, 14);
        QVERIFY2(centre.lightness() > 200, qPrintable(centre.name()));
        QVERIFY2(shield.red() > 100 && shield.green() < 80 && shield.blue() < 80,
                 qPrintable(shield.name()));
        QCOMPARE(image.pixelColor(1, 47).alpha(), 0); // transparent outside the shield
    }

    // `netra --version` prints the version of the CMake project, without a display.
    void versionWithoutDisplay()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NETRA_APP), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("netra " NETRA_VERSION));
    }

    // A second `netra FILE` for the file a netra has open hands it over and exits 0; the first
    // raises its window. The same file by another spelling of its path too.
    void secondNetraRaisesTheFirst()
    {
        const QString path = dataFile(QStringLiteral("single.netra"));
        QVERIFY(!path.isEmpty());
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, path));
        w.show();
        QCOMPARE(w.instance()->file(), path);
        QCOMPARE(w.raiseRequests(), 0);

        const QString otherSpelling =
            QFileInfo(path).absolutePath() + QStringLiteral("/./") + QFileInfo(path).fileName();
        for (const QString &argument : {path, otherSpelling}) {
            const int before = w.raiseRequests();
            QProcess second;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cfg")));
            second.setProcessEnvironment(env);
            second.start(QStringLiteral(NETRA_APP), {argument});
            QVERIFY(second.waitForStarted());
            // This process answers while it waits: its event loop runs.
            QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 60000);
            QCOMPARE(second.exitStatus(), QProcess::NormalExit);
            QCOMPARE(second.exitCode(), 0);
            QCOMPARE(w.raiseRequests(), before + 1);
        }
        // Another file is not handed over: its netra opens it as before.
        const QString other = dataFile(QStringLiteral("single-other.netra"));
        QVERIFY(!SingleInstance::handOver(other));
        // A closed file is nobody's any more.
        QVERIFY(w.closeFile());
        QVERIFY(w.instance()->file().isEmpty());
        QVERIFY(!SingleInstance::handOver(path));
    }

    // A socket left behind by a netra that was killed (nobody listening on it) is taken over
    // by the next netra that opens the file.
    void staleSocketIsTakenOver()
    {
        const QString path = dataFile(QStringLiteral("stale.netra"));
        QVERIFY(!path.isEmpty());
        const QByteArray socketPath = QFile::encodeName(QDir::tempPath() + QLatin1Char('/') +
                                                        SingleInstance::serverName(path));
        QFile::remove(QFile::decodeName(socketPath));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(socketPath.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd); // the socket file stays, with nobody behind it
        QVERIFY(QFileInfo::exists(QFile::decodeName(socketPath)));
        QVERIFY(!SingleInstance::handOver(path));

        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, path));
        QCOMPARE(w.instance()->file(), path);
        QLocalSocket client;
        client.connectToServer(SingleInstance::serverName(path));
        QVERIFY(client.waitForConnected(5000));
    }

    // File > Open recent: newest first, at most eight, files gone since are dropped.
    void recentFiles()
    {
        QSettings().remove(QStringLiteral("recentFiles"));
        QStringList paths;
        for (int i = 0; i < 10; ++i) {
            paths << dataFile(QStringLiteral("recent-%1.netra").arg(i));
            QVERIFY(!paths.last().isEmpty());
        }
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, paths.at(0)));
        QVERIFY(GuiTestSupport::signIn(w, paths.at(1)));
        QCOMPARE(MainWindow::recentFiles(), (QStringList{paths.at(1), paths.at(0)}));
        for (int i = 2; i < 10; ++i)
            QVERIFY(GuiTestSupport::signIn(w, paths.at(i)));
        QStringList expected;
        for (int i = 9; i >= 2; --i)
            expected << paths.at(i);
        QCOMPARE(MainWindow::recentFiles(), expected);
        // Opening one again brings it to the top, once.
        QVERIFY(GuiTestSupport::signIn(w, paths.at(5)));
        QCOMPARE(MainWindow::recentFiles().first(), paths.at(5));
        QCOMPARE(MainWindow::recentFiles().count(paths.at(5)), 1);
        // A file removed since is dropped from the list and from the menu.
        QVERIFY(QFile::remove(paths.at(8)));
        QVERIFY(!MainWindow::recentFiles().contains(paths.at(8)));

        w.show();
        QMenu *menu = w.recentMenu();
        emit menu->aboutToShow();
        QStringList shown;
        for (QAction *a : menu->actions()) {
            if (!a->data().toString().isEmpty())
                shown << a->data().toString();
        }
        QCOMPARE(shown, MainWindow::recentFiles());
        QCOMPARE(shown.size(), 7);
        QVERIFY(menu->actions().first()->text().contains(QFileInfo(paths.at(5)).fileName()));
        if (const QString out = qEnvironmentVariable("NETRA_SCREENSHOT_DIR"); !out.isEmpty())
            screenshotOfMenus(&w, menu, out + QStringLiteral("/recent-files.png"));
        // The menu opens a file (after signing in).
        GuiTestSupport::whenDialog([](QWidget *d) {
            if (auto *login = d->findChild<QLineEdit *>(QStringLiteral("loginEdit")))
                login->setText(QStringLiteral("koordinator"));
            if (auto *password = d->findChild<QLineEdit *>(QStringLiteral("passwordEdit")))
                password->setText(QLatin1String(TestSupport::Password));
            if (auto *buttons = d->findChild<QDialogButtonBox *>())
                buttons->button(QDialogButtonBox::Ok)->click();
        });
        menu->actions().at(1)->trigger();
        QCOMPARE(w.database()->path(), shown.at(1));
    }

    // The main window fits an office laptop's screen: 1366 x 768 less a 32-pixel panel
    // (tests/data/laptop-screen.json; offscreen windows have no frame, so the room a window
    // manager's title bar takes, 30 pixels, is counted here). It comes back at the size and
    // place it was left, and a size saved on a larger screen is fitted to this one.
    void windowFitsAndIsRemembered()
    {
        QSettings().remove(QStringLiteral("windows"));
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QCOMPARE(available.size(), QSize(1366, 736));
        const auto fits = [&](const QWidget &w) {
            const QRect outer(w.frameGeometry().topLeft(), w.frameGeometry().size() + QSize(0, 30));
            if (available.contains(outer))
                return true;
            qWarning("%d,%d %dx%d with its title bar, on %dx%d", outer.x(), outer.y(),
                     outer.width(), outer.height(), available.width(), available.height());
            return false;
        };
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(fits(w));
            w.resize(1200, 600);
            w.move(available.topLeft() + QPoint(30, 60));
            QApplication::processEvents();
            QVERIFY(w.close());
        }
        {
            MainWindow w;
            QCOMPARE(w.size(), QSize(1200, 600));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QCOMPARE(w.size(), QSize(1200, 600));
            QCOMPARE(w.pos(), available.topLeft() + QPoint(30, 60));
        }
        {
            QWidget big;
            big.setGeometry(available.left() + 700, available.top() + 500, 1900, 1200);
            WindowGeometry::save(&big, QStringLiteral("main"));
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(fits(w));
    }

    // On a 1366 px laptop in Indonesian, whose labels are the longer, every action of the
    // main windows' toolbars shows: none is pushed behind the toolbar's » menu.
    void toolbarsFitALaptopInIndonesian()
    {
        QVERIFY(Translator::install(QStringLiteral("id")));
        const auto english = qScopeGuard([] { Translator::install(QStringLiteral("en")); });
        const QString path = dataFile(QStringLiteral("toolbars.netra"), 60);
        QVERIFY(!path.isEmpty());
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, path));
        const QList<QMainWindow *> windows{&w, w.showLedger(), w.showDashboard()};
        int checked = 0;
        for (QMainWindow *window : windows) {
            window->show();
            window->setGeometry(QRect(QPoint(0, 0), QSize(1366, 700)));
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QTRY_COMPARE(window->width(), 1366);
            QApplication::processEvents();
            for (QToolBar *bar : window->findChildren<QToolBar *>()) {
                for (QAction *a : bar->actions()) {
                    if (a->isSeparator())
                        continue;
                    QWidget *shown = bar->widgetForAction(a);
                    QVERIFY2(shown && shown->isVisible(),
                             qPrintable(window->objectName() + QStringLiteral(": ") + a->text()));
                    ++checked;
                }
            }
            if (const QString out = qEnvironmentVariable("NETRA_SCREENSHOT_DIR"); !out.isEmpty())
                window->grab().save(out + QLatin1Char('/') + window->objectName() +
                                    QStringLiteral("-1366.png"));
        }
        QVERIFY(checked >= 10); // the ledger's seven actions and filters, the dashboard's three
    }

    // Under a dark palette the state colours of the register and every notice's colours read
    // (contrast at least 4.5:1, WCAG AA); under a light palette they are as designed.
    void readableUnderDarkPalette()
    {
        const QPalette light = QApplication::palette();
        const QPalette dark = GuiTestSupport::darkPalette();
        QApplication::setPalette(dark);
        const auto restore = qScopeGuard([&] { QApplication::setPalette(light); });

        const QColor base = dark.color(QPalette::Base);
        const QColor alternate = dark.color(QPalette::AlternateBase);
        for (const QColor &c : {Colours::Error, Colours::DueToday, Colours::DueSoon, Colours::Done,
                                Colours::Missing}) {
            const QColor shown = Colours::text(c);
            QVERIFY2(Colours::contrast(shown, base) >= 4.5, qPrintable(shown.name()));
            QVERIFY2(Colours::contrast(shown, alternate) >= 4.5, qPrintable(shown.name()));
            QCOMPARE(Colours::text(c, light), c); // a light palette keeps the design
        }
        for (const QColor &c :
             {Colours::NoticeBackground, Colours::AlarmBackground, Colours::InfoBackground}) {
            const QColor ground = Colours::background(c);
            QVERIFY2(Colours::contrast(dark.color(QPalette::WindowText), ground) >= 4.5,
                     qPrintable(ground.name()));
            QVERIFY(Colours::contrast(Colours::text(Colours::Error), ground) >= 3.0);
            QCOMPARE(Colours::background(c, light), c);
        }

        // The register's late, due-today and due-soon deadlines, as the view paints them.
        const QString path = dataFile(QStringLiteral("dark.netra"), 300);
        QVERIFY(!path.isEmpty());
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, path));
        CaseTableModel *model = w.caseModel();
        while (model->canFetchMore({}))
            model->fetchMore({});
        int coloured = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QVariant brush =
                model->index(row, CaseTableModel::NextDeadline).data(Qt::ForegroundRole);
            if (!brush.isValid())
                continue;
            ++coloured;
            const QColor shown = brush.value<QBrush>().color();
            QVERIFY2(Colours::contrast(shown, base) >= 4.5, qPrintable(shown.name()));
        }
        QVERIFY(coloured > 0);

        // The today panel's groups (late, due today, due soon) on the list's ground.
        w.todayPanel()->refresh();
        QTreeWidget *today = w.todayPanel()->list();
        QVERIFY(today->topLevelItemCount() == 3);
        for (int i = 0; i < today->topLevelItemCount(); ++i) {
            const QColor shown = today->topLevelItem(i)->foreground(0).color();
            QVERIFY2(Colours::contrast(shown, base) >= 4.5,
                     qPrintable(today->topLevelItem(i)->text(0) + QLatin1Char(' ') + shown.name()));
        }
    }
};

// Offscreen, on a screen the size of an office laptop's (1366 x 768).
int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            "offscreen:configfile=" NETRA_SOURCE "/tests/data/laptop-screen.json");
    QApplication app(argc, argv);
    TestDesktop test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestDesktop.moc"
