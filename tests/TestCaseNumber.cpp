// Case numbers from the office's pattern (docs/domain.md §7).

#include "domain/CaseNumber.h"

#include <QTest>

namespace {

CaseNumber::Context context(int sequence, const QString &source, const QString &election,
                            const QString &office, const QDate &date)
{
    CaseNumber::Context c;
    c.sequence = sequence;
    c.source = source;
    c.election = election;
    c.office = office;
    c.date = date;
    return c;
}

} // namespace

class TestCaseNumber : public QObject
{
    Q_OBJECT

private slots:
    void defaultPatterns_data();
    void defaultPatterns();
    void romanMonths_data();
    void romanMonths();
    void twoDigitMonth();
    void padding_data();
    void padding();
    void literalTextIsKept();
    void validate_data();
    void validate();
};

void TestCaseNumber::defaultPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("election");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("office");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    const QString reg = CaseNumber::DefaultRegistrationPattern;
    const QString rec = CaseNumber::DefaultReceiptPattern;
    QTest::newRow("registered report, pilkada")
        << reg << 1 << "laporan"
        << "pilkada"
        << "Kab"
        << "13.05" << QDate(2020, 9, 14) << "001/Reg/LP/PB/Kab/13.05/IX/2020";
    QTest::newRow("received report, pilkada")
        << rec << 9 << "laporan"
        << "pilkada"
        << "Kab"
        << "14.09" << QDate(2024, 10, 2) << "009/LP/PB/Kab/14.09/X/2024";
    QTest::newRow("finding, pemilu")
        << rec << 12 << "temuan"
        << "pemilu"
        << "Kab"
        << "33.11" << QDate(2024, 1, 31) << "012/TM/PL/Kab/33.11/I/2024";
    QTest::newRow("registered finding, pemilu")
        << reg << 3 << "temuan"
        << "pemilu"
        << "Kab"
        << "33.11" << QDate(2023, 12, 1) << "003/Reg/TM/PL/Kab/33.11/XII/2023";
    QTest::newRow("report, pemilu")
        << rec << 45 << "laporan"
        << "pemilu"
        << "Kab"
        << "33.11" << QDate(2024, 2, 20) << "045/LP/PL/Kab/33.11/II/2024";
    QTest::newRow("initial information")
        << rec << 2 << "informasi_awal"
        << "pilkada"
        << "Kab"
        << "33.11" << QDate(2024, 11, 5) << "002/IA/PB/Kab/33.11/XI/2024";
    QTest::newRow("province level")
        << reg << 7 << "laporan"
        << "pilkada"
        << "Prov"
        << "33" << QDate(2024, 8, 1) << "007/Reg/LP/PB/Prov/33/VIII/2024";
}

void TestCaseNumber::defaultPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(int, sequence);
    QFETCH(QString, source);
    QFETCH(QString, election);
    QFETCH(QString, level);
    QFETCH(QString, office);
    QFETCH(QDate, date);
    QFETCH(QString, expected);

    CaseNumber::Context c = context(sequence, source, election, office, date);
    c.level = level;
    QCOMPARE(CaseNumber::format(pattern, c), expected);
}

void TestCaseNumber::romanMonths_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("roman");

    const char *const numerals[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                    "VII", "VIII", "IX",  "X",  "XI", "XII"};
    for (int m = 1; m <= 12; ++m)
        QTest::addRow("%d", m) << m << QString::fromLatin1(numerals[m - 1]);
}

void TestCaseNumber::romanMonths()
{
    QFETCH(int, month);
    QFETCH(QString, roman);

    QCOMPARE(CaseNumber::roman(month), roman);
    const CaseNumber::Context c = context(1, QStringLiteral("laporan"), QStringLiteral("pilkada"),
                                          QStringLiteral("33.11"), QDate(2024, month, 15));
    QCOMPARE(CaseNumber::format(CaseNumber::DefaultReceiptPattern, c),
             QStringLiteral("001/LP/PB/Kab/33.11/%1/2024").arg(roman));
}

void TestCaseNumber::twoDigitMonth()
{
    const QString pattern = QStringLiteral("{seq:3}/{kind}/{mm}/{year}");
    QCOMPARE(
        CaseNumber::format(pattern, context(4, QStringLiteral("laporan"), QStringLiteral("pilkada"),
                                            QString(), QDate(2024, 3, 5))),
        QStringLiteral("004/LP/03/2024"));
    QCOMPARE(
        CaseNumber::format(pattern, context(4, QStringLiteral("laporan"), QStringLiteral("pilkada"),
                                            QString(), QDate(2024, 11, 5))),
        QStringLiteral("004/LP/11/2024"));
}

void TestCaseNumber::padding_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("expected");

    QTest::newRow("seq:4") << "{seq:4}/{year}" << 7 << "0007/2024";
    QTest::newRow("seq:4, full") << "{seq:4}/{year}" << 1234 << "1234/2024";
    QTest::newRow("seq, no padding") << "{seq}/{year}" << 7 << "7/2024";
    // A sequence longer than the padding is never cut.
    QTest::newRow("seq:3 over 999") << "{seq:3}/{year}" << 1000 << "1000/2024";
}

void TestCaseNumber::padding()
{
    QFETCH(QString, pattern);
    QFETCH(int, sequence);
    QFETCH(QString, expected);
    QCOMPARE(CaseNumber::format(pattern,
                                context(sequence, QStringLiteral("laporan"),
                                        QStringLiteral("pilkada"), QString(), QDate(2024, 6, 3))),
             expected);
}

void TestCaseNumber::literalTextIsKept()
{
    const QString pattern = QStringLiteral("No. {seq:2}-Reg/Bawaslu.{office}/PP.01.02/{year}");
    QCOMPARE(
        CaseNumber::format(pattern, context(5, QStringLiteral("laporan"), QStringLiteral("pilkada"),
                                            QStringLiteral("13.05"), QDate(2020, 9, 1))),
        QStringLiteral("No. 05-Reg/Bawaslu.13.05/PP.01.02/2020"));
}

void TestCaseNumber::validate_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("default receipt") << CaseNumber::DefaultReceiptPattern << true << QString();
    QTest::newRow("default registration")
        << CaseNumber::DefaultRegistrationPattern << true << QString();
    QTest::newRow("every token") << "{seq:4}/{kind}/{election}/{level}/{office}/{month}/{mm}/{year}"
                                 << true << QString();
    QTest::newRow("no seq") << "Reg/{kind}/{year}" << false << "{seq}";
    QTest::newRow("no year") << "{seq:3}/Reg/{kind}/{month}" << false << "{year}";
    QTest::newRow("empty") << "" << false << QString();
    QTest::newRow("unknown token") << "{seq:3}/{yr}/{year}" << false << "{yr}";
    QTest::newRow("misspelt token") << "{seq:3}/{offce}/{year}" << false << "{offce}";
}

void TestCaseNumber::validate()
{
    QFETCH(QString, pattern);
    QFETCH(bool, accepted);
    QFETCH(QString, mentions);

    const QString problem = CaseNumber::validate(pattern);
    QCOMPARE(problem.isEmpty(), accepted);
    if (!mentions.isEmpty())
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

QTEST_APPLESS_MAIN(TestCaseNumber)
#include "TestCaseNumber.moc"
