// Over 800 lines: one replay of the change log, compared with every table it covers.
#include "TrailCheck.h"

#include "KeyStore.h"
#include "RecordWriter.h"
#include "Schema.h"
#include "domain/Identity.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QtEndian>

namespace {

// The tables whose records the log covers, parents before children; `parent` is the column
// holding the parent's id, so that a record gone with its parent (ON DELETE CASCADE) is told
// once, at the parent.
struct Covered
{
    const char *table;
    const char *parent;
    const char *parentTable;
};
const Covered coveredTables[] = {
    {"users", nullptr, nullptr},
    {"cases", nullptr, nullptr},
    {"parties", "case_id", "cases"},
    {"attachments", nullptr, nullptr},
    {"hearings", "case_id", "cases"},
    {"hearing_attendees", "hearing_id", "hearings"},
    {"minutes_addenda", "attendee_id", "hearing_attendees"},
    {"followups", "party_id", "parties"},
    {"letters", nullptr, nullptr},
    {"activities", nullptr, nullptr},
    {"activity_attachments", nullptr, nullptr},
    {"leads", nullptr, nullptr},
    {"lead_notes", "lead_id", "leads"},
    {"lead_attachments", nullptr, nullptr},
};

const QString PasswordDigest = QStringLiteral("password_sha256");
const QString MinutesDigest = QStringLiteral("minutes_sha256");
const QString Clerks = QStringLiteral("clerks");

// Values whose text a check's output does not show: identities and digests.
bool withheldField(const QString &table, const QString &field)
{
    static const QSet<QString> any{PasswordDigest,
                                   MinutesDigest,
                                   QStringLiteral("reporter_name"),
                                   QStringLiteral("reporter_address"),
                                   QStringLiteral("reporter_contact"),
                                   QStringLiteral("address"),
                                   QStringLiteral("contact"),
                                   QStringLiteral("birth_date"),
                                   QStringLiteral("birth_place")};
    if (any.contains(field))
        return true;
    return table == QLatin1String("hearing_attendees") &&
           (field == QLatin1String("name") || field == QLatin1String("signed_by"));
}

// One text form for a logged value and a stored one: null and empty are the same (the log
// leaves out a field that is empty on both sides), numbers without a fraction as integers,
// flags as 0/1.
QString normalized(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = qint64(d);
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString normalized(const QVariant &v)
{
    if (v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::Double: {
        const double d = v.toDouble();
        const qint64 i = qint64(d);
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 17);
    }
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        return v.toString();
    }
}

// A value as kept while the log is replayed: short text as it is, longer text as its first
// characters and a digest of the whole, so that a file of 100,000 cases is replayed in bounded
// memory per record.
constexpr int KeptChars = 40;
const char DigestMark = '\x01';

QByteArray kept(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (utf8.size() <= 2 * KeptChars)
        return utf8;
    QByteArray k = value.left(KeptChars).toUtf8();
    k += DigestMark;
    k += QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).left(16);
    return k;
}

// For a message: the value kept, with "..." where it was cut.
QString shown(const QByteArray &k)
{
    const qsizetype mark = k.indexOf(DigestMark);
    return mark < 0 ? QString::fromUtf8(k)
                    : QString::fromUtf8(k.left(mark)) + QStringLiteral("...");
}

// The field names met in the log, numbered.
class FieldNames
{
public:
    quint16 id(const QString &name)
    {
        auto it = m_ids.constFind(name);
        if (it == m_ids.cend())
            it = m_ids.insert(name, quint16(m_ids.size()));
        return *it;
    }
    // 0xffff for a name the log never used.
    quint16 find(const QString &name) const { return m_ids.value(name, 0xffff); }

private:
    QHash<QString, quint16> m_ids;
};

// A record's last logged fields in one block, [id: 2 bytes][length: 4 bytes][value], so that
// 100,000 cases are replayed in little memory.
class Fields
{
public:
    void set(quint16 id, const QByteArray &value)
    {
        qsizetype at = 0, length = 0;
        QByteArray entry(6, Qt::Uninitialized);
        qToLittleEndian(id, entry.data());
        qToLittleEndian(quint32(value.size()), entry.data() + 2);
        entry += value;
        if (locate(id, &at, &length))
            m_packed.replace(at - 6, length + 6, entry);
        else
            m_packed += entry;
    }
    bool contains(quint16 id) const
    {
        qsizetype at = 0, length = 0;
        return locate(id, &at, &length);
    }
    QByteArray value(quint16 id) const
    {
        qsizetype at = 0, length = 0;
        return locate(id, &at, &length) ? m_packed.mid(at, length) : QByteArray();
    }
    void clear() { m_packed.clear(); }

private:
    // The value's offset and length.
    bool locate(quint16 id, qsizetype *at, qsizetype *length) const
    {
        qsizetype pos = 0;
        while (pos + 6 <= m_packed.size()) {
            const quint16 field = qFromLittleEndian<quint16>(m_packed.constData() + pos);
            const qsizetype size = qFromLittleEndian<quint32>(m_packed.constData() + pos + 2);
            if (field == id) {
                *at = pos + 6;
                *length = size;
                return true;
            }
            pos += 6 + size;
        }
        return false;
    }

