#include "DemoGenerator.h"

#include "documents/CaseDocuments.h"
#include "documents/PrintedDocument.h"
#include "domain/Case.h"
#include "domain/CaseNumber.h"
#include "domain/Nip.h"
#include "domain/OfficeTime.h"
#include "domain/Regions.h"
#include "store/ActivityRepository.h"
#include "store/AttachmentRepository.h"
#include "store/CaseRepository.h"
#include "store/HearingRepository.h"
#include "store/KeyStore.h"
#include "store/LeadRepository.h"
#include "store/LedgerRepository.h"
#include "store/LetterBook.h"
#include "store/SettingsRepository.h"
#include "store/UserRepository.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPainterPath>
#include <QUuid>

namespace {

// docs/domain.md §6: Pilkada 2020 final shares, the rest spread over the other categories.
const QList<QPair<const char *, int>> violationShares = {{"media_sosial", 304},
                                                         {"kegiatan_berpihak", 224},
                                                         {"foto_bersama", 126},
                                                         {"deklarasi_kampanye", 109},
                                                         {"pendekatan_parpol", 56},
                                                         {"alat_peraga", 40},
                                                         {"keputusan_menguntungkan", 30},
                                                         {"mendaftar_calon", 25},
                                                         {"tim_kampanye", 30},
                                                         {"anggota_parpol", 16},
                                                         {"lainnya", 40}};

const QList<QPair<const char *, int>> positionShares = {
    {"fungsional", 265}, {"pelaksana", 172},     {"jpt", 157},     {"administrator", 134},
    {"pengawas", 118},   {"kepala_wilayah", 40}, {"pppk", 20},     {"honorer", 25},
    {"kepala_desa", 35}, {"perangkat_desa", 24}, {"tni_polri", 5}, {"lainnya", 5}};

struct Period
{
    const char *profile;
    const char *election;
    QDate from;
    QDate to;
    int share;
};

const Period periods[] = {
    {"pilkada-2020", "pilkada", QDate(2020, 8, 1), QDate(2020, 12, 20), 40},
    {"pemilu-2024", "pemilu", QDate(2023, 10, 1), QDate(2024, 2, 20), 25},
    {"pilkada-2024", "pilkada", QDate(2024, 8, 26), QDate(2024, 11, 30), 30},
};

// The months of a general election's campaign and count (docs/domain.md: Pemilu 2019 and 2024).
bool aroundPemilu(const QDate &d)
{
    return (d >= QDate(2018, 9, 1) && d <= QDate(2019, 12, 31)) ||
           (d >= QDate(2023, 9, 1) && d <= QDate(2024, 12, 31));
}

} // namespace

DemoGenerator::DemoGenerator(Database &db, const Options &options)
    : m_db(db), m_options(options), m_rng(options.seed)
{
    QFile f(QStringLiteral(":/netra/demo/demo.json"));
    if (f.open(QIODevice::ReadOnly))
        m_data = QJsonDocument::fromJson(f.readAll()).object();
}

QString DemoGenerator::pick(const char *list)
{
    const QJsonArray a = m_data.value(QLatin1String(list)).toArray();
    return a.isEmpty() ? QString() : a.at(m_rng.bounded(int(a.size()))).toString();
}

