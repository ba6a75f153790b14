#include "PpkRecord.h"

#include "domain/FollowUpState.h"
#include "store/Database.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace {

QString key(const QString &text)
{
    return text.simplified().toLower();
}

} // namespace

std::optional<double> PpkRecord::Row::followUpRate() const
{
    if (received == 0)
        return std::nullopt;
    return double(followedUp + followedUpDifferent) / double(received);
}

std::optional<double> PpkRecord::Row::medianDays() const
{
    if (days.isEmpty())
        return std::nullopt;
    const int n = int(days.size());
    return n % 2 ? double(days.at(n / 2)) : (days.at(n / 2 - 1) + days.at(n / 2)) / 2.0;
}

PpkRecord::Kind PpkRecord::kindOf(const QString &name, const QString &office)
{
    for (const QString &text : {key(name), key(office)}) {
        if (text.contains(QLatin1String("gubernur")) ||
            text.contains(QLatin1String("pemerintah provinsi")))
            return Kind::Governor;
        if (text.contains(QLatin1String("bupati")) ||
            text.contains(QLatin1String("pemerintah kabupaten")))
            return Kind::Regent;
        if (text.contains(QLatin1String("wali kota")) || text.contains(QLatin1String("walikota")) ||
            text.contains(QLatin1String("pemerintah kota")))
            return Kind::Mayor;
    }
    return Kind::Minister;
}

QString PpkRecord::code(Kind kind)
{
    switch (kind) {
    case Kind::Regent:
        return QStringLiteral("regent");
    case Kind::Mayor:
        return QStringLiteral("mayor");
    case Kind::Governor:
        return QStringLiteral("governor");
    case Kind::Minister:
        break;
    }
    return QStringLiteral("minister");
}

QString PpkRecord::label(Kind kind)
{
    switch (kind) {
    case Kind::Regent:
        return tr("Regent");
    case Kind::Mayor:
        return tr("Mayor");
    case Kind::Governor:
        return tr("Governor");
    case Kind::Minister:
        break;
    }
    return tr("Minister or head of agency");
}

PpkRecord PpkRecord::compute(Database &db, const CaseFilter &filter)
{
    const LedgerRepository ledger(db);
    return compute(ledger.recommendations(filter), db.today(), ledger.responseDays());
}

PpkRecord PpkRecord::compute(const QList<LedgerRepository::Recommendation> &recommendations,
                             const QDate &today, int responseDays)
{
    using State = FollowUpState::State;
    PpkRecord record;
    record.today = today;
    record.responseDays = responseDays;
    QHash<QString, int> index; // by name and office, case and spacing aside
    for (const LedgerRepository::Recommendation &r : recommendations) {
        const FollowUp &f = r.followUp;
        const QString id = key(f.ppkName) + QLatin1Char('\n') + key(f.ppkOffice);
        auto it = index.constFind(id);
        if (it == index.constEnd()) {
            Row row;
            row.name = f.ppkName.simplified();
            row.office = f.ppkOffice.simplified();
            row.kind = kindOf(row.name, row.office);
            row.regencyCode = r.regencyCode;
            it = index.insert(id, int(record.rows.size()));
            record.rows << row;
        }
        Row &row = record.rows[*it];
        ++row.received;
        switch (FollowUpState::of(f, today, responseDays)) {
        case State::FollowedUp:
            ++row.followedUp;
            break;
        case State::FollowedUpDifferent:
            ++row.followedUpDifferent;
            break;
        case State::Late:
            ++row.late;
            break;
        case State::AwaitingPpk:
            ++row.awaiting;
            break;
        case State::AwaitingRecommendation:
        case State::NoSanction:
            break; // not read: the store gives recommendations of a sanction only
        }
        if (f.ppkDecisionDate.isValid())
            row.days << int(f.recommendationDate.daysTo(f.ppkDecisionDate));
    }
    for (Row &row : record.rows)
        std::sort(row.days.begin(), row.days.end());
    // Highest rate first, then fewest median days; a PPK with nothing decided after those
    // that decided; then most received, then by name.
    std::stable_sort(record.rows.begin(), record.rows.end(), [](const Row &a, const Row &b) {
        const double ra = a.followUpRate().value_or(-1), rb = b.followUpRate().value_or(-1);
        if (ra != rb)
            return ra > rb;
        const std::optional<double> ma = a.medianDays(), mb = b.medianDays();
        if (ma.has_value() != mb.has_value())
            return ma.has_value();
        if (ma && *ma != *mb)
            return *ma < *mb;
        if (a.received != b.received)
            return a.received > b.received;
        return key(a.name + a.office) < key(b.name + b.office);
    });
    for (int i = 0; i < record.rows.size(); ++i)
        record.rows[i].rank = i + 1;
    return record;
}

const PpkRecord::Row *PpkRecord::find(const QString &which, QString *error) const
{
    bool number = false;
    const int rank = which.trimmed().toInt(&number);
    if (number) {
        if (rank >= 1 && rank <= rows.size())
            return &rows.at(rank - 1);
        *error =
            tr("There is no PPK ranked %1: the record has %n PPK(s).", nullptr, int(rows.size()))
                .arg(rank);
        return nullptr;
    }
    const Row *found = nullptr;
    for (const Row &row : rows) {
        if (key(row.name) != key(which))
            continue;
        if (found) {
            *error = tr("More than one PPK is named %1: give its rank in the record instead.")
                         .arg(which.trimmed());
            return nullptr;
        }
        found = &row;
    }
    if (!found)
        *error = tr("No PPK named %1 in the record.").arg(which.trimmed());
    return found;
}

QJsonObject PpkRecord::toJson() const
{
    QJsonArray list;
    for (const Row &row : rows) {
        const std::optional<double> rate = row.followUpRate();
        const std::optional<double> median = row.medianDays();
        list.append(QJsonObject{
            {QStringLiteral("rank"), row.rank},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("office"), row.office},
            {QStringLiteral("kind"), code(row.kind)},
            {QStringLiteral("received"), row.received},
            {QStringLiteral("followed_up"), row.followedUp},
            {QStringLiteral("followed_up_different"), row.followedUpDifferent},
            {QStringLiteral("late"), row.late},
            {QStringLiteral("awaiting"), row.awaiting},
            {QStringLiteral("follow_up_rate"), rate ? QJsonValue(*rate) : QJsonValue()},
            {QStringLiteral("median_days"), median ? QJsonValue(*median) : QJsonValue()},
        });
    }
    return QJsonObject{{QStringLiteral("today"), today.toString(Qt::ISODate)},
                       {QStringLiteral("response_days"), responseDays},
                       {QStringLiteral("ppks"), list}};
}