    QByteArray m_packed;
};

struct Logged
{
    Fields fields;
    QString caseUuid;
    bool exists = false;
    bool seen = false;
};
using Replay = QHash<QString, QHash<QString, Logged>>; // table → uuid → last logged state

QString shortValue(const QString &s)
{
    return s.size() > 80 ? s.left(77) + QStringLiteral("...") : s;
}

// The columns of a table, with their default values as text (a literal's quotes removed).
QList<std::pair<QString, QString>> columnsOf(Database &db, const QString &table)
{
    QList<std::pair<QString, QString>> columns;
    QSqlQuery q(db.sql());
    if (q.exec(db.dialect().columnsQuery(table))) {
        while (q.next()) {
            QString dflt = q.value(4).toString();
            if (dflt.size() >= 2 && dflt.startsWith(QLatin1Char('\'')) &&
                dflt.endsWith(QLatin1Char('\'')))
                dflt =
                    dflt.mid(1, dflt.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
            columns.append({q.value(1).toString(), dflt});
        }
    }
    return columns;
}

struct SchemaObject
{
    QString type, name, sql;
};

QHash<QString, SchemaObject> schemaObjects(QSqlDatabase db, const SqlDialect &dialect)
{
    QHash<QString, SchemaObject> objects;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(dialect.schemaObjectsQuery()))
        return objects;
    while (q.next()) {
        const QString name = q.value(1).toString();
        // SQLite's own (sqlite_autoindex_*, sqlite_stat1, sqlite_sequence): no one else may
        // create a name starting with sqlite_.
        if (name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
            continue;
        objects.insert(name.toLower(),
                       SchemaObject{q.value(0).toString(), name, q.value(2).toString()});
    }
    return objects;
}

// What the migrations up to `version` create on a server, by kind and name: the tables and
// indexes the steps name, and what the dialect's prelude makes.
QHash<QString, SchemaObject> serverSchema(int version)
{
    const SqlDialect &dialect = SqlDialect::postgresql();
    QStringList statements = dialect.prelude();
    const QList<QStringList> steps = Schema::steps(dialect);
    for (int i = 0; i < version && i < steps.size(); ++i) {
        for (const QString &sql : steps.at(i))
            statements << dialect.schema(sql).split(QStringLiteral("; "));
    }
    static const QRegularExpression created(QStringLiteral(
        "^CREATE (?:UNIQUE )?(TABLE|INDEX|(?:OR REPLACE )?FUNCTION|TRIGGER) (\\w+)"));
    // A policy is named after its table: "cases.netra_scope".
    static const QRegularExpression policy(QStringLiteral("^CREATE POLICY (\\w+) ON (\\w+)"));
    // A later step that drops or renames what an earlier one made (data version 13 builds
    // settings and sequences anew under a new name, then gives them the old one).
    static const QRegularExpression dropped(QStringLiteral(
        "^DROP (?:TABLE|INDEX|FUNCTION|TRIGGER) (\\w+)|^DROP POLICY (\\w+) ON (\\w+)"));
    static const QRegularExpression renamed(QStringLiteral("^ALTER TABLE (\\w+) RENAME TO (\\w+)"));
    QHash<QString, SchemaObject> objects;
    for (const QString &sql : std::as_const(statements)) {
        const QRegularExpressionMatch d = dropped.match(sql.trimmed());
        if (d.hasMatch()) {
            objects.remove((d.captured(1).isEmpty()
                                ? d.captured(3) + QLatin1Char('.') + d.captured(2)
                                : d.captured(1))
                               .toLower());
            continue;
        }
        const QRegularExpressionMatch r = renamed.match(sql.trimmed());
        if (r.hasMatch()) {
            objects.remove(r.captured(1).toLower());
            objects.insert(r.captured(2).toLower(),
                           SchemaObject{QStringLiteral("table"), r.captured(2), QString()});
            continue;
        }
        const QRegularExpressionMatch p = policy.match(sql.trimmed());
        if (p.hasMatch()) {
            const QString name = p.captured(2) + QLatin1Char('.') + p.captured(1);
            objects.insert(name.toLower(), SchemaObject{QStringLiteral("policy"), name, QString()});
            continue;
        }
        const QRegularExpressionMatch m = created.match(sql.trimmed());
        if (!m.hasMatch())
            continue;
        const QString kind = m.captured(1).section(QLatin1Char(' '), -1).toLower();
        objects.insert(m.captured(2).toLower(), SchemaObject{kind, m.captured(2), QString()});
    }
    return objects;
}

// What the migrations up to `version` create, in a database of its own in memory.
QHash<QString, SchemaObject> netraSchema(int version)
{
    const QString connection =
        QStringLiteral("netra-schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QHash<QString, SchemaObject> objects;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            const QList<QStringList> steps = Schema::steps();
            for (int i = 0; i < version && i < steps.size(); ++i) {
                for (const QString &sql : steps.at(i)) {
                    QSqlQuery q(db);
                    q.exec(sql);
                }
            }
            objects = schemaObjects(db, SqlDialect::sqlite());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return objects;
}

} // namespace

const QHash<QString, QStringList> &TrailCheck::excludedFields()
{
    // Written without a log entry by design: derived, bookkeeping, or counted elsewhere.
    static const QHash<QString, QStringList> excluded{
        // The hash itself (compared as password_sha256), and the sign-in counters.
        {QStringLiteral("users"),
         {QStringLiteral("password_hash"), QStringLiteral("failed_attempts"),
          QStringLiteral("last_failed_at"), QStringLiteral("last_login_at")}},
        // The next deadline, computed from the case on every write and when the holiday
        // calendar changes; the key of the CSV register row a case came from.
        {QStringLiteral("cases"),
         {QStringLiteral("next_deadline"), QStringLiteral("next_due"),
          QStringLiteral("import_key")}},
        // The bytes (compared with the logged SHA-256 through the attachment's own sha256),
        // and the type, time added and case, which the log does not hold.
        {QStringLiteral("attachments"),
         {QStringLiteral("data"), QStringLiteral("mime"), QStringLiteral("added_at"),
          QStringLiteral("case_id")}},
        // A prevention activity's files, as a case's.
        {QStringLiteral("activity_attachments"),
         {QStringLiteral("data"), QStringLiteral("mime"), QStringLiteral("added_at"),
          QStringLiteral("activity_id")}},
        // A lead's evidence, as a case's.
        {QStringLiteral("lead_attachments"),
         {QStringLiteral("data"), QStringLiteral("mime"), QStringLiteral("added_at"),
          QStringLiteral("lead_id")}},
        // A lead's informant, logged as its digest (informant_sha256), never in clear.
        {QStringLiteral("leads"),
         {QStringLiteral("informant_name"), QStringLiteral("informant_contact")}},
    };
    return excluded;
}

QString TrailCheck::Difference::kindCode() const
{
    // In the order of Kind.
    static const char *const codes[] = {"changed",
                                        "not_logged",
                                        "missing",
                                        "deleted_but_present",
                                        "foreign_schema_object",
                                        "altered_schema_object",
                                        "missing_schema_object"};
    return QString::fromLatin1(codes[int(kind)]);
}

QString TrailCheck::Difference::message() const
{
    QString record = uuid;
    if (!login.isEmpty())
        record = tr("%1 (user %2)").arg(uuid, login);
    else if (!caseNumber.isEmpty())
        record = tr("%1 (case %2)").arg(uuid, caseNumber);
    switch (kind) {
    case Kind::Changed:
        if (withheld)
            return tr("Table %1, record %2: the field %3 differs from its last value in the "
                      "change log; it was changed outside Netra.")
                .arg(table, record, field);
        return tr("Table %1, record %2: the field %3 is \"%4\" but the change log last gave it "
                  "\"%5\"; it was changed outside Netra.")
            .arg(table, record, field, shortValue(current), shortValue(logged));
    case Kind::Unlogged:
        return tr("Table %1, record %2 is not in the change log; it was added outside Netra.")
            .arg(table, record);
    case Kind::Missing:
        return tr("Table %1, record %2 is in the change log but no longer in the file; it was "
                  "removed outside Netra.")
            .arg(table, record);
    case Kind::DeletedPresent:
        return tr("Table %1, record %2 is in the file although the change log records its "
                  "removal.")
            .arg(table, record);
    case Kind::ForeignObject:
        return tr("The %1 \"%2\" is not part of Netra's schema; it was added outside Netra.")
            .arg(table, uuid);
    case Kind::AlteredObject:
        return tr("The %1 \"%2\" differs from Netra's schema; it was changed outside Netra.")
            .arg(table, uuid);
    case Kind::MissingObject:
        return tr("The %1 \"%2\" of Netra's schema is missing.").arg(table, uuid);
    }
    return {};
}

QJsonObject TrailCheck::Difference::toJson() const
{
    const bool object =
        kind == Kind::ForeignObject || kind == Kind::AlteredObject || kind == Kind::MissingObject;
    QJsonObject o{{QStringLiteral("kind"), kindCode()}, {QStringLiteral("message"), message()}};
    if (object) {
        o.insert(QStringLiteral("type"), table);
        o.insert(QStringLiteral("name"), uuid);
        return o;
    }
    o.insert(QStringLiteral("table"), table);
    o.insert(QStringLiteral("uuid"), uuid);
    if (!caseNumber.isEmpty())
        o.insert(QStringLiteral("case_number"), caseNumber);
    if (!login.isEmpty())
        o.insert(QStringLiteral("login"), login);
    if (kind == Kind::Changed) {
        o.insert(QStringLiteral("field"), field);
        if (!withheld) {
            o.insert(QStringLiteral("logged"), logged);
            o.insert(QStringLiteral("current"), current);
        }
    }
    return o;
}

QStringList TrailCheck::Result::notes() const
{
    QStringList out;
    if (!usersWithoutPasswordDigest.isEmpty())
        out << tr("Not yet covered by the change log: the password of %1, set before Netra logged "
                  "a password's digest; covered from its next change.")
                   .arg(usersWithoutPasswordDigest.join(QLatin1String(", ")));
    if (attendeesWithoutMinutesDigest > 0)
        out << tr("Not yet covered by the change log: the minutes lines of %n person(s) heard, "
                  "saved before Netra logged their digest; covered from their next save.",
                  nullptr, int(attendeesWithoutMinutesDigest));
    return out;
}

QJsonObject TrailCheck::Result::toJson() const
{
    QJsonArray records, objects;
    for (const Difference &d : differences) {
        const bool object = d.kind == Difference::Kind::ForeignObject ||
                            d.kind == Difference::Kind::AlteredObject ||
                            d.kind == Difference::Kind::MissingObject;
        (object ? objects : records).append(d.toJson());
    }
    return {{QStringLiteral("ok"), ok()},
            {QStringLiteral("entries_replayed"), entriesReplayed},
            {QStringLiteral("records_checked"), recordsChecked},
            {QStringLiteral("differences"), records},
            {QStringLiteral("schema_objects"), objects},
            {QStringLiteral("users_without_password_digest"),
             QJsonArray::fromStringList(usersWithoutPasswordDigest)},
            {QStringLiteral("attendees_without_minutes_digest"), attendeesWithoutMinutesDigest},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes())}};
}

