#pragma once

#include <QString>
#include <QStringList>

class QAction;
class QMainWindow;
class QWidget;

// The guide (Panduan): HTML pages in Indonesian and English compiled into the program
// (resources/guide/<language>/<page>.html, their screenshots in resources/guide/img/<language>/),
// shown in one GuideWindow. Every window opens it at its own page with F1 and Help → Guide.
namespace Guide {

// The pages, by name (the file name without ".html"), the same in every language.
QStringList pages();
// The languages the guide is written in: "id" and "en".
QStringList languages();
// The guide's language for the UI's: English when the UI is English, otherwise Indonesian.
QString language();
// The resource path of a page in a language, ":/netra/guide/id/register.html".
QString pagePath(const QString &language, const QString &page);

// Opens the guide at `page` (in the UI's language), in one window that is reused, kept above
// `parent`'s window (so that it can be used while that window is modal). Returns it.
QWidget *open(const QString &page, QWidget *parent);

// Gives `window` its F1 (QKeySequence::HelpContents) opening the guide at `page`; the action,
// named "guideAction", is returned for a menu and keeps its text in the UI's language.
QAction *install(QWidget *window, const QString &page);
// The same, with a Help menu holding the action added to the window's menu bar.
QAction *installWithMenu(QMainWindow *window, const QString &page);

} // namespace Guide
