#include "hearings/HearingsPanel.h"
#include "common/Colours.h"
#include "domain/DateFormat.h"

#include "store/UserRepository.h"

#include "common/OfficeTimeEdit.h"
#include "common/TableColumns.h"
#include "domain/HearingRules.h"
#include "hearings/HearingDialog.h"
#include "hearings/HearingListModel.h"
#include "hearings/MinutesWindow.h"
#include "store/Database.h"
#include "store/HearingRepository.h"
#include "store/SettingsRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace {

const QColor WarningColour(0xb0, 0x00, 0x20);

enum AttendeeColumn {
    ARole,
    AName,
    ACounsel,
    AInvitation,
    ADelivery,
    ADelivered,
    AAttendance,
    AOath,
    AMinutes,
    AWarning,
    AColumns
};

int questionCount(const Attendee &a)
{
    int n = 0;
    for (const MinutesEntry &m : a.minutes)
        n += !m.question.trimmed().isEmpty() || !m.answer.trimmed().isEmpty();
    return n;
}

// Attendance and oath of one person heard; false when cancelled.
bool askAttendance(QWidget *parent, const Attendee &a, QString *attendance, QString *oath)
{
    QDialog d(parent);
    d.setObjectName(QStringLiteral("attendanceDialog"));
    d.setWindowTitle(HearingsPanel::tr("Attendance of %1").arg(a.name));
    auto *presence = new QComboBox(&d);
    presence->setObjectName(QStringLiteral("attendanceCombo"));
    for (const QString &code : HearingRules::attendances())
        presence->addItem(HearingRules::attendanceLabel(code), code);
    presence->setCurrentIndex(std::max(0, presence->findData(a.attendance)));
    auto *sworn = new QComboBox(&d);
    sworn->setObjectName(QStringLiteral("oathCombo"));
    for (const QString &code : HearingRules::oaths())
        sworn->addItem(HearingRules::oathLabel(code), code);
    sworn->setCurrentIndex(std::max(0, sworn->findData(a.oath)));
    // An absent person neither takes nor refuses the oath.
    auto follow = [presence, sworn] {
        const bool absent = presence->currentData().toString() == Codes::Attendance::Absent;
        if (absent)
            sworn->setCurrentIndex(0);
        sworn->setEnabled(!absent);
    };
    QObject::connect(presence, &QComboBox::currentIndexChanged, &d, follow);
    follow();
    auto *form = new QFormLayout;
    form->addRow(HearingsPanel::tr("&Attendance"), presence);
    form->addRow(HearingsPanel::tr("&Oath"), sworn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("attendanceOk"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto *layout = new QVBoxLayout(&d);
    layout->addLayout(form);
    layout->addWidget(buttons);
    presence->setFocus();
    if (d.exec() != QDialog::Accepted)
        return false;
    *attendance = presence->currentData().toString();
    *oath = sworn->currentData().toString();
    return true;
}

} // namespace

HearingsPanel::HearingsPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("hearingsPanel"));

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("evidenceNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("background: %1; %2; padding: 6px")
            .arg(Colours::background(Colours::AlarmBackground).name(),
                 Colours::textStyle(Colours::Error, QStringLiteral("font-weight: bold"))));
    m_notice->hide();

    m_hearingsTitle = new QLabel(this);
    m_hearingModel = new HearingListModel(this);
    m_hearingList = new QTreeView(this);
    m_hearingList->setObjectName(QStringLiteral("hearingList"));
    m_hearingList->setModel(m_hearingModel);
    m_hearingList->setRootIsDecorated(false);
    m_hearingList->setUniformRowHeights(true);
    m_hearingList->setAllColumnsShowFocus(true);
    m_hearingList->setMaximumHeight(170);
    m_hearingsTitle->setBuddy(m_hearingList);

    m_attendeesTitle = new QLabel(this);
    m_attendees = new QTableWidget(0, AColumns, this);
    m_attendees->setObjectName(QStringLiteral("attendeeTable"));
    m_attendees->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendees->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attendees->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendees->verticalHeader()->hide();
    m_attendees->horizontalHeader()->setStretchLastSection(true);
    m_attendees->setWordWrap(false);
    m_attendees->viewport()->installEventFilter(this);
    m_attendeesTitle->setBuddy(m_attendees);

    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newHearingButton"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editHearingButton"));
    m_attendance = new QPushButton(this);
    m_attendance->setObjectName(QStringLiteral("attendanceButton"));
    m_minutesButton = new QPushButton(this);
    m_minutesButton->setObjectName(QStringLiteral("minutesButton"));
    m_clerksButton = new QPushButton(this);
    m_clerksButton->setObjectName(QStringLiteral("assignClerksButton"));
    m_clerks = new QLabel(this);
    m_clerks->setObjectName(QStringLiteral("assignedClerks"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_attendance, m_minutesButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_clerks);
    buttons->addWidget(m_clerksButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);
    layout->addWidget(m_hearingsTitle);
    layout->addWidget(m_hearingList);
    layout->addWidget(m_attendeesTitle);
    layout->addWidget(m_attendees, 1);

    connect(m_new, &QPushButton::clicked, this, &HearingsPanel::newHearing);
    connect(m_clerksButton, &QPushButton::clicked, this, &HearingsPanel::assignClerks);
    connect(m_edit, &QPushButton::clicked, this, &HearingsPanel::editHearing);
    connect(m_attendance, &QPushButton::clicked, this, &HearingsPanel::recordAttendance);
    connect(m_minutesButton, &QPushButton::clicked, this, &HearingsPanel::openCurrentMinutes);
    connect(m_hearingList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_fillingHearings)
            fillAttendees();
    });
    connect(m_hearingList, &QTreeView::activated, this, &HearingsPanel::editHearing);
    connect(m_attendees, &QTableWidget::activated, this, &HearingsPanel::openCurrentMinutes);
    connect(m_attendees, &QTableWidget::currentCellChanged, this, &HearingsPanel::refreshButtons);

    retranslate();
    refreshButtons();
}

void HearingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillHearings();
    }
    QWidget::changeEvent(event);
}

void HearingsPanel::retranslate()
{
    m_hearingsTitle->setText(tr("Sche&duled hearings"));
    m_clerksButton->setText(tr("C&lerks..."));
    m_clerksButton->setToolTip(tr("The clerks who keep this case's hearings and minutes"));
    showClerks();
    m_attendeesTitle->setText(tr("Persons i&nvited (Enter opens the minutes)"));
    m_hearingModel->retranslate();
    m_attendees->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("Counsel"), tr("Invitation"),
                                            tr("Delivery"), tr("Delivered on"), tr("Attendance"),
                                            tr("Oath"), tr("Minutes"), tr("Warning")});
    const struct
    {
        QPushButton *button;
        QString text;
        QKeySequence shortcut;
    } buttons[] = {
        {m_new, tr("New hearing"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {m_edit, tr("Edit hearing"), QKeySequence(Qt::CTRL | Qt::Key_E)},
        {m_attendance, tr("Attendance…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {m_minutesButton, tr("Minutes"), QKeySequence(Qt::CTRL | Qt::Key_M)},
    };
    for (const auto &b : buttons) {
        b.button->setText(b.text);
        // After the text: setText() replaces the shortcut with the text's mnemonic.
        b.button->setShortcut(b.shortcut);
        b.button->setToolTip(
            tr("%1 (%2)").arg(b.text, b.shortcut.toString(QKeySequence::NativeText)));
    }
}

void HearingsPanel::setCase(const Case &c)
{
    m_case = c;
    reload();
}

void HearingsPanel::reload()
{
    m_hearings = m_case.id > 0 ? HearingRepository(m_db).hearings(m_case.id) : QList<Hearing>();
    fillHearings();
    showClerks();
}

void HearingsPanel::showClerks()
{
    QStringList names;
    if (m_case.id > 0) {
        for (const User &u : UserRepository(m_db).assignedClerks(m_case.id))
            names << u.fullName;
    }
    m_clerks->setText(names.isEmpty() ? tr("No clerk assigned")
                                      : tr("Clerks: %1").arg(names.join(QLatin1String(", "))));
    m_clerksButton->setEnabled(m_case.id > 0 && m_db.allows(Action::AssignClerks, m_case.id));
}

void HearingsPanel::assignClerks()
{
    UserRepository users(m_db);
    QSet<qint64> assigned;
    for (const User &u : users.assignedClerks(m_case.id))
        assigned.insert(u.id);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("clerksDialog"));
    dialog.setWindowTitle(tr("Clerks of the case"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("clerkList"));
    for (const User &u : users.users()) {
        if (u.role != Role::Clerk || (!u.active && !assigned.contains(u.id)))
            continue;
        auto *item = new QListWidgetItem(u.fullName, list);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(assigned.contains(u.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(list->count() > 0
                                     ? tr("Tick the clerks who keep this case's hearings and "
                                          "type their minutes.")
                                     : tr("The file has no user with the clerk role yet; the "
                                          "administrator adds them."),
                                 &dialog));
    layout->addWidget(list);
    layout->addWidget(box);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<qint64> chosen;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            chosen << list->item(i)->data(Qt::UserRole).toLongLong();
    }
    QString error;
    if (!users.setAssignedClerks(m_case.id, chosen, &error))
        QMessageBox::warning(this, tr("The clerks were not assigned"), error);
    showClerks();
    // Clerks can now open minutes of this case: the buttons follow.
    refreshButtons();
    emit changed(m_case.id);
}

const Hearing *HearingsPanel::currentHearing() const
{
    const qint64 id = currentHearingId();
    for (const Hearing &h : m_hearings) {
        if (h.id == id)
            return &h;
    }
    return nullptr;
}

const Attendee *HearingsPanel::currentAttendee() const
{
    const Hearing *h = currentHearing();
    const qint64 id = currentAttendeeId();
    if (!h)
        return nullptr;
    for (const Attendee &a : h->attendees) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

qint64 HearingsPanel::currentHearingId() const
{
    return m_hearingList->currentIndex().data(HearingListModel::HearingIdRole).toLongLong();
}

qint64 HearingsPanel::currentAttendeeId() const
{
    const int row = m_attendees->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_attendees->item(row, ARole) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void HearingsPanel::selectHearing(qint64 hearingId)
{
    const int row = m_hearingModel->rowOf(hearingId);
    if (row >= 0)
        m_hearingList->setCurrentIndex(m_hearingModel->index(row, 0));
}

void HearingsPanel::selectAttendee(qint64 attendeeId)
{
    for (const Hearing &h : std::as_const(m_hearings)) {
        for (const Attendee &a : h.attendees) {
            if (a.id != attendeeId)
                continue;
            selectHearing(h.id);
            for (int row = 0; row < m_attendees->rowCount(); ++row) {
                if (m_attendees->item(row, ARole)->data(Qt::UserRole).toLongLong() == attendeeId)
                    m_attendees->setCurrentCell(row, AName);
            }
            return;
        }
    }
}

void HearingsPanel::fillHearings()
{
    const qint64 keepHearing = currentHearingId();
    const qint64 keepAttendee = currentAttendeeId();
    const OfficeTime zone = SettingsRepository(m_db).officeTime(m_case.regencyCode);
    {
        const QScopedValueRollback<bool> filling(m_fillingHearings, true);
        m_hearingModel->setHearings(m_hearings, zone);
        for (int c = 0; c < HearingListModel::ColumnCount - 1; ++c)
            m_hearingList->resizeColumnToContents(c);
    }
    if (keepHearing > 0)
        selectHearing(keepHearing);
    if (!m_hearingList->currentIndex().isValid() && m_hearingModel->rowCount() > 0) {
        // The next hearing to come, else the last one.
        int pick = m_hearingModel->rowCount() - 1;
        const QDateTime now = m_db.now().toLocalTime();
        for (int i = 0; i < m_hearings.size(); ++i) {
            if (m_hearings.at(i).scheduledAt >= now.addSecs(-12 * 3600)) {
                pick = i;
                break;
            }
        }
        const QScopedValueRollback<bool> filling(m_fillingHearings, true);
        m_hearingList->setCurrentIndex(m_hearingModel->index(pick, 0));
    }
    fillAttendees();
    if (keepAttendee > 0)
        selectAttendee(keepAttendee);

    const QString notice = HearingRules::decideOnEvidenceNotice(m_hearings, m_case);
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    refreshButtons();
}

void HearingsPanel::fitAttendees()
{
    if (m_attendeeWidths.size() != AColumns)
        return;
    // The role, the name, the attendance and the minutes' state keep their width; the others
    // give up room down to their title's width (ten characters at least).
    QList<int> floors(AColumns, 0);
    for (int col : {ACounsel, AInvitation, ADelivery, ADelivered, AOath, AWarning})
        floors[col] = std::min(m_attendeeWidths.at(col),
                               std::max(m_attendees->fontMetrics().averageCharWidth() * 10,
                                        m_attendees->horizontalHeader()->sectionSizeHint(col)));
    for (int col = 0; col < AColumns; ++col) {
        if (m_attendees->isColumnHidden(col))
            floors[col] = -1;
    }
    const QList<int> widths =
        levelledWidths(m_attendeeWidths, floors, m_attendees->viewport()->width());
    for (int col = 0; col < AColumns; ++col)
        m_attendees->setColumnWidth(col, widths.at(col));
}

bool HearingsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_attendees->viewport() && event->type() == QEvent::Resize)
        fitAttendees();
    return QWidget::eventFilter(watched, event);
}

void HearingsPanel::fillAttendees()
{
    const Hearing *h = currentHearing();
    const QList<Attendee> list = h ? h->attendees : QList<Attendee>();
    const int keepRow = m_attendees->currentRow();
    const QSignalBlocker block(m_attendees);
    m_attendees->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Attendee &a = list.at(row);
        QString delivered;
        if (a.deliveredOn.isValid())
            delivered = a.deliveryConfirmed
                            ? tr("%1, confirmed").arg(shortMonthDate(a.deliveredOn))
                            : tr("%1, not confirmed").arg(shortMonthDate(a.deliveredOn));
        QString minutes;
        if (a.isSigned() && !a.signRefusal.isEmpty())
            minutes = tr("Refused to sign");
        else if (a.isSigned())
            minutes = tr("Signed");
        else if (const int n = questionCount(a))
            minutes = tr("%n question(s)", nullptr, n);
        else
            minutes = tr("Empty");
        const QString warning = HearingRules::invitationWarning(
            *h, a, m_db.today(), SettingsRepository(m_db).officeTime(m_case.regencyCode));
        const QString texts[AColumns] = {
            HearingRules::roleLabel(a.role),
            a.name,
            a.counsel,
            HearingRules::invitationLabel(a.invitation),
            a.delivery.isEmpty() ? tr("not delivered yet")
                                 : HearingRules::deliveryLabel(a.delivery),
            delivered,
            HearingRules::attendanceLabel(a.attendance),
            HearingRules::oathLabel(a.oath),
            minutes,
            warning,
        };
        for (int col = 0; col < AColumns; ++col) {
            auto *item = new QTableWidgetItem(texts[col]);
            item->setToolTip(texts[col]); // whole where its column is cut (fitAttendees)
            if (!warning.isEmpty()) {
                item->setForeground(Colours::text(WarningColour));
                item->setToolTip(warning);
            }
            m_attendees->setItem(row, col, item);
        }
        m_attendees->item(row, ARole)->setData(Qt::UserRole, a.id);
        if (a.isSigned() && !a.signRefusal.isEmpty())
            m_attendees->item(row, AMinutes)->setToolTip(a.signRefusal);
    }
    hideWhenEmpty(m_attendees, ACounsel);
    hideWhenEmpty(m_attendees, AWarning);
    m_attendees->resizeColumnsToContents();
    m_attendeeWidths.clear();
    for (int col = 0; col < AColumns; ++col)
        m_attendeeWidths << m_attendees->columnWidth(col);
    fitAttendees();
    if (!list.isEmpty())
        m_attendees->setCurrentCell(std::clamp(keepRow, 0, int(list.size()) - 1), AName);
    refreshButtons();
}

void HearingsPanel::refreshButtons()
{
    const bool writable = m_case.id > 0 && m_db.allows(Action::EditHearings, m_case.id);
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && currentHearing());
    m_attendance->setEnabled(writable && currentAttendee());
    m_minutesButton->setEnabled(m_case.id > 0 && currentAttendee());
}

void HearingsPanel::newHearing()
{
    if (m_case.id <= 0 || !m_db.allows(Action::EditHearings, m_case.id))
        return;
    HearingDialog d(m_db, m_case, HearingDialog::proposal(m_db, m_case), this);
    if (d.exec() != QDialog::Accepted)
        return;
    reload();
    selectHearing(d.stored().id);
    emit changed(m_case.id);
}

void HearingsPanel::editHearing()
{
    const Hearing *h = currentHearing();
    if (!h || !m_db.allows(Action::EditHearings, m_case.id))
        return;
    // The stored hearing as it is now: its minutes may have moved on in a minutes window.
    const std::optional<Hearing> fresh = HearingRepository(m_db).hearing(h->id);
    if (!fresh)
        return;
    HearingDialog d(m_db, m_case, *fresh, this);
    if (d.exec() != QDialog::Accepted)
        return;
    reload();
    selectHearing(d.stored().id);
    emit changed(m_case.id);
}

void HearingsPanel::recordAttendance()
{
    const Attendee *current = currentAttendee();
    if (!current || !m_db.allows(Action::EditHearings, m_case.id))
        return;
    const Attendee a = *current;
    QString attendance;
    QString oath;
    if (!askAttendance(this, a, &attendance, &oath))
        return;
    QString error;
    if (!HearingRepository(m_db).setAttendance(a.id, attendance, oath, &error)) {
        QMessageBox::warning(this, tr("The attendance was not recorded"), error);
        return;
    }
    reload();
    selectAttendee(a.id);
    emit changed(m_case.id);
    if (attendance == Codes::Attendance::Absent) {
        if (const Attendee *now = currentAttendee();
            now && HearingRules::offersSecondInvitation(m_hearings, *now))
            offerSecondInvitation(*now);
    }
}

void HearingsPanel::offerSecondInvitation(const Attendee &a)
{
    const Hearing *missed = currentHearing();
    if (!missed)
        return;
    const OfficeTime zone = SettingsRepository(m_db).officeTime(m_case.regencyCode);
    QDialog d(this);
    d.setObjectName(QStringLiteral("secondInvitationDialog"));
    d.setWindowTitle(tr("Second invitation"));
    auto *text = new QLabel(
        tr("%1 did not attend the hearing of %2. Send the second invitation? If %1 stays away "
           "again, the case is decided on the evidence at hand.")
            .arg(a.name, HearingListModel::whenText(zone, missed->scheduledAt)),
        &d);
    text->setWordWrap(true);
    auto *when = new QDateTimeEdit(&d);
    when->setObjectName(QStringLiteral("secondHearingAt"));
    OfficeTimeEdit::setUp(when, zone);
    const QDateTime soonest = zone.fromLocal(m_db.today().addDays(2), QTime(9, 0));
    OfficeTimeEdit::set(when, zone, std::max(missed->scheduledAt.addDays(7), soonest));
    auto *form = new QFormLayout;
    form->addRow(tr("Second &hearing on:"), when);
    auto *buttons = new QDialogButtonBox(&d);
    auto *send =
        buttons->addButton(tr("&Send the second invitation"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("secondInvitationSend"));
    auto *later = buttons->addButton(tr("&Not now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("secondInvitationNo"));
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto *layout = new QVBoxLayout(&d);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    when->setFocus();
    if (d.exec() != QDialog::Accepted)
        return;
    QString error;
    qint64 hearingId = 0;
    if (!HearingRepository(m_db).inviteAgain(a.id, OfficeTimeEdit::get(when, zone), &error,
                                             &hearingId)) {
        QMessageBox::warning(this, tr("The second invitation was not recorded"), error);
        return;
    }
    reload();
    selectHearing(hearingId);
    emit changed(m_case.id);
}

void HearingsPanel::openCurrentMinutes()
{
    if (const Attendee *a = currentAttendee())
        openMinutes(a->id);
}

MinutesWindow *HearingsPanel::openMinutes(qint64 attendeeId)
{
    QPointer<MinutesWindow> &w = m_minutes[attendeeId];
    if (!w) {
        w = new MinutesWindow(m_db, attendeeId, this);
        w->setWindowFlag(Qt::Window);
        w->setAttribute(Qt::WA_DeleteOnClose);
        // The minutes state of the person follows the typing.
        connect(w, &MinutesWindow::saved, this, &HearingsPanel::reload);
    }
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}
