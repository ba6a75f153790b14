#include "MinutesWindow.h"
#include "Colours.h"

#include "WindowGeometry.h"
#include "domain/HearingRules.h"
#include "domain/Identity.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/HistoryRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace {

// A date edit at this date shows "unknown".
const QDate NoDate(1900, 1, 1);

// A text field that grows with what is typed, so that the minutes scroll as one page.
class GrowingEdit : public QPlainTextEdit
{
public:
    GrowingEdit(int minLines, QWidget *parent) : QPlainTextEdit(parent), m_minLines(minLines)
    {
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(this, &QPlainTextEdit::textChanged, this, &GrowingEdit::fit);
        fit();
    }

    void fit()
    {
        const QFontMetrics fm(font());
        const int margin = int(document()->documentMargin());
        const int width = std::max(80, viewport()->width() - 2 * margin);
        const QString text = toPlainText();
        int lines = fm.boundingRect(QRect(0, 0, width, 1 << 24), Qt::TextWordWrap, text).height();
        if (text.isEmpty() || text.endsWith(QLatin1Char('\n')))
            lines += fm.lineSpacing();
        lines = std::max(lines, m_minLines * fm.lineSpacing());
        const int total = lines + 2 * margin + 2 * frameWidth() + 4;
        if (total != height())
            setFixedHeight(total);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            fit();
    }
    void changeEvent(QEvent *event) override
    {
        QPlainTextEdit::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            fit();
    }

private:
    int m_minLines;
};

QString dateText(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

QString dateTimeText(const QDateTime &t)
{
    return QLocale().toString(t, QStringLiteral("dddd, d MMMM yyyy HH:mm"));
}

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

bool isKey(const QKeyEvent *e, int key, Qt::KeyboardModifiers modifiers)
{
    return e->key() == key && (e->modifiers() & ~Qt::KeypadModifier) == modifiers;
}

} // namespace

