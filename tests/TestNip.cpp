// The civil servant's NIP and the national NIK (docs/domain.md §7).

#include "domain/Nip.h"

#include <QTest>

Q_DECLARE_METATYPE(Nip::Gender)

class TestNip : public QObject
{
    Q_OBJECT

private slots:
    void validNip_data();
    void validNip();
    void spacesAreIgnored();
    void grouped_data();
    void grouped();
    void rejectedNip_data();
    void rejectedNip();
    void pppkLayout();
    void eitherNumber();
    void nik_data();
    void nik();
    void rejectedNik_data();
    void rejectedNik();
};

void TestNip::validNip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<Nip::Gender>("gender");

    QTest::newRow("example, male")
        << "19860926 201505 1 001" << QDate(1986, 9, 26) << QDate(2015, 5, 1) << Nip::Gender::Male;
    QTest::newRow("female") << "19860926 201505 2 001" << QDate(1986, 9, 26) << QDate(2015, 5, 1)
                            << Nip::Gender::Female;
    QTest::newRow("leap day birth") << "19880229 201012 2 014" << QDate(1988, 2, 29)
                                    << QDate(2010, 12, 1) << Nip::Gender::Female;
    // Started in the month of the 18th birthday: "about 18 years" holds.
    QTest::newRow("start at 18") << "19860926 200409 1 003" << QDate(1986, 9, 26)
                                 << QDate(2004, 9, 1) << Nip::Gender::Male;
}

void TestNip::validNip()
{
    QFETCH(QString, text);
    QFETCH(QDate, birth);
    QFETCH(QDate, start);
    QFETCH(Nip::Gender, gender);

    const Nip nip = Nip::parse(text);
    QVERIFY2(nip.valid, qPrintable(nip.error));
    QVERIFY(nip.error.isEmpty());
    QCOMPARE(nip.digits, QString(text).remove(QLatin1Char(' ')));
    QCOMPARE(nip.birthDate, birth);
    QCOMPARE(nip.startDate, start);
    QCOMPARE(nip.gender, gender);
}

void TestNip::spacesAreIgnored()
{
    const Nip spaced = Nip::parse(QStringLiteral("  1986 0926 2015 05 1 001 "));
    const Nip plain = Nip::parse(QStringLiteral("198609262015051001"));
    QVERIFY2(spaced.valid, qPrintable(spaced.error));
    QVERIFY2(plain.valid, qPrintable(plain.error));
    QCOMPARE(spaced.digits, QStringLiteral("198609262015051001"));
    QCOMPARE(plain.digits, spaced.digits);
    QCOMPARE(spaced.birthDate, plain.birthDate);
    QCOMPARE(spaced.startDate, plain.startDate);
    QCOMPARE(spaced.gender, Nip::Gender::Male);
}

void TestNip::grouped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << "198609262015051001"
                           << "19860926 201505 1 001";
    QTest::newRow("already grouped") << "19860926 201505 1 001"
                                     << "19860926 201505 1 001";
    QTest::newRow("odd spaces") << "1986 0926 2015 0520 01"
                                << "19860926 201505 2 001";
    // Anything that is not 18 digits is shown as typed.
    QTest::newRow("too short") << "19860926 2015"
                               << "19860926 2015";
    QTest::newRow("letters") << "19860926201505100A"
                             << "19860926201505100A";
}

void TestNip::grouped()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Nip::grouped(text), expected);
}

void TestNip::rejectedNip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("17 digits") << "19860926 201505 1 01";
    QTest::newRow("19 digits") << "19860926 201505 1 0011";
    QTest::newRow("letter O for zero") << "19860926 2015O5 1 001";
    QTest::newRow("dashes") << "19860926-201505-1-001";
    QTest::newRow("30 February") << "19860230 201505 1 001";
    QTest::newRow("month 13 of birth") << "19861326 201505 1 001";
    QTest::newRow("TMT month 00") << "19860926 201500 1 001";
    QTest::newRow("TMT month 13") << "19860926 201513 1 001";
    QTest::newRow("TMT at 13 years") << "19860926 200001 1 001";
    QTest::newRow("TMT at 17 years") << "19860926 200309 1 001";
    QTest::newRow("TMT before birth") << "19860926 198001 1 001";
    QTest::newRow("gender 3") << "19860926 201505 3 001";
    QTest::newRow("gender 0") << "19860926 201505 0 001";
    // An NI PPPK ("21" where the PNS month is) is not a PNS NIP.
    QTest::newRow("PPPK layout as PNS") << "19850712 202121 1 001";
}

void TestNip::rejectedNip()
{
    QFETCH(QString, text);
    const Nip nip = Nip::parse(text);
    QVERIFY(!nip.valid);
    QVERIFY(!nip.error.isEmpty());
}

