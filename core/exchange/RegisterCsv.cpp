#include "RegisterCsv.h"

#include "RegisterCsvRows.h"
#include "SpreadsheetText.h"
#include "domain/CaseValidator.h"
#include "domain/Codes.h"
#include "domain/Identity.h"
#include "domain/Nip.h"
#include "domain/Regions.h"
#include "domain/StatusMachine.h"
#include "store/InputFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

const char *const columnNames[] = {
    "nomor",
    "jenis",
    "pemilihan",
    "kabupaten_kode",
    "tanggal_kejadian",
    "tanggal_diketahui",
    "tanggal_diterima",
    "pelapor_nama",
    "pelapor_rahasia",
    "terlapor_nama",
    "terlapor_nip",
    "terlapor_jabatan",
    "kategori_jabatan",
    "instansi",
    "kategori_pelanggaran",
    "uraian",
    "status",
    "tanggal_registrasi",
    "tanggal_putusan",
    "rekomendasi_nomor",
    "rekomendasi_tanggal",
    "sanksi_rekomendasi",
    "tindak_lanjut_tanggal",
    "sanksi_dijatuhkan",
};

// The columns that describe the case, not the person: equal on every row of one case.
const char *const caseLevel[] = {
    "jenis",
    "pemilihan",
    "kabupaten_kode",
    "tanggal_kejadian",
    "tanggal_diketahui",
    "tanggal_diterima",
    "tanggal_registrasi",
    "tanggal_putusan",
    "pelapor_nama",
    "pelapor_rahasia",
    "uraian",
    "status",
};

} // namespace

using namespace RegisterCsvRows;

bool RegisterCsv::ParsedCase::hasFollowUp(int index) const
{
    if (index < 0 || index >= followUps.size())
        return false;
    const FollowUp &f = followUps.at(index);
    return !f.recommendationNumber.isEmpty() || f.recommendationDate.isValid() ||
           !f.sanctionRecommended.isEmpty() || f.ppkDecisionDate.isValid() ||
           !f.sanctionImposed.isEmpty();
}

QStringList RegisterCsv::columns()
{
    QStringList list;
    for (const char *name : columnNames)
        list << col(name);
    return list;
}

bool RegisterCsv::parseDate(const QString &text, QDate *date)
{
    *date = QDate();
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression local(
        QStringLiteral("^(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})$"));
    QRegularExpressionMatch m = iso.match(t);
    if (m.hasMatch()) {
        *date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return date->isValid();
    }
    m = local.match(t);
    if (m.hasMatch()) {
        *date = QDate(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt());
        return date->isValid();
    }
    return false;
}

QString RegisterCsv::hiddenName()
{
    return Identity::hidden();
}

bool RegisterCsv::parseYesNo(const QString &text, bool *value)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes = {QStringLiteral("ya"), QStringLiteral("y"),
                                    QStringLiteral("yes"), QStringLiteral("1")};
    static const QStringList no = {QStringLiteral("tidak"), QStringLiteral("t"),
                                   QStringLiteral("no"), QStringLiteral("0"), QString()};
    if (yes.contains(t)) {
        *value = true;
        return true;
    }
    *value = false;
    return no.contains(t);
}

RegisterCsv::ReadResult RegisterCsv::readFile(const QString &path, const QDate &today)
{
    // Only a regular file, read up to the limit and no further (a pipe or /dev/zero is refused).
    ReadResult r;
    QByteArray data;
    switch (InputFile::read(path, MaxFileBytes, &data, &r.error)) {
    case InputFile::Result::Read:
        return read(data, today);
    case InputFile::Result::TooLarge:
        r.error =
            tr("The file is larger than %1 MiB; it is not read.").arg(MaxFileBytes / (1024 * 1024));
        break;
    case InputFile::Result::Refused:
        break;
    }
    return r;
}

