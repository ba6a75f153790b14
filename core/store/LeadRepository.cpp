#include "LeadRepository.h"

#include "AttachmentRepository.h"
#include "CaseFilterSql.h"
#include "CaseRepository.h"
#include "GuardedWrite.h"
#include "KeyStore.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "domain/Codes.h"
#include "domain/Identity.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Leads = QStringLiteral("leads");
const QString Notes = QStringLiteral("lead_notes");
// The log's stand-in for the informant: the digest of name and contact.
const QString InformantDigest = QStringLiteral("informant_sha256");

const char *const leadColumns =
    "id, uuid, updated_at, received_on, source_kind, source_detail, regency_code, persons, agency,"
    " description, informant_name, informant_contact, informant_confidential, status, closed_on,"
    " close_reason, found_on, case_uuid";

Lead leadOf(const QSqlQuery &q)
{
    Lead l;
    l.id = q.value(0).toLongLong();
    l.uuid = q.value(1).toString();
    l.updatedAt = SqlValues::toTimestamp(q.value(2));
    l.date = SqlValues::toDate(q.value(3));
    l.sourceKind = q.value(4).toString();
    l.sourceDetail = q.value(5).toString();
    l.regencyCode = q.value(6).toString();
    l.persons = q.value(7).toString();
    l.agency = q.value(8).toString();
    l.description = q.value(9).toString();
    l.informantName = q.value(10).toString();
    l.informantContact = q.value(11).toString();
    l.informantConfidential = q.value(12).toInt() != 0;
    l.status = q.value(13).toString();
    l.closedOn = SqlValues::toDate(q.value(14));
    l.closeReason = q.value(15).toString();
    l.foundOn = SqlValues::toDate(q.value(16));
    l.caseUuid = q.value(17).toString();
    return l;
}

QString informantDigest(const Lead &l)
{
    if (l.informantName.isEmpty() && l.informantContact.isEmpty())
        return {};
    return RecordWriter::digest({l.informantName, l.informantContact});
}

