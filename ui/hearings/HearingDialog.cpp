#include "hearings/HearingDialog.h"
#include "common/Colours.h"

#include "common/OfficeTimeEdit.h"
#include "common/WindowGeometry.h"
#include "domain/HearingRules.h"
#include "store/Database.h"
#include "store/HearingRepository.h"
#include "store/SettingsRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// A date edit at this date shows "not yet": the date is not known.
const QDate NoDate(2000, 1, 1);
const QColor WarningColour(0xb0, 0x00, 0x20);

enum PersonColumn { PRole, PName, PInvitation, PWarning, PColumns };

template <typename T> T *named(T *w, const char *name)
{
    w->setObjectName(QLatin1String(name));
    return w;
}

// The persons of the case who may be heard: the reporter of a report, then the persons reported,
// the witnesses and the experts.
QList<Attendee> candidatesOf(const Case &c)
{
    QList<Attendee> list;
    if (c.source == Codes::Source::Report && !c.reporterName.trimmed().isEmpty()) {
        Attendee a;
        a.role = Codes::Role::Reporter;
        a.name = c.reporterName.trimmed();
        list << a;
    }
    for (const Party &p : c.parties) {
        if (p.name.trimmed().isEmpty())
            continue;
        Attendee a;
        a.partyId = p.id;
        a.role = HearingRules::roles().contains(p.role) ? p.role : Codes::Role::Witness;
        a.name = p.name.trimmed();
        list << a;
    }
    const QStringList order = HearingRules::roles();
    std::stable_sort(list.begin(), list.end(), [&order](const Attendee &a, const Attendee &b) {
        return order.indexOf(a.role) < order.indexOf(b.role);
    });
    return list;
}

} // namespace

HearingDialog::HearingDialog(Database &db, const Case &c, const Hearing &h, QWidget *parent)
    : QDialog(parent), m_db(db), m_case(c), m_hearing(h), m_persons(h.attendees),
      m_zone(SettingsRepository(db).officeTime(c.regencyCode))
{
    setObjectName(QStringLiteral("hearingDialog"));
    setWindowTitle(h.id > 0 ? tr("Edit the clarification hearing")
                            : tr("New clarification hearing"));

    QFormLayout *form = buildHearingForm();
    QGroupBox *persons = buildPersons();
    m_warnings = named(new QLabel(this), "invitationWarnings");
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(Colours::textStyle(Colours::Error));
    m_error = named(new QLabel(this), "hearingError");
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Colours::textStyle(Colours::Error, QStringLiteral("font-weight: bold")));
    m_error->hide();

    QDialogButtonBox *buttons = buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(persons, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    OfficeTimeEdit::set(m_when, m_zone,
                        h.scheduledAt.isValid()
                            ? h.scheduledAt
                            : m_zone.fromLocal(db.today().addDays(3), QTime(9, 0)));
    m_online->setChecked(h.online);
    m_platform->setText(h.platform);
    m_reason->setText(h.onlineReason);
    m_place->setText(h.place);
    m_examiners->setText(h.examiners);
    m_letter->setText(h.assignmentLetter);

    connectFields();
    onlineToggled();
    refreshRows();
    if (!m_persons.isEmpty())
        m_list->setCurrentCell(0, PName);
    showPerson(m_list->currentRow());
    WindowGeometry::resize(this, QSize(760, 660)); // fitted to the screen
}

