#pragma once

#include "SqlDialect.h"

#include <QStringList>

// The numbered migration steps of the data file. Step N takes a file from version N-1 to N;
// each runs in one transaction. Never edit a released step: add a new one. The steps are written
// for the file; the dialect translates each statement for the server (SqlDialect::schema).
namespace Schema {
QList<QStringList> steps(const SqlDialect &dialect = SqlDialect::sqlite());
// The SELECT that builds the search rows of cases (add a WHERE and GROUP BY c.id).
QString searchRowSelect(const SqlDialect &dialect);
// The number a case goes by (Case::number): its registration number, else its receipt number.
// The expression of the index cases_number_length, which a query names so to be served by the
// index; the columns unqualified, which a query on cases and tables without numbers allows.
inline constexpr char CaseNumberShown[] =
    "CASE WHEN registration_number <> '' THEN registration_number ELSE receipt_number END";
} // namespace Schema
