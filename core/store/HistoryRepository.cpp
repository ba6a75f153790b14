#include "HistoryRepository.h"

#include "CaseRepository.h"
#include "KeyStore.h"
#include "SqlValues.h"
#include "domain/Identity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

QList<ChangeEntry> HistoryRepository::history(const QString &caseUuid) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, at, actor, record_table, record_uuid, action, changes"
                             " FROM change_log WHERE case_uuid = ? ORDER BY id"));
    q.addBindValue(caseUuid);
    q.exec();
    QList<ChangeEntry> list;
    while (q.next()) {
        list << ChangeEntry{
            q.value(0).toLongLong(), SqlValues::toTimestamp(q.value(1)),
            q.value(2).toString(),   q.value(3).toString(),
            q.value(4).toString(),   caseUuid,
            q.value(5).toString(),   QJsonDocument::fromJson(q.value(6).toByteArray()).object()};
    }
    q.finish();
    withholdHistory(caseUuid, list);
    return list;
}

ChangeEntry HistoryRepository::lastEdit(const QString &caseUuid) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, at, actor FROM change_log WHERE case_uuid = ?"
                             " AND record_table IN ('cases', 'parties') ORDER BY id DESC LIMIT 1"));
    q.addBindValue(caseUuid);
    ChangeEntry e;
    if (q.exec() && q.next()) {
        e.id = q.value(0).toLongLong();
        e.at = SqlValues::toTimestamp(q.value(1));
        e.actor = q.value(2).toString();
        e.caseUuid = caseUuid;
    }
    return e;
}

namespace {

bool everTrue(const QJsonValue &pair)
{
    for (const QJsonValue &v : pair.toArray()) {
        if (v.toVariant().toInt() != 0)
            return true;
    }
    return false;
}

bool isReporterEntry(const ChangeEntry &e)
{
    for (const QJsonValue &v : e.changes.value(QLatin1String("role")).toArray()) {
        if (v.toString() == Identity::reporterRole())
            return true;
    }
    return false;
}

} // namespace

void HistoryRepository::withholdHistory(const QString &caseUuid, QList<ChangeEntry> &list) const
{
    const std::optional<Case> c = CaseRepository(m_db).stored(caseUuid);
    // Once confidential, a case's history stays so.
    bool confidential = c && c->reporterConfidential;
    for (const ChangeEntry &e : std::as_const(list)) {
        if (e.table == QLatin1String("cases"))
            confidential =
                confidential || everTrue(e.changes.value(QLatin1String("reporter_confidential")));
    }
    if (!confidential)
        return;
    // The persons heard who are the reporter, now or in any entry.
    QSet<QString> reporters;
    Identity::Secrets secrets;
    if (c) {
        Case k = *c;
        k.reporterConfidential = true;
        secrets.add(k);
        secrets.add(CaseRepository(m_db).secrets(c->id));
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("SELECT a.uuid FROM hearing_attendees a JOIN hearings h"
                           " ON h.id = a.hearing_id WHERE h.case_id = ? AND a.role = ?"));
        q.addBindValue(c->id);
        q.addBindValue(Identity::reporterRole());
        if (q.exec()) {
            while (q.next())
                reporters.insert(q.value(0).toString());
        }
        q.finish();
    }
    for (const ChangeEntry &e : std::as_const(list)) {
        if (e.table == QLatin1String("hearing_attendees") && isReporterEntry(e))
            reporters.insert(e.recordUuid);
    }
    auto isIdentity = [&](const ChangeEntry &e) {
        return e.table == QLatin1String("cases") ||
               (e.table == QLatin1String("hearing_attendees") && reporters.contains(e.recordUuid));
    };
    for (const ChangeEntry &e : std::as_const(list)) {
        if (!isIdentity(e))
            continue;
        for (const QString &f : Identity::fields(e.table)) {
            if (Identity::isDateField(e.table, f))
                continue;
            for (const QJsonValue &v : e.changes.value(f).toArray())
                secrets.add(KeyStore(m_db).open(v.toString()).value_or(QString()));
        }
    }
    for (ChangeEntry &e : list) {
        if (isIdentity(e))
            Identity::redact(e.table, e.changes);
        // Free text that repeats the identity (a description naming the reporter).
        for (auto it = e.changes.begin(); it != e.changes.end(); ++it) {
            if (it->isArray()) {
                QJsonArray pair = it->toArray();
                for (int i = 0; i < pair.size(); ++i) {
                    if (pair.at(i).isString())
                        pair[i] = secrets.scrub(pair.at(i).toString());
                }
                *it = pair;
            } else if (it->isString()) {
                *it = secrets.scrub(it->toString());
            }
        }
    }
}
