#include "case/TimelinePanel.h"
#include "domain/DateFormat.h"

#include "case/DeadlineListModel.h"
#include "case/HistoryModel.h"

#include "store/UserRepository.h"

#include "domain/Codes.h"
#include "domain/Deadlines.h"
#include "domain/HearingRules.h"
#include "domain/Identity.h"
#include "domain/OfficeTime.h"
#include "domain/ProcedureProfile.h"
#include "domain/Regions.h"
#include "store/HistoryRepository.h"
#include "store/SettingsRepository.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace {

const QChar arrow(0x2192);
const QChar ellipsis(0x2026);
const QString dash(QChar(0x2014));

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

const ProcedureProfile *profileOf(const Case &c)
{
    const ProfileRegistry &registry = ProfileRegistry::shipped();
    if (const ProcedureProfile *p = registry.find(c.profileId))
        return p;
    return registry.forCase(c.election, c.receivedDate);
}

struct FieldName
{
    const char *table; // nullptr: any table
    const char *field;
    const char *label;
};

const FieldName fieldNames[] = {
    {"cases", "source", QT_TRANSLATE_NOOP("TimelinePanel", "Source")},
    {"cases", "election", QT_TRANSLATE_NOOP("TimelinePanel", "Election")},
    {"cases", "profile", QT_TRANSLATE_NOOP("TimelinePanel", "Procedure")},
    {"cases", "regency_code", QT_TRANSLATE_NOOP("TimelinePanel", "Regency")},
    {"cases", "district_code", QT_TRANSLATE_NOOP("TimelinePanel", "District")},
    {"cases", "status", QT_TRANSLATE_NOOP("TimelinePanel", "Status")},
    {"cases", "receipt_number", QT_TRANSLATE_NOOP("TimelinePanel", "Receipt number")},
    {"cases", "registration_number", QT_TRANSLATE_NOOP("TimelinePanel", "Registration number")},
    {"cases", "event_date", QT_TRANSLATE_NOOP("TimelinePanel", "Date of the event")},
    {"cases", "known_date", QT_TRANSLATE_NOOP("TimelinePanel", "Date it became known")},
    {"cases", "received_date", QT_TRANSLATE_NOOP("TimelinePanel", "Date received")},
    {"cases", "registered_date", QT_TRANSLATE_NOOP("TimelinePanel", "Date registered")},
    {"cases", "decided_date", QT_TRANSLATE_NOOP("TimelinePanel", "Date decided")},
    {"cases", "event_place", QT_TRANSLATE_NOOP("TimelinePanel", "Place of the event")},
    {"cases", "reporter_name", QT_TRANSLATE_NOOP("TimelinePanel", "Reporter")},
    {"cases", "reporter_address", QT_TRANSLATE_NOOP("TimelinePanel", "Reporter's address")},
    {"cases", "reporter_contact", QT_TRANSLATE_NOOP("TimelinePanel", "Reporter's contact")},
    {"cases", "reporter_confidential",
     QT_TRANSLATE_NOOP("TimelinePanel", "Reporter kept confidential")},
    {"cases", "parties", QT_TRANSLATE_NOOP("TimelinePanel", "Persons in the case")},
    {"case_assignments", "clerks", QT_TRANSLATE_NOOP("TimelinePanel", "Clerks")},
    {"cases", "violation_category", QT_TRANSLATE_NOOP("TimelinePanel", "Violation category")},
    {"cases", "description", QT_TRANSLATE_NOOP("TimelinePanel", "Description")},
    {"cases", "decision_reason", QT_TRANSLATE_NOOP("TimelinePanel", "Reason of the decision")},
    {"cases", "forwarded_to", QT_TRANSLATE_NOOP("TimelinePanel", "Forwarded to")},
    {"cases", "forwarding_letter_number",
     QT_TRANSLATE_NOOP("TimelinePanel", "Forwarding letter number")},
    {"cases", "forwarding_letter_date",
     QT_TRANSLATE_NOOP("TimelinePanel", "Forwarding letter date")},
    {"cases", "extension_days", QT_TRANSLATE_NOOP("TimelinePanel", "Days of extension")},
    {"cases", "extension_reason", QT_TRANSLATE_NOOP("TimelinePanel", "Reason for the extension")},
    {"cases", "review", QT_TRANSLATE_NOOP("TimelinePanel", "Initial review")},
    {"cases", "analysis_facts", QT_TRANSLATE_NOOP("TimelinePanel", "Analysis: facts")},
    {"cases", "analysis_elements", QT_TRANSLATE_NOOP("TimelinePanel", "Analysis: legal elements")},
    {"cases", "analysis_conclusion", QT_TRANSLATE_NOOP("TimelinePanel", "Analysis: conclusion")},
    {"attachments", "name", QT_TRANSLATE_NOOP("TimelinePanel", "File")},
    {"attachments", "size", QT_TRANSLATE_NOOP("TimelinePanel", "Size")},
    {"attachments", "sha256", QT_TRANSLATE_NOOP("TimelinePanel", "SHA-256")},
    {"followups", "party_id", QT_TRANSLATE_NOOP("TimelinePanel", "Person reported")},
    {nullptr, "role", QT_TRANSLATE_NOOP("TimelinePanel", "Role")},
    {nullptr, "name", QT_TRANSLATE_NOOP("TimelinePanel", "Name")},
    {nullptr, "nip", QT_TRANSLATE_NOOP("TimelinePanel", "NIP")},
    {nullptr, "position_title", QT_TRANSLATE_NOOP("TimelinePanel", "Position")},
    {nullptr, "position_category", QT_TRANSLATE_NOOP("TimelinePanel", "Position category")},
    {nullptr, "agency", QT_TRANSLATE_NOOP("TimelinePanel", "Agency")},
    {nullptr, "address", QT_TRANSLATE_NOOP("TimelinePanel", "Address")},
    {nullptr, "contact", QT_TRANSLATE_NOOP("TimelinePanel", "Contact")},
    {nullptr, "scheduled_at", QT_TRANSLATE_NOOP("TimelinePanel", "Scheduled for")},
    {nullptr, "place", QT_TRANSLATE_NOOP("TimelinePanel", "Place")},
    {nullptr, "online", QT_TRANSLATE_NOOP("TimelinePanel", "Online")},
    {nullptr, "platform", QT_TRANSLATE_NOOP("TimelinePanel", "Platform")},
    {nullptr, "online_reason", QT_TRANSLATE_NOOP("TimelinePanel", "Why online")},
    {nullptr, "examiners", QT_TRANSLATE_NOOP("TimelinePanel", "Examiners")},
    {nullptr, "assignment_letter", QT_TRANSLATE_NOOP("TimelinePanel", "Letter of assignment")},
    {nullptr, "invited_on", QT_TRANSLATE_NOOP("TimelinePanel", "Invited on")},
    {nullptr, "second_invited_on", QT_TRANSLATE_NOOP("TimelinePanel", "Invited again on")},
    {nullptr, "delivery", QT_TRANSLATE_NOOP("TimelinePanel", "Invitation delivered")},
    {nullptr, "attendance", QT_TRANSLATE_NOOP("TimelinePanel", "Attendance")},
    {nullptr, "oath", QT_TRANSLATE_NOOP("TimelinePanel", "Oath")},
    {nullptr, "authority", QT_TRANSLATE_NOOP("TimelinePanel", "Authority")},
    {nullptr, "forwarded_date", QT_TRANSLATE_NOOP("TimelinePanel", "Date forwarded")},
    {nullptr, "recommendation_number", QT_TRANSLATE_NOOP("TimelinePanel", "Recommendation number")},
    {nullptr, "recommendation_date", QT_TRANSLATE_NOOP("TimelinePanel", "Recommendation date")},
    {nullptr, "sanction_recommended", QT_TRANSLATE_NOOP("TimelinePanel", "Sanction recommended")},
    {nullptr, "ppk_name", QT_TRANSLATE_NOOP("TimelinePanel", "PPK")},
    {nullptr, "ppk_office", QT_TRANSLATE_NOOP("TimelinePanel", "PPK office")},
    {nullptr, "response_due", QT_TRANSLATE_NOOP("TimelinePanel", "Response due")},
    {nullptr, "ppk_decision_number", QT_TRANSLATE_NOOP("TimelinePanel", "PPK decision number")},
    {nullptr, "ppk_decision_date", QT_TRANSLATE_NOOP("TimelinePanel", "PPK decision date")},
    {nullptr, "sanction_imposed", QT_TRANSLATE_NOOP("TimelinePanel", "Sanction imposed")},
    {nullptr, "invitation", QT_TRANSLATE_NOOP("TimelinePanel", "Invitation")},
    {nullptr, "delivered_on", QT_TRANSLATE_NOOP("TimelinePanel", "Delivered on")},
    {nullptr, "delivery_confirmed", QT_TRANSLATE_NOOP("TimelinePanel", "Delivery confirmed")},
    {nullptr, "counsel", QT_TRANSLATE_NOOP("TimelinePanel", "Counsel")},
    {nullptr, "birth_place", QT_TRANSLATE_NOOP("TimelinePanel", "Place of birth")},
    {nullptr, "birth_date", QT_TRANSLATE_NOOP("TimelinePanel", "Date of birth")},
    {nullptr, "occupation", QT_TRANSLATE_NOOP("TimelinePanel", "Occupation")},
    {nullptr, "religion", QT_TRANSLATE_NOOP("TimelinePanel", "Religion")},
    {nullptr, "nationality", QT_TRANSLATE_NOOP("TimelinePanel", "Nationality")},
    {nullptr, "minutes", QT_TRANSLATE_NOOP("TimelinePanel", "Questions and answers")},
    {nullptr, "signed_at", QT_TRANSLATE_NOOP("TimelinePanel", "Signed at")},
    {nullptr, "signed_by", QT_TRANSLATE_NOOP("TimelinePanel", "Signed by")},
    {nullptr, "sign_refusal", QT_TRANSLATE_NOOP("TimelinePanel", "Reason for refusing to sign")},
    {nullptr, "added_at", QT_TRANSLATE_NOOP("TimelinePanel", "Added at")},
    {"minutes_addenda", "text", QT_TRANSLATE_NOOP("TimelinePanel", "Addendum")},
    {"letters", "number", QT_TRANSLATE_NOOP("TimelinePanel", "Letter number")},
    {"letters", "issued_on", QT_TRANSLATE_NOOP("TimelinePanel", "Issued on")},
    {"letters", "addressee", QT_TRANSLATE_NOOP("TimelinePanel", "Addressee")},
    {"letters", "subject", QT_TRANSLATE_NOOP("TimelinePanel", "Subject")},
    {"letters", "signatory", QT_TRANSLATE_NOOP("TimelinePanel", "Signatory")},
    {"letters", "issued_by", QT_TRANSLATE_NOOP("TimelinePanel", "Issued by")},
};

