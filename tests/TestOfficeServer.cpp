// The desktop on an office server (#12): the window opens a PostgreSQL store from its address or
// from File > Connect to a server, signs in as for a file, shows the register, sees what another
// connection changed when a window gets the focus, and survives the server going away: a message,
// nothing half-written, a reconnect offered, what was typed kept (on this computer, LocalSpool,
// while the server is away, and written to it once it is back). On a throwaway server of its
// own (tests/PgServer.h); skipped, saying why, when no server can be started.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "admin/UsersDialog.h"
#include "case/CaseWindow.h"
#include "dashboard/DashboardWindow.h"
#include "hearings/MinutesWindow.h"
#include "register/CaseTableModel.h"
#include "register/MainWindow.h"
#include "register/TodayPanel.h"
#include "session/BackupScheduler.h"
#include "session/ConnectDialog.h"
#include "session/SingleInstance.h"
#include "store/DraftRepository.h"
#include "store/HearingRepository.h"
#include "store/KeyStore.h"
#include "store/LocalSpool.h"
#include "store/ServerAccounts.h"
#include "store/ServerLocation.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>

using namespace TestSupport;

namespace {

template <class W> W *child(QWidget *parent, const char *name)
{
    W *w = parent->findChild<W *>(QLatin1String(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

// Answers the modal dialogs that come up one after the other, each with the next answer; a
// dialog left without an answer is rejected so that nothing blocks the test.
class Dialogs : public QObject
{
public:
    explicit Dialogs(QList<std::function<void(QWidget *)>> answers) : m_answers(std::move(answers))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }
    int answered() const { return m_count; }
    QStringList texts; // what each dialog said: a message box's text and informative text

private:
    void poll()
    {
        QWidget *w = QApplication::activeModalWidget();
        if (!w || w == m_last)
            return;
        m_last = w;
        if (auto *box = qobject_cast<QMessageBox *>(w))
            texts << box->text() + QLatin1Char('\n') + box->informativeText();
        else
            texts << w->objectName();
        if (m_count < m_answers.size()) {
            // After this event: an answer may open the next dialog in a loop of its own.
            const auto answer = m_answers.at(m_count++);
            QTimer::singleShot(0, w, [answer, w] { answer(w); });
        } else {
            qWarning("unexpected dialog: %s", qPrintable(texts.last()));
            QTimer::singleShot(0, w, [w] {
                if (auto *d = qobject_cast<QDialog *>(w))
                    d->reject();
            });
        }
    }

    QList<std::function<void(QWidget *)>> m_answers;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    int m_count = 0;
};

void signInWith(QWidget *dialog, const QString &login)
{
    child<QLineEdit>(dialog, "loginEdit")->setText(login);
    child<QLineEdit>(dialog, "passwordEdit")->setText(QLatin1String(Password));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

void clickNamed(QWidget *dialog, const char *name)
{
    QPushButton *b = child<QPushButton>(dialog, name);
    if (b)
        b->click();
}

} // namespace

class TestOfficeServer : public QObject
{
    Q_OBJECT

    PgServer *m_server = nullptr;
    QString m_uri;
    int m_cases = 0;

    std::unique_ptr<Database> secondConnection(const QString &login)
    {
        QString error;
        auto db = Database::open(m_uri, Database::Mode::OpenExisting, &error);
        if (db && !UserRepository(*db).login(login, QLatin1String(Password), &error))
            db.reset();
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }

    // A hearing of the case `caseId` today with one person heard, present; the attendee's id.
    qint64 newAttendee(qint64 caseId, const QString &name)
    {
        auto db = secondConnection(QStringLiteral("koordinator"));
        if (!db)
            return 0;
        Hearing h;
        h.caseId = caseId;
        h.scheduledAt = QDateTime(QDate::currentDate(), QTime(8, 0));
        h.place = QStringLiteral("Kantor Bawaslu");
        h.examiners = QStringLiteral("Ahmad Fauzi, S.H.");
        Attendee a;
        a.role = QStringLiteral("saksi");
        a.name = name;
        a.invitedOn = QDate::currentDate().addDays(-3);
        a.attendance = QStringLiteral("hadir");
        h.attendees << a;
        QString error;
        if (!HearingRepository(*db).saveHearing(h, &error))
            qWarning("%s", qPrintable(error));
        return h.attendees.first().id;
    }

    // The person heard as the server holds them.
    Attendee storedAttendee(qint64 attendeeId)
    {
        auto db = secondConnection(QStringLiteral("koordinator"));
        const std::optional<Hearing> h =
            db ? HearingRepository(*db).hearingOf(attendeeId) : std::nullopt;
        if (h) {
            for (const Attendee &a : h->attendees) {
                if (a.id == attendeeId)
                    return a;
            }
        }
        return {};
    }

    QList<MinutesEntry> storedMinutes(qint64 attendeeId)
    {
        return storedAttendee(attendeeId).minutes;
    }

    static QByteArray bytesOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void shot(QWidget *w, const QString &name)
    {
        // For looking at, not a test: NETRA_SHOTS=folder keeps a picture of the window.
        const QString folder = qEnvironmentVariable("NETRA_SHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        w->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Translator::install(QStringLiteral("en"));
        m_server = PgServer::instance();
        if (!m_server)
            QSKIP("no PostgreSQL server could be started for these tests (PostgreSQL 15 is "
                  "installed by scripts/setup.sh)");
        m_uri = m_server->newDatabase(QStringLiteral("desk"));
        QVERIFY(!m_uri.isEmpty());
        QString error;
        auto db = Database::open(m_uri, Database::Mode::CreateIfMissing, &error);
        QVERIFY2(db, qPrintable(error));
        DemoGenerator::Options o;
        o.cases = 25;
        o.encryptIdentities = true; // as netra-cli demo makes it: no conversion at sign-in
        o.today = QDate::currentDate();
        QVERIFY2(DemoGenerator(*db, o).run(&error), qPrintable(error));
        // Kept on the server too (a query the server refused once undid the whole conversion
        // at its COMMIT, and every coordinator was asked again at sign-in).
        QVERIFY(KeyStore(*db).hasFileKeys());
        m_cases = int(CaseRepository(*db).count(CaseFilter()));
        QCOMPARE(m_cases, 25);
    }

    void cleanup()
    {
        // A test that failed with the server stopped leaves it running for the next.
        if (m_server && !m_server->isRunning())
            QVERIFY(m_server->start());
    }

    // The dialog's fields make the address, and an address pasted fills the fields; the
    // password goes into what is connected to, never into the address shown.
    void dialogBuildsTheAddress()
    {
        ConnectDialog d;
        QTest::keyClicks(child<QLineEdit>(&d, "hostEdit"), QStringLiteral("kantor.bawaslu.lan"));
        child<QSpinBox>(&d, "portEdit")->setValue(5433);
        QTest::keyClicks(child<QLineEdit>(&d, "databaseEdit"), QStringLiteral("netra_kantor"));
        QTest::keyClicks(child<QLineEdit>(&d, "userEdit"), QStringLiteral("petugas"));
        const QString password = QStringLiteral("p@ss:w/rd&x=1+2 #%?");
        QTest::keyClicks(child<QLineEdit>(&d, "serverPasswordEdit"), password);
        auto *ssl = child<QComboBox>(&d, "sslModeCombo");
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
        const QString shown = QStringLiteral(
            "postgresql://petugas@kantor.bawaslu.lan:5433/netra_kantor?sslmode=verify-full");
        QCOMPARE(d.shownLocation(), shown);
        QCOMPARE(child<QLineEdit>(&d, "locationEdit")->text(), shown);
        ServerLocation l;
        QString error;
        QVERIFY2(ServerLocation::parse(d.location(), &l, &error), qPrintable(error));
        QCOMPARE(l.host, QStringLiteral("kantor.bawaslu.lan"));
        QCOMPARE(l.port, 5433);
        QCOMPARE(l.database, QStringLiteral("netra_kantor"));
        QCOMPARE(l.user, QStringLiteral("petugas"));
        QCOMPARE(l.password, password);
        QCOMPARE(l.options, QStringList{QStringLiteral("sslmode=verify-full")});
        QVERIFY(!d.shownLocation().contains(QLatin1String("p@ss")));

        // The standard port and TLS mode are libpq's own: not written.
        child<QSpinBox>(&d, "portEdit")->setValue(0);
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("prefer")));
        QCOMPARE(d.shownLocation(),
                 QStringLiteral("postgresql://petugas@kantor.bawaslu.lan/netra_kantor"));

        // A socket folder as the host goes into the address's host parameter.
        ConnectDialog socket;
        QTest::keyClicks(child<QLineEdit>(&socket, "hostEdit"), QStringLiteral("/run/postgresql"));
        QTest::keyClicks(child<QLineEdit>(&socket, "databaseEdit"), QStringLiteral("netra"));
        QCOMPARE(socket.shownLocation(),
                 QStringLiteral("postgresql:///netra?host=/run/postgresql"));

        // An address pasted: the fields follow; its password leaves the address for its field,
        // libpq's other parameters stay.
        ConnectDialog pasted;
        auto *location = child<QLineEdit>(&pasted, "locationEdit");
        location->setFocus();
        QTest::keyClicks(location, QStringLiteral("postgresql://koordinator:rahasia@10.0.0.5:6432/"
                                                  "netra?sslmode=require&connect_timeout=5"));
        QCOMPARE(child<QLineEdit>(&pasted, "hostEdit")->text(), QStringLiteral("10.0.0.5"));
        QCOMPARE(child<QSpinBox>(&pasted, "portEdit")->value(), 6432);
        QCOMPARE(child<QLineEdit>(&pasted, "databaseEdit")->text(), QStringLiteral("netra"));
        QCOMPARE(child<QLineEdit>(&pasted, "userEdit")->text(), QStringLiteral("koordinator"));
        QCOMPARE(child<QLineEdit>(&pasted, "serverPasswordEdit")->text(),
                 QStringLiteral("rahasia"));
        QCOMPARE(child<QComboBox>(&pasted, "sslModeCombo")->currentData().toString(),
                 QStringLiteral("require"));
        emit location->editingFinished();
        QCOMPARE(location->text(),
                 QStringLiteral("postgresql://koordinator@10.0.0.5:6432/netra?connect_timeout=5&"
                                "sslmode=require"));
        QVERIFY(ServerLocation::parse(pasted.location(), &l, &error));
        QCOMPARE(l.password, QStringLiteral("rahasia"));

        // Not an address: said so, in words.
        location->setText(QStringLiteral("kantor:5432"));
        emit location->editingFinished();
        QVERIFY(child<QLabel>(&pasted, "connectMessage")
                    ->text()
                    .contains(QLatin1String("not a server address")));
    }

    // `netra URI`: the window opens the server store, the sign-in follows, the register shows
    // its cases; the title and what is remembered name the server without the password, and
    // none of a file's own parts run.
    void opensFromAddressAndSignsIn()
    {
        if (!m_server)
            QSKIP("no server");
        QSettings().clear();
        MainWindow w;
        w.show();
        {
            Dialogs dialogs({[](QWidget *d) { signInWith(d, QStringLiteral("petugas")); }});
            const QString withPassword = m_uri + QStringLiteral("&password=rahasia");
            QVERIFY(w.openFile(withPassword));
            QCOMPARE(dialogs.texts, QStringList{QStringLiteral("loginDialog")});
        }
        QVERIFY(w.database());
        QVERIFY(w.database()->isServer());
        QCOMPARE(w.database()->user()->login, QStringLiteral("petugas"));
        QCOMPARE(w.caseModel()->totalCount(), m_cases);
        QCOMPARE(w.caseView()->model()->rowCount(), m_cases);
        QVERIFY(w.windowTitle().contains(PgServer::databaseOf(m_uri)));
        QVERIFY(w.windowTitle().startsWith(QLatin1String("postgresql://")));
        for (const QString &remembered :
             {w.windowTitle(), QSettings().value(QStringLiteral("lastFile")).toString(),
              FileSession::recentFiles().join(QLatin1Char(' ')), FileSession::lastServer()}) {
            QVERIFY2(!remembered.contains(QLatin1String("rahasia")), qPrintable(remembered));
            QVERIFY2(remembered.contains(PgServer::databaseOf(m_uri)), qPrintable(remembered));
        }
        // A file's own parts: no lock, no hand-over socket, no backups, no restore.
        QVERIFY(!w.fileLock());
        QVERIFY(w.instance()->file().isEmpty());
        QVERIFY(w.backups()->file().isEmpty());
        QVERIFY(!w.restoreAction()->isEnabled());
        QVERIFY(!w.restoreAction()->toolTip().isEmpty());
        shot(&w, QStringLiteral("server-window"));

        // The recent list opens it again, without a password (the test server trusts its
        // socket, as a server with ~/.pgpass lets its user in).
        QVERIFY(w.closeFile());
        Dialogs again({[](QWidget *d) { signInWith(d, QStringLiteral("pemantau")); }});
        QVERIFY(w.openFile(FileSession::lastServer()));
        QCOMPARE(w.database()->user()->login, QStringLiteral("pemantau"));
        QCOMPARE(w.caseModel()->totalCount(), m_cases);
        QVERIFY(w.closeFile());
    }

    // File > Connect to a server: the dialog, then the sign-in; a server that cannot be
    // reached keeps the dialog open with why.
    void connectFromTheMenu()
    {
        if (!m_server)
            QSKIP("no server");
        QSettings().clear();
        MainWindow w;
        w.show();
        QString refused;
        const QString uri = m_uri;
        Dialogs dialogs(
            {[&refused, uri](QWidget *d) {
                 auto *location = child<QLineEdit>(d, "locationEdit");
                 // First a database that is not there: refused in the dialog.
                 location->setText(QString(uri).replace(PgServer::databaseOf(uri),
                                                        QStringLiteral("nothing_here")));
                 emit location->editingFinished();
                 d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                 refused = child<QLabel>(d, "connectMessage")->text();
                 shot(d, QStringLiteral("connect-dialog-refused"));
                 location->setText(uri);
                 emit location->editingFinished();
                 d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
             },
             [](QWidget *d) { signInWith(d, QStringLiteral("petugas")); }});
        QAction *connectAction = w.findChild<QAction *>(QStringLiteral("connectServerAction"));
        QVERIFY(connectAction);
        connectAction->trigger();
        QCOMPARE(dialogs.answered(), 2);
        QVERIFY2(refused.contains(QLatin1String("nothing_here")), qPrintable(refused));
        QVERIFY(w.database() && w.database()->isServer());
        QCOMPARE(w.caseModel()->totalCount(), m_cases);
    }

    // What another officer saves shows when a window of the program gets the focus: the
    // register, the today panel and an open case without edits.
    void othersChangesShowOnFocus()
    {
        if (!m_server)
            QSKIP("no server");
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_uri));
        w.session()->setRefreshInterval(0); // the focus alone, no timer
        w.show();
        GuiTestSupport::activate(&w);
        const qint64 before = w.caseModel()->totalCount();
        const qint64 someCase =
            w.caseModel()->index(0, 0).data(CaseTableModel::CaseIdRole).toLongLong();
        CaseWindow *open = w.openCase(someCase);
        QVERIFY(open);
        GuiTestSupport::activate(open);
        // Whatever the activations left to look at, looked at now.
        QCoreApplication::sendPostedEvents();
        w.session()->checkServer();

        auto other = secondConnection(QStringLiteral("petugas"));
        QVERIFY(other);
        CaseRepository repo(*other);
        Case added = sampleCase(QDate::currentDate());
        QString error;
        QVERIFY2(repo.create(added, &error), qPrintable(error));
        Case changed = *repo.load(someCase);
        changed.description = QStringLiteral("Diubah oleh petugas lain di komputernya.");
        QVERIFY2(repo.save(changed, &error), qPrintable(error));

        // Nothing yet: the window has not looked.
        QCOMPARE(w.caseModel()->totalCount(), before);
        QVERIFY(open->current().description != changed.description);

        // The officer comes back to the register.
        GuiTestSupport::activate(&w);
        QTRY_COMPARE(w.caseModel()->totalCount(), before + 1);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("caseCount"))
                    ->text()
                    .contains(QString::number(before + 1)));
        QCOMPARE(open->current().description, changed.description);
        QVERIFY(!open->isDirty());
        open->close();
    }

    // Live: a case another officer saves shows in the register and the dashboard as soon as it
    // is committed (the server announces it), with no focus change and no timer; and again
    // after the connection was made anew.
    void othersChangesShowLive()
    {
        if (!m_server)
            QSKIP("no server");
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_uri));
        w.session()->setRefreshInterval(0);
        w.show();
        GuiTestSupport::activate(&w);
        DashboardWindow *dashboard = w.showDashboard();
        QVERIFY(dashboard);
        GuiTestSupport::activate(&w);
        QCoreApplication::sendPostedEvents();
        w.session()->checkServer();
        const qint64 before = w.caseModel()->totalCount();
        const qint64 counted = dashboard->data().cases;

        auto other = secondConnection(QStringLiteral("petugas"));
        QVERIFY(other);
        QString error;
        Case added = sampleCase(QDate::currentDate());
        QVERIFY2(CaseRepository(*other).create(added, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(w.caseModel()->totalCount(), before + 1, 10000);
        QCOMPARE(dashboard->data().cases, counted + 1);

        QString why;
        QVERIFY2(w.database()->reconnect(&why), qPrintable(why));
        Case again = sampleCase(QDate::currentDate());
        QVERIFY2(CaseRepository(*other).create(again, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(w.caseModel()->totalCount(), before + 2, 10000);
        dashboard->close();
    }

    // The server goes away in the middle of a session: a save refused with a clear message and
    // nothing written, the loss said with a reconnect offered; trying again while it is away
    // says so again; once it is back the window goes on, what was typed still there and kept
    // as a draft, and saved.
    void serverGoesAwayAndComesBack()
    {
        if (!m_server)
            QSKIP("no server");
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_uri));
        w.session()->setRefreshInterval(0);
        w.show();
        const qint64 total = w.caseModel()->totalCount();
        const qint64 id = w.caseModel()->index(1, 0).data(CaseTableModel::CaseIdRole).toLongLong();
        CaseWindow *open = w.openCase(id);
        QVERIFY(open);
        GuiTestSupport::activate(open);
        const QString stored = open->current().description;
        auto *description = child<QPlainTextEdit>(open, "descriptionEdit");
        description->selectAll();
        const QString typed = QStringLiteral("Keterangan diketik ketika server mati.");
        description->setFocus();
        QTest::keyClicks(description, typed);
        QVERIFY(open->isDirty());

        m_server->stop();
        // Saving while the server is away: refused, said why; the typing stays. The loss: said,
        // with Try again; still away the first time, back the second. (The window looks at the
        // server when the focus comes back from the refusal: the loss may be said then, or when
        // it is asked to look.)
        Dialogs dialogs({[](QWidget *d) { static_cast<QMessageBox *>(d)->accept(); },
                         [](QWidget *d) {
                             shot(d, QStringLiteral("connection-lost"));
                             clickNamed(d, "reconnectButton");
                         },
                         [this](QWidget *d) {
                             QVERIFY(m_server->start());
                             clickNamed(d, "reconnectButton");
                         }});
        QVERIFY(!open->save());
        QVERIFY(dialogs.answered() >= 1);
        QVERIFY2(dialogs.texts.first().contains(QLatin1String("connection to the server was lost")),
                 qPrintable(dialogs.texts.first()));
        QCOMPARE(open->current().description, typed);
        w.session()->checkServer();
        QCOMPARE(dialogs.answered(), 3);
        const QStringList lost = dialogs.texts.mid(1);
        QVERIFY2(lost.at(0).contains(QLatin1String("lost its connection")), qPrintable(lost.at(0)));
        // The server named in words (its socket is on this computer), not by its address.
        QVERIFY2(lost.at(0).contains(QLatin1String(" on this computer.")), qPrintable(lost.at(0)));
        QVERIFY2(!lost.at(0).contains(QLatin1String("postgresql:")), qPrintable(lost.at(0)));
        QVERIFY2(lost.at(0).contains(QLatin1String("Nothing was half-written")),
                 qPrintable(lost.at(0)));
        QVERIFY2(lost.at(0).contains(QLatin1String("kept on this computer")),
                 qPrintable(lost.at(0)));
        QVERIFY2(lost.at(1).contains(QLatin1String("cannot be reached")), qPrintable(lost.at(1)));
        QVERIFY(m_server->isRunning());

        // Back: the same window and case, the typing still there and kept as a draft now.
        QVERIFY(w.database());
        QCOMPARE(w.caseModel()->totalCount(), total);
        // The draft kept on this computer meanwhile (by the refused save) was written back, and
        // the user told.
        QVERIFY2(w.session()->writtenBack().contains(QLatin1String("1 unsaved case edit")),
                 qPrintable(w.session()->writtenBack()));
        QVERIFY(!QFileInfo::exists(LocalSpool(*w.database()).path()));
        QCOMPARE(open->current().description, typed);
        auto again = secondConnection(QStringLiteral("koordinator"));
        QVERIFY(again);
        QCOMPARE(CaseRepository(*again).load(id)->description, stored); // nothing half-written
        QVERIFY(DraftRepository(*again).draft(QStringLiteral("case:%1").arg(id)).contains(typed));
        QVERIFY(open->save());
        QCOMPARE(CaseRepository(*again).load(id)->description, typed);
        QVERIFY(DraftRepository(*again).draft(QStringLiteral("case:%1").arg(id)).isEmpty());
        open->close();
    }

    // Minutes typed while the server is away are kept on this computer as they are typed; the
    // program stops before the server is back (what a kill leaves: the spool file as it was
    // after the last write); at the next sign-in they are written to the server, the user told,
    // and nothing stays kept here.
    void minutesTypedWhileAwayReachTheServer()
    {
        if (!m_server)
            QSKIP("no server");
        const QString witness = QStringLiteral("Budi Santoso");
        const qint64 attendeeId = newAttendee(1, witness);
        QVERIFY(attendeeId > 0);
        QString spoolPath;
        QByteArray atKill;
        {
            // The clerk's program (a connection and the minutes window, without the main
            // window's own look at the server).
            auto db = secondConnection(QStringLiteral("koordinator"));
            QVERIFY(db);
            spoolPath = LocalSpool(*db).path();
            QVERIFY(!spoolPath.isEmpty());
            QVERIFY(!QFileInfo::exists(spoolPath)); // nothing kept while the server answers
            auto *m = new MinutesWindow(*db, attendeeId);
            m->show();
            QVERIFY(!m->isFollowing());
            QTest::keyClicks(m->questionEdit(0), QStringLiteral("Di mana Saudara bekerja?"));
            QTest::keyClicks(m->answerEdit(0), QStringLiteral("Di kantor camat."));
            QVERIFY(m->saveNow());
            QCOMPARE(storedMinutes(attendeeId).size(), 1);

            m_server->stop();
            QTest::keyClicks(m->answerEdit(0), QStringLiteral(" Sejak 2019."));
            m->nextQuestion(); // written at once: kept here
            QVERIFY(m->isKeptLocally());
            QTest::keyClicks(m->questionEdit(1), QStringLiteral("Siapa yang menyuruh Saudara?"));
            QTest::keyClicks(m->answerEdit(1), QStringLiteral("Tidak ada."));
            // The identity block too: sealed there, never in clear.
            QTest::keyClicks(m->findChild<QLineEdit *>(QStringLiteral("identityOccupation")),
                             QStringLiteral("Kepala Seksi Pemerintahan"));
            // The save timer's write (MinutesWindow::SaveDelayMs after the last key).
            QTRY_VERIFY(!m->findChild<QLabel *>(QStringLiteral("saveState"))
                             ->text()
                             .contains(QLatin1String("Saving")));
            QVERIFY(m->isKeptLocally());
            QVERIFY2(m->findChild<QLabel *>(QStringLiteral("saveState"))
                         ->text()
                         .contains(QLatin1String("kept on this computer")),
                     qPrintable(m->findChild<QLabel *>(QStringLiteral("saveState"))->text()));
            QCOMPARE(LocalSpool(*db).count(), 2);
            atKill = bytesOf(spoolPath);
            QVERIFY(atKill.contains("Tidak ada."));
            QVERIFY(!atKill.contains("Kepala Seksi"));
            // Closing asks nothing: it is kept.
            QVERIFY(m->close());
            delete m;
        }
        // A kill leaves the file as the last write made it.
        {
            QFile f(spoolPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(atKill);
        }
        QVERIFY(m_server->start());
        QCOMPARE(storedMinutes(attendeeId).size(), 1); // nothing half-written

        MainWindow again;
        QVERIFY(GuiTestSupport::signIn(again, m_uri));
        QVERIFY2(again.session()->writtenBack().contains(QLatin1String("the minutes of 1 person")),
                 qPrintable(again.session()->writtenBack()));
        QVERIFY2(again.session()->writtenBack().contains(QLatin1String("the identity of 1 person")),
                 qPrintable(again.session()->writtenBack()));
        QVERIFY(
            again.statusBar()->currentMessage().contains(QLatin1String("Written to the server")));
        const QList<MinutesEntry> minutes = storedMinutes(attendeeId);
        QCOMPARE(minutes.size(), 2);
        QCOMPARE(minutes.at(0).question, QStringLiteral("Di mana Saudara bekerja?"));
        QCOMPARE(minutes.at(0).answer, QStringLiteral("Di kantor camat. Sejak 2019."));
        QCOMPARE(minutes.at(1).question, QStringLiteral("Siapa yang menyuruh Saudara?"));
        QCOMPARE(minutes.at(1).answer, QStringLiteral("Tidak ada."));
        QCOMPARE(storedAttendee(attendeeId).occupation,
                 QStringLiteral("Kepala Seksi Pemerintahan"));
        QCOMPARE(storedAttendee(attendeeId).name, witness);
        QVERIFY(!QFileInfo::exists(spoolPath));
    }

    // Minutes kept here that someone changed on another computer meanwhile are not written over
    // theirs: kept beside them as a draft, the clerk told at sign-in and in the minutes window.
    void minutesChangedMeanwhileAreKeptAside()
    {
        if (!m_server)
            QSKIP("no server");
        const qint64 attendeeId = newAttendee(2, QStringLiteral("Agus Salim"));
        QVERIFY(attendeeId > 0);
        {
            auto db = secondConnection(QStringLiteral("koordinator"));
            QVERIFY(db);
            MinutesWindow m(*db, attendeeId);
            m.show();
            m_server->stop();
            QTest::keyClicks(m.questionEdit(0), QStringLiteral("Pertanyaan dari laptop."));
            QTest::keyClicks(m.findChild<QLineEdit *>(QStringLiteral("identityAddress")),
                             QStringLiteral("Jalan Merpati 7"));
            QVERIFY(!m.saveNow());
            QVERIFY(m.isKeptLocally());
        }
        QVERIFY(m_server->start());
        {
            auto other = secondConnection(QStringLiteral("koordinator"));
            QVERIFY(other);
            MinutesEntry e;
            e.question = QStringLiteral("Pertanyaan dari komputer lain.");
            QString error;
            QVERIFY2(HearingRepository(*other).saveMinutes(attendeeId, {e}, &error),
                     qPrintable(error));
            std::optional<Hearing> h = HearingRepository(*other).hearingOf(attendeeId);
            QVERIFY(h);
            for (Attendee &a : h->attendees)
                if (a.id == attendeeId)
                    a.address = QStringLiteral("Jalan Elang 3");
            QVERIFY2(HearingRepository(*other).saveHearing(*h, &error), qPrintable(error));
        }
        MainWindow again;
        QVERIFY(GuiTestSupport::signIn(again, m_uri));
        QVERIFY2(again.session()->writtenBack().contains(QLatin1String("Agus Salim")),
                 qPrintable(again.session()->writtenBack()));
        QVERIFY(again.session()->writtenBack().contains(QLatin1String("changed on another")));
        const QList<MinutesEntry> minutes = storedMinutes(attendeeId);
        QCOMPARE(minutes.size(), 1);
        QCOMPARE(minutes.at(0).question, QStringLiteral("Pertanyaan dari komputer lain."));
        MinutesWindow m(*again.database(), attendeeId);
        QVERIFY2(m.keptAsideNotice().contains(QLatin1String("Pertanyaan dari laptop.")),
                 qPrintable(m.keptAsideNotice()));
        QVERIFY2(m.keptAsideNotice().contains(QLatin1String("Address: Jalan Merpati 7")),
                 qPrintable(m.keptAsideNotice()));
        // Only what differs from the stored block: the name, unchanged, is not repeated.
        QVERIFY2(!m.keptAsideNotice().contains(QLatin1String("Name:")),
                 qPrintable(m.keptAsideNotice()));
        QCOMPARE(storedAttendee(attendeeId).address, QStringLiteral("Jalan Elang 3"));
        // Named once although both its minutes and its identity were set aside.
        QCOMPARE(again.session()->writtenBack().count(QLatin1String("Agus Salim")), 1);
        QCOMPARE(m.questionEdit(0)->toPlainText(),
                 QStringLiteral("Pertanyaan dari komputer lain."));
    }

    // A case's unsaved edits typed while the server is away: the lost-connection box says they
    // are kept on this computer; Close, and the case window's question, keep them; at the next
    // sign-in they are put back as the user's draft and offered when the case opens.
    void caseEditsTypedWhileAwayAreOfferedAgain()
    {
        if (!m_server)
            QSKIP("no server");
        qint64 id = 0;
        QString stored;
        const QString typed = QStringLiteral("Diketik sebelum server mati. Dan sesudahnya.");
        {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, m_uri));
            w.session()->setRefreshInterval(0);
            w.show();
            id = w.caseModel()->index(2, 0).data(CaseTableModel::CaseIdRole).toLongLong();
            CaseWindow *open = w.openCase(id);
            QVERIFY(open);
            GuiTestSupport::activate(open);
            stored = open->current().description;
            auto *description = child<QPlainTextEdit>(open, "descriptionEdit");
            description->selectAll();
            description->setFocus();
            QTest::keyClicks(description, QStringLiteral("Diketik sebelum server mati."));
            open->keepDraft(); // the draft as typed, on the server
            const QString spoolPath = LocalSpool(*w.database()).path();

            // Given up: Close; the case window asks, and keeps them here.
            Dialogs lost({[](QWidget *d) { clickNamed(d, "closeStoreButton"); },
                          [](QWidget *d) { clickNamed(d, "keepLocallyButton"); }});
            m_server->stop();
            QTest::keyClicks(description, QStringLiteral(" Dan sesudahnya."));
            QCOMPARE(open->current().description, typed);
            open->keepDraft(); // what the draft timer does after a pause in typing
            QCOMPARE(LocalSpool(*w.database()).count(), 1);
            QVERIFY(bytesOf(spoolPath).contains("Dan sesudahnya."));
            w.session()->checkServer();
            QCOMPARE(lost.answered(), 2);
            QVERIFY2(lost.texts.at(0).contains(QLatin1String("kept on this computer")),
                     qPrintable(lost.texts.at(0)));
            QVERIFY2(lost.texts.at(1).contains(QLatin1String("kept on this computer")),
                     qPrintable(lost.texts.at(1)));
            QVERIFY(!w.database());
        }
        QVERIFY(m_server->start());
        MainWindow again;
        QVERIFY(GuiTestSupport::signIn(again, m_uri));
        QVERIFY2(again.session()->writtenBack().contains(QLatin1String("1 unsaved case edit")),
                 qPrintable(again.session()->writtenBack()));
        CaseWindow *open = again.openCase(id);
        QVERIFY(open);
        QCOMPARE(open->current().description, typed);
        QVERIFY(open->isDirty());
        QVERIFY2(open->recoveredNotice().contains(QLatin1String("recovered")),
                 qPrintable(open->recoveredNotice()));
        auto other = secondConnection(QStringLiteral("petugas"));
        QCOMPARE(CaseRepository(*other).load(id)->description, stored); // not saved by itself
        QVERIFY(!QFileInfo::exists(LocalSpool(*again.database()).path()));
        QVERIFY(open->save());
        open->close();
    }

    // A confidential reporter typed into a draft while the server is away is in the spool only
    // sealed to the user's key (the file's bytes never hold it); an entry the store cannot take
    // stays kept, and goes once it can, the identity given back to the user who typed it.
    void spoolKeepsNoIdentityInClearAndWhatFailsStays()
    {
        if (!m_server)
            QSKIP("no server");
        auto db = secondConnection(QStringLiteral("petugas"));
        QVERIFY(db);
        const LocalSpool spool(*db);
        QFile::remove(spool.path());
        const QString name = QStringLiteral("Rahasia Pelapor Sejati");
        const QString address = QStringLiteral("Jalan Tersembunyi 17");
        QJsonObject draft;
        draft.insert(QStringLiteral("uuid"),
                     QStringLiteral("11111111-2222-3333-4444-555555555555"));
        draft.insert(QStringLiteral("source"), QStringLiteral("laporan"));
        draft.insert(QStringLiteral("reporter_confidential"), true);
        draft.insert(QStringLiteral("reporter_name"), name);
        draft.insert(QStringLiteral("reporter_address"), address);
        const QString key = QStringLiteral("case:new:11111111-2222-3333-4444-555555555555");

        m_server->stop();
        QVERIFY(LocalSpool::serverAway(*db));
        QVERIFY(DraftRepository(*db).saveDraft(
            key, QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact))));
        QCOMPARE(spool.count(), 1);
        const QByteArray bytes = bytesOf(spool.path());
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(name.toUtf8()));
        QVERIFY(!bytes.contains(address.toUtf8()));
        QVERIFY(!bytes.contains("Rahasia"));
        QVERIFY(bytes.contains("enc1:"));
        // The user's alone.
        QVERIFY(!(QFileInfo(spool.path()).permissions() &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));

        // The store cannot take it: it stays.
        LocalSpool::Result r = LocalSpool(*db).writeBack(*db);
        QCOMPARE(r.left, 1);
        QCOMPARE(r.drafts, 0);
        QVERIFY2(r.summary().contains(QLatin1String("stay on this computer")),
                 qPrintable(r.summary()));
        QCOMPARE(spool.count(), 1);

        QVERIFY(m_server->start());
        QString error;
        QVERIFY2(db->reconnect(&error), qPrintable(error));
        r = LocalSpool(*db).writeBack(*db);
        QCOMPARE(r.left, 0);
        QCOMPARE(r.drafts, 1);
        QVERIFY(!QFileInfo::exists(spool.path()));
        QVERIFY(DraftRepository(*db).draftKeys(QStringLiteral("case:new:")).contains(key));
        const QJsonObject back =
            QJsonDocument::fromJson(DraftRepository(*db).draft(key).toUtf8()).object();
        QCOMPARE(back.value(QStringLiteral("reporter_name")).toString(), name);
        QCOMPARE(back.value(QStringLiteral("reporter_address")).toString(), address);
        // Another user gets it withheld (and not at all: it is petugas's own).
        auto koordinator = secondConnection(QStringLiteral("koordinator"));
        QVERIFY(DraftRepository(*koordinator).draft(key).isEmpty());
        DraftRepository(*db).clearDraft(key);
    }

    // Given up: Close closes the store (a case without edits goes with it).
    void serverGoneClosed()
    {
        if (!m_server)
            QSKIP("no server");
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_uri));
        w.session()->setRefreshInterval(0);
        w.show();
        m_server->stop();
        Dialogs lost({[](QWidget *d) { clickNamed(d, "closeStoreButton"); }});
        w.session()->checkServer();
        QCOMPARE(lost.answered(), 1);
        QVERIFY(!w.database());
        QVERIFY(m_server->start());
    }

    // Each officer's drafts are their own on a shared store: a case typed by one does not open
    // in another's window.
    void draftsAreEachUsersOwn()
    {
        if (!m_server)
            QSKIP("no server");
        auto petugas = secondConnection(QStringLiteral("petugas"));
        QVERIFY(petugas);
        QVERIFY(DraftRepository(*petugas).saveDraft(QStringLiteral("case:new:abc"),
                                                    QStringLiteral("{\"source\":\"laporan\"}")));
        auto koordinator = secondConnection(QStringLiteral("koordinator"));
        QVERIFY(koordinator);
        QVERIFY(DraftRepository(*koordinator).draftKeys(QStringLiteral("case:new:")).isEmpty());
        QVERIFY(DraftRepository(*koordinator).draft(QStringLiteral("case:new:abc")).isEmpty());
        QCOMPARE(DraftRepository(*petugas).draftKeys(QStringLiteral("case:new:")),
                 QStringList{QStringLiteral("case:new:abc")});
        DraftRepository(*petugas).clearDraft(QStringLiteral("case:new:abc"));
        QVERIFY(DraftRepository(*petugas).draftKeys(QStringLiteral("case:new:")).isEmpty());
    }

    // On a server, the administrator gives a new user a scope in the users dialog: the field
    // lists the nation, each province and its regencies; the user is made with a database
    // account of their own and the list shows the scope. An unscoped user's scope cannot be
    // added afterwards (the field is off).
    void usersDialogGivesAScope()
    {
        if (!m_server)
            QSKIP("no server");
        auto db = secondConnection(QStringLiteral("admin"));
        QVERIFY(db);
        UserEditDialog add(*db, UserEditDialog::Mode::Add);
        auto *scope = child<QComboBox>(&add, "scopeCombo");
        QVERIFY(scope);
        QCOMPARE(scope->currentData().toString(), QString());
        QCOMPARE(scope->itemData(1).toString(), QStringLiteral("national"));
        const int klaten = scope->findData(QStringLiteral("3310"));
        QVERIFY(klaten > scope->findData(QStringLiteral("33")));
        QCOMPARE(scope->itemText(klaten).trimmed(), QStringLiteral("Kabupaten Klaten"));
        // 1 + national + 34 provinces + 514 regencies
        QCOMPARE(scope->count(), 550);
        child<QLineEdit>(&add, "loginEdit")->setText(QStringLiteral("klaten_admin"));
        child<QLineEdit>(&add, "fullNameEdit")->setText(QStringLiteral("Admin Klaten"));
        auto *role = child<QComboBox>(&add, "roleCombo");
        role->setCurrentIndex(role->findData(int(Role::Administrator)));
        scope->setCurrentIndex(klaten);
        child<QLineEdit>(&add, "passwordEdit")->setText(QLatin1String(Password));
        child<QLineEdit>(&add, "repeatEdit")->setText(QLatin1String(Password));
        add.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY2(add.result() == QDialog::Accepted,
                 qPrintable(child<QLabel>(&add, "userMessage")->text()));
        const std::optional<User> made = UserRepository(*db).find(QStringLiteral("klaten_admin"));
        QVERIFY(made);
        QCOMPARE(made->scope, QStringLiteral("3310"));
        QVERIFY(ServerAccounts(*db).has(QStringLiteral("klaten_admin")));

        UsersDialog users(*db);
        QTableWidget *table = users.table();
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Scope"));
        bool listed = false;
        for (int row = 0; row < table->rowCount(); ++row)
            listed = listed || (table->item(row, 0)->text() == QLatin1String("klaten_admin") &&
                                table->item(row, 3)->text() == QLatin1String("Kabupaten Klaten"));
        QVERIFY(listed);

        UserEditDialog edit(*db, UserEditDialog::Mode::Edit,
                            *UserRepository(*db).find(QStringLiteral("petugas")));
        QVERIFY(!child<QComboBox>(&edit, "scopeCombo")->isEnabled());
        Translator::install(QStringLiteral("id"));
        UserEditDialog shown(*db, UserEditDialog::Mode::Edit, *made);
        shown.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shown));
        shot(&shown, QStringLiteral("user-scope-id"));
        QCOMPARE(child<QComboBox>(&shown, "scopeCombo")->currentText().trimmed(),
                 QStringLiteral("Kabupaten Klaten"));
        Translator::install(QStringLiteral("en"));
    }

    // In Indonesian: the dialog and the window on a server, nothing cut off (for looking at:
    // NETRA_SHOTS).
    void indonesian()
    {
        if (!m_server)
            QSKIP("no server");
        Translator::install(QStringLiteral("id"));
        ConnectDialog d(m_uri);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        shot(&d, QStringLiteral("connect-dialog-id"));
        QCOMPARE(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(),
                 QStringLiteral("Hubungkan"));
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_uri));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        shot(&w, QStringLiteral("server-window-id"));
        Translator::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestOfficeServer)
#include "TestOfficeServer.moc"
