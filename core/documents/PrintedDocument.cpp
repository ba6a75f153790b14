#include "PrintedDocument.h"

#include "OdtPackage.h"
#include "domain/Nip.h"
#include "domain/Regions.h"
#include "domain/Scope.h"
#include "store/OutputFile.h"
#include "store/SettingsRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QUrl>

namespace {

QLocale localeOf(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

// "Halaman 1 dari 3" whatever the UI language, when the document is Indonesian.
QString pageLabel(const QString &language, int page, int pages)
{
    return language == QLatin1String("en")
               ? QStringLiteral("Page %1 of %2").arg(page).arg(pages)
               : QStringLiteral("Halaman %1 dari %2").arg(page).arg(pages);
}

// The room under the letterhead where the renderer draws its rules (a thick rule over a thin
// one); in the editable copy the paragraph holds a marker instead, replaced by a paragraph whose
// bottom border is that double rule (the "NetraLetterheadRule" style of styles.xml).
const QLatin1String LetterheadRoom("<p style='font-size:12pt'>&nbsp;</p>");
const QLatin1String LetterheadRuleMarker("NETRA-LETTERHEAD-RULE");

} // namespace

Letterhead Letterhead::fromSettings(const SettingsRepository &repo)
{
    Letterhead h;
    h.office = repo.setting(QStringLiteral("office_name"));
    h.address = repo.setting(QStringLiteral("office_address"));
    const QString logo = repo.setting(QStringLiteral("office_logo"));
    if (logo.startsWith(QLatin1String("data:")))
        h.logo = decodeLogo(logo);
    else
        h.logoPath = logo;
    h.phone = repo.setting(QStringLiteral("office_phone"));
    h.email = repo.setting(QStringLiteral("office_email"));
    h.website = repo.setting(QStringLiteral("office_website"));
    return h;
}

QString Letterhead::officeOf(const QString &region)
{
    if (region == Scope::national())
        return QStringLiteral("Bawaslu Republik Indonesia");
    const Regions::Region *r = region.size() == 2   ? Regions::shipped().province(region)
                               : region.size() == 4 ? Regions::shipped().regency(region)
                                                    : nullptr;
    if (!r)
        return {};
    return (region.size() == 2 ? QStringLiteral("Bawaslu Provinsi ") : QStringLiteral("Bawaslu ")) +
           r->title;
}

QString Letterhead::codeRegion(const SettingsRepository &repo)
{
    QString code = repo.setting(QStringLiteral("office_code")).trimmed();
    code.remove(QLatin1Char('.'));
    return officeOf(code).isEmpty() ? QString() : code;
}

QString Letterhead::encodeLogo(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage scaled = image;
    if (scaled.width() > 600 || scaled.height() > 600)
        scaled = scaled.scaled(600, 600, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    scaled.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QImage Letterhead::decodeLogo(const QString &setting)
{
    const int comma = setting.indexOf(QLatin1Char(','));
    if (!setting.startsWith(QLatin1String("data:")) || comma < 0)
        return {};
    return QImage::fromData(QByteArray::fromBase64(setting.mid(comma + 1).toLatin1()));
}

QImage Letterhead::image() const
{
    if (!logo.isNull())
        return logo;
    return logoPath.isEmpty() ? QImage() : QImage(logoPath);
}

QStringList Signatories::documentCodes()
{
    return {QStringLiteral("invitation"),    QStringLiteral("invitation2"),
            QStringLiteral("status_notice"), QStringLiteral("forwarding"),
            QStringLiteral("followup"),      QStringLiteral("appeal"),
            QStringLiteral("track_record")};
}

QString Signatories::defaultSigner(const QString &document)
{
    if (document == QLatin1String("status_notice") || document == QLatin1String("forwarding") ||
        document == QLatin1String("appeal") || document == QLatin1String("track_record"))
        return QStringLiteral("ketua");
    return QStringLiteral("an_ketua");
}

QString Signatories::signerOf(const QString &document) const
{
    const QString s = signers.value(document);
    return s == QLatin1String("ketua") || s == QLatin1String("koordinator") ||
                   s == QLatin1String("an_ketua")
               ? s
               : defaultSigner(document);
}

Signatories Signatories::fromSettings(const SettingsRepository &repo)
{
    Signatories s;
    s.chair = repo.setting(QStringLiteral("signatory_chair")).trimmed();
    s.chairNip = repo.setting(QStringLiteral("signatory_chair_nip")).trimmed();
    s.coordinator = repo.setting(QStringLiteral("signatory_coordinator")).trimmed();
    s.coordinatorNip = repo.setting(QStringLiteral("signatory_coordinator_nip")).trimmed();
    for (const QString &line : repo.setting(QStringLiteral("signatory_members"))
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            s.members << line.trimmed();
    }
    for (const QString &code : documentCodes())
        s.signers.insert(code, repo.setting(QStringLiteral("signer_") + code));
    return s;
}

QString Signatories::nipOf(const QString &name) const
{
    const QString key = name.simplified().toLower();
    if (key.isEmpty())
        return {};
    if (chair.simplified().toLower() == key)
        return chairNip;
    if (coordinator.simplified().toLower() == key)
        return coordinatorNip;
    for (const QString &m : members) {
        if (m.section(QLatin1Char(';'), 0, 0).simplified().toLower() == key)
            return m.section(QLatin1Char(';'), 1).trimmed();
    }
    return {};
}

Signatory Signatories::of(const QString &document, const QString &office) const
{
    Signatory s;
    // The office's own documents (the analysis) are signed by the coordinator in their name.
    const QString signer =
        documentCodes().contains(document) ? signerOf(document) : QStringLiteral("koordinator");
    const QString chairTitle = QStringLiteral("Ketua ") + office;
    if (signer == QLatin1String("ketua")) {
        s.role = chairTitle + QLatin1Char(',');
        s.name = chair;
        s.nip = chairNip;
    } else {
        if (signer == QLatin1String("an_ketua"))
            s.behalfOf = chairTitle;
        s.role = QStringLiteral("Koordinator Divisi Penanganan Pelanggaran,");
        s.name = coordinator;
        s.nip = coordinatorNip;
    }
    return s;
}

QString PrintedDocument::longDate(const QDate &d, const QString &language)
{
    return d.isValid() ? localeOf(language).toString(d, QStringLiteral("dddd, d MMMM yyyy"))
                       : QString();
}

QString PrintedDocument::date(const QDate &d, const QString &language)
{
    return d.isValid() ? localeOf(language).toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

QString PrintedDocument::letterHeading(const QString &number, const QString &nature,
                                       const QString &attachment, const QString &subject,
                                       const QString &dated)
{
    return QStringLiteral("<table width='100%'><tr><td width='60%' valign='top'>"
                          "<table cellpadding='0'><tr><td width='70'>Nomor</td><td>: %1</td></tr>"
                          "<tr><td>Sifat</td><td>: %2</td></tr>"
                          "<tr><td>Lampiran</td><td>: %3</td></tr>"
                          "<tr><td valign='top'>Perihal</td><td>: <b>%4</b></td></tr></table>"
                          "</td><td valign='top' align='right'>%5</td></tr></table>")
        .arg(number, nature, attachment, subject, dated);
}

QString Signatory::cell(int room) const
{
    const auto e = [](const QString &text) { return PrintedDocument::escape(text); };
    QString lines;
    if (!behalfOf.isEmpty())
        lines = QStringLiteral("a.n. %1<br>").arg(e(behalfOf));
    lines += e(role);
    QString signer = name.trimmed().isEmpty()
                         ? QStringLiteral("(.......................................)")
                         : QStringLiteral("<b><u>%1</u></b>").arg(e(name.trimmed()));
    // The NIP on one line: its groups would otherwise break at their spaces.
    if (!nip.trimmed().isEmpty())
        signer += QStringLiteral("<br>NIP.&nbsp;%1")
                      .arg(e(Nip::grouped(nip.trimmed()))
                               .replace(QLatin1Char(' '), QLatin1String("&nbsp;")));
    return QStringLiteral("<td width='50%' align='center' valign='top'>%1%2%3</td>")
        .arg(lines, QStringLiteral("<br>").repeated(room + 1), signer);
}

QString Signatory::letterBlock() const
{
    return QStringLiteral("<br><table width='100%'><tr><td width='50%'></td>%1</tr></table>")
        .arg(cell());
}

QString PrintedDocument::escape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString PrintedDocument::joined(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QLatin1String(", ")) +
           QStringLiteral(" dan ") + items.last();
}

void PrintedDocument::setPaper(QPagedPaintDevice *device, Paper paper, bool landscape)
{
    const QPageSize size = paper == Paper::F4
                               ? QPageSize(QSizeF(215, 330), QPageSize::Millimeter,
                                           QStringLiteral("F4"), QPageSize::ExactMatch)
                               : QPageSize(QPageSize::A4);
    device->setPageLayout(QPageLayout(size,
                                      landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(25, 20, 20, 20), QPageLayout::Millimeter));
}

bool PrintedDocument::toPdf(const QString &path, Paper paper, QString *error) const
{
    // Through the door for outputs: never over the data file, and a full disk leaves nothing.
    OutputFile out(path);
    if (!out.begin(error))
        return false;
    {
        QPdfWriter writer(out.temporaryPath());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Netra"));
        writer.setResolution(300);
        setPaper(&writer, paper, landscape);
        if (!render(&writer, error))
            return out.fail(error, *error);
    }
    return out.commit(error, OutputFile::Kind::Pdf);
}

bool PrintedDocument::writeAll(const QList<QPair<QString, PrintedDocument>> &files, Paper paper,
                               bool odt, QString *error, const Progress &progress)
{
    QStringList written;
    const qint64 total = files.size();
    const auto undo = [&] {
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        return false;
    };
    const auto cancelled = [&] {
        *error = tr("Printing was cancelled; no document was written.");
        return undo();
    };
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!Progressing::report(progress, i, total))
            return cancelled();
        const QString &path = files.at(i).first;
        const PrintedDocument &doc = files.at(i).second;
        if (!(odt ? doc.toOdt(path, paper, error) : doc.toPdf(path, paper, error)))
            return undo();
        written << path;
    }
    if (!Progressing::report(progress, total, total))
        return cancelled();
    return true;
}

QString PrintedDocument::keepWithNext(const QString &paragraph)
{
    const int open = paragraph.indexOf(QLatin1Char('>'));
    if (open < 0)
        return paragraph;
    int end = open + 1;
    while (end < paragraph.size() && paragraph.at(end) != QLatin1Char(' ') &&
           paragraph.at(end) != QLatin1Char('<'))
        ++end;
    return paragraph.left(open + 1) + QStringLiteral("<a name='netra-keep'>") +
           paragraph.mid(open + 1, end - open - 1) + QStringLiteral("</a>") + paragraph.mid(end);
}

QString PrintedDocument::keepEnd(const QString &paragraph)
{
    return keepWithNext(paragraph).replace(QLatin1String("netra-keep'"),
                                           QLatin1String("netra-keepend'"));
}

namespace {

// The office's name as a Bawaslu letterhead writes it: capitals, the institution on the first
// line and the office's area on the second.
QString letterheadName(const QString &office)
{
    QString name = office.trimmed().toUpper();
    const QString institution = QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM");
    if (name.startsWith(institution + QLatin1Char(' ')))
        return PrintedDocument::escape(institution) + QStringLiteral("<br>") +
               PrintedDocument::escape(name.mid(institution.size() + 1));
    return PrintedDocument::escape(name);
}

const QString LogoUrl = QStringLiteral("netra:logo");

QTextBlock anchored(const QTextDocument &doc, const QString &name)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(name))
                return b;
        }
    }
    return {};
}

} // namespace

