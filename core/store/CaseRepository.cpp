#include "CaseRepository.h"

#include "CaseFilterSql.h"
#include "HearingRepository.h"
#include "KeyStore.h"
#include "RecordWriter.h"
#include "Schema.h"
#include "SqlValues.h"
#include "domain/CaseJson.h"
#include "domain/CaseNumber.h"
#include "domain/CaseValidator.h"
#include "domain/Deadlines.h"
#include "domain/Identity.h"
#include "domain/OfficeTime.h"
#include "domain/ProcedureProfile.h"
#include "domain/StatusMachine.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace {

using namespace SqlValues;

// The stored columns of a case, besides its keys and the derived deadline columns.
QVariantMap caseColumns(const Case &c)
{
    return withEmptyText({
        {QStringLiteral("source"), c.source},
        {QStringLiteral("election"), c.election},
        {QStringLiteral("profile"), c.profileId},
        {QStringLiteral("regency_code"), c.regencyCode},
        {QStringLiteral("district_code"), c.districtCode},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("receipt_number"), c.receiptNumber},
        {QStringLiteral("registration_number"), c.registrationNumber},
        {QStringLiteral("event_date"), date(c.eventDate)},
        {QStringLiteral("known_date"), date(c.knownDate)},
        {QStringLiteral("received_date"), date(c.receivedDate)},
        {QStringLiteral("registered_date"), date(c.registeredDate)},
        {QStringLiteral("decided_date"), date(c.decidedDate)},
        {QStringLiteral("event_place"), c.eventPlace},
        {QStringLiteral("reporter_name"), c.reporterName},
        {QStringLiteral("reporter_address"), c.reporterAddress},
        {QStringLiteral("reporter_contact"), c.reporterContact},
        {QStringLiteral("reporter_confidential"), int(c.reporterConfidential)},
        {QStringLiteral("violation_category"), c.violationCategory},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("decision_reason"), c.decisionReason},
        {QStringLiteral("forwarded_to"), c.forwardedTo},
        {QStringLiteral("forwarding_letter_number"), c.forwardingLetterNumber},
        {QStringLiteral("forwarding_letter_date"), date(c.forwardingLetterDate)},
        {QStringLiteral("extension_days"), c.extensionDays},
        {QStringLiteral("extension_reason"), c.extensionReason},
        {QStringLiteral("review"), c.review.toJson()},
        {QStringLiteral("analysis_facts"), c.analysisFacts},
        {QStringLiteral("analysis_elements"), c.analysisElements},
        {QStringLiteral("analysis_conclusion"), c.analysisConclusion},
    });
}

void readCase(const QSqlQuery &q, Case &c)
{
    const QSqlRecord r = q.record();
    auto v = [&](const char *name) { return q.value(r.indexOf(QLatin1String(name))); };
    c.id = v("id").toLongLong();
    c.uuid = v("uuid").toString();
    c.updatedAt = QDateTime::fromString(v("updated_at").toString(), Qt::ISODateWithMs);
    c.source = v("source").toString();
    c.election = v("election").toString();
    c.profileId = v("profile").toString();
    c.regencyCode = v("regency_code").toString();
    c.districtCode = v("district_code").toString();
    c.status = v("status").toString();
    c.receiptNumber = v("receipt_number").toString();
    c.registrationNumber = v("registration_number").toString();
    c.eventDate = toDate(v("event_date"));
    c.knownDate = toDate(v("known_date"));
    c.receivedDate = toDate(v("received_date"));
    c.registeredDate = toDate(v("registered_date"));
    c.decidedDate = toDate(v("decided_date"));
    c.eventPlace = v("event_place").toString();
    c.reporterName = v("reporter_name").toString();
    c.reporterAddress = v("reporter_address").toString();
    c.reporterContact = v("reporter_contact").toString();
    c.reporterConfidential = v("reporter_confidential").toInt() != 0;
    c.violationCategory = v("violation_category").toString();
    c.description = v("description").toString();
    c.decisionReason = v("decision_reason").toString();
    c.forwardedTo = v("forwarded_to").toString();
    c.forwardingLetterNumber = v("forwarding_letter_number").toString();
    c.forwardingLetterDate = toDate(v("forwarding_letter_date"));
    c.extensionDays = v("extension_days").toInt();
    c.extensionReason = v("extension_reason").toString();
    c.review = Review::fromJson(v("review").toString());
    c.analysisFacts = v("analysis_facts").toString();
    c.analysisElements = v("analysis_elements").toString();
    c.analysisConclusion = v("analysis_conclusion").toString();
}

// A search query from what the user typed: each word a prefix, all words required. A number
// typed with spaces ("19860926 2015") is searched as one.
QString searchQuery(const QString &text)
{
    QString t = text.simplified();
    if (QString(t)
            .remove(QLatin1Char(' '))
            .contains(QRegularExpression(QStringLiteral("^[0-9]+$"))))
        t.remove(QLatin1Char(' '));
    QStringList terms;
    for (QString word : t.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

// An NIP or NIK typed with spaces is kept as its digits, so that the same person is found again.
QString storedNip(const QString &typed)
{
    const QString digits = QString(typed).remove(QLatin1Char(' '));
    for (QChar ch : digits) {
        if (!ch.isDigit())
            return typed.trimmed();
    }
    return digits;
}

QVariantMap partyColumns(const Party &p, int position)
{
    return withEmptyText({
        {QStringLiteral("position"), position},
        {QStringLiteral("role"), p.role},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("nip"), storedNip(p.nip)},
        {QStringLiteral("position_title"), p.positionTitle},
        {QStringLiteral("position_category"), p.positionCategory},
        {QStringLiteral("agency"), p.agency},
        {QStringLiteral("address"), p.address},
        {QStringLiteral("contact"), p.contact},
    });
}

QVariantMap followUpColumns(const FollowUp &f)
{
    return withEmptyText({
        {QStringLiteral("party_id"), f.partyId},
        {QStringLiteral("authority"), f.authority},
        {QStringLiteral("forwarded_date"), date(f.forwardedDate)},
        {QStringLiteral("recommendation_number"), f.recommendationNumber},
        {QStringLiteral("recommendation_date"), date(f.recommendationDate)},
        {QStringLiteral("sanction_recommended"), f.sanctionRecommended},
        {QStringLiteral("ppk_name"), f.ppkName},
        {QStringLiteral("ppk_office"), f.ppkOffice},
        {QStringLiteral("response_due"), date(f.responseDue)},
        {QStringLiteral("ppk_decision_number"), f.ppkDecisionNumber},
        {QStringLiteral("ppk_decision_date"), date(f.ppkDecisionDate)},
        {QStringLiteral("sanction_imposed"), f.sanctionImposed},
    });
}

const char *const rowSelect =
    "SELECT c.id, CASE WHEN c.registration_number <> '' THEN c.registration_number"
    " ELSE c.receipt_number END AS number, c.received_date, c.regency_code,"
    " (SELECT p.name FROM parties p WHERE p.case_id = c.id AND p.role = 'terlapor'"
    "  ORDER BY p.position LIMIT 1) AS reported,"
    " (SELECT count(*) FROM parties p WHERE p.case_id = c.id AND p.role = 'terlapor')"
    "  AS reported_count,"
    " c.violation_category, c.status, c.next_deadline, c.next_due FROM cases c";

} // namespace

