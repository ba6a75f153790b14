#include "PackageStore.h"

#include "AttachmentRepository.h"
#include "CaseFilterSql.h"
#include "CaseRepository.h"
#include "ChangeLogChain.h"
#include "GuardedWrite.h"
#include "KeyStore.h"
#include "RecordWriter.h"
#include "SettingsRepository.h"
#include "SqlValues.h"
#include "domain/Identity.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using Package::Record;
using Package::Table;

namespace {

const QString Attendees = QStringLiteral("hearing_attendees");
const QString Attachments = QStringLiteral("attachments");
const QString Activities = QStringLiteral("activities");
const QString Leads = QStringLiteral("leads");

// The joins from a table to its case (aliased k), and the parent's uuid.
struct Source
{
    QString from;
    QString parentUuid; // an SQL expression, empty for cases
};

Source sourceOf(const QString &table)
{
    if (table == Activities || table == Leads)
        return {table + QStringLiteral(" t"), {}};
    if (table == QLatin1String("cases"))
        return {QStringLiteral("cases t JOIN cases k ON k.id = t.id"), {}};
    if (table == QLatin1String("parties") || table == Attachments ||
        table == QLatin1String("hearings"))
        return {table + QStringLiteral(" t JOIN cases k ON k.id = t.case_id"),
                QStringLiteral("k.uuid")};
    if (table == Attendees)
        return {QStringLiteral("hearing_attendees t JOIN hearings hh ON hh.id = t.hearing_id"
                               " JOIN cases k ON k.id = hh.case_id"
                               " LEFT JOIN parties pp ON pp.id = t.party_id"),
                QStringLiteral("hh.uuid")};
    if (table == QLatin1String("minutes_entries") || table == QLatin1String("minutes_addenda"))
        return {table + QStringLiteral(" t JOIN hearing_attendees aa ON aa.id = t.attendee_id"
                                       " JOIN hearings hh ON hh.id = aa.hearing_id"
                                       " JOIN cases k ON k.id = hh.case_id"),
                QStringLiteral("aa.uuid")};
    // followups
    return {QStringLiteral("followups t JOIN parties pp ON pp.id = t.party_id"
                           " JOIN cases k ON k.id = pp.case_id"),
            QStringLiteral("pp.uuid")};
}

// The column holding the local id of the parent.
QString parentIdColumn(const QString &table)
{
    if (table == Attendees)
        return QStringLiteral("hearing_id");
    if (table == QLatin1String("minutes_entries") || table == QLatin1String("minutes_addenda"))
        return QStringLiteral("attendee_id");
    if (table == QLatin1String("followups"))
        return QStringLiteral("party_id");
    return QStringLiteral("case_id");
}

QStringList columnNames(const Table &t)
{
    QStringList names;
    for (const Package::Column &c : t.columns)
        names << c.name;
    return names;
}

QDateTime timeOf(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

// A record of the data file as the package holds it.
struct Stored
{
    qint64 id = 0;
    QString updatedAt;
    QString parentUuid;
    QString partyUuid;
    QVariantList values; // as the package's record's
};

// The columns (and parent, person) in which the package's record differs from this file's.
QStringList differences(Database &db, const Table &t, const Record &r, const Stored &s,
                        const QStringList &names, bool withIdentities)
{
    QStringList differ;
    if (s.parentUuid != r.parentUuid)
        differ << t.parentKey;
    if (s.partyUuid != r.partyUuid)
        differ << QStringLiteral("party_uuid");
    for (int i = 0; i < names.size(); ++i) {
        const QString &n = names[i];
        const QVariant theirs = r.values.value(i);
        // A redacted identity says nothing about the one this file holds.
        if (!withIdentities && Identity::isWithheld(t.name, n, theirs))
            continue;
        // A sealed value of this file is compared in clear where this session can open
        // it (KeyStore).
        QVariant mine = s.values.value(i);
        if (KeyStore::anySealed(t.name, {{n, mine}})) {
            if (const std::optional<QString> plain = KeyStore(db).open(mine.toString()))
                mine = *plain;
        }
        if (!RecordWriter::same(mine, theirs))
            differ << n;
    }
    return differ;
}

} // namespace

int ImportPlan::total(int Counts::*member) const
{
    int n = 0;
    for (const Counts &c : tables)
        n += c.*member;
    return n;
}

QJsonObject ImportPlan::toJson() const
{
    QJsonObject perTable;
    for (auto it = tables.begin(); it != tables.end(); ++it)
        perTable.insert(it.key(), QJsonObject{{QStringLiteral("added"), it->added},
                                              {QStringLiteral("updated"), it->updated},
                                              {QStringLiteral("unchanged"), it->unchanged},
                                              {QStringLiteral("conflicts"), it->conflicts}});
    QJsonArray list;
    for (const Conflict &c : conflicts) {
        QString settled = QStringLiteral("unsettled");
        if (c.settledAs == Settlement::KeepMine)
            settled = QStringLiteral("kept-mine");
        else if (c.settledAs == Settlement::TakeTheirs)
            settled = QStringLiteral("took-theirs");
        list.append(QJsonObject{{QStringLiteral("table"), c.table},
                                {QStringLiteral("uuid"), c.uuid},
                                {QStringLiteral("case_uuid"), c.caseUuid},
                                {QStringLiteral("mine_updated_at"), c.mineUpdatedAt},
                                {QStringLiteral("theirs_updated_at"), c.theirsUpdatedAt},
                                {QStringLiteral("fields"), QJsonArray::fromStringList(c.fields)},
                                {QStringLiteral("settled"), settled}});
    }
    return {{QStringLiteral("added"), total(&Counts::added)},
            {QStringLiteral("updated"), total(&Counts::updated)},
            {QStringLiteral("unchanged"), total(&Counts::unchanged)},
            {QStringLiteral("conflicts"), total(&Counts::conflicts)},
            {QStringLiteral("tables"), perTable},
            {QStringLiteral("conflict_list"), list}};
}

bool PackageStore::collect(const CaseFilter &filter, bool withAttachments, bool withIdentities,
                           Package::Content *content, QString *error, const Progress &progress)
{
    if (!m_db.permits(Action::ExportData, error) ||
        (withIdentities && !m_db.permits(Action::SeeConfidential, error)))
        return false;
    QStringList revealed;
    Package::Content c;
    const SettingsRepository settings(m_db);
    c.officeName = settings.setting(QStringLiteral("office_name"));
    c.officeCode = settings.setting(QStringLiteral("office_code"));
    c.createdAt = m_db.now();
    c.withAttachments = withAttachments;
    c.withIdentities = withIdentities;
    // The head of this file's change log as it is now, so that the receiver can tell whether
    // history was rewritten since (`netra-cli check --against`).
    if (const auto head = ChangeLogChain::readHead(m_db)) {
        c.logCount = head->count;
        c.logLastHash = head->lastHash;
    } else {
        c.logCount = 0;
    }
    QVariantList values;
    const QString where = caseWhere(m_db, filter, &values);
    const qint64 tables = Package::tables().size();
    qint64 read = 0;
    // The records' size so far, at least (Package::leastSize), and the attachments': reading
    // stops as soon as no package could hold them, rather than after a minute and gigabytes of
    // memory for a province's whole file.
    qint64 payload = 0;
    qint64 blobs = 0;
    const auto cancelled = [&] {
        *error = tr("The export was cancelled; no package was written.");
        return false;
    };
    if (!Progressing::report(progress, 0, tables))
        return cancelled();
    for (const Table &t : Package::tables()) {
        if (read > 0 && !Progressing::report(progress, read, tables))
            return cancelled();
        ++read;
        if (t.name == Attachments && !withAttachments) {
            c.records.insert(t.name, {});
            continue;
        }
        if (t.name == Activities || t.name == Leads) {
            if (!collectOwn(t.name, filter, &c, error))
                return false;
            continue;
        }
        const Source src = sourceOf(t.name);
        const QStringList names = columnNames(t);
        QString select =
            QStringLiteral("SELECT t.uuid, t.updated_at, k.reporter_confidential, k.uuid, ") +
            (src.parentUuid.isEmpty() ? QStringLiteral("''") : src.parentUuid) +
            (t.name == Attendees ? QStringLiteral(", pp.uuid") : QStringLiteral(", ''"));
        for (const QString &n : names)
            select += QStringLiteral(", t.") + n;
        if (t.name == Attachments)
            select += QStringLiteral(", t.data");
        select += QStringLiteral(" FROM ") + src.from +
                  QStringLiteral(" WHERE k.id IN (SELECT c.id FROM cases c") + where +
                  QStringLiteral(") ORDER BY t.id");
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(select);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            *error = tr("The records could not be read: %1").arg(Database::describe(q.lastError()));
            return false;
        }
        QList<Record> &records = c.records[t.name];
        while (q.next()) {
            Record r;
            r.uuid = q.value(0).toString();
            r.updatedAt = q.value(1).toString();
            const bool confidential = q.value(2).toInt() != 0;
            r.caseUuid = q.value(3).toString();
            r.parentUuid = q.value(4).toString();
            r.partyUuid = q.value(5).toString();
            r.table = &t;
            QVariantMap columns;
            for (int i = 0; i < names.size(); ++i)
                columns.insert(names[i], q.value(6 + i));
            if (t.name == Attachments)
                r.data = q.value(6 + int(names.size())).toByteArray();
            if (confidential && withIdentities && t.name == QLatin1String("cases"))
                revealed << r.uuid;
            // With identities: opened with the session's key (KeyStore); without, a sealed
            // value is withheld like any identity.
            if (withIdentities && KeyStore::anySealed(t.name, columns) &&
                !KeyStore(m_db).reveal(t.name, columns, error))
                return false;
            // One rule for what a confidential identity is (Identity), for every table.
            if (!withIdentities && Identity::holds(t.name, columns, confidential))
                Identity::redact(t.name, columns);
            for (const QString &n : names)
                r.values << columns.value(n);
            payload += Package::leastSize(r);
            blobs += r.data.size();
            if (payload > m_payloadLimit || payload + blobs > Package::MaxPackageBytes) {
                *error = Package::tooLarge(payload + blobs);
                return false;
            }
            records.append(std::move(r));
        }
    }
    if (!Progressing::report(progress, tables, tables))
        return cancelled();
    if (!CaseRepository(m_db).logReveals(revealed, tr("Package export"), error))
        return false;
    *content = std::move(c);
    return true;
}

