#pragma once

#include "Case.h"
#include "Deadlines.h"

#include <QJsonObject>

// A case and its parties as JSON, with the codes and ISO dates of the data file: for drafts of
// unsaved edits and for exchange.
namespace CaseJson {
QJsonObject toJson(const Case &c);
Case fromJson(const QJsonObject &o);
// A case as `netra-cli cases` lists it (docs/cli.md): the fields of toJson() that identify, date
// and place it, under the same keys; the regency's name; the reporter's name unless confidential
// (Identity's rule: never printed); the persons reported with their NIP checked; and its
// deadlines as evaluated, the pending one due first apart as `next_deadline`.
// Edits made on `base` (mine) put on top of another version of it saved meanwhile (theirs), field
// by field (the persons in the case as one field): a field mine changed is mine, any other is
// theirs. `both` receives the fields both changed differently (mine is kept). The result has
// theirs' update time, so that it saves over theirs.
Case merge(const Case &base, const Case &mine, const Case &theirs, QStringList *both = nullptr);
QJsonObject listing(const Case &c, const QList<DeadlineStatus> &deadlines);
// An ISO date (YYYY-MM-DD), or null for no date.
QJsonValue date(const QDate &d);
} // namespace CaseJson
