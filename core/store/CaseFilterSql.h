#pragma once

#include "domain/CaseFilter.h"

#include <QVariantList>

// The WHERE clause (with its leading " WHERE ", or empty) of a case filter over `cases c`, and
// the values to bind, in order. Shared by the repositories of the store.
QString caseWhere(const CaseFilter &filter, const QDate &today, QVariantList *values);
