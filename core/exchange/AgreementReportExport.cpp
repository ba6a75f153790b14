#include "AgreementReportExport.h"
#include "domain/NumberFormat.h"

#include "XlsxFile.h"
#include "domain/Codes.h"
#include "domain/Regions.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QLocale>

#include <xlsxwriter.h>

namespace {

// The report is Indonesian whatever the UI language: its words are written here, not in tr().

const char *const Title = "LAPORAN PENGAWASAN NETRALITAS APARATUR SIPIL NEGARA";
const char *const Subtitle = "Pelaksanaan Kesepakatan Bersama KASN dan Bawaslu";

// One line of a section: its label and figure; a code (of a category) beside its label in the
// workbook.
struct Line
{
    QString code;
    QString label;
    qint64 value = 0;
};

struct Section
{
    QString heading;
    QString labelHeader; // the first column's header
    QString valueHeader; // the figure's header
    QList<Line> lines;
    bool codes = false; // the lines are codes with labels
};

QString categoryLabel(Codes::Kind kind, const QString &code)
{
    return code.isEmpty() ? QStringLiteral("Tanpa kategori") : Codes::printLabel(kind, code);
}

QList<Line> linesOf(const Counts &counts, Codes::Kind kind)
{
    QList<Line> lines;
    for (const auto &c : counts)
        lines << Line{c.first, categoryLabel(kind, c.first), c.second};
    return lines;
}

// The sections whose figures are counts; the follow-up rate is written after the fifth.
QList<Section> sections(const AgreementReport &r)
{
    QList<Section> s;
    s << Section{QStringLiteral("1. Jumlah Pelanggaran"),
                 QStringLiteral("Uraian"),
                 QStringLiteral("Jumlah"),
                 {{{}, QStringLiteral("Dugaan pelanggaran netralitas ASN (kasus)"), r.violations},
                  {{}, QStringLiteral("ASN terlapor"), r.personsReported}}};
    s << Section{QStringLiteral("2. Pelanggaran Menurut Kategori"),
                 QStringLiteral("Kategori pelanggaran"), QStringLiteral("Jumlah kasus"),
                 linesOf(r.byViolationCategory, Codes::Kind::ViolationCategory), true};
    s << Section{QStringLiteral("3. Terlapor Menurut Kategori Jabatan"),
                 QStringLiteral("Kategori jabatan"), QStringLiteral("Jumlah terlapor"),
                 linesOf(r.byPositionCategory, Codes::Kind::PositionCategory), true};
    s << Section{
        QStringLiteral("4. Rekomendasi"),
        QStringLiteral("Uraian"),
        QStringLiteral("Jumlah"),
        {{{}, QStringLiteral("Terlapor yang diberi rekomendasi"), r.recommendations},
         {{}, QStringLiteral("Direkomendasikan penjatuhan sanksi"), r.recommendedForSanction}}};
    s << Section{
        QStringLiteral("5. Tindak Lanjut Rekomendasi"),
        QStringLiteral("Uraian"),
        QStringLiteral("Jumlah"),
        {{{}, QStringLiteral("Ditindaklanjuti PPK"), r.followedUp},
         {{}, QStringLiteral("Ditindaklanjuti sesuai rekomendasi"), r.followedUpAsRecommended}}};
    QList<Line> agencies;
    for (const auto &a : r.topAgencies)
        agencies << Line{
            {}, a.first.isEmpty() ? QStringLiteral("Tanpa instansi") : a.first, a.second};
    s << Section{QStringLiteral("6. Sepuluh Instansi dengan Pelanggaran Terbanyak"),
                 QStringLiteral("Instansi"), QStringLiteral("Jumlah terlapor"), agencies};
    s << Section{QStringLiteral("7. Pencegahan dan Pengawasan"),
                 QStringLiteral("Uraian"),
                 QStringLiteral("Jumlah"),
                 {{{}, QStringLiteral("Kegiatan pencegahan"), r.preventionActivities},
                  {{}, QStringLiteral("Peserta kegiatan pencegahan"), r.preventionParticipants},
                  {{}, QStringLiteral("Informasi awal (hasil pengawasan) diterima"), r.leads},
                  {{}, QStringLiteral("Informasi awal yang menjadi temuan"), r.leadFindings}}};
    return s;
}

const QString RateLabel = QStringLiteral("Persentase tindak lanjut");

QString e(const QString &text)
{
    return PrintedDocument::escape(text);
}

QString row(const QString &no, const QString &label, const QString &value, bool bold = false)
{
    const QString v = bold ? QStringLiteral("<b>%1</b>").arg(e(value)) : e(value);
    const QString l = bold ? QStringLiteral("<b>%1</b>").arg(e(label)) : e(label);
    return QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td align='right'>%3</td>"
                          "</tr>")
        .arg(e(no), l, v);
}

} // namespace