// Keys between records mean nothing to a reader; the order of persons changes with every
// removal. A letter reads by the fields labelled for it above (number, date, addressee,
// subject, signatory, issuer): its sequence, year, key and office are the book's own.
bool isInternal(const QString &table, const QString &field)
{
    if (table == QLatin1String("letters")) {
        for (const FieldName &f : fieldNames) {
            if (f.table && table == QLatin1String(f.table) && field == QLatin1String(f.field))
                return false;
        }
        return true;
    }
    return field == QLatin1String("case_id") || field == QLatin1String("hearing_id") ||
           field == QLatin1String("attendee_id") || field == QLatin1String("position") ||
           field == QLatin1String("minutes_sha256") ||
           (field == QLatin1String("party_id") && table != QLatin1String("followups"));
}

QString elided(const QString &text)
{
    const QString flat = text.simplified();
    constexpr int Most = 120;
    return flat.size() > Most ? flat.left(Most - 1) + ellipsis : flat;
}

// The label of a code, a yes or no, a regency or a procedure by its name: a stored value `v`
// of a field as a reader knows it; nothing for a field that holds no code.
std::optional<QString> codeLabel(const ChangeEntry &e, const QString &field, const QString &v)
{
    if (field == QLatin1String("status"))
        return Codes::label(Codes::Kind::Status, v);
    if (field == QLatin1String("source"))
        return Codes::label(Codes::Kind::Source, v);
    if (field == QLatin1String("election"))
        return Codes::label(Codes::Kind::Election, v);
    if (field == QLatin1String("violation_category"))
        return Codes::label(Codes::Kind::ViolationCategory, v);
    if (field == QLatin1String("position_category"))
        return Codes::label(Codes::Kind::PositionCategory, v);
    if (field.startsWith(QLatin1String("sanction_")))
        return Codes::label(Codes::Kind::Sanction, v);
    if (field == QLatin1String("role"))
        return e.table == QLatin1String("hearing_attendees")
                   ? HearingRules::roleLabel(v)
                   : Codes::label(Codes::Kind::PartyRole, v);
    if (field == QLatin1String("delivery"))
        return HearingRules::deliveryLabel(v);
    if (field == QLatin1String("attendance"))
        return HearingRules::attendanceLabel(v);
    if (field == QLatin1String("oath"))
        return HearingRules::oathLabel(v);
    if (field == QLatin1String("invitation"))
        return HearingRules::invitationLabel(v.toInt());
    if (field == QLatin1String("minutes"))
        return QString::number(v.toInt());
    if (field == QLatin1String("reporter_confidential") || field == QLatin1String("online") ||
        field == QLatin1String("delivery_confirmed"))
        return v.toInt() != 0 ? TimelinePanel::tr("Yes") : TimelinePanel::tr("No");
    if (field == QLatin1String("regency_code")) {
        if (const Regions::Region *r = Regions::shipped().regency(v))
            return r->title;
        return v;
    }
    if (field == QLatin1String("profile")) {
        if (const ProcedureProfile *p = ProfileRegistry::shipped().find(v))
            return p->name;
        return v;
    }
    return std::nullopt;
}

