// The data file: how it is made, which files are refused (and left as they were), migrations
// from every earlier version, attachments, and transactions that leave no trace.

#include "RawFile.h"
#include "TestSupport.h"

#include "domain/CaseJson.h"
#include "domain/CaseNumber.h"
#include "store/AttachmentRepository.h"
#include "store/CaseRepository.h"
#include "store/ChangeLogChain.h"
#include "store/Database.h"
#include "store/FileCheck.h"
#include "store/HearingRepository.h"
#include "store/HistoryRepository.h"
#include "store/LedgerRepository.h"
#include "store/Rows.h"
#include "store/SettingsRepository.h"
#include "store/UserRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

Q_DECLARE_METATYPE(Database::Mode)

namespace {

// A new data file with a named officer making the changes (the change log needs one).
std::unique_ptr<Database> openNew(const QString &path, const QDate &today = QDate(2024, 12, 31))
{
    auto db = TestSupport::openNew(path, today);
    if (db)
        db->setActor(QStringLiteral("petugas"));
    return db;
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

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QVariant pragma(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

QString modeName(Database::Mode mode)
{
    switch (mode) {
    case Database::Mode::OpenExisting:
        return QStringLiteral("open");
    case Database::Mode::CreateIfMissing:
        return QStringLiteral("create");
    case Database::Mode::ReadOnly:
        return QStringLiteral("read-only");
    case Database::Mode::CreateUncommitted:
        return QStringLiteral("create-uncommitted");
    }
    return {};
}

// Bytes this process has read through system calls so far (Linux), or -1.
qint64 bytesRead()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

const QString CaseUuid = QStringLiteral("6f1c2a5e-0b7d-4f0e-9d61-2b8f7a1c3e11");
const QString PartyUuid = QStringLiteral("0c9e8d7b-1a2b-4c3d-8e9f-a0b1c2d3e4f5");

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsNewFile();
    void missingFile_data();
    void missingFile();
    void refusesAndLeavesUnchanged_data();
    void refusesAndLeavesUnchanged();
    void reopensOwnFile();
    void readsTheWholeFileOnlyWhenChangedElsewhere();
    void migrations_data();
    void migrations();
    void attachments();
    void attachmentToMissingCase();
    void everyCaseFieldStoredAndRead();
    void personsKeepTheirPlace();
    void identitiesGrowInTheOrderMade();
    void invalidCaseLeavesNoTrace();
    void failedTransactionLeavesNoTrace();
    void commitTellsWhatWasSaved();
    void sameNipInTwoRegencies();
    void failedCreateCanBeRetried();
    void secondSaveRefusedSayingWho();
    void newServerStore();
    void serverRefusesAndLeavesUnchanged();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("f%1.netra").arg(++m_files)); }
};

