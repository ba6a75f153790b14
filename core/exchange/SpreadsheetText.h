#pragma once

#include <QString>

// Text cells that a spreadsheet would take for a formula (OWASP, "CSV injection"): a cell that
// starts with =, +, -, @, a tab or a carriage return is written with a single quote before it, so
// that a spreadsheet shows it as text and runs nothing. So that reading back is exact, a cell
// that already starts with quotes before such a character gets one more quote too; reading
// removes exactly that one quote. Every CSV the program writes, and its XLSX text cells, go
// through protect(); the register reader through unprotect().
namespace SpreadsheetText {

inline bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Whether the text, after any leading quotes, starts like a formula.
inline bool needsQuote(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i < text.size() && isFormulaStart(text.at(i));
}

inline QString protect(const QString &text)
{
    return needsQuote(text) ? QLatin1Char('\'') + text : text;
}

inline QString unprotect(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) && needsQuote(text) ? text.mid(1) : text;
}

} // namespace SpreadsheetText
