#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>

// A connection of its own for one piece of work beside the store's (a backup's file, a server's
// maintenance database, the local spool), opened at once and closed and removed when it goes.
class ScopedConnection
{
public:
    // `driver` (QSQLITE, QPSQL); `configure` points the connection at its database (name, host,
    // options) before it is opened.
    ScopedConnection(const QString &driver, const std::function<void(QSqlDatabase &)> &configure);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_open; }
    // Why it did not open.
    QSqlError error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QSqlQuery query() const { return QSqlQuery(db()); }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};
