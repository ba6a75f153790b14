// Clarification hearings: the rules (invitations a day ahead, absences and the second invitation,
// deciding on the evidence at hand, age, validation) and their storage (round trip, attendees
// added and removed, the change log, minutes saved as typed, signing locks, addenda, the second
// invitation, and files from version 4).

#include "TestSupport.h"
#include "demo/DemoGenerator.h"

#include "domain/HearingRules.h"
#include "domain/OfficeTime.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/HearingRepository.h"
#include "store/HistoryRepository.h"
#include "store/SettingsRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

int logRows(Database &db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next()
               ? q.value(0).toInt()
               : -1;
}

QList<ChangeEntry> entries(const QList<ChangeEntry> &all, const QString &table,
                           const QString &action)
{
    QList<ChangeEntry> out;
    for (const ChangeEntry &e : all) {
        if (e.table == table && e.action == action)
            out << e;
    }
    return out;
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

Attendee person(const QString &role, const QString &name, qint64 partyId = 0)
{
    Attendee a;
    a.role = role;
    a.name = name;
    a.partyId = partyId;
    return a;
}

MinutesEntry qa(const QString &question, const QString &answer)
{
    MinutesEntry m;
    m.question = question;
    m.answer = answer;
    return m;
}

QStringList questions(const QList<MinutesEntry> &minutes)
{
    QStringList out;
    for (const MinutesEntry &m : minutes)
        out << m.question;
    return out;
}

} // namespace

class TestHearings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // The rules.
    void invitationWarning_data();
    void invitationWarning();
    void absencesAndSecondInvitation();
    void twoAbsencesDecideOnEvidence();
    void age_data();
    void age();
    void validate_data();
    void validate();
    void labels();

    // The store.
    void roundTrip();
    void attendeesAddedChangedRemoved();
    void refusedHearingLeavesNoTrace();
    void minutesReplaceAppendReorderRemove();
    void minutesWithoutUuids();
    void minutesTypedOnOneComputerAtATime();
    void signingLocks();
    void refusalToSign();
    void addendumOnlyAfterSigning();
    void signingWaitsForTheHearingAndAttendance();
    void birthDateAgainstNip();
    void demoMinutesRingTrue();
    void attendance();
    void inviteAgain();
    void migrationFromVersion4();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now = QDateTime(QDate(2024, 10, 9), QTime(2, 30), Qt::UTC);
    Case m_case;

    // A registered report (received 7 October, registered 8 October 2024) with a person
    // reported and a witness.
    Case createCase();
    Hearing sampleHearing() const;
};

void TestHearings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db =
        TestSupport::openNew(m_dir->filePath(QStringLiteral("hearings.netra")), QDate(2024, 10, 9));
    QVERIFY(m_db);
    m_db->setActor(QStringLiteral("petugas"));
    m_db->setClock([this] { return m_now; });
    m_case = createCase();
    QVERIFY(m_case.id > 0);
}

