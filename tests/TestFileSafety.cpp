// Never lose data: a file another netra has open (told who, opened read-only), a lock left by a
// killed netra, a full disk, a read-only folder, a file removed while open and put back.
//
// The full disk and the read-only folder are small tmpfs mounts in a mount namespace of the
// test's own; where mounting is not permitted (no CAP_SYS_ADMIN) those tests are skipped.
#include "DiskSupport.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "register/MainWindow.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/FileCheck.h"
#include "store/FileLock.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace {

qint64 caseCount(Database &db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

// The descriptions of every case, by id: what must survive.
QMap<qint64, QString> descriptions(Database &db)
{
    QMap<qint64, QString> all;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT id, description FROM cases"));
    while (q.next())
        all.insert(q.value(0).toLongLong(), q.value(1).toString());
    return all;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

std::unique_ptr<Database> openNew(const QString &path)
{
    auto db = TestSupport::openNew(path);
    if (db)
        db->setActor(QStringLiteral("petugas"));
    return db;
}

bool storeCases(Database &db, int count, const QString &prefix = QStringLiteral("Kasus"))
{
    CaseRepository repo(db);
    for (int n = 1; n <= count; ++n) {
        Case c = TestSupport::sampleCase();
        c.description = QStringLiteral("%1 nomor %2.").arg(prefix).arg(n);
        QString error;
        if (!repo.create(c, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
    }
    return true;
}

// A FileLockHolder child: holds the lock as Dewi Lestari and writes cases.
class Holder
{
public:
    explicit Holder(const QString &path)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(FILE_LOCK_HOLDER), {path});
    }
    ~Holder()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    // Waits until the holder has written at least `cases` cases.
    bool waitForWrites(int cases)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_written < cases && clock.elapsed() < 30000 &&
               m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            read();
        }
        read();
        if (m_written < cases)
            qWarning("holder: %s", m_process.readAllStandardError().constData());
        return m_written >= cases;
    }
    int written() const { return m_written; }
    bool kill()
    {
        m_process.kill(); // SIGKILL: the lock file stays behind
        return m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::CrashExit;
    }

private:
    void read()
    {
        m_out += m_process.readAllStandardOutput();
        for (const QByteArray &line : m_out.split('\n')) {
            if (line.startsWith("WROTE "))
                m_written = std::max(m_written, line.mid(6).trimmed().toInt());
        }
    }

    QProcess m_process;
    QByteArray m_out;
    int m_written = 0;
};

// Clicks the button of a message box.
void click(QWidget *w, QMessageBox::StandardButton which)
{
    if (auto *box = qobject_cast<QMessageBox *>(w))
        box->button(which)->click();
}