// --- writing ------------------------------------------------------------------------------

bool CaseRepository::log(const QString &table, const QString &recordUuid, const QString &caseUuid,
                         const QString &action, const QVariantMap &before, const QVariantMap &after)
{
    return RecordWriter(m_db).log(table, recordUuid, caseUuid, action, before, after, &m_lastError);
}

CaseNumber::Context CaseRepository::numberingContext(const QString &regencyCode,
                                                     const QDate &date) const
{
    CaseNumber::Context ctx;
    ctx.level = setting(QStringLiteral("office_level"));
    ctx.office = setting(QStringLiteral("office_code"));
    if (ctx.office.isEmpty() && regencyCode.size() >= 4)
        ctx.office = regencyCode.left(2) + QLatin1Char('.') + regencyCode.mid(2);
    ctx.date = date;
    return ctx;
}

std::optional<int> CaseRepository::nextSequence(int year, const QString &kind, QString *error)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO sequences (year, kind, last) VALUES (?, ?, 1)"
                       " ON CONFLICT (year, kind) DO UPDATE SET last = last + 1 RETURNING last"));
    q.addBindValue(year);
    q.addBindValue(kind);
    if (!q.exec() || !q.next()) {
        *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    const int value = q.value(0).toInt();
    q.finish();
    return value;
}

QString CaseRepository::nextNumber(const QString &patternKey, const QString &kind, const Case &c,
                                   const QDate &date, QString *error)
{
    const QString pattern = setting(patternKey);
    const QString problem = CaseNumber::validate(pattern);
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    CaseNumber::Context ctx = numberingContext(c.regencyCode, date);
    ctx.source = c.source;
    ctx.election = c.election;
    // A number already carried by a case brought in from a register is passed over.
    for (int attempt = 0; attempt < 100000; ++attempt) {
        QString why;
        const std::optional<int> sequence =
            nextSequence(date.year(),
                         kind + QLatin1Char(':') + CaseNumber::kindCode(c.source) +
                             QLatin1Char(':') + CaseNumber::electionCode(c.election),
                         &why);
        if (!sequence) {
            *error = tr("No number could be assigned: %1").arg(why);
            return {};
        }
        ctx.sequence = *sequence;
        const QString number = CaseNumber::format(pattern, ctx);
        QSqlQuery &taken = m_db.prepared(QStringLiteral(
            "SELECT 1 FROM cases WHERE receipt_number = ? OR registration_number = ? LIMIT 1"));
        taken.addBindValue(number);
        taken.addBindValue(number);
        if (!taken.exec()) {
            *error =
                tr("No number could be assigned: %1").arg(Database::describe(taken.lastError()));
            return {};
        }
        const bool used = taken.next();
        taken.finish();
        if (!used)
            return number;
    }
    *error = tr("No number could be assigned: every number is taken.");
    return {};
}

bool CaseRepository::reindex(qint64 caseId)
{
    QSqlQuery &del = m_db.prepared(QStringLiteral("DELETE FROM case_search WHERE rowid = ?"));
    del.addBindValue(caseId);
    if (!del.exec()) {
        m_lastError = Database::describe(del.lastError());
        return false;
    }
    QSqlQuery &ins = m_db.prepared(
        QStringLiteral(
            "INSERT INTO case_search (rowid, numbers, names, nips, agencies, description) ") +
        Schema::searchRowSelect() + QStringLiteral(" WHERE c.id = ? GROUP BY c.id"));
    ins.addBindValue(caseId);
    if (ins.exec())
        return true;
    m_lastError = Database::describe(ins.lastError());
    return false;
}

qint64 CaseRepository::insertRecord(const QString &table, QString &uuid, const QVariantMap &columns,
                                    const QString &caseUuid)
{
    return RecordWriter(m_db).insert(table, uuid, columns, caseUuid, &m_lastError);
}

bool CaseRepository::insertParties(const Case &c, QString *error)
{
    int position = 0;
    for (Party p : c.parties) {
        QVariantMap columns = partyColumns(p, position++);
        columns.insert(QStringLiteral("case_id"), c.id);
        if (!insertRecord(QStringLiteral("parties"), p.uuid, columns, c.uuid)) {
            *error = tr("The person %1 could not be stored: %2").arg(p.name, m_lastError);
            return false;
        }
    }
    return true;
}

