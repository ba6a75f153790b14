#pragma once

#include "domain/CaseFilter.h"
#include "store/StatsRepository.h"

#include <QJsonObject>

class Database;

// The figures the KASN–Bawaslu agreement asks for (docs/domain.md §1, §6): counts by status,
// source, violation category, position category, agency and regency; recommendations and follow-ups
// and the follow-up rate. Shared by `netra-cli stats`, the dashboard and the recap.
namespace Stats {
QJsonObject compute(Database &db, const CaseFilter &filter);
// The filter as compute() states it ("filter": regency, province, from, to, election).
QJsonObject filterJson(const CaseFilter &filter);
// The regencies' counts summed per province (the first two digits of a regency's code), most
// first, ties in the order first met.
Counts provincesOf(const Counts &regencies);
} // namespace Stats
