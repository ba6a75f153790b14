#pragma once

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

// Days off besides weekends: national holidays (libur nasional), joint leave (cuti bersama) and
// election days. They change every year by decree, so they are data the office can edit.
struct Holiday
{
    QDate date;
    QString name;
    QString kind; // "libur_nasional", "cuti_bersama", "hari_pemilihan"
};

class HolidayCalendar
{
public:
    HolidayCalendar() = default;
    explicit HolidayCalendar(const QList<Holiday> &holidays);

    void add(const Holiday &holiday);
    bool isHoliday(const QDate &date) const { return m_days.contains(date); }
    bool isWorkingDay(const QDate &date) const;
    // The date `days` working days after `from` (from itself does not count).
    QDate addWorkingDays(const QDate &from, int days) const;
    QList<Holiday> holidays() const;

    // The calendar shipped in resources (calendar/holidays.json).
    static QList<Holiday> shipped();
    static QList<Holiday> fromJson(const QJsonArray &array, QString *error = nullptr);

private:
    QHash<QDate, Holiday> m_days;
};
