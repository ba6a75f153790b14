// The steps of the procedure (docs/domain.md §3): which may follow which, what each needs, and what
// it changes in a case.

#include "domain/Case.h"
#include "domain/HolidayCalendar.h"
#include "domain/ProcedureProfile.h"
#include "domain/StatusMachine.h"

#include <QTest>

Q_DECLARE_METATYPE(Step::Kind)

namespace {

const QDate Today(2024, 10, 20);
const QDate Received(2024, 10, 7);

const ProcedureProfile &profile(const QString &id)
{
    const ProcedureProfile *p = ProfileRegistry::shipped().find(id);
    if (!p)
        qFatal("profile %s is not shipped", qPrintable(id));
    return *p;
}

// A report received on 7 October 2024, known two days before, with one person reported, in
// the given status with what that status needs.
Case caseIn(const QString &status, const QString &election = QStringLiteral("pilkada"))
{
    Case c;
    c.source = QStringLiteral("laporan");
    c.election = election;
    c.profileId = election == QLatin1String("pemilu") ? QStringLiteral("pemilu-2024")
                                                      : QStringLiteral("pilkada-2024");
    c.regencyCode = QStringLiteral("3311");
    c.eventDate = Received.addDays(-3);
    c.knownDate = Received.addDays(-2);
    c.receivedDate = Received;
    c.receiptNumber = QStringLiteral("001/LP/PB/Kab/33.11/X/2024");
    c.reporterName = QStringLiteral("Budi Santoso");
    c.reporterAddress = QStringLiteral("Desa Sidorejo");
    Party p;
    p.name = QStringLiteral("Siti Rahmawati");
    p.nip = QStringLiteral("19860926 201505 2 001");
    p.positionCategory = QStringLiteral("fungsional");
    c.parties << p;
    c.status = status;
    if (status != QLatin1String("diterima")) {
        c.registrationNumber = QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024");
        c.registeredDate = Received.addDays(1);
    }
    return c;
}

Step step(Step::Kind kind, const QDate &date, const QString &number = QString(),
          const QString &reason = QString())
{
    Step s;
    s.kind = kind;
    s.date = date;
    s.number = number;
    s.reason = reason;
    return s;
}

QString refusal(const Case &c, const Step &s, const QString &profileId = "pilkada-2024")
{
    static const HolidayCalendar calendar(HolidayCalendar::shipped());
    return StatusMachine::refusal(c, s, profile(profileId), calendar, Today);
}

} // namespace

class TestStatusMachine : public QObject
{
    Q_OBJECT

private slots:
    void allowed_data();
    void allowed();
    void fullPath();
    void refused_data();
    void refused();
    void registerWithoutPersonReported();
    void filingWindow();
    void findingWindow();
    void extensionOnce();
    void extensionLength_data();
    void extensionLength();
    void applySetsFields();
    void invariants();
    void stepCodes();
};

void TestStatusMachine::allowed_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<Step::Kind>("kind");
    QTest::addColumn<QString>("to");

    QTest::newRow("register") << "diterima" << Step::Kind::Register << "diregistrasi";
    QTest::newRow("not register") << "diterima" << Step::Kind::NotRegister << "tidak_diregistrasi";
    QTest::newRow("withdraw") << "diterima" << Step::Kind::Withdraw << "dicabut";
    QTest::newRow("clarify") << "diregistrasi" << Step::Kind::StartClarification << "klarifikasi";
    QTest::newRow("analyse after registration")
        << "diregistrasi" << Step::Kind::StartAnalysis << "kajian";
    QTest::newRow("analyse after clarification")
        << "klarifikasi" << Step::Kind::StartAnalysis << "kajian";
    QTest::newRow("forward") << "kajian" << Step::Kind::Forward << "diteruskan";
    QTest::newRow("stop") << "kajian" << Step::Kind::Stop << "dihentikan";
    QTest::newRow("extend when registered")
        << "diregistrasi" << Step::Kind::Extend << "diregistrasi";
    QTest::newRow("extend in clarification")
        << "klarifikasi" << Step::Kind::Extend << "klarifikasi";
    QTest::newRow("extend in analysis") << "kajian" << Step::Kind::Extend << "kajian";
}

