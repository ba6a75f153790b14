#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// The time of an office: Indonesia's three zones by province, without daylight saving. WIB
// (UTC+7) for Sumatra, Java, West and Central Kalimantan; WITA (UTC+8) for Bali, Nusa Tenggara,
// the rest of Kalimantan and Sulawesi; WIT (UTC+9) for Maluku and Papua. The region code is the
// office's or a regency's ("33.11", "3311", "94"); its first two digits name the province.
namespace OfficeTime {
QTimeZone zone(const QString &regionCode);
QString abbreviation(const QString &regionCode); // "WIB", "WITA" or "WIT"
// A moment as the office reads it: "30 Nov 2024 16.00 WIB" (the user's locale for the date).
QString text(const QDateTime &moment, const QString &regionCode,
             const QString &format = QStringLiteral("d MMM yyyy HH:mm"));
} // namespace OfficeTime
