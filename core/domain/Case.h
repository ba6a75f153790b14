#pragma once

#include "Codes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A person taking part in a case: a person reported (terlapor), a witness or an expert.
struct Party
{
    qint64 id = 0;
    QString uuid;
    QString role = Codes::Role::Reported; // Codes::Kind::PartyRole
    QString name;
    QString nip; // 18 digits for a civil servant, or another identifier
    QString positionTitle;
    QString positionCategory; // Codes::Kind::PositionCategory
    QString agency;
    QString address;
    QString contact;
};

// The initial review of a report (docs/domain.md §3 step 2): which formal and material requirements
// are met, and when the reporter was told what is missing.
struct Review
{
    Q_DECLARE_TR_FUNCTIONS(Review)

public:
    QStringList met; // requirement codes
    QDate notifiedOn;
    QString note;

    // "formal_reporter", "formal_reported", "formal_deadline", "formal_signature",
    // "material_time_place", "material_description", "material_evidence".
    static QStringList requirements();
    static QString label(const QString &requirement);
    static bool isFormal(const QString &requirement);
    QStringList missing() const;
    bool isEmpty() const { return met.isEmpty() && !notifiedOn.isValid() && note.isEmpty(); }

    QString toJson() const;
    static Review fromJson(const QString &json);
    bool operator==(const Review &other) const
    {
        return met == other.met && notifiedOn == other.notifiedOn && note == other.note;
    }
};

// One case (a report, a finding or initial information) with its parties.
struct Case
{
    qint64 id = 0;
    QString uuid;
    QDateTime updatedAt;

    QString source = Codes::Source::Report;      // Codes::Kind::Source
    QString election = Codes::Election::Pilkada; // Codes::Kind::Election
    QString profileId;
    QString regencyCode; // Kemendagri code, 4 digits ("3311")
    QString districtCode;
    QString status = Codes::Status::Received; // Codes::Kind::Status

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
    // The confidential reporter's identity was withheld from the signed-in user: name, address
    // and contact are empty here and kept as stored when the case is saved.
    bool reporterHidden = false;

    QString violationCategory; // Codes::Kind::ViolationCategory
    QString description;

    QString decisionReason; // why not registered, withdrawn or stopped
    QString forwardedTo;    // authority: KASN or BKN
    QString forwardingLetterNumber;
    QDate forwardingLetterDate;
    int extensionDays = 0;
    QString extensionReason;

    Review review;
    QString analysisFacts;
    QString analysisElements;
    QString analysisConclusion;

    QList<Party> parties;

    // A date by its name in the procedure profiles: "event", "known", "received", "registered",
    // "decided", and "registration_decided" (registered, or refused or withdrawn).
    QDate date(const QString &name) const;
    QList<Party> reported() const;
    // The number the case goes by: its registration number once registered, else its receipt
    // number (Schema::CaseNumberShown in SQL).
    QString number() const;
    bool isClosed() const;
};
