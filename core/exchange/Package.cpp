#include "Package.h"

#include "crypto/Sha256.h"
#include "domain/CaseValidator.h"
#include "domain/Codes.h"
#include "domain/Identity.h"
#include "domain/Regions.h"
#include "store/InputFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Package {

namespace {

const QByteArray Magic = QByteArrayLiteral("NETRAPKG ");
const QString FormatName = QStringLiteral("netra-package");

QString tr(const char *text)
{
    return Messages::tr(text);
}

Column text(const char *name)
{
    return {QString::fromLatin1(name), Type::Text, {}, false};
}

Column required(const char *name)
{
    return {QString::fromLatin1(name), Type::Text, {}, true};
}

Column code(const char *name, Codes::Kind kind, bool required)
{
    return {QString::fromLatin1(name), Type::Text, Codes::all(kind), required};
}

Column oneOf(const char *name, const QStringList &values)
{
    return {QString::fromLatin1(name), Type::Text, values, false};
}

Column typed(const char *name, Type type)
{
    return {QString::fromLatin1(name), type, {}, false};
}

QList<Table> makeTables()
{
    const QString caseUuid = QStringLiteral("case_uuid");
    const QString cases = QStringLiteral("cases");
    QList<Table> t;
    t << Table{cases,
               QStringLiteral("cases"),
               {},
               {},
               {code("source", Codes::Kind::Source, true),
                code("election", Codes::Kind::Election, true),
                required("profile"),
                required("regency_code"),
                text("district_code"),
                code("status", Codes::Kind::Status, true),
                text("receipt_number"),
                text("registration_number"),
                typed("event_date", Type::Date),
                typed("known_date", Type::Date),
                typed("received_date", Type::RequiredDate),
                typed("registered_date", Type::Date),
                typed("decided_date", Type::Date),
                text("event_place"),
                text("reporter_name"),
                text("reporter_address"),
                text("reporter_contact"),
                typed("reporter_confidential", Type::Bool),
                code("violation_category", Codes::Kind::ViolationCategory, false),
                text("description"),
                text("decision_reason"),
                text("forwarded_to"),
                text("forwarding_letter_number"),
                typed("forwarding_letter_date", Type::Date),
                typed("extension_days", Type::Int),
                text("extension_reason"),
                text("review"),
                text("analysis_facts"),
                text("analysis_elements"),
                text("analysis_conclusion")}};
    t << Table{QStringLiteral("parties"),
               QStringLiteral("parties"),
               caseUuid,
               cases,
               {typed("position", Type::Int), code("role", Codes::Kind::PartyRole, true),
                required("name"), text("nip"), text("position_title"),
                code("position_category", Codes::Kind::PositionCategory, false), text("agency"),
                text("address"), text("contact")}};
    t << Table{QStringLiteral("attachments"),
               QStringLiteral("attachments"),
               caseUuid,
               cases,
               {required("name"), text("mime"), typed("size", Type::Int), required("sha256"),
                typed("added_at", Type::RequiredTime)}};
    t << Table{QStringLiteral("hearings"),
               QStringLiteral("hearings"),
               caseUuid,
               cases,
               {typed("scheduled_at", Type::RequiredTime), text("place"),
                typed("online", Type::Bool), text("platform"), text("online_reason"),
                text("examiners"), text("assignment_letter")}};
    QStringList roles = Codes::all(Codes::Kind::PartyRole);
    roles.prepend(Codes::Role::Reporter);
    t << Table{QStringLiteral("hearing_attendees"),
               QStringLiteral("attendees"),
               QStringLiteral("hearing_uuid"),
               QStringLiteral("hearings"),
               {{QStringLiteral("role"), Type::Text, roles, true},
                required("name"),
                typed("invited_on", Type::Date),
                typed("second_invited_on", Type::Date),
                oneOf("delivery", {QStringLiteral("langsung"), QStringLiteral("sistem"),
                                   QStringLiteral("telepon")}),
                oneOf("attendance", {Codes::Attendance::Present, Codes::Attendance::Absent,
                                     Codes::Attendance::Represented}),
                oneOf("oath", {Codes::Oath::Sworn, Codes::Oath::Refused}),
                typed("invitation", Type::Int),
                typed("delivered_on", Type::Date),
                typed("delivery_confirmed", Type::Bool),
                text("counsel"),
                text("birth_place"),
                typed("birth_date", Type::Date),
                text("occupation"),
                text("religion"),
                text("nationality"),
                text("address"),
                typed("signed_at", Type::Time),
                text("signed_by"),
                text("sign_refusal")}};
    t << Table{QStringLiteral("minutes_entries"),
               QStringLiteral("minutes"),
               QStringLiteral("attendee_uuid"),
               QStringLiteral("hearing_attendees"),
               {typed("position", Type::Int), text("question"), text("answer")}};
    t << Table{QStringLiteral("minutes_addenda"),
               QStringLiteral("addenda"),
               QStringLiteral("attendee_uuid"),
               QStringLiteral("hearing_attendees"),
               {typed("added_at", Type::RequiredTime), text("text")}};
    t << Table{QStringLiteral("followups"),
               QStringLiteral("followups"),
               QStringLiteral("party_uuid"),
               QStringLiteral("parties"),
               {text("authority"), typed("forwarded_date", Type::Date),
                text("recommendation_number"), typed("recommendation_date", Type::Date),
                code("sanction_recommended", Codes::Kind::Sanction, false), text("ppk_name"),
                text("ppk_office"), typed("response_due", Type::Date), text("ppk_decision_number"),
                typed("ppk_decision_date", Type::Date),
                code("sanction_imposed", Codes::Kind::Sanction, false)}};
    // Prevention activities stand on their own, as cases do (their files are not carried).
    t << Table{QStringLiteral("activities"),
               QStringLiteral("activities"),
               {},
               {},
               {code("kind", Codes::Kind::ActivityKind, true), typed("held_on", Type::RequiredDate),
                required("regency_code"), text("title"), text("place"), typed("online", Type::Bool),
                text("platform"), text("agencies"), text("positions"),
                typed("participants", Type::Int), text("notes"),
                code("addressee_kind", Codes::Kind::AppealAddressee, false), text("addressee")},
               true};
    // Supervision leads stand on their own too (their tracing notes, files and informant stay
    // in the office's file); a lead turned into a finding names its case by uuid.
    t << Table{QStringLiteral("leads"),
               QStringLiteral("leads"),
               {},
               {},
               {typed("received_on", Type::RequiredDate),
                code("source_kind", Codes::Kind::LeadSource, true), text("source_detail"),
                required("regency_code"), text("persons"), text("agency"), text("description"),
                typed("informant_confidential", Type::Bool),
                code("status", Codes::Kind::LeadStatus, true), typed("closed_on", Type::Date),
                text("close_reason"), typed("found_on", Type::Date), text("case_uuid")},
               true};
    return t;
}

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonValue(v.toLongLong());
    default:
        return QJsonValue(v.toString());
    }
}

