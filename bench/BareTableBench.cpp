// The anchor of the register's figures: a bare Qt window with a table over the same data file,
// with no sign-in, no model of Netra's and no deadlines. It shows the first page of cases in
// the register's order (the same SELECT as CaseRepository's rows, newest received first), and
// with --search WORD the cases whose search row matches the word as a prefix (the FTS5 query
// the register's search box runs). The benchmark times the whole process, like Netra's.
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: netra-bench-bare-table FILE [--search WORD]\n";
        return 2;
    }
    const int searchAt = args.indexOf(QStringLiteral("--search"));
    const QString word = searchAt > 0 ? args.value(searchAt + 1) : QString();
    QElapsedTimer t;
    t.start();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(args.at(1));
    if (!db.open()) {
        QTextStream(stderr) << db.lastError().text() << "\n";
        return 1;
    }
    QString sql = QStringLiteral(
        "SELECT c.id, CASE WHEN c.registration_number <> '' THEN c.registration_number"
        " ELSE c.receipt_number END AS number, c.received_date, c.regency_code,"
        " (SELECT p.name FROM parties p WHERE p.case_id = c.id AND p.role = 'terlapor'"
        "  ORDER BY p.position LIMIT 1) AS reported,"
        " (SELECT count(*) FROM parties p WHERE p.case_id = c.id AND p.role = 'terlapor')"
        "  AS reported_count,"
        " c.violation_category, c.status, c.next_deadline, c.next_due FROM cases c");
    QString count = QStringLiteral("SELECT count(*) FROM cases c");
    if (!word.isEmpty()) {
        const QString where = QStringLiteral(
            " WHERE c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)");
        sql += where;
        count += where;
    }
    sql += QStringLiteral(" ORDER BY c.received_date DESC, c.id DESC LIMIT 100 OFFSET 0");
    const QString match = QLatin1Char('"') + word + QStringLiteral("\"*");
    QSqlQuery total(db);
    total.prepare(count);
    if (!word.isEmpty())
        total.addBindValue(match);
    if (!total.exec() || !total.next()) {
        QTextStream(stderr) << total.lastError().text() << "\n";
        return 1;
    }
    QSqlQuery rows(db);
    rows.prepare(sql);
    if (!word.isEmpty())
        rows.addBindValue(match);
    if (!rows.exec()) {
        QTextStream(stderr) << rows.lastError().text() << "\n";
        return 1;
    }
    QSqlQueryModel model;
    model.setQuery(std::move(rows));
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 700); // netra-bench-register opens its window at this size too
    view.show();
    QApplication::processEvents();
    QTextStream(stdout) << "bare_open_ms " << t.elapsed() << " (" << total.value(0).toLongLong()
                        << " cases, " << model.rowCount() << " shown)\n";
    return 0;
}
