#include "LedgerRepository.h"

#include "CaseFilterSql.h"
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

QList<LedgerRow> LedgerRepository::rows(const CaseFilter &filter) const
{
    QVariantList values;
    QString where = caseWhere(filter, m_db.today(), &values);
    where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
    where += QStringLiteral("c.status = 'diteruskan' AND p.role = 'terlapor'");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.id, CASE WHEN c.registration_number <> '' THEN c.registration_number"
                  " ELSE c.receipt_number END, c.uuid, c.regency_code, c.decided_date,"
                  " c.forwarded_to, p.id, p.uuid, p.name, p.nip, p.position_title, p.agency,"
                  " f.id, f.uuid, f.authority, f.forwarded_date, f.recommendation_number,"
                  " f.recommendation_date, f.sanction_recommended, f.ppk_name, f.ppk_office,"
                  " f.response_due, f.ppk_decision_number, f.ppk_decision_date,"
                  " f.sanction_imposed"
                  " FROM parties p JOIN cases c ON c.id = p.case_id"
                  " LEFT JOIN followups f ON f.party_id = p.id") +
              where + QStringLiteral(" ORDER BY c.decided_date, c.id, p.position"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<LedgerRow> rows;
    if (!q.exec()) {
        qWarning("ledger: %s", qPrintable(Database::describe(q.lastError())));
        return rows;
    }
    while (q.next()) {
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
        r.hasFollowUp = !q.value(12).isNull();
        FollowUp &f = r.followUp;
        f.partyId = r.partyId;
        f.id = q.value(12).toLongLong();
        f.uuid = q.value(13).toString();
        f.authority = q.value(14).toString();
        f.forwardedDate = toDate(q.value(15));
        f.recommendationNumber = q.value(16).toString();
        f.recommendationDate = toDate(q.value(17));
        f.sanctionRecommended = q.value(18).toString();
        f.ppkName = q.value(19).toString();
        f.ppkOffice = q.value(20).toString();
        f.responseDue = toDate(q.value(21));
        f.ppkDecisionNumber = q.value(22).toString();
        f.ppkDecisionDate = toDate(q.value(23));
        f.sanctionImposed = q.value(24).toString();
        rows << r;
    }
    return rows;
}

int LedgerRepository::responseDays() const
{
    bool ok = false;
    const int days = CaseRepository(m_db).setting(ResponseDaysKey).trimmed().toInt(&ok);
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
    return CaseRepository(m_db).setSetting(ResponseDaysKey, QString::number(days), error);
}
