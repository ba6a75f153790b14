#include "Recap.h"

#include "documents/PrintedDocument.h"
#include "domain/Codes.h"
#include "domain/Regions.h"
#include "store/ActivityRepository.h"
#include "store/LeadRepository.h"
#include "store/StatsRepository.h"

#include <QMap>

namespace {

struct Label
{
    const char *code;
    const char *label;
};

// Documents and exports are Indonesian whatever the UI language, so these labels are not tr().
const Label categoryLabels[] = {
    {"media_sosial", "Media sosial"},
    {"kegiatan_berpihak", "Kegiatan berpihak"},
    {"foto_bersama", "Foto bersama calon"},
    {"deklarasi_kampanye", "Deklarasi/kampanye"},
    {"pendekatan_parpol", "Pendekatan ke parpol"},
    {"alat_peraga", "Alat peraga"},
    {"keputusan_menguntungkan", "Keputusan menguntungkan"},
    {"mendaftar_calon", "Mendaftar sebagai calon"},
    {"tim_kampanye", "Tim kampanye"},
    {"anggota_parpol", "Anggota parpol"},
    {"lainnya", "Lainnya"},
};

const Label positionLabels[] = {
    {"jpt", "JPT"},
    {"administrator", "Administrator"},
    {"pengawas", "Pengawas"},
    {"fungsional", "Fungsional"},
    {"pelaksana", "Pelaksana"},
    {"kepala_wilayah", "Camat/Lurah"},
    {"pppk", "PPPK"},
    {"honorer", "Honorer"},
    {"kepala_desa", "Kepala desa"},
    {"perangkat_desa", "Perangkat desa"},
    {"tni_polri", "TNI/Polri"},
    {"lainnya", "Lainnya"},
};

template <size_t N> QString find(const Label (&labels)[N], const QString &code)
{
    if (code.isEmpty())
        return QStringLiteral("Tanpa kategori");
    for (const Label &l : labels) {
        if (code == QLatin1String(l.code))
            return QString::fromUtf8(l.label);
    }
    return code;
}

// Each code of the list once, plus "" at the end when a count falls outside the list (no category
// or a code the program does not know), so that the columns always add up to the totals.
QStringList columnsFor(Codes::Kind kind, const QList<StatsRepository::RegencyCount> &counts)
{
    QStringList codes = Codes::all(kind);
    for (const auto &c : counts) {
        if (!codes.contains(c.key)) {
            codes << QString();
            break;
        }
    }
    return codes;
}

int columnOf(const QStringList &codes, const QString &key)
{
    const int i = codes.indexOf(key);
    return i >= 0 ? i : codes.indexOf(QString());
}

} // namespace

std::optional<double> Recap::Row::followUpRate() const
{
    if (recommended <= 0)
        return std::nullopt;
    return double(followedUp) / double(recommended);
}

QString Recap::categoryLabel(const QString &code)
{
    return find(categoryLabels, code);
}

QString Recap::positionLabel(const QString &code)
{
    return find(positionLabels, code);
}

