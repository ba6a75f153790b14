// Prevention activities (#17, pencegahan) and the appeal letter (#16): the record through the
// store (roles, the change log, `check` clean and a change made outside Netra caught), its files
// kept with their SHA-256, packages carrying activities by UUID, the appeal letter printed
// through netra-cli and read back with pdftotext (its number from the letter book, taken when it
// is issued and never at a preview, the addressee, the signatory, no dotted gap, the signature
// never alone on a page) and as ODT, the figures of `stats`, the dashboard and the recap against
// hand-computed ones, and the window and its editor in Indonesian.
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "Translator.h"
#include "documents/AppealLetter.h"
#include "exchange/Package.h"
#include "prevention/ActivitiesWindow.h"
#include "prevention/ActivityDialog.h"
#include "stats/ChartData.h"
#include "stats/Recap.h"
#include "stats/Stats.h"
#include "store/ActivityRepository.h"
#include "store/AttachmentRepository.h"
#include "store/LetterBook.h"
#include "store/PackageStore.h"
#include "store/SettingsRepository.h"
#include "store/TrailCheck.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

namespace {

struct Run
{
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(600000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

Run cli(const QStringList &args)
{
    return run(QStringLiteral(NETRA_CLI), args);
}

QString pdfText(const QString &path, int page = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << path << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), args).out).simplified();
}

int pdfPages(const QString &path)
{
    return QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path}).out)
        .section(QLatin1String("Pages:"), 1)
        .section(QLatin1Char('\n'), 0, 0)
        .trimmed()
        .toInt();
}

const QString Chair = QStringLiteral("Bambang Sutrisno, S.H.");
const QString Addressee = QStringLiteral("Bupati Sukoharjo");

PreventionActivity outreach(const QDate &date, const QString &regency, int participants)
{
    PreventionActivity a;
    a.kind = Codes::Activity::Outreach;
    a.date = date;
    a.regencyCode = regency;
    a.title = QStringLiteral("Sosialisasi Netralitas ASN");
    a.place = QStringLiteral("Pendopo Kabupaten");
    a.agencies = QStringLiteral("Dinas Pendidikan\nDinas Kesehatan");
    a.positions = QStringLiteral("Kepala Dinas\nSekretaris Dinas");
    a.participants = participants;
    return a;
}

PreventionActivity appeal(const QDate &date)
{
    PreventionActivity a;
    a.kind = Codes::Activity::Appeal;
    a.date = date;
    a.regencyCode = QStringLiteral("3311");
    a.title = QStringLiteral("Imbauan Menjaga Netralitas Aparatur Sipil Negara");
    a.addresseeKind = QStringLiteral("ppk");
    a.addressee = Addressee;
    a.positions = QStringLiteral("Pejabat Pembina Kepegawaian");
    return a;
}

