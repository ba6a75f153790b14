#include "AppealLetter.h"

#include "domain/Codes.h"
#include "domain/Regions.h"
#include "store/Database.h"
#include "store/LetterBook.h"
#include "store/SettingsRepository.h"

namespace {

QString e(const QString &text)
{
    return PrintedDocument::escape(text);
}

// "Kabupaten Sukoharjo" is dated "Sukoharjo", "Kota Surakarta" "Surakarta".
QString town(const QString &regencyName)
{
    for (const QLatin1String prefix : {QLatin1String("Kabupaten "), QLatin1String("Kota ")}) {
        if (regencyName.startsWith(prefix))
            return regencyName.mid(prefix.size());
    }
    return regencyName;
}

QString list(const QStringList &items, const QString &style)
{
    QString html = QStringLiteral("<ol type='%1' style='margin-top:0'>").arg(style);
    for (const QString &item : items)
        html += QStringLiteral("<li align='justify'>%1</li>").arg(item);
    return html + QStringLiteral("</ol>");
}

// The head of the letter (number, nature, attachment, subject, date) and the addressee.
QString opening(const AppealLetter::Request &r)
{
    const QString dated = r.place.trimmed().isEmpty() ? PrintedDocument::date(r.date)
                                                      : r.place.trimmed() + QStringLiteral(", ") +
                                                            PrintedDocument::date(r.date);
    QString html = PrintedDocument::letterHeading(
        r.number.isEmpty() ? QStringLiteral("KONSEP") : e(r.number), QStringLiteral("Penting"),
        QStringLiteral("-"), e(r.activity.title.trimmed()), e(dated));
    html += QStringLiteral("<p>Yth. %1<br>di Tempat</p>").arg(e(r.activity.addressee.trimmed()));
    return html;
}

// The rules the appeal rests on and what it asks, by addressee: village heads are bound by the
// law on villages, civil servants by the laws on the civil service and elections.
QString body(const AppealLetter::Request &r)
{
    const bool village = r.activity.addresseeKind == QLatin1String("kepala_desa");
    const QString office = r.office.isEmpty() ? QStringLiteral("Bawaslu") : r.office;
    QStringList rules{
        QStringLiteral("Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;"),
        QStringLiteral("Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, "
                       "dan Walikota;"),
    };
    if (village)
        rules << QStringLiteral("Undang-Undang Nomor 6 Tahun 2014 tentang Desa sebagaimana "
                                "diubah dengan Undang-Undang Nomor 3 Tahun 2024;");
    rules << QStringLiteral("Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;")
          << QStringLiteral("Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai "
                            "Negeri Sipil;")
          << QStringLiteral("Keputusan Bersama Menteri PANRB, Menteri Dalam Negeri, Kepala BKN, "
                            "Ketua KASN, dan Ketua Bawaslu tentang Pedoman Pembinaan dan "
                            "Pengawasan Netralitas Pegawai ASN dalam Penyelenggaraan Pemilihan "
                            "Umum dan Pemilihan.");
    QString html;
    html += QStringLiteral("<p align='justify'>Dengan hormat,<br>Dalam rangka pencegahan "
                           "pelanggaran netralitas %1 pada penyelenggaraan Pemilihan Umum dan "
                           "Pemilihan Kepala Daerah, dengan memperhatikan ketentuan:</p>")
                .arg(village ? QStringLiteral("kepala desa, perangkat desa dan Aparatur Sipil "
                                              "Negara (ASN)")
                             : QStringLiteral("Aparatur Sipil Negara (ASN)"));
    html += list(rules, QStringLiteral("1"));
    html += QStringLiteral("<p align='justify'>%1 mengimbau Bapak/Ibu untuk:</p>").arg(e(office));
    QStringList asks;
    if (village) {
        asks << QStringLiteral("tidak membuat keputusan dan/atau tindakan yang menguntungkan "
                               "atau merugikan salah satu peserta pemilihan;")
             << QStringLiteral("tidak ikut serta dan/atau terlibat dalam kampanye, serta tidak "
                               "menjadi pengurus partai politik atau anggota tim kampanye;")
             << QStringLiteral("memastikan perangkat desa di wilayah Bapak/Ibu menjaga "
                               "netralitas, termasuk di media sosial;");
    } else {
        asks << QStringLiteral("memastikan seluruh ASN di lingkungan instansi yang Bapak/Ibu "
                               "pimpin menjaga netralitas dan tidak terlibat dalam politik "
                               "praktis;")
             << QStringLiteral("tidak memberikan dukungan kepada peserta pemilihan, baik secara "
                               "langsung maupun melalui media sosial (mengunggah, menanggapi, "
                               "menyukai atau membagikan);")
             << QStringLiteral("tidak menghadiri deklarasi, kampanye atau kegiatan yang "
                               "mengarah pada keberpihakan, dan tidak berfoto dengan simbol "
                               "peserta pemilihan;")
             << QStringLiteral("tidak membuat keputusan dan/atau tindakan yang menguntungkan "
                               "atau merugikan salah satu peserta pemilihan;");
        if (r.activity.addresseeKind == QLatin1String("ppk"))
            asks << QStringLiteral("selaku Pejabat Pembina Kepegawaian, menindaklanjuti "
                                   "rekomendasi atas pelanggaran netralitas ASN sesuai dengan "
                                   "ketentuan peraturan perundang-undangan;");
    }
    asks.last().replace(QLatin1String(";"), QLatin1String("."));
    html += list(asks, QStringLiteral("1"));
    return html;
}

// The closing lines, kept with the signature block, and the copies.
QString closing(const Signatory &signer, const QString &province)
{
    QString html;
    html += PrintedDocument::keepWithNext(QStringLiteral(
        "<p align='justify'>Demikian imbauan ini kami sampaikan. Atas perhatian dan kerja sama "
        "Bapak/Ibu, kami ucapkan terima kasih.</p>"));
    html += signer.letterBlock();
    // The copies stay with the signature.
    html += QStringLiteral("<p style='font-size:10pt'>Tembusan:<br>1. Ketua Badan Pengawas "
                           "Pemilihan Umum Republik Indonesia;<br>2. %1;<br>3. Arsip.</p>")
                .arg(e(province.isEmpty() ? QStringLiteral("Ketua Bawaslu Provinsi")
                                          : QStringLiteral("Ketua Bawaslu Provinsi ") + province));
    return html;
}

} // namespace

