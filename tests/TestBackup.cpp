// Backups and restore, as an office would notice them: nothing lost on a round trip, the count
// kept, a bad backup refused without touching the data file, a consistent backup while the file
// is being written, netra-cli backup and restore, and the desktop's restore dialog.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "admin/SettingsDialog.h"
#include "demo/DemoGenerator.h"
#include "register/CaseTableModel.h"
#include "register/MainWindow.h"
#include "session/BackupScheduler.h"
#include "session/RestoreDialog.h"
#include "store/Backup.h"
#include "store/DraftRepository.h"
#include "store/FileCheck.h"
#include "store/SettingsRepository.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <atomic>

using namespace TestSupport;

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("d%1").arg(++m_counter));
        QDir().mkpath(path);
        return path;
    }
    // A data file with `count` demo cases, closed.
    QString demoFile(int count)
    {
        const QString path = newFolder() + QStringLiteral("/kantor.netra");
        auto db = openNew(path);
        DemoGenerator::Options o;
        o.cases = count;
        o.seed = 11;
        o.today = QDate(2024, 12, 31);
        // Encrypted from the start, as netra-cli demo makes it: signing in to it (after a
        // restore) converts nothing.
        o.encryptIdentities = true;
        QString error;
        if (!DemoGenerator(*db, o).run(&error))
            qWarning("%s", qPrintable(error));
        return path;
    }
    static QByteArray sha(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    // Every row of the cases and of the change log, as text.
    static QStringList records(const QString &path)
    {
        QString error;
        auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        if (!db) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        QStringList rows;
        for (const char *table : {"cases", "change_log", "parties"}) {
            QSqlQuery q(db->sql());
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            while (q.next()) {
                QStringList row{QLatin1String(table)};
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i).toString();
                rows << row.join(QLatin1Char('|'));
            }
        }
        return rows;
    }
    static qint64 caseCount(const QString &path)
    {
        QString error;
        auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        return db ? CaseRepository(*db).count(CaseFilter()) : -1;
    }
    static void addCase(const QString &path)
    {
        QString error;
        auto db = Database::open(path, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(create(*db), qPrintable(error));
    }
    static bool create(Database &db)
    {
        Case c = sampleCase();
        QString error;
        if (CaseRepository(db).create(c, &error))
            return true;
        qWarning("%s", qPrintable(error));
        return false;
    }
    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    struct Run
    {
        int exit = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };
    static Run cli(const QStringList &args, const QString &user = QStringLiteral("admin"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NETRA_USER"), user);
        env.insert(QStringLiteral("NETRA_PASSWORD"), QStringLiteral("demo12345"));
        env.insert(QStringLiteral("NETRA_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NETRA_CLI), args);
        p.waitForFinished(600000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // Answers the modal dialogs that come up one after the other, each with its own answer;
    // a message box after the last is closed.
    static void answerInTurn(QList<std::function<void(QWidget *)>> answers)
    {
        // One watch at a time: a new one ends the one before.
        static QPointer<QTimer> previous;
        delete previous.data();
        auto *timer = new QTimer;
        previous = timer;
        timer->setInterval(20);
        auto seen = std::make_shared<QList<QPointer<QWidget>>>();
        auto ticks = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, [timer, answers, seen, ticks] {
            QWidget *w = QApplication::activeModalWidget();
            if (w && !seen->contains(w)) {
                const int n = int(seen->size());
                seen->append(w);
                // Answered from a timer of its own: an answer that opens the next dialog runs
                // its event loop there, and this timer goes on watching.
                if (n < answers.size())
                    QTimer::singleShot(0, w, [answer = answers.at(n), w] { answer(w); });
                else if (auto *box = qobject_cast<QMessageBox *>(w))
                    box->accept();
            }
            if (++*ticks > 1500) {
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start();
    }
    static void clickButton(QWidget *w, QMessageBox::StandardButton which)
    {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        box->button(which)->click();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void defaultFolderBesideTheFile()
    {
        QCOMPARE(Backup::defaultFolder(QStringLiteral("/data/kantor.netra")),
                 QStringLiteral("/data/kantor-backups"));
        int keep = 0;
        QVERIFY(Backup::parseKeep(QStringLiteral("10"), &keep));
        QCOMPARE(keep, 10);
        QVERIFY(!Backup::parseKeep(QStringLiteral("0"), &keep));
        QVERIFY(!Backup::parseKeep(QStringLiteral("101"), &keep));
        QVERIFY(!Backup::parseKeep(QStringLiteral("ten"), &keep));
    }

    void roundTripKeepsEveryRecord()
    {
        const QString path = demoFile(40);
        const QStringList before = records(path);
        QVERIFY(before.size() > 80);
        Backup::Result made;
        QString error;
        QVERIFY2(Backup::make(path, QString(), 0, &made, &error), qPrintable(error));
        QVERIFY(made.path.startsWith(Backup::defaultFolder(path) + QLatin1Char('/')));
        QCOMPARE(made.keep, 10); // the file's setting backup_keep
        // The backup is one whole file, with nothing beside it under a temporary name.
        QCOMPARE(filesIn(Backup::defaultFolder(path)),
                 QStringList{QFileInfo(made.path).fileName()});
        QCOMPARE(records(made.path), before);

        addCase(path);
        const QStringList changed = records(path);
        QVERIFY(changed != before);
        QCOMPARE(caseCount(path), 41);

        QString keptAs;
        QVERIFY2(Backup::restore(path, made.path, &keptAs, &error), qPrintable(error));
        QCOMPARE(records(path), before);
        QCOMPARE(caseCount(path), 40);
        // The file set aside is the data as it was before the restore.
        QVERIFY(QFileInfo(keptAs).fileName().startsWith(QStringLiteral("kantor.before-restore-")));
        QCOMPARE(QFileInfo(keptAs).absolutePath(), QFileInfo(path).absolutePath());
        QCOMPARE(records(keptAs), changed);
        // The restored file opens for writing and checks clean.
        QString openError;
        auto db = Database::open(path, Database::Mode::OpenExisting, &openError);
        QVERIFY2(db, qPrintable(openError));
        QVERIFY(FileCheck::run(*db).ok());
        // No temporary file is left behind.
        for (const QString &name : filesIn(QFileInfo(path).absolutePath()))
            QVERIFY2(!name.endsWith(QLatin1String(".part")), qPrintable(name));
    }

    void rotationKeepsTheNewest()
    {
        const QString path = demoFile(3);
        const QString folder = newFolder();
        // Files that are not backups of this data file are never touched.
        const QStringList others{QStringLiteral("notes.txt"),
                                 QStringLiteral("lain-20200101-000000-000.netra")};
        for (const QString &name : others) {
            QFile f(QDir(folder).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        }
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            Backup::Result r;
            QString error;
            QVERIFY2(Backup::make(path, folder, 3, &r, &error), qPrintable(error));
            made << r.path;
            QCOMPARE(r.removed.size(), i < 3 ? 0 : 1);
            if (i >= 3)
                QCOMPARE(r.removed.first(), made.at(i - 3));
        }
        const QList<Backup::Entry> entries = Backup::list(path, folder);
        QCOMPARE(entries.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(entries.at(i).path, made.at(4 - i)); // newest first
            QCOMPARE(entries.at(i).cases, 3);
            QVERIFY(entries.at(i).size > 0);
            QVERIFY(entries.at(i).time.isValid());
            QVERIFY(qAbs(entries.at(i).time.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        }
        QVERIFY(entries.at(0).time > entries.at(1).time);
        for (const QString &name : others)
            QVERIFY(QFileInfo::exists(QDir(folder).filePath(name)));
        QCOMPARE(Backup::newest(path, folder), entries.first().time);
        // Just made and nothing changed: none is due.
        QVERIFY(!Backup::isDue(path, folder));
        QVERIFY(Backup::isDue(path, newFolder()));
    }

    void keepCountFromTheSettings()
    {
        const QString path = demoFile(1);
        QCOMPARE(Backup::keepSetting(path), 10);
        {
            QString error;
            auto db = Database::open(path, Database::Mode::OpenExisting, &error);
            SettingsRepository repo(*db);
            SettingsDialog dialog(repo);
            auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("backup_keep"));
            QVERIFY(spin);
            QCOMPARE(spin->value(), 10);
            QCOMPARE(spin->minimum(), 1);
            QCOMPARE(spin->maximum(), 100);
            spin->setValue(2);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            // Outside the range the dialog offers, refused (netra-cli settings, a package).
            for (const char *count : {"0", "101", "sepuluh"}) {
                QVERIFY(
                    !repo.setSetting(QStringLiteral("backup_keep"), QLatin1String(count), &error));
                QCOMPARE(error, QStringLiteral("Between 1 and 100 backups are kept; %1 is not a "
                                               "number of them.")
                                    .arg(QLatin1String(count)));
            }
        }
        QCOMPARE(Backup::keepSetting(path), 2);
        const QString folder = newFolder();
        for (int i = 0; i < 4; ++i) {
            Backup::Result r;
            QString error;
            QVERIFY2(Backup::make(path, folder, 0, &r, &error), qPrintable(error));
            QCOMPARE(r.keep, 2);
        }
        QCOMPARE(Backup::list(path, folder).size(), 2);
    }

    void badBackupIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("text") << "text";
        QTest::newRow("foreign sqlite") << "foreign";
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("newer version") << "newer";
        QTest::newRow("missing") << "missing";
    }
    void badBackupIsRefused()
    {
        QFETCH(QString, kind);
        const QString path = demoFile(20);
        const QString bad = newFolder() + QStringLiteral("/bad.netra");
        if (kind == QLatin1String("text")) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Ini bukan berkas data.\n");
        } else if (kind == QLatin1String("foreign")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            db.setDatabaseName(bad);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE cases (id INTEGER)"));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(kind);
        } else if (kind != QLatin1String("missing")) {
            Backup::Result r;
            QString error;
            QVERIFY2(Backup::make(path, newFolder(), 5, &r, &error), qPrintable(error));
            if (kind == QLatin1String("truncated")) {
                QVERIFY(QFile::copy(r.path, bad));
                QFile f(bad);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.resize(f.size() / 2));
            } else {
                QVERIFY(QFile::copy(r.path, bad));
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
                db.setDatabaseName(bad);
                QVERIFY(db.open());
                QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(kind);
            }
        }
        const QStringList filesBefore = filesIn(QFileInfo(path).absolutePath());
        const QByteArray before = sha(path);
        QString keptAs;
        QString error;
        QVERIFY(!Backup::restore(path, bad, &keptAs, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be restored")), qPrintable(error));
        QVERIFY(keptAs.isEmpty());
        QCOMPARE(sha(path), before);
        QCOMPARE(filesIn(QFileInfo(path).absolutePath()), filesBefore);
        QCOMPARE(caseCount(path), 20);
    }

    void fileOpenElsewhereIsNotReplaced()
    {
        const QString path = demoFile(5);
        Backup::Result r;
        QString error;
        QVERIFY2(Backup::make(path, QString(), 0, &r, &error), qPrintable(error));
        auto open = Database::open(path, Database::Mode::OpenExisting, &error);
        QVERIFY(open);
        QVERIFY(create(*open));
        const QStringList filesBefore = filesIn(QFileInfo(path).absolutePath());
        QString keptAs;
        QVERIFY(!Backup::restore(path, r.path, &keptAs, &error));
        QVERIFY2(error.contains(QStringLiteral("still open")), qPrintable(error));
        QCOMPARE(filesIn(QFileInfo(path).absolutePath()), filesBefore);
        QCOMPARE(CaseRepository(*open).count(CaseFilter()), 6);
        open.reset();
        QCOMPARE(caseCount(path), 6);
    }

    void backupWhileAnotherConnectionWrites()
    {
        const QString path = demoFile(10);
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        QThread *writer = QThread::create([&] {
            QString error;
            auto db = Database::open(path, Database::Mode::OpenExisting, &error);
            if (!db)
                return;
            CaseRepository repo(*db);
            while (!stop && written < 2000) {
                Case c = sampleCase(QDate(2024, 10, 1).addDays(written % 60));
                c.description += QStringLiteral(" #%1").arg(int(written));
                if (repo.create(c, &error))
                    ++written;
            }
        });
        writer->start();
        QTRY_VERIFY(written > 5);
        const QString folder = newFolder();
        QList<qint64> counts;
        for (int i = 0; i < 3; ++i) {
            Backup::Result r;
            QString error;
            QVERIFY2(Backup::make(path, folder, 10, &r, &error), qPrintable(error));
            auto db = Database::open(r.path, Database::Mode::ReadOnly, &error);
            QVERIFY2(db, qPrintable(error));
            // Every case with its creation in the change log and its persons: a snapshot.
            const FileCheck::Result check = FileCheck::run(*db);
            QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1String("; "))));
            counts << CaseRepository(*db).count(CaseFilter());
            QTest::qWait(50);
        }
        stop = true;
        writer->wait();
        delete writer;
        QVERIFY(counts.first() > 10);
        QVERIFY(counts.last() >= counts.first());
        QCOMPARE(caseCount(path), 10 + written);
    }

    void cliBackupAndRestore()
    {
        const QString path = demoFile(15);
        const QString folder = newFolder();
        QStringList made;
        for (int i = 0; i < 3; ++i) {
            const Run r = cli({QStringLiteral("backup"), path, QStringLiteral("--to"), folder,
                               QStringLiteral("--keep"), QStringLiteral("2")});
            QCOMPARE(r.exit, 0);
            const QJsonObject o = r.json().object();
            made << o.value(QStringLiteral("backup")).toString();
            QVERIFY(QFileInfo::exists(made.last()));
            QCOMPARE(o.value(QStringLiteral("keep")).toInt(), 2);
            const QJsonArray removed = o.value(QStringLiteral("removed")).toArray();
            QCOMPARE(removed.size(), i < 2 ? 0 : 1);
        }
        QVERIFY(!QFileInfo::exists(made.first()));
        const Run listed = cli({QStringLiteral("backups"), path, QStringLiteral("--in"), folder});
        QCOMPARE(listed.exit, 0);
        const QJsonArray list = listed.json().array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("path")).toString(), made.last());
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("cases")).toInt(), 15);

        // Default folder, beside the file.
        const Run plain = cli({QStringLiteral("backup"), path});
        QCOMPARE(plain.exit, 0);
        QVERIFY(plain.json()
                    .object()
                    .value(QStringLiteral("backup"))
                    .toString()
                    .startsWith(Backup::defaultFolder(path)));

        QCOMPARE(
            cli({QStringLiteral("backup"), path, QStringLiteral("--keep"), QStringLiteral("0")})
                .exit,
            2);
        QCOMPARE(cli({QStringLiteral("backup"), m_dir.filePath(QStringLiteral("none.netra"))}).exit,
                 1);

        addCase(path);
        const QStringList changed = records(path);
        const Run restored = cli({QStringLiteral("restore"), path, made.last()});
        QCOMPARE(restored.exit, 0);
        const QJsonObject o = restored.json().object();
        QCOMPARE(o.value(QStringLiteral("cases")).toInt(), 15);
        const QString kept = o.value(QStringLiteral("previous_file")).toString();
        QVERIFY(QFileInfo::exists(kept));
        QCOMPARE(records(kept), changed);
        QCOMPARE(caseCount(path), 15);

        // A bad backup: exit 1, a message, the data file as it was.
        const QString bad = newFolder() + QStringLiteral("/bad.netra");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const QByteArray before = sha(path);
        const Run refused = cli({QStringLiteral("restore"), path, bad});
        QCOMPARE(refused.exit, 1);
        QVERIFY2(refused.err.contains("cannot be restored"), refused.err.constData());
        QCOMPARE(sha(path), before);
        QCOMPARE(cli({QStringLiteral("restore"), path}).exit, 2);
        QCOMPARE(cli({QStringLiteral("restore"), QStringLiteral("--help")}).exit, 0);
    }

    void restoreDialogListsAndRestores()
    {
        const QString path = demoFile(25);
        Backup::Result older;
        Backup::Result newer;
        QString error;
        QVERIFY2(Backup::make(path, QString(), 0, &older, &error), qPrintable(error));
        addCase(path);
        QVERIFY2(Backup::make(path, QString(), 0, &newer, &error), qPrintable(error));
        addCase(path);

        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, path, QStringLiteral("admin")));
        w.show();
        QCOMPARE(w.database()->path(), path);
        QVERIFY(w.restoreAction()->isEnabled());

        QStringList listed;
        QString done;
        answerInTurn({
            [&](QWidget *widget) {
                auto *dialog = qobject_cast<RestoreDialog *>(widget);
                QVERIFY(dialog);
                QTreeWidget *list = dialog->list();
                for (int i = 0; i < list->topLevelItemCount(); ++i)
                    listed << list->topLevelItem(i)->text(2);
                // The older one: 25 cases.
                list->setCurrentItem(list->topLevelItem(1));
                dialog->restoreButton()->click();
            },
            [&](QWidget *widget) {
                auto *box = qobject_cast<QMessageBox *>(widget);
                QVERIFY(box);
                QVERIFY2(box->text().contains(QStringLiteral("25 cases")), qPrintable(box->text()));
                clickButton(widget, QMessageBox::Yes);
            },
            [&](QWidget *widget) {
                auto *box = qobject_cast<QMessageBox *>(widget);
                QVERIFY(box);
                done = box->text();
                box->accept();
            },
            // The restored file is signed in to again: its users are those of the backup.
            [&](QWidget *widget) {
                QCOMPARE(widget->objectName(), QStringLiteral("loginDialog"));
                widget->findChild<QLineEdit *>(QStringLiteral("loginEdit"))
                    ->setText(QStringLiteral("admin"));
                widget->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                    ->setText(QLatin1String(Password));
                widget->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            },
        });
        w.restoreAction()->trigger();
        QCOMPARE(listed, (QStringList{QStringLiteral("26"), QStringLiteral("25")}));
        QVERIFY2(done.contains(QStringLiteral("The backup was restored")), qPrintable(done));
        QVERIFY(w.database());
        QCOMPARE(CaseRepository(*w.database()).count(CaseFilter()), 25);
        QCOMPARE(w.caseModel()->totalCount(), 25);
        // The file kept aside holds what was there: 27 cases.
        const QStringList kept = QDir(QFileInfo(path).absolutePath())
                                     .entryList({QStringLiteral("kantor.before-restore-*.netra")});
        QCOMPARE(kept.size(), 1);
        QVERIFY2(done.contains(kept.first()), qPrintable(done));
        QCOMPARE(caseCount(QFileInfo(path).absoluteDir().filePath(kept.first())), 27);
    }

    void restoreDialogSaysNoWhenCancelled()
    {
        const QString path = demoFile(4);
        Backup::Result r;
        QString error;
        QVERIFY2(Backup::make(path, QString(), 0, &r, &error), qPrintable(error));
        addCase(path);
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, path, QStringLiteral("admin")));
        QPointer<RestoreDialog> dialog;
        answerInTurn({
            [&](QWidget *widget) {
                dialog = qobject_cast<RestoreDialog *>(widget);
                QVERIFY(dialog);
                dialog->restoreButton()->click();
            },
            [&](QWidget *widget) {
                clickButton(widget, QMessageBox::No);
                // Back in the list, which stays open until cancelled.
                QTimer::singleShot(100, dialog, [&] {
                    QVERIFY(dialog && dialog->isVisible());
                    dialog->reject();
                });
            },
        });
        w.restoreAction()->trigger();
        QCOMPARE(CaseRepository(*w.database()).count(CaseFilter()), 5);
        QVERIFY(QDir(QFileInfo(path).absolutePath())
                    .entryList({QStringLiteral("*.before-restore-*")})
                    .isEmpty());
    }

    void onlyAnAdministratorRestores()
    {
        const QString path = demoFile(2);
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, path, QStringLiteral("koordinator")));
        QVERIFY(!w.restoreAction()->isEnabled());
        QVERIFY2(w.restoreAction()->toolTip().contains(QStringLiteral("administrator")),
                 qPrintable(w.restoreAction()->toolTip()));
        QVERIFY(w.closeFile()); // one netra at a time has the file
        MainWindow admin;
        QVERIFY(GuiTestSupport::signIn(admin, path, QStringLiteral("admin")));
        QVERIFY(admin.restoreAction()->isEnabled());

        // netra-cli likewise.
        Backup::Result r;
        QString error;
        QVERIFY2(Backup::make(path, QString(), 0, &r, &error), qPrintable(error));
        admin.close();
        w.close();
        addCase(path);
        const Run refused =
            cli({QStringLiteral("restore"), path, r.path}, QStringLiteral("koordinator"));
        QCOMPARE(refused.exit, 1);
        QVERIFY2(refused.err.contains("administrator"), refused.err.constData());
        QCOMPARE(caseCount(path), 3);
        QVERIFY(QDir(QFileInfo(path).absolutePath())
                    .entryList({QStringLiteral("*.before-restore-*")})
                    .isEmpty());
    }

    void backupOnDemandIsForTheRolesThatSeeEverything()
    {
        const QString path = demoFile(4);
        // Three backups made by the administrator in the folder beside the file.
        QStringList made;
        for (int i = 0; i < 3; ++i) {
            const Run r = cli({QStringLiteral("backup"), path});
            QCOMPARE(r.exit, 0);
            made << r.json().object().value(QStringLiteral("backup")).toString();
        }
        const QString usb = m_dir.filePath(QStringLiteral("usb%1").arg(++m_counter));
        const QByteArray file = sha(path);
        for (const char *login : {"petugas", "notulis", "pemantau"}) {
            const QString who = QLatin1String(login);
            // A copy of everything to a stick: refused, nothing written.
            const Run copy =
                cli({QStringLiteral("backup"), path, QStringLiteral("--to"), usb}, who);
            QCOMPARE(copy.exit, 1);
            QVERIFY2(copy.err.contains("Only an administrator or a coordinator makes a backup"),
                     copy.err.constData());
            QVERIFY(copy.out.isEmpty());
            QVERIFY(!QFileInfo::exists(usb));
            // Rotation on a refused call: nothing deleted.
            const Run keep =
                cli({QStringLiteral("backup"), path, QStringLiteral("--keep"), QStringLiteral("1")},
                    who);
            QCOMPARE(keep.exit, 1);
            for (const QString &b : std::as_const(made))
                QVERIFY2(QFileInfo::exists(b), qPrintable(b));
            QCOMPARE(Backup::list(path).size(), 3);
            // Listing them is reading.
            const Run listed = cli({QStringLiteral("backups"), path}, who);
            QCOMPARE(listed.exit, 0);
            QCOMPARE(listed.json().array().size(), 3);
            // Restoring is the administrator's.
            const Run restore = cli({QStringLiteral("restore"), path, made.first()}, who);
            QCOMPARE(restore.exit, 1);
            QVERIFY2(restore.err.contains("Only an administrator restores"),
                     restore.err.constData());
            QCOMPARE(sha(path), file);
        }
        const Run restore =
            cli({QStringLiteral("restore"), path, made.first()}, QStringLiteral("koordinator"));
        QCOMPARE(restore.exit, 1);
        QCOMPARE(sha(path), file);

        // The coordinator and the administrator choose where a backup goes.
        for (const char *login : {"koordinator", "admin"}) {
            const Run r = cli({QStringLiteral("backup"), path, QStringLiteral("--to"), usb},
                              QLatin1String(login));
            QVERIFY2(r.exit == 0, r.err.constData());
            QVERIFY(r.json().object().value(QStringLiteral("backup")).toString().startsWith(usb));
        }
        QCOMPARE(Backup::list(path, usb).size(), 2);

        // Rotation deletes only what has Netra's name for a backup of this file, never a link
        // under that name (here to the data file) nor anything else.
        const QString link = usb + QStringLiteral("/kantor-20200101-000000-000.netra");
        QVERIFY(QFile::link(path, link));
        const QStringList others{usb + QStringLiteral("/kantor.netra"),
                                 usb + QStringLiteral("/kantor-catatan.netra"),
                                 usb + QStringLiteral("/lain-20200101-000000-000.netra")};
        for (const QString &other : others) {
            QFile f(other);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("milik kantor");
        }
        const Run rotated = cli({QStringLiteral("backup"), path, QStringLiteral("--to"), usb,
                                 QStringLiteral("--keep"), QStringLiteral("1")},
                                QStringLiteral("koordinator"));
        QCOMPARE(rotated.exit, 0);
        QCOMPARE(rotated.json().object().value(QStringLiteral("removed")).toArray().size(), 2);
        QCOMPARE(Backup::list(path, usb).size(), 1);
        QVERIFY(QFileInfo(link).isSymLink());
        for (const QString &other : others)
            QVERIFY2(QFileInfo::exists(other), qPrintable(other));
        QCOMPARE(sha(path), file);
        QCOMPARE(Backup::list(path).size(), 3);
    }

    void automaticBackupsForEveryRole()
    {
        const QString path = demoFile(3);
        {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, path, QStringLiteral("pemantau")));
            QSignalSpy finished(w.backups(), &BackupScheduler::finished);
            QVERIFY(w.backups()->backupIfDue());
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
            QVERIFY2(finished.first().at(0).toBool(),
                     qPrintable(finished.first().at(2).toString()));
            QVERIFY(w.close());
        }
        // The daily one, beside the file; nothing was written since, so none on closing.
        QCOMPARE(Backup::list(path).size(), 1);
        // Written meanwhile by someone else: the next close makes one, whoever signed in.
        {
            auto db = openNew(path);
            QVERIFY(create(*db));
        }
        {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, path, QStringLiteral("pemantau")));
            QVERIFY(w.close());
        }
        QCOMPARE(Backup::list(path).size(), 2);
    }

    void backupOnCloseAndDaily()
    {
        const QString path = demoFile(6);
        const QString folder = Backup::defaultFolder(path);
        {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, path));
            w.show();
            // No backup yet: one is due, made in the worker thread while the window works.
            QSignalSpy finished(w.backups(), &BackupScheduler::finished);
            QVERIFY(w.backups()->backupIfDue());
            QVERIFY(!w.backups()->backupIfDue()); // one at a time
            QCOMPARE(CaseRepository(*w.database()).count(CaseFilter()), 6);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
            QVERIFY2(finished.first().at(0).toBool(),
                     qPrintable(finished.first().at(2).toString()));
            QCOMPARE(Backup::list(path).size(), 1);
            // Made today: not due again.
            QVERIFY(!w.backups()->backupIfDue());
            QVERIFY(create(*w.database()));
            QVERIFY(w.close());
            QVERIFY(!w.database()); // closed before its backup
        }
        // The daily one and the one made on closing, after a case was added.
        QCOMPARE(Backup::list(path).size(), 2);
        {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, path));
            QVERIFY(create(*w.database()));
            QVERIFY(w.close());
        }
        QCOMPARE(Backup::list(path).size(), 3);
        const QList<Backup::Entry> entries = Backup::list(path);
        QCOMPARE(entries.first().cases, caseCount(path));
        QVERIFY(entries.first().cases > 6);
        // No write-ahead log or shared memory left beside the file or the backups.
        for (const QString &name : filesIn(folder))
            QVERIFY2(name.endsWith(QLatin1String(".netra")), qPrintable(name));
    }

    // A backup reports the bytes copied up to the total and, cancelled, leaves no file (not
    // even a temporary one) and deletes nothing; closing the window while its backup is
    // cancelled closes it without a backup and without a message.
    void cancelledBackupLeavesNothing()
    {
        const QString path = demoFile(120);
        const QString folder = newFolder();
        QList<QPair<qint64, qint64>> calls;
        Backup::Result r;
        QString error;
        QVERIFY(!Backup::make(path, folder, 5, &r, &error, [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return false;
        }));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(filesIn(folder), QStringList());
        QVERIFY(r.path.isEmpty());

        calls.clear();
        QVERIFY2(Backup::make(path, folder, 5, &r, &error,
                              [&](qint64 done, qint64 total) {
                                  calls.append({done, total});
                                  return true;
                              }),
                 qPrintable(error));
        QVERIFY(!calls.isEmpty());
        const qint64 total = calls.first().second;
        QVERIFY(total >= QFileInfo(r.path).size() / 2);
        for (int i = 1; i < calls.size(); ++i) {
            QCOMPARE(calls.at(i).second, total);
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        }
        QCOMPARE(calls.last().first, total);
        QCOMPARE(filesIn(folder), QStringList{QFileInfo(r.path).fileName()});

        // Closing: Cancel pressed in the progress dialog of the backup on close.
        const int before = int(Backup::list(path).size());
        {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, path));
            w.show();
            QVERIFY(create(*w.database()));
            bool seen = false;
            QTimer press;
            press.setInterval(0);
            connect(&press, &QTimer::timeout, &w, [&] {
                if (auto *d = w.findChild<QProgressDialog *>(QStringLiteral("progressDialog"))) {
                    seen = d->labelText() == tr("Making a backup of the data file…");
                    d->cancel();
                    press.stop();
                }
            });
            press.start();
            QVERIFY(w.close());
            QVERIFY(seen);
            QVERIFY(!w.database());
        }
        QCOMPARE(int(Backup::list(path).size()), before);
        for (const QString &name : filesIn(Backup::defaultFolder(path)))
            QVERIFY2(!name.endsWith(QLatin1String(".part")), qPrintable(name));
        // The next close makes it.
        {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, path));
            QVERIFY(w.close());
        }
        QCOMPARE(int(Backup::list(path).size()), before + 1);
    }

    // A provincial file is big: closing it when nothing was written since the newest backup
    // makes no second copy of the same data, nor does the daily backup; a change, or a backup
    // gone, makes one again.
    void noBackupWhenNothingChanged()
    {
        const QString path = demoFile(4);
        {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, path));
            QVERIFY(w.close());
        }
        QCOMPARE(Backup::list(path).size(), 1); // none before: made on closing
        QVERIFY(Backup::isCurrent(path));
        // Made two days ago (its name says when): the daily one is due by its age, yet the
        // newest backup holds the file as it is.
        const QString made = Backup::list(path).first().path;
        const QString old =
            QDir(Backup::defaultFolder(path))
                .filePath(QStringLiteral("kantor-%1.netra")
                              .arg(QDateTime::currentDateTimeUtc().addDays(-2).toString(
                                  QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
        QVERIFY(QFile::rename(made, old));
        QVERIFY(Backup::isDue(path));
        for (int i = 0; i < 2; ++i) {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, path));
            w.show();
            QCOMPARE(CaseRepository(*w.database()).count(CaseFilter()), 4);
            QVERIFY(!w.backups()->backupIfDue());
            QVERIFY(w.close());
        }
        QCOMPARE(Backup::list(path).size(), 1);
        {
            // A change: the daily one is made (in the worker thread), and none on closing
            // after it.
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, path));
            QVERIFY(create(*w.database()));
            QVERIFY(!Backup::isCurrent(path));
            QSignalSpy finished(w.backups(), &BackupScheduler::finished);
            QVERIFY(w.backups()->backupIfDue());
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
            QVERIFY2(finished.first().at(0).toBool(),
                     qPrintable(finished.first().at(2).toString()));
            QVERIFY(w.close());
        }
        QCOMPARE(Backup::list(path).size(), 2);
        QCOMPARE(Backup::list(path).first().cases, 5);
        QVERIFY(Backup::isCurrent(path));
        // The newest backup removed: the file is no longer current.
        QVERIFY(QFile::remove(Backup::list(path).first().path));
        QVERIFY(!Backup::isCurrent(path));
    }

    // What counts as a change for the backups on closing and the daily one: every write
    // committed through Netra — a case, a setting, a user, a draft, even through another
    // connection while the window was closed — but signing in. Closing twice without a change
    // makes one backup; each change makes one more at the next close, and one only.
    void everyWriteButSigningInCounts()
    {
        const QString path = demoFile(3);
        const auto closeOnce = [&] {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, path));
            QVERIFY(w.close());
        };
        closeOnce();
        QCOMPARE(Backup::list(path).size(), 1);
        QVERIFY(Backup::isCurrent(path));
        closeOnce();
        closeOnce();
        QCOMPARE(Backup::list(path).size(), 1);

        const QList<std::function<bool(Database &)>> writes{
            [](Database &db) { return create(db); },
            [](Database &db) {
                QString error;
                return SettingsRepository(db).setSetting(QStringLiteral("idle_lock_minutes"),
                                                         QStringLiteral("7"), &error);
            },
            [](Database &db) { return addUser(db, QStringLiteral("petugas2"), Role::Officer); },
            [](Database &db) {
                return DraftRepository(db).saveDraft(QStringLiteral("case:new"),
                                                     QStringLiteral("{\"description\":\"x\"}"));
            },
        };
        int backups = 1;
        for (const auto &write : writes) {
            {
                QString error;
                auto db = Database::open(path, Database::Mode::OpenExisting, &error);
                QVERIFY2(db, qPrintable(error));
                QVERIFY(write(*db));
            }
            QVERIFY(!Backup::isCurrent(path));
            closeOnce();
            QCOMPARE(Backup::list(path).size(), ++backups);
            QVERIFY(Backup::isCurrent(path));
            closeOnce();
            QCOMPARE(Backup::list(path).size(), backups);
        }
    }

    // The daily backup likewise: made once the day's is due and the file changed since the
    // newest backup, not again for a file unchanged since.
    void dailyBackupOnlyAfterAChange()
    {
        const QString path = demoFile(3);
        // The newest backup made two days ago (its name says when): the daily one is due.
        const auto ageNewest = [&] {
            const QString made = Backup::list(path).first().path;
            const QString old =
                QDir(Backup::defaultFolder(path))
                    .filePath(QStringLiteral("kantor-%1.netra")
                                  .arg(QDateTime::currentDateTimeUtc().addDays(-2).toString(
                                      QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
            QVERIFY(QFile::rename(made, old));
            QVERIFY(Backup::isDue(path));
        };
        const auto daily = [&](bool change) {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, path));
            if (change)
                QVERIFY(create(*w.database()));
            QSignalSpy finished(w.backups(), &BackupScheduler::finished);
            if (w.backups()->backupIfDue())
                QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
            QVERIFY(w.close());
        };
        daily(false); // none yet: made by the daily check
        QCOMPARE(Backup::list(path).size(), 1);
        ageNewest();
        daily(false);
        daily(false);
        QCOMPARE(Backup::list(path).size(), 1);
        daily(true); // a change: the daily one, and none on closing after it
        QCOMPARE(Backup::list(path).size(), 2);
        QCOMPARE(Backup::list(path).first().cases, 4);
        ageNewest();
        daily(false);
        QCOMPARE(Backup::list(path).size(), 2);
    }

    // A backup in the folder of another file under the same name (another office's
    // kantor.netra, copied in) holds nothing of this one: closing makes this file's own.
    void backupOfAnotherFileDoesNotCount()
    {
        const QString path = demoFile(3);
        const QString other = demoFile(3);
        QVERIFY(QFileInfo(other).fileName() == QFileInfo(path).fileName());
        Backup::Result r;
        QString error;
        QVERIFY2(Backup::make(other, Backup::defaultFolder(path), 0, &r, &error),
                 qPrintable(error));
        QCOMPARE(Backup::list(path).size(), 1);
        QVERIFY(!Backup::isCurrent(path));
        const auto closeOnce = [&] {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, path));
            QVERIFY(w.close());
        };
        closeOnce();
        QCOMPARE(Backup::list(path).size(), 2);
        QCOMPARE(Backup::list(path).first().cases, 3);
        QVERIFY(Backup::isCurrent(path));
        // The other file's backup again, now the newest: this file is not held by it.
        QVERIFY2(Backup::make(other, Backup::defaultFolder(path), 0, &r, &error),
                 qPrintable(error));
        QVERIFY(!Backup::isCurrent(path));
        closeOnce();
        QCOMPARE(Backup::list(path).size(), 4);
        closeOnce();
        QCOMPARE(Backup::list(path).size(), 4);
    }
};

QTEST_MAIN(TestBackup)
#include "TestBackup.moc"