// When and where the hearing is held, who examines and under which letter of assignment.
QFormLayout *HearingDialog::buildHearingForm()
{
    m_when = named(new QDateTimeEdit(this), "hearingDateTime");
    OfficeTimeEdit::setUp(m_when, m_zone);
    m_when->setToolTip(tr("The time in the office's zone (%1)").arg(m_zone.zone()));
    m_online = named(new QCheckBox(tr("Held &online"), this), "hearingOnline");
    m_platform = named(new QLineEdit(this), "hearingPlatform");
    m_platform->setPlaceholderText(tr("e.g. Zoom, Google Meet"));
    m_reason = named(new QLineEdit(this), "hearingOnlineReason");
    m_reason->setPlaceholderText(
        tr("why it may be held online: distance, security, no facilities, disaster"));
    m_place = named(new QLineEdit(this), "hearingPlace");
    m_place->setPlaceholderText(tr("e.g. Kantor Bawaslu Kabupaten, ruang rapat"));
    m_examiners = named(new QLineEdit(this), "hearingExaminers");
    m_examiners->setPlaceholderText(tr("names of the examiners, separated by commas"));
    m_letter = named(new QLineEdit(this), "hearingLetter");

    auto *form = new QFormLayout;
    m_hearingForm = form;
    form->addRow(tr("&Date and time:"), m_when);
    form->addRow(QString(), m_online);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Why online:"), m_reason);
    form->addRow(tr("Pl&ace:"), m_place);
    form->addRow(tr("E&xaminers:"), m_examiners);
    form->addRow(tr("&Letter of assignment no.:"), m_letter);

    return form;
}

// The persons to be heard: added from the case or typed, listed, and the one selected edited
// under the list.
QGroupBox *HearingDialog::buildPersons()
{
    auto *persons = new QGroupBox(tr("Persons to be heard"), this);
    m_partyPick = named(new QComboBox(persons), "addPartyCombo");
    m_partyPick->setToolTip(tr("A person of the case not yet on the list"));
    // Shown once every person of the case is on the list, instead of an empty box.
    m_partyPick->setPlaceholderText(tr("Every person of the case is on the list"));
    m_addParty = named(new QPushButton(tr("Add &from the case"), persons), "addPartyButton");
    m_addTyped = named(new QPushButton(tr("Add a &person"), persons), "addPersonButton");
    m_addTyped->setToolTip(tr("A person who is not a party of the case (Insert)"));
    m_remove = named(new QPushButton(tr("&Remove"), persons), "removePersonButton");
    m_remove->setToolTip(tr("Remove the selected person (Delete)"));
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_partyPick, 1);
    adding->addWidget(m_addParty);
    adding->addWidget(m_addTyped);
    adding->addWidget(m_remove);

    buildPersonList(persons);
    buildPersonForm(persons);
    auto *personsLayout = new QVBoxLayout(persons);
    personsLayout->addLayout(adding);
    personsLayout->addWidget(m_list, 1);
    personsLayout->addWidget(m_personBox);

    return persons;
}

