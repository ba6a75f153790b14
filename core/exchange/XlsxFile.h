#pragma once

#include "store/OutputFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <xlsxwriter.h>

// One XLSX workbook (libxlsxwriter) written through the door for outputs (OutputFile): begun
// beside the target, closed, checked as a ZIP and renamed; nothing is left at the target when
// it fails. The recap and the letter book are written with it.
class XlsxFile
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFile)

public:
    explicit XlsxFile(const QString &path) : m_out(path) {}
    ~XlsxFile();
    XlsxFile(const XlsxFile &) = delete;
    XlsxFile &operator=(const XlsxFile &) = delete;

    // The workbook, its title and author ("Netra") set; null with `error` when the target is
    // refused or the workbook cannot be started.
    lxw_workbook *begin(const QString &title, QString *error);
    // Closes the workbook and puts it at the target.
    bool finish(QString *error);

    // A text cell; text that a spreadsheet could take for a formula gets its quote
    // (SpreadsheetText). libxlsxwriter copies the string.
    static void text(lxw_worksheet *ws, int row, int col, const QString &value, lxw_format *format);
    // A date cell (a date a spreadsheet sorts and filters), nothing for an invalid date.
    static void date(lxw_worksheet *ws, int row, int col, const QDate &value, lxw_format *format);
    // A column kept for sorting and reading back but not shown (the codes beside their labels).
    static void hideColumn(lxw_worksheet *ws, int col);

    // The formats of a table of cases (the register, the ledger), made once per workbook: a bold
    // grey header row with a border, dates as dd/mm/yyyy.
    lxw_format *headerFormat();
    lxw_format *dateFormat();

private:
    OutputFile m_out;
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
};