bool CaseRepository::create(Case &c, QString *error)
{
    if (!m_db.permits(Action::EditCases, error))
        return false;
    const QStringList problems = CaseValidator::errors(c, m_db.today());
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    // Worked on a copy: a failed attempt leaves the caller's case as it was, so that saving it
    // again draws a fresh number.
    Case n = c;
    if (n.profileId.isEmpty()) {
        const ProcedureProfile *p = ProfileRegistry::shipped().forCase(n.election, n.receivedDate);
        n.profileId = p ? p->id : QString();
    }
    if (!ProfileRegistry::shipped().find(n.profileId)) {
        *error = tr("Unknown procedure profile %1.").arg(n.profileId);
        return false;
    }
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = tr("The file cannot be written: %1").arg(m_db.lastError());
        return false;
    }
    if (n.uuid.isEmpty())
        n.uuid = newUuid(); // the case's own uuid is also its log's case uuid
    if (n.receiptNumber.isEmpty()) {
        n.receiptNumber = nextNumber(QStringLiteral("receipt_pattern"), QStringLiteral("receipt"),
                                     n, n.receivedDate, error);
        if (n.receiptNumber.isEmpty())
            return false;
    }
    n.id = insertRecord(QStringLiteral("cases"), n.uuid, caseColumns(n), n.uuid);
    error->clear();
    if (!n.id || !insertParties(n, error) || !writeCase(n, n, QString(), error) || !reindex(n.id)) {
        if (error->isEmpty())
            *error = tr("The case could not be stored: %1").arg(m_lastError);
        return false;
    }
    if (!t.commit()) {
        *error = tr("The case could not be saved: %1").arg(m_db.lastError());
        return false;
    }
    c = n;
    return true;
}

