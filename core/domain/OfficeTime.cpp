#include "OfficeTime.h"

#include <QLocale>

OfficeTime::OfficeTime(const QString &zone)
    : m_zone(isZone(zone.trimmed().toUpper()) ? zone.trimmed().toUpper() : QStringLiteral("WIB"))
{
}

QStringList OfficeTime::zones()
{
    return {QStringLiteral("WIB"), QStringLiteral("WITA"), QStringLiteral("WIT")};
}

bool OfficeTime::isZone(const QString &zone)
{
    return zones().contains(zone);
}

QString OfficeTime::zoneOfRegion(const QString &code)
{
    QString digits = code;
    digits.remove(QLatin1Char('.'));
    bool ok = false;
    const int province = digits.left(2).toInt(&ok);
    if (!ok)
        return QStringLiteral("WIB");
    // Maluku, North Maluku and the Papua provinces (81, 82, 91-97).
    if (province >= 81)
        return QStringLiteral("WIT");
    // Bali, the Nusa Tenggaras (51-53), South, East and North Kalimantan (63-65), Sulawesi
    // (71-76).
    if ((province >= 51 && province <= 53) || (province >= 63 && province <= 76))
        return QStringLiteral("WITA");
    return QStringLiteral("WIB");
}

OfficeTime OfficeTime::of(const QString &setting, const QString &regionCode)
{
    const QString zone = setting.trimmed().toUpper();
    return OfficeTime(isZone(zone) ? zone : zoneOfRegion(regionCode));
}

int OfficeTime::offsetSeconds() const
{
    if (m_zone == QLatin1String("WIT"))
        return 9 * 3600;
    if (m_zone == QLatin1String("WITA"))
        return 8 * 3600;
    return 7 * 3600;
}

QDateTime OfficeTime::local(const QDateTime &moment) const
{
    if (!moment.isValid())
        return {};
    return moment.toOffsetFromUtc(offsetSeconds());
}

QString OfficeTime::clock(const QDateTime &moment) const
{
    return moment.isValid() ? local(moment).toString(QStringLiteral("HH.mm")) : QString();
}

QString OfficeTime::time(const QDateTime &moment) const
{
    return moment.isValid() ? clock(moment) + QLatin1Char(' ') + m_zone : QStringLiteral("-");
}

QString OfficeTime::dateTime(const QDateTime &moment, const QString &format) const
{
    if (!moment.isValid())
        return {};
    return QLocale().toString(local(moment), format) + QLatin1Char(' ') + m_zone;
}

QDateTime OfficeTime::fromLocal(const QDate &date, const QTime &time) const
{
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds()).toUTC();
}

QDateTime OfficeTime::moment(const QDateTime &t) const
{
    if (!t.isValid() || t.timeSpec() != Qt::LocalTime)
        return t;
    return fromLocal(t.date(), t.time());
}