Recap Recap::compute(Database &db, const CaseFilter &filter)
{
    StatsRepository repo(db);
    Recap recap;
    recap.filter = filter;
    const auto cases = repo.casesByRegencyAndCategory(filter);
    const auto persons = repo.personsByRegencyAndPosition(filter);
    recap.categories = columnsFor(Codes::Kind::ViolationCategory, cases);
    recap.positions = columnsFor(Codes::Kind::PositionCategory, persons);
    recap.activityKinds = Codes::all(Codes::Kind::ActivityKind);

    QMap<QString, Row> rows; // by regency code, in code order
    auto rowOf = [&](const QString &code) -> Row & {
        auto it = rows.find(code);
        if (it == rows.end()) {
            Row r;
            r.regencyCode = code;
            r.regencyName = Regions::nameOf(code);
            r.byCategory = QList<qint64>(recap.categories.size(), 0);
            r.byPosition = QList<qint64>(recap.positions.size(), 0);
            r.byActivity = QList<qint64>(recap.activityKinds.size(), 0);
            it = rows.insert(code, r);
        }
        return *it;
    };
    for (const auto &c : cases) {
        Row &r = rowOf(c.regencyCode);
        r.byCategory[columnOf(recap.categories, c.key)] += c.count;
        r.cases += c.count;
    }
    for (const auto &p : persons) {
        Row &r = rowOf(p.regencyCode);
        r.byPosition[columnOf(recap.positions, p.key)] += p.count;
        r.persons += p.count;
    }

    // The prevention activities and the supervision leads of the period, per regency (a regency
    // with some and no case has a row too), each counted for all regencies at once.
    const QHash<QString, ActivityRepository::Counts> activities =
        ActivityRepository(db).countsByRegency(ActivityRepository::Filter::of(filter));
    for (auto it = activities.cbegin(); it != activities.cend(); ++it) {
        Row &r = rowOf(it.key());
        r.activities = it->activities;
        r.participants = it->participants;
        for (const auto &k : it->byKind) {
            const int i = int(recap.activityKinds.indexOf(k.first));
            if (i >= 0)
                r.byActivity[i] = k.second;
        }
    }
    const QHash<QString, LeadRepository::Counts> leads =
        LeadRepository(db).countsByRegency(LeadRepository::Filter::of(filter));
    for (auto it = leads.cbegin(); it != leads.cend(); ++it) {
        if (it->recorded == 0 && it->findings == 0 && it->notPursued == 0)
            continue;
        Row &r = rowOf(it.key());
        r.leads = it->recorded;
        r.leadFindings = it->findings;
        r.leadsNotPursued = it->notPursued;
    }
    const QHash<QString, StatsRepository::FollowUpCounts> followUps =
        repo.followUpsByRegency(filter);

    recap.total.regencyName = QStringLiteral("Jumlah");
    recap.total.byActivity = QList<qint64>(recap.activityKinds.size(), 0);
    recap.total.byCategory = QList<qint64>(recap.categories.size(), 0);
    recap.total.byPosition = QList<qint64>(recap.positions.size(), 0);
    for (Row &r : rows) {
        const StatsRepository::FollowUpCounts fu = followUps.value(r.regencyCode);
        r.recommended = fu.recommendedSanction;
        r.followedUp = fu.followedUp;
        for (int i = 0; i < r.byCategory.size(); ++i)
            recap.total.byCategory[i] += r.byCategory.at(i);
        for (int i = 0; i < r.byPosition.size(); ++i)
            recap.total.byPosition[i] += r.byPosition.at(i);
        recap.total.cases += r.cases;
        recap.total.persons += r.persons;
        recap.total.recommended += r.recommended;
        recap.total.followedUp += r.followedUp;
        for (int i = 0; i < r.byActivity.size(); ++i)
            recap.total.byActivity[i] += r.byActivity.at(i);
        recap.total.activities += r.activities;
        recap.total.participants += r.participants;
        recap.total.leads += r.leads;
        recap.total.leadFindings += r.leadFindings;
        recap.total.leadsNotPursued += r.leadsNotPursued;
        recap.rows << r;
    }
    return recap;
}

QString Recap::periodOf(const CaseFilter &filter)
{
    const QDate &from = filter.receivedFrom;
    const QDate &to = filter.receivedTo;
    if (from.isValid() && to.isValid())
        return QStringLiteral("%1 s.d. %2")
            .arg(PrintedDocument::date(from), PrintedDocument::date(to));
    if (from.isValid())
        return QStringLiteral("sejak %1").arg(PrintedDocument::date(from));
    if (to.isValid())
        return QStringLiteral("sampai dengan %1").arg(PrintedDocument::date(to));
    return QStringLiteral("seluruh periode");
}

QString Recap::scopeOf(const CaseFilter &filter)
{
    QStringList parts;
    if (!filter.regencyCode.isEmpty()) {
        parts << Regions::nameOf(filter.regencyCode);
    } else if (!filter.provinceCode.isEmpty()) {
        parts << QStringLiteral("Provinsi %1").arg(Regions::nameOf(filter.provinceCode));
    } else {
        parts << QStringLiteral("Seluruh kabupaten/kota");
    }
    if (filter.election == Codes::Election::Pilkada)
        parts << QStringLiteral("Pemilihan Kepala Daerah");
    else if (filter.election == Codes::Election::Pemilu)
        parts << QStringLiteral("Pemilihan Umum");
    parts << periodOf(filter);
    return parts.join(QLatin1String(", "));
}
