#include "CaseValidator.h"

#include "Codes.h"
#include "Nip.h"
#include "Regions.h"

QStringList CaseValidator::errors(const Case &c, const QDate &today)
{
    QStringList errors;
    if (!Codes::isValid(Codes::Kind::Source, c.source))
        errors << tr("Choose whether the case is a report, a finding or initial information.");
    if (!Codes::isValid(Codes::Kind::Election, c.election))
        errors << tr("Choose the election: Pilkada or Pemilu.");
    if (!Regions::shipped().regency(c.regencyCode))
        errors << tr("The regency code %1 is not in the region list.").arg(c.regencyCode);
    if (!c.receivedDate.isValid())
        errors << tr("The date received is missing.");
    if (c.source == Codes::Source::Report && c.reporterName.trimmed().isEmpty())
        errors << tr("A report needs the reporter's name.");
    if (!c.violationCategory.isEmpty() &&
        !Codes::isValid(Codes::Kind::ViolationCategory, c.violationCategory))
        errors << tr("Unknown violation category %1.").arg(c.violationCategory);

    const struct
    {
        QDate date;
        const char *name;
    } dates[] = {
        {c.eventDate, QT_TR_NOOP("date of the event")},
        {c.knownDate, QT_TR_NOOP("date it became known")},
        {c.receivedDate, QT_TR_NOOP("date received")},
        {c.registeredDate, QT_TR_NOOP("date registered")},
        {c.decidedDate, QT_TR_NOOP("date decided")},
    };
    QDate previous;
    const char *previousName = nullptr;
    for (const auto &d : dates) {
        if (!d.date.isValid())
            continue;
        if (d.date > today)
            errors << tr("The %1 (%2) is in the future.")
                          .arg(tr(d.name), d.date.toString(Qt::ISODate));
        if (previous.isValid() && d.date < previous)
            errors << tr("The %1 cannot be before the %2.").arg(tr(d.name), tr(previousName));
        previous = d.date;
        previousName = d.name;
    }

    if (c.parties.size() > MaxParties) {
        errors << tr("A case holds at most %1 persons (reported, witnesses and experts); this one "
                     "has %2.")
                      .arg(MaxParties)
                      .arg(c.parties.size());
        return errors;
    }
    int position = 0;
    for (const Party &p : c.parties) {
        ++position;
        if (!Codes::isValid(Codes::Kind::PartyRole, p.role))
            errors << tr("Party %1 has an unknown role %2.").arg(position).arg(p.role);
        if (p.name.trimmed().isEmpty())
            errors << tr("Party %1 has no name.").arg(position);
        if (p.role != Codes::Role::Reported)
            continue;
        if (!p.positionCategory.isEmpty() &&
            !Codes::isValid(Codes::Kind::PositionCategory, p.positionCategory))
            errors << tr("%1: unknown position category %2.").arg(p.name, p.positionCategory);
        // Non-civil servants (village heads, TNI/Polri, honorary staff) carry other identifiers.
        static const QStringList civilServants = {
            QStringLiteral("jpt"),       QStringLiteral("administrator"),
            QStringLiteral("pengawas"),  QStringLiteral("fungsional"),
            QStringLiteral("pelaksana"), QStringLiteral("kepala_wilayah"),
            QStringLiteral("pppk")};
        if (!p.nip.trimmed().isEmpty() && civilServants.contains(p.positionCategory)) {
            const Nip nip = Nip::parse(p.nip, p.positionCategory == QLatin1String("pppk"));
            if (!nip.valid)
                errors << tr("%1: NIP %2 is not valid. %3").arg(p.name, p.nip, nip.error);
        }
    }
    return errors;
}
