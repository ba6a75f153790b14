#pragma once

#include "ChangeLogChain.h"
#include "Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// `netra-cli check`: the schema version, SQLite's own integrity and foreign key checks, the
// change log's hash chain, and the domain's invariants over every case.
class FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(FileCheck)

public:
    struct Result
    {
        int schemaVersion = 0;
        bool integrityOk = false;
        qint64 casesChecked = 0;
        // The change log's hash chain: the first entry altered, removed, reordered or slipped
        // in (its message is among the problems too).
        ChangeLogChain::Result changeLog;
        QStringList problems; // empty when everything holds

        bool ok() const { return integrityOk && problems.isEmpty(); }
        QJsonObject toJson() const;
    };

    static Result run(Database &db);
};
