#include "CaseDocumentWriter.h"

#include "domain/Deadlines.h"

namespace CaseDocumentParts {

namespace {

// The small grid tables of the summary.
QString smallTable()
{
    return QStringLiteral("<table class='grid' width='100%' style='font-size:9pt'>");
}

} // namespace

// The summary of a case (docs/domain.md §3): the case, its parties, steps and deadlines, hearings,
// decision and follow-up, in Indonesian or English, kept to two pages.
PrintedDocument Writer::summary() const
{
    PrintedDocument d = start();
    QString html = secret();
    html += QStringLiteral("<h1>%1</h1>")
                .arg(t("RINGKASAN PENANGANAN DUGAAN PELANGGARAN", "CASE SUMMARY"));
    html += QStringLiteral("<p align='center'>%1</p>").arg(n(caseNumber()));
    html += summaryCase() + summaryParties() + summaryDeadlines() + summaryHearings() +
            summaryDecision() + summaryFollowUps();
    html += QStringLiteral("<p align='right' style='font-size:9pt'>%1 %2</p>")
                .arg(t("Dicetak pada", "Printed on"), e(longDate(m_ctx.date)));
    d.bodyHtml = html;
    return d;
}

// 1. The case: numbers, source, election, status, the alleged violation.
QString Writer::summaryCase() const
{
    QString html = QStringLiteral("<h2>1. %1</h2>").arg(t("Perkara", "The case"));
    html += fields({
        {t("Nomor penerimaan", "Receipt number"), n(m_case.receiptNumber)},
        {t("Nomor registrasi", "Registration number"), n(m_case.registrationNumber)},
        {t("Sumber", "Source"), e(Codes::printLabel(Codes::Kind::Source, m_case.source, lang()))},
        {t("Pemilihan", "Election"),
         e(Codes::printLabel(Codes::Kind::Election, m_case.election, lang()) +
           (m_profile ? QStringLiteral(" (%1)").arg(m_profile->name) : QString()))},
        {t("Status", "Status"),
         QStringLiteral("<b>%1</b>")
             .arg(e(Codes::printLabel(Codes::Kind::Status, m_case.status, lang())))},
        {t("Dugaan pelanggaran", "Alleged violation"),
         e(Codes::printLabel(Codes::Kind::ViolationCategory, m_case.violationCategory, lang()))},
        {t("Waktu dan tempat kejadian", "Date and place of the event"),
         QStringLiteral("%1, %2").arg(e(date(m_case.eventDate)), x(m_case.eventPlace))},
        {t("Uraian", "Description"), x(m_case.description)},
    });
    return html;
}

// 2. The reporter (or "[dirahasiakan]"), witnesses and experts, and the persons reported.
QString Writer::summaryParties() const
{
    QString html = QStringLiteral("<h2>2. %1</h2>").arg(t("Para Pihak", "Parties"));
    QString reporter = e(orDash(m_id.reporter(m_case.reporterName)));
    if (m_case.reporterConfidential && !m_id.hides())
        reporter += QStringLiteral(" <i>(%1)</i>")
                        .arg(t("identitas dirahasiakan", "identity confidential"));
    QStringList others;
    for (const Party &p : m_case.parties) {
        if (p.role != Codes::Role::Reported)
            others << QStringLiteral("%1 (%2)").arg(
                e(p.name), e(Codes::printLabel(Codes::Kind::AttendeeRole, p.role, lang())));
    }
    html += fields({{t("Pelapor", "Reporter"), reporter},
                    {t("Saksi dan ahli", "Witnesses and experts"),
                     others.isEmpty() ? QStringLiteral("-") : others.join(QLatin1String(", "))}});
    html +=
        QStringLiteral("<p>%1:</p>").arg(t("Terlapor", "Persons reported")) + reportedTable(false);
    return html;
}

// 3. The dates of the steps, each deadline of the profile and its state, an extension.
QString Writer::summaryDeadlines() const
{
    QString html =
        QStringLiteral("<h2>3. %1</h2>").arg(t("Tahapan dan Batas Waktu", "Steps and deadlines"));
    // The dates of the steps on one row, so that the summary keeps to two pages.
    html += smallTable() +
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
            html += smallTable() + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                                                  "<th>%5</th></tr>")
                                       .arg(t("Batas waktu", "Deadline"), t("Mulai", "Start"),
                                            t("Jatuh tempo", "Due"), t("Dipenuhi", "Met on"),
                                            t("Keadaan", "State"));
            for (const DeadlineStatus &s : deadlines) {
                const DeadlineRule *rule = m_profile->deadline(s.id);
                QString name = Codes::printLabel(Codes::Kind::Deadline, s.id, lang());
                if (rule)
                    name += QStringLiteral(" (%1 %2)")
                                .arg(rule->days)
                                .arg(rule->workingDays ? t("hari kerja", "working days")
                                                       : t("hari", "days"));
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                                       "<td>%5</td></tr>")
                            .arg(e(name), e(date(s.start)), e(date(s.due)), e(date(s.metOn)),
                                 e(Codes::printLabel(Codes::Kind::DeadlineState,
                                                     DeadlineStatus::stateCode(s.state), lang())));
            }
            html += QStringLiteral("</table>");
        }
    }
    if (m_case.extensionDays > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(t("Perpanjangan %1 hari: %2", "Extended by %1 days: %2"))
                    .arg(QString::number(m_case.extensionDays), x(m_case.extensionReason));
    return html;
}

