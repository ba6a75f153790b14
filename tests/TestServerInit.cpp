// The first set-up of an office server (#12): `netra-cli init URI` on a database the server does
// not have yet creates it (owned by the account of the URI, which needs CREATEDB), sets up Netra's
// schema and its administrator, who then signs in (`users`, `check` clean); a second run, a
// database holding other tables and an account without CREATEDB are refused with what is wrong
// and leave the server as it was. Runs only on the test's own server (CTest:
// TestServerInit.server); skipped, saying why, when no PostgreSQL server can be started.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

class TestServerInit : public QObject
{
    Q_OBJECT

    PgServer *m_server = nullptr;

    struct Run
    {
        int exit = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    // netra-cli with the administrator's password in NETRA_PASSWORD (none when empty) and
    // NETRA_USER set to `user` (none when empty); never a terminal.
    static Run cli(const QStringList &args, const QString &password = QString(),
                   const QString &user = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NETRA_PASSWORD"));
        env.remove(QStringLiteral("NETRA_USER"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("NETRA_PASSWORD"), password);
        if (!user.isEmpty())
            env.insert(QStringLiteral("NETRA_USER"), user);
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(NETRA_CLI), args);
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static Run init(const QString &uri, const QString &admin = QStringLiteral("kepala"),
                    const QString &password = QStringLiteral("rahasia-kantor"))
    {
        return cli({QStringLiteral("init"), uri, QStringLiteral("--admin"), admin,
                    QStringLiteral("--name"), QStringLiteral("Siti Rahma")},
                   password);
    }

    // The URI of the database `name` on the test server, signed in as the account `role`.
    QString uriFor(const QString &name, const QString &role) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&user=%3")
            .arg(name, m_server->socketFolder(), role);
    }

    // One answer of the server's superuser, in the database `database`.
    QString ask(const QString &sql, const QString &database = QStringLiteral("postgres")) const
    {
        QString out;
        m_server->psql(database, sql, &out);
        return out;
    }

    // The server's databases, with their owners: what init must not change when it refuses.
    QString databases() const
    {
        return ask(QStringLiteral("SELECT string_agg(datname || ':' || pg_get_userbyid(datdba),"
                                  " ',' ORDER BY datname) FROM pg_database"));
    }

private slots:
    void initTestCase()
    {
        m_server = PgServer::instance();
        if (!m_server)
            QSKIP("no PostgreSQL server could be started for this test (PostgreSQL 15 and its "
                  "initdb, installed by scripts/setup.sh; see the warning above)");
        // An office's account, as a server's administrator makes one: may create databases,
        // nothing more; and one that may not.
        QVERIFY(m_server->psql(QStringLiteral("postgres"),
                               QStringLiteral("CREATE ROLE kantor LOGIN CREATEDB;"
                                              " CREATE ROLE tamu LOGIN")));
    }

