#include "StatusMachine.h"

#include "Codes.h"
#include "Deadlines.h"

namespace {

const struct
{
    Step::Kind kind;
    const char *code;
} stepCodes[] = {
    {Step::Kind::Register, "register"},
    {Step::Kind::NotRegister, "not_register"},
    {Step::Kind::Withdraw, "withdraw"},
    {Step::Kind::StartClarification, "clarify"},
    {Step::Kind::StartAnalysis, "analyse"},
    {Step::Kind::Forward, "forward"},
    {Step::Kind::Stop, "stop"},
    {Step::Kind::Extend, "extend"},
};

bool is(const Case &c, QLatin1String status)
{
    return c.status == status;
}

} // namespace

QString Step::code(Kind kind)
{
    for (const auto &s : stepCodes) {
        if (s.kind == kind)
            return QString::fromLatin1(s.code);
    }
    return {};
}

bool Step::fromCode(const QString &code, Kind *kind)
{
    for (const auto &s : stepCodes) {
        if (code == QLatin1String(s.code)) {
            *kind = s.kind;
            return true;
        }
    }
    return false;
}

QStringList StatusMachine::openStatuses()
{
    using namespace Codes::Status;
    return {Received, Registered, Clarification, Analysis};
}

QStringList StatusMachine::closedStatuses()
{
    using namespace Codes::Status;
    return {NotRegistered, Withdrawn, Forwarded, Stopped};
}

bool StatusMachine::isClosed(const QString &status)
{
    using namespace Codes::Status;
    return status == NotRegistered || status == Withdrawn || status == Forwarded ||
           status == Stopped;
}

QStringList StatusMachine::registeredStatuses()
{
    using namespace Codes::Status;
    return {Registered, Clarification, Analysis, Forwarded, Stopped};
}

bool StatusMachine::isRegistered(const QString &status)
{
    using namespace Codes::Status;
    return status == Registered || status == Clarification || status == Analysis ||
           status == Forwarded || status == Stopped;
}

QString StatusMachine::target(const Case &c, Step::Kind kind)
{
    switch (kind) {
    case Step::Kind::Register:
        return Codes::Status::Registered;
    case Step::Kind::NotRegister:
        return Codes::Status::NotRegistered;
    case Step::Kind::Withdraw:
        return Codes::Status::Withdrawn;
    case Step::Kind::StartClarification:
        return Codes::Status::Clarification;
    case Step::Kind::StartAnalysis:
        return Codes::Status::Analysis;
    case Step::Kind::Forward:
        return Codes::Status::Forwarded;
    case Step::Kind::Stop:
        return Codes::Status::Stopped;
    case Step::Kind::Extend:
        break;
    }
    return c.status;
}

QString StatusMachine::whyNot(const Case &c, Step::Kind kind)
{
    const QString now = Codes::label(Codes::Kind::Status, c.status);
    switch (kind) {
    case Step::Kind::Register:
    case Step::Kind::NotRegister:
        if (!is(c, Codes::Status::Received))
            return tr("Only a received case can be registered or refused; this case's status is "
                      "%1.")
                .arg(now);
        if (kind == Step::Kind::Register && c.reported().isEmpty())
            return tr("A case needs at least one person reported before it is registered.");
        return {};
    case Step::Kind::Withdraw:
        if (!is(c, Codes::Status::Received))
            return tr("A report can be withdrawn only before registration; this case's status is "
                      "%1.")
                .arg(now);
        if (c.source != Codes::Source::Report)
            return tr("Only a report can be withdrawn.");
        return {};
    case Step::Kind::StartClarification:
        if (is(c, Codes::Status::Clarification))
            return tr("The case is in clarification already: its hearings are in the "
                      "Hearings tab.");
        if (!is(c, Codes::Status::Registered))
            return tr("Clarification follows registration; this case's status is %1.").arg(now);
        return {};
    case Step::Kind::StartAnalysis:
        if (!is(c, Codes::Status::Registered) && !is(c, Codes::Status::Clarification))
            return tr("The analysis follows registration or clarification; this case's status is "
                      "%1.")
                .arg(now);
        return {};
    case Step::Kind::Forward:
    case Step::Kind::Stop:
        if (!is(c, Codes::Status::Analysis))
            return tr("A decision follows the analysis; this case's status is %1.").arg(now);
        return {};
    case Step::Kind::Extend:
        if (!is(c, Codes::Status::Registered) && !is(c, Codes::Status::Clarification) &&
            !is(c, Codes::Status::Analysis))
            return tr("Only the deadline of a registered, undecided case can be extended.");
        if (c.extensionDays > 0)
            return tr("The decision deadline of this case was already extended.");
        return {};
    }
    return {};
}