bool PackageStore::collectOwn(const QString &table, const CaseFilter &filter,
                              Package::Content *content, QString *error)
{
    QList<Record> &records = content->records[table];
    const QString dateColumn =
        table == Activities ? QStringLiteral("held_on") : QStringLiteral("received_on");
    // Cases chosen one by one (by number, text, status, category, deadline or clerk) take no
    // activity with them; an office's or a regency's cases of a period take that period's.
    if (!filter.numbers.isEmpty() || !filter.text.isEmpty() || !filter.statuses.isEmpty() ||
        !filter.source.isEmpty() || !filter.violationCategory.isEmpty() ||
        !filter.positionCategory.isEmpty() || !filter.deadlineState.isEmpty() ||
        !filter.assignedTo.isEmpty())
        return true;
    const Table *t = Package::table(table);
    const QStringList names = columnNames(*t);
    QStringList where;
    QVariantList values;
    appendPeriodAndRegion(dateColumn, filter.receivedFrom, filter.receivedTo,
                          QStringLiteral("regency_code"), filter.regencyCode, filter.provinceCode,
                          &where, &values);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT uuid, updated_at, %1 FROM %2%3 ORDER BY id")
                  .arg(names.join(QLatin1String(", ")), table,
                       where.isEmpty()
                           ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = tr("The records could not be read: %1").arg(Database::describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        Record r;
        r.uuid = q.value(0).toString();
        r.updatedAt = q.value(1).toString();
        r.caseUuid = r.uuid;
        r.table = t;
        for (int i = 0; i < names.size(); ++i)
            r.values << q.value(2 + i);
        records.append(r);
    }
    return true;
}

bool PackageStore::preview(const Package::Content &content, ImportPlan *plan, QString *reason)
{
    return makePlan(content, plan, reason);
}

bool PackageStore::makePlan(const Package::Content &content, ImportPlan *plan, QString *reason)
{
    ImportPlan p;
    for (const Table &t : Package::tables()) {
        if (!planTable(t, content, &p, reason))
            return false;
    }
    // The numbers of the cases to be written must not belong to another case of this file.
    if (!checkCaseNumbers(content, p, reason))
        return false;
    *plan = std::move(p);
    return true;
}

bool PackageStore::checkCaseNumbers(const Package::Content &content, const ImportPlan &plan,
                                    QString *reason)
{
    QSqlQuery q(m_db.sql());
    // Each side of the OR with its partial index's condition, so that both indexes are searched.
    q.prepare(QStringLiteral("SELECT uuid FROM cases WHERE ((receipt_number = ? AND"
                             " receipt_number <> '') OR (registration_number = ? AND"
                             " registration_number <> '')) AND uuid <> ?"));
    const QList<Record> cases = content.records.value(QStringLiteral("cases"));
    for (const ImportPlan::Step &step : plan.steps) {
        if (step.table != QLatin1String("cases") || step.action == ImportPlan::Action::Unchanged)
            continue;
        const Record &r = cases.at(step.index);
        for (const char *key : {"receipt_number", "registration_number"}) {
            const QString n = r.value(QLatin1String(key)).toString();
            if (n.isEmpty())
                continue;
            q.addBindValue(n);
            q.addBindValue(n);
            q.addBindValue(r.uuid);
            if (!q.exec()) {
                *reason =
                    tr("The file could not be read: %1").arg(Database::describe(q.lastError()));
                return false;
            }
            if (q.next()) {
                *reason = tr("The case number %1 of the package is already used by another "
                             "case in this file (%2); nothing was imported.")
                              .arg(n, q.value(0).toString());
                return false;
            }
        }
    }
    return true;
}

qint64 PackageStore::largestId(const QString &table)
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT max(id) FROM ") + table) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

QString PackageStore::versionsSelect(const QString &table)
{
    return QStringLiteral("SELECT t.uuid, t.updated_at, s.imported_updated_at FROM ") + table +
           QStringLiteral(" t LEFT JOIN sync_state s ON s.record_uuid = t.uuid");
}

PackageStore::StoredVersion PackageStore::versionAt(const QSqlQuery &q)
{
    StoredVersion v;
    v.updatedAt = q.value(1).toString();
    v.asImported = !q.value(2).isNull() && q.value(2).toString() == v.updatedAt;
    return v;
}

bool PackageStore::storedVersions(const QString &table, QHash<QString, StoredVersion> *versions,
                                  QString *reason)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(versionsSelect(table))) {
        *reason = tr("The file could not be read: %1").arg(Database::describe(q.lastError()));
        return false;
    }
    while (q.next())
        versions->insert(q.value(0).toString(), versionAt(q));
    return true;
}

