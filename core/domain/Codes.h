#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QStringList>

// The coded values of a case and its hearings, as written in the data file and in the CSV
// register (docs/register-csv.md): one table per kind (Codes.cpp) with each code's label in the
// user's language and its labels on printed documents (Indonesian, and English for the summary).
namespace Codes {

enum class Kind {
    Source,
    Election,
    Status,
    ViolationCategory,
    PositionCategory,
    Sanction,
    PartyRole,     // the persons of a case: terlapor, saksi, ahli
    AttendeeRole,  // the persons heard: the reporter (pelapor) and the party roles
    Delivery,      // how an invitation was delivered
    Attendance,    // "" (not recorded), hadir, tidak_hadir, diwakili
    Oath,          // "" (not recorded), bersumpah, menolak
    Deadline,      // the deadlines of a procedure profile: filing, finding, review, decision
    DeadlineState, // DeadlineStatus::State
    ActivityKind,  // prevention activities: sosialisasi, deklarasi, rapat_koordinasi, surat_imbauan
    AppealAddressee, // to whom an appeal letter goes: ppk, instansi, kepala_desa
    LeadSource, // where a supervision lead came from: patroli_siber, lapangan, masyarakat, media
    LeadStatus, // a lead's state: baru, ditelusuri, tidak_ditindaklanjuti, temuan
};

// Every code of a kind, in display order.
QStringList all(Kind kind);
bool isValid(Kind kind, const QString &code);
// The label of a code in the current UI language; the code itself when unknown.
QString label(Kind kind, const QString &code);
// The code whose code or label matches text, ignoring case; empty when none.
QString find(Kind kind, const QString &text);
// The label of a code on a printed document, in Indonesian ("id") or English ("en"), never
// through the UI translation; "-" for an empty code, the code itself when unknown.
QString printLabel(Kind kind, const QString &code, const QString &language = QStringLiteral("id"));

// The codes the program itself decides on, by name.
namespace Source {
inline constexpr QLatin1String Report("laporan"), Finding("temuan"),
    InitialInformation("informasi_awal");
}
namespace Election {
inline constexpr QLatin1String Pilkada("pilkada"), Pemilu("pemilu");
}
// The statuses; which are open and which closed is the status machine's (StatusMachine).
namespace Status {
inline constexpr QLatin1String Received("diterima"), NotRegistered("tidak_diregistrasi"),
    Withdrawn("dicabut"), Registered("diregistrasi"), Clarification("klarifikasi"),
    Analysis("kajian"), Forwarded("diteruskan"), Stopped("dihentikan");
}
namespace Role {
inline constexpr QLatin1String Reporter("pelapor"), Reported("terlapor"), Witness("saksi"),
    Expert("ahli");
}
namespace Attendance {
inline constexpr QLatin1String Present("hadir"), Absent("tidak_hadir"), Represented("diwakili");
}
namespace Oath {
inline constexpr QLatin1String Sworn("bersumpah"), Refused("menolak");
}
namespace Sanction {
inline constexpr QLatin1String None("tidak_ada");
}
namespace Lead {
inline constexpr QLatin1String Patrol("patroli_siber"), Field("lapangan"), Public("masyarakat"),
    News("media");
inline constexpr QLatin1String New("baru"), Tracing("ditelusuri"),
    NotPursued("tidak_ditindaklanjuti"), Finding("temuan");
} // namespace Lead
namespace Activity {
inline constexpr QLatin1String Outreach("sosialisasi"), Declaration("deklarasi"),
    Coordination("rapat_koordinasi"), Appeal("surat_imbauan");
}

} // namespace Codes
