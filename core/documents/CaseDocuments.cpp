#include "CaseDocuments.h"

#include "domain/Deadlines.h"
#include "domain/HearingRules.h"
#include "domain/Nip.h"
#include "domain/ProcedureProfile.h"
#include "domain/Regions.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/LedgerRepository.h"
#include "store/LetterBook.h"
#include "store/SettingsRepository.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace {

using Kind = CaseDocuments::Kind;

// Documents speak the language of the document, not of the UI: their words are written here in
// Indonesian (and English for the summary), never through tr().
struct Label
{
    const char *code;
    const char *id;
    const char *en;
};

const Label sourceLabels[] = {
    {"laporan", "Laporan", "Report"},
    {"temuan", "Temuan", "Finding"},
    {"informasi_awal", "Informasi Awal", "Initial information"},
};

const Label electionLabels[] = {
    {"pilkada", "Pemilihan Kepala Daerah", "Regional head election (Pilkada)"},
    {"pemilu", "Pemilihan Umum", "General election (Pemilu)"},
};

const Label statusLabels[] = {
    {"diterima", "Diterima", "Received"},
    {"tidak_diregistrasi", "Tidak diregistrasi", "Not registered"},
    {"dicabut", "Dicabut", "Withdrawn"},
    {"diregistrasi", "Diregistrasi", "Registered"},
    {"klarifikasi", "Klarifikasi", "Clarification"},
    {"kajian", "Kajian", "Analysis"},
    {"diteruskan", "Diteruskan", "Forwarded"},
    {"dihentikan", "Dihentikan", "Stopped"},
};

const Label violationLabels[] = {
    {"media_sosial", "Kampanye atau sosialisasi melalui media sosial",
     "Campaigning on social media"},
    {"kegiatan_berpihak", "Kegiatan yang mengarah pada keberpihakan", "Partisan activities"},
    {"foto_bersama", "Berfoto bersama calon atau dengan simbol tangan calon",
     "Photo with a candidate or their hand sign"},
    {"deklarasi_kampanye", "Menghadiri deklarasi atau kampanye",
     "Attending a declaration or campaign"},
    {"pendekatan_parpol", "Melakukan pendekatan ke partai politik",
     "Approaching a political party"},
    {"alat_peraga", "Memasang baliho atau spanduk", "Installing banners"},
    {"keputusan_menguntungkan", "Membuat keputusan yang menguntungkan calon",
     "Decisions favouring a candidate"},
    {"mendaftar_calon", "Mendaftarkan diri sebagai calon", "Registering as a candidate"},
    {"tim_kampanye", "Menjadi anggota tim kampanye", "Joining a campaign team"},
    {"anggota_parpol", "Menjadi anggota partai politik", "Party membership"},
    {"lainnya", "Lainnya", "Other"},
};

const Label positionLabels[] = {
    {"jpt", "Jabatan Pimpinan Tinggi (JPT)", "Senior executive (JPT)"},
    {"administrator", "Administrator", "Administrator"},
    {"pengawas", "Pengawas", "Supervisor (pengawas)"},
    {"fungsional", "Fungsional", "Functional"},
    {"pelaksana", "Pelaksana", "Staff (pelaksana)"},
    {"kepala_wilayah", "Kepala Wilayah (Camat/Lurah)", "Area head (camat, lurah)"},
    {"pppk", "PPPK", "Contract civil servant (PPPK)"},
    {"honorer", "Tenaga Honorer", "Honorary staff"},
    {"kepala_desa", "Kepala Desa", "Village head"},
    {"perangkat_desa", "Perangkat Desa", "Village official"},
    {"tni_polri", "TNI/Polri", "TNI/Polri"},
    {"lainnya", "Lainnya", "Other"},
};

const Label sanctionLabels[] = {
    {"moral_tertutup", "Sanksi moral berupa pernyataan secara tertutup",
     "Moral sanction: closed statement"},
    {"moral_terbuka", "Sanksi moral berupa pernyataan secara terbuka",
     "Moral sanction: open statement"},
    {"disiplin_ringan", "Hukuman disiplin ringan", "Light disciplinary penalty"},
    {"disiplin_sedang", "Hukuman disiplin sedang", "Moderate disciplinary penalty"},
    {"disiplin_berat", "Hukuman disiplin berat", "Severe disciplinary penalty"},
    {"ptdh", "Pemberhentian tidak dengan hormat", "Dismissal not with honour (PTDH)"},
    {"tidak_ada", "Tidak ada sanksi", "No sanction"},
};

const Label roleLabels[] = {
    {"pelapor", "Pelapor", "Reporter"},
    {"terlapor", "Terlapor", "Person reported"},
    {"saksi", "Saksi", "Witness"},
    {"ahli", "Ahli", "Expert"},
};

const Label attendanceLabels[] = {
    {"hadir", "Hadir", "Present"},
    {"tidak_hadir", "Tidak hadir", "Absent"},
    {"diwakili", "Diwakili kuasa", "Represented"},
};

const Label oathLabels[] = {
    {"bersumpah", "Bersedia diambil sumpah/janji", "Took the oath"},
    {"menolak", "Menolak diambil sumpah/janji", "Refused the oath"},
};

const Label deadlineLabels[] = {
    {"filing", "Penyampaian laporan", "Filing of the report"},
    {"finding", "Penetapan temuan", "Setting of the finding"},
    {"review", "Kajian awal dan registrasi", "Initial review and registration"},
    {"decision", "Keputusan setelah registrasi", "Decision after registration"},
};

const Label stateLabels[] = {
    {"met", "Terpenuhi", "Met"},
    {"met_late", "Terpenuhi, terlambat", "Met late"},
    {"open", "Berjalan", "Open"},
    {"due_soon", "Segera jatuh tempo", "Due soon"},
    {"due_today", "Jatuh tempo hari ini", "Due today"},
    {"late", "Terlambat", "Late"},
};

template <size_t N>
QString labelOf(const Label (&labels)[N], const QString &code, const QString &language)
{
    if (code.trimmed().isEmpty())
        return QStringLiteral("-");
    for (const Label &l : labels) {
        if (code == QLatin1String(l.code))
            return QString::fromUtf8(language == QLatin1String("en") ? l.en : l.id);
    }
    return code;
}

QString e(const QString &text)
{
    return PrintedDocument::escape(text);
}

// A number or identifier kept on one line: case numbers would break at their slashes and
// hyphens, NIPs at their spaces. Qt's rich text ignores "white-space: nowrap" on a span, so word
// joiners (U+2060, not drawn and not extracted) hold the pieces together.
QString n(const QString &text)
{
    QString out = PrintedDocument::escape(text.trimmed().isEmpty() ? QStringLiteral("-") : text);
    out.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    out.replace(QLatin1Char('/'), QStringLiteral("/\u2060"));
    out.replace(QLatin1Char('-'), QStringLiteral("-\u2060"));
    return out;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("-") : text;
}

// What of the reporter's identity may be printed on one document (Identity's rule), and the
// free text with it taken out: a confidential reporter's name may stand in a description or an
// answer too.
class Shown
{
public:
    Shown(const Case &c, const QList<Hearing> &hearings, bool show,
          const Identity::Secrets &known = {})
        : m_hide(c.reporterConfidential && !show)
    {
        if (!m_hide)
            return;
        m_secrets.add(known);
        m_secrets.add(c);
        for (const Hearing &h : hearings) {
            for (const Attendee &a : h.attendees) {
                if (Identity::isReporter(a))
                    m_secrets.add(a);
            }
        }
    }

    bool hides() const { return m_hide; }
    // A field of the reporter's identity.
    QString reporter(const QString &value) const { return m_hide ? Identity::hidden() : value; }
    QString attendee(const Attendee &a, const QString &value) const
    {
        return (m_hide && Identity::isReporter(a)) || a.identityHidden ? Identity::hidden() : value;
    }
    // Free text with the reporter's identity taken out.
    QString text(const QString &value) const { return m_hide ? m_secrets.scrub(value) : value; }

private:
    bool m_hide;
    Identity::Secrets m_secrets;
};

struct Invited
{
    const Hearing *hearing;
    const Attendee *attendee;
};

bool wasHeard(const Attendee &a)
{
    return a.attendance == QLatin1String("hadir") || a.attendance == QLatin1String("diwakili") ||
           !a.minutes.isEmpty() || a.isSigned();
}

QList<Invited> persons(Kind kind, const QList<Hearing> &hearings)
{
    QList<Invited> list;
    for (const Hearing &h : hearings) {
        for (const Attendee &a : h.attendees) {
            const bool take = kind == Kind::Minutes            ? wasHeard(a)
                              : kind == Kind::SecondInvitation ? a.invitation == 2
                                                               : a.invitation != 2;
            if (take)
                list << Invited{&h, &a};
        }
    }
    return list;
}

