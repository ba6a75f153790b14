#include "common/Guide.h"

#include "common/GuideWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>

namespace {

QPointer<GuideWindow> &theWindow()
{
    static QPointer<GuideWindow> window;
    return window;
}

// Keeps the guide's action (and its Help menu) in the UI's language: the window it is installed
// on gets the LanguageChange.
class GuideTexts : public QObject
{
public:
    GuideTexts(QWidget *window, QAction *action) : QObject(window), m_action(action)
    {
        window->installEventFilter(this);
        retranslate();
    }
    QAction *action() const { return m_action; }
    void setMenu(QMenu *menu)
    {
        m_menu = menu;
        retranslate();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    void retranslate()
    {
        m_action->setText(QCoreApplication::translate("Guide", "&Guide"));
        m_action->setToolTip(QCoreApplication::translate("Guide", "The guide to this window (F1)"));
        if (m_menu)
            m_menu->setTitle(QCoreApplication::translate("Guide", "&Help"));
    }

    QAction *m_action;
    QPointer<QMenu> m_menu;
};

} // namespace

namespace Guide {

QStringList pages()
{
    return {QStringLiteral("index"),    QStringLiteral("register"),  QStringLiteral("case"),
            QStringLiteral("hearing"),  QStringLiteral("decisions"), QStringLiteral("letters"),
            QStringLiteral("ledger"),   QStringLiteral("dashboard"), QStringLiteral("prevention"),
            QStringLiteral("leads"),    QStringLiteral("package"),   QStringLiteral("users"),
            QStringLiteral("settings"), QStringLiteral("backups")};
}

QStringList languages()
{
    return {QStringLiteral("id"), QStringLiteral("en")};
}

QString language()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("id");
}

QString pagePath(const QString &language, const QString &page)
{
    return QStringLiteral(":/netra/guide/%1/%2.html").arg(language, page);
}

QWidget *open(const QString &page, QWidget *parent)
{
    QWidget *top = parent ? parent->window() : nullptr;
    QPointer<GuideWindow> &w = theWindow();
    if (!w) {
        w = new GuideWindow(top);
    } else if (w->parentWidget() != top) {
        // Above the window in use, which may be modal.
        const QRect where = w->geometry();
        w->setParent(top, Qt::Window);
        w->setGeometry(where);
    }
    w->showPage(pages().contains(page) ? page : QStringLiteral("index"));
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}

namespace {

GuideTexts *makeAction(QWidget *window, const QString &page)
{
    auto *action = new QAction(window);
    action->setObjectName(QStringLiteral("guideAction"));
    action->setShortcuts(QKeySequence::HelpContents);
    QObject::connect(action, &QAction::triggered, window, [window, page] { open(page, window); });
    window->addAction(action);
    return new GuideTexts(window, action);
}

} // namespace

QAction *install(QWidget *window, const QString &page)
{
    return makeAction(window, page)->action();
}

QAction *installWithMenu(QMainWindow *window, const QString &page)
{
    GuideTexts *texts = makeAction(window, page);
    QMenu *menu = window->menuBar()->addMenu(QString());
    menu->setObjectName(QStringLiteral("guideHelpMenu"));
    menu->addAction(texts->action());
    texts->setMenu(menu);
    return texts->action();
}

} // namespace Guide
