// The second half of MinutesWindow: its header, the lock while signed, the signature, reading
// the minutes back, signing and addenda (the first half, MinutesWindow.cpp, keeps the question
// and answer pairs saved as typed; MinutesWindowLayout.cpp builds the window).
#include "common/ReadOnly.h"
#include "domain/DateFormat.h"
#include "hearings/MinutesText.h"
#include "hearings/MinutesWindow.h"

#include "common/Colours.h"
#include "domain/HearingRules.h"
#include "domain/Identity.h"
#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

using namespace MinutesText;

// --- what is shown ------------------------------------------------------------------------

void MinutesWindow::refreshHeader()
{
    if (!m_found)
        return;
    setWindowTitle(tr("Minutes: %1 — Netra").arg(m_attendee.name));
    const Hearing &h = m_hearing;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>")
                 .arg(html(tr("Minutes of the clarification of %1 (%2)")
                               .arg(m_attendee.name, HearingRules::roleLabel(m_attendee.role))));
    lines << html(h.online
                      ? tr("%1, online: %2").arg(dateTimeText(m_zone, h.scheduledAt), h.platform)
                      : tr("%1, %2").arg(dateTimeText(m_zone, h.scheduledAt), h.place));
    if (!h.examiners.isEmpty())
        lines << html(tr("Examiners: %1").arg(h.examiners));
    if (!h.assignmentLetter.isEmpty())
        lines << html(tr("Letter of assignment no. %1").arg(h.assignmentLetter));
    QStringList state{HearingRules::attendanceLabel(m_attendee.attendance),
                      HearingRules::oathLabel(m_attendee.oath)};
    if (!m_attendee.counsel.isEmpty())
        state << tr("counsel: %1").arg(m_attendee.counsel);
    lines << html(state.join(QStringLiteral(" · ")));
    m_header->setText(lines.join(QStringLiteral("<br>")));
}

void MinutesWindow::refreshAge()
{
    const QDate birth = m_birthDate->date() == NoDate ? QDate() : m_birthDate->date();
    const QDate on = m_hearing.scheduledAt.isValid()
                         ? m_zone.date(m_zone.moment(m_hearing.scheduledAt))
                         : m_db.today();
    const int years = HearingRules::age(birth, on);
    m_age->setText(years < 0 ? tr("—") : tr("%n year(s)", nullptr, years));
    // Pointed out, not refused: the clerk checks the date typed or the NIP.
    if (!m_birthWarning)
        return;
    const QString warning = HearingRules::birthDateWarning(birth, m_nip);
    m_birthWarning->setText(warning);
    m_birthWarning->setVisible(!warning.isEmpty());
}

void MinutesWindow::refreshLock()
{
    // Only those who keep this case's hearings type its minutes.
    const bool locked = isSigned() || !m_found || !m_claimed ||
                        !m_db.allows(Action::EditHearings, m_hearing.caseId);
    for (const Pair &p : std::as_const(m_pairs)) {
        setReadOnly(p.question, locked);
        setReadOnly(p.answer, locked);
    }
    // A confidential reporter's withheld identity is neither shown nor typed over.
    const bool withheld = m_found && m_attendee.identityHidden;
    // A field the file holds empty may still be filled in: that shows nothing.
    for (QLineEdit *edit :
         {m_name, m_birthPlace, m_occupation, m_religion, m_nationality, m_address}) {
        const bool hidden = withheld && edit->text() == Identity::hidden();
        setReadOnly(edit, locked || hidden);
        edit->setToolTip(hidden ? tr("The identity of a confidential reporter is withheld.")
                                : QString());
    }
    setReadOnly(m_birthDate, locked || withheld);
    const bool editing = !locked && !isReadBack();
    m_nextAction->setEnabled(editing);
    m_upAction->setEnabled(editing);
    m_downAction->setEnabled(editing);
    m_removeAction->setEnabled(editing);
    m_signAction->setEnabled(editing);
    m_addendumAction->setEnabled(m_found && isSigned() && !isReadBack() &&
                                 m_db.allows(Action::EditHearings, m_hearing.caseId));
    if (locked) {
        m_saveTimer->stop();
        m_maxTimer->stop();
        m_notice->hide();
    }
    if (m_found && !m_claimed && !isSigned()) {
        m_notice->setText(
            (m_typist.isEmpty()
                 ? tr("These minutes are being typed on another computer.")
                 : tr("%1 is typing these minutes on another computer.").arg(m_typist)) +
            QLatin1Char(' ') +
            tr("They are shown here as they are typed, read-only, and can be typed here once "
               "that window is closed."));
        m_notice->show();
    }
    m_hint->setText(isSigned() ? tr("Signed: read-only · F11: read back · Ctrl+Shift+A: addendum")
                    : locked   ? QString()
                               : tr("Ctrl+Return: next question · Tab: question → answer · "
                                      "Ctrl+Up/Down: move · F11: read back"));
    refreshSignature();
}