namespace {

using Difference = TrailCheck::Difference;

// What the check knows while it reads the tables.
struct Scan
{
    Replay replay;
    FieldNames names;
    QHash<QString, QString> numberOfCase;     // case uuid -> its number, for the messages
    QHash<QString, QStringList> clerksOfCase; // case uuid -> the logins of its clerks
    QHash<qint64, QString> minutesOf;         // attendee id -> the digest of its minutes
    QHash<QString, QSet<qint64>> idsOf;       // parent tables: the ids present
    TrailCheck::Result *result = nullptr;
};

// 1. The log, replayed once in id order.
void replayLog(Database &db, Scan &s)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT record_table, record_uuid, case_uuid, action, changes"
                          " FROM change_log ORDER BY id"));
    while (q.next()) {
        ++s.result->entriesReplayed;
        const QString table = q.value(0).toString();
        // Minutes lines are covered by their person's digest (HearingRepository), whatever
        // a package logged for them one by one.
        if (table == QLatin1String("minutes_entries"))
            continue;
        const QString action = q.value(3).toString();
        if (action == QLatin1String("reveal"))
            continue;
        Logged &rec = s.replay[table][q.value(1).toString()];
        rec.caseUuid = q.value(2).toString();
        if (action == QLatin1String("delete")) {
            rec.exists = false;
            rec.fields.clear();
            continue;
        }
        rec.exists = true;
        const QJsonObject changes =
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonArray pair = it.value().toArray();
            rec.fields.set(s.names.id(it.key()),
                           kept(normalized(pair.size() == 2 ? pair.at(1) : QJsonValue())));
        }
    }
}

