#include "FollowUpLetter.h"

#include "CaseDocuments.h"
#include "domain/FollowUpState.h"
#include "domain/Nip.h"
#include "domain/Regions.h"
#include "store/Database.h"
#include "store/LetterBook.h"
#include "store/SettingsRepository.h"

#include <QCryptographicHash>
#include <QSet>

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

QString key(const QString &text)
{
    return text.simplified().toLower();
}

QString e(const QString &text)
{
    return PrintedDocument::escape(text);
}

// Who a row is about: its NIP, else its name.
QString personKey(const LedgerRow &row)
{
    return row.nip.trimmed().isEmpty() ? QStringLiteral("name:") + key(row.name)
                                       : row.nip.trimmed();
}

// The persons among the rows: by NIP, else by name.
int persons(const QList<LedgerRow> &rows)
{
    QSet<QString> seen;
    for (const LedgerRow &row : rows)
        seen.insert(personKey(row));
    return int(seen.size());
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

QString FollowUpLetter::place(const SettingsRepository &repo, const QList<LedgerRow> &rows)
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
    QString name = region->title;
    for (const QLatin1String prefix : {QLatin1String("Kabupaten "), QLatin1String("Kota ")}) {
        if (name.startsWith(prefix))
            return name.mid(prefix.size());
    }
    return name;
}

