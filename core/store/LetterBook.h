#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// One letter that left the office: an entry of the outgoing letter book (agenda surat keluar).
struct Letter
{
    qint64 id = 0;
    QString uuid;
    int year = 0;
    int sequence = 0; // 0: a number given elsewhere (a forwarding letter typed at the step)
    QString number;
    QDate issuedOn;
    QString kind;     // the document's code: "invitation", "status_notice", "followup", ...
    QString document; // which letter it is, so a reprint finds it: "invitation:<attendee uuid>"
    qint64 caseId = 0;
    QString caseNumber;
    QString addressee;
    QString subject;
    QString signatory; // the name under the signature
    QString issuedBy;  // who issued it (full name, else login)
};

// The outgoing letter book. A letter takes its number when it is issued, not when it is
// previewed or printed as a draft: from the office's pattern ("letter_pattern" in settings, the
// tokens of CaseNumber: {seq}, {office}, {level}, {month} in Roman numerals, {year}) and the
// letter sequence of the year, incremented inside the issuing transaction (BEGIN IMMEDIATE), so
// that two windows or processes issuing at once get consecutive numbers, never the same one and
// never a gap. Issuing the same letter again gives back its entry: a reprint keeps its number.
// Every entry goes to the change log.
class LetterBook
{
    Q_DECLARE_TR_FUNCTIONS(LetterBook)

public:
    static const QString DefaultPattern;

    explicit LetterBook(Database &db) : m_db(db) {}

    // The entry of a letter, when it was issued.
    std::optional<Letter> find(const QString &document) const;
    // The entries of a case's letters, by document.
    QList<Letter> ofCase(qint64 caseId) const;
    // Issues the letter: its entry when it already has one, else a new entry with the next
    // number (or `letter.number` as given when `keepNumber`), dated the file's today. The
    // letter is filled in with its entry. `regionCode` stands for {office} when the office set
    // no code.
    bool issue(Letter &letter, const QString &regionCode, QString *error, bool keepNumber = false);
    // Every entry of a year (all years when 0), in the order of the book.
    QList<Letter> list(int year = 0) const;
    // The years the book holds, newest first.
    QList<int> years() const;
    // The number the next letter would take (for the settings' preview); nothing is taken.
    QString preview(const QString &pattern, const QString &regionCode, const QDate &date) const;

private:
    QString format(const QString &pattern, int sequence, const QString &regionCode,
                   const QDate &date) const;
    Database &m_db;
};
