#pragma once

#include "Database.h"
#include "domain/CaseFilter.h"

#include <QVariantList>

// The WHERE clause (with its leading " WHERE ", or empty) of a case filter over `cases c`, and
// the values to bind, in order, with deadlines measured against the store's day. Shared by the
// repositories of the store.
QString caseWhere(Database &db, const CaseFilter &filter, QVariantList *values);

// The conditions of a period on `dateColumn` (either end open when invalid) and of one regency
// or one province (a range of regency codes, which the regency index serves) on
// `regencyColumn`, appended to `parts` with their values: the cases' filter and the registers of
// prevention activities and supervision leads.
void appendPeriodAndRegion(const QString &dateColumn, const QDate &from, const QDate &to,
                           const QString &regencyColumn, const QString &regency,
                           const QString &province, QStringList *parts, QVariantList *values);