void TestNip::pppkLayout()
{
    // The same 18 digits pass as an NI PPPK: its layout is not the PNS one.
    const Nip pppk = Nip::parse(QStringLiteral("19850712 202121 1 001"), true);
    QVERIFY2(pppk.valid, qPrintable(pppk.error));
    QCOMPARE(pppk.digits, QStringLiteral("198507122021211001"));

    // A month 00 and a gender digit 5 do not matter for a PPPK number either.
    QVERIFY(Nip::parse(QStringLiteral("198507122021005001"), true).valid);

    // Its length and digits still do.
    const Nip shortOne = Nip::parse(QStringLiteral("19850712 202121 1 01"), true);
    QVERIFY(!shortOne.valid);
    QVERIFY(!shortOne.error.isEmpty());
    const Nip letters = Nip::parse(QStringLiteral("19850712 2021X1 1 001"), true);
    QVERIFY(!letters.valid);
    QVERIFY(!letters.error.isEmpty());
}

void TestNip::eitherNumber()
{
    // A PNS's NIP as it is.
    const Nip pns = Nip::parseAny(QStringLiteral("19860926 201505 1 001"));
    QVERIFY2(pns.valid, qPrintable(pns.error));
    QVERIFY(!pns.contract);
    QCOMPARE(pns.startDate, QDate(2015, 5, 1));

    // An NI PPPK by its own layout: birth date, year of appointment, "21", gender, sequence.
    const Nip pppk = Nip::parseAny(QStringLiteral("19900101 2021 21 2 007"));
    QVERIFY2(pppk.valid, qPrintable(pppk.error));
    QVERIFY(pppk.contract);
    QCOMPARE(pppk.digits, QStringLiteral("199001012021212007"));
    QCOMPARE(pppk.birthDate, QDate(1990, 1, 1));
    QCOMPARE(pppk.gender, Nip::Gender::Female);

    // Neither: a month 13 before PPPK existed, a PPPK year before 18, a gender digit 3, a
    // birth date that is none, too few digits; each with why.
    const Nip month13 = Nip::parseAny(QStringLiteral("19860926 201513 1 001"));
    QVERIFY(!month13.valid);
    QVERIFY2(month13.error.contains(QLatin1String("month")) &&
                 month13.error.contains(QLatin1String("NI PPPK")) &&
                 month13.error.contains(QLatin1String("2019")),
             qPrintable(month13.error));
    const Nip young = Nip::parseAny(QStringLiteral("20100101 2021 21 1 007"));
    QVERIFY(!young.valid);
    QVERIFY2(young.error.contains(QLatin1String("18 years")), qPrintable(young.error));
    const Nip gender = Nip::parseAny(QStringLiteral("19900101 2021 21 3 007"));
    QVERIFY(!gender.valid);
    QVERIFY2(gender.error.contains(QLatin1String("NI PPPK")) &&
                 gender.error.contains(QLatin1String("gender")),
             qPrintable(gender.error));
    const Nip birth = Nip::parseAny(QStringLiteral("19901301 2021 21 1 007"));
    QVERIFY(!birth.valid);
    QVERIFY2(birth.error.contains(QLatin1String("birth date")), qPrintable(birth.error));
    const Nip shortOne = Nip::parseAny(QStringLiteral("19900101 2021 21 1 07"));
    QVERIFY(!shortOne.valid);
    QVERIFY2(shortOne.error.contains(QLatin1String("18 digits")), qPrintable(shortOne.error));
}

void TestNip::nik_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("regency");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::addColumn<Nip::Gender>("gender");

    QTest::newRow("man") << "3311012609860001"
                         << "3311" << 26 << 9 << 86 << Nip::Gender::Male;
    QTest::newRow("woman, day + 40") << "3311016609860002"
                                     << "3311" << 26 << 9 << 86 << Nip::Gender::Female;
    QTest::newRow("woman born on the 1st") << "3372054103020003"
                                           << "3372" << 1 << 3 << 2 << Nip::Gender::Female;
    QTest::newRow("spaces") << "33 11 01 260986 0001"
                            << "3311" << 26 << 9 << 86 << Nip::Gender::Male;
}

void TestNip::nik()
{
    QFETCH(QString, text);
    QFETCH(QString, regency);
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(int, year);
    QFETCH(Nip::Gender, gender);

    const Nik nik = Nik::parse(text);
    QVERIFY2(nik.valid, qPrintable(nik.error));
    QCOMPARE(nik.regencyCode, regency);
    QCOMPARE(nik.birthDay, day);
    QCOMPARE(nik.birthMonth, month);
    QCOMPARE(nik.birthYearTwoDigits, year);
    QCOMPARE(nik.gender, gender);
}

void TestNip::rejectedNik_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("15 digits") << "331101260986001";
    QTest::newRow("17 digits") << "33110126098600011";
    QTest::newRow("an NIP") << "198609262015051001";
    QTest::newRow("letter") << "331101260986000A";
    QTest::newRow("day 32") << "3311013209860001";
    QTest::newRow("woman, day 72") << "3311017209860001";
    QTest::newRow("month 13") << "3311012613860001";
    QTest::newRow("day 00") << "3311010009860001";
}

void TestNip::rejectedNik()
{
    QFETCH(QString, text);
    const Nik nik = Nik::parse(text);
    QVERIFY(!nik.valid);
    QVERIFY(!nik.error.isEmpty());
}

QTEST_APPLESS_MAIN(TestNip)
#include "TestNip.moc"
