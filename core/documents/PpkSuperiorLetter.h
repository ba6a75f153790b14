#pragma once

#include "PrintedDocument.h"
#include "stats/PpkRecord.h"
#include "store/LedgerRepository.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// The letter to a PPK's superior about the recommendations the PPK has left unanswered past
// their due date (docs/domain.md §10): for a regent or mayor to the Minister of Home Affairs
// through the governor of the province, for a governor to the Minister of Home Affairs, for a
// minister or head of agency to the Minister of State Apparatus (MenPANRB). It lists each late
// recommendation (case, person reported, recommendation, date forwarded, due date, days late)
// and the PPK's record. Always in Indonesian, whatever the UI language: its words are written
// here, never through tr(). A letter of the letter book: a draft (no number) until issued.
class PpkSuperiorLetter
{
public:
    struct Request
    {
        PpkRecord::Row ppk;
        QList<LedgerRow> rows; // the PPK's late recommendations, most late first
        QDate date;
        int responseDays = 30;
        QString place;  // "Sukoharjo"; empty: the date stands alone
        QString office; // "Bawaslu Kabupaten Sukoharjo", for the signature
        Letterhead letterhead;
        Signatories signatories;
        QString number; // the book's number once issued
    };

    // To whom the letter goes, one line each: the minister, "melalui Gubernur ..." for a regent
    // or mayor.
    static QStringList addressee(const PpkRecord::Row &ppk);
    // Which letter it is in the letter book: the PPK and the persons it reports, and the office
    // that writes it when that is one office of a shared server (SettingsRepository::office), so
    // that a province's letter and its regency's are each their own.
    static QString documentKey(const PpkRecord::Row &ppk, const QList<LedgerRow> &rows,
                               const QString &office = QString());
    // The rows of the PPK that are late as of `today`, most late first.
    static QList<LedgerRow> late(const QList<LedgerRow> &rows, const PpkRecord::Row &ppk,
                                 const QDate &today, int responseDays);

    static PrintedDocument build(const Request &request);
    // The letter about one PPK of the record of the forwarded cases the filter selects, dated
    // the file's today (its issue date once issued), with the office's letterhead and place.
    static PrintedDocument build(Database &db, const PpkRecord::Row &ppk,
                                 const CaseFilter &filter = {});
};
