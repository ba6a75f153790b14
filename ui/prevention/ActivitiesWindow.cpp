#include "prevention/ActivitiesWindow.h"

#include "common/Guide.h"
#include "common/PrintPreview.h"
#include "common/SaveFileDialog.h"
#include "common/TableColumns.h"
#include "domain/DateFormat.h"
#include "prevention/ActivityDialog.h"

#include "documents/AppealLetter.h"
#include "documents/CaseDocuments.h"
#include "domain/Codes.h"
#include "domain/Regions.h"
#include "store/ActivityRepository.h"
#include "store/Database.h"
#include "store/LetterBook.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace {
const QString DirKey = QStringLiteral("activities/directory");
enum Column {
    DateColumn,
    KindColumn,
    TitleColumn,
    PlaceColumn,
    RegencyColumn,
    ParticipantsColumn,
    LetterColumn,
    ColumnCount
};
} // namespace

ActivitiesWindow::ActivitiesWindow(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("activitiesWindow"));
    Guide::install(this, QStringLiteral("prevention"));
    setWindowTitle(tr("Prevention activities"));
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("activityYear"));
    m_year->addItem(tr("All years"), 0);
    QList<int> years;
    for (const PreventionActivity &a : ActivityRepository(db).list()) {
        if (!years.contains(a.date.year()))
            years << a.date.year();
    }
    for (const int y : std::as_const(years))
        m_year->addItem(QString::number(y), y);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("activityKindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &code : Codes::all(Codes::Kind::ActivityKind))
        m_kind->addItem(Codes::label(Codes::Kind::ActivityKind, code), code);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_count = new QLabel(this);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Theme or subject"),
                                        tr("Place or addressee"), tr("Regency or city"),
                                        tr("Participants"), tr("Letter number")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    // Every column as wide as its text (a letter number whole); the theme takes the rest, its
    // whole text in the tooltip.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("activityAdd"));
    m_edit = new QPushButton(tr("&Open…"), this);
    m_edit->setObjectName(QStringLiteral("activityEdit"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("activityRemove"));
    m_print = new QPushButton(tr("&Print appeal letter…"), this);
    m_print->setObjectName(QStringLiteral("activityPrintLetter"));
    m_save = new QPushButton(tr("&Save letter as…"), this);
    m_save->setObjectName(QStringLiteral("activitySaveLetter"));
    m_issue = new QPushButton(tr("&Issue letter"), this);
    m_issue->setObjectName(QStringLiteral("activityIssueLetter"));
    m_issue->setToolTip(tr("Give the appeal letter its number from the letter book; until then "
                           "it prints as a draft (KONSEP), without a number."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ActivitiesWindow::add);
    connect(m_edit, &QPushButton::clicked, this, &ActivitiesWindow::edit);
    connect(m_remove, &QPushButton::clicked, this, &ActivitiesWindow::remove);
    connect(m_print, &QPushButton::clicked, this, &ActivitiesWindow::preview);
    connect(m_save, &QPushButton::clicked, this, &ActivitiesWindow::saveLetter);
    connect(m_issue, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Issue letter"),
                                  tr("Issue the appeal letter? It takes the next number of the "
                                     "letter book and today's date.")) != QMessageBox::Yes)
            return;
        QString error;
        if (!issueLetter(&error))
            QMessageBox::warning(this, tr("The letter cannot be issued"), error);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ActivitiesWindow::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ActivitiesWindow::edit);
    connect(m_year, &QComboBox::currentIndexChanged, this, &ActivitiesWindow::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivitiesWindow::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addWidget(m_count, 1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove})
        actions->addWidget(b);
    actions->addStretch(1);
    for (QPushButton *b : {m_print, m_save, m_issue})
        actions->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    refresh();
    resize(1100, 560);
}

void ActivitiesWindow::refresh()
{
    ActivityRepository::Filter filter;
    if (const int year = m_year->currentData().toInt(); year > 0) {
        filter.from = QDate(year, 1, 1);
        filter.to = QDate(year, 12, 31);
    }
    filter.kind = m_kind->currentData().toString();
    m_rows = ActivityRepository(m_db).list(filter);
    const LetterBook book(m_db);
    m_table->setRowCount(int(m_rows.size()));
    int row = 0;
    for (const PreventionActivity &a : std::as_const(m_rows)) {
        QString where = a.isAppeal() ? a.addressee : (a.online ? a.platform : a.place);
        QString number;
        if (a.isAppeal()) {
            const std::optional<Letter> letter = book.find(AppealLetter::documentKey(a));
            number = letter ? letter->number : tr("Not issued");
        }
        const QStringList cells{shortMonthDate(a.date),
                                Codes::label(Codes::Kind::ActivityKind, a.kind),
                                a.title,
                                where,
                                Regions::nameOf(a.regencyCode),
                                a.isAppeal() ? QString() : QLocale().toString(a.participants),
                                number};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == ParticipantsColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    hideWhenAllAlike(m_table, RegencyColumn); // the theme takes its room
    m_count->setText(tr("%Ln activity(ies)", nullptr, int(m_rows.size())));
    updateButtons();
}

std::optional<PreventionActivity> ActivitiesWindow::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || !m_table->selectionModel()->hasSelection())
        return std::nullopt;
    return m_rows.at(row);
}