// 8-4-4-4-12 hexadecimal digits: checked by hand, since a package has one or two per record.
bool isUuid(const QString &s)
{
    if (s.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const char16_t c = s.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex =
            (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (dash ? c != u'-' : !hex)
            return false;
    }
    return true;
}

// The number written by the digits of s from `at` on (`n` of them), or -1 when one is not a digit.
int digitsAt(const QString &s, int at, int n)
{
    int v = 0;
    for (int i = at; i < at + n; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// yyyy-MM-dd at the start of s, a day of the calendar.
bool startsWithDay(const QString &s)
{
    const int year = digitsAt(s, 0, 4); // -1 would be a year before Christ
    return year > 0 && s.at(4) == u'-' && s.at(7) == u'-' &&
           QDate(year, digitsAt(s, 5, 2), digitsAt(s, 8, 2)).isValid();
}

// The times a package holds are as Netra writes them (yyyy-MM-ddTHH:mm:ss.zzzZ), checked by
// hand since a record has one or more; any other text is left to Qt's reading of ISO 8601.
bool isTime(const QString &s)
{
    if (s.size() == 24 && s.at(10) == u'T' && s.at(13) == u':' && s.at(16) == u':' &&
        s.at(19) == u'.' && s.at(23) == u'Z' && startsWithDay(s)) {
        const int h = digitsAt(s, 11, 2), m = digitsAt(s, 14, 2), sec = digitsAt(s, 17, 2);
        if (h >= 0 && h < 24 && m >= 0 && m < 60 && sec >= 0 && sec < 60 && digitsAt(s, 20, 3) >= 0)
            return true;
    }
    return s.size() <= 40 && QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
}

bool isDate(const QString &s)
{
    return s.size() == 10 && (startsWithDay(s) || QDate::fromString(s, Qt::ISODate).isValid());
}

bool isSha256(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

bool isSafeName(const QString &name)
{
    if (name.isEmpty() || name.size() > MaxAttachmentNameChars || name == QLatin1String(".") ||
        name.contains(QLatin1String("..")) || name.contains(QLatin1Char('/')) ||
        name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char(':')))
        return false;
    for (const QChar ch : name) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            return false;
    }
    return true;
}

// Checks one value of a column and turns it into what the data file stores; empty when it
// holds, else why not.
QString readValue(const Column &col, const QJsonValue &v, QVariant *out)
{
    switch (col.type) {
    case Type::Text: {
        if (!v.isString())
            return tr("%1 is not text").arg(col.name);
        const QString s = v.toString();
        if (s.size() > MaxTextChars)
            return tr("%1 is longer than %2 characters").arg(col.name).arg(MaxTextChars);
        if (s.isEmpty() && col.required)
            return tr("%1 is empty").arg(col.name);
        if (!s.isEmpty() && !col.allowed.isEmpty() && !col.allowed.contains(s))
            return tr("%1 has an unknown code: %2").arg(col.name, s.left(40));
        *out = s.isNull() ? QStringLiteral("") : s;
        return {};
    }
    case Type::Date:
    case Type::RequiredDate:
    case Type::Time:
    case Type::RequiredTime: {
        const bool optional = col.type == Type::Date || col.type == Type::Time;
        const bool date = col.type == Type::Date || col.type == Type::RequiredDate;
        if (v.isNull() && optional) {
            *out = QVariant();
            return {};
        }
        if (!v.isString())
            return tr("%1 is not a date").arg(col.name);
        const QString s = v.toString();
        if (s.isEmpty() && optional) {
            *out = QStringLiteral("");
            return {};
        }
        if (date ? !isDate(s) : !isTime(s))
            return tr("%1 is not a valid date: %2").arg(col.name, s.left(40));
        *out = s;
        return {};
    }
    case Type::Int:
    case Type::Bool: {
        if (!v.isDouble())
            return tr("%1 is not a number").arg(col.name);
        const double d = v.toDouble();
        if (d < 0 || d > 1e15 || d != double(qint64(d))) // bounds before the conversion
            return tr("%1 is not a whole number").arg(col.name);
        if (col.type == Type::Bool && d != 0 && d != 1)
            return tr("%1 is neither 0 nor 1").arg(col.name);
        *out = qint64(d);
        return {};
    }
    }
    return tr("%1 has an unknown type").arg(col.name);
}

} // namespace

QString redacted()
{
    return Identity::hidden();
}

const QList<Table> &tables()
{
    static const QList<Table> t = makeTables();
    return t;
}

int Table::indexOf(const QString &column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name == column)
            return i;
    }
    return -1;
}

