// Confidential identities encrypted at rest (README "How identities are protected"): the raw
// bytes of a data file and its journal hold no confidential reporter, a coordinator signed in
// reveals them as before, an officer seals what they cannot read back; a file of an earlier
// version is converted at a coordinator's sign-in (and survives SIGKILL at any moment); grants,
// the recovery key, drafts, backups and packages.
#include "TestSupport.h"
#include "Translator.h"
#include "crypto/IdentityVault.h"
#include "domain/CaseJson.h"
#include "domain/Identity.h"
#include "exchange/Package.h"
#include "store/Backup.h"
#include "store/ChangeLogChain.h"
#include "store/DraftRepository.h"
#include "store/FileCheck.h"
#include "store/HearingRepository.h"
#include "store/HistoryRepository.h"
#include "store/KeyStore.h"
#include "store/PackageStore.h"
#include "store/TrailCheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

using namespace TestSupport;

namespace {

const QDate Today(2024, 12, 31);

bool makeDemo(const QString &path, int cases, bool encrypt, QString *recoveryKey = nullptr)
{
    auto db = openNew(path, Today);
    if (!db)
        return false;
    DemoGenerator::Options o;
    o.cases = cases;
    o.seed = 7;
    o.today = Today;
    o.encryptIdentities = encrypt;
    DemoGenerator g(*db, o);
    QString error;
    if (!g.run(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (recoveryKey)
        *recoveryKey = g.recoveryKey();
    return true;
}

std::unique_ptr<Database> signedIn(const QString &path, const QString &login,
                                   Database::Mode mode = Database::Mode::OpenExisting)
{
    QString error;
    auto db = Database::open(path, mode, &error);
    if (!db || !UserRepository(*db).login(login, QLatin1String(Password), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    db->setToday(Today);
    return db;
}

// The bytes of a data file and of its journal as they are on the disk now.
QByteArray bytesOf(const QString &path)
{
    QByteArray all;
    for (const QString &p : {path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// The confidential identities of a file in clear (made without encryption), as the raw SQL
// gives them: reporters' names, addresses and contacts, and the reporter heard (name, address,
// birth place), and a lead's confidential informant (name, contact), leaving out values a
// person who is not confidential also bears.
QStringList clearSecrets(const QString &path)
{
    QString error;
    auto db = Database::open(path, Database::Mode::ReadOnly, &error);
    QSet<QString> secret, open;
    QSqlQuery q(db->sql());
    q.exec(QStringLiteral("SELECT reporter_name, reporter_address, reporter_contact,"
                          " reporter_confidential FROM cases"));
    while (q.next()) {
        for (int i = 0; i < 3; ++i)
            (q.value(3).toInt() ? secret : open).insert(q.value(i).toString());
    }
    q.exec(QStringLiteral("SELECT a.name, a.address, a.birth_place, a.role = 'pelapor' AND"
                          " c.reporter_confidential FROM hearing_attendees a JOIN hearings h ON"
                          " h.id = a.hearing_id JOIN cases c ON c.id = h.case_id"));
    while (q.next()) {
        for (int i = 0; i < 3; ++i)
            (q.value(3).toInt() ? secret : open).insert(q.value(i).toString());
    }
    // A supervision lead's confidential informant.
    q.exec(QStringLiteral("SELECT informant_name, informant_contact, '', informant_confidential"
                          " FROM leads"));
    while (q.next()) {
        for (int i = 0; i < 2; ++i)
            (q.value(3).toInt() ? secret : open).insert(q.value(i).toString());
    }
    // Text that is no identity and may name the same person (an examiner, a PPK, a user).
    for (const char *sql :
         {"SELECT name, address, contact FROM parties", "SELECT examiners, place, '' FROM hearings",
          "SELECT ppk_name, ppk_office, '' FROM followups",
          "SELECT full_name, login, '' FROM users",
          "SELECT question, answer, '' FROM minutes_entries",
          "SELECT description, event_place, decision_reason FROM cases"}) {
        q.exec(QLatin1String(sql));
        while (q.next()) {
            for (int i = 0; i < 3; ++i)
                open.insert(q.value(i).toString());
        }
    }
    const QString others = QStringList(open.values()).join(QLatin1Char('\n'));
    QStringList names;
    for (const QString &s : std::as_const(secret)) {
        if (s.size() >= 6 && !others.contains(s))
            names << s;
    }
    return names;
}

QStringList found(const QByteArray &bytes, const QStringList &secrets)
{
    QStringList hits;
    for (const QString &s : secrets) {
        if (bytes.contains(s.toUtf8()))
            hits << s;
    }
    return hits;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

struct Run
{
    int exit = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args, const QString &login = QStringLiteral("koordinator"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETRA_USER"), login);
    env.insert(QStringLiteral("NETRA_PASSWORD"), QLatin1String(Password));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NETRA_CLI), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestEncryption : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clear, m_encrypted, m_recoveryKey;
    QStringList m_secrets;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        Translator::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        // The same seed with and without encryption: the same identities, one file in clear to
        // know them by.
        m_clear = path(QStringLiteral("clear.netra"));
        m_encrypted = path(QStringLiteral("encrypted.netra"));
        QVERIFY(makeDemo(m_clear, 300, false));
        QVERIFY(makeDemo(m_encrypted, 300, true, &m_recoveryKey));
        m_secrets = clearSecrets(m_clear);
        qInfo("%d confidential values to look for", int(m_secrets.size()));
        QVERIFY(m_secrets.size() > 50);
        // The file in clear does hold them, so the search below can find them.
        QCOMPARE(found(bytesOf(m_clear), m_secrets).size(), m_secrets.size());
        QVERIFY(!m_recoveryKey.isEmpty());
    }

    void vault()
    {
        using namespace IdentityVault;
        const KeyPair a = newKeyPair(), b = newKeyPair();
        const QString sealed = seal(QStringLiteral("Budi Santoso"), a.publicKey);
        QVERIFY(isSealed(sealed));
        QVERIFY(!sealed.contains(QLatin1String("Budi")));
        QCOMPARE(open(sealed, a.publicKey, a.secretKey).value_or(QString()),
                 QStringLiteral("Budi Santoso"));
        QVERIFY(!open(sealed, b.publicKey, b.secretKey));
        // Sealed boxes are new each time: "did it change" compares clear text.
        QVERIFY(seal(QStringLiteral("x"), a.publicKey) != seal(QStringLiteral("x"), a.publicKey));

        const SecretBytes key = SecretBytes::random(32);
        const QString text = formatRecoveryKey(key);
        QVERIFY(text.contains(QLatin1Char('-')));
        const auto parsed =
            parseRecoveryKey(text.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QVERIFY(parsed);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(parsed->data()), 32),
                 QByteArray(reinterpret_cast<const char *>(key.data()), 32));
        QVERIFY(!parseRecoveryKey(text.left(text.size() - 5)));

        const QByteArray wrapped = wrapWithPassword(a.secretKey, QStringLiteral("rahasia123"));
        QElapsedTimer timer;
        timer.start();
        const auto unwrapped = unwrapWithPassword(wrapped, QStringLiteral("rahasia123"));
        qInfo("unwrapping a user's key (Argon2id, interactive limits): %lld ms", timer.elapsed());
        QVERIFY(unwrapped);
        QCOMPARE(publicKeyOf(*unwrapped), a.publicKey);
        QVERIFY(!unwrapWithPassword(wrapped, QStringLiteral("rahasia124")));
    }

    void demoHoldsNoClearIdentity()
    {
        // While open (the journal holds the last writes) and after.
        {
            auto db = signedIn(m_encrypted, QStringLiteral("pemantau"));
            QVERIFY(db);
            const QStringList hits = found(bytesOf(m_encrypted), m_secrets);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
        }
        const QStringList hits = found(bytesOf(m_encrypted), m_secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
        QCOMPARE(cli({QStringLiteral("check"), m_encrypted}).exit, 0);
    }

    void coordinatorReveals()
    {
        QString error;
        auto clear = Database::open(m_clear, Database::Mode::ReadOnly, &error);
        auto db = signedIn(m_encrypted, QStringLiteral("koordinator"));
        QVERIFY(clear && db);
        QVERIFY(KeyStore(*db).canReveal());
        int compared = 0, heard = 0;
        CaseRepository clearRepo(*clear), repo(*db);
        clearRepo.forEach(CaseFilter(), [&](const Case &c) {
            if (!c.reporterConfidential)
                return true;
            const std::optional<Case> shown = repo.findByNumber(c.receiptNumber);
            if (!shown)
                return true;
            const auto revealed = repo.revealReporter(shown->id, QStringLiteral("test"), &error);
            if (!revealed)
                return false;
            if (revealed->reporterName != c.reporterName ||
                revealed->reporterContact != c.reporterContact)
                return false;
            const auto hearings = HearingRepository(*db).revealedHearings(shown->id, &error);
            const QList<Hearing> clearHearings = HearingRepository(*clear).hearings(c.id);
            if (!hearings || hearings->size() != clearHearings.size())
                return false;
            for (int i = 0; i < hearings->size(); ++i) {
                for (int j = 0; j < hearings->at(i).attendees.size(); ++j) {
                    const Attendee &a = hearings->at(i).attendees.at(j);
                    const Attendee &b = clearHearings.at(i).attendees.at(j);
                    if (a.name != b.name || a.birthDate != b.birthDate || a.signedBy != b.signedBy)
                        return false;
                    heard += Identity::isReporter(a);
                }
            }
            return ++compared < 25;
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(compared, 25);
        QVERIFY(heard > 0);
        // Others see it withheld, as before.
        auto viewer = signedIn(m_encrypted, QStringLiteral("pemantau"));
        int withheld = 0;
        CaseRepository(*viewer).forEach(CaseFilter(), [&](const Case &c) {
            if (c.reporterConfidential) {
                const auto shown = CaseRepository(*viewer).load(c.id);
                withheld += shown->reporterHidden && shown->reporterName.isEmpty();
            }
            return true;
        });
        QVERIFY(withheld > 20);
    }

    void officerSealsWhatTheyCannotRead()
    {
        const QString secret = QStringLiteral("Wahyu Rahasiaputra");
        qint64 id = 0;
        {
            auto officer = signedIn(m_encrypted, QStringLiteral("petugas"));
            QVERIFY(officer);
            QVERIFY(!KeyStore(*officer).canReveal());
            Case c = sampleCase(QDate(2024, 12, 20));
            c.reporterName = secret;
            c.reporterContact = QStringLiteral("081299887766");
            c.reporterConfidential = true;
            QString error;
            CaseRepository repo(*officer);
            QVERIFY2(repo.create(c, &error), qPrintable(error));
            id = c.id;
            const auto back = repo.load(id);
            QVERIFY(back->reporterHidden);
            QVERIFY(back->reporterName.isEmpty());
            QVERIFY(!repo.revealReporter(id, QStringLiteral("test"), &error));
            // Saving it again changes nothing: no spurious entry.
            const int entries = count(*officer, QStringLiteral("SELECT count(*) FROM change_log"));
            QVERIFY2(repo.save(*back, &error), qPrintable(error));
            QCOMPARE(count(*officer, QStringLiteral("SELECT count(*) FROM change_log")), entries);
        }
        QVERIFY(!bytesOf(m_encrypted).contains(secret.toUtf8()));
        auto coordinator = signedIn(m_encrypted, QStringLiteral("koordinator"));
        QString error;
        CaseRepository repo(*coordinator);
        const auto revealed = repo.revealReporter(id, QStringLiteral("test"), &error);
        QVERIFY2(revealed, qPrintable(error));
        QCOMPARE(revealed->reporterName, secret);
        // The coordinator saves the case as revealed, unchanged: the stored text stays.
        const int entries = count(*coordinator, QStringLiteral("SELECT count(*) FROM change_log"));
        QVERIFY2(repo.save(*revealed, &error), qPrintable(error));
        QCOMPARE(count(*coordinator, QStringLiteral("SELECT count(*) FROM change_log")), entries);
        QVERIFY(FileCheck::run(*coordinator).ok());
    }

    void drafts()
    {
        const QString secret = QStringLiteral("Sutrisno Drafrahasia");
        {
            auto officer = signedIn(m_encrypted, QStringLiteral("petugas"));
            Case c = sampleCase();
            c.reporterName = secret;
            c.reporterConfidential = true;
            QVERIFY(DraftRepository(*officer).saveDraft(
                QStringLiteral("case:new:draft-test"),
                QString::fromUtf8(QJsonDocument(CaseJson::toJson(c)).toJson())));
        }
        QVERIFY(!bytesOf(m_encrypted).contains(secret.toUtf8()));
        auto draftName = [&](const QString &login) {
            auto db = signedIn(m_encrypted, login);
            const QJsonObject o =
                QJsonDocument::fromJson(
                    DraftRepository(*db).draft(QStringLiteral("case:new:draft-test")).toUtf8())
                    .object();
            return o.value(QStringLiteral("reporter_name")).toString();
        };
        QCOMPARE(draftName(QStringLiteral("petugas")), secret);
        QVERIFY(draftName(QStringLiteral("pemantau")) != secret);
        QVERIFY(draftName(QStringLiteral("koordinator")) != secret);
    }

    void grants()
    {
        const QString file = path(QStringLiteral("grants.netra"));
        QVERIFY(QFile::copy(m_encrypted, file));
        {
            auto admin = signedIn(file, QStringLiteral("admin"));
            QVERIFY(addUser(*admin, QStringLiteral("koor2"), Role::Coordinator));
            QCOMPARE(KeyStore(*admin).pendingGrants(), QStringList{QStringLiteral("koor2")});
        }
        QString error;
        {
            auto k2 = signedIn(file, QStringLiteral("koor2"));
            QVERIFY(!KeyStore(*k2).canReveal());
            QVERIFY(!CaseRepository(*k2).revealReporter(1, QStringLiteral("t"), &error) ||
                    !CaseRepository(*k2).load(1)->reporterConfidential);
        }
        // Fulfilled when a coordinator who holds the key signs in; logged.
        {
            auto k = signedIn(file, QStringLiteral("koordinator"));
            QVERIFY(KeyStore(*k).pendingGrants().isEmpty());
            QCOMPARE(count(*k, QStringLiteral("SELECT count(*) FROM change_log WHERE"
                                              " record_table = 'key_grants' AND action = 'grant'")),
                     2);
        }
        {
            auto k2 = signedIn(file, QStringLiteral("koor2"));
            QVERIFY(KeyStore(*k2).canReveal());
        }
        // Demoted: the grant goes.
        auto admin = signedIn(file, QStringLiteral("admin"));
        for (const char *login : {"koor2", "koordinator"}) {
            User u = *UserRepository(*admin).find(QLatin1String(login));
            u.role = Role::Officer;
            QVERIFY2(UserRepository(*admin).update(u, &error), qPrintable(error));
        }
        QCOMPARE(count(*admin, QStringLiteral("SELECT count(*) FROM key_grants")), 0);
        {
            auto k2 = signedIn(file, QStringLiteral("koor2"));
            QVERIFY(!KeyStore(*k2).canReveal());
        }
        // No coordinator left who holds the key: the recovery key gives it. A wrong one is
        // refused and nothing changes.
        User k3;
        QVERIFY(addUser(*admin, QStringLiteral("koor3"), Role::Coordinator, &k3));
        const int entries = count(*admin, QStringLiteral("SELECT count(*) FROM change_log"));
        QString wrong = m_recoveryKey;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!KeyStore(*admin).grantWithRecoveryKey(QStringLiteral("koor3"), wrong, &error));
        QVERIFY2(error.contains(QLatin1String("not the recovery key")), qPrintable(error));
        QCOMPARE(count(*admin, QStringLiteral("SELECT count(*) FROM change_log")), entries);
        QCOMPARE(count(*admin, QStringLiteral("SELECT count(*) FROM key_grants")), 0);
        QVERIFY(!KeyStore(*admin).canReveal());
        // Through netra-cli, from a file holding the key.
        const QString keyFile = path(QStringLiteral("recovery.txt"));
        QFile f(keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_recoveryKey.toUtf8() + "\n");
        f.close();
        admin.reset();
        const Run r = cli({QStringLiteral("keys"), file, QStringLiteral("--grant"),
                           QStringLiteral("koor3"), QStringLiteral("--recovery-key-file"), keyFile},
                          QStringLiteral("admin"));
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("granted"))
                     .toArray()
                     .size(),
                 1);
        auto k3db = signedIn(file, QStringLiteral("koor3"));
        QVERIFY(KeyStore(*k3db).canReveal());
        QVERIFY(FileCheck::run(*k3db).ok());
    }

    void conversion()
    {
        // A file of before: identities in clear in cases, persons heard, the change log and a
        // draft; its users without key pairs, as a file of data version 7 brought up to 8.
        const QString file = path(QStringLiteral("old.netra"));
        QVERIFY(QFile::copy(m_clear, file));
        const QString draftSecret = QStringLiteral("Paimin Konversirahasia");
        {
            QString error;
            auto db = Database::open(file, Database::Mode::OpenExisting, &error);
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM user_keys")));
            QVERIFY(UserRepository(*db).login(QStringLiteral("petugas"), QLatin1String(Password),
                                              &error));
            Case c = sampleCase();
            c.reporterName = draftSecret;
            c.reporterConfidential = true;
            QVERIFY(DraftRepository(*db).saveDraft(
                QStringLiteral("case:new:old"),
                QString::fromUtf8(QJsonDocument(CaseJson::toJson(c)).toJson())));
        }
        QVERIFY(bytesOf(file).contains(draftSecret.toUtf8()));
        const QString before = path(QStringLiteral("old-before.netra"));
        QVERIFY(QFile::copy(file, before));
        // check says so until converted.
        const Run checked = cli({QStringLiteral("check"), file});
        QCOMPARE(checked.exit, 0);
        QVERIFY(checked.err.contains("not yet encrypted"));

        int entriesBefore = 0;
        QString recovery, error;
        {
            auto db = signedIn(file, QStringLiteral("koordinator"));
            QVERIFY(KeyStore(*db).hasUserKeys(db->user()->id)); // made at sign-in
            entriesBefore = count(*db, QStringLiteral("SELECT count(*) FROM change_log"));
            QVERIFY2(KeyStore(*db).convert(&recovery, &error), qPrintable(error));
            QVERIFY(KeyStore(*db).canReveal());
            const QStringList hits = found(bytesOf(file), m_secrets);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
            QVERIFY(!bytesOf(file).contains(draftSecret.toUtf8()));
            const FileCheck::Result r = FileCheck::run(*db);
            QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
            // History intact: every entry still there, plus the conversion and the grant.
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM change_log")),
                     entriesBefore + 2);
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM change_log WHERE"
                                               " record_table = 'identities'")),
                     1);
            // A case's history still reads, withheld.
            const auto c = CaseRepository(*db).load(1);
            QVERIFY(!HistoryRepository(*db).history(c->uuid).isEmpty());
            // The backup of before: history explained, not tampering.
            auto old = Database::open(before, Database::Mode::ReadOnly, &error);
            const TrailCheck::Lineage l = TrailCheck::compare(*db, TrailCheck::head(*old),
                                                              old.get(), QStringLiteral("backup"));
            QVERIFY2(l.ok, qPrintable(l.message()));
            QVERIFY(l.resealed);
            // A package of before carries only its head: it says it cannot compare.
            const TrailCheck::Lineage p =
                TrailCheck::compare(*db, ChangeLogChain::Head{5, 0, QStringLiteral("x")}, nullptr,
                                    QStringLiteral("package"));
            QVERIFY(!p.ok);
            QVERIFY(p.unverifiable);
        }
        QVERIFY(cli({QStringLiteral("check"), file, QStringLiteral("--against"), before}).exit ==
                0);
        // The recovery key opens the file's key.
        {
            auto admin = signedIn(file, QStringLiteral("admin"));
            QVERIFY(addUser(*admin, QStringLiteral("koor9"), Role::Coordinator));
            QVERIFY2(
                KeyStore(*admin).grantWithRecoveryKey(QStringLiteral("koor9"), recovery, &error),
                qPrintable(error));
        }
        auto k9 = signedIn(file, QStringLiteral("koor9"));
        QVERIFY(KeyStore(*k9).canReveal());
    }

    void killDuringConversion()
    {
        // netra-cli keys --convert killed with SIGKILL at moments spread over its run: each time
        // the file checks clean and is either as before (in clear) or converted (no clear
        // identity).
        const QString original = path(QStringLiteral("kill-original.netra"));
        QVERIFY(makeDemo(original, 300, false));
        QElapsedTimer timer;
        timer.start();
        const QString probe = path(QStringLiteral("kill-probe.netra"));
        QVERIFY(QFile::copy(original, probe));
        QCOMPARE(cli({QStringLiteral("keys"), probe, QStringLiteral("--convert")}).exit, 0);
        const qint64 full = timer.elapsed();
        qInfo("netra-cli keys --convert on 300 cases: %lld ms", full);
        const QStringList secrets = clearSecrets(original);
        int old = 0, converted = 0;
        for (int i = 0; i < 10; ++i) {
            const QString file = path(QStringLiteral("kill-%1.netra").arg(i));
            QVERIFY(QFile::copy(original, file));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("NETRA_USER"), QStringLiteral("koordinator"));
            env.insert(QStringLiteral("NETRA_PASSWORD"), QLatin1String(Password));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(NETRA_CLI),
                    {QStringLiteral("keys"), file, QStringLiteral("--convert")});
            QVERIFY(p.waitForStarted());
            // From early in the run (signing in) to past its end (wiping), evenly.
            QThread::msleep(quint64(full * i / 6));
            p.kill();
            p.waitForFinished();
            QString error;
            auto db = Database::open(file, Database::Mode::ReadOnly, &error);
            QVERIFY2(db, qPrintable(error));
            const FileCheck::Result r = FileCheck::run(*db);
            QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
            if (KeyStore(*db).hasFileKeys()) {
                ++converted;
                QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM cases WHERE"
                                                   " reporter_confidential AND reporter_name"
                                                   " NOT LIKE 'enc1:%'")),
                         0);
            } else {
                ++old;
                QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM cases WHERE"
                                                  " reporter_confidential AND reporter_name"
                                                  " NOT LIKE 'enc1:%'")) > 0);
            }
            db.reset();
            // A conversion cut short after its commit finishes wiping at the next sign-in.
            if (KeyStore(*Database::open(file, Database::Mode::ReadOnly, &error)).hasFileKeys()) {
                auto k = signedIn(file, QStringLiteral("koordinator"));
                k.reset();
                const QStringList hits = found(bytesOf(file), secrets);
                QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
            }
        }
        qInfo("%d left as before, %d converted", old, converted);
        QVERIFY(old > 0);
        QVERIFY(converted > 0);
    }

    void backupsAndPackages()
    {
        QString error;
        // A backup is a copy: sealed text only.
        Backup::Result made;
        QVERIFY2(Backup::make(m_encrypted, path(QStringLiteral("backups")), 3, &made, &error),
                 qPrintable(error));
        QVERIFY(found(bytesOf(made.path), m_secrets).isEmpty());

        auto officer = signedIn(m_encrypted, QStringLiteral("petugas"));
        Package::Content without;
        QVERIFY2(PackageStore(*officer).collect(CaseFilter(), false, false, &without, &error),
                 qPrintable(error));
        const QByteArray withoutBytes = Package::write(without);
        QVERIFY(found(withoutBytes, m_secrets).isEmpty());
        QVERIFY(!withoutBytes.contains("enc1:"));
        QVERIFY(!PackageStore(*officer).collect(CaseFilter(), false, true, &without, &error));

        // A coordinator's package with identities carries them in clear, and the file that
        // imports it seals them with its own key.
        auto coordinator = signedIn(m_encrypted, QStringLiteral("koordinator"));
        Package::Content with;
        QVERIFY2(PackageStore(*coordinator).collect(CaseFilter(), false, true, &with, &error),
                 qPrintable(error));
        const QByteArray withBytes = Package::write(with);
        QVERIFY(!withBytes.contains("enc1:"));
        QVERIFY(found(withBytes, m_secrets).size() > m_secrets.size() / 2);

        const QString target = path(QStringLiteral("target.netra"));
        QVERIFY(makeDemo(target, 0, true));
        Package::Content read;
        QVERIFY2(Package::read(withBytes, &read, &error), qPrintable(error));
        {
            auto db = signedIn(target, QStringLiteral("koordinator"));
            ImportPlan plan;
            QVERIFY2(PackageStore(*db).apply(read, Settlement::TakeTheirs, {}, &plan, &error),
                     qPrintable(error));
            QVERIFY(FileCheck::run(*db).ok());
            const QStringList hits = found(bytesOf(target), m_secrets);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
            // Its coordinator reveals them; importing again changes nothing.
            int compared = 0;
            CaseRepository repo(*db);
            CaseRepository(*coordinator).forEach(CaseFilter(), [&](const Case &c) {
                if (!c.reporterConfidential || compared >= 5)
                    return true;
                const auto there = repo.findByNumber(c.receiptNumber);
                const auto revealed = repo.revealReporter(there->id, QStringLiteral("t"), &error);
                Case mine = c;
                KeyStore(*coordinator).reveal(mine, &error);
                compared += revealed && revealed->reporterName == mine.reporterName;
                return true;
            });
            QCOMPARE(compared, 5);
            const int entries = count(*db, QStringLiteral("SELECT count(*) FROM change_log"));
            QVERIFY2(PackageStore(*db).apply(read, Settlement::TakeTheirs, {}, &plan, &error),
                     qPrintable(error));
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM change_log")), entries);
        }
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "TestEncryption.moc"
