#pragma once

#include "domain/DateFormat.h"
#include "domain/OfficeTime.h"

#include <QDateTimeEdit>

// A date-and-time edit that shows and takes the office's wall clock (OfficeTime), whatever the
// computer's own zone: a clerk in Jayapura on a laptop set to UTC types 14.00 and the hearing is
// at 14.00 WIT. The edit holds the wall clock as a UTC time, so that no zone of the computer (nor
// its daylight saving) comes in between; the zone's name follows the time.
namespace OfficeTimeEdit {

inline void setUp(QDateTimeEdit *edit, const OfficeTime &zone)
{
    edit->setTimeSpec(Qt::UTC);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateTimeFormat() + QStringLiteral(" '%1'").arg(zone.zone()));
}

// Shows `moment` (a time without its zone is the office's wall clock).
inline void set(QDateTimeEdit *edit, const OfficeTime &zone, const QDateTime &moment)
{
    const QDateTime local = zone.local(zone.moment(moment));
    edit->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
}

// The moment typed, to the minute, in UTC.
inline QDateTime get(const QDateTimeEdit *edit, const OfficeTime &zone)
{
    const QDateTime shown = edit->dateTime();
    return zone.fromLocal(shown.date(), QTime(shown.time().hour(), shown.time().minute()));
}

} // namespace OfficeTimeEdit