// Builds the documents of one case with one context; one instance per build() call.
class Writer
{
public:
    Writer(Kind kind, const Case &c, const QList<Hearing> &hearings, const DocumentContext &ctx)
        : m_kind(kind), m_case(c), m_hearings(hearings), m_ctx(ctx),
          m_id(c, hearings, CaseDocuments::forOffice(kind) && ctx.showConfidential, ctx.secrets),
          m_profile(ProfileRegistry::shipped().find(c.profileId)),
          m_en(kind == Kind::Summary && ctx.language == QLatin1String("en"))
    {
    }

    QList<PrintedDocument> build();

private:
    PrintedDocument start(const QString &person = QString()) const;
    QString lang() const { return m_en ? QStringLiteral("en") : QStringLiteral("id"); }
    QString t(const char *id, const char *en) const { return QString::fromUtf8(m_en ? en : id); }
    // Free text of the case: escaped, the reporter taken out when hidden.
    QString x(const QString &text) const { return e(orDash(m_id.text(text.trimmed()))); }
    QString longDate(const QDate &d) const
    {
        return d.isValid() ? PrintedDocument::longDate(d, lang()) : QStringLiteral("-");
    }
    QString date(const QDate &d) const
    {
        return d.isValid() ? PrintedDocument::date(d, lang()) : QStringLiteral("-");
    }
    QString time(const QDateTime &t) const { return m_ctx.zone.time(t); }
    QString caseNumber() const
    {
        return m_case.registrationNumber.isEmpty() ? m_case.receiptNumber
                                                   : m_case.registrationNumber;
    }
    // "Bawaslu Kabupaten Sukoharjo".
    QString office() const;
    QString provinceOffice() const;
    QString authorityName() const;
    QString authorityHead() const;
    const Party *partyOf(const Attendee &a) const;

    // Label : value rows; values are HTML.
    static QString fields(const QList<QPair<QString, QString>> &rows);
    QString datedAt(const QDate &d) const;
    // Two signature columns; a name may be empty for a line to fill by hand.
    static QString signatures(const QString &leftRole, const QString &leftName,
                              const QString &rightRole, const QString &rightName);
    static QString signatureCell(const QString &role, const QString &name,
                                 const QString &note = QString());
    // The cell of the office's signatory of this document (a.n. when on behalf), with the
    // name and NIP under the line.
    QString signatoryCell(const QString &document) const;
    // A letter of the letter book: its entry when issued (number and date), else a draft.
    PrintedDocument startLetter(const QString &person, const QString &key, const QString &addressee,
                                const QString &subject,
                                const QString &presetNumber = QString()) const;
    QString reportedTable(bool withAddress) const;
    QString reporterFields() const;
    QString letterHeader(const QString &number, const QString &subject, const QString &attachment,
                         const QDate &dated) const;
    QString secret() const;

    PrintedDocument reportForm() const;
    PrintedDocument receipt() const;
    PrintedDocument invitation(const Hearing &h, const Attendee &a) const;
    PrintedDocument minutes(const Hearing &h, const Attendee &a) const;
    PrintedDocument analysis() const;
    PrintedDocument statusNotice() const;
    PrintedDocument forwarding() const;
    PrintedDocument summary() const;

    Kind m_kind;
    const Case &m_case;
    const QList<Hearing> &m_hearings;
    const DocumentContext &m_ctx;
    Shown m_id;
    const ProcedureProfile *m_profile;
    bool m_en;
};

QList<PrintedDocument> Writer::build()
{
    const bool report = m_case.source == QLatin1String("laporan");
    switch (m_kind) {
    case Kind::ReportForm:
        return {reportForm()};
    case Kind::Receipt:
        if (!report)
            return {};
        return {receipt()};
    case Kind::Invitation:
    case Kind::SecondInvitation:
    case Kind::Minutes: {
        QList<PrintedDocument> list;
        for (const Invited &p : persons(m_kind, m_hearings))
            list << (m_kind == Kind::Minutes ? minutes(*p.hearing, *p.attendee)
                                             : invitation(*p.hearing, *p.attendee));
        return list;
    }
    case Kind::Analysis: {
        const bool analysed = m_case.status == QLatin1String("kajian") ||
                              m_case.status == QLatin1String("diteruskan") ||
                              m_case.status == QLatin1String("dihentikan");
        if (!analysed && m_case.analysisFacts.isEmpty() && m_case.analysisElements.isEmpty() &&
            m_case.analysisConclusion.isEmpty())
            return {};
        return {analysis()};
    }
    case Kind::StatusNotice:
        if (!report || m_case.status == QLatin1String("diterima"))
            return {};
        return {statusNotice()};
    case Kind::Forwarding:
        if (m_case.status != QLatin1String("diteruskan"))
            return {};
        return {forwarding()};
    case Kind::Summary:
        return {summary()};
    }
    return {};
}

PrintedDocument Writer::start(const QString &person) const
{
    PrintedDocument d;
    d.letterhead = m_ctx.letterhead;
    d.language = lang();
    d.title = CaseDocuments::name(m_kind, lang());
    if (!caseNumber().isEmpty())
        d.title += QStringLiteral(" - ") + caseNumber();
    if (!person.isEmpty())
        d.title += QStringLiteral(" - ") + person;
    const QString key = CaseDocuments::formKey(m_kind, m_case);
    if (m_profile && !key.isEmpty() && !m_profile->form(key).isEmpty())
        d.formNumber = QStringLiteral("Formulir Model ") + m_profile->form(key);
    return d;
}

QString Writer::office() const
{
    if (const Regions::Region *r = Regions::shipped().regency(m_case.regencyCode))
        return QStringLiteral("Bawaslu ") + Regions::displayName(r->name);
    return m_ctx.letterhead.office.isEmpty() ? QStringLiteral("Bawaslu") : m_ctx.letterhead.office;
}

QString Writer::provinceOffice() const
{
    const Regions::Region *r = Regions::shipped().regency(m_case.regencyCode);
    const Regions::Region *p = r ? Regions::shipped().province(r->parent) : nullptr;
    return p ? QStringLiteral("Ketua Bawaslu Provinsi ") + Regions::displayName(p->name)
             : QStringLiteral("Ketua Bawaslu Provinsi");
}