// A stored value as a reader knows it: labels for codes, dates in the user's language, moments
// in the office's time, a person by name; long texts cut short.
QString storedValue(const ChangeEntry &e, const QString &field, const QJsonValue &json,
                    const OfficeTime &office, const QList<Party> &parties,
                    const QHash<QString, QString> &names)
{
    if (json.isNull() || json.isUndefined())
        return QString();
    const QString v = json.toVariant().toString();
    if (v.isEmpty())
        return v;
    if (v == Identity::hidden())
        return v;
    if (std::optional<QString> label = codeLabel(e, field, v))
        return *label;
    if (field == QLatin1String("review")) {
        const Review r = Review::fromJson(v);
        QString text = TimelinePanel::tr("%1 of %2 requirements met")
                           .arg(r.met.size())
                           .arg(Review::requirements().size());
        if (r.notifiedOn.isValid())
            text += QStringLiteral("; ") +
                    TimelinePanel::tr("reporter told on %1").arg(dateText(r.notifiedOn));
        return text;
    }
    if (field == QLatin1String("size"))
        return QLocale().formattedDataSize(v.toLongLong());
    if (field == QLatin1String("sha256"))
        return v.left(12) + ellipsis;
    if (field == QLatin1String("party_id")) {
        for (const Party &p : parties) {
            if (p.id == v.toLongLong())
                return p.name;
        }
        return v;
    }
    if (e.table == QLatin1String("case_assignments") && field == QLatin1String("clerks")) {
        // Logged by login; shown by full name, as the actors are.
        QStringList clerks = v.split(QStringLiteral(", "));
        for (QString &login : clerks)
            login = names.value(login, login);
        return clerks.join(QStringLiteral(", "));
    }
    if (field == QLatin1String("scheduled_at")) {
        const QDateTime t = QDateTime::fromString(v, Qt::ISODate);
        return t.isValid() ? QLocale().toString(t, dateTimeFormat()) : v;
    }
    if (field.endsWith(QLatin1String("_at"))) { // moments stored in UTC: the office's time
        const QDateTime t = QDateTime::fromString(v, Qt::ISODate);
        return t.isValid() ? office.dateTime(t, dateTimeFormat()) : v;
    }
    if (field.endsWith(QLatin1String("_date")) || field.endsWith(QLatin1String("_on")) ||
        field == QLatin1String("response_due")) {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        return d.isValid() ? dateText(d) : v;
    }
    return elided(v);
}

