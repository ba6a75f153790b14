// The change log: who changed which record of a case, when, and each field's old and new value.

#include "TestSupport.h"

#include "store/CaseRepository.h"
#include "store/ChangeLogChain.h"
#include "store/Database.h"
#include "store/HistoryRepository.h"
#include "store/RecordWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

namespace {

QList<ChangeEntry> entries(const QList<ChangeEntry> &all, const QString &table,
                           const QString &action)
{
    QList<ChangeEntry> out;
    for (const ChangeEntry &e : all) {
        if (e.table == table && e.action == action)
            out << e;
    }
    return out;
}

int logRows(Database &db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next()
               ? q.value(0).toInt()
               : -1;
}

} // namespace

class TestChangeLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createIsLogged();
    void updateIsLogged();
    void unchangedSaveLogsNothing();
    void stepIsLogged();
    void partyChangesAreLogged();
    void failedChangesLogNothing();
    void chainWholeAfterPartOfAWriteRolledBack();
    void changesWithoutUserVariable();
    void changesWrittenAsQtWritesThem();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime m_clock = QDateTime(QDate(2024, 10, 8), QTime(9, 30), Qt::UTC);

    Case createCase();
};

void TestChangeLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = TestSupport::openNew(m_dir->filePath(QStringLiteral("log.netra")), QDate(2024, 10, 31));
    QVERIFY(m_db);
    m_db->setActor(QStringLiteral("petugas-a"));
    const QDateTime clock = m_clock;
    m_db->setClock([clock] { return clock; });
}

void TestChangeLog::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Case TestChangeLog::createCase()
{
    Case c = TestSupport::sampleCase();
    Party witness;
    witness.role = QStringLiteral("saksi");
    witness.name = QStringLiteral("Joko Widodo Saputro");
    witness.address = QStringLiteral("Desa Sidorejo");
    c.parties << witness;
    QString error;
    if (!CaseRepository(*m_db).create(c, &error))
        qWarning("%s", qPrintable(error));
    return c;
}

void TestChangeLog::createIsLogged()
{
    CaseRepository repo(*m_db);
    const Case c = createCase();
    QVERIFY(c.id > 0);
    const Case stored = *repo.load(c.id);

    const QList<ChangeEntry> history = HistoryRepository(repo.database()).history(c.uuid);
    const QList<ChangeEntry> cases =
        entries(history, QStringLiteral("cases"), QStringLiteral("create"));
    QCOMPARE(cases.size(), 1);
    const ChangeEntry &e = cases.first();
    QCOMPARE(e.recordUuid, c.uuid);
    QCOMPARE(e.caseUuid, c.uuid);
    QCOMPARE(e.actor, QStringLiteral("petugas-a"));
    QCOMPARE(e.at, m_clock);
    // A creation holds each stored value as [null, value].
    QCOMPARE(e.changes.value(QStringLiteral("description")).toArray(),
             (QJsonArray{QJsonValue(), stored.description}));
    QCOMPARE(e.changes.value(QStringLiteral("receipt_number")).toArray(),
             (QJsonArray{QJsonValue(), QStringLiteral("001/LP/PB/Kab/33.11/X/2024")}));
    QCOMPARE(e.changes.value(QStringLiteral("received_date")).toArray(),
             (QJsonArray{QJsonValue(), QStringLiteral("2024-10-07")}));
    QCOMPARE(e.changes.value(QStringLiteral("status")).toArray(),
             (QJsonArray{QJsonValue(), QStringLiteral("diterima")}));

    // One entry for each person, under the person's own id.
    const QList<ChangeEntry> parties =
        entries(history, QStringLiteral("parties"), QStringLiteral("create"));
    QCOMPARE(parties.size(), 2);
    QCOMPARE(stored.parties.size(), 2);
    QSet<QString> logged;
    for (const ChangeEntry &p : parties) {
        QCOMPARE(p.caseUuid, c.uuid);
        QCOMPARE(p.actor, QStringLiteral("petugas-a"));
        logged.insert(p.recordUuid);
    }
    QCOMPARE(logged, (QSet<QString>{stored.parties[0].uuid, stored.parties[1].uuid}));
    for (const ChangeEntry &p : parties) {
        const Party &party =
            p.recordUuid == stored.parties[0].uuid ? stored.parties[0] : stored.parties[1];
        QCOMPARE(p.changes.value(QStringLiteral("name")).toArray(),
                 (QJsonArray{QJsonValue(), party.name}));
    }
    QCOMPARE(history.size(), 3);

    // Another case's history is its own.
    const Case other = createCase();
    QCOMPARE(HistoryRepository(repo.database()).history(c.uuid).size(), 3);
    QCOMPARE(HistoryRepository(repo.database()).history(other.uuid).size(), 3);
}