void MinutesWindow::refreshSignature()
{
    if (!isSigned()) {
        // Why the minutes cannot be signed yet (the hearing ahead, attendance not recorded).
        const QString why = m_found && m_db.allows(Action::EditHearings, m_hearing.caseId)
                                ? m_repo.whyNotSign(m_attendeeId)
                                : QString();
        m_signature->setText(why);
        m_signature->setVisible(!why.isEmpty());
        m_signAction->setToolTip(why);
        m_addenda->hide();
        return;
    }
    const QString when = m_zone.dateTime(m_attendee.signedAt, dateTimeFormat());
    QString text;
    if (!m_attendee.signRefusal.isEmpty()) {
        text = tr("%1 refused to sign on %2. Reason: %3")
                   .arg(m_attendee.name, when, m_attendee.signRefusal);
        if (!m_attendee.signedBy.isEmpty())
            text += QLatin1Char('\n') + tr("Signed by %1.").arg(m_attendee.signedBy);
    } else {
        text = tr("Signed on %1 by %2.").arg(when, m_attendee.signedBy);
    }
    text += QLatin1Char('\n') + tr("The signed minutes cannot change; add an addendum "
                                   "(Ctrl+Shift+A) to correct them.");
    m_signature->setText(text);
    m_signature->show();
    QStringList addenda;
    for (const Addendum &d : std::as_const(m_attendee.addenda))
        addenda << tr("<b>Addendum of %1</b><br>%2")
                       .arg(html(m_zone.dateTime(d.addedAt, dateTimeFormat())), html(d.text));
    m_addenda->setText(addenda.join(QStringLiteral("<br><br>")));
    m_addenda->setVisible(!addenda.isEmpty());
}

bool MinutesWindow::isReadBack() const
{
    return m_stack->currentWidget() == m_readBack;
}

QString MinutesWindow::readBackHtml() const
{
    QString out = m_header->text();
    const QDate birth = m_birthDate->date() == NoDate ? QDate() : m_birthDate->date();
    QStringList identity;
    identity << html(tr("Name: %1").arg(m_name->text()));
    QStringList born;
    if (!m_birthPlace->text().trimmed().isEmpty())
        born << m_birthPlace->text().trimmed();
    if (birth.isValid())
        born << dateText(birth);
    identity << html(tr("Place and date of birth: %1").arg(born.join(QStringLiteral(", "))));
    identity << html(tr("Age: %1").arg(m_age->text()));
    identity << html(tr("Occupation: %1").arg(m_occupation->text()));
    identity << html(tr("Religion: %1").arg(m_religion->text()));
    identity << html(tr("Nationality: %1").arg(m_nationality->text()));
    identity << html(tr("Address: %1").arg(m_address->text()));
    out += QStringLiteral("<p>") + identity.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    for (int i = 0; i < m_pairs.size(); ++i) {
        const Pair &p = m_pairs.at(i);
        out += QStringLiteral("<p><b>%1. %2</b><br>%3</p>")
                   .arg(i + 1)
                   .arg(html(p.question->toPlainText()), html(p.answer->toPlainText()));
    }
    if (isSigned()) {
        out += QStringLiteral("<p>") + html(m_signature->text()) + QStringLiteral("</p>");
        if (!m_addenda->isHidden())
            out += QStringLiteral("<p>") + m_addenda->text() + QStringLiteral("</p>");
    }
    return out;
}

void MinutesWindow::setReadBack(bool on)
{
    if (on == isReadBack()) {
        m_readBackAction->setChecked(on);
        return;
    }
    if (on) {
        m_readBack->setHtml(readBackHtml());
        m_stack->setCurrentWidget(m_readBack);
        m_readBack->setFocus();
    } else {
        m_stack->setCurrentWidget(m_scroll);
    }
    {
        const QSignalBlocker block(m_readBackAction);
        m_readBackAction->setChecked(on);
    }
    m_leaveReadBackAction->setEnabled(on);
    refreshLock();
    if (!on && !isSigned()) {
        const int last = int(m_pairs.size()) - 1;
        if (last >= 0)
            focusPair(last, !m_pairs.at(last).question->toPlainText().isEmpty());
    }
}

// --- signing and addenda ------------------------------------------------------------------

