#include "HolidayCalendar.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

HolidayCalendar::HolidayCalendar(const QList<Holiday> &holidays)
{
    for (const Holiday &h : holidays)
        add(h);
}

void HolidayCalendar::add(const Holiday &holiday)
{
    m_days.insert(holiday.date, holiday);
}

bool HolidayCalendar::isWorkingDay(const QDate &date) const
{
    return date.dayOfWeek() < 6 && !isHoliday(date);
}

QDate HolidayCalendar::addWorkingDays(const QDate &from, int days) const
{
    QDate d = from;
    while (days > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --days;
    }
    return d;
}

QList<Holiday> HolidayCalendar::holidays() const
{
    QList<Holiday> list = m_days.values();
    std::sort(list.begin(), list.end(),
              [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return list;
}

QList<Holiday> HolidayCalendar::fromJson(const QJsonArray &array, QString *error)
{
    QList<Holiday> list;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Holiday h{QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate),
                  o.value(QLatin1String("name")).toString(),
                  o.value(QLatin1String("kind")).toString()};
        if (!h.date.isValid()) {
            if (error)
                *error = QStringLiteral("invalid holiday date: %1")
                             .arg(o.value(QLatin1String("date")).toString());
            return {};
        }
        list << h;
    }
    return list;
}

QList<Holiday> HolidayCalendar::shipped()
{
    QFile f(QStringLiteral(":/netra/calendar/holidays.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return fromJson(QJsonDocument::fromJson(f.readAll()).array());
}
