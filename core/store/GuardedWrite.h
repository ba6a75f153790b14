#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <optional>

// The one way a write of the store begins: the signed-in user's permission checked, then a
// transaction opened (BEGIN IMMEDIATE); when either fails, isOpen() is false and `error` says
// why in the user's language ("The file cannot be written: …"). Rolled back unless committed.
class GuardedWrite
{
    Q_DECLARE_TR_FUNCTIONS(GuardedWrite)

public:
    // Checks that the user may take `action` (on the case `caseId`, for a clerk's hearings).
    GuardedWrite(Database &db, Action action, QString *error, qint64 caseId = 0);
    // For a caller that has checked the permission itself.
    GuardedWrite(Database &db, QString *error);

    bool isOpen() const { return m_transaction && m_transaction->isOpen(); }
    bool commit() { return m_transaction && m_transaction->commit(); }

private:
    void begin(Database &db, QString *error);
    std::optional<Transaction> m_transaction;
};
