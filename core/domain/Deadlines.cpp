#include "Deadlines.h"

QString DeadlineStatus::stateCode(State state)
{
    switch (state) {
    case State::Met:
        return QStringLiteral("met");
    case State::MetLate:
        return QStringLiteral("met_late");
    case State::Open:
        return QStringLiteral("open");
    case State::DueSoon:
        return QStringLiteral("due_soon");
    case State::DueToday:
        return QStringLiteral("due_today");
    case State::Late:
        return QStringLiteral("late");
    }
    return {};
}

DeadlineStatus::State DeadlineStatus::stateFromCode(const QString &code)
{
    for (State s :
         {State::Met, State::MetLate, State::Open, State::DueSoon, State::DueToday, State::Late}) {
        if (stateCode(s) == code)
            return s;
    }
    return State::Open;
}

QString DeadlineStatus::stateLabel(State state)
{
    switch (state) {
    case State::Met:
        return tr("Met");
    case State::MetLate:
        return tr("Met late");
    case State::Open:
        return tr("Open");
    case State::DueSoon:
        return tr("Due soon");
    case State::DueToday:
        return tr("Due today");
    case State::Late:
        return tr("Late");
    }
    return {};
}

QDate DeadlineCalculator::dueDate(const DeadlineRule &rule, const QDate &start,
                                  int extensionDays) const
{
    QDate due =
        rule.workingDays ? m_calendar.addWorkingDays(start, rule.days) : start.addDays(rule.days);
    if (extensionDays > 0) {
        due = rule.extensionWorkingDays ? m_calendar.addWorkingDays(due, extensionDays)
                                        : due.addDays(extensionDays);
    }
    return due;
}

QList<DeadlineStatus> DeadlineCalculator::evaluate(const Case &c, const ProcedureProfile &profile,
                                                   const QDate &today) const
{
    QList<DeadlineStatus> result;
    for (const DeadlineRule &rule : profile.deadlines) {
        if (!rule.sources.isEmpty() && !rule.sources.contains(c.source))
            continue;
        const QDate start = c.date(rule.from);
        if (!start.isValid())
            continue;
        DeadlineStatus s;
        s.id = rule.id;
        s.start = start;
        s.due = dueDate(rule, start, rule.id == QLatin1String("decision") ? c.extensionDays : 0);
        s.metOn = c.date(rule.metBy);
        if (s.isPending() && c.isClosed())
            continue; // a closed case can no longer meet it: the deadline is moot
        s.daysLeft = int(today.daysTo(s.due));
        if (!s.isPending())
            s.state =
                s.metOn <= s.due ? DeadlineStatus::State::Met : DeadlineStatus::State::MetLate;
        else if (s.daysLeft < 0)
            s.state = DeadlineStatus::State::Late;
        else if (s.daysLeft == 0)
            s.state = DeadlineStatus::State::DueToday;
        else if (s.daysLeft <= DueSoonDays)
            s.state = DeadlineStatus::State::DueSoon;
        else
            s.state = DeadlineStatus::State::Open;
        result << s;
    }
    return result;
}

DeadlineStatus DeadlineCalculator::next(const Case &c, const ProcedureProfile &profile,
                                        const QDate &today) const
{
    DeadlineStatus best;
    for (const DeadlineStatus &s : evaluate(c, profile, today)) {
        if (s.isPending() && (best.id.isEmpty() || s.due < best.due))
            best = s;
    }
    return best;
}
