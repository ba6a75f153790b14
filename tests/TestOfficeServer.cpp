// The desktop on an office server (#12): the window opens a PostgreSQL store from its address or
// from File > Connect to a server, signs in as for a file, shows the register, sees what another
// connection changed when a window gets the focus, and survives the server going away: a message,
// nothing half-written, a reconnect offered, what was typed kept. On a throwaway server of its
// own (tests/PgServer.h); skipped, saying why, when no server can be started.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "case/CaseWindow.h"
#include "register/CaseTableModel.h"
#include "register/MainWindow.h"
#include "register/TodayPanel.h"
#include "session/BackupScheduler.h"
#include "session/ConnectDialog.h"
#include "session/SingleInstance.h"
#include "store/DraftRepository.h"
#include "store/KeyStore.h"
#include "store/ServerLocation.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>

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
        {
            // Saving while the server is away: refused, said why; the typing stays.
            Dialogs refusal({[](QWidget *d) { static_cast<QMessageBox *>(d)->accept(); }});
            QVERIFY(!open->save());
            QCOMPARE(refusal.answered(), 1);
            QVERIFY2(
                refusal.texts.first().contains(QLatin1String("connection to the server was lost")),
                qPrintable(refusal.texts.first()));
            QCOMPARE(open->current().description, typed);
        }

        // The loss: said, with Try again; still away the first time, back the second.
        Dialogs lost({[](QWidget *d) {
                          shot(d, QStringLiteral("connection-lost"));
                          clickNamed(d, "reconnectButton");
                      },
                      [this](QWidget *d) {
                          QVERIFY(m_server->start());
                          clickNamed(d, "reconnectButton");
                      }});
        w.session()->checkServer();
        QCOMPARE(lost.answered(), 2);
        QVERIFY2(lost.texts.at(0).contains(QLatin1String("lost its connection")),
                 qPrintable(lost.texts.at(0)));
        QVERIFY2(lost.texts.at(0).contains(QLatin1String("Nothing was half-written")),
                 qPrintable(lost.texts.at(0)));
        QVERIFY2(lost.texts.at(1).contains(QLatin1String("cannot be reached")),
                 qPrintable(lost.texts.at(1)));
        QVERIFY(m_server->isRunning());

        // Back: the same window and case, the typing still there and kept as a draft now.
        QVERIFY(w.database());
        QCOMPARE(w.caseModel()->totalCount(), total);
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
