#include "case/ProcedurePanel.h"

#include "case/StepDialog.h"
#include "common/Colours.h"
#include "documents/CaseDocuments.h"
#include "domain/Codes.h"
#include "domain/Deadlines.h"
#include "domain/ProcedureProfile.h"
#include "store/CaseRepository.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const struct
{
    Step::Kind kind;
    const char *suffix;
    Qt::Key key;
} steps[] = {
    {Step::Kind::Register, "Register", Qt::Key_R},
    {Step::Kind::NotRegister, "NotRegister", Qt::Key_T},
    {Step::Kind::Withdraw, "Withdraw", Qt::Key_W},
    {Step::Kind::StartClarification, "Clarify", Qt::Key_K},
    {Step::Kind::StartAnalysis, "Analyse", Qt::Key_A},
    {Step::Kind::Forward, "Forward", Qt::Key_F},
    {Step::Kind::Stop, "Stop", Qt::Key_H},
    {Step::Kind::Extend, "Extend", Qt::Key_E},
};

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

const ProcedureProfile *profileOf(const Case &c)
{
    const ProfileRegistry &registry = ProfileRegistry::shipped();
    if (const ProcedureProfile *p = registry.find(c.profileId))
        return p;
    return registry.forCase(c.election, c.receivedDate);
}

} // namespace

ProcedurePanel::ProcedurePanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("procedurePanel"));
    auto *layout = new QVBoxLayout(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("currentStatus"));
    QFont big = m_status->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_status->setFont(big);
    layout->addWidget(m_status);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("statusDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    for (const auto &s : steps) {
        StepRow row;
        row.kind = s.kind;
        row.button = new QPushButton(this);
        row.button->setObjectName(QStringLiteral("step") + QLatin1String(s.suffix));
        row.shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | s.key);
        row.whyNot = new QLabel(this);
        row.whyNot->setObjectName(QStringLiteral("whyNot") + QLatin1String(s.suffix));
        row.whyNot->setWordWrap(true);
        row.whyNot->setForegroundRole(QPalette::PlaceholderText);
        row.due = new QLabel(this);
        row.due->setObjectName(QStringLiteral("due") + QLatin1String(s.suffix));
        const int r = grid->rowCount();
        grid->addWidget(row.button, r, 0);
        // The deadline and the reason side by side, the reason right after the button when
        // there is no deadline (it stood a deadline's width away).
        auto *notes = new QHBoxLayout;
        notes->addWidget(row.due);
        notes->addWidget(row.whyNot, 1);
        grid->addLayout(notes, r, 1);
        const Step::Kind kind = s.kind;
        connect(row.button, &QPushButton::clicked, this, [this, kind] { take(kind); });
        m_rows << row;
    }
    layout->addStretch(1);
    retranslate();
    refresh();
}

void ProcedurePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ProcedurePanel::retranslate()
{
    for (StepRow &row : m_rows) {
        switch (row.kind) {
        case Step::Kind::Register:
            row.button->setText(tr("Register"));
            break;
        case Step::Kind::NotRegister:
            row.button->setText(tr("Do not register"));
            break;
        case Step::Kind::Withdraw:
            row.button->setText(tr("Record withdrawal"));
            break;
        case Step::Kind::StartClarification:
            row.button->setText(tr("Start clarification"));
            break;
        case Step::Kind::StartAnalysis:
            row.button->setText(tr("Start analysis"));
            break;
        case Step::Kind::Forward:
            row.button->setText(tr("Forward"));
            break;
        case Step::Kind::Stop:
            row.button->setText(tr("Stop"));
            break;
        case Step::Kind::Extend:
            row.button->setText(tr("Extend deadline"));
            break;
        }
        // After the text: setText() replaces the shortcut with the text's mnemonic.
        row.button->setShortcut(row.shortcut);
    }
}

void ProcedurePanel::setCase(const Case &c)
{
    m_case = c;
    refresh();
}

void ProcedurePanel::setBlockedReason(const QString &why)
{
    m_blocked = why;
    refresh();
}

