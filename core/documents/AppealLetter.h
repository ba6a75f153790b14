#pragma once

#include "PrintedDocument.h"
#include "domain/PreventionActivity.h"

#include <QDate>
#include <QString>

class Database;

// The appeal letter (surat imbauan) of a prevention activity: the office's call on PPKs,
// agencies or village heads to keep civil servants (and village officials) neutral, with the
// rules it rests on. Always in Indonesian, whatever the UI language; its words are written here,
// never through tr(). A letter of the letter book ("appeal:<activity uuid>"): it prints as a
// draft (KONSEP, no number) until issued (CaseDocuments::issue), then with its number and date.
class AppealLetter
{
public:
    struct Request
    {
        PreventionActivity activity;
        QDate date;     // the day of the letter: its issue date once issued, else the activity's
        QString place;  // "Sukoharjo"; empty: the date stands alone
        QString office; // "Bawaslu Kabupaten Sukoharjo"
        Letterhead letterhead;
        Signatories signatories;
        QString number; // the book's number once issued
    };

    // Which letter it is in the letter book.
    static QString documentKey(const PreventionActivity &activity);
    static PrintedDocument build(const Request &request);
    // The letter of an appeal activity as the file holds it: the office's letterhead, city and
    // signatories, and its number and date when it was issued.
    static PrintedDocument build(Database &db, const PreventionActivity &activity);
};
