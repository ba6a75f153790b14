#pragma once

#include "domain/Case.h"
#include "domain/Hearing.h"
#include "domain/StatusMachine.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>
#include <functional>

// Realistic synthetic data for trying Netra and measuring it: Indonesian names, valid NIPs,
// agencies of the chosen regencies, categories and positions in the shares of docs/domain.md §6,
// cases in every status with hearings, minutes, recommendations and follow-ups, dates that
// meet the deadlines most of the time and miss them sometimes. The same seed and the same
// "today" give the same data.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int cases = 200;
        quint32 seed = 1;
        QStringList regencies{QStringLiteral("3311")};
        QDate today = QDate::currentDate();
        int batch = 1000; // cases per transaction
        // Makes the file's keys before the cases, so that confidential identities are stored
        // encrypted from the start (KeyStore::convert); netra-cli demo does.
        bool encryptIdentities = false;
    };

    // The password of the demo users (admin, koordinator, petugas, notulis, pemantau: one of
    // each role), for trying the application; a real office sets its own.
    static constexpr const char *Password = "demo12345";

    DemoGenerator(Database &db, const Options &options);
    // Writes the cases in batches, each in one transaction. `progress` gets the number done and
    // may return false to stop (what was written stays, whole cases only).
    bool run(QString *error, const std::function<bool(int)> &progress = {});
    // The recovery key of the file's keys, when run() made them (encryptIdentities).
    QString recoveryKey() const { return m_recoveryKey; }

private:
    QString pick(const char *list);
    // The minutes of a person heard about an act of `eventDate` (an act of a Saturday or a
    // Sunday was not done in working hours).
    QList<MinutesEntry> minutesOf(const QString &role, const QDate &eventDate);
    QString weighted(const QList<QPair<const char *, int>> &shares);
    QString personName(bool female, bool titled);
    QString nip(const QString &category, bool female);
    QString uuid();
    QString fill(QString text, const QString &regency, const QString &district);
    bool addUsers(QString *error);
    bool addOffice(QString *error);
    // The random stream of a case (its index) or of what follows the cases, from the seed.
    void seedStream(quint32 stream);
    // The case of `index` as it is received, drawn from its own stream: where, when, who and
    // what; the names of its regency and district.
    Case opened(int index, QString *regencyName, QString *districtName);
    // Makes the case of `index`, the `position`-th received, and takes it through the procedure.
    bool makeCase(int index, int position, QString *error);
    // In a file of several regencies, some cases' first person reported is one already reported
    // in the first regency (same name and NIP); `position` is the case's turn.
    void reportAgain(Case &c, int position);
    // The case through the procedure as far as its age allows: withdrawn, or registered (or
    // not), clarified with a hearing, analysed, decided with its follow-ups.
    bool runProcedure(Case &c, QString *error);
    void reload(Case &c);
    // `stored` in place of `c`, keeping the reporter as the generator made it.
    void keepReporter(Case &c, const Case &stored);
    // Takes a step as the officer who would; empty, or why the step was refused.
    QString takeStep(Case &c, Step::Kind kind, const QDate &date, const QString &reason = {});
    // A number of a letter the office sent outside Netra on `date` (a letter of assignment, a
    // forwarding letter typed at its step), in the office's letter pattern:
    // "410/PP.01.02/K.JT-11/XII/2020".
    QString outsideLetterNumber(const Case &c, const QDate &date);
    // Registers the case or records why it is not; `registered` tells which.
    bool registerCase(Case &c, bool *registered, QString *error);
    void writeAnalysis(Case &c, bool stops);
    bool decide(Case &c, const QDate &hearingDay, QString *error);
    bool addHearing(const Case &c, const QDate &date, QString *error);
    bool addFollowUps(const Case &c, QString *error);
    // The letter book of the last LetterDays days: the invitations sent in them, each issued on
    // the day it was sent, in the order of the days, so that the book's numbers follow its
    // dates as an office's do.
    bool issueLetters(QString *error);
    // Prevention activities of each regency over the last three years, appeal letters among them
    // (drafts: the letter book stays as the cases left it).
    bool addActivities(QString *error);
    // Supervision leads of each regency: new, traced, not pursued, and some that the finding
    // cases came from (linked from the lead's side: the cases stay as they were made).
    bool addLeads(QString *error);

    Database &m_db;
    Options m_options;
    QRandomGenerator m_rng;
    QJsonObject m_data;
    QDateTime m_now;
    qint64 m_clerk = 0; // the demo clerk, assigned to the cases with hearings
    QString m_recoveryKey;
    // The finding cases made, in order, for the leads they came from.
    struct Finding
    {
        QString uuid;
        QString regencyCode;
        QDate knownDate;
        QString description;
    };
    QList<Finding> m_findings;
    // The invitations to issue (issueLetters), as the hearings sent them.
    static constexpr int LetterDays = 30;
    struct Invitation
    {
        QDate sent;
        qint64 caseId = 0;
        QString attendeeUuid;
    };
    QList<Invitation> m_invitations;
    // The persons of the first regency to be reported again elsewhere, and how many were.
    QList<Party> m_reportedAgain;
    int m_reportedAgainUsed = 0;
};
