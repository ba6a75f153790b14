#include "RecapExport.h"
#include "domain/NumberFormat.h"

#include "SpreadsheetText.h"
#include "XlsxFile.h"
#include "domain/Codes.h"
#include "store/OutputFile.h"

#include <QBuffer>
#include <QLocale>

#include <functional>
#include <numeric>

#include <xlsxwriter.h>

namespace {

const char *const Title = "REKAPITULASI PENANGANAN DUGAAN PELANGGARAN NETRALITAS ASN";

// The columns after the categories, in Indonesian.
QStringList figureHeaders()
{
    return {QStringLiteral("Jumlah Kasus"), QStringLiteral("Jumlah Terlapor"),
            QStringLiteral("Direkomendasikan Sanksi"), QStringLiteral("Ditindaklanjuti PPK"),
            QStringLiteral("Tindak Lanjut (%)")};
}

QString csvField(const QString &text)
{
    const QString value = SpreadsheetText::protect(text);
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The cells of a row as text, unlocalised: codes and counts, the rate with one decimal.
QStringList csvCells(const Recap::Row &r)
{
    QStringList cells{r.regencyCode, r.regencyName};
    for (qint64 n : r.byCategory)
        cells << QString::number(n);
    cells << QString::number(r.cases) << QString::number(r.persons)
          << QString::number(r.recommended) << QString::number(r.followedUp);
    const std::optional<double> rate = r.followUpRate();
    cells << (rate ? QString::number(*rate * 100.0, 'f', 1) : QString());
    return cells;
}

QByteArray csvLine(const QStringList &cells)
{
    QStringList fields;
    for (const QString &c : cells)
        fields << csvField(c);
    return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

void writeNumber(lxw_worksheet *ws, int row, int col, double value, lxw_format *format)
{
    worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), value, format);
}

struct Formats
{
    lxw_format *title;
    lxw_format *header;
    lxw_format *text;
    lxw_format *number;
    lxw_format *percent;
    lxw_format *totalText;
    lxw_format *totalNumber;
    lxw_format *totalPercent;
};

Formats addFormats(lxw_workbook *wb)
{
    Formats f{};
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 13);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_bg_color(f.header, 0xD9D9D9);
    auto cell = [&](bool bold, const char *numberFormat) {
        lxw_format *format = workbook_add_format(wb);
        format_set_border(format, LXW_BORDER_THIN);
        if (bold)
            format_set_bold(format);
        if (numberFormat)
            format_set_num_format(format, numberFormat);
        return format;
    };
    f.text = cell(false, nullptr);
    f.number = cell(false, "#,##0");
    f.percent = cell(false, "0.0%");
    f.totalText = cell(true, nullptr);
    f.totalNumber = cell(true, "#,##0");
    f.totalPercent = cell(true, "0.0%");
    return f;
}

// Title, period and scope above a table whose header is on row 4; returns the header row.
int writeHeading(lxw_worksheet *ws, const Formats &f, const Recap &recap, const QString &subtitle)
{
    XlsxFile::text(ws, 0, 0, QString::fromLatin1(Title), f.title);
    XlsxFile::text(ws, 1, 0, QStringLiteral("Periode: %1").arg(recap.periodText()), nullptr);
    XlsxFile::text(ws, 2, 0, QStringLiteral("%1. %2").arg(subtitle, recap.scopeText()), nullptr);
    return 4;
}

void writeMainSheet(lxw_worksheet *ws, const Formats &f, const Recap &recap)
{
    const int head =
        writeHeading(ws, f, recap, QStringLiteral("Jumlah kasus per kategori pelanggaran"));
    const QStringList headers = RecapExport::headers(recap);
    for (int c = 0; c < headers.size(); ++c)
        XlsxFile::text(ws, head, c, headers.at(c), f.header);
    worksheet_set_row(ws, lxw_row_t(head), 45, nullptr);

    const QList<Recap::Row> rows = recap.rows + QList<Recap::Row>{recap.total};
    for (int i = 0; i < rows.size(); ++i) {
        const Recap::Row &r = rows.at(i);
        const bool total = i == rows.size() - 1;
        lxw_format *text = total ? f.totalText : f.text;
        lxw_format *number = total ? f.totalNumber : f.number;
        const int row = head + 1 + i;
        int col = 0;
        XlsxFile::text(ws, row, col++, r.regencyCode, text);
        XlsxFile::text(ws, row, col++, r.regencyName, text);
        for (qint64 n : r.byCategory)
            writeNumber(ws, row, col++, double(n), number);
        for (qint64 n : {r.cases, r.persons, r.recommended, r.followedUp})
            writeNumber(ws, row, col++, double(n), number);
        if (const std::optional<double> rate = r.followUpRate())
            writeNumber(ws, row, col, *rate, total ? f.totalPercent : f.percent);
        else
            worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(col), text);
    }
    worksheet_set_column(ws, 0, 0, 8, nullptr);
    worksheet_set_column(ws, 1, 1, 28, nullptr);
    worksheet_set_column(ws, 2, lxw_col_t(headers.size() - 1), 13, nullptr);
    worksheet_freeze_panes(ws, lxw_row_t(head + 1), 2);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_fit_to_pages(ws, 1, 0);
}