// 4. Everyone invited to a hearing: invitation, attendance and the state of their minutes.
QString Writer::summaryHearings() const
{
    QString html = QStringLiteral("<h2>4. %1</h2>").arg(t("Klarifikasi", "Clarification hearings"));
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
                             e(Codes::printLabel(Codes::Kind::AttendeeRole, a.role, lang())),
                             a.invitation == 2 ? t("Kedua", "Second") : t("Pertama", "First"),
                             e(Codes::printLabel(Codes::Kind::Attendance, a.attendance, lang())),
                             e(minutes));
        }
    }
    if (anyone)
        html += smallTable() +
                QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                               "<th>%6</th></tr>")
                    .arg(t("Tanggal", "Date"), t("Nama", "Name"), t("Kedudukan", "Role"),
                         t("Undangan", "Invitation"), t("Kehadiran", "Attendance"),
                         t("Berita acara", "Minutes")) +
                rows + QStringLiteral("</table>");
    else
        html += QStringLiteral("<p>%1</p>").arg(t("Belum ada klarifikasi.", "No hearing yet."));
    return html;
}

// 5. The decision: forwarded, stopped, not registered or withdrawn; the analysis's conclusion.
QString Writer::summaryDecision() const
{
    QString html = QStringLiteral("<h2>5. %1</h2>").arg(t("Keputusan", "Decision"));
    const QString s = m_case.status;
    QString decision = t("Belum diputuskan.", "Not decided yet.");
    if (s == Codes::Status::Forwarded)
        decision = (m_en ? QStringLiteral("Forwarded to %1 on %2, letter number %3.")
                         : QStringLiteral("Diteruskan kepada %1 pada %2 dengan surat nomor %3."))
                       .arg(e(m_case.forwardedTo), e(date(m_case.forwardingLetterDate)),
                            n(m_case.forwardingLetterNumber));
    else if (s == Codes::Status::Stopped || s == Codes::Status::NotRegistered ||
             s == Codes::Status::Withdrawn)
        decision = QStringLiteral("%1 (%2): %3")
                       .arg(e(Codes::printLabel(Codes::Kind::Status, s, lang())),
                            e(date(m_case.decidedDate)), x(m_case.decisionReason));
    html += QStringLiteral("<p>%1</p>").arg(decision);
    if (!m_case.analysisConclusion.trimmed().isEmpty())
        html += QStringLiteral("<p><i>%1:</i> %2</p>")
                    .arg(t("Kesimpulan kajian", "Conclusion of the analysis"),
                         x(m_case.analysisConclusion));
    return html;
}

// 6. For a forwarded case, each person reported: recommendation, sanction, the PPK's decision.
QString Writer::summaryFollowUps() const
{
    if (m_case.status != Codes::Status::Forwarded)
        return {};
    QString html = QStringLiteral("<h2>6. %1</h2>").arg(t("Tindak Lanjut", "Follow-up"));
    html += smallTable() + QStringLiteral("<tr><th width='20%'>%1</th><th width='20%'>%2</th>"
                                          "<th width='20%'>%3</th><th width='20%'>%4</th>"
                                          "<th width='20%'>%5</th></tr>")
                               .arg(t("Terlapor", "Person reported"),
                                    t("Rekomendasi", "Recommendation"),
                                    t("Sanksi direkomendasikan", "Sanction recommended"),
                                    t("PPK", "PPK"), t("Keputusan PPK", "PPK decision"));
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
            decided =
                QStringLiteral("%1<br>%2<br>%3")
                    .arg(e(orDash(f.ppkDecisionNumber)), e(date(f.ppkDecisionDate)),
                         e(Codes::printLabel(Codes::Kind::Sanction, f.sanctionImposed, lang())));
        else if (f.responseDue.isValid())
            decided += QStringLiteral(" (%1 %2)").arg(t("batas", "due"), e(date(f.responseDue)));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "</tr>")
                    .arg(e(p.name), recommendation,
                         e(Codes::printLabel(Codes::Kind::Sanction, f.sanctionRecommended, lang())),
                         ppk, decided);
    }
    return html + QStringLiteral("</table>");
}

} // namespace CaseDocumentParts
