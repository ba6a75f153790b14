#include "ScopedConnection.h"

#include <QUuid>

ScopedConnection::ScopedConnection(const QString &driver,
                                   const std::function<void(QSqlDatabase &)> &configure)
    : m_name(QStringLiteral("netra-side-") + QUuid::createUuid().toString(QUuid::Id128))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
    configure(db);
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError();
}

ScopedConnection::~ScopedConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}
