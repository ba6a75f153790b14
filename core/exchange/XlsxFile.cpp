#include "XlsxFile.h"

#include "SpreadsheetText.h"

#include <QFile>

XlsxFile::~XlsxFile()
{
    if (m_workbook)
        workbook_close(m_workbook); // unfinished: OutputFile removes what it wrote
}

lxw_workbook *XlsxFile::begin(const QString &title, QString *error)
{
    if (!m_out.begin(error))
        return nullptr;
    const QByteArray file = QFile::encodeName(m_out.temporaryPath());
    m_workbook = workbook_new(file.constData());
    if (!m_workbook) {
        m_out.fail(error, tr("The XLSX file could not be started at %1.").arg(m_out.target()));
        return nullptr;
    }
    // libxlsxwriter copies the properties it is given.
    QByteArray titleBytes = title.toUtf8();
    QByteArray creator = QByteArrayLiteral("Netra");
    lxw_doc_properties properties{};
    properties.title = titleBytes.data();
    properties.author = creator.data();
    workbook_set_properties(m_workbook, &properties);
    return m_workbook;
}

bool XlsxFile::finish(QString *error)
{
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (result != LXW_NO_ERROR)
        return m_out.fail(error, tr("The XLSX file could not be written to %1: %2")
                                     .arg(m_out.target(), QString::fromUtf8(lxw_strerror(result))));
    return m_out.commit(error, OutputFile::Kind::Zip);
}

void XlsxFile::text(lxw_worksheet *ws, int row, int col, const QString &value, lxw_format *format)
{
    worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col),
                           SpreadsheetText::protect(value).toUtf8().constData(), format);
}

void XlsxFile::date(lxw_worksheet *ws, int row, int col, const QDate &value, lxw_format *format)
{
    if (!value.isValid())
        return;
    lxw_datetime when{value.year(), value.month(), value.day(), 0, 0, 0};
    worksheet_write_datetime(ws, lxw_row_t(row), lxw_col_t(col), &when, format);
}

void XlsxFile::hideColumn(lxw_worksheet *ws, int col)
{
    lxw_row_col_options hidden{};
    hidden.hidden = 1;
    worksheet_set_column_opt(ws, lxw_col_t(col), lxw_col_t(col), 14, nullptr, &hidden);
}

lxw_format *XlsxFile::headerFormat()
{
    if (!m_header && m_workbook) {
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xD9D9D9);
        format_set_border(m_header, LXW_BORDER_THIN);
    }
    return m_header;
}

lxw_format *XlsxFile::dateFormat()
{
    if (!m_date && m_workbook) {
        m_date = workbook_add_format(m_workbook);
        format_set_num_format(m_date, "dd/mm/yyyy");
    }
    return m_date;
}
