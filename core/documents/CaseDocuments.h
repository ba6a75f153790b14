#pragma once

#include "PrintedDocument.h"
#include "domain/Case.h"
#include "domain/Hearing.h"
#include "domain/HolidayCalendar.h"
#include "domain/Identity.h"
#include "domain/OfficeTime.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

class CaseRepository;
class Database;

// What the documents of a case are printed with besides the case itself.
struct DocumentContext
{
    Letterhead letterhead;
    QString city; // the place of the date line: the "office_city" setting ("Sukoharjo")
    QDate date;   // the day of printing
    QString language = QStringLiteral("id"); // only the summary may be "en"
    // The reporter's identity is printed only on a document for the office and only when this is
    // set (docs/domain.md §8); everywhere else a confidential reporter is "[dirahasiakan]".
    bool showConfidential = false;
    PrintedDocument::Paper paper = PrintedDocument::Paper::A4;
    HolidayCalendar calendar;          // for the deadlines of the summary
    QHash<qint64, FollowUp> followUps; // by party id, for the summary
    // A confidential reporter's identity as the file holds it, to take out of free text when it
    // is not shown (the case and hearings given to build() are withheld from a signed-in user).
    Identity::Secrets secrets;
    // Who signs which letter, and the office's time zone for every time printed.
    Signatories signatories;
    OfficeTime zone;
    // The letters of the case already issued (the letter book), by document: they print with
    // their number and date. A letter not in here prints as a draft, marked and unnumbered.
    QHash<QString, PrintedDocument::LetterInfo> issued;

    // The office's letterhead, city, signatories and time zone, the file's today, its calendar,
    // the case's follow-ups and its letters in the letter book.
    static DocumentContext fromFile(Database &db, const Case &c);
};

// The printed documents of one case (docs/domain.md §3, §4): the forms of its procedure profile,
// letters, minutes, the analysis and a summary. Always in Indonesian, the words written here and
// never through the UI translation; the summary may also be in English. Pure: no I/O.
class CaseDocuments
{
public:
    enum class Kind {
        ReportForm,
        Receipt,
        Invitation,
        SecondInvitation,
        Minutes,
        Analysis,
        StatusNotice,
        Forwarding,
        Summary,
    };

    static QList<Kind> kinds(); // in the order of the procedure
    // "report", "receipt", "invitation", "invitation2", "minutes", "analysis", "status_notice",
    // "forwarding", "summary".
    static QString code(Kind kind);
    // The letter book's key of a letter to one person invited (an invitation): "invitation:<the
    // attendee's uuid>".
    static QString personLetterKey(Kind kind, const QString &attendeeUuid);
    static bool fromCode(const QString &code, Kind *kind);
    static QStringList codes();
    // Documents kept by the office (the report form, minutes, analysis and summary); the others
    // go out of it. Only these may show a confidential reporter.
    static bool forOffice(Kind kind);
    // One document per person invited or heard.
    static bool perPerson(Kind kind);
    // The Indonesian name of a document ("Berita Acara Klarifikasi"); "en" for the summary.
    static QString name(Kind kind, const QString &language = QStringLiteral("id"));
    // The key of the form in the procedure profile ("receipt"), empty when there is none.
    static QString formKey(Kind kind, const Case &c);

    // For invitations and minutes, the person of each document in the order build() gives them,
    // a confidential reporter hidden unless `showIdentity` (and the document is for the office).
    static QStringList people(Kind kind, const QList<Hearing> &hearings, const Case &c,
                              bool showIdentity = false);

    // The documents of a kind for the case: one, or one per person for invitations and minutes;
    // none when the case has no such document (a receipt of a finding, a forwarding letter of a
    // case not forwarded, minutes when nobody was heard).
    static QList<PrintedDocument> build(Kind kind, const Case &c, const QList<Hearing> &hearings,
                                        const DocumentContext &context);

    // Issues a letter (PrintedDocument::isLetter): its entry in the letter book, with the next
    // number, or the one it has when it was issued before. The document is to be built again
    // (DocumentContext::fromFile) to print with its number and date.
    static bool issue(Database &db, PrintedDocument &document, QString *error);
    // For CaseRepository::applyStep: the forwarding letter issued as the case is forwarded, its
    // number the next of the letter book (a forwarding letter sent outside Netra keeps the number
    // typed at the step instead).
    static std::function<QString(const Case &after, QString *error)> forwardingNumber(Database &db);

    // The text that stands for a hidden identity.
    static QString hidden() { return Identity::hidden(); }
    // A sanction as written in letters ("Hukuman disiplin ringan"); "-" when none.
    static QString sanctionLabel(const QString &code,
                                 const QString &language = QStringLiteral("id"));
};
