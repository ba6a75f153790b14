#pragma once

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QString>

// How dates and times are shown on screen and in messages, in the user's language. Documents
// are always Indonesian and write their own ("pukul 14.00 WIB", OfficeTime::time).

// The locale's clock, hours and minutes: "14.23" in Indonesian, "14:23" in English.
inline QString clockFormat()
{
    return QLocale().timeFormat(QLocale::ShortFormat);
}

// The same with the seconds: "14.23.05", "14:23:05".
inline QString clockWithSecondsFormat()
{
    const QString clock = clockFormat();
    const qsizetype minutes = clock.indexOf(QLatin1Char('m'));
    const QChar separator = minutes > 0 ? clock.at(minutes - 1) : QLatin1Char(':');
    return clock + separator + QStringLiteral("ss");
}

// A date with its month shortened, in lists and messages: "7 Des 2026", "7 Dec 2026".
inline QString shortMonthDateFormat()
{
    return QStringLiteral("d MMM yyyy");
}

// `date` so, in the user's language: "7 Des 2026"; empty for no date.
inline QString shortMonthDate(const QDate &date)
{
    return QLocale().toString(date, shortMonthDateFormat());
}

// The same without the year when it is `today`'s, for what is due (the day's work, the
// register's next deadline), where the year goes without saying: "10 Des", and "3 Jan 2027"
// past the year's end.
inline QString nearDateFormat(const QDate &date, const QDate &today)
{
    return date.year() == today.year() ? QStringLiteral("d MMM") : shortMonthDateFormat();
}

// A date with the clock: "7 Desember 2026 14.23", "7 December 2026 14:23". `date` is the date's
// part ("d MMM yyyy", "dddd, d MMMM yyyy").
inline QString dateTimeFormat(const QString &date = QStringLiteral("d MMMM yyyy"))
{
    return date + QLatin1Char(' ') + clockFormat();
}

// The display format of a compact date field (typed as digits; shown text uses
// shortMonthDate): the user's locale's short date with the year in
// four digits ("05/12/2026", never "05/12/26", which Indonesian's short format gives).
inline QString shortDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return format;
}

// A date with its month short and the clock, in lists and messages: "7 Des 2026 10.37",
// "7 Dec 2026 10:37" (as long as "07/12/2026 10.37", and never read month first).
inline QString shortMonthDateTimeFormat()
{
    return dateTimeFormat(shortMonthDateFormat());
}
