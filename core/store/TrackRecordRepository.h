#pragma once

#include "Database.h"
#include "LedgerRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A person's track record (rekam jejak, docs/domain.md §10): every case in which a civil servant
// was reported, as a selection committee for a senior (JPT) position asks for it. Never a
// reporter: only the persons reported are read.
struct TrackRecord
{
    Q_DECLARE_TR_FUNCTIONS(TrackRecord)

public:
    // One case in which the person was reported.
    struct Entry
    {
        LedgerRow row; // the case, the person as reported in it, the follow-up when recorded
        QString status;
        QString source;
        QString election;
        QString violationCategory;
        QDate receivedDate;
        QDate registeredDate;

        // What the office decided: the violation proved (forwarded to the authority), not
        // proved (stopped, not registered, withdrawn), or not decided yet.
        enum class Decision { Proved, NotProved, Pending };
        Decision decision() const;
    };

    QString nip;     // the 18 digits looked up; empty for a search by name
    QString name;    // the name looked up or given
    QString purpose; // why it was looked up, as logged
    QString scope;   // the scope of the user who looked it up (Scope): empty for a whole file
    QDateTime at;
    QString askedBy; // the full name (else the login) of who looked it up
    QList<Entry> entries;

    bool isEmpty() const { return entries.isEmpty(); }
    // The person's name as reported most recently, else the name looked up.
    QString personName() const;
    // The NIPs of the persons found, each once, in the order of the entries.
    QStringList nips() const;
    // The decision in the user's language.
    static QString decisionLabel(Entry::Decision decision);
};

// The one door to a person's track record: who may look it up (Action::LookUpRecord), the NIP
// checked, the cases read within what the user sees (on a server, the user's scope), and every
// look-up written to the change log with who asked, why and what was found.
class TrackRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(TrackRecordRepository)

public:
    // The shortest purpose accepted: a reason, not a word.
    static constexpr int MinPurposeLength = 5;
    // The change log's record table and action of a look-up.
    static QString logTable() { return QStringLiteral("track_records"); }
    static QString logAction() { return QStringLiteral("lookup"); }

    explicit TrackRecordRepository(Database &db) : m_db(db) {}

    // The record of the person with this NIP (spaces allowed), or, without a NIP, of the persons
    // reported whose name holds every word of `name`. With a NIP, `name` only names the person.
    // Refused with `error`, and nothing logged, for a user who may not look up records, a wrong
    // NIP, neither a NIP nor a name, or no purpose.
    std::optional<TrackRecord> lookUp(const QString &nip, const QString &name,
                                      const QString &purpose, QString *error);

private:
    Database &m_db;
};
