#include "Codes.h"

#include <array>

namespace {

using Codes::Kind;

// One row per code. `label` is the UI label, an English source string (Indonesian lives in
// translations/netra_id.ts); `id` and `en` are the labels printed on documents, which speak the
// language of the document, never the UI's. Rows of a kind stand together, in display order.
struct Entry
{
    Kind kind;
    const char *code;
    const char *label;
    const char *id;
    const char *en;
};

const Entry table[] = {
    {Kind::Source, "laporan", QT_TRANSLATE_NOOP("Codes", "Report"), "Laporan", "Report"},
    {Kind::Source, "temuan", QT_TRANSLATE_NOOP("Codes", "Finding"), "Temuan", "Finding"},
    {Kind::Source, "informasi_awal", QT_TRANSLATE_NOOP("Codes", "Initial information"),
     "Informasi Awal", "Initial information"},

    {Kind::Election, "pilkada", QT_TRANSLATE_NOOP("Codes", "Pilkada (regional head election)"),
     "Pemilihan Kepala Daerah", "Regional head election (Pilkada)"},
    {Kind::Election, "pemilu", QT_TRANSLATE_NOOP("Codes", "Pemilu (general election)"),
     "Pemilihan Umum", "General election (Pemilu)"},

    {Kind::Status, "diterima", QT_TRANSLATE_NOOP("Codes", "Received"), "Diterima", "Received"},
    {Kind::Status, "tidak_diregistrasi", QT_TRANSLATE_NOOP("Codes", "Not registered"),
     "Tidak diregistrasi", "Not registered"},
    {Kind::Status, "dicabut", QT_TRANSLATE_NOOP("Codes", "Withdrawn"), "Dicabut", "Withdrawn"},
    {Kind::Status, "diregistrasi", QT_TRANSLATE_NOOP("Codes", "Registered"), "Diregistrasi",
     "Registered"},
    {Kind::Status, "klarifikasi", QT_TRANSLATE_NOOP("Codes", "Clarification"), "Klarifikasi",
     "Clarification"},
    {Kind::Status, "kajian", QT_TRANSLATE_NOOP("Codes", "Analysis"), "Kajian", "Analysis"},
    {Kind::Status, "diteruskan", QT_TRANSLATE_NOOP("Codes", "Forwarded"), "Diteruskan",
     "Forwarded"},
    {Kind::Status, "dihentikan", QT_TRANSLATE_NOOP("Codes", "Stopped"), "Dihentikan", "Stopped"},

    {Kind::ViolationCategory, "media_sosial",
     QT_TRANSLATE_NOOP("Codes", "Campaigning on social media"),
     "Kampanye atau sosialisasi melalui media sosial", "Campaigning on social media"},
    {Kind::ViolationCategory, "kegiatan_berpihak",
     QT_TRANSLATE_NOOP("Codes", "Partisan activities"), "Kegiatan yang mengarah pada keberpihakan",
     "Partisan activities"},
    {Kind::ViolationCategory, "foto_bersama",
     QT_TRANSLATE_NOOP("Codes", "Photo with a candidate or their hand sign"),
     "Berfoto bersama calon atau dengan simbol tangan calon",
     "Photo with a candidate or their hand sign"},
    {Kind::ViolationCategory, "deklarasi_kampanye",
     QT_TRANSLATE_NOOP("Codes", "Attending a declaration or campaign"),
     "Menghadiri deklarasi atau kampanye", "Attending a declaration or campaign"},
    {Kind::ViolationCategory, "pendekatan_parpol",
     QT_TRANSLATE_NOOP("Codes", "Approaching a political party"),
     "Melakukan pendekatan ke partai politik", "Approaching a political party"},
    {Kind::ViolationCategory, "alat_peraga", QT_TRANSLATE_NOOP("Codes", "Installing banners"),
     "Memasang baliho atau spanduk", "Installing banners"},
    {Kind::ViolationCategory, "keputusan_menguntungkan",
     QT_TRANSLATE_NOOP("Codes", "Decisions favouring a candidate"),
     "Membuat keputusan yang menguntungkan calon", "Decisions favouring a candidate"},
    {Kind::ViolationCategory, "mendaftar_calon",
     QT_TRANSLATE_NOOP("Codes", "Registering as a candidate"), "Mendaftarkan diri sebagai calon",
     "Registering as a candidate"},
    {Kind::ViolationCategory, "tim_kampanye", QT_TRANSLATE_NOOP("Codes", "Joining a campaign team"),
     "Menjadi anggota tim kampanye", "Joining a campaign team"},
    {Kind::ViolationCategory, "anggota_parpol", QT_TRANSLATE_NOOP("Codes", "Party membership"),
     "Menjadi anggota partai politik", "Party membership"},
    {Kind::ViolationCategory, "lainnya", QT_TRANSLATE_NOOP("Codes", "Other"), "Lainnya", "Other"},

    {Kind::PositionCategory, "jpt", QT_TRANSLATE_NOOP("Codes", "Senior executive (JPT)"),
     "Jabatan Pimpinan Tinggi (JPT)", "Senior executive (JPT)"},
    {Kind::PositionCategory, "administrator", QT_TRANSLATE_NOOP("Codes", "Administrator"),
     "Administrator", "Administrator"},
    {Kind::PositionCategory, "pengawas", QT_TRANSLATE_NOOP("Codes", "Supervisor (pengawas)"),
     "Pengawas", "Supervisor (pengawas)"},
    {Kind::PositionCategory, "fungsional", QT_TRANSLATE_NOOP("Codes", "Functional"), "Fungsional",
     "Functional"},
    {Kind::PositionCategory, "pelaksana", QT_TRANSLATE_NOOP("Codes", "Staff (pelaksana)"),
     "Pelaksana", "Staff (pelaksana)"},
    {Kind::PositionCategory, "kepala_wilayah",
     QT_TRANSLATE_NOOP("Codes", "Area head (camat, lurah)"), "Kepala Wilayah (Camat/Lurah)",
     "Area head (camat, lurah)"},
    {Kind::PositionCategory, "pppk", QT_TRANSLATE_NOOP("Codes", "Contract civil servant (PPPK)"),
     "PPPK", "Contract civil servant (PPPK)"},
    {Kind::PositionCategory, "honorer", QT_TRANSLATE_NOOP("Codes", "Honorary staff"),
     "Tenaga Honorer", "Honorary staff"},
    {Kind::PositionCategory, "kepala_desa", QT_TRANSLATE_NOOP("Codes", "Village head"),
     "Kepala Desa", "Village head"},
    {Kind::PositionCategory, "perangkat_desa", QT_TRANSLATE_NOOP("Codes", "Village official"),
     "Perangkat Desa", "Village official"},
    {Kind::PositionCategory, "tni_polri", QT_TRANSLATE_NOOP("Codes", "TNI/Polri"), "TNI/Polri",
     "TNI/Polri"},
    {Kind::PositionCategory, "lainnya", QT_TRANSLATE_NOOP("Codes", "Other"), "Lainnya", "Other"},

    {Kind::Sanction, "moral_tertutup",
     QT_TRANSLATE_NOOP("Codes", "Moral sanction: closed statement"),
     "Sanksi moral berupa pernyataan secara tertutup", "Moral sanction: closed statement"},
    {Kind::Sanction, "moral_terbuka", QT_TRANSLATE_NOOP("Codes", "Moral sanction: open statement"),
     "Sanksi moral berupa pernyataan secara terbuka", "Moral sanction: open statement"},
    {Kind::Sanction, "disiplin_ringan", QT_TRANSLATE_NOOP("Codes", "Light disciplinary penalty"),
     "Hukuman disiplin ringan", "Light disciplinary penalty"},
    {Kind::Sanction, "disiplin_sedang", QT_TRANSLATE_NOOP("Codes", "Moderate disciplinary penalty"),
     "Hukuman disiplin sedang", "Moderate disciplinary penalty"},
    {Kind::Sanction, "disiplin_berat", QT_TRANSLATE_NOOP("Codes", "Severe disciplinary penalty"),
     "Hukuman disiplin berat", "Severe disciplinary penalty"},
    {Kind::Sanction, "ptdh", QT_TRANSLATE_NOOP("Codes", "Dismissal not with honour (PTDH)"),
     "Pemberhentian tidak dengan hormat", "Dismissal not with honour (PTDH)"},
    {Kind::Sanction, "tidak_ada", QT_TRANSLATE_NOOP("Codes", "No sanction"), "Tidak ada sanksi",
     "No sanction"},

    // The persons heard; the party roles are these without the reporter (see span()).
    {Kind::AttendeeRole, "pelapor", QT_TRANSLATE_NOOP("Codes", "Reporter"), "Pelapor", "Reporter"},
    {Kind::AttendeeRole, "terlapor", QT_TRANSLATE_NOOP("Codes", "Person reported"), "Terlapor",
     "Person reported"},
    {Kind::AttendeeRole, "saksi", QT_TRANSLATE_NOOP("Codes", "Witness"), "Saksi", "Witness"},
    {Kind::AttendeeRole, "ahli", QT_TRANSLATE_NOOP("Codes", "Expert"), "Ahli", "Expert"},

    {Kind::Delivery, "langsung", QT_TRANSLATE_NOOP("Codes", "In person"), "Langsung", "In person"},
    {Kind::Delivery, "sistem", QT_TRANSLATE_NOOP("Codes", "Through the online system"),
     "Melalui sistem daring", "Through the online system"},
    {Kind::Delivery, "telepon", QT_TRANSLATE_NOOP("Codes", "By phone or message"),
     "Melalui telepon atau pesan", "By phone or message"},

    {Kind::Attendance, "", QT_TRANSLATE_NOOP("Codes", "Not recorded"), "-", "-"},
    {Kind::Attendance, "hadir", QT_TRANSLATE_NOOP("Codes", "Present"), "Hadir", "Present"},
    {Kind::Attendance, "tidak_hadir", QT_TRANSLATE_NOOP("Codes", "Absent"), "Tidak hadir",
     "Absent"},
    {Kind::Attendance, "diwakili", QT_TRANSLATE_NOOP("Codes", "Represented"), "Diwakili kuasa",
     "Represented"},

    {Kind::Oath, "", QT_TRANSLATE_NOOP("Codes", "No oath recorded"), "-", "-"},
    {Kind::Oath, "bersumpah", QT_TRANSLATE_NOOP("Codes", "Took the oath"),
     "Bersedia diambil sumpah/janji", "Took the oath"},
    {Kind::Oath, "menolak", QT_TRANSLATE_NOOP("Codes", "Refused the oath"),
     "Menolak diambil sumpah/janji", "Refused the oath"},

    {Kind::Deadline, "filing", QT_TRANSLATE_NOOP("Codes", "Filing of the report"),
     "Penyampaian laporan", "Filing of the report"},
    {Kind::Deadline, "finding", QT_TRANSLATE_NOOP("Codes", "Setting of the finding"),
     "Penetapan temuan", "Setting of the finding"},
    {Kind::Deadline, "review", QT_TRANSLATE_NOOP("Codes", "Initial review and registration"),
     "Kajian awal dan registrasi", "Initial review and registration"},
    {Kind::Deadline, "decision", QT_TRANSLATE_NOOP("Codes", "Decision after registration"),
     "Keputusan setelah registrasi", "Decision after registration"},

    // In the order of DeadlineStatus::State.
    {Kind::DeadlineState, "met", QT_TRANSLATE_NOOP("Codes", "Met"), "Terpenuhi", "Met"},
    {Kind::DeadlineState, "met_late", QT_TRANSLATE_NOOP("Codes", "Met late"),
     "Terpenuhi, terlambat", "Met late"},
    {Kind::DeadlineState, "open", QT_TRANSLATE_NOOP("Codes", "Open"), "Berjalan", "Open"},
    {Kind::DeadlineState, "due_soon", QT_TRANSLATE_NOOP("Codes", "Due soon"), "Segera jatuh tempo",
     "Due soon"},
    {Kind::DeadlineState, "due_today", QT_TRANSLATE_NOOP("Codes", "Due today"),
     "Jatuh tempo hari ini", "Due today"},
    {Kind::DeadlineState, "late", QT_TRANSLATE_NOOP("Codes", "Late"), "Terlambat", "Late"},

    {Kind::ActivityKind, "sosialisasi", QT_TRANSLATE_NOOP("Codes", "Outreach (socialisation)"),
     "Sosialisasi", "Outreach (socialisation)"},
    {Kind::ActivityKind, "deklarasi", QT_TRANSLATE_NOOP("Codes", "Declaration of neutrality"),
     "Deklarasi/Ikrar Netralitas", "Declaration of neutrality"},
    {Kind::ActivityKind, "rapat_koordinasi", QT_TRANSLATE_NOOP("Codes", "Coordination meeting"),
     "Rapat Koordinasi", "Coordination meeting"},
    {Kind::ActivityKind, "surat_imbauan", QT_TRANSLATE_NOOP("Codes", "Appeal letter"),
     "Surat Imbauan", "Appeal letter"},

    {Kind::AppealAddressee, "ppk", QT_TRANSLATE_NOOP("Codes", "Staffing authority (PPK)"),
     "Pejabat Pembina Kepegawaian", "Staffing authority (PPK)"},
    {Kind::AppealAddressee, "instansi", QT_TRANSLATE_NOOP("Codes", "Agency"), "Instansi", "Agency"},
    {Kind::AppealAddressee, "kepala_desa", QT_TRANSLATE_NOOP("Codes", "Village heads"),
     "Kepala Desa", "Village heads"},

    {Kind::LeadSource, "patroli_siber", QT_TRANSLATE_NOOP("Codes", "Social media patrol"),
     "Patroli Siber", "Social media patrol"},
    {Kind::LeadSource, "lapangan", QT_TRANSLATE_NOOP("Codes", "Field monitoring"),
     "Pengawasan Lapangan", "Field monitoring"},
    {Kind::LeadSource, "masyarakat", QT_TRANSLATE_NOOP("Codes", "Member of the public"),
     "Informasi Masyarakat", "Member of the public"},
    {Kind::LeadSource, "media", QT_TRANSLATE_NOOP("Codes", "News media"), "Pemberitaan Media",
     "News media"},

    {Kind::LeadStatus, "baru", QT_TRANSLATE_NOOP("Codes", "New"), "Baru", "New"},
    {Kind::LeadStatus, "ditelusuri", QT_TRANSLATE_NOOP("Codes", "Being traced"),
     "Dalam Penelusuran", "Being traced"},
    {Kind::LeadStatus, "tidak_ditindaklanjuti", QT_TRANSLATE_NOOP("Codes", "Not pursued"),
     "Tidak Ditindaklanjuti", "Not pursued"},
    {Kind::LeadStatus, "temuan", QT_TRANSLATE_NOOP("Codes", "Became a finding"), "Menjadi Temuan",
     "Became a finding"},
};

struct Span
{
    const Entry *begin = nullptr;
    const Entry *end = nullptr;
};

Span span(Kind kind)
{
    // The rows of each kind, found once.
    static const std::array<Span, int(Kind::LeadStatus) + 1> spans = [] {
        std::array<Span, int(Kind::LeadStatus) + 1> s{};
        for (const Entry &e : table) {
            Span &k = s[size_t(e.kind)];
            if (!k.begin)
                k.begin = &e;
            k.end = &e + 1;
        }
        const Span roles = s[size_t(Kind::AttendeeRole)];
        s[size_t(Kind::PartyRole)] = {roles.begin + 1, roles.end};
        return s;
    }();
    return spans[size_t(kind)];
}

const Entry *entry(Kind kind, const QString &code)
{
    const Span s = span(kind);
    for (const Entry *e = s.begin; e != s.end; ++e) {
        if (code == QLatin1String(e->code))
            return e;
    }
    return nullptr;
}

QString uiLabel(const Entry &e)
{
    return QCoreApplication::translate("Codes", e.label);
}

} // namespace

namespace Codes {

QStringList all(Kind kind)
{
    QStringList codes;
    const Span s = span(kind);
    for (const Entry *e = s.begin; e != s.end; ++e)
        codes << QString::fromLatin1(e->code);
    return codes;
}

bool isValid(Kind kind, const QString &code)
{
    return entry(kind, code) != nullptr;
}

QString label(Kind kind, const QString &code)
{
    const Entry *e = entry(kind, code);
    return e ? uiLabel(*e) : code;
}

QString find(Kind kind, const QString &text)
{
    const QString t = text.trimmed();
    const Span s = span(kind);
    for (const Entry *e = s.begin; e != s.end; ++e) {
        if (t.compare(QLatin1String(e->code), Qt::CaseInsensitive) == 0 ||
            t.compare(uiLabel(*e), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(e->code);
    }
    return {};
}

QString printLabel(Kind kind, const QString &code, const QString &language)
{
    if (code.trimmed().isEmpty())
        return QStringLiteral("-");
    const Entry *e = entry(kind, code);
    if (!e)
        return code;
    return QString::fromUtf8(language == QLatin1String("en") ? e->en : e->id);
}

} // namespace Codes
