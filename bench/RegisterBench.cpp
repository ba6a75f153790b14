// Prints how long the register takes to open on a data file, to scroll to its end in pages and
// to re-sort, offscreen. A benchmark that prints figures, not a test. It opens the file as
// FileSession::openAs does (the lock, the connection, the sign-in as NETRA_USER with
// NETRA_PASSWORD, the demo coordinator when they are not set), and times the open without the
// sign-in: its Argon2id derivations (sign_in_ms, 200-350 ms from one run to the next) would
// drown the window's own 50 ms.
#include "Translator.h"
#include "demo/DemoGenerator.h"
#include "register/CaseTableModel.h"
#include "register/MainWindow.h"
#include "session/FileSession.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/FileLock.h"
#include "store/UserRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTextStream>

namespace {

// A filter on one field only.
CaseFilter filterBy(QString CaseFilter::*field, const QString &value)
{
    CaseFilter f;
    f.*field = value;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: netra-bench-register FILE\n";
        return 2;
    }
    Translator::install(QStringLiteral("id"));
    QTextStream out(stdout);
    const QString login = qEnvironmentVariable("NETRA_USER", QStringLiteral("koordinator"));
    const QString password =
        qEnvironmentVariable("NETRA_PASSWORD", QLatin1String(DemoGenerator::Password));
    QString error;
    const QString path = QString::fromLocal8Bit(argv[1]);
    QElapsedTimer t;
    t.start();
    auto lock = std::make_unique<FileLock>(path);
    if (lock->tryLock() != FileLock::Result::Locked) {
        QTextStream(stderr) << "netra-bench-register: " << lock->error() << "\n";
        return 1;
    }
    auto db = Database::open(path, Database::Mode::OpenExisting, &error);
    qint64 opening = t.elapsed();
    t.restart();
    if (!db || !UserRepository(*db).login(login, password, &error)) {
        QTextStream(stderr) << "netra-bench-register: " << error << "\n";
        return 1;
    }
    out << "sign_in_ms " << t.elapsed() << Qt::endl;
    t.restart();
    MainWindow w;
    // The bare window's size (netra-bench-bare-table): the offscreen screen is 800 x 600, which
    // would leave the window at its minimum width, whatever that is.
    w.resize(1200, 700);
    if (!w.session()->install(std::move(db), std::move(lock))) {
        QTextStream(stderr) << "netra-bench-register: the register did not open\n";
        return 1;
    }
    w.show();
    QApplication::processEvents();
    opening += t.elapsed();
    // Flushed: a trace can tell the open apart.
    out << "open_without_sign_in_ms " << opening << Qt::endl;
    out << "cases " << w.caseModel()->totalCount() << "\n";

    t.restart();
    for (int i = 0; i < 10 && w.caseModel()->canFetchMore({}); ++i)
        w.caseModel()->fetchMore({});
    out << "fetch_10_pages_ms " << t.elapsed() << "\n";

    for (int column : {int(CaseTableModel::Reported), int(CaseTableModel::NextDeadline),
                       int(CaseTableModel::Number)}) {
        t.restart();
        w.caseView()->sortByColumn(column, Qt::AscendingOrder);
        QApplication::processEvents();
        out << "sort_column_" << column << "_ms " << t.elapsed() << "\n";
    }
    const struct
    {
        const char *name;
        CaseFilter filter;
    } filters[] = {
        {"search_name", filterBy(&CaseFilter::text, QStringLiteral("santoso"))},
        {"search_nip_prefix", filterBy(&CaseFilter::text, QStringLiteral("19860"))},
        {"search_agency_words", filterBy(&CaseFilter::text, QStringLiteral("dinas pendidikan"))},
        {"filter_late", filterBy(&CaseFilter::deadlineState, QStringLiteral("late"))},
        {"filter_position_jpt", filterBy(&CaseFilter::positionCategory, QStringLiteral("jpt"))},
    };
    for (const auto &f : filters) {
        t.restart();
        w.caseModel()->setFilter(f.filter);
        out << f.name << "_ms " << t.elapsed() << " (" << w.caseModel()->totalCount()
            << " cases)\n";
    }
    return 0;
}
