#pragma once

// Helpers of the GUI test suites: dialogs answered without ever blocking a test, and windows
// activated the way the offscreen platform needs before keyboard input.

#include "demo/DemoGenerator.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace GuiTestSupport {

// Answers the next modal dialog with `answer` once it is up; a message box that comes after it
// is logged and closed, so that no dialog can block a test.
inline void whenDialog(std::function<void(QWidget *)> answer, QString *messages = nullptr)
{
    // One answer at a time: a new one ends the watch of the one before.
    static QPointer<QTimer> previous;
    delete previous.data();
    auto *timer = new QTimer;
    previous = timer;
    timer->setInterval(20);
    auto answered = std::make_shared<QPointer<QWidget>>();
    auto ticks = std::make_shared<int>(-1);
    QObject::connect(timer, &QTimer::timeout, [timer, answer, answered, ticks, messages] {
        QWidget *w = QApplication::activeModalWidget();
        if (*ticks < 0) {
            if (w) {
                *ticks = 0;
                *answered = w;
                answer(w);
            }
            return;
        }
        if (w && w != *answered) {
            if (auto *box = qobject_cast<QMessageBox *>(w)) {
                if (messages)
                    *messages += box->text();
                else
                    qWarning("unexpected message: %s", qPrintable(box->text()));
                box->accept();
            }
        }
        if (++*ticks > 50) { // a second after the answer: done
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

// Opens a data file in a main window signed in as one of the test users (TestSupport::addUser,
// the demo's users), without the sign-in dialog.
template <class Window>
bool signIn(Window &w, const QString &path, const QString &login = QStringLiteral("koordinator"))
{
    QString error;
    if (w.openFileAs(path, login, QLatin1String(DemoGenerator::Password), &error))
        return true;
    qWarning("%s", qPrintable(error));
    return false;
}

inline void activate(QWidget *w)
{
    QApplication::setActiveWindow(w);
    if (!QTest::qWaitForWindowActive(w))
        qWarning("window not active");
}

// A dark desktop palette (light text on a dark ground), as a dark theme gives.
inline QPalette darkPalette()
{
    QPalette dark = QApplication::palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return dark;
}

} // namespace GuiTestSupport
