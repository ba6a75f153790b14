// Packages between levels: export, import into an empty file and into one that has the data,
// updates and conflicts, confidential identities, filters, every refusal, and the command line.
#include "TestSupport.h"
#include "domain/Progress.h"
#include "store/AttachmentRepository.h"
#include "store/KeyStore.h"
#include "store/LedgerRepository.h"

#include "domain/CaseJson.h"
#include "exchange/Package.h"
#include "store/FileCheck.h"
#include "store/HearingRepository.h"
#include "store/PackageStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>

using namespace TestSupport;

namespace {

// The data file's bytes, or every row of the server's database (TestSupport::storeState).
QByteArray fileSha(const QString &path)
{
    return TestSupport::storeState(path);
}

void dropIds(QJsonObject &o)
{
    o.remove(QStringLiteral("id"));
    QJsonArray parties = o.value(QStringLiteral("parties")).toArray();
    for (QJsonValueRef v : parties) {
        QJsonObject p = v.toObject();
        p.remove(QStringLiteral("id"));
        v = p;
    }
    o.insert(QStringLiteral("parties"), parties);
}

// Everything of a file that a package carries, by uuid, without local ids; identities in clear
// (a file that holds them sealed is read by a coordinator's session, KeyStore).
QJsonObject snapshot(Database &db, bool attachments)
{
    CaseRepository cases(db);
    HearingRepository hearings(db);
    QJsonObject all;
    cases.forEach({}, [&](const Case &stored) {
        Case c = stored;
        KeyStore(db).openWherePossible(c);
        QString error;
        const QList<Hearing> list =
            db.user() ? hearings.revealedHearings(c.id, &error).value_or(QList<Hearing>())
                      : hearings.hearings(c.id);
        QJsonObject o = CaseJson::toJson(c);
        dropIds(o);
        QJsonArray hs;
        for (const Hearing &h : list) {
            QJsonArray as;
            for (const Attendee &a : h.attendees) {
                QJsonArray ms;
                for (const MinutesEntry &m : a.minutes)
                    ms.append(QJsonArray{m.uuid, m.question, m.answer});
                as.append(QJsonObject{{QStringLiteral("uuid"), a.uuid},
                                      {QStringLiteral("name"), a.name},
                                      {QStringLiteral("role"), a.role},
                                      {QStringLiteral("attendance"), a.attendance},
                                      {QStringLiteral("signed"), a.signedAt.toString(Qt::ISODate)},
                                      {QStringLiteral("minutes"), ms}});
            }
            hs.append(QJsonObject{{QStringLiteral("uuid"), h.uuid},
                                  {QStringLiteral("at"), h.scheduledAt.toString(Qt::ISODate)},
                                  {QStringLiteral("place"), h.place},
                                  {QStringLiteral("attendees"), as}});
        }
        o.insert(QStringLiteral("hearings"), hs);
        QJsonArray fs;
        for (const Party &p : c.parties) {
            if (const auto f = LedgerRepository(cases.database()).followUp(p.id))
                fs.append(QJsonArray{f->uuid, f->recommendationNumber, f->sanctionImposed});
        }
        o.insert(QStringLiteral("followups"), fs);
        if (attachments) {
            QJsonArray at;
            for (const AttachmentInfo &a : AttachmentRepository(cases.database()).attachments(c.id))
                at.append(
                    QJsonArray{a.uuid, a.name, a.sha256,
                               QString::fromLatin1(
                                   QCryptographicHash::hash(
                                       AttachmentRepository(cases.database()).attachmentData(a.id),
                                       QCryptographicHash::Sha256)
                                       .toHex())});
            o.insert(QStringLiteral("attachments"), at);
        }
        all.insert(c.uuid, o);
        return true;
    });
    return all;
}

int countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestPackages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    int m_counter = 0;

    // A new data file, or on the server a new database.
    QString newPath()
    {
        return location(m_dir.filePath(QStringLiteral("t%1.netra").arg(++m_counter)));
    }

    QByteArray exportFrom(const QString &path, const CaseFilter &filter, bool attachments,
                          bool identities)
    {
        QString error;
        // Identities are revealed, and reveals are logged: that needs a file open for writing.
        auto db = Database::open(
            path, identities ? Database::Mode::OpenExisting : Database::Mode::ReadOnly, &error);
        if (!db)
            return {};
        // The demo file holds them sealed: a coordinator's session opens them (KeyStore).
        if (identities && !UserRepository(*db).login(QStringLiteral("koordinator"),
                                                     QLatin1String(TestSupport::Password), &error))
            return {};
        Package::Content content;
        if (!PackageStore(*db).collect(filter, attachments, identities, &content, &error))
            return {};
        return Package::write(content);
    }

