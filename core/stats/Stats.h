#pragma once

#include "domain/CaseFilter.h"

#include <QJsonObject>

class Database;

// The figures the KASN–Bawaslu agreement asks for (docs/domain.md §1, §6): counts by status,
// source, violation category, position category, agency and regency; recommendations and follow-ups
// and the follow-up rate. Shared by `netra-cli stats`, the dashboard and the recap.
namespace Stats {
QJsonObject compute(Database &db, const CaseFilter &filter);
}
