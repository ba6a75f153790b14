#include "CaseRepository.h"

#include "CaseFilterSql.h"
#include "GuardedWrite.h"
#include "HistoryRepository.h"
#include "KeyStore.h"
#include "RecordWriter.h"
#include "Rows.h"
#include "Schema.h"
#include "SettingsRepository.h"
#include "SqlValues.h"
#include "UserRepository.h"
#include "domain/CaseNumber.h"
#include "domain/CaseValidator.h"
#include "domain/Deadlines.h"
#include "domain/Identity.h"
#include "domain/ProcedureProfile.h"
#include "domain/StatusMachine.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

using namespace SqlValues;

QString rowSelect()
{
    return QStringLiteral("SELECT c.id, %1 AS number, c.received_date, c.regency_code,"
                          " (SELECT p.name FROM parties p WHERE p.case_id = c.id"
                          "  AND p.role = 'terlapor' ORDER BY p.position LIMIT 1) AS reported,"
                          " (SELECT count(*) FROM parties p WHERE p.case_id = c.id"
                          "  AND p.role = 'terlapor') AS reported_count,"
                          " c.violation_category, c.status, c.next_deadline, c.next_due"
                          " FROM cases c")
        .arg(QLatin1String(Schema::CaseNumberShown));
}

} // namespace

// --- writing ------------------------------------------------------------------------------

QString CaseRepository::nextNumber(const QString &patternKey, const QString &kind, const Case &c,
                                   const QDate &date, QString *error)
{
    SettingsRepository settings(m_db);
    const QString pattern = settings.setting(patternKey);
    const QString problem = CaseNumber::validate(pattern);
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    CaseNumber::Context ctx = settings.numberingContext(c.regencyCode, date);
    ctx.source = c.source;
    ctx.election = c.election;
    // A number already carried by a case brought in from a register is passed over.
    for (int attempt = 0; attempt < 100000; ++attempt) {
        QString why;
        const std::optional<int> sequence =
            settings.nextSequence(date.year(),
                                  kind + QLatin1Char(':') + CaseNumber::kindCode(c.source) +
                                      QLatin1Char(':') + CaseNumber::electionCode(c.election),
                                  &why);
        if (!sequence) {
            *error = tr("No number could be assigned: %1").arg(why);
            return {};
        }
        ctx.sequence = *sequence;
        const QString number = CaseNumber::format(pattern, ctx);
        const std::optional<bool> used = carries(number, QString(), &why);
        if (!used) {
            *error = tr("No number could be assigned: %1").arg(why);
            return {};
        }
        if (!*used)
            return number;
    }
    *error = tr("No number could be assigned: every number is taken.");
    return {};
}

bool CaseRepository::searchTextDiffers(const Case &a, const Case &b)
{
    // What Schema::searchRowSelect reads of a case and its parties.
    auto text = [](const Case &c) {
        QStringList t{c.receiptNumber, c.registrationNumber,
                      c.reporterConfidential ? QString() : c.reporterName, c.description,
                      c.eventPlace};
        for (const Party &p : c.parties)
            t << p.name << p.nip << p.agency;
        return t;
    };
    return text(a) != text(b);
}

namespace {

// The statement that writes the search rows of the cases of `where` (a condition on c.id).
QString searchRowInsert(const Database &db, const QString &where)
{
    return QStringLiteral(
               "INSERT INTO case_search (rowid, numbers, names, nips, agencies, description) ") +
           Schema::searchRowSelect(db.dialect()) + QStringLiteral(" WHERE c.id ") + where +
           QStringLiteral(" GROUP BY c.id");
}

} // namespace

SearchRowBatch::SearchRowBatch(Database &db) : m_db(db), m_collecting(!db.m_pendingSearchRows)
{
    if (m_collecting)
        db.m_pendingSearchRows = &m_cases;
}

SearchRowBatch::~SearchRowBatch()
{
    if (m_collecting)
        m_db.m_pendingSearchRows = nullptr;
}

bool SearchRowBatch::flush(QString *error)
{
    if (!m_collecting)
        return true;
    m_collecting = false;
    m_db.m_pendingSearchRows = nullptr;
    CaseRepository repo(m_db);
    if (repo.reindex(QList<qint64>(m_cases.cbegin(), m_cases.cend())))
        return true;
    *error = repo.m_lastError;
    return false;
}

