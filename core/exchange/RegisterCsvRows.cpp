#include "RegisterCsvRows.h"

#include "domain/Nip.h"
#include "domain/Regions.h"
#include "domain/StatusMachine.h"

namespace RegisterCsvRows {

namespace {

// The dates in the order they must keep.
const char *const dateOrder[] = {
    "tanggal_kejadian", "tanggal_diketahui",   "tanggal_diterima",      "tanggal_registrasi",
    "tanggal_putusan",  "rekomendasi_tanggal", "tindak_lanjut_tanggal",
};

// The code of a kind matching text without regard to case; empty when none.
QString findCode(Codes::Kind kind, const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &code : Codes::all(kind)) {
        if (code.compare(t, Qt::CaseInsensitive) == 0)
            return code;
    }
    return {};
}

} // namespace

QString col(const char *name)
{
    return QString::fromLatin1(name);
}

RawRecord Tokenizer::next()
{
    RawRecord r;
    r.line = m_line;
    const qsizetype n = m_text.size();
    while (true) {
        QString field;
        bool overLimit = false;
        auto append = [&](QChar c) {
            if (field.size() < RegisterCsv::MaxFieldChars)
                field += c;
            else
                overLimit = true;
        };
        // The characters from `from` up to m_pos, at once (most of a field is one run).
        auto appendRun = [&](qsizetype from) {
            const qsizetype room = RegisterCsv::MaxFieldChars - field.size();
            const qsizetype length = m_pos - from;
            field += QStringView(m_text).mid(from, qMin(length, qMax(room, qsizetype(0))));
            overLimit = overLimit || length > room;
        };
        if (m_pos < n && m_text.at(m_pos) == QLatin1Char('"')) {
            ++m_pos;
            bool closed = false;
            while (m_pos < n) {
                const QChar c = m_text.at(m_pos);
                if (c == QLatin1Char('"')) {
                    if (m_pos + 1 < n && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                        append(c);
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                    if (c == QLatin1Char('\r') && m_pos + 1 < n &&
                        m_text.at(m_pos + 1) == QLatin1Char('\n'))
                        ++m_pos;
                    ++m_pos;
                    ++m_line;
                    append(QLatin1Char('\n'));
                    continue;
                }
                const qsizetype from = m_pos;
                while (m_pos < n && m_text.at(m_pos) != QLatin1Char('"') &&
                       m_text.at(m_pos) != QLatin1Char('\r') &&
                       m_text.at(m_pos) != QLatin1Char('\n'))
                    ++m_pos;
                appendRun(from);
            }
            if (!closed) {
                r.error = RegisterCsv::tr("A quoted field starting on this line is never "
                                          "closed.");
                addField(r, field, overLimit);
                return r;
            }
        }
        // Unquoted text, or what follows a closing quote up to the separator.
        const qsizetype from = m_pos;
        while (m_pos < n) {
            const QChar c = m_text.at(m_pos);
            if (c == m_sep || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
                break;
            ++m_pos;
        }
        appendRun(from);
        addField(r, field, overLimit);
        if (m_pos >= n)
            return r;
        const QChar c = m_text.at(m_pos);
        ++m_pos;
        if (c == m_sep)
            continue;
        if (c == QLatin1Char('\r') && m_pos < n && m_text.at(m_pos) == QLatin1Char('\n'))
            ++m_pos;
        ++m_line;
        return r;
    }
}

void Tokenizer::addField(RawRecord &r, const QString &field, bool overLimit)
{
    if (r.fields.size() >= RegisterCsv::MaxColumns + 1) {
        r.tooMany = true;
        return;
    }
    if (overLimit && r.tooLong < 0)
        r.tooLong = int(r.fields.size());
    r.fields << field;
}

// The separator of the header line: the more frequent of `;` and `,` outside quotes.
QChar detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

namespace {

// The text columns, the codes, the regency, who is required, confidentiality and the NIP.
void checkFields(Row &row)
{
    for (const char *name : {"nomor", "pelapor_nama", "terlapor_nama", "terlapor_jabatan",
                             "instansi", "rekomendasi_nomor"})
        row.normalised.insert(col(name), row.value(name).trimmed());
    row.normalised.insert(QStringLiteral("uraian"), row.value("uraian"));

    row.code("jenis", Codes::Kind::Source, true);
    row.code("pemilihan", Codes::Kind::Election, true);
    row.code("status", Codes::Kind::Status, true);
    row.code("kategori_jabatan", Codes::Kind::PositionCategory, true);
    row.code("kategori_pelanggaran", Codes::Kind::ViolationCategory, true);
    row.code("sanksi_rekomendasi", Codes::Kind::Sanction, false);
    row.code("sanksi_dijatuhkan", Codes::Kind::Sanction, false);

    if (row.require("kabupaten_kode")) {
        const QString written = row.value("kabupaten_kode").trimmed();
        const QString regency = Regions::normaliseRegencyCode(written);
        if (!Regions::shipped().regency(regency))
            row.refuse("kabupaten_kode",
                       RegisterCsv::tr("Unknown regency code \"%1\".").arg(written));
        else
            row.normalised.insert(QStringLiteral("kabupaten_kode"), regency);
    }
    if (row.normalised.value(QStringLiteral("jenis")) == Codes::Source::Report)
        row.require("pelapor_nama");
    row.require("terlapor_nama");

    const QString rahasia = row.value("pelapor_rahasia").trimmed();
    bool confidential = false;
    if (!RegisterCsv::parseYesNo(rahasia, &confidential))
        row.refuse("pelapor_rahasia", RegisterCsv::tr("\"%1\" is not ya or tidak.").arg(rahasia));
    row.normalised.insert(QStringLiteral("pelapor_rahasia"),
                          confidential ? QStringLiteral("ya") : QStringLiteral("tidak"));

    const QString nipText = row.value("terlapor_nip").trimmed();
    if (!nipText.isEmpty()) {
        const bool pppk =
            row.normalised.value(QStringLiteral("kategori_jabatan")) == QLatin1String("pppk");
        const Nip nip = Nip::parse(nipText, pppk);
        if (!nip.valid)
            row.refuse("terlapor_nip",
                       RegisterCsv::tr("The NIP %1 is not valid: %2").arg(nipText, nip.error));
        else
            row.normalised.insert(QStringLiteral("terlapor_nip"), nip.digits);
    }
}

// Dates: real, not after the import day, in order.
void checkDates(Row &row, const QDate &today)
{
    QDate last;
    QString lastName;
    for (const char *name : dateOrder) {
        const QString written = row.value(name).trimmed();
        QDate d;
        if (!RegisterCsv::parseDate(written, &d)) {
            row.refuse(name, RegisterCsv::tr("\"%1\" is not a real date (YYYY-MM-DD, DD/MM/YYYY "
                                             "or DD-MM-YYYY).")
                                 .arg(written));
            continue;
        }
        if (!d.isValid())
            continue;
        row.dates.insert(col(name), d);
        row.normalised.insert(col(name), d.toString(Qt::ISODate));
        if (d > today)
            row.refuse(name,
                       RegisterCsv::tr("%1 (%2) is after the day of the import (%3).")
                           .arg(col(name), d.toString(Qt::ISODate), today.toString(Qt::ISODate)));
        if (last.isValid() && d < last)
            row.refuse(name, RegisterCsv::tr("%1 (%2) is before %3 (%4).")
                                 .arg(col(name), d.toString(Qt::ISODate), lastName,
                                      last.toString(Qt::ISODate)));
        last = d;
        lastName = col(name);
    }
    if (row.value("tanggal_diterima").trimmed().isEmpty())
        row.require("tanggal_diterima");
}

// What the status needs and excludes.
void checkStatus(Row &row)
{
    const QString status = row.normalised.value(QStringLiteral("status"));
    if (!status.isEmpty()) {
        const bool registered = StatusMachine::isRegistered(status);
        const bool decided = StatusMachine::isClosed(status);
        if (registered && row.value("tanggal_registrasi").trimmed().isEmpty())
            row.refuse(
                "tanggal_registrasi",
                RegisterCsv::tr("A case with status %1 needs its registration date.").arg(status));
        if (!registered && row.dates.contains(QStringLiteral("tanggal_registrasi")))
            row.refuse("tanggal_registrasi",
                       RegisterCsv::tr("A case with status %1 was never registered and has no "
                                       "registration date.")
                           .arg(status));
        // The date of not registering may be missing: the layout asks tanggal_putusan only of
        // a decision to forward or stop.
        if (decided && status != Codes::Status::NotRegistered &&
            row.value("tanggal_putusan").trimmed().isEmpty())
            row.refuse("tanggal_putusan",
                       RegisterCsv::tr("A case with status %1 needs the date of its decision.")
                           .arg(status));
        if (!decided && row.dates.contains(QStringLiteral("tanggal_putusan")))
            row.refuse("tanggal_putusan",
                       RegisterCsv::tr("A case with status %1 is not decided and has no decision "
                                       "date.")
                           .arg(status));
        if (status != Codes::Status::Forwarded) {
            for (const char *name :
                 {"rekomendasi_nomor", "rekomendasi_tanggal", "sanksi_rekomendasi",
                  "tindak_lanjut_tanggal", "sanksi_dijatuhkan"}) {
                if (!row.value(name).trimmed().isEmpty()) {
                    row.refuse(name, RegisterCsv::tr("Only a forwarded case has a recommendation "
                                                     "and a follow-up; this one is %1.")
                                         .arg(status));
                    break;
                }
            }
        }
    }
}

} // namespace

bool Row::require(const char *name)
{
    if (!value(name).trimmed().isEmpty())
        return true;
    refuse(name, RegisterCsv::tr("The column %1 is required and is empty.").arg(col(name)));
    return false;
}

void Row::code(const char *name, Codes::Kind kind, bool isRequired)
{
    const QString text = value(name).trimmed();
    if (text.isEmpty()) {
        if (isRequired)
            require(name);
        return;
    }
    const QString found = findCode(kind, text);
    if (found.isEmpty())
        refuse(name, RegisterCsv::tr("Unknown code \"%1\" in %2.").arg(text, col(name)));
    else
        normalised.insert(col(name), found);
}

void checkRow(Row &row, const QDate &today)
{
    checkFields(row);
    checkDates(row, today);
    checkStatus(row);
}

} // namespace RegisterCsvRows