void TestHearings::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Case TestHearings::createCase()
{
    CaseRepository repo(*m_db);
    Case c = TestSupport::sampleCase(QDate(2024, 10, 7));
    Party witness;
    witness.role = QStringLiteral("saksi");
    witness.name = QStringLiteral("Joko Saputro");
    c.parties << witness;
    QString error;
    if (!repo.create(c, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    Step reg;
    reg.kind = Step::Kind::Register;
    reg.date = QDate(2024, 10, 8);
    if (!repo.applyStep(c.id, reg, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return *repo.load(c.id);
}

Hearing TestHearings::sampleHearing() const
{
    Hearing h;
    h.caseId = m_case.id;
    h.scheduledAt = QDateTime(QDate(2024, 10, 10), QTime(9, 0));
    h.place = QStringLiteral("Ruang Sidang Bawaslu Kabupaten Sukoharjo");
    h.examiners = QStringLiteral("Sri Wahyuni; Agus Prasetyo");
    h.assignmentLetter = QStringLiteral("123/PP.01.02/K.JT-11/10/2024");
    Attendee reported =
        person(QStringLiteral("terlapor"), m_case.parties.at(0).name, m_case.parties.at(0).id);
    reported.invitedOn = QDate(2024, 10, 8);
    reported.delivery = QStringLiteral("langsung");
    reported.deliveredOn = QDate(2024, 10, 8);
    reported.deliveryConfirmed = true;
    Attendee witness =
        person(QStringLiteral("saksi"), m_case.parties.at(1).name, m_case.parties.at(1).id);
    witness.invitedOn = QDate(2024, 10, 8);
    witness.delivery = QStringLiteral("telepon");
    h.attendees << reported << witness;
    return h;
}

// --- the rules ----------------------------------------------------------------------------

void TestHearings::invitationWarning_data()
{
    QTest::addColumn<QDate>("invited");
    QTest::addColumn<QDate>("delivered");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("warns");
    // The hearing is on 10 October 2024 at 09:00.
    const QDate none;
    QTest::newRow("delivered exactly one day before")
        << none << QDate(2024, 10, 9) << none << false;
    QTest::newRow("delivered on the day") << none << QDate(2024, 10, 10) << none << true;
    QTest::newRow("delivered two days before") << none << QDate(2024, 10, 8) << none << false;
    QTest::newRow("delivered after the hearing") << none << QDate(2024, 10, 11) << none << true;
    QTest::newRow("sent on the day, delivery unknown")
        << QDate(2024, 10, 10) << none << none << true;
    QTest::newRow("sent the day before") << QDate(2024, 10, 9) << none << none << false;
    QTest::newRow("delivery counts, not sending")
        << QDate(2024, 10, 5) << QDate(2024, 10, 10) << none << true;
    QTest::newRow("not sent, today is the day before")
        << none << none << QDate(2024, 10, 9) << false;
    QTest::newRow("not sent, today is the day") << none << none << QDate(2024, 10, 10) << true;
    QTest::newRow("not sent, hearing past") << none << none << QDate(2024, 10, 12) << false;
    QTest::newRow("nothing known") << none << none << none << false;
}

void TestHearings::invitationWarning()
{
    QFETCH(QDate, invited);
    QFETCH(QDate, delivered);
    QFETCH(QDate, today);
    QFETCH(bool, warns);
    Hearing h;
    h.scheduledAt = QDateTime(QDate(2024, 10, 10), QTime(9, 0));
    Attendee a = person(QStringLiteral("terlapor"), QStringLiteral("Siti Rahmawati"));
    a.invitedOn = invited;
    a.deliveredOn = delivered;
    const QString warning = HearingRules::invitationWarning(h, a, today);
    QCOMPARE(!warning.isEmpty(), warns);
    if (warns)
        QVERIFY2(warning.contains(QLatin1String("Siti Rahmawati")), qPrintable(warning));
    // Without a hearing date there is nothing to measure against.
    QVERIFY(HearingRules::invitationWarning(Hearing(), a, today).isEmpty());
}

void TestHearings::absencesAndSecondInvitation()
{
    Hearing first;
    first.scheduledAt = QDateTime(QDate(2024, 10, 10), QTime(9, 0));
    Attendee reported = person(QStringLiteral("terlapor"), QStringLiteral("Siti Rahmawati"), 5);
    reported.attendance = QStringLiteral("tidak_hadir");
    Attendee reporter = person(QStringLiteral("pelapor"), QStringLiteral("Budi Santoso"));
    reporter.attendance = QStringLiteral("hadir");
    first.attendees << reported << reporter;
    QList<Hearing> all{first};

    QCOMPARE(HearingRules::absences(all, reported), 1);
    QCOMPARE(HearingRules::absences(all, reporter), 0);
    QVERIFY(HearingRules::offersSecondInvitation(all, reported));
    QVERIFY(!HearingRules::offersSecondInvitation(all, reporter)); // present
    QVERIFY(!HearingRules::decideOnEvidence(all, Case()));
    QVERIFY(HearingRules::decideOnEvidenceNotice(all, Case()).isEmpty());

    // The second invitation sent: no further offer, whatever its outcome so far.
    Hearing second;
    second.scheduledAt = QDateTime(QDate(2024, 10, 14), QTime(9, 0));
    Attendee again = person(QStringLiteral("terlapor"), QStringLiteral("other spelling"), 5);
    again.invitation = 2;
    second.attendees << again;
    all << second;
    QVERIFY(HearingRules::hasSecondInvitation(all, reported));
    QVERIFY(!HearingRules::offersSecondInvitation(all, reported));
    QVERIFY(!HearingRules::offersSecondInvitation(all, again));

    // Without a party, the same person is the same role and name (case and spacing ignored).
    Attendee reporterAbsent = person(QStringLiteral("pelapor"), QStringLiteral(" budi  SANTOSO"));
    reporterAbsent.attendance = QStringLiteral("tidak_hadir");
    all[1].attendees << reporterAbsent;
    QCOMPARE(HearingRules::absences(all, reporter), 1);
    QVERIFY(HearingRules::offersSecondInvitation(all, reporterAbsent));
    QVERIFY(!HearingRules::isSamePerson(
        reporter, person(QStringLiteral("saksi"), QStringLiteral("Budi Santoso"))));
}

void TestHearings::twoAbsencesDecideOnEvidence()
{
    Case c;
    c.id = 3;
    Party p;
    p.id = 5;
    p.name = QStringLiteral("Siti Rahmawati, S.Pd.");
    c.parties << p;
    QList<Hearing> all;
    for (int i = 0; i < 2; ++i) {
        Hearing h;
        h.caseId = 3;
        h.scheduledAt = QDateTime(QDate(2024, 10, 10 + 4 * i), QTime(9, 0));
        Attendee reported = person(QStringLiteral("terlapor"), QStringLiteral("Siti R."), 5);
        reported.invitation = i + 1;
        reported.attendance = QStringLiteral("tidak_hadir");
        Attendee witness = person(QStringLiteral("saksi"), QStringLiteral("Joko Saputro"));
        witness.attendance = QStringLiteral("tidak_hadir");
        h.attendees << reported << witness;
        all << h;
        // One absence is not enough; a witness absent twice decides nothing.
        QCOMPARE(HearingRules::decideOnEvidence(all, c), i == 1);
    }
    const QString notice = HearingRules::decideOnEvidenceNotice(all, c);
    QVERIFY(!notice.isEmpty());
    // Named as the case names the person, once.
    QCOMPARE(notice.count(QLatin1String("Siti Rahmawati, S.Pd.")), 1);
    QVERIFY(!notice.contains(QLatin1String("Joko")));
    QVERIFY(notice.contains(QLatin1String("evidence")));

    // Represented is not absent.
    all[1].attendees[0].attendance = QStringLiteral("diwakili");
    QVERIFY(!HearingRules::decideOnEvidence(all, c));
    QVERIFY(HearingRules::decideOnEvidenceNotice(all, c).isEmpty());
}

void TestHearings::age_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("years");
    QTest::newRow("day before birthday") << QDate(1986, 9, 26) << QDate(2024, 9, 25) << 37;
    QTest::newRow("on birthday") << QDate(1986, 9, 26) << QDate(2024, 9, 26) << 38;
    QTest::newRow("day after birthday") << QDate(1986, 9, 26) << QDate(2024, 9, 27) << 38;
    QTest::newRow("earlier month") << QDate(1986, 9, 26) << QDate(2024, 8, 30) << 37;
    QTest::newRow("29 Feb, 28 Feb") << QDate(2000, 2, 29) << QDate(2023, 2, 28) << 22;
    QTest::newRow("29 Feb, 1 Mar") << QDate(2000, 2, 29) << QDate(2023, 3, 1) << 23;
    QTest::newRow("29 Feb, leap year") << QDate(2000, 2, 29) << QDate(2024, 2, 29) << 24;
    QTest::newRow("born today") << QDate(2024, 10, 9) << QDate(2024, 10, 9) << 0;
    QTest::newRow("not born yet") << QDate(2024, 10, 10) << QDate(2024, 10, 9) << -1;
    QTest::newRow("no birth date") << QDate() << QDate(2024, 10, 9) << -1;
}

void TestHearings::age()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, years);
    QCOMPARE(HearingRules::age(birth, on), years);
}

void TestHearings::validate_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected"); // a word of the message; empty when valid
    QTest::newRow("valid") << ""
                           << "";
    QTest::newRow("valid online") << "online"
                                  << "";
    QTest::newRow("online without platform") << "online-no-platform"
                                             << "platform";
    QTest::newRow("online without reason") << "online-no-reason"
                                           << "reason";
    QTest::newRow("in person without place") << "no-place"
                                             << "place";
    QTest::newRow("no date") << "no-date"
                             << "date and time";
    QTest::newRow("before registration") << "before-registration"
                                         << "registration";
    QTest::newRow("on registration day") << "on-registration"
                                         << "";
    QTest::newRow("no name") << "no-name"
                             << "name";
    QTest::newRow("unknown role") << "role"
                                  << "role";
    QTest::newRow("unknown delivery") << "delivery"
                                      << "delivery";
    QTest::newRow("no delivery yet") << "no-delivery"
                                     << "";
    QTest::newRow("unknown attendance") << "attendance"
                                        << "attendance";
    QTest::newRow("unknown oath") << "oath"
                                  << "oath";
    QTest::newRow("absent with oath") << "absent-oath"
                                      << "absent";
    QTest::newRow("birth in the future") << "birth"
                                         << "future";
    QTest::newRow("third invitation") << "invitation"
                                      << "second";
    QTest::newRow("not a party of the case") << "party"
                                             << "not a person of this case";
    QTest::newRow("the same person twice") << "twice"
                                           << "twice";
    QTest::newRow("invitation on the registration day") << "invited-on-registration"
                                                        << "";
    QTest::newRow("invitation before the registration") << "invited-before-registration"
                                                        << "before the registration on";
    QTest::newRow("delivered before it was sent") << "delivered-before-sent"
                                                  << "before it was sent on";
}

void TestHearings::validate()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    Case c;
    c.receivedDate = QDate(2024, 10, 7);
    c.registeredDate = QDate(2024, 10, 8);
    Party p;
    p.id = 5;
    p.name = QStringLiteral("Siti Rahmawati");
    c.parties << p;
    Hearing h;
    h.scheduledAt = QDateTime(QDate(2024, 10, 10), QTime(9, 0));
    h.place = QStringLiteral("Ruang Sidang Bawaslu");
    Attendee a = person(QStringLiteral("terlapor"), QStringLiteral("Siti Rahmawati"), 5);
    a.delivery = QStringLiteral("sistem");
    a.attendance = QStringLiteral("hadir");
    a.oath = QStringLiteral("bersumpah");
    a.birthDate = QDate(1986, 9, 26);
    h.attendees << a << person(QStringLiteral("pelapor"), QStringLiteral("Budi Santoso"));
    Attendee &first = h.attendees[0];
    if (change.startsWith(QLatin1String("online"))) {
        h.online = true;
        h.platform = QStringLiteral("Zoom Meeting");
        h.onlineReason = QStringLiteral("Terlapor bertugas di wilayah kepulauan");
        if (change == QLatin1String("online-no-platform"))
            h.platform = QStringLiteral("  ");
        if (change == QLatin1String("online-no-reason"))
            h.onlineReason.clear();
    } else if (change == QLatin1String("no-place")) {
        h.place = QStringLiteral(" ");
    } else if (change == QLatin1String("no-date")) {
        h.scheduledAt = QDateTime();
    } else if (change == QLatin1String("before-registration")) {
        h.scheduledAt = QDateTime(QDate(2024, 10, 7), QTime(15, 0));
    } else if (change == QLatin1String("on-registration")) {
        h.scheduledAt = QDateTime(QDate(2024, 10, 8), QTime(15, 0));
    } else if (change == QLatin1String("no-name")) {
        first.name = QStringLiteral(" ");
    } else if (change == QLatin1String("role")) {
        first.role = QStringLiteral("penonton");
    } else if (change == QLatin1String("delivery")) {
        first.delivery = QStringLiteral("merpati");
    } else if (change == QLatin1String("no-delivery")) {
        first.delivery.clear();
    } else if (change == QLatin1String("attendance")) {
        first.attendance = QStringLiteral("mungkin");
    } else if (change == QLatin1String("oath")) {
        first.oath = QStringLiteral("janji");
    } else if (change == QLatin1String("absent-oath")) {
        first.attendance = QStringLiteral("tidak_hadir");
    } else if (change == QLatin1String("birth")) {
        first.birthDate = QDate(2024, 10, 10);
    } else if (change == QLatin1String("invitation")) {
        first.invitation = 3;
    } else if (change == QLatin1String("party")) {
        first.partyId = 6;
    } else if (change == QLatin1String("twice")) {
        h.attendees << h.attendees.at(0);
    } else if (change == QLatin1String("invited-on-registration")) {
        first.invitedOn = QDate(2024, 10, 8);
        first.deliveredOn = QDate(2024, 10, 8);
    } else if (change == QLatin1String("invited-before-registration")) {
        first.invitedOn = QDate(2024, 10, 7);
    } else if (change == QLatin1String("delivered-before-sent")) {
        first.invitedOn = QDate(2024, 10, 9);
        first.deliveredOn = QDate(2024, 10, 8);
    }
    const QString message = HearingRules::validate(h, c, QDate(2024, 10, 9));
    if (expected.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
    } else {
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
    }
}

