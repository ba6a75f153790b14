#include "Case.h"

#include "StatusMachine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const struct
{
    const char *code;
    const char *label;
} requirementLabels[] = {
    {"formal_reporter", QT_TRANSLATE_NOOP("Review", "Name and address of the reporter")},
    {"formal_reported", QT_TRANSLATE_NOOP("Review", "The person reported is named")},
    {"formal_deadline", QT_TRANSLATE_NOOP("Review", "Filed within the deadline")},
    {"formal_signature", QT_TRANSLATE_NOOP("Review", "Signature matches the identity card")},
    {"material_time_place", QT_TRANSLATE_NOOP("Review", "Time and place of the event")},
    {"material_description", QT_TRANSLATE_NOOP("Review", "Description of the event")},
    {"material_evidence", QT_TRANSLATE_NOOP("Review", "Evidence")},
};

} // namespace

QStringList Review::requirements()
{
    QStringList codes;
    for (const auto &r : requirementLabels)
        codes << QString::fromLatin1(r.code);
    return codes;
}

QString Review::label(const QString &requirement)
{
    for (const auto &r : requirementLabels) {
        if (requirement == QLatin1String(r.code))
            return tr(r.label);
    }
    return requirement;
}

bool Review::isFormal(const QString &requirement)
{
    return requirement.startsWith(QLatin1String("formal_"));
}

QStringList Review::missing() const
{
    QStringList list;
    for (const QString &r : requirements()) {
        if (!met.contains(r))
            list << r;
    }
    return list;
}

QString Review::toJson() const
{
    if (isEmpty())
        return {};
    QJsonObject o{{QStringLiteral("met"), QJsonArray::fromStringList(met)}};
    if (notifiedOn.isValid())
        o.insert(QStringLiteral("notified_on"), notifiedOn.toString(Qt::ISODate));
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Review Review::fromJson(const QString &json)
{
    Review r;
    if (json.isEmpty())
        return r;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QJsonValue &v : o.value(QStringLiteral("met")).toArray()) {
        if (requirements().contains(v.toString()))
            r.met << v.toString();
    }
    r.notifiedOn =
        QDate::fromString(o.value(QStringLiteral("notified_on")).toString(), Qt::ISODate);
    r.note = o.value(QStringLiteral("note")).toString();
    return r;
}

QDate Case::date(const QString &name) const
{
    if (name == QLatin1String("event"))
        return eventDate;
    if (name == QLatin1String("known"))
        return knownDate;
    if (name == QLatin1String("received"))
        return receivedDate;
    if (name == QLatin1String("registered"))
        return registeredDate;
    if (name == QLatin1String("decided"))
        return decidedDate;
    if (name == QLatin1String("registration_decided"))
        return registeredDate.isValid() ? registeredDate : decidedDate;
    return {};
}

QString Case::number() const
{
    return registrationNumber.isEmpty() ? receiptNumber : registrationNumber;
}

QList<Party> Case::reported() const
{
    QList<Party> list;
    for (const Party &p : parties) {
        if (p.role == Codes::Role::Reported)
            list << p;
    }
    return list;
}

bool Case::isClosed() const
{
    return StatusMachine::isClosed(status);
}