void TestStatusMachine::allowed()
{
    QFETCH(QString, from);
    QFETCH(Step::Kind, kind);
    QFETCH(QString, to);

    Case c = caseIn(from);
    QVERIFY2(StatusMachine::invariantErrors(c).isEmpty(),
             qPrintable(StatusMachine::invariantErrors(c).join(QLatin1String("; "))));
    QCOMPARE(StatusMachine::whyNot(c, kind), QString());

    Step s = step(kind, Received.addDays(3));
    switch (kind) {
    case Step::Kind::Register:
        s.number = QStringLiteral("002/Reg/LP/PB/Kab/33.11/X/2024");
        break;
    case Step::Kind::Forward:
        s.number = QStringLiteral("123/PP.01.02/K.JT-11/10/2024");
        s.authority = QStringLiteral("BKN");
        break;
    case Step::Kind::Extend:
        s.days = 2;
        s.reason = QStringLiteral("Keterangan tambahan diperlukan");
        break;
    default:
        s.reason = QStringLiteral("Alasan");
        break;
    }
    QCOMPARE(refusal(c, s), QString());
    QCOMPARE(StatusMachine::target(c, kind), to);

    StatusMachine::apply(c, s);
    QCOMPARE(c.status, to);
    QVERIFY2(StatusMachine::invariantErrors(c).isEmpty(),
             qPrintable(StatusMachine::invariantErrors(c).join(QLatin1String("; "))));
}

void TestStatusMachine::fullPath()
{
    Case c = caseIn(QStringLiteral("diterima"));
    const QList<Step> path = {
        step(Step::Kind::Register, QDate(2024, 10, 8),
             QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024")),
        step(Step::Kind::Extend, QDate(), QString(), QStringLiteral("Menunggu keterangan BKD")),
        step(Step::Kind::StartClarification, QDate(2024, 10, 9)),
        step(Step::Kind::StartAnalysis, QDate(2024, 10, 11)),
        step(Step::Kind::Forward, QDate(2024, 10, 13),
             QStringLiteral("045/PP.01.02/K.JT-11/X/2024")),
    };
    for (Step s : path) {
        if (s.kind == Step::Kind::Extend)
            s.days = 2;
        if (s.kind == Step::Kind::Forward)
            s.authority = QStringLiteral("BKN");
        const QString why = refusal(c, s);
        QVERIFY2(why.isEmpty(), qPrintable(Step::code(s.kind) + QLatin1String(": ") + why));
        StatusMachine::apply(c, s);
        QVERIFY2(StatusMachine::invariantErrors(c).isEmpty(),
                 qPrintable(StatusMachine::invariantErrors(c).join(QLatin1String("; "))));
    }
    QCOMPARE(c.status, QStringLiteral("diteruskan"));
    QVERIFY(c.isClosed());
    // Nothing follows a decision.
    for (Step::Kind k : {Step::Kind::Register, Step::Kind::NotRegister, Step::Kind::Withdraw,
                         Step::Kind::StartClarification, Step::Kind::StartAnalysis,
                         Step::Kind::Forward, Step::Kind::Stop, Step::Kind::Extend})
        QVERIFY2(!StatusMachine::whyNot(c, k).isEmpty(), qPrintable(Step::code(k)));
}

void TestStatusMachine::refused_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("source");
    QTest::addColumn<Step::Kind>("kind");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("reason");

    const QDate ok = Received.addDays(2);
    QTest::newRow("register without number") << "diterima"
                                             << "laporan" << Step::Kind::Register << ok << ""
                                             << "";
    QTest::newRow("register with a blank number")
        << "diterima"
        << "laporan" << Step::Kind::Register << ok << "   "
        << "";
    QTest::newRow("register twice") << "diregistrasi"
                                    << "laporan" << Step::Kind::Register << ok << "002/Reg"
                                    << "";
    QTest::newRow("not register without reason") << "diterima"
                                                 << "laporan" << Step::Kind::NotRegister << ok << ""
                                                 << "";
    QTest::newRow("not register with a blank reason")
        << "diterima"
        << "laporan" << Step::Kind::NotRegister << ok << ""
        << " \n ";
    QTest::newRow("not register once registered")
        << "diregistrasi"
        << "laporan" << Step::Kind::NotRegister << ok << ""
        << "Terlambat";
    QTest::newRow("stop without reason") << "kajian"
                                         << "laporan" << Step::Kind::Stop << ok << ""
                                         << "";
    QTest::newRow("forward without letter number") << "kajian"
                                                   << "laporan" << Step::Kind::Forward << ok << ""
                                                   << "";
    QTest::newRow("withdraw after registration") << "diregistrasi"
                                                 << "laporan" << Step::Kind::Withdraw << ok << ""
                                                 << "Pelapor mencabut";
    QTest::newRow("withdraw in analysis") << "kajian"
                                          << "laporan" << Step::Kind::Withdraw << ok << ""
                                          << "Pelapor mencabut";
    QTest::newRow("withdraw a finding") << "diterima"
                                        << "temuan" << Step::Kind::Withdraw << ok << ""
                                        << "Dicabut";
    QTest::newRow("withdraw without reason") << "diterima"
                                             << "laporan" << Step::Kind::Withdraw << ok << ""
                                             << "";
    QTest::newRow("forward from diregistrasi")
        << "diregistrasi"
        << "laporan" << Step::Kind::Forward << ok << "045/PP.01.02"
        << "";
    QTest::newRow("stop from diregistrasi") << "diregistrasi"
                                            << "laporan" << Step::Kind::Stop << ok << ""
                                            << "Unsur tidak terpenuhi";
    QTest::newRow("stop from klarifikasi") << "klarifikasi"
                                           << "laporan" << Step::Kind::Stop << ok << ""
                                           << "Unsur tidak terpenuhi";
    QTest::newRow("clarify before registration")
        << "diterima"
        << "laporan" << Step::Kind::StartClarification << ok << ""
        << "";
    QTest::newRow("clarify during analysis")
        << "kajian"
        << "laporan" << Step::Kind::StartClarification << ok << ""
        << "";
    QTest::newRow("analyse before registration")
        << "diterima"
        << "laporan" << Step::Kind::StartAnalysis << ok << ""
        << "";
    QTest::newRow("register in the future")
        << "diterima"
        << "laporan" << Step::Kind::Register << Today.addDays(1) << "001/Reg"
        << "";
    QTest::newRow("stop in the future") << "kajian"
                                        << "laporan" << Step::Kind::Stop << Today.addDays(1) << ""
                                        << "Unsur tidak terpenuhi";
    QTest::newRow("register before receipt")
        << "diterima"
        << "laporan" << Step::Kind::Register << Received.addDays(-1) << "001/Reg"
        << "";
    QTest::newRow("not register before receipt")
        << "diterima"
        << "laporan" << Step::Kind::NotRegister << Received.addDays(-1) << ""
        << "Terlambat";
    QTest::newRow("clarify before registration date")
        << "diregistrasi"
        << "laporan" << Step::Kind::StartClarification << Received << ""
        << "";
    QTest::newRow("register without a date")
        << "diterima"
        << "laporan" << Step::Kind::Register << QDate() << "001/Reg"
        << "";
    QTest::newRow("extend without reason") << "diregistrasi"
                                           << "laporan" << Step::Kind::Extend << ok << ""
                                           << "";
    QTest::newRow("extend before registration") << "diterima"
                                                << "laporan" << Step::Kind::Extend << ok << ""
                                                << "Menunggu";
}

