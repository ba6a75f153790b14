#include "PpkSuperiorLetter.h"
#include "domain/NumberFormat.h"

#include "FollowUpLetter.h"
#include "domain/FollowUpState.h"
#include "domain/Nip.h"
#include "domain/Regions.h"
#include "store/Database.h"
#include "store/LetterBook.h"
#include "store/SettingsRepository.h"

#include <QCryptographicHash>

#include <algorithm>

namespace {

// The letter is Indonesian whatever the UI language: its words are written here, not in tr().

const QLatin1String HomeAffairs("Menteri Dalam Negeri Republik Indonesia");
const QLatin1String StateApparatus(
    "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia");

QString e(const QString &text)
{
    return PrintedDocument::escape(text);
}

QString key(const QString &text)
{
    return text.simplified().toLower();
}

// "Bupati Sukoharjo (Pemerintah Kabupaten Sukoharjo)".
QString ppkName(const PpkRecord::Row &ppk)
{
    const QString name =
        ppk.name.isEmpty() ? QStringLiteral("Pejabat Pembina Kepegawaian") : ppk.name;
    return ppk.office.isEmpty() ? name
                                : name + QStringLiteral(" (") + ppk.office + QLatin1Char(')');
}

QString opening(const PpkSuperiorLetter::Request &r)
{
    const QString dated = r.place.trimmed().isEmpty() ? PrintedDocument::date(r.date)
                                                      : r.place.trimmed() + QStringLiteral(", ") +
                                                            PrintedDocument::date(r.date);
    QString html = PrintedDocument::letterHeading(
        e(r.number.isEmpty() ? QStringLiteral("....") : r.number), QStringLiteral("Penting"),
        QStringLiteral("-"),
        QStringLiteral("Rekomendasi yang Belum Ditindaklanjuti oleh Pejabat Pembina Kepegawaian"),
        e(dated));
    QStringList to;
    for (const QString &line : PpkSuperiorLetter::addressee(r.ppk))
        to << e(line);
    html += QStringLiteral("<p>Yth. %1<br>di Jakarta</p>").arg(to.join(QLatin1String("<br>")));
    QString opening = QStringLiteral(
        "<p align='justify'>Dengan hormat,<br>Sesuai dengan Keputusan Bersama Menteri PANRB, "
        "Menteri Dalam Negeri, Kepala BKN, Ketua KASN, dan Ketua Bawaslu tentang Pedoman "
        "Pembinaan dan Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilihan Umum "
        "dan Pemilihan, Pejabat Pembina Kepegawaian wajib menindaklanjuti rekomendasi "
        "penjatuhan sanksi atas pelanggaran netralitas Aparatur Sipil Negara (ASN). Bersama ini "
        "kami laporkan bahwa sampai dengan tanggal %1, %2 selaku Pejabat Pembina Kepegawaian "
        "belum menindaklanjuti %3 rekomendasi yang batas waktu tindak lanjutnya (%4 hari sejak "
        "rekomendasi, kecuali ditentukan lain) telah terlampaui, sebagai berikut:</p>");
    html += opening.arg(e(PrintedDocument::date(r.date)), e(ppkName(r.ppk)),
                        QString::number(r.rows.size()), QString::number(r.responseDays));
    return html;
}

QString table(const PpkSuperiorLetter::Request &r)
{
    QString html;
    html += QStringLiteral(
        "<table class='grid' width='100%' style='font-size:10pt'><thead><tr>"
        "<th width='4%'>No.</th><th width='16%'>Nomor Perkara</th>"
        "<th width='24%'>Nama / NIP</th><th width='22%'>Rekomendasi</th>"
        "<th width='12%'>Tanggal<br>Diteruskan</th><th width='11%'>Batas<br>Waktu</th>"
        "<th width='11%'>Terlambat<br>(hari)</th></tr></thead>");
    int no = 0;
    for (const LedgerRow &row : r.rows) {
        const FollowUp &f = row.followUp;
        QString person = QStringLiteral("<b>%1</b>").arg(e(row.name));
        if (!row.nip.trimmed().isEmpty())
            person += QStringLiteral("<br>NIP.&nbsp;%1")
                          .arg(e(Nip::grouped(row.nip))
                                   .replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
        if (!row.agency.trimmed().isEmpty())
            person += QStringLiteral("<br>%1").arg(e(row.agency.trimmed()));
        QString recommendation =
            e(f.recommendationNumber.trimmed().isEmpty() ? QStringLiteral("-")
                                                         : f.recommendationNumber.trimmed());
        if (f.recommendationDate.isValid())
            recommendation += QStringLiteral("<br>tanggal %1")
                                  .arg(e(PrintedDocument::date(f.recommendationDate)));
        recommendation += QStringLiteral("<br>Sanksi: %1")
                              .arg(e(FollowUpLetter::sanctionLabel(f.sanctionRecommended)));
        html += QStringLiteral("<tr><td align='center' valign='top'>%1</td><td valign='top'>%2</td>"
                               "<td valign='top'>%3</td><td valign='top'>%4</td>"
                               "<td valign='top'>%5</td><td valign='top'>%6</td>"
                               "<td align='center' valign='top'>%7</td></tr>")
                    .arg(++no)
                    .arg(e(row.caseNumber), person, recommendation,
                         e(PrintedDocument::date(row.forwardedDate())),
                         e(PrintedDocument::date(FollowUpState::responseDue(f, r.responseDays))),
                         QString::number(FollowUpState::daysLate(f, r.date, r.responseDays)));
    }
    return html + QStringLiteral("</table>");
}

QString closing(const PpkSuperiorLetter::Request &r, const Signatory &signer)
{
    const PpkRecord::Row &p = r.ppk;
    QString html;
    QString record = QStringLiteral("<p align='justify'>Secara keseluruhan, dari %1 rekomendasi "
                                    "penjatuhan sanksi yang diterima %2, %3 telah "
                                    "ditindaklanjuti")
                         .arg(QString::number(p.received), e(ppkName(p)),
                              QString::number(p.followedUp + p.followedUpDifferent));
    if (const std::optional<double> rate = p.followUpRate())
        record += QStringLiteral(" (%1)").arg(documentPercent(rate));
    if (p.followedUpDifferent > 0)
        record += QStringLiteral(", %1 di antaranya dengan sanksi yang berbeda dari rekomendasi")
                      .arg(p.followedUpDifferent);
    record +=
        QStringLiteral(", dan %1 belum ditindaklanjuti melewati batas waktu.</p>").arg(p.late);
    html += record;
    const bool throughGovernor =
        p.kind == PpkRecord::Kind::Regent || p.kind == PpkRecord::Kind::Mayor;
    html += QStringLiteral(
                "<p align='justify'>Sehubungan dengan hal tersebut, kami mohon %1 berkenan "
                "mengambil langkah pembinaan sesuai dengan kewenangan terhadap Pejabat Pembina "
                "Kepegawaian yang bersangkutan, agar rekomendasi tersebut segera ditindaklanjuti "
                "sesuai dengan ketentuan peraturan perundang-undangan.</p>")
                .arg(throughGovernor ? QStringLiteral("Bapak/Ibu Menteri melalui Gubernur")
                                     : QStringLiteral("Bapak/Ibu Menteri"));
    html += PrintedDocument::keepWithNext(QStringLiteral(
        "<p align='justify'>Demikian laporan ini kami sampaikan. Atas perhatian dan kerja sama "
        "Bapak/Ibu, kami ucapkan terima kasih.</p>"));
    html += signer.letterBlock();

    QStringList copies = FollowUpLetter::authorities(r.rows);
    copies << ppkName(p) << QStringLiteral("Arsip");
    html += QStringLiteral("<p style='font-size:10pt'>Tembusan:");
    for (int i = 0; i < copies.size(); ++i)
        html += QStringLiteral("<br>%1. %2%3")
                    .arg(i + 1)
                    .arg(e(copies.at(i)),
                         i + 1 < copies.size() ? QStringLiteral(";") : QStringLiteral("."));
    return html + QStringLiteral("</p>");
}

} // namespace

QStringList PpkSuperiorLetter::addressee(const PpkRecord::Row &ppk)
{
    switch (ppk.kind) {
    case PpkRecord::Kind::Regent:
    case PpkRecord::Kind::Mayor: {
        const Regions::Region *province = Regions::shipped().province(ppk.regencyCode.left(2));
        return {HomeAffairs, QStringLiteral("melalui Gubernur ") +
                                 (province ? province->title : QStringLiteral("Provinsi"))};
    }
    case PpkRecord::Kind::Governor:
        return {HomeAffairs};
    case PpkRecord::Kind::Minister:
        break;
    }
    return {StateApparatus};
}

QString PpkSuperiorLetter::documentKey(const PpkRecord::Row &ppk, const QList<LedgerRow> &rows,
                                       const QString &office)
{
    QStringList persons;
    for (const LedgerRow &r : rows)
        persons << r.partyUuid;
    persons.sort();
    // The store's own letters ('') keep the key they were issued under.
    QString text = key(ppk.name) + QLatin1Char('\n') + key(ppk.office) + QLatin1Char('\n') +
                   persons.join(QLatin1Char(','));
    if (!office.isEmpty())
        text += QLatin1Char('\n') + office;
    const QByteArray digest =
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("ppk_superior:") + QString::fromLatin1(digest);
}

QList<LedgerRow> PpkSuperiorLetter::late(const QList<LedgerRow> &rows, const PpkRecord::Row &ppk,
                                         const QDate &today, int responseDays)
{
    QList<LedgerRow> list;
    for (const LedgerRow &r : rows) {
        if (FollowUpState::of(r.followUp, today, responseDays) == FollowUpState::State::Late &&
            FollowUpLetter::samePpk(r.followUp, ppk.name, ppk.office))
            list << r;
    }
    std::stable_sort(list.begin(), list.end(), [&](const LedgerRow &a, const LedgerRow &b) {
        return FollowUpState::daysLate(a.followUp, today, responseDays) >
               FollowUpState::daysLate(b.followUp, today, responseDays);
    });
    return list;
}

PrintedDocument PpkSuperiorLetter::build(const Request &r)
{
    PrintedDocument d;
    d.title = QStringLiteral("Rekomendasi yang Belum Ditindaklanjuti");
    d.letterhead = r.letterhead;
    d.language = QStringLiteral("id");
    d.letter.kind = QStringLiteral("ppk_superior");
    d.letter.subject =
        QStringLiteral("Rekomendasi yang Belum Ditindaklanjuti oleh Pejabat Pembina Kepegawaian");
    d.letter.addressee = addressee(r.ppk).join(QLatin1Char(' '));
    d.letter.document = documentKey(r.ppk, r.rows);
    d.letter.number = r.number;
    const QString office = r.office.isEmpty() ? QStringLiteral("Bawaslu") : r.office;
    const Signatory signer = r.signatories.of(QStringLiteral("followup"), office);
    d.letter.signatory = signer.name;
    d.draft = r.number.isEmpty();
    d.bodyHtml = opening(r) + table(r) + closing(r, signer);
    return d;
}

PrintedDocument PpkSuperiorLetter::build(Database &db, const PpkRecord::Row &ppk,
                                         const CaseFilter &filter)
{
    const SettingsRepository repo(db);
    const LedgerRepository ledger(db);
    Request r;
    r.ppk = ppk;
    r.date = db.today();
    r.responseDays = ledger.responseDays();
    r.rows = late(ledger.rows(filter), ppk, r.date, r.responseDays);
    r.place = FollowUpLetter::place(repo, r.rows);
    r.letterhead = Letterhead::fromSettings(repo);
    r.signatories = Signatories::fromSettings(repo);
    QString regency;
    for (const LedgerRow &row : r.rows)
        regency = regency.isEmpty() ? row.regencyCode : regency;
    // The office that writes it: on a shared server the user's (a province's letter is the
    // province's), else that of the regency of the cases.
    r.office = Letterhead::officeOf(repo.office());
    if (r.office.isEmpty())
        r.office = Letterhead::officeOf(regency);
    QDate issuedOn;
    const QString document = documentKey(ppk, r.rows, repo.office());
    if (const std::optional<Letter> issued = LetterBook(db).find(document)) {
        r.number = issued->number;
        issuedOn = issued->issuedOn;
        r.date = issued->issuedOn;
    }
    PrintedDocument d = build(r);
    d.letter.document = document;
    d.letter.regionCode = regency;
    d.letter.issuedOn = issuedOn;
    return d;
}
