#pragma once

#include "ChangeLogChain.h"
#include "Database.h"
#include "TrailCheck.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// `netra-cli check`: the schema version, SQLite's own integrity and foreign key checks, the
// change log's hash chain, every record and schema object against the log and the migrations
// (TrailCheck), and the domain's invariants over every case.
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
        // Every record against its last logged state, and the schema objects against Netra's
        // (the first ones are among the problems too, with their count).
        TrailCheck::Result trail;
        QStringList problems; // empty when everything holds
        QStringList notes;    // what was not checked, and why

        bool ok() const { return integrityOk && problems.isEmpty(); }
        QJsonObject toJson() const;
    };

    static Result run(Database &db);

    // How many of the trail's differences are spelled out among the problems.
    static constexpr int DetailedDifferences = 20;
};
