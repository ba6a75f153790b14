#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <tuple>

// What the register and the scripts filter cases by. Empty members do not filter.
struct CaseFilter
{
    QStringList statuses;
    QString source;
    QString election;
    QString regencyCode;
    QString provinceCode; // the cases of the province's regencies (its 2 digits, "33")
    QString violationCategory;
    QString positionCategory;
    QDate receivedFrom;
    QDate receivedTo;
    QString deadlineState; // "late", "due_today", "due_soon"
    QString text;          // number, names, NIP, agency, description
    QStringList numbers;   // these cases only: each a receipt or registration number
    QString assignedTo;    // the cases whose hearings this login is assigned to

    bool operator==(const CaseFilter &o) const
    {
        return std::tie(statuses, source, election, regencyCode, provinceCode, violationCategory,
                        positionCategory, receivedFrom, receivedTo, deadlineState, text, numbers,
                        assignedTo) == std::tie(o.statuses, o.source, o.election, o.regencyCode,
                                                o.provinceCode, o.violationCategory,
                                                o.positionCategory, o.receivedFrom, o.receivedTo,
                                                o.deadlineState, o.text, o.numbers, o.assignedTo);
    }
    bool operator!=(const CaseFilter &o) const { return !(*this == o); }
};