// Writes the changed columns of a case and its derived deadline columns, logging the change
// under `action` (nothing is logged when the action is empty).
bool CaseRepository::writeCase(const Case &before, const Case &after, const QString &action,
                               QString *error)
{
    const QVariantMap old = caseColumns(before);
    QVariantMap now = caseColumns(after);
    // The reporter's identity that changed (or whose confidentiality did) is sealed or opened as
    // the file keeps it (KeyStore); one unchanged stays as stored.
    {
        const QString flag = QStringLiteral("reporter_confidential");
        const bool flagChanged = old.value(flag) != now.value(flag);
        QVariantMap identity;
        for (const QString &f : Identity::fields(QStringLiteral("cases"))) {
            if (flagChanged || !RecordWriter::same(old.value(f), now.value(f)))
                identity.insert(f, now.value(f));
        }
        if (!identity.isEmpty()) {
            identity.insert(flag, now.value(flag));
            if (!KeyStore(m_db).sealColumns(QStringLiteral("cases"), after.id, old, identity,
                                            error))
                return false;
            for (auto it = identity.cbegin(); it != identity.cend(); ++it)
                now.insert(it.key(), *it);
        }
    }
    QStringList sets{QStringLiteral("updated_at = ?"), QStringLiteral("next_deadline = ?"),
                     QStringLiteral("next_due = ?")};
    QVariantList values{timestamp(m_db.now())};

    DeadlineStatus next;
    if (!after.isClosed()) {
        if (const ProcedureProfile *p = ProfileRegistry::shipped().find(after.profileId))
            next = DeadlineCalculator(m_db.calendar()).next(after, *p, m_db.today());
    }
    values << (next.id.isNull() ? QStringLiteral("") : next.id) << date(next.due);
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (old.value(it.key()) != *it || old.value(it.key()).isNull() != it->isNull()) {
            sets << it.key() + QStringLiteral(" = ?");
            values << *it;
        }
    }
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE cases SET %1 WHERE id = ?").arg(sets.join(QLatin1String(", "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(after.id);
    if (!q.exec()) {
        *error = tr("The case could not be stored: %1").arg(Database::describe(q.lastError()));
        return false;
    }
    if (!action.isEmpty() &&
        !log(QStringLiteral("cases"), after.uuid, after.uuid, action, old, now)) {
        *error = tr("The change log could not be written: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

bool CaseRepository::save(const Case &edited, QString *error)
{
    if (!m_db.permits(Action::EditCases, error))
        return false;
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = tr("The file cannot be written: %1").arg(m_db.lastError());
        return false;
    }
    const std::optional<Case> stored = raw(edited.id);
    if (!stored) {
        *error = tr("The case no longer exists in the file.");
        return false;
    }
    Case c = edited;
    if (stored->reporterConfidential) {
        // A withheld identity is kept as stored, and only those who may see it lift it.
        if (c.reporterHidden) {
            c.reporterName = stored->reporterName;
            c.reporterAddress = stored->reporterAddress;
            c.reporterContact = stored->reporterContact;
        }
        if (!c.reporterConfidential && !m_db.permits(Action::SeeConfidential, error))
            return false;
    }
    // Until registration the profile follows the election and the date received.
    if (c.profileId.isEmpty() && !c.registeredDate.isValid()) {
        const ProcedureProfile *p = ProfileRegistry::shipped().forCase(c.election, c.receivedDate);
        c.profileId = p ? p->id : QString();
    }
    const QStringList problems = CaseValidator::errors(c, m_db.today());
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    if (!writeCase(*stored, c, QStringLiteral("update"), error))
        return false;
    // The reporter heard follows the case's mark: sealed when it becomes confidential, opened
    // (by a coordinator who holds the key) when it no longer is (KeyStore::sealColumns).
    if (stored->reporterConfidential != c.reporterConfidential && KeyStore(m_db).hasFileKeys()) {
        const QStringList fields = Identity::fields(QStringLiteral("hearing_attendees"));
        QSqlQuery q(m_db.sql());
        q.prepare(
            QStringLiteral("SELECT a.id, a.uuid, a.%1 FROM hearing_attendees a JOIN hearings h"
                           " ON h.id = a.hearing_id WHERE h.case_id = ? AND a.role = ?")
                .arg(fields.join(QLatin1String(", a."))));
        q.addBindValue(c.id);
        q.addBindValue(Identity::reporterRole());
        QList<std::tuple<qint64, QString, QVariantMap>> heard;
        if (q.exec()) {
            while (q.next()) {
                QVariantMap columns;
                for (int i = 0; i < fields.size(); ++i)
                    columns.insert(fields[i], q.value(2 + i));
                heard.append({q.value(0).toLongLong(), q.value(1).toString(), columns});
            }
        }
        q.finish();
        QString sqlError;
        for (const auto &[id, uuid, columns] : std::as_const(heard)) {
            if (!RecordWriter(m_db).update(QStringLiteral("hearing_attendees"), id, columns,
                                           columns, uuid, c.uuid, &sqlError)) {
                *error = tr("The case could not be saved: %1").arg(sqlError);
                return false;
            }
        }
    }

    QHash<QString, Party> old;
    for (const Party &p : stored->parties)
        old.insert(p.uuid, p);
    Case added = c;
    added.parties.clear();
    int position = 0;
    for (const Party &p : c.parties) {
        const int pos = position++;
        if (p.uuid.isEmpty() || !old.contains(p.uuid)) {
            Party fresh = p;
            added.parties << fresh;
            continue;
        }
        const QVariantMap before = partyColumns(old.take(p.uuid), pos);
        const QVariantMap after = partyColumns(p, pos);
        if (before == after)
            continue;
        QStringList sets{QStringLiteral("updated_at = ?")};
        QVariantList values{timestamp(m_db.now())};
        for (auto it = after.begin(); it != after.end(); ++it) {
            sets << it.key() + QStringLiteral(" = ?");
            values << *it;
        }
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE parties SET %1 WHERE uuid = ?")
                      .arg(sets.join(QLatin1String(", "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(p.uuid);
        if (!q.exec() || !log(QStringLiteral("parties"), p.uuid, c.uuid, QStringLiteral("update"),
                              before, after)) {
            *error = tr("The person %1 could not be stored: %2")
                         .arg(p.name, Database::describe(q.lastError()));
            return false;
        }
    }
    for (const Party &gone : std::as_const(old)) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("DELETE FROM parties WHERE uuid = ?"));
        q.addBindValue(gone.uuid);
        if (!q.exec() || !log(QStringLiteral("parties"), gone.uuid, c.uuid,
                              QStringLiteral("delete"), partyColumns(gone, 0), {})) {
            *error = tr("The person %1 could not be removed: %2")
                         .arg(gone.name, Database::describe(q.lastError()));
            return false;
        }
    }
    if (!insertParties(added, error))
        return false;
    if (!reindex(c.id) || !t.commit()) {
        *error = tr("The case could not be saved: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

QString CaseRepository::whyNot(const Case &c, Step::Kind kind) const
{
    return StatusMachine::whyNot(c, kind);
}

bool CaseRepository::applyStep(qint64 caseId, Step step, QString *error)
{
    if (!m_db.permits(Step::isDecision(step.kind) ? Action::Decide : Action::EditCases, error))
        return false;
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = tr("The file cannot be written: %1").arg(m_db.lastError());
        return false;
    }
    const std::optional<Case> stored = raw(caseId);
    if (!stored) {
        *error = tr("The case no longer exists in the file.");
        return false;
    }
    const ProcedureProfile *profile = ProfileRegistry::shipped().find(stored->profileId);
    if (!profile) {
        *error = tr("Unknown procedure profile %1.").arg(stored->profileId);
        return false;
    }
    if (step.kind == Step::Kind::Forward && step.authority.isEmpty())
        step.authority = profile->authorityOn(step.date);
    const QString why = StatusMachine::whyNot(*stored, step.kind);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    if (step.kind == Step::Kind::Register && step.number.isEmpty() && step.date.isValid()) {
        // Checked before a number is drawn, so that a refused registration uses none.
        Step probe = step;
        probe.number = QStringLiteral("-");
        *error = StatusMachine::refusal(*stored, probe, *profile, m_db.calendar(), m_db.today());
        if (!error->isEmpty())
            return false;
        step.number = nextNumber(QStringLiteral("registration_pattern"),
                                 QStringLiteral("registration"), *stored, step.date, error);
        if (step.number.isEmpty())
            return false;
    }
    *error = StatusMachine::refusal(*stored, step, *profile, m_db.calendar(), m_db.today());
    if (!error->isEmpty())
        return false;
    Case changed = *stored;
    StatusMachine::apply(changed, step);
    if (!writeCase(*stored, changed, QStringLiteral("step:") + Step::code(step.kind), error))
        return false;
    if (!reindex(changed.id) || !t.commit()) {
        *error = tr("The step could not be saved: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

// --- reading ------------------------------------------------------------------------------

std::optional<Case> CaseRepository::loadWhere(const QString &where, const QVariant &value) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT * FROM cases WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Case c;
    readCase(q, c);
    q.finish();
    QSqlQuery &p = m_db.prepared(QStringLiteral(
        "SELECT id, uuid, role, name, nip, position_title, position_category, agency, address,"
        " contact FROM parties WHERE case_id = ? ORDER BY position"));
    p.addBindValue(c.id);
    p.exec();
    while (p.next()) {
        Party party;
        party.id = p.value(0).toLongLong();
        party.uuid = p.value(1).toString();
        party.role = p.value(2).toString();
        party.name = p.value(3).toString();
        party.nip = p.value(4).toString();
        party.positionTitle = p.value(5).toString();
        party.positionCategory = p.value(6).toString();
        party.agency = p.value(7).toString();
        party.address = p.value(8).toString();
        party.contact = p.value(9).toString();
        c.parties << party;
    }
    p.finish();
    return c;
}

std::optional<Case> CaseRepository::raw(qint64 id) const
{
    return loadWhere(QStringLiteral("id = ?"), id);
}

std::optional<Case> CaseRepository::shown(std::optional<Case> c) const
{
    // A sealed identity is withheld from nobody signed in too: sealed text is shown to no one.
    if (c && (m_db.user() || KeyStore::anySealed(*c)))
        Identity::withhold(*c);
    return c;
}

std::optional<Case> CaseRepository::load(qint64 id) const
{
    return shown(raw(id));
}

std::optional<Case> CaseRepository::findByNumber(const QString &number) const
{
    if (auto c = loadWhere(QStringLiteral("registration_number = ?"), number))
        return shown(c);
    return shown(loadWhere(QStringLiteral("receipt_number = ?"), number));
}

std::optional<Case> CaseRepository::findByImportKey(const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    return shown(loadWhere(QStringLiteral("import_key = ?"), key));
}

std::optional<Case> CaseRepository::revealReporter(qint64 caseId, const QString &purpose,
                                                   QString *error)
{
    if (!m_db.permits(Action::SeeConfidential, error))
        return std::nullopt;
    std::optional<Case> c = raw(caseId);
    if (!c) {
        *error = tr("The case no longer exists in the file.");
        return std::nullopt;
    }
    // Opened with the session's key (KeyStore): a coordinator not given the key yet is told so.
    if (!KeyStore(m_db).reveal(*c, error))
        return std::nullopt;
    if (c->reporterConfidential && !logReveals({c->uuid}, purpose, error))
        return std::nullopt;
    return c;
}

bool CaseRepository::logReveals(const QStringList &caseUuids, const QString &purpose,
                                QString *error)
{
    if (caseUuids.isEmpty())
        return true;
    if (!m_db.permits(Action::SeeConfidential, error))
        return false;
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = tr("The file cannot be written: %1").arg(m_db.lastError());
        return false;
    }
    RecordWriter writer(m_db);
    for (const QString &uuid : caseUuids) {
        if (!writer.writeLog(QStringLiteral("cases"), uuid, uuid, QStringLiteral("reveal"),
                             {{QStringLiteral("purpose"), purpose}}, error))
            return false;
    }
    if (!t.commit()) {
        *error = tr("The file cannot be written: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

bool CaseRepository::setImportKey(qint64 caseId, const QString &key, QString *error)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE cases SET import_key = ? WHERE id = ?"));
    q.addBindValue(key);
    q.addBindValue(caseId);
    if (!q.exec()) {
        *error = tr("The case could not be stored: %1").arg(Database::describe(q.lastError()));
        return false;
    }
    return true;
}

QString caseWhere(const CaseFilter &f, const QDate &today, QVariantList *values)
{
    QStringList parts;
    auto equal = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        parts << QStringLiteral("c.%1 = ?").arg(QLatin1String(column));
        *values << value;
    };
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.statuses) {
            marks << QStringLiteral("?");
            *values << s;
        }
        parts << QStringLiteral("c.status IN (%1)").arg(marks.join(QLatin1String(", ")));
    }
    equal("source", f.source);
    equal("election", f.election);
    equal("regency_code", f.regencyCode);
    equal("violation_category", f.violationCategory);
    if (!f.positionCategory.isEmpty()) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id AND "
                                "p.role = 'terlapor' AND p.position_category = ?)");
        *values << f.positionCategory;
    }
    if (f.receivedFrom.isValid()) {
        parts << QStringLiteral("c.received_date >= ?");
        *values << date(f.receivedFrom);
    }
    if (f.receivedTo.isValid()) {
        parts << QStringLiteral("c.received_date <= ?");
        *values << date(f.receivedTo);
    }
    if (f.deadlineState == QLatin1String("late")) {
        parts << QStringLiteral("c.next_due < ?");
        *values << date(today);
    } else if (f.deadlineState == QLatin1String("due_today")) {
        parts << QStringLiteral("c.next_due = ?");
        *values << date(today);
    } else if (f.deadlineState == QLatin1String("due_soon")) {
        parts << QStringLiteral("c.next_due > ? AND c.next_due <= ?");
        *values << date(today) << date(today.addDays(DeadlineCalculator::DueSoonDays));
    }
    const QString query = searchQuery(f.text);
    if (!query.isEmpty()) {
        parts << QStringLiteral(
            "c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)");
        *values << query;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

qint64 CaseRepository::count(const CaseFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM cases c") +
              caseWhere(filter, m_db.today(), &values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<CaseRow> CaseRepository::page(const CaseFilter &filter, CaseColumn sortBy,
                                    Qt::SortOrder order, int offset, int limit) const
{
    static const char *const sortColumns[] = {"number",
                                              "c.received_date",
                                              "c.regency_code",
                                              "reported",
                                              "c.violation_category",
                                              "c.status",
                                              "c.next_due IS NULL, c.next_due"};
    const QString direction =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString orderBy = QString::fromLatin1(sortColumns[int(sortBy)]);
    orderBy.replace(QLatin1String(", "), direction + QLatin1String(", "));
    QVariantList values;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(rowSelect) + caseWhere(filter, m_db.today(), &values) +
              QStringLiteral(" ORDER BY ") + orderBy + direction + QStringLiteral(", c.id") +
              direction + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<CaseRow> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        CaseRow r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.receivedDate = toDate(q.value(2));
        r.regencyCode = q.value(3).toString();
        r.reportedName = q.value(4).toString();
        r.reportedCount = q.value(5).toInt();
        r.violationCategory = q.value(6).toString();
        r.status = q.value(7).toString();
        r.nextDeadline = q.value(8).toString();
        r.nextDue = toDate(q.value(9));
        rows << r;
    }
    return rows;
}

void CaseRepository::forEach(const CaseFilter &filter,
                             const std::function<bool(const Case &)> &visit) const
{
    QVariantList values;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id FROM cases c") +
              caseWhere(filter, m_db.today(), &values) +
              QStringLiteral(" ORDER BY c.received_date, c.id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids) {
        const std::optional<Case> c = raw(id);
        if (c && !visit(*c))
            return;
    }
}

// --- attachments, hearings, follow-ups ------------------------------------------------------

bool CaseRepository::addAttachment(qint64 caseId, const QString &name, const QByteArray &data,
                                   const QString &mime, AttachmentInfo *info, QString *error)
{
    if (!m_db.permits(Action::EditCases, error))
        return false;
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = tr("The file cannot be written: %1").arg(m_db.lastError());
        return false;
    }
    const std::optional<Case> c = raw(caseId);
    if (!c) {
        *error = tr("The case no longer exists in the file.");
        return false;
    }
    AttachmentInfo a;
    a.uuid = newUuid();
    a.name = name;
    a.mime = mime;
    a.size = data.size();
    a.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    a.addedAt = m_db.now();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO attachments (uuid, updated_at, case_id, name, mime, size,"
                             " sha256, data, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{a.uuid, timestamp(a.addedAt), caseId, name, mime, a.size,
                                          a.sha256, data, timestamp(a.addedAt)})
        q.addBindValue(v);
    const QVariantMap logged{{QStringLiteral("name"), name},
                             {QStringLiteral("size"), a.size},
                             {QStringLiteral("sha256"), a.sha256}};
    const bool inserted = q.exec();
    a.id = q.lastInsertId().toLongLong();
    if (!inserted ||
        !log(QStringLiteral("attachments"), a.uuid, c->uuid, QStringLiteral("create"), {},
             logged) ||
        !t.commit()) {
        *error = tr("The file %1 could not be attached: %2")
                     .arg(name, Database::describe(q.lastError()));
        return false;
    }
    if (info)
        *info = a;
    return true;
}

QList<AttachmentInfo> CaseRepository::attachments(qint64 caseId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, uuid, name, mime, size, sha256, added_at FROM attachments"
                             " WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    q.exec();
    QList<AttachmentInfo> list;
    while (q.next()) {
        list << AttachmentInfo{q.value(0).toLongLong(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               q.value(4).toLongLong(),
                               q.value(5).toString(),
                               QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs)};
    }
    return list;
}

QByteArray CaseRepository::attachmentData(qint64 attachmentId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT data FROM attachments WHERE id = ?"));
    q.addBindValue(attachmentId);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool CaseRepository::removeAttachment(qint64 attachmentId, QString *error)
{
    if (!m_db.permits(Action::EditCases, error))
        return false;
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = tr("The file cannot be written: %1").arg(m_db.lastError());
        return false;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT a.uuid, a.name, a.size, a.sha256, c.uuid FROM attachments a"
                             " JOIN cases c ON c.id = a.case_id WHERE a.id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec() || !q.next()) {
        *error = tr("The attachment no longer exists in the file.");
        return false;
    }
    const QString uuid = q.value(0).toString();
    const QVariantMap logged{{QStringLiteral("name"), q.value(1)},
                             {QStringLiteral("size"), q.value(2)},
                             {QStringLiteral("sha256"), q.value(3)}};
    const QString caseUuid = q.value(4).toString();
    QSqlQuery del(m_db.sql());
    del.prepare(QStringLiteral("DELETE FROM attachments WHERE id = ?"));
    del.addBindValue(attachmentId);
    if (!del.exec() ||
        !log(QStringLiteral("attachments"), uuid, caseUuid, QStringLiteral("delete"), logged, {}) ||
        !t.commit()) {
        *error = tr("The attachment could not be removed: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

QStringList CaseRepository::knownValues(const QString &column, int limit) const
{
    if (column != QLatin1String("agency") && column != QLatin1String("position_title"))
        return {};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM parties WHERE role = 'terlapor' AND %1 <> ''"
                             " GROUP BY %1 ORDER BY count(*) DESC, %1 LIMIT ?")
                  .arg(column));
    q.addBindValue(limit);
    QStringList values;
    if (q.exec()) {
        while (q.next())
            values << q.value(0).toString();
    }
    return values;
}

namespace {

// Who typed a draft, kept in it so that a confidential identity typed into it is given back to
// them alone.
const QString DraftedBy = QStringLiteral("drafted_by");

} // namespace

bool CaseRepository::saveDraft(const QString &key, const QString &content)
{
    QString stored = content;
    QJsonObject o = QJsonDocument::fromJson(content.toUtf8()).object();
    if (!o.isEmpty() && m_db.user()) {
        o.insert(DraftedBy, m_db.user()->login);
        // A confidential reporter typed is sealed to the typing user's own key (KeyStore), so
        // that after a crash the same user gets it back and nobody else reads it.
        const KeyStore keys(m_db);
        if (o.value(QStringLiteral("reporter_confidential")).toBool() && keys.hasFileKeys()) {
            for (const char *key : {"reporter_name", "reporter_address", "reporter_contact"}) {
                const QString v = o.value(QLatin1String(key)).toString();
                if (!v.isEmpty())
                    o.insert(QLatin1String(key), keys.sealForUser(v));
            }
        }
        stored = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT OR REPLACE INTO drafts (key, content, saved_at) VALUES (?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(stored);
    q.addBindValue(timestamp(m_db.now()));
    return q.exec();
}

QString CaseRepository::draft(const QString &key, QDateTime *savedAt) const
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT content, saved_at FROM drafts WHERE key = ?"));
    q.addBindValue(key);
    QString content;
    if (q.exec() && q.next()) {
        content = q.value(0).toString();
        if (savedAt)
            *savedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    }
    q.finish();
    // A case's draft holding a confidential reporter typed by someone else is withheld as the
    // stored case is (Identity::withhold).
    QJsonObject o = QJsonDocument::fromJson(content.toUtf8()).object();
    if (o.isEmpty() || !m_db.user())
        return content;
    bool mine = o.value(DraftedBy).toString() == m_db.user()->login;
    o.remove(DraftedBy);
    if (mine) {
        // Sealed to the user who typed it: opened with their own key.
        const KeyStore keys(m_db);
        for (const char *key : {"reporter_name", "reporter_address", "reporter_contact"}) {
            const QString v = o.value(QLatin1String(key)).toString();
            if (const std::optional<QString> plain = keys.openForUser(v))
                o.insert(QLatin1String(key), *plain);
            else
                mine = false;
        }
    }
    if (!mine && o.value(QStringLiteral("reporter_confidential")).toBool()) {
        Case c = CaseJson::fromJson(o);
        Identity::withhold(c);
        const QJsonObject shown = CaseJson::toJson(c);
        for (const char *key :
             {"reporter_name", "reporter_address", "reporter_contact", "reporter_hidden"})
            o.insert(QLatin1String(key), shown.value(QLatin1String(key)));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void CaseRepository::clearDraft(const QString &key)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM drafts WHERE key = ?"));
    q.addBindValue(key);
    q.exec();
}

QStringList CaseRepository::draftKeys(const QString &prefix) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT key FROM drafts WHERE substr(key, 1, length(?)) = ?"
                             " ORDER BY saved_at"));
    q.addBindValue(prefix);
    q.addBindValue(prefix);
    QStringList keys;
    if (q.exec()) {
        while (q.next())
            keys << q.value(0).toString();
    }
    return keys;
}

// Hearings have their own repository; these stay for the callers that came first.
bool CaseRepository::addHearing(Hearing &h, QString *error)
{
    return HearingRepository(m_db).saveHearing(h, error);
}

QList<Hearing> CaseRepository::hearings(qint64 caseId) const
{
    return HearingRepository(m_db).hearings(caseId);
}

bool CaseRepository::saveFollowUp(FollowUp &f, qint64 caseId, QString *error)
{
    if (!m_db.permits(Action::EditFollowUps, error))
        return false;
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = tr("The file cannot be written: %1").arg(m_db.lastError());
        return false;
    }
    const std::optional<Case> c = raw(caseId);
    if (!c) {
        *error = tr("The case no longer exists in the file.");
        return false;
    }
    const auto reported = c->reported();
    if (std::none_of(reported.begin(), reported.end(),
                     [&](const Party &p) { return p.id == f.partyId; })) {
        *error = tr("The follow-up belongs to a person reported in another case.");
        return false;
    }
    const std::optional<FollowUp> old = followUp(f.partyId);
    const QVariantMap columns = followUpColumns(f);
    if (!old) {
        if (!(f.id = insertRecord(QStringLiteral("followups"), f.uuid, columns, c->uuid)) ||
            !t.commit()) {
            *error = tr("The follow-up could not be stored: %1").arg(m_lastError);
            return false;
        }
        return true;
    }
    f.id = old->id;
    f.uuid = old->uuid;
    QStringList sets{QStringLiteral("updated_at = ?")};
    for (const QString &k : columns.keys())
        sets << k + QStringLiteral(" = ?");
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE followups SET %1 WHERE id = ?").arg(sets.join(QLatin1String(", "))));
    q.addBindValue(timestamp(m_db.now()));
    for (const QVariant &v : columns)
        q.addBindValue(v);
    q.addBindValue(f.id);
    if (!q.exec() ||
        !log(QStringLiteral("followups"), f.uuid, c->uuid, QStringLiteral("update"),
             followUpColumns(*old), columns) ||
        !t.commit()) {
        *error = tr("The follow-up could not be stored: %1").arg(Database::describe(q.lastError()));
        return false;
    }
    return true;
}

std::optional<FollowUp> CaseRepository::followUp(qint64 partyId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, uuid, authority, forwarded_date, recommendation_number,"
                             " recommendation_date, sanction_recommended, ppk_name, ppk_office,"
                             " response_due, ppk_decision_number, ppk_decision_date,"
                             " sanction_imposed FROM followups WHERE party_id = ?"));
    q.addBindValue(partyId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.uuid = q.value(1).toString();
    f.partyId = partyId;
    f.authority = q.value(2).toString();
    f.forwardedDate = toDate(q.value(3));
    f.recommendationNumber = q.value(4).toString();
    f.recommendationDate = toDate(q.value(5));
    f.sanctionRecommended = q.value(6).toString();
    f.ppkName = q.value(7).toString();
    f.ppkOffice = q.value(8).toString();
    f.responseDue = toDate(q.value(9));
    f.ppkDecisionNumber = q.value(10).toString();
    f.ppkDecisionDate = toDate(q.value(11));
    f.sanctionImposed = q.value(12).toString();
    return f;
}

// --- change log, calendar, settings ---------------------------------------------------------

QList<ChangeEntry> CaseRepository::history(const QString &caseUuid) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, at, actor, record_table, record_uuid, action, changes"
                             " FROM change_log WHERE case_uuid = ? ORDER BY id"));
    q.addBindValue(caseUuid);
    q.exec();
    QList<ChangeEntry> list;
    while (q.next()) {
        list << ChangeEntry{q.value(0).toLongLong(),
                            QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            caseUuid,
                            q.value(5).toString(),
                            QJsonDocument::fromJson(q.value(6).toByteArray()).object()};
    }
    q.finish();
    withholdHistory(caseUuid, list);
    return list;
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

