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
QJsonObject listing(const Case &c, const QList<DeadlineStatus> &deadlines);
// An ISO date (YYYY-MM-DD), or null for no date.
QJsonValue date(const QDate &d);
} // namespace CaseJson