// A sheet of counts per regency: code, regency, the figures of each row and of the total row.
void writeCountSheet(lxw_worksheet *ws, const Formats &f, const Recap &recap,
                     const QString &subtitle, const QStringList &figureHeaders,
                     const std::function<QList<qint64>(const Recap::Row &)> &figures)
{
    const int head = writeHeading(ws, f, recap, subtitle);
    const QStringList headers =
        QStringList{QStringLiteral("Kode"), QStringLiteral("Kabupaten/Kota")} + figureHeaders;
    for (int c = 0; c < headers.size(); ++c)
        XlsxFile::text(ws, head, c, headers.at(c), f.header);
    worksheet_set_row(ws, lxw_row_t(head), 30, nullptr);
    const QList<Recap::Row> rows = recap.rows + QList<Recap::Row>{recap.total};
    for (int i = 0; i < rows.size(); ++i) {
        const Recap::Row &r = rows.at(i);
        const bool total = i == rows.size() - 1;
        lxw_format *number = total ? f.totalNumber : f.number;
        const int row = head + 1 + i;
        int col = 0;
        XlsxFile::text(ws, row, col++, r.regencyCode, total ? f.totalText : f.text);
        XlsxFile::text(ws, row, col++, r.regencyName, total ? f.totalText : f.text);
        for (qint64 n : figures(r))
            writeNumber(ws, row, col++, double(n), number);
    }
    worksheet_set_column(ws, 0, 0, 8, nullptr);
    worksheet_set_column(ws, 1, 1, 28, nullptr);
    worksheet_set_column(ws, 2, lxw_col_t(headers.size() - 1), 12, nullptr);
    worksheet_freeze_panes(ws, lxw_row_t(head + 1), 2);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_fit_to_pages(ws, 1, 0);
}

void writePositionSheet(lxw_worksheet *ws, const Formats &f, const Recap &recap)
{
    QStringList headers;
    for (const QString &p : recap.positions)
        headers << Recap::positionLabel(p);
    writeCountSheet(ws, f, recap, QStringLiteral("Jumlah terlapor per kategori jabatan"),
                    headers << QStringLiteral("Jumlah Terlapor"),
                    [](const Recap::Row &r) { return r.byPosition + QList<qint64>{r.persons}; });
}

// The prevention activities held in the period per regency and kind, and their participants.
void writeActivitySheet(lxw_worksheet *ws, const Formats &f, const Recap &recap)
{
    QStringList headers;
    for (const QString &k : recap.activityKinds)
        headers << Codes::printLabel(Codes::Kind::ActivityKind, k);
    writeCountSheet(ws, f, recap, QStringLiteral("Kegiatan pencegahan per jenis"),
                    headers << QStringLiteral("Jumlah Kegiatan")
                            << QStringLiteral("Jumlah Peserta"),
                    [](const Recap::Row &r) {
                        return r.byActivity + QList<qint64>{r.activities, r.participants};
                    });
}

// The supervision leads of the period per regency: received, turned into findings, not pursued.
void writeLeadSheet(lxw_worksheet *ws, const Formats &f, const Recap &recap)
{
    writeCountSheet(ws, f, recap, QStringLiteral("Informasi awal hasil pengawasan"),
                    {QStringLiteral("Informasi Awal Diterima"), QStringLiteral("Menjadi Temuan"),
                     QStringLiteral("Tidak Ditindaklanjuti")},
                    [](const Recap::Row &r) {
                        return QList<qint64>{r.leads, r.leadFindings, r.leadsNotPursued};
                    });
}

