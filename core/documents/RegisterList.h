#pragma once

#include "documents/PrintedDocument.h"
#include "domain/CaseFilter.h"
#include "store/CaseRepository.h"

// The register printed as a list (the register's "Print the list of cases", `netra-cli cases
// --pdf`): the cases its filter selects, one line each in the register's order, under the
// office's letterhead, with the filter in words, the day the deadlines are measured against
// and who printed it. Always in Indonesian. It names the persons reported, never a reporter.
// Pure: no I/O.
namespace RegisterList {

// The filter in words, as the list's heading gives it ("Status: Klarifikasi, Diteruskan ·
// Kabupaten Sukoharjo · Tenggat: terlambat"); "Semua kasus" when it selects every case.
QString scopeText(const CaseFilter &filter);

// The list of `rows` (CaseRepository::page) selected by `filter`, their deadlines as of
// `today`; `printedBy` is the name of the user printing it, empty when none is signed in.
PrintedDocument build(const QList<CaseRow> &rows, const CaseFilter &filter,
                      const Letterhead &letterhead, const QDate &today, const QString &printedBy);

} // namespace RegisterList
