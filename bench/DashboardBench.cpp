// Prints how long the dashboard takes to open on a store (its charts for everything the user's
// scope holds, with the regencies and provinces side by side) and to make its recap (one row of
// figures per regency), offscreen, after the sign-in. A benchmark that prints figures, not a
// test. It signs in without the dialog, as NETRA_USER with NETRA_PASSWORD (the demo coordinator
// when they are not set): on a server of many offices the user's scope is what the dashboard
// shows.
//
//   netra-bench-dashboard LOCATION
#include "Translator.h"
#include "dashboard/DashboardWindow.h"
#include "demo/DemoGenerator.h"
#include "register/MainWindow.h"
#include "stats/ChartData.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: netra-bench-dashboard LOCATION\n";
        return 2;
    }
    Translator::install(QStringLiteral("id"));
    QTextStream out(stdout);
    MainWindow w;
    const QString login = qEnvironmentVariable("NETRA_USER", QStringLiteral("koordinator"));
    const QString password =
        qEnvironmentVariable("NETRA_PASSWORD", QLatin1String(DemoGenerator::Password));
    QString error;
    QElapsedTimer t;
    t.start();
    if (!w.openFileAs(QString::fromLocal8Bit(argv[1]), login, password, &error)) {
        QTextStream(stderr) << "netra-bench-dashboard: " << error << "\n";
        return 1;
    }
    w.show();
    QApplication::processEvents();
    out << "register_open_ms " << t.elapsed() << " (with the sign-in)\n";

    t.restart();
    DashboardWindow *dashboard = w.showDashboard();
    QApplication::processEvents();
    out << "dashboard_open_ms " << t.elapsed() << " (" << dashboard->data().cases << " cases, "
        << dashboard->data().byRegency.size() << " regencies, "
        << dashboard->data().byProvince.size() << " provinces side by side)\n";

    t.restart();
    dashboard->reload();
    QApplication::processEvents();
    out << "dashboard_reload_ms " << t.elapsed() << "\n";

    t.restart();
    QDialog *recap = dashboard->showRecap();
    QApplication::processEvents();
    out << "recap_ms " << t.elapsed() << " (one row per regency)\n";
    recap->close();
    return 0;
}
