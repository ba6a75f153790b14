// Deadlines of a case, counted in calendar or working days from the holiday calendar, and the
// shipped calendar and procedure profiles (docs/domain.md §3).

#include "domain/Case.h"
#include "domain/Deadlines.h"
#include "domain/HolidayCalendar.h"
#include "domain/ProcedureProfile.h"

#include <QTest>
#include <optional>

Q_DECLARE_METATYPE(DeadlineStatus::State)

namespace {

DeadlineRule rule(const QString &id, int days, bool working, const QString &from = "received",
                  const QString &metBy = "registered")
{
    DeadlineRule r;
    r.id = id;
    r.days = days;
    r.workingDays = working;
    r.from = from;
    r.metBy = metBy;
    return r;
}

const ProcedureProfile &shippedProfile(const QString &id)
{
    const ProcedureProfile *p = ProfileRegistry::shipped().find(id);
    if (!p)
        qFatal("profile %s is not shipped", qPrintable(id));
    return *p;
}

// A report received on `received`, known two days before, not yet decided.
Case receivedCase(const QDate &received, const QString &election = "pilkada")
{
    Case c;
    c.source = QStringLiteral("laporan");
    c.election = election;
    c.eventDate = received.addDays(-3);
    c.knownDate = received.addDays(-2);
    c.receivedDate = received;
    Party p;
    p.name = QStringLiteral("Siti Rahmawati");
    c.parties << p;
    return c;
}

std::optional<DeadlineStatus> find(const QList<DeadlineStatus> &list, const QString &id)
{
    for (const DeadlineStatus &s : list) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void calendarDays();
    void workingDaysSkipWeekends();
    void workingDaysSkipHolidaysAndJointLeave();
    void workingDaysShippedCalendar_data();
    void workingDaysShippedCalendar();
    void acrossYearEnd();
    void pilkadaExtension();
    void pemiluExtension();
    void states_data();
    void states();
    void filingMetAndMetLate();
    void closedCaseLeavesOutPending();
    void notRegisteredDropsDecision();
    void nextIsEarliestPending();
    void shippedCalendar();
    void profileForCase_data();
    void profileForCase();
};

void TestDeadlines::calendarDays()
{
    const HolidayCalendar calendar({{QDate(2024, 10, 7), "Libur", "libur_nasional"}});
    const DeadlineCalculator calc(calendar);
    // Saturday, Sunday and the holiday count like any other day.
    QCOMPARE(calc.dueDate(rule("filing", 7, false), QDate(2024, 10, 4), 0), QDate(2024, 10, 11));
    QCOMPARE(calc.dueDate(rule("review", 2, false), QDate(2024, 10, 4), 0), QDate(2024, 10, 6));
    QCOMPARE(calc.dueDate(rule("filing", 7, false), QDate(2024, 2, 26), 0), QDate(2024, 3, 4));
}

void TestDeadlines::workingDaysSkipWeekends()
{
    const HolidayCalendar calendar;
    const DeadlineCalculator calc(calendar);
    // Friday 4 October 2024: the next two working days are Monday and Tuesday.
    QCOMPARE(calc.dueDate(rule("review", 2, true), QDate(2024, 10, 4), 0), QDate(2024, 10, 8));
    // From a Saturday, Monday is the first working day.
    QCOMPARE(calc.dueDate(rule("review", 1, true), QDate(2024, 10, 5), 0), QDate(2024, 10, 7));
    // Seven working days from a Wednesday end on the Friday of the next week.
    QCOMPARE(calc.dueDate(rule("filing", 7, true), QDate(2024, 10, 2), 0), QDate(2024, 10, 11));
    QVERIFY(calendar.isWorkingDay(QDate(2024, 10, 4)));
    QVERIFY(!calendar.isWorkingDay(QDate(2024, 10, 5)));
    QVERIFY(!calendar.isWorkingDay(QDate(2024, 10, 6)));
}

void TestDeadlines::workingDaysSkipHolidaysAndJointLeave()
{
    HolidayCalendar calendar;
    calendar.add(
        {QDate(2024, 10, 7), QStringLiteral("Cuti bersama"), QStringLiteral("cuti_bersama")});
    const DeadlineCalculator calc(calendar);
    QCOMPARE(calc.dueDate(rule("review", 2, true), QDate(2024, 10, 4), 0), QDate(2024, 10, 9));

    calendar.add(
        {QDate(2024, 10, 8), QStringLiteral("Libur nasional"), QStringLiteral("libur_nasional")});
    QCOMPARE(calc.dueDate(rule("review", 2, true), QDate(2024, 10, 4), 0), QDate(2024, 10, 10));

    calendar.add({QDate(2024, 10, 9), QStringLiteral("Hari pemungutan suara"),
                  QStringLiteral("hari_pemilihan")});
    QCOMPARE(calc.dueDate(rule("review", 2, true), QDate(2024, 10, 4), 0), QDate(2024, 10, 11));
    QVERIFY(!calendar.isWorkingDay(QDate(2024, 10, 9)));
    QVERIFY(calendar.isWorkingDay(QDate(2024, 10, 10)));
}

void TestDeadlines::workingDaysShippedCalendar_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");

