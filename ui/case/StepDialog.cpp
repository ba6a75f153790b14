#include "case/StepDialog.h"
#include "common/Colours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

bool needsReason(Step::Kind kind)
{
    return kind == Step::Kind::NotRegister || kind == Step::Kind::Withdraw ||
           kind == Step::Kind::Stop || kind == Step::Kind::Extend;
}

QLabel *wrappedLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString StepDialog::title(Step::Kind kind)
{
    switch (kind) {
    case Step::Kind::Register:
        return tr("Register the case");
    case Step::Kind::NotRegister:
        return tr("Do not register the case");
    case Step::Kind::Withdraw:
        return tr("Record the withdrawal of the report");
    case Step::Kind::StartClarification:
        return tr("Start the clarification");
    case Step::Kind::StartAnalysis:
        return tr("Start the analysis");
    case Step::Kind::Forward:
        return tr("Forward the case to the authority");
    case Step::Kind::Stop:
        return tr("Stop the case");
    case Step::Kind::Extend:
        return tr("Extend the decision deadline");
    }
    return {};
}

QString StepDialog::explanation(Step::Kind kind)
{
    switch (kind) {
    case Step::Kind::Register:
        return tr("The report or finding meets the formal and material requirements and is "
                  "registered. The decision deadline starts on the day of registration.");
    case Step::Kind::NotRegister:
        return tr("The requirements are not met or the case was filed too late. The reason is "
                  "given to the reporter in the status notice.");
    case Step::Kind::Withdraw:
        return tr("The reporter withdrew the report. A report can be withdrawn only before it is "
                  "registered.");
    case Step::Kind::StartClarification:
        return tr("The parties, witnesses and experts are invited and heard.");
    case Step::Kind::StartAnalysis:
        return tr("The facts are weighed against the legal elements of the violation.");
    case Step::Kind::Forward:
        return tr("The elements of a violation are met: the case goes to the civil-service "
                  "authority with a forwarding letter.");
    case Step::Kind::Stop:
        return tr("The elements of a violation are not met: the case is stopped. The reason is "
                  "given to the reporter in the status notice.");
    case Step::Kind::Extend:
        return tr("More information is needed: the decision deadline is extended once, by at "
                  "most the days the procedure allows.");
    }
    return {};
}

StepDialog::StepDialog(const Case &c, Step::Kind kind, const ProcedureProfile &profile,
                       const QDate &today, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_profile(profile)
{
    setObjectName(QStringLiteral("stepDialog"));
    setWindowTitle(title(kind));

    auto *layout = new QVBoxLayout(this);
    buildHeading(layout, c);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    buildDateRow(form, c, today);
    if (kind == Step::Kind::Register)
        buildRegisterRows(layout, form, c);
    if (kind == Step::Kind::Forward)
        buildForwardRows(form);
    if (kind == Step::Kind::Extend)
        buildExtensionRow(form);
    if (needsReason(kind))
        buildReasonRow(form);
    buildButtons(layout);

    connect(m_date, &QDateEdit::dateChanged, this, &StepDialog::dateChanged);
    updateState();
    setMinimumWidth(460);
}

QString StepDialog::caseLine(const Case &c)
{
    QString number = c.number();
    const QList<Party> reported = c.reported();
    if (!reported.isEmpty()) {
        number = reported.size() == 1
                     ? tr("%1, reported: %2").arg(number, reported.first().name)
                     : tr("%1, reported: %2 and %n more", nullptr, int(reported.size() - 1))
                           .arg(number, reported.first().name);
    }
    return number;
}

QString StepDialog::dateLabel(Step::Kind kind)
{
    switch (kind) {
    case Step::Kind::Register:
        return tr("Registered on:");
    case Step::Kind::Withdraw:
        return tr("Withdrawn on:");
    case Step::Kind::StartClarification:
    case Step::Kind::StartAnalysis:
        return tr("Started on:");
    case Step::Kind::Forward:
        return tr("Forwarded on:");
    case Step::Kind::NotRegister:
    case Step::Kind::Stop:
    case Step::Kind::Extend:
        return tr("Decided on:");
    }
    return {};
}

void StepDialog::buildHeading(QVBoxLayout *layout, const Case &c)
{
    auto *heading = wrappedLabel(title(m_kind), QStringLiteral("stepTitle"));
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    layout->addWidget(heading);
    layout->addWidget(wrappedLabel(caseLine(c), QStringLiteral("stepCase")));
    layout->addWidget(wrappedLabel(explanation(m_kind), QStringLiteral("stepExplanation")));
}

void StepDialog::buildDateRow(QFormLayout *form, const Case &c, const QDate &today)
{
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_date->setMaximumDate(today);
    // A step cannot come before the case was received or registered (StatusMachine::refusal).
    QDate earliest = c.receivedDate;
    if (c.registeredDate.isValid() && (!earliest.isValid() || c.registeredDate > earliest))
        earliest = c.registeredDate;
    if (earliest.isValid() && earliest <= today)
        m_date->setMinimumDate(earliest);
    m_date->setDate(today);
    form->addRow(dateLabel(m_kind), m_date);
    // The extension is recorded as days and a reason; its date is not stored.
    if (m_kind == Step::Kind::Extend)
        form->setRowVisible(m_date, false);
}

void StepDialog::buildRegisterRows(QVBoxLayout *layout, QFormLayout *form, const Case &c)
{
    auto *note = wrappedLabel(tr("The registration number is assigned from the office's "
                                 "numbering pattern when the step is saved."),
                              QStringLiteral("stepNumberNote"));
    form->addRow(tr("Registration number:"), note);
    const QStringList missingItems = c.review.missing();
    if (missingItems.isEmpty())
        return;
    QStringList labels;
    for (const QString &r : missingItems)
        labels << Review::label(r);
    auto *warning = wrappedLabel(tr("The initial review does not record these "
                                    "requirements as met: %1.")
                                     .arg(QLocale().createSeparatedList(labels)),
                                 QStringLiteral("stepReviewWarning"));
    layout->addWidget(warning);
}

void StepDialog::buildForwardRows(QFormLayout *form)
{
    // The forwarding letter is issued with the step and takes the next number of the
    // letter book; a letter already sent outside Netra keeps its own number, typed here.
    auto *note = wrappedLabel(tr("The forwarding letter takes the next number of the letter "
                                 "book when the step is saved."),
                              QStringLiteral("stepNumberNote"));
    form->addRow(tr("Letter number:"), note);
    m_numberOutside =
        new QCheckBox(tr("The letter was sent &outside Netra, with this number:"), this);
    m_numberOutside->setObjectName(QStringLiteral("stepNumberOutside"));
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("stepNumber"));
    m_number->setPlaceholderText(tr("Number of the forwarding letter"));
    m_number->setEnabled(false);
    form->addRow(QString(), m_numberOutside);
    form->addRow(QString(), m_number);
    connect(m_numberOutside, &QCheckBox::toggled, this, [this, note](bool outside) {
        m_number->setEnabled(outside);
        note->setEnabled(!outside);
        if (outside)
            m_number->setFocus();
        updateState();
    });
    m_authority = new QComboBox(this);
    m_authority->setObjectName(QStringLiteral("stepAuthority"));
    m_authority->setEditable(true);
    m_authority->setInsertPolicy(QComboBox::NoInsert);
    QStringList names{QStringLiteral("KASN"), QStringLiteral("BKN")};
    for (const Authority &a : m_profile.authorities) {
        if (!a.name.isEmpty() && !names.contains(a.name))
            names << a.name;
    }
    m_authority->addItems(names);
    m_autoAuthority = m_profile.authorityOn(m_date->date());
    m_authority->setCurrentText(m_autoAuthority);
    form->addRow(tr("Authority:"), m_authority);
    connect(m_number, &QLineEdit::textChanged, this, &StepDialog::updateState);
    connect(m_authority, &QComboBox::currentTextChanged, this, &StepDialog::updateState);
}

