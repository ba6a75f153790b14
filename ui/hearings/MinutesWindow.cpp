#include "hearings/MinutesWindow.h"
#include "common/Colours.h"
#include "common/ReadOnly.h"
#include "domain/DateFormat.h"
#include "hearings/MinutesText.h"

#include "common/WindowGeometry.h"
#include "domain/HearingRules.h"
#include "domain/Identity.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/DraftRepository.h"
#include "store/HistoryRepository.h"
#include "store/LocalSpool.h"
#include "store/SettingsRepository.h"

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

using namespace MinutesText;

namespace {

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

bool isKey(const QKeyEvent *e, int key, Qt::KeyboardModifiers modifiers)
{
    return e->key() == key && (e->modifiers() & ~Qt::KeypadModifier) == modifiers;
}

// The labels of the identity block's fields, in their order on the page.
const char *const IdentityLabels[] = {
    QT_TRANSLATE_NOOP("MinutesWindow", "&Name:"),
    QT_TRANSLATE_NOOP("MinutesWindow", "&Place of birth:"),
    QT_TRANSLATE_NOOP("MinutesWindow", "&Date of birth:"),
    QT_TRANSLATE_NOOP("MinutesWindow", "Age:"),
    QT_TRANSLATE_NOOP("MinutesWindow", "&Occupation:"),
    QT_TRANSLATE_NOOP("MinutesWindow", "Re&ligion:"),
    QT_TRANSLATE_NOOP("MinutesWindow", "Na&tionality:"),
    QT_TRANSLATE_NOOP("MinutesWindow", "Addr&ess:"),
};

} // namespace

MinutesWindow::MinutesWindow(Database &db, qint64 attendeeId, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_repo(db), m_attendeeId(attendeeId)
{
    setObjectName(QStringLiteral("minutesWindow"));
    buildSaveTimers();

    auto *central = new QWidget(this);
    m_notice =
        Colours::noticeLabel(central, QStringLiteral("recoveredNotice"), Colours::NoticeBackground);
    m_keptAside =
        Colours::noticeLabel(central, QStringLiteral("keptAsideNotice"), Colours::NoticeBackground);
    m_keptAside->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_keptAside, &QLabel::linkActivated, this, [this] {
        // Dismissed: the clerk has taken what they need from it.
        DraftRepository(m_db).clearDraft(LocalSpool::minutesDraftKey(m_attendee.uuid));
        m_keptAside->hide();
    });
    m_stack = new QStackedWidget(central);
    buildMinutesPage();
    buildReadBackView();
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_notice);
    layout->addWidget(m_keptAside);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("minutesHint"));
    statusBar()->addWidget(m_hint, 1);
    statusBar()->addPermanentWidget(m_saveState);
    buildMenu();

    load();
    retranslate();
    WindowGeometry::resize(this, QSize(900, 680)); // fitted to the screen
}

