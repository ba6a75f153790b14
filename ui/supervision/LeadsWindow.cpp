#include "supervision/LeadsWindow.h"

#include "common/Guide.h"
#include "common/TableColumns.h"
#include "common/WindowGeometry.h"
#include "domain/DateFormat.h"
#include "supervision/LeadDialog.h"

#include "domain/Codes.h"
#include "domain/Regions.h"
#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/LeadRepository.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

namespace {
enum Column {
    DateColumn,
    SourceColumn,
    DescriptionColumn,
    ConcernsColumn,
    RegencyColumn,
    StatusColumn,
    CaseColumn,
    ColumnCount
};

QDateEdit *dateEdit(QWidget *parent, const QString &name, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(shortDateFormat());
    return edit;
}

QComboBox *codes(QWidget *parent, const QString &name, Codes::Kind kind)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    for (const QString &code : Codes::all(kind))
        box->addItem(Codes::label(kind, code), code);
    return box;
}
} // namespace

LeadsWindow::LeadsWindow(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("leadsWindow"));
    Guide::install(this, QStringLiteral("leads"));
    setWindowTitle(tr("Supervision leads"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("leadStatusFilter"));
    m_status->addItem(tr("All"), QString());
    for (const QString &code : Codes::all(Codes::Kind::LeadStatus))
        m_status->addItem(Codes::label(Codes::Kind::LeadStatus, code), code);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("leadCount"));

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Source"), tr("Description"),
                                        tr("Concerning"), tr("Regency or city"), tr("Status"),
                                        tr("Finding")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    // The persons and agency at a fixed width (their whole text in the tooltip), so that the
    // description keeps the rest.
    m_table->horizontalHeader()->setSectionResizeMode(ConcernsColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ConcernsColumn, 180);
    m_table->viewport()->installEventFilter(this);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("leadAdd"));
    m_edit = new QPushButton(tr("&Open…"), this);
    m_edit->setObjectName(QStringLiteral("leadEdit"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("leadRemove"));
    m_close = new QPushButton(tr("&Not pursued…"), this);
    m_close->setObjectName(QStringLiteral("leadNotPursued"));
    m_finding = new QPushButton(tr("&Turn into finding…"), this);
    m_finding->setObjectName(QStringLiteral("leadTurnIntoFinding"));
    m_openCase = new QPushButton(tr("Open &finding"), this);
    m_openCase->setObjectName(QStringLiteral("leadOpenCase"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &LeadsWindow::add);
    connect(m_edit, &QPushButton::clicked, this, &LeadsWindow::edit);
    connect(m_remove, &QPushButton::clicked, this, &LeadsWindow::remove);
    connect(m_close, &QPushButton::clicked, this, &LeadsWindow::askNotPursued);
    connect(m_finding, &QPushButton::clicked, this, &LeadsWindow::askFinding);
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        const std::optional<Lead> l = current();
        if (!l)
            return;
        if (const std::optional<Case> c = CaseRepository(m_db).stored(l->caseUuid))
            emit openCase(c->id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LeadsWindow::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &LeadsWindow::edit);
    connect(m_status, &QComboBox::currentIndexChanged, this, &LeadsWindow::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(statusLabel);
    top->addWidget(m_status);
    top->addWidget(m_count, 1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove})
        actions->addWidget(b);
    actions->addStretch(1);
    for (QPushButton *b : {m_close, m_finding, m_openCase})
        actions->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    refresh();
    // Wide enough that the description, after the columns sized to their contents, shows a
    // line's worth (some 340 px); a smaller screen fits the window to itself.
    WindowGeometry::resize(this, QSize(1240, 600));
}

void LeadsWindow::fitDescription()
{
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        if (column != DescriptionColumn && !m_table->isColumnHidden(column))
            others += header->sectionSize(column);
    }
    const int least = m_table->fontMetrics().averageCharWidth() * 30;
    const bool stretch = m_table->viewport()->width() - others >= least;
    header->setSectionResizeMode(DescriptionColumn,
                                 stretch ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (!stretch)
        header->resizeSection(DescriptionColumn, least);
}

bool LeadsWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitDescription();
    return QDialog::eventFilter(watched, event);
}

void LeadsWindow::refresh()
{
    LeadRepository::Filter filter;
    filter.status = m_status->currentData().toString();
    m_rows = LeadRepository(m_db).list(filter);
    const CaseRepository cases(m_db);
    m_table->setRowCount(int(m_rows.size()));
    int row = 0;
    for (const Lead &l : std::as_const(m_rows)) {
        const QString number = l.caseUuid.isEmpty() ? QString() : cases.numberOf(l.caseUuid);
        QStringList concerns = l.personList();
        if (!l.agency.isEmpty())
            concerns << l.agency;
        const QStringList cells{shortMonthDate(l.date),
                                Codes::label(Codes::Kind::LeadSource, l.sourceKind),
                                l.description.simplified(),
                                concerns.join(QLatin1String(", ")),
                                Regions::nameOf(l.regencyCode),
                                Codes::label(Codes::Kind::LeadStatus, l.status),
                                number};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == SourceColumn ? l.sourceDetail : cells.at(c));
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    hideWhenAllAlike(m_table, RegencyColumn); // the description takes its room
    fitDescription();
    m_count->setText(tr("%Ln lead(s)", nullptr, int(m_rows.size())));
    updateButtons();
}

