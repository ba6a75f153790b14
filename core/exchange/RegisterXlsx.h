#pragma once

#include "XlsxFile.h"
#include "domain/Case.h"
#include "domain/Hearing.h"

#include <QList>
#include <QString>

// The case register as an XLSX workbook for officers who open it in Excel or LibreOffice: the
// CSV register's columns and rows (RegisterCsv::rowsOf, so the same persons, the same withheld
// reporters), with dates as date cells, NIPs and numbers as text, and each coded value (source,
// election, categories, status, sanctions) as its label in the UI's language, the code beside
// it in a hidden column ("<column>_kode"). Saved as CSV, the sheet reads back with import-csv,
// which takes labels as well as codes.
class RegisterXlsx
{
public:
    RegisterXlsx(const QString &path, bool withIdentities)
        : m_xlsx(path), m_identities(withIdentities)
    {
    }
    // The workbook and its header row; false with `error` when the target is refused.
    bool begin(QString *error);
    bool writeCase(const Case &c, const QList<FollowUp> &followUps);
    // Closes the workbook and puts it at the target.
    bool finish(QString *error);

private:
    XlsxFile m_xlsx;
    bool m_identities;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
    int m_row = 0;
    int m_columns = 0;
};
