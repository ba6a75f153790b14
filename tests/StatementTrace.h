#pragma once

// The statements SQLite runs on a data file's connection and their query plans: for the tests
// that check that a write path or a register query searches an index of cases, parties and the
// change log instead of reading the whole table (TestBulkImport, TestQueryPlans).
#include "store/Database.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QStringList>
#include <sqlite3.h>

// The SQLite connection of a data file; none on a server.
inline sqlite3 *handleOf(Database &db)
{
    const QVariant v = db.sql().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// Every statement SQLite runs on a data file's connection while it lives, as prepared (its text
// with the placeholders).
class StatementTrace
{
public:
    explicit StatementTrace(Database &db) : m_handle(handleOf(db))
    {
        if (m_handle)
            sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementTrace::seen, this);
    }
    ~StatementTrace()
    {
        if (m_handle)
            sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    }
    StatementTrace(const StatementTrace &) = delete;
    StatementTrace &operator=(const StatementTrace &) = delete;

    // The tables that grow with the file: cases, their persons (parties) and the change log.
    static QStringList watched()
    {
        return {QStringLiteral("cases"), QStringLiteral("parties"), QStringLiteral("change_log")};
    }

    bool isOn() const { return m_handle; }
    const QSet<QString> &statements() const { return m_statements; }

    // The query plan's lines that read one of `tables` whole ("SCAN cases", "SCAN c" for an
    // alias of cases), each with its statement; empty when every read searches an index.
    QStringList scans(const QStringList &tables) const
    {
        QStringList found;
        for (const QString &sql : m_statements) {
            const QString head = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
            if (!QStringList{QStringLiteral("SELECT"), QStringLiteral("INSERT"),
                             QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                             QStringLiteral("WITH")}
                     .contains(head))
                continue;
            // The names a table goes by in the statement: its own and its aliases.
            QSet<QString> names;
            static const QRegularExpression alias(
                QStringLiteral("\\b(?:FROM|JOIN)\\s+(\\w+)\\s+(?:AS\\s+)?(\\w+)"),
                QRegularExpression::CaseInsensitiveOption);
            for (const QString &t : tables) {
                names.insert(t);
                auto it = alias.globalMatch(sql);
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    if (m.captured(1) == t)
                        names.insert(m.captured(2));
                }
            }
            for (const QString &line : plan(sql)) {
                const QString scanned = line.section(QLatin1Char(' '), 1, 1);
                if (line.startsWith(QLatin1String("SCAN ")) && names.contains(scanned))
                    found << line + QStringLiteral(" in: ") + sql;
            }
        }
        return found;
    }

private:
    static int seen(unsigned, void *self, void *statement, void *)
    {
        static_cast<StatementTrace *>(self)->m_statements.insert(
            QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement))));
        return 0;
    }

    QStringList plan(const QString &sql) const
    {
        QStringList lines;
        sqlite3_stmt *q = nullptr;
        const QByteArray explain = "EXPLAIN QUERY PLAN " + sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, explain.constData(), -1, &q, nullptr) != SQLITE_OK) {
            lines
                << QStringLiteral("(no plan: %1)").arg(QString::fromUtf8(sqlite3_errmsg(m_handle)));
            return lines;
        }
        while (sqlite3_step(q) == SQLITE_ROW)
            lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 3)));
        sqlite3_finalize(q);
        return lines;
    }

    sqlite3 *m_handle;
    QSet<QString> m_statements;
};
