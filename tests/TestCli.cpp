// netra-cli as a script uses it: exit codes, JSON, and no change to a file it refuses. The
// program is run as a child process; its commands (the netra_cli library) are also run in this
// process, their output taken from the context's streams.
#include "TestSupport.h"
#include "Translator.h"
#include "XlsxSheet.h"
#include "cli/CommandLine.h"
#include "documents/PrintedDocument.h"
#include "exchange/LedgerXlsx.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    struct Run
    {
        int exit = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(NETRA_CLI), args);
        p.waitForFinished(600000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // The same command line run in this process, through a context over buffers; `environment`
    // in place of the process's (NETRA_USER, NETRA_PASSWORD, NETRA_NEW_PASSWORD).
    Run inProcess(const QStringList &args,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        int exit = -1;
        {
            Context ctx(&out, &err);
            ctx.environment = environment;
            exit = CommandLine::run(ctx, QStringList{QStringLiteral("netra-cli")} + args);
        } // the context closes the data file it opened and flushes its streams
        return {exit, out.data(), err.data()};
    }

    // A JSON answer without the records' UUIDs (random, so never the same in two stores).
    static QJsonValue withoutUuids(const QJsonValue &v)
    {
        if (v.isArray()) {
            QJsonArray out;
            for (const QJsonValue &item : v.toArray())
                out.append(withoutUuids(item));
            return out;
        }
        if (!v.isObject())
            return v;
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("uuid"))
                out.insert(it.key(), withoutUuids(it.value()));
        }
        return out;
    }
    static QJsonValue withoutUuids(const QJsonDocument &d)
    {
        return withoutUuids(d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object()));
    }

    static QByteArray sha(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void initTestCase()
    {
        // As netra-cli's main() does, for the commands run in this process: the program's name
        // (in --help) and the language of NETRA_LANG.
        QCoreApplication::setApplicationName(QStringLiteral("netra-cli"));
        Translator::install(Translator::pick(qEnvironmentVariable("NETRA_LANG")));
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.netra"));
        const Run r = cli(
            {QStringLiteral("demo"), QStringLiteral("--out"), m_demo, QStringLiteral("--cases"),
             QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("42"),
             QStringLiteral("--regencies"), QStringLiteral("3311,33.12"), QStringLiteral("--today"),
             QStringLiteral("2026-11-23"), QStringLiteral("--quiet")});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("cases")).toInt(), 400);
    }

    void helpForEachCommand()
    {
        for (const char *command : {"demo", "check", "stats", "cases", "holidays", "settings"}) {
            const Run r = cli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(r.exit, 0);
            QVERIFY2(r.out.contains("Usage:"), command);
        }
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains("stats"));
        QCOMPARE(cli({QStringLiteral("nonsense")}).exit, 2);
    }

    void demoFileChecksClean()
    {
        const Run r = cli({QStringLiteral("check"), m_demo});
        QCOMPARE(r.exit, 0);
        const QJsonObject o = r.json().object();
        QVERIFY(o.value(QStringLiteral("ok")).toBool());
        QCOMPARE(o.value(QStringLiteral("cases_checked")).toInt(), 400);
    }

    void sameSeedSameData()
    {
        const QString again = m_dir.filePath(QStringLiteral("again.netra"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--out"), again,
                      QStringLiteral("--cases"), QStringLiteral("400"), QStringLiteral("--seed"),
                      QStringLiteral("42"), QStringLiteral("--regencies"),
                      QStringLiteral("3311,3312"), QStringLiteral("--today"),
                      QStringLiteral("2026-11-23"), QStringLiteral("--quiet")})
                     .exit,
                 0);
        const QStringList args{QStringLiteral("--today"), QStringLiteral("2026-11-23")};
        const Run a = cli(QStringList{QStringLiteral("cases"), m_demo} + args);
        const Run b = cli(QStringList{QStringLiteral("cases"), again} + args);
        QCOMPARE(a.exit, 0);
        QCOMPARE(a.json().array().size(), 400);
        QCOMPARE(a.out, b.out);
        // A different seed gives different cases.
        const QString other = m_dir.filePath(QStringLiteral("other.netra"));
        cli({QStringLiteral("demo"), QStringLiteral("--out"), other, QStringLiteral("--cases"),
             QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("43"),
             QStringLiteral("--quiet")});
        QVERIFY(cli(QStringList{QStringLiteral("cases"), other} + args).out != a.out);
    }

    // The demo records its cases in the order they were received, as an office does: each
    // series of receipt numbers (kind, election, regency, year) follows the dates received.
    void demoNumbersFollowTheirDates()
    {
        const Run r = cli({QStringLiteral("cases"), m_demo, QStringLiteral("--today"),
                           QStringLiteral("2026-11-23")});
        QCOMPARE(r.exit, 0);
        QMap<QString, QList<std::pair<QString, int>>> series;
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject c = v.toObject();
            const QStringList parts =
                c.value(QStringLiteral("receipt_number")).toString().split(QLatin1Char('/'));
            QCOMPARE(parts.size(), 7); // 001/LP/PB/Kab/33.11/XI/2026
            series[QStringList{parts.at(1), parts.at(2), parts.at(4), parts.at(6)}.join(
                QLatin1Char('/'))]
                << std::pair(c.value(QStringLiteral("received_date")).toString(),
                             parts.at(0).toInt());
        }
        QVERIFY(series.size() > 4);
        for (auto it = series.begin(); it != series.end(); ++it) {
            std::sort(it->begin(), it->end());
            for (qsizetype i = 1; i < it->size(); ++i)
                QVERIFY2(it->at(i).second > it->at(i - 1).second,
                         qPrintable(QStringLiteral("%1: %2 received %3 after %4 received %5")
                                        .arg(it.key())
                                        .arg(it->at(i).second)
                                        .arg(it->at(i).first)
                                        .arg(it->at(i - 1).second)
                                        .arg(it->at(i - 1).first)));
        }
    }

    void demoHasEveryStatusAndRealisticShares()
    {
        const QJsonObject s =
            cli({QStringLiteral("stats"), m_demo, QStringLiteral("--json")}).json().object();
        QCOMPARE(s.value(QStringLiteral("cases")).toInt(), 400);
        const QJsonObject byStatus = s.value(QStringLiteral("by_status")).toObject();
        for (const char *status : {"diterima", "tidak_diregistrasi", "diteruskan", "dihentikan"})
            QVERIFY2(byStatus.value(QLatin1String(status)).toInt() > 0, status);
        int total = 0;
        for (const QJsonValue &v : byStatus)
            total += v.toInt();
        QCOMPARE(total, 400);
        // Social media is the largest category, as in the KASN figures.
        const QJsonObject byCategory = s.value(QStringLiteral("by_violation_category")).toObject();
        for (auto it = byCategory.begin(); it != byCategory.end(); ++it)
            QVERIFY(byCategory.value(QStringLiteral("media_sosial")).toInt() >= it->toInt());
        const double rate = s.value(QStringLiteral("follow_up_rate")).toDouble();
        QVERIFY2(rate > 0.3 && rate < 0.8, qPrintable(QString::number(rate)));
        QCOMPARE(s.value(QStringLiteral("by_regency")).toArray().size(), 2);
    }

    void statsFiltersByRegencyAndPeriod()
    {
        const QJsonObject all = cli({QStringLiteral("stats"), m_demo}).json().object();
        const QJsonObject one = cli({QStringLiteral("stats"), m_demo, QStringLiteral("--regency"),
                                     QStringLiteral("33.12")})
                                    .json()
                                    .object();
        QJsonObject row;
        for (const QJsonValue &r : all.value(QStringLiteral("by_regency")).toArray()) {
            if (r.toObject().value(QStringLiteral("code")).toString() == QLatin1String("3312"))
                row = r.toObject();
        }
        const int fromList = row.value(QStringLiteral("cases")).toInt();
        QVERIFY(fromList > 0);
        QCOMPARE(one.value(QStringLiteral("cases")).toInt(), fromList);
        // The regency's row has the regency's own recommendations and follow-up.
        QVERIFY(row.value(QStringLiteral("recommended_for_sanction")).toInt() > 0);
        for (const char *key : {"recommendations", "recommended_for_sanction", "followed_up",
                                "followed_up_as_recommended", "follow_up_rate"})
            QCOMPARE(row.value(QLatin1String(key)), one.value(QLatin1String(key)));
        const QJsonObject period = cli({QStringLiteral("stats"), m_demo, QStringLiteral("--from"),
                                        QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                                        QStringLiteral("2020-12-31")})
                                       .json()
                                       .object();
        QVERIFY(period.value(QStringLiteral("cases")).toInt() > 0);
        QVERIFY(period.value(QStringLiteral("cases")).toInt() < 400);
        QCOMPARE(cli({QStringLiteral("stats"), m_demo, QStringLiteral("--from"),
                      QStringLiteral("2020-02-30")})
                     .exit,
                 2);
        QCOMPARE(cli({QStringLiteral("stats"), m_demo, QStringLiteral("--regency"),
                      QStringLiteral("9999")})
                     .exit,
                 2);

        // A province: the demo's two regencies are both in Central Java (33).
        const QJsonArray provinces = all.value(QStringLiteral("by_province")).toArray();
        QCOMPARE(provinces.size(), 1);
        QCOMPARE(provinces.at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("33"));
        QCOMPARE(provinces.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Jawa Tengah"));
        QCOMPARE(provinces.at(0).toObject().value(QStringLiteral("cases")).toInt(),
                 all.value(QStringLiteral("cases")).toInt());
        for (const char *key : {"recommendations", "followed_up", "follow_up_rate"})
            QCOMPARE(provinces.at(0).toObject().value(QLatin1String(key)),
                     all.value(QLatin1String(key)));
        auto province = [&](const QStringList &more) {
            return cli(QStringList{QStringLiteral("stats"), m_demo} + more);
        };
        QCOMPARE(province({QStringLiteral("--province"), QStringLiteral("33")})
                     .json()
                     .object()
                     .value(QStringLiteral("cases"))
                     .toInt(),
                 all.value(QStringLiteral("cases")).toInt());
        QCOMPARE(province({QStringLiteral("--province"), QStringLiteral("34")})
                     .json()
                     .object()
                     .value(QStringLiteral("cases"))
                     .toInt(),
                 0);
        QCOMPARE(province({QStringLiteral("--province"), QStringLiteral("99")}).exit, 2);
        const Run mismatch = province({QStringLiteral("--regency"), QStringLiteral("3312"),
                                       QStringLiteral("--province"), QStringLiteral("34")});
        QCOMPARE(mismatch.exit, 2);
        QVERIFY2(mismatch.err.contains("not in the province"), mismatch.err.constData());
    }

    // netra-cli recap writes the dashboard's recap without a window, as XLSX or CSV by the
    // suffix; its figures are those of stats for the same filter: each regency's cases, and the
    // totals of cases, persons reported, recommended for a sanction and followed up.
    void recapMatchesStats()
    {
        const QStringList filter{QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                                 QStringLiteral("--to"), QStringLiteral("2024-12-31")};
        const QJsonObject stats =
            cli(QStringList{QStringLiteral("stats"), m_demo} + filter).json().object();
        QVERIFY(stats.value(QStringLiteral("cases")).toInt() > 0);
        QVERIFY(stats.value(QStringLiteral("cases")).toInt() < 400);
        QHash<QString, int> byRegency;
        for (const QJsonValue &r : stats.value(QStringLiteral("by_regency")).toArray())
            byRegency.insert(r.toObject().value(QStringLiteral("code")).toString(),
                             r.toObject().value(QStringLiteral("cases")).toInt());
        QCOMPARE(byRegency.size(), 2);
        const QStringList figures{QStringLiteral("cases"), QStringLiteral("persons_reported"),
                                  QStringLiteral("recommended_for_sanction"),
                                  QStringLiteral("followed_up")};
        QStringList expected;
        for (const QString &key : figures)
            expected << QString::number(stats.value(key).toInt());

        // The CSV: a row per regency, then the total.
        const QString csv = m_dir.filePath(QStringLiteral("rekap.csv"));
        const Run written = cli(QStringList{QStringLiteral("recap"), m_demo} + filter +
                                QStringList{QStringLiteral("--out"), csv});
        QVERIFY2(written.exit == 0, written.err.constData());
        QCOMPARE(written.json().object().value(QStringLiteral("cases")).toInt(),
                 stats.value(QStringLiteral("cases")).toInt());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QStringList> lines;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                lines << QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
        }
        QCOMPARE(lines.size(), 1 + byRegency.size() + 1);
        const QStringList header = lines.first();
        const int casesColumn = int(header.indexOf(QStringLiteral("Jumlah Kasus")));
        QVERIFY(casesColumn > 1);
        for (int i = 1; i <= byRegency.size(); ++i)
            QCOMPARE(lines.at(i).at(casesColumn).toInt(), byRegency.value(lines.at(i).at(0)));
        QCOMPARE(lines.last().mid(casesColumn, 4), expected);

        // The workbook: the same figures as numbers.
        const QString xlsx = m_dir.filePath(QStringLiteral("rekap.xlsx"));
        const Run book = cli(QStringList{QStringLiteral("recap"), m_demo} + filter +
                             QStringList{QStringLiteral("--out"), xlsx});
        QVERIFY2(book.exit == 0, book.err.constData());
        const XlsxSheet sheet = XlsxSheet::read(xlsx);
        int head = 0;
        for (int r = 1; r < 20 && !head; ++r) {
            if (sheet.cells.value(QStringLiteral("A%1").arg(r)) == QLatin1String("Kode"))
                head = r;
        }
        QVERIFY2(head > 0, qPrintable(sheet.xml.left(2000)));
        const int totalRow = head + int(byRegency.size()) + 1;
        QStringList inBook;
        for (int c = casesColumn; c < casesColumn + 4; ++c) {
            inBook << sheet.cells.value(XlsxSheet::column(c + 1) + QString::number(totalRow))
                          .remove(QStringLiteral("number:"));
        }
        QCOMPARE(inBook, expected);
        for (int r = head + 1; r < totalRow; ++r) {
            const QString code = sheet.cells.value(QStringLiteral("A%1").arg(r));
            QCOMPARE(sheet.cells.value(XlsxSheet::column(casesColumn + 1) + QString::number(r)),
                     QStringLiteral("number:%1").arg(byRegency.value(code)));
        }

        // Neither another format nor a missing --out.
        QCOMPARE(cli({QStringLiteral("recap"), m_demo, QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("rekap.pdf"))})
                     .exit,
                 2);
        QCOMPARE(cli({QStringLiteral("recap"), m_demo}).exit, 2);
    }

    // netra-cli export-xlsx --ledger: the follow-up ledger as a workbook, a row per person
    // reported in a forwarded case, as many as stats counts; --show late keeps the late ones.
    void ledgerAsWorkbook()
    {
        const QJsonObject stats = cli({QStringLiteral("stats"), m_demo}).json().object();
        const QString xlsx = m_dir.filePath(QStringLiteral("ledger.xlsx"));
        const Run all = cli({QStringLiteral("export-xlsx"), m_demo, QStringLiteral("--ledger"),
                             QStringLiteral("--out"), xlsx});
        QVERIFY2(all.exit == 0, all.err.constData());
        const int persons = all.json().object().value(QStringLiteral("persons")).toInt();
        QCOMPARE(persons, stats.value(QStringLiteral("forwarded_persons")).toInt());
        QVERIFY(persons > 0);
        const XlsxSheet sheet = XlsxSheet::read(xlsx);
        const QStringList nips = sheet.values(LedgerXlsx::tr("NIP"));
        QCOMPARE(nips.size(), persons);
        for (const QString &nip : nips)
            QVERIFY2(!nip.startsWith(QLatin1String("number:")), qPrintable(nip));
        const QStringList codes =
            sheet.values(LedgerXlsx::tr("%1 (code)").arg(LedgerXlsx::tr("State")));
        QCOMPARE(codes.size(), persons);
        const int late = int(codes.count(QStringLiteral("late")));
        QVERIFY(late > 0);

        const Run onlyLate =
            cli({QStringLiteral("export-xlsx"), m_demo, QStringLiteral("--ledger"),
                 QStringLiteral("--show"), QStringLiteral("late"), QStringLiteral("--out"), xlsx});
        QVERIFY2(onlyLate.exit == 0, onlyLate.err.constData());
        QCOMPARE(onlyLate.json().object().value(QStringLiteral("persons")).toInt(), late);
        QCOMPARE(
            cli({QStringLiteral("export-xlsx"), m_demo, QStringLiteral("--ledger"),
                 QStringLiteral("--show"), QStringLiteral("soon"), QStringLiteral("--out"), xlsx})
                .exit,
            2);
        QCOMPARE(cli({QStringLiteral("export-xlsx"), m_demo, QStringLiteral("--ledger"),
                      QStringLiteral("--with-identities"), QStringLiteral("--out"), xlsx})
                     .exit,
                 2);
    }

    // The demo's PPKs: the two regents, the governor and the Minister of Religious Affairs, with
    // records far apart (the minister answers promptly, the governor mostly not), adding up to
    // the statistics' recommendations and follow-ups.
    void demoPpksHaveGoodAndPoorRecords()
    {
        const Run r = cli({QStringLiteral("ppk"), m_demo, QStringLiteral("--json"),
                           QStringLiteral("--today"), QStringLiteral("2026-11-23")});
        QCOMPARE(r.exit, 0);
        const QJsonArray ppks = r.json().object().value(QStringLiteral("ppks")).toArray();
        QHash<QString, QJsonObject> byName;
        int received = 0, decided = 0;
        for (const QJsonValue &v : ppks) {
            const QJsonObject o = v.toObject();
            byName.insert(o.value(QStringLiteral("name")).toString(), o);
            received += o.value(QStringLiteral("received")).toInt();
            decided += o.value(QStringLiteral("followed_up")).toInt() +
                       o.value(QStringLiteral("followed_up_different")).toInt();
        }
        QCOMPARE(QSet<QString>(byName.keyBegin(), byName.keyEnd()),
                 (QSet<QString>{
                     QStringLiteral("Bupati Sukoharjo"), QStringLiteral("Bupati Wonogiri"),
                     QStringLiteral("Gubernur Jawa Tengah"), QStringLiteral("Menteri Agama")}));
        const QJsonObject minister = byName.value(QStringLiteral("Menteri Agama"));
        const QJsonObject governor = byName.value(QStringLiteral("Gubernur Jawa Tengah"));
        QCOMPARE(ppks.first().toObject(), minister);
        QCOMPARE(ppks.last().toObject(), governor);
        QVERIFY(governor.value(QStringLiteral("follow_up_rate")).toDouble() < 0.3);
        QVERIFY(governor.value(QStringLiteral("late")).toInt() > 0);
        const QJsonObject stats =
            cli({QStringLiteral("stats"), m_demo, QStringLiteral("--json")}).json().object();
        QCOMPARE(received, stats.value(QStringLiteral("recommended_for_sanction")).toInt());
        QCOMPARE(decided, stats.value(QStringLiteral("followed_up")).toInt());
    }

    void casesCarryDeadlinesAndFilters()
    {
        const QStringList base{QStringLiteral("cases"), m_demo, QStringLiteral("--today"),
                               QStringLiteral("2026-11-23")};
        const QJsonArray late =
            cli(base + QStringList{QStringLiteral("--deadline"), QStringLiteral("late")})
                .json()
                .array();
        QVERIFY(!late.isEmpty());
        for (const QJsonValue &v : late) {
            const QJsonObject next = v.toObject().value(QStringLiteral("next_deadline")).toObject();
            QCOMPARE(next.value(QStringLiteral("state")).toString(), QStringLiteral("late"));
            QVERIFY(next.value(QStringLiteral("days_left")).toInt() < 0);
        }
        const QJsonArray forwarded =
            cli(base + QStringList{QStringLiteral("--status"), QStringLiteral("diteruskan"),
                                   QStringLiteral("--limit"), QStringLiteral("5")})
                .json()
                .array();
        QCOMPARE(forwarded.size(), 5);
        for (const QJsonValue &v : forwarded) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("diteruskan"));
            QVERIFY(c.value(QStringLiteral("registration_number"))
                        .toString()
                        .contains(QLatin1String("/Reg/")));
            QVERIFY(c.value(QStringLiteral("next_deadline")).isNull());
        }
        QCOMPARE(cli(base + QStringList{QStringLiteral("--status"), QStringLiteral("bogus")}).exit,
                 2);
    }

    void confidentialReporterNeverPrinted()
    {
        const QJsonArray all = cli({QStringLiteral("cases"), m_demo}).json().array();
        int confidential = 0;
        for (const QJsonValue &v : all) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("reporter_confidential")).toBool()) {
                ++confidential;
                QCOMPARE(c.value(QStringLiteral("reporter")).toString(),
                         QStringLiteral("[dirahasiakan]"));
            }
        }
        QVERIFY(confidential > 0);
    }

    void refusedFilesAreLeftAlone()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.netra"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Catatan rapat pleno, bukan berkas Netra.\n");
        f.close();
        const QByteArray before = sha(text);
        for (const char *command : {"check", "stats", "cases"}) {
            const Run r = cli({QLatin1String(command), text});
            QCOMPARE(r.exit, 1);
            QVERIFY(r.err.contains("not a Netra data file"));
        }
        QCOMPARE(sha(text), before);
        QVERIFY(!QFile::exists(text + QStringLiteral("-wal")));
        QCOMPARE(
            cli({QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.netra"))}).exit,
            1);
        // The demo never writes into an existing file.
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--out"), text}).exit, 2);
        QCOMPARE(sha(text), before);
    }

    void numberPatternIsConfigurable()
    {
        const QString path = m_dir.filePath(QStringLiteral("settings.netra"));
        cli({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--cases"),
             QStringLiteral("0"), QStringLiteral("--quiet")});
        const Run bad =
            cli({QStringLiteral("settings"), path, QStringLiteral("--user=admin"),
                 QStringLiteral("--set"), QStringLiteral("receipt_pattern={kind}/{year}")});
        QCOMPARE(bad.exit, 1);
        QVERIFY(bad.err.contains("{seq}"));
        QCOMPARE(cli({QStringLiteral("settings"), path, QStringLiteral("--user=admin"),
                      QStringLiteral("--set"), QStringLiteral("colour=blue")})
                     .exit,
                 2);
        const Run good = cli({QStringLiteral("settings"), path, QStringLiteral("--user=admin"),
                              QStringLiteral("--set"), QStringLiteral("office_code=13.05"),
                              QStringLiteral("--set"),
                              QStringLiteral("registration_pattern={seq:4}/Reg/{kind}/{year}")});
        QCOMPARE(good.exit, 0);
        QCOMPARE(good.json().object().value(QStringLiteral("office_code")).toString(),
                 QStringLiteral("13.05"));
        // The receipt pattern was left as it was: the refused change changed nothing.
        QVERIFY(good.json()
                    .object()
                    .value(QStringLiteral("receipt_pattern"))
                    .toString()
                    .startsWith(QLatin1String("{seq:3}")));
    }

    // Who signs each letter of the office's templates is a setting netra-cli changes, as the
    // settings dialog does: every letter's, the appeal letter's too.
    void everyLettersSignerCanBeSet()
    {
        const QString path = m_dir.filePath(QStringLiteral("signers.netra"));
        cli({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--cases"),
             QStringLiteral("0"), QStringLiteral("--quiet")});
        for (const QString &code : Signatories::documentCodes()) {
            const QString key = QStringLiteral("signer_") + code;
            const Run set = cli({QStringLiteral("settings"), path, QStringLiteral("--user=admin"),
                                 QStringLiteral("--set"), key + QStringLiteral("=koordinator")});
            QVERIFY2(set.exit == 0, qPrintable(key + QStringLiteral(": ") + set.err));
            QCOMPARE(set.json().object().value(key).toString(), QStringLiteral("koordinator"));
        }
    }

    void holidaysCanBeEdited()
    {
        const QString path = m_dir.filePath(QStringLiteral("holidays.netra"));
        cli({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--cases"),
             QStringLiteral("0"), QStringLiteral("--quiet")});
        const QJsonArray y2024 = cli({QStringLiteral("holidays"), path, QStringLiteral("--year"),
                                      QStringLiteral("2024")})
                                     .json()
                                     .array();
        QVERIFY(y2024.size() > 15);
        const Run added = cli({QStringLiteral("holidays"), path, QStringLiteral("--user=admin"),
                               QStringLiteral("--add"), QStringLiteral("2024-03-05"),
                               QStringLiteral("--name"), QStringLiteral("Hari Jadi Kabupaten"),
                               QStringLiteral("--year"), QStringLiteral("2024")});
        QCOMPARE(added.exit, 0);
        QCOMPARE(added.json().array().size(), y2024.size() + 1);
        QCOMPARE(cli({QStringLiteral("holidays"), path, QStringLiteral("--user=admin"),
                      QStringLiteral("--remove"), QStringLiteral("2024-03-05")})
                     .exit,
                 0);
        QCOMPARE(cli({QStringLiteral("holidays"), path, QStringLiteral("--user=admin"),
                      QStringLiteral("--remove"), QStringLiteral("2024-03-06")})
                     .exit,
                 1);
    }

    // netra-cli init FILE --admin LOGIN --name NAME: an empty office file with its first
    // administrator (password from NETRA_PASSWORD), who signs in to it; never over a file.
    void initCreatesAnOfficeFile()
    {
        const auto run = [](const QStringList &args, const QString &password) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("NETRA_PASSWORD"), password);
            env.remove(QStringLiteral("NETRA_USER"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(NETRA_CLI), args);
            p.closeWriteChannel();
            p.waitForFinished(600000);
            return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        const QString path = m_dir.filePath(QStringLiteral("kantor.netra"));
        const QString secret = QStringLiteral("rahasia-kantor-1");
        Run r =
            run({QStringLiteral("init"), path, QStringLiteral("--admin"), QStringLiteral("kepala"),
                 QStringLiteral("--name"), QStringLiteral("Kepala Sekretariat")},
                secret);
        QVERIFY2(r.exit == 0, r.err.constData());
        const QJsonObject admin =
            r.json().object().value(QStringLiteral("administrator")).toObject();
        QCOMPARE(admin.value(QStringLiteral("login")).toString(), QStringLiteral("kepala"));
        QCOMPARE(admin.value(QStringLiteral("role")).toString(), QStringLiteral("administrator"));

        // The administrator signs in; the file checks clean and holds no case.
        r = run({QStringLiteral("check"), path, QStringLiteral("--user"), QStringLiteral("kepala"),
                 QStringLiteral("--json")},
                secret);
        QVERIFY2(r.exit == 0, r.err.constData());
        QVERIFY(r.json().object().value(QStringLiteral("ok")).toBool());
        r = run({QStringLiteral("users"), path, QStringLiteral("--user"), QStringLiteral("kepala")},
                secret);
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().array().size(), 1);
        r = run({QStringLiteral("cases"), path, QStringLiteral("--user"), QStringLiteral("kepala"),
                 QStringLiteral("--json")},
                secret);
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().array().size(), 0);

        // Never over an existing file: refused, its bytes as they were.
        const QByteArray before = sha(path);
        r = run({QStringLiteral("init"), path, QStringLiteral("--admin"), QStringLiteral("lain"),
                 QStringLiteral("--name"), QStringLiteral("Orang Lain")},
                QStringLiteral("kata-sandi-lain"));
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains("exists already"));
        QCOMPARE(sha(path), before);
        // A password the rules refuse leaves no file behind; so does a missing name.
        const QString refused = m_dir.filePath(QStringLiteral("pendek.netra"));
        r = run({QStringLiteral("init"), refused, QStringLiteral("--admin"),
                 QStringLiteral("kepala"), QStringLiteral("--name"), QStringLiteral("Kepala")},
                QStringLiteral("abc"));
        QCOMPARE(r.exit, 1);
        QVERIFY(!QFileInfo::exists(refused));
        r = run(
            {QStringLiteral("init"), refused, QStringLiteral("--admin"), QStringLiteral("kepala")},
            secret);
        QCOMPARE(r.exit, 2);
        QVERIFY(!QFileInfo::exists(refused));
        // No password and no terminal: refused, nothing written.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NETRA_PASSWORD"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NETRA_CLI),
                {QStringLiteral("init"), refused, QStringLiteral("--admin"),
                 QStringLiteral("kepala"), QStringLiteral("--name"), QStringLiteral("Kepala")});
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(!QFileInfo::exists(refused));
    }

    // An office server: init sets up Netra's store in an empty database and never over one; the
    // demo made on the server and in a file from the same seed gives the same figures, the same
    // register and the same search results, and both check clean.
    void serverStoreAnswersAsTheFile()
    {
        PgServer *server = PgServer::instance();
        QVERIFY2(server, "the test server could not be started");
        const QString empty = server->newDatabase(QStringLiteral("kantor"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NETRA_USER"));
        Run r = inProcess({QStringLiteral("init"), empty, QStringLiteral("--admin"),
                           QStringLiteral("kepala"), QStringLiteral("--name"),
                           QStringLiteral("Kepala Sekretariat")},
                          env);
        QVERIFY2(r.exit == 0, r.err.constData());
        r = inProcess({QStringLiteral("init"), empty, QStringLiteral("--admin"),
                       QStringLiteral("lain"), QStringLiteral("--name"),
                       QStringLiteral("Orang Lain")},
                      env);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains("holds a Netra store already"), r.err.constData());
        env.insert(QStringLiteral("NETRA_USER"), QStringLiteral("kepala"));
        r = inProcess({QStringLiteral("users"), empty}, env);
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().array().size(), 1);

        const QString file = m_dir.filePath(QStringLiteral("same-seed.netra"));
        const QString uri = server->newDatabase(QStringLiteral("demo"));
        for (const QString &out : {file, uri}) {
            r = inProcess({QStringLiteral("demo"), QStringLiteral("--out"), out,
                           QStringLiteral("--cases"), QStringLiteral("80"),
                           QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--today"),
                           QStringLiteral("2024-12-31"), QStringLiteral("--quiet")});
            QVERIFY2(r.exit == 0, r.err.constData());
        }
        r = inProcess(
            {QStringLiteral("demo"), QStringLiteral("--out"), uri, QStringLiteral("--quiet")});
        QCOMPARE(r.exit, 2); // never over an existing store

        const QList<QStringList> sameAnswers{
            {QStringLiteral("stats"), QStringLiteral("--json")},
            {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--from"),
             QStringLiteral("2024-06-01")},
            {QStringLiteral("cases"), QStringLiteral("--json")},
            {QStringLiteral("cases"), QStringLiteral("--json"), QStringLiteral("--search"),
             QStringLiteral("dinas")},
            {QStringLiteral("cases"), QStringLiteral("--json"), QStringLiteral("--status"),
             QStringLiteral("diteruskan")},
        };
        for (const QStringList &args : sameAnswers) {
            QStringList onFile = args, onServer = args;
            onFile.insert(1, file);
            onServer.insert(1, uri);
            const Run a = inProcess(onFile);
            const Run b = inProcess(onServer);
            QVERIFY2(a.exit == 0 && b.exit == 0, (a.err + b.err).constData());
            QVERIFY2(!a.json().isEmpty(), a.out.constData());
            QVERIFY2(withoutUuids(a.json()) == withoutUuids(b.json()),
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral("\nfile:   ") +
                                QString::fromUtf8(a.out.left(600)) + QStringLiteral("\nserver: ") +
                                QString::fromUtf8(b.out.left(600))));
        }
        r = inProcess({QStringLiteral("check"), uri, QStringLiteral("--json")});
        QVERIFY2(r.exit == 0, (r.out + r.err).constData());
        QVERIFY(r.json().object().value(QStringLiteral("ok")).toBool());
    }

    // The commands run in this process print what the program prints, byte for byte, and exit
    // with its codes.
    void inProcessCommandsMatchTheProgram()
    {
        const QList<QStringList> lines{
            {QStringLiteral("cases"), m_demo, QStringLiteral("--today"),
             QStringLiteral("2026-11-23"), QStringLiteral("--limit"), QStringLiteral("25")},
            {QStringLiteral("cases"), m_demo, QStringLiteral("--today"),
             QStringLiteral("2026-11-23"), QStringLiteral("--deadline"), QStringLiteral("late")},
            {QStringLiteral("stats"), m_demo, QStringLiteral("--regency"), QStringLiteral("3312")},
            {QStringLiteral("holidays"), m_demo, QStringLiteral("--year"), QStringLiteral("2024")},
            {QStringLiteral("settings"), m_demo, QStringLiteral("--json")},
            {QStringLiteral("letters"), m_demo},
            {QStringLiteral("ppk"), m_demo, QStringLiteral("--today"),
             QStringLiteral("2026-11-23")},
            {QStringLiteral("backups"), m_demo},
            {QStringLiteral("users"), m_demo, QStringLiteral("--user=admin")},
            {QStringLiteral("keys"), m_demo},
            {QStringLiteral("stats"), m_demo, QStringLiteral("--from"),
             QStringLiteral("2020-02-30")},
            {QStringLiteral("cases"), m_demo, QStringLiteral("--status"), QStringLiteral("bogus")},
            {QStringLiteral("holidays"), m_demo, QStringLiteral("--year")},
            {QStringLiteral("stats")},
            {QStringLiteral("nonsense")},
            {QStringLiteral("--help")},
            {QStringLiteral("--version")},
        };
        for (const QStringList &line : lines) {
            const Run child = cli(line);
            const Run here = inProcess(line);
            const QByteArray what = line.join(QLatin1Char(' ')).toUtf8();
            QVERIFY2(here.exit == child.exit, what.constData());
            QVERIFY2(here.out == child.out, what.constData());
            QVERIFY2(here.err == child.err, what.constData());
        }
        // A command's help too, but for the program's path on its first line (this process's
        // own here).
        const Run child = cli({QStringLiteral("cases"), QStringLiteral("--help")});
        const Run here = inProcess({QStringLiteral("cases"), QStringLiteral("--help")});
        QCOMPARE(here.exit, 0);
        QVERIFY(here.out.startsWith("Usage: "));
        QCOMPARE(here.out.mid(here.out.indexOf('\n')), child.out.mid(child.out.indexOf('\n')));
        // check: the same verdict (its JSON carries the time it took).
        const Run checked = inProcess({QStringLiteral("check"), m_demo});
        QCOMPARE(checked.exit, 0);
        QVERIFY(QJsonDocument::fromJson(checked.out).object().value(QStringLiteral("ok")).toBool());
    }

    // A case as `cases` lists it has the keys docs/cli.md shows (CaseJson::listing and the
    // other offices' cases), and a deadline its six.
    void casesJsonHasTheDocumentedKeys()
    {
        const Run r =
            inProcess({QStringLiteral("cases"), m_demo, QStringLiteral("--today"),
                       QStringLiteral("2026-11-23"), QStringLiteral("--deadline"),
                       QStringLiteral("late"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(r.exit, 0);
        const QJsonObject c = r.json().array().first().toObject();
        QStringList keys = c.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{"deadlines",
                                    "decided_date",
                                    "election",
                                    "event_date",
                                    "forwarded_to",
                                    "known_date",
                                    "next_deadline",
                                    "profile",
                                    "receipt_number",
                                    "received_date",
                                    "regency",
                                    "regency_code",
                                    "registered_date",
                                    "registration_number",
                                    "reported",
                                    "reported_elsewhere",
                                    "reporter",
                                    "reporter_confidential",
                                    "source",
                                    "status",
                                    "uuid",
                                    "violation_category"}));
        QCOMPARE(c.value(QStringLiteral("regency")).toString().isEmpty(), false);
        QStringList deadline = c.value(QStringLiteral("next_deadline")).toObject().keys();
        deadline.sort();
        QCOMPARE(deadline, (QStringList{"days_left", "due", "id", "met_on", "start", "state"}));
        QStringList person =
            c.value(QStringLiteral("reported")).toArray().first().toObject().keys();
        person.sort();
        QCOMPARE(person, (QStringList{"agency", "name", "nip", "nip_valid", "position_category",
                                      "position_title"}));
    }

    // Commands that write, run in this process: who signs in and the passwords come from the
    // context's environment, never from a terminal; a refusal writes nothing.
    void inProcessCommandsWriteThroughTheContext()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NETRA_USER"));
        env.remove(QStringLiteral("NETRA_PASSWORD"));
        const QString path = m_dir.filePath(QStringLiteral("in-process.netra"));
        // No password and no terminal: refused, nothing made.
        Run r = inProcess({QStringLiteral("init"), path, QStringLiteral("--admin"),
                           QStringLiteral("kepala"), QStringLiteral("--name"),
                           QStringLiteral("Kepala Sekretariat")},
                          env);
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains("No password: set NETRA_PASSWORD"));
        QVERIFY(!QFileInfo::exists(path));
        env.insert(QStringLiteral("NETRA_PASSWORD"), QStringLiteral("rahasia-kantor-1"));
        r = inProcess({QStringLiteral("init"), path, QStringLiteral("--admin"),
                       QStringLiteral("kepala"), QStringLiteral("--name"),
                       QStringLiteral("Kepala Sekretariat")},
                      env);
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json()
                     .object()
                     .value(QStringLiteral("administrator"))
                     .toObject()
                     .value(QStringLiteral("login"))
                     .toString(),
                 QStringLiteral("kepala"));
        // Nobody named: the sign-in is asked for, the file left as it was.
        const QByteArray made = sha(path);
        r = inProcess({QStringLiteral("holidays"), path, QStringLiteral("--add"),
                       QStringLiteral("2024-03-05"), QStringLiteral("--name"),
                       QStringLiteral("Hari Jadi Kabupaten")},
                      env);
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains("--user LOGIN"));
        QCOMPARE(sha(path), made);
        // --user from the command line, the password from the context's environment.
        r = inProcess({QStringLiteral("holidays"), path, QStringLiteral("--user"),
                       QStringLiteral("kepala"), QStringLiteral("--add"),
                       QStringLiteral("2024-03-05"), QStringLiteral("--name"),
                       QStringLiteral("Hari Jadi Kabupaten"), QStringLiteral("--year"),
                       QStringLiteral("2024")},
                      env);
        QVERIFY2(r.exit == 0, r.err.constData());
        bool found = false;
        for (const QJsonValue &v : r.json().array())
            found = found || v.toObject().value(QStringLiteral("name")).toString() ==
                                 QLatin1String("Hari Jadi Kabupaten");
        QVERIFY(found);
        // A second user, the new password from NETRA_NEW_PASSWORD.
        QCOMPARE(inProcess({QStringLiteral("users"), path, QStringLiteral("--user=kepala"),
                            QStringLiteral("--add"), QStringLiteral("dewi"),
                            QStringLiteral("--name"), QStringLiteral("Dewi Lestari"),
                            QStringLiteral("--role"), QStringLiteral("officer")},
                           env)
                     .exit,
                 1);
        env.insert(QStringLiteral("NETRA_NEW_PASSWORD"), QStringLiteral("kata-sandi-dewi"));
        r = inProcess({QStringLiteral("users"), path, QStringLiteral("--user=kepala"),
                       QStringLiteral("--add"), QStringLiteral("dewi"), QStringLiteral("--name"),
                       QStringLiteral("Dewi Lestari"), QStringLiteral("--role"),
                       QStringLiteral("officer")},
                      env);
        QVERIFY2(r.exit == 0, r.err.constData());
        QCOMPARE(r.json().array().size(), 2);
        // The officer may not change settings: refused with the reason, nothing written.
        env.insert(QStringLiteral("NETRA_PASSWORD"), QStringLiteral("kata-sandi-dewi"));
        const QByteArray before = sha(path);
        r = inProcess({QStringLiteral("settings"), path, QStringLiteral("--user=dewi"),
                       QStringLiteral("--set"), QStringLiteral("office_code=13.05")},
                      env);
        QCOMPARE(r.exit, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(sha(path), before);
        // The program reads what the commands in this process wrote.
        QProcess p;
        QProcessEnvironment child = env;
        child.insert(QStringLiteral("NETRA_USER"), QStringLiteral("dewi"));
        p.setProcessEnvironment(child);
        p.start(QStringLiteral(NETRA_CLI), {QStringLiteral("check"), path});
        QVERIFY(p.waitForFinished(600000));
        QCOMPARE(p.exitCode(), 0);
    }

    // The help of every command in Indonesian has no English line: QCommandLineParser's own
    // texts come from translations/qtbase_id.ts, loaded as the desktop app loads them.
    void indonesianHelpHasNoEnglishLine()
    {
        const QList<QByteArray> english{"Displays help on commandline options.",
                                        "Displays version information.",
                                        "Usage:",
                                        "Options:",
                                        "Arguments:",
                                        "[options]"};
        QStringList names;
        for (const auto &c : CommandLine::commands())
            names << c->name;
        QCOMPARE(names.size(), 30);
        for (const QString &name : std::as_const(names)) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("NETRA_LANG"), QStringLiteral("id"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(NETRA_CLI), {name, QStringLiteral("--help")});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            const QByteArray help = p.readAllStandardOutput();
            QVERIFY2(help.contains("Menampilkan bantuan opsi baris perintah."), qPrintable(name));
            const QByteArray usage = help.left(help.indexOf('\n'));
            QVERIFY2(usage.startsWith("Penggunaan: ") && usage.contains(" [opsi]"),
                     help.constData());
            for (const QByteArray &line : english)
                QVERIFY2(!help.contains(line), qPrintable(name + QLatin1Char(' ') + line));
        }
        // And in this process, once the Indonesian is installed.
        Translator::install(QStringLiteral("id"));
        const Run here = inProcess({QStringLiteral("holidays"), QStringLiteral("--help")});
        Translator::install(Translator::pick(qEnvironmentVariable("NETRA_LANG")));
        QCOMPARE(here.exit, 0);
        QVERIFY(here.out.contains("Menampilkan bantuan opsi baris perintah."));
        for (const QByteArray &line : english)
            QVERIFY2(!here.out.contains(line), line.constData());
    }

    // --version prints the CMake project's version.
    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("netra-cli " NETRA_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
