#include "PrintedDocument.h"

#include "store/CaseRepository.h"
#include "store/OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

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

} // namespace

Letterhead Letterhead::fromSettings(const CaseRepository &repo)
{
    return {repo.setting(QStringLiteral("office_name")),
            repo.setting(QStringLiteral("office_address")),
            repo.setting(QStringLiteral("office_logo"))};
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

QString PrintedDocument::escape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
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

    // The letterhead: logo at the left, the office and its address centred, a double rule.
    QString head;
    if (withLetterhead && !letterhead.office.isEmpty()) {
        head = QStringLiteral("<table width='100%'><tr>");
        if (!letterhead.logoPath.isEmpty() && QImage(letterhead.logoPath).width() > 0)
            head += QStringLiteral("<td width='15%'><img src='%1' height='%2'></td>")
                        .arg(letterhead.logoPath.toHtmlEscaped())
                        .arg(int(22 * mm));
        head += QStringLiteral("<td align='center'><b style='font-size:13pt'>%1</b><br>"
                               "<span style='font-size:9pt'>%2</span></td></tr></table>"
                               "<hr style='border: 2px double black'>")
                    .arg(escape(letterhead.office), escape(letterhead.address));
    }
    QString form;
    if (!formNumber.isEmpty())
        form =
            QStringLiteral("<p align='right' style='font-size:9pt'>%1</p>").arg(escape(formNumber));

    QTextDocument doc;
    doc.setDocumentMargin(0);
    QFont font(QStringLiteral("Liberation Serif"));
    font.setPointSizeF(11.5);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(
        QStringLiteral("table.grid { border-collapse: collapse; }"
                       " table.grid td, table.grid th { border: 1px solid black; padding: 3px; }"));
    // Text is laid out in device pixels so that the page arithmetic below is exact.
    const qreal footer = 10 * mm;
    const QSizeF bodySize(page.width(), page.height() - footer);
    doc.setPageSize(bodySize);
    doc.documentLayout()->setPaintDevice(device);
    // QTextDocument scales headings by its own steps and ignores their point sizes: titles are
    // written as paragraphs of a fixed size instead.
    QString body = bodyHtml;
    body.replace(QLatin1String("<h1>"),
                 QLatin1String("<p align='center' style='font-size:14pt; font-weight:bold'>"));
    body.replace(QLatin1String("</h1>"), QLatin1String("</p>"));
    body.replace(QLatin1String("<h2>"),
                 QLatin1String("<p style='font-size:12pt; font-weight:bold'>"));
    body.replace(QLatin1String("</h2>"), QLatin1String("</p>"));
    doc.setHtml(head + form + body);
    doc.setPageSize(bodySize);
    const int pages = qMax(1, doc.pageCount());

    QFont small = font;
    small.setPointSizeF(9);
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !device->newPage()) {
            *error = tr("The printer refused a new page.");
            return false;
        }
        painter.save();
        painter.translate(0, -p * bodySize.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, p * bodySize.height(), bodySize.width(), bodySize.height());
        painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        painter.setFont(small);
        painter.drawText(QRectF(0, page.height() - footer, page.width(), footer),
                         Qt::AlignRight | Qt::AlignBottom, pageLabel(language, p + 1, pages));
    }
    painter.end();
    return true;
}
