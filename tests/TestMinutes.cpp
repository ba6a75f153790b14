// The minutes of clarification hearings as the clerk types them, offscreen: the keyboard flow
// (next question, Tab, reordering, removing, read-back), saving while typing, signing and its
// lock, refusal to sign, addenda, a typist killed while typing; and the hearings of a case as the
// officer plans them (absences, the second invitation, deciding on the evidence, late
// invitations, refusals).
#include "TestSupport.h"
#include "Translator.h"
#include "case/CaseWindow.h"
#include "domain/HearingRules.h"
#include "domain/OfficeTime.h"
#include "hearings/HearingDialog.h"
#include "hearings/HearingsPanel.h"
#include "hearings/MinutesWindow.h"
#include "store/FileCheck.h"
#include "store/HearingRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>
#include <ctime>
#include <functional>

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    T *c = parent->findChild<T *>(QLatin1String(name));
    if (!c)
        qWarning("no %s", name);
    return c;
}

void activate(QWidget *w)
{
    QApplication::setActiveWindow(w);
    if (!QTest::qWaitForWindowActive(w))
        qWarning("window not active");
}

QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    if (!w)
        qWarning("no focus widget");
    return w;
}

void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), Qt::Key(k), modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

using Answer = std::function<void(QWidget *)>;

