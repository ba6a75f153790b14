#include "LedgerXlsx.h"

#include "XlsxFile.h"
#include "domain/Codes.h"
#include "domain/FollowUpState.h"
#include "domain/Regions.h"
#include "store/Database.h"

#include <functional>

namespace {

// What a column holds, and how it is written.
struct Column
{
    enum class Kind { Text, Date, Number, Coded };
    QString header;
    Kind kind = Kind::Text;
    double width = 20;
    // The cell's value: text, a date, a number or a code.
    std::function<QVariant(const LedgerRow &)> value;
    // For a coded column: the code's label in the UI's language.
    std::function<QString(const QString &)> label = {};
};

} // namespace

bool LedgerXlsx::isShow(const QString &show)
{
    return show == QLatin1String("all") || show == QLatin1String("outstanding") ||
           show == QLatin1String("late");
}

bool LedgerXlsx::write(const QString &path, const QList<LedgerRow> &rows, const QDate &today,
                       int responseDays, const QString &show, int *count, QString *error)
{
    using Kind = Column::Kind;
    const auto state = [today, responseDays](const LedgerRow &r) {
        return FollowUpState::of(r.followUp, today, responseDays);
    };
    const auto sanction = [](const QString &code) {
        return Codes::label(Codes::Kind::Sanction, code);
    };
    const QList<Column> columns{
        {tr("Case number"), Kind::Text, 30, [](const LedgerRow &r) { return r.caseNumber; }},
        {tr("Regency"), Kind::Coded, 24, [](const LedgerRow &r) { return r.regencyCode; },
         Regions::nameOf},
        {tr("Person reported"), Kind::Text, 28, [](const LedgerRow &r) { return r.name; }},
        {tr("NIP"), Kind::Text, 22, [](const LedgerRow &r) { return r.nip; }},
        {tr("Position"), Kind::Text, 28, [](const LedgerRow &r) { return r.positionTitle; }},
        {tr("Agency"), Kind::Text, 28, [](const LedgerRow &r) { return r.agency; }},
        {tr("Authority"), Kind::Text, 16, [](const LedgerRow &r) { return r.authority(); }},
        {tr("Forwarded on"), Kind::Date, 12, [](const LedgerRow &r) { return r.forwardedDate(); }},
        {tr("Recommendation number"), Kind::Text, 26,
         [](const LedgerRow &r) { return r.followUp.recommendationNumber; }},
        {tr("Recommendation date"), Kind::Date, 12,
         [](const LedgerRow &r) { return r.followUp.recommendationDate; }},
        {tr("Sanction recommended"), Kind::Coded, 24,
         [](const LedgerRow &r) { return r.followUp.sanctionRecommended; }, sanction},
        {tr("PPK"), Kind::Text, 24, [](const LedgerRow &r) { return r.followUp.ppkName; }},
        {tr("PPK office"), Kind::Text, 28, [](const LedgerRow &r) { return r.followUp.ppkOffice; }},
        {tr("Response due"), Kind::Date, 12,
         [responseDays](const LedgerRow &r) {
             return FollowUpState::responseDue(r.followUp, responseDays);
         }},
        {tr("PPK decision number"), Kind::Text, 26,
         [](const LedgerRow &r) { return r.followUp.ppkDecisionNumber; }},
        {tr("PPK decision date"), Kind::Date, 12,
         [](const LedgerRow &r) { return r.followUp.ppkDecisionDate; }},
        {tr("Sanction imposed"), Kind::Coded, 24,
         [](const LedgerRow &r) { return r.followUp.sanctionImposed; }, sanction},
        {tr("State"), Kind::Coded, 22,
         [state](const LedgerRow &r) { return FollowUpState::code(state(r)); },
         [](const QString &code) {
             FollowUpState::State s;
             return FollowUpState::fromCode(code, &s) ? FollowUpState::label(s) : code;
         }},
        {tr("Days late"), Kind::Number, 10,
         [today, responseDays](const LedgerRow &r) {
             return FollowUpState::daysLate(r.followUp, today, responseDays);
         }},
    };

    XlsxFile xlsx(path);
    lxw_workbook *wb = xlsx.begin(tr("Follow-up ledger"), error);
    if (!wb)
        return false;
    lxw_format *header = xlsx.headerFormat();
    lxw_format *date = xlsx.dateFormat();
    // A sheet's name holds at most 31 characters and none of []:*?/\.
    const QByteArray sheetName = tr("Follow-up ledger").left(31).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetName.constData());
    int col = 0;
    for (const Column &c : columns) {
        XlsxFile::text(ws, 0, col, c.header, header);
        worksheet_set_column(ws, lxw_col_t(col), lxw_col_t(col), c.width, nullptr);
        ++col;
        if (c.kind == Kind::Coded) {
            XlsxFile::text(ws, 0, col, tr("%1 (code)").arg(c.header), header);
            XlsxFile::hideColumn(ws, col);
            ++col;
        }
    }
    const int width = col;
    worksheet_freeze_panes(ws, 1, 1);

    int row = 1;
    for (const LedgerRow &r : rows) {
        const FollowUpState::State s = state(r);
        if ((show == QLatin1String("outstanding") && !FollowUpState::isOutstanding(s)) ||
            (show == QLatin1String("late") && s != FollowUpState::State::Late))
            continue;
        col = 0;
        for (const Column &c : columns) {
            const QVariant v = c.value(r);
            switch (c.kind) {
            case Kind::Date:
                XlsxFile::date(ws, row, col, v.toDate(), date);
                break;
            case Kind::Number:
                if (v.toInt() > 0)
                    worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), v.toInt(), nullptr);
                break;
            case Kind::Text:
                if (!v.toString().isEmpty())
                    XlsxFile::text(ws, row, col, v.toString(), nullptr);
                break;
            case Kind::Coded:
                if (!v.toString().isEmpty()) {
                    XlsxFile::text(ws, row, col, c.label(v.toString()), nullptr);
                    XlsxFile::text(ws, row, col + 1, v.toString(), nullptr);
                }
                ++col;
                break;
            }
            ++col;
        }
        ++row;
    }
    if (row > 1)
        worksheet_autofilter(ws, 0, 0, lxw_row_t(row - 1), lxw_col_t(width - 1));
    if (count)
        *count = row - 1;
    return xlsx.finish(error);
}

bool LedgerXlsx::exportFile(Database &db, const QString &path, const CaseFilter &filter,
                            const QString &show, int *count, QString *error)
{
    if (!db.permits(Action::ExportData, error))
        return false;
    const LedgerRepository ledger(db);
    return write(path, ledger.rows(filter), db.today(), ledger.responseDays(), show, count, error);
}
