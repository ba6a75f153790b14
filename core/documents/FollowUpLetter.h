#pragma once

#include "PrintedDocument.h"
#include "store/LedgerRepository.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;
class SettingsRepository;

// The letter asking a PPK to act on the recommendations still outstanding for its staff
// (surat permintaan tindak lanjut rekomendasi). Always in Indonesian, whatever the UI language.
// It names the persons reported only: never a reporter.
class FollowUpLetter
{
public:
    struct Request
    {
        QString ppkName;
        QString ppkOffice;
        QList<LedgerRow> rows; // the persons to chase; see outstanding()
        QDate date;
        int responseDays = 30;
        QString place; // "Sukoharjo"; empty: the date stands alone
        Letterhead letterhead;
        Signatories signatories;
        QString office; // "Bawaslu Kabupaten Sukoharjo", for the signature
        // The letter's entry in the letter book once issued: its number and date.
        QString number;
        QDate issuedOn;
    };

    // Which letter it is in the letter book: one PPK and the persons it is asked about, so
    // that a reprint for the same persons keeps its number.
    static QString documentKey(const QString &ppkName, const QString &ppkOffice,
                               const QList<LedgerRow> &rows);

    static PrintedDocument build(const Request &request);
    // The letter to one PPK for its outstanding recommendations among `rows`, dated the file's
    // today, with the office's letterhead, place and response days from the file.
    static PrintedDocument build(Database &db, const QList<LedgerRow> &rows, const QString &ppkName,
                                 const QString &ppkOffice);

    // The rows of one PPK whose recommendation waits for the PPK (due or late), most late
    // first.
    static QList<LedgerRow> outstanding(const QList<LedgerRow> &rows, const QString &ppkName,
                                        const QString &ppkOffice, const QDate &today,
                                        int responseDays);
    // Whether two PPK names and offices are the same PPK (case and spacing aside).
    static bool samePpk(const FollowUp &f, const QString &ppkName, const QString &ppkOffice);

    // The place of the date line: the "office_city" setting, else the regency all the rows
    // share ("Sukoharjo"), else empty.
    static QString place(const SettingsRepository &repo, const QList<LedgerRow> &rows);
    // The Indonesian name of a sanction code, as written in letters.
    static QString sanctionLabel(const QString &code);
    // The authorities that recommended the sanctions of `rows`, each once, in the order of the
    // rows, named in full ("Komisi Aparatur Sipil Negara (KASN)").
    static QStringList authorities(const QList<LedgerRow> &rows);
};
