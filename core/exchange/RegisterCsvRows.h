#pragma once

// The parts of RegisterCsv's reader (docs/register-csv.md): splitting the text into records and
// checking one data row. Internal to core/exchange: RegisterCsv.h is the door.

#include "RegisterCsv.h"
#include "domain/Codes.h"

#include <QDate>
#include <QHash>
#include <QStringList>

namespace RegisterCsvRows {

// A column name as a QString.
QString col(const char *name);

// One record of the file as split by the tokenizer.
struct RawRecord
{
    int line = 0;
    QStringList fields;
    QString error;        // a problem of the record as a whole (unterminated quote)
    int tooLong = -1;     // the first field over the length limit
    bool tooMany = false; // more fields than can be kept
};

// Splits the text of a register into records: quoted fields may hold the separator, `""` and
// line breaks; fields and records are kept within RegisterCsv's limits.
class Tokenizer
{
public:
    Tokenizer(const QString &text, QChar separator) : m_text(text), m_sep(separator) {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    RawRecord next();
    qsizetype position() const { return m_pos; }

private:
    void addField(RawRecord &r, const QString &field, bool overLimit);

    const QString &m_text;
    QChar m_sep;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// The separator of the header line: the more frequent of `;` and `,` outside quotes.
QChar detectSeparator(const QString &text);

// One data row, checked: its normalised values by column and its problems.
struct Row
{
    int line = 0;
    QHash<QString, QString> raw;        // as written
    QHash<QString, QString> normalised; // codes, dates and yes/no in their written form
    QHash<QString, QDate> dates;
    QList<RegisterCsv::Problem> problems;

    QString value(const char *name) const { return raw.value(col(name)); }
    void refuse(const char *column, const QString &reason)
    {
        problems << RegisterCsv::Problem{line, col(column), reason};
    }
    // Refuses the row when the column is empty; whether it has a value.
    bool require(const char *name);
    // The column's code of a kind, kept normalised; an unknown code refuses the row.
    void code(const char *name, Codes::Kind kind, bool isRequired);
};

// Checks one data row (codes, regency, NIP, dates, what the status needs) and fills its
// normalised values.
void checkRow(Row &row, const QDate &today);

} // namespace RegisterCsvRows
