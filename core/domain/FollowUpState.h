#pragma once

#include "Hearing.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// Where the follow-up of one person reported stands (docs/domain.md §5): waiting for the
// authority's recommendation, waiting for the PPK, late, or done. Pure: no I/O; the day and the
// response length come from the caller.
class FollowUpState
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpState)

public:
    enum class State {
        AwaitingRecommendation, // no recommendation yet
        AwaitingPpk,            // recommended for a sanction, no PPK decision, not yet due
        Late,                   // recommended, no PPK decision, past the response due date
        FollowedUp,             // the PPK imposed the sanction recommended
        FollowedUpDifferent,    // the PPK decided another sanction
        NoSanction,             // the recommendation was "tidak_ada": nothing for the PPK to do
    };

    static constexpr int DefaultResponseDays = 30;

    static State of(const FollowUp &f, const QDate &today, int responseDays);
    // The day the PPK's response is due: FollowUp::responseDue when set, else the
    // recommendation date plus the response days; invalid without a recommendation.
    static QDate responseDue(const FollowUp &f, int responseDays);
    // Days past the response due date while the PPK has not decided; 0 unless late.
    static int daysLate(const FollowUp &f, const QDate &today, int responseDays);

    // Whether a sanction imposed is the one recommended. Codes compare as codes; a decision
    // without a recorded sanction is not held against the PPK.
    static bool matches(const QString &recommended, const QString &imposed);
    // Whether the PPK still owes something, or the recommendation is still awaited.
    static bool isOutstanding(State state);

    // "awaiting_recommendation", "awaiting_ppk", "late", "followed_up", "followed_up_different",
    // "no_sanction".
    static QString code(State state);
    static bool fromCode(const QString &code, State *state);
    // In the user's language.
    static QString label(State state);
};
