#include "FollowUpState.h"

namespace {

const struct
{
    FollowUpState::State state;
    const char *code;
    const char *label;
} states[] = {
    {FollowUpState::State::AwaitingRecommendation, "awaiting_recommendation",
     QT_TRANSLATE_NOOP("FollowUpState", "Awaiting recommendation")},
    {FollowUpState::State::AwaitingPpk, "awaiting_ppk",
     QT_TRANSLATE_NOOP("FollowUpState", "Awaiting PPK")},
    {FollowUpState::State::Late, "late", QT_TRANSLATE_NOOP("FollowUpState", "Late")},
    {FollowUpState::State::FollowedUp, "followed_up",
     QT_TRANSLATE_NOOP("FollowUpState", "Followed up")},
    {FollowUpState::State::FollowedUpDifferent, "followed_up_different",
     QT_TRANSLATE_NOOP("FollowUpState", "Followed up, another sanction")},
    {FollowUpState::State::NoSanction, "no_sanction",
     QT_TRANSLATE_NOOP("FollowUpState", "No sanction recommended")},
};

const QLatin1String NoSanctionCode("tidak_ada");

} // namespace

QDate FollowUpState::responseDue(const FollowUp &f, int responseDays)
{
    if (f.responseDue.isValid())
        return f.responseDue;
    if (!f.recommendationDate.isValid())
        return {};
    return f.recommendationDate.addDays(responseDays);
}

FollowUpState::State FollowUpState::of(const FollowUp &f, const QDate &today, int responseDays)
{
    if (!f.recommendationDate.isValid())
        return State::AwaitingRecommendation;
    if (f.sanctionRecommended.trimmed() == NoSanctionCode)
        return State::NoSanction;
    if (f.ppkDecisionDate.isValid())
        return matches(f.sanctionRecommended, f.sanctionImposed) ? State::FollowedUp
                                                                 : State::FollowedUpDifferent;
    const QDate due = responseDue(f, responseDays);
    return due.isValid() && today > due ? State::Late : State::AwaitingPpk;
}

int FollowUpState::daysLate(const FollowUp &f, const QDate &today, int responseDays)
{
    if (of(f, today, responseDays) != State::Late)
        return 0;
    return int(responseDue(f, responseDays).daysTo(today));
}

bool FollowUpState::matches(const QString &recommended, const QString &imposed)
{
    const QString imposedCode = imposed.trimmed();
    return imposedCode.isEmpty() ||
           recommended.trimmed().compare(imposedCode, Qt::CaseInsensitive) == 0;
}

bool FollowUpState::isOutstanding(State state)
{
    return state == State::AwaitingRecommendation || state == State::AwaitingPpk ||
           state == State::Late;
}

QString FollowUpState::code(State state)
{
    for (const auto &s : states) {
        if (s.state == state)
            return QString::fromLatin1(s.code);
    }
    return {};
}

bool FollowUpState::fromCode(const QString &code, State *state)
{
    for (const auto &s : states) {
        if (code == QLatin1String(s.code)) {
            *state = s.state;
            return true;
        }
    }
    return false;
}

QString FollowUpState::label(State state)
{
    for (const auto &s : states) {
        if (s.state == state)
            return tr(s.label);
    }
    return {};
}
