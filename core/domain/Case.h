#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// A person taking part in a case: a person reported (terlapor), a witness or an expert.
struct Party
{
    qint64 id = 0;
    QString uuid;
    QString role = QStringLiteral("terlapor"); // Codes::Kind::PartyRole
    QString name;
    QString nip; // 18 digits for a civil servant, or another identifier
    QString positionTitle;
    QString positionCategory; // Codes::Kind::PositionCategory
    QString agency;
    QString address;
    QString contact;
};

// One case (a report, a finding or initial information) with its parties.
struct Case
{
    qint64 id = 0;
    QString uuid;
    QDateTime updatedAt;

    QString source = QStringLiteral("laporan");   // Codes::Kind::Source
    QString election = QStringLiteral("pilkada"); // Codes::Kind::Election
    QString profileId;
    QString regencyCode; // Kemendagri code, 4 digits ("3311")
    QString districtCode;
    QString status = QStringLiteral("diterima"); // Codes::Kind::Status

    QString receiptNumber;
    QString registrationNumber;

    QDate eventDate;
    QDate knownDate;
    QDate receivedDate;
    QDate registeredDate;
    QDate decidedDate; // registration refused, withdrawn, forwarded or stopped

    QString eventPlace;
    QString reporterName;
    QString reporterAddress;
    QString reporterContact;
    bool reporterConfidential = false;

    QString violationCategory; // Codes::Kind::ViolationCategory
    QString description;

    QString decisionReason; // why not registered, withdrawn or stopped
    QString forwardedTo;    // authority: KASN or BKN
    QString forwardingLetterNumber;
    QDate forwardingLetterDate;
    int extensionDays = 0;
    QString extensionReason;

    QList<Party> parties;

    // A date by its name in the procedure profiles: "event", "known", "received", "registered",
    // "decided", and "registration_decided" (registered, or refused or withdrawn).
    QDate date(const QString &name) const;
    QList<Party> reported() const;
    bool isClosed() const;
};