    // Election day 14 February 2024 (Wednesday) is a day off.
    QTest::newRow("over election day") << QDate(2024, 2, 13) << 1 << QDate(2024, 2, 15);
    // Idul Fitri 2024: joint leave 8, 9, 12 and 15 April, holidays 10 and 11 April.
    QTest::newRow("over Idul Fitri, 1") << QDate(2024, 4, 5) << 1 << QDate(2024, 4, 16);
    QTest::newRow("over Idul Fitri, 2") << QDate(2024, 4, 4) << 2 << QDate(2024, 4, 16);
    QTest::newRow("over Idul Fitri, 7") << QDate(2024, 4, 3) << 7 << QDate(2024, 4, 22);
    QTest::newRow("ordinary week") << QDate(2024, 10, 14) << 5 << QDate(2024, 10, 21);
}

void TestDeadlines::workingDaysShippedCalendar()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, due);

    const HolidayCalendar calendar(HolidayCalendar::shipped());
    QCOMPARE(calendar.addWorkingDays(from, days), due);
    QCOMPARE(DeadlineCalculator(calendar).dueDate(rule("review", days, true), from, 0), due);
}

void TestDeadlines::acrossYearEnd()
{
    // Friday 27 December 2024; 1 January 2025 is a holiday.
    const HolidayCalendar calendar(HolidayCalendar::shipped());
    const DeadlineCalculator calc(calendar);
    const QDate from(2024, 12, 27);
    QCOMPARE(calc.dueDate(rule("filing", 7, false), from, 0), QDate(2025, 1, 3));
    QCOMPARE(calc.dueDate(rule("review", 2, true), from, 0), QDate(2024, 12, 31));
    QCOMPARE(calc.dueDate(rule("review", 3, true), from, 0), QDate(2025, 1, 2));
    QCOMPARE(calc.dueDate(rule("filing", 5, true), from, 0), QDate(2025, 1, 6));
    // Christmas and the joint leave day after it are skipped too.
    QCOMPARE(calc.dueDate(rule("review", 1, true), QDate(2024, 12, 24), 0), QDate(2024, 12, 27));
}

void TestDeadlines::pilkadaExtension()
{
    const ProcedureProfile &pilkada = shippedProfile("pilkada-2024");
    const HolidayCalendar calendar(HolidayCalendar::shipped());
    const DeadlineCalculator calc(calendar);

    Case c = receivedCase(QDate(2024, 10, 7));
    c.status = QStringLiteral("diregistrasi");
    c.registrationNumber = QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024");
    c.registeredDate = QDate(2024, 10, 8);

    // 3 days after registration...
    std::optional<DeadlineStatus> decision =
        find(calc.evaluate(c, pilkada, QDate(2024, 10, 9)), "decision");
    QVERIFY(decision);
    QCOMPARE(decision->start, QDate(2024, 10, 8));
    QCOMPARE(decision->due, QDate(2024, 10, 11));

    // ... + 2 when more information is needed ("3+2").
    c.extensionDays = 2;
    const QList<DeadlineStatus> extended = calc.evaluate(c, pilkada, QDate(2024, 10, 9));
    decision = find(extended, "decision");
    QVERIFY(decision);
    QCOMPARE(decision->due, QDate(2024, 10, 13));
    // The extension is for the decision only.
    std::optional<DeadlineStatus> review = find(extended, "review");
    QVERIFY(review);
    QCOMPARE(review->due, QDate(2024, 10, 9));
}

