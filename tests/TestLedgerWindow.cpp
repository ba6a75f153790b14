// The follow-up ledger window, offscreen: grouped by PPK with the late first, the state filter,
// a follow-up recorded through its dialog, impossible dates refused, the response time, and the
// letter to a PPK previewed and exported as PDF.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "XlsxSheet.h"
#include "domain/FollowUpState.h"
#include "ledger/LedgerModel.h"
#include "ledger/LedgerWindow.h"
#include "store/HistoryRepository.h"
#include "store/LedgerRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimer>
#include <QTreeView>
#include <functional>
#include <memory>

namespace {

using GuiTestSupport::activate;
using GuiTestSupport::whenDialog;

template <typename T> T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QLatin1String(name));
    if (!c)
        qWarning("no %s", name);
    return c;
}

QString pdfText(const QString &path)
{
    QProcess p;
    // Reading order, lines joined: a table cell's text wraps within its cell.
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString pdfInfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

Party person(const QString &name, const QString &nip)
{
    Party p;
    p.name = name;
    p.nip = nip;
    p.positionCategory = QStringLiteral("fungsional");
    p.agency = QStringLiteral("Dinas Pendidikan");
    return p;
}

const QString Bupati = QStringLiteral("Bupati Sukoharjo");
const QString BupatiOffice = QStringLiteral("Pemerintah Kabupaten Sukoharjo");
const QString WaliKota = QStringLiteral("Wali Kota Surakarta");
const QString WaliKotaOffice = QStringLiteral("Pemerintah Kota Surakarta");

} // namespace

class TestLedgerWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LedgerWindow> m_window;
    const QDate m_today = QDate(2020, 7, 31);
    QHash<QString, qint64> m_party;
    QHash<QString, qint64> m_case;

    qint64 forwardedCase(const QDate &received, const QString &regency, const QList<Party> &parties)
    {
        CaseRepository repo(*m_db);
        Case c = TestSupport::sampleCase(received);
        c.regencyCode = regency;
        c.parties = parties;
        c.reporterConfidential = true;
        QString error;
        bool ok = repo.create(c, &error);
        for (Step::Kind kind :
             {Step::Kind::Register, Step::Kind::StartAnalysis, Step::Kind::Forward}) {
            Step step;
            step.kind = kind;
            step.date = received.addDays(kind == Step::Kind::Register        ? 1
                                         : kind == Step::Kind::StartAnalysis ? 2
                                                                             : 3);
            step.number = QStringLiteral("%1/PP.01/2020").arg(c.id);
            ok = ok && repo.applyStep(c.id, step, &error);
        }
        if (!ok) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        const Case stored = *repo.load(c.id);
        for (const Party &p : stored.parties) {
            m_party.insert(p.name, p.id);
            m_case.insert(p.name, c.id);
        }
        return c.id;
    }

    void recommend(const QString &name, const QDate &date, const QString &sanction,
                   const QString &ppk, const QString &office, const QDate &due = {})
    {
        FollowUp f;
        f.partyId = m_party.value(name);
        f.authority = QStringLiteral("KASN");
        f.recommendationNumber = QStringLiteral("R-%1/KASN/2020").arg(f.partyId);
        f.recommendationDate = date;
        f.sanctionRecommended = sanction;
        f.ppkName = ppk;
        f.ppkOffice = office;
        f.responseDue = due;
        QString error;
        QVERIFY2(LedgerRepository(*m_db).saveFollowUp(f, m_case.value(name), &error),
                 qPrintable(error));
    }

    QTreeView *tree() { return m_window->tree(); }
    QAbstractItemModel *model() { return m_window->tree()->model(); }
    // The text shown in a column of a row.
    static QString text(const QModelIndex &row, int column)
    {
        return row.siblingAtColumn(column).data().toString();
    }
    QModelIndex group(int row) { return model()->index(row, 0); }
    QModelIndex personRow(const QModelIndex &group, int row)
    {
        return model()->index(row, 0, group);
    }

    QModelIndex personItem(const QString &name)
    {
        for (int i = 0; i < model()->rowCount(); ++i) {
            for (int j = 0; j < model()->rowCount(group(i)); ++j) {
                if (text(personRow(group(i), j), LedgerModel::Person) == name)
                    return personRow(group(i), j);
            }
        }
        return {};
    }

    QStringList personNames()
    {
        QStringList names;
        for (int i = 0; i < model()->rowCount(); ++i) {
            for (int j = 0; j < model()->rowCount(group(i)); ++j)
                names << text(personRow(group(i), j), LedgerModel::Person);
        }
        return names;
    }

    void show(const char *code)
    {
        auto *combo = child<QComboBox>(m_window.get(), "ledgerStateFilter");
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(code)));
    }

    std::optional<FollowUp> stored(const QString &name)
    {
        return LedgerRepository(*m_db).followUp(m_party.value(name));
    }

    // Opens the follow-up dialog of a person with Enter, as a clerk does.
    void openDialog(const QString &name, std::function<void(QWidget *)> fill,
                    QString *messages = nullptr)
    {
        const QModelIndex item = personItem(name);
        QVERIFY2(item.isValid(), qPrintable(name));
        activate(m_window.get());
        tree()->setCurrentIndex(item);
        tree()->setFocus();
        whenDialog(std::move(fill), messages);
        QTest::keyClick(tree(), Qt::Key_Return);
        activate(m_window.get());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translator::install(QStringLiteral("en"));
        m_db = TestSupport::openNew(m_dir.filePath(QStringLiteral("ledger.netra")), m_today);
        QVERIFY(m_db);
        // The Bupati's case is forwarded first, but the Wali Kota's is the most late.
        QVERIFY(forwardedCase(
            QDate(2020, 6, 1), QStringLiteral("3311"),
            {person(QStringLiteral("Agus Salim"), QStringLiteral("197501012000031002")),
             person(QStringLiteral("Siti Rahmawati"), QStringLiteral("198609262015052001"))}));
        QVERIFY(forwardedCase(
            QDate(2020, 6, 8), QStringLiteral("3311"),
            {person(QStringLiteral("Bambang Wijaya"), QStringLiteral("198201152006041003"))}));
        QVERIFY(forwardedCase(
            QDate(2020, 6, 15), QStringLiteral("3372"),
            {person(QStringLiteral("Gita Permata"), QStringLiteral("199101012019022007")),
             person(QStringLiteral("Fajar Nugroho"), QStringLiteral("198707072011011006"))}));
        recommend(QStringLiteral("Agus Salim"), QDate(2020, 7, 15),
                  QStringLiteral("moral_tertutup"), Bupati, BupatiOffice); // due 14 August
        recommend(QStringLiteral("Siti Rahmawati"), QDate(2020, 6, 10),
                  QStringLiteral("disiplin_ringan"), Bupati, BupatiOffice); // 21 days late
        recommend(QStringLiteral("Gita Permata"), QDate(2020, 6, 20),
                  QStringLiteral("disiplin_berat"), WaliKota, WaliKotaOffice,
                  QDate(2020, 7, 1)); // 30 days late
        recommend(QStringLiteral("Fajar Nugroho"), QDate(2020, 6, 30), QStringLiteral("tidak_ada"),
                  WaliKota, WaliKotaOffice);

        m_window = std::make_unique<LedgerWindow>(*m_db);
        m_window->show();
        activate(m_window.get());
    }

    void cleanupTestCase() { m_window.reset(); }

    void groupsByPpkMostLateFirst()
    {
        QCOMPARE(m_window->objectName(), QStringLiteral("ledgerWindow"));
        QCOMPARE(child<QComboBox>(m_window.get(), "ledgerStateFilter")->currentData().toString(),
                 QStringLiteral("outstanding"));
        QCOMPARE(tree()->header()->sortIndicatorSection(), int(LedgerModel::DaysLate));
        QCOMPARE(tree()->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(model()->rowCount(), 3);

        const QModelIndex first = group(0);
        const QString title = text(first, 0);
        QVERIFY2(title.contains(WaliKota) && title.contains(WaliKotaOffice), qPrintable(title));
        QVERIFY2(title.contains(QLatin1String("1 outstanding, 1 late")), qPrintable(title));
        QCOMPARE(model()->rowCount(first), 1); // "no sanction" is not outstanding
        QCOMPARE(text(personRow(first, 0), LedgerModel::Person), QStringLiteral("Gita Permata"));
        QCOMPARE(text(personRow(first, 0), LedgerModel::DaysLate), QStringLiteral("30"));
        QCOMPARE(text(personRow(first, 0), LedgerModel::State), QStringLiteral("Late"));
        // A long agency's name, cut at its column's width, is whole in its tooltip.
        const QModelIndex agency = personRow(first, 0).siblingAtColumn(LedgerModel::Agency);
        QVERIFY(!agency.data().toString().isEmpty());
        QCOMPARE(agency.data(Qt::ToolTipRole), agency.data());
        QCOMPARE(personRow(first, 0)
                     .siblingAtColumn(LedgerModel::State)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 QColor(0xb0, 0x00, 0x20));

        const QModelIndex second = group(1);
        QVERIFY2(text(second, 0).contains(QStringLiteral("Bupati Sukoharjo — Pemerintah "
                                                         "Kabupaten Sukoharjo (2 outstanding, "
                                                         "1 late)")),
                 qPrintable(text(second, 0)));
        // Inside the group too, the late one first although it was entered second.
        QCOMPARE(text(personRow(second, 0), LedgerModel::Person), QStringLiteral("Siti Rahmawati"));
        QCOMPARE(text(personRow(second, 0), LedgerModel::DaysLate), QStringLiteral("21"));
        QCOMPARE(text(personRow(second, 1), LedgerModel::Person), QStringLiteral("Agus Salim"));
        QCOMPARE(personRow(second, 1).data(LedgerModel::StateRole).toString(),
                 QStringLiteral("awaiting_ppk"));
        QCOMPARE(text(personRow(second, 1), LedgerModel::ResponseDue),
                 QLocale().toString(QDate(2020, 8, 14), QStringLiteral("d MMM yyyy")));
        QVERIFY(text(personRow(second, 1), LedgerModel::DaysLate).isEmpty());

        const QModelIndex third = group(2);
        QVERIFY2(text(third, 0).contains(QLatin1String("PPK not recorded yet")),
                 qPrintable(text(third, 0)));
        QCOMPARE(personRow(third, 0).data(LedgerModel::StateRole).toString(),
                 QStringLiteral("awaiting_recommendation"));
    }

    void stateFilter()
    {
        show("late");
        QCOMPARE(personNames(),
                 (QStringList{QStringLiteral("Gita Permata"), QStringLiteral("Siti Rahmawati")}));
        show("all");
        QCOMPARE(personNames().size(), 5);
        QVERIFY(personItem(QStringLiteral("Fajar Nugroho")).isValid());
        QCOMPARE(personItem(QStringLiteral("Fajar Nugroho")).data(LedgerModel::StateRole),
                 QVariant(QStringLiteral("no_sanction")));
        show("outstanding");
        QCOMPARE(personNames().size(), 4);
        QVERIFY(!personItem(QStringLiteral("Fajar Nugroho")).isValid());
    }

    void recordPpkDecisionThroughDialog()
    {
        const QDate decided(2020, 7, 30);
        bool seen = false;
        openDialog(QStringLiteral("Siti Rahmawati"), [&](QWidget *w) {
            seen = w->objectName() == QLatin1String("followUpDialog");
            QCOMPARE(child<QLineEdit>(w, "followUpPpkName")->text(), Bupati);
            // The three dates one below the other, whatever their ticks' texts.
            const int x = child<QDateEdit>(w, "followUpRecommendationDate")->mapTo(w, QPoint()).x();
            QCOMPARE(child<QDateEdit>(w, "followUpResponseDue")->mapTo(w, QPoint()).x(), x);
            QCOMPARE(child<QDateEdit>(w, "followUpDecisionDate")->mapTo(w, QPoint()).x(), x);
            child<QLineEdit>(w, "followUpDecisionNumber")->setText(QStringLiteral("862/45/2020"));
            auto *set = child<QCheckBox>(w, "followUpDecisionDateSet");
            set->setFocus();
            QTest::keyClick(set, Qt::Key_Space);
            child<QDateEdit>(w, "followUpDecisionDate")->setDate(decided);
            auto *imposed = child<QComboBox>(w, "followUpSanctionImposed");
            imposed->setCurrentIndex(imposed->findData(QStringLiteral("disiplin_ringan")));
            QTest::mouseClick(child<QPushButton>(w, "followUpOk"), Qt::LeftButton);
        });
        QVERIFY(seen);
        const std::optional<FollowUp> f = stored(QStringLiteral("Siti Rahmawati"));
        QVERIFY(f);
        QCOMPARE(f->ppkDecisionDate, decided);
        QCOMPARE(f->ppkDecisionNumber, QStringLiteral("862/45/2020"));
        QCOMPARE(f->sanctionImposed, QStringLiteral("disiplin_ringan"));
        QCOMPARE(f->recommendationDate, QDate(2020, 6, 10)); // kept
        QCOMPARE(FollowUpState::of(*f, m_today, 30), FollowUpState::State::FollowedUp);

        // Written with its change log entry, and the ledger shows it.
        const Case c = *CaseRepository(*m_db).load(m_case.value(QStringLiteral("Siti Rahmawati")));
        bool logged = false;
        for (const ChangeEntry &e : HistoryRepository(*m_db).history(c.uuid))
            logged |= e.table == QLatin1String("followups") &&
                      e.action == QLatin1String("update") &&
                      e.changes.contains(QStringLiteral("ppk_decision_date"));
        QVERIFY(logged);
        QVERIFY(!personItem(QStringLiteral("Siti Rahmawati")).isValid()); // no longer outstanding
        show("all");
        const QModelIndex item = personItem(QStringLiteral("Siti Rahmawati"));
        QVERIFY(item.isValid());
        QCOMPARE(item.data(LedgerModel::StateRole).toString(), QStringLiteral("followed_up"));
        QVERIFY(text(item, LedgerModel::PpkDecision).contains(QLatin1String("Light")));
        show("outstanding");
        QVERIFY(text(group(1), 0).contains(QLatin1String("1 outstanding, 0 late")));
    }

    void impossibleDatesRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("message");
        QTest::newRow("decision after today")
            << "followUpDecisionDate" << QDate(2020, 8, 5) << "is after today";
        QTest::newRow("decision before recommendation")
            << "followUpDecisionDate" << QDate(2020, 7, 10) << "before the recommendation";
        QTest::newRow("recommendation before forwarding")
            << "followUpRecommendationDate" << QDate(2020, 6, 2) << "before the case was forwarded";
        QTest::newRow("recommendation after today")
            << "followUpRecommendationDate" << QDate(2020, 8, 1) << "is after today";
    }

    void impossibleDatesRefused()
    {
        QFETCH(QString, field);
        QFETCH(QDate, date);
        QFETCH(QString, message);
        const FollowUp before = *stored(QStringLiteral("Agus Salim"));
        const int logBefore = int(
            HistoryRepository(*m_db)
                .history(
                    CaseRepository(*m_db).load(m_case.value(QStringLiteral("Agus Salim")))->uuid)
                .size());
        QString messages;
        bool stillOpen = false;
        openDialog(
            QStringLiteral("Agus Salim"),
            [&](QWidget *w) {
                child<QCheckBox>(w, qPrintable(field + QStringLiteral("Set")))->setChecked(true);
                child<QDateEdit>(w, qPrintable(field))->setDate(date);
                if (field == QLatin1String("followUpDecisionDate")) {
                    auto *imposed = child<QComboBox>(w, "followUpSanctionImposed");
                    imposed->setCurrentIndex(imposed->findData(QStringLiteral("moral_tertutup")));
                }
                // Clicked from the event loop, so that the watch goes on and closes the message
                // box the click brings up.
                QTimer::singleShot(0, w, [w, &stillOpen] {
                    QTest::mouseClick(child<QPushButton>(w, "followUpOk"), Qt::LeftButton);
                    // Refused: the dialog stays for a correction; the clerk gives up.
                    stillOpen = w->isVisible();
                    qobject_cast<QDialog *>(w)->reject();
                });
            },
            &messages);
        QVERIFY2(messages.contains(message), qPrintable(messages));
        QVERIFY(stillOpen);
        const FollowUp after = *stored(QStringLiteral("Agus Salim"));
        QCOMPARE(after.recommendationDate, before.recommendationDate);
        QCOMPARE(after.ppkDecisionDate, before.ppkDecisionDate);
        QCOMPARE(after.sanctionImposed, before.sanctionImposed);
        QCOMPARE(int(HistoryRepository(*m_db)
                         .history(CaseRepository(*m_db)
                                      .load(m_case.value(QStringLiteral("Agus Salim")))
                                      ->uuid)
                         .size()),
                 logBefore);
        QCOMPARE(personItem(QStringLiteral("Agus Salim")).data(LedgerModel::StateRole),
                 QVariant(QStringLiteral("awaiting_ppk")));
    }

    void responseDays()
    {
        auto *spin = child<QSpinBox>(m_window.get(), "responseDays");
        QCOMPARE(spin->value(), 30);
        QCOMPARE(spin->minimum(), 1);
        QCOMPARE(spin->maximum(), 365);
        // Ten days: Agus Salim's recommendation of 15 July was due on 25 July.
        spin->setValue(10);
        QCOMPARE(LedgerRepository(*m_db).responseDays(), 10);
        QCOMPARE(text(personItem(QStringLiteral("Agus Salim")), LedgerModel::DaysLate),
                 QStringLiteral("6"));
        spin->setValue(30);
        QCOMPARE(LedgerRepository(*m_db).responseDays(), 30);
        QVERIFY(text(personItem(QStringLiteral("Agus Salim")), LedgerModel::DaysLate).isEmpty());
    }

    void letterActionsFollowTheSelection()
    {
        auto *letter = child<QAction>(m_window.get(), "followUpLetterAction");
        auto *pdf = child<QAction>(m_window.get(), "followUpLetterPdfAction");
        QModelIndex noPpk;
        for (int i = 0; i < model()->rowCount(); ++i) {
            if (text(group(i), 0).contains(QLatin1String("not recorded")))
                noPpk = group(i);
        }
        QVERIFY(noPpk.isValid());
        tree()->setCurrentIndex(personRow(noPpk, 0));
        QVERIFY(!letter->isEnabled());
        QVERIFY(!pdf->isEnabled());
        tree()->setCurrentIndex(personItem(QStringLiteral("Agus Salim")));
        QVERIFY(letter->isEnabled());
        QVERIFY(pdf->isEnabled());
    }

    void previewLetter()
    {
        tree()->setCurrentIndex(personItem(QStringLiteral("Agus Salim")));
        QString shown;
        whenDialog([&](QWidget *w) {
            shown = QString::fromLatin1(w->metaObject()->className());
            qobject_cast<QDialog *>(w)->reject();
        });
        child<QAction>(m_window.get(), "followUpLetterAction")->trigger();
        QCOMPARE(shown, QStringLiteral("QPrintPreviewDialog"));
        activate(m_window.get());
    }

    void exportLetterAsPdf()
    {
        // The Bupati's letter: Agus Salim is outstanding; Siti Rahmawati was followed up.
        tree()->setCurrentIndex(personItem(QStringLiteral("Agus Salim")).parent());
        const QString path = m_dir.filePath(QStringLiteral("surat.pdf"));
        bool dialogSeen = false;
        whenDialog([&](QWidget *w) {
            auto *dialog = qobject_cast<QFileDialog *>(w);
            dialogSeen = dialog != nullptr;
            if (!dialog) {
                qobject_cast<QDialog *>(w)->reject();
                return;
            }
            dialog->selectNameFilter(dialog->nameFilters().at(1)); // F4
            // Typed, as a user does: selectFile() leaves a focused name field as it is.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        });
        child<QAction>(m_window.get(), "followUpLetterPdfAction")->trigger();
        QVERIFY(dialogSeen);
        QVERIFY(QFileInfo::exists(path));
        const QString text = pdfText(path);
        for (const QString &expected :
             {QStringLiteral("Permintaan Tindak Lanjut Rekomendasi"), Bupati,
              QStringLiteral("Agus Salim"), QStringLiteral("19750101 200003 1 002"),
              QStringLiteral("Sukoharjo, 31 Juli 2020"), QStringLiteral("Halaman 1 dari 1")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String("\n") + text));
        QVERIFY(!text.contains(QLatin1String("Siti Rahmawati")));
        QVERIFY(!text.contains(QLatin1String("Budi Santoso"))); // the reporter, confidential
        const QString info = pdfInfo(path);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size: +609[.0-9]* x 935"))),
                 qPrintable(info)); // F4, 215 × 330 mm

        // The same through the window's own call.
        const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
        QString error;
        QVERIFY2(m_window->exportLetter(again, PrintedDocument::Paper::A4, &error),
                 qPrintable(error));
        QVERIFY(pdfText(again).contains(QLatin1String("Agus Salim")));
    }

    // The ledger to Excel from its window: the persons shown (here the late ones), in the
    // workbook chosen in the save dialog; the reporters, all confidential here, never in it.
    void exportToExcel()
    {
        show("late");
        const QStringList shown = personNames();
        QVERIFY(!shown.isEmpty());
        auto *action = child<QAction>(m_window.get(), "ledgerExportAction");
        QVERIFY(action && action->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("tindak-lanjut"));
        bool dialogSeen = false;
        QString messages;
        whenDialog(
            [&](QWidget *w) {
                auto *dialog = qobject_cast<QFileDialog *>(w);
                dialogSeen = dialog != nullptr;
                if (!dialog) {
                    qobject_cast<QDialog *>(w)->reject();
                    return;
                }
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                name->setText(path);
                static_cast<QDialog *>(dialog)->accept();
            },
            &messages);
        action->trigger();
        QVERIFY(dialogSeen);
        QVERIFY2(messages.isEmpty(), qPrintable(messages));
        const XlsxSheet sheet = XlsxSheet::read(path + QStringLiteral(".xlsx"));
        QStringList written = sheet.values(QStringLiteral("Person reported"));
        QStringList expected = shown;
        written.sort();
        expected.sort();
        QCOMPARE(written, expected);
        QVERIFY(!sheet.strings.join(QLatin1Char('|')).contains(QLatin1String("Budi Santoso")));
        show("outstanding");
    }
};

QTEST_MAIN(TestLedgerWindow)
#include "TestLedgerWindow.moc"
