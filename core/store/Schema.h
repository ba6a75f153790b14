#pragma once

#include <QStringList>

// The numbered migration steps of the data file. Step N takes a file from version N-1 to N;
// each runs in one transaction. Never edit a released step: add a new one.
namespace Schema {
QList<QStringList> steps();
// The SELECT that builds the search rows of cases (add a WHERE and GROUP BY c.id).
QString searchRowSelect();
} // namespace Schema
