// How MinutesWindow is built: its save timers, the page of the minutes (header, identity,
// questions and answers, signature, addenda), the read-back view and the menu. The window's
// behaviour is in MinutesWindow.cpp and MinutesSigning.cpp.
#include "hearings/MinutesText.h"
#include "hearings/MinutesWindow.h"

#include "common/Colours.h"
#include "common/Guide.h"

#include <QAction>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace MinutesText;

// Saved a moment after the typing stops, and at the latest MaxUnsavedMs after a change.
void MinutesWindow::buildSaveTimers()
{
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &MinutesWindow::saveNow);
    // Restarted by every keystroke, the first timer never fires while a fast typist goes on;
    // this one is not restarted, so nothing stays unsaved longer than MaxUnsavedMs.
    m_maxTimer = new QTimer(this);
    m_maxTimer->setSingleShot(true);
    m_maxTimer->setInterval(MaxUnsavedMs);
    connect(m_maxTimer, &QTimer::timeout, this, &MinutesWindow::saveNow);
    // Minutes typed on another computer are read again while this window follows them.
    m_followTimer = new QTimer(this);
    m_followTimer->setInterval(FollowMs);
    connect(m_followTimer, &QTimer::timeout, this, &MinutesWindow::follow);
}

// The minutes as they are written, in a scrolled page: the header, the identity of the person
// heard, the questions and answers, the signature and the addenda.
void MinutesWindow::buildMinutesPage()
{
    m_scroll = new QScrollArea(m_stack);
    m_scroll->setObjectName(QStringLiteral("minutesScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_content = new QWidget(m_scroll);
    auto *page = new QVBoxLayout(m_content);

    m_header = new QLabel(m_content);
    m_header->setObjectName(QStringLiteral("minutesHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    page->addWidget(m_header);

    buildIdentity(page);

    m_qaTitle = new QLabel(m_content);
    m_qaTitle->setFont(m_identityTitle->font()); // bold
    page->addSpacing(8);
    page->addWidget(m_qaTitle);
    m_pairsLayout = new QVBoxLayout;
    m_pairsLayout->setSpacing(10);
    page->addLayout(m_pairsLayout);

    m_signature = new QLabel(m_content);
    m_signature->setObjectName(QStringLiteral("signatureState"));
    m_signature->setWordWrap(true);
    m_signature->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signature->setStyleSheet(Colours::noticeStyle(Colours::InfoBackground));
    m_signature->hide();
    page->addWidget(m_signature);
    m_addenda = new QLabel(m_content);
    m_addenda->setObjectName(QStringLiteral("addendaView"));
    m_addenda->setWordWrap(true);
    m_addenda->setTextFormat(Qt::RichText);
    m_addenda->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addenda->hide();
    page->addWidget(m_addenda);
    page->addStretch(1);
    m_scroll->setWidget(m_content);
    m_stack->addWidget(m_scroll);
}

// The identity of the person heard, two fields a row, with the age and a warning on the birth
// date.
void MinutesWindow::buildIdentity(QVBoxLayout *page)
{
    m_identityTitle = new QLabel(m_content);
    QFont bold = m_identityTitle->font();
    bold.setBold(true);
    m_identityTitle->setFont(bold);
    page->addWidget(m_identityTitle);
    auto named = [this](QLineEdit *edit, const char *name) {
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::textEdited, this, &MinutesWindow::identityChanged);
        return edit;
    };
    m_name = named(new QLineEdit(m_content), "identityName");
    m_birthPlace = named(new QLineEdit(m_content), "identityBirthPlace");
    m_birthDate = new QDateEdit(m_content);
    m_birthDate->setObjectName(QStringLiteral("identityBirthDate"));
    m_birthDate->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_birthDate->setMinimumDate(NoDate);
    m_birthDate->setMaximumDate(QDate(2100, 12, 31));
    m_birthDate->setCalendarPopup(true);
    connect(m_birthDate, &QDateEdit::dateChanged, this, [this] {
        refreshAge();
        identityChanged();
    });
    m_age = new QLabel(m_content);
    m_age->setObjectName(QStringLiteral("identityAge"));
    m_occupation = named(new QLineEdit(m_content), "identityOccupation");
    m_religion = named(new QLineEdit(m_content), "identityReligion");
    m_nationality = named(new QLineEdit(m_content), "identityNationality");
    m_address = named(new QLineEdit(m_content), "identityAddress");
    m_address->installEventFilter(this);
    auto *identity = new QGridLayout;
    const QList<QWidget *> fields{m_name,       m_birthPlace, m_birthDate,   m_age,
                                  m_occupation, m_religion,   m_nationality, m_address};
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(m_content);
        label->setBuddy(fields.at(i));
        m_identityLabels << label;
        identity->addWidget(label, i / 2, (i % 2) * 2);
        identity->addWidget(fields.at(i), i / 2, (i % 2) * 2 + 1);
    }
    identity->setColumnStretch(1, 1);
    identity->setColumnStretch(3, 1);
    page->addLayout(identity);
    m_birthWarning = new QLabel(m_content);
    m_birthWarning->setObjectName(QStringLiteral("identityBirthWarning"));
    m_birthWarning->setWordWrap(true);
    m_birthWarning->setStyleSheet(Colours::textStyle(Colours::Missing));
    m_birthWarning->hide();
    page->addWidget(m_birthWarning);
}

// The read-back view: the minutes in large type for the person heard to read.
void MinutesWindow::buildReadBackView()
{
    m_readBack = new QTextEdit(m_stack);
    m_readBack->setObjectName(QStringLiteral("readBackView"));
    m_readBack->setReadOnly(true);
    QFont large = m_readBack->font();
    large.setPointSizeF(std::max(20.0, large.pointSizeF() * 2));
    m_readBack->setFont(large);
    m_stack->addWidget(m_readBack);
}

// The minutes menu: the next question, moving and removing a pair, read-back, signing, an
// addendum, closing.
void MinutesWindow::buildMenu()
{
    m_menu = menuBar()->addMenu(QString());
    auto action = [this](const char *name, const QList<QKeySequence> &keys, auto slot) {
        QAction *a = m_menu->addAction(QString());
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_nextAction =
        action("nextQuestionAction",
               {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
               &MinutesWindow::nextQuestion);
    m_upAction =
        action("moveUpAction", {QKeySequence(Qt::CTRL | Qt::Key_Up)}, &MinutesWindow::moveUp);
    m_downAction =
        action("moveDownAction", {QKeySequence(Qt::CTRL | Qt::Key_Down)}, &MinutesWindow::moveDown);
    m_removeAction = action("removePairAction", {QKeySequence(Qt::CTRL | Qt::Key_Delete)},
                            &MinutesWindow::removeCurrent);
    m_menu->addSeparator();
    m_readBackAction = m_menu->addAction(QString());
    m_readBackAction->setObjectName(QStringLiteral("readBackAction"));
    m_readBackAction->setCheckable(true);
    m_readBackAction->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_readBackAction, &QAction::toggled, this, &MinutesWindow::setReadBack);
    m_leaveReadBackAction = new QAction(this);
    m_leaveReadBackAction->setObjectName(QStringLiteral("leaveReadBackAction"));
    m_leaveReadBackAction->setShortcut(Qt::Key_Escape);
    m_leaveReadBackAction->setEnabled(false);
    connect(m_leaveReadBackAction, &QAction::triggered, this, [this] { setReadBack(false); });
    addAction(m_leaveReadBackAction);
    m_menu->addSeparator();
    m_signAction = action("signAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
                          &MinutesWindow::sign);
    m_addendumAction = action("addendumAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
                              &MinutesWindow::addAddendum);
    m_menu->addSeparator();
    m_closeAction = action("closeMinutesAction", QKeySequence::keyBindings(QKeySequence::Close),
                           &QWidget::close);
    Guide::installWithMenu(this, QStringLiteral("hearing"));
}