void TestHearings::labels()
{
    QCOMPARE(HearingRules::roles(),
             (QStringList{QStringLiteral("pelapor"), QStringLiteral("terlapor"),
                          QStringLiteral("saksi"), QStringLiteral("ahli")}));
    QCOMPARE(HearingRules::deliveries().size(), 3);
    QCOMPARE(HearingRules::attendances().first(), QString());
    QCOMPARE(HearingRules::oaths().size(), 3);
    for (const QString &code : HearingRules::roles())
        QVERIFY(HearingRules::roleLabel(code) != code);
    for (const QString &code : HearingRules::deliveries())
        QVERIFY(HearingRules::deliveryLabel(code) != code);
    for (const QString &code : HearingRules::attendances())
        QVERIFY(!HearingRules::attendanceLabel(code).isEmpty());
    for (const QString &code : HearingRules::oaths())
        QVERIFY(!HearingRules::oathLabel(code).isEmpty());
    QCOMPARE(HearingRules::roleLabel(QStringLiteral("terlapor")),
             QStringLiteral("Person reported"));
    QCOMPARE(HearingRules::attendanceLabel(QStringLiteral("tidak_hadir")),
             QStringLiteral("Absent"));
    QCOMPARE(HearingRules::oathLabel(QStringLiteral("menolak")),
             QStringLiteral("Refused the oath"));
    QCOMPARE(HearingRules::deliveryLabel(QStringLiteral("x")), QStringLiteral("x"));
    QVERIFY(HearingRules::invitationLabel(2) != HearingRules::invitationLabel(1));
}

// --- the store ----------------------------------------------------------------------------

void TestHearings::roundTrip()
{
    HearingRepository repo(*m_db);
    Hearing h = sampleHearing();
    h.online = true;
    h.place.clear();
    h.platform = QStringLiteral("Zoom Meeting");
    h.onlineReason = QStringLiteral("Terlapor bertugas di wilayah kepulauan");
    Attendee &a = h.attendees[0];
    a.counsel = QStringLiteral("Andi Wijaya, S.H.");
    a.birthPlace = QStringLiteral("Sukoharjo");
    a.birthDate = QDate(1986, 9, 26);
    a.occupation = QStringLiteral("Guru");
    a.religion = QStringLiteral("Islam");
    a.address = QStringLiteral("Jl. Veteran No. 3, Sukoharjo");
    a.attendance = QStringLiteral("hadir");
    a.oath = QStringLiteral("bersumpah");
    a.minutes << qa(QStringLiteral("Apakah Saudari sehat?"), QStringLiteral("Ya, sehat."));
    QString error;
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    QVERIFY(h.id > 0);
    QVERIFY(!h.uuid.isEmpty());
    QVERIFY(h.attendees[0].id > 0 && h.attendees[1].id > 0);
    QVERIFY(h.attendees[0].minutes[0].id > 0);

    const QList<Hearing> list = repo.hearings(m_case.id);
    QCOMPARE(list.size(), 1);
    const Hearing &s = list.first();
    QCOMPARE(s.id, h.id);
    QCOMPARE(s.uuid, h.uuid);
    QCOMPARE(s.caseId, m_case.id);
    QCOMPARE(s.scheduledAt, h.scheduledAt);
    QVERIFY(s.online);
    QCOMPARE(s.platform, QStringLiteral("Zoom Meeting"));
    QCOMPARE(s.onlineReason, QStringLiteral("Terlapor bertugas di wilayah kepulauan"));
    QCOMPARE(s.examiners, h.examiners);
    QCOMPARE(s.assignmentLetter, h.assignmentLetter);
    QCOMPARE(s.attendees.size(), 2);
    const Attendee &r = s.attendees.first();
    QCOMPARE(r.uuid, h.attendees[0].uuid);
    QCOMPARE(r.partyId, m_case.parties.at(0).id);
    QCOMPARE(r.role, QStringLiteral("terlapor"));
    QCOMPARE(r.invitation, 1);
    QCOMPARE(r.invitedOn, QDate(2024, 10, 8));
    QCOMPARE(r.delivery, QStringLiteral("langsung"));
    QCOMPARE(r.deliveredOn, QDate(2024, 10, 8));
    QVERIFY(r.deliveryConfirmed);
    QCOMPARE(r.counsel, QStringLiteral("Andi Wijaya, S.H."));
    QCOMPARE(r.birthPlace, QStringLiteral("Sukoharjo"));
    QCOMPARE(r.birthDate, QDate(1986, 9, 26));
    QCOMPARE(r.occupation, QStringLiteral("Guru"));
    QCOMPARE(r.religion, QStringLiteral("Islam"));
    QCOMPARE(r.nationality, QStringLiteral("Indonesia"));
    QCOMPARE(r.address, QStringLiteral("Jl. Veteran No. 3, Sukoharjo"));
    QCOMPARE(r.attendance, QStringLiteral("hadir"));
    QCOMPARE(r.oath, QStringLiteral("bersumpah"));
    QCOMPARE(r.minutes.size(), 1);
    QCOMPARE(r.minutes.first().answer, QStringLiteral("Ya, sehat."));
    QVERIFY(!r.isSigned());
    QVERIFY(r.addenda.isEmpty());
    const Attendee &w = s.attendees.last();
    QVERIFY(!w.deliveryConfirmed);
    QVERIFY(!w.deliveredOn.isValid());
    QCOMPARE(w.delivery, QStringLiteral("telepon"));

    // By id, by attendee, and through the case repository that came first.
    QCOMPARE(repo.hearing(h.id)->attendees.size(), 2);
    QCOMPARE(repo.hearingOf(h.attendees[1].id)->id, h.id);
    QVERIFY(!repo.hearing(h.id + 100));
    QCOMPARE(HearingRepository(*m_db).hearings(m_case.id).first().attendees.first().counsel,
             QStringLiteral("Andi Wijaya, S.H."));

    // A second save of the same hearing by uuid only updates it.
    Hearing again = s;
    again.id = 0;
    again.examiners = QStringLiteral("Sri Wahyuni");
    QVERIFY2(repo.saveHearing(again, &error), qPrintable(error));
    QCOMPARE(again.id, h.id);
    QCOMPARE(repo.hearings(m_case.id).size(), 1);
    QCOMPARE(repo.hearings(m_case.id).first().examiners, QStringLiteral("Sri Wahyuni"));

    // A new hearing through the old entry point.
    Hearing other = sampleHearing();
    other.scheduledAt = QDateTime(QDate(2024, 10, 11), QTime(13, 0));
    QVERIFY2(HearingRepository(*m_db).saveHearing(other, &error), qPrintable(error));
    QCOMPARE(repo.hearings(m_case.id).size(), 2);
    QCOMPARE(repo.hearings(m_case.id).last().id, other.id);
}

