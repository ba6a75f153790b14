#pragma once

#include "cli/Context.h"
#include "store/CaseRepository.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>

// The options and values several commands share, read one way.
namespace Options {

// --json: accepted for scripts' sake, JSON being the only format.
QCommandLineOption json();
// --status LIST, for cases and export.
QCommandLineOption statuses();
// --regency, --from, --to, --election: the filter of stats, cases, export-csv and export.
QList<QCommandLineOption> filter();

// A date YYYY-MM-DD; false after printing why.
bool parseDate(Context &ctx, const QString &text, QDate *date);
// Reads the filter options into the filter; false after printing why.
bool readFilter(Context &ctx, const QCommandLineParser &p, CaseFilter *f);
// Reads --status LIST (comma-separated status codes) into the filter; false after printing why.
bool readStatuses(Context &ctx, const QCommandLineParser &p, CaseFilter *f);
// "Unknown value for --OPTION: VALUE" on standard error; returns Usage.
int unknownValue(Context &ctx, const QString &option, const QString &value);

} // namespace Options
