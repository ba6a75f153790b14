#include "RegisterImport.h"

#include "domain/CaseValidator.h"
#include "domain/ProcedureProfile.h"
#include "domain/StatusMachine.h"
#include "store/LedgerRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace {

// The steps that take a received case to the register's status, with the register's dates.
QList<Step> stepsTo(const Case &target, const QString &number)
{
    const QString reason =
        RegisterImport::tr("Brought in from a CSV register, which does not record the reason.");
    auto step = [](Step::Kind kind, const QDate &date, const QString &text = QString(),
                   const QString &stepNumber = QString()) {
        Step s;
        s.kind = kind;
        s.date = date;
        s.reason = text;
        s.number = stepNumber;
        return s;
    };
    const QString &status = target.status;
    QList<Step> steps;
    if (status == Codes::Status::NotRegistered) {
        // The register asks no date for it (tanggal_putusan is for forwarding or stopping):
        // without one, the case comes in with the date unknown.
        Step s = step(Step::Kind::NotRegister, target.decidedDate, reason);
        s.dateUnknown = !s.date.isValid();
        return {s};
    }
    if (status == Codes::Status::Withdrawn)
        return {step(Step::Kind::Withdraw, target.decidedDate, reason)};
    if (status == Codes::Status::Received)
        return {};
    steps << step(Step::Kind::Register, target.registeredDate, QString(), number);
    if (status == Codes::Status::Clarification)
        steps << step(Step::Kind::StartClarification, target.registeredDate);
    if (status == Codes::Status::Analysis || status == Codes::Status::Forwarded ||
        status == Codes::Status::Stopped)
        steps << step(Step::Kind::StartAnalysis, target.registeredDate);
    if (status == Codes::Status::Forwarded)
        steps << step(Step::Kind::Forward, target.decidedDate, QString(), QStringLiteral("-"));
    if (status == Codes::Status::Stopped)
        steps << step(Step::Kind::Stop, target.decidedDate, reason);
    return steps;
}

// The case as it is created: received, with the register's number as its receipt number.
Case received(const RegisterCsv::ParsedCase &pc)
{
    Case c = pc.data;
    c.status = Codes::Status::Received;
    c.registeredDate = QDate();
    c.decidedDate = QDate();
    c.receiptNumber = pc.number;
    return c;
}

// One case ready to be written, or why not.
struct Plan
{
    const RegisterCsv::ParsedCase *parsed = nullptr;
    Case start;
    QList<Step> steps;
};

// Why the steps of `plan` cannot be taken under `profile`, empty when they can: the case is
// walked through them without writing.
QString walkRefusal(const Plan &plan, const ProcedureProfile &profile,
                    const HolidayCalendar &calendar, const QDate &today)
{
    Case walk = plan.start;
    walk.profileId = profile.id;
    QString why;
    for (Step step : std::as_const(plan.steps)) {
        if (step.kind == Step::Kind::Register && step.number.isEmpty())
            step.number = QStringLiteral("-");
        if (step.kind == Step::Kind::Forward)
            step.authority = profile.authorityOn(step.date);
        why = StatusMachine::refusal(walk, step, profile, calendar, today);
        if (!why.isEmpty())
            break;
        StatusMachine::apply(walk, step);
    }
    return why;
}

// Writes one planned case: created with its import key, taken through its steps at once
// (CaseRepository::create), with the follow-ups of its persons.
bool writeCase(Database &db, CaseRepository &repo, const Plan &plan, QString *error)
{
    const RegisterCsv::ParsedCase &pc = *plan.parsed;
    Case c = plan.start;
    if (!repo.create(c, error, plan.steps) || !repo.setImportKey(c.id, pc.importKey, error))
        return false;
    const QList<Party> reported = c.reported();
    for (int i = 0; i < reported.size(); ++i) {
        if (!pc.hasFollowUp(i))
            continue;
        FollowUp f = pc.followUps.at(i);
        f.partyId = reported.at(i).id;
        if (!LedgerRepository(db).saveFollowUp(f, c.id, error))
            return false;
    }
    return true;
}

} // namespace

QJsonObject RegisterImport::Summary::toJson() const
{
    QJsonArray problems;
    for (const RegisterCsv::Problem &p : refused)
        problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                    {QStringLiteral("column"), p.column},
                                    {QStringLiteral("reason"), p.reason}});
    QJsonObject o{
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("added"), added},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("refused_cases"), refusedCases},
        {QStringLiteral("refused"), problems},
        {QStringLiteral("unknown_columns"), QJsonArray::fromStringList(unknownColumns)},
        {QStringLiteral("cancelled"), cancelled},
    };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

