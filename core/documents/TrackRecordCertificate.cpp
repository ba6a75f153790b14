#include "TrackRecordCertificate.h"

#include "FollowUpLetter.h"
#include "domain/Codes.h"
#include "domain/Nip.h"
#include "domain/Regions.h"
#include "store/Database.h"
#include "store/LetterBook.h"
#include "store/SettingsRepository.h"

#include <QCryptographicHash>

// The certificate is Indonesian whatever the UI language: its words are written here, not in tr().
const QString TrackRecordCertificate::DefaultCommittee =
    QStringLiteral("Panitia Seleksi Jabatan Pimpinan Tinggi");

namespace {

const QLatin1String Kind("track_record");
const QLatin1String Subject("Surat Keterangan Rekam Jejak Pelanggaran Netralitas ASN");

QString e(const QString &text)
{
    return PrintedDocument::escape(text);
}

QString dateText(const QDate &date)
{
    return PrintedDocument::date(date);
}

// "KABUPATEN SUKOHARJO" as "Kabupaten Sukoharjo"; a name typed in mixed case stays as typed.
QString titleCase(const QString &text)
{
    if (text != text.toUpper())
        return text;
    QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w.at(0).toUpper();
    return words.join(QLatin1Char(' '));
}

// The NIP grouped, kept on one line.
QString nipText(const QString &nip)
{
    return e(Nip::grouped(nip)).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
}

// What the office decided, with its date.
QString decision(const TrackRecord::Entry &entry)
{
    const LedgerRow &r = entry.row;
    const QString on =
        r.decidedDate.isValid() ? QStringLiteral(", ") + dateText(r.decidedDate) : QString();
    if (entry.status == Codes::Status::Forwarded) {
        const QString authority = r.authority().trimmed();
        return QStringLiteral("<b>Terbukti melanggar</b>; diteruskan") +
               (authority.isEmpty() ? QString() : QStringLiteral(" kepada ") + e(authority)) +
               e(on);
    }
    if (entry.status == Codes::Status::Stopped)
        return QStringLiteral("Tidak terbukti; dihentikan") + e(on);
    if (entry.status == Codes::Status::NotRegistered)
        return QStringLiteral("Tidak diregistrasi") + e(on);
    if (entry.status == Codes::Status::Withdrawn)
        return QStringLiteral("Laporan dicabut") + e(on);
    return QStringLiteral("Dalam proses penanganan (%1)")
        .arg(e(Codes::printLabel(Codes::Kind::Status, entry.status)));
}

QString recommendation(const TrackRecord::Entry &entry)
{
    const FollowUp &f = entry.row.followUp;
    if (!entry.row.hasFollowUp || f.sanctionRecommended.isEmpty())
        return entry.status == Codes::Status::Forwarded ? QStringLiteral("Belum ada rekomendasi")
                                                        : QStringLiteral("-");
    QString html = e(FollowUpLetter::sanctionLabel(f.sanctionRecommended));
    if (!f.recommendationNumber.trimmed().isEmpty())
        html += QStringLiteral("<br>Nomor %1").arg(e(f.recommendationNumber.trimmed()));
    if (f.recommendationDate.isValid())
        html += QStringLiteral("<br>tanggal %1").arg(e(dateText(f.recommendationDate)));
    return html;
}

QString sanction(const TrackRecord::Entry &entry)
{
    const FollowUp &f = entry.row.followUp;
    if (entry.row.hasFollowUp && !f.sanctionImposed.isEmpty()) {
        QString html = e(FollowUpLetter::sanctionLabel(f.sanctionImposed));
        if (!f.ppkDecisionNumber.trimmed().isEmpty())
            html += QStringLiteral("<br>Keputusan Nomor %1").arg(e(f.ppkDecisionNumber.trimmed()));
        if (f.ppkDecisionDate.isValid())
            html += QStringLiteral("<br>tanggal %1").arg(e(dateText(f.ppkDecisionDate)));
        return html;
    }
    if (entry.row.hasFollowUp && !f.sanctionRecommended.isEmpty() &&
        f.sanctionRecommended != Codes::Sanction::None)
        return QStringLiteral("Belum ditindaklanjuti oleh PPK");
    return QStringLiteral("-");
}

QString identity(const TrackRecord &record)
{
    QString rows =
        QStringLiteral("<tr><td width='120'>Nama</td><td>: %1</td></tr>")
            .arg(e(record.personName().isEmpty() ? QStringLiteral("-") : record.personName()));
    rows += QStringLiteral("<tr><td>NIP</td><td>: %1</td></tr>").arg(nipText(record.nip));
    if (!record.entries.isEmpty()) {
        const LedgerRow &last = record.entries.last().row;
        if (!last.positionTitle.trimmed().isEmpty())
            rows += QStringLiteral("<tr><td valign='top'>Jabatan</td><td>: %1</td></tr>")
                        .arg(e(last.positionTitle.trimmed()));
        if (!last.agency.trimmed().isEmpty())
            rows += QStringLiteral("<tr><td valign='top'>Instansi</td><td>: %1</td></tr>")
                        .arg(e(last.agency.trimmed()));
    }
    return QStringLiteral("<table cellpadding='1' style='margin-left:30px'>%1</table>").arg(rows);
}

QString cases(const TrackRecord &record)
{
    QString html = QStringLiteral(
        "<table class='grid' width='100%' style='font-size:10pt'><thead><tr>"
        "<th width='5%'>No.</th><th width='23%'>Nomor Perkara / Kabupaten/Kota</th>"
        "<th width='12%'>Tanggal Diterima</th><th width='22%'>Putusan</th>"
        "<th width='19%'>Rekomendasi</th><th width='19%'>Sanksi oleh PPK</th></tr></thead>");
    int no = 0;
    for (const TrackRecord::Entry &entry : record.entries) {
        html += QStringLiteral("<tr><td align='center' valign='top'>%1</td><td valign='top'>%2"
                               "<br>%3</td><td valign='top'>%4</td><td valign='top'>%5</td>"
                               "<td valign='top'>%6</td><td valign='top'>%7</td></tr>")
                    .arg(++no)
                    .arg(e(entry.row.caseNumber), e(Regions::nameOf(entry.row.regencyCode)),
                         e(dateText(entry.receivedDate)), decision(entry), recommendation(entry),
                         sanction(entry));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString TrackRecordCertificate::documentKey(const TrackRecord &record)
{
    QStringList persons;
    for (const TrackRecord::Entry &entry : record.entries)
        persons << entry.row.partyUuid;
    persons.sort();
    const QByteArray digest =
        QCryptographicHash::hash((record.nip + QLatin1Char('\n') + record.scope +
                                  QLatin1Char('\n') + record.purpose.simplified().toLower() +
                                  QLatin1Char('\n') + persons.join(QLatin1Char(',')))
                                     .toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex();
    return QStringLiteral("track_record:") + QString::fromLatin1(digest);
}

QString TrackRecordCertificate::office(const TrackRecord &record, const Letterhead &letterhead,
                                       const QString &region)
{
    if (const QString scoped = Letterhead::officeOf(record.scope); !scoped.isEmpty())
        return scoped;
    QString name = letterhead.office.simplified();
    const QString institution = QStringLiteral("Badan Pengawas Pemilihan Umum ");
    if (name.startsWith(institution, Qt::CaseInsensitive))
        return QStringLiteral("Bawaslu ") + titleCase(name.mid(institution.size()));
    if (!name.isEmpty())
        return titleCase(name);
    const QString named = Letterhead::officeOf(region);
    return named.isEmpty() ? QStringLiteral("Bawaslu") : named;
}

PrintedDocument TrackRecordCertificate::build(const Request &r)
{
    const TrackRecord &record = r.record;
    PrintedDocument d;
    d.title = QStringLiteral("Surat Keterangan Rekam Jejak - NIP ") + record.nip;
    d.letterhead = r.letterhead;
    d.language = QStringLiteral("id");
    d.letter.kind = Kind;
    d.letter.subject = Subject;
    d.letter.addressee = r.committee;
    d.letter.document = documentKey(record);
    d.letter.number = r.number;
    const Signatory signer = r.signatories.of(Kind, r.office);
    d.letter.signatory = signer.name;
    d.draft = r.number.isEmpty();

    QString html = QStringLiteral("<h1><u>SURAT KETERANGAN</u></h1><p align='center'>Nomor: "
                                  "%1</p>")
                       .arg(e(r.number.isEmpty() ? QStringLiteral("....") : r.number));
    QString who = signer.role;
    if (who.endsWith(QLatin1Char(',')))
        who.chop(1);
    if (!signer.behalfOf.isEmpty())
        who += QStringLiteral(" atas nama ") + signer.behalfOf;
    if (!signer.name.trimmed().isEmpty())
        who = signer.name.trimmed() + QStringLiteral(", ") + who;
    html += QStringLiteral("<p align='justify'>Yang bertanda tangan di bawah ini, %1, "
                           "menerangkan bahwa berdasarkan data penanganan pelanggaran "
                           "netralitas Aparatur Sipil Negara (ASN) pada %2 sampai dengan "
                           "tanggal %3, Pegawai ASN:</p>")
                .arg(e(who), e(r.office), e(dateText(r.date)));
    html += identity(record);
    if (record.entries.isEmpty()) {
        html += QStringLiteral("<p align='justify'><b>tidak tercatat</b> sebagai terlapor dalam "
                               "perkara dugaan pelanggaran netralitas ASN, sehingga tidak "
                               "terdapat catatan pelanggaran netralitas ASN atas NIP tersebut "
                               "pada %1.</p>")
                    .arg(e(r.office));
    } else {
        html += QStringLiteral("<p align='justify'>tercatat sebagai terlapor dalam %1 perkara "
                               "dugaan pelanggaran netralitas ASN, dengan putusan, rekomendasi "
                               "dan sanksi sebagai berikut:</p>")
                    .arg(record.entries.size());
        html += cases(record);
    }
    html += QStringLiteral("<p align='justify'>Surat keterangan ini diberikan kepada %1 untuk "
                           "keperluan %2, dan tidak dapat dipergunakan untuk keperluan lain.</p>")
                .arg(e(r.committee), e(record.purpose));
    html += PrintedDocument::keepWithNext(
        QStringLiteral("<p align='justify'>Demikian surat keterangan ini dibuat dengan "
                       "sebenarnya untuk dipergunakan sebagaimana mestinya.</p>"));
    const QString dated = r.place.trimmed().isEmpty()
                              ? dateText(r.date)
                              : r.place.trimmed() + QStringLiteral(", ") + dateText(r.date);
    html += QStringLiteral("<table width='100%'><tr><td width='50%'></td><td width='50%' "
                           "align='center'>%1</td></tr></table>")
                .arg(e(dated));
    html += signer.letterBlock();
    d.bodyHtml = html;
    return d;
}

PrintedDocument TrackRecordCertificate::build(Database &db, const TrackRecord &record,
                                              const QString &committee)
{
    const SettingsRepository repo(db);
    Request r;
    r.record = record;
    r.committee = committee.simplified().isEmpty() ? DefaultCommittee : committee.simplified();
    r.date = db.today();
    r.letterhead = Letterhead::fromSettings(repo);
    r.signatories = Signatories::fromSettings(repo);
    QList<LedgerRow> rows;
    QStringList regencies;
    for (const TrackRecord::Entry &entry : record.entries) {
        rows << entry.row;
        if (!regencies.contains(entry.row.regencyCode))
            regencies << entry.row.regencyCode;
    }
    // With no name set, the office is that of its code, else of the one regency found.
    QString region = Letterhead::codeRegion(repo);
    if (region.isEmpty() && regencies.size() == 1)
        region = regencies.first();
    r.office = office(record, r.letterhead, region);
    r.place = FollowUpLetter::place(repo, rows);
    QDate issuedOn;
    if (const std::optional<Letter> issued = LetterBook(db).find(documentKey(record))) {
        r.number = issued->number;
        issuedOn = issued->issuedOn;
        r.date = issued->issuedOn;
    }
    PrintedDocument d = build(r);
    d.letter.regionCode = record.scope.size() == 4 ? record.scope
                          : rows.isEmpty()         ? QString()
                                                   : rows.first().regencyCode;
    d.letter.issuedOn = issuedOn;
    return d;
}
