#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A tracing note of a lead (penelusuran): what was done or learnt, and when.
struct LeadNote
{
    qint64 id = 0;
    QString uuid;
    QDate date;
    QString text;
};

// A supervision lead (informasi awal, docs/domain.md §10): what monitoring brought in (a social
// media patrol, the field, a member of the public, the news), traced and then closed as not
// pursued (with the reason) or turned into a finding, whose case keeps the link (caseUuid) and
// whose window counts from the date it was found (foundOn, the case's date it became known).
// Its source kind is a code of Codes::Kind::LeadSource, its status of Codes::Kind::LeadStatus.
struct Lead
{
    qint64 id = 0;
    QString uuid;
    QDateTime updatedAt;
    QDate date; // received (the post seen, the visit, the call, the article)
    QString sourceKind;
    QString sourceDetail; // the URL, the account, the place
    QString regencyCode;
    QString persons; // the person(s) concerned, one a line, when known
    QString agency;  // their agency, when known
    QString description;
    // A member of the public who brought it: withheld from lists, exports and the change log
    // (only its digest is logged) when confidential, and never carried in packages.
    QString informantName;
    QString informantContact;
    bool informantConfidential = false;
    bool informantHidden = false; // withheld from the signed-in user: kept as stored on saving

    QString status;      // Codes::Lead::New, Tracing, NotPursued or Finding
    QDate closedOn;      // not pursued, or the finding set
    QString closeReason; // why not pursued
    QDate foundOn;       // the date the lead established the finding
    QString caseUuid;    // the finding's case

    QList<LeadNote> notes; // oldest first

    bool isClosed() const;
    QStringList personList() const;
};

// The rules of a lead: what must be filled in and which dates may stand, in the user's language.
class LeadValidator
{
    Q_DECLARE_TR_FUNCTIONS(LeadValidator)

public:
    // Every problem of the record itself, empty when it may be saved.
    static QStringList problems(const Lead &lead, const QDate &today);
    // Why a note dated `date`, the lead being closed as not pursued on `date`, or a finding found
    // on `date` cannot stand (before the lead's date, in the future); empty when it can.
    static QString dateProblem(const Lead &lead, const QDate &date, const QDate &today,
                               const char *what);
    // The names `what` of dateProblem, translated there.
    static constexpr const char *NoteDate = QT_TR_NOOP("date of the tracing note");
    static constexpr const char *ClosedDate = QT_TR_NOOP("date the lead was closed");
    static constexpr const char *FoundDate = QT_TR_NOOP("date the finding was found");
};
