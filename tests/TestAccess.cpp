// Users and roles: who may do what, in the store (which netra-cli and every window share) and
// in the windows; Argon2id passwords and the slow-down after wrong ones; the idle lock; reveals
// of a confidential reporter's identity logged.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "case/CaseWindow.h"
#include "register/MainWindow.h"
#include "session/LoginDialog.h"
#include "store/HearingRepository.h"
#include "store/HistoryRepository.h"
#include "store/KeyStore.h"
#include "store/LedgerRepository.h"
#include "store/SettingsRepository.h"
#include "store/UserRepository.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <functional>

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

    // A file of its own for the sign-in tests: the administrator, the coordinator, a viewer.
    QString signInFile(const QString &name)
    {
        const QString path = TestSupport::location(m_dir.filePath(name));
        auto db = TestSupport::openNew(path);
        if (!TestSupport::addCliUsers(*db) ||
            !TestSupport::addUser(*db, QStringLiteral("pemantau"), Role::Viewer))
            return QString();
        return path;
    }

    struct Run
    {
        int exit = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run cli(const QString &login, const QStringList &args,
                   const QString &password = QLatin1String(TestSupport::Password))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NETRA_USER"), login);
        env.insert(QStringLiteral("NETRA_PASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NETRA_CLI), args);
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // The data file's bytes, or every row on the server (TestSupport::storeState).
    static QByteArray fileState(const QString &path) { return TestSupport::storeState(path); }

private slots:
    void initTestCase()
    {
        Translator::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_file = TestSupport::location(m_dir.filePath(QStringLiteral("office.netra")));
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

    // A second netra has the file read-only: a coordinator's or an administrator's change of
    // users is refused saying so, and the file is not touched.
    void usersAreNotChangedOnAReadOnlyFile()
    {
        const QByteArray before = fileState(m_file);
        QString error;
        auto db = Database::open(m_file, Database::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(UserRepository(*db).login(QStringLiteral("admin"),
                                           QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
        UserRepository users(*db);
        const std::optional<User> clerk = users.find(QStringLiteral("notulis"));
        QVERIFY(clerk);
        User renamed = *clerk;
        renamed.fullName = QStringLiteral("Nama Baru");
        User added;
        added.login = QStringLiteral("baru");
        added.fullName = QStringLiteral("Pengguna Baru");
        added.role = Role::Officer;
        const QList<std::function<bool(QString *)>> changes = {
            [&](QString *e) { return users.update(renamed, e); },
            [&](QString *e) { return users.create(added, QStringLiteral("rahasia-456"), e); },
            [&](QString *e) {
                return users.setPassword(clerk->id, QStringLiteral("rahasia-789"), e);
            },
            [&](QString *e) { return users.setAssignedClerks(m_caseId, {}, e); },
        };
        for (const auto &change : changes) {
            error.clear();
            QVERIFY(!change(&error));
            QCOMPARE(error, Access::readOnlyRefusal());
        }
        QCOMPARE(users.find(QStringLiteral("notulis"))->fullName, clerk->fullName);
        QVERIFY(!users.find(QStringLiteral("baru")));
        db.reset();
        QCOMPARE(fileState(m_file), before);
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
            QCOMPARE(LedgerRepository(repo.database()).saveFollowUp(f, m_caseId, &error),
                     e.followUp);
            QCOMPARE(
                SettingsRepository(repo.database())
                    .setSetting(QStringLiteral("office_city"), QStringLiteral("Sukoharjo"), &error),
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
        const QList<ChangeEntry> history = HistoryRepository(repo.database()).history(shown->uuid);
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

    void unknownLoginCostsTheSameAsAWrongPassword()
    {
        const QString path = signInFile(QStringLiteral("timing.netra"));
        QVERIFY(!path.isEmpty());
        auto db = TestSupport::openNew(path);
        UserRepository users(*db);
        User gone;
        gone.login = QStringLiteral("pensiun");
        gone.fullName = QStringLiteral("Pegawai Pensiun");
        QString error;
        QVERIFY2(users.create(gone, QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
        gone.active = false;
        QVERIFY2(users.update(gone, &error), qPrintable(error));

        // Unknown, wrong, disabled (even with its right password): one Argon2id check each, one
        // answer.
        const struct
        {
            const char *login;
            const char *password;
        } tries[] = {{"siapa", "salah-salah"},
                     {"pemantau", "salah-salah"},
                     {"pensiun", "salah-salah"},
                     {"pensiun", TestSupport::Password}};
        for (const auto &t : tries) {
            const int checks = UserRepository::passwordChecks();
            int wait = -1;
            QVERIFY(!users.login(QLatin1String(t.login), QLatin1String(t.password), &error, &wait));
            QCOMPARE(error, QStringLiteral("Wrong user name or password."));
            QCOMPARE(wait, 0);
            QCOMPARE(UserRepository::passwordChecks() - checks, 1);
        }
        QVERIFY(
            users.login(QStringLiteral("pemantau"), QLatin1String(TestSupport::Password), &error));

        // The hash an unknown login is checked against has the parameters of a real one
        // ($argon2id$v=19$m=...,t=...,p=1$salt$hash), so checking it costs as much; made once.
        const QStringList dummy = UserRepository::dummyHash().split(QLatin1Char('$'));
        const QStringList real =
            UserRepository::hashPassword(QStringLiteral("kata-sandi-1")).split(QLatin1Char('$'));
        QCOMPARE(dummy.size(), 6);
        QCOMPARE(dummy.mid(0, 4), real.mid(0, 4));
        QCOMPARE(dummy.at(4).size(), real.at(4).size());
        QCOMPARE(dummy.at(5).size(), real.at(5).size());
        QCOMPARE(UserRepository::dummyHash().split(QLatin1Char('$')), dummy);

        // Measured, not asserted: an unknown login and a wrong password take about as long.
        QElapsedTimer timer;
        qint64 unknown = 0;
        qint64 wrong = 0;
        for (int i = 0; i < 5; ++i) {
            timer.start();
            users.login(QStringLiteral("siapa"), QStringLiteral("salah-salah"), &error);
            unknown += timer.nsecsElapsed();
            timer.start();
            users.login(QStringLiteral("pemantau"), QStringLiteral("salah-salah"), &error);
            wrong += timer.nsecsElapsed();
            users.login(QStringLiteral("pemantau"), QLatin1String(TestSupport::Password), &error);
        }
        qInfo("sign-in refused: unknown login %.1f ms, wrong password %.1f ms (ratio %.2f)",
              unknown / 5e6, wrong / 5e6, double(unknown) / double(wrong));
    }

    void lockOutNeverBlocksEveryAdministrator()
    {
        const QString path = signInFile(QStringLiteral("lockout.netra"));
        QVERIFY(!path.isEmpty());
        QDateTime clock = m_now;
        auto db = TestSupport::openNew(path);
        db->setClock([&clock] { return clock; });
        UserRepository users(*db);
        // A colleague guesses, each time as soon as allowed; the last wait asked for.
        auto guess = [&](const QString &login, int times) {
            int wait = 0;
            for (int i = 0; i < times; ++i) {
                QString error;
                users.login(login, QStringLiteral("salah-terus"), &error, &wait);
                clock = clock.addSecs(wait + 1);
            }
            return wait;
        };
        QString error;
        // The only administrator: never more than a minute, however many guesses.
        QCOMPARE(guess(QStringLiteral("admin"), 10), Access::LastAdministratorDelaySeconds);
        QVERIFY2(users.login(QStringLiteral("admin"), QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
        // Every other account waits longer and longer, up to 15 minutes.
        QCOMPARE(guess(QStringLiteral("pemantau"), 10), 15 * 60);

        // Two administrators: while the other can sign in, an administrator's waits grow too.
        QVERIFY(TestSupport::addUser(*db, QStringLiteral("admin2"), Role::Administrator));
        QCOMPARE(guess(QStringLiteral("admin"), 5), 120);
        const QDateTime lastGuess = clock.addSecs(-121);
        QVERIFY2(
            users.login(QStringLiteral("admin2"), QLatin1String(TestSupport::Password), &error),
            qPrintable(error));
        // When both are guessed at, neither waits more than a minute.
        clock = lastGuess.addSecs(1);
        QCOMPARE(guess(QStringLiteral("admin2"), 4), 60);
        clock = lastGuess.addSecs(Access::LastAdministratorDelaySeconds + 1);
        QVERIFY2(users.login(QStringLiteral("admin"), QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
    }

    void lockedOutAdministratorSignsInWithNetraCli()
    {
        const QString path = signInFile(QStringLiteral("lockout-cli.netra"));
        QVERIFY(!path.isEmpty());
        // Eight wrong passwords each for the administrator and the viewer, each as soon as it
        // was allowed, the last three minutes ago.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &[login, lastWait] : {std::pair{"admin", 60}, std::pair{"pemantau", 900}}) {
            const bool administrator = qstrcmp(login, "admin") == 0;
            int span = 0;
            for (int i = 1; i < 8; ++i)
                span += Access::loginDelaySeconds(i, administrator) + 1;
            QDateTime clock = now.addSecs(-180 - span);
            auto db = TestSupport::openNew(path);
            db->setClock([&clock] { return clock; });
            int wait = 0;
            for (int i = 0; i < 8; ++i) {
                QString error;
                QVERIFY(!UserRepository(*db).login(QLatin1String(login),
                                                   QStringLiteral("salah-terus"), &error, &wait));
                clock = clock.addSecs(wait + 1);
            }
            QCOMPARE(wait, lastWait);
        }
        // The administrator's wait is over; the viewer's is not.
        const Run admin = cli(QStringLiteral("admin"), {QStringLiteral("users"), path});
        QVERIFY2(admin.exit == 0, admin.err.constData());
        const Run viewer = cli(QStringLiteral("pemantau"), {QStringLiteral("cases"), path});
        QCOMPARE(viewer.exit, 1);
        QVERIFY2(viewer.err.contains("Too many wrong passwords"), viewer.err.constData());
        QVERIFY(viewer.out.isEmpty());

        // The desktop's sign-in dialog likewise: one more wrong password (the listing above only
        // read, so the count stands), and the administrator is asked to wait a minute, not 15.
        auto db = TestSupport::openNew(path);
        LoginDialog dialog(*db, LoginDialog::Mode::SignIn, QStringLiteral("admin"));
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("salah-terus"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        const QString message = dialog.findChild<QLabel *>(QStringLiteral("loginMessage"))->text();
        QVERIFY2(message.contains(QLatin1String("Wait 60 seconds")), qPrintable(message));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!db->user());
    }

    void readOnlyCommandsWriteNothing()
    {
        const QString path = TestSupport::location(m_dir.filePath(QStringLiteral("demo.netra")));
        QString number;
        {
            auto db = TestSupport::openNew(path);
            DemoGenerator::Options o;
            o.cases = 30;
            o.seed = 5;
            o.today = QDate(2024, 12, 31);
            QString error;
            QVERIFY2(DemoGenerator(*db, o).run(&error), qPrintable(error));
            number = CaseRepository(*db).load(1)->receiptNumber;
        }
        const QString out = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const QString reg = out + QStringLiteral("/register.csv");
        const QString pkg = out + QStringLiteral("/paket.netrapkg");
        QCOMPARE(cli(QStringLiteral("koordinator"),
                     {QStringLiteral("export-csv"), path, QStringLiteral("--out"), reg})
                     .exit,
                 0);
        QCOMPARE(cli(QStringLiteral("koordinator"),
                     {QStringLiteral("export"), path, QStringLiteral("--out"), pkg})
                     .exit,
                 0);
        const QString bad = out + QStringLiteral("/rusak.csv");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("bukan,register\n1,2\n");
        f.close();

        const QList<QStringList> commands = {
            {QStringLiteral("check"), path},
            {QStringLiteral("stats"), path, QStringLiteral("--json")},
            {QStringLiteral("cases"), path, QStringLiteral("--json")},
            {QStringLiteral("print"), path, QStringLiteral("--case"), number,
             QStringLiteral("--document"), QStringLiteral("summary"), QStringLiteral("--out"),
             out + QStringLiteral("/ringkasan.pdf")},
            {QStringLiteral("export-csv"), path, QStringLiteral("--out"),
             out + QStringLiteral("/keluar.csv")},
            {QStringLiteral("export"), path, QStringLiteral("--out"),
             out + QStringLiteral("/keluar.netrapkg")},
            {QStringLiteral("backups"), path},
            {QStringLiteral("users"), path},
            {QStringLiteral("import-csv"), path, reg, QStringLiteral("--dry-run")},
            {QStringLiteral("import"), path, pkg, QStringLiteral("--dry-run")},
            // Refused: a register that is not one; for all but the coordinator, the role.
            {QStringLiteral("import-csv"), path, bad},
            {QStringLiteral("restore"), path, path},
        };
        // On the server, the role who may do most and the one who may do least (the file runs
        // every role's refusals).
        const QList<const char *> logins =
            TestSupport::onServer()
                ? QList<const char *>{"koordinator", "pemantau"}
                : QList<const char *>{"admin", "koordinator", "petugas", "notulis", "pemantau"};
        for (const char *login : logins) {
            for (const QStringList &args : commands) {
                const QByteArray before = fileState(path);
                const Run r = cli(QLatin1String(login), args);
                const QByteArray what = QByteArray(login) + ": " + args.join(' ').toUtf8() +
                                        " (exit " + QByteArray::number(r.exit) + ") " + r.err;
                QVERIFY2(r.exit == 0 || r.exit == 1, what.constData());
                QVERIFY2(fileState(path) == before, what.constData());
            }
        }
        // A wrong password is still counted: that is what slows guessing down.
        const QByteArray before = fileState(path);
        QCOMPARE(cli(QStringLiteral("pemantau"), {QStringLiteral("check"), path},
                     QStringLiteral("salah-salah"))
                     .exit,
                 1);
        QVERIFY(fileState(path) != before);
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
        if (TestSupport::onServer()) // its own part of #12, in ui/session
            QSKIP("the desktop's window on a server: File → Connect to a server… (#12)");
        const QString path = m_dir.filePath(QStringLiteral("new.netra"));
        MainWindow w;
        // The sign-in dialog, then the file's keys are made: a word on it, and the recovery
        // key shown once.
        QStringList seen;
        QString recoveryKey;
        QTimer answers;
        answers.setInterval(20);
        QPointer<QWidget> last;
        connect(&answers, &QTimer::timeout, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog == last)
                return;
            last = dialog;
            if (dialog->objectName() == QLatin1String("loginDialog")) {
                seen << dialog->objectName();
                dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText("admin");
                dialog->findChild<QLineEdit *>(QStringLiteral("fullNameEdit"))->setText("Rina");
                dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                    ->setText("kata-sandi-1");
                dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))
                    ->setText("kata-sandi-1");
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            } else if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
                seen << QStringLiteral("message");
                box->accept();
            } else if (dialog->objectName() == QLatin1String("recoveryKeyDialog")) {
                seen << dialog->objectName();
                recoveryKey = dialog->findChild<QLabel *>(QStringLiteral("recoveryKey"))->text();
                dialog->findChild<QPushButton *>(QStringLiteral("recoveryKeyKept"))->click();
                answers.stop();
            }
        });
        answers.start();
        QVERIFY(w.openFile(path, true));
        answers.stop();
        QCOMPARE(seen, (QStringList{QStringLiteral("loginDialog"), QStringLiteral("message"),
                                    QStringLiteral("recoveryKeyDialog")}));
        QCOMPARE(recoveryKey.split(QLatin1Char('-')).size(), 13);
        QVERIFY(KeyStore(*w.database()).hasFileKeys());
        QCOMPARE(w.database()->user()->role, Role::Administrator);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("signedInUser"))->text().contains("Rina"));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("usersAction"))->isEnabled());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("settingsAction"))->isEnabled());
    }

    void windowsDisableWhatTheRoleMayNotDo()
    {
        if (TestSupport::onServer()) // its own part of #12, in ui/session
            QSKIP("the desktop's window on a server: File → Connect to a server… (#12)");
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
        const int before = int(HistoryRepository(*w.database()).history(c->current().uuid).size());
        reveal->click();
        QCOMPARE(c->findChild<QLineEdit *>(QStringLiteral("reporterName"))->text(),
                 QStringLiteral("Ani Pelapor Rahasia"));
        QCOMPARE(int(HistoryRepository(*w.database()).history(c->current().uuid).size()),
                 before + 1);
        QVERIFY(!c->isDirty());
    }

    void idleWindowLocksUntilThePassword()
    {
        if (TestSupport::onServer()) // its own part of #12, in ui/session
            QSKIP("the desktop's window on a server: File → Connect to a server… (#12)");
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
