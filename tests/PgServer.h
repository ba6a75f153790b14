#pragma once

// A throwaway PostgreSQL server for the tests: a cluster of its own made with initdb in a
// temporary folder, listening only on a Unix socket in that folder, started at its first use in
// the test process and stopped (and removed) when the process ends. When the tests run as root
// (CI does), the server runs as the `postgres` system user, as PostgreSQL requires.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <unistd.h>

class PgServer
{
public:
    // The server of this process, started when first asked for; nullptr (with a warning) when
    // it cannot be started.
    static PgServer *instance()
    {
        static PgServer server;
        static const bool stopsWithTheApplication = [] {
            qAddPostRoutine([] { server.stop(); });
            return true;
        }();
        Q_UNUSED(stopsWithTheApplication);
        return server.m_running ? &server : nullptr;
    }

    // A new empty database (or a copy of the database `templateName`, which nobody may have
    // open), its URI: postgresql:///NAME?host=SOCKET_FOLDER&user=netra.
    QString newDatabase(const QString &hint = QString(), const QString &templateName = QString())
    {
        QString name = QStringLiteral("t%1_%2").arg(++m_count).arg(hint.toLower());
        name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
        name = name.left(60);
        QString sql = QStringLiteral("CREATE DATABASE \"%1\"").arg(name);
        if (!templateName.isEmpty())
            sql += QStringLiteral(" TEMPLATE \"%1\"").arg(templateName);
        // A template is refused while a session that just ended is still leaving it.
        for (int tries = 0; !psql(QStringLiteral("postgres"), sql); ++tries) {
            if (templateName.isEmpty() || tries == 50)
                return {};
            QThread::msleep(100);
        }
        return uri(name);
    }