// The WHERE clause of a filter on `dateColumn`, its values appended to `values`.
QString whereOf(const LeadRepository::Filter &f, const QString &dateColumn, QVariantList *values)
{
    QStringList parts;
    appendPeriodAndRegion(dateColumn, f.from, f.to, QStringLiteral("regency_code"), f.regencyCode,
                          f.provinceCode, &parts, values);
    if (!f.status.isEmpty()) {
        parts << QStringLiteral("status = ?");
        *values << f.status;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

} // namespace

LeadRepository::Filter LeadRepository::Filter::of(const CaseFilter &cases)
{
    Filter f;
    f.from = cases.receivedFrom;
    f.to = cases.receivedTo;
    f.regencyCode = cases.regencyCode;
    f.provinceCode = cases.provinceCode;
    return f;
}

QVariantMap LeadRepository::columns(const Lead &l)
{
    return SqlValues::withEmptyText({
        {QStringLiteral("received_on"), SqlValues::date(l.date)},
        {QStringLiteral("source_kind"), l.sourceKind},
        {QStringLiteral("source_detail"), l.sourceDetail.trimmed()},
        {QStringLiteral("regency_code"), l.regencyCode},
        {QStringLiteral("persons"), l.personList().join(QLatin1Char('\n'))},
        {QStringLiteral("agency"), l.agency.trimmed()},
        {QStringLiteral("description"), l.description.trimmed()},
        {QStringLiteral("informant_confidential"), l.informantConfidential ? 1 : 0},
        {QStringLiteral("status"), l.status},
        {QStringLiteral("closed_on"), SqlValues::date(l.closedOn)},
        {QStringLiteral("close_reason"), l.closeReason.trimmed()},
        {QStringLiteral("found_on"), SqlValues::date(l.foundOn)},
        {QStringLiteral("case_uuid"), l.caseUuid},
    });
}

QList<Lead> LeadRepository::select(const QString &where, const QVariantList &values,
                                   bool withNotes) const
{
    QList<Lead> list;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM leads%2 ORDER BY received_on DESC, id DESC")
                  .arg(QLatin1String(leadColumns), where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            list << leadOf(q);
    }
    // A confidential informant is withheld as a confidential reporter is: sealed at rest where
    // the store's identities are encrypted (KeyStore), opened for who may see it and holds the
    // key, withheld from anyone else.
    const bool mayReveal = m_db.user().has_value() && m_db.allows(Action::SeeConfidential);
    const KeyStore keys(m_db);
    for (Lead &l : list) {
        if (l.informantName.isEmpty() && l.informantContact.isEmpty())
            continue;
        bool withheld = l.informantConfidential && !mayReveal;
        if (!withheld) {
            const std::optional<QString> name = keys.open(l.informantName);
            const std::optional<QString> contact = keys.open(l.informantContact);
            withheld = !name || !contact;
            if (!withheld) {
                l.informantName = *name;
                l.informantContact = *contact;
            }
        }
        if (withheld) {
            l.informantName = Identity::hidden();
            l.informantContact.clear();
            l.informantHidden = true;
        }
    }
    if (withNotes) {
        for (Lead &l : list) {
            QSqlQuery n(m_db.sql());
            n.prepare(QStringLiteral("SELECT id, uuid, noted_on, note FROM lead_notes"
                                     " WHERE lead_id = ? ORDER BY noted_on, id"));
            n.addBindValue(l.id);
            if (n.exec()) {
                while (n.next())
                    l.notes << LeadNote{n.value(0).toLongLong(), n.value(1).toString(),
                                        SqlValues::toDate(n.value(2)), n.value(3).toString()};
            }
        }
    }
    return list;
}

QList<Lead> LeadRepository::list(const Filter &filter) const
{
    QVariantList values;
    const QString where = whereOf(filter, QStringLiteral("received_on"), &values);
    return select(where, values, false);
}

std::optional<Lead> LeadRepository::load(qint64 id) const
{
    const QList<Lead> found = select(QStringLiteral(" WHERE id = ?"), {id}, true);
    return found.isEmpty() ? std::nullopt : std::optional<Lead>(found.first());
}

std::optional<Lead> LeadRepository::find(const QString &uuid) const
{
    const QList<Lead> found = select(QStringLiteral(" WHERE uuid = ?"), {uuid}, true);
    return found.isEmpty() ? std::nullopt : std::optional<Lead>(found.first());
}

std::optional<Lead> LeadRepository::forCase(const QString &caseUuid) const
{
    if (caseUuid.isEmpty())
        return std::nullopt;
    const QList<Lead> found = select(QStringLiteral(" WHERE case_uuid = ?"), {caseUuid}, true);
    return found.isEmpty() ? std::nullopt : std::optional<Lead>(found.first());
}

bool LeadRepository::writeInformant(const Lead &stored, const Lead &lead, QString *error)
{
    // A withheld informant is kept as stored.
    if (lead.informantHidden)
        return true;
    Lead now = lead;
    now.informantName = lead.informantName.trimmed();
    now.informantContact = lead.informantContact.trimmed();
    const QString before = informantDigest(stored), after = informantDigest(now);
    // Written again when it changed, or when it became confidential (sealed) or public.
    if (before == after && stored.informantConfidential == now.informantConfidential)
        return true;
    const KeyStore keys(m_db);
    const auto kept = [&](const QString &plain) {
        return now.informantConfidential ? keys.seal(plain) : plain;
    };
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE leads SET informant_name = ?, informant_contact = ? WHERE id = ?"));
    q.addBindValue(kept(now.informantName));
    q.addBindValue(kept(now.informantContact));
    q.addBindValue(lead.id);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    return before == after ||
           RecordWriter(m_db).log(Leads, lead.uuid, lead.uuid, QStringLiteral("update"),
                                  {{InformantDigest, before}}, {{InformantDigest, after}}, error);
}

bool LeadRepository::save(Lead &lead, QString *error)
{
    if (!m_db.permits(Action::EditLeads, error))
        return false;
    std::optional<Lead> stored;
    if (lead.id != 0) {
        // Read as stored, the informant included.
        const QList<Lead> found = select(QStringLiteral(" WHERE id = ?"), {lead.id}, false);
        if (found.isEmpty()) {
            *error = tr("The lead no longer exists in the file.");
            return false;
        }
        stored = found.first();
        if (stored->isClosed()) {
            *error = tr("The lead is closed (%1) and can no longer be changed.")
                         .arg(Codes::label(Codes::Kind::LeadStatus, stored->status));
            return false;
        }
    }
    Lead l = lead;
    if (stored && stored->informantHidden && !l.informantHidden) {
        // Nothing to compare against: only who may see it changes it.
        l.informantHidden = true;
    }
    const QStringList problems = LeadValidator::problems(l, m_db.today());
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    if (stored) {
        // Its status and closing are the tracing's and closing's, not the editor's.
        l.status = stored->status;
        l.closedOn = stored->closedOn;
        l.closeReason = stored->closeReason;
        l.foundOn = stored->foundOn;
        l.caseUuid = stored->caseUuid;
    } else {
        l.status = Codes::Lead::New;
        l.closedOn = {};
        l.closeReason.clear();
        l.foundOn = {};
        l.caseUuid.clear();
    }
    GuardedWrite t(m_db, Action::EditLeads, error);
    if (!t.isOpen())
        return false;
    RecordWriter writer(m_db);
    QString sqlError;
    if (!stored) {
        QString uuid = l.uuid.isEmpty() ? SqlValues::newUuid() : l.uuid;
        const qint64 id = writer.insert(Leads, uuid, columns(l), uuid, &sqlError);
        if (id == 0) {
            *error = tr("The lead could not be saved: %1").arg(sqlError);
            return false;
        }
        l.id = id;
        l.uuid = uuid;
        if (!writeInformant(Lead{}, l, &sqlError)) {
            *error = tr("The lead could not be saved: %1").arg(sqlError);
            return false;
        }
    } else {
        l.uuid = stored->uuid;
        // A confidential informant's mark stays while it is withheld from this user.
        if (l.informantHidden)
            l.informantConfidential = stored->informantConfidential;
        if (!writer.update(Leads, l.id, columns(*stored), columns(l), stored->uuid, stored->uuid,
                           &sqlError) ||
            !writeInformant(*stored, l, &sqlError)) {
            *error = tr("The lead could not be saved: %1").arg(sqlError);
            return false;
        }
    }
    if (!t.commit()) {
        *error = tr("The lead could not be saved: %1").arg(m_db.lastError());
        return false;
    }
    lead.id = l.id;
    lead.uuid = l.uuid;
    lead.status = l.status;
    if (const std::optional<Lead> saved = load(l.id))
        lead.updatedAt = saved->updatedAt;
    return true;
}

bool LeadRepository::addNote(qint64 leadId, const QDate &date, const QString &text, QString *error)
{
    if (!m_db.permits(Action::EditLeads, error))
        return false;
    const std::optional<Lead> stored = load(leadId);
    if (!stored) {
        *error = tr("The lead no longer exists in the file.");
        return false;
    }
    if (stored->isClosed()) {
        *error = tr("The lead is closed (%1) and can no longer be changed.")
                     .arg(Codes::label(Codes::Kind::LeadStatus, stored->status));
        return false;
    }
    QString problem =
        LeadValidator::dateProblem(*stored, date, m_db.today(), LeadValidator::NoteDate);
    if (problem.isEmpty() && text.trimmed().isEmpty())
        problem = tr("Write what the tracing found.");
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    GuardedWrite t(m_db, Action::EditLeads, error);
    if (!t.isOpen())
        return false;
    RecordWriter writer(m_db);
    QString sqlError, uuid;
    const qint64 id = writer.insert(Notes, uuid,
                                    {{QStringLiteral("lead_id"), leadId},
                                     {QStringLiteral("noted_on"), SqlValues::date(date)},
                                     {QStringLiteral("note"), text.trimmed()}},
                                    stored->uuid, &sqlError);
    bool ok = id != 0;
    if (ok && stored->status == Codes::Lead::New) {
        Lead traced = *stored;
        traced.status = Codes::Lead::Tracing;
        ok = writer.update(Leads, leadId, columns(*stored), columns(traced), stored->uuid,
                           stored->uuid, &sqlError);
    }
    if (!ok || !t.commit()) {
        *error = tr("The tracing note could not be saved: %1")
                     .arg(sqlError.isEmpty() ? m_db.lastError() : sqlError);
        return false;
    }
    return true;
}

bool LeadRepository::close(const Lead &stored, const QVariantMap &after, QString *error)
{
    QString sqlError;
    if (!RecordWriter(m_db).update(Leads, stored.id, columns(stored), after, stored.uuid,
                                   stored.uuid, &sqlError)) {
        *error = tr("The lead could not be closed: %1").arg(sqlError);
        return false;
    }
    return true;
}

bool LeadRepository::closeNotPursued(qint64 leadId, const QDate &date, const QString &reason,
                                     QString *error)
{
    if (!m_db.permits(Action::CloseLeads, error))
        return false;
    const std::optional<Lead> stored = load(leadId);
    if (!stored) {
        *error = tr("The lead no longer exists in the file.");
        return false;
    }
    if (stored->isClosed()) {
        *error = tr("The lead is closed (%1) and can no longer be changed.")
                     .arg(Codes::label(Codes::Kind::LeadStatus, stored->status));
        return false;
    }
    QString problem =
        LeadValidator::dateProblem(*stored, date, m_db.today(), LeadValidator::ClosedDate);
    if (problem.isEmpty() && reason.trimmed().isEmpty())
        problem = tr("Give the reason why the lead is not pursued.");
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    GuardedWrite t(m_db, Action::CloseLeads, error);
    if (!t.isOpen())
        return false;
    Lead closed = *stored;
    closed.status = Codes::Lead::NotPursued;
    closed.closedOn = date;
    closed.closeReason = reason;
    if (!close(*stored, columns(closed), error))
        return false;
    if (!t.commit()) {
        *error = tr("The lead could not be closed: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

bool LeadRepository::turnIntoFinding(qint64 leadId, const QDate &foundOn, Case &finding,
                                     QString *error)
{
    if (!m_db.permits(Action::CloseLeads, error) || !m_db.permits(Action::EditCases, error))
        return false;
    const std::optional<Lead> stored = load(leadId);
    if (!stored) {
        *error = tr("The lead no longer exists in the file.");
        return false;
    }
    if (stored->isClosed()) {
        *error = tr("The lead is closed (%1) and can no longer be changed.")
                     .arg(Codes::label(Codes::Kind::LeadStatus, stored->status));
        return false;
    }
    const QString problem =
        LeadValidator::dateProblem(*stored, foundOn, m_db.today(), LeadValidator::FoundDate);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    Case c = finding;
    c.id = 0;
    c.uuid.clear();
    c.source = Codes::Source::Finding;
    c.regencyCode = c.regencyCode.isEmpty() ? stored->regencyCode : c.regencyCode;
    c.knownDate = foundOn; // the finding's window counts from it
    if (!c.receivedDate.isValid())
        c.receivedDate = m_db.today();
    if (c.description.trimmed().isEmpty())
        c.description = stored->description;
    GuardedWrite t(m_db, Action::CloseLeads, error);
    if (!t.isOpen())
        return false;
    if (!CaseRepository(m_db).create(c, error))
        return false;
    Lead closed = *stored;
    closed.status = Codes::Lead::Finding;
    closed.closedOn = c.receivedDate;
    closed.foundOn = foundOn;
    closed.caseUuid = c.uuid;
    if (!close(*stored, columns(closed), error))
        return false;
    if (!t.commit()) {
        *error = tr("The lead could not be closed: %1").arg(m_db.lastError());
        return false;
    }
    finding = c;
    return true;
}

bool LeadRepository::linkFinding(qint64 leadId, const QString &caseUuid, QString *error)
{
    if (!m_db.permits(Action::CloseLeads, error))
        return false;
    const std::optional<Lead> stored = load(leadId);
    if (!stored) {
        *error = tr("The lead no longer exists in the file.");
        return false;
    }
    if (stored->isClosed()) {
        *error = tr("The lead is closed (%1) and can no longer be changed.")
                     .arg(Codes::label(Codes::Kind::LeadStatus, stored->status));
        return false;
    }
    const std::optional<Case> c = CaseRepository(m_db).stored(caseUuid);
    if (!c || c->source != Codes::Source::Finding) {
        *error = tr("No finding case with the UUID %1 in this file.").arg(caseUuid);
        return false;
    }
    if (const std::optional<Lead> other = forCase(caseUuid)) {
        *error = tr("The finding already came from another lead (%1).")
                     .arg(other->date.toString(QStringLiteral("dd-MM-yyyy")));
        return false;
    }
    const QString problem =
        LeadValidator::dateProblem(*stored, c->knownDate, m_db.today(), LeadValidator::FoundDate);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    GuardedWrite t(m_db, Action::CloseLeads, error);
    if (!t.isOpen())
        return false;
    Lead closed = *stored;
    closed.status = Codes::Lead::Finding;
    closed.closedOn = c->receivedDate;
    closed.foundOn = c->knownDate;
    closed.caseUuid = caseUuid;
    if (!close(*stored, columns(closed), error))
        return false;
    if (!t.commit()) {
        *error = tr("The lead could not be closed: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

bool LeadRepository::remove(qint64 id, QString *error)
{
    if (!m_db.permits(Action::EditLeads, error))
        return false;
    const std::optional<Lead> stored = load(id);
    if (!stored) {
        *error = tr("The lead no longer exists in the file.");
        return false;
    }
    if (stored->isClosed()) {
        *error = tr("The lead is closed (%1) and can no longer be changed.")
                     .arg(Codes::label(Codes::Kind::LeadStatus, stored->status));
        return false;
    }
    GuardedWrite t(m_db, Action::EditLeads, error);
    if (!t.isOpen())
        return false;
    RecordWriter writer(m_db);
    QString sqlError;
    // Its notes and files first, each logged as removed (ON DELETE CASCADE would not log).
    bool ok = true;
    for (const LeadNote &n : stored->notes) {
        ok = ok && writer.remove(Notes, n.id,
                                 {{QStringLiteral("lead_id"), id},
                                  {QStringLiteral("noted_on"), SqlValues::date(n.date)},
                                  {QStringLiteral("note"), n.text}},
                                 n.uuid, stored->uuid, &sqlError);
    }
    for (const AttachmentInfo &a :
         AttachmentRepository(m_db, AttachmentOwner::Lead).attachments(id))
        ok = ok && writer.remove(QStringLiteral("lead_attachments"), a.id,
                                 {{QStringLiteral("name"), a.name},
                                  {QStringLiteral("size"), a.size},
                                  {QStringLiteral("sha256"), a.sha256}},
                                 a.uuid, stored->uuid, &sqlError);
    if (!ok || !writer.remove(Leads, id, columns(*stored), stored->uuid, stored->uuid, &sqlError) ||
        !t.commit()) {
        *error = tr("The lead could not be removed: %1")
                     .arg(sqlError.isEmpty() ? m_db.lastError() : sqlError);
        return false;
    }
    return true;
}

LeadRepository::Counts LeadRepository::counts(const Filter &filter) const
{
    return countsGrouped(filter, false).value(QString());
}

QHash<QString, LeadRepository::Counts> LeadRepository::countsByRegency(const Filter &filter) const
{
    return countsGrouped(filter, true);
}

QHash<QString, LeadRepository::Counts> LeadRepository::countsGrouped(const Filter &filter,
                                                                     bool byRegency) const
{
    QHash<QString, Counts> counts;
    // Each figure counted in one statement, per regency or for all ("").
    auto count = [&](const QString &dateColumn, const QString &status, qint64 Counts::*out) {
        Filter f = filter;
        f.status = status;
        QVariantList values;
        const QString where = whereOf(f, dateColumn, &values);
        QSqlQuery &q = m_db.prepared(
            byRegency ? QStringLiteral("SELECT regency_code, count(*) FROM leads%1"
                                       " GROUP BY regency_code")
                            .arg(where)
                      : QStringLiteral("SELECT '', count(*) FROM leads%1").arg(where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next())
                counts[q.value(0).toString()].*out += q.value(1).toLongLong();
        }
        q.finish();
    };
    count(QStringLiteral("received_on"), {}, &Counts::recorded);
    count(QStringLiteral("found_on"), QString(Codes::Lead::Finding), &Counts::findings);
    count(QStringLiteral("closed_on"), QString(Codes::Lead::NotPursued), &Counts::notPursued);
    count(QStringLiteral("received_on"), QString(Codes::Lead::New), &Counts::open);
    count(QStringLiteral("received_on"), QString(Codes::Lead::Tracing), &Counts::open);
    if (!byRegency)
        counts[QString()]; // all zero when there is no lead
    return counts;
}