void StepDialog::buildExtensionRow(QFormLayout *form)
{
    const DeadlineRule *decision = m_profile.deadline(QStringLiteral("decision"));
    const int most = decision ? decision->extensionDays : 0;
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("stepDays"));
    m_days->setRange(most > 0 ? 1 : 0, qMax(0, most));
    m_days->setValue(qMax(0, most));
    m_days->setEnabled(most > 0);
    const bool working = decision && decision->extensionWorkingDays;
    form->addRow(working ? tr("Working days added:") : tr("Days added:"), m_days);
}

void StepDialog::buildReasonRow(QFormLayout *form)
{
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("stepReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(m_kind == Step::Kind::Extend
                                     ? tr("What information is still needed, and why")
                                     : tr("The reason, as it will appear in the notice"));
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("Reason:"), m_reason);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &StepDialog::updateState);
}

void StepDialog::buildButtons(QVBoxLayout *layout)
{
    m_missing = wrappedLabel(QString(), QStringLiteral("stepMissing"));
    QPalette palette = m_missing->palette();
    palette.setColor(QPalette::WindowText, Colours::text(Colours::Missing, palette));
    m_missing->setPalette(palette);
    layout->addWidget(m_missing);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("stepOk"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("stepCancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (missing().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+Enter confirms from inside the reason, where Enter starts a new line.
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, [this] {
        if (missing().isEmpty())
            accept();
    });
}

void StepDialog::dateChanged(const QDate &date)
{
    if (m_authority) {
        const QString now = m_profile.authorityOn(date);
        // The authority follows the date unless the user chose another one.
        if (m_authority->currentText() == m_autoAuthority)
            m_authority->setCurrentText(now);
        m_autoAuthority = now;
    }
    updateState();
}

QString StepDialog::missing() const
{
    QStringList items;
    if (!m_date->date().isValid())
        items << tr("the date");
    if (m_numberOutside && m_numberOutside->isChecked() && m_number->text().trimmed().isEmpty())
        items << tr("the number of the forwarding letter");
    if (m_authority && m_authority->currentText().trimmed().isEmpty())
        items << tr("the authority");
    if (m_days && m_days->value() <= 0)
        return tr("This procedure allows no extension of the decision deadline.");
    if (m_reason && m_reason->toPlainText().trimmed().isEmpty())
        items << tr("the reason");
    if (items.isEmpty())
        return {};
    return tr("Still missing: %1.").arg(QLocale().createSeparatedList(items));
}

void StepDialog::updateState()
{
    const QString text = missing();
    m_missing->setText(text);
    m_missing->setVisible(!text.isEmpty());
    m_ok->setEnabled(text.isEmpty());
}

Step StepDialog::step() const
{
    Step s;
    s.kind = m_kind;
    s.date = m_date->date();
    if (m_numberOutside && m_numberOutside->isChecked())
        s.number = m_number->text().trimmed();
    if (m_authority)
        s.authority = m_authority->currentText().trimmed();
    if (m_reason)
        s.reason = m_reason->toPlainText().trimmed();
    if (m_days)
        s.days = m_days->value();
    return s;
}

bool StepDialog::ask(QWidget *parent, const Case &c, Step::Kind kind,
                     const ProcedureProfile &profile, const QDate &today, Step *step)
{
    StepDialog dialog(c, kind, profile, today, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *step = dialog.step();
    return true;
}
