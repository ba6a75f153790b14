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
    // Every problem, in the user's language; empty when the case may be stored.
    static QStringList errors(const Case &c, const QDate &today);
};
