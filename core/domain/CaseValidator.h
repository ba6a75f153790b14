#pragma once

#include "Case.h"

#include <QCoreApplication>
#include <QStringList>

// The rules a case must meet before it is stored: required fields, known codes and regency,
// dates that are real, not in the future and in order, valid NIPs.
class CaseValidator
{
    Q_DECLARE_TR_FUNCTIONS(CaseValidator)

public:
    // The persons (reported, witnesses, experts) a case may hold: more is refused when the case
    // is stored, and by the register and package readers. A real case has a handful; the bound
    // keeps every window, document and export of one case within reach.
    static constexpr int MaxParties = 500;

    // Every problem, in the user's language; empty when the case may be stored.
    static QStringList errors(const Case &c, const QDate &today);
};
