#include "case/CaseForm.h"
#include "common/Colours.h"
#include "common/ReadOnly.h"

#include "case/PartyTableEditor.h"
#include "domain/Codes.h"
#include "domain/Deadlines.h"
#include "domain/ProcedureProfile.h"
#include "domain/Regions.h"
#include "store/CaseRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace {

const QDate Unknown(1990, 1, 1);

template <typename W> W *named(W *w, const char *name)
{
    w->setObjectName(QLatin1String(name));
    return w;
}

void fillCodes(QComboBox *c, Codes::Kind kind, bool withEmpty)
{
    const QString selected = c->currentData().toString();
    c->clear();
    if (withEmpty)
        c->addItem(QStringLiteral("—"), QString());
    for (const QString &code : Codes::all(kind))
        c->addItem(Codes::label(kind, code), code);
    const int i = c->findData(selected);
    c->setCurrentIndex(i < 0 ? 0 : i);
}

void select(QComboBox *c, const QString &code)
{
    const int i = c->findData(code);
    if (i >= 0)
        c->setCurrentIndex(i);
}

} // namespace

CaseForm::CaseForm(Database &db, CaseRepository &repo, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("caseForm"));
    m_source = named(new QComboBox(this), "sourceCombo");
    m_election = named(new QComboBox(this), "electionCombo");
    m_regency = named(new QComboBox(this), "regencyCombo");
    m_regency->setEditable(true);
    m_regency->setInsertPolicy(QComboBox::NoInsert);
    for (const Regions::Region &r : Regions::shipped().regencies())
        m_regency->addItem(r.title, r.code);
    m_district = named(new QComboBox(this), "districtCombo");
    m_place = named(new QLineEdit(this), "placeEdit");
    m_eventDate = named(new QDateEdit(this), "eventDate");
    m_knownDate = named(new QDateEdit(this), "knownDate");
    m_receivedDate = named(new QDateEdit(this), "receivedDate");
    for (QDateEdit *d : {m_eventDate, m_knownDate, m_receivedDate}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(Unknown);
        d->setMaximumDate(QDate(2100, 12, 31));
    }
    m_filingWarning = named(new QLabel(this), "filingWarning");
    m_filingWarning->setWordWrap(true);
    m_filingWarning->setStyleSheet(
        Colours::textStyle(Colours::Error, QStringLiteral("font-weight: bold")));
    m_filingWarning->hide();

    m_reporterBox = named(new QGroupBox(this), "reporterBox");
    m_reporterName = named(new QLineEdit(m_reporterBox), "reporterName");
    m_reporterAddress = named(new QLineEdit(m_reporterBox), "reporterAddress");
    m_reporterContact = named(new QLineEdit(m_reporterBox), "reporterContact");
    m_confidential = named(new QCheckBox(m_reporterBox), "reporterConfidential");
    m_reveal = named(new QPushButton(m_reporterBox), "revealReporter");
    m_reveal->hide();
    m_category = named(new QComboBox(this), "categoryCombo");
    m_description = named(new QPlainTextEdit(this), "descriptionEdit");
    m_description->setTabChangesFocus(true);
    m_parties = new PartyTableEditor(repo, this);
    m_numbers = named(new QLabel(this), "caseNumbers");
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels << l;
        return l;
    };
    auto *where = new QFormLayout;
    where->addRow(label(m_source), m_source);
    where->addRow(label(m_election), m_election);
    where->addRow(label(m_regency), m_regency);
    where->addRow(label(m_district), m_district);
    where->addRow(label(m_place), m_place);
    auto *when = new QFormLayout;
    when->addRow(label(m_eventDate), m_eventDate);
    when->addRow(label(m_knownDate), m_knownDate);
    when->addRow(label(m_receivedDate), m_receivedDate);
    when->addRow(m_filingWarning);
    auto *top = new QHBoxLayout;
    top->addLayout(where, 1);
    top->addLayout(when, 1);

    auto *reporter = new QFormLayout(m_reporterBox);
    reporter->addRow(label(m_reporterName), m_reporterName);
    reporter->addRow(label(m_reporterAddress), m_reporterAddress);
    reporter->addRow(label(m_reporterContact), m_reporterContact);
    reporter->addRow(m_confidential);
    reporter->addRow(m_reveal);

    auto *what = new QFormLayout;
    what->addRow(label(m_category), m_category);
    what->addRow(label(m_description), m_description);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_numbers);
    layout->addLayout(top);
    layout->addWidget(m_reporterBox);
    layout->addWidget(m_parties, 1);
    layout->addLayout(what);

    // Tab order follows the paper form: where and when, the reporter, the persons, the event.
    setTabOrder(m_source, m_election);
    setTabOrder(m_election, m_regency);
    setTabOrder(m_regency, m_district);
    setTabOrder(m_district, m_place);
    setTabOrder(m_place, m_eventDate);
    setTabOrder(m_eventDate, m_knownDate);
    setTabOrder(m_knownDate, m_receivedDate);
    setTabOrder(m_receivedDate, m_reporterName);
    setTabOrder(m_reporterName, m_reporterAddress);
    setTabOrder(m_reporterAddress, m_reporterContact);
    setTabOrder(m_reporterContact, m_confidential);
    setTabOrder(m_confidential, m_parties);
    setTabOrder(m_parties, m_category);
    setTabOrder(m_category, m_description);

    auto emitChanged = [this] {
        if (!m_loading)
            emit changed();
    };
    for (QComboBox *c : {m_source, m_election, m_district, m_category})
        connect(c, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_regency, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        updateDistricts();
        emitChanged();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, &CaseForm::updateForSource);
    for (QLineEdit *e : {m_place, m_reporterName, m_reporterAddress, m_reporterContact})
        connect(e, &QLineEdit::textEdited, this, emitChanged);
    for (QDateEdit *d : {m_eventDate, m_knownDate, m_receivedDate}) {
        connect(d, &QDateEdit::dateChanged, this, emitChanged);
        connect(d, &QDateEdit::dateChanged, this, &CaseForm::updateFilingWarning);
    }
    connect(m_election, &QComboBox::currentIndexChanged, this, &CaseForm::updateFilingWarning);
    connect(m_source, &QComboBox::currentIndexChanged, this, &CaseForm::updateFilingWarning);
    connect(m_confidential, &QCheckBox::toggled, this, emitChanged);
    connect(m_reveal, &QPushButton::clicked, this, &CaseForm::revealRequested);
    connect(m_description, &QPlainTextEdit::textChanged, this, emitChanged);
    connect(m_parties, &PartyTableEditor::changed, this, emitChanged);
    retranslate();
}

