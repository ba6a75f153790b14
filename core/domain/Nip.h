#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The 18-digit NIP of a civil servant (docs/domain.md §7): YYYYMMDD birth date, YYYYMM start as a
// candidate civil servant (TMT CPNS), G gender, NNN sequence. An NI PPPK has the same length but
// another layout: with the person's category known (parse() with pppk) only its length and
// digits are checked; without it, its own layout tells it apart (parseAny()).
struct Nip
{
    Q_DECLARE_TR_FUNCTIONS(Nip)

public:
    enum class Gender { Unknown, Male, Female };

    bool valid = false;
    QString error;  // why it is not valid, in the user's language
    QString digits; // the 18 digits, spaces removed
    QDate birthDate;
    QDate startDate; // first day of the TMT month (none for an NI PPPK)
    Gender gender = Gender::Unknown;

    bool contract = false; // an NI PPPK (parseAny())

    // Spaces are ignored. With pppk, the PNS layout rules are not applied.
    static Nip parse(const QString &text, bool pppk = false);
    // The number of a civil servant whose status is not known (a track record's look-up): a PNS
    // NIP, else an NI PPPK by its own layout (docs/domain.md §7): YYYYMMDD birth date, YYYY year
    // of the first appointment as a candidate PPPK (from 2019, the first year PPPK were
    // appointed, and at least 18 years after the birth), two digits that are no month, G gender,
    // NNN sequence. When it is neither, why it is no NIP, and why no NI PPPK either when the
    // two layouts part.
    static Nip parseAny(const QString &text);
    // "19860926 201505 1 001"; the input unchanged when it is not 18 digits.
    static QString grouped(const QString &text);
    static QString genderLabel(Gender gender);
};

// The 16-digit NIK (national identity number): province, regency, district, DDMMYY (day + 40 for
// women), sequence.
struct Nik
{
    Q_DECLARE_TR_FUNCTIONS(Nik)

public:
    bool valid = false;
    QString error;
    QString regencyCode; // 4 digits
    int birthDay = 0;
    int birthMonth = 0;
    int birthYearTwoDigits = 0;
    Nip::Gender gender = Nip::Gender::Unknown;

    static Nik parse(const QString &text);
};