QString StatusMachine::refusal(const Case &c, const Step &step, const ProcedureProfile &profile,
                               const HolidayCalendar &calendar, const QDate &today)
{
    const QString why = whyNot(c, step.kind);
    if (!why.isEmpty())
        return why;
    if (step.kind != Step::Kind::Extend &&
        !(step.kind == Step::Kind::NotRegister && step.dateUnknown && !step.date.isValid())) {
        if (!step.date.isValid())
            return tr("The date of the step is missing.");
        if (step.date > today)
            return tr("The date of the step cannot be in the future.");
        if (c.receivedDate.isValid() && step.date < c.receivedDate)
            return tr("The date of the step cannot be before the case was received.");
        if (c.registeredDate.isValid() && step.date < c.registeredDate)
            return tr("The date of the step cannot be before the registration.");
    }
    switch (step.kind) {
    case Step::Kind::Register: {
        if (step.number.trimmed().isEmpty())
            return tr("Registration needs a registration number.");
        const DeadlineRule *filing =
            profile.deadline(c.source == Codes::Source::Finding ? QStringLiteral("finding")
                                                                : QStringLiteral("filing"));
        if (filing && c.knownDate.isValid() && c.receivedDate.isValid() &&
            (filing->sources.isEmpty() || filing->sources.contains(c.source)) &&
            c.receivedDate > DeadlineCalculator(calendar).dueDate(*filing, c.knownDate, 0))
            return tr("The case was filed after the %n-day window and cannot be registered.",
                      nullptr, filing->days);
        return {};
    }
    case Step::Kind::NotRegister:
    case Step::Kind::Stop:
    case Step::Kind::Withdraw:
        if (step.reason.trimmed().isEmpty())
            return tr("This step needs a reason.");
        return {};
    case Step::Kind::Forward:
        if (step.number.trimmed().isEmpty())
            return tr("Forwarding needs the number of the forwarding letter.");
        if (step.authority.trimmed().isEmpty())
            return tr("Forwarding needs the authority the case goes to.");
        return {};
    case Step::Kind::Extend:
        if (step.reason.trimmed().isEmpty())
            return tr("An extension needs a reason.");
        if (step.days <= 0)
            return tr("An extension needs a number of days.");
        if (const DeadlineRule *decision = profile.deadline(QStringLiteral("decision"))) {
            if (step.days > decision->extensionDays)
                return tr("This procedure allows an extension of at most %n days.", nullptr,
                          decision->extensionDays);
        }
        return {};
    case Step::Kind::StartClarification:
    case Step::Kind::StartAnalysis:
        return {};
    }
    return {};
}

void StatusMachine::apply(Case &c, const Step &step)
{
    c.status = target(c, step.kind);
    switch (step.kind) {
    case Step::Kind::Register:
        c.registrationNumber = step.number;
        c.registeredDate = step.date;
        break;
    case Step::Kind::NotRegister:
    case Step::Kind::Withdraw:
    case Step::Kind::Stop:
        c.decidedDate = step.date;
        c.decisionReason = step.reason;
        break;
    case Step::Kind::Forward:
        c.decidedDate = step.date;
        c.forwardedTo = step.authority;
        c.forwardingLetterNumber = step.number;
        c.forwardingLetterDate = step.date;
        break;
    case Step::Kind::Extend:
        c.extensionDays = step.days;
        c.extensionReason = step.reason;
        break;
    case Step::Kind::StartClarification:
    case Step::Kind::StartAnalysis:
        break;
    }
}

QStringList StatusMachine::invariantErrors(const Case &c)
{
    QStringList errors;
    if (!Codes::isValid(Codes::Kind::Status, c.status))
        errors << tr("unknown status %1").arg(c.status);
    if (!Codes::isValid(Codes::Kind::Source, c.source))
        errors << tr("unknown source %1").arg(c.source);
    if (!Codes::isValid(Codes::Kind::Election, c.election))
        errors << tr("unknown election %1").arg(c.election);
    if (!c.receivedDate.isValid())
        errors << tr("no date received");
    const bool registered = isRegistered(c.status);
    if (registered && (c.registrationNumber.isEmpty() || !c.registeredDate.isValid()))
        errors << tr("registered without a registration number or date");
    if (!registered && !c.registrationNumber.isEmpty())
        errors << tr("a registration number on a case that is not registered");
    // Not registering may have an unknown date (brought in from a register that has none).
    if (c.isClosed() && !c.decidedDate.isValid() && !is(c, Codes::Status::NotRegistered))
        errors << tr("closed without a decision date");
    if ((is(c, Codes::Status::NotRegistered) || is(c, Codes::Status::Stopped) ||
         is(c, Codes::Status::Withdrawn)) &&
        c.decisionReason.isEmpty())
        errors << tr("closed without a reason");
    if (is(c, Codes::Status::Forwarded) &&
        (c.forwardedTo.isEmpty() || c.forwardingLetterNumber.isEmpty()))
        errors << tr("forwarded without an authority or letter number");
    const QDate order[] = {c.eventDate, c.knownDate, c.receivedDate, c.registeredDate,
                           c.decidedDate};
    QDate last;
    for (const QDate &d : order) {
        if (!d.isValid())
            continue;
        if (last.isValid() && d < last) {
            errors << tr("dates out of order");
            break;
        }
        last = d;
    }
    if (registered && c.reported().isEmpty())
        errors << tr("registered without a person reported");
    return errors;
}
