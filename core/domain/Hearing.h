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

// A dated correction to signed minutes: the signed text is never edited (docs/domain.md §4).
struct Addendum
{
    qint64 id = 0;
    QString uuid;
    QDateTime addedAt;
    QString text;
};

// A person invited to a hearing, their invitations, attendance and minutes.
struct Attendee
{
    qint64 id = 0;
    QString uuid;
    qint64 partyId = 0; // the party of the case, when the person is one
    QString role;       // "pelapor", "terlapor", "saksi", "ahli"
    QString name;
    int invitation = 1;    // 1 the first, 2 the second invitation to be heard
    QDate invitedOn;       // the invitation letter sent
    QDate secondInvitedOn; // after an absence: the second invitation sent
    QString delivery;      // "langsung", "sistem", "telepon"; empty until sent
    QDate deliveredOn;     // the invitation delivered (and confirmed, see deliveryConfirmed)
    bool deliveryConfirmed = false;
    QString attendance; // "", "hadir", "tidak_hadir", "diwakili"
    QString oath;       // "", "bersumpah", "menolak"
    QString counsel;    // legal counsel (kuasa hukum) accompanying the person

    // The identity block of the minutes.
    QString birthPlace;
    QDate birthDate;
    // The birth date as the file holds it when it is sealed (KeyStore): kept so that saving
    // leaves it as stored; empty when the file holds it in clear.
    QString birthDateSealed;
    QString occupation;
    QString religion;
    QString nationality = QStringLiteral("Indonesia");
    QString address;

    QList<MinutesEntry> minutes;

    // Signing locks the minutes; a refusal to sign locks them too, with its reason.
    QDateTime signedAt;
    QString signedBy;    // who signed: the person heard and the examiners
    QString signRefusal; // when not empty, the person refused to sign, for this reason
    QList<Addendum> addenda;

    // The person is a confidential reporter whose identity was withheld from the signed-in user
    // (Identity::withhold): the identity fields hold "[dirahasiakan]" and are kept as stored when
    // the hearing is saved.
    bool identityHidden = false;

    bool isSigned() const { return signedAt.isValid(); }
};

// A clarification hearing (docs/domain.md §4).
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

// What the authority recommended for one person reported, and what the PPK did (docs/domain.md §5).
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
