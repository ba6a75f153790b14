#pragma once

#include "RegisterCsv.h"
#include "domain/CaseFilter.h"
#include "domain/Hearing.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <functional>

class QIODevice;

// Writes a data file's cases as a register: the spec's CSV (RegisterCsv), the CSV for a
// spreadsheet set to Indonesian (RegisterCsv::Layout::Spreadsheet), or an XLSX workbook
// (RegisterXlsx). RegisterImport brings such a CSV back in.
//
// The permission to export is checked first (and to see confidential reporters when identities
// are shown); the confidential reporters an export shows are logged with the format written.
class RegisterExport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExport)

public:
    enum class Format { Csv, SpreadsheetCsv, Xlsx };

    explicit RegisterExport(Database &db) : m_db(db) {}

    // Writes the cases the filter selects, in received order; `count` gets how many.
    bool exportTo(QIODevice *out, const CaseFilter &filter, bool withIdentities, int *count,
                  QString *error, RegisterCsv::Layout layout = RegisterCsv::Layout::Standard);
    bool exportFile(const QString &path, const CaseFilter &filter, bool withIdentities, int *count,
                    QString *error, Format format = Format::Csv);

    // The purpose logged for the identities an export in `format` shows.
    static QString purpose(Format format);

private:
    // The cases an export writes, each handed to `write` as the export may show it (identities
    // opened or withheld), with the permission checked first and the identities shown logged
    // with `purpose`.
    bool exportCases(const CaseFilter &filter, bool withIdentities, const QString &purpose,
                     const std::function<bool(const Case &, const QList<FollowUp> &)> &write,
                     int *count, QString *error);

    Database &m_db;
};
