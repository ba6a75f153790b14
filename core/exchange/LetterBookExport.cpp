#include "LetterBookExport.h"

#include "XlsxFile.h"

QStringList LetterBookExport::headers()
{
    return {QStringLiteral("No."),           QStringLiteral("Nomor Surat"),
            QStringLiteral("Tanggal"),       QStringLiteral("Tujuan"),
            QStringLiteral("Perihal"),       QStringLiteral("Nomor Perkara"),
            QStringLiteral("Penandatangan"), QStringLiteral("Diterbitkan oleh")};
}

bool LetterBookExport::toXlsx(const QList<Letter> &letters, const QString &title,
                              const QString &path, QString *error)
{
    XlsxFile xlsx(path);
    lxw_workbook *wb = xlsx.begin(title, error);
    if (!wb)
        return false;
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_font_size(bold, 13);
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xD9D9D9);
    lxw_format *cell = workbook_add_format(wb);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_text_wrap(cell);
    format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *number = workbook_add_format(wb);
    format_set_border(number, LXW_BORDER_THIN);
    format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *date = workbook_add_format(wb);
    format_set_border(date, LXW_BORDER_THIN);
    format_set_num_format(date, "dd/mm/yyyy");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);

    lxw_worksheet *ws = workbook_add_worksheet(wb, "Agenda Surat Keluar");
    XlsxFile::text(ws, 0, 0, title, bold);
    const QStringList heads = headers();
    const double widths[] = {5, 32, 12, 34, 34, 32, 26, 22};
    for (int c = 0; c < heads.size(); ++c) {
        XlsxFile::text(ws, 2, c, heads.at(c), header);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    }
    int row = 3;
    for (const Letter &l : letters) {
        worksheet_write_number(ws, lxw_row_t(row), 0, row - 2, number);
        XlsxFile::text(ws, row, 1, l.number, cell);
        lxw_datetime when{l.issuedOn.year(), l.issuedOn.month(), l.issuedOn.day(), 0, 0, 0};
        worksheet_write_datetime(ws, lxw_row_t(row), 2, &when, date);
        XlsxFile::text(ws, row, 3, l.addressee, cell);
        XlsxFile::text(ws, row, 4, l.subject, cell);
        XlsxFile::text(ws, row, 5, l.caseNumber, cell);
        XlsxFile::text(ws, row, 6, l.signatory, cell);
        XlsxFile::text(ws, row, 7, l.issuedBy, cell);
        ++row;
    }
    worksheet_freeze_panes(ws, 3, 0);
    return xlsx.finish(error);
}
