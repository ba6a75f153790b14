#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// Colours that stay readable under the desktop's palette, light or dark: the windows name a
// colour as it is meant on a light palette, and these derive what to show from the palette in
// use (QApplication::palette() unless given).
class QLabel;
class QWidget;

namespace Colours {

// The light palette's colours for states: late or wrong, due today, due soon, done, a step's
// missing requirement.
inline const QColor Error(0xb0, 0x00, 0x20);
inline const QColor DueToday(0xc0, 0x50, 0x00);
inline const QColor DueSoon(0x80, 0x60, 0x00);
inline const QColor Done(0x2e, 0x7d, 0x32);
inline const QColor Missing(0xb0, 0x3a, 0x00);
// Backgrounds of notices: attention (yellow), alarm (red), information (blue).
inline const QColor NoticeBackground(0xff, 0xf4, 0xce);
inline const QColor AlarmBackground(0xfd, 0xe7, 0xe9);
inline const QColor InfoBackground(0xe8, 0xf0, 0xfe);

// Charts: the bars of a chart of one series, and each status's fill in a chart by status
// (blues while the procedure runs, orange to red as it is decided against the person reported,
// greys where it ended without a finding; ChartBar for a status without its own).
inline const QColor ChartBar(0x42, 0x92, 0xc6);
QColor chartStatus(const QString &status);

// Whether the palette is a dark one (light text on a dark ground).
bool isDark(const QPalette &palette);
bool isDark();
// Text in this colour's hue, readable on the palette's base and window: the colour itself on a
// light palette; on a dark one, the same hue made light enough (contrast at least 4.5:1).
QColor text(const QColor &light, const QPalette &palette);
QColor text(const QColor &light);
// A background in this colour's hue under which the palette's text stays readable.
QColor background(const QColor &light, const QPalette &palette);
QColor background(const QColor &light);
// A fill of a chart (a bar, a slice) in this colour's hue that stands out from the palette's
// base: the colour itself on a light palette; on a dark one, made light enough that its
// contrast with the base and the window is at least 3:1 (WCAG's ratio for graphics).
QColor fill(const QColor &light, const QPalette &palette);
// Text drawn on a fill (a bar's value): black or white, whichever reads better (at least 4.5:1).
QColor textOn(const QColor &fill);
// The palette of what is saved as an image or printed: dark text on white, whatever the
// desktop's palette.
QPalette printed();
// The WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b);

// Style sheets: text in a colour (with more, e.g. "font-weight: bold"); a notice on a
// background with the palette's text colour.
QString textStyle(const QColor &light, const QString &more = QString());
QString noticeStyle(const QColor &lightBackground, const QString &more = QString());
// A notice line of a window (word-wrapped, on that background), hidden until it has something
// to say.
QLabel *noticeLabel(QWidget *parent, const QString &objectName, const QColor &lightBackground);

} // namespace Colours
