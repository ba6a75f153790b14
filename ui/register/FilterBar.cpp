#include "register/FilterBar.h"

#include "common/FlowLayout.h"
#include "domain/DateFormat.h"

#include "domain/Codes.h"
#include "domain/Regions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QComboBox *combo(QWidget *parent, const char *name)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    // As wide as its longest entry, so that no label is cut (entriesChanged); the entry chosen
    // in the tooltip.
    c->setMinimumContentsLength(12);
    QObject::connect(c, &QComboBox::currentIndexChanged, c,
                     [c] { c->setToolTip(c->currentText()); });
    return c;
}

// Each entry's whole text in its tooltip, the combo's tooltip the entry chosen, and the combo
// as wide as its longest entry. Qt's default sizes a combo once, when it is first shown; once
// shown, it follows its entries (AdjustToContents). Set from the start, that policy would make
// each combo build its popup at once: 1.4 ms of the register's open for the seven.
void entriesChanged(QComboBox *c)
{
    for (int i = 0; i < c->count(); ++i)
        c->setItemData(i, c->itemText(i), Qt::ToolTipRole);
    c->setToolTip(c->currentText());
    if (c->isVisible())
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

QString current(const QComboBox *c)
{
    return c->currentData().toString();
}

void select(QComboBox *c, const QString &code)
{
    const int i = c->findData(code);
    c->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    // Made in the order they are shown, which is the order Tab goes through them.
    m_status = combo(this, "statusFilter");
    m_source = combo(this, "sourceFilter");
    m_election = combo(this, "electionFilter");
    m_deadline = combo(this, "deadlineFilter");
    m_category = combo(this, "categoryFilter");
    m_position = combo(this, "positionFilter");
    m_regency = combo(this, "regencyFilter");
    m_useDates = new QCheckBox(this);
    m_useDates->setObjectName(QStringLiteral("dateFilter"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("filterSummary"));
    m_summary->setWordWrap(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    // The filters side by side at their full widths, on as many lines as the window's width
    // needs (FlowLayout): every entry whole, at 1,100 pixels as at 1,366. The room left on a line
    // goes to the search field, and to the dates' row, whose button it pushes to the right.
    auto *dates = new QWidget(this);
    dates->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *datesRow = new QHBoxLayout(dates);
    datesRow->setContentsMargins(0, 0, 0, 0);
    datesRow->addWidget(m_useDates);
    datesRow->addWidget(m_from);
    m_and = new QLabel(dates);
    m_and->setEnabled(false);
    datesRow->addWidget(m_and);
    datesRow->addWidget(m_to);
    datesRow->addStretch();
    datesRow->addWidget(m_clear);
    auto *flow = new FlowLayout;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_search, m_status, m_source, m_election, m_deadline,
                                          m_category, m_position, m_regency, dates})
        flow->addWidget(w);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(4, 4, 4, 4);
    column->addLayout(flow);
    column->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::emitChanged);
    for (QComboBox *c :
         {m_status, m_source, m_election, m_regency, m_category, m_position, m_deadline})
        connect(c, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        m_and->setEnabled(on);
        emitChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clear);
    retranslate();
}

void FilterBar::fillCodes(QComboBox *c, int kind)
{
    const QString selected = current(c);
    c->clear();
    c->addItem(QString(), QString()); // the "all" entry, labelled by retranslate()
    for (const QString &code : Codes::all(Codes::Kind(kind)))
        c->addItem(Codes::label(Codes::Kind(kind), code), code);
    select(c, selected);
}