// The lines under a change log entry: each field changed with its value before and after (the
// value alone when set for the first time or deleted), or why a confidential identity was shown.
QStringList changeLines(const ChangeEntry &e, const OfficeTime &office, const QList<Party> &parties,
                        const QHash<QString, QString> &names)
{
    QStringList lines;
    if (e.action == QLatin1String("reveal")) {
        lines << TimelinePanel::tr("Why: %1").arg(
            e.changes.value(QLatin1String("purpose")).toString());
        return lines;
    }
    for (auto c = e.changes.begin(); c != e.changes.end(); ++c) {
        if (isInternal(e.table, c.key()))
            continue;
        const QJsonArray pair = c->toArray();
        const QString before = storedValue(e, c.key(), pair.at(0), office, parties, names);
        const QString after = storedValue(e, c.key(), pair.at(1), office, parties, names);
        if (before.isEmpty() && after.isEmpty())
            continue;
        const QString label = TimelinePanel::fieldLabel(e.table, c.key());
        if (before.isEmpty()) // set for the first time: the value alone
            lines << QStringLiteral("%1: %2").arg(label, after);
        else if (after.isEmpty() && e.action == QLatin1String("delete"))
            lines << QStringLiteral("%1: %2").arg(label, before);
        else
            lines << QStringLiteral("%1: %2 %3 %4")
                         .arg(label, before.isEmpty() ? dash : before, arrow,
                              after.isEmpty() ? dash : after);
    }
    return lines;
}

} // namespace