void ProcedurePanel::refresh()
{
    if (m_case.id > 0) {
        m_status->setText(tr("Status: %1").arg(Codes::label(Codes::Kind::Status, m_case.status)));
    } else {
        m_status->setText(tr("New case"));
    }

    QStringList details;
    if (!m_case.registrationNumber.isEmpty())
        details << tr("Registration number %1 of %2")
                       .arg(m_case.registrationNumber, dateText(m_case.registeredDate));
    else if (!m_case.receiptNumber.isEmpty())
        details << tr("Receipt number %1 of %2")
                       .arg(m_case.receiptNumber, dateText(m_case.receivedDate));
    if (m_case.status == Codes::Status::Forwarded)
        details << tr("Forwarded to %1 on %2 with letter %3")
                       .arg(m_case.forwardedTo, dateText(m_case.decidedDate),
                            m_case.forwardingLetterNumber);
    else if (m_case.decidedDate.isValid())
        details << tr("Decided on %1: %2").arg(dateText(m_case.decidedDate), m_case.decisionReason);
    else if (m_case.isClosed()) // brought in from a register that gave no date
        details << tr("Decided on a date that is unknown: %1").arg(m_case.decisionReason);
    if (m_case.extensionDays > 0)
        details << tr("Decision deadline extended by %n day(s): %1", nullptr, m_case.extensionDays)
                       .arg(m_case.extensionReason);
    m_details->setText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());

    const ProcedureProfile *profile = profileOf(m_case);
    QString blocked = m_blocked;
    if (blocked.isEmpty() && m_case.id <= 0)
        blocked = tr("Save the new case first.");
    if (blocked.isEmpty() && m_db.isReadOnly())
        blocked = tr("The file is open read-only.");
    if (blocked.isEmpty() && !profile)
        blocked = tr("Unknown procedure profile %1.").arg(m_case.profileId);

    // The deadline each step meets, beside it: the registration decision (review) for register,
    // not register and withdraw; the decision for the steps after registration.
    QList<DeadlineStatus> deadlines;
    if (profile && m_case.id > 0)
        deadlines = DeadlineCalculator(m_db.calendar()).evaluate(m_case, *profile, m_db.today());
    CaseRepository repo(m_db);
    for (StepRow &row : m_rows) {
        const bool beforeRegistration = row.kind == Step::Kind::Register ||
                                        row.kind == Step::Kind::NotRegister ||
                                        row.kind == Step::Kind::Withdraw;
        const QString deadlineId =
            beforeRegistration ? QStringLiteral("review") : QStringLiteral("decision");
        QString dueText;
        DeadlineStatus::State dueState = DeadlineStatus::State::Open;
        for (const DeadlineStatus &d : std::as_const(deadlines)) {
            if (d.id == deadlineId && d.isPending() && repo.whyNot(m_case, row.kind).isEmpty()) {
                // Which deadline, and inside the sentence the state in lower case: "Decision
                // by 11 October 2024 (late)".
                QString state = DeadlineStatus::stateLabel(d.state);
                state.replace(0, 1, state.left(1).toLower());
                dueText =
                    tr("%1 by %2 (%3)")
                        .arg(ProcedureProfile::deadlineLabel(deadlineId), dateText(d.due), state);
                dueState = d.state;
            }
        }
        row.due->setText(dueText);
        row.due->setVisible(!dueText.isEmpty());
        // Readable under a dark palette too (Colours).
        const QString bold = QStringLiteral("font-weight: bold");
        row.due->setStyleSheet(dueState == DeadlineStatus::State::Late
                                   ? Colours::textStyle(Colours::Error, bold)
                               : dueState == DeadlineStatus::State::DueToday ||
                                       dueState == DeadlineStatus::State::DueSoon
                                   ? Colours::textStyle(Colours::DueToday, bold)
                                   : QString());
        QString why = blocked;
        const Action needed = Step::isDecision(row.kind) ? Action::Decide : Action::EditCases;
        if (why.isEmpty() && !m_db.allows(needed))
            why = m_db.refusal(needed);
        if (why.isEmpty())
            why = repo.whyNot(m_case, row.kind);
        if (why.isEmpty() && row.kind == Step::Kind::Extend) {
            const DeadlineRule *decision = profile->deadline(QStringLiteral("decision"));
            if (!decision || decision->extensionDays <= 0)
                why = tr("This procedure allows no extension of the decision deadline.");
        }
        row.button->setEnabled(why.isEmpty());
        row.whyNot->setText(why);
        const QString shortcut = row.button->shortcut().toString(QKeySequence::NativeText);
        row.button->setToolTip(
            why.isEmpty() ? tr("%1 (%2)").arg(StepDialog::title(row.kind), shortcut) : why);
        row.whyNot->setToolTip(why);
    }
}

void ProcedurePanel::take(Step::Kind kind)
{
    // A shortcut can reach a button between a change and the refresh that disables it.
    CaseRepository repo(m_db);
    if (!m_blocked.isEmpty() || m_case.id <= 0 || !repo.whyNot(m_case, kind).isEmpty() ||
        !m_db.allows(Step::isDecision(kind) ? Action::Decide : Action::EditCases))
        return;
    const ProcedureProfile *profile = profileOf(m_case);
    if (!profile)
        return;
    Step step;
    if (!StepDialog::ask(this, m_case, kind, *profile, m_db.today(), &step))
        return;
    QString error;
    // A forwarding letter is issued with its step, numbered from the letter book.
    if (!repo.applyStep(m_case.id, step, &error, CaseDocuments::forwardingNumber(m_db))) {
        QMessageBox::warning(this, tr("The step was not taken"), error);
        return;
    }
    if (const std::optional<Case> stored = repo.load(m_case.id))
        m_case = *stored;
    refresh();
    emit stepTaken(m_case.id);
}