    QString uri(const QString &database) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&user=netra").arg(database, m_dir.path());
    }

    // The database a URI of newDatabase() names.
    static QString databaseOf(const QString &uri)
    {
        return uri.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1);
    }

    // Runs SQL with psql as the cluster's superuser; the output in `output`.
    bool psql(const QString &database, const QString &sql, QString *output = nullptr) const
    {
        QProcess p;
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                 QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("-h"), m_dir.path(), QStringLiteral("-U"), QStringLiteral("netra"),
                 QStringLiteral("-d"), database});
        // On standard input: a query may be longer than one argument may be (128 KiB).
        p.write(sql.toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(60000);
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return true;
        qWarning("psql: %s", p.readAllStandardError().constData());
        return false;
    }

    // Runs SQL with psql as the database role `login` with `password`, as a user's own direct
    // session would: the output, or the error when it fails.
    // How many of the letters numbered `numbers` each (login, count) of `readers` reads under
    // its own role: empty when each reads its count, else what the first that does not read.
    QString lettersReadBy(const QString &database, const QString &password,
                          const QStringList &numbers,
                          const QList<std::pair<QString, QString>> &readers) const
    {
        const QString sql = QStringLiteral("SELECT count(*) FROM letters WHERE number IN ('%1')")
                                .arg(numbers.join(QLatin1String("', '")));
        for (const auto &[login, seen] : readers) {
            QString out;
            if (!psqlAs(database, login, password, sql, &out) || out != seen)
                return login + QStringLiteral(": ") + out;
        }
        return {};
    }

    bool psqlAs(const QString &database, const QString &login, const QString &password,
                const QString &sql, QString *output) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                 QStringLiteral("-t"), QStringLiteral("-w"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir.path(),
                 QStringLiteral("-U"), login, QStringLiteral("-d"), database, QStringLiteral("-c"),
                 sql});
        p.waitForFinished(60000);
        const bool ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        *output =
            QString::fromUtf8(ok ? p.readAllStandardOutput() : p.readAllStandardError()).trimmed();
        return ok;
    }

    QString socketFolder() const { return m_dir.path(); }
    // Every role but the cluster's own superuser gives its password (scram-sha-256) when it
    // connects, as on an office's server: for the tests of a database role per user. Waits
    // until the server has read the rule.
    bool requirePasswords()
    {
        QFile hba(data() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        hba.write("local all netra trust\nlocal all all scram-sha-256\n");
        hba.close();
        if (!psql(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()")))
            return false;
        for (int tries = 0; tries < 50; ++tries) {
            // The rules in force are those the server read; the file's are shown by the view.
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("PGPASSWORD"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("psql"),
                    {QStringLiteral("-X"), QStringLiteral("-w"), QStringLiteral("-h"), m_dir.path(),
                     QStringLiteral("-U"), QStringLiteral("nobody_at_all"), QStringLiteral("-d"),
                     QStringLiteral("postgres"), QStringLiteral("-c"), QStringLiteral("SELECT 1")});
            p.waitForFinished(10000);
            if (p.readAllStandardError().contains("password"))
                return true;
            QThread::msleep(100);
        }
        return false;
    }

    // Starts the cluster again after stop() (a server that comes back, for the tests of a
    // connection lost and made again): the same folder, socket and databases.
    bool start()
    {
        m_running = run({pgCtl(), QStringLiteral("-D"), data(), QStringLiteral("-l"),
                         m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                         QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off "
                                        "-c full_page_writes=off -c max_connections=60")
                             .arg(m_dir.path()),
                         QStringLiteral("-w"), QStringLiteral("start")});
        return m_running;
    }

    bool isRunning() const { return m_running; }

    // Stops the cluster at once, as a server that crashes or loses power: every connection
    // breaks, what was not committed is undone when it starts again.
    void stop()
    {
        if (m_running)
            run({pgCtl(), QStringLiteral("-D"), data(), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
        m_running = false;
    }

    ~PgServer() { stop(); }

private:
    PgServer()
    {
        const QStringList versions =
            QDir(QStringLiteral("/usr/lib/postgresql"))
                .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        if (versions.isEmpty() || !m_dir.isValid()) {
            qWarning("PgServer: PostgreSQL is not installed (scripts/setup.sh installs it)");
            return;
        }
        m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(versions.first());
        // The server may not run as root: the folder is handed to the postgres user.
        if (::geteuid() == 0)
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("-R"), QStringLiteral("postgres"), m_dir.path()});
        m_running =
            run({m_bin + QStringLiteral("initdb"), QStringLiteral("-D"), data(),
                 QStringLiteral("-U"), QStringLiteral("netra"), QStringLiteral("--auth=trust"),
                 QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                 QStringLiteral("--locale=C.UTF-8")}) &&
            start();
        if (!m_running) {
            qWarning("PgServer: the test server could not be started in %s",
                     qPrintable(m_dir.path()));
            return;
        }
        // A test process that crashes or is killed stops no server: a watchdog does, once this
        // process is gone, and removes the folder.
        const QString stop =
            (::geteuid() == 0 ? QStringLiteral("runuser -u postgres -- ") : QString()) +
            QStringLiteral("%1 -D %2 -m immediate -w stop").arg(pgCtl(), data());
        QProcess watchdog;
        watchdog.setProgram(QStringLiteral("sh"));
        watchdog.setArguments(
            {QStringLiteral("-c"),
             QStringLiteral("for fd in 3 4 5 6 7 8 9; do eval \"exec $fd>&-\"; done; "
                            "while kill -0 %1 2>/dev/null; do sleep 1; done; %2 >/dev/null 2>&1; "
                            "rm -rf %3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(stop, m_dir.path())});
        watchdog.setStandardInputFile(QProcess::nullDevice());
        watchdog.setStandardOutputFile(QProcess::nullDevice());
        watchdog.setStandardErrorFile(QProcess::nullDevice());
        watchdog.startDetached();
    }

    QString data() const { return m_dir.filePath(QStringLiteral("data")); }
    QString pgCtl() const { return m_bin + QStringLiteral("pg_ctl"); }

    // Runs a server program, as the postgres user when this process is root, with no descriptor
    // of this process but its standard ones (a lock held by a parent, a pipe of the test runner),
    // so that the server does not keep them open after the test ends.
    bool run(QStringList command) const
    {
        if (::geteuid() == 0)
            command = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--")} +
                      command;
        const QString program = ::geteuid() == 0 ? QStringLiteral("runuser") : command.takeFirst();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setChildProcessModifier([] {
            for (int fd = 3; fd < 1024; ++fd)
                ::close(fd);
        });
        p.start(program, command);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            qWarning("PgServer: %s failed: %s", qPrintable(command.join(QLatin1Char(' '))),
                     p.readAll().constData());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/netra-pg-XXXXXX")};
    QString m_bin;
    bool m_running = false;
    int m_count = 0;
};
