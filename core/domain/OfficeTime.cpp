#include "OfficeTime.h"

#include <QLocale>

namespace OfficeTime {

namespace {

// Hours ahead of UTC for a province code.
int hoursOf(const QString &regionCode)
{
    QString digits;
    for (QChar ch : regionCode) {
        if (ch.isDigit())
            digits += ch;
        if (digits.size() == 2)
            break;
    }
    const int province = digits.size() == 2 ? digits.toInt() : 0;
    if (province >= 81) // Maluku, North Maluku, the Papua provinces
        return 9;
    if (province >= 63 || (province >= 51 && province <= 53)) // Bali, NT, Kalimantan east, Sulawesi
        return 8;
    return 7; // Sumatra, Java, West and Central Kalimantan; WIB when unknown
}

} // namespace

QTimeZone zone(const QString &regionCode)
{
    return QTimeZone(hoursOf(regionCode) * 3600);
}

QString abbreviation(const QString &regionCode)
{
    switch (hoursOf(regionCode)) {
    case 9:
        return QStringLiteral("WIT");
    case 8:
        return QStringLiteral("WITA");
    default:
        return QStringLiteral("WIB");
    }
}

QString text(const QDateTime &moment, const QString &regionCode, const QString &format)
{
    if (!moment.isValid())
        return QString();
    return QLocale().toString(moment.toTimeZone(zone(regionCode)), format) + QLatin1Char(' ')
           + abbreviation(regionCode);
}

} // namespace OfficeTime