void FilterBar::retranslate()
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_search->setPlaceholderText(tr("Search number, name, NIP, agency or description (Ctrl+F)"));
    // Wide enough for its hint whole, beside the clear button and the frame.
    m_search->setMinimumWidth(
        m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) +
        m_search->sizeHint().height() + 16);
    fillCodes(m_status, int(Codes::Kind::Status));
    fillCodes(m_source, int(Codes::Kind::Source));
    fillCodes(m_election, int(Codes::Kind::Election));
    fillCodes(m_category, int(Codes::Kind::ViolationCategory));
    fillCodes(m_position, int(Codes::Kind::PositionCategory));
    m_status->setItemText(0, tr("All statuses"));
    m_source->setItemText(0, tr("Reports and findings"));
    m_election->setItemText(0, tr("All elections"));
    m_category->setItemText(0, tr("All violation categories"));
    m_position->setItemText(0, tr("All positions"));

    const QString deadline = current(m_deadline);
    m_deadline->clear();
    m_deadline->addItem(tr("Any deadline"), QString());
    m_deadline->addItem(tr("Late"), QStringLiteral("late"));
    m_deadline->addItem(tr("Due today"), QStringLiteral("due_today"));
    m_deadline->addItem(tr("Due within 3 days"), QStringLiteral("due_soon"));
    select(m_deadline, deadline);
    setRegencies(m_regencyCodes);

    m_useDates->setText(tr("Received between"));
    m_and->setText(tr("and"));
    for (QDateEdit *d : {m_from, m_to})
        d->setDisplayFormat(shortDateFormat());
    for (QComboBox *c :
         {m_status, m_source, m_election, m_regency, m_category, m_position, m_deadline})
        entriesChanged(c);
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every case (Ctrl+Shift+L)"));
    updateSummary();
}

void FilterBar::setRegencies(const QStringList &codes)
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_regencyCodes = codes;
    const QString selected = current(m_regency);
    m_regency->clear();
    m_regency->addItem(tr("All regencies and cities"), QString());
    for (const QString &code : codes) {
        m_regency->addItem(Regions::nameOf(code), code);
    }
    select(m_regency, selected);
    entriesChanged(m_regency);
}

CaseFilter FilterBar::filter() const
{
    CaseFilter f;
    f.statuses = current(m_status).split(QLatin1Char(','), Qt::SkipEmptyParts);
    f.source = current(m_source);
    f.election = current(m_election);
    f.regencyCode = current(m_regency);
    f.violationCategory = current(m_category);
    f.positionCategory = current(m_position);
    f.deadlineState = current(m_deadline);
    if (m_useDates->isChecked()) {
        f.receivedFrom = m_from->date();
        f.receivedTo = m_to->date();
    }
    f.text = m_search->text().trimmed();
    return f;
}

void FilterBar::setFilter(const CaseFilter &f)
{
    {
        const QScopedValueRollback<bool> updating(m_updating, true);
        // Several statuses (from a chart, for example) show as one entry of their own.
        const QString statuses = f.statuses.join(QLatin1Char(','));
        if (f.statuses.size() > 1 && m_status->findData(statuses) < 0) {
            QStringList labels;
            for (const QString &code : f.statuses)
                labels << Codes::label(Codes::Kind::Status, code);
            m_status->addItem(labels.join(QStringLiteral(", ")), statuses);
            entriesChanged(m_status);
        }
        select(m_status, statuses);
        select(m_source, f.source);
        select(m_election, f.election);
        if (!f.regencyCode.isEmpty() && m_regency->findData(f.regencyCode) < 0)
            setRegencies(m_regencyCodes + QStringList{f.regencyCode});
        select(m_regency, f.regencyCode);
        select(m_category, f.violationCategory);
        select(m_position, f.positionCategory);
        select(m_deadline, f.deadlineState);
        const bool dates = f.receivedFrom.isValid() || f.receivedTo.isValid();
        m_useDates->setChecked(dates);
        if (f.receivedFrom.isValid())
            m_from->setDate(f.receivedFrom);
        if (f.receivedTo.isValid())
            m_to->setDate(f.receivedTo);
        m_search->setText(f.text);
        m_searchDelay->stop();
    }
    emitChanged();
}

void FilterBar::clear()
{
    setFilter(CaseFilter());
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::emitChanged()
{
    if (m_updating)
        return;
    updateSummary();
    emit filterChanged(filter());
}

void FilterBar::updateSummary()
{
    QStringList parts;
    for (QComboBox *c :
         {m_status, m_source, m_election, m_regency, m_category, m_position, m_deadline}) {
        if (!current(c).isEmpty())
            parts << c->currentText();
    }
    if (m_useDates->isChecked())
        parts << tr("received %1 to %2")
                     .arg(shortMonthDate(m_from->date()), shortMonthDate(m_to->date()));
    if (!m_search->text().trimmed().isEmpty())
        parts << tr("text \"%1\"").arg(m_search->text().trimmed());
    m_summary->setText(parts.isEmpty()
                           ? tr("Showing every case.")
                           : tr("Filter in use: %1").arg(parts.join(QStringLiteral(" · "))));
    m_clear->setEnabled(!parts.isEmpty());
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