MinutesWindow::MinutesWindow(Database &db, qint64 attendeeId, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_repo(db), m_attendeeId(attendeeId)
{
    setObjectName(QStringLiteral("minutesWindow"));

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

    auto *central = new QWidget(this);
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("recoveredNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(Colours::noticeStyle(Colours::NoticeBackground));
    m_notice->hide();

    m_stack = new QStackedWidget(central);
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
    m_birthWarning->setStyleSheet(QStringLiteral("color: #8a4b1a"));
    m_birthWarning->hide();
    page->addWidget(m_birthWarning);

    m_qaTitle = new QLabel(m_content);
    m_qaTitle->setFont(bold);
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

    m_readBack = new QTextEdit(m_stack);
    m_readBack->setObjectName(QStringLiteral("readBackView"));
    m_readBack->setReadOnly(true);
    QFont large = m_readBack->font();
    large.setPointSizeF(std::max(20.0, large.pointSizeF() * 2));
    m_readBack->setFont(large);
    m_stack->addWidget(m_readBack);

    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("minutesHint"));
    statusBar()->addWidget(m_hint, 1);
    statusBar()->addPermanentWidget(m_saveState);

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

    load();
    retranslate();
    WindowGeometry::resize(this, QSize(900, 680)); // fitted to the screen
}

MinutesWindow::~MinutesWindow()
{
    // Closed by its owner without a close event (the case window went away): keep every line.
    if (hasUnsavedChanges())
        saveNow();
}

void MinutesWindow::retranslate()
{
    m_menu->setTitle(tr("&Minutes"));
    m_nextAction->setText(tr("&Next question"));
    m_upAction->setText(tr("Move question &up"));
    m_downAction->setText(tr("Move question &down"));
    m_removeAction->setText(tr("&Remove empty question"));
    m_readBackAction->setText(tr("Read &back in large type"));
    m_signAction->setText(tr("&Sign…"));
    m_addendumAction->setText(tr("Add &addendum…"));
    m_closeAction->setText(tr("&Close"));
    m_identityTitle->setText(tr("Identity of the person heard"));
    const char *const labels[] = {
        QT_TR_NOOP("&Name"),        QT_TR_NOOP("&Place of birth"), QT_TR_NOOP("&Date of birth"),
        QT_TR_NOOP("Age"),          QT_TR_NOOP("&Occupation"),     QT_TR_NOOP("Re&ligion"),
        QT_TR_NOOP("Na&tionality"), QT_TR_NOOP("Addr&ess"),
    };
    for (int i = 0; i < m_identityLabels.size(); ++i)
        m_identityLabels.at(i)->setText(tr(labels[i]));
    m_birthDate->setSpecialValueText(tr("unknown"));
    m_qaTitle->setText(tr("Questions and answers"));
    for (int i = 0; i < m_pairs.size(); ++i) {
        m_pairs.at(i).question->setPlaceholderText(tr("Question"));
        m_pairs.at(i).answer->setPlaceholderText(tr("Answer"));
    }
    refreshHeader();
    refreshAge();
    refreshLock(); // the hint and the signature
}

void MinutesWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// --- loading ----------------------------------------------------------------------------

void MinutesWindow::load()
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    const std::optional<Hearing> h = m_repo.hearingOf(m_attendeeId);
    if (h) {
        for (const Attendee &a : h->attendees) {
            if (a.id == m_attendeeId) {
                m_hearing = *h;
                m_attendee = a;
                m_found = true;
            }
        }
    }
    if (!m_found) {
        m_stack->setEnabled(false);
        showSaveState(tr("The person heard no longer exists in the file."), true);
        refreshLock();
        return;
    }
    m_nip.clear();
    if (m_attendee.partyId) {
        if (const std::optional<Case> c = CaseRepository(m_db).load(m_hearing.caseId)) {
            for (const Party &p : c->parties) {
                if (p.id == m_attendee.partyId)
                    m_nip = p.nip;
            }
        }
    }
    m_name->setText(m_attendee.name);
    m_birthPlace->setText(m_attendee.birthPlace);
    m_birthDate->setDate(m_attendee.birthDate.isValid() ? m_attendee.birthDate : NoDate);
    m_occupation->setText(m_attendee.occupation);
    m_religion->setText(m_attendee.religion);
    m_nationality->setText(m_attendee.nationality);
    m_address->setText(m_attendee.address);
    for (const MinutesEntry &e : std::as_const(m_attendee.minutes))
        m_pairs << makePair(e);
    // The clerk starts at the first question of empty minutes; it is not stored until typed in.
    if (m_pairs.isEmpty() && !isSigned())
        m_pairs << makePair(MinutesEntry());
    relayout();
    refreshLock();
    showRecovered();

    if (isSigned()) {
        focusPair(0, false); // read-only: Tab still walks the questions and answers
    } else if (m_attendee.minutes.isEmpty()) {
        // The hearing starts with the identity.
        m_name->setFocus();
    } else {
        const int last = int(m_pairs.size()) - 1;
        focusPair(last, !m_pairs.at(last).question->toPlainText().isEmpty());
    }
}

void MinutesWindow::showRecovered()
{
    int count = 0;
    for (const MinutesEntry &e : std::as_const(m_attendee.minutes))
        count += !e.question.trimmed().isEmpty() || !e.answer.trimmed().isEmpty();
    if (isSigned() || count == 0)
        return;
    // The minutes in the file are what survived: when they were written in the last day, the
    // clerk is told how much is there (after a crash, what was recovered).
    const std::optional<Case> c = CaseRepository(m_db).load(m_hearing.caseId);
    if (!c)
        return;
    QDateTime last;
    const QList<ChangeEntry> history = HistoryRepository(m_db).history(c->uuid);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->table == QLatin1String("hearing_attendees") && it->recordUuid == m_attendee.uuid &&
            (it->changes.contains(QLatin1String("minutes")) ||
             it->action == QLatin1String("create"))) {
            last = it->at;
            break;
        }
    }
    if (!last.isValid() || last.secsTo(m_db.now()) >= 24 * 3600)
        return;
    m_notice->setText(
        tr("%n question(s) recovered from the file; the last was saved at %1.", nullptr, count)
            .arg(QLocale().toString(last.toLocalTime(), QStringLiteral("d MMMM yyyy HH:mm:ss"))));
    m_notice->show();
}

QString MinutesWindow::recoveredNotice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

