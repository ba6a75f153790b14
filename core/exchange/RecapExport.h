#pragma once

#include "documents/PrintedDocument.h"
#include "stats/Recap.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QStringList>

// The recap table written out: CSV (UTF-8, RFC 4180), XLSX (libxlsxwriter) and a printable
// document. Headers are Indonesian, the language of what leaves the office.
class RecapExport
{
    Q_DECLARE_TR_FUNCTIONS(RecapExport)

public:
    // The header row of the main table: code, regency, one column per violation category, then
    // cases, persons reported, recommended, followed up and the follow-up rate.
    static QStringList headers(const Recap &recap);

    // Header row, a row per regency and the total row; the rate as a percentage with one
    // decimal ("54.9"), empty when nobody was recommended. CRLF line ends.
    static QByteArray csv(const Recap &recap);
    static bool toCsv(const Recap &recap, const QString &path, QString *error);

    // Sheet "Rekapitulasi" (title and period, the table with numbers as numbers and the rate in
    // a percentage format), sheet "Jabatan" (persons reported per position category), sheet
    // "Pencegahan" (prevention activities held per kind, and participants) and sheet "Informasi
    // Awal" (supervision leads received, turned into findings and not pursued), per regency.
    static bool toXlsx(const Recap &recap, const QString &path, QString *error);

    // A landscape document with both tables and, when given, the charts as images, two a row.
    static PrintedDocument toDocument(const Recap &recap, const Letterhead &letterhead,
                                      const QList<QImage> &charts = {});
};
