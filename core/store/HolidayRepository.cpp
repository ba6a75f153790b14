#include "HolidayRepository.h"

#include "CaseRepository.h"
#include "GuardedWrite.h"
#include "SqlValues.h"
#include "domain/StatusMachine.h"

#include <QSqlQuery>

QList<Holiday> HolidayRepository::holidays() const
{
    QSqlQuery q(m_db.sql());
    QList<Holiday> list;
    if (!q.exec(QStringLiteral("SELECT date, name, kind FROM holidays ORDER BY date")))
        return list;
    while (q.next())
        list << Holiday{SqlValues::toDate(q.value(0)), q.value(1).toString(),
                        q.value(2).toString()};
    return list;
}

bool HolidayRepository::seedHolidays(const QList<Holiday> &holidays)
{
    for (const Holiday &h : holidays) {
        QSqlQuery &q = m_db.prepared(QStringLiteral(
            "INSERT INTO holidays (date, name, kind) VALUES (?, ?, ?) ON CONFLICT (date)"
            " DO UPDATE SET name = excluded.name, kind = excluded.kind"));
        q.addBindValue(SqlValues::date(h.date));
        q.addBindValue(h.name);
        q.addBindValue(h.kind);
        if (!q.exec())
            return false;
    }
    m_db.invalidateCalendar();
    return true;
}

bool HolidayRepository::setHoliday(const Holiday &holiday, QString *error)
{
    if (!m_db.permits(Action::EditSettings, error))
        return false;
    if (!holiday.date.isValid() || holiday.name.trimmed().isEmpty()) {
        *error = tr("A holiday needs a real date and a name.");
        return false;
    }
    GuardedWrite t(m_db, Action::EditSettings, error);
    if (!t.isOpen())
        return false;
    if (!seedHolidays({holiday}) || !refreshDeadlines() || !t.commit()) {
        *error = tr("The holiday could not be stored: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

bool HolidayRepository::removeHoliday(const QDate &date, QString *error)
{
    GuardedWrite t(m_db, Action::EditSettings, error);
    if (!t.isOpen())
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM holidays WHERE date = ?"));
    q.addBindValue(SqlValues::date(date));
    m_db.invalidateCalendar();
    if (!q.exec() || q.numRowsAffected() == 0) {
        *error = tr("There is no holiday on %1.").arg(date.toString(Qt::ISODate));
        return false;
    }
    if (!refreshDeadlines() || !t.commit()) {
        *error = tr("The holiday could not be removed: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

bool HolidayRepository::refreshDeadlines()
{
    Transaction t(m_db);
    if (!t.isOpen()) {
        return false;
    }
    CaseFilter open;
    open.statuses = StatusMachine::openStatuses();
    CaseRepository cases(m_db);
    bool ok = true;
    QString error;
    cases.forEach(open, [&](const Case &c) {
        ok = cases.refreshDeadline(c, &error);
        return ok;
    });
    return ok && t.commit();
}