RegisterImport::Summary RegisterImport::importFile(const QString &path, const Options &options)
{
    return importRead(RegisterCsv::readFile(path, m_db.today()), options);
}

RegisterImport::Summary RegisterImport::importData(const QByteArray &data, const Options &options)
{
    return importRead(RegisterCsv::read(data, m_db.today()), options);
}

RegisterImport::Summary RegisterImport::importRead(const RegisterCsv::ReadResult &read,
                                                   const Options &options)
{
    Summary s;
    s.dryRun = options.dryRun;
    s.readable = read.readable;
    s.error = read.error;
    s.rows = read.rows;
    s.refused = read.problems;
    s.refusedCases = read.refusedCases;
    s.unknownColumns = read.unknownColumns;
    if (!read.readable)
        return s;
    if (!options.dryRun && !m_db.permits(Action::ImportData, &s.error)) {
        s.readable = false;
        return s;
    }

    CaseRepository repo(m_db);
    const QDate today = m_db.today();
    auto refuse = [&](const RegisterCsv::ParsedCase &pc, const QString &column,
                      const QString &reason) {
        s.refused << RegisterCsv::Problem{pc.line, column, reason};
        ++s.refusedCases;
    };

    // Checked without writing: what is there already, and what the store would refuse.
    QList<Plan> plans;
    QSet<QString> numbers;
    QSet<QString> keys;
    for (const RegisterCsv::ParsedCase &pc : read.cases) {
        const bool known = numbers.contains(pc.number) || keys.contains(pc.importKey) ||
                           repo.carries(pc.number, pc.importKey).value_or(false);
        if (known) {
            ++s.skipped;
            continue;
        }
        Plan plan;
        plan.parsed = &pc;
        plan.start = received(pc);
        plan.steps = stepsTo(pc.data, pc.number);
        const QStringList problems = CaseValidator::errors(plan.start, today);
        if (!problems.isEmpty()) {
            refuse(pc, QString(), problems.join(QLatin1Char(' ')));
            continue;
        }
        const ProcedureProfile *profile =
            ProfileRegistry::shipped().forCase(pc.data.election, pc.data.receivedDate);
        if (!profile) {
            refuse(pc, QStringLiteral("tanggal_diterima"),
                   tr("No procedure applies to a %1 case received on %2.")
                       .arg(pc.data.election, pc.data.receivedDate.toString(Qt::ISODate)));
            continue;
        }
        const QString why = walkRefusal(plan, *profile, m_db.calendar(), today);
        if (!why.isEmpty()) {
            refuse(pc, QStringLiteral("status"),
                   tr("The case cannot be brought to status %1: %2").arg(pc.data.status, why));
            continue;
        }
        if (!pc.number.isEmpty())
            numbers.insert(pc.number);
        keys.insert(pc.importKey);
        plans << plan;
    }
    std::stable_sort(s.refused.begin(), s.refused.end(),
                     [](const RegisterCsv::Problem &a, const RegisterCsv::Problem &b) {
                         return a.line < b.line;
                     });
    if (options.dryRun) {
        s.added = int(plans.size());
        return s;
    }

    // Every case of the file in one transaction; each case in its own savepoint, so that one the
    // store refuses after all is left out alone. Their search rows written together at the end.
    Transaction all(m_db);
    if (!all.isOpen()) {
        s.error = m_db.writeRefused();
        s.readable = false;
        return s;
    }
    SearchRowBatch searchRows(m_db);
    int done = 0;
    for (const Plan &plan : std::as_const(plans)) {
        const RegisterCsv::ParsedCase &pc = *plan.parsed;
        Transaction one(m_db);
        QString error;
        const bool ok = one.isOpen() && writeCase(m_db, repo, plan, &error);
        if (ok && one.commit()) {
            ++s.added;
        } else {
            refuse(pc, QString(), error.isEmpty() ? m_db.lastError() : error);
        }
        ++done;
        if (options.progress && !options.progress(done, int(plans.size()))) {
            s.cancelled = true;
            s.added = 0;
            return s; // `one` and `all` roll back
        }
    }
    QString error;
    if (!searchRows.flush(&error) || !all.commit()) {
        s.error =
            tr("The cases could not be saved: %1").arg(error.isEmpty() ? m_db.lastError() : error);
        s.added = 0;
        return s;
    }
    std::stable_sort(s.refused.begin(), s.refused.end(),
                     [](const RegisterCsv::Problem &a, const RegisterCsv::Problem &b) {
                         return a.line < b.line;
                     });
    return s;
}