std::optional<Lead> LeadsWindow::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || !m_table->selectionModel()->hasSelection())
        return std::nullopt;
    return LeadRepository(m_db).load(m_rows.at(row).id);
}

void LeadsWindow::updateButtons()
{
    const std::optional<Lead> l = current();
    const bool editable = m_db.allows(Action::EditLeads);
    const bool closes = m_db.allows(Action::CloseLeads);
    const bool open = l && !l->isClosed();
    m_add->setEnabled(editable);
    m_add->setToolTip(editable ? QString() : m_db.refusal(Action::EditLeads));
    m_edit->setEnabled(l.has_value());
    m_remove->setEnabled(open && editable);
    m_remove->setToolTip(editable ? QString() : m_db.refusal(Action::EditLeads));
    for (QPushButton *b : {m_close, m_finding}) {
        b->setEnabled(open && closes);
        b->setToolTip(closes ? QString() : m_db.refusal(Action::CloseLeads));
    }
    m_openCase->setEnabled(l && !l->caseUuid.isEmpty());
}

void LeadsWindow::add()
{
    Lead l;
    l.date = m_db.today();
    LeadDialog dialog(m_db, l, this);
    dialog.exec();
    refresh();
    emit changed();
}

void LeadsWindow::edit()
{
    const std::optional<Lead> l = current();
    if (!l)
        return;
    LeadDialog dialog(m_db, *l, this);
    dialog.exec();
    const int row = m_table->currentRow();
    refresh();
    m_table->selectRow(row);
    emit changed();
}

void LeadsWindow::remove()
{
    const std::optional<Lead> l = current();
    if (!l)
        return;
    if (QMessageBox::question(this, tr("Remove lead"),
                              tr("Remove the lead of %1 with its notes and evidence? It is "
                                 "deleted from the data file; the change log keeps what it held.")
                                  .arg(shortMonthDate(l->date)),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    QString error;
    if (!LeadRepository(m_db).remove(l->id, &error))
        QMessageBox::warning(this, tr("The lead cannot be removed"), error);
    refresh();
    emit changed();
}

bool LeadsWindow::notPursued(const QDate &date, const QString &reason, QString *error)
{
    const std::optional<Lead> l = current();
    if (!l) {
        *error = tr("Select a lead first.");
        return false;
    }
    if (!LeadRepository(m_db).closeNotPursued(l->id, date, reason, error))
        return false;
    const int row = m_table->currentRow();
    refresh();
    m_table->selectRow(row);
    emit changed();
    return true;
}

bool LeadsWindow::turnIntoFinding(const QDate &foundOn, Case finding, QString *error)
{
    const std::optional<Lead> l = current();
    if (!l) {
        *error = tr("Select a lead first.");
        return false;
    }
    if (!LeadRepository(m_db).turnIntoFinding(l->id, foundOn, finding, error))
        return false;
    const int row = m_table->currentRow();
    refresh();
    m_table->selectRow(row);
    emit changed();
    emit openCase(finding.id);
    return true;
}

void LeadsWindow::askNotPursued()
{
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("leadNotPursuedDialog"));
    ask.setWindowTitle(tr("Lead not pursued"));
    auto *form = new QFormLayout(&ask);
    QDateEdit *date = dateEdit(&ask, QStringLiteral("leadClosedOn"), m_db.today());
    form->addRow(tr("&Date:"), date);
    auto *reason = new QPlainTextEdit(&ask);
    reason->setObjectName(QStringLiteral("leadCloseReason"));
    reason->setTabChangesFocus(true);
    form->addRow(tr("&Reason:"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &ask, [&] {
        QString error;
        if (notPursued(date->date(), reason->toPlainText(), &error))
            ask.accept();
        else
            QMessageBox::warning(&ask, tr("The lead cannot be closed"), error);
    });
    ask.exec();
}

void LeadsWindow::askFinding()
{
    const std::optional<Lead> l = current();
    if (!l)
        return;
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("leadFindingDialog"));
    ask.setWindowTitle(tr("Turn into finding"));
    auto *form = new QFormLayout(&ask);
    auto *hint = new QLabel(tr("A new finding case is made from the lead. Its seven days to be "
                               "set count from the date it was found."),
                            &ask);
    hint->setWordWrap(true);
    form->addRow(hint);
    QDateEdit *found = dateEdit(&ask, QStringLiteral("leadFoundOn"), m_db.today());
    found->setMinimumDate(l->date);
    found->setMaximumDate(m_db.today());
    form->addRow(tr("&Found on:"), found);
    QComboBox *election = codes(&ask, QStringLiteral("leadElection"), Codes::Kind::Election);
    form->addRow(tr("&Election:"), election);
    QComboBox *category =
        codes(&ask, QStringLiteral("leadCategory"), Codes::Kind::ViolationCategory);
    form->addRow(tr("&Violation category:"), category);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &ask, [&] {
        Case c;
        c.election = election->currentData().toString();
        c.violationCategory = category->currentData().toString();
        QString error;
        if (turnIntoFinding(found->date(), c, &error))
            ask.accept();
        else
            QMessageBox::warning(&ask, tr("The lead cannot be turned into a finding"), error);
    });
    ask.exec();
}
