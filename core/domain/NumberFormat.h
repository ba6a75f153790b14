#pragma once

#include <QLocale>
#include <QString>
#include <optional>

// How counts and shares are written. Documents and workbooks are always Indonesian; the screen
// follows the user's language.

// The locale of documents and workbooks, whatever the user's language: "1.234", "54,9".
inline QLocale documentLocale()
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

// A share (0.549) as a percentage with one decimal in `locale`'s digits, the sign joined to the
// number as Indonesian writes it: "54,9%" ("54.9%" in English); "–" when there is no share (no
// case to count).
inline QString percentText(const std::optional<double> &share, const QLocale &locale = QLocale())
{
    if (!share)
        return QStringLiteral("–");
    return locale.toString(*share * 100.0, 'f', 1) + QLatin1Char('%');
}

// The same in a document or a workbook.
inline QString documentNumber(qint64 n)
{
    return documentLocale().toString(n);
}
inline QString documentPercent(const std::optional<double> &share)
{
    return percentText(share, documentLocale());
}