QString PrintedDocument::html(qreal mm) const
{
    // The letterhead: logo at the left, the office in centred capitals with its address,
    // telephone, e-mail and website; the rule under it is drawn by the renderer.
    QString head;
    if (withLetterhead && !letterhead.office.isEmpty()) {
        const QImage logo = letterhead.image();
        head = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>");
        // Image sizes in rich text are CSS pixels (96 a inch) whatever the device.
        Q_UNUSED(mm);
        const int logoHeight = int(23 * 96 / 25.4);
        head += QStringLiteral("<td width='17%' valign='middle'>");
        if (!logo.isNull())
            head += QStringLiteral("<img src='%1' height='%2' width='%3'>")
                        .arg(LogoUrl)
                        .arg(logoHeight)
                        .arg(int(logoHeight * logo.width() / qMax(1, logo.height())));
        head += QStringLiteral("</td>");
        // Address and telephone on one line, website and e-mail on the next.
        QString address = escape(letterhead.address.trimmed());
        if (!letterhead.phone.trimmed().isEmpty())
            address += (address.isEmpty() ? QString() : QStringLiteral(" &nbsp;")) +
                       QStringLiteral("Telepon %1").arg(escape(letterhead.phone.trimmed()));
        QStringList contact;
        if (!letterhead.website.trimmed().isEmpty())
            contact << QStringLiteral("Laman: %1").arg(escape(letterhead.website.trimmed()));
        if (!letterhead.email.trimmed().isEmpty())
            contact << QStringLiteral("Pos-el: %1").arg(escape(letterhead.email.trimmed()));
        head += QStringLiteral("<td align='center' valign='middle'>"
                               "<span style='font-size:15pt; font-weight:bold'>%1</span>")
                    .arg(letterheadName(letterhead.office));
        if (!address.isEmpty())
            head += QStringLiteral("<br><span style='font-size:10pt'>%1</span>").arg(address);
        if (!contact.isEmpty())
            head += QStringLiteral("<br><span style='font-size:9.5pt'>%1</span>")
                        .arg(contact.join(QStringLiteral(" &nbsp; ")));
        // Room under the letterhead for its rules (drawn by the renderer).
        head += QStringLiteral("</td><td width='8%'></td></tr></table>") + LetterheadRoom;
    }
    QString form;
    if (!formNumber.isEmpty())
        form =
            QStringLiteral("<p align='right' style='font-size:9pt'>%1</p>").arg(escape(formNumber));

    // QTextDocument scales headings by its own steps and ignores their point sizes: titles are
    // written as paragraphs of a fixed size instead.
    QString body = bodyHtml;
    body.replace(QLatin1String("<h1>"),
                 QLatin1String("<p align='center' style='font-size:14pt; font-weight:bold'>"));
    body.replace(QLatin1String("</h1>"), QLatin1String("</p>"));
    body.replace(QLatin1String("<h2>"),
                 QLatin1String("<p style='font-size:12pt; font-weight:bold'>"));
    body.replace(QLatin1String("</h2>"), QLatin1String("</p>"));
    return head + form + body;
}

