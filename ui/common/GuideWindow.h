#pragma once

#include <QMainWindow>

class QAction;
class QTextBrowser;
class QToolBar;

// The guide's window: one page at a time in a QTextBrowser, its links followed inside, with
// back, forward and the contents. Opened through Guide::open; follows the UI's language.
class GuideWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit GuideWindow(QWidget *parent = nullptr);

    // Shows `page` (a name of Guide::pages()) in the UI's language.
    void showPage(const QString &page);
    // The page shown, by name ("register"), and its language ("id").
    QString page() const;
    QString pageLanguage() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_browser = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_contentsAction = nullptr;
    QToolBar *m_toolBar = nullptr;
};
