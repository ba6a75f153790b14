#pragma once

#include "stats/PpkRecord.h"

#include <QCoreApplication>
#include <QString>

// The PPKs' record (PpkRecord) as an XLSX workbook, by the ledger's conventions (XlsxFile,
// LedgerXlsx): one row per PPK in rank order, headers and labels in the UI's language, counts
// as number cells, the follow-up rate as a percentage cell, the kind as its label with the
// code in a hidden column beside it.
class PpkRecordXlsx
{
    Q_DECLARE_TR_FUNCTIONS(PpkRecordXlsx)

public:
    static bool write(const QString &path, const PpkRecord &record, QString *error);
};
