#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One question and its answer in the minutes of a clarification hearing.
struct MinutesEntry
{
    qint64 id = 0;
    QString uuid;
    QString question;
    QString answer;
};

// A person invited to a hearing, their invitations, attendance and minutes.
struct Attendee
{
    qint64 id = 0;
    QString uuid;
    qint64 partyId = 0; // the party of the case, when the person is one
    QString role;       // "pelapor", "terlapor", "saksi", "ahli"
    QString name;
    QDate invitedOn;
    QDate secondInvitedOn;
    QString delivery;   // "langsung", "sistem", "telepon"
    QString attendance; // "", "hadir", "tidak_hadir", "diwakili"
    QString oath;       // "", "bersumpah", "menolak"
    QList<MinutesEntry> minutes;
};

// A clarification hearing (DOMAIN.md §4).
struct Hearing
{
    qint64 id = 0;
    QString uuid;
    qint64 caseId = 0;
    QDateTime scheduledAt;
    QString place;
    bool online = false;
    QString platform;
    QString onlineReason;
    QString examiners;
    QString assignmentLetter; // surat tugas number
    QList<Attendee> attendees;
};

// What the authority recommended for one person reported, and what the PPK did (DOMAIN.md §5).
struct FollowUp
{
    qint64 id = 0;
    QString uuid;
    qint64 partyId = 0;
    QString authority;
    QDate forwardedDate;
    QString recommendationNumber;
    QDate recommendationDate;
    QString sanctionRecommended; // Codes::Kind::Sanction
    QString ppkName;
    QString ppkOffice;
    QDate responseDue;
    QString ppkDecisionNumber;
    QDate ppkDecisionDate;
    QString sanctionImposed; // Codes::Kind::Sanction
};
