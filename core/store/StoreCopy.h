#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class Database;

// A whole Netra store copied into an empty one: a data file into an empty database of an office
// server (Netra's schema set up there as init does), a server store into a new data file, a
// file into a new file. Every table of tables() is copied row by row with its keys as they are:
// attachments with their bytes, users with their password hashes, the settings, the change log
// with its hash chain (so that it verifies on the target), the letter book, the sequences, and
// the sealed values of a store whose identities are encrypted (KeyStore), as they are. The source
// is read in one consistent snapshot (SqlDialect::beginSnapshot), also while others write to it;
// rows are read one at a time and written in batches of prepared inserts, so a big store costs
// no more memory than a small one. On the target, the server's identity sequences are set past
// the ids copied and the search index is built again.
//
// The target is written whole or not at all: a server in one transaction, a file under a
// temporary name renamed at the end (OutputFile). A target that is not empty (a file that exists,
// a database holding tables) is refused and left as it was.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)

public:
    struct Result
    {
        QString source; // as shown: a server without its password
        QString target;
        int schemaVersion = 0;
        QList<QPair<QString, qint64>> rows; // each table and the rows copied, in order
        qint64 attachmentBytes = 0;         // the bytes of the attachments copied
    };

    // The tables of a store, in the order a copy writes them: each after those it refers to.
    // Netra's own tables that are not copied: the search index (built again on the target) and
    // the server's netra_schema (the target's own).
    static const QStringList &tables();

    // Why `target` cannot take a copy, in the user's language; empty when it can: a file that
    // does not exist yet, a server database without tables. Nothing is written.
    static QString refusal(const QString &target);

    // Copies the store `source` (open, at the latest data version) into `target`. False with
    // the reason in the user's language, the target left as it was.
    static bool copy(Database &source, const QString &target, Result *result, QString *error);
    // The same from the store at `source`, opened read-only.
    static bool copy(const QString &source, const QString &target, Result *result, QString *error);
};