QList<MinutesEntry> DemoGenerator::minutesOf(const QString &role, const QDate &eventDate)
{
    // Three to six questions in a hearing's order: the opening, those of the person's part (the
    // reported civil servant's conduct, or what a reporter or witness knows), each asked once
    // with one of its answers, and the closing. Drawn as the demo always drew its minutes (an
    // entry's id, its question, its answer), so that every other figure of the demo stays.
    const QJsonObject all = m_data.value(QLatin1String("minutes")).toObject();
    const QJsonArray asked =
        all.value(QLatin1String(role == Codes::Role::Reported ? "reported" : "others")).toArray();
    const int n = 3 + m_rng.bounded(4);
    QList<bool> taken(asked.size(), false);
    QList<QPair<int, MinutesEntry>> entries; // by their place in the hearing
    for (int i = 0; i < n; ++i) {
        MinutesEntry e{0, uuid(), QString(), QString()};
        int k = m_rng.bounded(int(asked.size()));
        QJsonObject pair;
        int place = i == 0 ? -1 : int(asked.size());
        if (i == 0) {
            pair = all.value(QLatin1String("opening")).toObject();
        } else if (i == n - 1) {
            pair = all.value(QLatin1String("closing")).toObject();
        } else {
            while (taken.at(k)) // at most four asked of at least five
                k = (k + 1) % int(asked.size());
            taken[k] = true;
            place = k;
            pair = asked.at(k).toObject();
        }
        const QJsonArray answers = pair.value(QLatin1String("a")).toArray();
        e.question = pair.value(QLatin1String("q")).toString();
        e.answer = answers.at(m_rng.bounded(int(answers.size()))).toString();
        // An answer that the day of the act decides ("on a day off" for a Saturday's act).
        if (eventDate.dayOfWeek() >= Qt::Saturday && pair.contains(QLatin1String("day_off")))
            e.answer = pair.value(QLatin1String("day_off")).toString();
        entries << qMakePair(place, e);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<MinutesEntry> minutes;
    for (const auto &entry : std::as_const(entries))
        minutes << entry.second;
    return minutes;
}

QString DemoGenerator::weighted(const QList<QPair<const char *, int>> &shares)
{
    int total = 0;
    for (const auto &s : shares)
        total += s.second;
    int r = m_rng.bounded(total);
    for (const auto &s : shares) {
        if (r < s.second)
            return QString::fromLatin1(s.first);
        r -= s.second;
    }
    return QString::fromLatin1(shares.last().first);
}

QString DemoGenerator::uuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 v = m_rng.generate();
        memcpy(bytes.data() + i, &v, 4);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString DemoGenerator::personName(bool female, bool titled)
{
    QString name = pick(female ? "given_female" : "given_male") + QLatin1Char(' ') + pick("family");
    if (titled && m_rng.bounded(3) == 0)
        name = pick("titles_before") + QLatin1Char(' ') + name;
    if (titled && m_rng.bounded(2) == 0)
        name += QStringLiteral(", ") + pick("titles_after");
    return name;
}

QString DemoGenerator::nip(const QString &category, bool female)
{
    static const QStringList civilServants = {
        QStringLiteral("jpt"),       QStringLiteral("administrator"),
        QStringLiteral("pengawas"),  QStringLiteral("fungsional"),
        QStringLiteral("pelaksana"), QStringLiteral("kepala_wilayah")};
    const QDate birth = QDate(1964, 1, 1).addDays(m_rng.bounded(12400)); // to mid 1997
    const QString born = birth.toString(QStringLiteral("yyyyMMdd"));
    const QString gender = female ? QStringLiteral("2") : QStringLiteral("1");
    const QString seq = QStringLiteral("%1").arg(1 + m_rng.bounded(999), 3, 10, QLatin1Char('0'));
    if (civilServants.contains(category)) {
        int year = birth.year() + 20 + m_rng.bounded(10);
        year = qMin(year, 2021);
        const QString tmt =
            QStringLiteral("%1%2").arg(year).arg(1 + m_rng.bounded(12), 2, 10, QLatin1Char('0'));
        return born + tmt + gender + seq;
    }
    if (category == QLatin1String("pppk"))
        return born + QString::number(2021 + m_rng.bounded(3)) + QStringLiteral("21") + gender +
               seq;
    return {};
}

QString DemoGenerator::fill(QString text, const QString &regency, const QString &district)
{
    text.replace(QLatin1String("{region}"), regency);
    text.replace(QLatin1String("{district}"), district);
    text.replace(QLatin1String("{village}"), pick("villages"));
    text.replace(QLatin1String("{candidate}"), pick("candidates"));
    text.replace(QLatin1String("{platform}"), pick("platforms"));
    return text;
}

bool DemoGenerator::run(QString *error, const std::function<bool(int)> &progress)
{
    for (const QString &code : m_options.regencies) {
        if (!Regions::shipped().regency(code)) {
            *error = tr("The regency code %1 is not in the region list.").arg(code);
            return false;
        }
    }
    if (m_data.isEmpty()) {
        *error = tr("The demo word lists are missing from the program's resources.");
        return false;
    }
    m_db.setToday(m_options.today);
    m_db.setActor(QStringLiteral("demo"));
    m_db.setClock([this] { return m_now; });
    m_now = QDateTime(m_options.today.addYears(-3), QTime(8, 0), Qt::UTC);
    if (!addUsers(error) || !addOffice(error))
        return false;
    if (m_options.encryptIdentities && !KeyStore(m_db).hasFileKeys() &&
        !KeyStore(m_db).convert(&m_recoveryKey, error))
        return false;
    // The history reads as the office's work: the officer records, the coordinator decides, the
    // clerk keeps the minutes (by login, shown with their full names).
    m_db.setActor(QStringLiteral("petugas"));
    // The cases are made in the order they were received, so that their numbers follow their
    // dates as an office's do; each from its own draws (opened), whatever its turn.
    QList<std::pair<QDate, int>> order;
    order.reserve(m_options.cases);
    for (int index = 0; index < m_options.cases; ++index) {
        QString regencyName, districtName;
        order.append({opened(index, &regencyName, &districtName).receivedDate, index});
    }
    std::sort(order.begin(), order.end());
    const int batch = qMax(1, m_options.batch);
    for (int done = 0; done < m_options.cases;) {
        Transaction t(m_db);
        SearchRowBatch searchRows(m_db); // each case's row once, not at each of its steps
        const int end = qMin(m_options.cases, done + batch);
        for (; done < end; ++done) {
            if (!makeCase(order.at(done).second, done, error))
                return false;
        }
        QString failed;
        if (!searchRows.flush(&failed) || !t.commit()) {
            *error = tr("The demo data could not be written: %1")
                         .arg(failed.isEmpty() ? m_db.lastError() : failed);
            return false;
        }
        if (progress && !progress(done))
            break;
    }
    seedStream(quint32(m_options.cases)); // what follows the cases, from a stream of its own
    if (!issueLetters(error) || !addActivities(error) || !addLeads(error))
        return false;
    m_db.setClock({});
    return true;
}

bool DemoGenerator::issueLetters(QString *error)
{
    std::stable_sort(m_invitations.begin(), m_invitations.end(),
                     [](const Invitation &a, const Invitation &b) {
                         return std::tie(a.sent, a.caseId) < std::tie(b.sent, b.caseId);
                     });
    Transaction t(m_db);
    const CaseRepository cases(m_db);
    const HearingRepository hearings(m_db);
    // The invitations of a case sent on one day, from one build of its letters.
    for (qsizetype first = 0; first < m_invitations.size();) {
        const Invitation &day = m_invitations.at(first);
        qsizetype end = first + 1;
        while (end < m_invitations.size() && m_invitations.at(end).sent == day.sent &&
               m_invitations.at(end).caseId == day.caseId)
            ++end;
        m_db.setToday(day.sent);
        // In the afternoon (15.00 WIB), after the hearing was scheduled that morning.
        m_now = QDateTime(day.sent, QTime(8, 0), Qt::UTC).addSecs(first % 3600);
        const std::optional<Case> c = cases.load(day.caseId);
        if (!c) {
            *error = m_db.lastError();
            return false;
        }
        QList<PrintedDocument> letters =
            CaseDocuments::build(CaseDocuments::Kind::Invitation, *c, hearings.hearings(c->id),
                                 DocumentContext::fromFile(m_db, *c));
        for (qsizetype i = first; i < end; ++i) {
            const QString key = CaseDocuments::personLetterKey(CaseDocuments::Kind::Invitation,
                                                               m_invitations.at(i).attendeeUuid);
            for (PrintedDocument &letter : letters) {
                if (letter.letter.document == key && !CaseDocuments::issue(m_db, letter, error))
                    return false;
            }
        }
        first = end;
    }
    m_db.setToday(m_options.today);
    m_invitations.clear();
    if (!t.commit()) {
        *error = tr("The demo data could not be written: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

bool DemoGenerator::addActivities(QString *error)
{
    // A generator of their own, after the cases: the same seed gives the same cases as before
    // there were activities.
    QRandomGenerator rng(m_options.seed ^ 0x5e1f5eedu);
    auto pickFrom = [&](const char *list) {
        const QJsonArray a = m_data.value(QLatin1String(list)).toArray();
        return a.isEmpty() ? QString() : a.at(rng.bounded(int(a.size()))).toString();
    };
    const QStringList kinds = Codes::all(Codes::Kind::ActivityKind);
    // About one for every 40 cases of a regency, at least four: one of each kind.
    const int perRegency = qMax(4, m_options.cases / 40 / qMax(1, int(m_options.regencies.size())));
    ActivityRepository repo(m_db);
    Transaction t(m_db);
    for (const QString &code : std::as_const(m_options.regencies)) {
        const QString regency = Regions::shipped().regency(code)->title;
        QString town = regency;
        for (const QLatin1String prefix : {QLatin1String("Kabupaten "), QLatin1String("Kota ")}) {
            if (town.startsWith(prefix))
                town = town.mid(prefix.size());
        }
        const bool city = regency.startsWith(QLatin1String("Kota "));
        const QString head =
            (city ? QStringLiteral("Wali Kota ") : QStringLiteral("Bupati ")) + town;
        for (int i = 0; i < perRegency; ++i) {
            PreventionActivity a;
            a.kind = kinds.at(i % kinds.size());
            a.regencyCode = code;
            // Spread over the last three years, the newest last.
            a.date = m_options.today.addDays(-1095 + (1095 * (i + 1)) / (perRegency + 1) -
                                             rng.bounded(20));
            QStringList agencies;
            for (int k = 0; k < 2 + int(rng.bounded(4)); ++k) {
                const QString agency = fill(pickFrom("agencies"), regency, regency);
                if (!agencies.contains(agency))
                    agencies << agency;
            }
            a.agencies = agencies.join(QLatin1Char('\n'));
            if (a.kind == Codes::Activity::Outreach) {
                a.title = QStringLiteral("Sosialisasi Netralitas ASN pada Pemilihan");
                a.online = rng.bounded(3) == 0;
                a.platform = a.online ? QStringLiteral("Zoom Meeting") : QString();
                a.place = a.online ? QString() : QStringLiteral("Pendopo %1").arg(regency);
                a.positions = QStringLiteral("Kepala Dinas\nSekretaris Dinas\nKepala Bidang");
                a.participants = 60 + int(rng.bounded(140));
            } else if (a.kind == Codes::Activity::Declaration) {
                a.title = QStringLiteral("Deklarasi dan Ikrar Netralitas ASN");
                a.place = QStringLiteral("Alun-alun %1").arg(town);
                a.positions = QStringLiteral("%1\nSekretaris Daerah\nKepala BKPSDM\n"
                                             "Kepala Perangkat Daerah")
                                  .arg(head);
                a.participants = 150 + int(rng.bounded(350));
            } else if (a.kind == Codes::Activity::Coordination) {
                a.title = QStringLiteral("Rapat Koordinasi Pengawasan Netralitas ASN");
                a.place = QStringLiteral("Aula Bawaslu %1").arg(regency);
                a.positions = QStringLiteral("Sekretaris Daerah\nInspektur\nKepala BKPSDM");
                a.participants = 15 + int(rng.bounded(25));
            } else {
                const int to = int(rng.bounded(3));
                a.addresseeKind = Codes::all(Codes::Kind::AppealAddressee).at(to % 3);
                a.addressee = to == 0 ? head
                              : to == 1
                                  ? QStringLiteral("Kepala Perangkat Daerah se-%1").arg(regency)
                                  : QStringLiteral("Kepala Desa se-%1").arg(regency);
                a.title = QStringLiteral("Imbauan Menjaga Netralitas %1")
                              .arg(to == 2 ? QStringLiteral("Kepala Desa dan Perangkat Desa")
                                           : QStringLiteral("Aparatur Sipil Negara"));
                a.agencies = to == 2 ? QString() : a.agencies;
                a.positions = to == 0   ? QStringLiteral("Pejabat Pembina Kepegawaian")
                              : to == 1 ? QStringLiteral("Kepala Perangkat Daerah")
                                        : QStringLiteral("Kepala Desa");
            }
            a.notes = a.isAppeal() ? QString()
                                   : QStringLiteral("Daftar hadir dan dokumentasi terlampir.");
            m_now = QDateTime(a.date, QTime(2, 0), Qt::UTC);
            if (!repo.save(a, error))
                return false;
            // The attendance list of a meeting, kept with the activity as an office keeps it.
            if (!a.isAppeal()) {
                QByteArray list("No;Instansi;Jabatan\n");
                int row = 0;
                for (const QString &agency : a.agencyList())
                    list += QStringLiteral("%1;%2;%3\n")
                                .arg(++row)
                                .arg(agency, a.positionList().value(0))
                                .toUtf8();
                if (!AttachmentRepository(m_db, AttachmentOwner::Activity)
                         .addAttachment(a.id, QStringLiteral("daftar-hadir.csv"), list,
                                        QStringLiteral("text/csv"), nullptr, error))
                    return false;
            }
        }
    }
    if (!t.commit()) {
        *error = tr("The demo data could not be written: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

bool DemoGenerator::addLeads(QString *error)
{
    // A generator of their own, after the cases and activities: the same seed gives the same
    // cases and activities as before there were leads.
    QRandomGenerator rng(m_options.seed ^ 0x1eadf00du);
    const QStringList sources = Codes::all(Codes::Kind::LeadSource);
    static const char *const says[] = {
        "Akun media sosial diduga milik ASN %1 membagikan unggahan kampanye pasangan calon.",
        "ASN %1 diduga hadir dalam deklarasi pasangan calon di %2.",
        "Foto ASN %1 berpose dengan simbol jari pasangan calon beredar di grup percakapan.",
        "Kepala desa di %2 diduga mengarahkan perangkat desa mendukung pasangan calon.",
        "Pemberitaan daring menyebut pejabat %1 menghadiri rapat tim kampanye.",
    };
    static const char *const why[] = {
        "Tidak ditemukan bukti yang cukup; akun tidak dapat dipastikan milik ASN.",
        "Peristiwa terjadi di luar masa pemilihan.",
        "Yang bersangkutan bukan ASN maupun perangkat desa.",
    };
    // About one for every 30 cases of a regency, at least six.
    const int perRegency = qMax(6, m_options.cases / 30 / qMax(1, int(m_options.regencies.size())));
    LeadRepository repo(m_db);
    Transaction t(m_db);
    for (const QString &code : std::as_const(m_options.regencies)) {
        const QString regency = Regions::shipped().regency(code)->title;
        for (int i = 0; i < perRegency; ++i) {
            Lead l;
            l.sourceKind = sources.at(int(rng.bounded(int(sources.size()))));
            l.regencyCode = code;
            l.date = m_options.today.addDays(-730 + (730 * (i + 1)) / (perRegency + 1) -
                                             rng.bounded(10));
            l.agency = fill(pick("agencies"), regency, regency);
            // Each text names the agency (%1), the regency (%2) or one of them.
            l.description = QString::fromUtf8(says[rng.bounded(5)])
                                .replace(QLatin1String("%1"), l.agency)
                                .replace(QLatin1String("%2"), regency);
            if (l.sourceKind == Codes::Lead::Patrol)
                l.sourceDetail = QStringLiteral("https://www.facebook.com/akun.%1")
                                     .arg(rng.bounded(10000, 99999));
            else if (l.sourceKind == Codes::Lead::News)
                l.sourceDetail = QStringLiteral("https://berita.example.id/%1/%2")
                                     .arg(l.date.year())
                                     .arg(rng.bounded(1000, 9999));
            else
                l.sourceDetail = QStringLiteral("Kantor Desa, %1").arg(regency);
            if (l.sourceKind == Codes::Lead::Public) {
                l.informantName = personName(rng.bounded(2) == 0, false);
                l.informantContact = QStringLiteral("08%1").arg(rng.bounded(100000000, 999999999));
                l.informantConfidential = rng.bounded(3) == 0;
            }
            m_now = QDateTime(l.date, QTime(2, 0), Qt::UTC);
            if (!repo.save(l, error))
                return false;
            // The address of the post or article, kept as the lead's evidence.
            if (l.sourceKind == Codes::Lead::Patrol || l.sourceKind == Codes::Lead::News) {
                if (!AttachmentRepository(m_db, AttachmentOwner::Lead)
                         .addAttachment(l.id, QStringLiteral("tautan-sumber.txt"),
                                        l.sourceDetail.toUtf8() + '\n',
                                        QStringLiteral("text/plain"), nullptr, error))
                    return false;
            }
            // The newest stay new; the rest are traced, and most older ones closed.
            const int fate = i >= perRegency - 2 ? 0 : 1 + int(rng.bounded(3));
            if (fate == 0)
                continue;
            const QDate traced = qMin(l.date.addDays(1 + rng.bounded(3)), m_options.today);
            m_now = QDateTime(traced, QTime(3, 0), Qt::UTC);
            if (!repo.addNote(l.id, traced,
                              QStringLiteral("Tangkapan layar dan keterangan awal dihimpun; "
                                             "identitas yang bersangkutan ditelusuri."),
                              error))
                return false;
            if (fate == 2) {
                const QDate closed = qMin(traced.addDays(2 + rng.bounded(5)), m_options.today);
                m_now = QDateTime(closed, QTime(3, 0), Qt::UTC);
                if (!repo.closeNotPursued(l.id, closed, QString::fromUtf8(why[rng.bounded(3)]),
                                          error))
                    return false;
            }
        }
    }
    // Some finding cases came from a lead: one recorded a day or two before the case's date it
    // became known, linked to the case from the lead's side.
    for (const Finding &f : std::as_const(m_findings)) {
        if (rng.bounded(4) != 0)
            continue;
        Lead l;
        l.sourceKind = sources.at(int(rng.bounded(2))); // a patrol or the field
        l.regencyCode = f.regencyCode;
        l.date = f.knownDate.addDays(-int(rng.bounded(3)));
        l.description = f.description.isEmpty()
                            ? QStringLiteral("Dugaan pelanggaran netralitas ASN.")
                            : f.description;
        l.sourceDetail =
            l.sourceKind == Codes::Lead::Patrol
                ? QStringLiteral("https://www.instagram.com/akun.%1").arg(rng.bounded(10000, 99999))
                : QStringLiteral("Pengawasan langsung");
        m_now = QDateTime(l.date, QTime(1, 0), Qt::UTC);
        if (!repo.save(l, error) ||
            !repo.addNote(l.id, f.knownDate,
                          QStringLiteral("Hasil penelusuran memenuhi unsur dugaan pelanggaran; "
                                         "diusulkan ditetapkan sebagai temuan."),
                          error) ||
            !repo.linkFinding(l.id, f.uuid, error))
            return false;
    }
    if (!t.commit()) {
        *error = tr("The demo data could not be written: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

namespace {

// A logo drawn for the demo (an eye over a ballot box, in the colours of a regency office):
// shapes only, no text and no real emblem.
QImage demoLogo()
{
    QImage image(240, 240, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(110, 20, 20), 8));
    p.setBrush(QColor(178, 34, 34));
    p.drawEllipse(QRectF(8, 8, 224, 224));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 214, 64));
    p.drawEllipse(QRectF(34, 34, 172, 172));
    // The ballot box.
    p.setBrush(QColor(40, 40, 40));
    p.drawRect(QRectF(70, 120, 100, 62));
    p.setBrush(QColor(255, 214, 64));
    p.drawRect(QRectF(100, 126, 40, 6));
    // The eye above it.
    QPainterPath eye;
    eye.moveTo(62, 92);
    eye.quadTo(120, 42, 178, 92);
    eye.quadTo(120, 142, 62, 92);
    p.setBrush(Qt::white);
    p.setPen(QPen(QColor(40, 40, 40), 5));
    p.drawPath(eye);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(178, 34, 34));
    p.drawEllipse(QPointF(120, 92), 17, 17);
    p.setBrush(QColor(40, 40, 40));
    p.drawEllipse(QPointF(120, 92), 7, 7);
    p.end();
    return image;
}

} // namespace

bool DemoGenerator::addOffice(QString *error)
{
    // A complete office, so that the first print looks finished: letterhead with a logo,
    // signatories and the letter number pattern. Kept as the office set it when there is one.
    SettingsRepository repo(m_db);
    if (!repo.setting(QStringLiteral("office_name")).isEmpty())
        return true;
    const QString code = m_options.regencies.value(0);
    const Regions::Region *regency = Regions::shipped().regency(code);
    if (!regency)
        return true;
    const QString name = regency->title; // "Kabupaten Sukoharjo"
    QString city = name;
    for (const QLatin1String prefix : {QLatin1String("Kabupaten "), QLatin1String("Kota ")}) {
        if (city.startsWith(prefix))
            city = city.mid(prefix.size());
    }
    const QString slug = city.toLower().remove(QLatin1Char(' '));
    // Letter numbers as a Central Java regency office writes them: K.JT-11.
    const QString province = code.left(2) == QLatin1String("33")
                                 ? QStringLiteral("JT")
                                 : QStringLiteral("P%1").arg(code.left(2));
    const QList<QPair<QString, QString>> settings{
        {QStringLiteral("office_name"),
         QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM ") + name.toUpper()},
        {QStringLiteral("office_address"),
         QStringLiteral("Jalan Jenderal Sudirman Nomor 12, %1").arg(city)},
        {QStringLiteral("office_city"), city},
        {QStringLiteral("office_phone"), QStringLiteral("(0271) 593 120")},
        {QStringLiteral("office_email"), QStringLiteral("sekretariat@%1.bawaslu.demo").arg(slug)},
        {QStringLiteral("office_website"), QStringLiteral("%1.bawaslu.demo").arg(slug)},
        {QStringLiteral("office_logo"), Letterhead::encodeLogo(demoLogo())},
        {QStringLiteral("letter_pattern"),
         QStringLiteral("{seq:3}/PP.01.02/K.%1-%2/{month}/{year}").arg(province, code.mid(2))},
        {QStringLiteral("signatory_chair"), QStringLiteral("Bambang Sutrisno, S.H.")},
        {QStringLiteral("signatory_coordinator"), QStringLiteral("Sitti Ramadhan, S.Sos.")},
        {QStringLiteral("signatory_coordinator_nip"), QString()},
        {QStringLiteral("signatory_members"),
         QStringLiteral("Dewi Lestari, S.Pd.\nYohanes Kristianto, S.H.\n"
                        "Agus Prasetyo, S.E.; 198104122009011003")},
    };
    for (const auto &s : settings) {
        if (!repo.setSetting(s.first, s.second, error))
            return false;
    }
    return true;
}

bool DemoGenerator::addUsers(QString *error)
{
    UserRepository users(m_db);
    if (users.hasUsers()) {
        const std::optional<User> clerk = users.find(QStringLiteral("notulis"));
        m_clerk = clerk ? clerk->id : 0;
        return true;
    }
    const struct
    {
        const char *login;
        const char *name;
        Role role;
    } demoUsers[] = {
        {"admin", "Rina Kartika, S.Kom.", Role::Administrator},
        {"koordinator", "Ahmad Fauzi, S.H.", Role::Coordinator},
        {"petugas", "Dewi Lestari, S.Sos.", Role::Officer},
        {"notulis", "Yusuf Hidayat", Role::Clerk},
        {"pemantau", "Sri Wahyuni, S.E.", Role::Viewer},
    };
    for (const auto &d : demoUsers) {
        User u;
        u.login = QLatin1String(d.login);
        u.fullName = QLatin1String(d.name);
        u.role = d.role;
        if (!users.create(u, QLatin1String(Password), error))
            return false;
        if (d.role == Role::Clerk)
            m_clerk = u.id;
    }
    return true;
}

void DemoGenerator::reportAgain(Case &c, int position)
{
    // A few civil servants of the first regency reported again in another one (moved there, or
    // active across the border), so that a person's track record spans two regencies. Without
    // drawing: every other figure stays as it was.
    constexpr int Persons = 5;
    if (m_options.regencies.size() < 2 || c.parties.isEmpty())
        return;
    Party &p = c.parties.first();
    if (c.regencyCode == m_options.regencies.first()) {
        if (m_reportedAgain.size() < Persons && Nip::parse(p.nip).valid)
            m_reportedAgain << p;
        return;
    }
    if (position % 40 != 0 || m_reportedAgainUsed >= m_reportedAgain.size())
        return;
    const Party &earlier = m_reportedAgain.at(m_reportedAgainUsed++);
    p.name = earlier.name;
    p.nip = earlier.nip;
    p.positionCategory = earlier.positionCategory;
}

void DemoGenerator::seedStream(quint32 stream)
{
    const quint32 seeds[] = {m_options.seed, stream};
    m_rng = QRandomGenerator(seeds, 2);
}

Case DemoGenerator::opened(int index, QString *regencyName, QString *districtName)
{
    seedStream(quint32(index));
    Case c;
    c.uuid = uuid();
    const QString regencyCode =
        m_options.regencies.at(m_rng.bounded(int(m_options.regencies.size())));
    *regencyName = Regions::shipped().regency(regencyCode)->title;
    const QList<Regions::Region> districts = Regions::shipped().districts(regencyCode);
    const Regions::Region *district =
        districts.isEmpty() ? nullptr : &districts.at(m_rng.bounded(int(districts.size())));
    *districtName = district ? district->title : *regencyName;

    // About one case in twenty is recent and still open, so the desk has work due now.
    const bool recent = m_rng.bounded(100) < 5;
    int r = m_rng.bounded(95);
    const Period *period = &periods[0];
    for (const Period &p : periods) {
        if (r < p.share) {
            period = &p;
            break;
        }
        r -= p.share;
    }
    c.regencyCode = regencyCode;
    c.districtCode = district ? district->code : QString();
    c.election = QString::fromLatin1(period->election);

    c.source = m_rng.bounded(100) < 70 ? Codes::Source::Report : Codes::Source::Finding;
    // A period that has not ended by "today" is cut there, so that no date lies in the future;
    // one that has not begun yet gives recent cases instead.
    const QDate periodEnd = qMin(period->to, m_options.today.addDays(-30));
    const bool now = recent || periodEnd <= period->from;
    if (now)
        c.eventDate = m_options.today.addDays(-3 - m_rng.bounded(12));
    else
        c.eventDate = period->from.addDays(m_rng.bounded(int(period->from.daysTo(periodEnd))));
    // A Pemilu case only around a Pemilu (2019, 2024); a recent case away from one is a
    // Pilkada case.
    if (c.election == Codes::Election::Pemilu && !aroundPemilu(c.eventDate))
        c.election = Codes::Election::Pilkada;
    // A case of now takes the profile in force on its date; an older one its election's.
    c.profileId = now ? QString() : QString::fromLatin1(period->profile);
    c.knownDate = c.eventDate.addDays(m_rng.bounded(4));
    const bool lateFiling = !recent && m_rng.bounded(100) < 5;
    c.receivedDate = c.knownDate.addDays(lateFiling ? 9 + m_rng.bounded(8) : m_rng.bounded(5));
    if (c.receivedDate > m_options.today)
        c.receivedDate = m_options.today;
    return c;
}

bool DemoGenerator::makeCase(int index, int position, QString *error)
{
    QString regencyName, districtName;
    Case c = opened(index, &regencyName, &districtName);
    m_now = QDateTime(c.receivedDate, QTime(2, 0), Qt::UTC).addSecs(position % 3600);

    c.violationCategory = weighted(violationShares);
    const QJsonArray descriptions =
        m_data.value(QLatin1String("descriptions")).toObject().value(c.violationCategory).toArray();
    if (!descriptions.isEmpty())
        c.description = fill(descriptions.at(m_rng.bounded(int(descriptions.size()))).toString(),
                             regencyName, districtName);
    c.eventPlace = pick("places") + QLatin1Char(' ') + districtName;
    if (c.source == Codes::Source::Report) {
        c.reporterName = personName(m_rng.bounded(2) == 0, false);
        c.reporterAddress = QStringLiteral("Desa %1, Kecamatan %2, %3")
                                .arg(pick("villages"), districtName, regencyName);
        c.reporterContact = QStringLiteral("08%1").arg(m_rng.bounded(100000000, 999999999));
        c.reporterConfidential = m_rng.bounded(100) < 15;
    }

    const int reported = m_rng.bounded(100) < 80 ? 1 : (m_rng.bounded(100) < 75 ? 2 : 3);
    const QJsonObject positions = m_data.value(QLatin1String("positions")).toObject();
    for (int i = 0; i < reported; ++i) {
        Party p;
        p.uuid = uuid();
        p.positionCategory = weighted(positionShares);
        const bool female = m_rng.bounded(100) < 38;
        p.name = personName(female, p.positionCategory != QLatin1String("perangkat_desa"));
        p.nip = nip(p.positionCategory, female);
        const QJsonArray titles = positions.value(p.positionCategory).toArray();
        p.positionTitle = fill(titles.at(m_rng.bounded(int(titles.size()))).toString(), regencyName,
                               districtName);
        if (p.positionCategory == QLatin1String("kepala_desa") ||
            p.positionCategory == QLatin1String("perangkat_desa"))
            p.agency = fill(pick("village_agencies"), regencyName, districtName);
        else if (p.positionCategory == QLatin1String("kepala_wilayah") || m_rng.bounded(3) == 0)
            p.agency = fill(pick("district_agencies"), regencyName, districtName);
        else
            p.agency = fill(pick("agencies"), regencyName, districtName);
        // A camat works at the district's office, a lurah at the ward's (drawn all the same,
        // so that every other figure stays as it was): "Camat Weru" was at "SD Negeri 2 Weru".
        if (p.positionCategory == QLatin1String("kepala_wilayah"))
            p.agency = (p.positionTitle.contains(QLatin1String("Kelurahan")) ||
                                p.positionTitle.startsWith(QLatin1String("Lurah"))
                            ? QStringLiteral("Kelurahan ")
                            : QStringLiteral("Kecamatan ")) +
                       districtName;
        // Some staff answer to another PPK than the regent (the PPKs' record compares them):
        // madrasah teachers to the Minister of Religious Affairs, the province's own staff to the
        // governor. Renamed after the draw, so that every other figure stays as it was.
        const Regions::Region *province = Regions::shipped().province(c.regencyCode.left(2));
        if (p.agency.startsWith(QLatin1String("Dinas Pendidikan dan Kebudayaan ")) ||
            p.agency.startsWith(QLatin1String("Bagian Kesejahteraan Rakyat ")))
            p.agency = QStringLiteral("Kantor Kementerian Agama ") + regencyName;
        else if (province &&
                 p.agency.startsWith(QLatin1String("Badan Kesatuan Bangsa dan Politik ")))
            p.agency =
                QStringLiteral("Badan Kesatuan Bangsa dan Politik Provinsi ") + province->title;
        else if (province && p.agency.startsWith(QLatin1String("Dinas Tenaga Kerja ")))
            p.agency =
                QStringLiteral("Dinas Tenaga Kerja dan Transmigrasi Provinsi ") + province->title;
        c.parties << p;
    }
    reportAgain(c, position);
    if (m_rng.bounded(100) < 40) {
        Party w;
        w.uuid = uuid();
        w.role = Codes::Role::Witness;
        w.name = personName(m_rng.bounded(2) == 0, false);
        w.address = QStringLiteral("Kecamatan %1").arg(districtName);
        c.parties << w;
    }

    CaseRepository repo(m_db);
    if (c.source == Codes::Source::Finding)
        m_findings << Finding{c.uuid, c.regencyCode, c.knownDate, c.description};
    if (!repo.create(c, error))
        return false;
    if (m_rng.bounded(100) < 10) {
        const QByteArray evidence =
            QStringLiteral(
                "Tautan bukti: https://contoh.netra.invalid/%1\nTangkapan layar diterima "
                "%2.\n")
                .arg(c.uuid, c.receivedDate.toString(Qt::ISODate))
                .toUtf8();
        if (!AttachmentRepository(m_db).addAttachment(c.id, QStringLiteral("bukti-tautan.txt"),
                                                      evidence, QStringLiteral("text/plain"),
                                                      nullptr, error))
            return false;
    }
    return runProcedure(c, error);
}

bool DemoGenerator::runProcedure(Case &c, QString *error)
{
    const QDate today = m_options.today;
    const bool recent = c.receivedDate.daysTo(today) < 20;
    // Recent cases stop somewhere along the way; older ones are decided.
    const int stopAt = recent ? m_rng.bounded(5) : 5; // 0 received .. 4 analysis, 5 decided
    if (stopAt == 0)
        return true;

    if (c.source == Codes::Source::Report && m_rng.bounded(100) < 2) {
        *error = takeStep(c, Step::Kind::Withdraw, c.receivedDate.addDays(1),
                          QStringLiteral("Pelapor mencabut laporannya secara tertulis"));
        return error->isEmpty();
    }
    bool registered = false;
    if (!registerCase(c, &registered, error))
        return false;
    if (!registered || stopAt == 1)
        return true;

    // The invitations go out on the day of registration (addHearing) and arrive the same day or
    // the next, the day before the hearing at the latest.
    const QDate hearingDay = c.registeredDate.addDays(2);
    if (hearingDay <= today && m_rng.bounded(100) < 85) {
        QString why;
        if (!(why = takeStep(c, Step::Kind::StartClarification, c.registeredDate)).isEmpty() ||
            !addHearing(c, hearingDay, error)) {
            if (error->isEmpty())
                *error = why;
            return false;
        }
    }
    if (stopAt == 2)
        return true;
    const QString why = takeStep(c, Step::Kind::StartAnalysis, qMin(hearingDay.addDays(1), today));
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    if (stopAt < 5)
        return true;
    return decide(c, hearingDay, error);
}

void DemoGenerator::reload(Case &c)
{
    keepReporter(c, *CaseRepository(m_db).load(c.id));
}

void DemoGenerator::keepReporter(Case &c, const Case &stored)
{
    // The case as stored, with the reporter as the generator made it: the file may hold it
    // sealed (KeyStore), and nobody signed in here may open it.
    const Case made = c;
    c = stored;
    c.reporterName = made.reporterName;
    c.reporterAddress = made.reporterAddress;
    c.reporterContact = made.reporterContact;
    c.reporterHidden = false;
}

QString DemoGenerator::takeStep(Case &c, Step::Kind kind, const QDate &date, const QString &reason)
{
    Step s;
    s.kind = kind;
    s.date = qMin(date, m_options.today);
    s.reason = reason;
    if (kind == Step::Kind::Forward)
        s.number = outsideLetterNumber(c, s.date);
    if (kind == Step::Kind::Extend)
        s.days = 2;
    m_now = QDateTime(s.date, QTime(3, 0), Qt::UTC);
    QString why;
    m_db.setActor(Step::isDecision(kind) ? QStringLiteral("koordinator")
                                         : QStringLiteral("petugas"));
    Case applied;
    const bool ok = CaseRepository(m_db).applyStep(c.id, s, &why, {}, &applied);
    m_db.setActor(QStringLiteral("petugas"));
    if (ok)
        keepReporter(c, applied);
    return ok ? QString() : why;
}

bool DemoGenerator::registerCase(Case &c, bool *registered, QString *error)
{
    QString why;
    const QDate registeredOn =
        c.receivedDate.addDays(m_rng.bounded(100) < 90 ? m_rng.bounded(3) : 3);
    if (m_rng.bounded(100) < 5 ||
        !(why = takeStep(c, Step::Kind::Register, registeredOn)).isEmpty()) {
        // Late or incomplete: not registered, with the reason an officer would write.
        const QString reason = why.isEmpty() ? pick("not_registered_reasons")
                                             : QStringLiteral("Laporan disampaikan melewati batas "
                                                              "waktu sejak diketahui");
        why = takeStep(c, Step::Kind::NotRegister, registeredOn, reason);
        if (!why.isEmpty())
            *error = why;
        return why.isEmpty();
    }
    // The review that led to the registration: every requirement met.
    c.review.met = Review::requirements();
    m_now = QDateTime(c.registeredDate, QTime(2, 30), Qt::UTC);
    if (!CaseRepository(m_db).save(c, error))
        return false;
    reload(c);
    *registered = true;
    return true;
}

void DemoGenerator::writeAnalysis(Case &c, bool stops)
{
    // Every person reported, each with their agency.
    QStringList names, subjects;
    for (const Party &p : c.reported()) {
        names << p.name;
        subjects << (p.agency.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.agency));
    }
    const auto listed = [](const QStringList &items) {
        return items.isEmpty() ? QStringLiteral("Terlapor") : PrintedDocument::joined(items);
    };
    c.analysisFacts =
        QStringLiteral("Berdasarkan %1, keterangan para pihak dalam klarifikasi dan bukti yang "
                       "diterima, diketahui hal berikut mengenai %2: %3")
            .arg(c.source == Codes::Source::Report ? QStringLiteral("laporan yang diterima")
                                                   : QStringLiteral("hasil pengawasan"),
                 listed(names), c.description);
    // The discipline regulation of the act's day: PP 94/2021 from 31 August 2021, PP 53/2010
    // before it.
    const QString discipline = c.eventDate.isValid() && c.eventDate < QDate(2021, 8, 31)
                                   ? QStringLiteral("PP 53/2010")
                                   : QStringLiteral("PP 94/2021");
    c.analysisElements =
        QStringLiteral("Unsur subjek: %1 berstatus Aparatur Sipil Negara. Unsur "
                       "perbuatan: %2 (Pasal 9 ayat (2) UU 5/2014 dan %3).")
            .arg(listed(subjects),
                 stops ? QStringLiteral("tidak terbukti adanya tindakan yang menunjukkan "
                                        "keberpihakan")
                       : QStringLiteral("terbukti adanya tindakan yang menunjukkan keberpihakan "
                                        "kepada peserta pemilihan"),
                 discipline);
    c.analysisConclusion =
        stops ? QStringLiteral("Tidak memenuhi unsur pelanggaran netralitas ASN; penanganan "
                               "dihentikan.")
              : QStringLiteral("Memenuhi unsur pelanggaran netralitas ASN; direkomendasikan "
                               "untuk diteruskan kepada instansi yang berwenang.");
}

bool DemoGenerator::decide(Case &c, const QDate &hearingDay, QString *error)
{
    // Most decisions come in time; some use the extension, a few are late all the same.
    int days = 1 + m_rng.bounded(c.election == Codes::Election::Pemilu ? 7 : 3);
    const int roll = m_rng.bounded(100);
    if (roll < 10) {
        takeStep(c, Step::Kind::Extend, c.registeredDate,
                 QStringLiteral("Diperlukan keterangan tambahan dari saksi dan ahli"));
        days += 2;
    } else if (roll < 16) {
        days += 3;
    }
    const QDate decided = qMax(c.registeredDate.addDays(days), hearingDay.addDays(1));
    const bool stops = m_rng.bounded(100) < 20;
    // The analysis the decision rests on.
    writeAnalysis(c, stops);
    m_now = QDateTime(qMin(decided, m_options.today), QTime(2, 0), Qt::UTC);
    if (!CaseRepository(m_db).save(c, error))
        return false;
    reload(c);
    const QString why = stops ? takeStep(c, Step::Kind::Stop, decided, pick("stop_reasons"))
                              : takeStep(c, Step::Kind::Forward, decided);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    return c.status == Codes::Status::Forwarded ? addFollowUps(c, error) : true;
}

QString DemoGenerator::outsideLetterNumber(const Case &c, const QDate &date)
{
    const SettingsRepository settings(m_db);
    QString pattern = settings.setting(QStringLiteral("letter_pattern")).trimmed();
    if (pattern.isEmpty())
        pattern = LetterBook::DefaultPattern;
    CaseNumber::Context letter = settings.numberingContext(c.regencyCode, date);
    letter.sequence = 100 + m_rng.bounded(800);
    return CaseNumber::format(pattern, letter);
}

bool DemoGenerator::addHearing(const Case &c, const QDate &date, QString *error)
{
    Hearing h;
    h.uuid = uuid();
    h.caseId = c.id;
    // Office hours where the office is, whatever the computer's zone.
    h.scheduledAt = OfficeTime(OfficeTime::zoneOfRegion(c.regencyCode))
                        .fromLocal(date, QTime(9 + m_rng.bounded(6), 0));
    h.online = m_rng.bounded(100) < 10;
    h.place = h.online ? QString() : QStringLiteral("Ruang Sidang Bawaslu");
    h.platform = h.online ? QStringLiteral("Zoom Meeting") : QString();
    h.onlineReason =
        h.online ? QStringLiteral("Terlapor bertugas di wilayah kepulauan") : QString();
    h.examiners = personName(m_rng.bounded(2) == 0, true) + QStringLiteral("; ") +
                  personName(m_rng.bounded(2) == 0, true);
    h.assignmentLetter = outsideLetterNumber(c, date);
    const QString regency = Regions::shipped().regency(c.regencyCode)->title;
    auto attendee = [&](qint64 partyId, const QString &role, const QString &name,
                        const QString &nip) {
        Attendee a;
        a.uuid = uuid();
        a.partyId = partyId;
        a.role = role;
        a.name = name;
        a.invitedOn = date.addDays(-2);
        a.deliveredOn = date.addDays(-2 + m_rng.bounded(2));
        a.deliveryConfirmed = true;
        a.delivery = m_rng.bounded(2) == 0 ? QStringLiteral("langsung") : QStringLiteral("telepon");
        const int roll = m_rng.bounded(100);
        a.attendance =
            roll < 82 ? Codes::Attendance::Present
                      : (roll < 92 ? Codes::Attendance::Absent : Codes::Attendance::Represented);
        if (a.attendance == Codes::Attendance::Absent)
            a.secondInvitedOn = date;
        if (a.attendance == Codes::Attendance::Present) {
            a.oath = m_rng.bounded(100) < 95 ? Codes::Oath::Sworn : Codes::Oath::Refused;
            a.birthPlace = regency.section(QLatin1Char(' '), 1);
            a.birthDate = QDate(1965, 1, 1).addDays(m_rng.bounded(12000));
            // A civil servant's as the NIP has it, as the minutes check (drawn all the same, so
            // that every other figure stays as it was).
            if (const Nip n = Nip::parse(nip); n.valid)
                a.birthDate = n.birthDate;
            a.occupation = role == Codes::Role::Reported ? QStringLiteral("Pegawai Negeri Sipil")
                                                         : pick("occupations");
            a.religion = pick("religions");
            a.address = QStringLiteral("Desa %1, %2").arg(pick("villages"), regency);
            a.minutes = minutesOf(role, c.eventDate);
        }
        h.attendees << a;
    };
    if (c.source == Codes::Source::Report)
        attendee(0, Codes::Role::Reporter, c.reporterName, QString());
    for (const Party &p : c.parties)
        attendee(p.id, p.role, p.name, p.nip);
    if (!HearingRepository(m_db).saveHearing(h, error))
        return false;
    for (const Attendee &a : std::as_const(h.attendees)) {
        if (a.invitedOn > m_options.today.addDays(-LetterDays))
            m_invitations << Invitation{a.invitedOn, c.id, a.uuid};
    }
    if (m_clerk && !UserRepository(m_db).setAssignedClerks(c.id, {m_clerk}, error))
        return false;
    // The minutes are read back and signed at the end of the hearing; now and then refused.
    m_now = QDateTime(date, QTime(9, 0), Qt::UTC);
    HearingRepository hearings(m_db);
    m_db.setActor(QStringLiteral("notulis"));
    for (const Attendee &a : std::as_const(h.attendees)) {
        if (a.minutes.isEmpty())
            continue;
        const bool refuses = m_rng.bounded(100) < 3;
        if (!hearings.sign(a.id, refuses ? QString() : a.name,
                           refuses ? QStringLiteral("Tidak bersedia menandatangani tanpa "
                                                    "didampingi kuasa hukum")
                                   : QString(),
                           error)) {
            m_db.setActor(QStringLiteral("petugas"));
            return false;
        }
    }
    m_db.setActor(QStringLiteral("petugas"));
    return true;
}

bool DemoGenerator::addFollowUps(const Case &c, QString *error)
{
    LedgerRepository repo(m_db);
    for (const Party &p : c.reported()) {
        FollowUp f;
        f.uuid = uuid();
        f.partyId = p.id;
        f.authority = c.forwardedTo;
        f.forwardedDate = c.decidedDate;
        // The PPK of the person's agency, and how it answers: the ministry promptly and
        // nearly always, the regent as offices mostly do, the governor late or never.
        const QString regency = Regions::shipped().regency(c.regencyCode)->title;
        const Regions::Region *province = Regions::shipped().province(c.regencyCode.left(2));
        int answers = 56;       // in a hundred
        int delayPercent = 100; // of the usual days to decide
        if (p.agency.startsWith(QLatin1String("Kantor Kementerian Agama"))) {
            f.ppkName = QStringLiteral("Menteri Agama");
            f.ppkOffice = QStringLiteral("Kementerian Agama Republik Indonesia");
            answers = 90;
            delayPercent = 30;
        } else if (province && p.agency.contains(QLatin1String(" Provinsi "))) {
            f.ppkName = QStringLiteral("Gubernur ") + province->title;
            f.ppkOffice = QStringLiteral("Pemerintah Provinsi ") + province->title;
            answers = 15;
        } else {
            f.ppkName = (regency.startsWith(QLatin1String("Kota ")) ? QStringLiteral("Wali ")
                                                                    : QStringLiteral("Bupati ")) +
                        regency.mid(regency.indexOf(QLatin1Char(' ')) + 1);
            f.ppkOffice = QStringLiteral("Pemerintah ") + regency;
        }
        const QDate recommended = c.decidedDate.addDays(7 + m_rng.bounded(35));
        if (m_rng.bounded(100) < 80 && recommended <= m_options.today) {
            f.recommendationNumber = QStringLiteral("R-%1/KASN/%2/%3")
                                         .arg(1000 + m_rng.bounded(8000))
                                         .arg(recommended.month())
                                         .arg(recommended.year());
            if (c.forwardedTo == QLatin1String("BKN"))
                f.recommendationNumber.replace(QLatin1String("KASN"), QLatin1String("BKN"));
            f.recommendationDate = recommended;
            static const QList<QPair<const char *, int>> sanctions = {
                {"moral_tertutup", 30},  {"moral_terbuka", 25}, {"disiplin_ringan", 15},
                {"disiplin_sedang", 15}, {"disiplin_berat", 7}, {"ptdh", 1},
                {"tidak_ada", 7}};
            f.sanctionRecommended = weighted(sanctions);
            f.responseDue = recommended.addDays(30);
            const QDate decided =
                recommended.addDays((10 + m_rng.bounded(80)) * delayPercent / 100);
            if (f.sanctionRecommended != Codes::Sanction::None && m_rng.bounded(100) < answers &&
                decided <= m_options.today) {
                f.ppkDecisionDate = decided;
                f.ppkDecisionNumber =
                    QStringLiteral("800/%1/%2").arg(100 + m_rng.bounded(900)).arg(decided.year());
                f.sanctionImposed = m_rng.bounded(100) < 85 ? f.sanctionRecommended
                                                            : QStringLiteral("moral_tertutup");
            }
        }
        m_now = QDateTime(qMax(f.recommendationDate, c.decidedDate), QTime(4, 0), Qt::UTC);
        if (!repo.saveFollowUp(f, c.id, error))
            return false;
    }
    return true;
}
