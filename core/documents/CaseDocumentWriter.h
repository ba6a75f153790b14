#pragma once

// The parts the printed documents of a case are built from, shared by CaseDocumentLayout.cpp
// (the common layout: headers, fields, signatures, letters), CaseLetters.cpp (report form,
// receipt, analysis, status notice, forwarding), HearingDocuments.cpp (invitations, minutes) and
// CaseSummary.cpp. Internal to core/documents: CaseDocuments.h is the door.

#include "CaseDocuments.h"
#include "domain/ProcedureProfile.h"

#include <QPair>

namespace CaseDocumentParts {

using Kind = CaseDocuments::Kind;

// Text escaped for the documents' HTML.
QString e(const QString &text);
// A number or identifier kept on one line (see CaseDocumentLayout.cpp).
QString n(const QString &text);
QString orDash(const QString &text);

// What of the reporter's identity may be printed on one document (Identity's rule), and the
// free text with it taken out: a confidential reporter's name may stand in a description or an
// answer too.
class Shown
{
public:
    Shown(const Case &c, const QList<Hearing> &hearings, bool show,
          const Identity::Secrets &known = {})
        : m_hide(c.reporterConfidential && !show)
    {
        if (!m_hide)
            return;
        m_secrets.add(known);
        m_secrets.add(c);
        for (const Hearing &h : hearings) {
            for (const Attendee &a : h.attendees) {
                if (Identity::isReporter(a))
                    m_secrets.add(a);
            }
        }
    }

    bool hides() const { return m_hide; }
    // A field of the reporter's identity.
    QString reporter(const QString &value) const { return m_hide ? Identity::hidden() : value; }
    QString attendee(const Attendee &a, const QString &value) const
    {
        return (m_hide && Identity::isReporter(a)) || a.identityHidden ? Identity::hidden() : value;
    }
    // Free text with the reporter's identity taken out.
    QString text(const QString &value) const { return m_hide ? m_secrets.scrub(value) : value; }

private:
    bool m_hide;
    Identity::Secrets m_secrets;
};

struct Invited
{
    const Hearing *hearing;
    const Attendee *attendee;
};

// Who is invited (or, for minutes, was heard) for the documents of a kind, in order.
QList<Invited> persons(Kind kind, const QList<Hearing> &hearings);

// Builds the documents of one case with one context; one instance per build() call.
class Writer
{
public:
    Writer(Kind kind, const Case &c, const QList<Hearing> &hearings, const DocumentContext &ctx)
        : m_kind(kind), m_case(c), m_hearings(hearings), m_ctx(ctx),
          m_id(c, hearings, CaseDocuments::forOffice(kind) && ctx.showConfidential, ctx.secrets),
          m_profile(ProfileRegistry::shipped().find(c.profileId)),
          m_en(kind == Kind::Summary && ctx.language == QLatin1String("en"))
    {
    }

    QList<PrintedDocument> build();

private:
    PrintedDocument start(const QString &person = QString()) const;
    QString lang() const { return m_en ? QStringLiteral("en") : QStringLiteral("id"); }
    QString t(const char *id, const char *en) const { return QString::fromUtf8(m_en ? en : id); }
    // Free text of the case: escaped, the reporter taken out when hidden.
    QString x(const QString &text) const { return e(orDash(m_id.text(text.trimmed()))); }
    QString longDate(const QDate &d) const
    {
        return d.isValid() ? PrintedDocument::longDate(d, lang()) : QStringLiteral("-");
    }
    QString date(const QDate &d) const
    {
        return d.isValid() ? PrintedDocument::date(d, lang()) : QStringLiteral("-");
    }
    QString time(const QDateTime &t) const { return m_ctx.zone.time(t); }
    QString caseNumber() const { return m_case.number(); }
    // "Bawaslu Kabupaten Sukoharjo".
    QString office() const;
    QString provinceOffice() const;
    QString authorityName() const;
    QString authorityHead() const;
    const Party *partyOf(const Attendee &a) const;

    // Label : value rows; values are HTML.
    static QString fields(const QList<QPair<QString, QString>> &rows);
    QString datedAt(const QDate &d) const;
    // Two signature columns; a name may be empty for a line to fill by hand.
    static QString signatures(const QString &leftRole, const QString &leftName,
                              const QString &rightRole, const QString &rightName);
    static QString signatureCell(const QString &role, const QString &name,
                                 const QString &note = QString());
    // The office's signatory of this document (a.n. when on behalf).
    Signatory signatory(const QString &document) const;
    // A letter of the letter book: its entry when issued (number and date), else a draft.
    PrintedDocument startLetter(const QString &person, const QString &key, const QString &addressee,
                                const QString &subject,
                                const QString &presetNumber = QString()) const;
    QString reportedTable(bool withAddress) const;
    QString reporterFields() const;
    QString letterHeader(const QString &number, const QString &subject, const QString &attachment,
                         const QDate &dated) const;
    QString secret() const;

    PrintedDocument reportForm() const;
    PrintedDocument receipt() const;
    PrintedDocument invitation(const Hearing &h, const Attendee &a) const;
    PrintedDocument minutes(const Hearing &h, const Attendee &a) const;
    PrintedDocument analysis() const;
    PrintedDocument statusNotice() const;
    PrintedDocument forwarding() const;
    PrintedDocument summary() const;

    // The parts of the minutes (HearingDocuments.cpp) and of the summary (CaseSummary.cpp).
    QString minutesOpening(const Hearing &h, const QStringList &examiners) const;
    QString minutesIdentity(const Attendee &a, const QDate &day) const;
    QString minutesStatements(const Attendee &a) const;
    QString minutesSignatures(const Attendee &a, const QString &name, QStringList examiners) const;
    QString minutesAddenda(const Attendee &a) const;
    QString summaryCase() const;
    QString summaryParties() const;
    QString summaryDeadlines() const;
    QString summaryHearings() const;
    QString summaryDecision() const;
    QString summaryFollowUps() const;

    Kind m_kind;
    const Case &m_case;
    const QList<Hearing> &m_hearings;
    const DocumentContext &m_ctx;
    Shown m_id;
    const ProcedureProfile *m_profile;
    bool m_en;
};

} // namespace CaseDocumentParts
