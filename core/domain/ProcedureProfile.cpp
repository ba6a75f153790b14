#include "ProcedureProfile.h"

#include "Codes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QDate dateOf(const QJsonObject &o, const char *key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

bool isWorking(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString() == QLatin1String("working");
}

} // namespace

const DeadlineRule *ProcedureProfile::deadline(const QString &deadlineId) const
{
    for (const DeadlineRule &r : deadlines) {
        if (r.id == deadlineId)
            return &r;
    }
    return nullptr;
}

QString ProcedureProfile::authorityOn(const QDate &date) const
{
    QString name;
    for (const Authority &a : authorities) {
        if (!a.from.isValid() || a.from <= date)
            name = a.name;
    }
    return name;
}

QString ProcedureProfile::deadlineLabel(const QString &deadlineId)
{
    if (deadlineId == QLatin1String("filing"))
        return tr("Filing of the report");
    if (deadlineId == QLatin1String("finding"))
        return tr("Setting of the finding");
    if (deadlineId == QLatin1String("review"))
        return tr("Initial review");
    if (deadlineId == QLatin1String("decision"))
        return tr("Decision");
    return deadlineId;
}

ProcedureProfile ProfileRegistry::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    ProcedureProfile p;
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return p;
    }
    p.name = o.value(QLatin1String("name")).toString();
    p.election = o.value(QLatin1String("election")).toString();
    p.regulation = o.value(QLatin1String("regulation")).toString();
    p.validFrom = dateOf(o, "valid_from");
    p.validTo = dateOf(o, "valid_to");
    for (const QJsonValue &v : o.value(QLatin1String("deadlines")).toArray()) {
        const QJsonObject d = v.toObject();
        DeadlineRule r;
        r.id = d.value(QLatin1String("id")).toString();
        r.days = d.value(QLatin1String("days")).toInt();
        r.workingDays = isWorking(d, "unit");
        r.from = d.value(QLatin1String("from")).toString();
        r.metBy = d.value(QLatin1String("met_by")).toString();
        for (const QJsonValue &s : d.value(QLatin1String("sources")).toArray())
            r.sources << s.toString();
        const QJsonObject ext = d.value(QLatin1String("extension")).toObject();
        r.extensionDays = ext.value(QLatin1String("days")).toInt();
        r.extensionWorkingDays = isWorking(ext, "unit");
        if (r.id.isEmpty() || r.days <= 0 || r.from.isEmpty() || r.metBy.isEmpty()) {
            *error = QStringLiteral("deadline %1 is incomplete").arg(r.id);
            return p;
        }
        p.deadlines << r;
    }
    const QJsonObject forms = o.value(QLatin1String("forms")).toObject();
    for (auto it = forms.begin(); it != forms.end(); ++it)
        p.forms.insert(it.key(), it.value().toString());
    for (const QJsonValue &v : o.value(QLatin1String("authorities")).toArray()) {
        const QJsonObject a = v.toObject();
        p.authorities << Authority{a.value(QLatin1String("name")).toString(), dateOf(a, "from")};
    }
    if (p.election != Codes::Election::Pilkada && p.election != Codes::Election::Pemilu) {
        *error = QStringLiteral("election must be pilkada or pemilu");
        return p;
    }
    p.id = o.value(QLatin1String("id")).toString();
    if (p.id.isEmpty())
        *error = QStringLiteral("the profile has no id");
    return p;
}

const ProfileRegistry &ProfileRegistry::shipped()
{
    static const ProfileRegistry registry = [] {
        ProfileRegistry r;
        QDir dir(QStringLiteral(":/netra/profiles"));
        for (const QString &name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            QString error;
            if (f.open(QIODevice::ReadOnly)) {
                ProcedureProfile p = parse(f.readAll(), &error);
                if (!p.id.isEmpty())
                    r.m_profiles << p;
                else
                    qWarning("profile %s: %s", qPrintable(name), qPrintable(error));
            }
        }
        return r;
    }();
    return registry;
}

const ProcedureProfile *ProfileRegistry::find(const QString &id) const
{
    for (const ProcedureProfile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const ProcedureProfile *ProfileRegistry::forCase(const QString &election, const QDate &date) const
{
    const ProcedureProfile *best = nullptr;
    for (const ProcedureProfile &p : m_profiles) {
        if (p.election != election)
            continue;
        if (p.validFrom.isValid() && p.validFrom > date) {
            if (!best)
                best = &p;
            continue;
        }
        if (!best || best->validFrom > date || p.validFrom >= best->validFrom)
            best = &p;
    }
    return best;
}
