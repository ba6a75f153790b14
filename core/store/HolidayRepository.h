#pragma once

#include "Database.h"
#include "domain/HolidayCalendar.h"

#include <QCoreApplication>

// The office's holiday calendar (`holidays`), and the open cases' next deadlines computed over
// it, refreshed when it changes.
class HolidayRepository
{
    Q_DECLARE_TR_FUNCTIONS(HolidayRepository)

public:
    explicit HolidayRepository(Database &db) : m_db(db) {}

    QList<Holiday> holidays() const;
    bool setHoliday(const Holiday &holiday, QString *error);
    bool removeHoliday(const QDate &date, QString *error);
    bool seedHolidays(const QList<Holiday> &holidays);
    // Recomputes each open case's next deadline (after the calendar or profiles changed).
    bool refreshDeadlines();

private:
    Database &m_db;
};