bool PackageStore::planTable(const Table &t, const Package::Content &content, ImportPlan *plan,
                             QString *reason)
{
    const QList<Record> records = content.records.value(t.name);
    ImportPlan::Counts &counts = plan->tables[t.name];
    const Source src = sourceOf(t.name);
    const QStringList names = columnNames(t);
    QString select = QStringLiteral("SELECT t.id, t.updated_at, ") +
                     (src.parentUuid.isEmpty() ? QStringLiteral("''") : src.parentUuid) +
                     (t.name == Attendees ? QStringLiteral(", pp.uuid") : QStringLiteral(", ''"));
    for (const QString &n : names)
        select += QStringLiteral(", t.") + n;
    select += QStringLiteral(", s.imported_updated_at FROM ") + src.from +
              QStringLiteral(" LEFT JOIN sync_state s ON s.record_uuid = t.uuid"
                             " WHERE t.uuid = ?");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(select);
    // Whether the record is stored, and its version and the one last imported: a record of
    // the version last imported, not changed here since, is unchanged whatever its columns
    // (nothing to compare; most of a package imported again). From the record's own table: its
    // row rules are its own, and no parent is needed here.
    // A package that holds a large share of the table (the whole file's package imported
    // again): every stored version read in one pass, each record's by its uuid, instead of a
    // lookup of each record (two index descents and a statement run). A smaller package keeps
    // to the lookups, its cost its own and not the file's.
    QHash<QString, StoredVersion> versions;
    QSqlQuery seen(m_db.sql());
    const bool onePass = records.size() >= 64 && records.size() * 4 >= largestId(t.name);
    if (onePass) {
        versions.reserve(records.size());
        if (!storedVersions(t.name, &versions, reason))
            return false;
    } else {
        seen.setForwardOnly(true);
        seen.prepare(versionsSelect(t.name) + QStringLiteral(" WHERE t.uuid = ?"));
    }
    for (int i = 0; i < records.size(); ++i) {
        const Record &r = records[i];
        ImportPlan::Step step{t.name, i, ImportPlan::Action::Add, 0, r.updatedAt};
        std::optional<StoredVersion> version;
        if (onePass) {
            if (const auto v = versions.constFind(r.uuid); v != versions.cend())
                version = *v;
        } else {
            seen.bindValue(0, r.uuid);
            if (!seen.exec()) {
                *reason =
                    tr("The file could not be read: %1").arg(Database::describe(seen.lastError()));
                return false;
            }
            if (seen.next())
                version = versionAt(seen);
        }
        const bool stored = version.has_value();
        if (stored && version->asImported && version->updatedAt == r.updatedAt) {
            ++counts.unchanged;
            continue;
        }
        // Not in the file (most of a first import): added, with nothing more to read.
        if (!stored) {
            ++counts.added;
            plan->steps << step;
            continue;
        }
        q.addBindValue(r.uuid);
        if (!q.exec() || !q.next()) {
            *reason = tr("The file could not be read: %1").arg(Database::describe(q.lastError()));
            return false;
        }
        Stored s;
        s.id = q.value(0).toLongLong();
        s.updatedAt = q.value(1).toString();
        s.parentUuid = q.value(2).toString();
        s.partyUuid = q.value(3).toString();
        for (int c = 0; c < names.size(); ++c)
            s.values << q.value(4 + c);
        const QVariant base = q.value(4 + int(names.size()));
        q.finish();
        step.targetId = s.id;
        const QStringList differ = differences(m_db, t, r, s, names, content.withIdentities);
        if (differ.isEmpty()) {
            ++counts.unchanged;
            step.action = ImportPlan::Action::Unchanged;
            // In step with the package: remember this file's version as the one seen.
            step.syncTo = base.toString() == s.updatedAt ? QString() : s.updatedAt;
            if (!step.syncTo.isEmpty())
                plan->steps << step;
            continue;
        }
        const bool theirsChanged = base.isNull() || timeOf(r.updatedAt) > timeOf(base.toString());
        const bool mineChanged = base.isNull() || s.updatedAt != base.toString();
        if (!theirsChanged) {
            ++counts.unchanged;
            continue;
        }
        if (!mineChanged) {
            ++counts.updated;
            step.action = ImportPlan::Action::Update;
            plan->steps << step;
            continue;
        }
        ++counts.conflicts;
        step.action = ImportPlan::Action::Conflict;
        plan->steps << step;
        plan->conflicts << ImportPlan::Conflict{t.name,      r.uuid, r.caseUuid,     s.updatedAt,
                                                r.updatedAt, differ, Settlement::Ask};
    }
    return true;
}

