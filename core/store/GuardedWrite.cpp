#include "GuardedWrite.h"

GuardedWrite::GuardedWrite(Database &db, Action action, QString *error, qint64 caseId)
{
    if (db.permits(action, error, caseId))
        begin(db, error);
}

GuardedWrite::GuardedWrite(Database &db, QString *error)
{
    begin(db, error);
}

void GuardedWrite::begin(Database &db, QString *error)
{
    m_transaction.emplace(db);
    if (!m_transaction->isOpen()) {
        *error = db.writeRefused();
        m_transaction.reset();
    }
}
