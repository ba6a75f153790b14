#pragma once

#include "store/LedgerRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// The follow-up ledger (LedgerRepository) as an XLSX workbook, by the register's conventions
// (XlsxFile, RegisterXlsx): one row per person reported in a forwarded case, headers and labels
// in the UI's language, dates as date cells, NIPs and numbers as text, each coded value
// (regency, sanctions, state) as its label with the code in a hidden column beside it, and the
// days late as a number. The ledger holds the persons reported only: no reporter is ever in it.
class LedgerXlsx
{
    Q_DECLARE_TR_FUNCTIONS(LedgerXlsx)

public:
    // Which persons: "all", those whose follow-up is "outstanding", or the "late" ones only
    // (the ledger window's Show).
    static bool isShow(const QString &show);

    // Writes the rows whose state, as of `today` with the office's response days, `show`
    // selects; `count` gets how many persons were written.
    static bool write(const QString &path, const QList<LedgerRow> &rows, const QDate &today,
                      int responseDays, const QString &show, int *count, QString *error);

    // The ledger of the forwarded cases the filter selects, read from the file as of its day;
    // refused without the permission to export.
    static bool exportFile(Database &db, const QString &path, const CaseFilter &filter,
                           const QString &show, int *count, QString *error);
};