void CaseForm::retranslate()
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    fillCodes(m_source, Codes::Kind::Source, false);
    fillCodes(m_election, Codes::Kind::Election, false);
    fillCodes(m_category, Codes::Kind::ViolationCategory, true);
    const char *const texts[] = {
        QT_TR_NOOP("&Source:"),         QT_TR_NOOP("&Election:"),
        QT_TR_NOOP("Re&gency/city:"),   QT_TR_NOOP("&District:"),
        QT_TR_NOOP("&Place:"),          QT_TR_NOOP("Event &happened on:"),
        QT_TR_NOOP("Event &known on:"), QT_TR_NOOP("&Received on:"),
        QT_TR_NOOP("&Name:"),           QT_TR_NOOP("&Address:"),
        QT_TR_NOOP("&Phone/e-mail:"),   QT_TR_NOOP("Violation &category:"),
        QT_TR_NOOP("Descri&ption:"),
    };
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(tr(texts[i]));
    m_reporterBox->setTitle(tr("Reporter"));
    m_confidential->setText(tr("Keep the reporter's identity &confidential"));
    m_reveal->setText(tr("Show the &identity (the reveal is logged)"));
    for (QLineEdit *e : {m_reporterName, m_reporterAddress, m_reporterContact})
        e->setPlaceholderText(m_hidden ? tr("confidential: hidden") : QString());
    m_confidential->setToolTip(
        tr("A confidential reporter is hidden from lists, prints and exports for anyone not "
           "allowed to see it."));
    m_place->setPlaceholderText(tr("where it happened, e.g. balai desa, a social media account"));
    m_description->setPlaceholderText(tr("What happened, as the reporter tells it"));
    for (QDateEdit *d : {m_eventDate, m_knownDate, m_receivedDate}) {
        d->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
        d->setSpecialValueText(tr("unknown"));
    }
    updateFilingWarning();
}

QDate CaseForm::dateOf(const QDateEdit *edit) const
{
    return edit->date() == Unknown ? QDate() : edit->date();
}

void CaseForm::setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : Unknown);
}

