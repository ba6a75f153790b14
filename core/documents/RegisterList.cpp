#include "documents/RegisterList.h"

#include "domain/Codes.h"
#include "domain/Deadlines.h"
#include "domain/Regions.h"

namespace {

constexpr char Title[] = "DAFTAR PENANGANAN DUGAAN PELANGGARAN NETRALITAS ASN";

// "Kajian awal dan registrasi, 9 Desember 2026 (terlambat)": the state only when it asks for
// attention.
QString deadlineText(const CaseRow &r, const QDate &today)
{
    if (!r.nextDue.isValid())
        return QStringLiteral("-");
    // The date on one line ("29 / November 2026" broke in the column).
    QString text = Codes::printLabel(Codes::Kind::Deadline, r.nextDeadline) + QStringLiteral(", ") +
                   PrintedDocument::date(r.nextDue).replace(QLatin1Char(' '), QChar::Nbsp);
    const DeadlineStatus::State state = DeadlineStatus::pendingState(r.nextDue, today);
    if (state != DeadlineStatus::State::Open)
        text += QStringLiteral(" (%1)").arg(
            Codes::printLabel(Codes::Kind::DeadlineState, DeadlineStatus::stateCode(state))
                .toLower());
    return text;
}

QString reportedText(const CaseRow &r)
{
    if (r.reportedName.isEmpty())
        return QStringLiteral("-");
    return r.reportedCount > 1
               ? QStringLiteral("%1 dan %2 lainnya").arg(r.reportedName).arg(r.reportedCount - 1)
               : r.reportedName;
}

// A row of the table; the first `whole` cells (the line's number, the case's number and its
// date) are never broken over two lines, and the line's number stands right.
QString cells(const QStringList &texts, const char *cell, int whole, const QList<int> &widths = {})
{
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < texts.size(); ++i) {
        QString attributes =
            i < widths.size() ? QStringLiteral(" width='%1%'").arg(widths.at(i)) : QString();
        // The grid's border given again: a cell's own style takes the place of the class's.
        if (i < whole)
            attributes +=
                QStringLiteral(" style='white-space:nowrap; border:1px solid black; padding:3px'");
        if (i == 0 && whole > 0)
            attributes += QStringLiteral(" align='right'");
        html += QStringLiteral("<%1%2>%3</%1>")
                    .arg(QLatin1String(cell), attributes, PrintedDocument::escape(texts.at(i)));
    }
    return html + QStringLiteral("</tr>");
}

} // namespace

QString RegisterList::scopeText(const CaseFilter &f)
{
    QStringList parts;
    if (!f.statuses.isEmpty()) {
        QStringList names;
        for (const QString &s : f.statuses)
            names << Codes::printLabel(Codes::Kind::Status, s);
        parts << QStringLiteral("Status: ") + names.join(QStringLiteral(", "));
    }
    if (!f.source.isEmpty())
        parts << Codes::printLabel(Codes::Kind::Source, f.source);
    if (!f.election.isEmpty())
        parts << Codes::printLabel(Codes::Kind::Election, f.election);
    if (!f.regencyCode.isEmpty())
        parts << Regions::nameOf(f.regencyCode);
    else if (!f.provinceCode.isEmpty())
        parts << Regions::nameOf(f.provinceCode);
    if (!f.violationCategory.isEmpty())
        parts << QStringLiteral("Kategori: ") +
                     Codes::printLabel(Codes::Kind::ViolationCategory, f.violationCategory);
    if (!f.positionCategory.isEmpty())
        parts << QStringLiteral("Jabatan: ") +
                     Codes::printLabel(Codes::Kind::PositionCategory, f.positionCategory);
    if (!f.deadlineState.isEmpty())
        parts << QStringLiteral("Tenggat: ") +
                     Codes::printLabel(Codes::Kind::DeadlineState, f.deadlineState).toLower();
    if (f.receivedFrom.isValid() && f.receivedTo.isValid())
        parts << QStringLiteral("Diterima: %1 s.d. %2")
                     .arg(PrintedDocument::date(f.receivedFrom),
                          PrintedDocument::date(f.receivedTo));
    else if (f.receivedFrom.isValid())
        parts << QStringLiteral("Diterima: sejak %1").arg(PrintedDocument::date(f.receivedFrom));
    else if (f.receivedTo.isValid())
        parts << QStringLiteral("Diterima: sampai %1").arg(PrintedDocument::date(f.receivedTo));
    if (!f.text.trimmed().isEmpty())
        parts << QStringLiteral("Pencarian: \u201c%1\u201d").arg(f.text.trimmed());
    if (!f.numbers.isEmpty())
        parts << QStringLiteral("Nomor: ") + f.numbers.join(QStringLiteral(", "));
    if (!f.assignedTo.isEmpty())
        parts << QStringLiteral("Klarifikasi yang ditugaskan kepada: ") + f.assignedTo;
    if (parts.isEmpty())
        return QStringLiteral("Semua kasus");
    return parts.join(QStringLiteral(" \u00b7 "));
}