    // Reads and applies; the plan, or a refusal reason in `reason`.
    bool importInto(const QString &path, const QByteArray &bytes, ImportPlan *plan, QString *reason,
                    Settlement settle = Settlement::Ask, const QHash<QString, Settlement> &per = {})
    {
        Package::Content content;
        if (!Package::read(bytes, &content, reason))
            return false;
        auto db = openNew(path);
        return PackageStore(*db).apply(content, settle, per, plan, reason);
    }

    // The manifest and payload of a package, to build altered ones from.
    static void split(const QByteArray &bytes, QJsonObject *manifest, QJsonObject *payload,
                      QByteArray *blobs)
    {
        const qsizetype h = bytes.indexOf('\n');
        const qsizetype m = bytes.indexOf('\n', h + 1);
        *manifest = QJsonDocument::fromJson(bytes.mid(h + 1, m - h - 1)).object();
        const qint64 size = manifest->value(QStringLiteral("payload_size")).toInteger();
        *payload = QJsonDocument::fromJson(bytes.mid(m + 1, size)).object();
        *blobs = bytes.mid(m + 1 + size);
    }
    // Puts a package together again, with a correct hash unless `keepHash`.
    static QByteArray join(QJsonObject manifest, const QJsonObject &payload,
                           const QByteArray &blobs, bool keepHash = false)
    {
        const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        manifest.insert(QStringLiteral("payload_size"), json.size());
        manifest.insert(QStringLiteral("blobs_size"), blobs.size());
        if (!keepHash)
            manifest.insert(
                QStringLiteral("payload_sha256"),
                QString::fromLatin1(
                    QCryptographicHash::hash(json + blobs, QCryptographicHash::Sha256).toHex()));
        return QByteArrayLiteral("NETRAPKG 1\n") +
               QJsonDocument(manifest).toJson(QJsonDocument::Compact) + '\n' + json + blobs;
    }

    QString sourceCopy()
    {
        return copyStore(m_source, m_dir.filePath(QStringLiteral("t%1.netra").arg(++m_counter)));
    }

