// Many offices on one server (README "Many offices on one server"): three regencies in two
// provinces in one PostgreSQL database, users of each scope, each signing in as their own
// database role. What each sees through netra-cli and through a direct psql session under that
// role (row counts per table), what the server refuses even when Netra's own checks are
// bypassed, administration by scope, and a file office's package landing in its regency.
#include "TestSupport.h"

#include "domain/PreventionActivity.h"
#include "domain/Scope.h"
#include "store/ActivityRepository.h"
#include "store/CaseRepository.h"
#include "store/LetterBook.h"
#include "store/ServerAccounts.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Sukoharjo = QStringLiteral("3311"); // Jawa Tengah
const QString Klaten = QStringLiteral("3310");    // Jawa Tengah
const QString Yogya = QStringLiteral("3471");     // DI Yogyakarta
const QString Password = QLatin1String(TestSupport::Password);

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

class TestScopes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PgServer *m_server = nullptr;
    QString m_database;
    QString m_owner; // the store's own account (the cluster's superuser in the tests)
    QString m_plain; // the same database, no account named: each user signs in as themself
    QHash<QString, int> m_cases; // cases made per regency
    int m_partiesPerCase = 0;

    Run cli(const QString &login, const QStringList &args,
            const QString &password = QLatin1String(TestSupport::Password))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NETRA_USER"), login);
        env.insert(QStringLiteral("NETRA_PASSWORD"), password);
        env.insert(QStringLiteral("NETRA_NEW_PASSWORD"), Password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NETRA_CLI), args);
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // SQL run by psql as the database role `login` with its password; output or error.
    bool psqlAs(const QString &login, const QString &sql, QString *output,
                const QString &password = QLatin1String(TestSupport::Password))
    {
        return m_server->psqlAs(m_database, login, password, sql, output);
    }

    int countAs(const QString &login, const QString &sql)
    {
        QString out;
        if (!psqlAs(login, sql, &out)) {
            qWarning("%s: %s", qPrintable(login), qPrintable(out));
            return -1;
        }
        return out.toInt();
    }

    int countAsOwner(const QString &sql)
    {
        QString out;
        return m_server->psql(m_database, sql, &out) ? out.toInt() : -1;
    }

    int casesIn(const QString &scope) const
    {
        int n = 0;
        for (auto it = m_cases.begin(); it != m_cases.end(); ++it)
            n += Scope::coversRegency(scope, it.key()) ? it.value() : 0;
        return n;
    }

    static QString like(const QString &scope)
    {
        return scope == Scope::national() ? QStringLiteral("%")
                                          : scope + (scope.size() == 2 ? QStringLiteral("%") : "");
    }