void TestHearings::attendeesAddedChangedRemoved()
{
    HearingRepository repo(*m_db);
    CaseRepository cases(*m_db);
    const int before = logRows(*m_db);
    Hearing h = sampleHearing();
    QString error;
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    QList<ChangeEntry> history = HistoryRepository(cases.database()).history(m_case.uuid);
    QCOMPARE(entries(history, QStringLiteral("hearings"), QStringLiteral("create")).size(), 1);
    const QList<ChangeEntry> created =
        entries(history, QStringLiteral("hearing_attendees"), QStringLiteral("create"));
    QCOMPARE(created.size(), 2);
    QCOMPARE(created.first().caseUuid, m_case.uuid);
    QCOMPARE(created.first().recordUuid, h.attendees[0].uuid);
    QCOMPARE(created.first().actor, QStringLiteral("petugas"));
    QCOMPARE(created.first().changes.value(QStringLiteral("role")).toArray(),
             (QJsonArray{QJsonValue(), QStringLiteral("terlapor")}));
    QCOMPARE(logRows(*m_db), before + 3);

    // Saving it unchanged logs nothing.
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    QCOMPARE(logRows(*m_db), before + 3);

    // The witness removed, the person reported's counsel added, an expert added.
    const QString witnessUuid = h.attendees[1].uuid;
    h.attendees.removeAt(1);
    h.attendees[0].counsel = QStringLiteral("Andi Wijaya, S.H.");
    h.attendees << person(QStringLiteral("ahli"), QStringLiteral("Dr. Bambang Sutrisno"));
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    const Hearing stored = *repo.hearing(h.id);
    QCOMPARE(stored.attendees.size(), 2);
    QCOMPARE(stored.attendees[0].counsel, QStringLiteral("Andi Wijaya, S.H."));
    QCOMPARE(stored.attendees[1].role, QStringLiteral("ahli"));
    QCOMPARE(stored.attendees[1].uuid, h.attendees[1].uuid);

    history = HistoryRepository(cases.database()).history(m_case.uuid);
    const QList<ChangeEntry> deleted =
        entries(history, QStringLiteral("hearing_attendees"), QStringLiteral("delete"));
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().recordUuid, witnessUuid);
    QCOMPARE(deleted.first().changes.value(QStringLiteral("name")).toArray(),
             (QJsonArray{QStringLiteral("Joko Saputro"), QJsonValue()}));
    const QList<ChangeEntry> updated =
        entries(history, QStringLiteral("hearing_attendees"), QStringLiteral("update"));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.first().changes.keys(), QStringList{QStringLiteral("counsel")});
    QCOMPARE(entries(history, QStringLiteral("hearing_attendees"), QStringLiteral("create")).size(),
             3);

    // A hearing change is logged field by field.
    h.place = QStringLiteral("Aula Kecamatan Bendosari");
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    const QList<ChangeEntry> hearingUpdates =
        entries(HistoryRepository(cases.database()).history(m_case.uuid),
                QStringLiteral("hearings"), QStringLiteral("update"));
    QCOMPARE(hearingUpdates.size(), 1);
    QCOMPARE(hearingUpdates.first().recordUuid, h.uuid);
    QCOMPARE(hearingUpdates.first().changes.keys(), QStringList{QStringLiteral("place")});
}

void TestHearings::refusedHearingLeavesNoTrace()
{
    HearingRepository repo(*m_db);
    const int before = logRows(*m_db);
    Hearing h = sampleHearing();
    h.online = true; // without platform or reason
    QString error;
    QVERIFY(!repo.saveHearing(h, &error));
    QVERIFY(error.contains(QLatin1String("online")));
    QCOMPARE(h.id, qint64(0));
    QVERIFY(h.uuid.isEmpty());
    QVERIFY(repo.hearings(m_case.id).isEmpty());
    QCOMPARE(logRows(*m_db), before);

    h = sampleHearing();
    h.scheduledAt = QDateTime(QDate(2024, 10, 7), QTime(9, 0)); // before registration
    QVERIFY(!repo.saveHearing(h, &error));
    QVERIFY(error.contains(QLatin1String("registration")));

    h = sampleHearing();
    h.caseId = m_case.id + 99;
    QVERIFY(!repo.saveHearing(h, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(logRows(*m_db), before);
}

void TestHearings::minutesReplaceAppendReorderRemove()
{
    HearingRepository repo(*m_db);
    Hearing h = sampleHearing();
    QString error;
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    const qint64 id = h.attendees[0].id;
    const QString attendeeUuid = h.attendees[0].uuid;
    int logged = logRows(*m_db);
    auto minutesLog = [&] {
        return entries(HistoryRepository(*m_db).history(m_case.uuid),
                       QStringLiteral("hearing_attendees"), QStringLiteral("update"));
    };

    // The first question typed.
    QList<MinutesEntry> typed{qa(QStringLiteral("Nama?"), QString())};
    QList<MinutesEntry> stored;
    QVERIFY2(repo.saveMinutes(id, typed, &error, &stored), qPrintable(error));
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored[0].id > 0 && !stored[0].uuid.isEmpty());
    QCOMPARE(logRows(*m_db), ++logged);
    QCOMPARE(minutesLog().last().recordUuid, attendeeUuid);
    QCOMPARE(minutesLog().last().changes.value(QStringLiteral("minutes")).toArray(),
             (QJsonArray{0, 1}));

    // Unchanged: nothing written, nothing logged, as every second while the clerk pauses.
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(repo.saveMinutes(id, stored, &error), qPrintable(error));
        QCOMPARE(logRows(*m_db), logged);
    }

    // The answer typed, and appended questions.
    m_now = m_now.addSecs(1);
    typed = stored;
    typed[0].answer = QStringLiteral("Siti Rahmawati.");
    typed << qa(QStringLiteral("Pekerjaan?"), QStringLiteral("Guru."))
          << qa(QStringLiteral("Apakah Saudari mengunggah foto itu?"), QStringLiteral("Ya."));
    QVERIFY2(repo.saveMinutes(id, typed, &error, &stored), qPrintable(error));
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored[0].uuid, typed[0].uuid);
    QCOMPARE(logRows(*m_db), ++logged);
    QCOMPARE(minutesLog().last().changes.value(QStringLiteral("minutes")).toArray(),
             (QJsonArray{1, 3}));
    Attendee a = repo.hearingOf(id)->attendees[0];
    QCOMPARE(questions(a.minutes),
             (QStringList{QStringLiteral("Nama?"), QStringLiteral("Pekerjaan?"),
                          QStringLiteral("Apakah Saudari mengunggah foto itu?")}));
    QCOMPARE(a.minutes[0].answer, QStringLiteral("Siti Rahmawati."));
    const QString lastUuid = stored[2].uuid;

    // Reordered: the rows move with their uuids, one log entry.
    typed = {stored[2], stored[0], stored[1]};
    QVERIFY2(repo.saveMinutes(id, typed, &error, &stored), qPrintable(error));
    QCOMPARE(logRows(*m_db), ++logged);
    a = repo.hearingOf(id)->attendees[0];
    QCOMPARE(a.minutes.size(), 3);
    QCOMPARE(a.minutes[0].uuid, lastUuid);
    QCOMPARE(a.minutes[0].question, QStringLiteral("Apakah Saudari mengunggah foto itu?"));
    QCOMPARE(a.minutes[1].question, QStringLiteral("Nama?"));

    // Removed from the middle.
    typed = {stored[0], stored[2]};
    QVERIFY2(repo.saveMinutes(id, typed, &error, &stored), qPrintable(error));
    QCOMPARE(logRows(*m_db), ++logged);
    QCOMPARE(minutesLog().last().changes.value(QStringLiteral("minutes")).toArray(),
             (QJsonArray{3, 2}));
    a = repo.hearingOf(id)->attendees[0];
    QCOMPARE(questions(a.minutes),
             (QStringList{QStringLiteral("Apakah Saudari mengunggah foto itu?"),
                          QStringLiteral("Pekerjaan?")}));
    QSqlQuery count(m_db->sql());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM minutes_entries")) && count.next());
    QCOMPARE(count.value(0).toInt(), 2);

    // Replaced altogether, then emptied.
    QVERIFY2(repo.saveMinutes(id, {qa(QStringLiteral("Ulang?"), QStringLiteral("Ya."))}, &error),
             qPrintable(error));
    QCOMPARE(questions(repo.hearingOf(id)->attendees[0].minutes),
             QStringList{QStringLiteral("Ulang?")});
    QVERIFY2(repo.saveMinutes(id, {}, &error), qPrintable(error));
    QVERIFY(repo.hearingOf(id)->attendees[0].minutes.isEmpty());
    QCOMPARE(logRows(*m_db), logged + 2);

    // The other attendee's minutes are their own; a person no longer in the file is refused.
    QVERIFY(repo.hearingOf(h.attendees[1].id)->attendees[1].minutes.isEmpty());
    QVERIFY(!repo.saveMinutes(id + 100, typed, &error));
    QVERIFY(!error.isEmpty());

    // A hearing form saved with an older copy of the attendee leaves the minutes alone.
    QVERIFY2(repo.saveMinutes(id, {qa(QStringLiteral("Q"), QStringLiteral("A"))}, &error),
             qPrintable(error));
    h.attendees[0].minutes.clear();
    h.attendees[0].counsel = QStringLiteral("Andi Wijaya, S.H.");
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    QCOMPARE(h.attendees[0].minutes.size(), 1);
    QCOMPARE(repo.hearingOf(id)->attendees[0].minutes.size(), 1);
}