void TestDatabase::createsNewFile()
{
    SKIP_ON_SERVER();
    const QString path = newPath();
    QVERIFY(!QFile::exists(path));
    QString error;
    auto db = Database::open(path, Database::Mode::CreateIfMissing, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(QFile::exists(path));
    QCOMPARE(db->path(), path);
    QVERIFY(!db->isReadOnly());
    QCOMPARE(db->writeRefused(QStringLiteral("disk penuh")),
             QStringLiteral("The file cannot be written: disk penuh"));

    QCOMPARE(pragma(db->sql(), QStringLiteral("user_version")).toInt(), Database::latestVersion());
    QCOMPARE(db->schemaVersion(), Database::latestVersion());
    QCOMPARE(pragma(db->sql(), QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db->sql(), QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db->sql(), QStringLiteral("application_id")).toInt(), Database::ApplicationId);
    // synchronous = FULL (2): a saved change survives a power cut.
    QCOMPARE(pragma(db->sql(), QStringLiteral("synchronous")).toInt(), 2);

    // The new file carries the numbering patterns and the shipped holiday calendar.
    CaseRepository repo(*db);
    QCOMPARE(SettingsRepository(repo.database()).setting(QStringLiteral("receipt_pattern")),
             CaseNumber::DefaultReceiptPattern);
    QCOMPARE(SettingsRepository(repo.database()).setting(QStringLiteral("registration_pattern")),
             CaseNumber::DefaultRegistrationPattern);
    QVERIFY(db->calendar().isHoliday(QDate(2024, 2, 14)));
    QVERIFY(db->calendar().isHoliday(QDate(2024, 4, 10)));
    QCOMPARE(repo.count(CaseFilter()), 0);

    const FileCheck::Result check = FileCheck::run(*db);
    QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
}

void TestDatabase::missingFile_data()
{
    QTest::addColumn<Database::Mode>("mode");
    QTest::newRow("open existing") << Database::Mode::OpenExisting;
    QTest::newRow("read-only") << Database::Mode::ReadOnly;
}

void TestDatabase::missingFile()
{
    SKIP_ON_SERVER();
    QFETCH(Database::Mode, mode);
    const QString path = newPath();
    QString error;
    auto db = Database::open(path, mode, &error);
    QVERIFY(!db);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    // Nothing was created in its place.
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesAndLeavesUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("netra"); // made by Netra, so it is in WAL mode
    QTest::addColumn<QString>("mentions");

    QTest::newRow("text file") << "text" << false << QString();
    QTest::newRow("empty file") << "empty" << false << QString();
    QTest::newRow("plain SQLite") << "sqlite" << false << QString();
    // The message names the file's version, so the officer knows to update.
    QTest::newRow("newer version") << "newer" << true << "99";
    QTest::newRow("damaged") << "damaged" << true << QString();
}

void TestDatabase::refusesAndLeavesUnchanged()
{
    SKIP_ON_SERVER();
    QFETCH(QString, kind);
    QFETCH(bool, netra);
    QFETCH(QString, mentions);

    const QString path = newPath();
    if (kind == QLatin1String("text")) {
        QVERIFY(
            writeFile(path, QByteArray("Nomor;Pelapor;Terlapor\n001;Budi;Siti\n").repeated(50)));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(path, QByteArray()));
    } else if (kind == QLatin1String("sqlite")) {
        QVERIFY(RawFile::exec(
            path, {QStringLiteral("CREATE TABLE cases (id INTEGER PRIMARY KEY, t TEXT)"),
                   QStringLiteral("INSERT INTO cases (t) VALUES ('not netra')")}));
    } else {
        {
            auto db = openNew(path);
            QVERIFY(db);
            CaseRepository repo(*db);
            for (int i = 0; i < 40; ++i) {
                Case c = TestSupport::sampleCase(QDate(2024, 10, 7).addDays(i % 30));
                c.description = QStringLiteral("Kasus nomor %1. ").arg(i).repeated(20);
                QString error;
                QVERIFY2(repo.create(c, &error), qPrintable(error));
            }
        }
        if (kind == QLatin1String("newer")) {
            QVERIFY(RawFile::exec(path, {QStringLiteral("PRAGMA user_version = 99")}));
        } else {
            // Garbage from the middle of page 2 to the middle of page 3.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const QByteArray header = f.read(100);
            const int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
            QVERIFY(pageSize >= 512);
            QVERIFY(f.size() >= 4 * pageSize);
            QByteArray garbage(pageSize, '\0');
            QRandomGenerator rng(42);
            for (char &ch : garbage)
                ch = char(rng.bounded(256));
            QVERIFY(f.seek(pageSize + pageSize / 2));
            QCOMPARE(f.write(garbage), qint64(garbage.size()));
            f.close();
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    const QByteArray before = fileHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    QVERIFY(!before.isEmpty());

    for (Database::Mode mode : {Database::Mode::OpenExisting, Database::Mode::CreateIfMissing,
                                Database::Mode::ReadOnly}) {
        QString error;
        auto db = Database::open(path, mode, &error);
        QVERIFY2(!db, qPrintable(modeName(mode) + QStringLiteral(": the file was opened")));
        QVERIFY2(!error.trimmed().isEmpty(), qPrintable(modeName(mode)));
        QVERIFY2(error.contains(path), qPrintable(error));
        if (!mentions.isEmpty())
            QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        if (!netra) {
            QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")), qPrintable(modeName(mode)));
            QVERIFY2(!QFile::exists(path + QStringLiteral("-shm")), qPrintable(modeName(mode)));
            QVERIFY2(!QFile::exists(path + QStringLiteral("-journal")), qPrintable(modeName(mode)));
        }
    }
}

void TestDatabase::reopensOwnFile()
{
    const QString path = newPath();
    qint64 id = 0;
    {
        auto db = openNew(path);
        QVERIFY(db);
        Case c = TestSupport::sampleCase();
        QString error;
        QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
        id = c.id;
    }
    for (Database::Mode mode : {Database::Mode::OpenExisting, Database::Mode::CreateIfMissing,
                                Database::Mode::ReadOnly}) {
        QString error;
        auto db = Database::open(TestSupport::location(path), mode, &error);
        QVERIFY2(db, qPrintable(modeName(mode) + QStringLiteral(": ") + error));
        QCOMPARE(db->isReadOnly(), mode == Database::Mode::ReadOnly);
        const std::optional<Case> c = CaseRepository(*db).load(id);
        QVERIFY(c);
        QCOMPARE(c->reporterName, QStringLiteral("Budi Santoso"));
    }
}

void TestDatabase::readsTheWholeFileOnlyWhenChangedElsewhere()
{
    SKIP_ON_SERVER();
    if (bytesRead() < 0)
        QSKIP("needs /proc/self/io");
    const QString path = newPath();
    {
        auto db = openNew(path);
        QVERIFY(db);
        for (int i = 0; i < 150; ++i) {
            Case c = TestSupport::sampleCase(QDate(2024, 10, 7).addDays(i % 30));
            c.description = QStringLiteral("Kasus nomor %1. ").arg(i).repeated(40);
            QString error;
            QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
        }
    }
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 1000000);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    // How much an open reads: the header, the schema and what it looks up, or the whole file
    // when SQLite's quick check runs.
    auto readAtOpen = [&](Database::Mode mode) {
        const qint64 before = bytesRead();
        QString error;
        auto db = Database::open(path, mode, &error);
        if (!db) {
            qWarning("%s", qPrintable(error));
            return qint64(-1);
        }
        return bytesRead() - before;
    };
    // As Netra closed it: not read whole, for writing or for reading.
    const qint64 asLeft = readAtOpen(Database::Mode::OpenExisting);
    QVERIFY2(asLeft >= 0 && asLeft < size / 4, qPrintable(QString::number(asLeft)));
    const qint64 readOnly = readAtOpen(Database::Mode::ReadOnly);
    QVERIFY2(readOnly >= 0 && readOnly < size / 4, qPrintable(QString::number(readOnly)));

    // Touched by another program (its time changed, not a byte): read whole once, then as
    // Netra left it again.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                          QFileDevice::FileModificationTime));
    f.close();
    const qint64 touched = readAtOpen(Database::Mode::OpenExisting);
    QVERIFY2(touched >= size, qPrintable(QString::number(touched)));
    QVERIFY(readAtOpen(Database::Mode::OpenExisting) < size / 4);

    // A session that did not end cleanly leaves its write-ahead log beside the file: read
    // whole. (The log copied as a power cut would leave it, put back after the clean close.)
    {
        QString error;
        auto db = Database::open(path, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        Case c = TestSupport::sampleCase();
        QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), path + QStringLiteral(".wal")));
    }
    QVERIFY(QFile::rename(path + QStringLiteral(".wal"), path + QStringLiteral("-wal")));
    const qint64 interrupted = readAtOpen(Database::Mode::OpenExisting);
    QVERIFY2(interrupted >= size, qPrintable(QString::number(interrupted)));
    // The case of the interrupted session is there (the log was replayed).
    QString error;
    auto db = Database::open(path, Database::Mode::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(CaseRepository(*db).count(CaseFilter()), 151);
}