// Signs in to the login dialog as the coordinator TestSupport::addCliUsers made.
void signInDialog(QWidget *d)
{
    if (auto *login = d->findChild<QLineEdit *>(QStringLiteral("loginEdit")))
        login->setText(QStringLiteral("koordinator"));
    if (auto *password = d->findChild<QLineEdit *>(QStringLiteral("passwordEdit")))
        password->setText(QLatin1String(TestSupport::Password));
    if (auto *buttons = d->findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->click();
}

// Answers "Open it read-only?" with yes (keeping its text), then signs in.
void readOnlyThenSignIn(QWidget *d, QString *asked)
{
    if (auto *box = qobject_cast<QMessageBox *>(d))
        *asked = box->text();
    click(d, QMessageBox::Yes);
    QTimer::singleShot(0, [] { GuiTestSupport::whenDialog(signInDialog); });
}

} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cannotMount; // why, when mounting is not permitted
    int m_counter = 0;

    QString newPath(const QString &name)
    {
        return m_dir.filePath(QStringLiteral("%1-%2.netra").arg(name).arg(++m_counter));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translator::install(QStringLiteral("en"));
        // The test's mounts in a namespace of its own: nobody else sees them, and they go with
        // the process however it ends.
        m_cannotMount = DiskSupport::enterMountNamespace(m_dir.filePath(QStringLiteral("probe")));
    }

    // The lock says who has the file, and is released with it.
    void lockSaysWhoHasTheFile()
    {
        const QString path = newPath(QStringLiteral("lock"));
        QVERIFY(openNew(path));
        {
            FileLock first(path);
            QCOMPARE(first.tryLock(), FileLock::Result::Locked);
            first.setHolder(QStringLiteral("Dewi Lestari"), QStringLiteral("dewi"));
            QVERIFY(QFileInfo::exists(FileLock::lockPath(path)));

            FileLock second(path);
            QCOMPARE(second.tryLock(), FileLock::Result::HeldByOther);
            const FileLock::Holder &h = second.holder();
            QCOMPARE(h.fullName, QStringLiteral("Dewi Lestari"));
            QCOMPARE(h.login, QStringLiteral("dewi"));
            QCOMPARE(h.computer, QSysInfo::machineHostName());
            QVERIFY(qAbs(h.since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
            const QString text = h.describe();
            QVERIFY2(text.startsWith(QStringLiteral("Dewi Lestari (dewi) has this file open on %1 "
                                                    "since ")
                                         .arg(QSysInfo::machineHostName())),
                     qPrintable(text));
            QVERIFY2(text.contains(
                         QLocale().toString(h.since.toLocalTime(), QStringLiteral("d MMM yyyy"))),
                     qPrintable(text));
            first.unlock();
            QVERIFY(!QFileInfo::exists(FileLock::lockPath(path)));
            QVERIFY(!QFileInfo::exists(FileLock::infoPath(path)));
            QCOMPARE(second.tryLock(), FileLock::Result::Locked);
        }
        // Released when the lock goes.
        QVERIFY(!QFileInfo::exists(FileLock::lockPath(path)));
    }

    // A second netra is told who has the file, opens it read-only and reads what the first
    // keeps writing; answering no keeps what was open.
    void secondInstanceOpensReadOnly()
    {
        const QString path = newPath(QStringLiteral("shared"));
        const QString other = newPath(QStringLiteral("other"));
        {
            auto db = openNew(path);
            QVERIFY(db);
            QVERIFY(storeCases(*db, 2));
            QVERIFY(TestSupport::addCliUsers(*db));
            auto second = openNew(other);
            QVERIFY(second && TestSupport::addCliUsers(*second));
        }
        Holder holder(path);
        QVERIFY(holder.waitForWrites(1));

        // No: what was open stays open.
        {
            MainWindow w;
            QVERIFY(GuiTestSupport::signIn(w, other));
            QVERIFY(w.fileLock() && w.fileLock()->isLocked());
            QString asked;
            GuiTestSupport::whenDialog([&](QWidget *d) {
                asked = qobject_cast<QMessageBox *>(d) ? qobject_cast<QMessageBox *>(d)->text()
                                                       : QString();
                click(d, QMessageBox::No);
            });
            QVERIFY(!w.openFile(path));
            QVERIFY2(asked.contains(QLatin1String("Dewi Lestari (dewi) has this file open on")),
                     qPrintable(asked));
            QCOMPARE(w.database()->path(), other);
            QVERIFY(!w.database()->isReadOnly());
            QVERIFY(w.fileLock() && w.fileLock()->isLocked());
        }
        // Its lock went with the window.
        QVERIFY(!QFileInfo::exists(FileLock::lockPath(other)));

        // Yes: read-only, while the holder keeps writing.
        MainWindow w;
        QString asked;
        GuiTestSupport::whenDialog([&](QWidget *d) { readOnlyThenSignIn(d, &asked); });
        QVERIFY(w.openFile(path));
        const QString expected =
            QStringLiteral("Dewi Lestari (dewi) has this file open on %1 since ")
                .arg(QSysInfo::machineHostName());
        QVERIFY2(asked.startsWith(expected), qPrintable(asked));
        QVERIFY2(asked.endsWith(QLatin1String("Open it read-only?")), qPrintable(asked));
        Database &db = *w.database();
        QVERIFY(db.isReadOnly());
        QVERIFY(w.fileLock() == nullptr);
        QVERIFY2(w.windowTitle().contains(QLatin1String("(read-only)")),
                 qPrintable(w.windowTitle()));
        QVERIFY(!db.allows(Action::EditCases));
        Case c = TestSupport::sampleCase();
        QString error;
        QVERIFY(!CaseRepository(db).create(c, &error));

        const qint64 seen = caseCount(db);
        QVERIFY(seen >= 3);
        const int before = holder.written();
        QVERIFY(holder.waitForWrites(before + 3));
        // The reader sees what the holder writes after it opened the file.
        QTRY_VERIFY(caseCount(db) >= 2 + before + 3);
        QVERIFY(holder.kill());
    }

    // A lock left by a netra that was killed is taken over.
    void staleLockIsTakenOver()
    {
        const QString path = newPath(QStringLiteral("stale"));
        {
            auto db = openNew(path);
            QVERIFY(db && TestSupport::addCliUsers(*db));
        }
        Holder holder(path);
        QVERIFY(holder.waitForWrites(1));
        {
            FileLock lock(path);
            QCOMPARE(lock.tryLock(), FileLock::Result::HeldByOther);
            QCOMPARE(lock.holder().login, QStringLiteral("dewi"));
        }
        QVERIFY(holder.kill());
        QVERIFY(QFileInfo::exists(FileLock::lockPath(path))); // left behind

        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, path));
        QVERIFY(!w.database()->isReadOnly());
        QVERIFY(w.fileLock() && w.fileLock()->isLocked());
        // Whoever comes next is told it is this program's now.
        FileLock next(path);
        QCOMPARE(next.tryLock(), FileLock::Result::HeldByOther);
        QCOMPARE(next.holder().pid, QCoreApplication::applicationPid());
        QCOMPARE(next.holder().login, QStringLiteral("koordinator")); // signed in
        // Every case the killed netra stored is there.
        QVERIFY(caseCount(*w.database()) >= holder.written());
        const FileCheck::Result check = FileCheck::run(*w.database());
        QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    }

    // A full disk: the save is refused saying so, and every case stored before is intact.
    void fullDiskKeepsWhatWasSaved()
    {
        if (!m_cannotMount.isEmpty())
            QSKIP(qPrintable(m_cannotMount));
        const QString dir = m_dir.filePath(QStringLiteral("full"));
        DiskSupport::Mount mount(dir, "size=4m");
        QVERIFY2(mount.mounted(), qPrintable(mount.error()));
        const QString path = dir + QStringLiteral("/office.netra");
        auto db = openNew(path);
        QVERIFY(db);
        QVERIFY(storeCases(*db, 5));
        const QMap<qint64, QString> stored = descriptions(*db);
        QCOMPARE(stored.size(), 5);

        const QString filler = dir + QStringLiteral("/filler");
        QVERIFY(DiskSupport::fillDisk(filler) > 0);
        CaseRepository repo(*db);
        Case big = TestSupport::sampleCase();
        big.description = QString(400 * 1024, QLatin1Char('a'));
        QString error;
        QVERIFY(!repo.create(big, &error));
        QVERIFY2(error.contains(QLatin1String("The disk is full")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("What was saved before is intact")),
                 qPrintable(error));
        // Small changes may still fit in the journal's room for a while; then they are refused
        // the same way.
        error.clear();
        for (int n = 0; n < 1000 && error.isEmpty(); ++n) {
            Case small = TestSupport::sampleCase();
            repo.create(small, &error);
        }
        QVERIFY2(error.contains(QLatin1String("The disk is full")), qPrintable(error));

        // What was stored before is there, in this window and for anyone who opens the file.
        const QMap<qint64, QString> committed = descriptions(*db);
        for (auto it = stored.begin(); it != stored.end(); ++it)
            QCOMPARE(committed.value(it.key()), it.value());
        QVERIFY(!committed.values().contains(big.description));
        {
            QString openError;
            auto reader = Database::open(path, Database::Mode::ReadOnly, &openError);
            QVERIFY2(reader, qPrintable(openError));
            QCOMPARE(descriptions(*reader), committed);
            const FileCheck::Result check = FileCheck::run(*reader);
            QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        }
        // With room again, saving works.
        QVERIFY(QFile::remove(filler));
        big = TestSupport::sampleCase();
        big.description = QString(400 * 1024, QLatin1Char('b'));
        QVERIFY2(repo.create(big, &error), qPrintable(error));
        const FileCheck::Result check = FileCheck::run(*db);
        QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    }

    // A read-only folder: opening for writing is refused saying why, read-only works, the file
    // is not touched.
    void readOnlyFolder()
    {
        if (!m_cannotMount.isEmpty())
            QSKIP(qPrintable(m_cannotMount));
        const QString dir = m_dir.filePath(QStringLiteral("readonly"));
        DiskSupport::Mount mount(dir, "size=8m");
        QVERIFY2(mount.mounted(), qPrintable(mount.error()));
        const QString path = dir + QStringLiteral("/office.netra");
        {
            auto db = openNew(path);
            QVERIFY(db);
            QVERIFY(storeCases(*db, 3));
            QVERIFY(TestSupport::addCliUsers(*db));
        }
        QVERIFY(mount.makeReadOnly());
        const QByteArray hash = fileHash(path);

        QString why;
        QVERIFY(!Database::canWrite(path, &why));
        QVERIFY2(why.contains(QLatin1String("is read-only")), qPrintable(why));
        QString error;
        QVERIFY(!Database::open(path, Database::Mode::OpenExisting, &error));
        QVERIFY2(
            error.startsWith(
                QStringLiteral("The folder %1 is read-only").arg(QDir::toNativeSeparators(dir))),
            qPrintable(error));
        QVERIFY(!Database::open(dir + QStringLiteral("/new.netra"), Database::Mode::CreateIfMissing,
                                &error));
        QVERIFY2(error.contains(QLatin1String("is read-only")), qPrintable(error));
        {
            auto db = Database::open(path, Database::Mode::ReadOnly, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(caseCount(*db), qint64(3));
        }

        // The window offers read-only.
        MainWindow w;
        QString asked;
        GuiTestSupport::whenDialog([&](QWidget *d) { readOnlyThenSignIn(d, &asked); });
        QVERIFY(w.openFile(path));
        QVERIFY2(asked.contains(QLatin1String("is read-only")) &&
                     asked.endsWith(QLatin1String("Open it read-only?")),
                 qPrintable(asked));
        QVERIFY(w.database()->isReadOnly());
        QCOMPARE(caseCount(*w.database()), qint64(3));
        QVERIFY(w.windowTitle().contains(QLatin1String("(read-only)")));
        QCOMPARE(fileHash(path), hash);
    }

    // A file removed while open: the next save is refused saying why, and putting it back
    // writes a complete file that takes saves again.
    void removedWhileOpen_data()
    {
        QTest::addColumn<bool>("withJournal");
        QTest::newRow("the data file") << false;
        QTest::newRow("the data file and its journal") << true;
    }
    void removedWhileOpen()
    {
        QFETCH(bool, withJournal);
        const QString path = newPath(QStringLiteral("removed"));
        auto db = openNew(path);
        QVERIFY(db);
        QVERIFY(storeCases(*db, 4));
        const QMap<qint64, QString> stored = descriptions(*db);
        QVERIFY(!db->isDetached());

        QVERIFY(QFile::remove(path));
        if (withJournal) {
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        QVERIFY(db->isDetached());
        Case c = TestSupport::sampleCase();
        c.description = QStringLiteral("Setelah dihapus.");
        QString error;
        QVERIFY(!CaseRepository(*db).create(c, &error));
        QVERIFY2(error.contains(QStringLiteral("The data file %1 was removed, moved or replaced "
                                               "while it was open")
                                    .arg(path)),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));

        QVERIFY2(db->rescue(path, &error), qPrintable(error));
        QVERIFY(!db->isDetached());
        QCOMPARE(db->path(), path);
        {
            auto reader = Database::open(path, Database::Mode::ReadOnly, &error);
            QVERIFY2(reader, qPrintable(error));
            QCOMPARE(descriptions(*reader), stored);
            const FileCheck::Result check = FileCheck::run(*reader);
            QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        }
        // Saving works again, into the file at its place.
        QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
        db.reset();
        auto reader = Database::open(path, Database::Mode::OpenExisting, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(caseCount(*reader), qint64(5));
        QVERIFY(descriptions(*reader).values().contains(c.description));
    }

    // A file replaced by another: the rescue does not overwrite it and goes elsewhere.
    void replacedWhileOpen()
    {
        const QString path = newPath(QStringLiteral("replaced"));
        auto db = openNew(path);
        QVERIFY(db);
        QVERIFY(storeCases(*db, 2));
        const QString elsewhere = newPath(QStringLiteral("elsewhere"));
        QVERIFY(openNew(elsewhere)); // another Netra file
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(elsewhere, path));
        const QByteArray replacement = fileHash(path);
        QVERIFY(db->isDetached());
        QString error;
        QVERIFY(!db->rescue(path, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        const QString rescued = newPath(QStringLiteral("rescued"));
        QVERIFY2(db->rescue(rescued, &error), qPrintable(error));
        QCOMPARE(db->path(), rescued);
        QCOMPARE(fileHash(path), replacement);
        QCOMPARE(caseCount(*db), qint64(2));
        QVERIFY2(storeCases(*db, 1), "a save after the rescue");
    }

    // The window notices the file is gone and puts it back.
    void windowPutsTheFileBack()
    {
        const QString path = newPath(QStringLiteral("window"));
        QMap<qint64, QString> stored;
        {
            auto db = openNew(path);
            QVERIFY(db);
            QVERIFY(storeCases(*db, 3));
            QVERIFY(TestSupport::addCliUsers(*db));
            stored = descriptions(*db);
        }
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, path));
        w.show();
        QString shown;
        GuiTestSupport::whenDialog([&](QWidget *d) {
            if (auto *box = qobject_cast<QMessageBox *>(d))
                shown = box->text();
            if (auto *back = d->findChild<QPushButton *>(QStringLiteral("putBackButton")))
                back->click();
        });
        QVERIFY(QFile::remove(path));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 10000);
        QVERIFY2(shown.contains(QLatin1String("was removed, moved or replaced")),
                 qPrintable(shown));
        QVERIFY(!w.database()->isDetached());
        QVERIFY(w.fileLock() && w.fileLock()->isLocked());
        QString error;
        auto reader = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(descriptions(*reader), stored);
        QVERIFY(storeCases(*w.database(), 1));
    }
};

QTEST_MAIN(TestFileSafety)
#include "TestFileSafety.moc"
