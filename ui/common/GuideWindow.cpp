#include "common/GuideWindow.h"

#include "common/Guide.h"
#include "common/WindowGeometry.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>

GuideWindow::GuideWindow(QWidget *parent) : QMainWindow(parent, Qt::Window)
{
    setObjectName(QStringLiteral("guideWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    // One look for every page (resources/guide/guide.css).
    QFile css(QStringLiteral(":/netra/guide/guide.css"));
    if (css.open(QIODevice::ReadOnly))
        m_browser->document()->setDefaultStyleSheet(QString::fromUtf8(css.readAll()));
    setCentralWidget(m_browser);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("guideToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backAction = m_toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), QString(),
                                        m_browser, &QTextBrowser::backward);
    m_backAction->setShortcuts(QKeySequence::Back);
    m_backAction->setEnabled(false);
    m_forwardAction = m_toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowForward),
                                           QString(), m_browser, &QTextBrowser::forward);
    m_forwardAction->setShortcuts(QKeySequence::Forward);
    m_forwardAction->setEnabled(false);
    m_contentsAction =
        m_toolBar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), QString(), this,
                             [this] { showPage(QStringLiteral("index")); });
    m_contentsAction->setObjectName(QStringLiteral("guideContentsAction"));
    connect(m_browser, &QTextBrowser::backwardAvailable, m_backAction, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forwardAction, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this,
            [this] { setWindowTitle(tr("Netra guide: %1").arg(m_browser->documentTitle())); });
    retranslate();
    WindowGeometry::resize(this, QSize(820, 660));
}

void GuideWindow::showPage(const QString &page)
{
    const QUrl url(QStringLiteral("qrc") + Guide::pagePath(Guide::language(), page));
    if (m_browser->source() != url)
        m_browser->setSource(url);
}

QString GuideWindow::page() const
{
    return QFileInfo(m_browser->source().path()).completeBaseName();
}

QString GuideWindow::pageLanguage() const
{
    return QFileInfo(QFileInfo(m_browser->source().path()).path()).fileName();
}

void GuideWindow::retranslate()
{
    m_toolBar->setWindowTitle(tr("Guide"));
    m_backAction->setText(tr("&Back"));
    m_forwardAction->setText(tr("&Forward"));
    m_contentsAction->setText(tr("&Contents"));
    if (m_browser->source().isEmpty())
        setWindowTitle(tr("Netra guide"));
    else if (pageLanguage() != Guide::language())
        showPage(page()); // the same page in the UI's new language
}

void GuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}