void TestStatusMachine::refused()
{
    QFETCH(QString, from);
    QFETCH(QString, source);
    QFETCH(Step::Kind, kind);
    QFETCH(QDate, date);
    QFETCH(QString, number);
    QFETCH(QString, reason);

    Case c = caseIn(from);
    c.source = source;
    if (source == QLatin1String("temuan"))
        c.reporterName.clear();
    Step s = step(kind, date, number, reason);
    if (kind == Step::Kind::Extend)
        s.days = 2;
    if (kind == Step::Kind::Forward)
        s.authority = QStringLiteral("BKN");

    const Case before = c;
    const QString why = refusal(c, s);
    QVERIFY2(!why.isEmpty(), "the step was allowed");
    QVERIFY(!why.trimmed().isEmpty());
    // Asking does not change the case.
    QCOMPARE(c.status, before.status);
    QCOMPARE(c.registrationNumber, before.registrationNumber);
}

void TestStatusMachine::registerWithoutPersonReported()
{
    Case c = caseIn(QStringLiteral("diterima"));
    c.parties.clear();
    const Step s = step(Step::Kind::Register, Received.addDays(1), QStringLiteral("001/Reg"));
    QVERIFY(!StatusMachine::whyNot(c, Step::Kind::Register).isEmpty());
    QVERIFY(!refusal(c, s).isEmpty());

    // A witness is not a person reported.
    Party witness;
    witness.role = QStringLiteral("saksi");
    witness.name = QStringLiteral("Joko");
    c.parties << witness;
    QVERIFY(!refusal(c, s).isEmpty());

    // It may still be refused registration.
    QCOMPARE(refusal(c, step(Step::Kind::NotRegister, Received.addDays(1), QString(),
                             QStringLiteral("Terlapor tidak jelas"))),
             QString());
}

