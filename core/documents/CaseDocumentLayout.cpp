#include "CaseDocumentWriter.h"

#include "domain/Nip.h"
#include "domain/Regions.h"

namespace CaseDocumentParts {

namespace {

bool wasHeard(const Attendee &a)
{
    return a.attendance == Codes::Attendance::Present ||
           a.attendance == Codes::Attendance::Represented || !a.minutes.isEmpty() || a.isSigned();
}

} // namespace

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

QList<PrintedDocument> Writer::build()
{
    const bool report = m_case.source == Codes::Source::Report;
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
        const bool analysed = m_case.status == Codes::Status::Analysis ||
                              m_case.status == Codes::Status::Forwarded ||
                              m_case.status == Codes::Status::Stopped;
        if (!analysed && m_case.analysisFacts.isEmpty() && m_case.analysisElements.isEmpty() &&
            m_case.analysisConclusion.isEmpty())
            return {};
        return {analysis()};
    }
    case Kind::StatusNotice:
        if (!report || m_case.status == Codes::Status::Received)
            return {};
        return {statusNotice()};
    case Kind::Forwarding:
        if (m_case.status != Codes::Status::Forwarded)
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
    const QString office = Letterhead::officeOf(Regions::normaliseRegencyCode(m_case.regencyCode));
    if (!office.isEmpty())
        return office;
    return m_ctx.letterhead.office.isEmpty() ? QStringLiteral("Bawaslu") : m_ctx.letterhead.office;
}

QString Writer::provinceOffice() const
{
    const Regions::Region *r = Regions::shipped().regency(m_case.regencyCode);
    const Regions::Region *p = r ? Regions::shipped().province(r->parent) : nullptr;
    return p ? QStringLiteral("Ketua Bawaslu Provinsi ") + p->title
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

Signatory Writer::signatory(const QString &document) const
{
    return m_ctx.signatories.of(document, office());
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
                            .arg(e(Codes::printLabel(Codes::Kind::PositionCategory,
                                                     p.positionCategory, lang())));
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
    return PrintedDocument::letterHeading(
        n(number.trimmed().isEmpty() ? QStringLiteral("....................") : number),
        QStringLiteral("Segera"), e(attachment), e(subject), e(datedAt(dated)));
}

} // namespace CaseDocumentParts