// The list of the persons to be heard; Insert adds a person, Delete removes the selected one.
void HearingDialog::buildPersonList(QGroupBox *persons)
{
    m_list = named(new QTableWidget(0, PColumns, persons), "personList");
    m_list->setHorizontalHeaderLabels(
        {tr("Role"), tr("Name"), tr("Invitation"), tr("Invitation warning")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(PRole, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(PName, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(PInvitation, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(PWarning, QHeaderView::Stretch);
    m_list->setMinimumHeight(110);
    auto *insert = new QAction(m_list);
    insert->setShortcut(Qt::Key_Insert);
    insert->setShortcutContext(Qt::WidgetShortcut);
    connect(insert, &QAction::triggered, this, &HearingDialog::addTyped);
    m_list->addAction(insert);
    auto *remove = new QAction(m_list);
    remove->setShortcut(Qt::Key_Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &HearingDialog::removePerson);
    m_list->addAction(remove);
}

// The selected person: role, name, counsel, the invitation and its delivery.
void HearingDialog::buildPersonForm(QGroupBox *persons)
{
    m_personBox = new QWidget(persons);
    m_role = named(new QComboBox(m_personBox), "personRole");
    for (const QString &role : HearingRules::roles())
        m_role->addItem(HearingRules::roleLabel(role), role);
    m_name = named(new QLineEdit(m_personBox), "personName");
    m_counsel = named(new QLineEdit(m_personBox), "personCounsel");
    m_counsel->setPlaceholderText(tr("legal counsel accompanying the person, if any"));
    m_invitation = named(new QComboBox(m_personBox), "personInvitation");
    m_invitation->addItem(HearingRules::invitationLabel(1), 1);
    m_invitation->addItem(HearingRules::invitationLabel(2), 2);
    m_delivery = named(new QComboBox(m_personBox), "personDelivery");
    m_delivery->addItem(tr("Not delivered yet"), QString());
    for (const QString &d : HearingRules::deliveries())
        m_delivery->addItem(HearingRules::deliveryLabel(d), d);
    m_invitedOn = named(new QDateEdit(m_personBox), "personInvitedOn");
    m_deliveredOn = named(new QDateEdit(m_personBox), "personDeliveredOn");
    for (QDateEdit *d : {m_invitedOn, m_deliveredOn}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
        d->setMinimumDate(NoDate);
        d->setMaximumDate(QDate(2100, 12, 31));
        d->setSpecialValueText(tr("not yet"));
    }
    m_confirmed = named(new QCheckBox(tr("Deli&very confirmed"), m_personBox), "personConfirmed");
    auto *personForm = new QFormLayout(m_personBox);
    personForm->setContentsMargins(0, 0, 0, 0);
    personForm->addRow(tr("R&ole:"), m_role);
    personForm->addRow(tr("&Name:"), m_name);
    personForm->addRow(tr("&Counsel:"), m_counsel);
    personForm->addRow(tr("&Invitation:"), m_invitation);
    personForm->addRow(tr("Deli&vered:"), m_delivery);
    personForm->addRow(tr("Invitation &sent on:"), m_invitedOn);
    personForm->addRow(tr("Delivered o&n:"), m_deliveredOn);
    personForm->addRow(QString(), m_confirmed);
}

QDialogButtonBox *HearingDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    m_ok = named(buttons->addButton(QDialogButtonBox::Ok), "hearingOk");
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("hearingCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HearingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HearingDialog::reject);

    return buttons;
}

// Every edit of the hearing or of the selected person updates the warnings or the person.
void HearingDialog::connectFields()
{
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &HearingDialog::refreshWarnings);
    connect(m_online, &QCheckBox::toggled, this, &HearingDialog::onlineToggled);
    connect(m_addParty, &QPushButton::clicked, this, &HearingDialog::addParty);
    connect(m_addTyped, &QPushButton::clicked, this, &HearingDialog::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &HearingDialog::removePerson);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) { showPerson(row); });
    connect(m_role, &QComboBox::currentIndexChanged, this, &HearingDialog::personEdited);
    connect(m_name, &QLineEdit::textEdited, this, &HearingDialog::personEdited);
    connect(m_counsel, &QLineEdit::textEdited, this, &HearingDialog::personEdited);
    connect(m_invitation, &QComboBox::currentIndexChanged, this, &HearingDialog::personEdited);
    connect(m_delivery, &QComboBox::currentIndexChanged, this, &HearingDialog::personEdited);
    connect(m_invitedOn, &QDateEdit::dateChanged, this, &HearingDialog::personEdited);
    connect(m_deliveredOn, &QDateEdit::dateChanged, this, &HearingDialog::personEdited);
    connect(m_confirmed, &QCheckBox::toggled, this, &HearingDialog::personEdited);
}

Hearing HearingDialog::proposal(Database &db, const Case &c)
{
    Hearing h;
    h.caseId = c.id;
    h.scheduledAt = SettingsRepository(db)
                        .officeTime(c.regencyCode)
                        .fromLocal(db.today().addDays(3), QTime(9, 0));
    const QList<Hearing> earlier = HearingRepository(db).hearings(c.id);
    if (!earlier.isEmpty()) {
        const Hearing &last = earlier.last();
        h.place = last.place;
        h.online = last.online;
        h.platform = last.platform;
        h.onlineReason = last.onlineReason;
        h.examiners = last.examiners;
        h.assignmentLetter = last.assignmentLetter;
    }
    return h;
}

QDate HearingDialog::dateOf(const QDateEdit *edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

void HearingDialog::setDateOf(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : NoDate);
}

Hearing HearingDialog::hearing() const
{
    Hearing h = m_hearing;
    h.caseId = m_case.id;
    h.scheduledAt = OfficeTimeEdit::get(m_when, m_zone);
    h.online = m_online->isChecked();
    h.platform = h.online ? m_platform->text().trimmed() : QString();
    h.onlineReason = h.online ? m_reason->text().trimmed() : QString();
    h.place = m_place->text().trimmed();
    h.examiners = m_examiners->text().trimmed();
    h.assignmentLetter = m_letter->text().trimmed();
    h.attendees = m_persons;
    for (Attendee &a : h.attendees) {
        a.name = a.name.trimmed();
        a.counsel = a.counsel.trimmed();
    }
    return h;
}

QString HearingDialog::warnings() const
{
    const Hearing h = hearing();
    QStringList lines;
    for (const Attendee &a : h.attendees) {
        const QString w = HearingRules::invitationWarning(h, a, m_db.today(), m_zone);
        if (!w.isEmpty())
            lines << w;
    }
    return lines.join(QLatin1Char('\n'));
}

void HearingDialog::onlineToggled()
{
    // The platform and the reason only for a hearing held online: their rows hidden otherwise,
    // the room left to the list of persons.
    const bool online = m_online->isChecked();
    m_hearingForm->setRowVisible(m_platform, online);
    m_hearingForm->setRowVisible(m_reason, online);
}

void HearingDialog::refreshRows()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    const int current = m_list->currentRow();
    m_list->setRowCount(int(m_persons.size()));
    for (int row = 0; row < m_persons.size(); ++row) {
        const Attendee &a = m_persons.at(row);
        const QString texts[PColumns] = {HearingRules::roleLabel(a.role), a.name,
                                         HearingRules::invitationLabel(a.invitation), QString()};
        for (int col = 0; col < PColumns; ++col) {
            QTableWidgetItem *item = m_list->item(row, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_list->setItem(row, col, item);
            }
            item->setText(texts[col]);
        }
    }
    if (current >= 0 && current < m_persons.size())
        m_list->setCurrentCell(current, PName);

    // Who may still be added from the case.
    m_partyPick->clear();
    for (const Attendee &c : candidatesOf(m_case)) {
        bool present = false;
        for (const Attendee &a : std::as_const(m_persons))
            present = present || HearingRules::isSamePerson(a, c);
        if (present)
            continue;
        m_partyPick->addItem(tr("%1: %2").arg(HearingRules::roleLabel(c.role), c.name),
                             QVariantList{c.partyId, c.role, c.name});
    }
    m_partyPick->setEnabled(m_partyPick->count() > 0);
    m_addParty->setEnabled(m_partyPick->count() > 0);
    m_remove->setEnabled(!m_persons.isEmpty());
    refreshWarnings();
}

void HearingDialog::refreshWarnings()
{
    const Hearing h = hearing();
    QStringList lines;
    for (int row = 0; row < h.attendees.size() && row < m_list->rowCount(); ++row) {
        const QString w =
            HearingRules::invitationWarning(h, h.attendees.at(row), m_db.today(), m_zone);
        for (int col = 0; col < PColumns; ++col) {
            if (QTableWidgetItem *item = m_list->item(row, col)) {
                item->setForeground(w.isEmpty() ? QBrush() : QBrush(Colours::text(WarningColour)));
                item->setToolTip(w);
            }
        }
        if (QTableWidgetItem *item = m_list->item(row, PWarning))
            item->setText(w);
        if (!w.isEmpty())
            lines << w;
    }
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_warnings->setVisible(!lines.isEmpty());
}

void HearingDialog::addParty()
{
    const QVariantList data = m_partyPick->currentData().toList();
    if (data.size() != 3)
        return;
    Attendee a;
    a.partyId = data.at(0).toLongLong();
    a.role = data.at(1).toString();
    a.name = data.at(2).toString();
    a.invitedOn = m_db.today();
    m_persons << a;
    refreshRows();
    m_list->setCurrentCell(int(m_persons.size()) - 1, PName);
    m_delivery->setFocus();
}

void HearingDialog::addTyped()
{
    Attendee a;
    a.role = Codes::Role::Witness;
    a.invitedOn = m_db.today();
    m_persons << a;
    refreshRows();
    m_list->setCurrentCell(int(m_persons.size()) - 1, PName);
    m_name->setFocus();
}

void HearingDialog::removePerson()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_persons.size())
        return;
    m_persons.removeAt(row);
    refreshRows();
    const int next = std::min(row, int(m_persons.size()) - 1);
    m_list->setCurrentCell(next, PName);
    showPerson(next);
}

