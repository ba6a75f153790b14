// Confidential identities never leak: on a demo file with confidential reporters, a viewer and an
// officer collect every output the program gives them (netra-cli cases, stats, export-csv, the
// package's bytes, every printed document read back with pdftotext, the history) and the
// Hearings tab, the hearing form and the minutes window as a viewer, an officer and a clerk;
// none holds a confidential reporter's name. The names are taken from the file by a
// coordinator's session (the file holds them sealed, KeyStore), without a logged reveal. One
// rule (core/domain/Identity) says what an identity is.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "domain/Identity.h"
#include "exchange/Package.h"
#include "hearings/HearingDialog.h"
#include "hearings/HearingsPanel.h"
#include "hearings/MinutesWindow.h"
#include "store/HearingRepository.h"
#include "store/HistoryRepository.h"
#include "store/KeyStore.h"
#include "store/PackageStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDateEdit>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTextEdit>

namespace {

// Whitespace of any kind (layout, no-break spaces, word joiners) made single spaces.
QString normalized(const QString &text)
{
    QString t = text;
    t.remove(QChar(0x2060));
    t.replace(QChar(0x00a0), QLatin1Char(' '));
    return t.simplified();
}

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &login)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETRA_USER"), login);
    env.insert(QStringLiteral("NETRA_PASSWORD"), QLatin1String(TestSupport::Password));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NETRA_CLI), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Every text a window shows: labels, fields, buttons, titles, tooltips, and each cell of its
// lists, tables and trees.
QString shownText(QWidget *root)
{
    QStringList parts{root->windowTitle(), root->toolTip()};
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        parts << w->windowTitle() << w->toolTip();
        if (auto *l = qobject_cast<QLabel *>(w))
            parts << l->text();
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            parts << e->text() << e->placeholderText();
        else if (auto *t = qobject_cast<QTextEdit *>(w))
            parts << t->toPlainText();
        else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            parts << t->toPlainText();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            parts << b->text();
        if (auto *v = qobject_cast<QAbstractItemView *>(w)) {
            const QAbstractItemModel *m = v->model();
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int r = 0; m && r < m->rowCount(parent); ++r) {
                    for (int c = 0; c < m->columnCount(parent); ++c) {
                        const QModelIndex i = m->index(r, c, parent);
                        parts << i.data(Qt::DisplayRole).toString()
                              << i.data(Qt::ToolTipRole).toString();
                        if (c == 0)
                            walk(i);
                    }
                }
            };
            walk(QModelIndex());
        }
    }
    return normalized(parts.join(QLatin1Char('\n')));
}

} // namespace

class TestConfidential : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    // The confidential reporters' names as stored (and as they signed their minutes).
    QStringList m_names;
    // Cases with a confidential reporter who was heard and signed: their numbers and ids.
    QStringList m_heardNumbers;
    QList<qint64> m_heardIds;
    QList<qint64> m_confidentialIds;
    int m_signedByReporter = 0;
    // A reporter who is not confidential: stored as typed, found where it is.
    QString m_openReporter;

    // The confidential names found in the text, whitespace and case ignored.
    QStringList leaks(const QString &text) const
    {
        const QString t = normalized(text);
        QStringList found;
        for (const QString &n : m_names) {
            if (t.contains(n, Qt::CaseInsensitive))
                found << n;
        }
        return found;
    }

    std::unique_ptr<Database> signedIn(const QString &login)
    {
        QString error;
        auto db = Database::open(m_file, Database::Mode::OpenExisting, &error);
        if (!db) {
            qWarning("%s", qPrintable(error));
            return db;
        }
        if (!UserRepository(*db).login(login, QLatin1String(TestSupport::Password), &error))
            qWarning("%s", qPrintable(error));
        return db;
    }