void TestHearings::minutesWithoutUuids()
{
    // A caller that keeps only the text: each call takes the stored rows in order, so that
    // saving every second never piles up copies.
    HearingRepository repo(*m_db);
    Hearing h = sampleHearing();
    QString error;
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    const qint64 id = h.attendees[0].id;
    QList<MinutesEntry> typed{qa(QStringLiteral("Nama?"), QStringLiteral("Siti"))};
    for (int i = 0; i < 3; ++i)
        QVERIFY2(repo.saveMinutes(id, typed, &error), qPrintable(error));
    QCOMPARE(repo.hearingOf(id)->attendees[0].minutes.size(), 1);
    const QString uuid = repo.hearingOf(id)->attendees[0].minutes[0].uuid;
    typed << qa(QStringLiteral("Alamat?"), QString());
    QVERIFY2(repo.saveMinutes(id, typed, &error), qPrintable(error));
    const QList<MinutesEntry> stored = repo.hearingOf(id)->attendees[0].minutes;
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].uuid, uuid);
    QCOMPARE(questions(stored), (QStringList{QStringLiteral("Nama?"), QStringLiteral("Alamat?")}));
}

// On a server, the clerk who opens a person's minutes first types them; another computer is
// told who does, until the clerk lets them go (or that program ends). A file is one program's.
void TestHearings::minutesTypedOnOneComputerAtATime()
{
    HearingRepository repo(*m_db);
    Hearing h = sampleHearing();
    QString error;
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    const qint64 id = h.attendees[0].id;
    User clerk;
    clerk.login = QStringLiteral("notulis");
    clerk.fullName = QStringLiteral("Rina Notulis");
    clerk.role = Role::Clerk;
    m_db->setUser(clerk);
    QString holder;
    QVERIFY(repo.claimMinutes(id, &holder));

    auto other =
        Database::open(TestSupport::location(m_dir->filePath(QStringLiteral("hearings.netra"))),
                       Database::Mode::OpenExisting, &error);
    QVERIFY2(other, qPrintable(error));
    HearingRepository there(*other);
    if (!TestSupport::onServer()) {
        QVERIFY(there.claimMinutes(id, &holder));
        return;
    }
    QVERIFY(!there.claimMinutes(id, &holder));
    QCOMPARE(holder, clerk.fullName);
    QVERIFY(there.claimMinutes(h.attendees[1].id, &holder)); // another person's minutes are free
    repo.releaseMinutes(id);
    QVERIFY(there.claimMinutes(id, &holder));
    QVERIFY(!repo.claimMinutes(id, &holder));
    other.reset(); // the program ends: its claims go with its connection (once the server
                   // has ended that session)
    QTRY_VERIFY_WITH_TIMEOUT(repo.claimMinutes(id, &holder), 5000);
}

