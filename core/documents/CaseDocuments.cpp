#include "CaseDocuments.h"

#include "CaseDocumentWriter.h"

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

using namespace CaseDocumentParts;

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

std::function<QString(const Case &, QString *)> CaseDocuments::forwardingNumber(Database &db)
{
    return [&db](const Case &after, QString *error) {
        QList<PrintedDocument> letter =
            build(Kind::Forwarding, after, {}, DocumentContext::fromFile(db, after));
        if (letter.isEmpty()) {
            *error = QCoreApplication::translate("CaseDocuments",
                                                 "The forwarding letter could not be made.");
            return QString();
        }
        if (!issue(db, letter.first(), error))
            return QString();
        return letter.first().letter.number;
    };
}

namespace {

// Each document: its code, its Indonesian name and the key of its form in the procedure profile
// (the report form's depends on the source), in the order of the procedure.
const struct
{
    Kind kind;
    const char *code;
    const char *name;
    const char *form;
} documents[] = {
    {Kind::ReportForm, "report", "Formulir Laporan", nullptr},
    {Kind::Receipt, "receipt", "Tanda Bukti Penyampaian Laporan", "receipt"},
    {Kind::Invitation, "invitation", "Undangan Klarifikasi", "invitation"},
    {Kind::SecondInvitation, "invitation2", "Undangan Klarifikasi Kedua", "invitation"},
    {Kind::Minutes, "minutes", "Berita Acara Klarifikasi", "minutes"},
    {Kind::Analysis, "analysis", "Kajian Dugaan Pelanggaran", "analysis"},
    {Kind::StatusNotice, "status_notice", "Pemberitahuan Status Laporan", "status_notice"},
    {Kind::Forwarding, "forwarding", "Penerusan Dugaan Pelanggaran", "forwarding"},
    {Kind::Summary, "summary", "Ringkasan Perkara", nullptr},
};

const auto &document(Kind kind)
{
    for (const auto &d : documents) {
        if (d.kind == kind)
            return d;
    }
    return documents[0];
}

} // namespace

QList<CaseDocuments::Kind> CaseDocuments::kinds()
{
    QList<Kind> list;
    for (const auto &d : documents)
        list << d.kind;
    return list;
}

QString CaseDocuments::code(Kind kind)
{
    return QString::fromLatin1(document(kind).code);
}

QString CaseDocuments::personLetterKey(Kind kind, const QString &attendeeUuid)
{
    return code(kind) + QLatin1Char(':') + attendeeUuid;
}

bool CaseDocuments::fromCode(const QString &code, Kind *kind)
{
    for (const auto &d : documents) {
        if (code == QLatin1String(d.code)) {
            *kind = d.kind;
            return true;
        }
    }
    return false;
}

QStringList CaseDocuments::codes()
{
    QStringList list;
    for (const auto &d : documents)
        list << QString::fromLatin1(d.code);
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
    return Codes::printLabel(Codes::Kind::Sanction, code, language);
}

QString CaseDocuments::name(Kind kind, const QString &language)
{
    if (kind == Kind::Summary && language == QLatin1String("en"))
        return QStringLiteral("Case Summary");
    return QString::fromUtf8(document(kind).name);
}

QString CaseDocuments::formKey(Kind kind, const Case &c)
{
    if (kind == Kind::ReportForm) {
        if (c.source == Codes::Source::Finding)
            return QStringLiteral("finding");
        return c.source == Codes::Source::Report ? QStringLiteral("report") : QString();
    }
    const char *form = document(kind).form;
    return form ? QString::fromLatin1(form) : QString();
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