    QString confidentialUuid;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = location(m_dir.filePath(QStringLiteral("source.netra")));
        QProcess p;
        p.start(QStringLiteral(NETRA_CLI),
                {QStringLiteral("demo"), QStringLiteral("--out"), m_source,
                 QStringLiteral("--cases"), QStringLiteral("60"), QStringLiteral("--regencies"),
                 QStringLiteral("3311,3312"), QStringLiteral("--today"),
                 QStringLiteral("2024-06-01"), QStringLiteral("--quiet")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        // One confidential reporter, heard in a hearing as "pelapor".
        auto db = openNew(m_source);
        CaseRepository repo(*db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM cases WHERE reporter_name <> ''")));
        QVERIFY(q.next());
        std::optional<Case> c = repo.load(q.value(0).toLongLong());
        QVERIFY(c);
        c->reporterConfidential = true;
        QString error;
        QVERIFY2(repo.save(*c, &error), qPrintable(error));
        confidentialUuid = c->uuid;
        Hearing h;
        h.caseId = c->id;
        h.scheduledAt = QDateTime(c->receivedDate.addDays(2), QTime(10, 0));
        h.place = QStringLiteral("Kantor Bawaslu");
        h.examiners = QStringLiteral("Pemeriksa");
        Attendee a;
        a.role = QStringLiteral("pelapor");
        a.name = c->reporterName;
        a.address = QStringLiteral("Jalan Rahasia 1");
        h.attendees << a;
        QVERIFY2(HearingRepository(*db).saveHearing(h, &error), qPrintable(error));
        QVERIFY(AttachmentRepository(repo.database())
                    .addAttachment(c->id, QStringLiteral("bukti.jpg"), QByteArray(5000, 'x'),
                                   QStringLiteral("image/jpeg"), nullptr, &error));
    }

    void roundTripIntoEmptyFile()
    {
        const QByteArray bytes = exportFrom(m_source, {}, true, true);
        QVERIFY(!bytes.isEmpty());
        const QString target = newPath();
        ImportPlan plan;
        QString reason;
        QVERIFY2(importInto(target, bytes, &plan, &reason), qPrintable(reason));
        QCOMPARE(plan.total(&ImportPlan::Counts::conflicts), 0);
        QCOMPARE(plan.total(&ImportPlan::Counts::updated), 0);
        QVERIFY(plan.tables.value(QStringLiteral("minutes_entries")).added > 0);
        QVERIFY(plan.tables.value(QStringLiteral("followups")).added > 0);
        QVERIFY(plan.tables.value(QStringLiteral("attachments")).added > 0);
        auto src = openNew(m_source);
        QString error;
        QVERIFY(UserRepository(*src).login(QStringLiteral("koordinator"),
                                           QLatin1String(TestSupport::Password), &error));
        auto dst = openNew(target);
        QCOMPARE(snapshot(*dst, true), snapshot(*src, true));
        const FileCheck::Result check = FileCheck::run(*dst);
        QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        // As at the desk, minutes lines are not logged one by one: each person heard whose lines
        // came in has the digest of them logged.
        QSqlQuery q(dst->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM change_log"
                                      " WHERE record_table = 'minutes_entries'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(DISTINCT a.uuid), count(DISTINCT l.record_uuid)"
                    " FROM hearing_attendees a JOIN minutes_entries m ON m.attendee_id = a.id"
                    " LEFT JOIN change_log l ON l.record_uuid = a.uuid"
                    " AND l.changes LIKE '%minutes_sha256%'")) &&
                q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
        // Without attachments: none arrive.
        const QString other = newPath();
        QVERIFY2(importInto(other, exportFrom(m_source, {}, false, true), &plan, &reason),
                 qPrintable(reason));
        auto o = openNew(other);
        QCOMPARE(countRows(*o, QStringLiteral("attachments")), 0);
        QCOMPARE(snapshot(*o, false), snapshot(*src, false));
    }

    void importTwiceChangesNothing()
    {
        const QByteArray bytes = exportFrom(m_source, {}, true, true);
        const QString target = newPath();
        ImportPlan plan;
        QString reason;
        QVERIFY2(importInto(target, bytes, &plan, &reason), qPrintable(reason));
        int log = 0;
        {
            auto db = openNew(target);
            log = countRows(*db, QStringLiteral("change_log"));
        }
        QVERIFY2(importInto(target, bytes, &plan, &reason), qPrintable(reason));
        QCOMPARE(plan.total(&ImportPlan::Counts::added), 0);
        QCOMPARE(plan.total(&ImportPlan::Counts::updated), 0);
        QCOMPARE(plan.total(&ImportPlan::Counts::conflicts), 0);
        auto db = openNew(target);
        QCOMPARE(countRows(*db, QStringLiteral("change_log")), log);
    }

    // An import reports its progress up to the total and, cancelled half-way, writes nothing:
    // the file holds as many cases and log entries as before; an export cancelled half-way
    // collects nothing and logs no reveal.
    void cancelledImportAndExport()
    {
        const QString target = newPath();
        ImportPlan plan;
        QString reason;
        CaseFilter sukoharjo;
        sukoharjo.regencyCode = QStringLiteral("3311");
        QVERIFY2(importInto(target, exportFrom(m_source, sukoharjo, false, false), &plan, &reason),
                 qPrintable(reason));
        Package::Content content;
        QVERIFY(Package::read(exportFrom(m_source, {}, true, false), &content, &reason));
        auto db = openNew(target);
        const int cases = countRows(*db, QStringLiteral("cases"));
        const int log = countRows(*db, QStringLiteral("change_log"));
        const int parties = countRows(*db, QStringLiteral("parties"));
        QVERIFY(cases > 0 && cases < content.count(QStringLiteral("cases")));

        QList<QPair<qint64, qint64>> calls;
        const Progress halfWay = [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return done < total / 2;
        };
        QVERIFY(
            !PackageStore(*db).apply(content, Settlement::TakeTheirs, {}, &plan, &reason, halfWay));
        QVERIFY2(reason.contains(QLatin1String("cancelled")), qPrintable(reason));
        QVERIFY(calls.size() > 2);
        QCOMPARE(countRows(*db, QStringLiteral("cases")), cases);
        QCOMPARE(countRows(*db, QStringLiteral("change_log")), log);
        QCOMPARE(countRows(*db, QStringLiteral("parties")), parties);

        // Not cancelled: from 0 up to the total, never going back, and everything arrives.
        calls.clear();
        const Progress watch = [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        };
        QVERIFY2(
            PackageStore(*db).apply(content, Settlement::TakeTheirs, {}, &plan, &reason, watch),
            qPrintable(reason));
        QVERIFY(calls.size() > 10);
        QCOMPARE(calls.first().first, 0);
        QCOMPARE(calls.last().first, calls.last().second);
        for (int i = 1; i < calls.size(); ++i) {
            QCOMPARE(calls.at(i).second, calls.first().second);
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        }
        QCOMPARE(countRows(*db, QStringLiteral("cases")),
                 int(content.count(QStringLiteral("cases"))));

        // An export cancelled half-way: no content, and no reveal logged in the source.
        auto src = Database::open(m_source, Database::Mode::OpenExisting, &reason);
        QVERIFY(src);
        QVERIFY(UserRepository(*src).login(QStringLiteral("koordinator"),
                                           QLatin1String(TestSupport::Password), &reason));
        const int sourceLog = countRows(*src, QStringLiteral("change_log"));
        calls.clear();
        Package::Content collected;
        QVERIFY(!PackageStore(*src).collect({}, true, true, &collected, &reason, halfWay));
        QVERIFY2(reason.contains(QLatin1String("cancelled")), qPrintable(reason));
        QCOMPARE(collected.count(QStringLiteral("cases")), 0);
        QCOMPARE(countRows(*src, QStringLiteral("change_log")), sourceLog);
        calls.clear();
        QVERIFY2(PackageStore(*src).collect({}, true, true, &collected, &reason, watch),
                 qPrintable(reason));
        QCOMPARE(calls.last().first, calls.last().second);
        QVERIFY(countRows(*src, QStringLiteral("change_log")) > sourceLog); // the reveal
    }

    void updateThenConflict()
    {
        const QString source = sourceCopy();
        const QString target = newPath();
        ImportPlan plan;
        QString reason;
        QVERIFY2(importInto(target, exportFrom(source, {}, false, true), &plan, &reason),
                 qPrintable(reason));
        // Changed at the source after the import: applied on the next one.
        QString uuid;
        {
            auto db = openNew(source);
            db->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(60); });
            CaseRepository repo(*db);
            std::optional<Case> c = repo.load(1);
            QVERIFY(c);
            uuid = c->uuid;
            c->description = QStringLiteral("Diubah di sumber.");
            QVERIFY2(repo.save(*c, &reason), qPrintable(reason));
        }
        QVERIFY2(importInto(target, exportFrom(source, {}, false, true), &plan, &reason),
                 qPrintable(reason));
        QCOMPARE(plan.total(&ImportPlan::Counts::updated), 1);
        QCOMPARE(plan.total(&ImportPlan::Counts::added), 0);
        {
            auto db = openNew(target);
            CaseRepository repo(*db);
            QSqlQuery q(db->sql());
            q.exec(QStringLiteral("SELECT description FROM cases WHERE uuid = '%1'").arg(uuid));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Diubah di sumber."));
        }
        // Changed on both sides: a conflict, not written.
        for (const QString &path : {source, target}) {
            auto db = openNew(path);
            db->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(120); });
            CaseRepository repo(*db);
            QSqlQuery q(db->sql());
            q.exec(QStringLiteral("SELECT id FROM cases WHERE uuid = '%1'").arg(uuid));
            QVERIFY(q.next());
            std::optional<Case> c = repo.load(q.value(0).toLongLong());
            QVERIFY(c);
            c->description = path == source ? QStringLiteral("theirs") : QStringLiteral("mine");
            QVERIFY2(repo.save(*c, &reason), qPrintable(reason));
        }
        const QByteArray pkg = exportFrom(source, {}, false, true);
        auto description = [&]() {
            auto db = openNew(target);
            QSqlQuery q(db->sql());
            q.exec(QStringLiteral("SELECT description FROM cases WHERE uuid = '%1'").arg(uuid));
            return q.next() ? q.value(0).toString() : QString();
        };
        QVERIFY2(importInto(target, pkg, &plan, &reason), qPrintable(reason));
        QCOMPARE(plan.total(&ImportPlan::Counts::conflicts), 1);
        QCOMPARE(plan.conflicts.first().uuid, uuid);
        QVERIFY(plan.conflicts.first().fields.contains(QStringLiteral("description")));
        QCOMPARE(description(), QStringLiteral("mine"));
        // Settled: keep mine, then (as a fresh conflict) take theirs.
        const QString copy =
            copyStore(target, m_dir.filePath(QStringLiteral("t%1.netra").arg(++m_counter)));
        QVERIFY(!copy.isEmpty());
        QVERIFY2(importInto(target, pkg, &plan, &reason, Settlement::Ask,
                            {{uuid, Settlement::KeepMine}}),
                 qPrintable(reason));
        QCOMPARE(description(), QStringLiteral("mine"));
        QVERIFY2(importInto(target, pkg, &plan, &reason), qPrintable(reason));
        QCOMPARE(plan.total(&ImportPlan::Counts::conflicts), 0); // seen and kept
        QVERIFY2(importInto(copy, pkg, &plan, &reason, Settlement::TakeTheirs), qPrintable(reason));
        auto db = openNew(copy);
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT description FROM cases WHERE uuid = '%1'").arg(uuid));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("theirs"));
        QVERIFY(FileCheck::run(*db).ok());
    }

    void confidentialIdentity()
    {
        Package::Content content;
        QString reason;
        QVERIFY(Package::read(exportFrom(m_source, {}, false, false), &content, &reason));
        bool seenCase = false, seenAttendee = false;
        for (const Package::Record &r : content.records.value(QStringLiteral("cases"))) {
            if (r.uuid != confidentialUuid)
                continue;
            seenCase = true;
            QCOMPARE(r.value(QStringLiteral("reporter_name")).toString(),
                     QStringLiteral("[dirahasiakan]"));
            QCOMPARE(r.value(QStringLiteral("reporter_address")).toString(),
                     QStringLiteral("[dirahasiakan]"));
        }
        for (const Package::Record &r :
             content.records.value(QStringLiteral("hearing_attendees"))) {
            if (r.value(QStringLiteral("role")).toString() == QLatin1String("pelapor") &&
                r.value(QStringLiteral("address")).toString() == QStringLiteral("[dirahasiakan]")) {
                seenAttendee = true;
                QCOMPARE(r.value(QStringLiteral("name")).toString(),
                         QStringLiteral("[dirahasiakan]"));
            }
        }
        QVERIFY(seenCase);
        QVERIFY(seenAttendee);
        QVERIFY(!exportFrom(m_source, {}, false, false).contains("Jalan Rahasia"));
        QVERIFY(exportFrom(m_source, {}, false, true).contains("Jalan Rahasia"));
    }

    void filters()
    {
        auto src = openNew(m_source);
        CaseRepository repo(*src);
        const QList<CaseFilter> list = [] {
            CaseFilter regency, period, status;
            regency.regencyCode = QStringLiteral("3312");
            period.receivedFrom = QDate(2024, 1, 1);
            period.receivedTo = QDate(2024, 3, 31);
            status.statuses = {QStringLiteral("diterima"), QStringLiteral("dihentikan")};
            return QList<CaseFilter>{regency, period, status};
        }();
        for (const CaseFilter &f : list) {
            Package::Content content;
            QString reason;
            QVERIFY(Package::read(exportFrom(m_source, f, false, true), &content, &reason));
            QSet<QString> expected;
            repo.forEach(f, [&](const Case &c) {
                expected.insert(c.uuid);
                return true;
            });
            QSet<QString> got;
            for (const Package::Record &r : content.records.value(QStringLiteral("cases")))
                got.insert(r.uuid);
            QVERIFY(!expected.isEmpty());
            QVERIFY(expected.size() < 60);
            QCOMPARE(got, expected);
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = exportFrom(m_source, {}, true, true);
        QJsonObject m, p;
        QByteArray blobs;
        split(good, &m, &p, &blobs);
        auto edit = [&](const QString &table, int index, const QString &key,
                        const QJsonValue &value) {
            QJsonObject payload = p;
            QJsonArray rows = payload.value(table).toArray();
            QJsonObject r = rows.at(index).toObject();
            r.insert(key, value);
            rows.replace(index, r);
            payload.insert(table, rows);
            return join(m, payload, blobs);
        };
        QTest::newRow("truncated") << good.left(good.size() - 10);
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
        QTest::newRow("flipped byte") << flipped;
        {
            QJsonObject payload = p;
            QJsonArray rows = payload.value(QStringLiteral("cases")).toArray();
            QJsonObject r = rows.at(0).toObject();
            r.insert(QStringLiteral("description"), QStringLiteral("diubah"));
            rows.replace(0, r);
            payload.insert(QStringLiteral("cases"), rows);
            QTest::newRow("altered with old hash") << join(m, payload, blobs, true);
        }
        {
            QByteArray v = good;
            v.replace(0, 10, "NETRAPKG 9");
            QTest::newRow("unknown version") << v;
            QJsonObject mm = m;
            mm.insert(QStringLiteral("format_version"), 2);
            QTest::newRow("unknown manifest version") << join(mm, p, blobs);
        }
        {
            QJsonObject mm = m;
            QJsonObject counts = mm.value(QStringLiteral("counts")).toObject();
            counts.insert(QStringLiteral("cases"), 100000000);
            mm.insert(QStringLiteral("counts"), counts);
            QTest::newRow("bogus counts") << join(mm, p, blobs);
        }
        QTest::newRow("oversized field")
            << edit(QStringLiteral("cases"), 0, QStringLiteral("description"),
                    QString(Package::MaxTextChars + 1, QLatin1Char('a')));
        QTest::newRow("unknown status")
            << edit(QStringLiteral("cases"), 0, QStringLiteral("status"), QStringLiteral("x"));
        QTest::newRow("invalid date")
            << edit(QStringLiteral("cases"), 0, QStringLiteral("received_date"),
                    QStringLiteral("2024-02-30"));
        QTest::newRow("date with letters for its year")
            << edit(QStringLiteral("cases"), 0, QStringLiteral("received_date"),
                    QStringLiteral("abcd-01-01"));
        // Times in the shape Netra writes, each impossible in one part.
        const QStringList badTimes = {
            QStringLiteral("2024-02-30T10:00:00.000Z"), QStringLiteral("2024-13-01T10:00:00.000Z"),
            QStringLiteral("0000-01-01T10:00:00.000Z"), QStringLiteral("2024-01-01T25:00:00.000Z"),
            QStringLiteral("2024-01-01T10:60:00.000Z"), QStringLiteral("2024-01-01T10:00:61.000Z"),
            QStringLiteral("2024-01-01T10:00:00.0x0Z"), QStringLiteral("-024-01-01T10:00:00.000Z")};
        for (const QString &time : badTimes)
            QTest::newRow(qPrintable(QStringLiteral("update time ") + time))
                << edit(QStringLiteral("parties"), 0, QStringLiteral("updated_at"), time);
        QTest::newRow("attachment name with slash")
            << edit(QStringLiteral("attachments"), 0, QStringLiteral("name"),
                    QStringLiteral("../../etc/passwd"));
        QTest::newRow("attachment name with dot dot")
            << edit(QStringLiteral("attachments"), 0, QStringLiteral("name"),
                    QStringLiteral("..bukti.jpg"));
        QTest::newRow("attachment hash mismatch")
            << edit(QStringLiteral("attachments"), 0, QStringLiteral("sha256"),
                    QString(64, QLatin1Char('0')));
        QTest::newRow("attachment size bogus")
            << edit(QStringLiteral("attachments"), 0, QStringLiteral("size"), 1e12);
        QTest::newRow("invalid uuid")
            << edit(QStringLiteral("parties"), 0, QStringLiteral("uuid"), QStringLiteral("x-1"));
        QTest::newRow("child without parent")
            << edit(QStringLiteral("minutes_entries"), 0, QStringLiteral("attendee_uuid"),
                    QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QTest::newRow("unknown field")
            << edit(QStringLiteral("parties"), 0, QStringLiteral("evil"), 1);
        QTest::newRow("not a package") << QByteArray("SQLite format 3\0 whatever", 25);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("json bomb") << QByteArray("NETRAPKG 1\n") + QByteArray(100000, '[');
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        const QString target = newPath();
        {
            auto db = openNew(target);
            Case c = sampleCase();
            QString error;
            QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
        }
        const QByteArray before = fileSha(target);
        ImportPlan plan;
        QString reason;
        QVERIFY(!importInto(target, bytes, &plan, &reason));
        QVERIFY(!reason.isEmpty());
        qInfo("%s", qPrintable(reason));
        QCOMPARE(fileSha(target), before);
    }

    void numberCarriedByAnotherCase()
    {
        // Two different cases with the same number: refused, nothing written.
        const QByteArray good = exportFrom(m_source, {}, false, true);
        QJsonObject m, p;
        QByteArray blobs;
        split(good, &m, &p, &blobs);
        const QString number = p.value(QStringLiteral("cases"))
                                   .toArray()
                                   .at(0)[QStringLiteral("receipt_number")]
                                   .toString();
        QVERIFY(!number.isEmpty());
        const QString target = newPath();
        {
            auto db = openNew(target);
            QSqlQuery q(db->sql());
            Case c = sampleCase();
            QString error;
            QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
            QVERIFY(q.exec(QStringLiteral("UPDATE cases SET receipt_number = '%1'").arg(number)));
        }
        const QByteArray before = fileSha(target);
        ImportPlan plan;
        QString reason;
        QVERIFY(!importInto(target, good, &plan, &reason));
        QVERIFY(reason.contains(number));
        QCOMPARE(fileSha(target), before);

        // A case of the file updated by a package to a number another case of the file holds:
        // refused as well; the same package, unchanged, imported again is not.
        const QString other = newPath();
        openNew(other);
        QVERIFY2(importInto(other, good, &plan, &reason), qPrintable(reason));
        QVERIFY2(importInto(other, good, &plan, &reason), qPrintable(reason));
        QJsonArray cases = p.value(QStringLiteral("cases")).toArray();
        QJsonObject second = cases.at(1).toObject();
        second.insert(QStringLiteral("receipt_number"), number);
        second.insert(QStringLiteral("updated_at"), QStringLiteral("2030-01-01T00:00:00.000Z"));
        cases.replace(1, second);
        p.insert(QStringLiteral("cases"), cases);
        const QByteArray before2 = fileSha(other);
        QVERIFY(!importInto(other, join(m, p, blobs), &plan, &reason));
        QVERIFY2(reason.contains(number), qPrintable(reason));
        QCOMPARE(fileSha(other), before2);
    }

    void tooLargeToRead()
    {
        // Records beyond what a reader takes from one package: the writer refuses, saying how
        // large and what to choose instead, rather than write a package no Netra reads.
        Package::Content content;
        content.createdAt = QDateTime::currentDateTimeUtc();
        Package::Record r;
        r.uuid = QStringLiteral("0190f7a2-0000-7000-8000-000000000001");
        r.updatedAt = QStringLiteral("2024-06-01T10:00:00.000Z");
        r.table = Package::table(QStringLiteral("cases"));
        r.values.resize(r.table->columns.size());
        r.values[r.table->indexOf(QStringLiteral("description"))] =
            QString(int(Package::MaxPayloadBytes), QLatin1Char('a'));
        content.records[QStringLiteral("cases")] << r;
        QString why;
        QVERIFY(Package::write(content, &why).isEmpty());
        qInfo("%s", qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("nothing was written")));
        QVERIFY(why.contains(QStringLiteral("%1 MiB").arg(Package::MaxPayloadBytes >> 20)));

        // A package that declares records that large: the reader names their size, not damage.
        QJsonObject m, p;
        QByteArray blobs;
        split(exportFrom(m_source, {}, false, false), &m, &p, &blobs);
        QByteArray bytes = join(m, p, blobs);
        const QByteArray declared = "\"payload_size\":";
        const qsizetype at = bytes.indexOf(declared) + declared.size();
        bytes.replace(at, bytes.indexOf(',', at) - at,
                      QByteArray::number(Package::MaxPayloadBytes + 1));
        Package::Content read;
        QVERIFY(!Package::read(bytes, &read, &why));
        qInfo("%s", qPrintable(why));
        QVERIFY(
            why.contains(QStringLiteral("larger than %1 MiB").arg(Package::MaxPayloadBytes >> 20)));
    }

    void tooLargeStopsReading()
    {
        // The export stops reading as soon as the records could not fit (a province's whole
        // file took a minute and 6 GB before): counted at least as they are written, so that a
        // package that fits is never refused. A smaller limit stands for the 256 MiB.
        QJsonObject m, p;
        QByteArray blobs;
        split(exportFrom(m_source, {}, true, true), &m, &p, &blobs);
        const qint64 payload = m.value(QStringLiteral("payload_size")).toInteger();
        QVERIFY(payload > 100000);
        QString error;
        auto db = Database::open(m_source, Database::Mode::OpenExisting, &error);
        QVERIFY2(db && UserRepository(*db).login(QStringLiteral("koordinator"),
                                                 QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
        const int log = countRows(*db, QStringLiteral("change_log"));
        PackageStore store(*db);
        Package::Content content;
        store.setPayloadLimit(payload);
        QVERIFY2(store.collect({}, true, true, &content, &error), qPrintable(error));
        QCOMPARE(Package::write(content).isEmpty(), false);
        QVERIFY(countRows(*db, QStringLiteral("change_log")) > log); // the reveals, logged

        const int logged = countRows(*db, QStringLiteral("change_log"));
        Package::Content refused;
        store.setPayloadLimit(payload / 4);
        QVERIFY(!store.collect({}, true, true, &refused, &error));
        qInfo("%s", qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("nothing was written")));
        QCOMPARE(refused.records.size(), 0);
        // Stopped before the end: no reveal is logged for a package never written.
        QCOMPARE(countRows(*db, QStringLiteral("change_log")), logged);
    }

    void commandLine()
    {
        const QString pkg = m_dir.filePath(QStringLiteral("cli.netrapkg"));
        auto run = [](const QStringList &args, QByteArray *out, QByteArray *err) {
            QProcess p;
            p.start(QStringLiteral(NETRA_CLI), args);
            p.waitForFinished(120000);
            *out = p.readAllStandardOutput();
            *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("export"), m_source, QStringLiteral("--out"), pkg,
                      QStringLiteral("--regency"), QStringLiteral("3311"),
                      QStringLiteral("--with-attachments")},
                     &out, &err),
                 0);
        const QJsonObject exported = QJsonDocument::fromJson(out).object();
        QVERIFY(exported.value(QStringLiteral("counts"))[QStringLiteral("cases")].toInt() > 0);
        // The digest it prints is the package file's, as any SHA-256 tool computes it.
        QFile written(pkg);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(exported.value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex());
        const QString target = newPath();
        {
            auto db = openNew(target);
            QVERIFY(TestSupport::addCliUsers(*db));
        }
        const QByteArray before = fileSha(target);
        QCOMPARE(
            run({QStringLiteral("import"), target, pkg, QStringLiteral("--dry-run")}, &out, &err),
            0);
        QJsonObject summary = QJsonDocument::fromJson(out).object();
        QCOMPARE(summary.value(QStringLiteral("added")).toInt() > 0, true);
        QCOMPARE(summary.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(fileSha(target), before);
        QCOMPARE(run({QStringLiteral("import"), target, pkg}, &out, &err), 0);
        summary = QJsonDocument::fromJson(out).object();
        QVERIFY(summary.value(QStringLiteral("added")).toInt() > 0);
        QCOMPARE(run({QStringLiteral("import"), target, pkg}, &out, &err), 0);
        summary = QJsonDocument::fromJson(out).object();
        QCOMPARE(summary.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("updated")).toInt(), 0);
        // A damaged package: exit 1, the reason on stderr, the file unchanged.
        QFile f(pkg);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes.chop(5);
        f.resize(0);
        f.write(bytes);
        f.close();
        const QByteArray after = fileSha(target);
        QCOMPARE(run({QStringLiteral("import"), target, pkg}, &out, &err), 1);
        QVERIFY(!err.trimmed().isEmpty());
        QCOMPARE(fileSha(target), after);
        QCOMPARE(run({QStringLiteral("import"), target, pkg, QStringLiteral("--conflicts"),
                      QStringLiteral("maybe")},
                     &out, &err),
                 2);
    }
    // Inputs kept from fuzzing (scripts/fuzz.sh) and edge cases: each is read, refused with a
    // reason or accepted, never a crash (under the sanitizers of the fuzzer, never UB either).
    void fuzzRegressions()
    {
        const QDir dir(QStringLiteral(NETRA_TEST_DATA "/fuzz-regressions"));
        const QStringList files = dir.entryList({QStringLiteral("package-*")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
            Package::Content content;
            QString reason;
            const bool ok = Package::read(f.readAll(), &content, &reason);
            QVERIFY2(ok || !reason.isEmpty(), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackages)
#include "TestPackages.moc"