void TestDatabase::migrations_data()
{
    QTest::addColumn<int>("version");
    QVERIFY(Database::latestVersion() >= 2);
    for (int v = 1; v < Database::latestVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestDatabase::migrations()
{
    SKIP_ON_SERVER();
    QFETCH(int, version);
    const QString path = newPath();
    {
        QString error;
        auto db = Database::createAtVersion(path, version, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), version);
        QSqlDatabase &sql = db->sql();
        // A received report with one person reported, as that version stored it.
        QVERIFY(exec(
            sql,
            QStringLiteral("INSERT INTO cases (id, uuid, updated_at, source, election, profile,"
                           " regency_code, status, receipt_number, event_date, known_date,"
                           " received_date, reporter_name, reporter_address, violation_category,"
                           " description) VALUES (7, ?, '2024-10-07T02:00:00.000Z', 'laporan',"
                           " 'pilkada', 'pilkada-2024', '3311', 'diterima', ?, '2024-10-04',"
                           " '2024-10-05', '2024-10-07', 'Budi Santoso', 'Desa Sidorejo',"
                           " 'media_sosial', 'Unggahan di media sosial')"),
            {CaseUuid, QStringLiteral("001/LP/PB/Kab/33.11/X/2024")}));
        QVERIFY(exec(sql,
                     QStringLiteral("INSERT INTO parties (id, uuid, updated_at, case_id, position,"
                                    " role, name, nip, position_category, agency) VALUES (3, ?,"
                                    " '2024-10-07T02:00:00.000Z', 7, 0, 'terlapor', ?,"
                                    " '19860926 201505 2 001', 'fungsional', 'Dinas Pendidikan')"),
                     {PartyUuid, QStringLiteral("Siti Rahmawati")}));
        // Their creation in the change log, with their fields, as Netra logged it from the
        // first version on (`check` compares each record with its last logged values).
        auto logCreate = [&](const QString &table, const QString &uuid, const QString &fields) {
            return exec(sql,
                        QStringLiteral("INSERT INTO change_log (at, actor, record_table,"
                                       " record_uuid, case_uuid, action, changes) VALUES"
                                       " ('2024-10-07T02:00:00.000Z', 'petugas', ?, ?, ?,"
                                       " 'create', ?)"),
                        {table, uuid, CaseUuid, fields});
        };
        QVERIFY(logCreate(
            QStringLiteral("cases"), CaseUuid,
            QStringLiteral(
                R"({"source":[null,"laporan"],"election":[null,"pilkada"],)"
                R"("profile":[null,"pilkada-2024"],"regency_code":[null,"3311"],)"
                R"("status":[null,"diterima"],"receipt_number":[null,"001/LP/PB/Kab/33.11/X/2024"],)"
                R"("event_date":[null,"2024-10-04"],"known_date":[null,"2024-10-05"],)"
                R"("received_date":[null,"2024-10-07"],"reporter_name":[null,"Budi Santoso"],)"
                R"("reporter_address":[null,"Desa Sidorejo"],)"
                R"("violation_category":[null,"media_sosial"],)"
                R"("description":[null,"Unggahan di media sosial"]})")));
        QVERIFY(
            logCreate(QStringLiteral("parties"), PartyUuid,
                      QStringLiteral(R"({"case_id":[null,7],"position":[null,0],)"
                                     R"("role":[null,"terlapor"],"name":[null,"Siti Rahmawati"],)"
                                     R"("nip":[null,"19860926 201505 2 001"],)"
                                     R"("position_category":[null,"fungsional"],)"
                                     R"("agency":[null,"Dinas Pendidikan"]})")));
        QVERIFY(exec(sql,
                     QStringLiteral("INSERT INTO sequences (year, kind, last) VALUES (2024,"
                                    " 'receipt:LP:PB', 1)"),
                     {}));
        if (version >= 3) {
            // From version 3 the store keeps each case's next deadline.
            QVERIFY(exec(sql,
                         QStringLiteral("UPDATE cases SET next_deadline = 'review',"
                                        " next_due = '2024-10-09' WHERE id = 7"),
                         {}));
        }
        if (version >= 2) {
            QVERIFY(exec(sql,
                         QStringLiteral("INSERT INTO hearings (id, uuid, updated_at, case_id,"
                                        " scheduled_at, place) VALUES (1, 'h-1',"
                                        " '2024-10-08T02:00:00.000Z', 7, '2024-10-09T09:00:00',"
                                        " 'Kantor Bawaslu Kabupaten Sukoharjo')"),
                         {}));
            QVERIFY(exec(sql,
                         QStringLiteral("INSERT INTO hearing_attendees (id, uuid, updated_at,"
                                        " hearing_id, party_id, role, name, attendance) VALUES"
                                        " (1, 'a-1', '2024-10-08T02:00:00.000Z', 1, 3, 'terlapor',"
                                        " 'Siti Rahmawati', 'hadir')"),
                         {}));
            QVERIFY(exec(sql,
                         QStringLiteral("INSERT INTO followups (uuid, updated_at, party_id,"
                                        " authority, recommendation_number) VALUES ('f-1',"
                                        " '2024-10-20T02:00:00.000Z', 3, 'BKN', 'R-12/2024')"),
                         {}));
            QVERIFY(logCreate(
                QStringLiteral("hearings"), QStringLiteral("h-1"),
                QStringLiteral(R"({"case_id":[null,7],)"
                               R"("scheduled_at":[null,"2024-10-09T09:00:00"],)"
                               R"("place":[null,"Kantor Bawaslu Kabupaten Sukoharjo"]})")));
            QVERIFY(logCreate(
                QStringLiteral("hearing_attendees"), QStringLiteral("a-1"),
                QStringLiteral(R"({"hearing_id":[null,1],"party_id":[null,3],)"
                               R"("role":[null,"terlapor"],"name":[null,"Siti Rahmawati"],)"
                               R"("attendance":[null,"hadir"]})")));
            QVERIFY(logCreate(QStringLiteral("followups"), QStringLiteral("f-1"),
                              QStringLiteral(R"({"party_id":[null,3],"authority":[null,"BKN"],)"
                                             R"("recommendation_number":[null,"R-12/2024"]})")));
        }
        // From version 7 the log is a hash chain: the entries as that version wrote them.
        if (version >= 7) {
            QString chainError;
            QVERIFY2(ChangeLogChain::chainExisting(*db, &chainError), qPrintable(chainError));
        }
    }

    QString error;
    auto db = Database::open(path, Database::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    db->setToday(QDate(2024, 10, 8));
    db->setActor(QStringLiteral("petugas"));
    QCOMPARE(db->schemaVersion(), Database::latestVersion());
    QCOMPARE(pragma(db->sql(), QStringLiteral("application_id")).toInt(), Database::ApplicationId);

    CaseRepository repo(*db);
    const std::optional<Case> c = repo.load(7);
    QVERIFY(c);
    QCOMPARE(c->uuid, CaseUuid);
    QCOMPARE(c->receiptNumber, QStringLiteral("001/LP/PB/Kab/33.11/X/2024"));
    QCOMPARE(c->status, QStringLiteral("diterima"));
    QCOMPARE(c->receivedDate, QDate(2024, 10, 7));
    QCOMPARE(c->reporterName, QStringLiteral("Budi Santoso"));
    QCOMPARE(c->parties.size(), 1);
    QCOMPARE(c->parties.first().uuid, PartyUuid);
    QCOMPARE(c->parties.first().nip, QStringLiteral("19860926 201505 2 001"));
    QVERIFY(repo.findByNumber(QStringLiteral("001/LP/PB/Kab/33.11/X/2024")));

    // The register shows the migrated case with its next deadline: the review, two days after
    // receipt.
    const QList<CaseRow> rows =
        repo.page(CaseFilter(), CaseColumn::Received, Qt::AscendingOrder, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().reportedName, QStringLiteral("Siti Rahmawati"));
    QCOMPARE(rows.first().nextDeadline, QStringLiteral("review"));
    QCOMPARE(rows.first().nextDue, QDate(2024, 10, 9));

    if (version >= 2) {
        const QList<Hearing> hearings = HearingRepository(repo.database()).hearings(7);
        QCOMPARE(hearings.size(), 1);
        QCOMPARE(hearings.first().attendees.size(), 1);
        QCOMPARE(hearings.first().attendees.first().attendance, QStringLiteral("hadir"));
        const std::optional<FollowUp> f = LedgerRepository(repo.database()).followUp(3);
        QVERIFY(f);
        QCOMPARE(f->recommendationNumber, QStringLiteral("R-12/2024"));
    }

    const FileCheck::Result check = FileCheck::run(*db);
    QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.casesChecked, 1);

    // The upgraded file is used as any other: the next case gets the next number.
    Case next = TestSupport::sampleCase(QDate(2024, 10, 8));
    QVERIFY2(repo.create(next, &error), qPrintable(error));
    QCOMPARE(next.receiptNumber, QStringLiteral("002/LP/PB/Kab/33.11/X/2024"));
    Step reg;
    reg.kind = Step::Kind::Register;
    reg.date = QDate(2024, 10, 8);
    QVERIFY2(repo.applyStep(7, reg, &error), qPrintable(error));
    QCOMPARE(repo.load(7)->registrationNumber, QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024"));
}

void TestDatabase::attachments()
{
    const QString path = newPath();
    QByteArray data(300 * 1024 + 7, '\0');
    QRandomGenerator rng(7);
    for (char &ch : data)
        ch = char(rng.bounded(256));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QByteArray small("Tangkapan layar unggahan Facebook, 5 Oktober 2024");
    qint64 caseId = 0;
    qint64 firstId = 0;
    {
        auto db = openNew(path);
        QVERIFY(db);
        CaseRepository repo(*db);
        Case c = TestSupport::sampleCase();
        QString error;
        QVERIFY2(repo.create(c, &error), qPrintable(error));
        caseId = c.id;

        AttachmentInfo info;
        QVERIFY2(AttachmentRepository(repo.database())
                     .addAttachment(caseId, QStringLiteral("bukti-1.jpg"), data,
                                    QStringLiteral("image/jpeg"), &info, &error),
                 qPrintable(error));
        QVERIFY(info.id > 0);
        QCOMPARE(info.size, qint64(data.size()));
        QCOMPARE(info.sha256, sha);
        firstId = info.id;
        QVERIFY2(AttachmentRepository(repo.database())
                     .addAttachment(caseId, QStringLiteral("catatan.txt"), small,
                                    QStringLiteral("text/plain"), nullptr, &error),
                 qPrintable(error));
    }

    // Read back from the file itself.
    QString error;
    auto db = Database::open(TestSupport::location(path), Database::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    CaseRepository repo(*db);
    const QList<AttachmentInfo> list = AttachmentRepository(repo.database()).attachments(caseId);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, firstId);
    QCOMPARE(list.at(0).name, QStringLiteral("bukti-1.jpg"));
    QCOMPARE(list.at(0).mime, QStringLiteral("image/jpeg"));
    QCOMPARE(list.at(0).size, qint64(data.size()));
    QCOMPARE(list.at(0).sha256, sha);
    QCOMPARE(list.at(1).name, QStringLiteral("catatan.txt"));
    QCOMPARE(list.at(1).size, qint64(small.size()));
    QCOMPARE(
        list.at(1).sha256,
        QString::fromLatin1(QCryptographicHash::hash(small, QCryptographicHash::Sha256).toHex()));

    const QByteArray back = AttachmentRepository(repo.database()).attachmentData(list.at(0).id);
    QCOMPARE(back.size(), data.size());
    QVERIFY(back == data);
    QCOMPARE(AttachmentRepository(repo.database()).attachmentData(list.at(1).id), small);
    QVERIFY(AttachmentRepository(repo.database()).attachments(caseId + 1).isEmpty());

    const FileCheck::Result check = FileCheck::run(*db);
    QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
}

void TestDatabase::attachmentToMissingCase()
{
    auto db = openNew(newPath());
    QVERIFY(db);
    CaseRepository repo(*db);
    QString error;
    QVERIFY(!AttachmentRepository(repo.database())
                 .addAttachment(99, QStringLiteral("bukti.jpg"), QByteArray("x"),
                                QStringLiteral("image/jpeg"), nullptr, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(AttachmentRepository(repo.database()).attachments(99).isEmpty());
}

void TestDatabase::everyCaseFieldStoredAndRead()
{
    // A case's row is written and read field by field (Rows), not through its JSON: every field
    // of the JSON but the keys, the withheld flag and the persons is a column, and each comes
    // back as it was written.
    Case c = TestSupport::sampleCase(QDate(2024, 10, 10));
    c.uuid = CaseUuid;
    c.districtCode = QStringLiteral("331101");
    c.status = Codes::Status::Forwarded;
    c.receiptNumber = QStringLiteral("001/LP/PB/Kab/33.11/X/2024");
    c.registrationNumber = QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024");
    c.eventDate = QDate(2024, 10, 1);
    c.knownDate = QDate(2024, 10, 2);
    c.registeredDate = QDate(2024, 10, 11);
    c.decidedDate = QDate(2024, 10, 20);
    c.eventPlace = QStringLiteral("Balai desa");
    c.reporterAddress = QStringLiteral("Jl. Merdeka 1");
    c.reporterContact = QStringLiteral("0812");
    c.reporterConfidential = true;
    c.violationCategory = QStringLiteral("media_sosial");
    c.decisionReason = QStringLiteral("Terbukti");
    c.forwardedTo = QStringLiteral("BKN");
    c.forwardingLetterNumber = QStringLiteral("12/PP.01/K.JT-11/X/2024");
    c.forwardingLetterDate = QDate(2024, 10, 21);
    c.extensionDays = 7;
    c.extensionReason = QStringLiteral("Saksi berhalangan");
    c.review.met = {QStringLiteral("formal_reporter")};
    c.review.notifiedOn = QDate(2024, 10, 12);
    c.analysisFacts = QStringLiteral("Fakta");
    c.analysisElements = QStringLiteral("Unsur");
    c.analysisConclusion = QStringLiteral("Kesimpulan");

    QSet<QString> jsonFields;
    const QJsonObject json = CaseJson::toJson(c);
    for (auto it = json.begin(); it != json.end(); ++it)
        jsonFields << it.key();
    for (const char *notColumn : {"id", "uuid", "reporter_hidden", "parties"})
        jsonFields.remove(QLatin1String(notColumn));
    const QVariantMap columns = Rows::caseColumns(c);
    const QStringList names = columns.keys();
    QCOMPARE(QSet<QString>(names.begin(), names.end()), jsonFields);

    auto db = openNew(newPath());
    QVERIFY(db);
    QStringList marks;
    for (int i = 0; i < names.size() + 2; ++i)
        marks << QStringLiteral("?");
    QVariantList values{c.uuid, QStringLiteral("2024-10-21T03:04:05.006Z")};
    values << columns.values();
    QVERIFY(exec(db->sql(),
                 QStringLiteral("INSERT INTO cases (uuid, updated_at, %1) VALUES (%2)")
                     .arg(names.join(QLatin1String(", ")), marks.join(QLatin1String(", "))),
                 values));
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM cases").arg(QLatin1String(Rows::caseSelect))));
    QVERIFY(q.next());
    Case read = Rows::readCase(q);
    QCOMPARE(read.updatedAt, QDateTime(QDate(2024, 10, 21), QTime(3, 4, 5, 6), Qt::UTC));
    c.id = read.id;
    c.parties.clear();
    QCOMPARE(CaseJson::toJson(read), CaseJson::toJson(c));
}

// Persons added to a case that has some already stay where they were put in the list: they were
// stored from position 0 and came back among the others.
void TestDatabase::personsKeepTheirPlace()
{
    auto db = openNew(newPath(), QDate(2024, 10, 10));
    QVERIFY(db);
    CaseRepository repo(*db);
    auto person = [](const QString &name) {
        Party p;
        p.name = name;
        return p;
    };
    Case c = TestSupport::sampleCase(QDate(2024, 10, 7));
    c.parties << person(QStringLiteral("Bambang")) << person(QStringLiteral("Citra"));
    QString error;
    QVERIFY2(repo.create(c, &error), qPrintable(error));
    auto names = [&] {
        QStringList out;
        const std::optional<Case> loaded = repo.load(c.id);
        for (const Party &p : loaded->parties)
            out << p.name;
        return out;
    };
    const QString first = c.parties.first().name;
    QCOMPARE(names(), QStringList({first, QStringLiteral("Bambang"), QStringLiteral("Citra")}));

    Case edited = *repo.load(c.id);
    edited.parties.insert(1, person(QStringLiteral("Dimas")));
    edited.parties << person(QStringLiteral("Eko"));
    QVERIFY2(repo.save(edited, &error), qPrintable(error));
    QCOMPARE(names(), QStringList({first, QStringLiteral("Dimas"), QStringLiteral("Bambang"),
                                   QStringLiteral("Citra"), QStringLiteral("Eko")}));
}

void TestDatabase::identitiesGrowInTheOrderMade()
{
    // Cases and persons made one after another have increasing identities (version 7 UUIDs:
    // the time of making first), so that their indexes grow at their end instead of at a page
    // anywhere for every record added to a big file. They stay unique within a millisecond.
    auto db = openNew(newPath(), QDate(2024, 10, 10));
    QVERIFY(db);
    CaseRepository repo(*db);
    QString error;
    for (int i = 0; i < 30; ++i) {
        Case c = TestSupport::sampleCase(QDate(2024, 10, 7));
        QVERIFY2(repo.create(c, &error), qPrintable(error));
    }
    for (const QString &table : {QStringLiteral("cases"), QStringLiteral("parties")}) {
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM %1 ORDER BY id").arg(table)));
        QStringList made;
        while (q.next())
            made << q.value(0).toString();
        QCOMPARE(made.size(), 30);
        QStringList sorted = made;
        sorted.sort();
        sorted.removeDuplicates();
        QCOMPARE(sorted.size(), made.size());
        for (int i = 1; i < made.size(); ++i) {
            // Within one millisecond the random part orders them; across milliseconds, time.
            QVERIFY2(made.at(i).left(13) >= made.at(i - 1).left(13),
                     qPrintable(made.at(i - 1) + QLatin1String(" then ") + made.at(i)));
        }
        // Qt 6.4's QUuid::version() knows versions up to 5: the digit is read as written.
        const QUuid first = QUuid::fromString(made.first());
        QVERIFY(!first.isNull());
        QCOMPARE(made.first().at(14), QLatin1Char('7'));
        QCOMPARE(first.variant(), QUuid::DCE);
        const qint64 ms = made.first().left(8).toLongLong(nullptr, 16) << 16 |
                          made.first().mid(9, 4).toLongLong(nullptr, 16);
        QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60 * 1000);
    }
}

void TestDatabase::invalidCaseLeavesNoTrace()
{
    auto db = openNew(newPath(), QDate(2024, 10, 10));
    QVERIFY(db);
    CaseRepository repo(*db);

    Case future = TestSupport::sampleCase(QDate(2024, 10, 11)); // tomorrow
    QString error;
    QVERIFY(!repo.create(future, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(repo.count(CaseFilter()), 0);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM parties) + (SELECT count(*) FROM"
                                  " change_log) + (SELECT count(*) FROM sequences)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    // The first valid case still gets the first number.
    Case ok = TestSupport::sampleCase(QDate(2024, 10, 10));
    QVERIFY2(repo.create(ok, &error), qPrintable(error));
    QCOMPARE(ok.receiptNumber, QStringLiteral("001/LP/PB/Kab/33.11/X/2024"));
    QCOMPARE(repo.count(CaseFilter()), 1);
}

void TestDatabase::failedTransactionLeavesNoTrace()
{
    auto db = openNew(newPath());
    QVERIFY(db);
    CaseRepository repo(*db);
    QString error;
    Case first = TestSupport::sampleCase();
    QVERIFY2(repo.create(first, &error), qPrintable(error));
    const QString takenUuid = repo.load(first.id)->parties.first().uuid;
    QVERIFY(!takenUuid.isEmpty());

    // The case row is written, then its person cannot be (the id is taken): all of it goes.
    Case second = TestSupport::sampleCase();
    second.parties.first().uuid = takenUuid;
    QVERIFY(!repo.create(second, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(repo.count(CaseFilter()), 1);
    if (!second.uuid.isEmpty())
        QVERIFY(HistoryRepository(repo.database()).history(second.uuid).isEmpty());
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM parties")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // The number it drew is given back.
    Case third = TestSupport::sampleCase();
    QVERIFY2(repo.create(third, &error), qPrintable(error));
    QCOMPARE(third.receiptNumber, QStringLiteral("002/LP/PB/Kab/33.11/X/2024"));
    const FileCheck::Result check = FileCheck::run(*db);
    QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
}

// A statement refused inside a write that the writing code went past: what commit answers is
// what the store holds afterwards. A server undoes the whole transaction and the commit says so
// (a bare COMMIT would answer success); a file undoes only the statement refused.
void TestDatabase::commitTellsWhatWasSaved()
{
    auto db = openNew(newPath());
    QVERIFY(db);
    const auto holidays = [&db] {
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT count(*) FROM holidays WHERE name = 'Uji'"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    QVERIFY(db->begin());
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO holidays (date, name, kind) VALUES ('2030-01-02', 'Uji', 'national')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)")));
    const bool committed = db->commit();
    QCOMPARE(committed, !db->isServer());
    QCOMPARE(holidays(), committed ? 1 : 0);
    if (!committed)
        QVERIFY2(db->lastError().contains(QLatin1String("none of it was saved")),
                 qPrintable(db->lastError()));

    // The store takes the next write as usual.
    QVERIFY(db->begin());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO holidays (date, name, kind) VALUES ('2030-01-03', 'Uji', 'national')")));
    QVERIFY2(db->commit(), qPrintable(db->lastError()));
    QCOMPARE(holidays(), committed ? 2 : 1);
}

void TestDatabase::failedCreateCanBeRetried()
{
    // The officer corrects what made saving fail and saves the same form again.
    auto db = openNew(newPath());
    QVERIFY(db);
    CaseRepository repo(*db);
    QString error;
    Case first = TestSupport::sampleCase();
    QVERIFY2(repo.create(first, &error), qPrintable(error));
    const QString takenUuid = repo.load(first.id)->parties.first().uuid;

    Case second = TestSupport::sampleCase();
    second.parties.first().uuid = takenUuid;
    QVERIFY(!repo.create(second, &error));
    second.parties.first().uuid.clear();
    QVERIFY2(repo.create(second, &error), qPrintable(error));

    // Later cases still get their own numbers.
    Case third = TestSupport::sampleCase();
    QVERIFY2(repo.create(third, &error), qPrintable(error));
    QCOMPARE(repo.count(CaseFilter()), 3);
    QVERIFY(second.receiptNumber != third.receiptNumber);
    QCOMPARE(second.receiptNumber, QStringLiteral("002/LP/PB/Kab/33.11/X/2024"));
    QCOMPARE(third.receiptNumber, QStringLiteral("003/LP/PB/Kab/33.11/X/2024"));
}

// Two officers open the same case (two connections to one store, as two laptops on the office's
// server) and both save: the second is refused, told who saved meanwhile and when, and nothing
// of the first is overwritten. Reloaded, the second officer's edits go on top and save.
void TestDatabase::secondSaveRefusedSayingWho()
{
    const QString path = newPath();
    auto ani = openNew(path);
    QVERIFY(ani);
    QVERIFY(TestSupport::addUser(*ani, QStringLiteral("admin"), Role::Administrator));
    User officer;
    officer.login = QStringLiteral("ani");
    officer.fullName = QStringLiteral("Ani Wulandari");
    officer.role = Role::Officer;
    QString error;
    QVERIFY2(UserRepository(*ani).create(officer, QLatin1String(TestSupport::Password), &error),
             qPrintable(error));
    ani->setActor(officer.login);
    Case c = TestSupport::sampleCase();
    QVERIFY2(CaseRepository(*ani).create(c, &error), qPrintable(error));
    auto budi = Database::open(TestSupport::location(path), Database::Mode::OpenExisting, &error);
    QVERIFY2(budi, qPrintable(error));
    budi->setActor(QStringLiteral("budi"));
    budi->setToday(ani->today());

    Case hers = *CaseRepository(*ani).load(c.id);
    const Case opened = *CaseRepository(*budi).load(c.id);
    Case his = opened;
    hers.description = QStringLiteral("Terlapor mengunggah foto dan video bersama Paslon 1.");
    his.eventPlace = QStringLiteral("Balai Desa Sidorejo");
    QVERIFY2(CaseRepository(*ani).save(hers, &error), qPrintable(error));

    bool stale = false;
    QVERIFY(!CaseRepository(*budi).save(his, &error, &stale));
    QVERIFY(stale);
    QVERIFY2(error.contains(QLatin1String("Ani Wulandari")), qPrintable(error));
    const Case theirs = *CaseRepository(*budi).load(c.id);
    QCOMPARE(theirs.description, hers.description);
    QVERIFY(theirs.eventPlace.isEmpty());

    // Reloaded, his edit goes on top of hers and saves; hers stays.
    QStringList both;
    const Case onTop = CaseJson::merge(opened, his, theirs, &both);
    QVERIFY(both.isEmpty());
    stale = false;
    QVERIFY2(CaseRepository(*budi).save(onTop, &error, &stale), qPrintable(error));
    const Case saved = *CaseRepository(*ani).load(c.id);
    QCOMPARE(saved.description, hers.description);
    QCOMPARE(saved.eventPlace, QStringLiteral("Balai Desa Sidorejo"));

    // Where both changed the same field, the merge names it.
    Case mine = opened;
    mine.description = QStringLiteral("Uraian versi Budi.");
    CaseJson::merge(opened, mine, saved, &both);
    QCOMPARE(both, QStringList{QStringLiteral("description")});
}

// In a provincial file, a civil servant reported in two regencies is flagged on both cases, and
// an NIP typed with spaces is stored as its digits so that it is found.
void TestDatabase::sameNipInTwoRegencies()
{
    QTemporaryDir dir;
    auto db = TestSupport::openNew(dir.filePath(QStringLiteral("province.netra")));
    QVERIFY(db);
    CaseRepository repo(*db);
    QString error;
    Case sukoharjo = TestSupport::sampleCase(); // NIP typed "19860926 201505 2 001"
    Case klaten = TestSupport::sampleCase(QDate(2024, 10, 9));
    klaten.regencyCode = QStringLiteral("3310");
    klaten.parties.first().nip = QStringLiteral("198609262015052001");
    Case alone = TestSupport::sampleCase(QDate(2024, 10, 10));
    alone.parties.first().nip = QStringLiteral("197501012000031002");
    QVERIFY2(repo.create(sukoharjo, &error), qPrintable(error));
    QVERIFY2(repo.create(klaten, &error), qPrintable(error));
    QVERIFY2(repo.create(alone, &error), qPrintable(error));
    QCOMPARE(repo.load(sukoharjo.id)->parties.first().nip, QStringLiteral("198609262015052001"));
    const auto here = repo.reportedElsewhere(*repo.load(sukoharjo.id));
    QCOMPARE(here.size(), 1);
    QCOMPARE(here.first().regencyCode, QStringLiteral("3310"));
    QCOMPARE(here.first().number, klaten.receiptNumber);
    const auto there = repo.reportedElsewhere(*repo.load(klaten.id));
    QCOMPARE(there.size(), 1);
    QCOMPARE(there.first().regencyCode, QStringLiteral("3311"));
    QVERIFY(repo.reportedElsewhere(*repo.load(alone.id)).isEmpty());
}

// An office server's new store: Netra's schema in an empty database, at the latest version,
// with the patterns and the holiday calendar, clean to `check`, and searchable as a file is.
void TestDatabase::newServerStore()
{
    if (!TestSupport::onServer())
        QSKIP("an office server's own behaviour");
    auto db = openNew(newPath());
    QVERIFY(db);
    QVERIFY(db->isServer());
    QVERIFY(db->path().startsWith(QLatin1String("postgresql://")));
    // A write refused names the server, not a file.
    QCOMPARE(db->writeRefused(QStringLiteral("disk penuh")),
             QStringLiteral("The office server did not take the change: disk penuh"));
    QCOMPARE(db->schemaVersion(), Database::latestVersion());
    QCOMPARE(SettingsRepository(*db).setting(QStringLiteral("receipt_pattern")),
             CaseNumber::DefaultReceiptPattern);
    QVERIFY(db->calendar().isHoliday(QDate(2024, 2, 14)));

    CaseRepository repo(*db);
    Case open = TestSupport::sampleCase();
    Case hidden = TestSupport::sampleCase(QDate(2024, 10, 8));
    hidden.reporterName = QStringLiteral("Yohanes Wenda");
    hidden.reporterConfidential = true;
    hidden.parties.first().name = QStringLiteral("Dr. Ratna Dewi Kusumawardhani");
    hidden.parties.first().nip = QStringLiteral("197501012000031002");
    QString error;
    QVERIFY2(repo.create(open, &error), qPrintable(error));
    QVERIFY2(repo.create(hidden, &error), qPrintable(error));

    // Every word a prefix, accents and case ignored; a confidential reporter is never found.
    auto found = [&](const QString &text) {
        CaseFilter f;
        f.text = text;
        QStringList numbers;
        repo.forEach(f, [&](const Case &c) {
            numbers << c.receiptNumber;
            return true;
        });
        numbers.sort();
        return numbers;
    };
    QCOMPARE(found(QStringLiteral("santo")), QStringList{open.receiptNumber});
    QCOMPARE(found(QStringLiteral("KUSUMA ratn")), QStringList{hidden.receiptNumber});
    QCOMPARE(found(QStringLiteral("kusumawárdhani")), QStringList{hidden.receiptNumber});
    QCOMPARE(found(QStringLiteral("19750101 2000")), QStringList{hidden.receiptNumber});
    QVERIFY(found(QStringLiteral("wenda")).isEmpty());
    QVERIFY(found(QStringLiteral("santoso wenda")).isEmpty());
    QCOMPARE(found(QStringLiteral("mengung")).size(), 2);

    const FileCheck::Result check = FileCheck::run(*db);
    QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
}

// A database that is not Netra's, a store of a newer Netra, an empty database opened as an
// existing store, a server that is not there: refused with a message, nothing written.
void TestDatabase::serverRefusesAndLeavesUnchanged()
{
    if (!TestSupport::onServer())
        QSKIP("an office server's own behaviour");
    PgServer *server = PgServer::instance();
    QVERIFY(server);
    auto tables = [&](const QString &uri) {
        QString out;
        server->psql(PgServer::databaseOf(uri),
                     QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                     &out);
        return out.toInt();
    };
    const QString foreign = server->newDatabase(QStringLiteral("foreign"));
    QVERIFY(server->psql(PgServer::databaseOf(foreign),
                         QStringLiteral("CREATE TABLE cases (id int, t text)")));
    const QString empty = server->newDatabase(QStringLiteral("empty"));
    const QString newer = TestSupport::location(newPath());
    {
        QString error;
        QVERIFY2(Database::open(newer, Database::Mode::CreateIfMissing, &error), qPrintable(error));
    }
    QVERIFY(server->psql(PgServer::databaseOf(newer),
                         QStringLiteral("UPDATE netra_schema SET version = 99")));

    struct Refusal
    {
        QString uri;
        QList<Database::Mode> modes;
        QString says;
        int tables;
    };
    const QList<Refusal> refusals{
        {foreign,
         {Database::Mode::OpenExisting, Database::Mode::CreateIfMissing, Database::Mode::ReadOnly},
         QStringLiteral("not Netra's"),
         1},
        {newer,
         {Database::Mode::OpenExisting, Database::Mode::CreateIfMissing, Database::Mode::ReadOnly},
         QStringLiteral("99"),
         tables(newer)},
        {empty,
         {Database::Mode::OpenExisting, Database::Mode::ReadOnly},
         QStringLiteral("netra-cli init"),
         0},
        {QStringLiteral("postgresql:///netra?host=/nonexistent-folder"),
         {Database::Mode::OpenExisting},
         QStringLiteral("cannot be reached"),
         -1},
        {QStringLiteral("postgresql://"),
         {Database::Mode::OpenExisting},
         QStringLiteral("names no database"),
         -1},
    };
    for (const Refusal &r : refusals) {
        for (Database::Mode mode : r.modes) {
            QString error;
            auto db = Database::open(r.uri, mode, &error);
            QVERIFY2(!db, qPrintable(r.uri + QStringLiteral(": opened as ") + modeName(mode)));
            QVERIFY2(error.contains(r.says), qPrintable(error));
            if (r.tables >= 0)
                QCOMPARE(tables(r.uri), r.tables);
        }
    }
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
