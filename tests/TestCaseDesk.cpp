// The case desk end to end, offscreen: an officer takes a report with two persons reported
// from the counter to forwarding, another case is stopped, and the register, its filters,
// search and the today panel show what they should.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "Translator.h"
#include "case/CaseWindow.h"
#include "case/PartyTableEditor.h"
#include "register/CaseTableModel.h"
#include "register/FilterBar.h"
#include "register/MainWindow.h"
#include "register/TodayPanel.h"
#include "store/FileLock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
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

void select(QComboBox *combo, const QString &code)
{
    combo->setCurrentIndex(combo->findData(code));
}

void typeInto(QWidget *w, const QString &text)
{
    w->setFocus();
    QTest::keyClicks(w, text);
}

// Types a person into the party table the way a clerk does, without the mouse: Insert adds a
// person reported, typing fills the name, Tab goes to the NIP, Return ends the cell.
void addReported(QWidget *window, const QString &name, const QString &nip)
{
    auto *table = window->findChild<QTableWidget *>(QStringLiteral("partyTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    QTest::keyClick(QApplication::focusWidget(), name.at(0).toLatin1());
    QTest::keyClicks(QApplication::focusWidget(), name.mid(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), nip);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

// Takes a procedure step through its button and dialog.
void takeStep(CaseWindow *w, const char *button, std::function<void(QDialog *)> fill = {})
{
    whenDialog([fill](QWidget *dialog) {
        auto *d = qobject_cast<QDialog *>(dialog);
        if (fill)
            fill(d);
        auto *ok = d->findChild<QPushButton *>(QStringLiteral("stepOk"));
        if (!ok->isEnabled()) {
            auto *missing = d->findChild<QLabel *>(QStringLiteral("stepMissing"));
            qWarning("step refused: %s", missing ? qPrintable(missing->text()) : "");
            d->reject();
            return;
        }
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QPushButton *b = child<QPushButton>(w, button);
    QVERIFY2(b && b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
    // The offscreen platform does not give the window back its activation after a dialog.
    activate(w);
}

// Ticks a check box from the keyboard, as with Tab and Space.
void toggle(QCheckBox *box)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

// The case window that opened last and holds a case not saved yet.
CaseWindow *newestWindow()
{
    CaseWindow *w = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *c = qobject_cast<CaseWindow *>(top); c && c->isVisible() && c->caseId() == 0)
            w = c;
    }
    if (w)
        activate(w);
    return w;
}

void waitForDraft()
{
    QTest::qWait(CaseWindow::DraftDelayMs + 300);
}

} // namespace

class TestCaseDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_main;
    QDate m_today = QDate::currentDate();

    Case stored(qint64 id) { return *CaseRepository(*m_main->database()).load(id); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translator::install(QStringLiteral("en"));
        m_main = std::make_unique<MainWindow>();
        const QString path = m_dir.filePath(QStringLiteral("office.netra"));
        {
            auto db = TestSupport::openNew(path);
            QVERIFY(TestSupport::addCliUsers(*db));
        }
        QVERIFY(GuiTestSupport::signIn(*m_main, path));
        m_main->show();
        activate(m_main.get());
    }

    void reportFromIntakeToForwarding()
    {
        QCOMPARE(m_main->caseModel()->totalCount(), qint64(0));
        QTest::keyClick(m_main.get(), Qt::Key_N, Qt::ControlModifier);
        CaseWindow *w = newestWindow();
        QVERIFY(w);

        // The intake, keyboard and fields as on the report form.
        select(child<QComboBox>(w, "regencyCombo"), QStringLiteral("3311"));
        // The regency's twelve districts, in the list's order, after "none".
        auto *district = child<QComboBox>(w, "districtCombo");
        QCOMPARE(district->count(), 13);
        QCOMPARE(district->itemText(1), QStringLiteral("Weru"));
        QCOMPARE(district->itemData(12).toString().left(4), QStringLiteral("3311"));
        select(district, QStringLiteral("3311020"));
        QCOMPARE(district->currentText(), QStringLiteral("Bulu"));
        child<QDateEdit>(w, "eventDate")->setDate(m_today.addDays(-3));
        child<QDateEdit>(w, "knownDate")->setDate(m_today.addDays(-2));
        child<QDateEdit>(w, "receivedDate")->setDate(m_today);
        typeInto(child<QLineEdit>(w, "reporterName"), QStringLiteral("Budi Santoso"));
        typeInto(child<QLineEdit>(w, "reporterAddress"), QStringLiteral("Desa Sidorejo"));
        toggle(child<QCheckBox>(w, "reporterConfidential"));
        select(child<QComboBox>(w, "categoryCombo"), QStringLiteral("media_sosial"));
        typeInto(child<QPlainTextEdit>(w, "descriptionEdit"),
                 QStringLiteral("Mengunggah foto bersama Paslon Nomor Urut 1 di Facebook."));
        // A new report starts with one empty person reported: fill it, then add a second.
        auto *table = child<QTableWidget>(w, "partyTable");
        QCOMPARE(table->rowCount(), 1);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->rowCount(), 0);
        addReported(w, QStringLiteral("Siti Rahmawati"), QStringLiteral("198609262015052001"));
        addReported(w, QStringLiteral("Agus Salim"), QStringLiteral("197501012000031002"));
        QVERIFY(child<QLabel>(w, "filingWarning")->isHidden());

        // Before saving, the procedure waits.
        QVERIFY(!child<QPushButton>(w, "stepRegister")->isEnabled());
        QTest::keyClick(w, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(w->caseId() > 0);
        Case c = stored(w->caseId());
        QCOMPARE(c.reported().size(), 2);
        QCOMPARE(c.districtCode, QStringLiteral("3311020"));
        QCOMPARE(c.reported().at(1).nip, QStringLiteral("197501012000031002"));
        QVERIFY(c.reporterConfidential);
        QVERIFY(c.receiptNumber.startsWith(QLatin1String("001/LP/PB/Kab/33.11/")));
        QCOMPARE(m_main->caseModel()->totalCount(), qint64(1));

        // The initial review: every requirement met.
        for (QCheckBox *box : w->findChildren<QCheckBox *>()) {
            if (box->objectName().startsWith(QLatin1String("req_")) && !box->isChecked())
                toggle(box);
        }
        QVERIFY(w->isDirty());
        // Saved with the visible Save button this time (Ctrl+S does the same).
        auto *saveButton = child<QPushButton>(w, "saveButton");
        QVERIFY(saveButton->isVisible() && saveButton->isEnabled());
        QCOMPARE(child<QLabel>(w, "saveState")->text(), QStringLiteral("Edits not saved yet"));
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QVERIFY(!w->isDirty());
        QVERIFY(!saveButton->isEnabled());
        QCOMPARE(child<QLabel>(w, "saveState")->text(), QStringLiteral("All edits saved"));
        QVERIFY(stored(w->caseId()).review.missing().isEmpty());

        // Registration takes its number from the office's pattern.
        takeStep(w, "stepRegister");
        c = stored(w->caseId());
        QCOMPARE(c.status, QStringLiteral("diregistrasi"));
        QVERIFY(c.registrationNumber.startsWith(QLatin1String("001/Reg/LP/PB/Kab/33.11/")));
        // Forwarding is not possible yet, and says why.
        QVERIFY(!child<QPushButton>(w, "stepForward")->isEnabled());
        QVERIFY(!child<QLabel>(w, "whyNotForward")->text().isEmpty());

        takeStep(w, "stepClarify");
        typeInto(child<QPlainTextEdit>(w, "analysisFacts"), QStringLiteral("Unggahan tanggal 20."));
        typeInto(child<QPlainTextEdit>(w, "analysisElements"), QStringLiteral("Unsur terpenuhi."));
        typeInto(child<QPlainTextEdit>(w, "analysisConclusion"),
                 QStringLiteral("Diteruskan ke BKN."));
        // Steps wait for the edits to be saved.
        QVERIFY(!child<QPushButton>(w, "stepAnalyse")->isEnabled());
        QTest::keyClick(w, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!w->isDirty());
        QCOMPARE(stored(w->caseId()).analysisFacts, QStringLiteral("Unggahan tanggal 20."));
        QVERIFY2(child<QPushButton>(w, "stepAnalyse")->isEnabled(),
                 qPrintable(child<QLabel>(w, "whyNotAnalyse")->text()));
        takeStep(w, "stepAnalyse");
        takeStep(w, "stepForward", [](QDialog *d) {
            typeInto(d->findChild<QLineEdit *>(QStringLiteral("stepNumber")),
                     QStringLiteral("123/PP.01.00/K.JT-11/XI/2026"));
        });
        c = stored(w->caseId());
        QCOMPARE(c.status, QStringLiteral("diteruskan"));
        QCOMPARE(c.forwardedTo, QStringLiteral("BKN"));
        QCOMPARE(c.analysisConclusion, QStringLiteral("Diteruskan ke BKN."));

        // The timeline tells who did what.
        const QAbstractItemModel *history = child<QTreeView>(w, "historyList")->model();
        QVERIFY(history->rowCount() >= 6);
        bool sawForward = false;
        for (int i = 0; i < history->rowCount(); ++i) {
            for (int col = 0; col < history->columnCount(); ++col) {
                const QString text = history->index(i, col).data().toString();
                sawForward |= text.contains(QLatin1String("Forwarded"));
                QVERIFY2(!text.contains(QLatin1String("Budi Santoso")),
                         "a confidential reporter must not show in the history");
            }
        }
        QVERIFY(sawForward);
        w->close();
    }

    void findingThatIsStopped()
    {
        CaseWindow *w = m_main->newCase(QStringLiteral("temuan"));
        QVERIFY(w);
        activate(w);
        // A finding has no reporter.
        QVERIFY(child<QWidget>(w, "reporterBox")->isHidden());
        select(child<QComboBox>(w, "regencyCombo"), QStringLiteral("3311"));
        child<QDateEdit>(w, "knownDate")->setDate(m_today.addDays(-1));
        select(child<QComboBox>(w, "categoryCombo"), QStringLiteral("foto_bersama"));
        child<PartyTableEditor>(w, "partyTableEditor");
        addReported(w, QStringLiteral("Dedi Kurniawan"), QStringLiteral("198001012005011003"));
        QVERIFY(w->save());
        takeStep(w, "stepRegister");
        takeStep(w, "stepAnalyse");
        // Stopping needs a reason: without one the dialog cannot be confirmed.
        whenDialog([](QWidget *d) {
            auto *ok = d->findChild<QPushButton *>(QStringLiteral("stepOk"));
            QVERIFY(!ok->isEnabled());
            typeInto(d->findChild<QPlainTextEdit *>(QStringLiteral("stepReason")),
                     QStringLiteral("Tidak memenuhi unsur pelanggaran netralitas ASN"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(w, "stepStop"), Qt::LeftButton);
        const Case c = stored(w->caseId());
        QCOMPARE(c.status, QStringLiteral("dihentikan"));
        QCOMPARE(c.decisionReason,
                 QStringLiteral("Tidak memenuhi unsur pelanggaran netralitas ASN"));
        w->close();
    }

    void lateReportIsRecordedButNotRegistrable()
    {
        CaseWindow *w = m_main->newCase(QStringLiteral("laporan"));
        activate(w);
        select(child<QComboBox>(w, "regencyCombo"), QStringLiteral("3311"));
        child<QDateEdit>(w, "eventDate")->setDate(m_today.addDays(-20));
        child<QDateEdit>(w, "knownDate")->setDate(m_today.addDays(-15));
        QVERIFY(child<QLabel>(w, "filingWarning")->isVisible());
        typeInto(child<QLineEdit>(w, "reporterName"), QStringLiteral("Rina Lestari"));
        auto *table = child<QTableWidget>(w, "partyTable");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->rowCount(), 0);
        addReported(w, QStringLiteral("Wahyu Hidayat"), QStringLiteral("198203152008011004"));
        QVERIFY(w->save());
        QString message;
        whenDialog(
            [](QWidget *d) {
                QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("stepOk")),
                                  Qt::LeftButton);
            },
            &message);
        QTest::mouseClick(child<QPushButton>(w, "stepRegister"), Qt::LeftButton);
        QTRY_VERIFY(message.contains(QLatin1String("7-day window")));
        QCOMPARE(stored(w->caseId()).status, QStringLiteral("diterima"));
        w->close();
    }

    void registerFiltersSearchAndToday()
    {
        CaseTableModel *model = m_main->caseModel();
        QCOMPARE(model->totalCount(), qint64(3));
        FilterBar *bar = m_main->filterBar();
        select(child<QComboBox>(bar, "statusFilter"), QStringLiteral("diteruskan"));
        QCOMPARE(model->totalCount(), qint64(1));
        QVERIFY(child<QLabel>(bar, "filterSummary")->text().contains(QLatin1String("Forwarded")));
        QTest::mouseClick(child<QPushButton>(bar, "clearFilters"), Qt::LeftButton);
        QCOMPARE(model->totalCount(), qint64(3));
        select(child<QComboBox>(bar, "sourceFilter"), QStringLiteral("temuan"));
        QCOMPARE(model->totalCount(), qint64(1));
        bar->clear();
        select(child<QComboBox>(bar, "positionFilter"), QStringLiteral("jpt"));
        QCOMPARE(model->totalCount(), qint64(0));
        bar->clear();

        // Search as you type: a NIP, a name without its case, part of a word.
        activate(m_main.get());
        QTest::keyClick(m_main.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = child<QLineEdit>(bar, "searchEdit");
        QTest::keyClicks(search, QStringLiteral("19750101"));
        QTRY_COMPARE(model->totalCount(), qint64(1));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("SITI rahma"));
        QTRY_COMPARE(model->totalCount(), qint64(1));
        search->clear();
        // A confidential reporter's name finds nothing.
        QTest::keyClicks(search, QStringLiteral("Budi Santoso"));
        QTRY_COMPARE(model->totalCount(), qint64(0));
        search->clear();
        QTRY_COMPARE(model->totalCount(), qint64(3));

        // The late report waits for its review decision: it is in the today panel; Enter opens it.
        QTreeWidget *today = m_main->todayPanel()->list();
        QTreeWidgetItem *found = nullptr;
        for (int g = 0; g < today->topLevelItemCount(); ++g) {
            for (int i = 0; i < today->topLevelItem(g)->childCount(); ++i)
                found = today->topLevelItem(g)->child(i);
        }
        QVERIFY(found);
        today->setCurrentItem(found);
        QTest::keyClick(today, Qt::Key_Return);
        CaseWindow *opened = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *c = qobject_cast<CaseWindow *>(top); c && c->isVisible())
                opened = c;
        }
        QVERIFY(opened);
        QCOMPARE(stored(opened->caseId()).reporterName, QStringLiteral("Rina Lestari"));
        opened->close();
    }

    void editsUndoAndSurviveAKill()
    {
        CaseTableModel *model = m_main->caseModel();
        const qint64 id = model->data(model->index(0, 0), CaseTableModel::CaseIdRole).toLongLong();
        CaseWindow *w = m_main->openCase(id);
        activate(w);
        auto *description = child<QPlainTextEdit>(w, "descriptionEdit");
        const QString before = description->toPlainText();
        typeInto(description, QStringLiteral(" Ditambahkan."));
        waitForDraft();
        QVERIFY(w->isDirty());
        // Undo of the window (a text field keeps its own undo while it has the focus).
        child<QTabWidget>(w, "caseTabs")->setFocus();
        QTest::keyClick(w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(description->toPlainText(), before);
        QVERIFY(!w->isDirty());
        QTest::keyClick(w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(w->isDirty());

        typeInto(description, QStringLiteral(" Saksi hadir."));
        waitForDraft();
        const QString typed = description->toPlainText().trimmed();
        // What a restarted program finds in the file, after this one was killed now.
        {
            QString error;
            auto other =
                Database::open(m_main->database()->path(), Database::Mode::ReadOnly, &error);
            QVERIFY2(other, qPrintable(error));
            QVERIFY(DraftRepository(*other)
                        .draft(QStringLiteral("case:%1").arg(id))
                        .contains(QLatin1String("Saksi hadir.")));
        }
        delete w; // no close, no save: as a killed process
        CaseWindow again(*m_main->database(), id);
        QCOMPARE(child<QPlainTextEdit>(&again, "descriptionEdit")->toPlainText(), typed);
        QVERIFY(!again.recoveredNotice().isEmpty());
        QVERIFY(again.isDirty());
        // Undo gives the stored case back.
        again.undoStack()->undo();
        QCOMPARE(child<QPlainTextEdit>(&again, "descriptionEdit")->toPlainText(), before);
    }

    void newCaseSurvivesAKill()
    {
        CaseWindow *w = m_main->newCase(QStringLiteral("laporan"));
        activate(w);
        typeInto(child<QLineEdit>(w, "reporterName"), QStringLiteral("Yanti Marpaung"));
        waitForDraft();
        delete w;
        // A killed netra leaves its lock behind, which the next one takes over.
        m_main->fileLock()->unlock();
        MainWindow restarted;
        QVERIFY(GuiTestSupport::signIn(restarted, m_main->database()->path()));
        CaseWindow *recovered = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *c = qobject_cast<CaseWindow *>(top); c && c->isVisible() && c->caseId() == 0)
                recovered = c;
        }
        QVERIFY(recovered);
        QCOMPARE(child<QLineEdit>(recovered, "reporterName")->text(),
                 QStringLiteral("Yanti Marpaung"));
        QVERIFY(!recovered->recoveredNotice().isEmpty());
        whenDialog([](QWidget *d) {
            qobject_cast<QMessageBox *>(d)->button(QMessageBox::Discard)->click();
        });
        QVERIFY(recovered->close());
    }

    void closingWithUnsavedEditsAsks()
    {
        CaseTableModel *model = m_main->caseModel();
        const qint64 id = model->data(model->index(0, 0), CaseTableModel::CaseIdRole).toLongLong();
        CaseWindow *w = m_main->openCase(id);
        activate(w);
        typeInto(child<QLineEdit>(w, "placeEdit"), QStringLiteral(" (posko)"));
        whenDialog([](QWidget *d) {
            qobject_cast<QMessageBox *>(d)->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!w->close());
        QVERIFY(w->isVisible());
        whenDialog(
            [](QWidget *d) { qobject_cast<QMessageBox *>(d)->button(QMessageBox::Save)->click(); });
        QVERIFY(w->close());
        QVERIFY(stored(id).eventPlace.endsWith(QLatin1String("(posko)")));
    }

    // Two officers on one store: another saved the case while this one typed. The save is
    // refused saying who; reloading keeps what was typed on top of the other's change.
    void savedMeanwhileByAnotherOfficer()
    {
        CaseTableModel *model = m_main->caseModel();
        const qint64 id = model->data(model->index(0, 0), CaseTableModel::CaseIdRole).toLongLong();
        CaseWindow *w = m_main->openCase(id);
        activate(w);
        auto *description = child<QPlainTextEdit>(w, "descriptionEdit");
        typeInto(description, QStringLiteral(" Saksi kedua hadir."));
        const QString typed = description->toPlainText().trimmed();
        {
            QString error;
            auto other =
                Database::open(m_main->database()->path(), Database::Mode::OpenExisting, &error);
            QVERIFY2(other, qPrintable(error));
            other->setActor(QStringLiteral("admin"));
            other->setToday(m_main->database()->today());
            Case theirs = *CaseRepository(*other).load(id);
            theirs.eventPlace = QStringLiteral("Kantor Kecamatan Bendosari");
            QVERIFY2(CaseRepository(*other).save(theirs, &error), qPrintable(error));
        }
        QString told;
        whenDialog([&told](QWidget *d) {
            auto *box = qobject_cast<QMessageBox *>(d);
            told = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == QLatin1String("Reload and keep my edits"))
                    b->click();
            }
        });
        QVERIFY(!w->save());
        QVERIFY2(told.contains(QLatin1String("admin changed this case")), qPrintable(told));
        QCOMPARE(stored(id).eventPlace, QStringLiteral("Kantor Kecamatan Bendosari"));
        QVERIFY(!stored(id).description.contains(QLatin1String("Saksi kedua")));
        // Reloaded: their place, my description, still to be saved.
        QCOMPARE(child<QLineEdit>(w, "placeEdit")->text(),
                 QStringLiteral("Kantor Kecamatan Bendosari"));
        QCOMPARE(description->toPlainText().trimmed(), typed);
        QVERIFY(w->isDirty());
        QVERIFY(!w->recoveredNotice().isEmpty());
        QVERIFY(w->save());
        QCOMPARE(stored(id).eventPlace, QStringLiteral("Kantor Kecamatan Bendosari"));
        QVERIFY(stored(id).description.contains(QLatin1String("Saksi kedua hadir.")));
        w->close();
    }

    void personReportedInAnotherRegency()
    {
        CaseRepository repo(*m_main->database());
        Case klaten = TestSupport::sampleCase(m_today.addDays(-1));
        klaten.regencyCode = QStringLiteral("3310");
        klaten.parties.first().nip = QStringLiteral("198609262015052001"); // as Siti's
        QString error;
        QVERIFY2(repo.create(klaten, &error), qPrintable(error));
        CaseFilter f;
        f.regencyCode = QStringLiteral("3311");
        f.text = QStringLiteral("198609262015052001");
        const QList<CaseRow> rows = repo.page(f, CaseColumn::Received, Qt::AscendingOrder, 0, 5);
        QCOMPARE(rows.size(), 1);
        CaseWindow w(*m_main->database(), rows.first().id);
        auto *flag = child<QLabel>(&w, "reportedElsewhere");
        QVERIFY(!flag->isHidden());
        QVERIFY2(flag->text().contains(QLatin1String("Kabupaten Klaten")) &&
                     flag->text().contains(klaten.receiptNumber),
                 qPrintable(flag->text()));
    }

    void cleanupTestCase() { m_main.reset(); }
};

QTEST_MAIN(TestCaseDesk)
#include "TestCaseDesk.moc"