std::optional<PrintedDocument> ActivitiesWindow::currentLetter() const
{
    const std::optional<PreventionActivity> a = current();
    if (!a || !a->isAppeal())
        return std::nullopt;
    return AppealLetter::build(m_db, *a);
}

void ActivitiesWindow::updateButtons()
{
    const std::optional<PreventionActivity> a = current();
    const bool editable = m_db.allows(Action::EditActivities);
    const QString refusal = editable ? QString() : m_db.refusal(Action::EditActivities);
    m_add->setEnabled(editable);
    m_add->setToolTip(refusal);
    m_edit->setEnabled(a.has_value());
    m_remove->setEnabled(a && editable);
    m_remove->setToolTip(refusal);
    const bool appeal = a && a->isAppeal();
    m_print->setEnabled(appeal);
    m_save->setEnabled(appeal);
    const bool issued = appeal && LetterBook(m_db).find(AppealLetter::documentKey(*a));
    m_issue->setEnabled(appeal && !issued && editable);
}

void ActivitiesWindow::add()
{
    PreventionActivity a;
    a.date = m_db.today();
    a.kind = m_kind->currentData().toString();
    ActivityDialog dialog(m_db, a, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit changed();
}

void ActivitiesWindow::edit()
{
    const std::optional<PreventionActivity> a = current();
    if (!a)
        return;
    ActivityDialog dialog(m_db, *a, this);
    dialog.exec();
    refresh();
    emit changed();
}

void ActivitiesWindow::remove()
{
    const std::optional<PreventionActivity> a = current();
    if (!a)
        return;
    if (QMessageBox::question(this, tr("Remove activity"),
                              tr("Remove the activity \"%1\" with its files? It is deleted from "
                                 "the data file; the change log keeps what it held.")
                                  .arg(a->title),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    QString error;
    if (!ActivityRepository(m_db).remove(a->id, &error))
        QMessageBox::warning(this, tr("The activity cannot be removed"), error);
    refresh();
    emit changed();
}

bool ActivitiesWindow::issueLetter(QString *error)
{
    std::optional<PrintedDocument> letter = currentLetter();
    if (!letter) {
        *error = tr("Select an appeal letter first.");
        return false;
    }
    if (!CaseDocuments::issue(m_db, *letter, error))
        return false;
    const int row = m_table->currentRow();
    refresh();
    m_table->selectRow(row);
    return true;
}

void ActivitiesWindow::preview()
{
    const std::optional<PrintedDocument> letter = currentLetter();
    if (!letter)
        return;
    PrintPreview::show(*letter, PrintedDocument::Paper::A4, QStringLiteral("appealLetterPreview"),
                       tr("The letter cannot be printed"), this);
}

void ActivitiesWindow::saveLetter()
{
    const std::optional<PreventionActivity> a = current();
    const std::optional<PrintedDocument> letter = currentLetter();
    if (!a || !letter)
        return;
    SaveFileDialog save;
    save.objectName = QStringLiteral("appealLetterSaveDialog");
    save.title = tr("Save appeal letter");
    save.folderKey = DirKey;
    save.suggestedName = QStringLiteral("Surat imbauan - %1 - %2.pdf")
                             .arg(a->addressee, a->date.toString(Qt::ISODate));
    save.defaultSuffix = QStringLiteral("pdf");
    save.nameFilters = QStringList{tr("PDF on A4 paper (*.pdf)"), tr("PDF on F4 paper (*.pdf)"),
                                   tr("Editable copy, OpenDocument text (*.odt)")};
    int filter = 0;
    const QString path = save.ask(this, &filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = filter == 2 ? letter->toOdt(path, PrintedDocument::Paper::A4, &error)
                                : letter->toPdf(path,
                                                filter == 1 ? PrintedDocument::Paper::F4
                                                            : PrintedDocument::Paper::A4,
                                                &error);
    if (!ok)
        QMessageBox::warning(this, tr("The letter cannot be saved"), error);
}
