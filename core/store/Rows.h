#pragma once

// How each record of the data file maps to its domain struct: the columns a struct is stored
// as, and the struct read back from a row. The one place for it, shared by the repositories and
// the package import.

#include "domain/Case.h"
#include "domain/Hearing.h"

#include <QVariantMap>

class QSqlQuery;

namespace Rows {

// The stored columns of a case, besides its keys and the derived deadline columns. The same
// fields, names and forms as the case's JSON (CaseJson), its confidentiality flag as 0 or 1.
QVariantMap caseColumns(const Case &c);
// The columns read into a Case, in readCase's order.
extern const char *const caseSelect;
// A case from a row of `SELECT caseSelect FROM cases` (without its parties).
Case readCase(const QSqlQuery &q);

// An NIP or NIK typed with spaces is kept as its digits, so that the same person is found again.
QString storedNip(const QString &typed);
// The stored columns of a party at its position in the case, besides case_id.
QVariantMap partyColumns(const Party &p, int position);
// The columns read into a Party, in readParty's order.
extern const char *const partySelect;
Party readParty(const QSqlQuery &q);

// The stored columns of a follow-up (party_id included).
QVariantMap followUpColumns(const FollowUp &f);
// The columns read into a FollowUp from its first, in readFollowUp's order, each prefixed with
// `alias` ("f.") when given.
QString followUpSelect(const QString &alias = QString());
// A follow-up of the party `partyId` from a row, its columns from `first` on.
FollowUp readFollowUp(const QSqlQuery &q, int first, qint64 partyId);

} // namespace Rows
