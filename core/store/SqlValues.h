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
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime toTimestamp(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
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
