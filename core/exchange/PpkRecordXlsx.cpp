#include "PpkRecordXlsx.h"

#include "XlsxFile.h"

bool PpkRecordXlsx::write(const QString &path, const PpkRecord &record, QString *error)
{
    XlsxFile xlsx(path);
    lxw_workbook *wb = xlsx.begin(tr("PPKs' record"), error);
    if (!wb)
        return false;
    lxw_format *header = xlsx.headerFormat();
    lxw_format *percent = workbook_add_format(wb);
    format_set_num_format(percent, "0.0%");
    // A sheet's name holds at most 31 characters and none of []:*?/\.
    const QByteArray sheetName = tr("PPKs' record").left(31).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.constData());
    const QList<QPair<QString, double>> headers{
        {tr("Rank"), 6},
        {tr("PPK"), 28},
        {tr("PPK office"), 32},
        {tr("Kind"), 22},
        {tr("Kind (code)"), 10},
        {tr("Recommendations received"), 14},
        {tr("Followed up"), 12},
        {tr("Followed up, another sanction"), 14},
        {tr("Late"), 10},
        {tr("Awaiting PPK"), 12},
        {tr("Follow-up rate"), 12},
        {tr("Median days to follow up"), 14},
    };
    for (int c = 0; c < headers.size(); ++c) {
        XlsxFile::text(ws, 0, c, headers.at(c).first, header);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), headers.at(c).second, nullptr);
    }
    XlsxFile::hideColumn(ws, 4);
    worksheet_set_row(ws, 0, 45, nullptr);
    worksheet_freeze_panes(ws, 1, 2);
    const auto number = [ws](int row, int col, double value, lxw_format *format = nullptr) {
        worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), value, format);
    };
    int row = 1;
    for (const PpkRecord::Row &r : record.rows) {
        number(row, 0, r.rank);
        XlsxFile::text(ws, row, 1, r.name, nullptr);
        XlsxFile::text(ws, row, 2, r.office, nullptr);
        XlsxFile::text(ws, row, 3, PpkRecord::label(r.kind), nullptr);
        XlsxFile::text(ws, row, 4, PpkRecord::code(r.kind), nullptr);
        int col = 5;
        for (int n : {r.received, r.followedUp, r.followedUpDifferent, r.late, r.awaiting})
            number(row, col++, n);
        if (const std::optional<double> rate = r.followUpRate())
            number(row, col, *rate, percent);
        ++col;
        if (const std::optional<double> median = r.medianDays())
            number(row, col, *median);
        ++row;
    }
    if (row > 1)
        worksheet_autofilter(ws, 0, 0, lxw_row_t(row - 1), lxw_col_t(headers.size() - 1));
    return xlsx.finish(error);
}