// The case numbers, for the messages; the clerks of each case.
void readCases(Database &db, Scan &s)
{
    QHash<qint64, QString> caseUuidById;
    {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, uuid, %1 FROM cases")
                   .arg(QLatin1String(Schema::CaseNumberShown)));
        while (q.next()) {
            caseUuidById.insert(q.value(0).toLongLong(), q.value(1).toString());
            s.numberOfCase.insert(q.value(1).toString(), q.value(2).toString());
        }
    }
    {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT a.case_id, u.login FROM case_assignments a"
                              " LEFT JOIN users u ON u.id = a.user_id"));
        while (q.next())
            s.clerksOfCase[caseUuidById.value(q.value(0).toLongLong())] << q.value(1).toString();
    }
}

// The digest of each person's minutes lines as they stand.
void readMinutes(Database &db, Scan &s)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT attendee_id, question, answer FROM minutes_entries"
                          " ORDER BY attendee_id, position, id"));
    qint64 current = -1;
    QStringList parts;
    auto flush = [&] {
        if (current >= 0)
            s.minutesOf.insert(current, RecordWriter::digest(parts));
        parts.clear();
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current) {
            flush();
            current = id;
        }
        parts << q.value(1).toString() << q.value(2).toString();
    }
    flush();
}

// How a table's records are read: the fields compared with nothing, the columns' defaults and
// where the id and uuid stand.
struct Columns
{
    QStringList excluded;
    QHash<QString, QString> defaults;
    int idAt = -1;
    int uuidAt = -1;
};

