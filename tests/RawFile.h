#pragma once

// A data file opened the way someone with the `sqlite3` shell and the file would open it: a
// connection of its own, no Database, no RecordWriter, no foreign keys. The suites that tamper
// with a file or plant an older one reach it through here. On the test's office server
// (TestSupport::location gives a URI), the way someone with `psql` and the server's
// administrator account would: the server's superuser, no Database.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <functional>

namespace RawFile {

// Runs `change` on the file at `path` through a connection of its own; false if the file does
// not open or `change` fails.
inline bool with(const QString &path, const std::function<bool(QSqlDatabase &)> &change)
{
    static int counter = 0;
    const QString name = QStringLiteral("raw-%1").arg(++counter);
    bool ok = false;
    {
        const bool server = path.startsWith(QLatin1String("postgresql:"));
        QSqlDatabase db = QSqlDatabase::addDatabase(
            server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (server) {
            // postgresql:///NAME?host=FOLDER&user=netra, as PgServer::uri() writes it.
            db.setDatabaseName(path.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), -1));
            db.setHostName(path.section(QLatin1String("host="), 1).section(QLatin1Char('&'), 0, 0));
            db.setUserName(QStringLiteral("netra"));
        } else {
            db.setDatabaseName(path);
        }
        ok = db.open() && change(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Runs `statements` in order, stopping at the first that fails (which it prints).
inline bool exec(const QString &path, const QStringList &statements)
{
    return with(path, [&](QSqlDatabase &db) {
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                return false;
            }
        }
        return true;
    });
}

// The first column of the first row of `sql`, as text; empty if there is none.
inline QString scalar(const QString &path, const QString &sql)
{
    QString result;
    with(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            result = q.value(0).toString();
        return true;
    });
    return result;
}

} // namespace RawFile