MinutesWindow::Pair MinutesWindow::makePair(const MinutesEntry &e)
{
    Pair p;
    p.id = e.id;
    p.uuid = e.uuid;
    p.box = new QWidget(m_content);
    p.number = new QLabel(p.box);
    p.number->setAlignment(Qt::AlignRight | Qt::AlignTop);
    p.number->setMinimumWidth(p.number->fontMetrics().horizontalAdvance(QStringLiteral("000.")));
    QFont bold = p.number->font();
    bold.setBold(true);
    p.number->setFont(bold);
    p.question = new GrowingEdit(1, p.box);
    p.answer = new GrowingEdit(2, p.box);
    p.question->setFont(bold);
    p.question->setPlaceholderText(tr("Question"));
    p.answer->setPlaceholderText(tr("Answer"));
    p.question->setPlainText(e.question);
    p.answer->setPlainText(e.answer);
    auto *grid = new QGridLayout(p.box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(p.number, 0, 0);
    grid->addWidget(p.question, 0, 1);
    grid->addWidget(p.answer, 1, 1);
    grid->setColumnStretch(1, 1);
    for (QPlainTextEdit *edit : {p.question, p.answer}) {
        edit->installEventFilter(this);
        edit->setTabChangesFocus(true);
        connect(edit, &QPlainTextEdit::textChanged, this, &MinutesWindow::minutesChanged);
        connect(edit, &QPlainTextEdit::cursorPositionChanged, this,
                [this, edit] { ensureCursorVisible(edit); });
    }
    if (isSigned()) {
        p.question->setReadOnly(true);
        p.answer->setReadOnly(true);
    }
    return p;
}

// Puts the pairs in their order and numbers them.
void MinutesWindow::relayout()
{
    for (const Pair &p : std::as_const(m_pairs))
        m_pairsLayout->removeWidget(p.box);
    for (int i = 0; i < m_pairs.size(); ++i) {
        const Pair &p = m_pairs.at(i);
        m_pairsLayout->addWidget(p.box);
        p.number->setText(tr("%1.").arg(i + 1));
        p.box->setObjectName(QStringLiteral("pair_%1").arg(i + 1));
        p.number->setObjectName(QStringLiteral("number_%1").arg(i + 1));
        p.question->setObjectName(QStringLiteral("question_%1").arg(i + 1));
        p.answer->setObjectName(QStringLiteral("answer_%1").arg(i + 1));
    }
}

// --- the pairs ----------------------------------------------------------------------------

QPlainTextEdit *MinutesWindow::questionEdit(int pair) const
{
    return pair >= 0 && pair < m_pairs.size() ? m_pairs.at(pair).question : nullptr;
}

QPlainTextEdit *MinutesWindow::answerEdit(int pair) const
{
    return pair >= 0 && pair < m_pairs.size() ? m_pairs.at(pair).answer : nullptr;
}

int MinutesWindow::pairOf(const QObject *edit) const
{
    for (int i = 0; i < m_pairs.size(); ++i) {
        if (m_pairs.at(i).question == edit || m_pairs.at(i).answer == edit)
            return i;
    }
    return -1;
}

int MinutesWindow::currentPair() const
{
    return pairOf(focusWidget());
}

bool MinutesWindow::isEmptyPair(int pair) const
{
    const Pair &p = m_pairs.at(pair);
    return p.question->toPlainText().trimmed().isEmpty() &&
           p.answer->toPlainText().trimmed().isEmpty();
}

QList<MinutesEntry> MinutesWindow::entries() const
{
    QList<MinutesEntry> list;
    for (const Pair &p : m_pairs)
        list << MinutesEntry{p.id, p.uuid, p.question->toPlainText(), p.answer->toPlainText()};
    return list;
}

void MinutesWindow::focusPair(int pair, bool answer)
{
    QPlainTextEdit *edit = answer ? answerEdit(pair) : questionEdit(pair);
    if (!edit)
        return;
    edit->setFocus(Qt::TabFocusReason);
    edit->moveCursor(QTextCursor::End);
    ensureCursorVisible(edit);
}

void MinutesWindow::ensureCursorVisible(QPlainTextEdit *edit)
{
    if (!edit->hasFocus() || m_stack->currentWidget() != m_scroll)
        return;
    const QPoint at = edit->viewport()->mapTo(m_content, edit->cursorRect().center());
    m_scroll->ensureVisible(at.x(), at.y(), 20, 2 * edit->fontMetrics().lineSpacing());
}

void MinutesWindow::nextQuestion()
{
    if (!m_found || isSigned() || isReadBack())
        return;
    // A question is a natural pause: what was typed goes to the file now.
    if (hasUnsavedChanges())
        saveNow();
    const int last = int(m_pairs.size()) - 1;
    if (last >= 0 && isEmptyPair(last)) {
        focusPair(last, false);
        return;
    }
    m_pairs << makePair(MinutesEntry());
    relayout();
    focusPair(int(m_pairs.size()) - 1, false);
    minutesChanged();
    // The new pair is laid out only now: scroll once it has its place.
    QTimer::singleShot(0, this, [this] {
        if (QWidget *w = focusWidget())
            m_scroll->ensureWidgetVisible(w, 20, 40);
    });
}

void MinutesWindow::moveUp()
{
    const int p = currentPair();
    if (isSigned() || isReadBack() || p <= 0)
        return;
    m_pairs.swapItemsAt(p, p - 1);
    relayout();
    minutesChanged();
    QTimer::singleShot(0, this, [this] {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(focusWidget()))
            ensureCursorVisible(edit);
    });
}

