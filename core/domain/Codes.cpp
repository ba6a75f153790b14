#include "Codes.h"

namespace {

struct Entry
{
    const char *code;
    const char *label;
};

// Labels are English source strings; Indonesian lives in translations/netra_id.ts.
const Entry sources[] = {
    {"laporan", QT_TRANSLATE_NOOP("Codes", "Report")},
    {"temuan", QT_TRANSLATE_NOOP("Codes", "Finding")},
    {"informasi_awal", QT_TRANSLATE_NOOP("Codes", "Initial information")},
};

const Entry elections[] = {
    {"pilkada", QT_TRANSLATE_NOOP("Codes", "Pilkada (regional head election)")},
    {"pemilu", QT_TRANSLATE_NOOP("Codes", "Pemilu (general election)")},
};

const Entry statuses[] = {
    {"diterima", QT_TRANSLATE_NOOP("Codes", "Received")},
    {"tidak_diregistrasi", QT_TRANSLATE_NOOP("Codes", "Not registered")},
    {"dicabut", QT_TRANSLATE_NOOP("Codes", "Withdrawn")},
    {"diregistrasi", QT_TRANSLATE_NOOP("Codes", "Registered")},
    {"klarifikasi", QT_TRANSLATE_NOOP("Codes", "Clarification")},
    {"kajian", QT_TRANSLATE_NOOP("Codes", "Analysis")},
    {"diteruskan", QT_TRANSLATE_NOOP("Codes", "Forwarded")},
    {"dihentikan", QT_TRANSLATE_NOOP("Codes", "Stopped")},
};

const Entry violations[] = {
    {"media_sosial", QT_TRANSLATE_NOOP("Codes", "Campaigning on social media")},
    {"kegiatan_berpihak", QT_TRANSLATE_NOOP("Codes", "Partisan activities")},
    {"foto_bersama", QT_TRANSLATE_NOOP("Codes", "Photo with a candidate or their hand sign")},
    {"deklarasi_kampanye", QT_TRANSLATE_NOOP("Codes", "Attending a declaration or campaign")},
    {"pendekatan_parpol", QT_TRANSLATE_NOOP("Codes", "Approaching a political party")},
    {"alat_peraga", QT_TRANSLATE_NOOP("Codes", "Installing banners")},
    {"keputusan_menguntungkan", QT_TRANSLATE_NOOP("Codes", "Decisions favouring a candidate")},
    {"mendaftar_calon", QT_TRANSLATE_NOOP("Codes", "Registering as a candidate")},
    {"tim_kampanye", QT_TRANSLATE_NOOP("Codes", "Joining a campaign team")},
    {"anggota_parpol", QT_TRANSLATE_NOOP("Codes", "Party membership")},
    {"lainnya", QT_TRANSLATE_NOOP("Codes", "Other")},
};

const Entry positions[] = {
    {"jpt", QT_TRANSLATE_NOOP("Codes", "Senior executive (JPT)")},
    {"administrator", QT_TRANSLATE_NOOP("Codes", "Administrator")},
    {"pengawas", QT_TRANSLATE_NOOP("Codes", "Supervisor (pengawas)")},
    {"fungsional", QT_TRANSLATE_NOOP("Codes", "Functional")},
    {"pelaksana", QT_TRANSLATE_NOOP("Codes", "Staff (pelaksana)")},
    {"kepala_wilayah", QT_TRANSLATE_NOOP("Codes", "Area head (camat, lurah)")},
    {"pppk", QT_TRANSLATE_NOOP("Codes", "Contract civil servant (PPPK)")},
    {"honorer", QT_TRANSLATE_NOOP("Codes", "Honorary staff")},
    {"kepala_desa", QT_TRANSLATE_NOOP("Codes", "Village head")},
    {"perangkat_desa", QT_TRANSLATE_NOOP("Codes", "Village official")},
    {"tni_polri", QT_TRANSLATE_NOOP("Codes", "TNI/Polri")},
    {"lainnya", QT_TRANSLATE_NOOP("Codes", "Other")},
};

const Entry sanctions[] = {
    {"moral_tertutup", QT_TRANSLATE_NOOP("Codes", "Moral sanction: closed statement")},
    {"moral_terbuka", QT_TRANSLATE_NOOP("Codes", "Moral sanction: open statement")},
    {"disiplin_ringan", QT_TRANSLATE_NOOP("Codes", "Light disciplinary penalty")},
    {"disiplin_sedang", QT_TRANSLATE_NOOP("Codes", "Moderate disciplinary penalty")},
    {"disiplin_berat", QT_TRANSLATE_NOOP("Codes", "Severe disciplinary penalty")},
    {"ptdh", QT_TRANSLATE_NOOP("Codes", "Dismissal not with honour (PTDH)")},
    {"tidak_ada", QT_TRANSLATE_NOOP("Codes", "No sanction")},
};

const Entry roles[] = {
    {"terlapor", QT_TRANSLATE_NOOP("Codes", "Person reported")},
    {"saksi", QT_TRANSLATE_NOOP("Codes", "Witness")},
    {"ahli", QT_TRANSLATE_NOOP("Codes", "Expert")},
};

template <size_t N> QList<Entry> toList(const Entry (&entries)[N])
{
    return QList<Entry>(std::begin(entries), std::end(entries));
}

QList<Entry> entries(Codes::Kind kind)
{
    switch (kind) {
    case Codes::Kind::Source:
        return toList(sources);
    case Codes::Kind::Election:
        return toList(elections);
    case Codes::Kind::Status:
        return toList(statuses);
    case Codes::Kind::ViolationCategory:
        return toList(violations);
    case Codes::Kind::PositionCategory:
        return toList(positions);
    case Codes::Kind::Sanction:
        return toList(sanctions);
    case Codes::Kind::PartyRole:
        return toList(roles);
    }
    return {};
}

} // namespace

namespace Codes {

QStringList all(Kind kind)
{
    QStringList codes;
    for (const Entry &e : entries(kind))
        codes << QString::fromLatin1(e.code);
    return codes;
}

bool isValid(Kind kind, const QString &code)
{
    for (const Entry &e : entries(kind)) {
        if (code == QLatin1String(e.code))
            return true;
    }
    return false;
}

QString label(Kind kind, const QString &code)
{
    for (const Entry &e : entries(kind)) {
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("Codes", e.label);
    }
    return code;
}

QString find(Kind kind, const QString &text)
{
    const QString t = text.trimmed();
    for (const Entry &e : entries(kind)) {
        if (t.compare(QLatin1String(e.code), Qt::CaseInsensitive) == 0 ||
            t.compare(QCoreApplication::translate("Codes", e.label), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(e.code);
    }
    return {};
}

} // namespace Codes