namespace {

// The document laid out for a page size in device pixels; the letterhead's logo as a resource.
void setUp(QTextDocument &doc, const PrintedDocument &d, QPaintDevice *device, qreal mm,
           bool editable = false)
{
    doc.setDocumentMargin(0);
    QFont font(QStringLiteral("Liberation Serif"));
    font.setPointSizeF(11.5);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(
        QStringLiteral("table.grid { border-collapse: collapse; }"
                       " table.grid td, table.grid th { border: 1px solid black; padding: 3px; }"));
    if (device)
        doc.documentLayout()->setPaintDevice(device);
    const QImage logo = d.letterhead.image();
    if (!logo.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(LogoUrl), logo);
    QString html = d.html(mm);
    if (editable)
        html.replace(LetterheadRoom,
                     QStringLiteral("<p style='font-size:12pt'>%1</p>").arg(LetterheadRuleMarker));
    doc.setHtml(html);
}

// The lists: the tables whose head repeats on every page (<thead>), in the document's order.
QList<QTextTable *> listTables(const QTextDocument &doc)
{
    QList<QTextTable *> lists;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (table && table->format().headerRowCount() > 0)
            lists << table;
    }
    return lists;
}

// The content of a table's row, top and bottom in the document (its cells' first and last
// blocks, as laid out).
std::pair<qreal, qreal> rowExtent(const QTextDocument &doc, const QTextTable &table, int row)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue;
        top = std::min(top, layout->blockBoundingRect(doc.findBlock(cell.firstPosition())).top());
        bottom = std::max(bottom,
                          layout->blockBoundingRect(doc.findBlock(cell.lastPosition())).bottom());
    }
    return {top, bottom};
}

