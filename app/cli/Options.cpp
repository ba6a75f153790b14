#include "cli/Options.h"

#include "domain/Codes.h"
#include "domain/Regions.h"

namespace Options {

QCommandLineOption json()
{
    return {QStringLiteral("json"), Cli::tr("Print JSON (the only format).")};
}

QCommandLineOption statuses()
{
    return {QStringLiteral("status"),
            Cli::tr("Only these statuses, comma-separated (diterima, diregistrasi, ...)."),
            QStringLiteral("LIST")};
}

QList<QCommandLineOption> filter()
{
    return {
        {QStringLiteral("regency"), Cli::tr("Only the regency with this code (3311 or 33.11)."),
         QStringLiteral("CODE")},
        {QStringLiteral("province"), Cli::tr("Only the regencies of this province (33)."),
         QStringLiteral("CODE")},
        {QStringLiteral("from"), Cli::tr("Received on or after this date."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), Cli::tr("Received on or before this date."), QStringLiteral("DATE")},
        {QStringLiteral("election"), Cli::tr("pilkada or pemilu."), QStringLiteral("ELECTION")},
    };
}

bool parseDate(Context &ctx, const QString &text, QDate *date)
{
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid()) {
        ctx.printErr(Cli::tr("Not a date (YYYY-MM-DD): %1").arg(text));
        return false;
    }
    return true;
}

bool readFilter(Context &ctx, const QCommandLineParser &p, CaseFilter *f)
{
    if (p.isSet(QStringLiteral("regency"))) {
        f->regencyCode = Regions::normaliseRegencyCode(p.value(QStringLiteral("regency")));
        if (!Regions::shipped().regency(f->regencyCode)) {
            ctx.printErr(
                Cli::tr("Unknown regency code: %1").arg(p.value(QStringLiteral("regency"))));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("province"))) {
        f->provinceCode = p.value(QStringLiteral("province")).trimmed();
        if (!Regions::shipped().province(f->provinceCode)) {
            ctx.printErr(Cli::tr("Unknown province code: %1").arg(f->provinceCode));
            return false;
        }
        if (!f->regencyCode.isEmpty() && !f->regencyCode.startsWith(f->provinceCode)) {
            ctx.printErr(Cli::tr("The regency %1 is not in the province %2.")
                             .arg(f->regencyCode, f->provinceCode));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("from")) &&
        !parseDate(ctx, p.value(QStringLiteral("from")), &f->receivedFrom))
        return false;
    if (p.isSet(QStringLiteral("to")) &&
        !parseDate(ctx, p.value(QStringLiteral("to")), &f->receivedTo))
        return false;
    if (f->receivedFrom.isValid() && f->receivedTo.isValid() && f->receivedFrom > f->receivedTo) {
        ctx.printErr(Cli::tr("--from is after --to."));
        return false;
    }
    if (p.isSet(QStringLiteral("election"))) {
        f->election = p.value(QStringLiteral("election"));
        if (!Codes::isValid(Codes::Kind::Election, f->election)) {
            ctx.printErr(Cli::tr("Unknown election: %1 (pilkada or pemilu)").arg(f->election));
            return false;
        }
    }
    return true;
}

bool readStatuses(Context &ctx, const QCommandLineParser &p, CaseFilter *f)
{
    for (const QString &s :
         p.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!Codes::isValid(Codes::Kind::Status, s)) {
            unknownValue(ctx, QStringLiteral("status"), s);
            return false;
        }
        f->statuses << s;
    }
    return true;
}

int unknownValue(Context &ctx, const QString &option, const QString &value)
{
    ctx.printErr(Cli::tr("Unknown value for --%1: %2").arg(option, value));
    return Usage;
}

} // namespace Options
