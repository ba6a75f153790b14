// The procedure of a case as a user meets it, offscreen: the step buttons and why a step is not
// possible, the step dialog, the deadlines and history of the timeline, the review checklist and
// the analysis editor.
#include "TestSupport.h"
#include "Translator.h"
#include "case/AnalysisEditor.h"
#include "case/ProcedurePanel.h"
#include "case/ReviewEditor.h"
#include "case/StepDialog.h"
#include "case/TimelinePanel.h"
#include "common/Colours.h"
#include "documents/CaseDocuments.h"
#include "store/HearingRepository.h"
#include "store/LetterBook.h"
#include "store/SettingsRepository.h"
#include "store/UserRepository.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <QTreeView>
#include <functional>

namespace {

const char *const stepSuffixes[] = {"Register", "NotRegister", "Withdraw", "Clarify",
                                    "Analyse",  "Forward",     "Stop",     "Extend"};

// Every text and tooltip of every item of a tree, children included.
QStringList allTexts(const QTreeView *tree)
{
    const QAbstractItemModel *model = tree->model();
    QStringList texts;
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int i = 0; i < model->rowCount(parent); ++i) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(i, c, parent);
                texts << index.data().toString() << index.data(Qt::ToolTipRole).toString();
            }
            visit(model->index(i, 0, parent));
        }
    };
    visit(QModelIndex());
    return texts;
}

// The text (or another role) of a top-level row's cell.
QString cell(const QTreeView *tree, int row, int column, int role = Qt::DisplayRole)
{
    return tree->model()->index(row, column).data(role).toString();
}

// A row of the deadline list, read as the user sees its cells.
struct DeadlineRow
{
    QPersistentModelIndex index;

    explicit operator bool() const { return index.isValid(); }
    const DeadlineRow *operator->() const { return this; }
    QVariant at(int column, int role) const
    {
        return index.sibling(index.row(), column).data(role);
    }
    QString text(int column) const { return at(column, Qt::DisplayRole).toString(); }
    QString toolTip(int column) const { return at(column, Qt::ToolTipRole).toString(); }
    QBrush foreground(int column) const { return at(column, Qt::ForegroundRole).value<QBrush>(); }
};

DeadlineRow deadline(const QTreeView *tree, const QString &id)
{
    for (int i = 0; i < tree->model()->rowCount(); ++i) {
        if (cell(tree, i, 0, Qt::UserRole) == id)
            return {tree->model()->index(i, 0)};
    }
    return {};
}

// Whether an entry did `what` (the short label, the tooltip of the sentence in column 1).
bool historyHas(const QTreeView *tree, const QString &what)
{
    for (int i = 0; i < tree->model()->rowCount(); ++i) {
        if (cell(tree, i, 1, Qt::ToolTipRole) == what)
            return true;
    }
    return false;
}

} // namespace

class TestProcedurePanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> newFile()
    {
        return TestSupport::openNew(m_dir.filePath(QStringLiteral("case%1.netra").arg(++m_files)));
    }

    static Case stored(Database &db, Case c = TestSupport::sampleCase())
    {
        QString error;
        if (!CaseRepository(db).create(c, &error))
            qWarning("%s", qPrintable(error));
        return c;
    }

    static Case take(Database &db, const Case &c, Step::Kind kind, const QDate &date)
    {
        Step s;
        s.kind = kind;
        s.date = date;
        QString error;
        CaseRepository repo(db);
        if (!repo.applyStep(c.id, s, &error))
            qWarning("%s", qPrintable(error));
        return *repo.load(c.id);
    }

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    // Runs `action` and answers each modal window it opens: a step dialog with `answer`, a
    // message box by keeping its text in `message`. Whatever an answer leaves open is rejected,
    // so no dialog can block the test. Returns how many step dialogs were answered.
    static int answering(const std::function<void()> &action,
                         const std::function<void(StepDialog *)> &answer,
                         QString *message = nullptr)
    {
        int dialogs = 0;
        QList<QPointer<QWidget>> seen;
        QTimer timer;
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            QWidget *w = QApplication::activeModalWidget();
            if (!w || seen.contains(w))
                return;
            seen << w;
            if (auto *d = qobject_cast<StepDialog *>(w)) {
                ++dialogs;
                answer(d);
            } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
                if (message)
                    *message = box->text();
                else
                    qWarning("unexpected message: %s", qPrintable(box->text()));
            }
            if (QApplication::activeModalWidget() == w) {
                if (auto *dialog = qobject_cast<QDialog *>(w))
                    dialog->reject();
                else
                    w->close();
            }
        });
        timer.start();
        action();
        return dialogs;
    }

    static int clickAndAnswer(QPushButton *button, const std::function<void(StepDialog *)> &answer,
                              QString *message = nullptr)
    {
        return answering([button] { QTest::mouseClick(button, Qt::LeftButton); }, answer, message);
    }

    static void confirmOn(StepDialog *d, const QDate &date)
    {
        child<QDateEdit>(d, "stepDate")->setDate(date);
        QPushButton *ok = child<QPushButton>(d, "stepOk");
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Translator::install(Translator::pick(qEnvironmentVariable("NETRA_LANG", "en")));
    }

    void receivedCaseOffersRegistrationOnly()
    {
        auto db = newFile();
        QVERIFY(db);
        const Case c = stored(*db);
        ProcedurePanel panel(*db);
        panel.setCase(c);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QCOMPARE(child<QLabel>(&panel, "currentStatus")->text(),
                 QStringLiteral("Status: Received"));
        QVERIFY(child<QPushButton>(&panel, "stepRegister")->isEnabled());
        QVERIFY(child<QLabel>(&panel, "whyNotRegister")->text().isEmpty());
        QVERIFY(child<QPushButton>(&panel, "stepNotRegister")->isEnabled());
        QVERIFY(child<QPushButton>(&panel, "stepWithdraw")->isEnabled());
        for (const char *suffix : {"Forward", "Stop", "Clarify", "Analyse", "Extend"}) {
            auto *button = panel.findChild<QPushButton *>(QStringLiteral("step") + suffix);
            auto *why = panel.findChild<QLabel *>(QStringLiteral("whyNot") + suffix);
            QVERIFY2(button && !button->isEnabled(), suffix);
            QVERIFY2(button->isVisible(), suffix); // disabled, not hidden
            QVERIFY2(why && !why->text().isEmpty() && why->isVisible(), suffix);
            QCOMPARE(button->toolTip(), why->text());
        }
        QVERIFY(child<QLabel>(&panel, "whyNotForward")->text().contains(QLatin1String("analysis")));
        // The deadline each possible step meets is beside it; none beside a step not possible.
        auto *dueRegister = child<QLabel>(&panel, "dueRegister");
        QVERIFY(dueRegister->isVisible());
        QVERIFY2(dueRegister->text().startsWith(QLatin1String("Initial review by ")) &&
                     dueRegister->text().contains(QLatin1String("2024")),
                 qPrintable(dueRegister->text()));
        QCOMPARE(child<QLabel>(&panel, "dueNotRegister")->text(), dueRegister->text());
        QVERIFY(child<QLabel>(&panel, "dueForward")->text().isEmpty());
        QCOMPARE(child<QPushButton>(&panel, "stepForward")->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    }

    void walksTheProcedureToForwarding()
    {
        auto db = newFile();
        QVERIFY(db);
        const Case c = stored(*db);
        CaseRepository repo(*db);
        ProcedurePanel panel(*db);
        TimelinePanel timeline(*db);
        connect(&panel, &ProcedurePanel::stepTaken, &timeline,
                [&](qint64 id) { timeline.setCase(*repo.load(id)); });
        panel.setCase(c);
        timeline.setCase(c);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy taken(&panel, &ProcedurePanel::stepTaken);
        auto *history = child<QTreeView>(&timeline, "historyList");
        auto *deadlines = child<QTreeView>(&timeline, "deadlineList");
        // The deadlines' list as tall as its rows, the history the rest of the tab.
        timeline.resize(1000, 600);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        const int rowsHeight = deadlines->model()->rowCount() *
                               deadlines->visualRect(deadlines->model()->index(0, 0)).height();
        QVERIFY2(deadlines->height() <= deadlines->header()->height() + rowsHeight + 40,
                 qPrintable(QString::number(deadlines->height())));
        QVERIFY(history->height() > 2 * deadlines->height());
        // Before registration the history names the (not confidential) reporter.
        QVERIFY(allTexts(history).join(QLatin1Char('\n')).contains(QLatin1String("Budi Santoso")));
        QVERIFY(historyHas(history, QStringLiteral("Case recorded")));

        clickAndAnswer(child<QPushButton>(&panel, "stepRegister"), [](StepDialog *d) {
            QCOMPARE(d->windowTitle(), StepDialog::title(Step::Kind::Register));
            QCOMPARE(child<QDateEdit>(d, "stepDate")->date(), QDate(2024, 12, 31));
            QVERIFY(!child<QLineEdit>(d, "stepNumber")); // the number comes from the pattern
            confirmOn(d, QDate(2024, 10, 8));
        });
        QCOMPARE(taken.count(), 1);
        QCOMPARE(taken.at(0).at(0).toLongLong(), c.id);
        Case now = *repo.load(c.id);
        QCOMPARE(now.status, QStringLiteral("diregistrasi"));
        QVERIFY2(now.registrationNumber.contains(QLatin1String("/Reg/")),
                 qPrintable(now.registrationNumber));
        QCOMPARE(now.registeredDate, QDate(2024, 10, 8));
        QCOMPARE(child<QLabel>(&panel, "currentStatus")->text(),
                 QStringLiteral("Status: Registered"));
        QVERIFY(child<QLabel>(&panel, "statusDetails")->text().contains(now.registrationNumber));
        QVERIFY(!child<QPushButton>(&panel, "stepRegister")->isEnabled());
        QVERIFY(!child<QLabel>(&panel, "whyNotRegister")->text().isEmpty());
        QVERIFY(child<QPushButton>(&panel, "stepClarify")->isEnabled());
        QVERIFY(child<QPushButton>(&panel, "stepExtend")->isEnabled());
        QVERIFY(historyHas(history, QStringLiteral("Registered")));
        QVERIFY(allTexts(history).join(QLatin1Char('\n')).contains(now.registrationNumber));
        // Registered on 8 October, three calendar days to decide, still open on 31 December.
        DeadlineRow decision = deadline(deadlines, QStringLiteral("decision"));
        QVERIFY(decision);
        QCOMPARE(decision->text(2), QStringLiteral("11 October 2024"));
        QCOMPARE(decision->text(4), QStringLiteral("Late"));
        QCOMPARE(child<QLabel>(&panel, "dueClarify")->text(),
                 QStringLiteral("Decision by 11 October 2024 (late)"));
        QVERIFY(child<QLabel>(&panel, "dueRegister")->text().isEmpty()); // registered: done
        QCOMPARE(decision->foreground(4).color(), Colours::Error); // the register's late colour
        QCOMPARE(deadline(deadlines, QStringLiteral("review"))->text(4), QStringLiteral("Met"));

        clickAndAnswer(child<QPushButton>(&panel, "stepClarify"),
                       [](StepDialog *d) { confirmOn(d, QDate(2024, 10, 9)); });
        QCOMPARE(repo.load(c.id)->status, QStringLiteral("klarifikasi"));
        // In clarification, the clarification step says so, not that it follows registration.
        QCOMPARE(child<QLabel>(&panel, "whyNotClarify")->text(),
                 QStringLiteral("The case is in clarification already: its hearings are in the "
                                "Hearings tab."));
        clickAndAnswer(child<QPushButton>(&panel, "stepAnalyse"),
                       [](StepDialog *d) { confirmOn(d, QDate(2024, 10, 10)); });
        QCOMPARE(repo.load(c.id)->status, QStringLiteral("kajian"));
        QVERIFY(child<QPushButton>(&panel, "stepForward")->isEnabled());
        QVERIFY(child<QPushButton>(&panel, "stepStop")->isEnabled());
        QVERIFY(!child<QPushButton>(&panel, "stepAnalyse")->isEnabled());

        // The forwarding letter is issued with the step: its number comes from the letter book.
        QVERIFY(LetterBook(*db).list().isEmpty());
        clickAndAnswer(child<QPushButton>(&panel, "stepForward"), [&](StepDialog *d) {
            child<QDateEdit>(d, "stepDate")->setDate(QDate(2024, 10, 10));
            // The case is decided after 23 August 2024: BKN receives it.
            QCOMPARE(child<QComboBox>(d, "stepAuthority")->currentText(), QStringLiteral("BKN"));
            QPushButton *ok = child<QPushButton>(d, "stepOk");
            QVERIFY(
                child<QLabel>(d, "stepNumberNote")->text().contains(QLatin1String("letter book")));
            QVERIFY(!child<QLineEdit>(d, "stepNumber")->isEnabled());
            QVERIFY(ok->isEnabled());
            // A letter sent outside Netra needs its number typed.
            child<QCheckBox>(d, "stepNumberOutside")->setChecked(true);
            QVERIFY(!ok->isEnabled());
            QVERIFY(child<QLabel>(d, "stepMissing")->text().contains(QLatin1String("letter")));
            child<QCheckBox>(d, "stepNumberOutside")->setChecked(false);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QCOMPARE(taken.count(), 4);
        now = *repo.load(c.id);
        QCOMPARE(now.status, QStringLiteral("diteruskan"));
        QCOMPARE(now.forwardedTo, QStringLiteral("BKN"));
        const QList<Letter> book = LetterBook(*db).list();
        QCOMPARE(book.size(), 1);
        QCOMPARE(book.first().kind, QStringLiteral("forwarding"));
        QCOMPARE(book.first().document, QStringLiteral("forwarding:") + now.uuid);
        QCOMPARE(book.first().sequence, 1);
        QCOMPARE(book.first().caseId, c.id);
        QVERIFY2(book.first().addressee.contains(QLatin1String("Badan Kepegawaian Negara")),
                 qPrintable(book.first().addressee));
        const QString letter = book.first().number;
        QVERIFY2(letter.startsWith(QLatin1String("001/")), qPrintable(letter));
        QCOMPARE(now.forwardingLetterNumber, letter);
        QCOMPARE(now.decidedDate, QDate(2024, 10, 10));
        QCOMPARE(child<QLabel>(&panel, "currentStatus")->text(),
                 QStringLiteral("Status: Forwarded"));
        for (const char *suffix : stepSuffixes)
            QVERIFY2(!panel.findChild<QPushButton *>(QStringLiteral("step") + suffix)->isEnabled(),
                     suffix);
        QVERIFY(historyHas(history, QStringLiteral("Forwarded")));
        QVERIFY(historyHas(history, QStringLiteral("Clarification started")));
        QVERIFY(historyHas(history, QStringLiteral("Analysis started")));
        // Newest first.
        QCOMPARE(cell(history, 0, 1, Qt::ToolTipRole), QStringLiteral("Forwarded"));
        QVERIFY2(cell(history, 0, 1).endsWith(QLatin1String("forwarded the case")),
                 qPrintable(cell(history, 0, 1)));
        const QString details = allTexts(history).join(QLatin1Char('\n'));
        QVERIFY2(details.contains(QStringLiteral("Status: Analysis → Forwarded")),
                 qPrintable(details));
        QVERIFY(details.contains(letter));
        // Decided on 10 October, before the 11 October due date.
        decision = deadline(deadlines, QStringLiteral("decision"));
        QCOMPARE(decision->text(3), QStringLiteral("10 October 2024"));
        QCOMPARE(decision->text(4), QStringLiteral("Met"));
    }

    void authorityFollowsTheDate()
    {
        Case c = TestSupport::sampleCase(QDate(2024, 7, 1));
        c.status = QStringLiteral("kajian");
        c.registrationNumber = QStringLiteral("001/Reg/LP/PB/Kab/33.11/VII/2024");
        c.registeredDate = QDate(2024, 7, 2);
        const ProcedureProfile *profile =
            ProfileRegistry::shipped().find(QStringLiteral("pilkada-2024"));
        QVERIFY(profile);
        StepDialog d(c, Step::Kind::Forward, *profile, QDate(2024, 12, 31));
        auto *date = child<QDateEdit>(&d, "stepDate");
        auto *authority = child<QComboBox>(&d, "stepAuthority");
        QVERIFY(authority->isEditable());
        QCOMPARE(date->displayFormat(), QStringLiteral("d MMMM yyyy"));
        QVERIFY(date->calendarPopup());
        date->setDate(QDate(2024, 8, 1));
        QCOMPARE(authority->currentText(), QStringLiteral("KASN"));
        date->setDate(QDate(2024, 8, 23));
        QCOMPARE(authority->currentText(), QStringLiteral("BKN"));
        // A step cannot be dated before the registration nor in the future.
        date->setDate(QDate(2024, 6, 1));
        QCOMPARE(date->date(), QDate(2024, 7, 2));
        date->setDate(QDate(2025, 1, 5));
        QCOMPARE(date->date(), QDate(2024, 12, 31));

        // Left to the letter book: no number given; a letter sent outside Netra: as typed.
        QVERIFY(d.step().number.isEmpty());
        child<QCheckBox>(&d, "stepNumberOutside")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(&d, "stepNumber"), QStringLiteral("12/2024"));
        const Step s = d.step();
        QCOMPARE(s.kind, Step::Kind::Forward);
        QCOMPARE(s.number, QStringLiteral("12/2024"));
        QCOMPARE(s.authority, QStringLiteral("BKN"));
        QCOMPARE(s.date, QDate(2024, 12, 31));
    }

    void extensionOffersTheProfilesDays()
    {
        Case c = TestSupport::sampleCase();
        c.status = QStringLiteral("diregistrasi");
        c.registeredDate = QDate(2024, 10, 8);
        const ProcedureProfile *profile =
            ProfileRegistry::shipped().find(QStringLiteral("pilkada-2024"));
        QVERIFY(profile);
        StepDialog d(c, Step::Kind::Extend, *profile, QDate(2024, 10, 10));
        auto *days = child<QSpinBox>(&d, "stepDays");
        QVERIFY(days);
        QCOMPARE(days->minimum(), 1);
        QCOMPARE(days->maximum(), profile->deadline(QStringLiteral("decision"))->extensionDays);
        QVERIFY(!child<QPushButton>(&d, "stepOk")->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(&d, "stepReason"),
                         QStringLiteral("The agency has not answered yet."));
        QVERIFY(child<QPushButton>(&d, "stepOk")->isEnabled());
        days->setValue(1);
        QCOMPARE(d.step().days, 1);
        QCOMPARE(d.step().reason, QStringLiteral("The agency has not answered yet."));
    }

    void stopWithoutReasonCannotBeConfirmed()
    {
        auto db = newFile();
        QVERIFY(db);
        Case c = stored(*db);
        c = take(*db, c, Step::Kind::Register, QDate(2024, 10, 8));
        c = take(*db, c, Step::Kind::StartAnalysis, QDate(2024, 10, 9));
        QCOMPARE(c.status, QStringLiteral("kajian"));
        ProcedurePanel panel(*db);
        panel.setCase(c);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy taken(&panel, &ProcedurePanel::stepTaken);
        bool checked = false;
        clickAndAnswer(child<QPushButton>(&panel, "stepStop"), [&](StepDialog *d) {
            QCOMPARE(d->windowTitle(), StepDialog::title(Step::Kind::Stop));
            QPushButton *ok = child<QPushButton>(d, "stepOk");
            auto *reason = child<QPlainTextEdit>(d, "stepReason");
            auto *missing = child<QLabel>(d, "stepMissing");
            QVERIFY(!ok->isEnabled());
            QVERIFY(missing->text().contains(QLatin1String("reason")));
            QTest::keyClicks(reason, QStringLiteral("   "));
            QVERIFY(!ok->isEnabled()); // blanks are no reason
            QTest::keyClicks(reason, QStringLiteral("Unsur tidak terpenuhi."));
            QVERIFY(ok->isEnabled());
            QVERIFY(missing->text().isEmpty());
            reason->clear();
            QVERIFY(!ok->isEnabled());
            // Enter on a disabled OK does not confirm.
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(d->isVisible());
            checked = true;
            QTest::mouseClick(child<QPushButton>(d, "stepCancel"), Qt::LeftButton);
        });
        QVERIFY(checked);
        QCOMPARE(taken.count(), 0);
        QCOMPARE(CaseRepository(*db).load(c.id)->status, QStringLiteral("kajian"));
        QCOMPARE(child<QLabel>(&panel, "currentStatus")->text(),
                 QStringLiteral("Status: Analysis"));
    }

    void refusedStepShowsWhyAndChangesNothing()
    {
        auto db = newFile();
        QVERIFY(db);
        Case late = TestSupport::sampleCase();
        late.eventDate = QDate(2024, 8, 30);
        late.knownDate = QDate(2024, 9, 1); // more than 7 days before it was received
        late = stored(*db, late);
        QVERIFY(late.id > 0);
        ProcedurePanel panel(*db);
        panel.setCase(late);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy taken(&panel, &ProcedurePanel::stepTaken);
        QString warning;
        QCOMPARE(clickAndAnswer(
                     child<QPushButton>(&panel, "stepRegister"),
                     [&](StepDialog *d) { confirmOn(d, QDate(2024, 10, 8)); }, &warning),
                 1);
        QVERIFY2(warning.contains(QLatin1String("7-day")), qPrintable(warning));
        QCOMPARE(taken.count(), 0);
        const Case now = *CaseRepository(*db).load(late.id);
        QCOMPARE(now.status, QStringLiteral("diterima"));
        QVERIFY(now.registrationNumber.isEmpty());
        QCOMPARE(child<QLabel>(&panel, "currentStatus")->text(),
                 QStringLiteral("Status: Received"));
    }

    void blockedWhileEditsAreUnsaved()
    {
        auto db = newFile();
        QVERIFY(db);
        const Case c = stored(*db);
        ProcedurePanel panel(*db);
        panel.setCase(c);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString why = QStringLiteral("Save the edits first.");
        panel.setBlockedReason(why);
        for (const char *suffix : stepSuffixes) {
            auto *button = panel.findChild<QPushButton *>(QStringLiteral("step") + suffix);
            QVERIFY2(!button->isEnabled() && button->isVisible(), suffix);
            QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("whyNot") + suffix)->text(), why);
            QCOMPARE(button->toolTip(), why);
        }
        // Neither a click nor the shortcut opens a dialog.
        QCOMPARE(clickAndAnswer(child<QPushButton>(&panel, "stepRegister"), [](StepDialog *) {}),
                 0);
        QCOMPARE(answering(
                     [&] {
                         QTest::keyClick(&panel, Qt::Key_R,
                                         Qt::ControlModifier | Qt::ShiftModifier);
                         QTest::qWait(500);
                     },
                     [](StepDialog *) {}),
                 0);
        panel.setBlockedReason(QString());
        QVERIFY(child<QPushButton>(&panel, "stepRegister")->isEnabled());
        QVERIFY(!child<QPushButton>(&panel, "stepForward")->isEnabled());
        QVERIFY(child<QLabel>(&panel, "whyNotRegister")->text().isEmpty());
    }

    void shortcutOpensTheStep()
    {
        auto db = newFile();
        QVERIFY(db);
        const Case c = stored(*db);
        ProcedurePanel panel(*db);
        panel.setCase(c);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QString title;
        // A shortcut animates the button and clicks it a moment later.
        QCOMPARE(answering(
                     [&] {
                         QTest::keyClick(&panel, Qt::Key_T,
                                         Qt::ControlModifier | Qt::ShiftModifier);
                         QTest::qWait(500);
                     },
                     [&](StepDialog *d) { title = d->windowTitle(); }),
                 1);
        QCOMPARE(title, StepDialog::title(Step::Kind::NotRegister));
        QCOMPARE(CaseRepository(*db).load(c.id)->status, QStringLiteral("diterima"));
    }

    void deadlinesForFixedDates()
    {
        auto db = newFile(); // today is 31 December 2024
        QVERIFY(db);
        CaseRepository repo(*db);
        // Registered on 28 December: three calendar days end today.
        Case today = stored(*db, TestSupport::sampleCase(QDate(2024, 12, 27)));
        today = take(*db, today, Step::Kind::Register, QDate(2024, 12, 28));
        // Registered on 30 December: due on 2 January, within three days.
        Case soon = stored(*db, TestSupport::sampleCase(QDate(2024, 12, 30)));
        soon = take(*db, soon, Step::Kind::Register, QDate(2024, 12, 30));
        // Received on 23 December and still not registered: the review was due on 25 December.
        const Case waiting = stored(*db, TestSupport::sampleCase(QDate(2024, 12, 23)));

        TimelinePanel timeline(*db);
        auto *list = child<QTreeView>(&timeline, "deadlineList");
        timeline.setCase(today);
        QCOMPARE(deadline(list, QStringLiteral("decision"))->text(4), QStringLiteral("Due today"));
        QCOMPARE(deadline(list, QStringLiteral("decision"))->text(0), QStringLiteral("Decision"));
        QCOMPARE(deadline(list, QStringLiteral("filing"))->text(4), QStringLiteral("Met"));
        QCOMPARE(deadline(list, QStringLiteral("filing"))->foreground(4).color(),
                 QColor(0x2e, 0x7d, 0x32));
        timeline.setCase(soon);
        DeadlineRow decision = deadline(list, QStringLiteral("decision"));
        QCOMPARE(decision->text(1), QStringLiteral("30 December 2024"));
        QCOMPARE(decision->text(2), QStringLiteral("2 January 2025"));
        QVERIFY(decision->text(3).isEmpty());
        QCOMPARE(decision->text(4), QStringLiteral("Due soon"));
        // "%n day(s)" reads "2 days" once netra_en.ts has its plural forms.
        QVERIFY(decision->toolTip(4).startsWith(QLatin1String("2 day")));
        timeline.setCase(waiting);
        QVERIFY(!deadline(list, QStringLiteral("decision"))); // not registered: no decision yet
        QCOMPARE(deadline(list, QStringLiteral("review"))->text(4), QStringLiteral("Late"));
        QVERIFY(deadline(list, QStringLiteral("review"))
                    ->toolTip(4)
                    .startsWith(QLatin1String("6 day")));
    }

    void historyReadsAsSentences()
    {
        // Who by full name, what as a sentence, fields by their labels, times in the office's
        // zone: no database key, no UTC stamp.
        auto db = newFile();
        QVERIFY(db);
        User sitti;
        sitti.login = QStringLiteral("sitti");
        sitti.fullName = QStringLiteral("Sitti Ramadhan");
        sitti.role = Role::Coordinator;
        QString error;
        QVERIFY(TestSupport::addCliUsers(*db));
        QVERIFY2(UserRepository(*db).login(QStringLiteral("admin"),
                                           QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
        QVERIFY2(UserRepository(*db).create(sitti, QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
        User clerk;
        clerk.login = QStringLiteral("yusuf");
        clerk.fullName = QStringLiteral("Yusuf Hidayat");
        clerk.role = Role::Clerk;
        QVERIFY2(UserRepository(*db).create(clerk, QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
        QVERIFY2(UserRepository(*db).login(QStringLiteral("sitti"),
                                           QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
        QDateTime now(QDate(2024, 10, 7), QTime(2, 0), Qt::UTC);
        db->setClock([&now] { return now; });
        Case c = stored(*db);
        c = take(*db, c, Step::Kind::Register, QDate(2024, 10, 8));
        c = take(*db, c, Step::Kind::StartClarification, QDate(2024, 10, 8));
        Hearing h;
        h.caseId = c.id;
        h.scheduledAt = QDateTime(QDate(2024, 10, 10), QTime(9, 0));
        h.place = QStringLiteral("Ruang Sidang Bawaslu Kabupaten Sukoharjo");
        h.examiners = QStringLiteral("Sri Wahyuni; Agus Prasetyo");
        Attendee a;
        a.role = QStringLiteral("terlapor");
        a.partyId = c.parties.at(0).id;
        a.name = c.parties.at(0).name;
        a.invitedOn = QDate(2024, 10, 8);
        a.delivery = QStringLiteral("langsung");
        a.attendance = QStringLiteral("hadir");
        h.attendees << a;
        HearingRepository hearings(*db);
        QVERIFY2(hearings.saveHearing(h, &error), qPrintable(error));
        const qint64 attendee = h.attendees.at(0).id;
        // The clerk of the hearing, logged by login, read by name.
        QVERIFY2(UserRepository(*db).setAssignedClerks(c.id, {clerk.id}, &error),
                 qPrintable(error));
        QVERIFY2(hearings.saveMinutes(
                     attendee,
                     {MinutesEntry{0, QString(), QStringLiteral("Nama?"), QStringLiteral("Siti")}},
                     &error),
                 qPrintable(error));
        now = QDateTime(QDate(2024, 10, 10), QTime(4, 0), Qt::UTC); // 11.00 WIB
        QVERIFY2(hearings.sign(attendee, QStringLiteral("Siti Rahmawati"), QString(), &error),
                 qPrintable(error));

        // The invitation issued from the case's documents, after the hearing.
        now = QDateTime(QDate(2024, 10, 10), QTime(5, 0), Qt::UTC);
        const Case withHearing = *CaseRepository(*db).load(c.id);
        QList<PrintedDocument> invitations = CaseDocuments::build(
            CaseDocuments::Kind::Invitation, withHearing, hearings.hearings(c.id),
            DocumentContext::fromFile(*db, withHearing));
        QCOMPARE(invitations.size(), 1);
        QVERIFY2(CaseDocuments::issue(*db, invitations.first(), &error), qPrintable(error));
        // A change recorded last with an earlier time reads where its time puts it, below the
        // signing.
        now = QDateTime(QDate(2024, 10, 9), QTime(2, 0), Qt::UTC);
        QVERIFY2(UserRepository(*db).setAssignedClerks(c.id, {}, &error), qPrintable(error));

        TimelinePanel timeline(*db);
        timeline.setCase(*CaseRepository(*db).load(c.id));
        auto *history = child<QTreeView>(&timeline, "historyList");
        // Newest first: the letter by its number, its addressee and subject by their labels.
        QCOMPARE(cell(history, 0, 1), QStringLiteral("Sitti Ramadhan issued the letter %1")
                                          .arg(invitations.first().letter.number));
        QCOMPARE(cell(history, 0, 1, Qt::ToolTipRole), QStringLiteral("Letter issued"));
        for (const QString &line :
             {QStringLiteral("Addressee: ") + c.parties.at(0).name,
              QStringLiteral("Subject: Undangan Klarifikasi"),
              QStringLiteral("Letter number: ") + invitations.first().letter.number})
            QVERIFY2(cell(history, 0, 2).contains(line), qPrintable(cell(history, 0, 2)));
        for (const QString &raw : {QStringLiteral("addressee"), QStringLiteral("letters"),
                                   QStringLiteral("invitation:"), QStringLiteral("seq")})
            QVERIFY2(!cell(history, 0, 2).contains(raw), qPrintable(cell(history, 0, 2)));
        // Whose minutes, by role (never by name: a reporter's may be confidential).
        QCOMPARE(cell(history, 1, 1),
                 QStringLiteral("Sitti Ramadhan signed the minutes of a person reported"));
        QCOMPARE(cell(history, 2, 0), QStringLiteral("9 Oct 2024 09:00 WIB"));
        QCOMPARE(cell(history, 2, 1), QStringLiteral("Sitti Ramadhan assigned the clerks"));
        QCOMPARE(cell(history, 1, 0), QStringLiteral("10 Oct 2024 11:00 WIB"));
        QVERIFY2(
            cell(history, 1, 2).contains(QStringLiteral("Signed at: 10 October 2024 11:00 WIB")),
            qPrintable(cell(history, 1, 2)));
        QVERIFY(cell(history, 1, 2).contains(QStringLiteral("Signed by: Siti Rahmawati")));
        QVERIFY(historyHas(history, QStringLiteral("Registered")));
        const QString all = allTexts(history).join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("Sitti Ramadhan registered the case")));
        QVERIFY(all.contains(QStringLiteral("Status: Received → Registered")));
        // Who was invited, by role ("mengundang terlapor ke klarifikasi"): the invitations of a
        // hearing read apart. Not by name, which may be a confidential reporter's.
        QVERIFY2(
            all.contains(QStringLiteral("Sitti Ramadhan invited a person reported to a hearing")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Clerks: Yusuf Hidayat")), qPrintable(all));
        for (const QString &raw : {QStringLiteral("signed_at"), QStringLiteral("sign_refusal"),
                                   QStringLiteral("minutes_sha256"), QStringLiteral("T04:00"),
                                   QStringLiteral("sitti"), QStringLiteral("yusuf")})
            QVERIFY2(!all.contains(raw), qPrintable(raw + QLatin1String(" in ") + all));

        // An office in Papua reads the same moments in WIT, whatever the computer's zone.
        QVERIFY2(UserRepository(*db).login(QStringLiteral("admin"),
                                           QLatin1String(TestSupport::Password), &error),
                 qPrintable(error));
        QVERIFY2(SettingsRepository(*db).setSetting(QStringLiteral("office_code"),
                                                    QStringLiteral("94.71"), &error),
                 qPrintable(error));
        timeline.setCase(*CaseRepository(*db).load(c.id));
        QCOMPARE(cell(history, 1, 0), QStringLiteral("10 Oct 2024 13:00 WIT"));
    }

    void confidentialReporterNeverInHistory()
    {
        auto db = newFile();
        QVERIFY(db);
        CaseRepository repo(*db);
        Case c = TestSupport::sampleCase();
        c.reporterName = QStringLiteral("Wulan Prasetyo");
        c.reporterAddress = QStringLiteral("Jalan Melati 7, Sukoharjo");
        c.reporterContact = QStringLiteral("0812 3456 7890");
        c.reporterConfidential = true;
        c = stored(*db, c);
        QVERIFY(c.id > 0);
        c.reporterName = QStringLiteral("Wulan Prasetyo Saputra");
        c.reporterContact = QStringLiteral("0813 1111 2222");
        c.description = QStringLiteral("Terlapor mengunggah foto kampanye.");
        QString error;
        QVERIFY2(repo.save(c, &error), qPrintable(error));
        c = take(*db, *repo.load(c.id), Step::Kind::Register, QDate(2024, 10, 8));

        TimelinePanel timeline(*db);
        timeline.setCase(c);
        auto *history = child<QTreeView>(&timeline, "historyList");
        QVERIFY(historyHas(history, QStringLiteral("Edited")));
        const QStringList texts = allTexts(history);
        for (const QString &secret :
             {QStringLiteral("Wulan"), QStringLiteral("Prasetyo"), QStringLiteral("Melati"),
              QStringLiteral("3456"), QStringLiteral("1111")}) {
            for (const QString &text : texts)
                QVERIFY2(!text.contains(secret, Qt::CaseInsensitive),
                         qPrintable(secret + QLatin1String(" in ") + text));
        }
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("Reporter: [dirahasiakan] → [dirahasiakan]")));
        // The rest of the edit is still shown.
        QVERIFY(all.contains(QLatin1String("foto kampanye")));
    }

    void reviewChecklist()
    {
        ReviewEditor editor;
        QSignalSpy changed(&editor, &ReviewEditor::changed);
        auto *summary = child<QLabel>(&editor, "reviewSummary");
        QCOMPARE(editor.review().missing(), Review::requirements());
        QVERIFY(summary->text().startsWith(QLatin1String("Missing: ")));
        for (const QString &code : Review::requirements()) {
            auto *box = editor.findChild<QCheckBox *>(QStringLiteral("req_") + code);
            QVERIFY2(box, qPrintable(code));
            box->setChecked(true);
        }
        QVERIFY(editor.review().missing().isEmpty());
        QCOMPARE(summary->text(), QStringLiteral("All requirements met"));
        QCOMPARE(changed.count(), Review::requirements().size());

        child<QCheckBox>(&editor, "req_material_evidence")->setChecked(false);
        QCOMPARE(summary->text(),
                 QStringLiteral("Missing: ") + Review::label(QStringLiteral("material_evidence")));

        auto *notified = child<QCheckBox>(&editor, "reporterNotified");
        auto *notifiedOn = child<QDateEdit>(&editor, "notifiedOn");
        QVERIFY(!notifiedOn->isEnabled());
        notified->setChecked(true);
        QVERIFY(notifiedOn->isEnabled());
        notifiedOn->setDate(QDate(2024, 10, 8));
        QCOMPARE(editor.review().notifiedOn, QDate(2024, 10, 8));

        Review r;
        r.met = {QStringLiteral("formal_reporter"), QStringLiteral("formal_reported"),
                 QStringLiteral("material_description")};
        r.notifiedOn = QDate(2024, 10, 9);
        r.note = QStringLiteral("Bukti foto menyusul.");
        changed.clear();
        editor.setReview(r);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(editor.review(), r);
        QVERIFY(child<QCheckBox>(&editor, "req_formal_reporter")->isChecked());
        QVERIFY(!child<QCheckBox>(&editor, "req_formal_deadline")->isChecked());
        QCOMPARE(child<QPlainTextEdit>(&editor, "reviewNote")->toPlainText(), r.note);
        QVERIFY(summary->text().contains(Review::label(QStringLiteral("formal_deadline"))));

        editor.setReview(Review());
        QCOMPARE(editor.review(), Review());
        QVERIFY(!notifiedOn->isEnabled());
    }

    void analysisRoundTrip()
    {
        AnalysisEditor editor;
        QSignalSpy changed(&editor, &AnalysisEditor::changed);
        editor.setAnalysis(QStringLiteral("Fakta"), QStringLiteral("Unsur"),
                           QStringLiteral("Kesimpulan"));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(editor.facts(), QStringLiteral("Fakta"));
        QCOMPARE(editor.elements(), QStringLiteral("Unsur"));
        QCOMPARE(editor.conclusion(), QStringLiteral("Kesimpulan"));
        auto *facts = child<QPlainTextEdit>(&editor, "analysisFacts");
        auto *elements = child<QPlainTextEdit>(&editor, "analysisElements");
        auto *conclusion = child<QPlainTextEdit>(&editor, "analysisConclusion");
        for (QPlainTextEdit *edit : {facts, elements, conclusion})
            QVERIFY(edit->tabChangesFocus());

        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        facts->setFocus();
        facts->moveCursor(QTextCursor::End);
        QTest::keyClicks(facts, QStringLiteral(" ditemukan"));
        QVERIFY(changed.count() > 0);
        QCOMPARE(editor.facts(), QStringLiteral("Fakta ditemukan"));
        QTest::keyClick(facts, Qt::Key_Tab);
        QVERIFY(elements->hasFocus());
        QCOMPARE(editor.facts(), QStringLiteral("Fakta ditemukan")); // no tab typed
    }
};

QTEST_MAIN(TestProcedurePanel)
#include "TestProcedurePanel.moc"
