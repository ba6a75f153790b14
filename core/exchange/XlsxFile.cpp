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
