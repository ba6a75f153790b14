// Users and roles: who may do what, in the store (which netra-cli and every window share) and
// in the windows; Argon2id passwords and the slow-down after wrong ones; the idle lock; reveals
// of a confidential reporter's identity logged.
#include "CaseWindow.h"
#include "GuiTestSupport.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translator.h"
#include "store/HearingRepository.h"
#include "store/UserRepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>

class TestAccess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    qint64 m_caseId = 0;   // a confidential report, with a hearing
    qint64 m_otherId = 0;  // a case no clerk is assigned to
    qint64 m_attendee = 0; // the person reported, heard in m_caseId's hearing
    QDateTime m_now = QDateTime(QDate(2024, 10, 20), QTime(9, 0), Qt::UTC);

    std::unique_ptr<Database> signedIn(const QString &login)
    {
        auto db = TestSupport::openNew(m_file, QDate(2024, 10, 20));
        db->setClock([this] { return m_now; });
        QString error;
        if (!UserRepository(*db).login(login, QLatin1String(TestSupport::Password), &error))
            qWarning("%s", qPrintable(error));
        return db;
    }

private slots:
    void initTestCase()
    {
        Translator::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("office.netra"));
        auto db = TestSupport::openNew(m_file, QDate(2024, 10, 20));
        // The first user must be the administrator.
        User first;
        first.login = QStringLiteral("petugas");
        first.fullName = QStringLiteral("Dewi");
        first.role = Role::Officer;
        QString error;
        QVERIFY(!UserRepository(*db).create(first, QStringLiteral("rahasia-123"), &error));
        QVERIFY(error.contains(QLatin1String("administrator")));
        QVERIFY(TestSupport::addCliUsers(*db));
        for (const auto &[login, role] :
             {std::pair{"petugas", Role::Officer}, std::pair{"notulis", Role::Clerk},
              std::pair{"pemantau", Role::Viewer}})
            QVERIFY(TestSupport::addUser(*db, QLatin1String(login), role));
        Case c = TestSupport::sampleCase(QDate(2024, 10, 14));
        c.reporterConfidential = true;
        c.reporterName = QStringLiteral("Ani Pelapor Rahasia");
        CaseRepository repo(*db);
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        m_caseId = c.id;
        Case other = TestSupport::sampleCase(QDate(2024, 10, 15));
        QVERIFY2(repo.create(other, &error), qPrintable(error));
        m_otherId = other.id;
        for (qint64 id : {m_caseId, m_otherId}) {
            Hearing h;
            h.caseId = id;
            h.scheduledAt = QDateTime(QDate(2024, 10, 21), QTime(9, 0));
            h.place = QStringLiteral("Ruang Sidang");
            Attendee a;
            a.partyId = repo.load(id)->parties.first().id;
            a.role = QStringLiteral("terlapor");
            a.name = QStringLiteral("Siti Rahmawati");
            h.attendees << a;
            QVERIFY2(HearingRepository(*db).saveHearing(h, &error), qPrintable(error));
            if (id == m_caseId)
                m_attendee = h.attendees.first().id;
        }
        const std::optional<User> clerk = UserRepository(*db).find(QStringLiteral("notulis"));
        QVERIFY(UserRepository(*db).setAssignedClerks(m_caseId, {clerk->id}, &error));
    }

    void passwordsAreArgon2idHashes()
    {
        const QString hash = UserRepository::hashPassword(QStringLiteral("rahasia-123"));
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!hash.contains(QLatin1String("rahasia")));
        QVERIFY(UserRepository::checkPassword(QStringLiteral("rahasia-123"), hash));
        QVERIFY(!UserRepository::checkPassword(QStringLiteral("rahasia-124"), hash));
        // Two hashes of one password differ (their salts do).
        QVERIFY(hash != UserRepository::hashPassword(QStringLiteral("rahasia-123")));
        QVERIFY(!UserRepository::passwordProblem(QStringLiteral("x"), QStringLiteral("pendek"))
                     .isEmpty());
    }

    void eachRoleMayDoItsOwnActionsOnly()
    {
        struct Expect
        {
            const char *login;
            bool editCase, decide, hearing, otherHearing, followUp, settings, users;
        };
        const Expect expected[] = {
            {"admin", false, false, false, false, false, true, true},
            {"koordinator", true, true, true, true, true, false, false},
            {"petugas", true, false, true, true, true, false, false},
            {"notulis", false, false, true, false, false, false, false},
            {"pemantau", false, false, false, false, false, false, false},
        };
        for (const Expect &e : expected) {
            auto db = signedIn(QLatin1String(e.login));
            QVERIFY2(db->user(), e.login);
            CaseRepository repo(*db);
            QString error;
            Case c = *repo.load(m_caseId);
            c.description += QStringLiteral(" (dilengkapi)");
            QCOMPARE(repo.save(c, &error), e.editCase);
            if (!e.editCase)
                QVERIFY2(error.contains(QLatin1String("may not change cases")), qPrintable(error));

            Step step;
            step.kind = Step::Kind::NotRegister;
            step.date = QDate(2024, 10, 16);
            step.reason = QStringLiteral("uji");
            // Probed through whether the store lets the role decide; the case stays received.
            QCOMPARE(db->allows(Action::Decide), e.decide);
            if (!e.decide) {
                QVERIFY(!repo.applyStep(m_otherId, step, &error));
                QVERIFY2(error.contains(QLatin1String("Only a coordinator")), qPrintable(error));
            }

            HearingRepository hearings(*db);
            QCOMPARE(hearings.setAttendance(m_attendee, QStringLiteral("hadir"), QString(), &error),
                     e.hearing);
            const qint64 otherAttendee = hearings.hearings(m_otherId).first().attendees.first().id;
            QCOMPARE(
                hearings.setAttendance(otherAttendee, QStringLiteral("hadir"), QString(), &error),
                e.otherHearing);

            FollowUp f;
            f.partyId = repo.load(m_caseId)->parties.first().id;
            f.authority = QStringLiteral("BKN");
            QCOMPARE(repo.saveFollowUp(f, m_caseId, &error), e.followUp);
            QCOMPARE(
                repo.setSetting(QStringLiteral("office_city"), QStringLiteral("Sukoharjo"), &error),
                e.settings);
            User u;
            u.login = QStringLiteral("baru") + QLatin1String(e.login);
            u.fullName = QStringLiteral("Pengguna Baru");
            QCOMPARE(UserRepository(*db).create(u, QStringLiteral("rahasia-123"), &error), e.users);
        }
        // The coordinator decides.
        auto db = signedIn(QStringLiteral("koordinator"));
        Step step;
        step.kind = Step::Kind::NotRegister;
        step.date = QDate(2024, 10, 16);
        step.reason = QStringLiteral("Bukan pelanggaran netralitas");
        QString error;
        QVERIFY2(CaseRepository(*db).applyStep(m_otherId, step, &error), qPrintable(error));
    }

    void confidentialIdentityIsWithheldAndRevealsAreLogged()
    {
        for (const char *login : {"petugas", "pemantau", "notulis", "admin"}) {
            auto db = signedIn(QLatin1String(login));
            CaseRepository repo(*db);
            const Case c = *repo.load(m_caseId);
            QVERIFY(c.reporterHidden);
            QVERIFY(c.reporterName.isEmpty());
            QString error;
            QVERIFY(!repo.revealReporter(m_caseId, QStringLiteral("uji"), &error));
            QVERIFY(error.contains(QLatin1String("Only a coordinator")));
        }
        // An officer saving the case keeps the identity, and cannot lift the confidentiality.
        {
            auto db = signedIn(QStringLiteral("petugas"));
            CaseRepository repo(*db);
            Case c = *repo.load(m_caseId);
            c.eventPlace = QStringLiteral("Balai Desa");
            QString error;
            QVERIFY2(repo.save(c, &error), qPrintable(error));
            c = *repo.load(m_caseId);
            c.reporterConfidential = false;
            QVERIFY(!repo.save(c, &error));
        }
        auto db = signedIn(QStringLiteral("koordinator"));
        CaseRepository repo(*db);
        QVERIFY(repo.load(m_caseId)->reporterHidden);
        QString error;
        const std::optional<Case> shown =
            repo.revealReporter(m_caseId, QStringLiteral("Rapat pleno"), &error);
        QVERIFY2(shown, qPrintable(error));
        QCOMPARE(shown->reporterName, QStringLiteral("Ani Pelapor Rahasia"));
        const QList<ChangeEntry> history = repo.history(shown->uuid);
        const auto reveal = std::find_if(history.begin(), history.end(), [](const ChangeEntry &e) {
            return e.action == QLatin1String("reveal");
        });
        QVERIFY(reveal != history.end());
        QCOMPARE(reveal->actor, QStringLiteral("koordinator"));
        QCOMPARE(reveal->changes.value(QLatin1String("purpose")).toString(),
                 QStringLiteral("Rapat pleno"));
    }

    void wrongPasswordsSlowDownAcrossRestarts()
    {
        for (int i = 0; i < Access::FreeAttempts; ++i) {
            auto db = TestSupport::openNew(m_file);
            db->setClock([this] { return m_now; });
            QString error;
            int wait = -1;
            QVERIFY(!UserRepository(*db).login(QStringLiteral("pemantau"), QStringLiteral("salah"),
                                               &error, &wait));
            QVERIFY(error.startsWith(QLatin1String("Wrong user name or password.")));
            QCOMPARE(wait, i + 1 < Access::FreeAttempts ? 0 : 30);
        }
        // Even the right password waits now, in a new session too.
        auto db = TestSupport::openNew(m_file);
        db->setClock([this] { return m_now.addSecs(10); });
        QString error;
        int wait = 0;
        QVERIFY(!UserRepository(*db).login(QStringLiteral("pemantau"),
                                           QLatin1String(TestSupport::Password), &error, &wait));
        QCOMPARE(wait, 20);
        QVERIFY(error.contains(QLatin1String("Try again in 20 seconds")));
        db->setClock([this] { return m_now.addSecs(31); });
        QVERIFY2(UserRepository(*db).login(QStringLiteral("pemantau"),
                                           QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
        // An unknown user gets the same answer as a wrong password.
        QVERIFY(!UserRepository(*db).login(QStringLiteral("siapa"), QStringLiteral("x"), &error));
        QCOMPARE(error, QStringLiteral("Wrong user name or password."));
    }

    void commandLineObeysTheSameRules()
    {
        auto run = [this](const QString &login, const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("NETRA_USER"), login);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(NETRA_CLI), args);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), p.readAllStandardError());
        };
        const QStringList setCity{QStringLiteral("settings"), m_file, QStringLiteral("--set"),
                                  QStringLiteral("office_city=Sukoharjo")};
        auto [exit, err] = run(QStringLiteral("petugas"), setCity);
        QCOMPARE(exit, 1);
        QVERIFY(err.contains("Only an administrator changes the settings"));
        QCOMPARE(run(QStringLiteral("admin"), setCity).first, 0);
        // No user, no data.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NETRA_USER"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NETRA_CLI), {QStringLiteral("cases"), m_file});
        p.waitForFinished(60000);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void firstStartCreatesTheAdministrator()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.netra"));
        MainWindow w;
        GuiTestSupport::whenDialog([](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("loginDialog"));
            dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText("admin");
            dialog->findChild<QLineEdit *>(QStringLiteral("fullNameEdit"))->setText("Rina");
            dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText("kata-sandi-1");
            dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))->setText("kata-sandi-1");
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(w.openFile(path, true));
        QCOMPARE(w.database()->user()->role, Role::Administrator);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("signedInUser"))->text().contains("Rina"));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("usersAction"))->isEnabled());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("settingsAction"))->isEnabled());
    }

    void windowsDisableWhatTheRoleMayNotDo()
    {
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_file, QStringLiteral("pemantau")));
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("settingsAction"))->isEnabled());
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("usersAction"))->isEnabled());
        CaseWindow *c = w.openCase(m_caseId);
        QVERIFY(c);
        auto *name = c->findChild<QLineEdit *>(QStringLiteral("reporterName"));
        QVERIFY(name->text().isEmpty());
        QVERIFY(name->isReadOnly());
        QVERIFY(c->findChild<QLineEdit *>(QStringLiteral("placeEdit"))->isReadOnly());
        QVERIFY(!c->findChild<QPushButton *>(QStringLiteral("revealReporter"))->isVisibleTo(c));
        QVERIFY(!c->findChild<QPushButton *>(QStringLiteral("newHearingButton"))->isEnabled());
        QVERIFY(!c->findChild<QPushButton *>(QStringLiteral("stepRegister"))->isEnabled());

        // The coordinator sees the identity only by asking, and that is logged.
        QVERIFY(GuiTestSupport::signIn(w, m_file, QStringLiteral("koordinator")));
        c = w.openCase(m_caseId);
        auto *reveal = c->findChild<QPushButton *>(QStringLiteral("revealReporter"));
        QVERIFY(reveal->isVisibleTo(c));
        const int before = int(CaseRepository(*w.database()).history(c->current().uuid).size());
        reveal->click();
        QCOMPARE(c->findChild<QLineEdit *>(QStringLiteral("reporterName"))->text(),
                 QStringLiteral("Ani Pelapor Rahasia"));
        QCOMPARE(int(CaseRepository(*w.database()).history(c->current().uuid).size()), before + 1);
        QVERIFY(!c->isDirty());
    }

    void idleWindowLocksUntilThePassword()
    {
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_file, QStringLiteral("petugas")));
        w.show();
        CaseWindow *c = w.openCase(m_caseId);
        QVERIFY(c->isVisible());
        bool wrongTried = false;
        bool sawLock = false;
        GuiTestSupport::whenDialog([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("loginDialog"));
            // Everything else is hidden while locked.
            sawLock = w.isLocked() && !c->isVisible();
            auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            password->setText(QStringLiteral("salah-sekali"));
            ok->click();
            wrongTried =
                dialog->isVisible() &&
                !dialog->findChild<QLabel *>(QStringLiteral("loginMessage"))->text().isEmpty();
            w.setIdleLimit(0); // no second lock while the test looks
            password->setText(QLatin1String(TestSupport::Password));
            ok->click();
        });
        w.setIdleLimit(300);
        QTRY_VERIFY_WITH_TIMEOUT(sawLock && !w.isLocked(), 5000);
        QVERIFY(wrongTried);
        QVERIFY(c->isVisible());
        QVERIFY(w.database());
    }
};

QTEST_MAIN(TestAccess)
#include "TestAccess.moc"
