#pragma once

#include "domain/DateFormat.h"
#include "domain/OfficeTime.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

// How the minutes window writes dates and text into its header and read-back (MinutesWindow.cpp,
// MinutesWindowLayout.cpp and MinutesSigning.cpp).
namespace MinutesText {

// A date edit at this date shows "unknown".
inline const QDate NoDate(1900, 1, 1);

inline QString dateText(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

// A moment as the office reads it: "Tuesday, 10 December 2024 14:00 WIT".
inline QString dateTimeText(const OfficeTime &zone, const QDateTime &t)
{
    return zone.dateTime(zone.moment(t), dateTimeFormat(QStringLiteral("dddd, d MMMM yyyy")));
}

inline QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace MinutesText