bool CaseRepository::reindex(qint64 caseId)
{
    if (QSet<qint64> *pending = m_db.pendingSearchRows()) {
        pending->insert(caseId);
        return true;
    }
    QSqlQuery &del = m_db.prepared(QStringLiteral("DELETE FROM case_search WHERE rowid = ?"));
    del.addBindValue(caseId);
    if (!del.exec()) {
        m_lastError = Database::describe(del.lastError());
        return false;
    }
    QSqlQuery &ins = m_db.prepared(searchRowInsert(m_db, QStringLiteral("= ?")));
    ins.addBindValue(caseId);
    if (ins.exec())
        return true;
    m_lastError = Database::describe(ins.lastError());
    return false;
}

bool CaseRepository::reindex(const QList<qint64> &caseIds)
{
    constexpr qsizetype Chunk = 500; // bound values per statement, well under either server's limit
    for (qsizetype from = 0; from < caseIds.size(); from += Chunk) {
        const QList<qint64> ids = caseIds.mid(from, Chunk);
        QStringList marks(ids.size(), QStringLiteral("?"));
        const QString in = QStringLiteral("IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        QSqlQuery del(m_db.sql());
        QSqlQuery ins(m_db.sql());
        del.prepare(QStringLiteral("DELETE FROM case_search WHERE rowid ") + in);
        ins.prepare(searchRowInsert(m_db, in));
        for (qint64 id : ids) {
            del.addBindValue(id);
            ins.addBindValue(id);
        }
        if (!del.exec() || !ins.exec()) {
            m_lastError =
                Database::describe(del.lastError().isValid() ? del.lastError() : ins.lastError());
            return false;
        }
    }
    return true;
}

bool CaseRepository::insertParty(const Case &c, Party &p, int position, QString *error)
{
    QVariantMap columns = Rows::partyColumns(p, position);
    columns.insert(QStringLiteral("case_id"), c.id);
    QString sqlError;
    p.id = RecordWriter(m_db).insert(QStringLiteral("parties"), p.uuid, columns, c.uuid, &sqlError);
    if (p.id)
        return true;
    *error = tr("The person %1 could not be stored: %2").arg(p.name, sqlError);
    return false;
}

bool CaseRepository::create(Case &c, QString *error, const QList<Step> &steps)
{
    if (!m_db.permits(Action::EditCases, error))
        return false;
    const bool decides = std::any_of(steps.begin(), steps.end(),
                                     [](const Step &s) { return Step::isDecision(s.kind); });
    if (decides && !m_db.permits(Action::Decide, error))
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
    const ProcedureProfile *profile = ProfileRegistry::shipped().find(n.profileId);
    if (!profile) {
        *error = tr("Unknown procedure profile %1.").arg(n.profileId);
        return false;
    }
    GuardedWrite t(m_db, Action::EditCases, error);
    if (!t.isOpen())
        return false;
    if (n.uuid.isEmpty())
        n.uuid = newUuid(); // the case's own uuid is also its log's case uuid
    if (n.receiptNumber.isEmpty()) {
        n.receiptNumber = nextNumber(QStringLiteral("receipt_pattern"), QStringLiteral("receipt"),
                                     n, n.receivedDate, error);
        if (n.receiptNumber.isEmpty())
            return false;
    }
    // The steps are walked first, each checked as applyStep checks it (a refused one leaves
    // nothing written); the case is stored once as the last leaves it, logged as created and
    // then step by step as applyStep logs, and indexed once.
    QList<Case> states{n};
    for (Step step : steps) {
        Case next;
        if (!walkStep(states.last(), step, *profile, LetterNumber(), next, error))
            return false;
        states << next;
    }
    const Case &last = states.last();
    QList<QVariantMap> columns;
    for (const Case &state : std::as_const(states))
        columns << Rows::caseColumns(state);
    // Stored, not logged: where the steps left the case, and its next deadline. A reporter's
    // identity, which no step changes, is stored as created (sealed).
    QVariantMap stored = derivedColumns(last);
    const QStringList identity = Identity::fields(QStringLiteral("cases"));
    for (auto it = columns.last().cbegin(); it != columns.last().cend(); ++it) {
        if (!identity.contains(it.key()) &&
            !RecordWriter::same(columns.first().value(it.key()), *it))
            stored.insert(it.key(), *it);
    }
    RecordWriter writer(m_db);
    n.id = writer.insert(QStringLiteral("cases"), n.uuid, columns.first(), n.uuid, &m_lastError,
                         stored);
    error->clear();
    if (!n.id)
        return failed(tr("The case could not be stored: %1"), error);
    for (int i = 0; i < n.parties.size(); ++i) {
        if (!insertParty(n, n.parties[i], i, error))
            return false;
    }
    for (int i = 0; i < steps.size(); ++i) {
        if (!writer.log(QStringLiteral("cases"), n.uuid, n.uuid,
                        QStringLiteral("step:") + Step::code(steps.at(i).kind), columns.at(i),
                        columns.at(i + 1), &m_lastError))
            return failed(tr("The case could not be stored: %1"), error);
    }
    if (!reindex(n.id))
        return failed(tr("The case could not be stored: %1"), error);
    if (!t.commit()) {
        *error = tr("The case could not be saved: %1").arg(m_db.lastError());
        return false;
    }
    c = last;
    c.id = n.id;
    c.parties = n.parties;
    return true;
}

bool CaseRepository::failed(const QString &message, QString *error) const
{
    if (error->isEmpty())
        *error = message.arg(m_lastError);
    return false;
}

QVariantMap CaseRepository::derivedColumns(const Case &c) const
{
    DeadlineStatus next;
    if (!c.isClosed()) {
        if (const ProcedureProfile *p = ProfileRegistry::shipped().find(c.profileId))
            next = DeadlineCalculator(m_db.calendar()).next(c, *p, m_db.today());
    }
    return {{QStringLiteral("next_deadline"), next.id.isNull() ? QStringLiteral("") : next.id},
            {QStringLiteral("next_due"), date(next.due)}};
}

// Writes the changed columns of a case and its derived deadline columns, logging the change
// under `action` (nothing is logged when the action is empty).
bool CaseRepository::writeCase(const Case &before, const Case &after, const QString &action,
                               QString *error)
{
    const QVariantMap old = Rows::caseColumns(before);
    QVariantMap now = Rows::caseColumns(after);
    // The reporter's identity that changed (or whose confidentiality did) is sealed or opened as
    // the file keeps it (KeyStore); one unchanged stays as stored.
    const QString flag = QStringLiteral("reporter_confidential");
    const bool flagChanged = old.value(flag) != now.value(flag);
    QVariantMap identity;
    for (const QString &f : Identity::fields(QStringLiteral("cases"))) {
        if (flagChanged || !RecordWriter::same(old.value(f), now.value(f)))
            identity.insert(f, now.value(f));
    }
    if (!identity.isEmpty()) {
        identity.insert(flag, now.value(flag));
        if (!KeyStore(m_db).sealColumns(QStringLiteral("cases"), after.id, old, identity, error))
            return false;
        for (auto it = identity.cbegin(); it != identity.cend(); ++it)
            now.insert(it.key(), *it);
    }
    RecordWriter::Update how;
    how.action = action;
    how.derived = derivedColumns(after);
    how.sealed = true;
    QString sqlError;
    if (!RecordWriter(m_db).update(QStringLiteral("cases"), after.id, old, now, after.uuid,
                                   after.uuid, &sqlError, how)) {
        *error = tr("The case could not be stored: %1").arg(sqlError);
        return false;
    }
    return true;
}

bool CaseRepository::refreshDeadline(const Case &c, QString *error)
{
    return writeCase(c, c, QString(), error);
}

bool CaseRepository::refreshDerived(qint64 caseId, QString *error)
{
    const std::optional<Case> c = stored(caseId);
    if (!c) {
        *error = tr("The case no longer exists in the file.");
        return false;
    }
    const QVariantMap derived = derivedColumns(*c);
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE cases SET next_deadline = ?, next_due = ? WHERE id = ?"));
    q.addBindValue(derived.value(QStringLiteral("next_deadline")));
    q.addBindValue(derived.value(QStringLiteral("next_due")));
    q.addBindValue(caseId);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    if (!reindex(caseId)) {
        *error = m_lastError;
        return false;
    }
    return true;
}

bool CaseRepository::save(const Case &edited, QString *error, bool *stale)
{
    GuardedWrite t(m_db, Action::EditCases, error);
    if (!t.isOpen())
        return false;
    const std::optional<Case> stored = lockedStored(edited.id);
    if (!stored) {
        *error = tr("The case no longer exists in the file.");
        return false;
    }
    // Never a silent overwrite: edits of a version someone else has replaced meanwhile are
    // refused, saying by whom.
    if (edited.updatedAt.isValid() && edited.updatedAt != stored->updatedAt) {
        *error = changedMeanwhile(*stored);
        if (stale)
            *stale = true;
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
    if (stored->reporterConfidential != c.reporterConfidential && !resealHeardReporter(c, error))
        return false;
    if (!saveParties(*stored, c, error))
        return false;
    if ((searchTextDiffers(*stored, c) && !reindex(c.id)) || !t.commit()) {
        *error = tr("The case could not be saved: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

bool CaseRepository::resealHeardReporter(const Case &c, QString *error)
{
    // Sealed when the case becomes confidential, opened (by a coordinator who holds the key)
    // when it no longer is (KeyStore::sealColumns).
    if (!KeyStore(m_db).hasFileKeys())
        return true;
    const QStringList fields = Identity::fields(QStringLiteral("hearing_attendees"));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT a.id, a.uuid, a.%1 FROM hearing_attendees a JOIN hearings h"
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
        if (!RecordWriter(m_db).update(QStringLiteral("hearing_attendees"), id, columns, columns,
                                       uuid, c.uuid, &sqlError)) {
            *error = tr("The case could not be saved: %1").arg(sqlError);
            return false;
        }
    }
    return true;
}

// The parties edited (by uuid), removed and added, each at its place in the case's list.
bool CaseRepository::saveParties(const Case &stored, const Case &c, QString *error)
{
    QHash<QString, Party> old;
    QHash<QString, int> oldPosition; // the stored list is in position order
    for (int i = 0; i < stored.parties.size(); ++i) {
        old.insert(stored.parties.at(i).uuid, stored.parties.at(i));
        oldPosition.insert(stored.parties.at(i).uuid, i);
    }
    RecordWriter writer(m_db);
    QList<QPair<Party, int>> added;
    int position = 0;
    for (const Party &p : c.parties) {
        const int pos = position++;
        if (p.uuid.isEmpty() || !old.contains(p.uuid)) {
            added << qMakePair(p, pos);
            continue;
        }
        const Party was = old.take(p.uuid);
        QString sqlError;
        if (!writer.update(QStringLiteral("parties"), was.id,
                           Rows::partyColumns(was, oldPosition.value(p.uuid)),
                           Rows::partyColumns(p, pos), p.uuid, c.uuid, &sqlError)) {
            *error = tr("The person %1 could not be stored: %2").arg(p.name, sqlError);
            return false;
        }
    }
    for (const Party &gone : std::as_const(old)) {
        QString sqlError;
        if (!writer.remove(QStringLiteral("parties"), gone.id, Rows::partyColumns(gone, 0),
                           gone.uuid, c.uuid, &sqlError)) {
            *error = tr("The person %1 could not be removed: %2").arg(gone.name, sqlError);
            return false;
        }
    }
    for (auto &[party, pos] : added) {
        if (!insertParty(c, party, pos, error))
            return false;
    }
    return true;
}

QString CaseRepository::whyNot(const Case &c, Step::Kind kind) const
{
    return StatusMachine::whyNot(c, kind);
}

bool CaseRepository::walkStep(const Case &stored, Step &step, const ProcedureProfile &profile,
                              const LetterNumber &letterNumber, Case &changed, QString *error)
{
    if (step.kind == Step::Kind::Forward && step.authority.isEmpty())
        step.authority = profile.authorityOn(step.date);
    *error = StatusMachine::whyNot(stored, step.kind);
    if (!error->isEmpty())
        return false;
    if (step.kind == Step::Kind::Register && step.number.isEmpty() && step.date.isValid()) {
        // Checked before a number is drawn, so that a refused registration uses none.
        Step probe = step;
        probe.number = QStringLiteral("-");
        *error = StatusMachine::refusal(stored, probe, profile, m_db.calendar(), m_db.today());
        if (!error->isEmpty())
            return false;
        step.number = nextNumber(QStringLiteral("registration_pattern"),
                                 QStringLiteral("registration"), stored, step.date, error);
        if (step.number.isEmpty())
            return false;
    }
    if (step.kind == Step::Kind::Forward && step.number.trimmed().isEmpty() && letterNumber &&
        step.date.isValid()) {
        // As for a registration: checked before the letter takes its number.
        Step probe = step;
        probe.number = QStringLiteral("-");
        *error = StatusMachine::refusal(stored, probe, profile, m_db.calendar(), m_db.today());
        if (!error->isEmpty())
            return false;
        Case after = stored;
        StatusMachine::apply(after, probe);
        after.forwardingLetterNumber.clear();
        step.number = letterNumber(after, error);
        if (step.number.isEmpty())
            return false;
    }
    *error = StatusMachine::refusal(stored, step, profile, m_db.calendar(), m_db.today());
    if (!error->isEmpty())
        return false;
    changed = stored;
    StatusMachine::apply(changed, step);
    return true;
}

bool CaseRepository::applyStep(qint64 caseId, Step step, QString *error,
                               const LetterNumber &letterNumber, Case *applied)
{
    GuardedWrite t(m_db, Step::isDecision(step.kind) ? Action::Decide : Action::EditCases, error);
    if (!t.isOpen())
        return false;
    const std::optional<Case> stored = lockedStored(caseId);
    if (!stored) {
        *error = tr("The case no longer exists in the file.");
        return false;
    }
    const ProcedureProfile *profile = ProfileRegistry::shipped().find(stored->profileId);
    if (!profile) {
        *error = tr("Unknown procedure profile %1.").arg(stored->profileId);
        return false;
    }
    Case changed;
    if (!walkStep(*stored, step, *profile, letterNumber, changed, error) ||
        !writeCase(*stored, changed, QStringLiteral("step:") + Step::code(step.kind), error))
        return false;
    if ((searchTextDiffers(*stored, changed) && !reindex(changed.id)) || !t.commit()) {
        *error = tr("The step could not be saved: %1").arg(m_db.lastError());
        return false;
    }
    if (applied) {
        *applied = changed;
        applied->updatedAt = toTimestamp(SqlValues::timestamp(m_db.now()));
    }
    return true;
}

// --- reading ------------------------------------------------------------------------------

std::optional<Case> CaseRepository::loadWhere(const QString &where, const QVariant &value) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + QLatin1String(Rows::caseSelect) +
                                 QStringLiteral(" FROM cases WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Case c = Rows::readCase(q);
    q.finish();
    QSqlQuery &p =
        m_db.prepared(QStringLiteral("SELECT ") + QLatin1String(Rows::partySelect) +
                      QStringLiteral(" FROM parties WHERE case_id = ? ORDER BY position"));
    p.addBindValue(c.id);
    p.exec();
    while (p.next())
        c.parties << Rows::readParty(p);
    p.finish();
    return c;
}

std::optional<Case> CaseRepository::stored(qint64 id) const
{
    return loadWhere(QStringLiteral("id = ?"), id);
}

std::optional<Case> CaseRepository::stored(const QString &uuid) const
{
    return loadWhere(QStringLiteral("uuid = ?"), uuid);
}

std::optional<Case> CaseRepository::lockedStored(qint64 id)
{
    const QString lock = m_db.dialect().lockRow(QStringLiteral("cases"));
    if (!lock.isEmpty()) {
        QSqlQuery &q = m_db.prepared(lock);
        q.addBindValue(id);
        const bool found = q.exec() && q.next();
        q.finish();
        if (!found)
            return std::nullopt;
    }
    return stored(id);
}

QString CaseRepository::changedMeanwhile(const Case &stored) const
{
    const OfficeTime office = SettingsRepository(m_db).officeTime(stored.regencyCode);
    const ChangeEntry last = HistoryRepository(m_db).lastEdit(stored.uuid);
    if (last.id == 0 || last.at < stored.updatedAt.addSecs(-1))
        return tr("This case was changed at %1, after you opened it. Your edits were not saved.")
            .arg(office.dateTime(stored.updatedAt));
    const QString who = last.actor.isEmpty()
                            ? tr("Netra")
                            : UserRepository(m_db).fullNames().value(last.actor, last.actor);
    return tr("%1 changed this case at %2, after you opened it. Your edits were not saved.")
        .arg(who, office.dateTime(last.at));
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
    return shown(stored(id));
}

QString CaseRepository::numberOf(const QString &caseUuid) const
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT %1 FROM cases WHERE uuid = ?")
                                     .arg(QLatin1String(Schema::CaseNumberShown)));
    q.addBindValue(caseUuid);
    const QString number = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return number;
}

std::optional<Case> CaseRepository::findByNumber(const QString &number) const
{
    // With the partial indexes' conditions (Schema), so that they serve the lookup; no case
    // has the empty number.
    if (auto c = loadWhere(QStringLiteral("registration_number = ? AND registration_number <> ''"),
                           number))
        return shown(c);
    return shown(loadWhere(QStringLiteral("receipt_number = ? AND receipt_number <> ''"), number));
}

std::optional<bool> CaseRepository::carries(const QString &number, const QString &importKey,
                                            QString *error) const
{
    // Each side of the OR names its partial index's condition, so that each is searched
    // (Schema: cases_receipt_number, cases_registration_number, cases_import_key) instead of the
    // whole table.
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT 1 FROM cases WHERE (receipt_number = ? AND receipt_number <> '')"
                       " OR (registration_number = ? AND registration_number <> '')"
                       " OR (import_key = ? AND import_key <> '') LIMIT 1"));
    q.addBindValue(number);
    q.addBindValue(number);
    q.addBindValue(importKey);
    if (!q.exec()) {
        if (error)
            *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    const bool found = q.next();
    q.finish();
    return found;
}

std::optional<Case> CaseRepository::revealReporter(qint64 caseId, const QString &purpose,
                                                   QString *error)
{
    if (!m_db.permits(Action::SeeConfidential, error))
        return std::nullopt;
    std::optional<Case> c = stored(caseId);
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
    GuardedWrite t(m_db, Action::SeeConfidential, error);
    if (!t.isOpen())
        return false;
    RecordWriter writer(m_db);
    for (const QString &uuid : caseUuids) {
        if (!writer.writeLog(QStringLiteral("cases"), uuid, uuid, QStringLiteral("reveal"),
                             {{QStringLiteral("purpose"), purpose}}, error))
            return false;
    }
    if (!t.commit()) {
        *error = m_db.writeRefused();
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

qint64 CaseRepository::count(const CaseFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM cases c") + caseWhere(m_db, filter, &values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QStringList CaseRepository::longestNumbers(int limit) const
{
    QStringList numbers;
    QSqlQuery q(m_db.sql());
    // The number as the register shows it, from the longest down the index of their lengths
    // (Schema: cases_number_length): as many entries read as numbers asked for.
    const QLatin1String number(Schema::CaseNumberShown);
    q.prepare(QStringLiteral("SELECT %1 FROM cases ORDER BY length(%1) DESC LIMIT ?").arg(number));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            numbers << q.value(0).toString();
    }
    return numbers;
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
    q.prepare(rowSelect() + caseWhere(m_db, filter, &values) + QStringLiteral(" ORDER BY ") +
              orderBy + direction + QStringLiteral(", c.id") + direction +
              QStringLiteral(" LIMIT ? OFFSET ?"));
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
    q.prepare(QStringLiteral("SELECT c.id FROM cases c") + caseWhere(m_db, filter, &values) +
              QStringLiteral(" ORDER BY c.received_date, c.id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids) {
        const std::optional<Case> c = stored(id);
        if (c && !visit(*c))
            return;
    }
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

Identity::Secrets CaseRepository::secrets(qint64 caseId) const
{
    Identity::Secrets s;
    std::optional<Case> c = stored(caseId);
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
    // `p.nip <> ''` names the condition of the partial index parties_nip, so that the NIP is
    // searched there: `p.nip = ?` alone does not imply it, and the whole parties table was read
    // for every person reported (60 ms a case at 100,000 cases).
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT p.nip, p.name, o.regency_code, %1"
                                     " FROM parties p JOIN cases o ON o.id = p.case_id"
                                     " WHERE p.role = 'terlapor' AND p.nip = ? AND p.nip <> ''"
                                     " AND o.regency_code <> ? ORDER BY o.received_date")
                          .arg(QLatin1String(Schema::CaseNumberShown)));
    for (const Party &p : c.reported()) {
        const QString nip = Rows::storedNip(p.nip);
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