void TestChangeLog::updateIsLogged()
{
    CaseRepository repo(*m_db);
    const Case created = createCase();
    QVERIFY(created.id > 0);
    Case c = *repo.load(created.id);
    const QString oldText = c.description;
    const QString newText = QStringLiteral("Terlapor mengunggah foto bersama Paslon Nomor Urut 1 "
                                           "dan membagikannya di grup WhatsApp.");
    c.description = newText;

    m_db->setActor(QStringLiteral("petugas-b"));
    const QDateTime later = m_clock.addSecs(3600);
    m_db->setClock([later] { return later; });
    QString error;
    QVERIFY2(repo.save(c, &error), qPrintable(error));
    QCOMPARE(repo.load(c.id)->description, newText);

    const QList<ChangeEntry> updates = entries(HistoryRepository(repo.database()).history(c.uuid),
                                               QStringLiteral("cases"), QStringLiteral("update"));
    QCOMPARE(updates.size(), 1);
    const ChangeEntry &e = updates.first();
    QCOMPARE(e.recordUuid, c.uuid);
    QCOMPARE(e.actor, QStringLiteral("petugas-b"));
    QCOMPARE(e.at, later);
    QCOMPARE(e.changes.value(QStringLiteral("description")).toArray(),
             (QJsonArray{oldText, newText}));
    // Only what changed.
    QCOMPARE(e.changes.keys(), QStringList{QStringLiteral("description")});
    QCOMPARE(HistoryRepository(repo.database()).history(c.uuid).size(), 4);

    // Two fields at once, one of them cleared.
    c = *repo.load(c.id);
    c.eventPlace = QStringLiteral("Kecamatan Bendosari");
    c.reporterAddress.clear();
    QVERIFY2(repo.save(c, &error), qPrintable(error));
    const QList<ChangeEntry> second = entries(HistoryRepository(repo.database()).history(c.uuid),
                                              QStringLiteral("cases"), QStringLiteral("update"));
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.last().changes.keys(),
             (QStringList{QStringLiteral("event_place"), QStringLiteral("reporter_address")}));
    QCOMPARE(second.last().changes.value(QStringLiteral("event_place")).toArray(),
             (QJsonArray{QString(), QStringLiteral("Kecamatan Bendosari")}));
    QCOMPARE(second.last().changes.value(QStringLiteral("reporter_address")).toArray(),
             (QJsonArray{QStringLiteral("Desa Sidorejo, Kecamatan Bendosari"), QString()}));
}

void TestChangeLog::unchangedSaveLogsNothing()
{
    CaseRepository repo(*m_db);
    const Case created = createCase();
    QVERIFY(created.id > 0);
    const int before = logRows(*m_db);
    QCOMPARE(before, 3);

    QString error;
    const Case loaded = *repo.load(created.id);
    QVERIFY2(repo.save(loaded, &error), qPrintable(error));
    QVERIFY2(repo.save(*repo.load(created.id), &error), qPrintable(error));
    QCOMPARE(logRows(*m_db), before);
    QCOMPARE(HistoryRepository(repo.database()).history(created.uuid).size(), 3);
}