MinutesWindow::~MinutesWindow()
{
    // Closed by its owner without a close event (the case window went away): keep every line.
    if (hasUnsavedChanges())
        saveNow();
    if (m_claimed)
        m_repo.releaseMinutes(m_attendeeId);
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
    for (int i = 0; i < m_identityLabels.size(); ++i)
        m_identityLabels.at(i)->setText(tr(IdentityLabels[i]));
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
    // Typed on one computer at a time; another one follows them.
    m_claimed = m_repo.claimMinutes(m_attendeeId, &m_typist);
    if (!m_claimed)
        m_followTimer->start();
    m_nip.clear();
    if (const std::optional<Case> c = CaseRepository(m_db).load(m_hearing.caseId)) {
        m_zone = SettingsRepository(m_db).officeTime(c->regencyCode);
        for (const Party &p : c->parties) {
            if (m_attendee.partyId && p.id == m_attendee.partyId)
                m_nip = p.nip;
        }
    }
    showIdentity();
    for (const MinutesEntry &e : std::as_const(m_attendee.minutes))
        m_pairs << makePair(e);
    // The clerk starts at the first question of empty minutes; it is not stored until typed in.
    if (m_pairs.isEmpty() && !isSigned())
        m_pairs << makePair(MinutesEntry());
    relayout();
    refreshLock();
    showRecovered();
    showKeptAside();

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

void MinutesWindow::showIdentity()
{
    m_name->setText(m_attendee.name);
    m_birthPlace->setText(m_attendee.birthPlace);
    m_birthDate->setDate(m_attendee.birthDate.isValid() ? m_attendee.birthDate : NoDate);
    m_occupation->setText(m_attendee.occupation);
    m_religion->setText(m_attendee.religion);
    m_nationality->setText(m_attendee.nationality);
    m_address->setText(m_attendee.address);
}

void MinutesWindow::follow()
{
    m_claimed = m_repo.claimMinutes(m_attendeeId, &m_typist);
    if (m_claimed) { // the clerk has closed them: they may be typed here now
        m_followTimer->stop();
        m_notice->hide();
    }
    const std::optional<Hearing> h = m_repo.hearingOf(m_attendeeId);
    if (!h)
        return;
    const QScopedValueRollback<bool> loading(m_loading, true);
    for (const Attendee &a : h->attendees) {
        if (a.id == m_attendeeId)
            m_attendee = a;
    }
    showIdentity();
    const QList<MinutesEntry> &typed = m_attendee.minutes;
    while (m_pairs.size() > typed.size()) {
        const Pair gone = m_pairs.takeLast();
        m_pairsLayout->removeWidget(gone.box);
        gone.box->deleteLater();
    }
    // Only what changed is set again, so that the reader's place stays where it is.
    for (int i = 0; i < typed.size(); ++i) {
        if (i == m_pairs.size()) {
            m_pairs << makePair(typed.at(i));
            continue;
        }
        Pair &p = m_pairs[i];
        p.id = typed.at(i).id;
        p.uuid = typed.at(i).uuid;
        if (p.question->toPlainText() != typed.at(i).question)
            p.question->setPlainText(typed.at(i).question);
        if (p.answer->toPlainText() != typed.at(i).answer)
            p.answer->setPlainText(typed.at(i).answer);
    }
    if (m_pairs.isEmpty() && m_claimed && !isSigned())
        m_pairs << makePair(MinutesEntry());
    relayout();
    refreshHeader();
    refreshAge();
    refreshLock();
}

void MinutesWindow::showRecovered()
{
    if (!m_claimed)
        return;
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
            .arg(m_zone.dateTime(last, QStringLiteral("d MMMM yyyy ") + clockWithSecondsFormat())));
    m_notice->show();
}