QString FollowUpLetter::documentKey(const QString &ppkName, const QString &ppkOffice,
                                    const QList<LedgerRow> &rows)
{
    QStringList persons;
    for (const LedgerRow &r : rows)
        persons << r.partyUuid;
    persons.sort();
    const QByteArray digest =
        QCryptographicHash::hash((key(ppkName) + QLatin1Char('\n') + key(ppkOffice) +
                                  QLatin1Char('\n') + persons.join(QLatin1Char(',')))
                                     .toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex();
    return QStringLiteral("followup:") + QString::fromLatin1(digest);
}

PrintedDocument FollowUpLetter::build(Database &db, const QList<LedgerRow> &rows,
                                      const QString &ppkName, const QString &ppkOffice)
{
    const SettingsRepository repo(db);
    Request r;
    r.ppkName = ppkName;
    r.ppkOffice = ppkOffice;
    r.date = db.today();
    r.responseDays = LedgerRepository(db).responseDays();
    r.rows = outstanding(rows, ppkName, ppkOffice, r.date, r.responseDays);
    r.place = place(repo, r.rows);
    r.letterhead = Letterhead::fromSettings(repo);
    r.signatories = Signatories::fromSettings(repo);
    QString regency;
    for (const LedgerRow &row : r.rows)
        regency = regency.isEmpty() ? row.regencyCode : regency;
    r.office = Letterhead::officeOf(Regions::normaliseRegencyCode(regency));
    const QString document = documentKey(ppkName, ppkOffice, r.rows);
    if (const std::optional<Letter> issued = LetterBook(db).find(document)) {
        r.number = issued->number;
        r.issuedOn = issued->issuedOn;
        r.date = issued->issuedOn;
    }
    PrintedDocument d = build(r);
    d.letter.document = document;
    d.letter.regionCode = regency;
    d.letter.number = r.number;
    d.letter.issuedOn = r.issuedOn;
    d.draft = r.number.isEmpty();
    return d;
}

QStringList FollowUpLetter::authorities(const QList<LedgerRow> &rows)
{
    QStringList authorities;
    for (const LedgerRow &row : rows) {
        const QString a = authorityName(row.authority().trimmed());
        if (!a.isEmpty() && !authorities.contains(a))
            authorities << a;
    }
    return authorities;
}

namespace {

// The head of the letter (number, subject, date, addressee) and its opening paragraph.
QString opening(const FollowUpLetter::Request &r, const QStringList &authorities)
{
    const QString authority = authorities.isEmpty()
                                  ? QStringLiteral("instansi yang berwenang di bidang kepegawaian")
                                  : PrintedDocument::joined(authorities);

    QString html;
    const QString dated = r.place.trimmed().isEmpty() ? PrintedDocument::date(r.date)
                                                      : r.place.trimmed() + QStringLiteral(", ") +
                                                            PrintedDocument::date(r.date);
    html += QStringLiteral("<table width='100%'><tr><td width='60%' valign='top'>"
                           "<table cellpadding='0'><tr><td width='70'>Nomor</td><td>: %1</td></tr>"
                           "<tr><td>Lampiran</td><td>: -</td></tr>"
                           "<tr><td>Perihal</td><td>: <b>Permintaan Tindak Lanjut "
                           "Rekomendasi</b></td></tr></table></td>"
                           "<td valign='top' align='right'>%2</td></tr></table>")
                .arg(e(r.number.isEmpty() ? QStringLiteral("....") : r.number), e(dated));
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
            .arg(e(authority), e(PrintedDocument::date(r.date)), QString::number(persons(r.rows)));
    return html;
}

// The table of the persons: one row per person (by NIP, else by name), with each of their
// cases in the row, so that a person reported in several cases is listed once.
QString personsTable(const FollowUpLetter::Request &r)
{
    struct Person
    {
        const LedgerRow *first;
        QStringList cases;
        int late = 0;
    };
    QList<Person> people;
    QHash<QString, int> index;
    for (const LedgerRow &row : r.rows) {
        const QString id = personKey(row);
        if (!index.contains(id)) {
            index.insert(id, int(people.size()));
            people.append(Person{&row, {}, 0});
        }
        Person &p = people[index.value(id)];
        const FollowUp &f = row.followUp;
        QString recommendation = QStringLiteral("Perkara %1").arg(e(row.caseNumber));
        recommendation += QStringLiteral("<br>Rekomendasi %1")
                              .arg(e(f.recommendationNumber.trimmed().isEmpty()
                                         ? QStringLiteral("-")
                                         : f.recommendationNumber.trimmed()));
        if (f.recommendationDate.isValid())
            recommendation +=
                QStringLiteral(" tanggal %1").arg(e(PrintedDocument::date(f.recommendationDate)));
        recommendation += QStringLiteral("<br>Sanksi: %1")
                              .arg(e(FollowUpLetter::sanctionLabel(f.sanctionRecommended)));
        p.cases << recommendation;
        p.late = qMax(p.late, FollowUpState::daysLate(f, r.date, r.responseDays));
    }
    QString html;
    html += QStringLiteral("<table class='grid' width='100%' style='font-size:10pt'><thead><tr>"
                           "<th width='5%'>No.</th><th width='27%'>Nama / NIP</th>"
                           "<th width='22%'>Jabatan / Instansi</th>"
                           "<th width='34%'>Perkara, Rekomendasi dan Sanksi</th>"
                           "<th width='12%'>Terlambat<br>(hari)</th></tr></thead>");
    int no = 0;
    for (const Person &p : std::as_const(people)) {
        const LedgerRow &row = *p.first;
        QString person = QStringLiteral("<b>%1</b>").arg(e(row.name));
        if (!row.nip.trimmed().isEmpty())
            person += QStringLiteral("<br>NIP.&nbsp;%1")
                          .arg(e(Nip::grouped(row.nip))
                                   .replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
        QStringList position;
        for (const QString &part : {row.positionTitle.trimmed(), row.agency.trimmed()}) {
            if (!part.isEmpty())
                position << e(part);
        }
        html += QStringLiteral("<tr><td align='center' valign='top'>%1</td><td valign='top'>%2</td>"
                               "<td valign='top'>%3</td><td valign='top'>%4</td>"
                               "<td align='center' valign='top'>%5</td></tr>")
                    .arg(++no)
                    .arg(person,
                         position.isEmpty() ? QStringLiteral("-")
                                            : position.join(QLatin1String("<br>")),
                         p.cases.join(QLatin1String("<br><br>")),
                         p.late > 0 ? QString::number(p.late) : QStringLiteral("-"));
    }
    html += QStringLiteral("</table>");
    return html;
}

// The closing paragraphs, the signature and the copies (the authorities and the archive).
QString closing(const Signatory &signer, const QStringList &authorities)
{
    QString html;
    html += QStringLiteral(
        "<p align='justify'>Kolom &ldquo;Terlambat&rdquo; menunjukkan jumlah hari sejak batas "
        "waktu tindak lanjut terlampaui. Sehubungan dengan hal tersebut, kami mohon Bapak/Ibu "
        "selaku Pejabat Pembina Kepegawaian untuk segera menindaklanjuti rekomendasi tersebut "
        "sesuai dengan ketentuan peraturan perundang-undangan dan menyampaikan salinan keputusan "
        "penjatuhan sanksi kepada kami.</p>");
    html += PrintedDocument::keepWithNext(QStringLiteral(
        "<p align='justify'>Demikian permintaan ini kami sampaikan. Atas perhatian dan kerja "
        "sama Bapak/Ibu, kami ucapkan terima kasih.</p>"));

    html += signer.letterBlock();

    QStringList copies = authorities;
    copies << QStringLiteral("Arsip");
    // The copies stay with the signature: a list of copies alone on a page reads as a stray.
    html += QStringLiteral("<p style='font-size:10pt'>Tembusan:");
    for (int i = 0; i < copies.size(); ++i)
        html += QStringLiteral("<br>%1. %2%3")
                    .arg(i + 1)
                    .arg(e(copies.at(i)),
                         i + 1 < copies.size() ? QStringLiteral(";") : QStringLiteral("."));
    html += QStringLiteral("</p>");
    return html;
}

} // namespace

PrintedDocument FollowUpLetter::build(const Request &r)
{
    PrintedDocument d;
    d.title = QStringLiteral("Permintaan Tindak Lanjut Rekomendasi");
    d.letterhead = r.letterhead;
    d.language = QStringLiteral("id");
    d.letter.kind = QStringLiteral("followup");
    d.letter.subject = QStringLiteral("Permintaan Tindak Lanjut Rekomendasi");
    d.letter.addressee = r.ppkName.trimmed().isEmpty()
                             ? QStringLiteral("Pejabat Pembina Kepegawaian")
                             : r.ppkName.trimmed();
    if (!r.ppkOffice.trimmed().isEmpty())
        d.letter.addressee += QStringLiteral(", ") + r.ppkOffice.trimmed();
    const QString office = r.office.isEmpty() ? QStringLiteral("Bawaslu") : r.office;
    const Signatory signer = r.signatories.of(QStringLiteral("followup"), office);
    d.letter.signatory = signer.name;

    const QStringList authorities = FollowUpLetter::authorities(r.rows);
    d.bodyHtml = opening(r, authorities) + personsTable(r) + closing(signer, authorities);
    return d;
}
