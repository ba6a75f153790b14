// A clerk for TestMinutes to kill: opens a data file, opens the minutes of one person heard and
// types questions and answers into them at about 20 characters a second, as key events posted to
// the field with the focus.
//
//   MinutesTyper <file.netra> <attendee id> <seconds> [<ms per key>]
//
// After each question and its answer it prints "TYPED <n>"; each time the window has stored the
// minutes it prints "COMMITTED <n>", n being the pairs typed whole before that save (TestTrail
// kills it and checks they are in the file). Question n reads "Pertanyaan nomor <n>?" and its
// answer "Jawaban nomor <n>." (TestMinutes checks them). The default is 50 ms per key.
#include "hearings/MinutesWindow.h"
#include "store/Database.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTimer>
#include <cstdio>

namespace {

struct Stroke
{
    enum Kind { Char, Tab, NextQuestion, Report } kind = Char;
    QChar ch;
    int pair = 0;
};

// The keys of one question and its answer; the first pair is typed into the empty question the
// window opens with.
QList<Stroke> pairStrokes(int n)
{
    QList<Stroke> strokes;
    if (n > 1)
        strokes << Stroke{Stroke::NextQuestion, QChar(), n};
    for (const QChar ch : QStringLiteral("Pertanyaan nomor %1?").arg(n))
        strokes << Stroke{Stroke::Char, ch, n};
    strokes << Stroke{Stroke::Tab, QChar(), n};
    for (const QChar ch : QStringLiteral("Jawaban nomor %1.").arg(n))
        strokes << Stroke{Stroke::Char, ch, n};
    strokes << Stroke{Stroke::Report, QChar(), n};
    return strokes;
}

void press(QWidget *target, int key, Qt::KeyboardModifiers modifiers, const QString &text = {})
{
    QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyPress, key, modifiers, text));
    QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyRelease, key, modifiers, text));
}

void type(QWidget *target, QChar ch)
{
    Qt::KeyboardModifiers modifiers = Qt::NoModifier;
    int key = ch.unicode(); // ASCII punctuation, digits and space are their own key codes
    if (ch.isLetter()) {
        key = Qt::Key_A + (ch.toUpper().unicode() - 'A');
        if (ch.isUpper())
            modifiers = Qt::ShiftModifier;
    }
    press(target, key, modifiers, QString(ch));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 && args.size() != 5) {
        std::fprintf(stderr,
                     "usage: MinutesTyper <file.netra> <attendee id> <seconds> [<ms per key>]\n");
        return 2;
    }
    QString error;
    auto db = Database::open(args.at(1), Database::Mode::OpenExisting, &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MinutesWindow window(*db, args.at(2).toLongLong());
    window.show();
    QApplication::setActiveWindow(&window);
    window.focusPair(0, false);

    QList<Stroke> pending;
    int pair = 0;
    int typed = 0; // pairs typed whole
    QObject::connect(&window, &MinutesWindow::saved, [&] {
        std::printf("COMMITTED %d\n", typed);
        std::fflush(stdout);
    });
    QTimer keys;
    keys.setInterval(args.size() == 5 ? args.at(4).toInt() : 50); // 50: about 20 keys a second
    QObject::connect(&keys, &QTimer::timeout, [&] {
        if (pending.isEmpty())
            pending = pairStrokes(++pair);
        const Stroke s = pending.takeFirst();
        QWidget *target = window.focusWidget();
        if (!target && s.kind != Stroke::Report) {
            std::fprintf(stderr, "no field has the focus\n");
            return;
        }
        switch (s.kind) {
        case Stroke::Char:
            type(target, s.ch);
            break;
        case Stroke::Tab:
            press(target, Qt::Key_Tab, Qt::NoModifier);
            break;
        case Stroke::NextQuestion:
            press(target, Qt::Key_Return, Qt::ControlModifier);
            break;
        case Stroke::Report:
            typed = s.pair;
            std::printf("TYPED %d\n", s.pair);
            std::fflush(stdout);
            break;
        }
    });
    keys.start();
    QTimer::singleShot(int(args.at(3).toDouble() * 1000), &app, &QCoreApplication::quit);
    return app.exec();
}