QString Writer::authorityName() const
{
    const QString a = m_case.forwardedTo.trimmed();
    if (a.compare(QLatin1String("KASN"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Komisi Aparatur Sipil Negara (KASN)");
    if (a.compare(QLatin1String("BKN"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Badan Kepegawaian Negara (BKN)");
    return a.isEmpty() ? QStringLiteral("instansi yang berwenang di bidang kepegawaian") : a;
}

QString Writer::authorityHead() const
{
    const QString a = m_case.forwardedTo.trimmed();
    if (a.compare(QLatin1String("KASN"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Ketua Komisi Aparatur Sipil Negara");
    if (a.compare(QLatin1String("BKN"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Kepala Badan Kepegawaian Negara");
    return QStringLiteral("Pimpinan ") + authorityName();
}

const Party *Writer::partyOf(const Attendee &a) const
{
    if (a.partyId == 0)
        return nullptr;
    for (const Party &p : m_case.parties) {
        if (p.id == a.partyId)
            return &p;
    }
    return nullptr;
}

QString Writer::fields(const QList<QPair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table width='100%' cellpadding='1'>");
    for (const auto &row : rows)
        html += QStringLiteral("<tr><td width='32%' valign='top'>%1</td><td width='2%' "
                               "valign='top'>:</td><td valign='top'>%2</td></tr>")
                    .arg(e(row.first), row.second);
    return html + QStringLiteral("</table>");
}

QString Writer::datedAt(const QDate &d) const
{
    const QString day = date(d.isValid() ? d : m_ctx.date);
    return m_ctx.city.trimmed().isEmpty() ? day : m_ctx.city.trimmed() + QStringLiteral(", ") + day;
}

QString Writer::signatureCell(const QString &role, const QString &name, const QString &note)
{
    return QStringLiteral("<td width='50%' align='center' valign='top'>%1<br><br><br>%2<br>"
                          "<b>%3</b></td>")
        .arg(role, note.isEmpty() ? QStringLiteral("<br>") : note,
             name.trimmed().isEmpty() ? QStringLiteral("(.......................................)")
                                      : QStringLiteral("<u>%1</u>").arg(e(name.trimmed())));
}

QString Writer::signatoryCell(const QString &document) const
{
    const Signatory s = m_ctx.signatories.of(document, office());
    QString role;
    if (!s.behalfOf.isEmpty())
        role = QStringLiteral("a.n. %1<br>").arg(e(s.behalfOf));
    role += e(s.role);
    QString name = s.name.trimmed().isEmpty()
                       ? QStringLiteral("(.......................................)")
                       : QStringLiteral("<b><u>%1</u></b>").arg(e(s.name.trimmed()));
    if (!s.nip.trimmed().isEmpty())
        name += QStringLiteral("<br>NIP. %1").arg(n(Nip::grouped(s.nip.trimmed())));
    return QStringLiteral("<td width='50%' align='center' valign='top'>%1<br><br><br><br><br>%2"
                          "</td>")
        .arg(role, name);
}

PrintedDocument Writer::startLetter(const QString &person, const QString &key,
                                    const QString &addressee, const QString &subject,
                                    const QString &presetNumber) const
{
    PrintedDocument d = start(person);
    if (key.isEmpty())
        return d;
    PrintedDocument::LetterInfo &l = d.letter;
    l.document = key;
    l.kind = CaseDocuments::code(m_kind);
    l.addressee = addressee;
    l.subject = subject;
    l.caseId = m_case.id;
    l.caseNumber = caseNumber();
    l.regionCode = m_case.regencyCode;
    l.signatory = m_ctx.signatories.of(l.kind, office()).name;
    l.number = presetNumber.trimmed();
    const auto it = m_ctx.issued.constFind(key);
    if (it != m_ctx.issued.constEnd()) {
        l.number = it->number;
        l.issuedOn = it->issuedOn;
    } else {
        d.draft = true;
    }
    return d;
}

QString Writer::signatures(const QString &leftRole, const QString &leftName,
                           const QString &rightRole, const QString &rightName)
{
    return QStringLiteral("<br><table width='100%'><tr>%1%2</tr></table>")
        .arg(leftRole.isEmpty() ? QStringLiteral("<td width='50%'></td>")
                                : signatureCell(leftRole, leftName),
             signatureCell(rightRole, rightName));
}

QString Writer::reportedTable(bool withAddress) const
{
    const QList<Party> reported = m_case.reported();
    if (reported.isEmpty())
        return QStringLiteral("<p>-</p>");
    QString html = QStringLiteral("<table class='grid' width='100%' style='font-size:10pt'><tr>"
                                  "<th width='5%'>%1</th><th>%2</th><th>%3</th><th>%4</th>")
                       .arg(t("No.", "No."), t("Nama / NIP", "Name / NIP"),
                            t("Jabatan", "Position"), t("Instansi", "Agency"));
    if (withAddress)
        html += QStringLiteral("<th>%1</th>").arg(t("Alamat", "Address"));
    html += QStringLiteral("</tr>");
    int no = 0;
    for (const Party &p : reported) {
        QString person = QStringLiteral("<b>%1</b>").arg(e(p.name));
        if (!p.nip.trimmed().isEmpty())
            person += QStringLiteral("<br>NIP. %1").arg(n(Nip::grouped(p.nip)));
        QString position = e(orDash(p.positionTitle));
        if (!p.positionCategory.isEmpty())
            position += QStringLiteral("<br><i>%1</i>")
                            .arg(e(labelOf(positionLabels, p.positionCategory, lang())));
        html += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td><td>%4</td>")
                    .arg(QString::number(++no), person, position, e(orDash(p.agency)));
        if (withAddress)
            html += QStringLiteral("<td>%1</td>").arg(x(p.address));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString Writer::reporterFields() const
{
    return fields({{t("Nama", "Name"), e(orDash(m_id.reporter(m_case.reporterName)))},
                   {t("Alamat", "Address"), e(orDash(m_id.reporter(m_case.reporterAddress)))},
                   {t("Nomor telepon/surel", "Phone/e-mail"),
                    e(orDash(m_id.reporter(m_case.reporterContact)))}});
}

// A document that shows a confidential reporter says so at its top.
QString Writer::secret() const
{
    if (!m_case.reporterConfidential || m_id.hides())
        return {};
    return QStringLiteral("<p align='center'><b>%1</b></p>")
        .arg(t("RAHASIA &mdash; memuat identitas pelapor yang dirahasiakan; hanya untuk arsip "
               "kantor",
               "CONFIDENTIAL &mdash; shows the identity of a confidential reporter; for the "
               "office's files only"));
}

QString Writer::letterHeader(const QString &number, const QString &subject,
                             const QString &attachment, const QDate &dated) const
{
    return QStringLiteral("<table width='100%'><tr><td width='60%' valign='top'>"
                          "<table cellpadding='0'><tr><td width='70'>Nomor</td><td>: %1</td></tr>"
                          "<tr><td>Sifat</td><td>: Segera</td></tr>"
                          "<tr><td>Lampiran</td><td>: %2</td></tr>"
                          "<tr><td>Perihal</td><td>: <b>%3</b></td></tr></table></td>"
                          "<td valign='top' align='right'>%4</td></tr></table>")
        .arg(n(number.trimmed().isEmpty() ? QStringLiteral("....................") : number),
             e(attachment), e(subject), e(datedAt(dated)));
}

PrintedDocument Writer::reportForm() const
{
    PrintedDocument d = start();
    const bool finding = m_case.source == QLatin1String("temuan");
    QString html = secret();
    html += QStringLiteral("<h1>%1</h1>")
                .arg(finding ? QStringLiteral("FORMULIR TEMUAN")
                     : m_case.source == QLatin1String("informasi_awal")
                         ? QStringLiteral("FORMULIR INFORMASI AWAL")
                         : QStringLiteral("FORMULIR LAPORAN"));
    html += QStringLiteral("<p align='center'>Nomor: %1").arg(n(m_case.receiptNumber));
    if (!m_case.registrationNumber.isEmpty())
        html += QStringLiteral("<br>Nomor Registrasi: %1").arg(n(m_case.registrationNumber));
    html += QStringLiteral("</p>");

    html += QStringLiteral("<h2>I. %1</h2>")
                .arg(finding ? QStringLiteral("Identitas Penemu")
                             : QStringLiteral("Identitas "
                                              "Pelapor"));
    html += reporterFields();
    if (m_case.reporterConfidential)
        html += QStringLiteral("<p><i>Pelapor meminta identitasnya dirahasiakan.</i></p>");

    html += QStringLiteral("<h2>II. Identitas Terlapor</h2>") + reportedTable(true);

    html += QStringLiteral("<h2>III. Peristiwa yang Dilaporkan</h2>");
    html += fields({
        {QStringLiteral("Dugaan pelanggaran"),
         e(labelOf(violationLabels, m_case.violationCategory, lang()))},
        {QStringLiteral("Tempat kejadian"), x(m_case.eventPlace)},
        {QStringLiteral("Waktu kejadian"), e(longDate(m_case.eventDate))},
        {QStringLiteral("Waktu diketahui"), e(longDate(m_case.knownDate))},
        {QStringLiteral("Uraian kejadian"), x(m_case.description)},
    });

    QStringList others;
    for (const Party &p : m_case.parties) {
        if (p.role != QLatin1String("terlapor"))
            others << QStringLiteral("%1 (%2)").arg(e(p.name),
                                                    e(labelOf(roleLabels, p.role, lang())));
    }
    html += QStringLiteral("<h2>IV. Saksi dan Ahli</h2><p>%1</p>")
                .arg(others.isEmpty() ? QStringLiteral("-") : others.join(QLatin1String("<br>")));

    html += PrintedDocument::keepWithNext(QStringLiteral("<h2>V. Penerimaan</h2>"));
    html += fields({
        {QStringLiteral("Diterima pada"), e(longDate(m_case.receivedDate))},
        {QStringLiteral("Jenis pemilihan"),
         e(labelOf(electionLabels, m_case.election, lang()) +
           (m_profile ? QStringLiteral(" (%1)").arg(m_profile->name) : QString()))},
        {QStringLiteral("Diterima oleh"), e(office())},
    });
    html += QStringLiteral("<p align='right'>%1</p>").arg(e(datedAt(m_case.receivedDate)));
    html += finding ? signatures(QStringLiteral("Pengawas yang menemukan,"),
                                 m_id.reporter(m_case.reporterName),
                                 QStringLiteral("Koordinator Divisi Penanganan Pelanggaran,"),
                                 QString())
                    : signatures(QStringLiteral("Pelapor,"), m_id.reporter(m_case.reporterName),
                                 QStringLiteral("Petugas Penerima,"), QString());
    d.bodyHtml = html;
    return d;
}

PrintedDocument Writer::receipt() const
{
    PrintedDocument d = start();
    QString html = QStringLiteral("<h1>TANDA BUKTI PENYAMPAIAN LAPORAN</h1>"
                                  "<p align='center'>Nomor: %1</p>")
                       .arg(n(m_case.receiptNumber));
    html += QStringLiteral("<p align='justify'>Pada hari ini %1, %2 telah menerima laporan dugaan "
                           "pelanggaran netralitas Aparatur Sipil Negara (ASN) dari:</p>")
                .arg(e(longDate(m_case.receivedDate)), e(office()));
    html += reporterFields();
    html += QStringLiteral("<p>terhadap terlapor:</p>") + reportedTable(false);
    html += QStringLiteral("<p align='justify'>mengenai dugaan pelanggaran berupa %1, yang "
                           "terjadi pada %2 di %3.</p>")
                .arg(e(labelOf(violationLabels, m_case.violationCategory, lang()).toLower()),
                     e(longDate(m_case.eventDate)), x(m_case.eventPlace));
    QString review = QStringLiteral("Laporan ini akan dikaji pemenuhan syarat formal dan "
                                    "materielnya");
    if (const DeadlineRule *rule =
            m_profile ? m_profile->deadline(QStringLiteral("review")) : nullptr)
        review +=
            QStringLiteral(" paling lama %1 hari %2 setelah laporan diterima")
                .arg(rule->days)
                .arg(rule->workingDays ? QStringLiteral("kerja") : QStringLiteral("kalender"));
    html +=
        PrintedDocument::keepWithNext(
            QStringLiteral("<p align='justify'>%1. Apabila syarat laporan belum lengkap, pelapor "
                           "diberi tahu untuk melengkapinya. Status laporan akan diberitahukan "
                           "kepada pelapor dan diumumkan.</p>"))
            .arg(e(review));
    html += QStringLiteral("<p align='right'>%1</p>").arg(e(datedAt(m_case.receivedDate)));
    html += signatures(QStringLiteral("Pelapor,"), m_id.reporter(m_case.reporterName),
                       QStringLiteral("Penerima Laporan,"), QString());
    d.bodyHtml = html;
    return d;
}

PrintedDocument Writer::invitation(const Hearing &h, const Attendee &a) const
{
    const QString name = m_id.attendee(a, a.name);
    const bool second = a.invitation == 2;
    const QString subject = second ? QStringLiteral("Undangan Klarifikasi Kedua")
                                   : QStringLiteral("Undangan Klarifikasi");
    PrintedDocument d = startLetter(
        name,
        a.uuid.isEmpty() ? QString() : CaseDocuments::code(m_kind) + QLatin1Char(':') + a.uuid,
        name, subject);
    const QDate dated = d.letter.issuedOn.isValid() ? d.letter.issuedOn
                        : a.invitedOn.isValid()     ? a.invitedOn
                                                    : m_ctx.date;
    QString html = letterHeader(d.letter.number, subject, QStringLiteral("-"), dated);
    QString addressee = QStringLiteral("<b>%1</b>").arg(e(orDash(name)));
    if (const Party *p = partyOf(a)) {
        for (const QString &line : {p->positionTitle.trimmed(), p->agency.trimmed()}) {
            if (!line.isEmpty())
                addressee += QStringLiteral("<br>") + e(line);
        }
    }
    html += QStringLiteral("<p>Yth.<br>%1<br>di Tempat</p><p>Dengan hormat,</p>").arg(addressee);

    const QString matter = QStringLiteral("dugaan pelanggaran netralitas Aparatur Sipil Negara "
                                          "(ASN) nomor %1")
                               .arg(n(caseNumber()));
    if (second) {
        // The hearing the person missed, for the letter to refer to.
        QDate missed;
        for (const Hearing &other : m_hearings) {
            for (const Attendee &o : other.attendees) {
                if (&o != &a && o.attendance == QLatin1String("tidak_hadir") &&
                    HearingRules::isSamePerson(o, a) && other.scheduledAt < h.scheduledAt)
                    missed = m_ctx.zone.date(other.scheduledAt);
            }
        }
        html += QStringLiteral("<p>Menindaklanjuti undangan klarifikasi kami "
                               "sebelumnya%1 dalam penanganan %2, yang tidak Saudara/i hadiri, "
                               "bersama ini kami mengundang kembali Saudara/i untuk hadir "
                               "memberikan keterangan sebagai %3 pada:</p>")
                    .arg(missed.isValid() ? QStringLiteral(" untuk %1").arg(e(longDate(missed)))
                                          : QString(),
                         matter, e(labelOf(roleLabels, a.role, lang())));
    } else {
        html += QStringLiteral("<p>Dalam rangka penanganan %1, bersama ini kami "
                               "mengundang Saudara/i untuk hadir memberikan keterangan sebagai %2 "
                               "pada:</p>")
                    .arg(matter, e(labelOf(roleLabels, a.role, lang())));
    }
    html += fields({
        {QStringLiteral("Hari/tanggal"), e(longDate(m_ctx.zone.date(h.scheduledAt)))},
        {QStringLiteral("Pukul"), e(time(h.scheduledAt)) + QStringLiteral(" s.d. selesai")},
        {QStringLiteral("Tempat"),
         h.online ? QStringLiteral("Daring melalui %1").arg(x(h.platform)) : x(h.place)},
        {QStringLiteral("Acara"), QStringLiteral("Klarifikasi")},
    });
    html += QStringLiteral("<p align='justify'>Saudara/i diminta membawa kartu tanda penduduk "
                           "dan dokumen yang berkaitan, dan dapat didampingi oleh kuasa hukum.");
    if (second)
        html += QStringLiteral(" Apabila Saudara/i tidak hadir pada undangan kedua ini, penanganan "
                               "dilanjutkan dan diputus berdasarkan bukti dan keterangan yang "
                               "ada.");
    html += QStringLiteral("</p>");
    html += PrintedDocument::keepWithNext(
        QStringLiteral("<p align='justify'>Demikian undangan ini kami sampaikan. Atas "
                       "perhatian dan kehadiran Saudara/i, kami ucapkan terima kasih.</p>"));
    html += QStringLiteral("<br><table width='100%'><tr><td width='50%'></td>%1</tr></table>")
                .arg(signatoryCell(CaseDocuments::code(m_kind)));
    d.bodyHtml = html;
    return d;
}

PrintedDocument Writer::minutes(const Hearing &h, const Attendee &a) const
{
    auto who = [&](const QString &value) { return e(orDash(m_id.attendee(a, value))); };
    const QString name = m_id.attendee(a, a.name);
    PrintedDocument d = start(name);
    const Party *party = partyOf(a);
    QString html = secret();
    if (!a.isSigned())
        html += QStringLiteral("<p align='center'><b>KONSEP &mdash; belum ditandatangani</b></p>");
    html += QStringLiteral("<h1>BERITA ACARA KLARIFIKASI</h1><p align='center'>Nomor "
                           "Registrasi: %1</p>")
                .arg(n(caseNumber()));

    QStringList examiners;
    for (const QString &n :
         h.examiners.split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts)) {
        if (!n.trimmed().isEmpty())
            examiners << n.trimmed();
    }
    QString names = examiners.value(0);
    if (examiners.size() > 1)
        names = QStringList(examiners.mid(0, examiners.size() - 1)).join(QLatin1String(", ")) +
                QStringLiteral(" dan ") + examiners.last();
    const QDate day = m_ctx.zone.date(h.scheduledAt);
    const QString where = h.online ? QStringLiteral("secara daring melalui %1").arg(x(h.platform))
                                   : QStringLiteral("bertempat di %1").arg(x(h.place));
    html += QStringLiteral(
                "<p align='justify'>Pada hari ini %1, tanggal %2, pukul %3, %4, %5 %6, jabatan "
                "Pemeriksa pada %7, berdasarkan Surat Tugas nomor %8, telah melakukan "
                "klarifikasi atas %9 terhadap:</p>")
                .arg(e(QLocale(QLocale::Indonesian, QLocale::Indonesia)
                           .toString(day, QStringLiteral("dddd"))),
                     e(date(day)), e(time(h.scheduledAt)), where,
                     examiners.size() > 1 ? QStringLiteral("Kami") : QStringLiteral("Saya"),
                     e(orDash(names)), e(office()),
                     n(h.assignmentLetter.trimmed().isEmpty() ? QStringLiteral("....")
                                                              : h.assignmentLetter.trimmed()),
                     QStringLiteral("dugaan pelanggaran netralitas ASN"));

    const int age = HearingRules::age(a.birthDate, day);
    QString birth = a.birthPlace.trimmed();
    if (a.birthDate.isValid())
        birth += (birth.isEmpty() ? QString() : QStringLiteral(", ")) + date(a.birthDate);
    QList<QPair<QString, QString>> identity{
        {QStringLiteral("Nama"), QStringLiteral("<b>%1</b>").arg(who(a.name))},
        {QStringLiteral("Tempat/tanggal lahir"), who(birth)},
        {QStringLiteral("Umur"), who(age >= 0 ? QStringLiteral("%1 tahun").arg(age) : QString())},
        {QStringLiteral("Pekerjaan"),
         who(a.occupation.trimmed().isEmpty() && party ? party->positionTitle : a.occupation)},
    };
    if (party) {
        if (!party->nip.trimmed().isEmpty())
            identity << qMakePair(QStringLiteral("NIP"), n(Nip::grouped(party->nip)));
        identity << qMakePair(QStringLiteral("Instansi"), e(orDash(party->agency)));
    }
    identity << qMakePair(QStringLiteral("Agama"), who(a.religion))
             << qMakePair(QStringLiteral("Kewarganegaraan"), who(a.nationality))
             << qMakePair(QStringLiteral("Alamat"), who(a.address))
             << qMakePair(QStringLiteral("Kedudukan"), e(labelOf(roleLabels, a.role, lang())));
    if (!a.counsel.trimmed().isEmpty())
        identity << qMakePair(QStringLiteral("Didampingi kuasa hukum"), x(a.counsel));
    html += fields(identity);

    if (a.attendance == QLatin1String("diwakili"))
        html += QStringLiteral("<p>Yang bersangkutan diwakili oleh kuasanya.</p>");
    if (a.oath == QLatin1String("bersumpah"))
        html += QStringLiteral("<p align='justify'>Sebelum memberikan keterangan, yang "
                               "bersangkutan bersedia diambil sumpah/janji.</p>");
    else if (a.oath == QLatin1String("menolak"))
        html += QStringLiteral("<p align='justify'>Yang bersangkutan menolak diambil sumpah/janji; "
                               "penolakan tersebut dicatat dan klarifikasi dilanjutkan.</p>");

    html += QStringLiteral("<p>Atas pertanyaan pemeriksa, yang bersangkutan memberikan keterangan "
                           "sebagai berikut:</p>");
    if (a.minutes.isEmpty()) {
        html += QStringLiteral("<p>-</p>");
    } else {
        html += QStringLiteral("<table width='100%' cellpadding='2'>");
        int no = 0;
        for (const MinutesEntry &m : a.minutes)
            html += QStringLiteral("<tr><td width='5%' valign='top'>%1.</td><td width='13%' "
                                   "valign='top'>Pertanyaan</td><td valign='top'>: %2</td></tr>"
                                   "<tr><td></td><td valign='top'>Jawaban</td><td valign='top'>: "
                                   "%3</td></tr>")
                        .arg(QString::number(++no), x(m.question), x(m.answer));
        html += QStringLiteral("</table>");
    }

    html += PrintedDocument::keepWithNext(
        QStringLiteral("<p align='justify'>Demikian berita acara klarifikasi ini dibuat dengan "
                       "sebenar-benarnya, dibacakan kembali kepada yang memberi keterangan, "
                       "dan dibuat dalam satu rangkap untuk berkas penanganan.</p>"));
    const bool refused = !a.signRefusal.trimmed().isEmpty();
    if (refused) {
        html +=
            QStringLiteral("<p align='justify'><b>Yang memberi keterangan menolak menandatangani "
                           "berita acara ini</b> dengan alasan: %1. Penolakan tersebut dicatat "
                           "pada %2 pukul %3.</p>")
                .arg(x(a.signRefusal), e(longDate(m_ctx.zone.date(a.signedAt))),
                     e(time(a.signedAt)));
    } else if (a.isSigned()) {
        html += QStringLiteral("<p>Ditandatangani pada %1 pukul %2.</p>")
                    .arg(e(longDate(m_ctx.zone.date(a.signedAt))), e(time(a.signedAt)));
    }

    QString examinerCell = QStringLiteral("<td width='50%' align='center' valign='top'>"
                                          "Pemeriksa,");
    if (examiners.isEmpty())
        examiners << QString();
    int no = 0;
    for (const QString &n : examiners)
        examinerCell += QStringLiteral("<br><br><br><br>%1. %2")
                            .arg(QString::number(++no),
                                 n.isEmpty() ? QStringLiteral("(..............................)")
                                             : QStringLiteral("<b><u>%1</u></b>").arg(e(n)));
    examinerCell += QStringLiteral("</td>");
    html += QStringLiteral("<br><table width='100%'><tr>%1%2</tr></table>")
                .arg(signatureCell(QStringLiteral("Yang memberi keterangan,"), name,
                                   refused ? QStringLiteral("<i>(menolak menandatangani)</i>")
                                           : QString()),
                     examinerCell);

    if (!a.addenda.isEmpty()) {
        html += PrintedDocument::keepEnd(QStringLiteral("<h2>ADENDUM</h2>")) +
                QStringLiteral("<p align='justify'>Perbaikan atas berita acara "
                               "yang telah ditandatangani; teks di atas tidak diubah.</p>"
                               "<table width='100%' cellpadding='2'>");
        int n = 0;
        for (const Addendum &ad : a.addenda)
            html += QStringLiteral("<tr><td width='5%' valign='top'>%1.</td><td valign='top'>"
                                   "%2, pukul %3:<br>%4</td></tr>")
                        .arg(QString::number(++n), e(longDate(m_ctx.zone.date(ad.addedAt))),
                             e(time(ad.addedAt)), x(ad.text));
        html += QStringLiteral("</table>");
    }
    d.bodyHtml = html;
    return d;
}

PrintedDocument Writer::analysis() const
{
    PrintedDocument d = start();
    QString html = secret();
    html += QStringLiteral("<h1>KAJIAN DUGAAN PELANGGARAN</h1><p align='center'>Nomor Registrasi: "
                           "%1</p>")
                .arg(n(caseNumber()));
    html +=
        QStringLiteral("<h2>I. Data %1</h2>").arg(e(labelOf(sourceLabels, m_case.source, lang())));
    QStringList heard;
    for (const Invited &p : persons(Kind::Minutes, m_hearings))
        heard << QStringLiteral("%1 (%2), %3")
                     .arg(e(m_id.attendee(*p.attendee, p.attendee->name)),
                          e(labelOf(roleLabels, p.attendee->role, lang())),
                          e(date(m_ctx.zone.date(p.hearing->scheduledAt))));
    html += fields({
        {QStringLiteral("Nomor penerimaan"), n(m_case.receiptNumber)},
        {QStringLiteral("Nomor registrasi"), n(m_case.registrationNumber)},
        {QStringLiteral("Tanggal diterima"), e(longDate(m_case.receivedDate))},
        {QStringLiteral("Tanggal registrasi"), e(longDate(m_case.registeredDate))},
        {QStringLiteral("Pelapor"), e(orDash(m_id.reporter(m_case.reporterName)))},
        {QStringLiteral("Dugaan pelanggaran"),
         e(labelOf(violationLabels, m_case.violationCategory, lang()))},
        {QStringLiteral("Waktu dan tempat kejadian"),
         QStringLiteral("%1, %2").arg(e(longDate(m_case.eventDate)), x(m_case.eventPlace))},
        {QStringLiteral("Uraian"), x(m_case.description)},
        {QStringLiteral("Pihak yang diklarifikasi"),
         heard.isEmpty() ? QStringLiteral("-") : heard.join(QLatin1String("<br>"))},
        {QStringLiteral("Dasar hukum"),
         e(m_profile ? m_profile->regulation : QString()) +
             QStringLiteral("; peraturan perundang-undangan tentang Aparatur Sipil Negara")},
    });
    html += QStringLiteral("<p>Terlapor:</p>") + reportedTable(false);
    html +=
        QStringLiteral("<h2>II. Fakta</h2><p align='justify'>%1</p>").arg(x(m_case.analysisFacts));
    html += QStringLiteral("<h2>III. Analisis Unsur</h2><p align='justify'>%1</p>")
                .arg(x(m_case.analysisElements));
    html += QStringLiteral("<h2>IV. Kesimpulan</h2><p align='justify'>%1</p>")
                .arg(x(m_case.analysisConclusion));
    QString decision = QStringLiteral("Belum diputuskan.");
    if (m_case.status == QLatin1String("diteruskan"))
        decision =
            QStringLiteral("Dugaan pelanggaran diteruskan kepada %1.").arg(e(authorityName()));
    else if (m_case.status == QLatin1String("dihentikan"))
        decision = QStringLiteral("Penanganan dihentikan: %1.").arg(x(m_case.decisionReason));
    html += PrintedDocument::keepWithNext(QStringLiteral("<h2>V. Rekomendasi</h2>")) +
            QStringLiteral("<p align='justify'>%1</p>").arg(decision);
    html += QStringLiteral("<p align='right'>%1</p>")
                .arg(e(datedAt(m_case.decidedDate.isValid() ? m_case.decidedDate : m_ctx.date)));
    html += QStringLiteral("<br><table width='100%'><tr>%1%2</tr></table>")
                .arg(signatureCell(QStringLiteral("Penyusun Kajian,"), QString()),
                     signatoryCell(QStringLiteral("analysis")));
    d.bodyHtml = html;
    return d;
}

PrintedDocument Writer::statusNotice() const
{
    const QString subject = QStringLiteral("Pemberitahuan Status Laporan");
    PrintedDocument d = startLetter(
        QString(), QStringLiteral("status_notice:%1:%2").arg(m_case.uuid, m_case.status),
        m_id.reporter(m_case.reporterName), subject);
    QString html = letterHeader(d.letter.number, subject, QStringLiteral("-"),
                                d.letter.issuedOn.isValid() ? d.letter.issuedOn : m_ctx.date);
    html += QStringLiteral("<p>Yth.<br><b>%1</b><br>%2<br>di Tempat</p><p>Dengan hormat,</p>")
                .arg(e(orDash(m_id.reporter(m_case.reporterName))),
                     e(m_id.reporter(m_case.reporterAddress)));
    html += QStringLiteral("<p align='justify'>Bersama ini kami beritahukan status laporan dugaan "
                           "pelanggaran netralitas Aparatur Sipil Negara (ASN) yang Saudara/i "
                           "sampaikan kepada %1, sebagai berikut:</p>")
                .arg(e(office()));

    QString follows;
    const QString s = m_case.status;
    if (s == QLatin1String("tidak_diregistrasi")) {
        follows = QStringLiteral("Laporan tidak diregistrasi karena %1. Penanganan laporan ini "
                                 "selesai.")
                      .arg(x(m_case.decisionReason));
    } else if (s == QLatin1String("dicabut")) {
        follows = QStringLiteral("Laporan dicabut oleh pelapor sebelum diregistrasi (%1). "
                                 "Penanganan laporan ini selesai.")
                      .arg(x(m_case.decisionReason));
    } else if (s == QLatin1String("diteruskan")) {
        follows =
            QStringLiteral("Berdasarkan hasil kajian, laporan memenuhi unsur dugaan "
                           "pelanggaran peraturan perundang-undangan lainnya dan diteruskan "
                           "kepada %1 dengan surat nomor %2 tanggal %3, untuk ditindaklanjuti "
                           "sesuai dengan kewenangannya. Penjatuhan sanksi menjadi "
                           "kewenangan Pejabat Pembina Kepegawaian atas rekomendasi %1.")
                .arg(e(authorityName()), n(m_case.forwardingLetterNumber),
                     e(date(m_case.forwardingLetterDate)));
    } else if (s == QLatin1String("dihentikan")) {
        follows = QStringLiteral("Berdasarkan hasil kajian, penanganan laporan dihentikan karena "
                                 "%1.")
                      .arg(x(m_case.decisionReason));
    } else {
        follows = QStringLiteral("Laporan telah diregistrasi dan sedang dalam proses klarifikasi "
                                 "dan kajian.");
        if (m_profile) {
            if (const DeadlineRule *rule = m_profile->deadline(QStringLiteral("decision"))) {
                const QDate due = DeadlineCalculator(m_ctx.calendar)
                                      .dueDate(*rule, m_case.registeredDate, m_case.extensionDays);
                if (due.isValid())
                    follows += QStringLiteral(" Keputusan atas laporan ini diambil paling lambat "
                                              "%1.")
                                   .arg(e(longDate(due)));
            }
        }
    }
    QStringList reported;
    for (const Party &p : m_case.reported())
        reported << e(p.name);
    html += QStringLiteral("<table class='grid' width='100%'>");
    const QList<QPair<QString, QString>> rows{
        {QStringLiteral("Nomor laporan"), n(m_case.receiptNumber)},
        {QStringLiteral("Nomor registrasi"), n(m_case.registrationNumber)},
        {QStringLiteral("Tanggal diterima"), e(longDate(m_case.receivedDate))},
        {QStringLiteral("Pelapor"), e(orDash(m_id.reporter(m_case.reporterName)))},
        {QStringLiteral("Terlapor"),
         reported.isEmpty() ? QStringLiteral("-") : reported.join(QLatin1String("<br>"))},
        {QStringLiteral("Dugaan pelanggaran"),
         e(labelOf(violationLabels, m_case.violationCategory, lang()))},
        {QStringLiteral("Status"),
         QStringLiteral("<b>%1</b>").arg(e(labelOf(statusLabels, s, lang())))},
        {QStringLiteral("Keterangan"), follows},
    };
    for (const auto &row : rows)
        html += QStringLiteral("<tr><td width='30%'>%1</td><td>%2</td></tr>")
                    .arg(e(row.first), row.second);
    html += QStringLiteral("</table>");
    html += PrintedDocument::keepWithNext(
        QStringLiteral("<p align='justify'>Status laporan ini juga diumumkan pada papan "
                       "pengumuman %1. Demikian pemberitahuan ini kami sampaikan untuk "
                       "menjadi perhatian.</p>")
            .arg(e(office())));
    html += QStringLiteral("<br><table width='100%'><tr><td width='50%'></td>%1</tr></table>")
                .arg(signatoryCell(QStringLiteral("status_notice")));
    d.bodyHtml = html;
    return d;
}

PrintedDocument Writer::forwarding() const
{
    const QString subject = QStringLiteral("Penerusan Dugaan Pelanggaran Netralitas ASN");
    // The number typed at the forwarding step is the letter's; the book records it as given.
    PrintedDocument d = startLetter(QString(), QStringLiteral("forwarding:") + m_case.uuid,
                                    authorityHead(), subject, m_case.forwardingLetterNumber);
    const QDate dated = m_case.forwardingLetterDate.isValid() ? m_case.forwardingLetterDate
                        : d.letter.issuedOn.isValid()         ? d.letter.issuedOn
                                                              : m_case.decidedDate;
    QString html = letterHeader(d.letter.number, subject, QStringLiteral("1 (satu) berkas"), dated);
    html += QStringLiteral("<p>Yth.<br><b>%1</b><br>di Jakarta</p><p>Dengan hormat,</p>")
                .arg(e(authorityHead()));
    const bool report = m_case.source == QLatin1String("laporan");
    // The numbers go in a list, not in justified text, where they would leave wide gaps.
    html += QStringLiteral("<p>Berdasarkan hasil kajian %1 atas %2 berikut:</p>")
                .arg(e(office()), report ? QStringLiteral("laporan") : QStringLiteral("temuan"));
    QList<QPair<QString, QString>> facts{
        {report ? QStringLiteral("Nomor laporan") : QStringLiteral("Nomor temuan"),
         n(m_case.receiptNumber)},
        {QStringLiteral("Nomor registrasi"),
         QStringLiteral("%1, tanggal %2")
             .arg(n(m_case.registrationNumber), e(date(m_case.registeredDate)))},
        {QStringLiteral("Dugaan pelanggaran"),
         e(labelOf(violationLabels, m_case.violationCategory, lang()))},
        {QStringLiteral("Waktu dan tempat kejadian"),
         QStringLiteral("%1, %2").arg(e(longDate(m_case.eventDate)), x(m_case.eventPlace))},
    };
    if (report)
        facts << qMakePair(QStringLiteral("Pelapor"),
                           e(orDash(m_id.reporter(m_case.reporterName))));
    html += fields(facts);
    html += QStringLiteral("<p align='justify'>terdapat dugaan pelanggaran peraturan "
                           "perundang-undangan lainnya berupa pelanggaran netralitas Aparatur "
                           "Sipil Negara yang dilakukan oleh:</p>");
    html += reportedTable(false);
    html += PrintedDocument::keepWithNext(
        QStringLiteral(
            "<p align='justify'>Sehubungan dengan hal tersebut, dugaan pelanggaran tersebut "
            "kami teruskan kepada %1 untuk ditindaklanjuti sesuai dengan kewenangan dan "
            "ketentuan peraturan perundang-undangan, dengan melampirkan kajian dugaan "
            "pelanggaran, berita acara klarifikasi, dan alat bukti yang ada. Kami mohon "
            "rekomendasi yang diterbitkan atas penerusan ini disampaikan pula kepada kami. "
            "Atas perhatian dan kerja samanya, kami ucapkan terima kasih.</p>")
            .arg(e(authorityName())));
    html += QStringLiteral("<br><table width='100%'><tr><td width='50%'></td>%1</tr></table>")
                .arg(signatoryCell(QStringLiteral("forwarding")));
    // The copies stay with the signature.
    html += QStringLiteral("<p style='font-size:9pt'>Tembusan:<br>1. %1;<br>2. Ketua Badan "
                           "Pengawas Pemilihan Umum Republik Indonesia;<br>3. Arsip.</p>")
                .arg(e(provinceOffice()));
    d.bodyHtml = html;
    return d;
}

PrintedDocument Writer::summary() const
{
    PrintedDocument d = start();
    QString html = secret();
    html += QStringLiteral("<h1>%1</h1>")
                .arg(t("RINGKASAN PENANGANAN DUGAAN PELANGGARAN", "CASE SUMMARY"));
    html += QStringLiteral("<p align='center'>%1</p>").arg(n(caseNumber()));
    const QString small = QStringLiteral("<table class='grid' width='100%' style='font-size:9pt'>");

    html += QStringLiteral("<h2>1. %1</h2>").arg(t("Perkara", "The case"));
    html += fields({
        {t("Nomor penerimaan", "Receipt number"), n(m_case.receiptNumber)},
        {t("Nomor registrasi", "Registration number"), n(m_case.registrationNumber)},
        {t("Sumber", "Source"), e(labelOf(sourceLabels, m_case.source, lang()))},
        {t("Pemilihan", "Election"),
         e(labelOf(electionLabels, m_case.election, lang()) +
           (m_profile ? QStringLiteral(" (%1)").arg(m_profile->name) : QString()))},
        {t("Status", "Status"),
         QStringLiteral("<b>%1</b>").arg(e(labelOf(statusLabels, m_case.status, lang())))},
        {t("Dugaan pelanggaran", "Alleged violation"),
         e(labelOf(violationLabels, m_case.violationCategory, lang()))},
        {t("Waktu dan tempat kejadian", "Date and place of the event"),
         QStringLiteral("%1, %2").arg(e(date(m_case.eventDate)), x(m_case.eventPlace))},
        {t("Uraian", "Description"), x(m_case.description)},
    });

    html += QStringLiteral("<h2>2. %1</h2>").arg(t("Para Pihak", "Parties"));
    QString reporter = e(orDash(m_id.reporter(m_case.reporterName)));
    if (m_case.reporterConfidential && !m_id.hides())
        reporter += QStringLiteral(" <i>(%1)</i>")
                        .arg(t("identitas dirahasiakan", "identity confidential"));
    QStringList others;
    for (const Party &p : m_case.parties) {
        if (p.role != QLatin1String("terlapor"))
            others << QStringLiteral("%1 (%2)").arg(e(p.name),
                                                    e(labelOf(roleLabels, p.role, lang())));
    }
    html += fields({{t("Pelapor", "Reporter"), reporter},
                    {t("Saksi dan ahli", "Witnesses and experts"),
                     others.isEmpty() ? QStringLiteral("-") : others.join(QLatin1String(", "))}});
    html +=
        QStringLiteral("<p>%1:</p>").arg(t("Terlapor", "Persons reported")) + reportedTable(false);

    html +=
        QStringLiteral("<h2>3. %1</h2>").arg(t("Tahapan dan Batas Waktu", "Steps and deadlines"));
    // The dates of the steps on one row, so that the summary keeps to two pages.
    html += small +
            QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"
                           "<tr><td>%6</td><td>%7</td><td>%8</td><td>%9</td>")
                .arg(t("Kejadian", "Event"), t("Diketahui", "Became known"),
                     t("Diterima", "Received"), t("Diregistrasi", "Registered"),
                     t("Diputus", "Decided"), e(date(m_case.eventDate)), e(date(m_case.knownDate)),
                     e(date(m_case.receivedDate)), e(date(m_case.registeredDate))) +
            QStringLiteral("<td>%1</td></tr></table><br>").arg(e(date(m_case.decidedDate)));
    if (m_profile) {
        const QList<DeadlineStatus> deadlines =
            DeadlineCalculator(m_ctx.calendar).evaluate(m_case, *m_profile, m_ctx.date);
        if (!deadlines.isEmpty()) {
            html += small + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                                           "<th>%5</th></tr>")
                                .arg(t("Batas waktu", "Deadline"), t("Mulai", "Start"),
                                     t("Jatuh tempo", "Due"), t("Dipenuhi", "Met on"),
                                     t("Keadaan", "State"));
            for (const DeadlineStatus &s : deadlines) {
                const DeadlineRule *rule = m_profile->deadline(s.id);
                QString name = labelOf(deadlineLabels, s.id, lang());
                if (rule)
                    name += QStringLiteral(" (%1 %2)")
                                .arg(rule->days)
                                .arg(rule->workingDays ? t("hari kerja", "working days")
                                                       : t("hari", "days"));
                html +=
                    QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                                   "<td>%5</td></tr>")
                        .arg(e(name), e(date(s.start)), e(date(s.due)), e(date(s.metOn)),
                             e(labelOf(stateLabels, DeadlineStatus::stateCode(s.state), lang())));
            }
            html += QStringLiteral("</table>");
        }
    }
    if (m_case.extensionDays > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(t("Perpanjangan %1 hari: %2", "Extended by %1 days: %2"))
                    .arg(QString::number(m_case.extensionDays), x(m_case.extensionReason));

    html += QStringLiteral("<h2>4. %1</h2>").arg(t("Klarifikasi", "Clarification hearings"));
    bool anyone = false;
    QString rows;
    for (const Hearing &h : m_hearings) {
        for (const Attendee &a : h.attendees) {
            anyone = true;
            QString minutes = QStringLiteral("-");
            if (!a.signRefusal.trimmed().isEmpty())
                minutes = t("Menolak menandatangani", "Refused to sign");
            else if (a.isSigned())
                minutes = t("Ditandatangani", "Signed");
            else if (!a.minutes.isEmpty())
                minutes = t("Belum ditandatangani", "Not signed yet");
            if (!a.addenda.isEmpty())
                minutes += QStringLiteral("; %1 %2")
                               .arg(a.addenda.size())
                               .arg(t("adendum", a.addenda.size() == 1 ? "addendum" : "addenda"));
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                   "<td>%6</td></tr>")
                        .arg(e(date(m_ctx.zone.date(h.scheduledAt))), e(m_id.attendee(a, a.name)),
                             e(labelOf(roleLabels, a.role, lang())),
                             a.invitation == 2 ? t("Kedua", "Second") : t("Pertama", "First"),
                             e(labelOf(attendanceLabels, a.attendance, lang())), e(minutes));
        }
    }
    if (anyone)
        html += small +
                QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                               "<th>%6</th></tr>")
                    .arg(t("Tanggal", "Date"), t("Nama", "Name"), t("Kedudukan", "Role"),
                         t("Undangan", "Invitation"), t("Kehadiran", "Attendance"),
                         t("Berita acara", "Minutes")) +
                rows + QStringLiteral("</table>");
    else
        html += QStringLiteral("<p>%1</p>").arg(t("Belum ada klarifikasi.", "No hearing yet."));

    html += QStringLiteral("<h2>5. %1</h2>").arg(t("Keputusan", "Decision"));
    QString decision = t("Belum diputuskan.", "Not decided yet.");
    const QString s = m_case.status;
    if (s == QLatin1String("diteruskan"))
        decision = (m_en ? QStringLiteral("Forwarded to %1 on %2, letter number %3.")
                         : QStringLiteral("Diteruskan kepada %1 pada %2 dengan surat nomor %3."))
                       .arg(e(m_case.forwardedTo), e(date(m_case.forwardingLetterDate)),
                            n(m_case.forwardingLetterNumber));
    else if (s == QLatin1String("dihentikan") || s == QLatin1String("tidak_diregistrasi") ||
             s == QLatin1String("dicabut"))
        decision = QStringLiteral("%1 (%2): %3")
                       .arg(e(labelOf(statusLabels, s, lang())), e(date(m_case.decidedDate)),
                            x(m_case.decisionReason));
    html += QStringLiteral("<p>%1</p>").arg(decision);
    if (!m_case.analysisConclusion.trimmed().isEmpty())
        html += QStringLiteral("<p><i>%1:</i> %2</p>")
                    .arg(t("Kesimpulan kajian", "Conclusion of the analysis"),
                         x(m_case.analysisConclusion));

    if (s == QLatin1String("diteruskan")) {
        html += QStringLiteral("<h2>6. %1</h2>").arg(t("Tindak Lanjut", "Follow-up"));
        html +=
            small + QStringLiteral("<tr><th width='20%'>%1</th><th width='20%'>%2</th>"
                                   "<th width='20%'>%3</th><th width='20%'>%4</th>"
                                   "<th width='20%'>%5</th></tr>")
                        .arg(t("Terlapor", "Person reported"), t("Rekomendasi", "Recommendation"),
                             t("Sanksi direkomendasikan", "Sanction recommended"), t("PPK", "PPK"),
                             t("Keputusan PPK", "PPK decision"));
        for (const Party &p : m_case.reported()) {
            const auto it = m_ctx.followUps.constFind(p.id);
            if (it == m_ctx.followUps.constEnd()) {
                html += QStringLiteral("<tr><td>%1</td><td colspan='4'>%2</td></tr>")
                            .arg(e(p.name), t("Menunggu rekomendasi", "Awaiting the "
                                                                      "recommendation"));
                continue;
            }
            const FollowUp &f = *it;
            QString recommendation = e(orDash(f.recommendationNumber));
            if (f.recommendationDate.isValid())
                recommendation += QStringLiteral("<br>") + e(date(f.recommendationDate));
            QString ppk = e(orDash(f.ppkName));
            if (!f.ppkOffice.trimmed().isEmpty())
                ppk += QStringLiteral("<br>") + e(f.ppkOffice);
            QString decided = t("Belum", "Not yet");
            if (f.ppkDecisionDate.isValid() || !f.ppkDecisionNumber.trimmed().isEmpty())
                decided = QStringLiteral("%1<br>%2<br>%3")
                              .arg(e(orDash(f.ppkDecisionNumber)), e(date(f.ppkDecisionDate)),
                                   e(labelOf(sanctionLabels, f.sanctionImposed, lang())));
            else if (f.responseDue.isValid())
                decided +=
                    QStringLiteral(" (%1 %2)").arg(t("batas", "due"), e(date(f.responseDue)));
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "</tr>")
                    .arg(e(p.name), recommendation,
                         e(labelOf(sanctionLabels, f.sanctionRecommended, lang())), ppk, decided);
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p align='right' style='font-size:9pt'>%1 %2</p>")
                .arg(t("Dicetak pada", "Printed on"), e(longDate(m_ctx.date)));
    d.bodyHtml = html;
    return d;
}

} // namespace

DocumentContext DocumentContext::fromFile(Database &db, const Case &c)
{
    const SettingsRepository repo(db);
    DocumentContext ctx;
    ctx.letterhead = Letterhead::fromSettings(repo);
    ctx.city = repo.setting(QStringLiteral("office_city")).trimmed();
    ctx.date = db.today();
    ctx.calendar = db.calendar();
    for (const Party &p : c.reported()) {
        if (const std::optional<FollowUp> f = LedgerRepository(db).followUp(p.id))
            ctx.followUps.insert(p.id, *f);
    }
    ctx.secrets = CaseRepository(db).secrets(c.id);
    ctx.signatories = Signatories::fromSettings(repo);
    ctx.zone = repo.officeTime(c.regencyCode);
    for (const Letter &l : LetterBook(db).ofCase(c.id)) {
        PrintedDocument::LetterInfo info;
        info.document = l.document;
        info.kind = l.kind;
        info.number = l.number;
        info.issuedOn = l.issuedOn;
        ctx.issued.insert(l.document, info);
    }
    return ctx;
}

bool CaseDocuments::issue(Database &db, PrintedDocument &document, QString *error)
{
    if (!document.isLetter()) {
        *error = QCoreApplication::translate("CaseDocuments",
                                             "This document is no letter of the letter book.");
        return false;
    }
    const PrintedDocument::LetterInfo &info = document.letter;
    Letter l;
    l.document = info.document;
    l.kind = info.kind;
    l.addressee = info.addressee;
    l.subject = info.subject;
    l.caseId = info.caseId;
    l.caseNumber = info.caseNumber;
    l.signatory = info.signatory;
    l.number = info.number;
    if (!LetterBook(db).issue(l, info.regionCode, error, !info.number.isEmpty()))
        return false;
    document.letter.number = l.number;
    document.letter.issuedOn = l.issuedOn;
    document.draft = false;
    return true;
}

QList<CaseDocuments::Kind> CaseDocuments::kinds()
{
    return {Kind::ReportForm,       Kind::Receipt,    Kind::Invitation,
            Kind::SecondInvitation, Kind::Minutes,    Kind::Analysis,
            Kind::StatusNotice,     Kind::Forwarding, Kind::Summary};
}

QString CaseDocuments::code(Kind kind)
{
    switch (kind) {
    case Kind::ReportForm:
        return QStringLiteral("report");
    case Kind::Receipt:
        return QStringLiteral("receipt");
    case Kind::Invitation:
        return QStringLiteral("invitation");
    case Kind::SecondInvitation:
        return QStringLiteral("invitation2");
    case Kind::Minutes:
        return QStringLiteral("minutes");
    case Kind::Analysis:
        return QStringLiteral("analysis");
    case Kind::StatusNotice:
        return QStringLiteral("status_notice");
    case Kind::Forwarding:
        return QStringLiteral("forwarding");
    case Kind::Summary:
        return QStringLiteral("summary");
    }
    return {};
}

bool CaseDocuments::fromCode(const QString &code, Kind *kind)
{
    for (const Kind k : kinds()) {
        if (CaseDocuments::code(k) == code) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QStringList CaseDocuments::codes()
{
    QStringList list;
    for (const Kind k : kinds())
        list << code(k);
    return list;
}

bool CaseDocuments::forOffice(Kind kind)
{
    return kind == Kind::ReportForm || kind == Kind::Minutes || kind == Kind::Analysis ||
           kind == Kind::Summary;
}

bool CaseDocuments::perPerson(Kind kind)
{
    return kind == Kind::Invitation || kind == Kind::SecondInvitation || kind == Kind::Minutes;
}

QString CaseDocuments::sanctionLabel(const QString &code, const QString &language)
{
    return labelOf(sanctionLabels, code, language);
}

QString CaseDocuments::name(Kind kind, const QString &language)
{
    switch (kind) {
    case Kind::ReportForm:
        return QStringLiteral("Formulir Laporan");
    case Kind::Receipt:
        return QStringLiteral("Tanda Bukti Penyampaian Laporan");
    case Kind::Invitation:
        return QStringLiteral("Undangan Klarifikasi");
    case Kind::SecondInvitation:
        return QStringLiteral("Undangan Klarifikasi Kedua");
    case Kind::Minutes:
        return QStringLiteral("Berita Acara Klarifikasi");
    case Kind::Analysis:
        return QStringLiteral("Kajian Dugaan Pelanggaran");
    case Kind::StatusNotice:
        return QStringLiteral("Pemberitahuan Status Laporan");
    case Kind::Forwarding:
        return QStringLiteral("Penerusan Dugaan Pelanggaran");
    case Kind::Summary:
        return language == QLatin1String("en") ? QStringLiteral("Case Summary")
                                               : QStringLiteral("Ringkasan Perkara");
    }
    return {};
}

QString CaseDocuments::formKey(Kind kind, const Case &c)
{
    switch (kind) {
    case Kind::ReportForm:
        if (c.source == QLatin1String("temuan"))
            return QStringLiteral("finding");
        return c.source == QLatin1String("laporan") ? QStringLiteral("report") : QString();
    case Kind::Receipt:
        return QStringLiteral("receipt");
    case Kind::Invitation:
    case Kind::SecondInvitation:
        return QStringLiteral("invitation");
    case Kind::Minutes:
        return QStringLiteral("minutes");
    case Kind::Analysis:
        return QStringLiteral("analysis");
    case Kind::StatusNotice:
        return QStringLiteral("status_notice");
    case Kind::Forwarding:
        return QStringLiteral("forwarding");
    case Kind::Summary:
        return {};
    }
    return {};
}

QStringList CaseDocuments::people(Kind kind, const QList<Hearing> &hearings, const Case &c,
                                  bool showIdentity)
{
    QStringList list;
    if (!perPerson(kind))
        return list;
    const Shown id(c, hearings, forOffice(kind) && showIdentity);
    for (const Invited &p : persons(kind, hearings))
        list << id.attendee(*p.attendee, p.attendee->name);
    return list;
}

QList<PrintedDocument> CaseDocuments::build(Kind kind, const Case &c,
                                            const QList<Hearing> &hearings,
                                            const DocumentContext &context)
{
    return Writer(kind, c, hearings, context).build();
}
