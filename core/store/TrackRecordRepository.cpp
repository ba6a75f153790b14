#include "TrackRecordRepository.h"

#include "CaseFilterSql.h"
#include "GuardedWrite.h"
#include "RecordWriter.h"
#include "Rows.h"
#include "SqlValues.h"
#include "domain/Codes.h"
#include "domain/Nip.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using SqlValues::toDate;

TrackRecord::Entry::Decision TrackRecord::Entry::decision() const
{
    if (status == Codes::Status::Forwarded)
        return Decision::Proved;
    if (status == Codes::Status::Stopped || status == Codes::Status::NotRegistered ||
        status == Codes::Status::Withdrawn)
        return Decision::NotProved;
    return Decision::Pending;
}

QString TrackRecord::decisionLabel(Entry::Decision decision)
{
    switch (decision) {
    case Entry::Decision::Proved:
        return tr("Violation proved");
    case Entry::Decision::NotProved:
        return tr("Not proved");
    case Entry::Decision::Pending:
        break;
    }
    return tr("Not decided yet");
}

QString TrackRecord::personName() const
{
    return entries.isEmpty() ? name.simplified() : entries.last().row.name;
}

QStringList TrackRecord::nips() const
{
    QStringList list;
    for (const Entry &e : entries) {
        if (!e.row.nip.isEmpty() && !list.contains(e.row.nip))
            list << e.row.nip;
    }
    return list;
}

std::optional<TrackRecord> TrackRecordRepository::lookUp(const QString &nipText,
                                                         const QString &nameText,
                                                         const QString &purposeText, QString *error)
{
    if (!m_db.permits(Action::LookUpRecord, error))
        return std::nullopt;
    TrackRecord record;
    record.name = nameText.simplified();
    record.purpose = purposeText.simplified();
    if (!nipText.trimmed().isEmpty()) {
        // The person's status is not known: a PNS's NIP or a PPPK's number.
        const Nip nip = Nip::parseAny(nipText);
        if (!nip.valid) {
            *error = tr("%1 is not a valid NIP: %2").arg(nipText.trimmed(), nip.error);
            return std::nullopt;
        }
        record.nip = nip.digits;
    } else if (record.name.size() < 3) {
        *error = tr("Give the NIP of the person, or at least three letters of the name.");
        return std::nullopt;
    }
    if (record.purpose.size() < MinPurposeLength) {
        *error = tr("Say why the track record is looked up (at least %1 characters): every "
                    "look-up is logged with its purpose.")
                     .arg(MinPurposeLength);
        return std::nullopt;
    }
    if (const std::optional<User> &user = m_db.user()) {
        record.scope = user->scope;
        record.askedBy = user->fullName.trimmed().isEmpty() ? user->login : user->fullName;
    } else {
        record.askedBy = m_db.actor();
    }
    record.at = m_db.now();

    // Read and logged in one transaction: what the log says was found is what was shown.
    GuardedWrite t(m_db, Action::LookUpRecord, error);
    if (!t.isOpen())
        return std::nullopt;
    QVariantList values;
    QString where;
    if (!record.nip.isEmpty()) {
        // `p.nip <> ''` names the condition of the partial index parties_nip.
        where = QStringLiteral(" WHERE p.role = 'terlapor' AND p.nip = ? AND p.nip <> ''");
        values << record.nip;
    } else {
        // The cases whose search index holds the name, then the persons reported whose name
        // holds every word of it.
        CaseFilter filter;
        filter.text = record.name;
        where = caseWhere(m_db, filter, &values);
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        where += QStringLiteral("p.role = 'terlapor'");
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + LedgerRepository::rowColumns() +
              QStringLiteral(", c.status, c.source, c.election, c.violation_category,"
                             " c.received_date, c.registered_date, ") +
              Rows::followUpSelect(QStringLiteral("f.")) +
              QStringLiteral(" FROM parties p JOIN cases c ON c.id = p.case_id"
                             " LEFT JOIN followups f ON f.party_id = p.id") +
              where + QStringLiteral(" ORDER BY c.received_date, c.id, p.position"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error =
            tr("The track record could not be read: %1").arg(Database::describe(q.lastError()));
        return std::nullopt;
    }
    const QStringList words = record.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (q.next()) {
        TrackRecord::Entry e;
        e.row = LedgerRepository::readRow(q, 18);
        const LedgerRow &r = e.row;
        e.status = q.value(12).toString();
        e.source = q.value(13).toString();
        e.election = q.value(14).toString();
        e.violationCategory = q.value(15).toString();
        e.receivedDate = toDate(q.value(16));
        e.registeredDate = toDate(q.value(17));
        if (record.nip.isEmpty() && !std::all_of(words.begin(), words.end(), [&](const QString &w) {
                return r.name.contains(w, Qt::CaseInsensitive);
            }))
            continue;
        record.entries << e;
    }
    q.finish();

    QJsonArray cases;
    for (const TrackRecord::Entry &e : std::as_const(record.entries))
        cases << e.row.caseNumber;
    // Under the user's own uuid, so that on a server the user and the scope's administrators
    // read it back (ServerAccounts: an entry of no case is read with its user).
    const QString who = m_db.user() ? m_db.user()->uuid : QString();
    QString sqlError;
    if (!RecordWriter(m_db).writeLog(logTable(), who, QString(), logAction(),
                                     {{QStringLiteral("nip"), record.nip},
                                      {QStringLiteral("name"), record.name},
                                      {QStringLiteral("purpose"), record.purpose},
                                      {QStringLiteral("cases"), cases}},
                                     &sqlError) ||
        !t.commit()) {
        *error = tr("The look-up could not be logged, so the record is not shown: %1")
                     .arg(sqlError.isEmpty() ? m_db.writeRefused() : sqlError);
        return std::nullopt;
    }
    return record;
}