void MinutesWindow::showKeptAside()
{
    const QString kept = DraftRepository(m_db).draft(LocalSpool::minutesDraftKey(m_attendee.uuid));
    if (kept.isEmpty() || !m_claimed)
        return;
    QStringList lines;
    // The identity block's fields typed here that differ from those stored, in their order on
    // the page (the age, the fourth label, aside).
    const QList<QPair<QString, QString>> identity =
        LocalSpool::identityAside(m_db, kept, m_attendee);
    for (int i = 0; i < identity.size(); ++i) {
        if (!identity.at(i).second.isEmpty())
            lines << QStringLiteral("%1 %2").arg( // the label ends with its colon
                tr(IdentityLabels[i < 3 ? i : i + 1]).remove(QLatin1Char('&')),
                identity.at(i).second.toHtmlEscaped());
    }
    const QList<MinutesEntry> entries = LocalSpool::minutesFromJson(kept);
    for (int i = 0; i < entries.size(); ++i)
        lines << QStringLiteral("%1. %2<br>%3")
                     .arg(i + 1)
                     .arg(entries.at(i).question.toHtmlEscaped(),
                          entries.at(i).answer.toHtmlEscaped());
    m_keptAside->setText(
        tr("While the server was away these minutes were typed on this computer, but they were "
           "changed on another computer meanwhile, so what was typed here was not written over "
           "them. Copy into the minutes what is missing, then <a href=\"dismiss\">remove this "
           "notice</a>.") +
        QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>"));
    m_keptAside->show();
}

QString MinutesWindow::keptAsideNotice() const
{
    return m_keptAside->isHidden() ? QString() : m_keptAside->text();
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
        setReadOnly(p.question, true);
        setReadOnly(p.answer, true);
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
    // The server away: what it could not take is kept on this computer until it is back (over
    // what was last stored here: m_attendee).
    bool away = false;
    m_keptLocally = false;
    bool kept = true;
    if (m_minutesDirty) {
        QList<MinutesEntry> stored;
        const QList<MinutesEntry> list = entries();
        ok = m_repo.saveMinutes(m_attendeeId, list, &error, &stored);
        away = !ok && LocalSpool::serverAway(m_db);
        if (away)
            kept = LocalSpool(m_db).keepMinutes(m_attendeeId, m_attendee.uuid, list,
                                                LocalSpool::minutesDigest(m_attendee.minutes));
        if (ok) {
            LocalSpool(m_db).dropMinutes(m_attendeeId); // the server has them now
            // The rows as stored: new ones now have their uuids, so the next save matches them.
            for (int i = 0; i < stored.size() && i < m_pairs.size(); ++i) {
                m_pairs[i].id = stored.at(i).id;
                m_pairs[i].uuid = stored.at(i).uuid;
            }
            m_attendee.minutes = stored;
            m_minutesDirty = false;
        }
    }
    if (m_identityDirty && !away && ok) {
        ok = saveIdentity(&error);
        away = !ok && LocalSpool::serverAway(m_db);
        if (ok) {
            LocalSpool(m_db).dropIdentity(m_attendeeId);
            m_identityDirty = false;
        }
    }
    if (m_identityDirty && away) {
        Attendee typed = m_attendee;
        applyIdentity(typed);
        kept = kept && LocalSpool(m_db).keepIdentity(typed, LocalSpool::identityDigest(m_attendee));
    }
    m_keptLocally = away && kept;
    if (m_keptLocally) {
        showSaveState(tr("The server is away: kept on this computer, written to the server when "
                         "it is back"),
                      true);
        m_maxTimer->start();
        return false;
    }
    if (!ok) {
        showSaveState(error, true);
        // Tried again, so that a passing refusal (the file busy) loses nothing.
        m_maxTimer->start();
        return false;
    }
    showSaveState(tr("Saved %1").arg(m_zone.local(m_db.now()).toString(clockWithSecondsFormat())));
    emit saved(m_attendeeId);
    return true;
}

void MinutesWindow::applyIdentity(Attendee &a) const
{
    a.name = m_name->text().trimmed();
    a.birthPlace = m_birthPlace->text().trimmed();
    a.birthDate = m_birthDate->date() == NoDate ? QDate() : m_birthDate->date();
    a.occupation = m_occupation->text().trimmed();
    a.religion = m_religion->text().trimmed();
    a.nationality = m_nationality->text().trimmed();
    a.address = m_address->text().trimmed();
}

bool MinutesWindow::saveIdentity(QString *error)
{
    std::optional<Hearing> h = m_repo.hearingOf(m_attendeeId);
    if (!h) {
        *error = tr("The person heard no longer exists in the file.");
        return false;
    }
    for (Attendee &a : h->attendees) {
        if (a.id == m_attendeeId)
            applyIdentity(a);
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
    // Kept on this computer while the server is away: nothing is lost by closing.
    if (!saveNow() && !m_keptLocally) {
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
    // Closed: another computer may type them now.
    m_followTimer->stop();
    if (m_claimed)
        m_repo.releaseMinutes(m_attendeeId);
    m_claimed = false;
}
