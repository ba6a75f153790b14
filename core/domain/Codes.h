#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The coded values of a case, as written in the data file and in the CSV register
// (shared/spec/register-csv.md), with their labels in the user's language.
namespace Codes {

enum class Kind {
    Source,
    Election,
    Status,
    ViolationCategory,
    PositionCategory,
    Sanction,
    PartyRole,
};

// Every code of a kind, in display order.
QStringList all(Kind kind);
bool isValid(Kind kind, const QString &code);
// The label of a code in the current UI language; the code itself when unknown.
QString label(Kind kind, const QString &code);
// The code whose code or label matches text, ignoring case; empty when none.
QString find(Kind kind, const QString &text);

} // namespace Codes
