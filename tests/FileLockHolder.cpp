// A second netra for TestFileSafety: takes the lock of a data file as "Dewi Lestari (dewi)",
// opens the file for writing and stores a case every 100 ms until it is killed.
//
//   FileLockHolder <file.netra>
//
// Prints "LOCKED" once it holds the lock, then "WROTE <n>" after each case stored.
#include "TestSupport.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/FileLock.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    FileLock lock(path);
    if (lock.tryLock() != FileLock::Result::Locked) {
        std::fprintf(stderr, "not locked: %s\n", qPrintable(lock.error()));
        return 1;
    }
    lock.setHolder(QStringLiteral("Dewi Lestari"), QStringLiteral("dewi"));
    QString error;
    auto db = Database::open(path, Database::Mode::OpenExisting, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    db->setActor(QStringLiteral("dewi"));
    std::printf("LOCKED\n");
    std::fflush(stdout);
    CaseRepository repo(*db);
    for (int n = 1;; ++n) {
        Case c = TestSupport::sampleCase();
        if (!repo.create(c, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("WROTE %d\n", n);
        std::fflush(stdout);
        QThread::msleep(100);
    }
}