void MinutesWindow::moveDown()
{
    const int p = currentPair();
    if (isSigned() || isReadBack() || p < 0 || p >= m_pairs.size() - 1)
        return;
    m_pairs.swapItemsAt(p, p + 1);
    relayout();
    minutesChanged();
    QTimer::singleShot(0, this, [this] {
        if (auto *edit = qobject_cast<QPlainTextEdit *>(focusWidget()))
            ensureCursorVisible(edit);
    });
}

void MinutesWindow::removeCurrent()
{
    const int p = currentPair();
    if (isSigned() || isReadBack() || p < 0)
        return;
    if (!isEmptyPair(p)) {
        const auto answer = QMessageBox::question(
            this, tr("Remove a question"),
            tr("Question %1 and its answer hold text. Remove them from the minutes?").arg(p + 1),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            focusPair(p, false);
            return;
        }
    }
    const Pair gone = m_pairs.takeAt(p);
    // The focus leaves first: the pair goes while one of its fields handles this key.
    if (!m_pairs.isEmpty())
        focusPair(std::max(0, p - 1), p > 0);
    else
        m_name->setFocus();
    m_pairsLayout->removeWidget(gone.box);
    gone.box->hide();
    gone.box->deleteLater();
    relayout();
    minutesChanged();
}

bool MinutesWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QMainWindow::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_address) {
        // From the identity to the first question.
        if (event->type() == QEvent::KeyPress && isKey(key, Qt::Key_Tab, Qt::NoModifier) &&
            !m_pairs.isEmpty()) {
            focusPair(0, false);
            return true;
        }
        return QMainWindow::eventFilter(watched, event);
    }
    const int p = pairOf(watched);
    if (p < 0)
        return QMainWindow::eventFilter(watched, event);
    const bool isAnswer = watched == m_pairs.at(p).answer;
    std::function<void()> handle;
    if (isKey(key, Qt::Key_Tab, Qt::NoModifier)) {
        handle = [this, p, isAnswer] {
            if (!isAnswer)
                focusPair(p, true);
            else if (p + 1 < m_pairs.size())
                focusPair(p + 1, false);
            else
                statusBar()->showMessage(tr("The last answer: Ctrl+Return starts the next "
                                            "question."),
                                         4000);
        };
    } else if (isKey(key, Qt::Key_Backtab, Qt::ShiftModifier) ||
               isKey(key, Qt::Key_Backtab, Qt::NoModifier) ||
               isKey(key, Qt::Key_Tab, Qt::ShiftModifier)) {
        handle = [this, p, isAnswer] {
            if (isAnswer)
                focusPair(p, false);
            else if (p > 0)
                focusPair(p - 1, true);
            else
                m_address->setFocus(Qt::BacktabFocusReason);
        };
    } else if (isKey(key, Qt::Key_Return, Qt::ControlModifier) ||
               isKey(key, Qt::Key_Enter, Qt::ControlModifier)) {
        handle = [this] { nextQuestion(); };
    } else if (isKey(key, Qt::Key_Up, Qt::ControlModifier)) {
        handle = [this] { moveUp(); };
    } else if (isKey(key, Qt::Key_Down, Qt::ControlModifier)) {
        handle = [this] { moveDown(); };
    } else if (isKey(key, Qt::Key_Delete, Qt::ControlModifier)) {
        handle = [this] { removeCurrent(); };
    }
    if (!handle)
        return QMainWindow::eventFilter(watched, event);
    // The field takes these keys itself, so that no other shortcut and no text editing
    // (Ctrl+Delete deletes a word) gets them first.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    handle();
    return true;
}

