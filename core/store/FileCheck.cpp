#include "FileCheck.h"

#include "CaseRepository.h"
#include "domain/Scope.h"
#include "domain/StatusMachine.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return {QStringLiteral("query failed: ") + sql};
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols << q.value(i).toString();
        out << cols.join(QLatin1Char(' '));
    }
    return out;
}

} // namespace

QJsonObject FileCheck::Result::toJson() const
{
    return {{QStringLiteral("ok"), ok()},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("latest_schema_version"), Database::latestVersion()},
            {QStringLiteral("integrity"), integrityOk},
            {QStringLiteral("cases_checked"), casesChecked},
            {QStringLiteral("change_log"), changeLog.toJson()},
            {QStringLiteral("trail"), trail.toJson()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

FileCheck::Result FileCheck::run(Database &db)
{
    Result r;
    r.schemaVersion = db.schemaVersion();
    if (r.schemaVersion != Database::latestVersion())
        r.problems << tr("Data version %1, expected %2.")
                          .arg(r.schemaVersion)
                          .arg(Database::latestVersion());

    const QString integrityCheck = db.dialect().integrityCheck();
    const QStringList integrity =
        integrityCheck.isEmpty() ? QStringList{QStringLiteral("ok")} : rows(db, integrityCheck);
    r.integrityOk = integrity == QStringList{QStringLiteral("ok")};
    if (!r.integrityOk)
        r.problems << tr("SQLite integrity check: %1").arg(integrity.join(QLatin1String("; ")));
    if (const QString fkCheck = db.dialect().foreignKeyCheck(); !fkCheck.isEmpty()) {
        for (const QString &fk : rows(db, fkCheck))
            r.problems << tr("Broken reference: %1").arg(fk);
    }

    // A user kept to a regency or a province reads only part of the change log and of the
    // users: the chain and the trail are checked by the nation's users or the server's account.
    const QString scope = db.user() ? db.user()->scope : QString();
    const bool whole = scope.isEmpty() || scope == Scope::national();
    if (!whole)
        r.notes << tr("The change log's chain and the records against it are checked by a user "
                      "of the whole server: a user of %1 reads only part of the log.")
                       .arg(Scope::displayName(scope));
    // A file from before version 7 has no chain yet; it gets one when it is brought up to date.
    if (r.schemaVersion >= 7 && whole) {
        r.changeLog = ChangeLogChain::verify(db);
        if (r.changeLog.problem)
            r.problems << r.changeLog.problem->message();
    }

    if (r.schemaVersion >= 7 && whole) {
        r.trail = TrailCheck::run(db);
        const qsizetype n = r.trail.differences.size();
        for (qsizetype i = 0; i < n && i < DetailedDifferences; ++i)
            r.problems << r.trail.differences.at(i).message();
        if (n > DetailedDifferences)
            r.problems << tr("%n more differences between the file and its change log (see "
                             "trail.differences and trail.schema_objects).",
                             nullptr, int(n - DetailedDifferences));
    }

    for (const QString &dup :
         rows(db,
              QStringLiteral("SELECT nip, count(*) FROM parties p JOIN cases c ON c.id = p.case_id"
                             " WHERE p.nip <> '' GROUP BY p.case_id, p.nip HAVING count(*) > 1")))
        r.problems << tr("The same NIP twice in one case: %1").arg(dup);

    // A number drawn from a sequence is never above its counter, so no number can come twice.
    // A number brought in from a CSV register (import_key set) or a package (sync_state) was
    // given by its office, not drawn here.
    for (const QString &bad :
         rows(db,
              QStringLiteral(
                  "SELECT c.receipt_number FROM cases c WHERE c.receipt_number <> ''"
                  " AND c.import_key = '' AND NOT EXISTS"
                  " (SELECT 1 FROM sequences s WHERE s.year = CAST(substr(c.received_date, 1, 4) "
                  "AS BIGINT)"
                  "  AND s.kind LIKE 'receipt:%') AND NOT EXISTS"
                  " (SELECT 1 FROM sync_state ss WHERE ss.record_uuid = c.uuid)")))
        r.problems << tr("A receipt number without its year's sequence: %1").arg(bad);

    for (const QString &missing :
         rows(db, QStringLiteral(
                      "SELECT c.uuid FROM cases c WHERE NOT EXISTS (SELECT 1 FROM change_log l"
                      " WHERE l.case_uuid = c.uuid AND l.record_uuid = c.uuid AND l.action = "
                      "'create')")))
        r.problems << tr("A case without its creation in the change log: %1").arg(missing);

    QSqlQuery a(db.sql());
    a.setForwardOnly(true);
    a.exec(QStringLiteral("SELECT name, sha256, data FROM attachments"));
    while (a.next()) {
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(a.value(2).toByteArray(), QCryptographicHash::Sha256).toHex());
        if (sha != a.value(1).toString())
            r.problems
                << tr("The attachment %1 does not match its SHA-256.").arg(a.value(0).toString());
    }

    CaseRepository(db).forEach(CaseFilter(), [&](const Case &c) {
        ++r.casesChecked;
        for (const QString &e : StatusMachine::invariantErrors(c))
            r.problems << tr("Case %1: %2").arg(c.number(), e);
        return r.problems.size() < 1000;
    });
    return r;
}
