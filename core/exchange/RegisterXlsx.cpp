#include "RegisterXlsx.h"

#include "RegisterCsv.h"
#include "domain/Codes.h"

#include <QDate>
#include <optional>

namespace {

// The register's columns holding a code, with the kind that labels it.
std::optional<Codes::Kind> codeKind(const QString &column)
{
    static const QList<QPair<QString, Codes::Kind>> kinds{
        {QStringLiteral("jenis"), Codes::Kind::Source},
        {QStringLiteral("pemilihan"), Codes::Kind::Election},
        {QStringLiteral("kategori_jabatan"), Codes::Kind::PositionCategory},
        {QStringLiteral("kategori_pelanggaran"), Codes::Kind::ViolationCategory},
        {QStringLiteral("status"), Codes::Kind::Status},
        {QStringLiteral("sanksi_rekomendasi"), Codes::Kind::Sanction},
        {QStringLiteral("sanksi_dijatuhkan"), Codes::Kind::Sanction},
    };
    for (const auto &k : kinds) {
        if (k.first == column)
            return k.second;
    }
    return std::nullopt;
}

bool isDateColumn(const QString &column)
{
    return column.startsWith(QLatin1String("tanggal_")) ||
           column.endsWith(QLatin1String("_tanggal"));
}

} // namespace

bool RegisterXlsx::begin(QString *error)
{
    lxw_workbook *wb = m_xlsx.begin(QStringLiteral("Register Kasus Netralitas ASN"), error);
    if (!wb)
        return false;
    m_header = m_xlsx.headerFormat();
    m_date = m_xlsx.dateFormat();
    m_sheet = workbook_add_worksheet(wb, "Register");
    int col = 0;
    for (const QString &name : RegisterCsv::columns()) {
        XlsxFile::text(m_sheet, 0, col, name, m_header);
        const bool date = isDateColumn(name);
        const double width = date ? 12 : name == QLatin1String("uraian") ? 48 : 20;
        worksheet_set_column(m_sheet, lxw_col_t(col), lxw_col_t(col), width, nullptr);
        ++col;
        if (codeKind(name)) {
            XlsxFile::text(m_sheet, 0, col, name + QStringLiteral("_kode"), m_header);
            XlsxFile::hideColumn(m_sheet, col);
            ++col;
        }
    }
    worksheet_freeze_panes(m_sheet, 1, 1);
    m_columns = col;
    m_row = 1;
    return true;
}

bool RegisterXlsx::writeCase(const Case &c, const QList<FollowUp> &followUps)
{
    const QStringList columns = RegisterCsv::columns();
    for (const QStringList &fields : RegisterCsv::rowsOf(c, followUps, m_identities)) {
        int col = 0;
        for (int i = 0; i < columns.size(); ++i) {
            const QString &name = columns.at(i);
            const QString &value = fields.at(i);
            const std::optional<Codes::Kind> kind = codeKind(name);
            const QDate date = isDateColumn(name) ? QDate::fromString(value, Qt::ISODate) : QDate();
            if (date.isValid()) {
                XlsxFile::date(m_sheet, m_row, col, date, m_date);
            } else if (!value.isEmpty()) {
                XlsxFile::text(m_sheet, m_row, col, kind ? Codes::label(*kind, value) : value,
                               nullptr);
            }
            ++col;
            if (kind) {
                if (!value.isEmpty())
                    XlsxFile::text(m_sheet, m_row, col, value, nullptr);
                ++col;
            }
        }
        ++m_row;
    }
    return true;
}

bool RegisterXlsx::finish(QString *error)
{
    if (m_row > 1)
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_row - 1), lxw_col_t(m_columns - 1));
    return m_xlsx.finish(error);
}
