// The guide's screenshots, grabbed from the real windows offscreen (scripts/guide-shots.sh):
//   GuideShots FILE FOLDER LANGUAGE
// signs in to the data file FILE (the demo) as its coordinator, opens every window the guide
// has a page for (tests/GuideWindows.h) and the tabs of a case in the UI language LANGUAGE
// ("id" or "en"), and the guide's own window, and writes each as FOLDER/<name>.png, at most
// 760 pixels wide.
#include "GuideWindows.h"
#include "Translator.h"
#include "common/Guide.h"
#include "demo/DemoGenerator.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {

constexpr int MaxWidth = 760;

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
}

bool save(QWidget *w, const QString &folder, const QString &name)
{
    settle();
    QImage image = w->window()->grab().toImage();
    if (image.width() > MaxWidth)
        image = image.scaledToWidth(MaxWidth, Qt::SmoothTransformation);
    const QString path = QDir(folder).filePath(name + QLatin1String(".png"));
    if (!image.save(path, "PNG", 9)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // window sizes and recent files of its own
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: GuideShots FILE FOLDER LANGUAGE\n");
        return 2;
    }
    const QString file = args.at(1);
    const QString folder = args.at(2);
    Translator::install(args.at(3));
    QDir().mkpath(folder);

    MainWindow main;
    QString error;
    if (!main.openFileAs(file, QStringLiteral("koordinator"),
                         QLatin1String(DemoGenerator::Password), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    main.resize(1100, 620);
    bool ok = true;
    for (const GuideWindows::Window &entry : GuideWindows::all(main)) {
        QWidget *w = entry.open();
        if (!w) {
            std::fprintf(stderr, "%s: not opened\n", qPrintable(entry.name));
            ok = false;
            continue;
        }
        // A laptop's window at most, so that the text stays readable once scaled down.
        if (w != &main)
            w->window()->resize(std::min(w->window()->width(), 1000),
                                std::min(w->window()->height(), 640));
        if (auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("caseTabs"))) {
            // The case window: each tab the guide shows (the evidence of the demo's cases is
            // an empty list).
            const QStringList names = {QStringLiteral("case"),      QStringLiteral("review"),
                                       QStringLiteral("analysis"),  QStringLiteral("procedure"),
                                       QStringLiteral("hearings"),  QString(),
                                       QStringLiteral("documents"), QStringLiteral("timeline")};
            for (int i = 0; i < tabs->count() && i < names.size(); ++i) {
                if (names.at(i).isEmpty())
                    continue;
                tabs->setCurrentIndex(i);
                ok = save(w, folder, QStringLiteral("case-") + names.at(i)) && ok;
            }
            continue;
        }
        ok = save(w, folder, entry.name) && ok;
        if (w != &main)
            w->close();
    }
    // The guide itself, at the page of a case.
    QWidget *guide = Guide::open(QStringLiteral("case"), &main);
    guide->resize(820, 560);
    ok = save(guide, folder, QStringLiteral("guide")) && ok;
    main.closeFile();
    return ok ? 0 : 1;
}
