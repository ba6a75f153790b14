#include "Lead.h"

#include "Codes.h"
#include "Regions.h"

bool Lead::isClosed() const
{
    return status == Codes::Lead::NotPursued || status == Codes::Lead::Finding;
}

QStringList Lead::personList() const
{
    QStringList out;
    for (const QString &line : persons.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

QStringList LeadValidator::problems(const Lead &l, const QDate &today)
{
    QStringList out;
    if (!Codes::isValid(Codes::Kind::LeadSource, l.sourceKind))
        out << tr("Choose where the lead came from.");
    if (!l.date.isValid())
        out << tr("Give the date of the lead.");
    else if (today.isValid() && l.date > today)
        out << tr("The date of the lead (%1) is in the future.")
                   .arg(l.date.toString(QStringLiteral("dd-MM-yyyy")));
    if (!Regions::shipped().regency(l.regencyCode))
        out << tr("Choose the regency of the lead.");
    if (l.description.trimmed().isEmpty())
        out << tr("Describe what the lead says.");
    if (l.sourceKind != Codes::Lead::Public && !l.informantName.trimmed().isEmpty() &&
        !l.informantHidden)
        out << tr("Only a lead from a member of the public names an informant.");
    return out;
}

QString LeadValidator::dateProblem(const Lead &l, const QDate &date, const QDate &today,
                                   const char *what)
{
    if (!date.isValid())
        return tr("Give the %1.").arg(tr(what));
    if (today.isValid() && date > today)
        return tr("The %1 (%2) is in the future.")
            .arg(tr(what), date.toString(QStringLiteral("dd-MM-yyyy")));
    if (l.date.isValid() && date < l.date)
        return tr("The %1 (%2) cannot be before the date of the lead (%3).")
            .arg(tr(what), date.toString(QStringLiteral("dd-MM-yyyy")),
                 l.date.toString(QStringLiteral("dd-MM-yyyy")));
    return {};
}
