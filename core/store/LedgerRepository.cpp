#include "LedgerRepository.h"

#include "CaseFilterSql.h"
#include "GuardedWrite.h"
#include "RecordWriter.h"
#include "Rows.h"
#include "Schema.h"
#include "SettingsRepository.h"
#include "domain/FollowUpState.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QLatin1String ResponseDaysKey("followup_response_days");

QDate toDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QString LedgerRow::authority() const
{
    return followUp.authority.isEmpty() ? forwardedTo : followUp.authority;
}

QDate LedgerRow::forwardedDate() const
{
    return followUp.forwardedDate.isValid() ? followUp.forwardedDate : decidedDate;
}

namespace {

// The persons reported in the forwarded cases the filter selects: the ledger's condition.
QString ledgerWhere(Database &db, const CaseFilter &filter, QVariantList *values)
{
    QString where = caseWhere(db, filter, values);
    where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
    return where + QStringLiteral("c.status = 'diteruskan' AND p.role = 'terlapor'");
}

} // namespace

QList<LedgerRepository::Recommendation>
LedgerRepository::recommendations(const CaseFilter &filter) const
{
    QVariantList values;
    const QString where = ledgerWhere(m_db, filter, &values);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // The same recommendations as StatsRepository::followUps counts "recommended for a sanction".
    q.prepare(QStringLiteral("SELECT c.regency_code, p.id, f.ppk_name, f.ppk_office,"
                             " f.recommendation_date, f.sanction_recommended, f.response_due,"
                             " f.ppk_decision_date, f.sanction_imposed"
                             " FROM parties p JOIN cases c ON c.id = p.case_id"
                             " JOIN followups f ON f.party_id = p.id") +
              where +
              QStringLiteral(" AND f.recommendation_date IS NOT NULL"
                             " AND f.sanction_recommended NOT IN ('', 'tidak_ada')"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<Recommendation> list;
    if (!q.exec()) {
        qWarning("recommendations: %s", qPrintable(Database::describe(q.lastError())));
        return list;
    }
    while (q.next()) {
        Recommendation r;
        r.regencyCode = q.value(0).toString();
        r.followUp.partyId = q.value(1).toLongLong();
        r.followUp.ppkName = q.value(2).toString();
        r.followUp.ppkOffice = q.value(3).toString();
        r.followUp.recommendationDate = toDate(q.value(4));
        r.followUp.sanctionRecommended = q.value(5).toString();
        r.followUp.responseDue = toDate(q.value(6));
        r.followUp.ppkDecisionDate = toDate(q.value(7));
        r.followUp.sanctionImposed = q.value(8).toString();
        list << r;
    }
    return list;
}

QList<LedgerRow> LedgerRepository::rows(const CaseFilter &filter) const
{
    QVariantList values;
    const QString where = ledgerWhere(m_db, filter, &values);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + rowColumns() + QStringLiteral(", ") +
              Rows::followUpSelect(QStringLiteral("f.")) +
              QStringLiteral(" FROM parties p JOIN cases c ON c.id = p.case_id"
                             " LEFT JOIN followups f ON f.party_id = p.id") +
              where + QStringLiteral(" ORDER BY c.decided_date, c.id, p.position"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<LedgerRow> rows;
    if (!q.exec()) {
        qWarning("ledger: %s", qPrintable(Database::describe(q.lastError())));
        return rows;
    }
    while (q.next())
        rows << readRow(q, 12);
    return rows;
}

QString LedgerRepository::rowColumns()
{
    return QStringLiteral("c.id, %1, c.uuid, c.regency_code, c.decided_date, c.forwarded_to,"
                          " p.id, p.uuid, p.name, p.nip, p.position_title, p.agency")
        .arg(QLatin1String(Schema::CaseNumberShown));
}

LedgerRow LedgerRepository::readRow(const QSqlQuery &q, int followUpAt)
{
    LedgerRow r;
    r.caseId = q.value(0).toLongLong();
    r.caseNumber = q.value(1).toString();
    r.caseUuid = q.value(2).toString();
    r.regencyCode = q.value(3).toString();
    r.decidedDate = toDate(q.value(4));
    r.forwardedTo = q.value(5).toString();
    r.partyId = q.value(6).toLongLong();
    r.partyUuid = q.value(7).toString();
    r.name = q.value(8).toString();
    r.nip = q.value(9).toString();
    r.positionTitle = q.value(10).toString();
    r.agency = q.value(11).toString();
    r.hasFollowUp = !q.value(followUpAt).isNull();
    r.followUp = Rows::readFollowUp(q, followUpAt, r.partyId);
    return r;
}

int LedgerRepository::responseDays() const
{
    bool ok = false;
    const int days = SettingsRepository(m_db).setting(ResponseDaysKey).trimmed().toInt(&ok);
    return ok && days >= MinResponseDays && days <= MaxResponseDays
               ? days
               : FollowUpState::DefaultResponseDays;
}

bool LedgerRepository::setResponseDays(int days, QString *error)
{
    if (days < MinResponseDays || days > MaxResponseDays) {
        *error = tr("A PPK's response time must be between %1 and %2 days; %3 is not.")
                     .arg(MinResponseDays)
                     .arg(MaxResponseDays)
                     .arg(days);
        return false;
    }
    return SettingsRepository(m_db).setSetting(ResponseDaysKey, QString::number(days), error);
}

bool LedgerRepository::saveFollowUp(FollowUp &f, qint64 caseId, QString *error)
{
    GuardedWrite t(m_db, Action::EditFollowUps, error);
    if (!t.isOpen())
        return false;
    // The case's uuid (its log's), and whether the person is one reported in it.
    QSqlQuery &owner = m_db.prepared(
        QStringLiteral("SELECT c.uuid, (SELECT count(*) FROM parties p WHERE p.id = ?"
                       " AND p.case_id = c.id AND p.role = ?) FROM cases c WHERE c.id = ?"));
    owner.addBindValue(f.partyId);
    owner.addBindValue(Codes::Role::Reported);
    owner.addBindValue(caseId);
    if (!owner.exec() || !owner.next()) {
        *error = tr("The case no longer exists in the file.");
        return false;
    }
    const QString caseUuid = owner.value(0).toString();
    const bool reported = owner.value(1).toInt() > 0;
    owner.finish();
    if (!reported) {
        *error = tr("The follow-up belongs to a person reported in another case.");
        return false;
    }
    const std::optional<FollowUp> old = followUp(f.partyId);
    const QVariantMap columns = Rows::followUpColumns(f);
    RecordWriter writer(m_db);
    QString sqlError;
    if (!old) {
        if (!(f.id = writer.insert(QStringLiteral("followups"), f.uuid, columns, caseUuid,
                                   &sqlError)) ||
            !t.commit()) {
            *error = tr("The follow-up could not be stored: %1").arg(sqlError);
            return false;
        }
        return true;
    }
    f.id = old->id;
    f.uuid = old->uuid;
    if (!writer.update(QStringLiteral("followups"), f.id, Rows::followUpColumns(*old), columns,
                       f.uuid, caseUuid, &sqlError) ||
        !t.commit()) {
        *error = tr("The follow-up could not be stored: %1").arg(sqlError);
        return false;
    }
    return true;
}

std::optional<FollowUp> LedgerRepository::followUp(qint64 partyId) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + Rows::followUpSelect() +
                                 QStringLiteral(" FROM followups WHERE party_id = ?"));
    q.addBindValue(partyId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const FollowUp f = Rows::readFollowUp(q, 0, partyId);
    q.finish();
    return f;
}
