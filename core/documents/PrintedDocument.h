#pragma once

#include "domain/Progress.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QPair>
#include <QString>
#include <QStringList>

class SettingsRepository;
class QPagedPaintDevice;
class QTextDocument;

// The office's letterhead (kop surat), set once in the settings: the logo left, the office's
// name in centred capitals, its address, telephone, e-mail and website, and a rule under it.
struct Letterhead
{
    QString office;   // "BADAN PENGAWAS PEMILIHAN UMUM KABUPATEN SUKOHARJO"
    QString address;  // street and town
    QString logoPath; // an image file (files before the logo was kept in the data file)
    QString phone;
    QString email;
    QString website;
    QImage logo; // the logo kept in the data file ("office_logo"), else read from logoPath

    static Letterhead fromSettings(const SettingsRepository &repo);
    // The Bawaslu office of a region or scope as letters name it: "Bawaslu Kabupaten
    // Sukoharjo", "Bawaslu Provinsi Jawa Tengah", "Bawaslu Republik Indonesia"; "" for none
    // known.
    static QString officeOf(const QString &region);
    // The region of the office's code in the settings ("33.11": "3311"); "" for none known.
    static QString codeRegion(const SettingsRepository &repo);
    // The logo as it is kept in the settings: a PNG in a data URL, at most 600 pixels a side.
    static QString encodeLogo(const QImage &image);
    static QImage decodeLogo(const QString &setting);
    QImage image() const;
};

// Who signs a document: the office's holder of a role (office settings), with "a.n." when a
// coordinator signs on the chair's behalf.
struct Signatory
{
    QString behalfOf; // "Ketua Bawaslu Kabupaten Sukoharjo": printed as "a.n. ..." above
    QString role;     // "Ketua," or "Koordinator Divisi Penanganan Pelanggaran,"
    QString name;
    QString nip;

    // The signature block of a letter, in the right half of the page: the role ("a.n." above
    // when on behalf), room to sign, the name underlined (a dotted line when there is none) and
    // the NIP.
    QString letterBlock() const;
    // The same block as a table cell half the page wide, for a row of signatures; `room` is
    // the number of blank lines left to sign in (a letter's: 3).
    QString cell(int room = 3) const;
};

// The office's holders, from the settings: the chair, the coordinator of the division for
// violations, the members; and which of them signs each letter ("signer_<document>": "ketua",
// "koordinator" in their own name, or "an_ketua", the coordinator on the chair's behalf).
struct Signatories
{
    QString chair;
    QString chairNip;
    QString coordinator;
    QString coordinatorNip;
    QStringList members;             // "Name" or "Name; NIP", one a line in the settings
    QHash<QString, QString> signers; // document code -> ketua | koordinator | an_ketua

    static Signatories fromSettings(const SettingsRepository &repo);
    static QStringList documentCodes(); // the documents whose signer the office chooses
    static QString defaultSigner(const QString &document);
    QString signerOf(const QString &document) const;
    // The signature of a document for an office ("Bawaslu Kabupaten Sukoharjo").
    Signatory of(const QString &document, const QString &office) const;
    // The NIP of a member or holder by name, empty when none is kept.
    QString nipOf(const QString &name) const;
};

// A printable document: letters, minutes, summaries, recaps. The body is HTML; the renderer adds
// the letterhead on the first page and "Halaman N dari M" on every page.
struct PrintedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintedDocument)

public:
    enum class Paper { A4, F4 }; // F4: 215 × 330 mm, common in Indonesian offices

    // A letter that leaves the office: its entry in the letter book (LetterBook).
    struct LetterInfo
    {
        QString document; // which letter it is ("invitation:<uuid>"); empty: not a letter
        QString kind;     // the document's code
        QString addressee;
        QString subject;
        qint64 caseId = 0;
        QString caseNumber;
        QString signatory;
        QString regionCode; // for {office} when the office set no code
        QString number;     // the book's number once issued
        QDate issuedOn;
    };

    QString title;      // for the PDF's metadata and the window
    QString formNumber; // printed at the top right when set ("Model A.12")
    QString bodyHtml;
    Letterhead letterhead;
    bool withLetterhead = true;
    bool landscape = false;
    QString language = QStringLiteral("id"); // the document's language, not the UI's
    LetterInfo letter;
    // A letter not issued yet from the letter book (no number, or one typed at a step and not
    // recorded yet): marked "KONSEP" on every page, "belum diterbitkan" at its foot.
    bool draft = false;
    // A list's name in the middle of every page's foot ("Daftar penanganan pelanggaran per 7
    // Desember 2026"), so that a page taken apart from the first still says what it is; empty
    // for letters, which a draft marks there.
    QString runningTitle;

    bool isLetter() const { return !letter.document.isEmpty(); }

    // Renders onto a PDF writer or a printer; false with a reason when it cannot.
    bool render(QPagedPaintDevice *device, QString *error) const;
    bool toPdf(const QString &path, Paper paper, QString *error) const;
    // The editable copy (OpenDocument text): same letterhead, page size and content.
    bool toOdt(const QString &path, Paper paper, QString *error) const;
    static void setPaper(QPagedPaintDevice *device, Paper paper, bool landscape);
    // Writes many documents, each to its own file (path, document), as PDF or with `odt` as
    // ODT, each through toPdf()/toOdt(); `progress` gets the documents written. Cancelled or
    // failed, the files this call wrote are removed again, so no part of the set is left; the
    // error says why.
    static bool writeAll(const QList<QPair<QString, PrintedDocument>> &files, Paper paper, bool odt,
                         QString *error, const Progress &progress = {});

    // The HTML of the whole document (letterhead, form number, body) as laid out.
    QString html(qreal mm) const;

    // "Rabu, 17 Juni 2020" (Indonesian) or "Wednesday, 17 June 2020".
    static QString longDate(const QDate &date, const QString &language = QStringLiteral("id"));
    // "17 Juni 2020".
    static QString date(const QDate &date, const QString &language = QStringLiteral("id"));
    static QString escape(const QString &text);
    // A list as Indonesian writes it: "A", "A dan B", "A, B dan C".
    static QString joined(const QStringList &items);
    // The head of an outgoing letter: number, nature (Sifat), attachment and subject (in bold)
    // on the left, place and date on the right; every argument is HTML, escaped by the caller.
    static QString letterHeading(const QString &number, const QString &nature,
                                 const QString &attachment, const QString &subject,
                                 const QString &dated);
    // Marks the paragraph that starts what is kept on one page with the signature block after
    // it: the closing lines never stay behind on a page of their own. `paragraph` is "<p ...>
    // text</p>"; its first word carries the mark.
    static QString keepWithNext(const QString &paragraph);
    // Marks the paragraph after the signature block (copies, addenda): the end of what is
    // kept together.
    static QString keepEnd(const QString &paragraph);
};
