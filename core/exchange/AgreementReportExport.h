#pragma once

#include "documents/PrintedDocument.h"
#include "stats/AgreementReport.h"

#include <QDate>
#include <QString>

class Database;

// The agreement's report written out: a printed report on the office's letterhead, signed by
// its chair, and an XLSX workbook with the same sections. Both in Indonesian, the language of
// what leaves the office, whatever the UI's language.
namespace AgreementReportExport {

// What the printed report is signed with.
struct Signing
{
    Letterhead letterhead;
    Signatory signer; // the chair of the office
    QString place;    // "Sukoharjo"; empty: the date stands alone
    QDate date;
};

// The office's letterhead, its chair and city (settings), and the file's today.
Signing signingOf(Database &db, const AgreementReport &report);

// The sections in order: the five figures, the ten agencies, prevention and supervision.
PrintedDocument toDocument(const AgreementReport &report, const Signing &signing);

// One sheet "Laporan": the title, scope and period, then each section as a table (label or
// code and label, then the figure), numbers as numbers and the rate in a percentage format.
bool toXlsx(const AgreementReport &report, const QString &path, QString *error);

} // namespace AgreementReportExport