QString AppealLetter::documentKey(const PreventionActivity &activity)
{
    return QStringLiteral("appeal:") + activity.uuid;
}

PrintedDocument AppealLetter::build(const Request &r)
{
    PrintedDocument d;
    d.title = QStringLiteral("Surat Imbauan Netralitas");
    d.letterhead = r.letterhead;
    d.language = QStringLiteral("id");
    d.letter.document = documentKey(r.activity);
    d.letter.kind = QStringLiteral("appeal");
    d.letter.subject = r.activity.title.trimmed();
    d.letter.addressee = r.activity.addressee.trimmed();
    d.letter.regionCode = r.activity.regencyCode;
    d.letter.number = r.number;
    const QString office = r.office.isEmpty() ? QStringLiteral("Bawaslu") : r.office;
    const Signatory signer = r.signatories.of(QStringLiteral("appeal"), office);
    d.letter.signatory = signer.name;
    d.draft = r.number.isEmpty();
    QString province;
    if (const Regions::Region *p = Regions::shipped().province(r.activity.regencyCode.left(2)))
        province = p->title;
    d.bodyHtml = opening(r) + body(r) + closing(signer, province);
    return d;
}

PrintedDocument AppealLetter::build(Database &db, const PreventionActivity &activity)
{
    const SettingsRepository repo(db);
    Request r;
    r.activity = activity;
    r.date = activity.date.isValid() ? activity.date : db.today();
    r.letterhead = Letterhead::fromSettings(repo);
    r.signatories = Signatories::fromSettings(repo);
    r.office = Letterhead::officeOf(Regions::normaliseRegencyCode(activity.regencyCode));
    const Regions::Region *region = Regions::shipped().regency(activity.regencyCode);
    const QString regency = region ? region->title : QString();
    r.place = repo.setting(QStringLiteral("office_city")).trimmed();
    if (r.place.isEmpty())
        r.place = town(regency);
    QDate issuedOn;
    if (const std::optional<Letter> issued = LetterBook(db).find(documentKey(activity))) {
        r.number = issued->number;
        issuedOn = issued->issuedOn;
        r.date = issued->issuedOn;
    }
    PrintedDocument d = build(r);
    d.letter.issuedOn = issuedOn;
    return d;
}
