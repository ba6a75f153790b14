#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class CaseRepository;
class QPagedPaintDevice;

// The office's letterhead (kop surat), set once in the settings.
struct Letterhead
{
    QString office;  // "BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO"
    QString address; // street, town, phone, e-mail
    QString logoPath;

    static Letterhead fromSettings(const CaseRepository &repo);
};

// A printable document: letters, minutes, summaries, recaps. The body is HTML; the renderer adds
// the letterhead on the first page and "Halaman N dari M" on every page.
struct PrintedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintedDocument)

public:
    enum class Paper { A4, F4 }; // F4: 215 × 330 mm, common in Indonesian offices

    QString title;      // for the PDF's metadata and the window
    QString formNumber; // printed at the top right when set ("Model A.12")
    QString bodyHtml;
    Letterhead letterhead;
    bool withLetterhead = true;
    bool landscape = false;
    QString language = QStringLiteral("id"); // the document's language, not the UI's

    // Renders onto a PDF writer or a printer; false with a reason when it cannot.
    bool render(QPagedPaintDevice *device, QString *error) const;
    bool toPdf(const QString &path, Paper paper, QString *error) const;
    static void setPaper(QPagedPaintDevice *device, Paper paper, bool landscape);

    // "Rabu, 17 Juni 2020" (Indonesian) or "Wednesday, 17 June 2020".
    static QString longDate(const QDate &date, const QString &language = QStringLiteral("id"));
    // "17 Juni 2020".
    static QString date(const QDate &date, const QString &language = QStringLiteral("id"));
    static QString escape(const QString &text);
};