void TestChangeLog::stepIsLogged()
{
    CaseRepository repo(*m_db);
    const Case c = createCase();
    QVERIFY(c.id > 0);
    Step reg;
    reg.kind = Step::Kind::Register;
    reg.date = QDate(2024, 10, 8);
    QString error;
    QVERIFY2(repo.applyStep(c.id, reg, &error), qPrintable(error));

    const QList<ChangeEntry> steps =
        entries(HistoryRepository(repo.database()).history(c.uuid), QStringLiteral("cases"),
                QStringLiteral("step:register"));
    QCOMPARE(steps.size(), 1);
    const ChangeEntry &e = steps.first();
    QCOMPARE(e.recordUuid, c.uuid);
    QCOMPARE(e.actor, QStringLiteral("petugas-a"));
    QCOMPARE(e.changes.value(QStringLiteral("status")).toArray(),
             (QJsonArray{QStringLiteral("diterima"), QStringLiteral("diregistrasi")}));
    QCOMPARE(e.changes.value(QStringLiteral("registration_number")).toArray(),
             (QJsonArray{QString(), QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024")}));
    QCOMPARE(e.changes.value(QStringLiteral("registered_date")).toArray(),
             (QJsonArray{QJsonValue(), QStringLiteral("2024-10-08")}));
    QVERIFY(!e.changes.contains(QStringLiteral("description")));

    // The next steps, each under its own name.
    Step extend;
    extend.kind = Step::Kind::Extend;
    extend.days = 2;
    extend.reason = QStringLiteral("Menunggu keterangan BKD");
    QVERIFY2(repo.applyStep(c.id, extend, &error), qPrintable(error));
    Step analyse;
    analyse.kind = Step::Kind::StartAnalysis;
    analyse.date = QDate(2024, 10, 9);
    QVERIFY2(repo.applyStep(c.id, analyse, &error), qPrintable(error));
    Step stop;
    stop.kind = Step::Kind::Stop;
    stop.date = QDate(2024, 10, 10);
    stop.reason = QStringLiteral("Unsur pelanggaran tidak terpenuhi");
    QVERIFY2(repo.applyStep(c.id, stop, &error), qPrintable(error));

    const QList<ChangeEntry> history = HistoryRepository(repo.database()).history(c.uuid);
    QStringList actions;
    for (const ChangeEntry &h : history) {
        if (h.table == QLatin1String("cases"))
            actions << h.action;
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("step:register"),
                                   QStringLiteral("step:extend"), QStringLiteral("step:analyse"),
                                   QStringLiteral("step:stop")}));
    const ChangeEntry &ext =
        entries(history, QStringLiteral("cases"), QStringLiteral("step:extend")).first();
    QCOMPARE(ext.changes.value(QStringLiteral("extension_days")).toArray(), (QJsonArray{0, 2}));
    const ChangeEntry &st =
        entries(history, QStringLiteral("cases"), QStringLiteral("step:stop")).first();
    QCOMPARE(st.changes.value(QStringLiteral("status")).toArray(),
             (QJsonArray{QStringLiteral("kajian"), QStringLiteral("dihentikan")}));
    QCOMPARE(st.changes.value(QStringLiteral("decision_reason")).toArray(),
             (QJsonArray{QString(), QStringLiteral("Unsur pelanggaran tidak terpenuhi")}));
}

void TestChangeLog::partyChangesAreLogged()
{
    CaseRepository repo(*m_db);
    const Case created = createCase();
    QVERIFY(created.id > 0);
    Case c = *repo.load(created.id);
    QCOMPARE(c.parties.size(), 2);
    const Party witness = c.parties.takeLast();
    QString error;
    QVERIFY2(repo.save(c, &error), qPrintable(error));
    QCOMPARE(repo.load(c.id)->parties.size(), 1);

    const QList<ChangeEntry> history = HistoryRepository(repo.database()).history(c.uuid);
    const QList<ChangeEntry> deletes =
        entries(history, QStringLiteral("parties"), QStringLiteral("delete"));
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.first().recordUuid, witness.uuid);
    QCOMPARE(deletes.first().caseUuid, c.uuid);
    QCOMPARE(deletes.first().actor, QStringLiteral("petugas-a"));
    QCOMPARE(deletes.first().changes.value(QStringLiteral("name")).toArray(),
             (QJsonArray{witness.name, QJsonValue()}));
    // The case itself did not change.
    QVERIFY(entries(history, QStringLiteral("cases"), QStringLiteral("update")).isEmpty());

    // An edited person: an update with the changed field only.
    c = *repo.load(c.id);
    c.parties[0].positionTitle = QStringLiteral("Guru Ahli Muda");
    QVERIFY2(repo.save(c, &error), qPrintable(error));
    const QList<ChangeEntry> updates = entries(HistoryRepository(repo.database()).history(c.uuid),
                                               QStringLiteral("parties"), QStringLiteral("update"));
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.first().recordUuid, c.parties[0].uuid);
    QCOMPARE(updates.first().changes.keys(), QStringList{QStringLiteral("position_title")});
    QCOMPARE(updates.first().changes.value(QStringLiteral("position_title")).toArray(),
             (QJsonArray{QStringLiteral("Guru Ahli Pertama"), QStringLiteral("Guru Ahli Muda")}));

    // An added person: a creation.
    c = *repo.load(c.id);
    Party expert;
    expert.role = QStringLiteral("ahli");
    expert.name = QStringLiteral("Dr. Ahmad Fauzi, S.H., M.H.");
    c.parties << expert;
    QVERIFY2(repo.save(c, &error), qPrintable(error));
    QCOMPARE(entries(HistoryRepository(repo.database()).history(c.uuid), QStringLiteral("parties"),
                     QStringLiteral("create"))
                 .size(),
             3);
}