void TestHearings::signingLocks()
{
    HearingRepository repo(*m_db);
    Hearing h = sampleHearing();
    h.attendees[0].attendance = QStringLiteral("hadir");
    h.attendees[0].oath = QStringLiteral("bersumpah");
    h.attendees[0].birthDate = QDate(1986, 9, 26);
    QString error;
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    const qint64 id = h.attendees[0].id;
    m_now = QDateTime(QDate(2024, 10, 10), QTime(4, 15), Qt::UTC); // after the hearing

    // Nothing to sign yet; and someone must have signed, or refused.
    QVERIFY(!repo.sign(id, QStringLiteral("Siti Rahmawati"), QString(), &error));
    QVERIFY(error.contains(QLatin1String("questions")));
    QVERIFY2(repo.saveMinutes(id, {qa(QStringLiteral("Nama?"), QStringLiteral("Siti"))}, &error),
             qPrintable(error));
    QVERIFY(!repo.sign(id, QStringLiteral(" "), QString(), &error));
    QVERIFY(!error.isEmpty());

    const int before = logRows(*m_db);
    QVERIFY2(repo.sign(id, QStringLiteral("Siti Rahmawati; Sri Wahyuni; Agus Prasetyo"), QString(),
                       &error),
             qPrintable(error));
    Attendee a = repo.hearingOf(id)->attendees[0];
    QVERIFY(a.isSigned());
    QCOMPARE(a.signedAt, m_now);
    QCOMPARE(a.signedBy, QStringLiteral("Siti Rahmawati; Sri Wahyuni; Agus Prasetyo"));
    QVERIFY(a.signRefusal.isEmpty());
    QCOMPARE(logRows(*m_db), before + 1);
    const ChangeEntry signing =
        entries(HistoryRepository(*m_db).history(m_case.uuid), QStringLiteral("hearing_attendees"),
                QStringLiteral("update"))
            .last();
    QVERIFY(signing.changes.contains(QLatin1String("signed_at")));
    QVERIFY(signing.changes.contains(QLatin1String("signed_by")));

    // Locked: the minutes, the identity, attendance and oath, the removal, the hearing's header.
    QVERIFY(
        !repo.saveMinutes(id, {qa(QStringLiteral("Nama?"), QStringLiteral("Siti R."))}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(repo.hearingOf(id)->attendees[0].minutes[0].answer, QStringLiteral("Siti"));
    error.clear();
    QVERIFY(!repo.saveMinutes(id, a.minutes, &error)); // even unchanged: it is signed
    QVERIFY(!error.isEmpty());
    Hearing edited = *repo.hearingOf(id);
    edited.attendees[0].birthDate = QDate(1986, 9, 27);
    QVERIFY(!repo.saveHearing(edited, &error));
    QVERIFY(error.contains(QLatin1String("signed")));
    edited = *repo.hearingOf(id);
    edited.attendees[0].name = QStringLiteral("Siti R.");
    QVERIFY(!repo.saveHearing(edited, &error));
    edited = *repo.hearingOf(id);
    edited.scheduledAt = edited.scheduledAt.addSecs(3600);
    QVERIFY(!repo.saveHearing(edited, &error));
    edited = *repo.hearingOf(id);
    edited.attendees.removeFirst();
    QVERIFY(!repo.saveHearing(edited, &error));
    QVERIFY(!repo.setAttendance(id, QStringLiteral("diwakili"), QString(), &error));
    QVERIFY(!error.isEmpty());
    // Signing twice.
    QVERIFY(!repo.sign(id, QStringLiteral("Siti Rahmawati"), QString(), &error));
    QVERIFY(error.contains(QLatin1String("already")));
    QCOMPARE(repo.hearingOf(id)->attendees[0].signedAt, a.signedAt);
    QCOMPARE(logRows(*m_db), before + 1);

    // The invitation's record stays editable, and so do the other persons of the hearing.
    edited = *repo.hearingOf(id);
    edited.attendees[0].deliveryConfirmed = false;
    edited.attendees[1].attendance = QStringLiteral("hadir");
    QVERIFY2(repo.saveHearing(edited, &error), qPrintable(error));
    QVERIFY(edited.attendees[0].isSigned());
    QVERIFY2(repo.saveMinutes(edited.attendees[1].id,
                              {qa(QStringLiteral("Nama?"), QStringLiteral("Joko"))}, &error),
             qPrintable(error));
}

void TestHearings::refusalToSign()
{
    HearingRepository repo(*m_db);
    Hearing h = sampleHearing();
    h.attendees[0].attendance = QStringLiteral("hadir");
    h.attendees[1].attendance = QStringLiteral("tidak_hadir");
    QString error;
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    const qint64 id = h.attendees[0].id;
    QVERIFY2(repo.saveMinutes(id, {qa(QStringLiteral("Nama?"), QStringLiteral("Siti"))}, &error),
             qPrintable(error));
    m_now = QDateTime(QDate(2024, 10, 10), QTime(4, 0), Qt::UTC); // 11.00 WIB, after the hearing
    QVERIFY2(repo.sign(id, QStringLiteral("Sri Wahyuni; Agus Prasetyo"),
                       QStringLiteral("Tidak setuju dengan isi jawaban nomor 1"), &error),
             qPrintable(error));
    const Attendee a = repo.hearingOf(id)->attendees[0];
    QVERIFY(a.isSigned());
    QCOMPARE(a.signRefusal, QStringLiteral("Tidak setuju dengan isi jawaban nomor 1"));
    QCOMPARE(a.signedBy, QStringLiteral("Sri Wahyuni; Agus Prasetyo"));
    // A refusal locks the minutes too.
    QVERIFY(!repo.saveMinutes(id, {}, &error));
    QVERIFY(!repo.sign(id, QStringLiteral("Siti"), QString(), &error));
    QVERIFY(error.contains(QLatin1String("refused")));
    // When, in the office's zone whatever the computer's: 04.00 UTC is 11.00 in Sukoharjo.
    QVERIFY2(error.contains(QLatin1String("10 Oct 2024 11:00")) &&
                 error.contains(QLatin1String("WIB")),
             qPrintable(error));

    // The person absent has nothing to sign or refuse.
    QVERIFY(!repo.sign(h.attendees[1].id, QString(), QStringLiteral("x"), &error));
    QVERIFY(error.contains(QLatin1String("absent")));

    // A refusal with no one named as signing is still recorded.
    QVERIFY2(repo.setAttendance(h.attendees[1].id, QStringLiteral("hadir"), QString(), &error),
             qPrintable(error));
    QVERIFY2(repo.saveMinutes(h.attendees[1].id,
                              {qa(QStringLiteral("Nama?"), QStringLiteral("Joko"))}, &error),
             qPrintable(error));
    QVERIFY2(
        repo.sign(h.attendees[1].id, QString(), QStringLiteral("Menolak tanpa alasan"), &error),
        qPrintable(error));
    const Attendee w = repo.hearingOf(id)->attendees[1];
    QVERIFY(w.isSigned());
    QVERIFY(w.signedBy.isEmpty());
    QCOMPARE(w.signRefusal, QStringLiteral("Menolak tanpa alasan"));
}

void TestHearings::signingWaitsForTheHearingAndAttendance()
{
    // The minutes record what was said at the hearing, by a person who came: they cannot be
    // signed before the hearing has started, nor for a person whose attendance is unrecorded.
    HearingRepository repo(*m_db);
    Hearing h = sampleHearing(); // 10 October 2024, 09.00 at the office
    QString error;
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    const qint64 id = h.attendees[0].id;
    QVERIFY2(repo.saveMinutes(id, {qa(QStringLiteral("Nama?"), QStringLiteral("Siti"))}, &error),
             qPrintable(error));
    QVERIFY2(repo.setAttendance(id, QStringLiteral("hadir"), QString(), &error), qPrintable(error));

    // 08.30 WIB in Sukoharjo: half an hour early. Refused, and a refusal to sign too.
    m_now = QDateTime(QDate(2024, 10, 10), QTime(1, 30), Qt::UTC);
    QVERIFY(!repo.whyNotSign(id).isEmpty());
    QVERIFY(!repo.sign(id, QStringLiteral("Siti Rahmawati"), QString(), &error));
    QVERIFY2(error.contains(QLatin1String("once it has started")), qPrintable(error));
    QVERIFY(!repo.sign(id, QString(), QStringLiteral("Tidak bersedia"), &error));
    QVERIFY(error.contains(QLatin1String("once it has started")));
    QVERIFY(!repo.hearingOf(id)->attendees[0].isSigned());

    // The same moment is 10.30 WIT for an office in Papua (province 94): its hearing typed for
    // 09.00 (WIT, 00.00 UTC) has begun.
    QVERIFY2(SettingsRepository(*m_db).setSetting(QStringLiteral("office_code"),
                                                  QStringLiteral("94.71"), &error),
             qPrintable(error));
    Hearing moved = *repo.hearing(h.id);
    moved.scheduledAt = QDateTime(QDate(2024, 10, 10), QTime(9, 0));
    QVERIFY2(repo.saveHearing(moved, &error), qPrintable(error));
    QCOMPARE(moved.scheduledAt, QDateTime(QDate(2024, 10, 10), QTime(0, 0), Qt::UTC));
    QVERIFY2(repo.whyNotSign(id).isEmpty(), qPrintable(repo.whyNotSign(id)));
    QVERIFY2(SettingsRepository(*m_db).setSetting(QStringLiteral("office_code"),
                                                  QStringLiteral("33.11"), &error),
             qPrintable(error));
    moved.scheduledAt = QDateTime(QDate(2024, 10, 10), QTime(9, 0)); // 09.00 WIB again
    QVERIFY2(repo.saveHearing(moved, &error), qPrintable(error));

    // After the start, the attendance decides: not recorded, then represented.
    m_now = QDateTime(QDate(2024, 10, 10), QTime(2, 30), Qt::UTC);
    QVERIFY2(repo.setAttendance(id, QString(), QString(), &error), qPrintable(error));
    QVERIFY(!repo.sign(id, QStringLiteral("Siti Rahmawati"), QString(), &error));
    QVERIFY2(error.contains(QLatin1String("attendance")) &&
                 error.contains(QLatin1String("present or represented")),
             qPrintable(error));
    QVERIFY2(repo.setAttendance(id, QStringLiteral("diwakili"), QString(), &error),
             qPrintable(error));
    QVERIFY2(repo.sign(id, QStringLiteral("Kuasa hukum Siti Rahmawati"), QString(), &error),
             qPrintable(error));
    QVERIFY(repo.hearingOf(id)->attendees[0].isSigned());

    // The rule itself, with the zone given.
    Hearing later = sampleHearing();
    later.attendees[0].attendance = QStringLiteral("hadir");
    const QDateTime eightWib(QDate(2024, 10, 10), QTime(1, 0), Qt::UTC);
    QVERIFY(!HearingRules::whyNotSign(later, later.attendees[0], eightWib,
                                      OfficeTime::of(QString(), QStringLiteral("3311")).timeZone())
                 .isEmpty());
    QVERIFY(HearingRules::whyNotSign(later, later.attendees[0], eightWib,
                                     OfficeTime::of(QString(), QStringLiteral("9471")).timeZone())
                .isEmpty());
    later.attendees[0].attendance = QStringLiteral("tidak_hadir");
    QVERIFY(HearingRules::whyNotSign(later, later.attendees[0], eightWib.addDays(1),
                                     OfficeTime::of(QString(), QStringLiteral("3311")).timeZone())
                .contains(QLatin1String("absent")));
}

void TestHearings::birthDateAgainstNip()
{
    const QString nip = QStringLiteral("19860926 201505 2 001");
    QVERIFY(HearingRules::birthDateWarning(QDate(1986, 9, 26), nip).isEmpty());
    const QString warning = HearingRules::birthDateWarning(QDate(1986, 9, 27), nip);
    QVERIFY2(warning.contains(QLatin1String("26 September 1986")), qPrintable(warning));
    QVERIFY(warning.contains(QLatin1String("19860926 201505 2 001")));
    // Nothing to compare: no date, no NIP, a NIP that does not parse.
    QVERIFY(HearingRules::birthDateWarning(QDate(), nip).isEmpty());
    QVERIFY(HearingRules::birthDateWarning(QDate(1986, 9, 27), QString()).isEmpty());
    QVERIFY(HearingRules::birthDateWarning(QDate(1986, 9, 27), QStringLiteral("123")).isEmpty());
    // The zones of the offices.
    QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("33.11")), QStringLiteral("WIB"));
    QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("6201")), QStringLiteral("WIB"));
    QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("5171")), QStringLiteral("WITA"));
    QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("64.72")), QStringLiteral("WITA"));
    QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("7371")), QStringLiteral("WITA"));
    QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("81")), QStringLiteral("WIT"));
    QCOMPARE(OfficeTime::zoneOfRegion(QStringLiteral("94.71")), QStringLiteral("WIT"));
    QCOMPARE(OfficeTime::of(QString(), QStringLiteral("9471"))
                 .timeZone()
                 .offsetFromUtc(QDateTime::currentDateTimeUtc()),
             9 * 3600);
}

