#include "ActivityRepository.h"

#include "AttachmentRepository.h"
#include "CaseFilterSql.h"
#include "GuardedWrite.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "domain/Codes.h"

#include <QSqlError>
#include <QSqlQuery>
#include <functional>

namespace {

const char *const activityColumns =
    "id, uuid, updated_at, kind, held_on, regency_code, title, place, online, platform,"
    " agencies, positions, participants, notes, addressee_kind, addressee";

PreventionActivity activityOf(const QSqlQuery &q)
{
    PreventionActivity a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.updatedAt = SqlValues::toTimestamp(q.value(2));
    a.kind = q.value(3).toString();
    a.date = SqlValues::toDate(q.value(4));
    a.regencyCode = q.value(5).toString();
    a.title = q.value(6).toString();
    a.place = q.value(7).toString();
    a.online = q.value(8).toInt() != 0;
    a.platform = q.value(9).toString();
    a.agencies = q.value(10).toString();
    a.positions = q.value(11).toString();
    a.participants = q.value(12).toInt();
    a.notes = q.value(13).toString();
    a.addresseeKind = q.value(14).toString();
    a.addressee = q.value(15).toString();
    return a;
}

// The WHERE clause of a filter, its values appended to `values`.
QString whereOf(const ActivityRepository::Filter &f, QVariantList *values)
{
    QStringList parts;
    appendPeriodAndRegion(QStringLiteral("held_on"), f.from, f.to, QStringLiteral("regency_code"),
                          f.regencyCode, f.provinceCode, &parts, values);
    if (!f.kind.isEmpty()) {
        parts << QStringLiteral("kind = ?");
        *values << f.kind;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

} // namespace

ActivityRepository::Filter ActivityRepository::Filter::of(const CaseFilter &cases)
{
    Filter f;
    f.from = cases.receivedFrom;
    f.to = cases.receivedTo;
    f.regencyCode = cases.regencyCode;
    f.provinceCode = cases.provinceCode;
    return f;
}

QVariantMap ActivityRepository::columns(const PreventionActivity &a)
{
    return SqlValues::withEmptyText({
        {QStringLiteral("kind"), a.kind},
        {QStringLiteral("held_on"), SqlValues::date(a.date)},
        {QStringLiteral("regency_code"), a.regencyCode},
        {QStringLiteral("title"), a.title.trimmed()},
        {QStringLiteral("place"), a.place.trimmed()},
        {QStringLiteral("online"), a.online ? 1 : 0},
        {QStringLiteral("platform"), a.platform.trimmed()},
        {QStringLiteral("agencies"), a.agencyList().join(QLatin1Char('\n'))},
        {QStringLiteral("positions"), a.positionList().join(QLatin1Char('\n'))},
        {QStringLiteral("participants"), a.participants},
        {QStringLiteral("notes"), a.notes.trimmed()},
        {QStringLiteral("addressee_kind"), a.isAppeal() ? a.addresseeKind : QString()},
        {QStringLiteral("addressee"), a.isAppeal() ? a.addressee.trimmed() : QString()},
    });
}

QList<PreventionActivity> ActivityRepository::select(const QString &where,
                                                     const QVariantList &values) const
{
    QList<PreventionActivity> list;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM activities%2 ORDER BY held_on DESC, id DESC")
                  .arg(QLatin1String(activityColumns), where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            list << activityOf(q);
    }
    return list;
}

QList<PreventionActivity> ActivityRepository::list(const Filter &filter) const
{
    QVariantList values;
    const QString where = whereOf(filter, &values);
    return select(where, values);
}

std::optional<PreventionActivity> ActivityRepository::load(qint64 id) const
{
    const QList<PreventionActivity> found = select(QStringLiteral(" WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<PreventionActivity>(found.first());
}

std::optional<PreventionActivity> ActivityRepository::find(const QString &uuid) const
{
    const QList<PreventionActivity> found = select(QStringLiteral(" WHERE uuid = ?"), {uuid});
    return found.isEmpty() ? std::nullopt : std::optional<PreventionActivity>(found.first());
}

bool ActivityRepository::save(PreventionActivity &activity, QString *error)
{
    if (!m_db.permits(Action::EditActivities, error))
        return false;
    const QStringList problems = ActivityValidator::problems(activity, m_db.today());
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    GuardedWrite t(m_db, Action::EditActivities, error);
    if (!t.isOpen())
        return false;
    const QVariantMap after = columns(activity);
    RecordWriter writer(m_db);
    QString sqlError;
    if (activity.id == 0) {
        // Logged under its own uuid, as a case is.
        QString uuid = activity.uuid.isEmpty() ? SqlValues::newUuid() : activity.uuid;
        const qint64 id = writer.insert(QStringLiteral("activities"), uuid, after, uuid, &sqlError);
        if (id == 0) {
            *error = tr("The activity could not be saved: %1").arg(sqlError);
            return false;
        }
        activity.id = id;
        activity.uuid = uuid;
    } else {
        const std::optional<PreventionActivity> stored = load(activity.id);
        if (!stored) {
            *error = tr("The activity no longer exists in the file.");
            return false;
        }
        if (!writer.update(QStringLiteral("activities"), activity.id, columns(*stored), after,
                           stored->uuid, stored->uuid, &sqlError)) {
            *error = tr("The activity could not be saved: %1").arg(sqlError);
            return false;
        }
        activity.uuid = stored->uuid;
    }
    if (!t.commit()) {
        *error = tr("The activity could not be saved: %1").arg(m_db.lastError());
        return false;
    }
    if (const std::optional<PreventionActivity> saved = load(activity.id))
        activity.updatedAt = saved->updatedAt;
    return true;
}

bool ActivityRepository::remove(qint64 id, QString *error)
{
    if (!m_db.permits(Action::EditActivities, error))
        return false;
    const std::optional<PreventionActivity> stored = load(id);
    if (!stored) {
        *error = tr("The activity no longer exists in the file.");
        return false;
    }
    GuardedWrite t(m_db, Action::EditActivities, error);
    if (!t.isOpen())
        return false;
    RecordWriter writer(m_db);
    QString sqlError;
    // Its files first, each logged as removed (the table's ON DELETE CASCADE would not log).
    for (const AttachmentInfo &a :
         AttachmentRepository(m_db, AttachmentOwner::Activity).attachments(id)) {
        if (!writer.remove(QStringLiteral("activity_attachments"), a.id,
                           {{QStringLiteral("name"), a.name},
                            {QStringLiteral("size"), a.size},
                            {QStringLiteral("sha256"), a.sha256}},
                           a.uuid, stored->uuid, &sqlError)) {
            *error = tr("The activity could not be removed: %1").arg(sqlError);
            return false;
        }
    }
    if (!writer.remove(QStringLiteral("activities"), id, columns(*stored), stored->uuid,
                       stored->uuid, &sqlError) ||
        !t.commit()) {
        *error = tr("The activity could not be removed: %1")
                     .arg(sqlError.isEmpty() ? m_db.lastError() : sqlError);
        return false;
    }
    return true;
}

ActivityRepository::Counts ActivityRepository::counts(const Filter &filter) const
{
    Counts c;
    QVariantList values;
    const QString where = whereOf(filter, &values);
    auto run = [&](const QString &sql, const std::function<void(const QSqlQuery &)> &row) {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(sql.arg(where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next())
                row(q);
        }
    };
    run(QStringLiteral("SELECT count(*), coalesce(sum(participants), 0) FROM activities%1"),
        [&](const QSqlQuery &q) {
            c.activities = q.value(0).toLongLong();
            c.participants = q.value(1).toLongLong();
        });
    QHash<QString, qint64> byKind;
    run(QStringLiteral("SELECT kind, count(*) FROM activities%1 GROUP BY kind"),
        [&](const QSqlQuery &q) { byKind.insert(q.value(0).toString(), q.value(1).toLongLong()); });
    for (const QString &code : Codes::all(Codes::Kind::ActivityKind)) {
        if (byKind.contains(code))
            c.byKind << qMakePair(code, byKind.take(code));
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        c.byKind << qMakePair(it.key(), it.value());
    run(QStringLiteral("SELECT regency_code, count(*) FROM activities%1"
                       " GROUP BY regency_code ORDER BY regency_code"),
        [&](const QSqlQuery &q) {
            c.byRegency << qMakePair(q.value(0).toString(), q.value(1).toLongLong());
        });
    return c;
}

QHash<QString, ActivityRepository::Counts>
ActivityRepository::countsByRegency(const Filter &filter) const
{
    QVariantList values;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT regency_code, kind, count(*),"
                                                " coalesce(sum(participants), 0) FROM activities%1"
                                                " GROUP BY regency_code, kind")
                                     .arg(whereOf(filter, &values)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QHash<QString, QHash<QString, qint64>> kinds;
    QHash<QString, Counts> counts;
    if (q.exec()) {
        while (q.next()) {
            Counts &c = counts[q.value(0).toString()];
            c.activities += q.value(2).toLongLong();
            c.participants += q.value(3).toLongLong();
            kinds[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toLongLong());
        }
    }
    q.finish();
    // Kinds in the order of the codes, then any other, as counts() gives them.
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        QHash<QString, qint64> held = kinds.value(it.key());
        for (const QString &code : Codes::all(Codes::Kind::ActivityKind)) {
            if (held.contains(code))
                it->byKind << qMakePair(code, held.take(code));
        }
        for (auto k = held.cbegin(); k != held.cend(); ++k)
            it->byKind << qMakePair(k.key(), k.value());
    }
    return counts;
}
