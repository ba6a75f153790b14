#include "Case.h"

QDate Case::date(const QString &name) const
{
    if (name == QLatin1String("event"))
        return eventDate;
    if (name == QLatin1String("known"))
        return knownDate;
    if (name == QLatin1String("received"))
        return receivedDate;
    if (name == QLatin1String("registered"))
        return registeredDate;
    if (name == QLatin1String("decided"))
        return decidedDate;
    if (name == QLatin1String("registration_decided"))
        return registeredDate.isValid() ? registeredDate : decidedDate;
    return {};
}

QList<Party> Case::reported() const
{
    QList<Party> list;
    for (const Party &p : parties) {
        if (p.role == QLatin1String("terlapor"))
            list << p;
    }
    return list;
}

bool Case::isClosed() const
{
    return status == QLatin1String("tidak_diregistrasi") || status == QLatin1String("dicabut") ||
           status == QLatin1String("diteruskan") || status == QLatin1String("dihentikan");
}