// One field of a record against its last logged value.
void compareField(Scan &s, const Difference &base, const Logged &logged, const QString &field,
                  const QString &now)
{
    const QByteArray last = logged.fields.value(s.names.find(field));
    if (last == kept(now))
        return;
    Difference d = base;
    d.kind = Difference::Kind::Changed;
    d.field = field;
    d.withheld = withheldField(base.table, field);
    if (!d.withheld) {
        d.logged = shown(last);
        d.current = now;
    }
    s.result->differences << d;
}

// The fields of one record of a covered table, read by `q`, against the log.
void checkFields(Scan &s, const QSqlQuery &q, const QSqlRecord &rec, const Columns &cols, qint64 id,
                 const Logged &logged, const Difference &base)
{
    for (int i = 0; i < rec.count(); ++i) {
        const QString field = rec.fieldName(i);
        if (i == cols.idAt || i == cols.uuidAt || field == QLatin1String("updated_at") ||
            cols.excluded.contains(field))
            continue;
        const QString now = normalized(q.value(i));
        // A field the log never mentions was empty when the record was written, or did
        // not exist yet: a column added by a later data version holds its default.
        if (!logged.fields.contains(s.names.find(field)) && now == cols.defaults.value(field))
            continue;
        // A person heard whose person record was removed: ON DELETE SET NULL.
        if (base.table == QLatin1String("hearing_attendees") &&
            field == QLatin1String("party_id") && now.isEmpty() &&
            !s.idsOf.value(QStringLiteral("parties"))
                 .contains(logged.fields.value(s.names.find(field)).toLongLong()))
            continue;
        compareField(s, base, logged, field, now);
    }
    if (base.table == QLatin1String("users")) {
        if (logged.fields.contains(s.names.find(PasswordDigest)))
            compareField(s, base, logged, PasswordDigest,
                         RecordWriter::digest(
                             {q.value(rec.indexOf(QStringLiteral("password_hash"))).toString()}));
        else
            s.result->usersWithoutPasswordDigest << base.login;
    } else if (base.table == QLatin1String("hearing_attendees")) {
        const QString now = s.minutesOf.value(id);
        if (logged.fields.contains(s.names.find(MinutesDigest)))
            compareField(s, base, logged, MinutesDigest, now);
        else if (!now.isEmpty())
            ++s.result->attendeesWithoutMinutesDigest;
    } else if (base.table == QLatin1String("cases")) {
        QStringList clerks = s.clerksOfCase.value(base.uuid);
        clerks.sort();
        const QString now = clerks.join(QLatin1String(", "));
        const QByteArray last = s.replay.value(QStringLiteral("case_assignments"))
                                    .value(base.uuid)
                                    .fields.value(s.names.find(Clerks));
        if (last != kept(now)) {
            Difference d = base;
            d.kind = Difference::Kind::Changed;
            d.table = QStringLiteral("case_assignments");
            d.field = Clerks;
            d.logged = shown(last);
            d.current = now;
            s.result->differences << d;
        }
    }
}