namespace AgreementReportExport {

Signing signingOf(Database &db, const AgreementReport &report)
{
    const SettingsRepository repo(db);
    Signing s;
    s.letterhead = Letterhead::fromSettings(repo);
    s.place = repo.setting(QStringLiteral("office_city")).trimmed();
    s.date = db.today();
    // The office that reports, as its letterhead names it ("BADAN PENGAWAS PEMILIHAN UMUM
    // KABUPATEN SUKOHARJO": "Bawaslu Kabupaten Sukoharjo"), else the regency or province of
    // the scope.
    const QString full = QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM");
    const QString head = s.letterhead.office.simplified();
    QString office;
    if (head.startsWith(full, Qt::CaseInsensitive) && head.size() > full.size())
        office = QStringLiteral("Bawaslu ") + Regions::displayName(head.mid(full.size()).trimmed());
    else if (!report.filter.regencyCode.isEmpty())
        office = Letterhead::officeOf(Regions::normaliseRegencyCode(report.filter.regencyCode));
    else if (!report.filter.provinceCode.isEmpty())
        office = Letterhead::officeOf(report.filter.provinceCode);
    if (office.isEmpty())
        office = QStringLiteral("Bawaslu");
    const Signatories signatories = Signatories::fromSettings(repo);
    s.signer.role = QStringLiteral("Ketua ") + office + QLatin1Char(',');
    s.signer.name = signatories.chair;
    s.signer.nip = signatories.chairNip;
    return s;
}

PrintedDocument toDocument(const AgreementReport &report, const Signing &signing)
{
    PrintedDocument doc;
    doc.title = QStringLiteral("Laporan Pengawasan Netralitas ASN %1").arg(report.periodText());
    doc.letterhead = signing.letterhead;
    doc.language = QStringLiteral("id");

    QString html =
        QStringLiteral("<p align='center'><b style='font-size:13pt'>%1</b><br>%2<br>%3</p>")
            .arg(QString::fromLatin1(Title), e(QString::fromLatin1(Subtitle)),
                 e(report.scopeText()));
    const QList<Section> all = sections(report);
    for (int i = 0; i < all.size(); ++i) {
        const Section &s = all.at(i);
        // In 10 pt, as the track record's table: the seven tables, the note and the signature
        // of a report of an office's year keep to two pages.
        html += QStringLiteral("<h2>%1</h2><table class='grid' width='100%' style='font-size:10pt'>"
                               "<tr><th width='8%'>No.</th><th width='70%'>%2</th>"
                               "<th width='22%'>%3</th></tr>")
                    .arg(e(s.heading), e(s.labelHeader), e(s.valueHeader));
        qint64 total = 0;
        for (int n = 0; n < s.lines.size(); ++n) {
            html += row(QString::number(n + 1), s.lines.at(n).label,
                        documentNumber(s.lines.at(n).value));
            total += s.lines.at(n).value;
        }
        if (s.lines.isEmpty())
            html += row(QString(), QStringLiteral("Tidak ada"), documentNumber(0));
        else if (s.codes)
            html += row(QString(), QStringLiteral("Jumlah"), documentNumber(total), true);
        if (i == 4)
            html += row(QString::number(s.lines.size() + 1), RateLabel,
                        documentPercent(report.followUpRate), true);
        html += QStringLiteral("</table>");
    }
    // The note on the figures, kept on one page with the date line and the signature.
    html += PrintedDocument::keepWithNext(QStringLiteral(
        "<p align='justify'>Persentase tindak lanjut adalah jumlah terlapor yang rekomendasi "
        "sanksinya telah ditindaklanjuti PPK dibagi jumlah terlapor yang direkomendasikan "
        "penjatuhan sanksi. Kegiatan pencegahan dan informasi awal dihitung menurut tanggal "
        "pelaksanaan dan tanggal diterima dalam periode laporan.</p>"));
    const QString dated = signing.place.isEmpty() ? PrintedDocument::date(signing.date)
                                                  : signing.place + QStringLiteral(", ") +
                                                        PrintedDocument::date(signing.date);
    html += QStringLiteral(
                "<br><table width='100%'><tr><td width='50%'></td><td align='center'>%1</td></tr>"
                "<tr><td></td>%2</tr></table>")
                .arg(e(dated), signing.signer.cell());
    doc.bodyHtml = html;
    return doc;
}

bool toXlsx(const AgreementReport &report, const QString &path, QString *error)
{
    XlsxFile xlsx(path);
    lxw_workbook *wb = xlsx.begin(QString::fromLatin1(Title), error);
    if (!wb)
        return false;
    lxw_format *title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 13);
    lxw_format *heading = workbook_add_format(wb);
    format_set_bold(heading);
    lxw_format *header = xlsx.headerFormat();
    lxw_format *percentFormat = workbook_add_format(wb);
    format_set_num_format(percentFormat, "0.0%");
    format_set_bold(percentFormat);
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);

    lxw_worksheet *ws = workbook_add_worksheet(wb, "Laporan");
    XlsxFile::text(ws, 0, 0, QString::fromLatin1(Title), title);
    XlsxFile::text(ws, 1, 0, QString::fromLatin1(Subtitle), nullptr);
    XlsxFile::text(ws, 2, 0, QStringLiteral("Cakupan: %1").arg(report.scopeText()), nullptr);
    XlsxFile::text(ws, 3, 0, QStringLiteral("Periode: %1").arg(report.periodText()), nullptr);
    const auto value = [ws](int row, int col, double v, lxw_format *format = nullptr) {
        worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), v, format);
    };
    int row = 5;
    const QList<Section> all = sections(report);
    for (int i = 0; i < all.size(); ++i) {
        const Section &s = all.at(i);
        XlsxFile::text(ws, row++, 0, s.heading, heading);
        XlsxFile::text(ws, row, 0, s.codes ? QStringLiteral("Kode") : QString(), header);
        XlsxFile::text(ws, row, 1, s.labelHeader, header);
        XlsxFile::text(ws, row, 2, s.valueHeader, header);
        ++row;
        for (const Line &l : s.lines) {
            XlsxFile::text(ws, row, 0, l.code, nullptr);
            XlsxFile::text(ws, row, 1, l.label, nullptr);
            value(row++, 2, double(l.value));
        }
        if (i == 4) {
            XlsxFile::text(ws, row, 1, RateLabel, bold);
            if (report.followUpRate)
                value(row, 2, *report.followUpRate, percentFormat);
            ++row;
        }
        ++row;
    }
    worksheet_set_column(ws, 0, 0, 22, nullptr);
    worksheet_set_column(ws, 1, 1, 52, nullptr);
    worksheet_set_column(ws, 2, 2, 16, nullptr);
    worksheet_set_paper(ws, 9); // A4
    worksheet_fit_to_pages(ws, 1, 0);
    return xlsx.finish(error);
}

} // namespace AgreementReportExport
