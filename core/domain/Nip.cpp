#include "Nip.h"

namespace {

QString stripSpaces(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

// PPPK were first appointed in 2019 (PP 49/2018): no NI PPPK names an earlier year.
constexpr int FirstPppkYear = 2019;

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

Nip Nip::parse(const QString &text, bool pppk)
{
    Nip nip;
    nip.digits = stripSpaces(text);
    if (nip.digits.isEmpty()) {
        nip.error = tr("The NIP is empty.");
        return nip;
    }
    if (!allDigits(nip.digits)) {
        nip.error = tr("An NIP holds digits only.");
        return nip;
    }
    if (nip.digits.size() != 18) {
        nip.error = tr("An NIP has 18 digits; this one has %n.", nullptr, int(nip.digits.size()));
        return nip;
    }
    if (pppk) {
        nip.valid = true;
        return nip;
    }
    const QString &d = nip.digits;
    nip.birthDate = QDate(d.mid(0, 4).toInt(), d.mid(4, 2).toInt(), d.mid(6, 2).toInt());
    if (!nip.birthDate.isValid()) {
        nip.error = tr("Digits 1 to 8 are not a real birth date.");
        return nip;
    }
    const int tmtYear = d.mid(8, 4).toInt();
    const int tmtMonth = d.mid(12, 2).toInt();
    if (tmtMonth < 1 || tmtMonth > 12) {
        nip.error = tr("Digits 13 and 14 must be a month from 01 to 12.");
        return nip;
    }
    nip.startDate = QDate(tmtYear, tmtMonth, 1);
    if (nip.startDate < nip.birthDate.addYears(18).addMonths(-1)) {
        nip.error = tr("The start as a civil servant (digits 9 to 14) must be at least 18 years "
                       "after the birth date.");
        return nip;
    }
    const QChar g = d.at(14);
    if (g == QLatin1Char('1')) {
        nip.gender = Gender::Male;
    } else if (g == QLatin1Char('2')) {
        nip.gender = Gender::Female;
    } else {
        nip.error = tr("Digit 15 is the gender: 1 for male, 2 for female.");
        return nip;
    }
    nip.valid = true;
    return nip;
}

Nip Nip::parseAny(const QString &text)
{
    const Nip pns = parse(text);
    if (pns.valid || pns.digits.size() != 18 || !allDigits(pns.digits))
        return pns;
    Nip pppk = parse(text, true);
    pppk.valid = false;
    pppk.contract = true;
    const QString &d = pppk.digits;
    pppk.birthDate = QDate(d.mid(0, 4).toInt(), d.mid(4, 2).toInt(), d.mid(6, 2).toInt());
    if (!pppk.birthDate.isValid())
        return pns; // the same birth date in both layouts
    const int appointed = d.mid(8, 4).toInt();
    const QChar g = d.at(14);
    if (appointed < FirstPppkYear || appointed < pppk.birthDate.year() + 18)
        pppk.error = tr("digits 9 to 12 are the year of the first appointment as a PPPK, from "
                        "%1 and at least 18 years after the birth date.")
                         .arg(FirstPppkYear);
    else if (g != QLatin1Char('1') && g != QLatin1Char('2'))
        pppk.error = tr("digit 15 is the gender: 1 for male, 2 for female.");
    if (!pppk.error.isEmpty()) {
        Nip neither = pns;
        neither.error = tr("%1 Nor is it an NI PPPK (a contract civil servant's number): %2")
                            .arg(pns.error, pppk.error);
        return neither;
    }
    pppk.gender = g == QLatin1Char('1') ? Gender::Male : Gender::Female;
    pppk.valid = true;
    return pppk;
}

QString Nip::grouped(const QString &text)
{
    const QString d = stripSpaces(text);
    if (d.size() != 18 || !allDigits(d))
        return text;
    return d.mid(0, 8) + QLatin1Char(' ') + d.mid(8, 6) + QLatin1Char(' ') + d.mid(14, 1) +
           QLatin1Char(' ') + d.mid(15, 3);
}

QString Nip::genderLabel(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return tr("Male");
    case Gender::Female:
        return tr("Female");
    case Gender::Unknown:
        break;
    }
    return {};
}

Nik Nik::parse(const QString &text)
{
    Nik nik;
    const QString d = stripSpaces(text);
    if (d.size() != 16 || !allDigits(d)) {
        nik.error = tr("An NIK has 16 digits.");
        return nik;
    }
    nik.regencyCode = d.left(4);
    int day = d.mid(6, 2).toInt();
    nik.birthMonth = d.mid(8, 2).toInt();
    nik.birthYearTwoDigits = d.mid(10, 2).toInt();
    nik.gender = Nip::Gender::Male;
    if (day > 40) {
        day -= 40;
        nik.gender = Nip::Gender::Female;
    }
    nik.birthDay = day;
    // Any century: a leap day is checked against a leap year of either century.
    if (!QDate(2000 + nik.birthYearTwoDigits, nik.birthMonth, day).isValid() &&
        !QDate(1900 + nik.birthYearTwoDigits, nik.birthMonth, day).isValid()) {
        nik.error = tr("Digits 7 to 12 of an NIK are not a birth date.");
        return nik;
    }
    nik.valid = true;
    return nik;
}