// For each list of `doc` (laid out on its pages), the first row that a page breaks (counted
// from its first row after the head, never that one); empty when no row is broken.
QList<QList<int>> brokenRows(const QTextDocument &doc, qreal pageHeight)
{
    const QList<QTextTable *> lists = listTables(doc);
    QList<QList<int>> cuts(lists.size());
    bool any = false;
    for (int t = 0; t < lists.size(); ++t) {
        const int head = lists.at(t)->format().headerRowCount();
        for (int row = head + 1; row < lists.at(t)->rows(); ++row) {
            const auto [top, bottom] = rowExtent(doc, *lists.at(t), row);
            if (int(top / pageHeight) != int((bottom - 1) / pageHeight)) {
                cuts[t] << row - head;
                any = true;
                break;
            }
        }
    }
    return any ? cuts : QList<QList<int>>();
}

// For each list of `doc` (laid out on its pages), the rows before which it is cut so that no
// row is broken over two pages; empty when none is. Qt breaks a row's lines where the page
// ends, which left half a row at the top of the next page, or alone on the last. The rows'
// heights come from the document laid out on one endless page; they are followed down the
// pages, each part of the list starting a page under its head, and measured `slack` short of
// the page's end.
QList<QList<int>> listCuts(const QTextDocument &doc, qreal pageHeight, qreal slack)
{
    const QList<QTextTable *> lists = listTables(doc);
    QList<QList<int>> cuts(lists.size());
    if (lists.isEmpty() || doc.pageCount() < 2)
        return {};
    std::unique_ptr<QTextDocument> endless(doc.clone());
    endless->documentLayout()->setPaintDevice(doc.documentLayout()->paintDevice());
    // Endless within what Qt's layout counts in (26.6 fixed point: 33 million pixels, some 2.8
    // km at 300 dpi); the lists already cut are joined again.
    endless->setPageSize(QSizeF(doc.pageSize().width(), 3.0e7));
    const QList<QTextTable *> endlessLists = listTables(*endless);
    if (endlessLists.size() != lists.size())
        return {};
    for (QTextTable *table : endlessLists) {
        QTextTableFormat f = table->format();
        f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        table->setFormat(f);
    }
    bool any = false;
    for (int t = 0; t < lists.size(); ++t) {
        const QTextTable &table = *endlessLists.at(t);
        const int head = table.format().headerRowCount();
        if (table.rows() <= head + 1)
            continue;
        // Where the first row's content starts under the head, on a page of its own.
        const qreal offset = rowExtent(*endless, table, head).first -
                             endless->documentLayout()->frameBoundingRect(endlessLists.at(t)).top();
        QList<std::pair<qreal, qreal>> extents;
        for (int row = head; row < table.rows(); ++row)
            extents << rowExtent(*endless, table, row);
        qreal y = rowExtent(doc, *lists.at(t), head).first;
        for (int row = head; row < table.rows(); ++row) {
            const auto [top, bottom] = extents.at(row - head);
            const qreal next = row + 1 < table.rows() ? extents.at(row + 1 - head).first : bottom;
            const int page = int(y / pageHeight);
            if (row > head && y + (bottom - top) > (page + 1) * pageHeight - slack) {
                cuts[t] << row - head;
                any = true;
                y = (page + 1) * pageHeight + offset;
            }
            y += next - top;
        }
    }
    return any ? cuts : QList<QList<int>>();
}