void TestHearings::demoMinutesRingTrue()
{
    // The demo's minutes give a civil servant the birth date the NIP has, so that a clerk
    // trying them sees no warning the data made up; and they read as a hearing goes: the
    // opening question first, the closing one last, no question twice, and a person reported
    // asked about their own conduct, not whether they know the person reported.
    auto db =
        TestSupport::openNew(m_dir->filePath(QStringLiteral("demo.netra")), QDate(2026, 11, 23));
    QVERIFY(db);
    DemoGenerator::Options options;
    options.cases = 120;
    options.today = QDate(2026, 11, 23);
    QString error;
    QVERIFY2(DemoGenerator(*db, options).run(&error), qPrintable(error));
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT a.birth_date, p.nip FROM hearing_attendees a"
                                  " JOIN parties p ON p.id = a.party_id"
                                  " WHERE p.nip <> '' AND a.birth_date IS NOT NULL")));
    int checked = 0;
    while (q.next()) {
        const QDate born = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const QString warning = HearingRules::birthDateWarning(born, q.value(1).toString());
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        ++checked;
    }
    QVERIFY2(checked > 20, qPrintable(QString::number(checked)));

    QVERIFY(q.exec(QStringLiteral("SELECT a.id, a.role, m.question FROM minutes_entries m"
                                  " JOIN hearing_attendees a ON a.id = m.attendee_id"
                                  " ORDER BY a.id, m.position")));
    QHash<qint64, QStringList> asked;
    QHash<qint64, QString> roles;
    while (q.next()) {
        asked[q.value(0).toLongLong()] << q.value(2).toString();
        roles[q.value(0).toLongLong()] = q.value(1).toString();
    }
    QVERIFY2(asked.size() > 20, qPrintable(QString::number(asked.size())));
    int reported = 0;
    for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
        const QStringList &questions = it.value();
        QVERIFY(questions.size() >= 3 && questions.size() <= 6);
        QVERIFY2(questions.first().contains(QLatin1String("sehat jasmani dan rohani")),
                 qPrintable(questions.first()));
        QVERIFY2(questions.last().contains(QLatin1String("dapat dipertanggungjawabkan")),
                 qPrintable(questions.last()));
        QCOMPARE(QSet<QString>(questions.cbegin(), questions.cend()).size(), questions.size());
        if (roles.value(it.key()) == Codes::Role::Reported) {
            ++reported;
            QVERIFY(!questions.join(QLatin1Char(' ')).contains(QLatin1String("mengenal terlapor")));
        }
    }
    QVERIFY(reported > 10);
}

void TestHearings::addendumOnlyAfterSigning()
{
    HearingRepository repo(*m_db);
    Hearing h = sampleHearing();
    h.attendees[0].attendance = QStringLiteral("hadir");
    QString error;
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    const qint64 id = h.attendees[0].id;
    QVERIFY2(repo.saveMinutes(id, {qa(QStringLiteral("Nama?"), QStringLiteral("Siti"))}, &error),
             qPrintable(error));

    QVERIFY(!repo.addAddendum(id, QStringLiteral("Koreksi"), &error));
    QVERIFY(error.contains(QLatin1String("signed")));
    QVERIFY(repo.hearingOf(id)->attendees[0].addenda.isEmpty());
    m_now = QDateTime(QDate(2024, 10, 10), QTime(4, 0), Qt::UTC); // after the hearing

    QVERIFY2(repo.sign(id, QStringLiteral("Siti Rahmawati"), QString(), &error), qPrintable(error));
    QVERIFY(!repo.addAddendum(id, QStringLiteral("  "), &error));
    QVERIFY(!error.isEmpty());

    m_now = QDateTime(QDate(2024, 10, 12), QTime(1, 0), Qt::UTC);
    Addendum added;
    QVERIFY2(repo.addAddendum(id,
                              QStringLiteral("Jawaban nomor 1: nama lengkap Siti Rahmawati, S.Pd."),
                              &error, &added),
             qPrintable(error));
    QVERIFY(added.id > 0);
    m_now = m_now.addDays(1);
    QVERIFY2(repo.addAddendum(id, QStringLiteral("Tambahan kedua"), &error), qPrintable(error));
    const Attendee a = repo.hearingOf(id)->attendees[0];
    QCOMPARE(a.addenda.size(), 2);
    QCOMPARE(a.addenda[0].uuid, added.uuid);
    QCOMPARE(a.addenda[0].addedAt, QDateTime(QDate(2024, 10, 12), QTime(1, 0), Qt::UTC));
    QCOMPARE(a.addenda[0].text,
             QStringLiteral("Jawaban nomor 1: nama lengkap Siti Rahmawati, S.Pd."));
    QCOMPARE(a.addenda[1].addedAt, m_now);
    // The signed text itself is unchanged.
    QCOMPARE(a.minutes[0].answer, QStringLiteral("Siti"));
    const QList<ChangeEntry> logged =
        entries(HistoryRepository(*m_db).history(m_case.uuid), QStringLiteral("minutes_addenda"),
                QStringLiteral("create"));
    QCOMPARE(logged.size(), 2);
    QCOMPARE(logged.first().recordUuid, added.uuid);

    // A hearing form saving the attendee keeps the addenda.
    Hearing edited = *repo.hearingOf(id);
    edited.attendees[1].attendance = QStringLiteral("hadir");
    QVERIFY2(repo.saveHearing(edited, &error), qPrintable(error));
    QCOMPARE(edited.attendees[0].addenda.size(), 2);
}

