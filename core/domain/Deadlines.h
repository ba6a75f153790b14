#pragma once

#include "Case.h"
#include "HolidayCalendar.h"
#include "ProcedureProfile.h"

#include <QCoreApplication>
#include <QList>

// The state of one deadline of a case on a given day.
struct DeadlineStatus
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineStatus)

public:
    enum class State {
        Met,      // done on or before the due date
        MetLate,  // done after the due date
        Open,     // not done, due in more than three days
        DueSoon,  // due within three days
        DueToday, // due today
        Late,     // not done and the due date has passed
    };

    QString id;
    QDate start;
    QDate due;
    QDate metOn;
    State state = State::Open;
    int daysLeft = 0; // calendar days from today to the due date; negative when late

    bool isPending() const { return !metOn.isValid(); }
    static QString
    stateCode(State state); // "met", "met_late", "open", "due_soon", "due_today", "late"
    static QString stateLabel(State state);
    static State stateFromCode(const QString &code);
    // The state of a deadline not met yet that falls due on `due`: late, due today, due within
    // DeadlineCalculator::DueSoonDays, or open.
    static State pendingState(const QDate &due, const QDate &today);
};

// Computes each deadline of a case from its procedure profile and the holiday calendar.
class DeadlineCalculator
{
public:
    static constexpr int DueSoonDays = 3;

    DeadlineCalculator(const HolidayCalendar &calendar) : m_calendar(calendar) {}

    // Every deadline that applies to the case and whose start date is known. A deadline that
    // no longer matters (the decision of a case that was not registered) is left out.
    QList<DeadlineStatus> evaluate(const Case &c, const ProcedureProfile &profile,
                                   const QDate &today) const;
    // The first pending deadline of an open case, by due date; id empty when none.
    DeadlineStatus next(const Case &c, const ProcedureProfile &profile, const QDate &today) const;
    // The due date of a rule counted from a start date (with the extension when asked).
    QDate dueDate(const DeadlineRule &rule, const QDate &start, int extensionDays) const;

private:
    const HolidayCalendar &m_calendar;
};