// `html` with each of its lists (<table ...><thead>...</thead> rows </table>) cut before the
// rows `cuts` gives it (counted from its first row after the head), each part a table of its
// own that starts a page under the same head.
QString cutLists(const QString &html, const QList<QList<int>> &cuts)
{
    static const QRegularExpression list(
        QStringLiteral("(<table([^>]*)>\\s*<thead>.*?</thead>)(.*?)</table>"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype from = 0;
    int t = 0;
    for (auto it = list.globalMatch(html); it.hasNext() && t < cuts.size(); ++t) {
        const QRegularExpressionMatch m = it.next();
        out += html.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        if (cuts.at(t).isEmpty()) {
            out += m.captured();
            continue;
        }
        QString attributes = m.captured(2);
        if (attributes.contains(QLatin1String("style='")))
            attributes.replace(QLatin1String("style='"),
                               QLatin1String("style='page-break-before:always;"));
        else
            attributes += QLatin1String(" style='page-break-before:always'");
        const QString opening = m.captured(1);
        const QString again = QStringLiteral("</table><table%1>").arg(attributes) +
                              opening.mid(opening.indexOf(QLatin1String("<thead>")));
        const QString rows = m.captured(3);
        out += opening;
        int row = 0;
        qsizetype at = 0;
        for (qsizetype tr = rows.indexOf(QLatin1String("<tr")); tr >= 0;
             tr = rows.indexOf(QLatin1String("<tr"), tr + 3), ++row) {
            if (cuts.at(t).contains(row)) {
                out += rows.mid(at, tr - at) + again;
                at = tr;
            }
        }
        out += rows.mid(at) + QLatin1String("</table>");
    }
    return out + html.mid(from);
}

} // namespace

bool PrintedDocument::render(QPagedPaintDevice *device, QString *error) const
{
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("The document could not be started on this printer or file.");
        return false;
    }
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal dpi = device->logicalDpiY();
    const qreal mm = dpi / 25.4;

    QTextDocument doc;
    // Text is laid out in device pixels so that the page arithmetic below is exact.
    const qreal footer = 10 * mm;
    const QSizeF bodySize(page.width(), page.height() - footer);
    doc.setPageSize(bodySize);
    setUp(doc, *this, device, mm);
    doc.setPageSize(bodySize);
    const qreal pageHeight = bodySize.height();
    // No row of a list broken over two pages: the list cut where a page ends, as often as the
    // new layout still breaks one (the pages' room is measured a little short).
    PrintedDocument whole = *this;
    for (int pass = 0; pass < 4; ++pass) {
        const QList<QList<int>> cuts =
            pass == 0 ? listCuts(doc, pageHeight, 3 * mm) : brokenRows(doc, pageHeight);
        if (cuts.isEmpty())
            break;
        whole.bodyHtml = cutLists(whole.bodyHtml, cuts);
        doc.clear();
        setUp(doc, whole, device, mm);
        doc.setPageSize(bodySize);
    }
    QAbstractTextDocumentLayout *layout = doc.documentLayout();

    // The closing lines and the signature block stay on one page: when a page would break
    // inside them, they start the next page together.
    const QTextBlock keep = anchored(doc, QStringLiteral("netra-keep"));
    if (keep.isValid()) {
        const qreal top = layout->blockBoundingRect(keep).top();
        const QTextBlock end = anchored(doc, QStringLiteral("netra-keepend"));
        const qreal bottom = end.isValid() ? layout->blockBoundingRect(end).top()
                                           : layout->blockBoundingRect(doc.lastBlock()).bottom();
        if (int(top / pageHeight) != int((bottom - 1) / pageHeight) &&
            bottom - top < pageHeight * 0.8) {
            QTextBlockFormat f;
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(keep).mergeBlockFormat(f);
        }
    }
    const int pages = qMax(1, doc.pageCount());

    // The letterhead's rules go into the room under it: the paragraph after its table. (The
    // table's own frame rectangle cannot be used: when the logo's cell is empty, Qt places it
    // lower by that cell's vertical centring, and the rule crossed the letter's first line.)
    qreal rule = -1;
    if (withLetterhead && !letterhead.office.isEmpty() &&
        !doc.rootFrame()->childFrames().isEmpty()) {
        const QTextBlock room =
            doc.findBlock(doc.rootFrame()->childFrames().first()->lastPosition() + 1);
        if (room.isValid())
            rule = layout->blockBoundingRect(room).top() + 1.2 * mm;
    }

    QFont small(QStringLiteral("Liberation Serif"));
    small.setPointSizeF(9);
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !device->newPage()) {
            *error = tr("The printer refused a new page.");
            return false;
        }
        if (draft) {
            // A letter not issued: "KONSEP" across the page, light enough to read through.
            painter.save();
            QFont mark(QStringLiteral("Liberation Sans"));
            mark.setPixelSize(int(38 * mm));
            mark.setBold(true);
            painter.setFont(mark);
            painter.setPen(QColor(215, 215, 215));
            painter.translate(page.width() / 2.0, page.height() / 2.0);
            painter.rotate(-40);
            painter.drawText(QRectF(-page.width(), -30 * mm, 2 * page.width(), 60 * mm),
                             Qt::AlignCenter, QStringLiteral("KONSEP"));
            painter.restore();
        }
        painter.save();
        painter.translate(0, -p * pageHeight);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, p * pageHeight, bodySize.width(), pageHeight);
        painter.setClipRect(ctx.clip);
        layout->draw(&painter, ctx);
        painter.restore();
        if (p == 0 && rule > 0) {
            // A thick rule over a thin one, as on a Bawaslu letter.
            painter.save();
            painter.setPen(QPen(Qt::black, 0.9 * mm));
            painter.drawLine(QPointF(0, rule), QPointF(page.width(), rule));
            painter.setPen(QPen(Qt::black, 0.25 * mm));
            painter.drawLine(QPointF(0, rule + 1.3 * mm), QPointF(page.width(), rule + 1.3 * mm));
            painter.restore();
        }
        painter.setFont(small);
        const QRectF foot(0, page.height() - footer, page.width(), footer);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, pageLabel(language, p + 1, pages));
        if (p + 1 < pages)
            painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom,
                             language == QLatin1String("en")
                                 ? QStringLiteral("continued on page %1").arg(p + 2)
                                 : QStringLiteral("bersambung ke halaman %1").arg(p + 2));
        if (draft)
            painter.drawText(foot, Qt::AlignHCenter | Qt::AlignBottom,
                             language == QLatin1String("en")
                                 ? QStringLiteral("DRAFT - not issued")
                                 : QStringLiteral("KONSEP - belum diterbitkan"));
        else if (!runningTitle.isEmpty())
            painter.drawText(foot, Qt::AlignHCenter | Qt::AlignBottom, runningTitle);
    }
    painter.end();
    return true;
}