// The logged records of `c` that are gone, unless their parent went with them.
void reportMissing(Scan &s, const Covered &c, const QString &table,
                   const QHash<QString, Logged> &logged)
{
    for (auto it = logged.cbegin(); it != logged.cend(); ++it) {
        if (!it->exists || it->seen)
            continue;
        if (c.parent) {
            const QByteArray parentId = it->fields.value(s.names.find(QLatin1String(c.parent)));
            if (!parentId.isEmpty() &&
                !s.idsOf.value(QLatin1String(c.parentTable)).contains(parentId.toLongLong()))
                continue;
        }
        Difference d;
        d.kind = Difference::Kind::Missing;
        d.table = table;
        d.uuid = it.key();
        if (table == QLatin1String("users"))
            d.login = shown(it->fields.value(s.names.find(QStringLiteral("login"))));
        else
            d.caseNumber = s.numberOfCase.value(it->caseUuid);
        s.result->differences << d;
    }
}

// 2. Each record of a covered table, read once.
void checkTable(Database &db, const Covered &c, Scan &s)
{
    const QString table = QLatin1String(c.table);
    QHash<QString, Logged> &logged = s.replay[table];
    Columns cols;
    cols.excluded = TrailCheck::excludedFields().value(table);
    QStringList columns;
    for (const auto &[col, dflt] : columnsOf(db, table)) {
        if (col == QLatin1String("data"))
            continue; // never read: an attachment's bytes
        columns << col;
        cols.defaults.insert(col, dflt);
    }
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(", ")), table)))
        return;
    const QSqlRecord rec = q.record();
    cols.idAt = rec.indexOf(QStringLiteral("id"));
    cols.uuidAt = rec.indexOf(QStringLiteral("uuid"));
    QSet<qint64> &ids = s.idsOf[table];
    while (q.next()) {
        ++s.result->recordsChecked;
        const qint64 id = q.value(cols.idAt).toLongLong();
        ids.insert(id);
        const QString uuid = q.value(cols.uuidAt).toString();
        Difference base;
        base.table = table;
        base.uuid = uuid;
        auto it = logged.find(uuid);
        if (table == QLatin1String("users"))
            base.login = q.value(rec.indexOf(QStringLiteral("login"))).toString();
        else if (table == QLatin1String("cases"))
            base.caseNumber = s.numberOfCase.value(uuid);
        else if (it != logged.end())
            base.caseNumber = s.numberOfCase.value(it->caseUuid);
        if (it == logged.end()) {
            base.kind = Difference::Kind::Unlogged;
            s.result->differences << base;
            continue;
        }
        it->seen = true;
        if (!it->exists) {
            base.kind = Difference::Kind::DeletedPresent;
            s.result->differences << base;
            continue;
        }
        checkFields(s, q, rec, cols, id, *it, base);
    }
    q.finish();
    reportMissing(s, c, table, logged);
}

// 3. The schema objects, against what the migrations create.
void checkSchema(Database &db, TrailCheck::Result *r)
{
    const QHash<QString, SchemaObject> expected =
        db.isServer() ? serverSchema(db.schemaVersion()) : netraSchema(db.schemaVersion());
    const QHash<QString, SchemaObject> present = schemaObjects(db.sql(), db.dialect());
    QList<Difference> objects;
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        Difference d;
        d.table = it->type;
        d.uuid = it->name;
        const auto want = expected.constFind(it.key());
        if (want == expected.cend())
            d.kind = Difference::Kind::ForeignObject;
        else if (want->type != it->type || want->sql != it->sql)
            d.kind = Difference::Kind::AlteredObject;
        else
            continue;
        objects << d;
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (present.contains(it.key()))
            continue;
        Difference d;
        d.kind = Difference::Kind::MissingObject;
        d.table = it->type;
        d.uuid = it->name;
        objects << d;
    }
    std::sort(objects.begin(), objects.end(),
              [](const Difference &a, const Difference &b) { return a.uuid < b.uuid; });
    r->differences << objects;
}

} // namespace

TrailCheck::Result TrailCheck::run(Database &db)
{
    Result r;
    Scan s;
    s.result = &r;
    replayLog(db, s);
    readCases(db, s);
    readMinutes(db, s);
    for (const Covered &c : coveredTables)
        checkTable(db, c, s);
    checkSchema(db, &r);
    r.usersWithoutPasswordDigest.sort();
    return r;
}