namespace {

// The text of a register without its byte-order mark; false when it is not UTF-8.
bool registerText(const QByteArray &data, QString *text)
{
    if (data.size() > RegisterCsv::MaxFileBytes)
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(data);
    if (decoder.hasError() || text->contains(QChar(0)))
        return false;
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

} // namespace

QStringList RegisterCsv::headerNames(const QByteArray &data)
{
    QString text;
    if (!registerText(data, &text))
        return {};
    Tokenizer tokens(text, detectSeparator(text));
    const RawRecord header = tokens.next();
    if (!header.error.isEmpty() || header.tooMany)
        return {};
    QStringList names;
    for (const QString &f : header.fields)
        names << f.trimmed();
    return names;
}

QByteArray RegisterCsv::renameHeader(const QByteArray &data, const QStringList &names)
{
    QString text;
    if (!registerText(data, &text))
        return data;
    const QChar sep = detectSeparator(text);
    Tokenizer tokens(text, sep);
    const RawRecord header = tokens.next();
    if (!header.error.isEmpty() || header.tooMany)
        return data;
    QStringList out;
    for (int i = 0; i < header.fields.size(); ++i) {
        QString name = i < names.size() ? names.at(i) : header.fields.at(i).trimmed();
        name.remove(QLatin1Char('"')).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
        if (name.contains(sep))
            name = QLatin1Char('"') + name + QLatin1Char('"');
        out << name;
    }
    return (out.join(sep) + QLatin1Char('\n') + text.mid(tokens.position())).toUtf8();
}

namespace {

// Whether a record holds nothing but spaces.
bool isBlank(const RawRecord &rec)
{
    bool blank = rec.error.isEmpty();
    for (const QString &f : rec.fields)
        blank = blank && f.trimmed().isEmpty();
    return blank;
}

// Whether the text has more data rows than a register may hold, counted keeping none.
bool tooManyRows(const QString &text, QChar separator)
{
    Tokenizer counter(text, separator);
    counter.next(); // the header
    int count = 0;
    while (!counter.atEnd()) {
        if (!isBlank(counter.next()) && ++count > RegisterCsv::MaxRows)
            return true;
    }
    return false;
}

// The rows of each case, by index: rows with the same non-empty number are one case.
QList<QList<int>> groupByNumber(const QList<Row> &rows)
{
    QList<QList<int>> groups;
    QHash<QString, int> groupOf;
    for (int i = 0; i < rows.size(); ++i) {
        const QString number = rows.at(i).value("nomor").trimmed();
        if (number.isEmpty()) {
            groups << QList<int>{i};
            continue;
        }
        const auto it = groupOf.constFind(number);
        if (it == groupOf.constEnd()) {
            groupOf.insert(number, int(groups.size()));
            groups << QList<int>{i};
        } else {
            groups[*it] << i;
        }
    }

    return groups;
}

// The checks across the rows of one case: at most MaxParties persons, the case-level columns
// equal on every row. The problems of all its rows.
QList<RegisterCsv::Problem> checkCase(QList<Row> &rows, const QList<int> &group)
{
    const Row &first = rows.at(group.first());
    QList<RegisterCsv::Problem> problems;
    if (group.size() > CaseValidator::MaxParties)
        rows[group.at(CaseValidator::MaxParties)].refuse(
            "terlapor_nama",
            RegisterCsv::tr("Case %1 has more than %2 persons reported; a case holds at "
                            "most %2.")
                .arg(first.value("nomor").trimmed())
                .arg(CaseValidator::MaxParties));
    for (int i : group) {
        Row &row = rows[i];
        if (i != group.first() && row.problems.isEmpty() && first.problems.isEmpty()) {
            for (const char *name : caseLevel) {
                if (row.normalised.value(col(name)) != first.normalised.value(col(name)))
                    row.refuse(name, RegisterCsv::tr("%1 differs from line %2 of the same case.")
                                         .arg(col(name))
                                         .arg(first.line));
            }
        }
        problems << row.problems;
    }
    return problems;
}

// The case of a group of checked rows, with its persons reported, their follow-ups and the
// key that finds it again when the same register is imported twice.
RegisterCsv::ParsedCase parsedCase(const QList<Row> &rows, const QList<int> &group,
                                   const QStringList &known)
{
    const Row &first = rows.at(group.first());
    RegisterCsv::ParsedCase pc;
    pc.line = first.line;
    pc.number = first.normalised.value(QStringLiteral("nomor"));
    auto n = [&](const char *name) { return first.normalised.value(col(name)); };
    Case &c = pc.data;
    c.source = n("jenis");
    c.election = n("pemilihan");
    c.regencyCode = n("kabupaten_kode");
    c.status = n("status");
    c.eventDate = first.dates.value(QStringLiteral("tanggal_kejadian"));
    c.knownDate = first.dates.value(QStringLiteral("tanggal_diketahui"));
    c.receivedDate = first.dates.value(QStringLiteral("tanggal_diterima"));
    c.registeredDate = first.dates.value(QStringLiteral("tanggal_registrasi"));
    c.decidedDate = first.dates.value(QStringLiteral("tanggal_putusan"));
    c.reporterName = n("pelapor_nama");
    c.reporterConfidential = n("pelapor_rahasia") == QLatin1String("ya");
    c.violationCategory = n("kategori_pelanggaran");
    c.description = n("uraian");
    QCryptographicHash key(QCryptographicHash::Sha256);
    for (int i : group) {
        const Row &row = rows.at(i);
        auto v = [&](const char *name) { return row.normalised.value(col(name)); };
        Party p;
        p.name = v("terlapor_nama");
        p.nip = v("terlapor_nip");
        p.positionTitle = v("terlapor_jabatan");
        p.positionCategory = v("kategori_jabatan");
        p.agency = v("instansi");
        c.parties << p;
        FollowUp f;
        f.recommendationNumber = v("rekomendasi_nomor");
        f.recommendationDate = row.dates.value(QStringLiteral("rekomendasi_tanggal"));
        f.sanctionRecommended = v("sanksi_rekomendasi");
        f.ppkDecisionDate = row.dates.value(QStringLiteral("tindak_lanjut_tanggal"));
        f.sanctionImposed = v("sanksi_dijatuhkan");
        pc.followUps << f;
        pc.lines << row.line;
        for (const QString &name : known) {
            if (name != QLatin1String("nomor"))
                key.addData(row.normalised.value(name).toUtf8() + '\x1f');
        }
        key.addData("\x1e");
    }
    pc.importKey = QString::fromLatin1(key.result().toHex().left(40));
    return pc;
}

using Problem = RegisterCsv::Problem;

// One row of the register as read: its cells by column, and what is wrong with it.
Row readRow(const RawRecord &rec, const RawRecord &header, const QHash<QString, int> &index,
            const QDate &today)
{
    Row row;
    row.line = rec.line;
    // A cell written with a quote against spreadsheet formulas is read without it.
    for (auto it = index.constBegin(); it != index.constEnd(); ++it)
        row.raw.insert(it.key(), SpreadsheetText::unprotect(rec.fields.value(it.value())));
    if (!rec.error.isEmpty()) {
        row.problems << Problem{rec.line, QString(), rec.error};
    } else if (rec.tooLong >= 0) {
        row.problems << Problem{rec.line, header.fields.value(rec.tooLong).trimmed(),
                                RegisterCsv::tr("The field is longer than %1 characters.")
                                    .arg(RegisterCsv::MaxFieldChars)};
    } else if (rec.tooMany) {
        row.problems << Problem{
            rec.line, QString(),
            RegisterCsv::tr("The row has more than %1 fields.").arg(RegisterCsv::MaxColumns)};
    } else {
        for (int i = int(header.fields.size()); i < rec.fields.size(); ++i) {
            if (!rec.fields.at(i).trimmed().isEmpty()) {
                row.problems << Problem{
                    rec.line, QString(),
                    RegisterCsv::tr("The row has more fields than the header has "
                                    "columns.")};
                break;
            }
        }
        checkRow(row, today);
    }
    return row;
}

// The rows with the same number are one case: the cases whose rows all hold go into
// `r->cases`, the others' problems into `r->problems`.
void addCases(QList<Row> &rows, const QStringList &known, RegisterCsv::ReadResult *r)
{
    const QList<QList<int>> groups = groupByNumber(rows);
    for (const QList<int> &group : std::as_const(groups)) {
        QList<Problem> problems = checkCase(rows, group);
        const Row &first = rows.at(group.first());
        if (!problems.isEmpty()) {
            for (int i : group) {
                const Row &row = rows.at(i);
                if (row.problems.isEmpty())
                    problems << Problem{row.line, QStringLiteral("nomor"),
                                        RegisterCsv::tr("Refused with the other rows of case %1.")
                                            .arg(first.value("nomor").trimmed())};
            }
            std::sort(problems.begin(), problems.end(),
                      [](const Problem &a, const Problem &b) { return a.line < b.line; });
            r->problems << problems;
            ++r->refusedCases;
            continue;
        }

        r->cases << parsedCase(rows, group, known);
    }
}

} // namespace

RegisterCsv::ReadResult RegisterCsv::read(const QByteArray &data, const QDate &today)
{
    ReadResult r;
    if (data.size() > MaxFileBytes) {
        r.error =
            tr("The file is larger than %1 MiB; it is not read.").arg(MaxFileBytes / (1024 * 1024));
        return r;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError() || text.contains(QChar(0))) {
        r.error = tr("The file is not UTF-8 text.");
        return r;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty()) {
        r.error = tr("The file is empty.");
        return r;
    }

    const QChar separator = detectSeparator(text);
    // The rows are counted first, keeping none: a register over the limit is refused as soon
    // as the limit is passed, before any row is checked or kept in memory.
    if (tooManyRows(text, separator)) {
        r.error = tr("The file has more than %1 rows; it is not read.").arg(MaxRows);
        return r;
    }

    Tokenizer tokens(text, separator);
    const RawRecord header = tokens.next();
    if (!header.error.isEmpty() || header.tooMany || header.tooLong >= 0) {
        r.error = header.tooMany
                      ? tr("The header has more than %1 columns.").arg(MaxColumns)
                      : tr("The header cannot be read: %1")
                            .arg(header.error.isEmpty() ? tr("a column name is too long.")
                                                        : header.error);
        return r;
    }
    const QStringList known = columns();
    QHash<QString, int> index; // known column -> field index
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (known.contains(name) && !index.contains(name))
            index.insert(name, i);
        else
            r.unknownColumns << header.fields.at(i).trimmed();
    }
    if (index.isEmpty()) {
        r.error = tr("The first row names none of the register's columns (%1, ...); this is "
                     "not a case register.")
                      .arg(known.mid(0, 4).join(QLatin1String(", ")));
        return r;
    }

