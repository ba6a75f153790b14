// Cases taken into the field as a data file and brought back with the package merge: `netra-cli
// export OFFICE --out FIELD.netra --case …` (FieldFile), the officer signing in to the field file
// with the office's password, a change there and changes in the office meanwhile, then `export
// FIELD.netra` and `import OFFICE` merging it back; run on a data file and on the office server.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "register/CaseTableModel.h"
#include "register/MainWindow.h"
#include "store/FieldFile.h"
#include "store/HearingRepository.h"
#include "store/KeyStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace TestSupport;

namespace {

// Runs netra-cli signed in as `user`; its exit code, standard output and error.
int cli(const QStringList &args, const QString &user, QByteArray *out, QByteArray *err = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETRA_USER"), user);
    env.insert(QStringLiteral("NETRA_PASSWORD"), QLatin1String(Password));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NETRA_CLI), args);
    p.waitForFinished(120000);
    *out = p.readAllStandardOutput();
    const QByteArray e = p.readAllStandardError();
    if (err)
        *err = e;
    if (p.exitCode() != 0)
        qWarning("netra-cli %s: %s", qPrintable(args.join(QLatin1Char(' '))), e.constData());
    return p.exitCode();
}

QJsonObject json(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object();
}

std::optional<Case> caseByNumber(Database &db, const QString &number)
{
    std::optional<Case> found;
    CaseRepository(db).forEach({}, [&](const Case &c) {
        if (c.receiptNumber == number || c.registrationNumber == number) {
            found = c;
            return false;
        }
        return true;
    });
    return found;
}

QString numberOf(const Case &c)
{
    return c.registrationNumber.isEmpty() ? c.receiptNumber : c.registrationNumber;
}

} // namespace

class TestFieldFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_office;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_office = location(m_dir.filePath(QStringLiteral("office.netra")));
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--out"), m_office,
                      QStringLiteral("--cases"), QStringLiteral("40"), QStringLiteral("--seed"),
                      QStringLiteral("3")},
                     QStringLiteral("koordinator"), &out),
                 0);
    }

    void takeOutWorkOfflineBringBack()
    {
        // Case A: with a hearing, its clerk assigned; case B: a confidential reporter; case C:
        // neither taken out nor touched by the field.
        QString numberA, numberB, numberC, reporterB, uuidC;
        {
            auto db = openNew(m_office);
            QString error;
            QVERIFY2(UserRepository(*db).login(QStringLiteral("koordinator"),
                                               QLatin1String(Password), &error),
                     qPrintable(error));
            CaseRepository(*db).forEach({}, [&](const Case &stored) {
                Case c = stored;
                const QList<Hearing> hs = HearingRepository(*db).hearings(c.id);
                const bool hearing = !hs.isEmpty();
                // A's minutes signed, to which the field adds an addendum.
                bool signedMinutes = false;
                for (const Hearing &h : hs)
                    for (const Attendee &a : h.attendees)
                        signedMinutes = signedMinutes || a.signedAt.isValid();
                signedMinutes =
                    signedMinutes && !UserRepository(*db).assignedClerks(c.id).isEmpty();
                if (numberA.isEmpty() && signedMinutes && !c.reporterConfidential)
                    numberA = numberOf(c);
                else if (numberB.isEmpty() && c.reporterConfidential && !hearing) {
                    KeyStore(*db).openWherePossible(c);
                    numberB = numberOf(c);
                    reporterB = c.reporterName;
                } else if (numberC.isEmpty() && !hearing && !c.reporterConfidential) {
                    numberC = numberOf(c);
                    uuidC = c.uuid;
                }
                return true;
            });
        }
        QVERIFY(!numberA.isEmpty() && !numberB.isEmpty() && !numberC.isEmpty());
        QVERIFY(reporterB.size() > 3 && !reporterB.startsWith(QLatin1Char('[')));

        // Taken out by the officer, who may not see identities.
        const QString field = m_dir.filePath(QStringLiteral("lapangan.netra"));
        QByteArray out, err;
        QCOMPARE(cli({QStringLiteral("export"), m_office, QStringLiteral("--out"), field,
                      QStringLiteral("--case"), numberA, QStringLiteral("--case"), numberB},
                     QStringLiteral("petugas"), &out),
                 0);
        QJsonObject taken = json(out);
        QCOMPARE(taken.value(QStringLiteral("cases")).toInt(), 2);
        const QStringList users = taken.value(QStringLiteral("users")).toVariant().toStringList();
        QVERIFY(users.contains(QStringLiteral("petugas")));
        QVERIFY(users.contains(QStringLiteral("notulis"))); // A's clerk
        QVERIFY(!users.contains(QStringLiteral("koordinator")));
        QVERIFY(!users.contains(QStringLiteral("admin")));
        // A second take into the same file is refused; the file stays.
        const QByteArray fieldBytes = storeState(field);
        QCOMPARE(cli({QStringLiteral("export"), m_office, QStringLiteral("--out"), field,
                      QStringLiteral("--case"), numberC},
                     QStringLiteral("petugas"), &out, &err),
                 1);
        QCOMPARE(storeState(field), fieldBytes);

        // The confidential reporter is nowhere in the field file's bytes.
        {
            QFile f(field);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray raw = f.readAll();
            QVERIFY(raw.startsWith("SQLite format 3"));
            QVERIFY(!raw.contains(reporterB.toUtf8()));
            QVERIFY(!QFileInfo::exists(field + QStringLiteral("-wal")));
        }
        QCOMPARE(cli({QStringLiteral("check"), field}, QStringLiteral("petugas"), &out), 0);

        // In the field: the officer signs in with the office's password, changes A's hearing
        // and B's description; numbers are not drawn there.
        const QString fieldAddendum =
            QStringLiteral("Tambahan di sidang lapangan, Balai Desa Sidorejo.");
        const QString fieldDescription = QStringLiteral("Diubah di lapangan.");
        {
            QString error;
            auto db = Database::open(field, Database::Mode::OpenExisting, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(!FieldFile::takenFrom(*db).isEmpty());
            QVERIFY2(UserRepository(*db).login(QStringLiteral("petugas"), QLatin1String(Password),
                                               &error),
                     qPrintable(error));
            QVERIFY(!UserRepository(*db).login(QStringLiteral("koordinator"),
                                               QLatin1String(Password), &error));
            int count = 0;
            CaseRepository(*db).forEach({}, [&](const Case &) { return ++count; });
            QCOMPARE(count, 2);
            QVERIFY(!caseByNumber(*db, numberC));
            const std::optional<Case> a = caseByNumber(*db, numberA);
            QVERIFY(a);
            qint64 attendee = 0;
            for (const Hearing &h : HearingRepository(*db).hearings(a->id))
                for (const Attendee &at : h.attendees)
                    attendee = attendee ? attendee : (at.signedAt.isValid() ? at.id : 0);
            QVERIFY(attendee);
            QVERIFY2(HearingRepository(*db).addAddendum(attendee, fieldAddendum, &error),
                     qPrintable(error));
            std::optional<Case> b = caseByNumber(*db, numberB);
            QVERIFY(b);
            b = CaseRepository(*db).load(b->id); // as the officer reads it
            QVERIFY(b);
            QVERIFY(b->reporterName != reporterB); // withheld in the field
            b->description = fieldDescription;
            QVERIFY2(CaseRepository(*db).save(*b, &error), qPrintable(error));
            // A new report would take a number of the office's sequence: refused, said why.
            Case fresh = sampleCase();
            QVERIFY(!CaseRepository(*db).create(fresh, &error));
            QVERIFY2(error.contains(QStringLiteral("field file")), qPrintable(error));
            // The clerk of A signs in there too.
            QVERIFY2(UserRepository(*db).login(QStringLiteral("notulis"), QLatin1String(Password),
                                               &error),
                     qPrintable(error));
        }

        // Meanwhile in the office: A's description, B's description and C.
        const QString officeA = QStringLiteral("Diubah di kantor (A).");
        const QString officeB = QStringLiteral("Diubah di kantor (B).");
        const QString officeC = QStringLiteral("Diubah di kantor (C).");
        QByteArray cBefore;
        {
            auto db = openNew(m_office);
            QString error;
            QVERIFY(UserRepository(*db).login(QStringLiteral("koordinator"),
                                              QLatin1String(Password), &error));
            for (const auto &[number, text] :
                 {std::pair{numberA, officeA}, std::pair{numberB, officeB},
                  std::pair{numberC, officeC}}) {
                std::optional<Case> c = caseByNumber(*db, number);
                QVERIFY(c);
                c = CaseRepository(*db).load(c->id);
                QVERIFY(c);
                c->description = text;
                QVERIFY2(CaseRepository(*db).save(*c, &error), qPrintable(error));
            }
            QSqlQuery q(db->sql());
            q.prepare(QStringLiteral("SELECT * FROM cases WHERE uuid = ?"));
            q.addBindValue(uuidC);
            QVERIFY(q.exec() && q.next());
            for (int i = 0; i < q.record().count(); ++i)
                cBefore += q.value(i).toString().toUtf8() + '|';
        }

        // Back: a package from the field file, merged into the office.
        const QString back = m_dir.filePath(QStringLiteral("kembali.netrapkg"));
        QCOMPARE(cli({QStringLiteral("export"), field, QStringLiteral("--out"), back},
                     QStringLiteral("petugas"), &out),
                 0);
        QCOMPARE(
            cli({QStringLiteral("import"), m_office, back}, QStringLiteral("koordinator"), &out),
            0);
        QJsonObject merged = json(out);
        // Only B changed on both sides: listed, not written.
        QCOMPARE(merged.value(QStringLiteral("conflicts")).toInt(), 1);
        QJsonObject conflict =
            merged.value(QStringLiteral("conflict_list")).toArray().first().toObject();
        QCOMPARE(conflict.value(QStringLiteral("table")).toString(), QStringLiteral("cases"));
        QCOMPARE(conflict.value(QStringLiteral("fields")).toArray(),
                 QJsonArray{QStringLiteral("description")});
        QCOMPARE(conflict.value(QStringLiteral("settled")).toString(), QStringLiteral("unsettled"));
        QCOMPARE(merged
                     .value(QStringLiteral(
                         "tables"))[QStringLiteral("minutes_addenda")][QStringLiteral("added")]
                     .toInt(),
                 1);
        QCOMPARE(merged.value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(merged.value(QStringLiteral("updated")).toInt(), 0);
        // Settled as chosen: the field's text taken.
        QCOMPARE(cli({QStringLiteral("import"), m_office, back, QStringLiteral("--conflicts"),
                      QStringLiteral("take-theirs")},
                     QStringLiteral("koordinator"), &out),
                 0);
        merged = json(out);
        QCOMPARE(merged.value(QStringLiteral("conflicts")).toInt(), 1);
        QCOMPARE(
            merged.value(QStringLiteral("conflict_list"))[0][QStringLiteral("settled")].toString(),
            QStringLiteral("took-theirs"));
        // Again: nothing left to do.
        QCOMPARE(
            cli({QStringLiteral("import"), m_office, back}, QStringLiteral("koordinator"), &out),
            0);
        merged = json(out);
        QCOMPARE(merged.value(QStringLiteral("conflicts")).toInt(), 0);
        QCOMPARE(merged.value(QStringLiteral("updated")).toInt(), 0);

        {
            auto db = openNew(m_office);
            QString error;
            QVERIFY(UserRepository(*db).login(QStringLiteral("koordinator"),
                                              QLatin1String(Password), &error));
            const std::optional<Case> a = caseByNumber(*db, numberA);
            QCOMPARE(a->description, officeA); // the office's own change kept
            bool added = false;
            for (const Hearing &h : HearingRepository(*db).hearings(a->id))
                for (const Attendee &at : h.attendees)
                    for (const Addendum &ad : at.addenda)
                        added = added || ad.text == fieldAddendum;
            QVERIFY(added); // the field's change in
            std::optional<Case> b = caseByNumber(*db, numberB);
            QCOMPARE(b->description, fieldDescription); // settled: theirs
            KeyStore(*db).openWherePossible(*b);
            QCOMPARE(b->reporterName, reporterB); // never overwritten by the redaction
            const std::optional<Case> c = caseByNumber(*db, numberC);
            QCOMPARE(c->description, officeC);
            QSqlQuery q(db->sql());
            q.prepare(QStringLiteral("SELECT * FROM cases WHERE uuid = ?"));
            q.addBindValue(uuidC);
            QVERIFY(q.exec() && q.next());
            QByteArray cAfter;
            for (int i = 0; i < q.record().count(); ++i)
                cAfter += q.value(i).toString().toUtf8() + '|';
            QCOMPARE(cAfter, cBefore); // not taken out: untouched
        }
        QCOMPARE(cli({QStringLiteral("check"), m_office}, QStringLiteral("koordinator"), &out), 0);
        QCOMPARE(cli({QStringLiteral("check"), field}, QStringLiteral("petugas"), &out), 0);
    }

    // --assigned LOGIN: the cases whose hearings the clerk keeps; a coordinator may take them
    // with identities, which stay sealed in the file.
    void assignedWithIdentities()
    {
        int assigned = 0;
        QString reporter;
        {
            auto db = openNew(m_office);
            QString error;
            QVERIFY(UserRepository(*db).login(QStringLiteral("koordinator"),
                                              QLatin1String(Password), &error));
            CaseFilter f;
            f.assignedTo = QStringLiteral("notulis");
            CaseRepository(*db).forEach(f, [&](const Case &stored) {
                ++assigned;
                Case c = stored;
                KeyStore(*db).openWherePossible(c);
                if (c.reporterConfidential && reporter.isEmpty())
                    reporter = c.reporterName;
                return true;
            });
        }
        QVERIFY(assigned > 0);
        const QString field = m_dir.filePath(QStringLiteral("notulis.netra"));
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("export"), m_office, QStringLiteral("--out"), field,
                      QStringLiteral("--assigned"), QStringLiteral("notulis"),
                      QStringLiteral("--with-identities")},
                     QStringLiteral("koordinator"), &out),
                 0);
        QCOMPARE(json(out).value(QStringLiteral("cases")).toInt(), assigned);
        if (!reporter.isEmpty()) {
            QFile f(field);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(reporter.toUtf8())); // sealed, as in the office
            QString error;
            auto db = Database::open(field, Database::Mode::OpenExisting, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(UserRepository(*db).login(QStringLiteral("koordinator"),
                                              QLatin1String(Password), &error));
            bool found = false;
            CaseRepository(*db).forEach({}, [&](const Case &stored) {
                Case c = stored;
                KeyStore(*db).openWherePossible(c);
                found = found || c.reporterName == reporter;
                return true;
            });
            QVERIFY(found); // the coordinator's key opens it in the field
        }
        QCOMPARE(cli({QStringLiteral("check"), field}, QStringLiteral("koordinator"), &out), 0);
        // A viewer may not take cases out; nothing is written.
        const QString refused = m_dir.filePath(QStringLiteral("pemantau.netra"));
        QCOMPARE(cli({QStringLiteral("export"), m_office, QStringLiteral("--out"), refused,
                      QStringLiteral("--assigned"), QStringLiteral("notulis")},
                     QStringLiteral("pemantau"), &out),
                 1);
        QVERIFY(!QFileInfo::exists(refused));
    }

    // File > Take cases into the field: the cases the register shows, for the officer signed
    // in, into the file chosen; the window says where it is.
    void desktopTakesTheRegisterIntoTheField()
    {
        SKIP_ON_SERVER(); // the desktop on a server: TestOfficeServer
        QString number;
        {
            QString error;
            auto db = Database::open(m_office, Database::Mode::ReadOnly, &error);
            QVERIFY2(db, qPrintable(error));
            CaseRepository(*db).forEach({}, [&](const Case &c) {
                number = numberOf(c);
                return false;
            });
        }
        Translator::install(QStringLiteral("en"));
        MainWindow w;
        QVERIFY(GuiTestSupport::signIn(w, m_office, QStringLiteral("petugas")));
        w.show();
        GuiTestSupport::activate(&w);
        CaseFilter shown;
        shown.numbers = {number};
        w.caseModel()->setFilter(shown);
        QCOMPARE(w.caseModel()->totalCount(), qint64(1));
        const QString path = m_dir.filePath(QStringLiteral("desktop-field.netra"));
        QString question, messages;
        GuiTestSupport::whenDialog([&](QWidget *box) {
            question = qobject_cast<QMessageBox *>(box)->text();
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
            QTimer::singleShot(0, [&] {
                GuiTestSupport::whenDialog(
                    [&](QWidget *w) {
                        auto *dialog = qobject_cast<QFileDialog *>(w);
                        QVERIFY(dialog);
                        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                        QVERIFY(name);
                        name->setText(path);
                        static_cast<QDialog *>(dialog)->accept();
                    },
                    &messages);
            });
        });
        w.findChild<QAction *>(QStringLiteral("takeToFieldAction"))->trigger();
        QTRY_VERIFY(!messages.isEmpty());
        QVERIFY2(question.contains(QStringLiteral("Take the 1 case")), qPrintable(question));
        QVERIFY2(messages.contains(QDir::toNativeSeparators(path)), qPrintable(messages));
        QString error;
        auto field = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY2(field, qPrintable(error));
        QVERIFY(!FieldFile::takenFrom(*field).isEmpty());
        QVERIFY(caseByNumber(*field, number));
        QVERIFY2(UserRepository(*field).login(QStringLiteral("petugas"), QLatin1String(Password),
                                              &error),
                 qPrintable(error));
    }
};

QTEST_MAIN(TestFieldFile)
#include "TestFieldFile.moc"