void TestHearings::attendance()
{
    HearingRepository repo(*m_db);
    Hearing h = sampleHearing();
    QString error;
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    const qint64 id = h.attendees[0].id;
    const int before = logRows(*m_db);
    QVERIFY2(repo.setAttendance(id, QStringLiteral("hadir"), QStringLiteral("menolak"), &error),
             qPrintable(error));
    Attendee a = repo.hearingOf(id)->attendees[0];
    QCOMPARE(a.attendance, QStringLiteral("hadir"));
    QCOMPARE(a.oath, QStringLiteral("menolak"));
    QCOMPARE(logRows(*m_db), before + 1);
    // The same again logs nothing.
    QVERIFY2(repo.setAttendance(id, QStringLiteral("hadir"), QStringLiteral("menolak"), &error),
             qPrintable(error));
    QCOMPARE(logRows(*m_db), before + 1);
    QVERIFY(!repo.setAttendance(id, QStringLiteral("hadir?"), QString(), &error));
    QVERIFY(!repo.setAttendance(id, QStringLiteral("hadir"), QStringLiteral("janji"), &error));
    QVERIFY(!repo.setAttendance(id, QStringLiteral("tidak_hadir"), QStringLiteral("bersumpah"),
                                &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(repo.setAttendance(id, QStringLiteral("diwakili"), QString(), &error),
             qPrintable(error));
    QCOMPARE(repo.hearingOf(id)->attendees[0].attendance, QStringLiteral("diwakili"));
}

void TestHearings::inviteAgain()
{
    HearingRepository repo(*m_db);
    Hearing h = sampleHearing();
    h.attendees[0].counsel = QStringLiteral("Andi Wijaya, S.H.");
    h.attendees[0].birthPlace = QStringLiteral("Sukoharjo");
    h.attendees[1].attendance = QStringLiteral("hadir");
    QString error;
    QVERIFY2(repo.saveHearing(h, &error), qPrintable(error));
    const qint64 reportedId = h.attendees[0].id;
    const QDateTime secondAt(QDate(2024, 10, 14), QTime(9, 0));

    // Only after an absence.
    QVERIFY(!repo.inviteAgain(reportedId, secondAt, &error));
    QVERIFY(error.contains(QLatin1String("absent")));
    QVERIFY(!repo.inviteAgain(h.attendees[1].id, secondAt, &error)); // present
    QVERIFY2(repo.setAttendance(reportedId, QStringLiteral("tidak_hadir"), QString(), &error),
             qPrintable(error));
    QList<Hearing> all = repo.hearings(m_case.id);
    QVERIFY(HearingRules::offersSecondInvitation(all, all[0].attendees[0]));
    QVERIFY(!HearingRules::decideOnEvidence(all, m_case));

    // Not before the hearing that was missed.
    QVERIFY(!repo.inviteAgain(reportedId, h.scheduledAt.addSecs(-3600), &error));
    QVERIFY(!error.isEmpty());

    qint64 secondId = 0;
    QVERIFY2(repo.inviteAgain(reportedId, secondAt, &error, &secondId), qPrintable(error));
    all = repo.hearings(m_case.id);
    QCOMPARE(all.size(), 2);
    const Hearing &second = all[1];
    QCOMPARE(second.id, secondId);
    // A time given without its zone is the office's wall clock (WIB in Sukoharjo).
    QCOMPARE(second.scheduledAt, OfficeTime(QStringLiteral("WIB")).moment(secondAt));
    QCOMPARE(second.place, h.place);
    QCOMPARE(second.examiners, h.examiners);
    QCOMPARE(second.attendees.size(), 1);
    const Attendee &again = second.attendees[0];
    QCOMPARE(again.invitation, 2);
    QCOMPARE(again.partyId, m_case.parties[0].id);
    QCOMPARE(again.role, QStringLiteral("terlapor"));
    QCOMPARE(again.name, h.attendees[0].name);
    QCOMPARE(again.counsel, QStringLiteral("Andi Wijaya, S.H."));
    QCOMPARE(again.birthPlace, QStringLiteral("Sukoharjo"));
    QCOMPARE(again.invitedOn, m_db->today());
    QVERIFY(again.attendance.isEmpty());
    QCOMPARE(all[0].attendees[0].secondInvitedOn, m_db->today());
    QVERIFY(!HearingRules::offersSecondInvitation(all, all[0].attendees[0]));
    const QList<ChangeEntry> history = HistoryRepository(*m_db).history(m_case.uuid);
    QCOMPARE(entries(history, QStringLiteral("hearings"), QStringLiteral("create")).size(), 2);

    // Once only.
    QVERIFY(!repo.inviteAgain(reportedId, secondAt.addDays(1), &error));
    QVERIFY(error.contains(QLatin1String("second invitation")));

    // Another absent person invited to the same time joins that hearing.
    Hearing first = all[0];
    first.attendees[1].attendance = QStringLiteral("tidak_hadir");
    QVERIFY2(repo.saveHearing(first, &error), qPrintable(error));
    qint64 joined = 0;
    QVERIFY2(repo.inviteAgain(first.attendees[1].id, secondAt, &error, &joined), qPrintable(error));
    QCOMPARE(joined, secondId);
    all = repo.hearings(m_case.id);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[1].attendees.size(), 2);
    QCOMPARE(all[1].attendees[1].role, QStringLiteral("saksi"));

    // Absent at the second invitation too: the case is decided on the evidence at hand.
    QVERIFY2(repo.setAttendance(again.id, QStringLiteral("tidak_hadir"), QString(), &error),
             qPrintable(error));
    all = repo.hearings(m_case.id);
    QCOMPARE(HearingRules::absences(all, all[1].attendees[0]), 2);
    QVERIFY(HearingRules::decideOnEvidence(all, m_case));
    QVERIFY(HearingRules::decideOnEvidenceNotice(all, m_case).contains(m_case.parties[0].name));
    QVERIFY(!repo.inviteAgain(again.id, secondAt.addDays(2), &error));
}

void TestHearings::migrationFromVersion4()
{
    const QString path = m_dir->filePath(QStringLiteral("v4.netra"));
    {
        QString error;
        auto db = Database::createAtVersion(path, 4, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlDatabase &sql = db->sql();
        QVERIFY(exec(sql, QStringLiteral(
                              "INSERT INTO cases (id, uuid, updated_at, source, election, profile,"
                              " regency_code, status, receipt_number, event_date, known_date,"
                              " received_date, registered_date, registration_number,"
                              " reporter_name, violation_category, description) VALUES (7, 'c-7',"
                              " '2024-10-07T02:00:00.000Z', 'laporan', 'pilkada', 'pilkada-2024',"
                              " '3311', 'klarifikasi', '001/LP/PB/Kab/33.11/X/2024', '2024-10-04',"
                              " '2024-10-05', '2024-10-07', '2024-10-08',"
                              " '001/Reg/LP/PB/Kab/33.11/X/2024', 'Budi Santoso', 'media_sosial',"
                              " 'Unggahan')")));
        QVERIFY(exec(sql, QStringLiteral("INSERT INTO parties (id, uuid, updated_at, case_id,"
                                         " position, role, name) VALUES (3, 'p-3',"
                                         " '2024-10-07T02:00:00.000Z', 7, 0, 'terlapor',"
                                         " 'Siti Rahmawati')")));
        QVERIFY(exec(sql, QStringLiteral("INSERT INTO hearings (id, uuid, updated_at, case_id,"
                                         " scheduled_at, place, examiners) VALUES (1, 'h-1',"
                                         " '2024-10-08T02:00:00.000Z', 7, '2024-10-09T09:00:00',"
                                         " 'Kantor Bawaslu', 'Sri Wahyuni')")));
        QVERIFY(exec(sql, QStringLiteral("INSERT INTO hearing_attendees (id, uuid, updated_at,"
                                         " hearing_id, party_id, role, name, invited_on, delivery,"
                                         " attendance, oath) VALUES (1, 'a-1',"
                                         " '2024-10-08T02:00:00.000Z', 1, 3, 'terlapor',"
                                         " 'Siti Rahmawati', '2024-10-08', 'langsung', 'hadir',"
                                         " 'bersumpah')")));
        QVERIFY(exec(sql, QStringLiteral("INSERT INTO minutes_entries (id, uuid, updated_at,"
                                         " attendee_id, position, question, answer) VALUES (1,"
                                         " 'm-1', '2024-10-09T02:00:00.000Z', 1, 0, 'Nama?',"
                                         " 'Siti')")));
    }
    QString error;
    auto db = Database::open(path, Database::Mode::OpenExisting, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), Database::latestVersion());
    db->setToday(QDate(2024, 10, 10));
    db->setActor(QStringLiteral("petugas"));
    HearingRepository repo(*db);
    const QList<Hearing> list = repo.hearings(7);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].uuid, QStringLiteral("h-1"));
    QCOMPARE(list[0].examiners, QStringLiteral("Sri Wahyuni"));
    QCOMPARE(list[0].attendees.size(), 1);
    const Attendee &a = list[0].attendees[0];
    QCOMPARE(a.uuid, QStringLiteral("a-1"));
    QCOMPARE(a.partyId, qint64(3));
    QCOMPARE(a.invitation, 1);
    QCOMPARE(a.invitedOn, QDate(2024, 10, 8));
    QCOMPARE(a.oath, QStringLiteral("bersumpah"));
    QVERIFY(!a.deliveredOn.isValid());
    QVERIFY(!a.deliveryConfirmed);
    QVERIFY(a.counsel.isEmpty());
    QVERIFY(!a.birthDate.isValid());
    QVERIFY(a.nationality.isEmpty()); // not recorded before
    QVERIFY(!a.isSigned());
    QCOMPARE(a.minutes.size(), 1);
    QCOMPARE(a.minutes[0].uuid, QStringLiteral("m-1"));

    // The migrated minutes are worked on as any others.
    QList<MinutesEntry> typed = a.minutes;
    typed << qa(QStringLiteral("Pekerjaan?"), QStringLiteral("Guru"));
    QVERIFY2(repo.saveMinutes(1, typed, &error), qPrintable(error));
    QVERIFY2(repo.sign(1, QStringLiteral("Siti Rahmawati"), QString(), &error), qPrintable(error));
    QVERIFY2(repo.addAddendum(1, QStringLiteral("Koreksi"), &error), qPrintable(error));
    const Attendee after = repo.hearing(1)->attendees[0];
    QCOMPARE(after.minutes.size(), 2);
    QVERIFY(after.isSigned());
    QCOMPARE(after.addenda.size(), 1);
}

QTEST_GUILESS_MAIN(TestHearings)
#include "TestHearings.moc"