namespace {

// The content as Qt writes a text document in OpenDocument (QTextDocumentWriter, "ODF"), read
// back as the package's entries; false when Qt cannot write it.
bool qtOdtEntries(const QTextDocument &doc, QList<OdtPackage::Entry> *entries)
{
    QByteArray written;
    {
        QBuffer buffer(&written);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "ODF");
        if (!writer.write(&doc))
            return false;
    }
    return OdtPackage::read(written, entries);
}

// The letterhead's double rule: the marker's paragraph becomes one with that bottom border.
bool withLetterheadRule(QList<OdtPackage::Entry> *entries)
{
    for (OdtPackage::Entry &e : *entries) {
        if (e.name != QLatin1String("content.xml"))
            continue;
        QByteArray xml;
        if (!OdtPackage::inflate(e, &xml))
            return false;
        QString content = QString::fromUtf8(xml);
        static const QRegularExpression marked(
            QStringLiteral("<text:p\\b[^>]*>(<text:span\\b[^>]*>)?%1(</text:span>)?</text:p>")
                .arg(LetterheadRuleMarker));
        content.replace(marked,
                        QStringLiteral("<text:p text:style-name=\"NetraLetterheadRule\"/>"));
        e = OdtPackage::stored(e.name, content.toUtf8());
    }
    return true;
}