private slots:
    void initTestCase()
    {
        Translator::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_file = TestSupport::location(m_dir.filePath(QStringLiteral("demo.netra")));
        // On the server half as many: some 30 confidential reporters, 20 of them heard.
        const Run demo =
            cli({QStringLiteral("demo"), QStringLiteral("--out"), m_file, QStringLiteral("--cases"),
                 TestSupport::onServer() ? QStringLiteral("300") : QStringLiteral("600"),
                 QStringLiteral("--quiet")},
                QString());
        QVERIFY2(demo.exit == 0, demo.err.constData());

        // The names opened with a coordinator's key (the file holds them sealed).
        QString error;
        auto db = Database::open(m_file, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(UserRepository(*db).login(QStringLiteral("koordinator"),
                                          QLatin1String(TestSupport::Password), &error));
        QVERIFY(KeyStore(*db).canReveal());
        QSet<QString> secret;
        QSet<QString> open; // names of persons who are not confidential, possibly the same
        CaseRepository repo(*db);
        HearingRepository hearings(*db);
        repo.forEach(CaseFilter(), [&](const Case &stored) {
            Case c = stored;
            if (!KeyStore(*db).reveal(c, &error))
                return false;
            for (const Party &p : c.parties)
                open.insert(p.name.simplified().toLower());
            const QList<Hearing> list =
                hearings.revealedHearings(c.id, &error).value_or(QList<Hearing>());
            for (const Hearing &h : list) {
                for (const QString &e : h.examiners.split(QLatin1Char(';')))
                    open.insert(e.simplified().toLower());
            }
            if (!c.reporterConfidential) {
                open.insert(c.reporterName.simplified().toLower());
                if (m_openReporter.isEmpty() && c.reporterName.simplified().size() >= 5)
                    m_openReporter = c.reporterName.simplified();
                return true;
            }
            m_confidentialIds << c.id;
            secret.insert(c.reporterName.simplified());
            bool heard = false;
            for (const Hearing &h : list) {
                for (const Attendee &a : h.attendees) {
                    if (!Identity::isReporter(a))
                        continue;
                    secret.insert(a.name.simplified());
                    if (a.signedBy.contains(a.name)) {
                        heard = true;
                        ++m_signedByReporter;
                    }
                }
            }
            if (heard) {
                m_heardNumbers << (c.registrationNumber.isEmpty() ? c.receiptNumber
                                                                  : c.registrationNumber);
                m_heardIds << c.id;
            }
            return true;
        });
        // A name that a person who is not confidential also bears (with titles: "Drs. Dadang
        // Zainal, M.Si." is not the reporter Dadang Zainal) says nothing.
        const QString others = QStringList(open.values()).join(QLatin1Char('\n'));
        for (const QString &n : std::as_const(secret)) {
            if (n.size() >= 5 && !others.contains(n, Qt::CaseInsensitive))
                m_names << n;
        }
        qInfo("%d confidential reporters, %d of them heard and signed their minutes; %d names "
              "to look for",
              int(m_confidentialIds.size()), m_signedByReporter, int(m_names.size()));
        QVERIFY(m_confidentialIds.size() >= 20);
        QVERIFY(m_signedByReporter >= 10);
        QVERIFY(m_names.size() >= 20);
    }

    // The rule itself: which fields, and how they are withheld.
    void oneRuleSaysWhatAnIdentityIs()
    {
        QVERIFY(Identity::fields(QStringLiteral("cases")).contains(QLatin1String("reporter_name")));
        for (const char *f : {"name", "signed_by", "occupation", "religion", "nationality",
                              "address", "birth_place", "birth_date", "counsel"})
            QVERIFY2(
                Identity::fields(QStringLiteral("hearing_attendees")).contains(QLatin1String(f)),
                f);
        QVERIFY(Identity::fields(QStringLiteral("parties")).isEmpty());
        QVariantMap reporter{{QStringLiteral("role"), QStringLiteral("pelapor")},
                             {QStringLiteral("name"), QStringLiteral("Ani")},
                             {QStringLiteral("signed_by"), QStringLiteral("Ani; Pemeriksa")},
                             {QStringLiteral("religion"), QStringLiteral("Islam")},
                             {QStringLiteral("birth_date"), QStringLiteral("1980-01-01")},
                             {QStringLiteral("attendance"), QStringLiteral("hadir")}};
        QVERIFY(Identity::holds(QStringLiteral("hearing_attendees"), reporter, true));
        QVERIFY(!Identity::holds(QStringLiteral("hearing_attendees"), reporter, false));
        QVariantMap witness = reporter;
        witness.insert(QStringLiteral("role"), QStringLiteral("saksi"));
        QVERIFY(!Identity::holds(QStringLiteral("hearing_attendees"), witness, true));
        Identity::redact(QStringLiteral("hearing_attendees"), reporter);
        QCOMPARE(reporter.value(QStringLiteral("name")).toString(), Identity::hidden());
        QCOMPARE(reporter.value(QStringLiteral("signed_by")).toString(), Identity::hidden());
        QCOMPARE(reporter.value(QStringLiteral("religion")).toString(), Identity::hidden());
        QVERIFY(reporter.value(QStringLiteral("birth_date")).isNull());
        QCOMPARE(reporter.value(QStringLiteral("attendance")).toString(), QStringLiteral("hadir"));

        Identity::Secrets s;
        s.add(QStringLiteral("Ani Lestari"));
        QCOMPARE(s.scrub(QStringLiteral("Saksi melihat ani  lestari di sana.")),
                 QStringLiteral("Saksi melihat [dirahasiakan] di sana."));
        QCOMPARE(s.scrub(QStringLiteral("Anita Lestarini")), QStringLiteral("Anita Lestarini"));
    }

    void noOutputGivesAConfidentialName_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("exports");
        QTest::newRow("viewer") << QStringLiteral("pemantau") << false;
        QTest::newRow("officer") << QStringLiteral("petugas") << true;
    }

    void noOutputGivesAConfidentialName()
    {
        QFETCH(QString, login);
        QFETCH(bool, exports);
        const QString out = m_dir.filePath(login);
        QVERIFY(QDir().mkpath(out));
        QStringList collected; // what was looked at, to say so when something leaks
        auto check = [&](const QString &what, const QString &text) {
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(what + QLatin1String(" is empty")));
            const QStringList found = leaks(text);
            QVERIFY2(
                found.isEmpty(),
                qPrintable(QStringLiteral("%1 as %2 names %3").arg(what, login, found.join(", "))));
            collected << what;
        };

        Run r = cli({QStringLiteral("cases"), m_file, QStringLiteral("--json")}, login);
        QVERIFY2(r.exit == 0, r.err.constData());
        check(QStringLiteral("cases --json"), QString::fromUtf8(r.out));
        r = cli({QStringLiteral("stats"), m_file, QStringLiteral("--json")}, login);
        QVERIFY2(r.exit == 0, r.err.constData());
        check(QStringLiteral("stats --json"), QString::fromUtf8(r.out));

        const QString csv = out + QStringLiteral("/register.csv");
        r = cli({QStringLiteral("export-csv"), m_file, QStringLiteral("--out"), csv}, login);
        QCOMPARE(r.exit == 0, exports);
        const QString package = out + QStringLiteral("/cases.netrapkg");
        const Run p =
            cli({QStringLiteral("export"), m_file, QStringLiteral("--out"), package}, login);
        QCOMPARE(p.exit == 0, exports);
        if (exports) {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::ReadOnly));
            check(QStringLiteral("export-csv"), QString::fromUtf8(f.readAll()));
            QFile pkg(package);
            QVERIFY(pkg.open(QIODevice::ReadOnly));
            const QByteArray bytes = pkg.readAll();
            check(QStringLiteral("the package's bytes"), QString::fromUtf8(bytes));
            // The reporter heard is in it, withheld field by field.
            QVERIFY(bytes.contains("\"signed_by\":\"[dirahasiakan]\""));
            QVERIFY(bytes.contains("\"religion\":\"[dirahasiakan]\""));
        }

        // Every document of cases whose confidential reporter was heard.
        int pdfs = 0;
        for (const QString &number : m_heardNumbers.mid(0, 4)) {
            const QString dir =
                out + QStringLiteral("/print-") + QString(number).replace(QLatin1Char('/'), '_');
            r = cli({QStringLiteral("print"), m_file, QStringLiteral("--case"), number,
                     QStringLiteral("--all"), QStringLiteral("--out"), dir},
                    login);
            QVERIFY2(r.exit == 0, r.err.constData());
            QDirIterator it(dir, {QStringLiteral("*.pdf")}, QDir::Files);
            while (it.hasNext()) {
                const QString pdf = it.next();
                check(QStringLiteral("print %1 %2").arg(number, QFileInfo(pdf).fileName()),
                      pdfText(pdf));
                ++pdfs;
            }
        }
        QVERIFY(pdfs >= 16);

        // The history of every confidential case, and its hearings, as the store gives them.
        auto db = signedIn(login);
        QVERIFY(db && db->user());
        CaseRepository repo(*db);
        QString history;
        QString heard;
        for (qint64 id : std::as_const(m_confidentialIds)) {
            const std::optional<Case> c = repo.load(id);
            QVERIFY(c && c->reporterHidden);
            history += c->reporterName;
            for (const ChangeEntry &e : HistoryRepository(repo.database()).history(c->uuid))
                history += QString::fromUtf8(QJsonDocument(e.changes).toJson());
            for (const Hearing &h : HearingRepository(*db).hearings(id)) {
                for (const Attendee &a : h.attendees)
                    heard += QStringList{a.name,     a.signedBy, a.occupation,
                                         a.religion, a.address,  a.birthPlace}
                                 .join(QLatin1Char(' '));
            }
        }
        check(QStringLiteral("the history"), history);
        check(QStringLiteral("the hearings"), heard);
        QVERIFY(heard.contains(Identity::hidden()));
        qInfo("%s looked at: %s", qPrintable(login), qPrintable(collected.join(", ")));
    }

    // On the server, someone with psql and the server's administrator account finds no
    // confidential name in any table: every text, JSON and byte column searched, as
    // TestEncryption searches a data file's raw bytes. A name that is not confidential is found.
    void serverTablesHoldNoConfidentialName()
    {
        if (!TestSupport::onServer())
            QSKIP("the file's bytes: TestEncryption");
        PgServer *server = PgServer::instance();
        QVERIFY(server);
        const QString database = PgServer::databaseOf(m_file);
        QString columns;
        QVERIFY(server->psql(
            database,
            QStringLiteral("SELECT table_name || ' ' || column_name || ' ' || data_type FROM"
                           " information_schema.columns c WHERE table_schema = 'public' AND"
                           " (data_type IN ('text', 'character varying', 'character', 'bytea',"
                           " 'json', 'jsonb') OR udt_name = 'citext') AND EXISTS (SELECT 1 FROM"
                           " information_schema.tables t WHERE t.table_schema = 'public' AND"
                           " t.table_name = c.table_name AND t.table_type = 'BASE TABLE')"
                           " ORDER BY 1"),
            &columns));
        const QStringList list = columns.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(list.size() >= 20);
        auto literal = [](const QString &text) {
            return QLatin1Char('\'') +
                   QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
                   QLatin1Char('\'');
        };
        // The tables and columns holding any of `names`, one line "table.column" each.
        auto holding = [&](const QStringList &names) {
            QStringList patterns, raw;
            for (const QString &n : names) {
                patterns << literal(QLatin1Char('%') + n + QLatin1Char('%'));
                raw << literal(n);
            }
            QStringList selects;
            for (const QString &line : list) {
                const QStringList f = line.split(QLatin1Char(' '));
                const QString where =
                    f.at(2) == QLatin1String("bytea")
                        ? QStringLiteral("EXISTS (SELECT 1 FROM unnest(ARRAY[%1]) n WHERE"
                                         " position(convert_to(n, 'UTF8') IN \"%2\") > 0)")
                              .arg(raw.join(QLatin1Char(',')), f.at(1))
                        : QStringLiteral("\"%2\"::text ILIKE ANY (ARRAY[%1])")
                              .arg(patterns.join(QLatin1Char(',')), f.at(1));
                selects << QStringLiteral("SELECT %1 FROM \"%2\" WHERE %3")
                               .arg(literal(f.at(0) + QLatin1Char('.') + f.at(1)), f.at(0), where);
            }
            QString found;
            if (!server->psql(database, selects.join(QLatin1String(" UNION ")), &found))
                return QStringList{QStringLiteral("(psql failed)")};
            return found.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        };
        const QStringList leaked = holding(m_names);
        QVERIFY2(leaked.isEmpty(),
                 qPrintable(QStringLiteral("a confidential name in ") + leaked.join(", ")));
        QVERIFY(!m_openReporter.isEmpty());
        QVERIFY2(holding({m_openReporter}).contains(QLatin1String("cases.reporter_name")),
                 qPrintable(m_openReporter));
        qInfo("%d columns searched for %d names", int(list.size()), int(m_names.size()));
    }

    // A coordinator reveals on purpose, and the reveal is logged; the store then gives the
    // reporter heard as stored.
    void aCoordinatorRevealsOnPurpose()
    {
        auto db = signedIn(QStringLiteral("koordinator"));
        QVERIFY(db && db->user());
        const qint64 id = m_heardIds.first();
        CaseRepository repo(*db);
        QVERIFY(repo.load(id)->reporterHidden);
        QString error;
        const std::optional<Case> c = repo.revealReporter(id, QStringLiteral("test"), &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(!leaks(c->reporterName).isEmpty());
        const auto hearings = HearingRepository(*db).revealedHearings(id, &error);
        QVERIFY2(hearings, qPrintable(error));
        QString names;
        for (const Hearing &h : *hearings) {
            for (const Attendee &a : h.attendees)
                names += a.name + QLatin1Char(' ') + a.signedBy;
        }
        QVERIFY(!leaks(names).isEmpty());
        bool logged = false;
        for (const ChangeEntry &e : HistoryRepository(repo.database()).history(c->uuid))
            logged = logged || e.action == QLatin1String("reveal");
        QVERIFY(logged);

        auto viewer = signedIn(QStringLiteral("petugas"));
        QVERIFY(!HearingRepository(*viewer).revealedHearings(id, &error));
        QVERIFY(!error.isEmpty());
    }

    void windowsShowNoConfidentialName_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("viewer") << QStringLiteral("pemantau");
        QTest::newRow("officer") << QStringLiteral("petugas");
        QTest::newRow("clerk") << QStringLiteral("notulis");
    }

    void windowsShowNoConfidentialName()
    {
        QFETCH(QString, login);
        auto db = signedIn(login);
        QVERIFY(db && db->user());
        CaseRepository repo(*db);
        int minutes = 0;
        for (qint64 id : m_heardIds.mid(0, 3)) {
            const Case c = *repo.load(id);
            HearingsPanel panel(*db);
            panel.setCase(c);
            panel.show();
            QVERIFY(!panel.hearings().isEmpty());
            for (const Hearing &h : panel.hearings()) {
                panel.selectHearing(h.id);
                const QString text = shownText(&panel);
                QVERIFY2(
                    leaks(text).isEmpty(),
                    qPrintable(QStringLiteral("the Hearings tab names ") + leaks(text).join(", ")));
                QVERIFY(text.contains(Identity::hidden()));

                HearingDialog dialog(*db, c, h);
                const QString form = shownText(&dialog);
                QVERIFY2(
                    leaks(form).isEmpty(),
                    qPrintable(QStringLiteral("the hearing form names ") + leaks(form).join(", ")));

                for (const Attendee &a : h.attendees) {
                    if (!Identity::isReporter(a))
                        continue;
                    QVERIFY(a.identityHidden);
                    MinutesWindow w(*db, a.id);
                    w.show();
                    const QString shown = shownText(&w);
                    QVERIFY2(leaks(shown).isEmpty(),
                             qPrintable(QStringLiteral("the minutes window names ") +
                                        leaks(shown).join(", ")));
                    QVERIFY(shown.contains(Identity::hidden()));
                    // The withheld identity cannot be typed over.
                    auto *name = w.findChild<QLineEdit *>(QStringLiteral("identityName"));
                    QVERIFY(name && name->isReadOnly());
                    ++minutes;
                }
            }
        }
        QVERIFY(minutes >= 3);
    }

    // The hearings of a case as the file holds them, opened by a coordinator's session (the
    // file holds identities sealed).
    QList<Hearing> storedHearings(qint64 caseId)
    {
        auto db = signedIn(QStringLiteral("koordinator"));
        QString error;
        return HearingRepository(*db).revealedHearings(caseId, &error).value_or(QList<Hearing>());
    }

    // Saving a hearing or signing as someone who does not see the identity keeps the stored one.
    void aWithheldIdentityIsKeptWhenSaved()
    {
        QString error;
        QString stored;
        qint64 attendeeId = 0;
        {
            for (const Hearing &h : storedHearings(m_heardIds.first())) {
                for (const Attendee &a : h.attendees) {
                    if (Identity::isReporter(a)) {
                        stored = a.name + a.religion + a.signedBy;
                        attendeeId = a.id;
                    }
                }
            }
        }
        QVERIFY(attendeeId);
        {
            auto db = signedIn(QStringLiteral("petugas"));
            HearingRepository repo(*db);
            Hearing h = *repo.hearingOf(attendeeId);
            // The invitation's delivery stays editable after signing.
            for (Attendee &a : h.attendees) {
                if (a.id == attendeeId)
                    a.delivery = a.delivery == QLatin1String("sistem") ? QStringLiteral("langsung")
                                                                       : QStringLiteral("sistem");
            }
            QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
            for (const Attendee &a : h.attendees)
                QVERIFY(!Identity::isReporter(a) || a.name == Identity::hidden());
        }
        for (const Hearing &after : storedHearings(m_heardIds.first())) {
            for (const Attendee &a : after.attendees) {
                if (a.id == attendeeId)
                    QCOMPARE(a.name + a.religion + a.signedBy, stored);
            }
        }

        // A field the file holds empty may be filled in by someone who does not see the rest
        // (it reveals nothing); one it holds is not typed over.
        qint64 absent = 0, absentCase = 0;
        QString name;
        for (qint64 id : std::as_const(m_confidentialIds)) {
            for (const Hearing &h : storedHearings(id)) {
                for (const Attendee &a : h.attendees) {
                    if (Identity::isReporter(a) && a.occupation.isEmpty() && !a.isSigned()) {
                        absent = a.id;
                        absentCase = id;
                        name = a.name;
                    }
                }
            }
        }
        QVERIFY(absent);
        {
            auto db = signedIn(QStringLiteral("notulis"));
            HearingRepository repo(*db);
            Hearing h = *repo.hearingOf(absent);
            for (Attendee &a : h.attendees) {
                if (a.id == absent) {
                    QVERIFY(a.identityHidden);
                    QCOMPARE(a.occupation, QString());
                    a.occupation = QStringLiteral("Petani");
                    a.name = QStringLiteral("Someone Else");
                }
            }
            QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
        }
        for (const Hearing &filled : storedHearings(absentCase)) {
            for (const Attendee &a : filled.attendees) {
                if (a.id == absent) {
                    QCOMPARE(a.occupation, QStringLiteral("Petani"));
                    QCOMPARE(a.name, name);
                }
            }
        }
    }
};

QTEST_MAIN(TestConfidential)
#include "TestConfidential.moc"