TimelinePanel::TimelinePanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("timelinePanel"));
    auto *layout = new QVBoxLayout(this);

    m_deadlineTitle = new QLabel(this);
    QFont bold = m_deadlineTitle->font();
    bold.setBold(true);
    m_deadlineTitle->setFont(bold);
    layout->addWidget(m_deadlineTitle);
    m_profile = new QLabel(this);
    m_profile->setObjectName(QStringLiteral("profileName"));
    m_profile->setWordWrap(true);
    layout->addWidget(m_profile);

    m_deadlines = new QTreeView(this);
    m_deadlines->setObjectName(QStringLiteral("deadlineList"));
    m_deadlineModel = new DeadlineListModel(this);
    m_deadlineModel->setFont(m_deadlines->font());
    m_deadlines->setModel(m_deadlineModel);
    m_deadlines->setRootIsDecorated(false);
    m_deadlines->setSelectionMode(QAbstractItemView::NoSelection);
    m_deadlines->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deadlines->header()->setStretchLastSection(true);
    layout->addWidget(m_deadlines);

    m_historyTitle = new QLabel(this);
    m_historyTitle->setFont(bold);
    layout->addWidget(m_historyTitle);
    m_history = new QTreeView(this);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_historyModel = new HistoryModel(this);
    m_historyModel->setFont(m_history->font());
    m_history->setModel(m_historyModel);
    m_history->header()->setStretchLastSection(true);
    layout->addWidget(m_history, 1);

    retranslate();
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void TimelinePanel::retranslate()
{
    m_deadlineTitle->setText(tr("Deadlines"));
    m_deadlineModel->retranslate();
    m_historyTitle->setText(tr("History"));
    m_historyModel->retranslate();
}

void TimelinePanel::setCase(const Case &c)
{
    m_case = c;
    refresh();
}

void TimelinePanel::refresh()
{
    fillDeadlines();
    fillHistory();
}

void TimelinePanel::fillDeadlines()
{
    const ProcedureProfile *profile = profileOf(m_case);
    if (!profile) {
        m_deadlineModel->setDeadlines({}, nullptr, 0);
        m_profile->setText(m_case.id > 0 ? tr("Unknown procedure profile %1.").arg(m_case.profileId)
                                         : QString());
    } else {
        m_profile->setText(tr("Procedure: %1 (%2)").arg(profile->name, profile->regulation));
        m_deadlineModel->setDeadlines(
            DeadlineCalculator(m_db.calendar()).evaluate(m_case, *profile, m_db.today()), profile,
            m_case.extensionDays);
    }
    // As tall as its deadlines (three at least) and a scroll bar, the history taking the rest:
    // at its default height the list of three deadlines took half the tab.
    const int rows = std::max(3, m_deadlineModel->rowCount());
    const int row = std::max(m_deadlines->sizeHintForRow(0), m_deadlines->fontMetrics().height());
    m_deadlines->setMaximumHeight(m_deadlines->header()->sizeHint().height() + rows * row +
                                  m_deadlines->horizontalScrollBar()->sizeHint().height() +
                                  2 * m_deadlines->frameWidth());
}