// Header words too long for a narrow column, with soft hyphens where they may break.
QString hyphenated(QString label)
{
    static const char *const words[][2] = {{"Direkomendasikan", "Direkomen\u00ADdasikan"},
                                           {"Ditindaklanjuti", "Ditindak\u00ADlanjuti"},
                                           {"menguntungkan", "mengun\u00ADtungkan"},
                                           {"Pendekatan", "Pende\u00ADkatan"},
                                           {"Fungsional", "Fungsio\u00ADnal"},
                                           {"Administrator", "Adminis\u00ADtrator"},
                                           {"Keputusan", "Kepu\u00ADtusan"},
                                           {"Mendaftar", "Men\u00ADdaftar"},
                                           {"kampanye", "kam\u00ADpanye"}};
    for (const auto &w : words)
        label.replace(QString::fromUtf8(w[0]), QString::fromUtf8(w[1]));
    return label;
}

// A table row; a header row may give each column its width in percent.
QString htmlRow(const QStringList &cells, bool header, bool bold, const QList<int> &widths = {})
{
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i) {
        if (header) {
            const QString width =
                i < widths.size() ? QStringLiteral(" width='%1%'").arg(widths.at(i)) : QString();
            html += QStringLiteral("<th%1><span style='font-size:7pt'>%2</span></th>")
                        .arg(width, PrintedDocument::escape(hyphenated(cells.at(i))));
            continue;
        }
        const QString text = PrintedDocument::escape(cells.at(i));
        html += QStringLiteral("<td align='%1'>%2</td>")
                    .arg(i < 2 ? QLatin1String("left") : QLatin1String("right"),
                         bold ? QStringLiteral("<b>%1</b>").arg(text) : text);
    }
    return html + QStringLiteral("</tr>");
}

