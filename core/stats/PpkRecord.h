#pragma once

#include "domain/CaseFilter.h"
#include "store/LedgerRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class Database;

// The PPKs' record (docs/domain.md §5, §10): for each PPK (regent, mayor, governor, minister)
// the recommendations of a sanction it received, how many it followed up as recommended, with
// another sanction, and how many it has left unanswered past their due date (late, as the
// ledger says: FollowUpState), the follow-up rate and the median days from recommendation to
// decision; ranked by rate (highest first), then median days (fewest first). A PPK is its name
// and office, case and spacing aside (FollowUpLetter::samePpk).
struct PpkRecord
{
    Q_DECLARE_TR_FUNCTIONS(PpkRecord)

public:
    // Whose staff a PPK is head of, told from its name and office: a regent (bupati), a mayor
    // (wali kota), a governor, or a minister or head of a central agency (anything else).
    enum class Kind { Regent, Mayor, Governor, Minister };

    struct Row
    {
        int rank = 0; // 1 for the best record
        QString name;
        QString office;
        Kind kind = Kind::Minister;
        QString regencyCode; // the regency of its first case: the province of a regent's governor
        int received = 0;    // recommendations of a sanction
        int followedUp = 0;  // decided with the sanction recommended
        int followedUpDifferent = 0; // decided with another sanction
        int late = 0;                // undecided past the due date
        int awaiting = 0;            // undecided, not yet due
        QList<int> days;             // recommendation to decision, each decided one, ascending

        // (followedUp + followedUpDifferent) / received; none when nothing was received.
        std::optional<double> followUpRate() const;
        // The median of `days`; none when nothing was decided.
        std::optional<double> medianDays() const;
    };

    QDate today;
    int responseDays = 0;
    QList<Row> rows; // ranked

    // The record of the forwarded cases the filter selects, as of the file's today.
    static PpkRecord compute(Database &db, const CaseFilter &filter = {});
    // The record of these recommendations as of `today`.
    static PpkRecord compute(const QList<LedgerRepository::Recommendation> &recommendations,
                             const QDate &today, int responseDays);

    static Kind kindOf(const QString &name, const QString &office);
    // "regent", "mayor", "governor", "minister".
    static QString code(Kind kind);
    // In the user's language.
    static QString label(Kind kind);

    // The PPK a user names: its rank in the record ("3") or its name (case and spacing aside);
    // nullptr with the reason in the user's language when none or several match.
    const Row *find(const QString &which, QString *error) const;

    QJsonObject toJson() const;
};
