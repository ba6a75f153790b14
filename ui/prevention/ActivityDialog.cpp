#include "prevention/ActivityDialog.h"

#include "case/EvidencePanel.h"
#include "common/RegencyCombo.h"
#include "domain/DateFormat.h"

#include "domain/Codes.h"
#include "store/ActivityRepository.h"
#include "store/AttachmentRepository.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *lines(QWidget *parent, const QString &name, int rows)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * rows + 2 * edit->frameWidth() +
                         int(edit->document()->documentMargin() * 2) + 2);
    return edit;
}

} // namespace

ActivityDialog::ActivityDialog(Database &db, const PreventionActivity &activity, QWidget *parent)
    : QDialog(parent), m_db(db), m_activity(activity),
      m_files(std::make_unique<AttachmentRepository>(db, AttachmentOwner::Activity))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(activity.id == 0 ? tr("New prevention activity") : tr("Prevention activity"));
    auto *tabs = new QTabWidget(this);
    auto *form = new QWidget(tabs);
    auto *layout = new QFormLayout(form);

    m_kind = new QComboBox(form);
    m_kind->setObjectName(QStringLiteral("activityKind"));
    for (const QString &code : Codes::all(Codes::Kind::ActivityKind))
        m_kind->addItem(Codes::label(Codes::Kind::ActivityKind, code), code);
    layout->addRow(tr("&Kind:"), m_kind);

    m_date = new QDateEdit(form);
    m_date->setObjectName(QStringLiteral("activityDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(shortDateFormat());
    layout->addRow(tr("&Date:"), m_date);

    m_regency = new QComboBox(form);
    m_regency->setObjectName(QStringLiteral("activityRegency"));
    fillRegencies(m_regency, db, activity.regencyCode);
    layout->addRow(tr("&Regency or city:"), m_regency);

    m_title = new QLineEdit(form);
    m_title->setObjectName(QStringLiteral("activityTitle"));
    m_titleLabel = new QLabel(form);
    m_titleLabel->setBuddy(m_title);
    layout->addRow(m_titleLabel, m_title);

    m_addresseeKind = new QComboBox(form);
    m_addresseeKind->setObjectName(QStringLiteral("activityAddresseeKind"));
    for (const QString &code : Codes::all(Codes::Kind::AppealAddressee))
        m_addresseeKind->addItem(Codes::label(Codes::Kind::AppealAddressee, code), code);
    m_addresseeKindLabel = new QLabel(tr("&To:"), form);
    m_addresseeKindLabel->setBuddy(m_addresseeKind);
    layout->addRow(m_addresseeKindLabel, m_addresseeKind);
    m_addressee = new QLineEdit(form);
    m_addressee->setObjectName(QStringLiteral("activityAddressee"));
    m_addressee->setPlaceholderText(tr("e.g. Bupati Sukoharjo"));
    m_addresseeLabel = new QLabel(tr("&Addressee:"), form);
    m_addresseeLabel->setBuddy(m_addressee);
    layout->addRow(m_addresseeLabel, m_addressee);

    m_place = new QLineEdit(form);
    m_place->setObjectName(QStringLiteral("activityPlace"));
    m_placeLabel = new QLabel(tr("&Place:"), form);
    m_placeLabel->setBuddy(m_place);
    layout->addRow(m_placeLabel, m_place);
    m_online = new QCheckBox(tr("Held &online, on:"), form);
    m_online->setObjectName(QStringLiteral("activityOnline"));
    m_platform = new QLineEdit(form);
    m_platform->setObjectName(QStringLiteral("activityPlatform"));
    m_platform->setPlaceholderText(tr("e.g. Zoom Meeting"));
    layout->addRow(m_online, m_platform);

    m_agencies = lines(form, QStringLiteral("activityAgencies"), 3);
    m_agencies->setToolTip(tr("One agency a line"));
    layout->addRow(tr("A&gencies reached:"), m_agencies);
    m_positions = lines(form, QStringLiteral("activityPositions"), 3);
    m_positions->setToolTip(tr("One position a line (Sekretaris Daerah, Kepala Dinas, …)"));
    layout->addRow(tr("P&ositions reached:"), m_positions);
    m_participants = new QSpinBox(form);
    m_participants->setObjectName(QStringLiteral("activityParticipants"));
    m_participants->setRange(0, ActivityValidator::MaxParticipants);
    m_participantsLabel = new QLabel(tr("P&articipants:"), form);
    m_participantsLabel->setBuddy(m_participants);
    layout->addRow(m_participantsLabel, m_participants);
    m_notes = lines(form, QStringLiteral("activityNotes"), 3);
    layout->addRow(tr("&Notes:"), m_notes);
    tabs->addTab(form, tr("Activity"));

    m_evidence = new EvidencePanel(*m_files, tabs);
    m_evidence->setObjectName(QStringLiteral("activityFiles"));
    m_evidence->setCaseId(activity.id);
    tabs->addTab(m_evidence, tr("Attendance list and photos"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *main = new QVBoxLayout(this);
    main->addWidget(tabs);
    main->addWidget(buttons);
    // Wide enough for a letter's subject and addressee on one line.
    resize(qMax(sizeHint().width(), 640), sizeHint().height());

    // The activity as given.
    const int kind = m_kind->findData(activity.kind);
    m_kind->setCurrentIndex(kind >= 0 ? kind : 0);
    m_date->setDate(activity.date.isValid() ? activity.date : db.today());
    const int regency = m_regency->findData(activity.regencyCode);
    m_regency->setCurrentIndex(regency >= 0 ? regency : 0);
    m_title->setText(activity.title);
    const int to = m_addresseeKind->findData(activity.addresseeKind);
    m_addresseeKind->setCurrentIndex(to >= 0 ? to : 0);
    m_addressee->setText(activity.addressee);
    m_place->setText(activity.place);
    m_online->setChecked(activity.online);
    m_platform->setText(activity.platform);
    m_agencies->setPlainText(activity.agencies);
    m_positions->setPlainText(activity.positions);
    m_participants->setValue(activity.participants);
    m_notes->setPlainText(activity.notes);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityDialog::updateKind);
    connect(m_online, &QCheckBox::toggled, this, &ActivityDialog::updateKind);
    updateKind();

    if (!db.allows(Action::EditActivities)) {
        for (QWidget *w : form->findChildren<QWidget *>()) {
            if (auto *line = qobject_cast<QLineEdit *>(w))
                line->setReadOnly(true);
            else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
                text->setReadOnly(true);
            else if (!qobject_cast<QLabel *>(w))
                w->setEnabled(false);
        }
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        buttons->button(QDialogButtonBox::Save)->setToolTip(db.refusal(Action::EditActivities));
    }
}

ActivityDialog::~ActivityDialog() = default;

void ActivityDialog::updateKind()
{
    const bool appeal = m_kind->currentData().toString() == Codes::Activity::Appeal;
    m_titleLabel->setText(appeal ? tr("&Subject:") : tr("&Theme:"));
    for (QWidget *w :
         {static_cast<QWidget *>(m_addresseeKindLabel), static_cast<QWidget *>(m_addresseeKind),
          static_cast<QWidget *>(m_addresseeLabel), static_cast<QWidget *>(m_addressee)})
        w->setVisible(appeal);
    // A letter has no place and no participants.
    for (QWidget *w :
         {static_cast<QWidget *>(m_placeLabel), static_cast<QWidget *>(m_place),
          static_cast<QWidget *>(m_online), static_cast<QWidget *>(m_platform),
          static_cast<QWidget *>(m_participantsLabel), static_cast<QWidget *>(m_participants)})
        w->setVisible(!appeal);
    m_place->setEnabled(!m_online->isChecked());
    m_platform->setEnabled(m_online->isChecked());
}

PreventionActivity ActivityDialog::activity() const
{
    PreventionActivity a = m_activity;
    a.kind = m_kind->currentData().toString();
    a.date = m_date->date();
    a.regencyCode = m_regency->currentData().toString();
    a.title = m_title->text();
    const bool appeal = a.isAppeal();
    a.addresseeKind = appeal ? m_addresseeKind->currentData().toString() : QString();
    a.addressee = appeal ? m_addressee->text() : QString();
    a.online = !appeal && m_online->isChecked();
    a.place = appeal || a.online ? QString() : m_place->text();
    a.platform = a.online ? m_platform->text() : QString();
    a.agencies = m_agencies->toPlainText();
    a.positions = m_positions->toPlainText();
    a.participants = appeal ? 0 : m_participants->value();
    a.notes = m_notes->toPlainText();
    return a;
}

bool ActivityDialog::save(QString *error)
{
    PreventionActivity a = activity();
    QString why;
    if (!ActivityRepository(m_db).save(a, &why)) {
        if (error)
            *error = why;
        else
            QMessageBox::warning(this, tr("The activity cannot be saved"), why);
        return false;
    }
    m_activity = a;
    m_evidence->setCaseId(a.id);
    return true;
}

void ActivityDialog::accept()
{
    if (save())
        QDialog::accept();
}
