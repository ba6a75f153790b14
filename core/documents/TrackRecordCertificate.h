#pragma once

#include "PrintedDocument.h"
#include "store/TrackRecordRepository.h"

#include <QDate>
#include <QString>

class Database;

// The certificate of a person's track record (surat keterangan rekam jejak) for a selection
// committee of a senior (JPT) position (docs/domain.md §10): the person by NIP, each case in
// which the person was reported with the office's decision, the recommendation and the sanction
// the PPK imposed; or, with no case, that no neutrality violation is recorded for the NIP in
// the office's data. The purpose stated is the look-up's. Signed by the office (the chair by
// default, "signer_track_record"), numbered from the letter book when issued, a draft
// (KONSEP) before. Always in Indonesian: its words are written here, never through tr(). It
// names the persons reported only, never a reporter.
class TrackRecordCertificate
{
public:
    // To whom it is given when the caller names no one.
    static const QString DefaultCommittee;

    struct Request
    {
        TrackRecord record; // looked up by NIP
        QString committee = DefaultCommittee;
        QDate date;
        QString place;  // "Sukoharjo"; empty: the date stands alone
        QString office; // "Bawaslu Kabupaten Sukoharjo": whose data and signature
        Letterhead letterhead;
        Signatories signatories;
        QString number; // the book's number once issued
    };

    // Which letter it is in the letter book: the NIP, the purpose and the persons found, so that
    // a reprint of the same record for the same purpose keeps its number.
    static QString documentKey(const TrackRecord &record);
    // The office whose data was searched: the scope of the user who looked the record up, else
    // the office's name in the settings ("Bawaslu Kabupaten Sukoharjo"), else the office of
    // `region` (the office's code in the settings, or the one regency of the cases found), else
    // "Bawaslu".
    static QString office(const TrackRecord &record, const Letterhead &letterhead,
                          const QString &region = QString());

    static PrintedDocument build(const Request &request);
    // The certificate of a record looked up by NIP, dated the file's today (its issue date once
    // issued), with the office's letterhead, place and signatories.
    static PrintedDocument build(Database &db, const TrackRecord &record,
                                 const QString &committee = DefaultCommittee);
};