void TestStatusMachine::filingWindow()
{
    // Pilkada: 7 calendar days after the event became known.
    Case c = caseIn(QStringLiteral("diterima"));
    c.eventDate = QDate(2024, 9, 25);
    c.knownDate = QDate(2024, 9, 27);
    c.receivedDate = QDate(2024, 10, 7); // 10 days after
    const Step reg = step(Step::Kind::Register, QDate(2024, 10, 8), QStringLiteral("001/Reg"));
    const QString why = refusal(c, reg);
    QVERIFY2(!why.isEmpty(), "a late report was registered");
    QVERIFY2(why.contains(QLatin1String("7")), qPrintable(why));

    // A late report may be refused registration.
    QCOMPARE(refusal(c, step(Step::Kind::NotRegister, QDate(2024, 10, 8), QString(),
                             QStringLiteral("Melewati batas waktu"))),
             QString());

    // Received on the seventh day: in time.
    c.knownDate = QDate(2024, 9, 30);
    QCOMPARE(refusal(c, reg), QString());
    // The eighth day: late.
    c.knownDate = QDate(2024, 9, 29);
    QVERIFY(!refusal(c, reg).isEmpty());

    // Pemilu counts working days: known Friday 27 September 2024, received Monday 7 October
    // (6 working days later) is in time, though it is 10 calendar days.
    Case pemilu = caseIn(QStringLiteral("diterima"), QStringLiteral("pemilu"));
    pemilu.eventDate = QDate(2024, 9, 27);
    pemilu.knownDate = QDate(2024, 9, 27);
    pemilu.receivedDate = QDate(2024, 10, 7);
    QCOMPARE(refusal(pemilu, reg, QStringLiteral("pemilu-2024")), QString());
    pemilu.receivedDate = QDate(2024, 10, 9); // 8 working days
    QVERIFY(!refusal(pemilu,
                     step(Step::Kind::Register, QDate(2024, 10, 9), QStringLiteral("1/Reg")),
                     QStringLiteral("pemilu-2024"))
                 .isEmpty());
}

void TestStatusMachine::findingWindow()
{
    // A finding set 10 days after it was found is late too.
    Case c = caseIn(QStringLiteral("diterima"));
    c.source = QStringLiteral("temuan");
    c.reporterName.clear();
    c.eventDate = QDate(2024, 9, 26);
    c.knownDate = QDate(2024, 9, 27);
    c.receivedDate = QDate(2024, 10, 7);
    QVERIFY(!refusal(c, step(Step::Kind::Register, QDate(2024, 10, 8), QStringLiteral("1/Reg")))
                 .isEmpty());
    c.knownDate = QDate(2024, 10, 1);
    QCOMPARE(refusal(c, step(Step::Kind::Register, QDate(2024, 10, 8), QStringLiteral("1/Reg"))),
             QString());
}

void TestStatusMachine::extensionOnce()
{
    Case c = caseIn(QStringLiteral("klarifikasi"));
    Step ext = step(Step::Kind::Extend, QDate(), QString(), QStringLiteral("Keterangan ahli"));
    ext.days = 2;
    QCOMPARE(refusal(c, ext), QString());
    StatusMachine::apply(c, ext);
    QCOMPARE(c.status, QStringLiteral("klarifikasi"));
    QCOMPARE(c.extensionDays, 2);

    // A second extension, even a shorter one, is refused.
    QVERIFY(!StatusMachine::whyNot(c, Step::Kind::Extend).isEmpty());
    ext.days = 1;
    QVERIFY(!refusal(c, ext).isEmpty());
    // ... also after moving on to the analysis.
    StatusMachine::apply(c, step(Step::Kind::StartAnalysis, QDate(2024, 10, 10)));
    QVERIFY(!refusal(c, ext).isEmpty());
}

void TestStatusMachine::extensionLength_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("pilkada 1") << "pilkada-2024" << 1 << true;
    QTest::newRow("pilkada 2") << "pilkada-2024" << 2 << true;
    QTest::newRow("pilkada 3") << "pilkada-2024" << 3 << false;
    QTest::newRow("pilkada 14") << "pilkada-2024" << 14 << false;
    QTest::newRow("pilkada 0") << "pilkada-2024" << 0 << false;
    QTest::newRow("pilkada -1") << "pilkada-2024" << -1 << false;
    QTest::newRow("pemilu 14") << "pemilu-2024" << 14 << true;
    QTest::newRow("pemilu 15") << "pemilu-2024" << 15 << false;
}

