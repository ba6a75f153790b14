#pragma once

#include "domain/Case.h"
#include "domain/Hearing.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// The case register as CSV (docs/register-csv.md): one row per person reported. Reading
// checks every row and groups the rows of a case; writing gives exactly the spec's columns.
// No storage here: RegisterImport takes the parsed cases to a data file.
class RegisterCsv
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCsv)

public:
    // Limits against hostile files: beyond them a file or a row is refused, never read on.
    static constexpr qint64 MaxFileBytes = 50 * 1024 * 1024;
    static constexpr int MaxFieldChars = 10000;
    static constexpr int MaxColumns = 200;
    static constexpr int MaxRows = 500000;

    // A refused row: its physical line (of the row's start, 1 is the header), the column and why.
    struct Problem
    {
        int line = 0;
        QString column;
        QString reason;
    };

    // One case read from the register: the case with its persons reported, and for each of them
    // (same index) what the authority recommended and the PPK did.
    struct ParsedCase
    {
        int line = 0;      // the line of its first row
        QList<int> lines;  // the line of each person's row
        QString number;    // `nomor` as written, trimmed; may be empty
        QString importKey; // stable key of the case's content, for re-import
        Case data;         // status, dates, numbers empty: see RegisterImport
        QList<FollowUp> followUps;
        bool hasFollowUp(int index) const;
    };

    struct ReadResult
    {
        bool readable = false; // false: nothing could be read, see error
        QString error;
        int rows = 0; // data rows read (blank ones not counted)
        QList<ParsedCase> cases;
        QList<Problem> problems;
        QStringList unknownColumns;
        int refusedCases = 0;
    };

    // The spec's columns, in order.
    static QStringList columns();

    // `today` is the import day: a later date is an error.
    static ReadResult read(const QByteArray &data, const QDate &today);
    static ReadResult readFile(const QString &path, const QDate &today);

    // The header's names as written (trimmed); empty when the header cannot be read.
    static QStringList headerNames(const QByteArray &data);
    // The register with its header replaced by `names` (by position; an empty name makes the
    // column ignored, a missing one keeps the file's), the rows untouched. For a sheet whose
    // headers differ from the spec. Returns the data unchanged when it cannot be read.
    static QByteArray renameHeader(const QByteArray &data, const QStringList &names);

    // The fields of a case in the spec's columns, one row per person reported (a case without
    // one: one row). Follow-ups by index of c.reported(). A confidential reporter is withheld
    // (also where the description repeats them) unless `withIdentities`.
    static QList<QStringList> rowsOf(const Case &c, const QList<FollowUp> &followUps,
                                     bool withIdentities);

    // How a register is laid out: the spec's (comma-separated UTF-8), or for a spreadsheet set
    // to Indonesian, where the list separator is ';' (semicolons, and a byte-order mark so that
    // Excel reads UTF-8). The import reads both.
    enum class Layout { Standard, Spreadsheet };

    // Writes the header, then cases one by one.
    class Writer
    {
    public:
        Writer(QIODevice *out, bool withIdentities, Layout layout = Layout::Standard)
            : m_out(out), m_identities(withIdentities), m_layout(layout)
        {
        }
        bool writeHeader();
        bool writeCase(const Case &c, const QList<FollowUp> &followUps);

    private:
        bool writeRow(const QStringList &fields);
        QIODevice *m_out;
        bool m_identities;
        Layout m_layout;
    };

    // Parses one date in the accepted forms; an empty text gives an invalid date and true.
    static bool parseDate(const QString &text, QDate *date);
    // Parses ya/tidak and the other accepted forms.
    static bool parseYesNo(const QString &text, bool *value);
    // The shown text for a confidential reporter.
    static QString hiddenName(); // Identity::hidden()
};
