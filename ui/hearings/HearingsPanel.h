#pragma once

#include "domain/Case.h"
#include "domain/Hearing.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class Database;
class MinutesWindow;
class QLabel;
class QPushButton;
class QTableWidget;
class HearingListModel;
class QTreeView;

// The clarification hearings of one case (docs/domain.md §4): each hearing, and for the selected
// one the persons invited with their invitation, its delivery, attendance, oath and the state of
// their minutes. An invitation that reached its person less than a day ahead is shown in red;
// when a person reported stayed away twice, a banner says the case is to be decided on the
// evidence at hand. An absence offers the second invitation. Enter on a person opens the minutes.
class HearingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HearingsPanel(Database &db, QWidget *parent = nullptr);

    // A stored case (c.id > 0).
    void setCase(const Case &c);
    const Case &currentCase() const { return m_case; }
    const QList<Hearing> &hearings() const { return m_hearings; }

    qint64 currentHearingId() const;
    qint64 currentAttendeeId() const;
    void selectHearing(qint64 hearingId);
    void selectAttendee(qint64 attendeeId);

    // The minutes window of a person heard, opened or brought to the front.
    MinutesWindow *openMinutes(qint64 attendeeId);

public slots:
    void newHearing();
    void editHearing();
    void recordAttendance();
    void openCurrentMinutes();
    // Reads the case's hearings from the file again.
    void reload();

signals:
    // After a hearing, an attendance or a second invitation was stored.
    void changed(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Chooses the clerks who keep the hearings and minutes of this case.
    void assignClerks();
    void showClerks();
    void retranslate();
    void fillHearings();
    void fillAttendees();
    // The persons' columns fitted to the table's width (fitted from their texts by
    // fillAttendees): the longest texts cut first, whole in their tooltips.
    void fitAttendees();
    void refreshButtons();
    const Hearing *currentHearing() const;
    const Attendee *currentAttendee() const;
    void offerSecondInvitation(const Attendee &a);

    Database &m_db;
    Case m_case;
    QList<Hearing> m_hearings;
    QHash<qint64, QPointer<MinutesWindow>> m_minutes;
    QLabel *m_notice = nullptr;
    QLabel *m_hearingsTitle = nullptr;
    HearingListModel *m_hearingModel = nullptr;
    QTreeView *m_hearingList = nullptr;
    bool m_fillingHearings = false; // the list is rebuilt: no attendees filled meanwhile
    QLabel *m_attendeesTitle = nullptr;
    QTableWidget *m_attendees = nullptr;
    QList<int> m_attendeeWidths; // each column as wide as its texts
    QPushButton *m_new = nullptr;
    QPushButton *m_clerksButton = nullptr;
    QLabel *m_clerks = nullptr; // who keeps this case's hearings
    QPushButton *m_edit = nullptr;
    QPushButton *m_attendance = nullptr;
    QPushButton *m_minutesButton = nullptr;
};
