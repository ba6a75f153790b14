#include "PreventionActivity.h"

#include "Codes.h"
#include "Regions.h"

namespace {

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

} // namespace

bool PreventionActivity::isAppeal() const
{
    return kind == Codes::Activity::Appeal;
}

QStringList PreventionActivity::agencyList() const
{
    return lines(agencies);
}

QStringList PreventionActivity::positionList() const
{
    return lines(positions);
}

QStringList ActivityValidator::problems(const PreventionActivity &a, const QDate &today)
{
    QStringList out;
    if (!Codes::isValid(Codes::Kind::ActivityKind, a.kind))
        out << tr("Choose the kind of activity.");
    if (!a.date.isValid())
        out << tr("Give the date of the activity.");
    else if (today.isValid() && a.date > today.addYears(1))
        out << tr("The date of the activity is more than a year ahead.");
    if (!Regions::shipped().regency(a.regencyCode))
        out << tr("Choose the regency the activity reached.");
    if (a.title.trimmed().isEmpty())
        out << (a.isAppeal() ? tr("Give the subject of the appeal letter.")
                             : tr("Give the theme of the activity."));
    if (a.participants < 0 || a.participants > MaxParticipants)
        out << tr("The number of participants must be between 0 and %1.").arg(MaxParticipants);
    if (a.isAppeal()) {
        if (!Codes::isValid(Codes::Kind::AppealAddressee, a.addresseeKind))
            out << tr("Choose to whom the appeal letter goes.");
        if (a.addressee.trimmed().isEmpty())
            out << tr("Give the addressee of the appeal letter.");
    } else {
        if (a.online && a.platform.trimmed().isEmpty())
            out << tr("Give the platform of the online activity.");
        if (!a.online && a.place.trimmed().isEmpty())
            out << tr("Give the place of the activity.");
    }
    return out;
}
