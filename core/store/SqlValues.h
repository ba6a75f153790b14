#pragma once

// How values are written in the data file: dates as ISO text, times as UTC ISO text with
// milliseconds, text columns never NULL. Shared by the repositories of the store.

#include <QDate>
#include <QDateTime>
#include <QUuid>
#include <QVariant>
#include <QVariantMap>

namespace SqlValues {

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QDate toDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

inline QString timestamp(const QDateTime &t)
{
    // A write stamps its records and log entries with one time (Database::now()): the text of
    // the last time asked for is kept rather than made again for each of them.
    thread_local QDateTime last;
    thread_local QString text;
    if (t != last) {
        last = t;
        text = t.toUTC().toString(Qt::ISODateWithMs);
    }
    return text;
}

inline QDateTime toTimestamp(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// A record's identity: a version 7 UUID (RFC 9562), the time of its making in milliseconds
// followed by 74 random bits. Records made one after another have increasing identities, so
// that each index of them grows at its end: with random ones (version 4), every record added to
// a file of 100,000 cases dirtied a page of its own in each such index, and 1,000 cases wrote
// five times the pages into a big file that they write into an empty one.
inline QString newUuid()
{
    QByteArray bytes = QUuid::createUuid().toRfc4122();
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (8 * (5 - i))) & 0xff);
    bytes[6] = char(0x70 | (bytes[6] & 0x0f));
    bytes[8] = char(0x80 | (bytes[8] & 0x3f));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// Text columns are NOT NULL: a null QString is stored as an empty one.
inline QVariantMap withEmptyText(QVariantMap columns)
{
    for (QVariant &v : columns) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QStringLiteral("");
    }
    return columns;
}

} // namespace SqlValues
