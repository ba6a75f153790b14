#include "CaseDocumentWriter.h"

#include "domain/Deadlines.h"
#include "domain/Regions.h"

namespace CaseDocumentParts {

PrintedDocument Writer::reportForm() const
{
    PrintedDocument d = start();
    const bool finding = m_case.source == Codes::Source::Finding;
    QString html = secret();
    html += QStringLiteral("<h1>%1</h1>")
                .arg(finding ? QStringLiteral("FORMULIR TEMUAN")
                     : m_case.source == Codes::Source::InitialInformation
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
         e(Codes::printLabel(Codes::Kind::ViolationCategory, m_case.violationCategory, lang()))},
        {QStringLiteral("Tempat kejadian"), x(m_case.eventPlace)},
        {QStringLiteral("Waktu kejadian"), e(longDate(m_case.eventDate))},
        {QStringLiteral("Waktu diketahui"), e(longDate(m_case.knownDate))},
        {QStringLiteral("Uraian kejadian"), x(m_case.description)},
    });

    QStringList others;
    for (const Party &p : m_case.parties) {
        if (p.role != Codes::Role::Reported)
            others << QStringLiteral("%1 (%2)").arg(
                e(p.name), e(Codes::printLabel(Codes::Kind::AttendeeRole, p.role, lang())));
    }
    html += QStringLiteral("<h2>IV. Saksi dan Ahli</h2><p>%1</p>")
                .arg(others.isEmpty() ? QStringLiteral("-") : others.join(QLatin1String("<br>")));

    html += PrintedDocument::keepWithNext(QStringLiteral("<h2>V. Penerimaan</h2>"));
    html += fields({
        {QStringLiteral("Diterima pada"), e(longDate(m_case.receivedDate))},
        {QStringLiteral("Jenis pemilihan"),
         e(Codes::printLabel(Codes::Kind::Election, m_case.election, lang()) +
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
                .arg(e(Codes::printLabel(Codes::Kind::ViolationCategory, m_case.violationCategory,
                                         lang())
                           .toLower()),
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

PrintedDocument Writer::analysis() const
{
    PrintedDocument d = start();
    QString html = secret();
    html += QStringLiteral("<h1>KAJIAN DUGAAN PELANGGARAN</h1><p align='center'>Nomor Registrasi: "
                           "%1</p>")
                .arg(n(caseNumber()));
    html += QStringLiteral("<h2>I. Data %1</h2>")
                .arg(e(Codes::printLabel(Codes::Kind::Source, m_case.source, lang())));
    QStringList heard;
    for (const Invited &p : persons(Kind::Minutes, m_hearings))
        heard << QStringLiteral("%1 (%2), %3")
                     .arg(e(m_id.attendee(*p.attendee, p.attendee->name)),
                          e(Codes::printLabel(Codes::Kind::AttendeeRole, p.attendee->role, lang())),
                          e(date(m_ctx.zone.date(p.hearing->scheduledAt))));
    html += fields({
        {QStringLiteral("Nomor penerimaan"), n(m_case.receiptNumber)},
        {QStringLiteral("Nomor registrasi"), n(m_case.registrationNumber)},
        {QStringLiteral("Tanggal diterima"), e(longDate(m_case.receivedDate))},
        {QStringLiteral("Tanggal registrasi"), e(longDate(m_case.registeredDate))},
        {QStringLiteral("Pelapor"), e(orDash(m_id.reporter(m_case.reporterName)))},
        {QStringLiteral("Dugaan pelanggaran"),
         e(Codes::printLabel(Codes::Kind::ViolationCategory, m_case.violationCategory, lang()))},
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
    if (m_case.status == Codes::Status::Forwarded)
        decision =
            QStringLiteral("Dugaan pelanggaran diteruskan kepada %1.").arg(e(authorityName()));
    else if (m_case.status == Codes::Status::Stopped)
        decision = QStringLiteral("Penanganan dihentikan: %1.").arg(x(m_case.decisionReason));
    html += PrintedDocument::keepWithNext(QStringLiteral("<h2>V. Rekomendasi</h2>")) +
            QStringLiteral("<p align='justify'>%1</p>").arg(decision);
    html += QStringLiteral("<p align='right'>%1</p>")
                .arg(e(datedAt(m_case.decidedDate.isValid() ? m_case.decidedDate : m_ctx.date)));
    html += QStringLiteral("<br><table width='100%'><tr>%1%2</tr></table>")
                .arg(signatureCell(QStringLiteral("Penyusun Kajian,"), QString()),
                     signatory(QStringLiteral("analysis")).cell(4));
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
    if (s == Codes::Status::NotRegistered) {
        follows = QStringLiteral("Laporan tidak diregistrasi karena %1. Penanganan laporan ini "
                                 "selesai.")
                      .arg(x(m_case.decisionReason));
    } else if (s == Codes::Status::Withdrawn) {
        follows = QStringLiteral("Laporan dicabut oleh pelapor sebelum diregistrasi (%1). "
                                 "Penanganan laporan ini selesai.")
                      .arg(x(m_case.decisionReason));
    } else if (s == Codes::Status::Forwarded) {
        follows =
            QStringLiteral("Berdasarkan hasil kajian, laporan memenuhi unsur dugaan "
                           "pelanggaran peraturan perundang-undangan lainnya dan diteruskan "
                           "kepada %1 dengan surat nomor %2 tanggal %3, untuk ditindaklanjuti "
                           "sesuai dengan kewenangannya. Penjatuhan sanksi menjadi "
                           "kewenangan Pejabat Pembina Kepegawaian atas rekomendasi %1.")
                .arg(e(authorityName()), n(m_case.forwardingLetterNumber),
                     e(date(m_case.forwardingLetterDate)));
    } else if (s == Codes::Status::Stopped) {
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
         e(Codes::printLabel(Codes::Kind::ViolationCategory, m_case.violationCategory, lang()))},
        {QStringLiteral("Status"),
         QStringLiteral("<b>%1</b>").arg(e(Codes::printLabel(Codes::Kind::Status, s, lang())))},
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
    html += signatory(QStringLiteral("status_notice")).letterBlock();
    d.bodyHtml = html;
    return d;
}

PrintedDocument Writer::forwarding() const
{
    const QString subject = QStringLiteral("Penerusan Dugaan Pelanggaran Netralitas ASN");
    // Issued with the forwarding step (its number from the letter book); a letter sent outside
    // Netra has the number typed at the step, which the book records as given.
    PrintedDocument d = startLetter(QString(), QStringLiteral("forwarding:") + m_case.uuid,
                                    authorityHead(), subject, m_case.forwardingLetterNumber);
    const QDate dated = m_case.forwardingLetterDate.isValid() ? m_case.forwardingLetterDate
                        : d.letter.issuedOn.isValid()         ? d.letter.issuedOn
                                                              : m_case.decidedDate;
    QString html = letterHeader(d.letter.number, subject, QStringLiteral("1 (satu) berkas"), dated);
    html += QStringLiteral("<p>Yth.<br><b>%1</b><br>di Jakarta</p><p>Dengan hormat,</p>")
                .arg(e(authorityHead()));
    const bool report = m_case.source == Codes::Source::Report;
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
         e(Codes::printLabel(Codes::Kind::ViolationCategory, m_case.violationCategory, lang()))},
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
    html += signatory(QStringLiteral("forwarding")).letterBlock();
    // The copies stay with the signature.
    html += QStringLiteral("<p style='font-size:9pt'>Tembusan:<br>1. %1;<br>2. Ketua Badan "
                           "Pengawas Pemilihan Umum Republik Indonesia;<br>3. Arsip.</p>")
                .arg(e(provinceOffice()));
    d.bodyHtml = html;
    return d;
}

} // namespace CaseDocumentParts
