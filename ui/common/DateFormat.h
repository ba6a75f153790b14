#pragma once

#include <QLocale>
#include <QRegularExpression>
#include <QString>

// The display format of a compact date field: the user's locale's short date with the year in
// four digits ("05/12/2026", never "05/12/26", which Indonesian's short format gives).
inline QString shortDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return format;
}

// The same with the locale's short time: "07/12/2026 10.37".
inline QString shortDateTimeFormat()
{
    return shortDateFormat() + QLatin1Char(' ') + QLocale().timeFormat(QLocale::ShortFormat);
}