private slots:
    void initTestCase()
    {
        m_server = PgServer::instance();
        QVERIFY(m_server);
        m_owner = m_server->newDatabase(QStringLiteral("integrated"));
        QVERIFY(!m_owner.isEmpty());
        m_database = PgServer::databaseOf(m_owner);
        m_plain =
            QStringLiteral("postgresql:///%1?host=%2").arg(m_database, m_server->socketFolder());

        auto db = TestSupport::openNew(m_owner);
        QVERIFY(db);
        // The store's first administrator, of the server's own account (no scope), then one
        // user of each scope with a database role of their own.
        QVERIFY(TestSupport::addUser(*db, QStringLiteral("pusat"), Role::Administrator));
        QString error;
        QVERIFY2(UserRepository(*db).login(QStringLiteral("pusat"), Password, &error),
                 qPrintable(error));
        const QList<std::tuple<QString, Role, QString>> users = {
            {QStringLiteral("nasional"), Role::Administrator, Scope::national()},
            {QStringLiteral("nasional_koord"), Role::Coordinator, Scope::national()},
            {QStringLiteral("jateng"), Role::Coordinator, QStringLiteral("33")},
            {QStringLiteral("skh_admin"), Role::Administrator, Sukoharjo},
            {QStringLiteral("skh_petugas"), Role::Officer, Sukoharjo},
            {QStringLiteral("klaten_petugas"), Role::Officer, Klaten},
            {QStringLiteral("yogya_petugas"), Role::Officer, Yogya},
        };
        for (const auto &[login, role, scope] : users) {
            User u;
            u.login = login;
            u.fullName = login;
            u.role = role;
            u.scope = scope;
            QVERIFY2(UserRepository(*db).create(u, Password, &error), qPrintable(error));
        }
        // Cases and activities of the three regencies, made by the store's account.
        db->setUser(*UserRepository(*db).find(QStringLiteral("pusat")));
        User coordinator;
        QVERIFY(TestSupport::addUser(*db, QStringLiteral("koordinator"), Role::Coordinator,
                                     &coordinator));
        db->setUser(coordinator);
        for (const auto &[regency, n] :
             QList<std::pair<QString, int>>{{Sukoharjo, 3}, {Klaten, 2}, {Yogya, 1}}) {
            for (int i = 0; i < n; ++i) {
                Case c = TestSupport::sampleCase();
                c.regencyCode = regency;
                c.districtCode.clear();
                QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
                m_partiesPerCase = int(c.parties.size());
            }
            m_cases.insert(regency, n);
            PreventionActivity a;
            a.kind = Codes::Activity::Outreach;
            a.date = QDate(2024, 10, 2);
            a.regencyCode = regency;
            a.title = QStringLiteral("Sosialisasi Netralitas ASN");
            a.place = QStringLiteral("Pendopo");
            a.participants = 50;
            QVERIFY2(ActivityRepository(*db).save(a, &error), qPrintable(error));
        }
        db.reset();
        QVERIFY(m_server->requirePasswords());
    }

    // Every table of the store either keeps each role to its scope or is shared whole (the
    // calendar, the version): a table added later without a rule fails here.
    void everyTableIsScoped()
    {
        QString out;
        QVERIFY(m_server->psql(m_database,
                               QStringLiteral("SELECT string_agg(relname, ' ' ORDER BY relname)"
                                              " FROM pg_class WHERE relkind = 'r' AND"
                                              " relnamespace = 'public'::regnamespace AND NOT"
                                              " relrowsecurity"),
                               &out));
        QStringList shared = ServerAccounts::sharedTables();
        shared.sort();
        QCOMPARE(out, shared.join(QLatin1Char(' ')));
    }

    // What each scope's user reads: through netra-cli (cases, stats, the register export) and
    // through psql under their own database role, row counts per table.
    void eachScopeReadsItsOwn_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("users"); // users rows the role reads (its scope's, and itself)
        QTest::newRow("national") << "nasional_koord" << Scope::national() << 9;
        QTest::newRow("province 33") << "jateng" << QStringLiteral("33") << 4;
        QTest::newRow("regency 3311") << "skh_petugas" << Sukoharjo << 2;
        QTest::newRow("regency 3310") << "klaten_petugas" << Klaten << 1;
        QTest::newRow("regency 3471") << "yogya_petugas" << Yogya << 1;
    }

    void eachScopeReadsItsOwn()
    {
        QFETCH(QString, login);
        QFETCH(QString, scope);
        QFETCH(int, users);
        const int cases = casesIn(scope);
        QVERIFY(cases > 0);

        Run r = cli(login, {QStringLiteral("cases"), m_plain, QStringLiteral("--json")});
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonArray list = r.json().array();
        QCOMPARE(list.size(), cases);
        for (const QJsonValue &c : list)
            QVERIFY(Scope::coversRegency(
                scope, c.toObject().value(QStringLiteral("regency_code")).toString()));

        r = cli(login, {QStringLiteral("stats"), m_plain, QStringLiteral("--json")});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("cases")).toInt(), cases);
        const QJsonArray regencies =
            r.json().object().value(QStringLiteral("by_regency")).toArray();
        int regenciesInScope = 0;
        for (const QString &code : m_cases.keys())
            regenciesInScope += Scope::coversRegency(scope, code);
        QCOMPARE(regencies.size(), regenciesInScope);

        const QString csv = m_dir.filePath(login + QStringLiteral(".csv"));
        r = cli(login, {QStringLiteral("export-csv"), m_plain, QStringLiteral("--out"), csv});
        QVERIFY2(r.exit == 0, r.err.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const int rows = int(f.readAll().trimmed().split('\n').size()) - 1; // one per person
        QCOMPARE(rows, cases * m_partiesPerCase);

        // The register's search (netra_search, which reads the index as the store's account)
        // finds the cases of the scope only, through netra-cli and called directly.
        r = cli(login, {QStringLiteral("cases"), m_plain, QStringLiteral("--search"),
                        QStringLiteral("rahmawati"), QStringLiteral("--json")});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json().array().size(), cases);
        QCOMPARE(countAs(login, QStringLiteral("SELECT count(*) FROM netra_search('rahmawati:*')")),
                 cases);

        // psql under the user's own role: the rows of the scope, table by table.
        const QString pattern = like(scope);
        QCOMPARE(countAs(login, QStringLiteral("SELECT count(*) FROM cases")), cases);
        QCOMPARE(countAs(login, QStringLiteral("SELECT count(*) FROM parties")),
                 cases * m_partiesPerCase);
        QCOMPARE(countAs(login, QStringLiteral("SELECT count(*) FROM case_search")), cases);
        QCOMPARE(countAs(login, QStringLiteral("SELECT count(*) FROM activities")),
                 regenciesInScope);
        QCOMPARE(countAs(login, QStringLiteral("SELECT count(*) FROM users")), users);
        // The entries of the cases and activities (each logged under its own uuid) of the scope.
        const int logged = countAsOwner(
            QStringLiteral("SELECT count(*) FROM change_log l WHERE EXISTS (SELECT 1 FROM cases c"
                           " WHERE c.uuid = l.case_uuid AND c.regency_code LIKE '%1') OR EXISTS"
                           " (SELECT 1 FROM activities a WHERE a.uuid = l.case_uuid AND"
                           " a.regency_code LIKE '%1')")
                .arg(pattern));
        QVERIFY(logged >= cases + regenciesInScope);
        QCOMPARE(countAs(login, QStringLiteral("SELECT count(*) FROM change_log"
                                               " WHERE case_uuid <> ''")),
                 logged);
        QCOMPARE(countAs(login, QStringLiteral("SELECT count(*) FROM cases"
                                               " WHERE regency_code NOT LIKE '%1'")
                                    .arg(pattern)),
                 0);
        // The entries of no case (users') only of the scope, all for the nation.
        const int otherEntries = countAs(login, QStringLiteral("SELECT count(*) FROM change_log"
                                                               " WHERE case_uuid = ''"));
        const int allOther =
            countAsOwner(QStringLiteral("SELECT count(*) FROM change_log WHERE case_uuid = ''"));
        if (scope == Scope::national())
            QCOMPARE(otherEntries, allOther);
        else
            QVERIFY(otherEntries > 0 && otherEntries < allOther);
    }

    // An office user's attempt to change another regency's case, issued as SQL under their own
    // role (Netra's checks bypassed), is refused by the server; so is making themself more.
    void serverRefusesWhatTheScopeDoesNotAllow()
    {
        const QString me = QStringLiteral("skh_petugas");
        const QString before = QString::number(countAsOwner(
            QStringLiteral("SELECT count(*) FROM cases WHERE description = 'diubah'")));
        QString out;
        // Another regency's cases are not there to change.
        QVERIFY2(psqlAs(me,
                        QStringLiteral("UPDATE cases SET description = 'diubah' WHERE"
                                       " regency_code = '3310'"),
                        &out),
                 qPrintable(out));
        QCOMPARE(QString::number(countAsOwner(
                     QStringLiteral("SELECT count(*) FROM cases WHERE description = 'diubah'"))),
                 before);
        // Nor can one's own case be moved there, or one made there.
        QVERIFY(!psqlAs(me, QStringLiteral("UPDATE cases SET regency_code = '3310'"), &out));
        QVERIFY2(out.contains(QLatin1String("row-level security")), qPrintable(out));
        QVERIFY(!psqlAs(me,
                        QStringLiteral("INSERT INTO cases (uuid, updated_at, source, election,"
                                       " profile, regency_code, status, received_date) VALUES"
                                       " ('x', '2024-10-07', 'laporan', 'pemilu', 'p', '3310',"
                                       " 'diterima', '2024-10-07')"),
                        &out));
        QVERIFY2(out.contains(QLatin1String("row-level security")), qPrintable(out));
        QCOMPARE(countAsOwner(QStringLiteral("SELECT count(*) FROM cases WHERE uuid = 'x'")), 0);
        // Nor a person or a hearing added to another regency's case.
        QVERIFY(!psqlAs(me,
                        QStringLiteral("INSERT INTO parties (uuid, updated_at, case_id, position,"
                                       " role, name) VALUES ('p', '2024', %1, 9, 'terlapor',"
                                       " 'X')")
                            .arg(countAsOwner(QStringLiteral(
                                "SELECT min(id) FROM cases WHERE regency_code = '3310'"))),
                        &out));
        QVERIFY2(out.contains(QLatin1String("row-level security")), qPrintable(out));
        // One's own role or scope, and the change log, are not one's to change.
        QVERIFY(!psqlAs(me,
                        QStringLiteral("UPDATE users SET role = 'administrator' WHERE login"
                                       " = 'skh_petugas'"),
                        &out));
        QVERIFY2(out.contains(QLatin1String("only an administrator")), qPrintable(out));
        QVERIFY(!psqlAs(me,
                        QStringLiteral("UPDATE users SET scope = '33' WHERE login ="
                                       " 'skh_petugas'"),
                        &out));
        QVERIFY(!psqlAs(me, QStringLiteral("UPDATE change_log SET actor = 'x'"), &out));
        QVERIFY2(out.contains(QLatin1String("permission denied")), qPrintable(out));
        QVERIFY(!psqlAs(me, QStringLiteral("DELETE FROM change_log"), &out));
        // An office administrator makes no account outside the office, nor touches a role that
        // is not one of the store's users.
        QVERIFY(!psqlAs(QStringLiteral("skh_admin"),
                        QStringLiteral("SELECT netra_create_login('baru', 'rahasia123', '3310')"),
                        &out));
        QVERIFY2(out.contains(QLatin1String("not allowed")), qPrintable(out));
        QVERIFY(!psqlAs(QStringLiteral("skh_admin"),
                        QStringLiteral("SELECT netra_set_login('netra', 'rahasia123', NULL)"),
                        &out));
        QVERIFY2(out.contains(QLatin1String("no account of this store")), qPrintable(out));
        QVERIFY(!psqlAs(me,
                        QStringLiteral("SELECT netra_set_login('klaten_petugas', NULL,"
                                       " false)"),
                        &out));
        QVERIFY2(out.contains(QLatin1String("not allowed")), qPrintable(out));
    }

    // The server checks the password: a wrong one gets no connection, through netra-cli or psql.
    void theServerChecksThePassword()
    {
        const Run r = cli(QStringLiteral("skh_petugas"), {QStringLiteral("cases"), m_plain},
                          QStringLiteral("salah-sekali"));
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("password"), r.err.constData());
        QString out;
        QVERIFY(!psqlAs(QStringLiteral("skh_petugas"), QStringLiteral("SELECT 1"), &out,
                        QStringLiteral("salah-sekali")));
        QVERIFY2(out.contains(QLatin1String("password authentication failed")), qPrintable(out));
    }

    // A province's or the nation's users read; the offices change their cases.
    void wideScopesRead()
    {
        QString error;
        auto db = Database::open(m_plain + QStringLiteral("&user=jateng&password=") + Password,
                                 Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(UserRepository(*db).login(QStringLiteral("jateng"), Password, &error),
                 qPrintable(error));
        QVERIFY(!db->allows(Action::EditCases));
        QVERIFY(db->allows(Action::ImportData));
        Case c = TestSupport::sampleCase();
        c.regencyCode = Sukoharjo;
        c.districtCode.clear();
        QVERIFY(!CaseRepository(*db).create(c, &error));
        QVERIFY2(error.contains(QLatin1String("Jawa Tengah")), qPrintable(error));
    }

    // An office administrator manages the users of that office only; every change of users and
    // scopes is in the change log; an account switched off cannot connect.
    void administrationByScope()
    {
        const QString admin = QStringLiteral("skh_admin");
        Run r = cli(admin, {QStringLiteral("users"), m_plain, QStringLiteral("--add"),
                            QStringLiteral("skh_staf"), QStringLiteral("--name"),
                            QStringLiteral("Staf Sukoharjo"), QStringLiteral("--role"),
                            QStringLiteral("officer"), QStringLiteral("--scope"), Sukoharjo,
                            QStringLiteral("--json")});
        QVERIFY2(r.exit == 0, r.err.constData());
        QStringList listed;
        for (const QJsonValue &u : r.json().array())
            listed << u.toObject().value(QStringLiteral("login")).toString();
        listed.sort();
        QCOMPARE(listed, (QStringList{QStringLiteral("skh_admin"), QStringLiteral("skh_petugas"),
                                      QStringLiteral("skh_staf")}));
        QString out;
        QVERIFY2(
            psqlAs(QStringLiteral("skh_staf"), QStringLiteral("SELECT count(*) FROM cases"), &out),
            qPrintable(out));
        QCOMPARE(out, QStringLiteral("3"));

        for (const QString &scope : {Klaten, QStringLiteral("33"), QStringLiteral("national")}) {
            r = cli(admin, {QStringLiteral("users"), m_plain, QStringLiteral("--add"),
                            QStringLiteral("lain"), QStringLiteral("--name"),
                            QStringLiteral("Lain"), QStringLiteral("--role"),
                            QStringLiteral("officer"), QStringLiteral("--scope"), scope});
            QCOMPARE(r.exit, 1);
            QVERIFY2(r.err.contains("Kabupaten Sukoharjo"), r.err.constData());
        }
        r = cli(admin, {QStringLiteral("users"), m_plain, QStringLiteral("--change"),
                        QStringLiteral("klaten_petugas"), QStringLiteral("--active"),
                        QStringLiteral("no")});
        QCOMPARE(r.exit, 1);

        // The nation's administrator makes a province's administrator.
        r = cli(QStringLiteral("nasional"),
                {QStringLiteral("users"), m_plain, QStringLiteral("--add"),
                 QStringLiteral("diy_admin"), QStringLiteral("--name"), QStringLiteral("Admin DIY"),
                 QStringLiteral("--role"), QStringLiteral("administrator"),
                 QStringLiteral("--scope"), QStringLiteral("34")});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(countAs(QStringLiteral("diy_admin"), QStringLiteral("SELECT count(*) FROM cases")),
                 m_cases.value(Yogya));

        // Switched off by the office's administrator: the server lets the account in no more.
        r = cli(admin,
                {QStringLiteral("users"), m_plain, QStringLiteral("--change"),
                 QStringLiteral("skh_staf"), QStringLiteral("--active"), QStringLiteral("no")});
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY(!psqlAs(QStringLiteral("skh_staf"), QStringLiteral("SELECT 1"), &out));
        QVERIFY2(out.contains(QLatin1String("not permitted to log in")), qPrintable(out));
        // The change log has both, with the scope.
        QVERIFY(
            m_server->psql(m_database,
                           QStringLiteral("SELECT string_agg(action || ' ' || changes, '|' ORDER"
                                          " BY id) FROM change_log WHERE record_table ="
                                          " 'users' AND record_uuid = (SELECT uuid FROM users"
                                          " WHERE login = 'skh_staf')"),
                           &out));
        QVERIFY2(out.startsWith(QLatin1String("create")) && out.contains(Sukoharjo) &&
                     out.contains(QLatin1String("active")),
                 qPrintable(out));
        QCOMPARE(countAsOwner(QStringLiteral("SELECT count(*) FROM change_log WHERE record_table"
                                             " = 'users' AND actor = 'skh_admin'")),
                 2);
    }

    // A file office's package, imported into the server by the nation's coordinator, lands in
    // its regency: the province's statistics count it, the other province's do not.
    void packageFromAFileOffice()
    {
        const QString file = m_dir.filePath(QStringLiteral("sukoharjo.netra"));
        {
            QString error;
            auto db = Database::open(file, Database::Mode::CreateIfMissing, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(TestSupport::addCliUsers(*db));
            User coordinator = *UserRepository(*db).find(QStringLiteral("koordinator"));
            db->setUser(coordinator);
            for (int i = 0; i < 2; ++i) {
                Case c = TestSupport::sampleCase(QDate(2024, 11, 4 + i));
                c.regencyCode = Sukoharjo;
                c.districtCode.clear();
                QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
            }
        }
        const QString package = m_dir.filePath(QStringLiteral("sukoharjo.netrapkg"));
        Run r = cli(QStringLiteral("koordinator"),
                    {QStringLiteral("export"), file, QStringLiteral("--out"), package});
        QVERIFY2(r.exit == 0, r.err.constData());

        const auto casesOf = [&](const QString &login) {
            const Run s = cli(login, {QStringLiteral("stats"), m_plain, QStringLiteral("--json")});
            return s.json().object().value(QStringLiteral("cases")).toInt();
        };
        const int province = casesOf(QStringLiteral("jateng"));
        const int yogya = casesOf(QStringLiteral("yogya_petugas"));
        r = cli(QStringLiteral("nasional_koord"), {QStringLiteral("import"), m_plain, package});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(casesOf(QStringLiteral("jateng")), province + 2);
        QCOMPARE(casesOf(QStringLiteral("skh_petugas")), m_cases.value(Sukoharjo) + 2);
        QCOMPARE(casesOf(QStringLiteral("yogya_petugas")), yogya);
        m_cases[Sukoharjo] += 2;
    }

    // Offices of one server keep their own letterhead and numbers. An office's settings are
    // its own and no other office reads them, also with psql; an office that has not set its
    // name has none (not the store's). Each office draws its case and letter numbers from its
    // own sequences, with its own code in them, the first of each being 001.
    void officesKeepTheirOwnSettingsAndNumbers()
    {
        const auto setting = [&](const QString &login, const QString &location) {
            const Run r = cli(login, {QStringLiteral("settings"), location});
            return r.json().object().value(QStringLiteral("office_name")).toString();
        };
        Run r = cli(QStringLiteral("pusat"),
                    {QStringLiteral("settings"), m_owner, QStringLiteral("--set"),
                     QStringLiteral("office_name=Bawaslu Pusat"), QStringLiteral("--set"),
                     QStringLiteral("idle_lock_minutes=15")});
        QVERIFY2(r.exit == 0, r.err.constData());
        r = cli(QStringLiteral("skh_admin"),
                {QStringLiteral("settings"), m_plain, QStringLiteral("--set"),
                 QStringLiteral("office_name=Bawaslu Kabupaten Sukoharjo")});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(setting(QStringLiteral("skh_petugas"), m_plain),
                 QStringLiteral("Bawaslu Kabupaten Sukoharjo"));
        QCOMPARE(setting(QStringLiteral("klaten_petugas"), m_plain), QString());
        QCOMPARE(setting(QStringLiteral("pusat"), m_owner), QStringLiteral("Bawaslu Pusat"));
        // What is not an office's own is the store's until the office sets it.
        r = cli(QStringLiteral("klaten_petugas"), {QStringLiteral("settings"), m_plain});
        QCOMPARE(r.json().object().value(QStringLiteral("idle_lock_minutes")).toString(),
                 QStringLiteral("15"));
        const QString ownRows = QStringLiteral("SELECT count(*) FROM settings WHERE office <> ''");
        QCOMPARE(countAs(QStringLiteral("skh_petugas"), ownRows), 1);
        QCOMPARE(countAs(QStringLiteral("jateng"), ownRows), 1);
        QCOMPARE(countAs(QStringLiteral("klaten_petugas"), ownRows), 0);
        QCOMPARE(countAs(QStringLiteral("yogya_petugas"), ownRows), 0);
        QString out;
        QVERIFY(!psqlAs(QStringLiteral("klaten_petugas"),
                        QStringLiteral("INSERT INTO settings (office, key, value)"
                                       " VALUES ('3311', 'office_name', 'Palsu')"),
                        &out));
        QVERIFY2(out.contains(QLatin1String("row-level security")), qPrintable(out));

        // A report received at each office, and a letter of each: numbered from the office's
        // own sequences.
        for (const auto &[login, regency, code] : QList<std::tuple<QString, QString, QString>>{
                 {QStringLiteral("skh_petugas"), Sukoharjo, QStringLiteral("/Kab/33.11/")},
                 {QStringLiteral("klaten_petugas"), Klaten, QStringLiteral("/Kab/33.10/")}}) {
            QString error;
            auto db = Database::open(
                m_plain + QStringLiteral("&user=%1&password=%2").arg(login, Password),
                Database::Mode::OpenExisting, &error);
            QVERIFY2(db, qPrintable(error));
            db->setToday(QDate(2025, 3, 10));
            QVERIFY2(UserRepository(*db).login(login, Password, &error), qPrintable(error));
            Case c = TestSupport::sampleCase(QDate(2025, 3, 3));
            c.regencyCode = regency;
            c.districtCode.clear();
            QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
            QVERIFY2(c.receiptNumber.startsWith(QLatin1String("001/")) &&
                         c.receiptNumber.contains(code),
                     qPrintable(c.receiptNumber));
            Letter letter;
            letter.kind = QStringLiteral("invitation");
            letter.document = QStringLiteral("invitation:") + c.uuid;
            letter.caseId = c.id;
            letter.subject = QStringLiteral("Undangan Klarifikasi");
            QVERIFY2(LetterBook(*db).issue(letter, regency, &error), qPrintable(error));
            QVERIFY2(letter.number.startsWith(QLatin1String("001/")) &&
                         letter.number.contains(QStringLiteral("K.") + code.mid(5)),
                     qPrintable(letter.number));
            m_cases[regency] += 1;
        }
        const QString ownSequences =
            QStringLiteral("SELECT count(*) FROM sequences WHERE office <> '' AND last = 1");
        QCOMPARE(countAs(QStringLiteral("skh_petugas"), ownSequences), 2);
        QCOMPARE(countAs(QStringLiteral("jateng"), ownSequences), 4);
        QCOMPARE(countAs(QStringLiteral("yogya_petugas"), ownSequences), 0);
        QCOMPARE(countAsOwner(QStringLiteral("SELECT count(*) FROM letters WHERE office = '3310'"
                                             " AND seq = 1")),
                 1);
    }

    // A server store of data version 13 brought to 14 by the server's account: before, the
    // server refused an office's letter of no case even from psql; after, the office writes it
    // (psql, and Netra's letter book, which gives it the office) and another office does not
    // read it; the rule on letters is the one of a store set up at 14.
    void lettersOfNoCaseFromVersion13()
    {
        const QString uri = m_server->newDatabase(QStringLiteral("v13"));
        QVERIFY(!uri.isEmpty());
        const QString database = PgServer::databaseOf(uri);
        QString error;
        {
            auto db = Database::createAtVersion(uri, 13, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->schemaVersion(), 13);
            QVERIFY(TestSupport::addUser(*db, QStringLiteral("v13_pusat"), Role::Administrator));
            QVERIFY2(UserRepository(*db).login(QStringLiteral("v13_pusat"), Password, &error),
                     qPrintable(error));
            for (const auto &[login, scope] :
                 QList<std::pair<QString, QString>>{{QStringLiteral("v13_skh"), Sukoharjo},
                                                    {QStringLiteral("v13_klaten"), Klaten}}) {
                User u;
                u.login = login;
                u.fullName = login;
                u.role = Role::Coordinator;
                u.scope = scope;
                QVERIFY2(UserRepository(*db).create(u, Password, &error), qPrintable(error));
            }
        }
        const QString insert = QStringLiteral(
            "INSERT INTO letters (uuid, updated_at, year, number, issued_on, kind, document,"
            " office) VALUES ('%1', '2025-04-14T01:00:00.000Z', 2025, '%1', '2025-04-14',"
            " 'track_record', 'track_record:%1', '3311')");
        QString out;
        QVERIFY(!m_server->psqlAs(database, QStringLiteral("v13_skh"), Password,
                                  insert.arg(QStringLiteral("before")), &out));
        QVERIFY2(out.contains(QLatin1String("row-level security")), qPrintable(out));

        {
            auto db = Database::open(uri, Database::Mode::OpenExisting, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->schemaVersion(), Database::latestVersion());
        }
        QVERIFY2(m_server->psqlAs(database, QStringLiteral("v13_skh"), Password,
                                  insert.arg(QStringLiteral("after")), &out),
                 qPrintable(out));
        {
            auto db = Database::open(QStringLiteral("postgresql:///%1?host=%2&user=v13_skh"
                                                    "&password=%3")
                                         .arg(database, m_server->socketFolder(), Password),
                                     Database::Mode::OpenExisting, &error);
            QVERIFY2(db, qPrintable(error));
            db->setToday(QDate(2025, 4, 14));
            QVERIFY2(UserRepository(*db).login(QStringLiteral("v13_skh"), Password, &error),
                     qPrintable(error));
            Letter letter;
            letter.kind = QStringLiteral("track_record");
            letter.document = QStringLiteral("track_record:netra");
            letter.subject = QStringLiteral("Surat Keterangan Rekam Jejak");
            QVERIFY2(LetterBook(*db).issue(letter, Sukoharjo, &error), qPrintable(error));
            QVERIFY2(letter.number.contains(QLatin1String("K.33.11")), qPrintable(letter.number));
        }
        const QString kept = QStringLiteral("SELECT count(*) FROM letters WHERE office = '3311'");
        QVERIFY(m_server->psqlAs(database, QStringLiteral("v13_skh"), Password, kept, &out));
        QCOMPARE(out, QStringLiteral("2"));
        QVERIFY(m_server->psqlAs(database, QStringLiteral("v13_klaten"), Password, kept, &out));
        QCOMPARE(out, QStringLiteral("0"));

        const QString rule =
            QStringLiteral("SELECT qual FROM pg_policies WHERE tablename = 'letters'");
        QString migrated;
        QString fresh;
        QVERIFY(m_server->psql(database, rule, &migrated));
        QVERIFY(m_server->psql(m_database, rule, &fresh));
        QVERIFY2(migrated.contains(QLatin1String("office")), qPrintable(migrated));
        QCOMPARE(migrated, fresh);
    }

    // `check` by the server's account compares the rules too: a policy removed is a schema
    // object missing. A user of a regency checks what they read and says what they cannot.
    void checkSeesTheRules()
    {
        const QStringList check = {QStringLiteral("check"), m_owner, QStringLiteral("--json")};
        Run r = cli(QStringLiteral("pusat"), check);
        QVERIFY2(r.exit == 0, r.err.constData());
        // The nation's user reads the whole log: the chain and every record are checked.
        r = cli(QStringLiteral("nasional_koord"), {QStringLiteral("check"), m_plain});
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY2(!r.err.contains("reads only part of the log"), r.err.constData());
        r = cli(QStringLiteral("skh_petugas"), {QStringLiteral("check"), m_plain});
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY2(r.err.contains("a user of Kabupaten Sukoharjo reads only part of the log"),
                 r.err.constData());
        QVERIFY(m_server->psql(m_database, QStringLiteral("DROP POLICY netra_scope ON parties")));
        r = cli(QStringLiteral("pusat"), check);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.out.contains("parties.netra_scope"), r.out.constData());
        // Without it the server shows nothing of the table: row-level security refuses what no
        // policy allows.
        QCOMPARE(
            countAs(QStringLiteral("skh_petugas"), QStringLiteral("SELECT count(*) FROM parties")),
            0);
    }
};

QTEST_GUILESS_MAIN(TestScopes)
#include "TestScopes.moc"
