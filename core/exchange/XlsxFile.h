#pragma once

#include "store/OutputFile.h"

#include <QCoreApplication>
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

private:
    OutputFile m_out;
    lxw_workbook *m_workbook = nullptr;
};