QString TimelinePanel::actionLabel(const QString &table, const QString &action)
{
    if (action.startsWith(QLatin1String("step:"))) {
        const QString step = action.mid(5);
        if (step == QLatin1String("register"))
            return tr("Registered");
        if (step == QLatin1String("not_register"))
            return tr("Not registered");
        if (step == QLatin1String("withdraw"))
            return tr("Withdrawn");
        if (step == QLatin1String("clarify"))
            return tr("Clarification started");
        if (step == QLatin1String("analyse"))
            return tr("Analysis started");
        if (step == QLatin1String("forward"))
            return tr("Forwarded");
        if (step == QLatin1String("stop"))
            return tr("Stopped");
        if (step == QLatin1String("extend"))
            return tr("Decision deadline extended");
        return tr("Step %1").arg(step);
    }
    if (action == QLatin1String("reveal"))
        return tr("Confidential identity shown");
    if (table == QLatin1String("case_assignments"))
        return tr("Clerks assigned");
    const bool create = action == QLatin1String("create");
    const bool remove = action == QLatin1String("delete");
    if (table == QLatin1String("cases"))
        return create ? tr("Case recorded") : remove ? tr("Case deleted") : tr("Edited");
    if (table == QLatin1String("parties"))
        return create ? tr("Person added") : remove ? tr("Person removed") : tr("Person edited");
    if (table == QLatin1String("attachments"))
        return create   ? tr("Evidence added")
               : remove ? tr("Evidence removed")
                        : tr("Evidence edited");
    if (table == QLatin1String("hearings"))
        return create   ? tr("Hearing scheduled")
               : remove ? tr("Hearing removed")
                        : tr("Hearing edited");
    if (table == QLatin1String("hearing_attendees"))
        return create   ? tr("Person invited to a hearing")
               : remove ? tr("Invitation removed")
                        : tr("Invitation edited");
    if (table == QLatin1String("followups"))
        return create   ? tr("Follow-up recorded")
               : remove ? tr("Follow-up removed")
                        : tr("Follow-up edited");
    if (table == QLatin1String("letters"))
        return create ? tr("Letter issued") : remove ? tr("Letter removed") : tr("Letter edited");
    return QStringLiteral("%1 %2").arg(table, action);
}

QString TimelinePanel::sentence(const ChangeEntry &e, const QString &who,
                                const QString &attendeeRole)
{
    const QString &table = e.table;
    const QString &action = e.action;
    auto after = [&](const char *field) {
        return e.changes.value(QLatin1String(field)).toArray().at(1).toVariant().toString();
    };
    auto has = [&](const char *field) { return e.changes.contains(QLatin1String(field)); };
    if (action.startsWith(QLatin1String("step:"))) {
        const QString step = action.mid(5);
        if (step == QLatin1String("register"))
            return tr("%1 registered the case").arg(who);
        if (step == QLatin1String("not_register"))
            return tr("%1 decided not to register the case").arg(who);
        if (step == QLatin1String("withdraw"))
            return tr("%1 recorded the report as withdrawn").arg(who);
        if (step == QLatin1String("clarify"))
            return tr("%1 started the clarification").arg(who);
        if (step == QLatin1String("analyse"))
            return tr("%1 started the analysis").arg(who);
        if (step == QLatin1String("forward"))
            return tr("%1 forwarded the case").arg(who);
        if (step == QLatin1String("stop"))
            return tr("%1 stopped the case").arg(who);
        if (step == QLatin1String("extend"))
            return tr("%1 extended the decision deadline").arg(who);
    }
    if (action == QLatin1String("reveal"))
        return tr("%1 viewed the confidential identity").arg(who);
    const bool create = action == QLatin1String("create");
    const bool remove = action == QLatin1String("delete");
    if (table == QLatin1String("case_assignments"))
        return tr("%1 assigned the clerks").arg(who);
    if (table == QLatin1String("cases"))
        return create   ? tr("%1 recorded the case").arg(who)
               : remove ? tr("%1 deleted the case").arg(who)
                        : tr("%1 edited the case").arg(who);
    if (table == QLatin1String("parties")) {
        const QString name = has("name") && !after("name").isEmpty() ? after("name") : QString();
        if (create)
            return name.isEmpty() ? tr("%1 added a person").arg(who)
                                  : tr("%1 added %2").arg(who, name);
        return remove ? tr("%1 removed a person").arg(who) : tr("%1 edited a person").arg(who);
    }
    if (table == QLatin1String("attachments"))
        return create   ? tr("%1 added evidence").arg(who)
               : remove ? tr("%1 removed evidence").arg(who)
                        : tr("%1 edited evidence").arg(who);
    if (table == QLatin1String("hearings"))
        return create   ? tr("%1 scheduled a hearing").arg(who)
               : remove ? tr("%1 removed a hearing").arg(who)
                        : tr("%1 changed a hearing").arg(who);
    if (table == QLatin1String("hearing_attendees")) {
        // Whom, by role, never by name: the reporter's may be confidential. A change to an
        // invitation takes the role from the entry that made it (`attendeeRole`).
        const QString role = create ? after("role") : attendeeRole;
        QString whom;
        if (role == QLatin1String("pelapor"))
            whom = tr("the reporter");
        else if (role == QLatin1String("terlapor"))
            whom = tr("a person reported");
        else if (role == QLatin1String("saksi"))
            whom = tr("a witness");
        else if (role == QLatin1String("ahli"))
            whom = tr("an expert");
        if (create)
            return whom.isEmpty() ? tr("%1 invited a person to a hearing").arg(who)
                                  : tr("%1 invited %2 to a hearing").arg(who, whom);
        if (remove)
            return tr("%1 removed an invitation").arg(who);
        if (has("signed_at")) {
            // Whose minutes: two signings of one hearing read alike otherwise.
            const bool refused = !after("sign_refusal").isEmpty();
            if (whom.isEmpty())
                return refused ? tr("%1 recorded a refusal to sign the minutes").arg(who)
                               : tr("%1 signed the minutes").arg(who);
            return refused ? tr("%1 recorded a refusal to sign the minutes of %2").arg(who, whom)
                           : tr("%1 signed the minutes of %2").arg(who, whom);
        }
        if (has("minutes"))
            return tr("%1 wrote the minutes").arg(who);
        if (has("attendance") || has("oath"))
            return tr("%1 recorded the attendance").arg(who);
        return tr("%1 changed an invitation").arg(who);
    }
    if (table == QLatin1String("minutes_addenda"))
        return tr("%1 added an addendum to the minutes").arg(who);
    if (table == QLatin1String("followups"))
        return create   ? tr("%1 recorded a follow-up").arg(who)
               : remove ? tr("%1 removed a follow-up").arg(who)
                        : tr("%1 edited a follow-up").arg(who);
    if (table == QLatin1String("letters") && create)
        return tr("%1 issued the letter %2").arg(who, after("number"));
    return QStringLiteral("%1: %2").arg(who, actionLabel(table, action));
}

