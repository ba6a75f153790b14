#pragma once

// Helpers shared by the test suites: a temporary data file with known content.

#include "PgServer.h"
#include "demo/DemoGenerator.h"
#include "domain/Case.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace TestSupport {

// A case that passes validation: a report in Sukoharjo with one person reported.
inline Case sampleCase(const QDate &received = QDate(2024, 10, 7))
{
    Case c;
    c.source = QStringLiteral("laporan");
    c.election = QStringLiteral("pilkada");
    c.regencyCode = QStringLiteral("3311");
    c.eventDate = received.addDays(-3);
    c.knownDate = received.addDays(-2);
    c.receivedDate = received;
    c.reporterName = QStringLiteral("Budi Santoso");
    c.reporterAddress = QStringLiteral("Desa Sidorejo, Kecamatan Bendosari");
    c.violationCategory = QStringLiteral("media_sosial");
    c.description = QStringLiteral("Terlapor mengunggah foto bersama Paslon Nomor Urut 1.");
    Party p;
    p.name = QStringLiteral("Siti Rahmawati, S.Pd.");
    p.nip = QStringLiteral("19860926 201505 2 001");
    p.positionTitle = QStringLiteral("Guru Ahli Pertama");
    p.positionCategory = QStringLiteral("fungsional");
    p.agency = QStringLiteral("Dinas Pendidikan Kabupaten Sukoharjo");
    c.parties << p;
    return c;
}

// Whether the store suites run on the office server (NETRA_TEST_BACKEND=postgresql, as CTest
// runs them a second time) instead of data files.
inline bool onServer()
{
    return qEnvironmentVariable("NETRA_TEST_BACKEND") == QLatin1String("postgresql");
}

// The server databases made for the paths tests name (location()).
inline QHash<QString, QString> &serverDatabases()
{
    static QHash<QString, QString> databases;
    return databases;
}

// Where the store a test names by a file path is: the path itself, or on the server a database
// of its own made at the first call for that path.
inline QString location(const QString &path)
{
    if (!onServer() || Database::isServerLocation(path))
        return path;
    QHash<QString, QString> &databases = serverDatabases();
    auto it = databases.find(path);
    if (it == databases.end()) {
        PgServer *server = PgServer::instance();
        // Without a server, a location that cannot be opened: the test fails, never quietly
        // runs on a file instead.
        const QString uri = server ? server->newDatabase(QFileInfo(path).baseName()) : QString();
        it = databases.insert(
            path, uri.isEmpty() ? QStringLiteral("postgresql:///none?host=/no-test-server") : uri);
    }
    return *it;
}

// A copy of the store at `from` (closed) as the store `path` names: the file copied, or on the
// server a database made from it as a template. Its location, empty when it could not be made.
inline QString copyStore(const QString &from, const QString &path)
{
    if (!Database::isServerLocation(from))
        return QFile::copy(from, path) ? path : QString();
    PgServer *server = PgServer::instance();
    if (!server)
        return {};
    const QString uri = server->newDatabase(QFileInfo(path).baseName(), PgServer::databaseOf(from));
    if (!uri.isEmpty())
        serverDatabases().insert(path, uri);
    return uri;
}

// What the store at `location` holds, to compare before and after something that must not
// write: the bytes of a data file and its write-ahead log (none and empty alike: SQLite leaves
// an empty one behind a reader), or on the server every row of every table of the database.
inline QByteArray storeState(const QString &location)
{
    QByteArray state;
    if (!Database::isServerLocation(location)) {
        for (const QString &name : {location, location + QStringLiteral("-wal")}) {
            QFile f(name);
            state +=
                QCryptographicHash::hash(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(),
                                         QCryptographicHash::Sha256)
                    .toHex() +
                ' ';
        }
        return state;
    }
    PgServer *server = PgServer::instance();
    const QString database = PgServer::databaseOf(location);
    QString tables;
    if (!server ||
        !server->psql(database,
                      QStringLiteral("SELECT string_agg(format('SELECT %L, md5(coalesce(string_agg("
                                     "t::text, chr(10) ORDER BY t::text), %L)) FROM %I t', "
                                     "table_name, '', table_name), ' UNION ALL ' ORDER BY "
                                     "table_name) FROM information_schema.tables WHERE "
                                     "table_schema = 'public' AND table_type = 'BASE TABLE'"),
                      &tables))
        return QByteArrayLiteral("(no server)");
    QString rows;
    server->psql(database, tables, &rows);
    return rows.toUtf8();
}

// For a test of what only a data file does (its bytes, its folder, its lock).
#define SKIP_ON_SERVER()                                                                           \
    do {                                                                                           \
        if (TestSupport::onServer())                                                               \
            QSKIP("a data file's own behaviour");                                                  \
    } while (false)

inline std::unique_ptr<Database> openNew(const QString &path,
                                         const QDate &today = QDate(2024, 12, 31))
{
    QString error;
    auto db = Database::open(location(path), Database::Mode::CreateIfMissing, &error);
    if (!db)
        qWarning("%s", qPrintable(error));
    else
        db->setToday(today);
    return db;
}

// The users netra-cli signs in as in the tests (NETRA_USER and NETRA_PASSWORD in
// tests/CMakeLists.txt): the demo's administrator and coordinator, with the demo's password.
inline constexpr const char *Password = DemoGenerator::Password;

inline bool addUser(Database &db, const QString &login, Role role, User *added = nullptr)
{
    User u;
    u.login = login;
    u.fullName = login;
    u.role = role;
    QString error;
    if (!UserRepository(db).create(u, QLatin1String(Password), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (added)
        *added = u;
    return true;
}

inline bool addCliUsers(Database &db)
{
    return addUser(db, QStringLiteral("admin"), Role::Administrator) &&
           addUser(db, QStringLiteral("koordinator"), Role::Coordinator);
}

} // namespace TestSupport