void TestDeadlines::pemiluExtension()
{
    const ProcedureProfile &pemilu = shippedProfile("pemilu-2024");
    const HolidayCalendar calendar(HolidayCalendar::shipped());
    const DeadlineCalculator calc(calendar);

    Case c = receivedCase(QDate(2024, 3, 27), QStringLiteral("pemilu"));
    c.status = QStringLiteral("kajian");
    c.registrationNumber = QStringLiteral("001/Reg/LP/PL/Kab/33.11/III/2024");
    c.registeredDate = QDate(2024, 3, 28);

    // 7 calendar days after Thursday 28 March.
    std::optional<DeadlineStatus> decision =
        find(calc.evaluate(c, pemilu, QDate(2024, 3, 29)), "decision");
    QVERIFY(decision);
    QCOMPARE(decision->due, QDate(2024, 4, 4));

    // + 14 working days after 4 April, over Idul Fitri (8 to 15 April off) and 1 May.
    c.extensionDays = 14;
    decision = find(calc.evaluate(c, pemilu, QDate(2024, 3, 29)), "decision");
    QVERIFY(decision);
    QCOMPARE(decision->due, QDate(2024, 5, 3));
}

void TestDeadlines::states_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<DeadlineStatus::State>("state");
    QTest::addColumn<int>("daysLeft");

    // Registered Tuesday 1 October 2024 under Pemilu: the decision is due Tuesday 8 October.
    QTest::newRow("day after registration")
        << QDate(2024, 10, 2) << DeadlineStatus::State::Open << 6;
    QTest::newRow("four days left") << QDate(2024, 10, 4) << DeadlineStatus::State::Open << 4;
    QTest::newRow("three days left") << QDate(2024, 10, 5) << DeadlineStatus::State::DueSoon << 3;
    QTest::newRow("one day left") << QDate(2024, 10, 7) << DeadlineStatus::State::DueSoon << 1;
    QTest::newRow("due today") << QDate(2024, 10, 8) << DeadlineStatus::State::DueToday << 0;
    QTest::newRow("a day late") << QDate(2024, 10, 9) << DeadlineStatus::State::Late << -1;
    QTest::newRow("a month late") << QDate(2024, 11, 8) << DeadlineStatus::State::Late << -31;
}

void TestDeadlines::states()
{
    QFETCH(QDate, today);
    QFETCH(DeadlineStatus::State, state);
    QFETCH(int, daysLeft);

    const ProcedureProfile &pemilu = shippedProfile("pemilu-2024");
    const HolidayCalendar calendar(HolidayCalendar::shipped());
    const DeadlineCalculator calc(calendar);

    Case c = receivedCase(QDate(2024, 9, 30), QStringLiteral("pemilu"));
    c.status = QStringLiteral("klarifikasi");
    c.registrationNumber = QStringLiteral("001/Reg/LP/PL/Kab/33.11/X/2024");
    c.registeredDate = QDate(2024, 10, 1);

    const QList<DeadlineStatus> list = calc.evaluate(c, pemilu, today);
    std::optional<DeadlineStatus> decision = find(list, "decision");
    QVERIFY(decision);
    QCOMPARE(decision->due, QDate(2024, 10, 8));
    QVERIFY(decision->isPending());
    QCOMPARE(decision->state, state);
    QCOMPARE(decision->daysLeft, daysLeft);

    // Filing and review were met in time, whatever today is.
    std::optional<DeadlineStatus> filing = find(list, "filing");
    QVERIFY(filing);
    QCOMPARE(filing->state, DeadlineStatus::State::Met);
    std::optional<DeadlineStatus> review = find(list, "review");
    QVERIFY(review);
    QCOMPARE(review->metOn, QDate(2024, 10, 1));
    QCOMPARE(review->state, DeadlineStatus::State::Met);
    // A report has no "finding" deadline.
    QVERIFY(!find(list, "finding"));

    // Once decided, the state no longer depends on today.
    c.status = QStringLiteral("diteruskan");
    c.decidedDate = QDate(2024, 10, 8);
    decision = find(calc.evaluate(c, pemilu, today), "decision");
    QVERIFY(decision);
    QCOMPARE(decision->state, DeadlineStatus::State::Met);
    c.decidedDate = QDate(2024, 10, 9);
    decision = find(calc.evaluate(c, pemilu, today), "decision");
    QVERIFY(decision);
    QCOMPARE(decision->state, DeadlineStatus::State::MetLate);
}

