#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The 18-digit NIP of a civil servant (docs/domain.md §7): YYYYMMDD birth date, YYYYMM start as a
// candidate civil servant (TMT CPNS), G gender, NNN sequence. An NI PPPK has the same length but
// another layout, so only its length and digits are checked.
struct Nip
{
    Q_DECLARE_TR_FUNCTIONS(Nip)

public:
    enum class Gender { Unknown, Male, Female };

    bool valid = false;
    QString error;  // why it is not valid, in the user's language
    QString digits; // the 18 digits, spaces removed
    QDate birthDate;
    QDate startDate; // first day of the TMT month
    Gender gender = Gender::Unknown;

    // Spaces are ignored. With pppk, the PNS layout rules are not applied.
    static Nip parse(const QString &text, bool pppk = false);
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
