#pragma once

// The windows the guide has a page for, each opened on the data file of a signed-in main window
// as the desk opens it: TestGuide presses F1 in each, GuideShots grabs them for the guide's
// screenshots (scripts/guide-shots.sh).

#include "admin/SettingsDialog.h"
#include "admin/UsersDialog.h"
#include "case/CaseWindow.h"
#include "dashboard/DashboardWindow.h"
#include "demo/DemoGenerator.h"
#include "exchange/Package.h"
#include "exchange/PackageDialog.h"
#include "hearings/MinutesWindow.h"
#include "ledger/LedgerWindow.h"
#include "ledger/LetterBookWindow.h"
#include "prevention/ActivitiesWindow.h"
#include "register/CaseTableModel.h"
#include "register/MainWindow.h"
#include "session/RestoreDialog.h"
#include "store/HearingRepository.h"
#include "store/PackageStore.h"
#include "store/SettingsRepository.h"
#include "store/UserRepository.h"
#include "supervision/LeadsWindow.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace GuideWindows {

struct Window
{
    QString page;                    // the guide's page it opens with F1
    QString name;                    // what it is called in a screenshot's file name
    std::function<QWidget *()> open; // opens it (shown), owned by the main window
};

// The first case in the register whose hearing has a person with minutes; its id and that
// person's, 0 when the file has none.
inline QPair<qint64, qint64> caseWithMinutes(MainWindow &main)
{
    CaseTableModel *model = main.caseModel();
    HearingRepository hearings(*main.database());
    for (int row = 0; row < 2000; ++row) {
        while (row >= model->rowCount() && model->canFetchMore({}))
            model->fetchMore({});
        if (row >= model->rowCount())
            break;
        const qint64 id = model->index(row, 0).data(CaseTableModel::CaseIdRole).toLongLong();
        for (const Hearing &h : hearings.hearings(id)) {
            for (const Attendee &a : h.attendees) {
                if (a.role == QLatin1String("terlapor") && !a.minutes.isEmpty())
                    return {id, a.id};
            }
        }
    }
    return {0, 0};
}

// A package from another office (Karanganyar, 20 cases), as the import window previews one;
// made once, in a folder kept while the program runs. Empty when it could not be made.
inline QString otherOfficePackage()
{
    static const QString path = [] {
        static QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("karanganyar.netra")),
                                 Database::Mode::CreateIfMissing, &error);
        if (!db)
            return QString();
        DemoGenerator::Options options;
        options.cases = 20;
        options.seed = 7;
        options.regencies = {QStringLiteral("3313")};
        Package::Content content;
        if (!DemoGenerator(*db, options).run(&error) ||
            !UserRepository(*db).login(QStringLiteral("koordinator"),
                                       QLatin1String(DemoGenerator::Password), &error) ||
            !PackageStore(*db).collect(CaseFilter(), false, false, &content, &error))
            return QString();
        const QString file = dir.filePath(QStringLiteral("karanganyar.netrapkg"));
        QFile out(file);
        const QByteArray bytes = Package::write(content);
        if (bytes.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return QString();
        return file;
    }();
    return path;
}

// Every window with its page, the main window (the register) first.
inline QList<Window> all(MainWindow &main)
{
    Database &db = *main.database();
    const QPair<qint64, qint64> found = caseWithMinutes(main);
    auto dialog = [](QWidget *w) {
        w->setAttribute(Qt::WA_DeleteOnClose);
        w->show();
        return w;
    };
    auto settings = std::make_shared<SettingsRepository>(db);
    return {
        {QStringLiteral("register"), QStringLiteral("register"),
         [&main] {
             main.show();
             return &main;
         }},
        {QStringLiteral("case"), QStringLiteral("case"),
         [&main, found] { return main.openCase(found.first); }},
        {QStringLiteral("hearing"), QStringLiteral("minutes"),
         [&db, &main, found, dialog] {
             return dialog(new MinutesWindow(db, found.second, &main));
         }},
        {QStringLiteral("dashboard"), QStringLiteral("dashboard"),
         [&main] { return main.showDashboard(); }},
        {QStringLiteral("ledger"), QStringLiteral("ledger"), [&main] { return main.showLedger(); }},
        {QStringLiteral("letters"), QStringLiteral("letterbook"),
         [&db, &main, dialog] { return dialog(new LetterBookWindow(db, &main)); }},
        {QStringLiteral("prevention"), QStringLiteral("activities"),
         [&db, &main, dialog] { return dialog(new ActivitiesWindow(db, &main)); }},
        {QStringLiteral("leads"), QStringLiteral("leads"),
         [&db, &main, dialog] { return dialog(new LeadsWindow(db, &main)); }},
        {QStringLiteral("package"), QStringLiteral("package-export"),
         [&db, &main, dialog] { return dialog(new PackageExportDialog(db, &main)); }},
        {QStringLiteral("package"), QStringLiteral("package-import"),
         [&db, &main, dialog] {
             auto *import = new PackageImportDialog(db, &main);
             import->setFile(otherOfficePackage());
             return dialog(import);
         }},
        {QStringLiteral("users"), QStringLiteral("users"),
         [&db, &main, dialog] { return dialog(new UsersDialog(db, &main)); }},
        {QStringLiteral("settings"), QStringLiteral("settings"),
         [settings, &main, dialog] {
             QWidget *w = dialog(new SettingsDialog(*settings, &main));
             // The repository lives as long as the dialog.
             QObject::connect(w, &QObject::destroyed, [settings] {});
             return w;
         }},
        {QStringLiteral("backups"), QStringLiteral("restore"),
         [&db, &main, dialog] { return dialog(new RestoreDialog(db.path(), &main)); }},
    };
}

} // namespace GuideWindows