    // init on a database the server has not got yet creates it for the account, with the
    // schema and the administrator, who signs in to users and check.
    void initCreatesAMissingDatabase()
    {
        const QString uri = uriFor(QStringLiteral("netra_kantor"), QStringLiteral("kantor"));
        QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM pg_database"
                                    " WHERE datname = 'netra_kantor'")),
                 QStringLiteral("0"));
        const Run r = init(uri);
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonObject made = r.json().object();
        QVERIFY(made.value(QStringLiteral("database_created")).toBool());
        QCOMPARE(made.value(QStringLiteral("schema_version")).toInt(), Database::latestVersion());
        QCOMPARE(made.value(QStringLiteral("administrator"))
                     .toObject()
                     .value(QStringLiteral("login"))
                     .toString(),
                 QStringLiteral("kepala"));
        // Owned by the office's account, UTF-8, with the search's extensions.
        QCOMPARE(ask(QStringLiteral("SELECT pg_get_userbyid(datdba) || ' '"
                                    " || pg_encoding_to_char(encoding) FROM pg_database"
                                    " WHERE datname = 'netra_kantor'")),
                 QStringLiteral("kantor UTF8"));
        QCOMPARE(ask(QStringLiteral("SELECT string_agg(extname, ',' ORDER BY extname)"
                                    " FROM pg_extension WHERE extname <> 'plpgsql'"),
                     QStringLiteral("netra_kantor")),
                 QStringLiteral("citext,unaccent"));

        Run users = cli({QStringLiteral("users"), uri}, QStringLiteral("rahasia-kantor"),
                        QStringLiteral("kepala"));
        QVERIFY2(users.exit == 0, users.err.constData());
        const QJsonArray list = users.json().array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("login")).toString(),
                 QStringLiteral("kepala"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("administrator"));
        const Run check = cli({QStringLiteral("check"), uri, QStringLiteral("--json")},
                              QStringLiteral("rahasia-kantor"), QStringLiteral("kepala"));
        QVERIFY2(check.exit == 0, (check.out + check.err).constData());
        QVERIFY(check.json().object().value(QStringLiteral("ok")).toBool());

        // A second run (another administrator) is refused, saying the store and its version,
        // and changes nothing.
        const QByteArray before = TestSupport::storeState(uri);
        const QString databasesBefore = databases();
        const Run again = init(uri, QStringLiteral("lain"));
        QCOMPARE(again.exit, 1);
        QVERIFY2(again.err.contains("holds a Netra store already (data version " +
                                    QByteArray::number(Database::latestVersion()) + ")"),
                 again.err.constData());
        QVERIFY(again.out.isEmpty());
        QCOMPARE(TestSupport::storeState(uri), before);
        QCOMPARE(databases(), databasesBefore);
    }

    // An empty database made for the office (as scripts/server-setup.sh makes it) is set up
    // in place; a store of an older version is refused as well, with its version.
    void initSetsUpAnEmptyDatabase()
    {
        QVERIFY(m_server->psql(QStringLiteral("postgres"),
                               QStringLiteral("CREATE DATABASE kosong OWNER kantor")));
        const QString uri = uriFor(QStringLiteral("kosong"), QStringLiteral("kantor"));
        Run r = init(uri);
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("database_created")).toBool(true), false);

        QVERIFY(m_server->psql(QStringLiteral("kosong"),
                               QStringLiteral("UPDATE netra_schema SET version = 8")));
        const QByteArray before = TestSupport::storeState(uri);
        r = init(uri, QStringLiteral("lain"));
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("holds a Netra store already (data version 8)"), r.err.constData());
        QCOMPARE(TestSupport::storeState(uri), before);
    }

    // A database holding a table that is not Netra's is refused before the password is asked
    // for, and left as it was: no extension, no table added.
    void aForeignTableIsRefused()
    {
        const QString uri = m_server->newDatabase(QStringLiteral("kas"));
        QVERIFY(!uri.isEmpty());
        const QString database = PgServer::databaseOf(uri);
        QVERIFY(m_server->psql(database, QStringLiteral("CREATE TABLE kas (id int, uraian text);"
                                                        " INSERT INTO kas VALUES (1, 'ATK')")));
        const QString objects = QStringLiteral(
            "SELECT (SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables"
            " WHERE schemaname = 'public') || ' / ' || (SELECT string_agg(extname, ','"
            " ORDER BY extname) FROM pg_extension)");
        const QString before = ask(objects, database);
        const QByteArray rows = TestSupport::storeState(uri);
        const Run r = init(uri, QStringLiteral("kepala"), QString()); // no password given
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("holds tables that are not Netra's"), r.err.constData());
        QVERIFY2(!r.err.contains("No password"), r.err.constData());
        QCOMPARE(ask(objects, database), before);
        QCOMPARE(before, QStringLiteral("kas / plpgsql"));
        QCOMPARE(TestSupport::storeState(uri), rows);
    }

    // An account without CREATEDB is told what it lacks and who can make the database; the
    // server has no new database. One that failed after the database was made (a login the
    // rules refuse) leaves none either.
    void anAccountWithoutCreatedbIsTold()
    {
        const QString databasesBefore = databases();
        const Run r = init(uriFor(QStringLiteral("netra_tamu"), QStringLiteral("tamu")));
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("does not exist, and the account tamu may not create databases"),
                 r.err.constData());
        QVERIFY2(r.err.contains("CREATEDB") && r.err.contains("createdb -O tamu netra_tamu"),
                 r.err.constData());
        QCOMPARE(databases(), databasesBefore);

        const Run bad = init(uriFor(QStringLiteral("netra_gagal"), QStringLiteral("kantor")),
                             QStringLiteral("x"));
        QCOMPARE(bad.exit, 1);
        QVERIFY2(bad.err.contains("A user name has 2 to 32"), bad.err.constData());
        QCOMPARE(databases(), databasesBefore);
    }

    // In Indonesian by default.
    void theRefusalIsInIndonesian()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NETRA_LANG"), QStringLiteral("id"));
        env.insert(QStringLiteral("NETRA_PASSWORD"), QStringLiteral("rahasia-kantor"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NETRA_CLI),
                {QStringLiteral("init"),
                 uriFor(QStringLiteral("netra_tamu"), QStringLiteral("tamu")),
                 QStringLiteral("--admin"), QStringLiteral("kepala"), QStringLiteral("--name"),
                 QStringLiteral("Siti Rahma")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("tidak ada")) &&
                     err.contains(QStringLiteral("CREATEDB")),
                 qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestServerInit)
#include "TestServerInit.moc"
