#include "CaseDocumentWriter.h"

#include "domain/HearingRules.h"
#include "domain/Nip.h"

#include <QLocale>
#include <QRegularExpression>

namespace CaseDocumentParts {

PrintedDocument Writer::invitation(const Hearing &h, const Attendee &a) const
{
    const QString name = m_id.attendee(a, a.name);
    const bool second = a.invitation == 2;
    const QString subject = second ? QStringLiteral("Undangan Klarifikasi Kedua")
                                   : QStringLiteral("Undangan Klarifikasi");
    PrintedDocument d = startLetter(
        name, a.uuid.isEmpty() ? QString() : CaseDocuments::personLetterKey(m_kind, a.uuid), name,
        subject);
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

    // The matter by its kind and number ("… dalam Laporan nomor 001/Reg/LP/…"): a number after
    // "(ASN)" alone read as the civil servant's.
    const QString matter =
        QStringLiteral("dugaan pelanggaran netralitas Aparatur Sipil Negara "
                       "(ASN) dalam %1 nomor %2")
            .arg(e(Codes::printLabel(Codes::Kind::Source, m_case.source, lang())), n(caseNumber()));
    if (second) {
        // The hearing the person missed, for the letter to refer to.
        QDate missed;
        for (const Hearing &other : m_hearings) {
            for (const Attendee &o : other.attendees) {
                if (&o != &a && o.attendance == Codes::Attendance::Absent &&
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
                         matter, e(Codes::printLabel(Codes::Kind::AttendeeRole, a.role, lang())));
    } else {
        html += QStringLiteral("<p>Dalam rangka penanganan %1, bersama ini kami "
                               "mengundang Saudara/i untuk hadir memberikan keterangan sebagai %2 "
                               "pada:</p>")
                    .arg(matter, e(Codes::printLabel(Codes::Kind::AttendeeRole, a.role, lang())));
    }
    html += fields({
        {QStringLiteral("Hari/tanggal"), e(longDate(m_ctx.zone.date(h.scheduledAt)))},
        {QStringLiteral("Pukul"), e(time(h.scheduledAt)) + QStringLiteral(" s.d. selesai")},
        {QStringLiteral("Tempat"),
         h.online ? QStringLiteral("Daring melalui %1").arg(x(h.platform)) : x(h.place)},
        {QStringLiteral("Acara"), QStringLiteral("Klarifikasi")},
    });
    html += QStringLiteral("<p align='justify'>Saudara/i diminta membawa Kartu Tanda Penduduk "
                           "(KTP) dan dokumen yang berkaitan, dan dapat didampingi oleh kuasa "
                           "hukum.");
    if (second)
        html += QStringLiteral(" Apabila Saudara/i tidak hadir pada undangan kedua ini, penanganan "
                               "dilanjutkan dan diputus berdasarkan bukti dan keterangan yang "
                               "ada.");
    html += QStringLiteral("</p>");
    html += PrintedDocument::keepWithNext(
        QStringLiteral("<p align='justify'>Demikian undangan ini kami sampaikan. Atas "
                       "perhatian dan kehadiran Saudara/i, kami ucapkan terima kasih.</p>"));
    html += signatory(CaseDocuments::code(m_kind)).letterBlock();
    d.bodyHtml = html;
    return d;
}

// The minutes of one person heard (docs/domain.md §4): the opening paragraph, the identity,
// the oath and the questions and answers, the signatures and any addenda.
PrintedDocument Writer::minutes(const Hearing &h, const Attendee &a) const
{
    const QString name = m_id.attendee(a, a.name);
    PrintedDocument d = start(name);
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
    html += minutesOpening(h, examiners);
    html += minutesIdentity(a, m_ctx.zone.date(h.scheduledAt));
    html += minutesStatements(a);
    html += minutesSignatures(a, name, examiners);
    html += minutesAddenda(a);
    d.bodyHtml = html;
    return d;
}

// "Pada hari ini …, Saya/Kami [examiners], … telah melakukan klarifikasi … terhadap:".
QString Writer::minutesOpening(const Hearing &h, const QStringList &examiners) const
{
    const QString names = PrintedDocument::joined(examiners);
    const QDate day = m_ctx.zone.date(h.scheduledAt);
    const QString where = h.online ? QStringLiteral("secara daring melalui %1").arg(x(h.platform))
                                   : QStringLiteral("bertempat di %1").arg(x(h.place));
    return QStringLiteral(
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
}

// The identity of the person heard, their age on the day of the hearing.
QString Writer::minutesIdentity(const Attendee &a, const QDate &day) const
{
    auto who = [&](const QString &value) { return e(orDash(m_id.attendee(a, value))); };
    const Party *party = partyOf(a);
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
             << qMakePair(QStringLiteral("Kedudukan"),
                          e(Codes::printLabel(Codes::Kind::AttendeeRole, a.role, lang())));
    if (!a.counsel.trimmed().isEmpty())
        identity << qMakePair(QStringLiteral("Didampingi kuasa hukum"), x(a.counsel));
    return fields(identity);
}

// Representation and oath, then the numbered questions and answers.
QString Writer::minutesStatements(const Attendee &a) const
{
    QString html;
    if (a.attendance == Codes::Attendance::Represented)
        html += QStringLiteral("<p>Yang bersangkutan diwakili oleh kuasanya.</p>");
    if (a.oath == Codes::Oath::Sworn)
        html += QStringLiteral("<p align='justify'>Sebelum memberikan keterangan, yang "
                               "bersangkutan bersedia diambil sumpah/janji.</p>");
    else if (a.oath == Codes::Oath::Refused)
        html += QStringLiteral("<p align='justify'>Yang bersangkutan menolak diambil sumpah/janji; "
                               "penolakan tersebut dicatat dan klarifikasi dilanjutkan.</p>");

    html += QStringLiteral("<p>Atas pertanyaan pemeriksa, yang bersangkutan memberikan keterangan "
                           "sebagai berikut:</p>");
    if (a.minutes.isEmpty())
        return html + QStringLiteral("<p>-</p>");
    html += QStringLiteral("<table width='100%' cellpadding='2'>");
    int no = 0;
    for (const MinutesEntry &m : a.minutes)
        html += QStringLiteral("<tr><td width='5%' valign='top'>%1.</td><td width='13%' "
                               "valign='top'>Pertanyaan</td><td valign='top'>: %2</td></tr>"
                               "<tr><td></td><td valign='top'>Jawaban</td><td valign='top'>: "
                               "%3</td></tr>")
                    .arg(QString::number(++no), x(m.question), x(m.answer));
    return html + QStringLiteral("</table>");
}

// The closing statement, the signing (or its refusal) and the signatures of the person heard
// and of each examiner.
QString Writer::minutesSignatures(const Attendee &a, const QString &name,
                                  QStringList examiners) const
{
    QString html = PrintedDocument::keepWithNext(
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

    // The examiners numbered one under the other, their numbers in one column (centred, each
    // line stood where its name's length put it), the first on the line of the person's name.
    QString examinerCell = QStringLiteral("<td width='50%' valign='top'><p align='center' "
                                          "style='margin: 0'>Pemeriksa,<br><br><br><br></p>");
    if (examiners.isEmpty())
        examiners << QString();
    for (qsizetype i = 0; i < examiners.size(); ++i) {
        const QString &n = examiners.at(i);
        examinerCell +=
            QStringLiteral("<p style='margin: 0 0 0 64px'>%1%2. %3</p>")
                .arg(i > 0 ? QStringLiteral("<br><br><br>") : QString(), QString::number(i + 1),
                     n.isEmpty() ? QStringLiteral("(..............................)")
                                 : QStringLiteral("<b><u>%1</u></b>").arg(e(n)));
    }
    examinerCell += QStringLiteral("</td>");
    return html + QStringLiteral("<br><table width='100%'><tr>%1%2</tr></table>")
                      .arg(signatureCell(QStringLiteral("Yang memberi keterangan,"), name,
                                         refused ? QStringLiteral("<i>(menolak menandatangani)</i>")
                                                 : QString()),
                           examinerCell);
}

// Dated corrections to signed minutes: the signed text above is never changed.
QString Writer::minutesAddenda(const Attendee &a) const
{
    if (a.addenda.isEmpty())
        return {};
    QString html = PrintedDocument::keepEnd(QStringLiteral("<h2>ADENDUM</h2>")) +
                   QStringLiteral("<p align='justify'>Perbaikan atas berita acara "
                                  "yang telah ditandatangani; teks di atas tidak diubah.</p>"
                                  "<table width='100%' cellpadding='2'>");
    int n = 0;
    for (const Addendum &ad : a.addenda)
        html += QStringLiteral("<tr><td width='5%' valign='top'>%1.</td><td valign='top'>"
                               "%2, pukul %3:<br>%4</td></tr>")
                    .arg(QString::number(++n), e(longDate(m_ctx.zone.date(ad.addedAt))),
                         e(time(ad.addedAt)), x(ad.text));
    return html + QStringLiteral("</table>");
}

} // namespace CaseDocumentParts
