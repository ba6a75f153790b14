#include "FollowUpLetter.h"

#include "CaseDocuments.h"
#include "domain/FollowUpState.h"
#include "domain/Nip.h"
#include "domain/Regions.h"
#include "store/CaseRepository.h"
#include "store/Database.h"

#include <algorithm>

namespace {

// The letter is Indonesian whatever the UI language: its words are written here, not in tr().

QString authorityName(const QString &code)
{
    if (code.compare(QLatin1String("KASN"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Komisi Aparatur Sipil Negara (KASN)");
    if (code.compare(QLatin1String("BKN"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Badan Kepegawaian Negara (BKN)");
    return code;
}

// "KASN", "KASN dan BKN", "KASN, BKN dan X".
QString joined(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QLatin1String(", ")) +
           QStringLiteral(" dan ") + items.last();
}

QString key(const QString &text)
{
    return text.simplified().toLower();
}

QString e(const QString &text)
{
    return PrintedDocument::escape(text);
}

} // namespace

QString FollowUpLetter::sanctionLabel(const QString &code)
{
    return CaseDocuments::sanctionLabel(code);
}

bool FollowUpLetter::samePpk(const FollowUp &f, const QString &ppkName, const QString &ppkOffice)
{
    return key(f.ppkName) == key(ppkName) && key(f.ppkOffice) == key(ppkOffice);
}

QList<LedgerRow> FollowUpLetter::outstanding(const QList<LedgerRow> &rows, const QString &ppkName,
                                             const QString &ppkOffice, const QDate &today,
                                             int responseDays)
{
    QList<LedgerRow> list;
    for (const LedgerRow &r : rows) {
        const FollowUpState::State s = FollowUpState::of(r.followUp, today, responseDays);
        if ((s == FollowUpState::State::AwaitingPpk || s == FollowUpState::State::Late) &&
            samePpk(r.followUp, ppkName, ppkOffice))
            list << r;
    }
    std::stable_sort(list.begin(), list.end(), [&](const LedgerRow &a, const LedgerRow &b) {
        return FollowUpState::daysLate(a.followUp, today, responseDays) >
               FollowUpState::daysLate(b.followUp, today, responseDays);
    });
    return list;
}

QString FollowUpLetter::place(const CaseRepository &repo, const QList<LedgerRow> &rows)
{
    const QString city = repo.setting(QStringLiteral("office_city")).trimmed();
    if (!city.isEmpty())
        return city;
    QString regency;
    for (const LedgerRow &r : rows) {
        if (!regency.isEmpty() && r.regencyCode != regency)
            return {};
        regency = r.regencyCode;
    }
    const Regions::Region *region = Regions::shipped().regency(regency);
    if (!region)
        return {};
    // "Kabupaten Sukoharjo" is dated "Sukoharjo", "Kota Surakarta" "Surakarta".
    QString name = Regions::displayName(region->name);
    for (const QLatin1String prefix : {QLatin1String("Kabupaten "), QLatin1String("Kota ")}) {
        if (name.startsWith(prefix))
            return name.mid(prefix.size());
    }
    return name;
}

PrintedDocument FollowUpLetter::build(Database &db, const QList<LedgerRow> &rows,
                                      const QString &ppkName, const QString &ppkOffice)
{
    const CaseRepository repo(db);
    Request r;
    r.ppkName = ppkName;
    r.ppkOffice = ppkOffice;
    r.date = db.today();
    r.responseDays = LedgerRepository(db).responseDays();
    r.rows = outstanding(rows, ppkName, ppkOffice, r.date, r.responseDays);
    r.place = place(repo, r.rows);
    r.letterhead = Letterhead::fromSettings(repo);
    return build(r);
}

PrintedDocument FollowUpLetter::build(const Request &r)
{
    PrintedDocument d;
    d.title = QStringLiteral("Permintaan Tindak Lanjut Rekomendasi");
    d.letterhead = r.letterhead;
    d.language = QStringLiteral("id");

    QStringList authorities;
    for (const LedgerRow &row : r.rows) {
        const QString a = authorityName(row.authority().trimmed());
        if (!a.isEmpty() && !authorities.contains(a))
            authorities << a;
    }
    const QString authority = authorities.isEmpty()
                                  ? QStringLiteral("instansi yang berwenang di bidang kepegawaian")
                                  : joined(authorities);

    QString html;
    html += QStringLiteral("<p>Nomor: ....<br>Lampiran: -<br>"
                           "Perihal: <b>Permintaan Tindak Lanjut Rekomendasi</b></p>");
    html += QStringLiteral("<p>Yth. %1<br>%2<br>di Tempat</p>")
                .arg(e(r.ppkName.trimmed().isEmpty() ? QStringLiteral("Pejabat Pembina Kepegawaian")
                                                     : r.ppkName.trimmed()),
                     e(r.ppkOffice.trimmed()));
    html += QStringLiteral("<p>Dengan hormat,</p>");
    html +=
        QStringLiteral(
            "<p align='justify'>Bersama ini kami sampaikan bahwa dugaan pelanggaran netralitas "
            "Aparatur Sipil Negara (ASN) yang kami tangani telah kami teruskan kepada %1. Atas "
            "penerusan tersebut, %1 telah menerbitkan rekomendasi penjatuhan sanksi terhadap "
            "ASN di lingkungan instansi yang Bapak/Ibu pimpin. Berdasarkan catatan kami, "
            "sampai dengan tanggal %2 rekomendasi tersebut belum ditindaklanjuti untuk %3 "
            "orang ASN sebagai berikut:</p>")
            .arg(e(authority), e(PrintedDocument::date(r.date)), QString::number(r.rows.size()));

    html +=
        QStringLiteral("<table class='grid' width='100%' style='font-size:9pt'><thead><tr>"
                       "<th width='4%'>No.</th><th width='27%'>Nama / NIP</th>"
                       "<th width='16%'>Jabatan / Instansi</th><th width='15%'>Nomor Perkara</th>"
                       "<th width='14%'>Nomor dan Tanggal Rekomendasi</th>"
                       "<th width='14%'>Rekomendasi Sanksi</th>"
                       "<th width='10%'>Terlambat (hari)</th></tr></thead>");
    int no = 0;
    for (const LedgerRow &row : r.rows) {
        const FollowUp &f = row.followUp;
        QString person = e(row.name);
        if (!row.nip.trimmed().isEmpty())
            person += QStringLiteral("<br><span style='white-space:nowrap'>NIP. %1</span>")
                          .arg(e(Nip::grouped(row.nip)));
        QStringList position;
        for (const QString &part : {row.positionTitle.trimmed(), row.agency.trimmed()}) {
            if (!part.isEmpty())
                position << e(part);
        }
        QString recommendation =
            e(f.recommendationNumber.trimmed().isEmpty() ? QStringLiteral("-")
                                                         : f.recommendationNumber.trimmed());
        if (f.recommendationDate.isValid())
            recommendation += QStringLiteral("<br>tanggal %1")
                                  .arg(e(PrintedDocument::date(f.recommendationDate)));
        const int late = FollowUpState::daysLate(f, r.date, r.responseDays);
        html += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                               "<td>%5</td><td>%6</td><td align='center'>%7</td></tr>")
                    .arg(++no)
                    .arg(person,
                         position.isEmpty() ? QStringLiteral("-")
                                            : position.join(QLatin1String("<br>")),
                         e(row.caseNumber), recommendation, e(sanctionLabel(f.sanctionRecommended)),
                         late > 0 ? QString::number(late) : QStringLiteral("-"));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral(
        "<p align='justify'>Kolom &ldquo;Terlambat&rdquo; menunjukkan jumlah hari sejak batas "
        "waktu tindak lanjut terlampaui. Sehubungan dengan hal tersebut, kami mohon Bapak/Ibu "
        "selaku Pejabat Pembina Kepegawaian untuk segera menindaklanjuti rekomendasi tersebut "
        "sesuai dengan ketentuan peraturan perundang-undangan dan menyampaikan salinan keputusan "
        "penjatuhan sanksi kepada kami.</p>"
        "<p align='justify'>Demikian permintaan ini kami sampaikan. Atas perhatian dan kerja "
        "sama Bapak/Ibu, kami ucapkan terima kasih.</p>");

    const QString dated = r.place.trimmed().isEmpty() ? PrintedDocument::date(r.date)
                                                      : r.place.trimmed() + QStringLiteral(", ") +
                                                            PrintedDocument::date(r.date);
    html += QStringLiteral("<table width='100%'><tr><td width='50%'></td><td>%1<br>"
                           "Ketua/Koordinator Divisi Penanganan Pelanggaran,<br><br><br><br>"
                           "(.............................................)</td></tr></table>")
                .arg(e(dated));

    QStringList copies = authorities;
    copies << QStringLiteral("Arsip");
    html += QStringLiteral("<p style='font-size:10pt'>Tembusan:");
    for (int i = 0; i < copies.size(); ++i)
        html += QStringLiteral("<br>%1. %2%3")
                    .arg(i + 1)
                    .arg(e(copies.at(i)),
                         i + 1 < copies.size() ? QStringLiteral(";") : QStringLiteral("."));
    html += QStringLiteral("</p>");
    d.bodyHtml = html;
    return d;
}