PrintedDocument RegisterList::build(const QList<CaseRow> &rows, const CaseFilter &filter,
                                    const Letterhead &letterhead, const QDate &today,
                                    const QString &printedBy)
{
    PrintedDocument doc;
    doc.title =
        QStringLiteral("Daftar penanganan pelanggaran per %1").arg(PrintedDocument::date(today));
    doc.runningTitle = doc.title;
    doc.letterhead = letterhead;
    doc.landscape = true;
    doc.language = QStringLiteral("id");

    QString html = QStringLiteral("<p align='center'><b style='font-size:13pt'>%1</b><br>%2<br>"
                                  "Keadaan per %3</p>")
                       .arg(QLatin1String(Title), PrintedDocument::escape(scopeText(filter)),
                            PrintedDocument::date(today));
    if (rows.isEmpty()) {
        html += QStringLiteral("<p>Tidak ada kasus yang sesuai dengan saringan ini.</p>");
    } else {
        // The regency only where the cases are of more than one (a province's or the nation's
        // store); an office's own stands in its letterhead.
        bool regencies = false;
        for (const CaseRow &r : rows)
            regencies = regencies || r.regencyCode != rows.first().regencyCode;
        QStringList head{QStringLiteral("No."), QStringLiteral("Nomor"),
                         QStringLiteral("Tanggal Diterima")};
        QList<int> widths{3, 17, 10};
        if (regencies) {
            head << QStringLiteral("Kabupaten/Kota");
            widths << 10;
        }
        head << QStringLiteral("Terlapor") << QStringLiteral("Kategori Pelanggaran")
             << QStringLiteral("Status") << QStringLiteral("Tenggat Berikutnya");
        widths << (regencies ? 14 : 18) << (regencies ? 21 : 27) << 10 << 15;
        // The head in a <thead>: repeated at the top of every page.
        html += QStringLiteral("<table class='grid' width='100%' style='font-size:8pt'><thead>") +
                cells(head, "th", 0, widths) + QStringLiteral("</thead>");
        for (int i = 0; i < rows.size(); ++i) {
            const CaseRow &r = rows.at(i);
            QStringList line{QString::number(i + 1), r.number,
                             PrintedDocument::date(r.receivedDate)};
            if (regencies)
                line << Regions::nameOf(r.regencyCode);
            line << reportedText(r)
                 << Codes::printLabel(Codes::Kind::ViolationCategory, r.violationCategory)
                 << Codes::printLabel(Codes::Kind::Status, r.status) << deadlineText(r, today);
            html += cells(line, "td", 3);
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p style='font-size:9pt'>Jumlah: %1 kasus.</p>")
                .arg(QLocale(QLocale::Indonesian).toString(rows.size()));
    QString footer = QStringLiteral("Dicetak dengan Netra pada ") + PrintedDocument::date(today);
    if (!printedBy.isEmpty())
        footer += QStringLiteral(" oleh ") + printedBy;
    if (!footer.endsWith(QLatin1Char('.'))) // "oleh Ahmad Fauzi, S.H."
        footer += QLatin1Char('.');
    html += QStringLiteral("<p style='font-size:9pt'>%1</p>").arg(PrintedDocument::escape(footer));
    doc.bodyHtml = html;
    return doc;
}