// --- saving -------------------------------------------------------------------------------

void MinutesWindow::minutesChanged()
{
    if (m_loading || isSigned())
        return;
    m_minutesDirty = true;
    scheduleSave();
}

void MinutesWindow::identityChanged()
{
    if (m_loading || isSigned())
        return;
    m_identityDirty = true;
    scheduleSave();
}

void MinutesWindow::scheduleSave()
{
    m_saveTimer->start();
    if (!m_maxTimer->isActive())
        m_maxTimer->start();
    showSaveState(tr("Saving…"));
}

bool MinutesWindow::saveNow()
{
    m_saveTimer->stop();
    m_maxTimer->stop();
    if (!m_found || !hasUnsavedChanges())
        return true;
    QString error;
    bool ok = true;
    if (m_minutesDirty) {
        QList<MinutesEntry> stored;
        const QList<MinutesEntry> list = entries();
        ok = m_repo.saveMinutes(m_attendeeId, list, &error, &stored);
        if (ok) {
            // The rows as stored: new ones now have their uuids, so the next save matches them.
            for (int i = 0; i < stored.size() && i < m_pairs.size(); ++i) {
                m_pairs[i].id = stored.at(i).id;
                m_pairs[i].uuid = stored.at(i).uuid;
            }
            m_attendee.minutes = stored;
            m_minutesDirty = false;
        }
    }
    if (ok && m_identityDirty) {
        ok = saveIdentity(&error);
        if (ok)
            m_identityDirty = false;
    }
    if (!ok) {
        showSaveState(error, true);
        // Tried again, so that a passing refusal (the file busy) loses nothing.
        m_maxTimer->start();
        return false;
    }
    showSaveState(
        tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"))));
    emit saved(m_attendeeId);
    return true;
}

bool MinutesWindow::saveIdentity(QString *error)
{
    std::optional<Hearing> h = m_repo.hearingOf(m_attendeeId);
    if (!h) {
        *error = tr("The person heard no longer exists in the file.");
        return false;
    }
    for (Attendee &a : h->attendees) {
        if (a.id != m_attendeeId)
            continue;
        a.name = m_name->text().trimmed();
        a.birthPlace = m_birthPlace->text().trimmed();
        a.birthDate = m_birthDate->date() == NoDate ? QDate() : m_birthDate->date();
        a.occupation = m_occupation->text().trimmed();
        a.religion = m_religion->text().trimmed();
        a.nationality = m_nationality->text().trimmed();
        a.address = m_address->text().trimmed();
    }
    if (!m_repo.saveHearing(*h, error))
        return false;
    m_hearing = *h;
    for (const Attendee &a : std::as_const(h->attendees)) {
        if (a.id == m_attendeeId) {
            const QList<MinutesEntry> minutes = m_attendee.minutes;
            m_attendee = a;
            m_attendee.minutes = minutes;
        }
    }
    refreshHeader();
    return true;
}

void MinutesWindow::showSaveState(const QString &text, bool error)
{
    if (m_saveState->text() != text)
        m_saveState->setText(text);
    m_saveState->setStyleSheet(
        error ? Colours::textStyle(Colours::Error, QStringLiteral("font-weight: bold"))
              : QString());
}

void MinutesWindow::closeEvent(QCloseEvent *event)
{
    if (!saveNow()) {
        const auto answer = QMessageBox::warning(
            this, tr("The minutes are not saved"),
            tr("The last changes could not be written to the file:\n%1\n\nClose anyway and "
               "lose them?")
                .arg(m_saveState->text()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
        m_minutesDirty = false;
        m_identityDirty = false;
    }
    event->accept();
}

// --- what is shown ------------------------------------------------------------------------

void MinutesWindow::refreshHeader()
{
    if (!m_found)
        return;
    setWindowTitle(tr("Minutes: %1 — Netra").arg(m_attendee.name));
    const Hearing &h = m_hearing;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>")
                 .arg(html(tr("Minutes of the clarification of %1 (%2)")
                               .arg(m_attendee.name, HearingRules::roleLabel(m_attendee.role))));
    lines << html(h.online ? tr("%1, online: %2").arg(dateTimeText(h.scheduledAt), h.platform)
                           : tr("%1, %2").arg(dateTimeText(h.scheduledAt), h.place));
    if (!h.examiners.isEmpty())
        lines << html(tr("Examiners: %1").arg(h.examiners));
    if (!h.assignmentLetter.isEmpty())
        lines << html(tr("Letter of assignment no. %1").arg(h.assignmentLetter));
    QStringList state{HearingRules::attendanceLabel(m_attendee.attendance),
                      HearingRules::oathLabel(m_attendee.oath)};
    if (!m_attendee.counsel.isEmpty())
        state << tr("counsel: %1").arg(m_attendee.counsel);
    lines << html(state.join(QStringLiteral(" · ")));
    m_header->setText(lines.join(QStringLiteral("<br>")));
}

void MinutesWindow::refreshAge()
{
    const QDate birth = m_birthDate->date() == NoDate ? QDate() : m_birthDate->date();
    const QDate on = m_hearing.scheduledAt.isValid() ? m_hearing.scheduledAt.date() : m_db.today();
    const int years = HearingRules::age(birth, on);
    m_age->setText(years < 0 ? tr("—") : tr("%n year(s)", nullptr, years));
    // Pointed out, not refused: the clerk checks the date typed or the NIP.
    if (!m_birthWarning)
        return;
    const QString warning = HearingRules::birthDateWarning(birth, m_nip);
    m_birthWarning->setText(warning);
    m_birthWarning->setVisible(!warning.isEmpty());
}

void MinutesWindow::refreshLock()
{
    // Only those who keep this case's hearings type its minutes.
    const bool locked =
        isSigned() || !m_found || !m_db.allows(Action::EditHearings, m_hearing.caseId);
    for (const Pair &p : std::as_const(m_pairs)) {
        p.question->setReadOnly(locked);
        p.answer->setReadOnly(locked);
    }
    // A confidential reporter's withheld identity is neither shown nor typed over.
    const bool withheld = m_found && m_attendee.identityHidden;
    // A field the file holds empty may still be filled in: that shows nothing.
    for (QLineEdit *edit :
         {m_name, m_birthPlace, m_occupation, m_religion, m_nationality, m_address}) {
        const bool hidden = withheld && edit->text() == Identity::hidden();
        edit->setReadOnly(locked || hidden);
        edit->setToolTip(hidden ? tr("The identity of a confidential reporter is withheld.")
                                : QString());
    }
    m_birthDate->setReadOnly(locked || withheld);
    const bool editing = !locked && !isReadBack();
    m_nextAction->setEnabled(editing);
    m_upAction->setEnabled(editing);
    m_downAction->setEnabled(editing);
    m_removeAction->setEnabled(editing);
    m_signAction->setEnabled(editing);
    m_addendumAction->setEnabled(m_found && isSigned() && !isReadBack() &&
                                 m_db.allows(Action::EditHearings, m_hearing.caseId));
    if (locked) {
        m_saveTimer->stop();
        m_maxTimer->stop();
        m_notice->hide();
    }
    m_hint->setText(isSigned() ? tr("Signed: read-only · F11: read back · Ctrl+Shift+A: addendum")
                    : locked   ? QString()
                               : tr("Ctrl+Return: next question · Tab: question → answer · "
                                      "Ctrl+Up/Down: move · F11: read back"));
    refreshSignature();
}

void MinutesWindow::refreshSignature()
{
    if (!isSigned()) {
        // Why the minutes cannot be signed yet (the hearing ahead, attendance not recorded).
        const QString why = m_found && m_db.allows(Action::EditHearings, m_hearing.caseId)
                                ? m_repo.whyNotSign(m_attendeeId)
                                : QString();
        m_signature->setText(why);
        m_signature->setVisible(!why.isEmpty());
        m_signAction->setToolTip(why);
        m_addenda->hide();
        return;
    }
    const QString when =
        QLocale().toString(m_attendee.signedAt.toLocalTime(), QStringLiteral("d MMMM yyyy HH:mm"));
    QString text;
    if (!m_attendee.signRefusal.isEmpty()) {
        text = tr("%1 refused to sign on %2. Reason: %3")
                   .arg(m_attendee.name, when, m_attendee.signRefusal);
        if (!m_attendee.signedBy.isEmpty())
            text += QLatin1Char('\n') + tr("Signed by %1.").arg(m_attendee.signedBy);
    } else {
        text = tr("Signed on %1 by %2.").arg(when, m_attendee.signedBy);
    }
    text += QLatin1Char('\n') + tr("The signed minutes cannot change; add an addendum "
                                   "(Ctrl+Shift+A) to correct them.");
    m_signature->setText(text);
    m_signature->show();
    QStringList addenda;
    for (const Addendum &d : std::as_const(m_attendee.addenda))
        addenda << tr("<b>Addendum of %1</b><br>%2")
                       .arg(html(QLocale().toString(d.addedAt.toLocalTime(),
                                                    QStringLiteral("d MMMM yyyy HH:mm"))),
                            html(d.text));
    m_addenda->setText(addenda.join(QStringLiteral("<br><br>")));
    m_addenda->setVisible(!addenda.isEmpty());
}

bool MinutesWindow::isReadBack() const
{
    return m_stack->currentWidget() == m_readBack;
}

QString MinutesWindow::readBackHtml() const
{
    QString out = m_header->text();
    const QDate birth = m_birthDate->date() == NoDate ? QDate() : m_birthDate->date();
    QStringList identity;
    identity << html(tr("Name: %1").arg(m_name->text()));
    QStringList born;
    if (!m_birthPlace->text().trimmed().isEmpty())
        born << m_birthPlace->text().trimmed();
    if (birth.isValid())
        born << dateText(birth);
    identity << html(tr("Place and date of birth: %1").arg(born.join(QStringLiteral(", "))));
    identity << html(tr("Age: %1").arg(m_age->text()));
    identity << html(tr("Occupation: %1").arg(m_occupation->text()));
    identity << html(tr("Religion: %1").arg(m_religion->text()));
    identity << html(tr("Nationality: %1").arg(m_nationality->text()));
    identity << html(tr("Address: %1").arg(m_address->text()));
    out += QStringLiteral("<p>") + identity.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    for (int i = 0; i < m_pairs.size(); ++i) {
        const Pair &p = m_pairs.at(i);
        out += QStringLiteral("<p><b>%1. %2</b><br>%3</p>")
                   .arg(i + 1)
                   .arg(html(p.question->toPlainText()), html(p.answer->toPlainText()));
    }
    if (isSigned()) {
        out += QStringLiteral("<p>") + html(m_signature->text()) + QStringLiteral("</p>");
        if (!m_addenda->isHidden())
            out += QStringLiteral("<p>") + m_addenda->text() + QStringLiteral("</p>");
    }
    return out;
}

void MinutesWindow::setReadBack(bool on)
{
    if (on == isReadBack()) {
        m_readBackAction->setChecked(on);
        return;
    }
    if (on) {
        m_readBack->setHtml(readBackHtml());
        m_stack->setCurrentWidget(m_readBack);
        m_readBack->setFocus();
    } else {
        m_stack->setCurrentWidget(m_scroll);
    }
    {
        const QSignalBlocker block(m_readBackAction);
        m_readBackAction->setChecked(on);
    }
    m_leaveReadBackAction->setEnabled(on);
    refreshLock();
    if (!on && !isSigned()) {
        const int last = int(m_pairs.size()) - 1;
        if (last >= 0)
            focusPair(last, !m_pairs.at(last).question->toPlainText().isEmpty());
    }
}

// --- signing and addenda ------------------------------------------------------------------

void MinutesWindow::sign()
{
    if (!m_found || isSigned() || isReadBack())
        return;
    if (const QString why = m_repo.whyNotSign(m_attendeeId); !why.isEmpty()) {
        QMessageBox::information(this, tr("The minutes cannot be signed yet"), why);
        return;
    }
    if (!saveNow()) {
        QMessageBox::warning(
            this, tr("The minutes are not saved"),
            tr("Save the minutes before signing them: %1").arg(m_saveState->text()));
        return;
    }
    QDialog d(this);
    d.setObjectName(QStringLiteral("signDialog"));
    d.setWindowTitle(tr("Sign the minutes"));
    auto *signedRadio = new QRadioButton(tr("The minutes were read back and &signed"), &d);
    signedRadio->setObjectName(QStringLiteral("signedRadio"));
    signedRadio->setChecked(true);
    auto *refusedRadio = new QRadioButton(tr("%1 &refused to sign").arg(m_attendee.name), &d);
    refusedRadio->setObjectName(QStringLiteral("refusedRadio"));
    auto *by = new QLineEdit(&d);
    by->setObjectName(QStringLiteral("signedByEdit"));
    QStringList signers{m_attendee.name};
    if (!m_hearing.examiners.isEmpty())
        signers << m_hearing.examiners;
    by->setText(signers.join(QStringLiteral("; ")));
    auto *reason = new QLineEdit(&d);
    reason->setObjectName(QStringLiteral("refusalReasonEdit"));
    reason->setEnabled(false);
    auto *error = new QLabel(&d);
    error->setObjectName(QStringLiteral("signError"));
    error->setWordWrap(true);
    error->setStyleSheet(Colours::textStyle(Colours::Error, QStringLiteral("font-weight: bold")));
    error->hide();
    // A refusal is signed by the examiners alone.
    const QString examiners = m_hearing.examiners;
    connect(refusedRadio, &QRadioButton::toggled, &d, [=](bool refused) {
        reason->setEnabled(refused);
        if (refused && by->text() == signers.join(QStringLiteral("; ")))
            by->setText(examiners);
        else if (!refused && by->text() == examiners)
            by->setText(signers.join(QStringLiteral("; ")));
    });
    auto *form = new QFormLayout;
    form->addRow(signedRadio);
    form->addRow(refusedRadio);
    form->addRow(tr("Signed &by"), by);
    form->addRow(tr("Reason for &refusing"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signOk"));
    auto *layout = new QVBoxLayout(&d);
    layout->addWidget(new QLabel(tr("Once signed, the minutes can no longer change; corrections "
                                    "go into dated addenda."),
                                 &d));
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        QString why;
        const bool refused = refusedRadio->isChecked();
        if (refused && reason->text().trimmed().isEmpty())
            why = tr("Record why the person refused to sign.");
        else if (!m_repo.sign(m_attendeeId, by->text(), refused ? reason->text() : QString(),
                              &why) &&
                 why.isEmpty())
            why = tr("The signature could not be stored.");
        if (!why.isEmpty()) {
            error->setText(why);
            error->show();
            return;
        }
        d.accept();
    });
    if (d.exec() != QDialog::Accepted)
        return;
    if (const std::optional<Hearing> h = m_repo.hearingOf(m_attendeeId)) {
        m_hearing = *h;
        for (const Attendee &a : h->attendees) {
            if (a.id == m_attendeeId)
                m_attendee = a;
        }
    }
    refreshLock();
    emit saved(m_attendeeId);
}

void MinutesWindow::addAddendum()
{
    if (!m_found || !isSigned() || isReadBack())
        return;
    QDialog d(this);
    d.setObjectName(QStringLiteral("addendumDialog"));
    d.setWindowTitle(tr("Addendum to the signed minutes"));
    auto *text = new QPlainTextEdit(&d);
    text->setObjectName(QStringLiteral("addendumText"));
    text->setTabChangesFocus(true);
    auto *error = new QLabel(&d);
    error->setObjectName(QStringLiteral("addendumError"));
    error->setWordWrap(true);
    error->setStyleSheet(Colours::textStyle(Colours::Error, QStringLiteral("font-weight: bold")));
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addendumOk"));
    auto *layout = new QVBoxLayout(&d);
    layout->addWidget(new QLabel(tr("The correction is dated today and shown below the signed "
                                    "minutes, which stay as they were signed."),
                                 &d));
    layout->addWidget(text);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    Addendum added;
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        QString why;
        if (!m_repo.addAddendum(m_attendeeId, text->toPlainText(), &why, &added)) {
            error->setText(why.isEmpty() ? tr("The addendum could not be stored.") : why);
            error->show();
            return;
        }
        d.accept();
    });
    text->setFocus();
    if (d.exec() != QDialog::Accepted)
        return;
    m_attendee.addenda << added;
    refreshSignature();
    emit saved(m_attendeeId);
}
