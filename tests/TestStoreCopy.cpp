// Moving an office between a data file and an office server (netra-cli copy), and backups of a
// server store (backup, backups, restore), on a throwaway PostgreSQL cluster (PgServer): every
// record kept, table by table and row by row; check clean and the same figures on both ends;
// a target that is not empty refused and left as it was; a copy that fails leaves nothing.
#include "TestSupport.h"
#include "store/AttachmentRepository.h"
#include "store/CaseFilterSql.h"
#include "store/DraftRepository.h"
#include "store/HearingRepository.h"
#include "store/LetterBook.h"
#include "store/StoreCopy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

class TestStoreCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PgServer *m_server = nullptr;
    QString m_file;     // the demo office as a data file
    QString m_onServer; // the same copied onto the server
    QString m_back;     // and copied back into a file

    struct Run
    {
        int exit = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    static Run cli(const QStringList &args, const QString &workingFolder = QString())
    {
        QProcess p;
        if (!workingFolder.isEmpty())
            p.setWorkingDirectory(workingFolder);
        p.start(QStringLiteral(NETRA_CLI), args);
        p.waitForFinished(600000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // Every row of `table` in the store at `location`, each value as text (bytes in hex, NULL
    // marked), the rows sorted: the same in a file and on the server when the records are. But
    // a data file's stamp of its content for its backups (Database::writeStampKey): each file
    // written gets its own.
    static QList<QStringList> rows(const QString &location, const QString &table)
    {
        QString error;
        const auto db = Database::open(location, Database::Mode::ReadOnly, &error);
        if (!db) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        QList<QStringList> all;
        QSqlQuery q(db->sql());
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            qWarning("%s: %s", qPrintable(table), qPrintable(q.lastError().text()));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                if (v.isNull())
                    row << QStringLiteral("\x01NULL");
                else if (v.typeId() == QMetaType::QByteArray)
                    row << QString::fromLatin1(v.toByteArray().toHex());
                else
                    row << v.toString();
            }
            if (!(table == QLatin1String("settings") && row.contains(Database::writeStampKey())))
                all << row;
        }
        std::sort(all.begin(), all.end());
        return all;
    }

    // Every table of the store, row by row.
    static QHash<QString, QList<QStringList>> contents(const QString &location)
    {
        QHash<QString, QList<QStringList>> tables;
        for (const QString &table : StoreCopy::tables())
            tables.insert(table, rows(location, table));
        return tables;
    }

    static void compareContents(const QString &a, const QString &b)
    {
        for (const QString &table : StoreCopy::tables()) {
            const QList<QStringList> left = rows(a, table);
            const QList<QStringList> right = rows(b, table);
            QVERIFY2(!left.isEmpty(), qPrintable(table)); // every table holds records here
            QVERIFY2(left.size() == right.size(),
                     qPrintable(QStringLiteral("%1: %2 rows against %3")
                                    .arg(table)
                                    .arg(left.size())
                                    .arg(right.size())));
            for (int i = 0; i < left.size(); ++i)
                QVERIFY2(left.at(i) == right.at(i),
                         qPrintable(QStringLiteral("%1, row %2:\n%3\n%4")
                                        .arg(table)
                                        .arg(i)
                                        .arg(left.at(i).join(QLatin1Char('|')).left(400),
                                             right.at(i).join(QLatin1Char('|')).left(400))));
        }
    }

    // The tables of a server database, to see that nothing was written into it.
    QString serverTables(const QString &uri) const
    {
        QString out;
        m_server->psql(PgServer::databaseOf(uri),
                       QStringLiteral("SELECT count(*) || ' tables, ' || (SELECT count(*) FROM"
                                      " pg_extension) || ' extensions' FROM pg_tables WHERE"
                                      " schemaname = 'public'"),
                       &out);
        return out;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_server = PgServer::instance();
        if (!m_server)
            QSKIP("No PostgreSQL server could be started (scripts/setup.sh installs postgresql): "
                  "the copy between a data file and an office server is not tested here.");
        QVERIFY(m_dir.isValid());
        // A demo office (encrypted identities, hearings, letters, users of every role) with
        // evidence of every kind of byte, a draft and a record of a package.
        m_file = m_dir.filePath(QStringLiteral("kantor.netra"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--out"), m_file,
                           QStringLiteral("--cases"), QStringLiteral("150"),
                           QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--today"),
                           QStringLiteral("2024-12-31"), QStringLiteral("--quiet")});
        QVERIFY2(r.exit == 0, r.err.constData());
        QString error;
        auto db = Database::open(m_file, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        QByteArray bytes;
        for (int i = 0; i < 70000; ++i)
            bytes.append(char(i * 7 % 256));
        AttachmentRepository evidence(*db);
        QVERIFY2(evidence.addAttachment(1, QStringLiteral("tangkapan-layar.png"), bytes,
                                        QStringLiteral("image/png"), nullptr, &error),
                 qPrintable(error));
        QVERIFY2(evidence.addAttachment(2, QStringLiteral("kosong.txt"),
                                        QByteArray("\0\x01\xff", 3), QStringLiteral("text/plain"),
                                        nullptr, &error),
                 qPrintable(error));
        QVERIFY(DraftRepository(*db).saveDraft(QStringLiteral("case:new"),
                                               QStringLiteral("{\"reporter\": \"Ani\"}")));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state VALUES ('u-1', 'cases',"
                                      " '2024-12-01T00:00:00.000Z')")));
        // The letter book and an addendum to signed minutes.
        for (int i = 1; i <= 3; ++i) {
            Letter letter;
            letter.kind = QStringLiteral("invitation");
            letter.document = QStringLiteral("invitation:test-%1").arg(i);
            letter.caseId = i;
            letter.addressee = QStringLiteral("Kepala Dinas %1").arg(i);
            letter.subject = QStringLiteral("Undangan Klarifikasi");
            QVERIFY2(LetterBook(*db).issue(letter, QStringLiteral("3311"), &error),
                     qPrintable(error));
        }
        QVERIFY(q.exec(QStringLiteral(
            "SELECT id FROM hearing_attendees WHERE signed_at IS NOT NULL ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        const qint64 signedAttendee = q.value(0).toLongLong();
        q.finish();
        QVERIFY2(HearingRepository(*db).addAddendum(
                     signedAttendee, QStringLiteral("Ralat: tanggal lahir 12-03-1980."), &error),
                 qPrintable(error));
    }

    // A data file onto an empty server database and back into a new file: every table the same
    // row by row (attachment bytes, password hashes, sealed identities, the change log and its
    // hashes), check clean on every end, the same figures and search answers on all three.
    void fileToServerToFileKeepsEveryRecord()
    {
        m_onServer = m_server->newDatabase(QStringLiteral("copy"));
        Run r = cli({QStringLiteral("copy"), m_file, m_onServer});
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonObject copied = r.json().object();
        qInfo("copied: %s", QJsonDocument(copied.value(QStringLiteral("rows")).toObject())
                                .toJson(QJsonDocument::Compact)
                                .constData());
        QCOMPARE(
            copied.value(QStringLiteral("rows")).toObject().value(QStringLiteral("cases")).toInt(),
            150);
        QVERIFY(copied.value(QStringLiteral("attachment_bytes")).toInteger() >= 70003);
        QVERIFY2(
            !copied.value(QStringLiteral("target")).toString().contains(QLatin1String("password")),
            r.out.constData());

        m_back = m_dir.filePath(QStringLiteral("kembali.netra"));
        r = cli({QStringLiteral("copy"), m_onServer, m_back});
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY(!QFileInfo::exists(m_back + QStringLiteral("-wal")));

        compareContents(m_file, m_onServer);
        compareContents(m_file, m_back);
        // The evidence on the server is the evidence: its bytes match its SHA-256.
        {
            QString error;
            const auto db = Database::open(m_onServer, Database::Mode::ReadOnly, &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT sha256, data FROM attachments")));
            int n = 0;
            while (q.next() && ++n)
                QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(q.value(1).toByteArray(),
                                                                      QCryptographicHash::Sha256)
                                                 .toHex()),
                         q.value(0).toString());
            QVERIFY(n >= 2);
        }

        for (const QString &store : {m_file, m_onServer, m_back}) {
            r = cli({QStringLiteral("check"), store, QStringLiteral("--json")});
            QVERIFY2(r.exit == 0, (store + QLatin1Char('\n') + QString::fromUtf8(r.out + r.err))
                                      .toUtf8()
                                      .constData());
            const QJsonObject check = r.json().object();
            QVERIFY(check.value(QStringLiteral("change_log"))
                        .toObject()
                        .value(QStringLiteral("ok"))
                        .toBool());
            QVERIFY(check.value(QStringLiteral("change_log"))
                        .toObject()
                        .value(QStringLiteral("entries"))
                        .toInt() > 150);
        }
        const QList<QStringList> sameAnswers{
            {QStringLiteral("stats"), QStringLiteral("--json")},
            {QStringLiteral("cases"), QStringLiteral("--json"), QStringLiteral("--search"),
             QStringLiteral("dinas")},
            {QStringLiteral("letters"), QStringLiteral("--json")},
        };
        for (const QStringList &args : sameAnswers) {
            QList<QByteArray> answers;
            for (const QString &store : {m_file, m_onServer, m_back}) {
                QStringList line = args;
                line.insert(1, store);
                r = cli(line);
                QVERIFY2(r.exit == 0, r.err.constData());
                QVERIFY(!r.json().isEmpty());
                answers << r.json().toJson();
            }
            QVERIFY2(answers.at(0) == answers.at(1), qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(answers.at(0) == answers.at(2), qPrintable(args.join(QLatin1Char(' '))));
        }
    }

    // The ids copied are taken: what is written next on the server gets new ones, and the change
    // log goes on from its copied head.
    void serverGoesOnAfterTheCopy()
    {
        QVERIFY(!m_onServer.isEmpty());
        QString error;
        auto db = Database::open(m_onServer, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        User added;
        QVERIFY(TestSupport::addUser(*db, QStringLiteral("petugas_baru"), Role::Officer, &added));
        QVERIFY2(AttachmentRepository(*db).addAttachment(
                     3, QStringLiteral("baru.txt"), QByteArray("baru"),
                     QStringLiteral("text/plain"), nullptr, &error),
                 qPrintable(error));
        QVERIFY(added.id > 5);
        db.reset();
        const Run r = cli({QStringLiteral("check"), m_onServer, QStringLiteral("--json")});
        QVERIFY2(r.exit == 0, (r.out + r.err).constData());
    }

    // The register's search on the server (its count and a page in the register's order) reads
    // case_search through its GIN index only, as the data file reads its FTS5 index: merged
    // into the outer query, the planner walked the cases in order and tested each one's
    // document through case_search's key (thousands of rows read for a page at 100,000
    // cases). The search is the function netra_search (the same for a user kept to a scope,
    // who could not use the index under case_search's row rule): the register's queries call
    // it, and its own statement, with the words bound, reads the index. Sequential scans are
    // turned off so that even this small store shows which indexes the query can use. And the
    // copy left the planner its statistics.
    void serverSearchUsesItsIndex()
    {
        QVERIFY(!m_onServer.isEmpty());
        QString stale;
        QVERIFY(
            m_server->psql(PgServer::databaseOf(m_onServer),
                           QStringLiteral("SELECT string_agg(relname, ' ') FROM"
                                          " pg_stat_user_tables WHERE last_analyze IS NULL"
                                          " AND relname IN ('cases', 'parties', 'case_search')"),
                           &stale));
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("not analyzed: ") + stale));

        QString error;
        auto db = Database::open(m_onServer, Database::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
        QVERIFY(
            q.exec(QStringLiteral("SELECT prosrc FROM pg_proc WHERE proname = 'netra_search'")));
        QVERIFY(q.next());
        const QString search = q.value(0).toString();
        const auto planOf = [&q](const QString &sql) {
            QStringList plan;
            if (q.exec(QStringLiteral("EXPLAIN ") + sql)) {
                while (q.next())
                    plan << q.value(0).toString();
            }
            return plan.join(QLatin1Char('\n'));
        };
        for (const QString &typed : {QStringLiteral("dinas"), QStringLiteral("19860"),
                                     QStringLiteral("dinas pendidikan")}) {
            CaseFilter filter;
            filter.text = typed;
            QVariantList values;
            const QString where = caseWhere(*db, filter, &values);
            QCOMPARE(values.size(), 1);
            const QString words = QLatin1Char('\'') + values.first().toString() + QLatin1Char('\'');
            QString bound = where;
            bound.replace(QLatin1Char('?'), words);
            for (const QString &sql :
                 {QStringLiteral("SELECT count(*) FROM cases c") + bound,
                  QStringLiteral("SELECT c.id FROM cases c") + bound +
                      QStringLiteral(" ORDER BY c.received_date DESC, c.id DESC LIMIT 200")}) {
                const QString text = planOf(sql);
                QVERIFY2(text.contains(QLatin1String("Function Scan on netra_search")),
                         qPrintable(sql + QLatin1Char('\n') + text));
            }
            const QString body = QString(search).replace(QLatin1String("words"), words);
            const QString text = planOf(body);
            QVERIFY2(text.contains(QLatin1String("Bitmap Index Scan on case_search_document")),
                     qPrintable(body + QLatin1Char('\n') + text));
            QVERIFY2(!text.contains(QLatin1String("case_search_pkey")) &&
                         !text.contains(QLatin1String("Seq Scan on case_search")),
                     qPrintable(body + QLatin1Char('\n') + text));
        }
    }

    // A target that is not empty is refused before anyone signs in and left as it was: a server
    // database holding a Netra store or tables of its own, a file that exists. A source that
    // does not open is refused and the empty target stays empty.
    void copyRefusesATargetThatIsNotEmpty()
    {
        QVERIFY(!m_onServer.isEmpty());
        const QHash<QString, QList<QStringList>> before = contents(m_onServer);
        Run r = cli({QStringLiteral("copy"), m_back, m_onServer});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("empty database"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(contents(m_onServer), before);

        const QString foreign = m_server->newDatabase(QStringLiteral("lain"));
        QVERIFY(m_server->psql(PgServer::databaseOf(foreign),
                               QStringLiteral("CREATE TABLE catatan (isi text)")));
        const QString foreignBefore = serverTables(foreign);
        r = cli({QStringLiteral("copy"), m_file, foreign});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("not Netra's"), r.err.constData());
        QCOMPARE(serverTables(foreign), foreignBefore);

        const QByteArray fileBefore = fileBytes(m_back);
        r = cli({QStringLiteral("copy"), m_onServer, m_back});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("exists already"), r.err.constData());
        QCOMPARE(fileBytes(m_back), fileBefore);

        const QString empty = m_server->newDatabase(QStringLiteral("kosong"));
        const QString emptyBefore = serverTables(empty);
        r = cli({QStringLiteral("copy"), m_dir.filePath(QStringLiteral("tidak-ada.netra")), empty});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
        QCOMPARE(serverTables(empty), emptyBefore);
        QVERIFY(emptyBefore.startsWith(QLatin1String("0 tables")));

        // In Indonesian by default.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NETRA_LANG"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NETRA_CLI), {QStringLiteral("copy"), m_onServer, m_back});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString said = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(said.contains(QLatin1String("sudah ada")), qPrintable(said));
    }

    // A copy that fails half-way (a value the server cannot take) leaves the server database as
    // it was, without Netra's schema or its extensions, and a file copy leaves no file behind.
    void aFailedCopyLeavesNothing()
    {
        const QString broken = m_dir.filePath(QStringLiteral("rusak.netra"));
        QVERIFY(QFile::copy(m_file, broken));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(broken);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE cases SET reporter_confidential = 'bukan angka' WHERE id = 140")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QString empty = m_server->newDatabase(QStringLiteral("gagal"));
        const QString before = serverTables(empty);
        Run r = cli({QStringLiteral("copy"), broken, empty});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("could not be copied"), r.err.constData());
        QCOMPARE(serverTables(empty), before);
        QVERIFY(before.startsWith(QLatin1String("0 tables")));
        // Nothing was left there: the same copy of a sound file goes in afterwards.
        r = cli({QStringLiteral("copy"), m_file, empty});
        QVERIFY2(r.exit == 0, r.err.constData());

        // A server store with such a value cannot exist; into a file, a folder that cannot be
        // written: nothing is left behind.
        const QString folder = m_dir.filePath(QStringLiteral("tidak-ada"));
        r = cli({QStringLiteral("copy"), m_onServer, folder + QStringLiteral("/salinan.netra")});
        QCOMPARE(r.exit, 1);
        QVERIFY(!QFileInfo::exists(folder));
        const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : left)
            QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
    }

    // netra-cli backup on a server store writes a data file from one snapshot, under the backup
    // names, listed by backups; it opens as a file with the same figures and checks clean.
    // restore puts it into an empty database and refuses one that is not empty.
    void backupAndRestoreOfAServerStore()
    {
        QVERIFY(!m_onServer.isEmpty());
        const QString folder = m_dir.filePath(QStringLiteral("cadangan"));
        Run r = cli({QStringLiteral("backup"), m_onServer, QStringLiteral("--to"), folder});
        QVERIFY2(r.exit == 0, r.err.constData());
        const QString backup = r.json().object().value(QStringLiteral("backup")).toString();
        const QString database = PgServer::databaseOf(m_onServer);
        QVERIFY2(QFileInfo(backup).fileName().startsWith(database + QLatin1Char('-')),
                 qPrintable(backup));
        QVERIFY(QFileInfo(backup).absolutePath() == QDir(folder).absolutePath());
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral("-wal")));

        // By default beside where it is run: DATABASE-backups.
        r = cli({QStringLiteral("backup"), m_onServer}, m_dir.path());
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY2(r.json()
                     .object()
                     .value(QStringLiteral("backup"))
                     .toString()
                     .startsWith(m_dir.filePath(database + QStringLiteral("-backups/"))),
                 r.out.constData());

        r = cli({QStringLiteral("backups"), m_onServer, QStringLiteral("--in"), folder});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().at(0).toObject().value(QStringLiteral("path")).toString(),
                 backup);

        const Run onServer = cli({QStringLiteral("stats"), m_onServer, QStringLiteral("--json")});
        const Run inBackup = cli({QStringLiteral("stats"), backup, QStringLiteral("--json")});
        QVERIFY2(onServer.exit == 0 && inBackup.exit == 0,
                 (onServer.err + inBackup.err).constData());
        QCOMPARE(inBackup.json(), onServer.json());
        compareContents(m_onServer, backup);
        r = cli({QStringLiteral("check"), backup});
        QVERIFY2(r.exit == 0, (r.out + r.err).constData());

        // Into a database that is not empty: refused, nothing changed.
        const QHash<QString, QList<QStringList>> before = contents(m_onServer);
        r = cli({QStringLiteral("restore"), m_onServer, backup});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("empty database"), r.err.constData());
        QCOMPARE(contents(m_onServer), before);

        const QString fresh = m_server->newDatabase(QStringLiteral("pulih"));
        r = cli({QStringLiteral("restore"), fresh, backup});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("cases")).toInt(), 150);
        compareContents(backup, fresh);
        r = cli({QStringLiteral("check"), fresh});
        QVERIFY2(r.exit == 0, (r.out + r.err).constData());

        // Into a database the server does not have yet: made for it, as init does.
        const QString missing = m_server->uri(QStringLiteral("belum_ada"));
        r = cli({QStringLiteral("restore"), missing, backup});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("cases")).toInt(), 150);
        compareContents(backup, missing);
        r = cli({QStringLiteral("check"), missing});
        QVERIFY2(r.exit == 0, (r.out + r.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "TestStoreCopy.moc"