// styles.xml, which Qt does not write: the page (its size, orientation and margins), "Halaman N
// dari M" in the footer, the letterhead's rule and a draft's mark in the header.
QString odtStyles(QSizeF size, bool landscape, bool draft, bool en)
{
    const QString header =
        draft ? QStringLiteral("<style:header><text:p text:style-name=\"NetraDraft\">%1</text:p>"
                               "</style:header>")
                    .arg(en ? QStringLiteral("DRAFT - not issued")
                            : QStringLiteral("KONSEP - belum diterbitkan"))
              : QString();
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<office:document-styles"
               " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
               " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
               " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
               " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
               " office:version=\"1.2\">"
               "<office:styles>"
               "<style:default-style style:family=\"paragraph\"><style:text-properties"
               " style:font-name=\"Liberation Serif\" fo:font-family=\"'Liberation Serif'\""
               " fo:font-size=\"11.5pt\"/></style:default-style>"
               "<style:style style:name=\"NetraFooter\" style:family=\"paragraph\">"
               "<style:paragraph-properties fo:text-align=\"end\"/>"
               "<style:text-properties fo:font-size=\"9pt\"/></style:style>"
               // A thick rule over a thin one under the letterhead, as on the printed letter.
               "<style:style style:name=\"NetraLetterheadRule\" style:family=\"paragraph\">"
               "<style:paragraph-properties fo:margin-top=\"1mm\" fo:margin-bottom=\"5mm\""
               " fo:padding=\"0mm\" fo:border-left=\"none\" fo:border-right=\"none\""
               " fo:border-top=\"none\" fo:border-bottom=\"1.1mm double #000000\""
               " style:border-line-width-bottom=\"0.6mm 0.3mm 0.2mm\"/>"
               "<style:text-properties fo:font-size=\"2pt\"/></style:style>"
               "<style:style style:name=\"NetraDraft\" style:family=\"paragraph\">"
               "<style:paragraph-properties fo:text-align=\"center\"/>"
               "<style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\""
               " fo:color=\"#999999\"/></style:style>"
               "</office:styles>"
               "<office:automatic-styles><style:page-layout style:name=\"NetraPage\">"
               "<style:page-layout-properties fo:page-width=\"%1mm\" fo:page-height=\"%2mm\""
               " style:print-orientation=\"%3\" fo:margin-top=\"20mm\" fo:margin-bottom=\"12mm\""
               " fo:margin-left=\"25mm\" fo:margin-right=\"20mm\"/>"
               "<style:header-style><style:header-footer-properties fo:min-height=\"0mm\""
               " fo:margin-bottom=\"3mm\"/></style:header-style>"
               "<style:footer-style><style:header-footer-properties fo:min-height=\"0mm\""
               " fo:margin-top=\"3mm\"/></style:footer-style>"
               "</style:page-layout></office:automatic-styles>"
               "<office:master-styles><style:master-page style:name=\"Standard\""
               " style:page-layout-name=\"NetraPage\">%4"
               "<style:footer><text:p text:style-name=\"NetraFooter\">%5 <text:page-number"
               " text:select-page=\"current\">1</text:page-number> %6 <text:page-count>1"
               "</text:page-count></text:p></style:footer>"
               "</style:master-page></office:master-styles></office:document-styles>\n")
        .arg(size.width())
        .arg(size.height())
        .arg(landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"), header,
             en ? QStringLiteral("Page") : QStringLiteral("Halaman"),
             en ? QStringLiteral("of") : QStringLiteral("dari"));
}

