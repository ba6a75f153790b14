#pragma once

#include "domain/Hearing.h"
#include "domain/OfficeTime.h"
#include "store/HearingRepository.h"

#include <QMainWindow>

class Database;
class QAction;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QTextEdit;
class QTimer;
class QVBoxLayout;

// The minutes (berita acara klarifikasi, docs/domain.md §4) of one person heard, typed by the clerk
// while people speak: the identity block, then numbered questions and answers. Keyboard first:
//   Ctrl+Return         the next question (the cursor goes into it)
//   Tab / Shift+Tab     question → answer → next question, and back
//   Ctrl+Up / Ctrl+Down move the current question and its answer up or down
//   Ctrl+Delete         remove the current pair (asks when it holds text)
//   F11 or Ctrl+R       read back in large type, read-only; Esc returns
// There is no separate draft: every change is written to the file by saveMinutes 800 ms after
// the last keystroke, at the latest 3 s after the first unsaved one while typing goes on, and at
// once when the next question is started. On opening, minutes that were changed less than a day
// ago and are not signed say how much was recovered from the file. On an office server that went
// away, what the server could not take is kept on this computer (LocalSpool) at the same cadence
// and written once it is back; minutes typed so that were changed on another computer meanwhile
// are kept beside them and shown here (keptAsideNotice). Signed minutes (or a recorded
// refusal to sign) are read-only; corrections go into dated addenda shown below them.
class MinutesWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 800;
    static constexpr int MaxUnsavedMs = 3000;
    static constexpr int FollowMs = 2000;

    MinutesWindow(Database &db, qint64 attendeeId, QWidget *parent = nullptr);
    ~MinutesWindow() override; // saves what is not saved yet

    qint64 attendeeId() const { return m_attendeeId; }
    // The person heard as stored (identity, signature, addenda).
    const Attendee &attendee() const { return m_attendee; }

    int pairCount() const { return int(m_pairs.size()); }
    QPlainTextEdit *questionEdit(int pair) const;
    QPlainTextEdit *answerEdit(int pair) const;
    // The pair that holds the focus; -1 when the focus is elsewhere.
    int currentPair() const;
    // The questions and answers as shown, with the ids and uuids of the stored rows.
    QList<MinutesEntry> entries() const;

    bool isSigned() const { return m_attendee.isSigned(); }
    // Another computer on the office's server is typing these minutes: this window follows
    // them read-only (whose name, or empty when not known, in typist()).
    bool isFollowing() const { return !m_claimed; }
    QString typist() const { return m_typist; }
    bool isReadBack() const;
    bool hasUnsavedChanges() const { return m_minutesDirty || m_identityDirty; }
    // The text of the recovered-minutes notice; empty when none is shown.
    QString recoveredNotice() const;
    // Minutes typed here while the server was away that were not written over the minutes
    // changed on another computer meanwhile (LocalSpool::writeBack): shown until dismissed;
    // empty when none.
    QString keptAsideNotice() const;
    // Whether what is not saved yet is kept on this computer (the server is away).
    bool isKeptLocally() const { return m_keptLocally; }

public slots:
    // Starts the next question at the end (or goes to the empty one already there).
    void nextQuestion();
    void moveUp();
    void moveDown();
    void removeCurrent();
    void setReadBack(bool on);
    // Writes the unsaved changes now; false (with the error shown) when the file refused them.
    bool saveNow();
    void sign();
    void addAddendum();
    // Puts the cursor at the end of a question (or its answer).
    void focusPair(int pair, bool answer = false);

signals:
    // After the minutes, the identity, a signature or an addendum were stored.
    void saved(qint64 attendeeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Pair
    {
        QWidget *box = nullptr;
        QLabel *number = nullptr;
        QPlainTextEdit *question = nullptr;
        QPlainTextEdit *answer = nullptr;
        qint64 id = 0;
        QString uuid;
    };

    void buildSaveTimers();
    void buildMinutesPage();
    void buildIdentity(QVBoxLayout *page);
    void buildReadBackView();
    void buildMenu();
    void load();
    Pair makePair(const MinutesEntry &e);
    void relayout();
    void minutesChanged();
    void identityChanged();
    void scheduleSave();
    bool saveIdentity(QString *error);
    // The identity block as typed, into `a`.
    void applyIdentity(Attendee &a) const;
    void showSaveState(const QString &text, bool error = false);
    void showRecovered();
    void showKeptAside();
    void showIdentity();
    // Reads again what the clerk on another computer has typed (every FollowMs while they type).
    void follow();
    void refreshHeader();
    void refreshAge();
    void refreshLock();
    void refreshSignature();
    void ensureCursorVisible(QPlainTextEdit *edit);
    bool isEmptyPair(int pair) const;
    int pairOf(const QObject *edit) const;
    QString readBackHtml() const;
    void retranslate();

    Database &m_db;
    HearingRepository m_repo;
    qint64 m_attendeeId;
    Hearing m_hearing;
    OfficeTime m_zone; // the office's: every time is shown in it
    Attendee m_attendee;
    bool m_found = false;
    bool m_claimed = false; // these minutes are typed here (HearingRepository::claimMinutes)
    QString m_typist;       // who types them elsewhere
    QTimer *m_followTimer = nullptr;
    QList<Pair> m_pairs;
    bool m_loading = false;
    bool m_minutesDirty = false;
    bool m_identityDirty = false;
    bool m_keptLocally = false; // the unsaved minutes are in the local spool
    QLabel *m_keptAside = nullptr;
    QTimer *m_saveTimer = nullptr;
    QTimer *m_maxTimer = nullptr;

    QLabel *m_notice = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_identityTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_birthPlace = nullptr;
    QDateEdit *m_birthDate = nullptr;
    QLabel *m_age = nullptr;
    QLabel *m_birthWarning = nullptr; // a birth date that the NIP contradicts
    QString m_nip;                    // of the person reported heard, when there is one
    QLineEdit *m_occupation = nullptr;
    QLineEdit *m_religion = nullptr;
    QLineEdit *m_nationality = nullptr;
    QLineEdit *m_address = nullptr;
    QList<QLabel *> m_identityLabels;
    QLabel *m_qaTitle = nullptr;
    QVBoxLayout *m_pairsLayout = nullptr;
    QLabel *m_signature = nullptr;
    QLabel *m_addenda = nullptr;
    QTextEdit *m_readBack = nullptr;
    QLabel *m_saveState = nullptr;
    QLabel *m_hint = nullptr;

    QMenu *m_menu = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_readBackAction = nullptr;
    QAction *m_leaveReadBackAction = nullptr;
    QAction *m_signAction = nullptr;
    QAction *m_addendumAction = nullptr;
    QAction *m_closeAction = nullptr;
};