void TestStatusMachine::extensionLength()
{
    QFETCH(QString, profile);
    QFETCH(int, days);
    QFETCH(bool, allowed);

    const QString election = profile.startsWith(QLatin1String("pemilu"))
                                 ? QStringLiteral("pemilu")
                                 : QStringLiteral("pilkada");
    Case c = caseIn(QStringLiteral("kajian"), election);
    Step ext = step(Step::Kind::Extend, QDate(), QString(), QStringLiteral("Keterangan tambahan"));
    ext.days = days;
    const QString why = refusal(c, ext, profile);
    QCOMPARE(why.isEmpty(), allowed);
}

void TestStatusMachine::applySetsFields()
{
    Case c = caseIn(QStringLiteral("diterima"));
    StatusMachine::apply(c, step(Step::Kind::Register, QDate(2024, 10, 8),
                                 QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024")));
    QCOMPARE(c.status, QStringLiteral("diregistrasi"));
    QCOMPARE(c.registrationNumber, QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024"));
    QCOMPARE(c.registeredDate, QDate(2024, 10, 8));
    QVERIFY(!c.decidedDate.isValid());
    QCOMPARE(c.date(QStringLiteral("registration_decided")), QDate(2024, 10, 8));

    Case refused = caseIn(QStringLiteral("diterima"));
    StatusMachine::apply(refused, step(Step::Kind::NotRegister, QDate(2024, 10, 9), QString(),
                                       QStringLiteral("Syarat formal tidak terpenuhi")));
    QCOMPARE(refused.status, QStringLiteral("tidak_diregistrasi"));
    QCOMPARE(refused.decidedDate, QDate(2024, 10, 9));
    QCOMPARE(refused.decisionReason, QStringLiteral("Syarat formal tidak terpenuhi"));
    QVERIFY(refused.registrationNumber.isEmpty());
    QVERIFY(refused.isClosed());
    QCOMPARE(refused.date(QStringLiteral("registration_decided")), QDate(2024, 10, 9));

    Case withdrawn = caseIn(QStringLiteral("diterima"));
    StatusMachine::apply(withdrawn, step(Step::Kind::Withdraw, QDate(2024, 10, 8), QString(),
                                         QStringLiteral("Pelapor mencabut laporan")));
    QCOMPARE(withdrawn.status, QStringLiteral("dicabut"));
    QCOMPARE(withdrawn.decidedDate, QDate(2024, 10, 8));
    QCOMPARE(withdrawn.decisionReason, QStringLiteral("Pelapor mencabut laporan"));

    Case forwarded = caseIn(QStringLiteral("kajian"));
    Step fwd = step(Step::Kind::Forward, QDate(2024, 10, 11),
                    QStringLiteral("045/PP.01.02/K.JT-11/X/2024"));
    fwd.authority = QStringLiteral("BKN");
    StatusMachine::apply(forwarded, fwd);
    QCOMPARE(forwarded.status, QStringLiteral("diteruskan"));
    QCOMPARE(forwarded.decidedDate, QDate(2024, 10, 11));
    QCOMPARE(forwarded.forwardedTo, QStringLiteral("BKN"));
    QCOMPARE(forwarded.forwardingLetterNumber, QStringLiteral("045/PP.01.02/K.JT-11/X/2024"));
    QCOMPARE(forwarded.forwardingLetterDate, QDate(2024, 10, 11));
    // The registration is kept.
    QCOMPARE(forwarded.registrationNumber, QStringLiteral("001/Reg/LP/PB/Kab/33.11/X/2024"));

    Case stopped = caseIn(QStringLiteral("kajian"));
    StatusMachine::apply(stopped, step(Step::Kind::Stop, QDate(2024, 10, 11), QString(),
                                       QStringLiteral("Unsur tidak terpenuhi")));
    QCOMPARE(stopped.status, QStringLiteral("dihentikan"));
    QCOMPARE(stopped.decidedDate, QDate(2024, 10, 11));
    QCOMPARE(stopped.decisionReason, QStringLiteral("Unsur tidak terpenuhi"));
    QVERIFY(stopped.forwardedTo.isEmpty());

    Case extended = caseIn(QStringLiteral("diregistrasi"));
    Step ext = step(Step::Kind::Extend, QDate(), QString(), QStringLiteral("Keterangan ahli"));
    ext.days = 2;
    StatusMachine::apply(extended, ext);
    QCOMPARE(extended.status, QStringLiteral("diregistrasi"));
    QCOMPARE(extended.extensionDays, 2);
    QCOMPARE(extended.extensionReason, QStringLiteral("Keterangan ahli"));
    QVERIFY(!extended.decidedDate.isValid());
}

void TestStatusMachine::invariants()
{
    for (const char *status : {"diterima", "diregistrasi", "klarifikasi", "kajian"})
        QVERIFY2(StatusMachine::invariantErrors(caseIn(QLatin1String(status))).isEmpty(), status);

    Case noNumber = caseIn(QStringLiteral("diregistrasi"));
    noNumber.registrationNumber.clear();
    QVERIFY(!StatusMachine::invariantErrors(noNumber).isEmpty());

    Case noDate = caseIn(QStringLiteral("kajian"));
    noDate.registeredDate = QDate();
    QVERIFY(!StatusMachine::invariantErrors(noDate).isEmpty());

    Case numberButNotRegistered = caseIn(QStringLiteral("diterima"));
    numberButNotRegistered.registrationNumber = QStringLiteral("001/Reg");
    QVERIFY(!StatusMachine::invariantErrors(numberButNotRegistered).isEmpty());

    Case registeredBeforeReceived = caseIn(QStringLiteral("diregistrasi"));
    registeredBeforeReceived.registeredDate = Received.addDays(-1);
    QVERIFY(!StatusMachine::invariantErrors(registeredBeforeReceived).isEmpty());

    Case receivedBeforeEvent = caseIn(QStringLiteral("diterima"));
    receivedBeforeEvent.eventDate = Received.addDays(1);
    QVERIFY(!StatusMachine::invariantErrors(receivedBeforeEvent).isEmpty());

    Case decidedBeforeRegistered = caseIn(QStringLiteral("dihentikan"));
    decidedBeforeRegistered.decisionReason = QStringLiteral("Unsur tidak terpenuhi");
    decidedBeforeRegistered.decidedDate = decidedBeforeRegistered.registeredDate.addDays(-1);
    QVERIFY(!StatusMachine::invariantErrors(decidedBeforeRegistered).isEmpty());
    decidedBeforeRegistered.decidedDate = decidedBeforeRegistered.registeredDate.addDays(2);
    QVERIFY(StatusMachine::invariantErrors(decidedBeforeRegistered).isEmpty());

    Case closedWithoutReason = caseIn(QStringLiteral("diterima"));
    closedWithoutReason.status = QStringLiteral("tidak_diregistrasi");
    closedWithoutReason.decidedDate = Received.addDays(1);
    QVERIFY(!StatusMachine::invariantErrors(closedWithoutReason).isEmpty());

    Case forwardedWithoutLetter = caseIn(QStringLiteral("diteruskan"));
    forwardedWithoutLetter.decidedDate = Received.addDays(3);
    forwardedWithoutLetter.forwardedTo = QStringLiteral("BKN");
    QVERIFY(!StatusMachine::invariantErrors(forwardedWithoutLetter).isEmpty());

    Case registeredWithoutPerson = caseIn(QStringLiteral("diregistrasi"));
    registeredWithoutPerson.parties.clear();
    QVERIFY(!StatusMachine::invariantErrors(registeredWithoutPerson).isEmpty());
}

void TestStatusMachine::stepCodes()
{
    QStringList codes;
    for (Step::Kind k : {Step::Kind::Register, Step::Kind::NotRegister, Step::Kind::Withdraw,
                         Step::Kind::StartClarification, Step::Kind::StartAnalysis,
                         Step::Kind::Forward, Step::Kind::Stop, Step::Kind::Extend}) {
        const QString code = Step::code(k);
        QVERIFY(!code.isEmpty());
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes << code;
        Step::Kind back = Step::Kind::Register;
        QVERIFY(Step::fromCode(code, &back));
        QCOMPARE(back, k);
    }
    QCOMPARE(Step::code(Step::Kind::Register), QStringLiteral("register"));
    Step::Kind unused = Step::Kind::Extend;
    QVERIFY(!Step::fromCode(QStringLiteral("registrasi"), &unused));
}

QTEST_GUILESS_MAIN(TestStatusMachine)
#include "TestStatusMachine.moc"