void CaseRepository::withholdHistory(const QString &caseUuid, QList<ChangeEntry> &list) const
{
    const std::optional<Case> c = loadWhere(QStringLiteral("uuid = ?"), caseUuid);
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
        secrets.add(this->secrets(c->id));
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

Identity::Secrets CaseRepository::secrets(qint64 caseId) const
{
    Identity::Secrets s;
    std::optional<Case> c = raw(caseId);
    if (!c || !c->reporterConfidential)
        return s;
    // Free text can only be searched for an identity this session can open (KeyStore).
    const KeyStore keys(m_db);
    keys.openWherePossible(*c);
    s.add(*c);
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT a.name, a.address FROM hearing_attendees a"
        " JOIN hearings h ON h.id = a.hearing_id WHERE h.case_id = ? AND a.role = ?"));
    q.addBindValue(caseId);
    q.addBindValue(Identity::reporterRole());
    if (q.exec()) {
        while (q.next()) {
            s.add(keys.open(q.value(0).toString()).value_or(QString()));
            s.add(keys.open(q.value(1).toString()).value_or(QString()));
        }
    }
    q.finish();
    return s;
}

QList<CaseRepository::ElsewhereReport> CaseRepository::reportedElsewhere(const Case &c) const
{
    QList<ElsewhereReport> list;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT p.nip, p.name, o.regency_code, CASE WHEN o.registration_number <> ''"
                       " THEN o.registration_number ELSE o.receipt_number END"
                       " FROM parties p JOIN cases o ON o.id = p.case_id"
                       " WHERE p.role = 'terlapor' AND p.nip = ? AND o.regency_code <> ? ORDER BY "
                       "o.received_date"));
    for (const Party &p : c.reported()) {
        const QString nip = storedNip(p.nip);
        if (nip.size() != 18)
            continue;
        q.addBindValue(nip);
        q.addBindValue(c.regencyCode);
        if (q.exec()) {
            while (q.next())
                list << ElsewhereReport{q.value(0).toString(), q.value(1).toString(),
                                        q.value(2).toString(), q.value(3).toString()};
        }
        q.finish();
    }
    return list;
}

