#pragma once

#include "domain/DateFormat.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// The office's time zone: Indonesia's three, WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9). Every
// time printed or shown for an office is in its zone, whatever the computer's own: a hearing at
// 14.00 in Jayapura is "14.00 WIT" on a laptop set to UTC or to Jakarta. The zone comes from the
// province (the first two digits of a regency code) unless the office set its own
// (the "office_timezone" setting).
class OfficeTime
{
public:
    OfficeTime() = default; // WIB
    // "WIB", "WITA" or "WIT"; anything else is WIB.
    explicit OfficeTime(const QString &zone);

    // The zone of a province or regency code ("94", "9471", "94.71").
    static QString zoneOfRegion(const QString &code);
    // The set zone when it is one of the three, else the zone of the region code.
    static OfficeTime of(const QString &setting, const QString &regionCode);
    static QStringList zones(); // WIB, WITA, WIT
    static bool isZone(const QString &zone);

    QString zone() const { return m_zone; }
    int offsetSeconds() const;
    QTimeZone timeZone() const { return QTimeZone(offsetSeconds()); }
    // The moment in the office's zone (a QDateTime with that offset).
    QDateTime local(const QDateTime &moment) const;
    QDate date(const QDateTime &moment) const { return local(moment).date(); }
    // "14.00 WIT"; "-" for an invalid moment.
    QString time(const QDateTime &moment) const;
    // "14.00" without the zone.
    QString clock(const QDateTime &moment) const;
    // A moment as the office reads it on a screen: "30 Nov 2024 16:00 WIT" (the format in the
    // user's locale, "16.00" in Indonesian, then the zone); empty for an invalid moment.
    QString dateTime(const QDateTime &moment,
                     const QString &format = shortMonthDateTimeFormat()) const;
    // A wall-clock date and time in the office's zone as a moment (for a time typed in).
    QDateTime fromLocal(const QDate &date, const QTime &time) const;
    // A time as a moment: `t` itself when it carries its zone or offset; a time without one
    // (Qt::LocalTime, as older files hold a hearing's time) is the office's wall clock, never
    // the computer's.
    QDateTime moment(const QDateTime &t) const;

private:
    QString m_zone = QStringLiteral("WIB");
};
