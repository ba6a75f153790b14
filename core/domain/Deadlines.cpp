#include "Deadlines.h"

#include "Codes.h"

// The states are the rows of Codes::Kind::DeadlineState, in the order of State.
namespace {
// Read once: the register asks for a row's state at each paint of its deadline.
const QStringList &stateCodes()
{
    static const QStringList codes = Codes::all(Codes::Kind::DeadlineState);
    return codes;
}
} // namespace

QString DeadlineStatus::stateCode(State state)
{
    return stateCodes().value(int(state));
}

DeadlineStatus::State DeadlineStatus::stateFromCode(const QString &code)
{
    const int i = stateCodes().indexOf(code);
    return i < 0 ? State::Open : State(i);
}

DeadlineStatus::State DeadlineStatus::pendingState(const QDate &due, const QDate &today)
{
    const qint64 days = today.daysTo(due);
    if (days < 0)
        return State::Late;
    if (days == 0)
        return State::DueToday;
    return days <= DeadlineCalculator::DueSoonDays ? State::DueSoon : State::Open;
}

QString DeadlineStatus::stateLabel(State state)
{
    return Codes::label(Codes::Kind::DeadlineState, stateCode(state));
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
        else
            s.state = DeadlineStatus::pendingState(s.due, today);
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