QString TimelinePanel::fieldLabel(const QString &table, const QString &field)
{
    for (const FieldName &f : fieldNames) {
        if ((!f.table || table == QLatin1String(f.table)) && field == QLatin1String(f.field))
            return tr(f.label);
    }
    return field;
}

void TimelinePanel::fillHistory()
{
    QList<HistoryModel::Entry> rows;
    if (m_case.uuid.isEmpty()) {
        m_historyModel->setEntries(rows);
        return;
    }
    // A confidential reporter's identity is withheld by the store (HistoryRepository::history).
    QList<ChangeEntry> entries = HistoryRepository(m_db).history(m_case.uuid);
    // Read newest first by the time each change was made, in the order of the log within a
    // moment: a change recorded later for an earlier time (the demo's letters, issued in a last
    // pass on the days they were sent) reads where its time puts it.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ChangeEntry &a, const ChangeEntry &b) { return a.at < b.at; });
    // Times as the office reads them, in its zone (WIB, WITA, WIT), whatever the computer's.
    const OfficeTime office = SettingsRepository(m_db).officeTime(m_case.regencyCode);
    // Who made a change, by the full name of the user; the login of a user no longer known.
    const QHash<QString, QString> names = UserRepository(m_db).fullNames();
    // The role of each person invited, from the entry that invited them.
    QHash<QString, QString> attendeeRoles;
    for (const ChangeEntry &e : std::as_const(entries)) {
        if (e.table == QLatin1String("hearing_attendees") && e.action == QLatin1String("create"))
            attendeeRoles.insert(e.recordUuid,
                                 e.changes.value(QLatin1String("role")).toArray().at(1).toString());
    }
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const ChangeEntry &e = *it;
        HistoryModel::Entry row;
        row.id = e.id;
        row.action = e.action;
        row.when = office.dateTime(e.at);
        const QString who = e.actor.isEmpty() ? tr("Netra") : names.value(e.actor, e.actor);
        row.sentence = sentence(e, who, attendeeRoles.value(e.recordUuid));
        row.label = actionLabel(e.table, e.action);
        row.details = changeLines(e, office, m_case.parties, names);
        row.emphasised = e.action.startsWith(QLatin1String("step:"));
        rows << row;
    }
    m_historyModel->setEntries(rows);
    for (int column = HistoryModel::When; column < HistoryModel::Details; ++column)
        m_history->resizeColumnToContents(column);
}