void TestDeadlines::filingMetAndMetLate()
{
    const ProcedureProfile &pilkada = shippedProfile("pilkada-2024");
    const HolidayCalendar calendar(HolidayCalendar::shipped());
    const DeadlineCalculator calc(calendar);

    // Known on 1 October: filing due 8 October (7 calendar days).
    Case c = receivedCase(QDate(2024, 10, 8));
    c.knownDate = QDate(2024, 10, 1);
    c.eventDate = QDate(2024, 10, 1);
    std::optional<DeadlineStatus> filing =
        find(calc.evaluate(c, pilkada, QDate(2024, 10, 20)), "filing");
    QVERIFY(filing);
    QCOMPARE(filing->due, QDate(2024, 10, 8));
    QCOMPARE(filing->metOn, QDate(2024, 10, 8));
    QCOMPARE(filing->state, DeadlineStatus::State::Met);

    c.receivedDate = QDate(2024, 10, 11);
    filing = find(calc.evaluate(c, pilkada, QDate(2024, 10, 20)), "filing");
    QVERIFY(filing);
    QCOMPARE(filing->state, DeadlineStatus::State::MetLate);

    // The review of that late report is still open: due two days after receipt.
    std::optional<DeadlineStatus> review =
        find(calc.evaluate(c, pilkada, QDate(2024, 10, 12)), "review");
    QVERIFY(review);
    QCOMPARE(review->due, QDate(2024, 10, 13));
    QCOMPARE(review->state, DeadlineStatus::State::DueSoon);
    review = find(calc.evaluate(c, pilkada, QDate(2024, 10, 13)), "review");
    QVERIFY(review);
    QCOMPARE(review->state, DeadlineStatus::State::DueToday);
    review = find(calc.evaluate(c, pilkada, QDate(2024, 10, 14)), "review");
    QVERIFY(review);
    QCOMPARE(review->state, DeadlineStatus::State::Late);
}

void TestDeadlines::closedCaseLeavesOutPending()
{
    // A profile whose registration deadline is met only by a registration.
    ProcedureProfile profile;
    profile.id = QStringLiteral("test");
    profile.election = QStringLiteral("pilkada");
    profile.deadlines << rule("registration", 3, false, "received", "registered");
    const HolidayCalendar calendar;
    const DeadlineCalculator calc(calendar);

    Case open = receivedCase(QDate(2024, 10, 1));
    QList<DeadlineStatus> list = calc.evaluate(open, profile, QDate(2024, 10, 10));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().state, DeadlineStatus::State::Late);
    QCOMPARE(calc.next(open, profile, QDate(2024, 10, 10)).id, QStringLiteral("registration"));

    // Not registered: the case is closed, and a deadline it can no longer meet is not late.
    Case closed = open;
    closed.status = QStringLiteral("tidak_diregistrasi");
    closed.decidedDate = QDate(2024, 10, 3);
    closed.decisionReason = QStringLiteral("Syarat formal tidak terpenuhi");
    QVERIFY(calc.evaluate(closed, profile, QDate(2024, 10, 10)).isEmpty());
    QVERIFY(calc.next(closed, profile, QDate(2024, 10, 10)).id.isEmpty());

    Case withdrawn = open;
    withdrawn.status = QStringLiteral("dicabut");
    withdrawn.decidedDate = QDate(2024, 10, 2);
    QVERIFY(calc.evaluate(withdrawn, profile, QDate(2024, 10, 10)).isEmpty());
}

void TestDeadlines::notRegisteredDropsDecision()
{
    const ProcedureProfile &pilkada = shippedProfile("pilkada-2024");
    const HolidayCalendar calendar(HolidayCalendar::shipped());
    const DeadlineCalculator calc(calendar);

    Case c = receivedCase(QDate(2024, 10, 7));
    c.status = QStringLiteral("tidak_diregistrasi");
    c.decidedDate = QDate(2024, 10, 8);
    c.decisionReason = QStringLiteral("Syarat materiel tidak terpenuhi");
    const QList<DeadlineStatus> list = calc.evaluate(c, pilkada, QDate(2024, 12, 1));
    QVERIFY(!find(list, "decision"));
    for (const DeadlineStatus &s : list) {
        QVERIFY2(!s.isPending(), qPrintable(s.id));
        QVERIFY(s.state != DeadlineStatus::State::Late);
    }
    std::optional<DeadlineStatus> review = find(list, "review");
    QVERIFY(review);
    QCOMPARE(review->metOn, QDate(2024, 10, 8));
    QCOMPARE(review->state, DeadlineStatus::State::Met);
    QVERIFY(calc.next(c, pilkada, QDate(2024, 12, 1)).id.isEmpty());
}