namespace {

QString addedKey(const QString &table, const QString &uuid)
{
    return table + QLatin1Char(' ') + uuid;
}

// Records the update time of the record as imported (sync_state); empty, or what failed.
QString setSync(Database &db, const QString &table, const QString &uuid, const QString &at)
{
    QSqlQuery &q =
        db.prepared(QStringLiteral("INSERT INTO sync_state (record_uuid, record_table,"
                                   " imported_updated_at) VALUES (?, ?, ?)"
                                   " ON CONFLICT (record_uuid) DO UPDATE SET"
                                   " imported_updated_at = excluded.imported_updated_at"));
    q.addBindValue(uuid);
    q.addBindValue(table);
    q.addBindValue(at);
    return q.exec() ? QString() : Database::describe(q.lastError());
}

QString setUpdatedAt(Database &db, const QString &table, qint64 id, const QString &at)
{
    QSqlQuery &q =
        db.prepared(QStringLiteral("UPDATE %1 SET updated_at = ? WHERE id = ?").arg(table));
    q.addBindValue(at);
    q.addBindValue(id);
    return q.exec() ? QString() : Database::describe(q.lastError());
}

} // namespace

qint64 PackageStore::idOf(const QString &table, const QString &uuid)
{
    if (uuid.isEmpty())
        return 0;
    if (const auto added = m_added.constFind(addedKey(table, uuid)); added != m_added.cend())
        return *added;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
    q.addBindValue(uuid);
    const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

bool PackageStore::apply(const Package::Content &content, Settlement all,
                         const QHash<QString, Settlement> &perRecord, ImportPlan *done,
                         QString *reason, const Progress &progress)
{
    GuardedWrite t(m_db, Action::ImportData, reason);
    if (!t.isOpen())
        return false;
    m_added.clear();
    ImportPlan plan;
    if (!makePlan(content, &plan, reason))
        return false;
    for (ImportPlan::Conflict &c : plan.conflicts)
        c.settledAs = perRecord.value(c.uuid, all);

    auto fail = [&](const QString &what, const QString &detail) {
        *reason = tr("The package could not be imported (%1): %2; nothing was written.")
                      .arg(what, detail);
        return false;
    };

    // The records of the plan, then the cases brought up to date (at most the package's).
    const qint64 steps = plan.steps.size();
    const qint64 total = steps + content.count(QStringLiteral("cases"));
    qint64 doneSoFar = 0;
    const auto cancelled = [&] {
        *reason = tr("The import was cancelled; nothing was written.");
        return false;
    };
    if (!Progressing::report(progress, 0, total))
        return cancelled();

    QSet<QString> touchedCases;
    QHash<QString, QString> touchedMinutes; // attendee -> its case
    for (const ImportPlan::Step &step : std::as_const(plan.steps)) {
        if (doneSoFar > 0 && !Progressing::report(progress, doneSoFar, total))
            return cancelled();
        ++doneSoFar;
        const Record &r = content.records.value(step.table).at(step.index);
        const QString &caseUuid = r.caseUuid;
        QString error;
        if (step.action == ImportPlan::Action::Unchanged) {
            error = setSync(m_db, step.table, r.uuid, step.syncTo);
            if (!error.isEmpty())
                return fail(r.uuid, error);
            continue;
        }
        if (step.action == ImportPlan::Action::Conflict) {
            const Settlement settle = perRecord.value(r.uuid, all);
            if (settle == Settlement::Ask)
                continue;
            if (settle == Settlement::KeepMine) {
                error = setSync(m_db, step.table, r.uuid, r.updatedAt);
                if (!error.isEmpty())
                    return fail(r.uuid, error);
                continue;
            }
        }
        qint64 id = step.targetId;
        if (!writeRecord(content, step, &id, &error))
            return fail(r.uuid, error);
        if (step.action != ImportPlan::Action::Add) // an added record has its time already
            error = setUpdatedAt(m_db, step.table, id, r.updatedAt);
        if (error.isEmpty())
            error = setSync(m_db, step.table, r.uuid, r.updatedAt);
        if (!error.isEmpty())
            return fail(r.uuid, error);
        if (step.table != Activities && step.table != Leads)
            touchedCases.insert(caseUuid);
        if (step.table == QLatin1String("minutes_entries"))
            touchedMinutes.insert(r.parentUuid, caseUuid);
    }

    // Minutes lines are not logged one by one in this file (HearingRepository::saveMinutes):
    // each person whose lines came in gets the digest of their minutes as they now stand.
    RecordWriter writer(m_db);
    for (auto it = touchedMinutes.cbegin(); it != touchedMinutes.cend(); ++it) {
        const QString &attendeeUuid = it.key();
        QString error;
        const QString digest = writer.minutesDigest(idOf(Attendees, attendeeUuid), &error);
        if (!error.isEmpty() ||
            !writer.log(Attendees, attendeeUuid, it.value(), QStringLiteral("update"), {},
                        {{QStringLiteral("minutes_sha256"), digest}}, &error))
            return fail(attendeeUuid, error);
    }

    // The derived columns of the cases touched: next deadline and the search index, whose rows
    // are written together at the end.
    CaseRepository cases(m_db);
    SearchRowBatch searchRows(m_db);
    doneSoFar = steps;
    for (const QString &caseUuid : std::as_const(touchedCases)) {
        if (!Progressing::report(progress, doneSoFar, total))
            return cancelled();
        doneSoFar = qMin(doneSoFar + 1, total);
        QString error;
        if (!cases.refreshDerived(idOf(QStringLiteral("cases"), caseUuid), &error))
            return fail(caseUuid, error);
    }
    if (!Progressing::report(progress, total, total))
        return cancelled();
    QString failed;
    if (!searchRows.flush(&failed)) {
        *reason = m_db.writeRefused(failed);
        return false;
    }
    if (!t.commit()) {
        *reason = m_db.writeRefused();
        return false;
    }
    *done = std::move(plan);
    return true;
}

bool PackageStore::markTaken(const Package::Content &content, QString *error)
{
    GuardedWrite t(m_db, Action::ExportData, error);
    if (!t.isOpen())
        return false;
    for (const Table &tb : Package::tables()) {
        for (const Record &r : content.records.value(tb.name)) {
            const QString why = setSync(m_db, tb.name, r.uuid, r.updatedAt);
            if (!why.isEmpty()) {
                *error = m_db.writeRefused(why);
                return false;
            }
        }
    }
    return t.commit() || (*error = m_db.lastError(), false);
}

bool PackageStore::writeRecord(const Package::Content &content, const ImportPlan::Step &step,
                               qint64 *id, QString *error)
{
    const Table *tb = Package::table(step.table);
    const Record &r = content.records.value(step.table).at(step.index);
    const QString &caseUuid = r.caseUuid;
    QVariantMap after = SqlValues::withEmptyText(r.columns());
    if (!tb->parentKey.isEmpty()) {
        const qint64 parent = idOf(tb->parentTable, r.parentUuid);
        if (!parent) {
            *error = tr("its parent is missing");
            return false;
        }
        after.insert(parentIdColumn(step.table), parent);
    }
    if (step.table == Attendees)
        after.insert(QStringLiteral("party_id"),
                     r.partyUuid.isEmpty()
                         ? QVariant(QMetaType(QMetaType::LongLong))
                         : QVariant(idOf(QStringLiteral("parties"), r.partyUuid)));
    const bool attachment = step.table == Attachments;
    // A minutes line is not logged on its own, as at the desk (HearingRepository::saveMinutes):
    // its person's digest is, once the lines are in (apply()). Logged one by one they were half
    // of the entries a package wrote.
    const bool minutesLine = step.table == QLatin1String("minutes_entries");
    const QString logUnder = minutesLine ? QString() : caseUuid;
    RecordWriter writer(m_db);
    if (step.action == ImportPlan::Action::Add) {
        // Stored with the package's update time, which is not logged.
        QString uuid = r.uuid;
        QVariantMap unlogged{{QStringLiteral("updated_at"), r.updatedAt}};
        if (attachment) {
            // Its name, size and digest logged (AttachmentRepository), the rest stored only.
            const QVariantMap logged = AttachmentRepository::logged(after);
            for (auto it = after.begin(); it != after.end(); ++it) {
                if (!logged.contains(it.key()))
                    unlogged.insert(it.key(), *it);
            }
            unlogged.insert(QStringLiteral("data"), r.data);
            *id = writer.insert(step.table, uuid, logged, logUnder, error, unlogged);
        } else {
            *id = writer.insert(step.table, uuid, after, logUnder, error, unlogged);
        }
        if (*id != 0)
            m_added.insert(addedKey(step.table, uuid), *id);
        return *id != 0;
    }
    // The stored record, with its parent's id, as `before`.
    QStringList names = after.keys();
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                     .arg(names.join(QLatin1String(", ")), step.table));
    q.addBindValue(*id);
    if (!q.exec() || !q.next()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    QVariantMap before;
    for (int i = 0; i < names.size(); ++i)
        before.insert(names[i], q.value(i));
    q.finish();
    // A redacted identity leaves the one this file holds.
    if (!content.withIdentities) {
        for (const QString &f : Identity::fields(step.table)) {
            if (Identity::isWithheld(step.table, f, r.value(f)))
                after.insert(f, before.value(f));
        }
    }
    RecordWriter::Update how;
    if (minutesLine)
        how.action.clear(); // written, not logged (above)
    if (!writer.update(step.table, *id, before, after, r.uuid, caseUuid, error, how))
        return false;
    if (attachment) {
        QSqlQuery &d =
            m_db.prepared(QStringLiteral("UPDATE attachments SET data = ? WHERE id = ?"));
        d.addBindValue(r.data);
        d.addBindValue(*id);
        if (!d.exec()) {
            *error = Database::describe(d.lastError());
            return false;
        }
    }
    return true;
}