// Runs `action` and answers each modal dialog it opens with the answer for the dialog's
// objectName; what an answer leaves open, or a dialog without an answer, is rejected, so that
// nothing can block a test. A message box's text goes to `messages`. Returns the objectNames of
// the dialogs, in order.
QStringList answering(const std::function<void()> &action, const QHash<QString, Answer> &answers,
                      QStringList *messages = nullptr)
{
    QStringList seenNames;
    QList<QPointer<QWidget>> seen;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QWidget *w = QApplication::activeModalWidget();
        if (!w || seen.contains(w))
            return;
        seen << w;
        if (auto *box = qobject_cast<QMessageBox *>(w)) {
            seenNames << QStringLiteral("messageBox");
            if (messages)
                *messages << box->text();
            else
                qWarning("unexpected message: %s", qPrintable(box->text()));
            if (answers.contains(QStringLiteral("messageBox")))
                answers.value(QStringLiteral("messageBox"))(w);
        } else {
            seenNames << w->objectName();
            if (answers.contains(w->objectName()))
                answers.value(w->objectName())(w);
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
    return seenNames;
}

void click(QWidget *w, const char *button)
{
    auto *b = child<QPushButton>(w, button);
    QVERIFY2(b && b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

void pick(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(combo->findData(data));
}

// The text MinutesTyper types (see there).
QString typedQuestion(int n)
{
    return QStringLiteral("Pertanyaan nomor %1?").arg(n);
}

QString typedAnswer(int n)
{
    return QStringLiteral("Jawaban nomor %1.").arg(n);
}

QStringList questionsOf(const QList<MinutesEntry> &entries)
{
    QStringList out;
    for (const MinutesEntry &e : entries)
        out << e.question;
    return out;
}

} // namespace

class TestMinutes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;

    std::unique_ptr<Database> newFile(const QDate &today = QDate(2024, 12, 31))
    {
        m_path = m_dir.filePath(QStringLiteral("minutes%1.netra").arg(++m_files));
        return TestSupport::openNew(m_path, today);
    }

    static Case storedCase(Database &db)
    {
        Case c = TestSupport::sampleCase();
        Party witness;
        witness.role = QStringLiteral("saksi");
        witness.name = QStringLiteral("Joko Widodo");
        c.parties << witness;
        QString error;
        if (!CaseRepository(db).create(c, &error))
            qWarning("%s", qPrintable(error));
        return *CaseRepository(db).load(c.id);
    }

    static qint64 partyOf(const Case &c, const QString &role)
    {
        for (const Party &p : c.parties) {
            if (p.role == role)
                return p.id;
        }
        return 0;
    }

    // A hearing on 10 October 2024 with the person reported invited two days ahead, present.
    static Hearing storedHearing(Database &db, const Case &c,
                                 const QDateTime &at = QDateTime(QDate(2024, 10, 10), QTime(9, 0)))
    {
        Hearing h;
        h.caseId = c.id;
        h.scheduledAt = at;
        h.place = QStringLiteral("Kantor Bawaslu Kabupaten Sukoharjo");
        h.examiners = QStringLiteral("Andi Pratama, Rina Kusuma");
        h.assignmentLetter = QStringLiteral("12/ST/PP.01/K.JT-11/10/2024");
        Attendee a;
        a.partyId = partyOf(c, QStringLiteral("terlapor"));
        a.role = QStringLiteral("terlapor");
        a.name = QStringLiteral("Siti Rahmawati, S.Pd.");
        a.invitedOn = at.date().addDays(-3);
        a.delivery = QStringLiteral("langsung");
        a.deliveredOn = at.date().addDays(-2);
        a.deliveryConfirmed = true;
        a.attendance = QStringLiteral("hadir"); // minutes are of a person who came
        h.attendees << a;
        QString error;
        if (!HearingRepository(db).saveHearing(h, &error))
            qWarning("%s", qPrintable(error));
        return h;
    }

    static Attendee storedAttendee(Database &db, qint64 attendeeId)
    {
        const std::optional<Hearing> h = HearingRepository(db).hearingOf(attendeeId);
        if (h) {
            for (const Attendee &a : h->attendees) {
                if (a.id == attendeeId)
                    return a;
            }
        }
        return {};
    }

    // Types a question and its answer from the question field that has the focus.
    static void typePair(const QString &question, const QString &answer)
    {
        type(question);
        key(Qt::Key_Tab);
        type(answer);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Translator::install(Translator::pick(qEnvironmentVariable("NETRA_LANG", "en")));
    }

    void cleanup()
    {
        // No window of one test may answer the keys of the next.
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible())
                w->close();
        }
    }

    void keyboardFlow()
    {
        auto db = newFile();
        QVERIFY(db);
        const Case c = storedCase(*db);
        const Hearing h = storedHearing(*db, c);
        const qint64 id = h.attendees.first().id;

        MinutesWindow w(*db, id);
        w.show();
        activate(&w);
        QCOMPARE(w.objectName(), QStringLiteral("minutesWindow"));
        // Empty minutes: the hearing starts with the identity, one empty question waits.
        QCOMPARE(w.pairCount(), 1);
        QCOMPARE(focused(), child<QLineEdit>(&w, "identityName"));
        QCOMPARE(child<QLineEdit>(&w, "identityName")->text(),
                 QStringLiteral("Siti Rahmawati, S.Pd."));
        QVERIFY(w.recoveredNotice().isEmpty());

        // The age follows the date of birth, at the day of the hearing; the date is chosen from
        // a calendar while the minutes are open.
        QVERIFY(child<QDateEdit>(&w, "identityBirthDate")->calendarPopup());
        auto *age = child<QLabel>(&w, "identityAge");
        child<QDateEdit>(&w, "identityBirthDate")->setDate(QDate(1986, 10, 11));
        QVERIFY2(age->text().startsWith(QLatin1String("37")), qPrintable(age->text()));
        child<QDateEdit>(&w, "identityBirthDate")->setDate(QDate(1986, 9, 26));
        QVERIFY2(age->text().startsWith(QLatin1String("38")), qPrintable(age->text()));
        child<QLineEdit>(&w, "identityOccupation")->setFocus();
        type(QStringLiteral("Guru"));

        // Ctrl+Return from the identity goes to the empty first question.
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w.pairCount(), 1);
        QCOMPARE(focused(), w.questionEdit(0));
        typePair(QStringLiteral("Apakah Saudara dalam keadaan sehat?"), QStringLiteral("Sehat."));
        QCOMPARE(focused(), w.answerEdit(0));
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w.pairCount(), 2);
        QCOMPARE(focused(), w.questionEdit(1));
        typePair(QStringLiteral("Apakah akun Facebook itu milik Saudara?"), QStringLiteral("Ya."));
        key(Qt::Key_Return, Qt::ControlModifier);
        typePair(QStringLiteral("Kapan foto itu diunggah?"),
                 QStringLiteral("Tanggal 20 September 2024."));
        QCOMPARE(w.pairCount(), 3);
        QCOMPARE(w.answerEdit(2)->toPlainText(), QStringLiteral("Tanggal 20 September 2024."));
        QCOMPARE(w.questionEdit(2)->toPlainText(), QStringLiteral("Kapan foto itu diunggah?"));
        // No tab character went into a field.
        QVERIFY(!w.questionEdit(0)->toPlainText().contains(QLatin1Char('\t')));

        // Shift+Tab walks back: answer → question → the answer before.
        key(Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(focused(), w.questionEdit(2));
        key(Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(focused(), w.answerEdit(1));
        key(Qt::Key_Tab);
        QCOMPARE(focused(), w.questionEdit(2));

        // Ctrl+Up moves the pair up, the numbers follow, the cursor stays in it.
        QPlainTextEdit *moved = w.questionEdit(2);
        key(Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(w.questionEdit(1), moved);
        QCOMPARE(focused(), moved);
        QCOMPARE(questionsOf(w.entries()),
                 QStringList({QStringLiteral("Apakah Saudara dalam keadaan sehat?"),
                              QStringLiteral("Kapan foto itu diunggah?"),
                              QStringLiteral("Apakah akun Facebook itu milik Saudara?")}));
        QCOMPARE(child<QLabel>(&w, "number_2")->text(), QStringLiteral("2."));
        QCOMPARE(child<QPlainTextEdit>(&w, "question_2"), moved);
        QCOMPARE(child<QPlainTextEdit>(&w, "answer_2")->toPlainText(),
                 QStringLiteral("Tanggal 20 September 2024."));
        key(Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(w.questionEdit(0), moved);
        key(Qt::Key_Up, Qt::ControlModifier); // the first stays first
        QCOMPARE(w.questionEdit(0), moved);
        key(Qt::Key_Down, Qt::ControlModifier);
        key(Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(w.questionEdit(2), moved);
        QCOMPARE(child<QPlainTextEdit>(&w, "question_3"), moved);

        // Ctrl+Delete removes an empty pair without asking; a pair with text only after asking.
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w.pairCount(), 4);
        QStringList messages;
        QCOMPARE(answering([] { key(Qt::Key_Delete, Qt::ControlModifier); }, {}, &messages),
                 QStringList());
        QCOMPARE(w.pairCount(), 3);
        QCOMPARE(focused(), w.answerEdit(2));
        // Asked, and answered No: the pair stays.
        QCOMPARE(answering([] { key(Qt::Key_Delete, Qt::ControlModifier); },
                           {{QStringLiteral("messageBox"),
                             [](QWidget *box) {
                                 qobject_cast<QMessageBox *>(box)->button(QMessageBox::No)->click();
                             }}},
                           &messages),
                 QStringList{QStringLiteral("messageBox")});
        QCOMPARE(w.pairCount(), 3);
        QVERIFY(messages.last().contains(QLatin1String("Question 3")));
        // The offscreen platform does not give the window back its activation after a dialog.
        activate(&w);
        QCOMPARE(focused(), w.questionEdit(2));

        // Read back in large type, read-only; Esc returns to the same place.
        const qreal normal = w.questionEdit(0)->font().pointSizeF();
        key(Qt::Key_F11);
        QVERIFY(w.isReadBack());
        auto *readBack = child<QTextEdit>(&w, "readBackView");
        QVERIFY(readBack->isVisible());
        QVERIFY(!w.questionEdit(0)->isVisible());
        QVERIFY(readBack->isReadOnly());
        QVERIFY(readBack->font().pointSizeF() >= 1.8 * normal);
        const QString text = readBack->toPlainText();
        QVERIFY2(text.contains(QLatin1String("1. Apakah Saudara dalam keadaan sehat?")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("3. Kapan foto itu diunggah?")));
        QVERIFY(text.contains(QLatin1String("Tanggal 20 September 2024.")));
        QVERIFY(text.contains(QLatin1String("Guru")));
        QVERIFY(text.contains(QLatin1String("Andi Pratama")));
        // Keys neither change it nor add a question.
        type(QStringLiteral("xyz"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(readBack->toPlainText(), text);
        QCOMPARE(w.pairCount(), 3);
        QVERIFY(child<QAction>(&w, "readBackAction")->isChecked());
        key(Qt::Key_Escape);
        QVERIFY(!w.isReadBack());
        QVERIFY(w.questionEdit(0)->isVisible());
        QVERIFY(!child<QAction>(&w, "readBackAction")->isChecked());
        QVERIFY(focused() == w.answerEdit(2));
        // Ctrl+R as well.
        key(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(w.isReadBack());
        key(Qt::Key_Escape);
        QVERIFY(!w.isReadBack());

        // Everything reached the file, in the order shown.
        QVERIFY(w.saveNow());
        const Attendee stored = storedAttendee(*db, id);
        QCOMPARE(questionsOf(stored.minutes), questionsOf(w.entries()));
        QCOMPARE(stored.occupation, QStringLiteral("Guru"));
        QCOMPARE(stored.birthDate, QDate(1986, 9, 26));
        for (int i = 0; i < w.pairCount(); ++i)
            QCOMPARE(w.entries().at(i).uuid, stored.minutes.at(i).uuid);
    }

    void savedWhileTyping()
    {
        auto db = newFile();
        QVERIFY(db);
        const Case c = storedCase(*db);
        const Hearing h = storedHearing(*db, c);
        const qint64 id = h.attendees.first().id;
        QString error;
        auto other = Database::open(m_path, Database::Mode::OpenExisting, &error);
        QVERIFY2(other, qPrintable(error));
        HearingRepository otherRepo(*other);

        MinutesWindow w(*db, id);
        w.show();
        activate(&w);
        auto *state = child<QLabel>(&w, "saveState");
        w.focusPair(0);
        typePair(QStringLiteral("Di mana Saudara bekerja?"), QStringLiteral("Di SD Negeri 1."));
        QCOMPARE(state->text(), QStringLiteral("Saving…"));
        QVERIFY(w.hasUnsavedChanges());
        // Within a second after the last key, another connection sees it.
        QTest::qWait(MinutesWindow::SaveDelayMs + 300);
        QVERIFY(!w.hasUnsavedChanges());
        QVERIFY2(state->text().startsWith(QLatin1String("Saved ")), qPrintable(state->text()));
        QVERIFY(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d$"))
                    .match(state->text())
                    .hasMatch());
        Attendee seen = storedAttendee(*other, id);
        QCOMPARE(seen.minutes.size(), 1);
        QCOMPARE(seen.minutes.first().question, QStringLiteral("Di mana Saudara bekerja?"));
        QCOMPARE(seen.minutes.first().answer, QStringLiteral("Di SD Negeri 1."));

        // A fast typist who never pauses is saved at least every three seconds.
        key(Qt::Key_Return, Qt::ControlModifier);
        const QString answer = QStringLiteral(
            "Saya mengunggah foto itu sendiri dari telepon genggam saya pada malam hari setelah "
            "acara selesai di balai desa.");
        key(Qt::Key_Tab);
        QString seenWhileTyping;
        QTimer::singleShot(MinutesWindow::MaxUnsavedMs + 700, this, [&] {
            const Attendee a = storedAttendee(*other, id);
            if (a.minutes.size() == 2)
                seenWhileTyping = a.minutes.at(1).answer;
        });
        QElapsedTimer clock;
        clock.start();
        QTest::keyClicks(focused(), answer, Qt::NoModifier, 40); // 25 characters a second
        QVERIFY(clock.elapsed() > MinutesWindow::MaxUnsavedMs + 900);
        QVERIFY2(!seenWhileTyping.isEmpty(), "nothing saved while typing went on");
        QVERIFY(answer.startsWith(seenWhileTyping));
        QVERIFY(seenWhileTyping.size() < answer.size());
        QTest::qWait(MinutesWindow::SaveDelayMs + 300);
        QCOMPARE(storedAttendee(*other, id).minutes.at(1).answer, answer);
        // The uuids came back: the rows were updated in place, not added again.
        QCOMPARE(storedAttendee(*other, id).minutes.size(), 2);

        // Starting the next question saves at once.
        type(QStringLiteral(" Terima kasih."));
        key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(storedAttendee(*other, id)
                    .minutes.at(1)
                    .answer.endsWith(QLatin1String("Terima kasih.")));
    }

    void signingLocks()
    {
        auto db = newFile();
        QVERIFY(db);
        const Case c = storedCase(*db);
        const Hearing h = storedHearing(*db, c);
        const qint64 id = h.attendees.first().id;
        MinutesWindow w(*db, id);
        w.show();
        activate(&w);
        w.focusPair(0);
        typePair(QStringLiteral("Apakah keterangan Saudara benar?"), QStringLiteral("Benar."));
        auto *sign = child<QAction>(&w, "signAction");
        auto *addendum = child<QAction>(&w, "addendumAction");
        QVERIFY(sign->isEnabled());
        QVERIFY(!addendum->isEnabled());

        QString prefilled;
        QCOMPARE(answering([&] { sign->trigger(); },
                           {{QStringLiteral("signDialog"),
                             [&](QWidget *d) {
                                 prefilled = child<QLineEdit>(d, "signedByEdit")->text();
                                 click(d, "signOk");
                             }}}),
                 QStringList{QStringLiteral("signDialog")});
        QVERIFY(prefilled.contains(QLatin1String("Siti Rahmawati")));
        QVERIFY(prefilled.contains(QLatin1String("Andi Pratama")));
        QVERIFY(w.isSigned());
        Attendee stored = storedAttendee(*db, id);
        QVERIFY(stored.isSigned());
        QCOMPARE(stored.signedBy, prefilled);
        QVERIFY(stored.signRefusal.isEmpty());
        QCOMPARE(stored.minutes.size(), 1);
        QCOMPARE(stored.minutes.first().answer, QStringLiteral("Benar."));
        auto *signature = child<QLabel>(&w, "signatureState");
        QVERIFY(signature->isVisible());
        QVERIFY(signature->text().startsWith(QLatin1String("Signed on")));

        // Read-only now: typing changes nothing, no question can be added, nothing is saved.
        activate(&w);
        w.questionEdit(0)->setFocus();
        type(QStringLiteral("ubah"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w.questionEdit(0)->toPlainText(),
                 QStringLiteral("Apakah keterangan Saudara benar?"));
        QCOMPARE(w.pairCount(), 1);
        auto *name = child<QLineEdit>(&w, "identityName");
        QVERIFY(name->isReadOnly());
        // And look it: on the window's ground, not the white of a field to fill in.
        QCOMPARE(name->palette().color(QPalette::Base), w.palette().color(QPalette::Window));
        QCOMPARE(w.questionEdit(0)->palette().color(QPalette::Base),
                 w.palette().color(QPalette::Window));
        QVERIFY(w.palette().color(QPalette::Base) != w.palette().color(QPalette::Window));
        // The birth date too, without the arrow of its calendar (it drew as a list to choose
        // from).
        auto *born = child<QDateEdit>(&w, "identityBirthDate");
        QVERIFY(born->isReadOnly());
        QVERIFY(!born->calendarPopup());
        QCOMPARE(born->buttonSymbols(), QAbstractSpinBox::NoButtons);
        QCOMPARE(born->palette().color(QPalette::Base), w.palette().color(QPalette::Window));
        QVERIFY(!w.hasUnsavedChanges());
        QVERIFY(!sign->isEnabled());
        QString error;
        QVERIFY(!HearingRepository(*db).saveMinutes(
            id, {MinutesEntry{0, {}, QStringLiteral("x"), QStringLiteral("y")}}, &error));
        QVERIFY(error.contains(QLatin1String("signed")));

        // An addendum, dated, below the signed text, which stays as it was.
        QVERIFY(addendum->isEnabled());
        const QString correction = QStringLiteral("Jawaban nomor 1 dilengkapi: benar seluruhnya.");
        QCOMPARE(answering([&] { addendum->trigger(); }, {{QStringLiteral("addendumDialog"),
                                                           [&](QWidget *d) {
                                                               auto *text = child<QPlainTextEdit>(
                                                                   d, "addendumText");
                                                               QTest::keyClicks(text, correction);
                                                               click(d, "addendumOk");
                                                           }}}),
                 QStringList{QStringLiteral("addendumDialog")});
        stored = storedAttendee(*db, id);
        QCOMPARE(stored.addenda.size(), 1);
        QCOMPARE(stored.addenda.first().text, correction);
        QVERIFY(stored.addenda.first().addedAt.isValid());
        QCOMPARE(stored.minutes.first().answer, QStringLiteral("Benar."));
        auto *addenda = child<QLabel>(&w, "addendaView");
        QVERIFY(addenda->isVisible());
        QVERIFY(addenda->text().contains(correction));
        // Dated in the office's zone (WIB in Sukoharjo), not the computer's.
        QVERIFY(addenda->text().contains(QLocale().toString(
            OfficeTime(QStringLiteral("WIB")).date(stored.addenda.first().addedAt),
            QStringLiteral("d MMMM yyyy"))));
        QCOMPARE(w.questionEdit(0)->toPlainText(),
                 QStringLiteral("Apakah keterangan Saudara benar?"));
        // The read-back shows the signature and the addendum.
        activate(&w);
        key(Qt::Key_F11);
        QVERIFY(child<QTextEdit>(&w, "readBackView")->toPlainText().contains(correction));
        key(Qt::Key_Escape);

        // Reopened, the minutes are still locked and say nothing was recovered.
        MinutesWindow again(*db, id);
        QVERIFY(again.isSigned());
        QVERIFY(again.recoveredNotice().isEmpty());
        QVERIFY(again.questionEdit(0)->isReadOnly());
        QVERIFY(
            again.findChild<QLabel *>(QStringLiteral("addendaView"))->text().contains(correction));
    }

    void signingWaitsForTheHearing()
    {
        // A hearing three days ahead: the clerk may prepare the questions, not sign them.
        auto db = newFile();
        QVERIFY(db);
        const Case c = storedCase(*db);
        const Hearing h = storedHearing(*db, c, QDateTime::currentDateTime().addDays(3));
        const qint64 id = h.attendees.first().id;
        MinutesWindow w(*db, id);
        w.show();
        activate(&w);
        w.focusPair(0);
        typePair(QStringLiteral("Apakah Saudara mengenal Paslon?"), QString());
        auto *state = child<QLabel>(&w, "signatureState");
        QVERIFY(state->isVisible());
        QVERIFY2(state->text().contains(QLatin1String("once it has started")),
                 qPrintable(state->text()));
        QStringList messages;
        QCOMPARE(answering([&] { child<QAction>(&w, "signAction")->trigger(); }, {}, &messages),
                 QStringList{QStringLiteral("messageBox")});
        QVERIFY(messages.last().contains(QLatin1String("once it has started")));
        QVERIFY(!storedAttendee(*db, id).isSigned());
    }

    void birthDateDisagreeingWithNipIsPointedOut()
    {
        // The person reported's NIP 19860926 201505 2 001 was born on 26 September 1986.
        auto db = newFile();
        QVERIFY(db);
        const Case c = storedCase(*db);
        const Hearing h = storedHearing(*db, c);
        MinutesWindow w(*db, h.attendees.first().id);
        w.show();
        auto *birth = child<QDateEdit>(&w, "identityBirthDate");
        auto *warning = child<QLabel>(&w, "identityBirthWarning");
        QVERIFY(!warning->isVisible());
        birth->setDate(QDate(1986, 6, 29));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QLatin1String("26 September 1986")),
                 qPrintable(warning->text()));
        // A warning, not a refusal: the date typed is kept.
        QTest::qWait(MinutesWindow::SaveDelayMs + 300);
        QCOMPARE(storedAttendee(*db, h.attendees.first().id).birthDate, QDate(1986, 6, 29));
        birth->setDate(QDate(1986, 9, 26));
        QVERIFY(!warning->isVisible());
    }

    void refusalToSign()
    {
        auto db = newFile();
        QVERIFY(db);
        const Case c = storedCase(*db);
        const Hearing h = storedHearing(*db, c);
        const qint64 id = h.attendees.first().id;
        MinutesWindow w(*db, id);
        w.show();
        activate(&w);
        w.focusPair(0);
        typePair(QStringLiteral("Apakah Saudara hadir di deklarasi?"), QStringLiteral("Tidak."));
        const QString reason = QStringLiteral("Tidak setuju dengan isi berita acara");
        QString firstError;
        QString by;
        answering([&] { child<QAction>(&w, "signAction")->trigger(); },
                  {{QStringLiteral("signDialog"), [&](QWidget *d) {
                        child<QRadioButton>(d, "refusedRadio")->click();
                        by = child<QLineEdit>(d, "signedByEdit")->text();
                        // Without a reason the refusal is not recorded.
                        click(d, "signOk");
                        auto *error = child<QLabel>(d, "signError");
                        firstError = error->isVisible() ? error->text() : QString();
                        QVERIFY(!storedAttendee(*db, id).isSigned());
                        QTest::keyClicks(child<QLineEdit>(d, "refusalReasonEdit"), reason);
                        click(d, "signOk");
                    }}});
        QVERIFY(!firstError.isEmpty());
        QCOMPARE(by, QStringLiteral("Andi Pratama, Rina Kusuma")); // the examiners sign
        const Attendee stored = storedAttendee(*db, id);
        QVERIFY(stored.isSigned());
        QCOMPARE(stored.signRefusal, reason);
        QCOMPARE(stored.signedBy, by);
        QVERIFY(w.isSigned());
        QVERIFY(w.questionEdit(0)->isReadOnly());
        const QString shown = child<QLabel>(&w, "signatureState")->text();
        QVERIFY2(shown.contains(QLatin1String("refused to sign")) && shown.contains(reason),
                 qPrintable(shown));
    }

    // A typist is killed while typing; what it reported well before is in the file, the file
    // is sound, and the minutes window says what it recovered.
    // On the office's server, an officer who opens the minutes a clerk is typing on another
    // computer follows them as they are typed, read-only, told who types; once the clerk has
    // closed them, they can be typed there.
    void followedOnAnotherComputer()
    {
        PgServer *server = PgServer::instance();
        if (!server)
            QSKIP("no PostgreSQL server could be started on this machine");
        const QString uri = server->newDatabase(QStringLiteral("followed"));
        QString error;
        auto clerkDb = Database::open(uri, Database::Mode::CreateIfMissing, &error);
        QVERIFY2(clerkDb, qPrintable(error));
        clerkDb->setToday(QDate(2024, 12, 31));
        User clerk;
        clerk.login = QStringLiteral("rina");
        clerk.fullName = QStringLiteral("Rina Kusuma");
        clerk.role = Role::Coordinator;
        clerkDb->setUser(clerk);
        const Case c = storedCase(*clerkDb);
        const qint64 id = storedHearing(*clerkDb, c).attendees.first().id;
        auto officerDb = Database::open(uri, Database::Mode::OpenExisting, &error);
        QVERIFY2(officerDb, qPrintable(error));
        officerDb->setToday(QDate(2024, 12, 31));

        MinutesWindow typing(*clerkDb, id);
        typing.show();
        QVERIFY(!typing.isFollowing());
        MinutesWindow following(*officerDb, id);
        following.show();
        QVERIFY(following.isFollowing());
        QCOMPARE(following.typist(), clerk.fullName);
        QVERIFY(following.recoveredNotice().contains(clerk.fullName));
        QVERIFY(following.questionEdit(0)->isReadOnly());

        QTest::keyClicks(typing.questionEdit(0), QStringLiteral("Di mana Saudara bekerja?"));
        QTest::keyClicks(typing.answerEdit(0), QStringLiteral("Di SD Negeri 1."));
        typing.nextQuestion(); // saved at once
        QTest::keyClicks(typing.questionEdit(1), QStringLiteral("Sejak kapan?"));
        QTest::keyClicks(typing.answerEdit(1), QStringLiteral("Sejak 2015."));
        QVERIFY(typing.saveNow());
        QTRY_COMPARE_WITH_TIMEOUT(following.pairCount(), 2, 3 * MinutesWindow::FollowMs);
        QCOMPARE(following.questionEdit(0)->toPlainText(),
                 QStringLiteral("Di mana Saudara bekerja?"));
        QCOMPARE(following.answerEdit(1)->toPlainText(), QStringLiteral("Sejak 2015."));
        QVERIFY(following.answerEdit(1)->isReadOnly());
        QVERIFY(!following.hasUnsavedChanges());

        typing.close();
        QTRY_VERIFY_WITH_TIMEOUT(!following.isFollowing(), 3 * MinutesWindow::FollowMs);
        QVERIFY(!following.answerEdit(1)->isReadOnly());
        QVERIFY(following.recoveredNotice().isEmpty());
    }

    void killedWhileTyping()
    {
        QList<MinutesEntry> minutes;
        qint64 id = 0;
        {
            auto db = newFile(QDate::currentDate());
            QVERIFY(db);
            const Case c = storedCase(*db);
            const Hearing h = storedHearing(*db, c);
            id = h.attendees.first().id;
        }
        QProcess typer;
        typer.setProcessChannelMode(QProcess::SeparateChannels);
        typer.start(QStringLiteral(MINUTES_TYPER),
                    {m_path, QString::number(id), QStringLiteral("90")});
        QVERIFY2(typer.waitForStarted(), qPrintable(typer.errorString()));
        int reported = 0;
        QByteArray out;
        auto readReports = [&] {
            out += typer.readAllStandardOutput();
            const QList<QByteArray> lines = out.split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("TYPED "))
                    reported = std::max(reported, line.mid(6).trimmed().toInt());
            }
        };
        QElapsedTimer clock;
        clock.start();
        while (reported < 3 && clock.elapsed() < 60000 && typer.state() == QProcess::Running) {
            typer.waitForReadyRead(100);
            readReports();
        }
        QVERIFY2(reported >= 3, typer.readAllStandardError().constData());
        typer.kill(); // SIGKILL: no close, no save, no destructor
        QVERIFY(typer.waitForFinished(10000));
        QCOMPARE(typer.exitStatus(), QProcess::CrashExit);
        readReports();

        QString error;
        auto db = Database::open(m_path, Database::Mode::OpenExisting, &error);
        QVERIFY2(db, qPrintable(error));
        const FileCheck::Result check = FileCheck::run(*db);
        QVERIFY2(check.ok(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        minutes = storedAttendee(*db, id).minutes;
        qInfo("killed after %d pairs reported; %d entries in the file", reported,
              int(minutes.size()));
        // Every pair but the one being typed at the end is there, word for word.
        QVERIFY2(
            minutes.size() >= reported - 1,
            qPrintable(QStringLiteral("%1 stored, %2 reported").arg(minutes.size()).arg(reported)));
        for (int n = 1; n < reported; ++n) {
            QCOMPARE(minutes.at(n - 1).question, typedQuestion(n));
            QCOMPARE(minutes.at(n - 1).answer, typedAnswer(n));
        }
        int recovered = 0;
        for (const MinutesEntry &e : std::as_const(minutes))
            recovered += !e.question.trimmed().isEmpty() || !e.answer.trimmed().isEmpty();
        MinutesWindow w(*db, id);
        const QString notice = w.recoveredNotice();
        QVERIFY2(notice.startsWith(QString::number(recovered) + QLatin1String(" question")),
                 qPrintable(notice));
        QVERIFY(notice.contains(QLatin1String("recovered from the file")));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("recoveredNotice"))->isVisibleTo(&w));
        QCOMPARE(w.pairCount(), int(minutes.size()));
    }

    void absenceOffersSecondInvitation()
    {
        auto db = newFile();
        QVERIFY(db);
        const Case c = storedCase(*db);
        const Hearing first = storedHearing(*db, c, QDateTime(QDate(2024, 12, 20), QTime(9, 0)));
        HearingRepository repo(*db);
        HearingsPanel panel(*db);
        panel.setCase(c);
        panel.show();
        activate(&panel);
        auto *list = child<QTreeView>(&panel, "hearingList")->model();
        auto *table = child<QTableWidget>(&panel, "attendeeTable");
        auto *notice = child<QLabel>(&panel, "evidenceNotice");
        QCOMPARE(list->rowCount(), 1);
        QVERIFY(list->index(0, 1).data().toString().contains(QLatin1String("Kantor Bawaslu")));
        QVERIFY(list->index(0, 0).data().toString().contains(QLatin1String("2024")));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Siti Rahmawati, S.Pd."));
        QCOMPARE(table->item(0, 8)->text(), QStringLiteral("Empty"));
        QVERIFY(table->item(0, 5)->text().contains(QLatin1String("confirmed")));
        QVERIFY(table->item(0, 9)->text().isEmpty()); // delivered two days ahead
        // No counsel and no warning: their columns leave their room to the others.
        QVERIFY(table->isColumnHidden(2));
        QVERIFY(table->isColumnHidden(9));
        QVERIFY(notice->isHidden());

        // Absent: the second invitation is offered and sent for 6 January.
        const QDateTime second(QDate(2025, 1, 6), QTime(10, 0));
        const QStringList dialogs = answering(
            [&] { click(&panel, "attendanceButton"); },
            {{QStringLiteral("attendanceDialog"),
              [](QWidget *d) {
                  pick(child<QComboBox>(d, "attendanceCombo"), QStringLiteral("tidak_hadir"));
                  QVERIFY(!child<QComboBox>(d, "oathCombo")->isEnabled());
                  click(d, "attendanceOk");
              }},
             {QStringLiteral("secondInvitationDialog"), [&](QWidget *d) {
                  child<QDateTimeEdit>(d, "secondHearingAt")->setDateTime(second);
                  click(d, "secondInvitationSend");
              }}});
        QCOMPARE(dialogs, QStringList({QStringLiteral("attendanceDialog"),
                                       QStringLiteral("secondInvitationDialog")}));
        QList<Hearing> all = repo.hearings(c.id);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).attendees.first().attendance, QStringLiteral("tidak_hadir"));
        QCOMPARE(all.at(0).attendees.first().secondInvitedOn, db->today());
        // Typed as the office's wall clock: 10.00 WIB in Sukoharjo.
        QCOMPARE(all.at(1).scheduledAt,
                 OfficeTime(QStringLiteral("WIB")).fromLocal(second.date(), second.time()));
        QCOMPARE(all.at(1).place, first.place);
        const Attendee invited = all.at(1).attendees.first();
        QCOMPARE(invited.invitation, 2);
        QCOMPARE(invited.partyId, first.attendees.first().partyId);
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(panel.currentHearingId(), all.at(1).id);
        QCOMPARE(table->item(0, 3)->text(), HearingRules::invitationLabel(2));
        QVERIFY(notice->isHidden());

        // Absent again: no third invitation; the case is decided on the evidence at hand.
        QVERIFY(panel.currentAttendeeId() == invited.id);
        QCOMPARE(answering([&] { click(&panel, "attendanceButton"); },
                           {{QStringLiteral("attendanceDialog"),
                             [](QWidget *d) {
                                 pick(child<QComboBox>(d, "attendanceCombo"),
                                      QStringLiteral("tidak_hadir"));
                                 click(d, "attendanceOk");
                             }}}),
                 QStringList{QStringLiteral("attendanceDialog")});
        QCOMPARE(repo.hearings(c.id).size(), 2);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("Siti Rahmawati")),
                 qPrintable(notice->text()));
        QCOMPARE(notice->text(), HearingRules::decideOnEvidenceNotice(repo.hearings(c.id), c));

        // Declining the offer sends nothing.
        Hearing witnessHearing = HearingDialog::proposal(*db, c);
        Attendee w;
        w.partyId = partyOf(c, QStringLiteral("saksi"));
        w.role = QStringLiteral("saksi");
        w.name = QStringLiteral("Joko Widodo");
        witnessHearing.attendees << w;
        QString error;
        QVERIFY2(repo.saveHearing(witnessHearing, &error), qPrintable(error));
        panel.reload();
        panel.selectAttendee(witnessHearing.attendees.first().id);
        QCOMPARE(panel.currentAttendeeId(), witnessHearing.attendees.first().id);
        answering([&] { click(&panel, "attendanceButton"); },
                  {{QStringLiteral("attendanceDialog"),
                    [](QWidget *d) {
                        pick(child<QComboBox>(d, "attendanceCombo"), QStringLiteral("tidak_hadir"));
                        click(d, "attendanceOk");
                    }},
                   {QStringLiteral("secondInvitationDialog"),
                    [](QWidget *d) { click(d, "secondInvitationNo"); }}});
        QCOMPARE(repo.hearings(c.id).size(), 3);
        // Present, with the oath taken.
        answering([&] { click(&panel, "attendanceButton"); },
                  {{QStringLiteral("attendanceDialog"), [](QWidget *d) {
                        pick(child<QComboBox>(d, "attendanceCombo"), QStringLiteral("hadir"));
                        pick(child<QComboBox>(d, "oathCombo"), QStringLiteral("bersumpah"));
                        click(d, "attendanceOk");
                    }}});
        const Attendee witness = storedAttendee(*db, witnessHearing.attendees.first().id);
        QCOMPARE(witness.attendance, QStringLiteral("hadir"));
        QCOMPARE(witness.oath, QStringLiteral("bersumpah"));
    }

    // A clerk in Jayapura (province 94, WIT) on a laptop set to another zone: 14.00 typed is
    // 14.00 WIT in the hearing dialog, the hearings list, the second invitation and the minutes
    // window; the file holds the moment, 05.00 UTC. A time an older file holds without its zone
    // is read as the office's wall clock.
    void officeZoneWhateverTheComputer()
    {
        const QByteArray oldZone = qgetenv("TZ");
        qputenv("TZ", "America/New_York");
        tzset();
        const auto restore = qScopeGuard([&] {
            if (oldZone.isNull())
                qunsetenv("TZ");
            else
                qputenv("TZ", oldZone);
            tzset();
        });
        // The computer's zone is neither the office's nor UTC.
        QCOMPARE(QDateTime(QDate(2025, 1, 6), QTime(12, 0)).offsetFromUtc(), -5 * 3600);

        auto db = newFile(QDate(2025, 1, 10));
        QVERIFY(db);
        Case c = TestSupport::sampleCase();
        c.regencyCode = QStringLiteral("9471");
        QString error;
        QVERIFY2(CaseRepository(*db).create(c, &error), qPrintable(error));
        c = *CaseRepository(*db).load(c.id);
        HearingRepository repo(*db);
        HearingsPanel panel(*db);
        panel.setCase(c);
        panel.show();
        activate(&panel);
        QString proposed;
        QString typed;
        answering([&] { click(&panel, "newHearingButton"); },
                  {{QStringLiteral("hearingDialog"), [&](QWidget *d) {
                        auto *when = child<QDateTimeEdit>(d, "hearingDateTime");
                        proposed = when->text();
                        when->setDate(QDate(2025, 1, 6));
                        when->setTime(QTime(14, 0));
                        typed = when->text();
                        auto *parties = child<QComboBox>(d, "addPartyCombo");
                        parties->setCurrentIndex(1);
                        click(d, "addPartyButton");
                        QTest::keyClicks(child<QLineEdit>(d, "hearingPlace"),
                                         QStringLiteral("Kantor Bawaslu Kota Jayapura"));
                        click(d, "hearingOk");
                    }}});
        // Proposed three days ahead at 09.00 in the office, typed 14.00: both in WIT.
        QCOMPARE(proposed, QStringLiteral("13 January 2025 09:00 WIT"));
        QCOMPARE(typed, QStringLiteral("6 January 2025 14:00 WIT"));
        QList<Hearing> all = repo.hearings(c.id);
        QCOMPARE(all.size(), 1);
        const QDateTime fiveUtc(QDate(2025, 1, 6), QTime(5, 0), Qt::UTC);
        QCOMPARE(all.first().scheduledAt, fiveUtc);
        {
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("SELECT scheduled_at FROM hearings")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("2025-01-06T05:00:00Z"));
        }
        auto *list = child<QTreeView>(&panel, "hearingList")->model();
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->index(0, 0).data().toString(),
                 QStringLiteral("Monday, 6 January 2025 14:00 WIT"));

        // Opened again: still 14:00 WIT, and kept as it was when saved unchanged.
        {
            HearingDialog d(*db, c, all.first());
            QCOMPARE(child<QDateTimeEdit>(&d, "hearingDateTime")->text(),
                     QStringLiteral("6 January 2025 14:00 WIT"));
            QCOMPARE(d.hearing().scheduledAt, fiveUtc);
        }

        // The minutes window's header.
        {
            MinutesWindow w(*db, all.first().attendees.first().id);
            const QString header = child<QLabel>(&w, "minutesHeader")->text();
            QVERIFY2(header.contains(QLatin1String("Monday, 6 January 2025 14:00 WIT")),
                     qPrintable(header));
        }

        // Absent: the second invitation is proposed and typed in WIT too.
        QString secondProposed;
        answering([&] { click(&panel, "attendanceButton"); },
                  {{QStringLiteral("attendanceDialog"),
                    [](QWidget *d) {
                        pick(child<QComboBox>(d, "attendanceCombo"), QStringLiteral("tidak_hadir"));
                        click(d, "attendanceOk");
                    }},
                   {QStringLiteral("secondInvitationDialog"), [&](QWidget *d) {
                        auto *when = child<QDateTimeEdit>(d, "secondHearingAt");
                        secondProposed = when->text();
                        when->setDate(QDate(2025, 1, 20));
                        when->setTime(QTime(10, 30));
                        click(d, "secondInvitationSend");
                    }}});
        QCOMPARE(secondProposed, QStringLiteral("13 January 2025 14:00 WIT"));
        all = repo.hearings(c.id);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).scheduledAt, QDateTime(QDate(2025, 1, 20), QTime(1, 30), Qt::UTC));
        QCOMPARE(list->index(1, 0).data().toString(),
                 QStringLiteral("Monday, 20 January 2025 10:30 WIT"));

        // An older file's time without its zone: the office's wall clock, not the computer's.
        {
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("UPDATE hearings SET scheduled_at = "
                                          "'2025-01-06T14:00:00' WHERE id = %1")
                               .arg(all.first().id)));
        }
        QCOMPARE(repo.hearing(all.first().id)->scheduledAt, fiveUtc);
    }

    void lateInvitationWarned()
    {
        auto db = newFile();
        QVERIFY(db);
        const Case c = storedCase(*db);
        Hearing h = storedHearing(*db, c, QDateTime(QDate(2024, 12, 20), QTime(9, 0)));
        h.attendees[0].deliveredOn = QDate(2024, 12, 20); // on the day of the hearing
        QString error;
        QVERIFY2(HearingRepository(*db).saveHearing(h, &error), qPrintable(error));
        HearingsPanel panel(*db);
        panel.setCase(c);
        auto *table = child<QTableWidget>(&panel, "attendeeTable");
        QCOMPARE(table->rowCount(), 1);
        const QString warning = HearingRules::invitationWarning(h, h.attendees[0], db->today());
        QVERIFY(!warning.isEmpty());
        QCOMPARE(table->item(0, 9)->text(), warning);
        QVERIFY(!table->isColumnHidden(9));
        QCOMPARE(table->item(0, 1)->foreground().color(), QColor(0xb0, 0x00, 0x20));
        QCOMPARE(table->item(0, 1)->toolTip(), warning);

        // The hearing dialog warns as the dates are typed.
        HearingDialog d(*db, c, *HearingRepository(*db).hearing(h.id));
        d.show();
        auto *warnings = child<QLabel>(&d, "invitationWarnings");
        QVERIFY(warnings->isVisible());
        QCOMPARE(warnings->text(), warning);
        child<QDateEdit>(&d, "personDeliveredOn")->setDate(QDate(2024, 12, 19));
        QVERIFY(warnings->isHidden());
        QVERIFY(d.warnings().isEmpty());
        child<QDateTimeEdit>(&d, "hearingDateTime")
            ->setDateTime(QDateTime(QDate(2024, 12, 19), QTime(14, 0)));
        QVERIFY(warnings->isVisible());
        QVERIFY(warnings->text().contains(QLatin1String("less than one day")));
        d.reject();
    }

    void hearingDialogPlansAndRefuses()
    {
        auto db = newFile();
        QVERIFY(db);
        const Case c = storedCase(*db);
        HearingRepository repo(*db);
        HearingsPanel panel(*db);
        panel.setCase(c);
        panel.show();
        activate(&panel);
        QStringList refusals;
        answering([&] { click(&panel, "newHearingButton"); },
                  {{QStringLiteral("hearingDialog"), [&](QWidget *d) {
                        auto *when = child<QDateTimeEdit>(d, "hearingDateTime");
                        QCOMPARE(when->dateTime(), QDateTime(QDate(2025, 1, 3), QTime(9, 0)));
                        // From the case: the reporter, the person reported, the witness.
                        auto *parties = child<QComboBox>(d, "addPartyCombo");
                        QCOMPARE(parties->count(), 3);
                        QVERIFY(parties->itemText(0).contains(QLatin1String("Budi Santoso")));
                        QVERIFY(parties->itemText(1).contains(QLatin1String("Siti Rahmawati")));
                        parties->setCurrentIndex(1);
                        click(d, "addPartyButton");
                        QCOMPARE(parties->count(), 2);
                        // A person typed.
                        click(d, "addPersonButton");
                        QTest::keyClicks(child<QLineEdit>(d, "personName"),
                                         QStringLiteral("Dr. Hendra Wijaya"));
                        pick(child<QComboBox>(d, "personRole"), QStringLiteral("ahli"));
                        QCOMPARE(child<QTableWidget>(d, "personList")->rowCount(), 2);
                        QCOMPARE(child<QTableWidget>(d, "personList")->item(1, 1)->text(),
                                 QStringLiteral("Dr. Hendra Wijaya"));
                        pick(child<QComboBox>(d, "personDelivery"), QStringLiteral("telepon"));

                        // No place: refused, nothing stored.
                        click(d, "hearingOk");
                        auto *error = child<QLabel>(d, "hearingError");
                        QVERIFY(error->isVisible());
                        refusals << error->text();
                        // Online without a reason: refused.
                        child<QCheckBox>(d, "hearingOnline")->setChecked(true);
                        QTest::keyClicks(child<QLineEdit>(d, "hearingPlatform"),
                                         QStringLiteral("Zoom"));
                        click(d, "hearingOk");
                        refusals << error->text();
                        QTest::keyClicks(child<QLineEdit>(d, "hearingOnlineReason"),
                                         QStringLiteral("Terlapor bertugas di pulau terpencil"));
                        // Before the case was received: the repository refuses.
                        when->setDateTime(QDateTime(QDate(2024, 1, 5), QTime(9, 0)));
                        click(d, "hearingOk");
                        refusals << error->text();
                        QVERIFY(repo.hearings(c.id).isEmpty());
                        when->setDateTime(QDateTime(QDate(2025, 1, 3), QTime(9, 0)));
                        QTest::keyClicks(child<QLineEdit>(d, "hearingExaminers"),
                                         QStringLiteral("Andi Pratama"));
                        click(d, "hearingOk");
                    }}});
        QCOMPARE(refusals.size(), 3);
        QVERIFY2(refusals.at(0).contains(QLatin1String("place")), qPrintable(refusals.at(0)));
        QVERIFY2(refusals.at(1).contains(QLatin1String("reason")), qPrintable(refusals.at(1)));
        QVERIFY2(refusals.at(2).contains(QLatin1String("before")), qPrintable(refusals.at(2)));
        const QList<Hearing> all = repo.hearings(c.id);
        QCOMPARE(all.size(), 1);
        const Hearing &h = all.first();
        QVERIFY(h.online);
        QCOMPARE(h.platform, QStringLiteral("Zoom"));
        QCOMPARE(h.attendees.size(), 2);
        QCOMPARE(h.attendees.at(0).partyId, partyOf(c, QStringLiteral("terlapor")));
        QCOMPARE(h.attendees.at(0).invitedOn, db->today());
        QCOMPARE(h.attendees.at(1).role, QStringLiteral("ahli"));
        QCOMPARE(h.attendees.at(1).delivery, QStringLiteral("telepon"));
        auto *list = child<QTreeView>(&panel, "hearingList")->model();
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->index(0, 1).data().toString(), QStringLiteral("online: Zoom"));

        // Edit: the letter of assignment; the minutes typed meanwhile are not touched.
        const qint64 expert = h.attendees.at(1).id;
        QString error;
        QVERIFY(repo.saveMinutes(
            expert, {MinutesEntry{0, {}, QStringLiteral("Q"), QStringLiteral("A")}}, &error));
        answering([&] { click(&panel, "editHearingButton"); },
                  {{QStringLiteral("hearingDialog"), [](QWidget *d) {
                        QTest::keyClicks(child<QLineEdit>(d, "hearingLetter"),
                                         QStringLiteral("15/ST/2025"));
                        click(d, "hearingOk");
                    }}});
        QCOMPARE(repo.hearing(h.id)->assignmentLetter, QStringLiteral("15/ST/2025"));
        QCOMPARE(storedAttendee(*db, expert).minutes.size(), 1);

        // Enter on a person opens the minutes; the table follows what is typed there.
        auto *table = child<QTableWidget>(&panel, "attendeeTable");
        panel.selectAttendee(expert);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        MinutesWindow *minutes = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *m = qobject_cast<MinutesWindow *>(top); m && m->isVisible())
                minutes = m;
        }
        QVERIFY(minutes);
        QCOMPARE(minutes->attendeeId(), expert);
        QCOMPARE(minutes->pairCount(), 1);
        QVERIFY(
            table->item(table->currentRow(), 8)->text().startsWith(QLatin1String("1 question")));
        activate(minutes);
        minutes->focusPair(0, true);
        type(QStringLiteral(" lagi"));
        key(Qt::Key_Return, Qt::ControlModifier);
        typePair(QStringLiteral("Q2"), QStringLiteral("A2"));
        QVERIFY(minutes->saveNow());
        QVERIFY(
            table->item(table->currentRow(), 8)->text().startsWith(QLatin1String("2 question")));
        QCOMPARE(panel.openMinutes(expert), minutes); // one window per person
        minutes->close();
        QCOMPARE(storedAttendee(*db, expert).minutes.at(0).answer, QStringLiteral("A lagi"));
    }

    void caseWindowHasTheHearingsTab()
    {
        auto db = newFile();
        QVERIFY(db);
        const Case c = storedCase(*db);
        storedHearing(*db, c);
        auto *w = new CaseWindow(*db, c.id);
        w->show();
        activate(w);
        auto *tabs = child<QTabWidget>(w, "caseTabs");
        QCOMPARE(tabs->count(), 8);
        auto *panel = child<HearingsPanel>(w, "hearingsPanel");
        const int at = tabs->indexOf(panel);
        QCOMPARE(tabs->tabText(at - 1), QStringLiteral("&Procedure"));
        QCOMPARE(tabs->tabText(at), QStringLiteral("&Hearings"));
        QVERIFY(panel->isEnabled());
        QCOMPARE(child<QTreeView>(panel, "hearingList")->model()->rowCount(), 1);
        tabs->setCurrentIndex(0);
        QTest::keyClick(w, Qt::Key(Qt::Key_1 + at), Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), panel);
        w->close(); // deletes itself
    }
};

QTEST_MAIN(TestMinutes)
#include "TestMinutes.moc"
