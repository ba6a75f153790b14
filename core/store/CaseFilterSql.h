#pragma once

#include "Database.h"
#include "domain/CaseFilter.h"

#include <QVariantList>

// The WHERE clause (with its leading " WHERE ", or empty) of a case filter over `cases c`, and
// the values to bind, in order, with deadlines measured against the store's day. Shared by the
// repositories of the store.
QString caseWhere(Database &db, const CaseFilter &filter, QVariantList *values);
