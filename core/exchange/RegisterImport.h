#pragma once

#include "RegisterCsv.h"
#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

// How RegisterImport brings a register in.
struct RegisterImportOptions
{
    bool dryRun = false; // check and count, write nothing
    // Called after each case with the number done and the total; false cancels and rolls
    // back every case of the file.
    std::function<bool(int, int)> progress;
};

// Brings a CSV register (RegisterCsv) into a data file; RegisterExport writes one.
//
// Numbers: the register knows one number per case, `nomor`. A case that was never registered
// keeps it as its receipt number. A registered case keeps it as its registration number and,
// since the register does not carry the receipt number separately, as its receipt number too:
// no number is invented and none of the office's sequences is used. A case without `nomor`
// draws its receipt (and registration) number from the office's sequences, as a typed case does.
//
// Each case is walked through the status machine with the register's dates (register,
// analysis, then forward or stop; or not registered; or withdrawn). What the register does not
// record is filled in plainly: the reason of a decision says it came from a register, and the
// forwarding letter number is "-". The forwarding authority follows the procedure profile.
//
// Importing the same register twice adds nothing: a case is found again by its number, or,
// without a number, by a key of its content stored with the case.
class RegisterImport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)

public:
    using Options = RegisterImportOptions;

    struct Summary
    {
        bool readable = false; // false: nothing could be read (see error)
        bool cancelled = false;
        bool dryRun = false;
        QString error;
        int rows = 0;
        int added = 0;
        int skipped = 0; // already in the file
        int refusedCases = 0;
        QList<RegisterCsv::Problem> refused;
        QStringList unknownColumns;

        QJsonObject toJson() const;
    };

    explicit RegisterImport(Database &db) : m_db(db) {}

    Summary importFile(const QString &path, const Options &options = {});
    Summary importData(const QByteArray &data, const Options &options = {});
    Summary importRead(const RegisterCsv::ReadResult &read, const Options &options = {});

private:
    Database &m_db;
};
