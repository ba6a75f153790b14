#pragma once

#include "domain/CaseFilter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// A field file: a new Netra data file holding the cases an officer takes to a field hearing,
// made from the office's store (a file or a server) through the package door: the cases are
// collected as a package (PackageStore::collect, identities withheld unless asked for by one
// who may see them) and merged into a fresh file (PackageStore::apply), with what working on
// them offline needs: the office's settings (letterhead, signatories, patterns, the keys that
// seal identities), its holiday calendar, and the users who may sign in there with their office
// passwords (the one who takes the cases and the clerks assigned to them). The office remembers
// the version of every record taken out (PackageStore::markTaken), so that bringing the cases
// back with the package merge (export from the field file, import into the office) tells a
// change made in the field from one made in the office and lists a record changed on both.
//
// A field file draws no numbers: receiving a report, registering a case and issuing a letter
// take the office's sequences and are refused there (SettingsRepository::nextSequence), since
// the letter book and the sequences stay in the office.
class FieldFile
{
    Q_DECLARE_TR_FUNCTIONS(FieldFile)

public:
    // The setting that marks a field file: JSON with where it was taken from, by whom, when.
    static QString markerKey() { return QStringLiteral("field_file"); }
    // Where the field file `db` was taken from (the office's file or server); empty when `db`
    // is no field file.
    static QString takenFrom(Database &db);

    struct Result
    {
        QString file; // absolute path
        int cases = 0;
        QStringList caseNumbers;
        QStringList users; // logins who may sign in
        bool withIdentities = false;
        bool withAttachments = false;
    };

    // Makes `target` (a file that does not exist yet) from the cases of `office` that `filter`
    // selects, for the user signed in to it (who must be allowed to export). Written whole or
    // not at all (a temporary file renamed). False with the reason in the user's language.
    static bool take(Database &office, const CaseFilter &filter, bool withAttachments,
                     bool withIdentities, const QString &target, Result *result, QString *error);
};