void CaseForm::setCase(const Case &c)
{
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        select(m_source, c.source);
        select(m_election, c.election);
        select(m_regency, c.regencyCode);
        updateDistricts();
        select(m_district, c.districtCode);
        m_place->setText(c.eventPlace);
        setDate(m_eventDate, c.eventDate);
        setDate(m_knownDate, c.knownDate);
        setDate(m_receivedDate, c.receivedDate);
        m_reporterName->setText(c.reporterName);
        m_reporterAddress->setText(c.reporterAddress);
        m_reporterContact->setText(c.reporterContact);
        m_confidential->setChecked(c.reporterConfidential);
        // A withheld identity is neither shown nor typed over; only those who may see it lift
        // the confidentiality.
        m_hidden = c.reporterHidden;
        for (QLineEdit *e : {m_reporterName, m_reporterAddress, m_reporterContact}) {
            e->setReadOnly(m_hidden || !m_editable);
            e->setPlaceholderText(m_hidden ? tr("confidential: hidden") : QString());
        }
        m_confidential->setEnabled(m_editable && !m_hidden);
        m_reveal->setVisible(m_hidden && m_db.allows(Action::SeeConfidential));
        select(m_category, c.violationCategory);
        if (m_description->toPlainText() != c.description)
            m_description->setPlainText(c.description);
        m_parties->setParties(c.parties);
        // Once registered, what the registration rests on is no longer changed here.
        m_registered = c.registeredDate.isValid();
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_source, m_election, m_regency, m_receivedDate})
            w->setEnabled(!m_registered && m_editable);
        QStringList numbers;
        if (!c.receiptNumber.isEmpty())
            numbers << tr("Receipt number: %1").arg(c.receiptNumber);
        if (!c.registrationNumber.isEmpty())
            numbers << tr("Registration number: %1").arg(c.registrationNumber);
        m_numbers->setText(numbers.isEmpty()
                               ? tr("New case: the receipt number is given on saving.")
                               : numbers.join(QStringLiteral("    ")));
    }
    updateForSource();
    updateFilingWarning();
}

void CaseForm::makeReadOnly()
{
    m_editable = false;
    ::makeReadOnly(this);
    m_reveal->setEnabled(true);
}

void CaseForm::showReporter(const QString &name, const QString &address, const QString &contact)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_hidden = false;
    m_reporterName->setText(name);
    m_reporterAddress->setText(address);
    m_reporterContact->setText(contact);
    for (QLineEdit *e : {m_reporterName, m_reporterAddress, m_reporterContact}) {
        e->setReadOnly(!m_editable);
        e->setPlaceholderText(QString());
    }
    m_confidential->setEnabled(m_editable);
    m_reveal->hide();
}

Case CaseForm::apply(Case c) const
{
    c.source = m_source->currentData().toString();
    c.election = m_election->currentData().toString();
    c.regencyCode = m_regency->currentData().toString();
    c.districtCode = m_district->currentData().toString();
    c.eventPlace = m_place->text().trimmed();
    c.eventDate = dateOf(m_eventDate);
    c.knownDate = dateOf(m_knownDate);
    c.receivedDate = dateOf(m_receivedDate);
    const bool report = c.source == Codes::Source::Report;
    c.reporterName = report ? m_reporterName->text().trimmed() : QString();
    c.reporterAddress = report ? m_reporterAddress->text().trimmed() : QString();
    c.reporterContact = report ? m_reporterContact->text().trimmed() : QString();
    c.reporterConfidential = report && m_confidential->isChecked();
    c.reporterHidden = report && m_hidden;
    c.violationCategory = m_category->currentData().toString();
    c.description = m_description->toPlainText().trimmed();
    c.parties = m_parties->parties();
    if (!c.registeredDate.isValid())
        c.profileId.clear(); // chosen again from the election and date when saved
    return c;
}

void CaseForm::updateDistricts()
{
    const QString selected = m_district->currentData().toString();
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_district->clear();
    m_district->addItem(QStringLiteral("—"), QString());
    for (const Regions::Region &d :
         Regions::shipped().districts(m_regency->currentData().toString()))
        m_district->addItem(d.title, d.code);
    select(m_district, selected);
}

void CaseForm::updateForSource()
{
    // A finding is set by the office itself: its intake has no reporter.
    m_reporterBox->setVisible(m_source->currentData().toString() == Codes::Source::Report);
}

void CaseForm::updateFilingWarning()
{
    Case c = apply(Case());
    const ProcedureProfile *profile = ProfileRegistry::shipped().forCase(
        c.election, c.receivedDate.isValid() ? c.receivedDate : m_db.today());
    QString warning;
    if (profile && c.knownDate.isValid() && c.receivedDate.isValid()) {
        const QString id = c.source == Codes::Source::Finding ? QStringLiteral("finding")
                                                              : QStringLiteral("filing");
        const DeadlineRule *rule = profile->deadline(id);
        if (rule && (rule->sources.isEmpty() || rule->sources.contains(c.source))) {
            const QDate due = DeadlineCalculator(m_db.calendar()).dueDate(*rule, c.knownDate, 0);
            if (c.receivedDate > due)
                warning = (rule->workingDays
                               ? tr("Received after the %n-working-day window, which ended on %1. "
                                    "The case can be recorded but not registered.",
                                    nullptr, rule->days)
                               : tr("Received after the %n-day window, which ended on %1. The "
                                    "case can be recorded but not registered.",
                                    nullptr, rule->days))
                              .arg(QLocale().toString(due, QStringLiteral("dddd, d MMMM yyyy")));
        }
    }
    if (c.knownDate.isValid() && c.eventDate.isValid() && c.knownDate < c.eventDate)
        warning = tr("The event cannot have become known before it happened.");
    m_filingWarning->setText(warning);
    m_filingWarning->setVisible(!warning.isEmpty());
}

void CaseForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
