#include "ledger/FollowUpDialog.h"

#include "domain/Codes.h"
#include "domain/DateFormat.h"
#include "domain/FollowUpState.h"
#include "domain/Nip.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/LedgerRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

void fillSanctions(QComboBox *combo, const QString &current)
{
    combo->addItem(QStringLiteral("—"), QString());
    for (const QString &code : Codes::all(Codes::Kind::Sanction))
        combo->addItem(Codes::label(Codes::Kind::Sanction, code), code);
    int index = combo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        // A code this program does not know is kept as it is.
        combo->addItem(current, current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, index));
}

} // namespace

FollowUpDialog::FollowUpDialog(Database &db, const LedgerRow &row, int responseDays,
                               QWidget *parent)
    : QDialog(parent), m_db(db), m_row(row), m_responseDays(responseDays)
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Follow-up of %1").arg(row.name));
    const FollowUp &f = row.followUp;

    auto *layout = new QVBoxLayout(this);
    QString who = row.name;
    if (!row.nip.isEmpty())
        who += QStringLiteral(" (") + Nip::grouped(row.nip) + QLatin1Char(')');
    QString about = tr("%1\nCase %2, forwarded on %3")
                        .arg(who, row.caseNumber, shortMonthDate(row.forwardedDate()));
    if (!row.agency.isEmpty())
        about += QLatin1Char('\n') + row.agency;
    auto *heading = new QLabel(about, this);
    heading->setObjectName(QStringLiteral("followUpPerson"));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_authority = new QComboBox(this);
    m_authority->setObjectName(QStringLiteral("followUpAuthority"));
    m_authority->setEditable(true);
    m_authority->setInsertPolicy(QComboBox::NoInsert);
    m_authority->addItems({QStringLiteral("KASN"), QStringLiteral("BKN")});
    m_authority->setCurrentText(row.authority());
    form->addRow(tr("&Authority:"), m_authority);

    m_recommendationNumber = new QLineEdit(f.recommendationNumber, this);
    m_recommendationNumber->setObjectName(QStringLiteral("followUpRecommendationNumber"));
    form->addRow(tr("Recommendation &number:"), m_recommendationNumber);

    m_recommendationDate = addDate(QStringLiteral("followUpRecommendationDate"),
                                   f.recommendationDate, m_db.today(), &m_recommendationDateSet);
    m_recommendationDateSet->setText(tr("issued on"));
    form->addRow(tr("Recommendation &date:"), m_recommendationDate->parentWidget());

    m_sanctionRecommended = new QComboBox(this);
    m_sanctionRecommended->setObjectName(QStringLiteral("followUpSanctionRecommended"));
    fillSanctions(m_sanctionRecommended, f.sanctionRecommended);
    form->addRow(tr("Sanction &recommended:"), m_sanctionRecommended);

    m_ppkName = new QLineEdit(f.ppkName, this);
    m_ppkName->setObjectName(QStringLiteral("followUpPpkName"));
    m_ppkName->setPlaceholderText(tr("e.g. Bupati Sukoharjo"));
    form->addRow(tr("&PPK:"), m_ppkName);
    m_ppkOffice = new QLineEdit(f.ppkOffice, this);
    m_ppkOffice->setObjectName(QStringLiteral("followUpPpkOffice"));
    m_ppkOffice->setPlaceholderText(tr("e.g. Pemerintah Kabupaten Sukoharjo"));
    form->addRow(tr("PPK &office:"), m_ppkOffice);

    m_responseDue =
        addDate(QStringLiteral("followUpResponseDue"), f.responseDue,
                m_recommendationDate->date().addDays(m_responseDays), &m_responseDueSet);
    m_responseDueSet->setText(tr("own due date"));
    m_dueHint = new QLabel(this);
    m_dueHint->setObjectName(QStringLiteral("followUpDueHint"));
    m_dueHint->setWordWrap(true);
    auto *due = new QWidget(this);
    auto *dueLayout = new QVBoxLayout(due);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(m_responseDue->parentWidget());
    dueLayout->addWidget(m_dueHint);
    form->addRow(tr("Response d&ue:"), due);

    m_decisionNumber = new QLineEdit(f.ppkDecisionNumber, this);
    m_decisionNumber->setObjectName(QStringLiteral("followUpDecisionNumber"));
    form->addRow(tr("PPK decision n&umber:"), m_decisionNumber);
    m_decisionDate = addDate(QStringLiteral("followUpDecisionDate"), f.ppkDecisionDate,
                             m_db.today(), &m_decisionDateSet);
    m_decisionDateSet->setText(tr("decided on"));
    form->addRow(tr("PPK decision da&te:"), m_decisionDate->parentWidget());

    m_sanctionImposed = new QComboBox(this);
    m_sanctionImposed->setObjectName(QStringLiteral("followUpSanctionImposed"));
    fillSanctions(m_sanctionImposed, f.sanctionImposed);
    form->addRow(tr("Sanction &imposed:"), m_sanctionImposed);
    // The three dates one below the other: each tick as wide as the widest.
    const QList<QCheckBox *> ticks{m_recommendationDateSet, m_responseDueSet, m_decisionDateSet};
    int widest = 0;
    for (const QCheckBox *tick : ticks)
        widest = std::max(widest, tick->sizeHint().width());
    for (QCheckBox *tick : ticks)
        tick->setMinimumWidth(widest);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("followUpOk"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("followUpCancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);

    connect(m_recommendationDateSet, &QCheckBox::toggled, this, &FollowUpDialog::updateDue);
    connect(m_recommendationDate, &QDateEdit::dateChanged, this, &FollowUpDialog::updateDue);
    connect(m_responseDueSet, &QCheckBox::toggled, this, &FollowUpDialog::updateDue);
    connect(m_ppkName, &QLineEdit::textEdited, this, &FollowUpDialog::ppkNameEdited);
    updateDue();

    if (!m_db.allows(Action::EditFollowUps)) {
        ok->setEnabled(false);
        ok->setToolTip(m_db.refusal(Action::EditFollowUps));
    }
}

QDateEdit *FollowUpDialog::addDate(const QString &name, const QDate &value, const QDate &fallback,
                                   QCheckBox **set)
{
    // An optional date: a tick says whether it is known, the date edit holds it. The edit has
    // no limits, so that a wrong date is explained on OK rather than silently clamped.
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    *set = new QCheckBox(row);
    (*set)->setObjectName(name + QStringLiteral("Set"));
    (*set)->setChecked(value.isValid());
    auto *date = new QDateEdit(row);
    date->setObjectName(name);
    date->setCalendarPopup(true);
    date->setDisplayFormat(shortMonthDateFormat());
    date->setDate(value.isValid() ? value : fallback);
    date->setEnabled(value.isValid());
    layout->addWidget(*set);
    layout->addWidget(date, 1);
    connect(*set, &QCheckBox::toggled, date, &QDateEdit::setEnabled);
    return date;
}

void FollowUpDialog::setKnownPpks(const QList<QPair<QString, QString>> &ppks)
{
    m_knownPpks = ppks;
    QStringList names;
    QStringList offices;
    for (const auto &p : ppks) {
        if (!p.first.isEmpty() && !names.contains(p.first))
            names << p.first;
        if (!p.second.isEmpty() && !offices.contains(p.second))
            offices << p.second;
    }
    for (auto [edit, list] : {qMakePair(m_ppkName, names), qMakePair(m_ppkOffice, offices)}) {
        auto *completer = new QCompleter(list, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    connect(m_ppkName->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            &FollowUpDialog::ppkNameEdited);
}

void FollowUpDialog::ppkNameEdited(const QString &name)
{
    if (!m_ppkOffice->text().trimmed().isEmpty())
        return;
    for (const auto &p : std::as_const(m_knownPpks)) {
        if (p.first.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            m_ppkOffice->setText(p.second);
            return;
        }
    }
}

void FollowUpDialog::updateDue()
{
    m_responseDue->setEnabled(m_responseDueSet->isChecked());
    if (m_responseDueSet->isChecked()) {
        m_dueHint->setText(
            tr("Set for this person; the office's %n days do not apply.", nullptr, m_responseDays));
    } else if (m_recommendationDateSet->isChecked()) {
        const QDate due = m_recommendationDate->date().addDays(m_responseDays);
        m_dueHint->setText(tr("%1: the recommendation date plus %n days.", nullptr, m_responseDays)
                               .arg(shortMonthDate(due)));
        const QSignalBlocker block(m_responseDue);
        m_responseDue->setDate(due);
    } else {
        m_dueHint->setText(tr("%n days after the recommendation.", nullptr, m_responseDays));
    }
}

FollowUp FollowUpDialog::followUp() const
{
    FollowUp f = m_row.followUp;
    f.partyId = m_row.partyId;
    f.authority = m_authority->currentText().trimmed();
    if (!f.forwardedDate.isValid())
        f.forwardedDate = m_row.decidedDate;
    f.recommendationNumber = m_recommendationNumber->text().trimmed();
    f.recommendationDate =
        m_recommendationDateSet->isChecked() ? m_recommendationDate->date() : QDate();
    f.sanctionRecommended = m_sanctionRecommended->currentData().toString();
    f.ppkName = m_ppkName->text().simplified();
    f.ppkOffice = m_ppkOffice->text().simplified();
    f.responseDue = m_responseDueSet->isChecked() ? m_responseDue->date() : QDate();
    f.ppkDecisionNumber = m_decisionNumber->text().trimmed();
    f.ppkDecisionDate = m_decisionDateSet->isChecked() ? m_decisionDate->date() : QDate();
    f.sanctionImposed = m_sanctionImposed->currentData().toString();
    return f;
}

QStringList FollowUpDialog::problems() const
{
    const FollowUp f = followUp();
    const QDate today = m_db.today();
    const QDate forwarded = m_row.forwardedDate();
    QStringList list;
    if (f.recommendationDate.isValid()) {
        if (f.recommendationDate > today)
            list << tr("The recommendation date (%1) is after today (%2).")
                        .arg(shortMonthDate(f.recommendationDate), shortMonthDate(today));
        if (forwarded.isValid() && f.recommendationDate < forwarded)
            list << tr("The recommendation date (%1) is before the case was forwarded (%2).")
                        .arg(shortMonthDate(f.recommendationDate), shortMonthDate(forwarded));
        if (f.responseDue.isValid() && f.responseDue < f.recommendationDate)
            list << tr("The response due date (%1) is before the recommendation (%2).")
                        .arg(shortMonthDate(f.responseDue), shortMonthDate(f.recommendationDate));
    }
    const bool decided = f.ppkDecisionDate.isValid();
    if (decided) {
        if (f.ppkDecisionDate > today)
            list << tr("The PPK decision date (%1) is after today (%2).")
                        .arg(shortMonthDate(f.ppkDecisionDate), shortMonthDate(today));
        if (!f.recommendationDate.isValid())
            list << tr("A PPK decision needs the date of the recommendation it follows.");
        else if (f.ppkDecisionDate < f.recommendationDate)
            list << tr("The PPK decision date (%1) is before the recommendation (%2).")
                        .arg(shortMonthDate(f.ppkDecisionDate),
                             shortMonthDate(f.recommendationDate));
        if (f.sanctionImposed.isEmpty())
            list << tr("A PPK decision needs the sanction imposed.");
    } else if (!f.sanctionImposed.isEmpty() || !f.ppkDecisionNumber.isEmpty()) {
        list << tr("A PPK decision needs its date.");
    }
    return list;
}

void FollowUpDialog::accept()
{
    const QStringList why = problems();
    if (!why.isEmpty()) {
        QMessageBox::warning(this, tr("The follow-up cannot be saved"),
                             why.join(QLatin1Char('\n')));
        return;
    }
    FollowUp f = followUp();
    QString error;
    if (!LedgerRepository(m_db).saveFollowUp(f, m_row.caseId, &error)) {
        QMessageBox::warning(this, tr("The follow-up cannot be saved"), error);
        return;
    }
    m_saved = f;
    QDialog::accept();
}
