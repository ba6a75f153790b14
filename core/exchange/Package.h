#pragma once

// A package between levels (docs/package.md): the cases of one office, with their parties,
// hearings, minutes, follow-ups and, by choice, attachments, in one file with a manifest and the
// SHA-256 of its content. This is the format only; reading and writing the data file is
// PackageStore's.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Package {

constexpr int FormatVersion = 1;
// What stands in for a confidential reporter's identity.
QString redacted();

// Bounds a package must keep, whatever its manifest says.
constexpr qint64 MaxPackageBytes = qint64(1) << 30; // 1 GiB in all
constexpr qint64 MaxManifestBytes = 64 * 1024;
constexpr qint64 MaxPayloadBytes = qint64(256) << 20;
constexpr qint64 MaxAttachmentBytes = qint64(512) << 20;
constexpr int MaxTextChars = 100000;
constexpr int MaxAttachmentNameChars = 255;
constexpr int MaxRecordsPerTable = 1000000;

enum class Type {
    Text,         // a string, never null
    Date,         // an ISO date, or null / empty
    RequiredDate, // an ISO date
    Time,         // an ISO date and time, or null / empty
    RequiredTime, // an ISO date and time
    Int,          // an integer
    Bool,         // 0 or 1
};

struct Column
{
    QString name;
    Type type;
    // For text: the values allowed (empty: any text), and whether empty text is allowed too.
    QStringList allowed;
    bool required = false; // text that may not be empty
};

// One table of the package: its records refer to their parent by `parentKey` ("case_uuid"),
// which names a record of `parentTable`.
struct Table
{
    QString name;        // the table of the data file and the key of the payload
    QString countKey;    // the key of the manifest's counts
    QString parentKey;   // empty for cases
    QString parentTable; // empty for cases
    QList<Column> columns;
    // A table added after format version 1 first went out: a package made before it has no
    // list and no count of it, and reads as holding none.
    bool optional = false;

    // The position of `column` among `columns`, or -1.
    int indexOf(const QString &column) const;
};

// The tables in the order they are written: every parent before its children.
const QList<Table> &tables();
const Table *table(const QString &name);

// One record: its uuid, update time, parent (and, for an attendee, the party it is), and its
// columns as stored (text, integers, nulls). An attachment carries its bytes.
// The columns are held by position, in the order of its table's `columns`: one list per record,
// where a map by name took a node per column (a package of 10,000 cases holds some 125,000
// records of about 20 columns each).
struct Record
{
    QString uuid;
    QString updatedAt;
    QString parentUuid;
    QString partyUuid; // hearing_attendees only; may be empty
    // The uuid its change log entries are grouped by: its case's (a case's own), or for an
    // activity and its files the activity's, a lead's own. Set by read() and by the store's
    // collect; written nowhere (the parents say it).
    QString caseUuid;
    const Table *table = nullptr; // the table it belongs to, whose columns `values` follows
    QVariantList values;          // one per column of `table`, in its order
    QByteArray data;              // attachments only

    // The value of a column by its name; invalid when the table has no such column.
    QVariant value(const QString &column) const;
    // The columns by name.
    QVariantMap columns() const;
};

struct Content
{
    QString officeName;
    QString officeCode;
    QDateTime createdAt;
    bool withAttachments = false;
    bool withIdentities = false;
    // The head of the exporting file's change log (`log_head` in the manifest): how many
    // entries and the last one's hash; logCount -1 for a package made before it was carried.
    qint64 logCount = -1;
    QString logLastHash;
    QHash<QString, QList<Record>> records; // by table name

    qint64 count(const QString &table) const { return records.value(table).size(); }
};

// The whole file: a header line, the manifest (one line of JSON), the payload (JSON) and the
// attachments' bytes.
// Empty, with the reason in `tooLarge` when given, when the records would be larger than a
// package may hold (MaxPayloadBytes, MaxPackageBytes: the reader's guards on memory), since no
// Netra could read it.
QByteArray write(const Content &content, QString *tooLarge = nullptr);
// Why a package of `bytes` (or more) is not written: more than a package may hold.
QString tooLarge(qint64 bytes);
// At least the bytes a record adds to the JSON records write() makes: its uuids, time, texts and
// the names of its fields, each character counted once (UTF-8 takes one byte or more). What
// PackageStore::collect adds up to stop reading as soon as the records would be too large.
qint64 leastSize(const Record &record);
// Reads and checks everything (version, hash, counts, bounds, names, codes, dates, uuids,
// parents); false with a reason in the user's language when anything is wrong.
bool read(const QByteArray &bytes, Content *content, QString *reason);
// Reads the package file at `path` through InputFile (a regular file only, never more than
// MaxPackageBytes read) and then read(): the one way a package file is opened.
bool load(const QString &path, Content *content, QString *reason);
// The manifest of a package as JSON (for summaries).
QJsonObject manifest(const Content &content);

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Package)
};

} // namespace Package