QString pngDataUrl(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

QStringList RecapExport::headers(const Recap &recap)
{
    QStringList h{QStringLiteral("Kode"), QStringLiteral("Kabupaten/Kota")};
    for (const QString &c : recap.categories)
        h << Recap::categoryLabel(c);
    return h + figureHeaders();
}

QByteArray RecapExport::csv(const Recap &recap)
{
    QByteArray out = csvLine(headers(recap));
    for (const Recap::Row &r : recap.rows)
        out += csvLine(csvCells(r));
    out += csvLine(csvCells(recap.total));
    return out;
}

bool RecapExport::toCsv(const Recap &recap, const QString &path, QString *error)
{
    return OutputFile::save(path, csv(recap), error);
}

bool RecapExport::toXlsx(const Recap &recap, const QString &path, QString *error)
{
    XlsxFile xlsx(path);
    lxw_workbook *wb = xlsx.begin(QString::fromUtf8(Title), error);
    if (!wb)
        return false;
    const Formats formats = addFormats(wb);
    writeMainSheet(workbook_add_worksheet(wb, "Rekapitulasi"), formats, recap);
    writePositionSheet(workbook_add_worksheet(wb, "Jabatan"), formats, recap);
    writeActivitySheet(workbook_add_worksheet(wb, "Pencegahan"), formats, recap);
    writeLeadSheet(workbook_add_worksheet(wb, "Informasi Awal"), formats, recap);
    return xlsx.finish(error);
}

PrintedDocument RecapExport::toDocument(const Recap &recap, const Letterhead &letterhead,
                                        const QList<QImage> &charts)
{
    PrintedDocument doc;
    doc.title = QStringLiteral("Rekapitulasi %1").arg(recap.periodText());
    doc.letterhead = letterhead;
    doc.landscape = true;
    doc.language = QStringLiteral("id");

    QString html = QStringLiteral("<p align='center'><b style='font-size:13pt'>%1</b><br>%2</p>")
                       .arg(QString::fromLatin1(Title), PrintedDocument::escape(recap.scopeText()));
    const QList<Recap::Row> rows = recap.rows + QList<Recap::Row>{recap.total};

    // Narrow category columns so that the figures at the right keep room for their labels.
    QList<int> widths{3, 11};
    for (int i = 0; i < recap.categories.size(); ++i)
        widths << (recap.categories.size() > 11 ? 4 : 5);
    const int figures = 100 - std::accumulate(widths.cbegin(), widths.cend(), 0);
    widths << QList<int>(5, figures / 5);
    QStringList head = headers(recap);
    head[0] = QStringLiteral("No.");
    head.last() = QStringLiteral("Tindak Lanjut");
    html += QStringLiteral("<h2>Kasus per kategori pelanggaran</h2>"
                           "<table class='grid' width='100%' style='font-size:8pt'>") +
            htmlRow(head, true, false, widths);
    for (int i = 0; i < rows.size(); ++i) {
        const Recap::Row &r = rows.at(i);
        const bool total = i == rows.size() - 1;
        QStringList cells{total ? QString() : QString::number(i + 1), r.regencyName};
        for (qint64 n : r.byCategory)
            cells << documentNumber(n);
        cells << documentNumber(r.cases) << documentNumber(r.persons)
              << documentNumber(r.recommended) << documentNumber(r.followedUp)
              << documentPercent(r.followUpRate());
        html += htmlRow(cells, false, total);
    }
    html += QStringLiteral("</table>");

    QStringList positionHead{QStringLiteral("No."), QStringLiteral("Kabupaten/Kota")};
    for (const QString &p : recap.positions)
        positionHead << Recap::positionLabel(p);
    positionHead << QStringLiteral("Jumlah Terlapor");
    html += QStringLiteral("<h2>Terlapor per kategori jabatan</h2>"
                           "<table class='grid' width='100%' style='font-size:8pt'>") +
            htmlRow(positionHead, true, false);
    for (int i = 0; i < rows.size(); ++i) {
        const Recap::Row &r = rows.at(i);
        const bool total = i == rows.size() - 1;
        QStringList cells{total ? QString() : QString::number(i + 1), r.regencyName};
        for (qint64 n : r.byPosition)
            cells << documentNumber(n);
        cells << documentNumber(r.persons);
        html += htmlRow(cells, false, total);
    }
    html += QStringLiteral("</table>");

    if (recap.total.activities > 0) {
        QStringList activityHead{QStringLiteral("No."), QStringLiteral("Kabupaten/Kota")};
        for (const QString &k : recap.activityKinds)
            activityHead << Codes::printLabel(Codes::Kind::ActivityKind, k);
        activityHead << QStringLiteral("Jumlah Kegiatan") << QStringLiteral("Jumlah Peserta");
        html += QStringLiteral("<h2>Kegiatan pencegahan</h2>"
                               "<table class='grid' width='100%' style='font-size:8pt'>") +
                htmlRow(activityHead, true, false);
        for (int i = 0; i < rows.size(); ++i) {
            const Recap::Row &r = rows.at(i);
            const bool total = i == rows.size() - 1;
            QStringList cells{total ? QString() : QString::number(i + 1), r.regencyName};
            for (qint64 n : r.byActivity)
                cells << documentNumber(n);
            cells << documentNumber(r.activities) << documentNumber(r.participants);
            html += htmlRow(cells, false, total);
        }
        html += QStringLiteral("</table>");
    }

    if (recap.total.leads + recap.total.leadFindings + recap.total.leadsNotPursued > 0) {
        html += QStringLiteral("<h2>Informasi awal (pengawasan)</h2>"
                               "<table class='grid' width='100%' style='font-size:8pt'>") +
                htmlRow({QStringLiteral("No."), QStringLiteral("Kabupaten/Kota"),
                         QStringLiteral("Informasi Awal Diterima"),
                         QStringLiteral("Menjadi Temuan"), QStringLiteral("Tidak Ditindaklanjuti")},
                        true, false);
        for (int i = 0; i < rows.size(); ++i) {
            const Recap::Row &r = rows.at(i);
            const bool total = i == rows.size() - 1;
            html += htmlRow({total ? QString() : QString::number(i + 1), r.regencyName,
                             documentNumber(r.leads), documentNumber(r.leadFindings),
                             documentNumber(r.leadsNotPursued)},
                            false, total);
        }
        html += QStringLiteral("</table>");
    }

    if (!charts.isEmpty()) {
        // Widths are in CSS pixels (1/96 inch); a landscape A4 body is about 950 wide, and two rows
        // of 420-wide charts fit on a page.
        html += QStringLiteral("<h2 style='page-break-before: always'>Grafik</h2>"
                               "<table width='100%' cellpadding='4'>");
        for (int i = 0; i < charts.size(); ++i) {
            if (i % 2 == 0)
                html += QStringLiteral("<tr>");
            const QImage &img = charts.at(i);
            const int width = 420;
            const int height = img.width() > 0 ? width * img.height() / img.width() : 0;
            html += QStringLiteral("<td><img src='%1' width='%2' height='%3'></td>")
                        .arg(pngDataUrl(img))
                        .arg(width)
                        .arg(height);
            if (i % 2 == 1 || i == charts.size() - 1)
                html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    doc.bodyHtml = html;
    return doc;
}