    // Rows, checked one by one.
    QList<Row> rows;
    while (!tokens.atEnd()) {
        const RawRecord rec = tokens.next();
        if (isBlank(rec))
            continue;
        if (++r.rows > MaxRows) {
            r.error = tr("The file has more than %1 rows; it is not read.").arg(MaxRows);
            r.cases.clear();
            r.problems.clear();
            return r;
        }
        rows << readRow(rec, header, index, today);
    }

    addCases(rows, known, &r);
    std::stable_sort(r.problems.begin(), r.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    r.readable = true;
    return r;
}

// --- writing --------------------------------------------------------------------------------

bool RegisterCsv::Writer::writeRow(const QStringList &fields)
{
    const QChar separator = m_layout == Layout::Spreadsheet ? QLatin1Char(';') : QLatin1Char(',');
    QStringList out;
    for (const QString &field : fields) {
        // Shown as text by a spreadsheet, never run as a formula (SpreadsheetText).
        const QString f = SpreadsheetText::protect(field);
        const bool quote = f.contains(QLatin1Char(',')) || f.contains(QLatin1Char(';')) ||
                           f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) ||
                           f.contains(QLatin1Char('\r')) ||
                           (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
        if (quote)
            out << QLatin1Char('"') + QString(f).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                       QLatin1Char('"');
        else
            out << f;
    }
    const QByteArray line = out.join(separator).toUtf8() + "\r\n";
    return m_out->write(line) == line.size();
}

bool RegisterCsv::Writer::writeHeader()
{
    if (m_layout == Layout::Spreadsheet && m_out->write("\xEF\xBB\xBF") != 3)
        return false;
    return writeRow(columns());
}

bool RegisterCsv::Writer::writeCase(const Case &c, const QList<FollowUp> &followUps)
{
    for (const QStringList &fields : rowsOf(c, followUps, m_identities)) {
        if (!writeRow(fields))
            return false;
    }
    return true;
}

QList<QStringList> RegisterCsv::rowsOf(const Case &c, const QList<FollowUp> &followUps,
                                       bool withIdentities)
{
    auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    const QString number = c.number();
    // A confidential reporter by Identity's rule, also where the description repeats them.
    Case shown = c;
    Identity::Secrets secrets;
    if (!withIdentities) {
        secrets.add(c);
        Identity::withhold(shown);
    }
    const QString reporter =
        shown.reporterHidden && !c.reporterName.isEmpty() ? hiddenName() : shown.reporterName;
    const QString description =
        secrets.scrub(c.description).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QList<Party> reported = c.reported();
    if (reported.isEmpty())
        reported << Party(); // the case still appears, with no person
    QList<QStringList> rows;
    for (int i = 0; i < reported.size(); ++i) {
        const Party &p = reported.at(i);
        const FollowUp f = followUps.value(i);
        const Nip nip = Nip::parse(p.nip, p.positionCategory == QLatin1String("pppk"));
        rows << QStringList{
            number,
            c.source,
            c.election,
            c.regencyCode,
            date(c.eventDate),
            date(c.knownDate),
            date(c.receivedDate),
            reporter,
            c.reporterConfidential ? QStringLiteral("ya") : QStringLiteral("tidak"),
            p.name,
            nip.valid ? Nip::grouped(nip.digits) : p.nip,
            p.positionTitle,
            p.positionCategory,
            p.agency,
            c.violationCategory,
            description,
            c.status,
            date(c.registeredDate),
            date(c.decidedDate),
            f.recommendationNumber,
            date(f.recommendationDate),
            f.sanctionRecommended,
            date(f.ppkDecisionDate),
            f.sanctionImposed,
        };
    }
    return rows;
}
