#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// Case numbers from a pattern the office sets (docs/domain.md §7), for example
// "{seq:3}/Reg/{kind}/{election}/{level}/{office}/{month}/{year}" gives
// "001/Reg/LP/PB/Kab/13.05/IX/2020". Tokens:
//   {seq} or {seq:N}  the sequence, zero-padded to N digits
//   {kind}            LP (report), TM (finding), IA (initial information)
//   {election}        PB (Pilkada) or PL (Pemilu)
//   {level}           Kab, Prov or RI
//   {office}          the office's code
//   {month}           the month in Roman numerals; {mm} as two digits
//   {year}            four digits
class CaseNumber
{
    Q_DECLARE_TR_FUNCTIONS(CaseNumber)

public:
    static const QString DefaultReceiptPattern;
    static const QString DefaultRegistrationPattern;

    struct Context
    {
        int sequence = 0;
        QString source;   // Codes::Kind::Source
        QString election; // Codes::Kind::Election
        QString level = QStringLiteral("Kab");
        QString office;
        QDate date;
    };

    static QString format(const QString &pattern, const Context &context);
    // Empty when the pattern can number cases; else why not. A pattern needs {seq} and {year},
    // since sequences restart each year.
    static QString validate(const QString &pattern);
    static QString roman(int month);
    static QString kindCode(const QString &source);
    static QString electionCode(const QString &election);
};