// A write of many entries reads the chain's head once (Database::logHead); when part of it is
// rolled back (a case of an import refused in its own savepoint), the entries after it chain to
// what is kept, not to what was undone.
void TestChangeLog::chainWholeAfterPartOfAWriteRolledBack()
{
    const int before = logRows(*m_db);
    {
        Transaction all(*m_db);
        QVERIFY(all.isOpen());
        QVERIFY(createCase().id > 0);
        const int kept = logRows(*m_db);
        {
            Transaction undone(*m_db);
            QVERIFY(undone.isOpen());
            QVERIFY(createCase().id > 0);
            QVERIFY(logRows(*m_db) > kept);
        } // rolled back
        QCOMPARE(logRows(*m_db), kept);
        QVERIFY(createCase().id > 0);
        QVERIFY(all.commit());
    }
    QVERIFY(logRows(*m_db) > before);
    const ChangeLogChain::Result chain = ChangeLogChain::verify(*m_db);
    QVERIFY2(chain.ok(), qPrintable(chain.problem ? chain.problem->message() : QString()));
    QCOMPARE(chain.entries, qint64(logRows(*m_db)));
}

void TestChangeLog::failedChangesLogNothing()
{
    CaseRepository repo(*m_db);
    const Case created = createCase();
    QVERIFY(created.id > 0);
    const int before = logRows(*m_db);
    QString error;

    // Invalid data: a received date in the future.
    Case c = *repo.load(created.id);
    c.description = QStringLiteral("Perubahan yang tidak tersimpan");
    c.receivedDate = QDate(2024, 11, 15);
    QVERIFY(!repo.save(c, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(logRows(*m_db), before);
    QCOMPARE(repo.load(created.id)->description, created.description);

    // A refused step.
    Step stop;
    stop.kind = Step::Kind::NotRegister;
    stop.date = QDate(2024, 10, 8);
    error.clear();
    QVERIFY(!repo.applyStep(created.id, stop, &error)); // no reason
    QVERIFY(!error.isEmpty());
    QCOMPARE(logRows(*m_db), before);

    // A change that fails half way: the case row is updated, then a new person cannot be
    // stored (its id is taken). Neither the update nor its log entry remain.
    const QString takenUuid = repo.load(created.id)->parties.first().uuid;
    const Case other = createCase();
    const int afterOther = logRows(*m_db);
    c = *repo.load(other.id);
    c.description = QStringLiteral("Perubahan yang tidak tersimpan");
    Party copy;
    copy.uuid = takenUuid;
    copy.role = QStringLiteral("saksi");
    copy.name = QStringLiteral("Saksi ganda");
    c.parties << copy;
    error.clear();
    QVERIFY(!repo.save(c, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(logRows(*m_db), afterOther);
    QCOMPARE(repo.load(other.id)->description, other.description);
    QCOMPARE(repo.load(other.id)->parties.size(), 2);
    QVERIFY(entries(HistoryRepository(repo.database()).history(other.uuid), QStringLiteral("cases"),
                    QStringLiteral("update"))
                .isEmpty());
}

void TestChangeLog::changesWithoutUserVariable()
{
    // Windows sets USERNAME, not USER; a service or a scheduled task may set neither. The
    // desktop program never names the actor, so the file must still take changes.
    const QByteArray user = qgetenv("USER");
    const bool hadUser = qEnvironmentVariableIsSet("USER");
    qunsetenv("USER");
    QString error;
    auto db = Database::open(TestSupport::location(m_dir->filePath(QStringLiteral("nouser.netra"))),
                             Database::Mode::CreateIfMissing, &error);
    if (hadUser)
        qputenv("USER", user);
    QVERIFY2(db, qPrintable(error));
    db->setToday(QDate(2024, 10, 31));
    CaseRepository repo(*db);

    Case c = TestSupport::sampleCase();
    error.clear();
    const bool created = repo.create(c, &error);
    QVERIFY2(created, qPrintable(QStringLiteral("create failed: [%1]").arg(error)));
    QCOMPARE(repo.count(CaseFilter()), 1);
    QCOMPARE(entries(HistoryRepository(repo.database()).history(c.uuid), QStringLiteral("cases"),
                     QStringLiteral("create"))
                 .size(),
             1);

    Case edited = *repo.load(c.id);
    edited.description = QStringLiteral("Diubah");
    QVERIFY2(repo.save(edited, &error), qPrintable(error));
    QCOMPARE(entries(HistoryRepository(repo.database()).history(c.uuid), QStringLiteral("cases"),
                     QStringLiteral("update"))
                 .size(),
             1);
}

QTEST_GUILESS_MAIN(TestChangeLog)
void TestChangeLog::changesWrittenAsQtWritesThem()
{
    // An entry's changes are written directly, not through QJsonObject: the text is the one
    // QJsonDocument writes (each field that changed as [old, new], in the fields' order), so that
    // the history reads it and entries from before and after compare alike.
    const QString hard = QStringLiteral("Kab. \"Sukoharjo\"\\ Jl. Slamet Riyadi\t#5\nRT 01/02 "
                                        "\u00e9\u4e2d\U0001F600 \x01\x1f");
    const QVariantMap before{
        {QStringLiteral("address"), hard},
        {QStringLiteral("age"), 41},
        {QStringLiteral("amount"), 1500000.5},
        {QStringLiteral("confidential"), false},
        {QStringLiteral("gone"), QStringLiteral("was here")},
        {QStringLiteral("gone_null"), QVariant()},
        {QStringLiteral("kept"), QStringLiteral("same")},
        {QStringLiteral("note"), QString()},
        {QStringLiteral("position"), qint64(3)},
    };
    const QVariantMap after{
        {QStringLiteral("address"), hard + QStringLiteral(" (baru)")},
        {QStringLiteral("age"), 42},
        {QStringLiteral("amount"), 2.0},
        {QStringLiteral("confidential"), true},
        {QStringLiteral("kept"), QStringLiteral("same")},
        {QStringLiteral("new_empty"), QStringLiteral("")},
        {QStringLiteral("new_null"), QVariant(QMetaType(QMetaType::LongLong))},
        {QStringLiteral("note"), QStringLiteral("")},
        {QStringLiteral("position"), qint64(-7)},
        {QStringLiteral("received"), QDate(2024, 10, 7)}, // a type written through Qt
        {QStringLiteral("zeta"), QStringLiteral("0,5")},
    };
    // What the log wrote before, through QJsonObject.
    auto qt = [](const QVariantMap &b, const QVariantMap &a) {
        auto json = [](const QVariant &v) {
            return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
        };
        QJsonObject o;
        for (auto it = a.begin(); it != a.end(); ++it) {
            const QVariant old = b.value(it.key());
            if ((old.toString().isEmpty() && it->toString().isEmpty()) ||
                RecordWriter::same(old, *it))
                continue;
            o.insert(it.key(), QJsonArray{json(old), json(*it)});
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key()) && !it->isNull())
                o.insert(it.key(), QJsonArray{json(*it), QJsonValue()});
        }
        return o.isEmpty() ? QString()
                           : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QVariantMap plain = after;
    plain.remove(QStringLiteral("received"));
    for (const auto &[b, a] : {std::pair(before, plain), std::pair(before, after),
                               std::pair(QVariantMap(), plain), std::pair(plain, QVariantMap())}) {
        const QString text = RecordWriter::changesText(b, a);
        QCOMPARE(text, qt(b, a));
        QVERIFY(QJsonDocument::fromJson(text.toUtf8()).isObject());
    }
    const QJsonObject read =
        QJsonDocument::fromJson(RecordWriter::changesText(before, plain).toUtf8()).object();
    QCOMPARE(read.keys(), QStringList({QStringLiteral("address"), QStringLiteral("age"),
                                       QStringLiteral("amount"), QStringLiteral("confidential"),
                                       QStringLiteral("gone"), QStringLiteral("new_null"),
                                       QStringLiteral("position"), QStringLiteral("zeta")}));
    QCOMPARE(read.value(QStringLiteral("address")).toArray().at(0).toString(), hard);
    QCOMPARE(RecordWriter::changesText(plain, plain), QString());
}

#include "TestChangeLog.moc"
