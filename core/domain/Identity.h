#pragma once

#include "Case.h"
#include "Hearing.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QVariantMap>

// The one rule for what is a confidential person's identity (docs/domain.md §8): which fields of
// which records hold it, how it is withheld, and the free text that may repeat it. Everything that
// shows or gives out data follows it: the store's reads for a signed-in user (cases, hearings,
// drafts, the history), packages, CSV registers, printed documents and netra-cli. Only a
// coordinator's logged reveal lifts it.
//
// A confidential identity is:
//  - in `cases`, the reporter's name, address and contact when `reporter_confidential`;
//  - in `hearing_attendees`, everything that names or describes the reporter as a person heard
//    (role "pelapor") of such a case: name, counsel, birth place and date, occupation, religion,
//    nationality, address, and who signed the minutes (the person heard signs them too).
namespace Identity {

// What stands in for a withheld identity, in every output.
QString hidden();

// The role of the reporter among the persons heard.
QString reporterRole();

// The stored columns of `table` that hold a confidential person's identity; empty for a table
// that holds none.
QStringList fields(const QString &table);
// Whether a field of `table` is one of them and holds a date (withheld as null, not as text).
bool isDateField(const QString &table, const QString &field);

// Whether a record of `table`, given by its stored columns (for a person heard at least "role"),
// is a confidential person's identity, `caseConfidential` being its case's mark.
bool holds(const QString &table, const QVariantMap &columns, bool caseConfidential);

// The identity columns of a record of `table` withheld in place: text by hidden() (empty text
// stays empty, so that nothing is invented), a date by null.
void redact(const QString &table, QVariantMap &columns);
// The same for a change log entry's changes ({field: [old, new]}).
void redact(const QString &table, QJsonObject &changes);
// Whether `value` of `field` in a record of `table` is a withheld identity (says nothing about
// the one a file holds).
bool isWithheld(const QString &table, const QString &field, const QVariant &value);

// The text members of a case and of a person heard that hold the identity fields() names (the
// birth date, a date, aside): the one list in the structs' terms.
QList<QString *> textFields(Case &c);
QList<const QString *> textFields(const Case &c);
QList<QString *> textFields(Attendee &a);
QList<const QString *> textFields(const Attendee &a);

// A case as shown to someone who may not see its confidential reporter: name, address and
// contact emptied and Case::reporterHidden set. Nothing for a case whose reporter is not
// confidential.
void withhold(Case &c);
// Whether a person heard is the reporter.
bool isReporter(const Attendee &a);
// A person heard as shown without their identity: each identity field hidden(), the birth date
// null, Attendee::identityHidden set.
void withhold(Attendee &a);
// The confidential reporter among the persons heard of a case, withheld.
void withhold(QList<Hearing> &hearings, const Case &c);
void withhold(QList<Hearing> &hearings, bool caseConfidential);
// The identity of a withheld person heard put back from the stored one, for saving: each field
// the file holds is kept; one it holds empty takes what was typed into it (that reveals nothing).
// The birth date, withheld as null, is always kept.
void restore(Attendee &a, const Attendee &stored);

// The values of a confidential identity, to take out of free text (a description, an answer or
// a reason can repeat the reporter's name). Values shorter than three characters are ignored,
// since they would mask unrelated text.
class Secrets
{
public:
    void add(const QString &value);
    // The reporter of a confidential case, and the reporter heard in its hearings.
    void add(const Case &c);
    void add(const Attendee &a);
    void add(const Secrets &other);
    bool isEmpty() const { return m_values.isEmpty(); }
    QStringList values() const { return m_values; }
    // The text with each secret (case and spacing ignored, whole words) replaced by hidden().
    QString scrub(const QString &text) const;
    // Whether the text repeats a secret.
    bool appearsIn(const QString &text) const;

private:
    void rebuild() const;
    QStringList m_values;
    mutable QList<QRegularExpression> m_patterns;
    mutable bool m_stale = false;
};

} // namespace Identity