void TestDeadlines::nextIsEarliestPending()
{
    ProcedureProfile profile;
    profile.id = QStringLiteral("test");
    profile.election = QStringLiteral("pilkada");
    profile.deadlines << rule("filing", 3, false, "known", "received")       // met, due earliest
                      << rule("late", 10, false, "received", "registered")   // pending, due later
                      << rule("early", 4, false, "received", "registered")   // pending, earliest
                      << rule("working", 4, true, "received", "registered"); // pending, later
    const HolidayCalendar calendar;
    const DeadlineCalculator calc(calendar);

    Case c = receivedCase(QDate(2024, 10, 4)); // Friday
    const DeadlineStatus next = calc.next(c, profile, QDate(2024, 10, 5));
    QCOMPARE(next.id, QStringLiteral("early"));
    QCOMPARE(next.due, QDate(2024, 10, 8));
    QCOMPARE(next.state, DeadlineStatus::State::DueSoon);
    QCOMPARE(next.daysLeft, 3);

    // Once they are met, nothing is pending.
    c.status = QStringLiteral("diregistrasi");
    c.registrationNumber = QStringLiteral("001");
    c.registeredDate = QDate(2024, 10, 5);
    QVERIFY(calc.next(c, profile, QDate(2024, 10, 5)).id.isEmpty());
}

void TestDeadlines::shippedCalendar()
{
    const QList<Holiday> holidays = HolidayCalendar::shipped();
    QVERIFY(holidays.size() > 50);
    const HolidayCalendar calendar(holidays);

    QVERIFY(calendar.isHoliday(QDate(2024, 2, 14)));
    QVERIFY(!calendar.isWorkingDay(QDate(2024, 2, 14)));
    QVERIFY(calendar.isHoliday(QDate(2024, 4, 10)));
    QVERIFY(calendar.isWorkingDay(QDate(2024, 4, 16)));

    bool electionDay = false;
    bool idulFitri = false;
    for (const Holiday &h : holidays) {
        if (h.date == QDate(2024, 2, 14)) {
            electionDay = true;
            QCOMPARE(h.kind, QStringLiteral("hari_pemilihan"));
            QVERIFY(!h.name.isEmpty());
        }
        if (h.date == QDate(2024, 4, 10)) {
            idulFitri = true;
            QCOMPARE(h.kind, QStringLiteral("libur_nasional"));
            QVERIFY2(h.name.contains(QLatin1String("Idul Fitri")), qPrintable(h.name));
        }
    }
    QVERIFY(electionDay);
    QVERIFY(idulFitri);
}

void TestDeadlines::profileForCase_data()
{
    QTest::addColumn<QString>("election");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("profile");

    QTest::newRow("pilkada 2020") << "pilkada" << QDate(2020, 10, 1) << "pilkada-2020";
    QTest::newRow("pilkada 2024") << "pilkada" << QDate(2024, 10, 1) << "pilkada-2024";
    QTest::newRow("pilkada, first day of 2024") << "pilkada" << QDate(2024, 1, 1) << "pilkada-2024";
    QTest::newRow("pilkada, last day of 2023")
        << "pilkada" << QDate(2023, 12, 31) << "pilkada-2020";
    QTest::newRow("pemilu 2024") << "pemilu" << QDate(2024, 1, 10) << "pemilu-2024";
}

void TestDeadlines::profileForCase()
{
    QFETCH(QString, election);
    QFETCH(QDate, date);
    QFETCH(QString, profile);

    const ProcedureProfile *p = ProfileRegistry::shipped().forCase(election, date);
    QVERIFY(p);
    QCOMPARE(p->id, profile);
    QCOMPARE(p->election, election);
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "TestDeadlines.moc"