std::optional<ChangeLogChain::Head> TrailCheck::head(Database &db)
{
    return ChangeLogChain::readHead(db);
}

QString TrailCheck::Lineage::message() const
{
    if (unverifiable)
        return tr("The identities of this file were encrypted on %2 by %3, which sealed them in "
                  "its change log and so changed its entries; the %1 is older than that and "
                  "carries only the head of its log, so history before cannot be compared with "
                  "it. Compare with a backup made before that day.")
            .arg(otherLabel, resealedAt, resealedBy);
    if (resealed && ok)
        return tr("The change log continues the one in the %1: its %2 entries are unchanged but "
                  "for the identities sealed when they were encrypted on %3 by %4; %n entries "
                  "since.",
                  nullptr, int(fileCount - otherCount))
            .arg(otherLabel, QString::number(otherCount), resealedAt, resealedBy);
    if (!otherHasHead)
        return tr("The %1 carries no head of the change log (it was made by an earlier version "
                  "of Netra); history cannot be compared.")
            .arg(otherLabel);
    if (ok) {
        if (fileCount == otherCount)
            return tr("The change log is the same as in the %1 (%n entries).", nullptr,
                      int(otherCount))
                .arg(otherLabel);
        return tr("The change log continues the one in the %1: its %2 entries are unchanged, "
                  "%n entries since.",
                  nullptr, int(fileCount - otherCount))
            .arg(otherLabel, QString::number(otherCount));
    }
    if (fileEntryId == 0)
        return tr("History was rewritten: the %1's change log has %2 entries, this file's only "
                  "%3; entries from position %4 on are gone.")
            .arg(otherLabel, QString::number(otherCount), QString::number(fileCount),
                 QString::number(divergedAt));
    if (!exact)
        return tr("History was rewritten: this file's change log differs from the %1's at or "
                  "before position %2, the %1's last entry (this file's entry %3, %4, by %5).")
            .arg(otherLabel, QString::number(divergedAt), QString::number(fileEntryId), fileEntryAt,
                 fileEntryActor.isEmpty() ? QStringLiteral("?") : fileEntryActor);
    return tr("History was rewritten: the change log differs from the %1's from position %2 "
              "on (this file's entry %3, %4, by %5).")
        .arg(otherLabel, QString::number(divergedAt), QString::number(fileEntryId), fileEntryAt,
             fileEntryActor.isEmpty() ? QStringLiteral("?") : fileEntryActor);
}

QJsonObject TrailCheck::Lineage::toJson() const
{
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("other_has_head"), otherHasHead},
                  {QStringLiteral("other_entries"), otherCount},
                  {QStringLiteral("file_entries"), fileCount},
                  {QStringLiteral("message"), message()}};
    if (resealed) {
        o.insert(QStringLiteral("identities_encrypted_at"), resealedAt);
        o.insert(QStringLiteral("identities_encrypted_by"), resealedBy);
        o.insert(QStringLiteral("unverifiable"), unverifiable);
    }
    if (ok)
        o.insert(QStringLiteral("entries_since"), fileCount - otherCount);
    else if (otherHasHead) {
        o.insert(QStringLiteral("diverged_at"), divergedAt);
        o.insert(QStringLiteral("file_entry_id"), fileEntryId);
    }
    return o;
}