void HearingDialog::showPerson(int row)
{
    if (m_filling)
        return;
    const QScopedValueRollback<bool> filling(m_filling, true);
    const bool valid = row >= 0 && row < m_persons.size();
    m_personBox->setEnabled(valid);
    const Attendee a = valid ? m_persons.at(row) : Attendee();
    m_role->setCurrentIndex(std::max(0, m_role->findData(a.role)));
    m_name->setText(a.name);
    m_counsel->setText(a.counsel);
    m_invitation->setCurrentIndex(a.invitation == 2 ? 1 : 0);
    m_delivery->setCurrentIndex(std::max(0, m_delivery->findData(a.delivery)));
    setDateOf(m_invitedOn, a.invitedOn);
    setDateOf(m_deliveredOn, a.deliveredOn);
    m_confirmed->setChecked(a.deliveryConfirmed);
    // Signed minutes state who was heard; only the invitation's delivery may still change.
    // A confidential reporter's withheld identity is neither shown nor typed over.
    const QString locked = a.isSigned()       ? tr("The minutes of this person are signed.")
                           : a.identityHidden ? tr("The identity of a confidential reporter is "
                                                   "withheld.")
                                              : QString();
    for (QWidget *w : std::initializer_list<QWidget *>{m_role, m_name, m_counsel}) {
        // Counsel the file holds empty may still be filled in: that shows nothing.
        const bool hidden = a.identityHidden && (w != m_counsel || !a.counsel.isEmpty());
        w->setEnabled(!a.isSigned() && !hidden);
        w->setToolTip(locked);
    }
}