QVariant Record::value(const QString &column) const
{
    return table ? values.value(table->indexOf(column)) : QVariant();
}

QVariantMap Record::columns() const
{
    QVariantMap m;
    for (int i = 0; table && i < values.size() && i < table->columns.size(); ++i)
        m.insert(table->columns[i].name, values[i]);
    return m;
}

const Table *table(const QString &name)
{
    for (const Table &t : tables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QJsonObject manifest(const Content &content)
{
    QJsonObject counts;
    for (const Table &t : tables())
        counts.insert(t.countKey, content.count(t.name));
    QJsonObject m{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("format_version"), FormatVersion},
        {QStringLiteral("office_name"), content.officeName},
        {QStringLiteral("office_code"), content.officeCode},
        {QStringLiteral("created_at"), content.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("with_attachments"), content.withAttachments},
        {QStringLiteral("with_identities"), content.withIdentities},
        {QStringLiteral("counts"), counts}};
    if (content.logCount >= 0)
        m.insert(QStringLiteral("log_head"),
                 QJsonObject{{QStringLiteral("count"), content.logCount},
                             {QStringLiteral("last_hash"), content.logLastHash}});
    return m;
}

QString tooLarge(qint64 bytes)
{
    return tr("The package would hold at least %1 MiB, more than the %2 MiB of records and %3 MiB "
              "in all a package may hold; nothing was written. Choose fewer cases: one regency, "
              "or a shorter period.")
        .arg((bytes + (1 << 20) - 1) >> 20)
        .arg(MaxPayloadBytes >> 20)
        .arg(MaxPackageBytes >> 20);
}

qint64 leastSize(const Record &record)
{
    // {"uuid":"…","updated_at":"…"} (27 characters and the two), and for each field
    // ,"name":value (4 and the name, and the value: a text's characters without its quotes).
    qint64 size = 27 + record.uuid.size() + record.updatedAt.size() + record.parentUuid.size();
    for (int i = 0; record.table && i < record.values.size(); ++i) {
        const QVariant &v = record.values[i];
        size += record.table->columns[i].name.size() + 4 +
                (v.typeId() == QMetaType::QString ? v.toString().size() : 1);
    }
    return size;
}

QByteArray write(const Content &content, QString *tooLarge)
{
    QJsonObject payload;
    QByteArray blobs;
    for (const Table &t : tables()) {
        QJsonArray rows;
        for (const Record &r : content.records.value(t.name)) {
            QJsonObject o{{QStringLiteral("uuid"), r.uuid},
                          {QStringLiteral("updated_at"), r.updatedAt}};
            if (!t.parentKey.isEmpty())
                o.insert(t.parentKey, r.parentUuid);
            if (t.name == QLatin1String("hearing_attendees"))
                o.insert(QStringLiteral("party_uuid"),
                         r.partyUuid.isEmpty() ? QJsonValue() : QJsonValue(r.partyUuid));
            for (int i = 0; i < t.columns.size(); ++i)
                o.insert(t.columns[i].name, jsonOf(r.values.value(i)));
            if (t.name == QLatin1String("attachments"))
                blobs += r.data;
            rows.append(o);
        }
        payload.insert(t.name, rows);
    }
    const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    if (json.size() > MaxPayloadBytes || json.size() + blobs.size() > MaxPackageBytes) {
        if (tooLarge)
            *tooLarge = Package::tooLarge(json.size() + blobs.size());
        return {};
    }
    QJsonObject m = manifest(content);
    m.insert(QStringLiteral("payload_size"), json.size());
    m.insert(QStringLiteral("blobs_size"), blobs.size());
    m.insert(QStringLiteral("payload_sha256"), QString::fromLatin1(Sha256::hex({json, blobs})));
    QByteArray out = Magic + QByteArray::number(FormatVersion) + '\n';
    out += QJsonDocument(m).toJson(QJsonDocument::Compact) + '\n';
    out += json;
    out += blobs;
    return out;
}

namespace {

// A package file once its header, manifest, size and SHA-256 hold.
struct Envelope
{
    QJsonObject manifest;
    QByteArray json;
    QByteArray blobs;
};

// Checks the header line and the manifest, and that the payload matches the manifest's size and
// SHA-256; empty when it holds, else why not.
QString readEnvelope(const QByteArray &bytes, Envelope *out)
{
    if (bytes.size() > MaxPackageBytes)
        return tr("The package is larger than %1 MiB.").arg(MaxPackageBytes >> 20);
    if (!bytes.startsWith(Magic))
        return tr("This is not a Netra package.");
    const qsizetype headerEnd = bytes.indexOf('\n');
    if (headerEnd < 0 || headerEnd > 32)
        return tr("This is not a Netra package.");
    const QByteArray version = bytes.mid(Magic.size(), headerEnd - Magic.size());
    if (version != QByteArray::number(FormatVersion))
        return tr("The package has format version %1, which this program does not know "
                  "(it reads version %2).")
            .arg(QString::fromLatin1(version.left(16)))
            .arg(FormatVersion);
    const qsizetype manifestEnd = bytes.indexOf('\n', headerEnd + 1);
    if (manifestEnd < 0 || manifestEnd - headerEnd > MaxManifestBytes)
        return tr("The package's manifest is missing or too large.");
    QJsonParseError err;
    const QJsonDocument md =
        QJsonDocument::fromJson(bytes.mid(headerEnd + 1, manifestEnd - headerEnd - 1), &err);
    if (err.error != QJsonParseError::NoError || !md.isObject())
        return tr("The package's manifest is damaged.");
    const QJsonObject m = md.object();
    if (m.value(QStringLiteral("format")).toString() != FormatName)
        return tr("This is not a Netra package.");
    if (m.value(QStringLiteral("format_version")).toInt(-1) != FormatVersion)
        return tr("The package has format version %1, which this program does not know "
                  "(it reads version %2).")
            .arg(m.value(QStringLiteral("format_version")).toVariant().toString())
            .arg(FormatVersion);
    const double payloadSize = m.value(QStringLiteral("payload_size")).toDouble(-1);
    const double blobsSize = m.value(QStringLiteral("blobs_size")).toDouble(-1);
    const qint64 rest = bytes.size() - manifestEnd - 1;
    // Bounds first: a double beyond qint64 cannot be converted (undefined behaviour).
    if (payloadSize > MaxPayloadBytes && payloadSize <= MaxPackageBytes)
        return tr("The package's records are larger than %1 MiB, more than this program reads "
                  "from one package. Ask for a package of fewer cases: one regency, or a "
                  "shorter period.")
            .arg(MaxPayloadBytes >> 20);
    if (payloadSize < 0 || blobsSize < 0 || payloadSize > MaxPayloadBytes ||
        blobsSize > MaxPackageBytes || payloadSize != double(qint64(payloadSize)) ||
        blobsSize != double(qint64(blobsSize)) || qint64(payloadSize) + qint64(blobsSize) != rest)
        return tr("The package is truncated or has extra bytes: its manifest does not "
                  "match its size.");
    const QByteArray json = bytes.mid(manifestEnd + 1, qint64(payloadSize));
    const QByteArray blobs = bytes.mid(manifestEnd + 1 + qint64(payloadSize));
    if (QString::fromLatin1(Sha256::hex({json, blobs})) !=
        m.value(QStringLiteral("payload_sha256")).toString())
        return tr("The package is damaged or was altered: its content does not match its "
                  "SHA-256.");
    *out = {m, json, blobs};
    return {};
}

// The office, creation time, choices and change-log head the manifest declares.
QString readManifest(const QJsonObject &m, Content *c)
{
    c->officeName = m.value(QStringLiteral("office_name")).toString();
    c->officeCode = m.value(QStringLiteral("office_code")).toString();
    if (c->officeName.size() > 1000 || c->officeCode.size() > 100)
        return tr("The package's office is too long.");
    c->createdAt =
        QDateTime::fromString(m.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    if (!c->createdAt.isValid())
        return tr("The package's creation time is not valid.");
    c->withAttachments = m.value(QStringLiteral("with_attachments")).toBool();
    c->withIdentities = m.value(QStringLiteral("with_identities")).toBool();
    // Optional: packages made before it was carried have none.
    if (m.contains(QStringLiteral("log_head"))) {
        const QJsonObject head = m.value(QStringLiteral("log_head")).toObject();
        const double count = head.value(QStringLiteral("count")).toDouble(-1);
        const QString hash = head.value(QStringLiteral("last_hash")).toString();
        if (count < 0 || count > 9e15 || double(qint64(count)) != count ||
            (count > 0 ? !isSha256(hash) : !hash.isEmpty()))
            return tr("The package's manifest is damaged.");
        c->logCount = qint64(count);
        c->logLastHash = hash;
    }
    return {};
}

// What the records read so far hold, for the checks across records.
struct Seen
{
    struct Origin
    {
        QString table;
        QString caseUuid;
    };
    QHash<QString, Origin> of; // every uuid of the package -> its table and its case's uuid
    QSet<QString> numbers;
    QHash<QString, int> partiesOf; // persons per case
    qint64 blobOffset = 0;         // where the next attachment's bytes begin
};

// The checks particular to a case, a person or an attachment (which takes its bytes from
// `blobs`); empty when it holds, else why not.
QString checkKind(const Table &t, Record &r, const QByteArray &blobs, Seen &seen)
{
    if ((t.name == QLatin1String("activities") || t.name == QLatin1String("leads")) &&
        !Regions::shipped().regency(r.value(QStringLiteral("regency_code")).toString()))
        return tr("unknown regency code");
    if (t.name == QLatin1String("cases")) {
        if (!Regions::shipped().regency(r.value(QStringLiteral("regency_code")).toString()))
            return tr("unknown regency code");
        for (const char *key : {"receipt_number", "registration_number"}) {
            const QString n = r.value(QLatin1String(key)).toString();
            if (n.isEmpty())
                continue;
            if (seen.numbers.contains(n))
                return tr("the case number %1 appears twice").arg(n);
            seen.numbers.insert(n);
        }
    }
    if (t.name == QLatin1String("parties") &&
        ++seen.partiesOf[r.parentUuid] > CaseValidator::MaxParties)
        return tr("its case %1 has more than %2 persons; a case holds at "
                  "most %2")
            .arg(r.parentUuid)
            .arg(CaseValidator::MaxParties);
    if (t.name == QLatin1String("attachments")) {
        const QString name = r.value(QStringLiteral("name")).toString();
        if (!isSafeName(name))
            return tr("the attachment name \"%1\" is not a plain file name").arg(name.left(80));
        const qint64 size = r.value(QStringLiteral("size")).toLongLong();
        if (size > MaxAttachmentBytes || size > blobs.size() - seen.blobOffset)
            return tr("the attachment's size does not fit the package");
        r.data = blobs.mid(seen.blobOffset, size);
        seen.blobOffset += size;
        const QString sha = r.value(QStringLiteral("sha256")).toString();
        if (!isSha256(sha) || QString::fromLatin1(Sha256::hex(r.data)) != sha)
            return tr("the attachment \"%1\" does not match its SHA-256").arg(name);
    }
    return {};
}

// Reads one record of `t`: its uuid, time, parent, person and columns, then checkKind(); empty
// when it holds, else why not.
QString readRecord(const Table &t, const QJsonValue &rowValue, const QByteArray &blobs, Seen &seen,
                   Record *out)
{
    if (!rowValue.isObject())
        return tr("not a record");
    const QJsonObject o = rowValue.toObject();
    Record &r = *out;
    r.uuid = o.value(QStringLiteral("uuid")).toString();
    if (!isUuid(r.uuid))
        return tr("the UUID is not valid");
    if (seen.of.contains(r.uuid))
        return tr("the UUID %1 appears twice").arg(r.uuid);
    r.updatedAt = o.value(QStringLiteral("updated_at")).toString();
    if (!isTime(r.updatedAt))
        return tr("the update time is not valid");
    int known = 2 + int(t.columns.size());
    r.caseUuid = r.uuid;
    if (!t.parentKey.isEmpty()) {
        ++known;
        r.parentUuid = o.value(t.parentKey).toString();
        const auto parent = seen.of.constFind(r.parentUuid);
        if (parent == seen.of.cend() || parent->table != t.parentTable)
            return tr("its parent (%1) is not in the package").arg(t.parentKey);
        r.caseUuid = parent->caseUuid;
    }
    if (t.name == QLatin1String("hearing_attendees")) {
        ++known;
        const QJsonValue party = o.value(QStringLiteral("party_uuid"));
        if (!party.isNull()) {
            r.partyUuid = party.toString();
            if (seen.of.value(r.partyUuid).table != QLatin1String("parties"))
                return tr("the person it refers to is not in the package");
        }
    }
    if (o.size() != known)
        return tr("it has missing or unknown fields");
    r.table = &t;
    r.values.resize(t.columns.size());
    for (int i = 0; i < t.columns.size(); ++i) {
        const Column &col = t.columns[i];
        const auto field = o.constFind(col.name);
        if (field == o.constEnd())
            return tr("%1 is missing").arg(col.name);
        const QString why = readValue(col, *field, &r.values[i]);
        if (!why.isEmpty())
            return why;
    }
    return checkKind(t, r, blobs, seen);
}

// Reads the records of table `t` from the payload into `c`, their number checked against the
// manifest's `counts`; empty when it holds, else why not (naming the record).
QString readTable(const Table &t, const QJsonObject &payload, const QJsonObject &counts,
                  const QByteArray &blobs, Seen &seen, Content *c)
{
    const QJsonValue rowsValue = payload.value(t.name);
    if (t.optional && rowsValue.isUndefined() && !counts.contains(t.countKey)) {
        c->records.insert(t.name, {});
        return {};
    }
    if (!rowsValue.isArray())
        return tr("The package has no list of %1.").arg(t.name);
    const QJsonArray rows = rowsValue.toArray();
    const QJsonValue declared = counts.value(t.countKey);
    if (!declared.isDouble() || declared.toDouble() != double(rows.size()))
        return tr("The package's manifest counts %1 %2, but it holds %3.")
            .arg(declared.toVariant().toString().left(20), t.countKey)
            .arg(rows.size());
    if (rows.size() > MaxRecordsPerTable)
        return tr("The package holds more than %1 %2.").arg(MaxRecordsPerTable).arg(t.countKey);
    if (t.name == QLatin1String("attachments") && !c->withAttachments && !rows.isEmpty())
        return tr("The package holds attachments its manifest says it leaves out.");
    QList<Record> &records = c->records[t.name];
    records.reserve(rows.size());
    int index = 0;
    for (const QJsonValue &rowValue : rows) {
        ++index;
        Record r;
        const QString why = readRecord(t, rowValue, blobs, seen, &r);
        if (!why.isEmpty())
            return tr("%1 #%2: %3").arg(t.name).arg(index).arg(why);
        seen.of.insert(r.uuid, {t.name, r.caseUuid});
        records.append(std::move(r));
    }
    return {};
}

// Reads the payload's tables, every parent before its children; empty when it holds, else why
// not.
QString readPayload(const Envelope &e, Content *c)
{
    const QJsonObject counts = e.manifest.value(QStringLiteral("counts")).toObject();
    QJsonParseError err;
    const QJsonDocument pd = QJsonDocument::fromJson(e.json, &err);
    if (err.error != QJsonParseError::NoError || !pd.isObject())
        return tr("The package's content is damaged.");
    const QJsonObject payload = pd.object();
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (!table(it.key()))
            return tr("The package holds an unknown table: %1").arg(it.key().left(40));
    }
    Seen seen;
    // Room for every record the payload holds (its lists' own lengths, not the manifest's
    // counts), so that the map of uuids is not grown over and over.
    qsizetype records = 0;
    for (const QJsonValue &rows : payload)
        records += rows.isArray() ? qMin(rows.toArray().size(), qsizetype(MaxRecordsPerTable)) : 0;
    seen.of.reserve(records);
    for (const Table &t : tables()) {
        const QString why = readTable(t, payload, counts, e.blobs, seen, c);
        if (!why.isEmpty())
            return why;
    }
    if (seen.blobOffset != e.blobs.size())
        return tr("The package holds attachment bytes that belong to no attachment.");
    qsizetype expected = 0;
    for (const Table &t : tables())
        expected += !t.optional || counts.contains(t.countKey) ? 1 : 0;
    if (counts.size() != expected)
        return tr("The package's manifest has missing or unknown counts.");
    return {};
}

} // namespace

bool read(const QByteArray &bytes, Content *content, QString *reason)
{
    Envelope e;
    Content c;
    QString why = readEnvelope(bytes, &e);
    if (why.isEmpty())
        why = readManifest(e.manifest, &c);
    if (why.isEmpty())
        why = readPayload(e, &c);
    if (!why.isEmpty()) {
        *reason = why;
        return false;
    }
    *content = std::move(c);
    return true;
}

bool load(const QString &path, Content *content, QString *reason)
{
    QByteArray bytes;
    switch (InputFile::read(path, MaxPackageBytes, &bytes, reason)) {
    case InputFile::Result::Read:
        return read(bytes, content, reason);
    case InputFile::Result::TooLarge:
        *reason = tr("The package is larger than %1 MiB.").arg(MaxPackageBytes >> 20);
        return false;
    case InputFile::Result::Refused:
        break;
    }
    return false;
}

} // namespace Package