namespace {

using Lineage = TrailCheck::Lineage;

// The first encryption of the identities in the file's log: the head before it
// (`oldCount` -1 when there is none), and when and by whom.
void findResealing(Database &file, Lineage *l, qint64 *oldCount, QString *oldHash)
{
    QSqlQuery q(file.sql());
    q.prepare(QStringLiteral("SELECT at, actor, changes FROM change_log WHERE record_table = ?"
                             " AND action = ? ORDER BY id LIMIT 1"));
    q.addBindValue(KeyStore::conversionTable());
    q.addBindValue(KeyStore::conversionAction());
    if (q.exec() && q.next()) {
        const QJsonObject c = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        const QStringList head =
            c.value(QStringLiteral("old_head")).toString().split(QLatin1Char(' '));
        *oldCount = head.value(0).toLongLong();
        *oldHash = head.value(1);
        l->resealedAt = q.value(0).toString();
        l->resealedBy = q.value(1).toString();
    }
}

// The file's entry `id`, where the logs part.
void fileEntry(Database &file, qint64 id, Lineage *l)
{
    QSqlQuery q(file.sql());
    q.prepare(QStringLiteral("SELECT at, actor FROM change_log WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        l->fileEntryId = id;
        l->fileEntryAt = q.value(0).toString();
        l->fileEntryActor = q.value(1).toString();
    }
}

// Entry by entry, each field as it was but the identities, which are sealed now: where the
// file's log first differs from `other`'s, else ok.
void compareResealed(Database &file, Database &other, Lineage *l)
{
    auto masked = [](const QString &table, const QString &changes) {
        QJsonObject o = QJsonDocument::fromJson(changes.toUtf8()).object();
        for (const QString &f : Identity::fields(table)) {
            if (o.contains(f))
                o.insert(f, QStringLiteral("*"));
        }
        return o;
    };
    const QString columns =
        QStringLiteral("SELECT id, at, actor, record_table, record_uuid, case_uuid, action,"
                       " changes FROM change_log ORDER BY id");
    QSqlQuery a(file.sql()), b(other.sql());
    a.setForwardOnly(true);
    b.setForwardOnly(true);
    a.exec(columns);
    b.exec(columns);
    for (qint64 position = 1; position <= l->otherCount; ++position) {
        if (!b.next())
            break;
        bool same = a.next();
        for (int i = 1; same && i < 7; ++i)
            same = a.value(i).toString() == b.value(i).toString();
        same = same && masked(a.value(3).toString(), a.value(7).toString()) ==
                           masked(b.value(3).toString(), b.value(7).toString());
        if (!same) {
            l->divergedAt = position;
            const qint64 id = a.isValid() ? a.value(0).toLongLong() : 0;
            a.finish();
            if (id)
                fileEntry(file, id, l);
            return;
        }
    }
    l->ok = true;
}

// Entry by entry: each hash stands for every entry before it, so the first hash that differs is
// where history was rewritten. True when it was.
bool compareHashes(Database &file, Database &other, Lineage *l)
{
    QSqlQuery a(file.sql()), b(other.sql());
    a.setForwardOnly(true);
    b.setForwardOnly(true);
    a.exec(QStringLiteral("SELECT id, hash FROM change_log ORDER BY id"));
    b.exec(QStringLiteral("SELECT hash FROM change_log ORDER BY id"));
    qint64 position = 0;
    while (position < l->otherCount) {
        const bool fileHas = a.next();
        const bool otherHas = b.next();
        ++position;
        if (!otherHas)
            break; // the other's own log is short of its head: compared as far as it goes
        if (!fileHas) {
            l->divergedAt = position;
            return true;
        }
        if (a.value(1).toString() != b.value(0).toString()) {
            l->divergedAt = position;
            const qint64 id = a.value(0).toLongLong();
            a.finish();
            fileEntry(file, id, l);
            return true;
        }
    }
    a.finish();
    b.finish();
    return false;
}

} // namespace

TrailCheck::Lineage TrailCheck::compare(Database &file,
                                        const std::optional<ChangeLogChain::Head> &otherHead,
                                        Database *other, const QString &otherLabel)
{
    Lineage l;
    l.otherLabel = otherLabel;
    {
        QSqlQuery q(file.sql());
        l.fileCount = q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next()
                          ? q.value(0).toLongLong()
                          : 0;
    }
    if (!otherHead) {
        l.otherHasHead = false;
        return l;
    }
    l.otherCount = otherHead->count;

    // The identities encrypted since the other was made: the entries before were re-sealed.
    qint64 oldCount = -1;
    QString oldHash;
    findResealing(file, &l, &oldCount, &oldHash);

    if (oldCount >= 0 && l.otherCount <= oldCount) {
        l.resealed = true;
        if (l.otherCount == oldCount && otherHead->lastHash == oldHash) {
            l.ok = true;
            return l;
        }
        if (!other) {
            l.unverifiable = true;
            return l;
        }
        // Entry by entry, each field as it was but the identities, which are sealed now.
        l.exact = true;
        compareResealed(file, *other, &l);
        return l;
    }

    if (other) {
        l.exact = true;
        if (compareHashes(file, *other, &l))
            return l;
    }
    if (l.otherCount == 0) {
        l.ok = true;
        return l;
    }
    // The entry at the other's head position must carry the other's last hash.
    QSqlQuery q(file.sql());
    q.prepare(QStringLiteral("SELECT id, hash FROM change_log ORDER BY id LIMIT 1 OFFSET ?"));
    q.addBindValue(l.otherCount - 1);
    if (!q.exec() || !q.next()) {
        l.divergedAt = l.fileCount + 1;
        return l;
    }
    if (q.value(1).toString() == otherHead->lastHash) {
        l.ok = true;
        return l;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    l.divergedAt = l.otherCount;
    fileEntry(file, id, &l);
    return l;
}