QList<Holiday> CaseRepository::holidays() const
{
    QSqlQuery q(m_db.sql());
    QList<Holiday> list;
    if (!q.exec(QStringLiteral("SELECT date, name, kind FROM holidays ORDER BY date")))
        return list;
    while (q.next())
        list << Holiday{toDate(q.value(0)), q.value(1).toString(), q.value(2).toString()};
    return list;
}

bool CaseRepository::seedHolidays(const QList<Holiday> &holidays)
{
    for (const Holiday &h : holidays) {
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("INSERT OR REPLACE INTO holidays (date, name, kind) VALUES (?, ?, ?)"));
        q.addBindValue(date(h.date));
        q.addBindValue(h.name);
        q.addBindValue(h.kind);
        if (!q.exec())
            return false;
    }
    m_db.invalidateCalendar();
    return true;
}

bool CaseRepository::setHoliday(const Holiday &holiday, QString *error)
{
    if (!m_db.permits(Action::EditSettings, error))
        return false;
    if (!holiday.date.isValid() || holiday.name.trimmed().isEmpty()) {
        *error = tr("A holiday needs a real date and a name.");
        return false;
    }
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = tr("The file cannot be written: %1").arg(m_db.lastError());
        return false;
    }
    if (!seedHolidays({holiday}) || !refreshDeadlines() || !t.commit()) {
        *error = tr("The holiday could not be stored: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

bool CaseRepository::removeHoliday(const QDate &date, QString *error)
{
    if (!m_db.permits(Action::EditSettings, error))
        return false;
    Transaction t(m_db);
    if (!t.isOpen()) {
        *error = tr("The file cannot be written: %1").arg(m_db.lastError());
        return false;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM holidays WHERE date = ?"));
    q.addBindValue(SqlValues::date(date));
    m_db.invalidateCalendar();
    if (!q.exec() || q.numRowsAffected() == 0) {
        *error = tr("There is no holiday on %1.").arg(date.toString(Qt::ISODate));
        return false;
    }
    if (!refreshDeadlines() || !t.commit()) {
        *error = tr("The holiday could not be removed: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

bool CaseRepository::refreshDeadlines()
{
    Transaction t(m_db);
    if (!t.isOpen()) {
        return false;
    }
    CaseFilter open;
    open.statuses = StatusMachine::openStatuses();
    bool ok = true;
    QString error;
    forEach(open, [&](const Case &c) {
        ok = writeCase(c, c, QString(), &error);
        return ok;
    });
    return ok && t.commit();
}

QString CaseRepository::setting(const QString &key) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    const QString value = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

OfficeTime CaseRepository::officeTime(const QString &regencyCode) const
{
    QString region = setting(QStringLiteral("office_code"));
    region.remove(QLatin1Char('.'));
    bool numeric = false;
    region.left(2).toInt(&numeric);
    return OfficeTime::of(setting(QStringLiteral("office_timezone")),
                          numeric ? region : regencyCode);
}

QStringList CaseRepository::settingKeys()
{
    return {QStringLiteral("office_name"),
            QStringLiteral("office_address"),
            QStringLiteral("office_city"),
            QStringLiteral("office_logo"),
            QStringLiteral("office_phone"),
            QStringLiteral("office_email"),
            QStringLiteral("office_website"),
            QStringLiteral("office_timezone"),
            QStringLiteral("office_code"),
            QStringLiteral("office_level"),
            QStringLiteral("receipt_pattern"),
            QStringLiteral("registration_pattern"),
            QStringLiteral("letter_pattern"),
            QStringLiteral("signatory_chair"),
            QStringLiteral("signatory_chair_nip"),
            QStringLiteral("signatory_coordinator"),
            QStringLiteral("signatory_coordinator_nip"),
            QStringLiteral("signatory_members"),
            QStringLiteral("signer_invitation"),
            QStringLiteral("signer_invitation2"),
            QStringLiteral("signer_status_notice"),
            QStringLiteral("signer_forwarding"),
            QStringLiteral("signer_followup"),
            QStringLiteral("idle_lock_minutes"),
            QStringLiteral("backup_keep")};
}

bool CaseRepository::setSetting(const QString &key, const QString &value, QString *error)
{
    if (!m_db.permits(Action::EditSettings, error))
        return false;
    if (key.endsWith(QLatin1String("_pattern"))) {
        *error = CaseNumber::validate(value);
        if (!error->isEmpty())
            return false;
    }
    if (key == QLatin1String("office_timezone") && !value.trimmed().isEmpty() &&
        !OfficeTime::isZone(value.trimmed().toUpper())) {
        *error = tr("The office's time zone is WIB, WITA or WIT (empty: from its province); "
                    "%1 is not one.")
                     .arg(value);
        return false;
    }
    if (key.startsWith(QLatin1String("signer_")) && !value.trimmed().isEmpty() &&
        !QStringList{QStringLiteral("ketua"), QStringLiteral("koordinator"),
                     QStringLiteral("an_ketua")}
             .contains(value.trimmed())) {
        *error = tr("A letter is signed by ketua, koordinator or an_ketua (the coordinator on "
                    "behalf of the chair); %1 is not one.")
                     .arg(value);
        return false;
    }
    if (key == QLatin1String("backup_keep")) {
        bool ok = false;
        const int keep = value.trimmed().toInt(&ok);
        if (!ok || keep < 1 || keep > 100) {
            *error =
                tr("Between 1 and 100 backups are kept; %1 is not a number of them.").arg(value);
            return false;
        }
    }
    if (key == QLatin1String("idle_lock_minutes")) {
        bool ok = false;
        const int minutes = value.trimmed().toInt(&ok);
        if (!ok || minutes < 0 || minutes > 240) {
            *error = tr("The idle lock takes a number of minutes from 0 (never) to 240; %1 is "
                        "not one.")
                         .arg(value);
            return false;
        }
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!q.exec()) {
        *error = tr("The setting could not be stored: %1").arg(Database::describe(q.lastError()));
        return false;
    }
    return true;
}

void CaseRepository::appendDefaultSettings(QStringList &statements)
{
    const QList<QPair<QString, QString>> defaults = {
        {QStringLiteral("receipt_pattern"), CaseNumber::DefaultReceiptPattern},
        {QStringLiteral("registration_pattern"), CaseNumber::DefaultRegistrationPattern},
        {QStringLiteral("office_level"), QStringLiteral("Kab")},
        {QStringLiteral("office_code"), QString()},
        {QStringLiteral("office_name"), QString()},
    };
    for (const auto &d : defaults)
        statements << QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', '%2')")
                          .arg(d.first, d.second);
}
