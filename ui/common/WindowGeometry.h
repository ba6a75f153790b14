#pragma once

#include <QSize>
#include <QString>

class QWidget;

// Window sizes and positions: remembered between runs (QSettings) and never larger than the
// screen the window is on, nor off it (a 1366x768 laptop, a screen unplugged since).
namespace WindowGeometry {

// Gives the window the size and position saved under `key`, or `size` when none is saved,
// fitted to the available screen.
void restore(QWidget *window, const QString &key, QSize size);
// Remembers the window's size and position under `key`.
void save(const QWidget *window, const QString &key);
// Resizes to `size` fitted to the available screen: for windows and dialogs that are not
// remembered.
void resize(QWidget *window, QSize size);
// Shrinks and moves the window so that it and its frame fit in the available screen.
void fit(QWidget *window);

} // namespace WindowGeometry