void HearingDialog::personEdited()
{
    if (m_filling)
        return;
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_persons.size())
        return;
    Attendee &a = m_persons[row];
    a.role = m_role->currentData().toString();
    a.name = m_name->text();
    a.counsel = m_counsel->text();
    a.invitation = m_invitation->currentData().toInt();
    a.delivery = m_delivery->currentData().toString();
    a.invitedOn = dateOf(m_invitedOn);
    a.deliveredOn = dateOf(m_deliveredOn);
    a.deliveryConfirmed = m_confirmed->isChecked();
    const QScopedValueRollback<bool> filling(m_filling, true);
    if (QTableWidgetItem *item = m_list->item(row, PRole))
        item->setText(HearingRules::roleLabel(a.role));
    if (QTableWidgetItem *item = m_list->item(row, PName))
        item->setText(a.name);
    if (QTableWidgetItem *item = m_list->item(row, PInvitation))
        item->setText(HearingRules::invitationLabel(a.invitation));
    refreshWarnings();
}

void HearingDialog::accept()
{
    Hearing h = hearing();
    QStringList problems;
    if (!h.online && h.place.isEmpty())
        problems << tr("A hearing held in person needs its place.");
    if (h.online && h.platform.isEmpty())
        problems << tr("An online hearing needs the platform it is held on.");
    if (h.online && h.onlineReason.isEmpty())
        problems << tr("An online hearing needs the reason it may be held online.");
    QString error = problems.join(QLatin1Char('\n'));
    if (error.isEmpty() && !HearingRepository(m_db).saveHearing(h, &error) && error.isEmpty())
        error = tr("The hearing could not be stored.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_stored = h;
    QDialog::accept();
}