void MinutesWindow::sign()
{
    if (!m_found || isSigned() || isReadBack())
        return;
    if (const QString why = m_repo.whyNotSign(m_attendeeId); !why.isEmpty()) {
        QMessageBox::information(this, tr("The minutes cannot be signed yet"), why);
        return;
    }
    if (!saveNow()) {
        QMessageBox::warning(
            this, tr("The minutes are not saved"),
            tr("Save the minutes before signing them: %1").arg(m_saveState->text()));
        return;
    }
    QDialog d(this);
    d.setObjectName(QStringLiteral("signDialog"));
    d.setWindowTitle(tr("Sign the minutes"));
    auto *signedRadio = new QRadioButton(tr("The minutes were read back and &signed"), &d);
    signedRadio->setObjectName(QStringLiteral("signedRadio"));
    signedRadio->setChecked(true);
    auto *refusedRadio = new QRadioButton(tr("%1 &refused to sign").arg(m_attendee.name), &d);
    refusedRadio->setObjectName(QStringLiteral("refusedRadio"));
    auto *by = new QLineEdit(&d);
    by->setObjectName(QStringLiteral("signedByEdit"));
    QStringList signers{m_attendee.name};
    if (!m_hearing.examiners.isEmpty())
        signers << m_hearing.examiners;
    by->setText(signers.join(QStringLiteral("; ")));
    auto *reason = new QLineEdit(&d);
    reason->setObjectName(QStringLiteral("refusalReasonEdit"));
    reason->setEnabled(false);
    auto *error = new QLabel(&d);
    error->setObjectName(QStringLiteral("signError"));
    error->setWordWrap(true);
    error->setStyleSheet(Colours::textStyle(Colours::Error, QStringLiteral("font-weight: bold")));
    error->hide();
    // A refusal is signed by the examiners alone.
    const QString examiners = m_hearing.examiners;
    connect(refusedRadio, &QRadioButton::toggled, &d, [=](bool refused) {
        reason->setEnabled(refused);
        if (refused && by->text() == signers.join(QStringLiteral("; ")))
            by->setText(examiners);
        else if (!refused && by->text() == examiners)
            by->setText(signers.join(QStringLiteral("; ")));
    });
    auto *form = new QFormLayout;
    form->addRow(signedRadio);
    form->addRow(refusedRadio);
    form->addRow(tr("Signed &by:"), by);
    form->addRow(tr("Reason for &refusing:"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signOk"));
    auto *layout = new QVBoxLayout(&d);
    layout->addWidget(new QLabel(tr("Once signed, the minutes can no longer change; corrections "
                                    "go into dated addenda."),
                                 &d));
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        QString why;
        const bool refused = refusedRadio->isChecked();
        if (refused && reason->text().trimmed().isEmpty())
            why = tr("Record why the person refused to sign.");
        else if (!m_repo.sign(m_attendeeId, by->text(), refused ? reason->text() : QString(),
                              &why) &&
                 why.isEmpty())
            why = tr("The signature could not be stored.");
        if (!why.isEmpty()) {
            error->setText(why);
            error->show();
            return;
        }
        d.accept();
    });
    if (d.exec() != QDialog::Accepted)
        return;
    if (const std::optional<Hearing> h = m_repo.hearingOf(m_attendeeId)) {
        m_hearing = *h;
        for (const Attendee &a : h->attendees) {
            if (a.id == m_attendeeId)
                m_attendee = a;
        }
    }
    refreshLock();
    emit saved(m_attendeeId);
}

void MinutesWindow::addAddendum()
{
    if (!m_found || !isSigned() || isReadBack())
        return;
    QDialog d(this);
    d.setObjectName(QStringLiteral("addendumDialog"));
    d.setWindowTitle(tr("Addendum to the signed minutes"));
    auto *text = new QPlainTextEdit(&d);
    text->setObjectName(QStringLiteral("addendumText"));
    text->setTabChangesFocus(true);
    auto *error = new QLabel(&d);
    error->setObjectName(QStringLiteral("addendumError"));
    error->setWordWrap(true);
    error->setStyleSheet(Colours::textStyle(Colours::Error, QStringLiteral("font-weight: bold")));
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addendumOk"));
    auto *layout = new QVBoxLayout(&d);
    layout->addWidget(new QLabel(tr("The correction is dated today and shown below the signed "
                                    "minutes, which stay as they were signed."),
                                 &d));
    layout->addWidget(text);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    Addendum added;
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        QString why;
        if (!m_repo.addAddendum(m_attendeeId, text->toPlainText(), &why, &added)) {
            error->setText(why.isEmpty() ? tr("The addendum could not be stored.") : why);
            error->show();
            return;
        }
        d.accept();
    });
    text->setFocus();
    if (d.exec() != QDialog::Accepted)
        return;
    m_attendee.addenda << added;
    refreshSignature();
    emit saved(m_attendeeId);
}
