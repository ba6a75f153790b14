#include "supervision/LeadDialog.h"

#include "case/EvidencePanel.h"
#include "common/RegencyCombo.h"
#include "domain/DateFormat.h"

#include "domain/Codes.h"
#include "store/AttachmentRepository.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/LeadRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextDocument>
#include <QTreeWidget>
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

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(shortDateFormat());
    return edit;
}

} // namespace

LeadDialog::LeadDialog(Database &db, const Lead &lead, QWidget *parent)
    : QDialog(parent), m_db(db), m_lead(lead),
      m_files(std::make_unique<AttachmentRepository>(db, AttachmentOwner::Lead))
{
    setObjectName(QStringLiteral("leadDialog"));
    setWindowTitle(lead.id == 0 ? tr("New supervision lead") : tr("Supervision lead"));
    auto *tabs = new QTabWidget(this);
    auto *form = new QWidget(tabs);
    auto *layout = new QFormLayout(form);

    m_date = dateEdit(form, QStringLiteral("leadDate"));
    layout->addRow(tr("&Date:"), m_date);
    m_source = new QComboBox(form);
    m_source->setObjectName(QStringLiteral("leadSource"));
    for (const QString &code : Codes::all(Codes::Kind::LeadSource))
        m_source->addItem(Codes::label(Codes::Kind::LeadSource, code), code);
    layout->addRow(tr("&Source:"), m_source);
    m_detail = new QLineEdit(form);
    m_detail->setObjectName(QStringLiteral("leadSourceDetail"));
    m_detail->setPlaceholderText(tr("Address of the post, account, or place"));
    layout->addRow(tr("Source &detail:"), m_detail);

    m_regency = new QComboBox(form);
    m_regency->setObjectName(QStringLiteral("leadRegency"));
    fillRegencies(m_regency, db, lead.regencyCode);
    layout->addRow(tr("&Regency or city:"), m_regency);
    m_persons = lines(form, QStringLiteral("leadPersons"), 2);
    m_persons->setToolTip(tr("One person a line, when known"));
    layout->addRow(tr("&Persons concerned:"), m_persons);
    m_agency = new QLineEdit(form);
    m_agency->setObjectName(QStringLiteral("leadAgency"));
    layout->addRow(tr("&Agency:"), m_agency);
    m_description = lines(form, QStringLiteral("leadDescription"), 4);
    layout->addRow(tr("D&escription:"), m_description);
    m_informant = new QLineEdit(form);
    m_informant->setObjectName(QStringLiteral("leadInformant"));
    m_informantLabel = new QLabel(tr("&Informant:"), form);
    m_informantLabel->setBuddy(m_informant);
    layout->addRow(m_informantLabel, m_informant);
    m_contact = new QLineEdit(form);
    m_contact->setObjectName(QStringLiteral("leadInformantContact"));
    m_contactLabel = new QLabel(tr("C&ontact:"), form);
    m_contactLabel->setBuddy(m_contact);
    layout->addRow(m_contactLabel, m_contact);
    m_confidential = new QCheckBox(tr("Keep the informant's identity &confidential"), form);
    m_confidential->setObjectName(QStringLiteral("leadInformantConfidential"));
    layout->addRow(QString(), m_confidential);
    m_closing = new QLabel(form);
    m_closing->setObjectName(QStringLiteral("leadClosing"));
    m_closing->setWordWrap(true);
    layout->addRow(m_closing);
    tabs->addTab(form, tr("Lead"));

    // Tracing (penelusuran): the notes, and one more.
    auto *tracing = new QWidget(tabs);
    auto *tracingLayout = new QVBoxLayout(tracing);
    m_notes = new QTreeWidget(tracing);
    m_notes->setObjectName(QStringLiteral("leadNotes"));
    m_notes->setRootIsDecorated(false);
    m_notes->setHeaderLabels({tr("Date"), tr("Tracing note")});
    m_notes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_notes->setWordWrap(true);
    tracingLayout->addWidget(m_notes, 1);
    auto *noteForm = new QFormLayout;
    m_noteDate = dateEdit(tracing, QStringLiteral("leadNoteDate"));
    noteForm->addRow(tr("Da&te:"), m_noteDate);
    m_noteText = lines(tracing, QStringLiteral("leadNoteText"), 3);
    noteForm->addRow(tr("&Note:"), m_noteText);
    tracingLayout->addLayout(noteForm);
    m_addNote = new QPushButton(tr("Add &tracing note"), tracing);
    m_addNote->setObjectName(QStringLiteral("leadAddNote"));
    tracingLayout->addWidget(m_addNote, 0, Qt::AlignRight);
    connect(m_addNote, &QPushButton::clicked, this, [this] { addNote(); });
    tabs->addTab(tracing, tr("Tracing"));

    m_evidence = new EvidencePanel(*m_files, tabs);
    m_evidence->setObjectName(QStringLiteral("leadEvidence"));
    m_evidence->setCaseId(lead.id);
    tabs->addTab(m_evidence, tr("Evidence"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *main = new QVBoxLayout(this);
    main->addWidget(tabs);
    main->addWidget(buttons);
    resize(qMax(sizeHint().width(), 640), sizeHint().height());

    // The lead as given.
    m_date->setDate(lead.date.isValid() ? lead.date : db.today());
    const int source = m_source->findData(lead.sourceKind);
    m_source->setCurrentIndex(source >= 0 ? source : 0);
    m_detail->setText(lead.sourceDetail);
    const int regency = m_regency->findData(lead.regencyCode);
    m_regency->setCurrentIndex(regency >= 0 ? regency : 0);
    m_persons->setPlainText(lead.persons);
    m_agency->setText(lead.agency);
    m_description->setPlainText(lead.description);
    m_informant->setText(lead.informantName);
    m_contact->setText(lead.informantContact);
    m_confidential->setChecked(lead.informantConfidential);
    m_noteDate->setDate(db.today());
    connect(m_source, &QComboBox::currentIndexChanged, this, &LeadDialog::updateSource);
    updateSource();
    showNotes();

    const bool editable = db.allows(Action::EditLeads) && !lead.isClosed();
    if (!editable) {
        for (QWidget *w : form->findChildren<QWidget *>()) {
            if (auto *line = qobject_cast<QLineEdit *>(w))
                line->setReadOnly(true);
            else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
                text->setReadOnly(true);
            else if (!qobject_cast<QLabel *>(w))
                w->setEnabled(false);
        }
        const QString why = lead.isClosed() ? tr("The lead is closed and can no longer be changed.")
                                            : db.refusal(Action::EditLeads);
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        buttons->button(QDialogButtonBox::Save)->setToolTip(why);
        m_noteText->setReadOnly(true);
        m_noteDate->setEnabled(false);
        m_addNote->setToolTip(why);
    }
    m_addNote->setEnabled(editable && lead.id != 0);
    // A withheld informant is shown as withheld, and kept as stored.
    if (lead.informantHidden) {
        m_informant->setReadOnly(true);
        m_contact->setReadOnly(true);
        m_confidential->setEnabled(false);
    }

    if (lead.status == Codes::Lead::NotPursued) {
        m_closing->setText(
            tr("Not pursued since %1: %2")
                .arg(shortMonthDate(lead.closedOn), lead.closeReason.toHtmlEscaped()));
    } else if (lead.status == Codes::Lead::Finding) {
        const QString number = CaseRepository(db).numberOf(lead.caseUuid);
        m_closing->setText(
            tr("Became the finding %1, found on %2.")
                .arg(number.isEmpty() ? lead.caseUuid : number, shortMonthDate(lead.foundOn)));
    } else {
        m_closing->setVisible(false);
    }
}

LeadDialog::~LeadDialog() = default;

void LeadDialog::updateSource()
{
    // Only a member of the public names an informant.
    const bool person = m_source->currentData().toString() == Codes::Lead::Public;
    for (QWidget *w : {static_cast<QWidget *>(m_informantLabel),
                       static_cast<QWidget *>(m_informant), static_cast<QWidget *>(m_contactLabel),
                       static_cast<QWidget *>(m_contact), static_cast<QWidget *>(m_confidential)})
        w->setVisible(person);
}

void LeadDialog::showNotes()
{
    m_notes->clear();
    for (const LeadNote &n : std::as_const(m_lead.notes)) {
        auto *item = new QTreeWidgetItem(m_notes, {shortMonthDate(n.date), n.text});
        item->setToolTip(1, n.text);
    }
}

Lead LeadDialog::lead() const
{
    Lead l = m_lead;
    l.date = m_date->date();
    l.sourceKind = m_source->currentData().toString();
    l.sourceDetail = m_detail->text();
    l.regencyCode = m_regency->currentData().toString();
    l.persons = m_persons->toPlainText();
    l.agency = m_agency->text();
    l.description = m_description->toPlainText();
    const bool person = l.sourceKind == Codes::Lead::Public;
    if (!l.informantHidden) {
        l.informantName = person ? m_informant->text() : QString();
        l.informantContact = person ? m_contact->text() : QString();
        l.informantConfidential = person && m_confidential->isChecked();
    }
    return l;
}

bool LeadDialog::save(QString *error)
{
    Lead l = lead();
    QString why;
    if (!LeadRepository(m_db).save(l, &why)) {
        if (error)
            *error = why;
        else
            QMessageBox::warning(this, tr("The lead cannot be saved"), why);
        return false;
    }
    if (const std::optional<Lead> saved = LeadRepository(m_db).load(l.id))
        m_lead = *saved;
    m_evidence->setCaseId(m_lead.id);
    m_addNote->setEnabled(m_db.allows(Action::EditLeads));
    return true;
}

bool LeadDialog::addNote(QString *error)
{
    // A new lead is saved first, so that the note has a lead to belong to.
    if (m_lead.id == 0 && !save(error))
        return false;
    QString why;
    if (!LeadRepository(m_db).addNote(m_lead.id, m_noteDate->date(), m_noteText->toPlainText(),
                                      &why)) {
        if (error)
            *error = why;
        else
            QMessageBox::warning(this, tr("The tracing note cannot be saved"), why);
        return false;
    }
    if (const std::optional<Lead> saved = LeadRepository(m_db).load(m_lead.id)) {
        m_lead.notes = saved->notes;
        m_lead.status = saved->status;
        m_lead.updatedAt = saved->updatedAt;
    }
    m_noteText->clear();
    showNotes();
    return true;
}

void LeadDialog::accept()
{
    if (save())
        QDialog::accept();
}