// How many change log entries a record has, by action.
int logged(Database &db, const QString &uuid, const QString &action)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE record_uuid = ? AND"
                             " action = ? AND case_uuid = ?"));
    q.addBindValue(uuid);
    q.addBindValue(action);
    q.addBindValue(uuid);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestPrevention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<Database> m_db;
    User m_officer, m_viewer;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("NETRA_TEST_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo("Files kept in %s", qPrintable(m_dir.path()));
        }
        m_file = TestSupport::location(path(QStringLiteral("office.netra")));
        m_db = TestSupport::openNew(m_file);
        QVERIFY(m_db);
        QVERIFY(TestSupport::addCliUsers(*m_db));
        QVERIFY(TestSupport::addUser(*m_db, QStringLiteral("petugas"), Role::Officer, &m_officer));
        QVERIFY(TestSupport::addUser(*m_db, QStringLiteral("pemantau"), Role::Viewer, &m_viewer));
        SettingsRepository settings(*m_db);
        QString error;
        for (const auto &[key, value] : QList<QPair<QString, QString>>{
                 {QStringLiteral("office_name"),
                  QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO")},
                 {QStringLiteral("office_address"), QStringLiteral("Jalan Jenderal Sudirman 12")},
                 {QStringLiteral("office_city"), QStringLiteral("Sukoharjo")},
                 {QStringLiteral("letter_pattern"),
                  QStringLiteral("{seq:3}/PP.01.02/K.JT-11/{month}/{year}")},
                 {QStringLiteral("signatory_chair"), Chair},
                 {QStringLiteral("signatory_coordinator"), QStringLiteral("Sitti Ramadhan")}})
            QVERIFY2(settings.setSetting(key, value, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        Translator::install(QStringLiteral("en"));
        m_db.reset();
    }

    // A viewer may read and not write; an officer writes, each change in the change log under
    // the activity's uuid, and `check` stays clean.
    void recordThroughStore()
    {
        Database &db = *m_db;
        ActivityRepository repo(db);
        db.setUser(m_viewer);
        PreventionActivity a = outreach(QDate(2024, 10, 2), QStringLiteral("3311"), 120);
        QString error;
        QVERIFY(!repo.save(a, &error));
        QCOMPARE(error, Access::refusal(Role::Viewer, Action::EditActivities));
        QCOMPARE(repo.list().size(), 0);

        db.setUser(m_officer);
        QVERIFY2(repo.save(a, &error), qPrintable(error));
        QVERIFY(a.id > 0);
        QCOMPARE(logged(db, a.uuid, QStringLiteral("create")), 1);
        a.participants = 125;
        a.notes = QStringLiteral("Daftar hadir terlampir.");
        QVERIFY2(repo.save(a, &error), qPrintable(error));
        QCOMPARE(logged(db, a.uuid, QStringLiteral("update")), 1);
        // Saving without a change writes no entry.
        QVERIFY2(repo.save(a, &error), qPrintable(error));
        QCOMPARE(logged(db, a.uuid, QStringLiteral("update")), 1);
        const std::optional<PreventionActivity> back = repo.load(a.id);
        QVERIFY(back);
        QCOMPARE(back->participants, 125);
        QCOMPARE(back->agencyList(), QStringList({QStringLiteral("Dinas Pendidikan"),
                                                  QStringLiteral("Dinas Kesehatan")}));

        // The attendance list, kept with its SHA-256; a viewer may not add one.
        AttachmentRepository files(db, AttachmentOwner::Activity);
        const QByteArray list("No;Nama;Instansi\n1;Sri;Dinas Pendidikan\n");
        AttachmentInfo info;
        db.setUser(m_viewer);
        QVERIFY(!files.addAttachment(a.id, QStringLiteral("daftar-hadir.csv"), list,
                                     QStringLiteral("text/csv"), &info, &error));
        QCOMPARE(error, Access::refusal(Role::Viewer, Action::EditActivities));
        db.setUser(m_officer);
        QVERIFY2(files.addAttachment(a.id, QStringLiteral("daftar-hadir.csv"), list,
                                     QStringLiteral("text/csv"), &info, &error),
                 qPrintable(error));
        QCOMPARE(info.sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(list, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(files.attachments(a.id).size(), 1);
        QCOMPARE(files.attachmentData(info.id), list);
        // The case's evidence is another table: no case sees the activity's file.
        QCOMPARE(AttachmentRepository(db).attachments(a.id).size(), 0);

        const TrailCheck::Result clean = TrailCheck::run(db);
        QVERIFY2(clean.ok(), qPrintable(clean.differences.value(0).message()));
        const Run check = cli({QStringLiteral("check"), m_file});
        QVERIFY2(check.exit == 0, check.out + check.err);

        // Changed outside Netra: caught by table, record and field.
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE activities SET participants = 999 WHERE id = %1").arg(a.id)));
        const TrailCheck::Result tampered = TrailCheck::run(db);
        QCOMPARE(tampered.differences.size(), 1);
        QCOMPARE(tampered.differences.first().table, QStringLiteral("activities"));
        QCOMPARE(tampered.differences.first().field, QStringLiteral("participants"));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE activities SET participants = 125 WHERE id = %1").arg(a.id)));
        QVERIFY(TrailCheck::run(db).ok());

        // Removing takes its files with it, each logged: still clean.
        PreventionActivity gone = outreach(QDate(2024, 9, 1), QStringLiteral("3311"), 10);
        QVERIFY2(repo.save(gone, &error), qPrintable(error));
        QVERIFY2(files.addAttachment(gone.id, QStringLiteral("foto.jpg"), QByteArray("jpeg"),
                                     QStringLiteral("image/jpeg"), &info, &error),
                 qPrintable(error));
        db.setUser(m_viewer);
        QVERIFY(!repo.remove(gone.id, &error));
        db.setUser(m_officer);
        QVERIFY2(repo.remove(gone.id, &error), qPrintable(error));
        QCOMPARE(logged(db, gone.uuid, QStringLiteral("delete")), 1);
        QVERIFY(!repo.load(gone.id));
        const TrailCheck::Result after = TrailCheck::run(db);
        QVERIFY2(after.ok(), qPrintable(after.differences.value(0).message()));
    }

    void rules()
    {
        const QDate today(2024, 12, 31);
        PreventionActivity a = appeal(today);
        QVERIFY(ActivityValidator::problems(a, today).isEmpty());
        a.addressee.clear();
        QCOMPARE(ActivityValidator::problems(a, today),
                 QStringList{QStringLiteral("Give the addressee of the appeal letter.")});
        PreventionActivity o = outreach(today, QStringLiteral("3311"), 5);
        o.place.clear();
        QCOMPARE(ActivityValidator::problems(o, today),
                 QStringList{QStringLiteral("Give the place of the activity.")});
        o.online = true;
        o.platform = QStringLiteral("Zoom");
        QVERIFY(ActivityValidator::problems(o, today).isEmpty());
        o.regencyCode = QStringLiteral("9999");
        o.kind = QStringLiteral("konser");
        QCOMPARE(ActivityValidator::problems(o, today).size(), 2);
    }

    // A package carries the activities by UUID: into an empty file, then a change made at the
    // source comes in as an update of the same record.
    void packageRoundTrip()
    {
        Database &db = *m_db;
        db.setUser(m_officer);
        ActivityRepository repo(db);
        PreventionActivity letter = appeal(QDate(2024, 11, 4));
        QString error;
        QVERIFY2(repo.save(letter, &error), qPrintable(error));

        auto carry = [&](Database &to, ImportPlan *plan) {
            Package::Content content;
            QVERIFY2(PackageStore(db).collect({}, false, false, &content, &error),
                     qPrintable(error));
            Package::Content read;
            QString reason;
            QVERIFY2(Package::read(Package::write(content), &read, &reason), qPrintable(reason));
            QCOMPARE(read.count(QStringLiteral("activities")), repo.list().size());
            QVERIFY2(PackageStore(to).apply(read, Settlement::Ask, {}, plan, &reason),
                     qPrintable(reason));
        };
        auto other = TestSupport::openNew(path(QStringLiteral("province.netra")));
        QVERIFY(other);
        ImportPlan plan;
        carry(*other, &plan);
        QCOMPARE(plan.tables.value(QStringLiteral("activities")).added, int(repo.list().size()));
        const QList<PreventionActivity> mine = repo.list(),
                                        theirs = ActivityRepository(*other).list();
        QCOMPARE(theirs.size(), mine.size());
        for (int i = 0; i < mine.size(); ++i) {
            QCOMPARE(theirs.at(i).uuid, mine.at(i).uuid);
            QCOMPARE(ActivityRepository::columns(theirs.at(i)),
                     ActivityRepository::columns(mine.at(i)));
        }
        QVERIFY(TrailCheck::run(*other).ok());

        letter.addressee = QStringLiteral("Sekretaris Daerah Kabupaten Sukoharjo");
        QVERIFY2(repo.save(letter, &error), qPrintable(error));
        carry(*other, &plan);
        QCOMPARE(plan.tables.value(QStringLiteral("activities")).updated, 1);
        QCOMPARE(ActivityRepository(*other).find(letter.uuid)->addressee, letter.addressee);
        QVERIFY(TrailCheck::run(*other).ok());
        // Back as it was, for the letter below.
        letter.addressee = Addressee;
        QVERIFY2(repo.save(letter, &error), qPrintable(error));

        // Cases chosen one by one take no activity with them.
        CaseFilter chosen;
        chosen.numbers << QStringLiteral("001/Reg/LP/PB/Kab/33.11/IX/2020");
        Package::Content some;
        QVERIFY2(PackageStore(db).collect(chosen, false, false, &some, &error), qPrintable(error));
        QCOMPARE(some.count(QStringLiteral("activities")), 0);

        // A province's cases take that province's activities, none of another's.
        int inCentralJava = 0;
        for (const PreventionActivity &a : repo.list())
            inCentralJava += a.regencyCode.startsWith(QLatin1String("33"));
        QVERIFY(inCentralJava > 0);
        for (const auto &[province, expected] : QList<std::pair<QString, int>>{
                 {QStringLiteral("33"), inCentralJava}, {QStringLiteral("34"), 0}}) {
            CaseFilter region;
            region.provinceCode = province;
            Package::Content ofRegion;
            QVERIFY2(PackageStore(db).collect(region, false, false, &ofRegion, &error),
                     qPrintable(error));
            QCOMPARE(ofRegion.count(QStringLiteral("activities")), expected);
        }
    }

    // The appeal letter: a draft (KONSEP, no number, nothing written) until it is issued, then
    // its number from the letter book, the addressee and the chair's name; reprints keep it.
    void appealLetter()
    {
        const std::optional<PreventionActivity> letter = [&] {
            for (const PreventionActivity &a : ActivityRepository(*m_db).list()) {
                if (a.isAppeal())
                    return std::optional<PreventionActivity>(a);
            }
            return std::optional<PreventionActivity>();
        }();
        QVERIFY(letter);
        const QByteArray before = TestSupport::storeState(m_file);
        const QString draft = path(QStringLiteral("imbauan-konsep.pdf"));
        Run r = cli({QStringLiteral("activities"), m_file, QStringLiteral("--letter"), letter->uuid,
                     QStringLiteral("--out"), draft});
        QVERIFY2(r.exit == 0, r.err.constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QStringLiteral("draft")).toBool());
        QVERIFY(o.value(QStringLiteral("letter_number")).isNull());
        QCOMPARE(TestSupport::storeState(m_file), before);
        QVERIFY(LetterBook(*m_db).list().isEmpty());
        QString text = pdfText(draft);
        QVERIFY2(text.contains(QLatin1String("KONSEP")), qPrintable(text));

        const QString issued = path(QStringLiteral("imbauan.pdf"));
        r = cli({QStringLiteral("activities"), m_file, QStringLiteral("--letter"), letter->uuid,
                 QStringLiteral("--issue"), QStringLiteral("--out"), issued});
        QVERIFY2(r.exit == 0, r.err.constData());
        o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!o.value(QStringLiteral("draft")).toBool());
        const QString number = o.value(QStringLiteral("letter_number")).toString();
        const QList<Letter> book = LetterBook(*m_db).list();
        QCOMPARE(book.size(), 1);
        QCOMPARE(book.first().number, number);
        QCOMPARE(book.first().kind, QStringLiteral("appeal"));
        QCOMPARE(book.first().addressee, Addressee);
        QCOMPARE(book.first().signatory, Chair);
        QVERIFY2(number.contains(QRegularExpression(
                     QStringLiteral("^001/PP\\.01\\.02/K\\.JT-11/[IVX]+/\\d{4}$"))),
                 qPrintable(number));
        text = pdfText(issued);
        for (const QString &expected :
             {number, Addressee, Chair, letter->title, QStringLiteral("Halaman 1 dari"),
              QStringLiteral("Sukoharjo,"), QStringLiteral("Demikian imbauan")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String(": ") + text));
        for (const QString &gap : {QStringLiteral("……"), QStringLiteral("....."),
                                   QStringLiteral("KONSEP"), QStringLiteral("(……)")})
            QVERIFY2(!text.contains(gap), qPrintable(gap + QLatin1String(": ") + text));
        // The signature block is on the page of the closing lines.
        for (int page = 1; page <= pdfPages(issued); ++page) {
            const QString p = pdfText(issued, page);
            if (p.contains(Chair))
                QVERIFY2(p.contains(QLatin1String("Demikian imbauan")), qPrintable(p));
        }
        // The rules it rests on, for a PPK the follow-up of recommendations.
        QVERIFY(text.contains(QLatin1String("Nomor 20 Tahun 2023")));
        QVERIFY(text.contains(QLatin1String("Pejabat Pembina Kepegawaian")));

        // A reprint keeps the number; the editable copy has it too.
        const QString odt = path(QStringLiteral("imbauan.odt"));
        r = cli({QStringLiteral("activities"), m_file, QStringLiteral("--letter"), letter->uuid,
                 QStringLiteral("--issue"), QStringLiteral("--format"), QStringLiteral("odt"),
                 QStringLiteral("--out"), odt});
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("letter_number")),
                 QJsonValue(number));
        QCOMPARE(LetterBook(*m_db).list().size(), 1);
        const QString xml = QString::fromUtf8(
            run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")})
                .out);
        QVERIFY2(xml.contains(number) && xml.contains(Addressee), qPrintable(xml.left(2000)));

        // `activities --json` names the number; the change log is still clean.
        const QJsonArray list =
            QJsonDocument::fromJson(cli({QStringLiteral("activities"), m_file,
                                         QStringLiteral("--kind"), QStringLiteral("surat_imbauan")})
                                        .out)
                .array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("letter_number")).toString(), number);
        const Run check = cli({QStringLiteral("check"), m_file});
        QVERIFY2(check.exit == 0, check.out + check.err);
    }

    // `activities --add` as the command line's coordinator; a viewer is refused.
    void addFromCommandLine()
    {
        const QStringList add{QStringLiteral("activities"),
                              m_file,
                              QStringLiteral("--add"),
                              QStringLiteral("--kind"),
                              QStringLiteral("rapat_koordinasi"),
                              QStringLiteral("--date"),
                              QStringLiteral("2024-08-20"),
                              QStringLiteral("--regency"),
                              QStringLiteral("33.11"),
                              QStringLiteral("--title"),
                              QStringLiteral("Rapat Koordinasi Netralitas"),
                              QStringLiteral("--online"),
                              QStringLiteral("Zoom"),
                              QStringLiteral("--agencies"),
                              QStringLiteral("Inspektorat; BKPSDM"),
                              QStringLiteral("--participants"),
                              QStringLiteral("18")};
        Run r = cli(add);
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("participants")).toInt(), 18);
        QCOMPARE(o.value(QStringLiteral("agencies")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("regency_code")).toString(), QStringLiteral("3311"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NETRA_USER"), QStringLiteral("pemantau"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NETRA_CLI), add);
        p.waitForFinished(60000);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("prevention")),
                 "the viewer's refusal names what is refused");
    }

    // The figures per period and regency against hand-computed ones: stats, the dashboard's
    // data and the recap.
    void counts()
    {
        auto db = TestSupport::openNew(path(QStringLiteral("counts.netra")));
        QVERIFY(db);
        QVERIFY(TestSupport::addCliUsers(*db));
        ActivityRepository repo(*db);
        QString error;
        const QList<PreventionActivity> seeded{
            outreach(QDate(2024, 1, 10), QStringLiteral("3311"), 100),
            outreach(QDate(2024, 3, 5), QStringLiteral("3311"), 40),
            outreach(QDate(2024, 3, 6), QStringLiteral("3372"), 70),
            outreach(QDate(2023, 12, 31), QStringLiteral("3311"), 500),
            appeal(QDate(2024, 2, 1)),
            appeal(QDate(2025, 1, 1)),
        };
        for (PreventionActivity a : seeded)
            QVERIFY2(repo.save(a, &error), qPrintable(error));
        CaseFilter year2024;
        year2024.receivedFrom = QDate(2024, 1, 1);
        year2024.receivedTo = QDate(2024, 12, 31);
        // 2024: three outreach events (210 participants) and one appeal letter.
        const QJsonObject stats =
            Stats::compute(*db, year2024).value(QStringLiteral("prevention")).toObject();
        QCOMPARE(stats.value(QStringLiteral("activities")).toInt(), 4);
        QCOMPARE(stats.value(QStringLiteral("participants")).toInt(), 210);
        QCOMPARE(stats.value(QStringLiteral("by_kind")).toObject(),
                 QJsonObject(
                     {{QStringLiteral("sosialisasi"), 3}, {QStringLiteral("surat_imbauan"), 1}}));
        CaseFilter sukoharjo = year2024;
        sukoharjo.regencyCode = QStringLiteral("3311");
        const ChartData chart = ChartData::compute(*db, sukoharjo);
        QCOMPARE(chart.activities, 3);
        QCOMPARE(chart.participants, 140);
        QCOMPARE(chart.prevention.size(), 2);
        QCOMPARE(chart.prevention.first().value, 2);

        const Recap recap = Recap::compute(*db, year2024);
        QCOMPARE(recap.rows.size(), 2); // no case, but activities in both regencies
        QCOMPARE(recap.rows.at(0).regencyCode, QStringLiteral("3311"));
        QCOMPARE(recap.rows.at(0).activities, 3);
        QCOMPARE(recap.rows.at(0).participants, 140);
        QCOMPARE(recap.rows.at(1).activities, 1);
        QCOMPARE(recap.total.activities, 4);
        QCOMPARE(recap.total.participants, 210);
        const int outreachColumn = int(recap.activityKinds.indexOf(QStringLiteral("sosialisasi")));
        QCOMPARE(recap.total.byActivity.at(outreachColumn), 3);

        // `netra-cli stats` gives the same.
        db.reset();
        const Run r = cli({QStringLiteral("stats"),
                           TestSupport::location(path(QStringLiteral("counts.netra"))),
                           QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                           QStringLiteral("--to"), QStringLiteral("2024-12-31")});
        QCOMPARE(
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("prevention")).toObject(),
            stats);
    }

    // The window as an officer: every activity listed, an appeal letter issued from it; a viewer
    // may open but not add or issue. In Indonesian, no English word of its own.
    void window()
    {
        Database &db = *m_db;
        db.setUser(m_officer);
        ActivitiesWindow w(db);
        w.show();
        QCOMPARE(w.table()->rowCount(), int(ActivityRepository(db).list().size()));
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("activityAdd"))->isEnabled());
        // A new appeal letter, issued from the window: the next number of the book.
        PreventionActivity second = appeal(QDate(2024, 12, 20));
        second.addressee = QStringLiteral("Kepala Desa se-Kabupaten Sukoharjo");
        second.addresseeKind = QStringLiteral("kepala_desa");
        QString error;
        QVERIFY2(ActivityRepository(db).save(second, &error), qPrintable(error));
        w.refresh();
        int row = -1;
        for (int i = 0; i < w.table()->rowCount(); ++i) {
            if (w.table()->item(i, 3)->text() == second.addressee)
                row = i;
        }
        QVERIFY(row >= 0);
        w.table()->selectRow(row);
        auto *issue = w.findChild<QPushButton *>(QStringLiteral("activityIssueLetter"));
        QVERIFY(issue->isEnabled());
        QVERIFY2(w.issueLetter(&error), qPrintable(error));
        // The second entry of the book, from the year's sequence of the file's today.
        const QList<Letter> book = LetterBook(db).list();
        QCOMPARE(book.size(), 2);
        const auto entry = std::find_if(book.cbegin(), book.cend(), [&](const Letter &l) {
            return l.document == AppealLetter::documentKey(second);
        });
        QVERIFY(entry != book.cend());
        const QString number = entry->number;
        QCOMPARE(entry->year, db.today().year());
        QCOMPARE(entry->sequence,
                 int(std::count_if(book.cbegin(), book.cend(),
                                   [&](const Letter &l) { return l.year == entry->year; })));
        QCOMPARE(w.table()->item(w.table()->currentRow(), 6)->text(), number);
        QVERIFY(!issue->isEnabled()); // issued once
        const std::optional<PrintedDocument> letter = w.currentLetter();
        QVERIFY(letter);
        QCOMPARE(letter->letter.number, number);
        QVERIFY(letter->bodyHtml.contains(QLatin1String("Undang-Undang Nomor 6 Tahun 2014")));

        // Of one regency, the activities leave the regency's column's room to the theme; of
        // several, they show theirs.
        const int regencyColumn = 4;
        QVERIFY(w.table()->isColumnHidden(regencyColumn));
        PreventionActivity elsewhere = outreach(QDate(2024, 12, 21), QStringLiteral("3312"), 40);
        QVERIFY2(ActivityRepository(db).save(elsewhere, &error), qPrintable(error));
        w.refresh();
        QVERIFY(!w.table()->isColumnHidden(regencyColumn));
        auto *kind = w.findChild<QComboBox *>(QStringLiteral("activityKindFilter"));
        kind->setCurrentIndex(kind->findData(QString(Codes::Activity::Appeal)));
        QVERIFY(w.table()->rowCount() >= 2);
        QVERIFY(w.table()->isColumnHidden(regencyColumn));
        kind->setCurrentIndex(0);
        QVERIFY(!w.table()->isColumnHidden(regencyColumn));

        db.setUser(m_viewer);
        ActivitiesWindow readOnly(db);
        QVERIFY(!readOnly.findChild<QPushButton *>(QStringLiteral("activityAdd"))->isEnabled());
        readOnly.table()->selectRow(0);
        QVERIFY(!readOnly.findChild<QPushButton *>(QStringLiteral("activityRemove"))->isEnabled());
        ActivityDialog view(db, ActivityRepository(db).list().first());
        QVERIFY(!view.findChild<QLineEdit *>(QStringLiteral("activityTitle"))->isEnabled() ||
                view.findChild<QLineEdit *>(QStringLiteral("activityTitle"))->isReadOnly());
        db.setUser(m_officer);
    }

    void indonesian()
    {
        QVERIFY(Translator::install(QStringLiteral("id")));
        Database &db = *m_db;
        db.setUser(m_officer);
        ActivitiesWindow w(db);
        w.show();
        PreventionActivity a = outreach(QDate(2024, 10, 2), QStringLiteral("3311"), 5);
        ActivityDialog editor(db, a);
        editor.show();
        PreventionActivity letter = appeal(QDate(2024, 10, 2));
        ActivityDialog letterEditor(db, letter);
        letterEditor.show();
        QCOMPARE(w.windowTitle(), QStringLiteral("Kegiatan pencegahan"));
        // Words of its own English texts that have no place in Indonesian.
        static const QRegularExpression english(
            QStringLiteral("\\b(Activity|Activities|Prevention|Participants|Add|Remove|Open|"
                           "Theme|Place|Kind|Date|Letter|Subject|Agencies|Positions|Notes|Save|"
                           "Cancel|Close|Issue|Print|Year|All|Regency|Addressee|Held|online|"
                           "Attendance|photos|files|Files|Not issued|Name|Size|Added)\\b"));
        for (QWidget *root : {static_cast<QWidget *>(&w), static_cast<QWidget *>(&editor),
                              static_cast<QWidget *>(&letterEditor)}) {
            QStringList texts{root->windowTitle()};
            for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
                texts << b->text() << b->toolTip();
            for (QLabel *l : root->findChildren<QLabel *>())
                texts << l->text();
            for (QComboBox *c : root->findChildren<QComboBox *>()) {
                for (int i = 0; i < c->count(); ++i)
                    texts << c->itemText(i);
            }
            for (QTabWidget *t : root->findChildren<QTabWidget *>()) {
                for (int i = 0; i < t->count(); ++i)
                    texts << t->tabText(i);
            }
            for (QTableWidget *t : root->findChildren<QTableWidget *>()) {
                for (int c = 0; c < t->columnCount(); ++c)
                    texts << t->horizontalHeaderItem(c)->text();
            }
            for (QTreeWidget *t : root->findChildren<QTreeWidget *>()) {
                for (int c = 0; c < t->columnCount(); ++c)
                    texts << t->headerItem()->text(c);
            }
            for (const QString &t : std::as_const(texts)) {
                const QString plain = QString(t).remove(QLatin1Char('&'));
                QVERIFY2(!english.match(plain).hasMatch(),
                         qPrintable(root->objectName() + QLatin1String(": ") + plain));
            }
        }
        // NETRA_TEST_GRAB=DIR keeps pictures of the windows, to look at them.
        const QString grab = qEnvironmentVariable("NETRA_TEST_GRAB");
        if (!grab.isEmpty()) {
            w.grab().save(QDir(grab).filePath(QStringLiteral("activities.png")));
            editor.grab().save(QDir(grab).filePath(QStringLiteral("activity.png")));
            letterEditor.grab().save(QDir(grab).filePath(QStringLiteral("appeal.png")));
        }
        Translator::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestPrevention)
#include "TestPrevention.moc"
