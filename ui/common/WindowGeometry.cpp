#include "common/WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace {

// Room for the title bar and the frame, which a window does not have until it is shown.
const QSize FrameAllowance(16, 40);

QString settingsKey(const QString &key)
{
    return QStringLiteral("windows/%1").arg(key);
}

} // namespace

namespace WindowGeometry {

void restore(QWidget *window, const QString &key, QSize size)
{
    const QByteArray saved = QSettings().value(settingsKey(key)).toByteArray();
    if (saved.isEmpty() || !window->restoreGeometry(saved))
        window->resize(size);
    fit(window);
}

void save(const QWidget *window, const QString &key)
{
    QSettings().setValue(settingsKey(key), window->saveGeometry());
}

void resize(QWidget *window, QSize size)
{
    window->resize(size);
    fit(window);
}

void fit(QWidget *window)
{
    QScreen *screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (window->isMaximized() || window->isFullScreen())
        return;
    const QSize frame = window->isVisible()
                            ? window->frameGeometry().size() - window->geometry().size()
                            : FrameAllowance;
    const QSize room = (available.size() - frame).expandedTo(window->minimumSize());
    if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room));
    // On the screen: a position saved on a larger or another screen is moved onto this one.
    QRect outer(window->pos(), window->size() + frame);
    if (outer.right() > available.right())
        outer.moveRight(available.right());
    if (outer.bottom() > available.bottom())
        outer.moveBottom(available.bottom());
    if (outer.left() < available.left())
        outer.moveLeft(available.left());
    if (outer.top() < available.top())
        outer.moveTop(available.top());
    if (outer.topLeft() != window->pos())
        window->move(outer.topLeft());
}

} // namespace WindowGeometry