// The package as written: the mimetype first, Qt's entries without its manifest and styles, then
// the styles and a manifest that lists every entry.
QList<OdtPackage::Entry> odtPackage(const QList<OdtPackage::Entry> &entries, const QString &styles)
{
    QString manifest =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<manifest:manifest"
                       " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                       " manifest:version=\"1.2\">\n"
                       " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
                       " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
                       " <manifest:file-entry manifest:full-path=\"styles.xml\""
                       " manifest:media-type=\"text/xml\"/>\n");
    QList<OdtPackage::Entry> package{OdtPackage::stored(
        QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"))};
    for (const OdtPackage::Entry &e : entries) {
        if (e.name == QLatin1String("mimetype") || e.name.startsWith(QLatin1String("META-INF/")) ||
            e.name == QLatin1String("styles.xml"))
            continue;
        package << e;
        const QString type = e.name.endsWith(QLatin1String(".xml")) ? QStringLiteral("text/xml")
                             : e.name.startsWith(QLatin1String("Pictures/"))
                                 ? QStringLiteral("image/png")
                                 : QStringLiteral("application/octet-stream");
        manifest += QStringLiteral(" <manifest:file-entry manifest:full-path=\"%1\""
                                   " manifest:media-type=\"%2\"/>\n")
                        .arg(e.name.toHtmlEscaped(), type);
    }
    manifest += QStringLiteral("</manifest:manifest>\n");
    package << OdtPackage::stored(QStringLiteral("styles.xml"), styles.toUtf8())
            << OdtPackage::stored(QStringLiteral("META-INF/manifest.xml"), manifest.toUtf8());
    return package;
}

} // namespace

bool PrintedDocument::toOdt(const QString &path, Paper paper, QString *error) const
{
    // The content as Qt writes a text document in OpenDocument, repackaged with the page: its
    // size, orientation and margins, and "Halaman N dari M" in the footer.
    QTextDocument doc;
    setUp(doc, *this, nullptr, 72.0 / 25.4, true); // sizes in points
    QList<OdtPackage::Entry> entries;
    if (!qtOdtEntries(doc, &entries) || !withLetterheadRule(&entries)) {
        *error = tr("The editable copy could not be made.");
        return false;
    }
    QSizeF size = paper == Paper::F4 ? QSizeF(215, 330) : QSizeF(210, 297);
    if (landscape)
        size.transpose();
    const QList<OdtPackage::Entry> package =
        odtPackage(entries, odtStyles(size, landscape, draft, language == QLatin1String("en")));

    OutputFile out(path);
    if (!out.begin(error))
        return false;
    const QByteArray bytes = OdtPackage::write(package);
    if (out.write(bytes) != bytes.size())
        return out.fail(error, tr("The editable copy could not be written to %1.").arg(path));
    return out.commit(error, OutputFile::Kind::Zip);
}
