#include "case/PartyTableEditor.h"
#include "common/Colours.h"
#include "common/TextWidth.h"

#include "domain/Codes.h"
#include "domain/Nip.h"
#include "store/CaseRepository.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <functional>

namespace {

// Persons who are not civil servants carry any identifier (an NIK, a police number, none).
bool isFreeIdentifier(const QString &category)
{
    static const QStringList free{QStringLiteral("honorer"), QStringLiteral("kepala_desa"),
                                  QStringLiteral("perangkat_desa"), QStringLiteral("tni_polri"),
                                  QStringLiteral("lainnya")};
    return free.contains(category);
}

struct NipCheck
{
    enum State { Empty, Free, Valid, Invalid };
    State state = Empty;
    Nip nip;
};

NipCheck checkNipText(const QString &text, const QString &category)
{
    NipCheck check;
    if (text.trimmed().isEmpty())
        return check;
    if (isFreeIdentifier(category)) {
        check.state = NipCheck::Free;
        return check;
    }
    check.nip = Nip::parse(text, category == QLatin1String("pppk"));
    check.state = check.nip.valid ? NipCheck::Valid : NipCheck::Invalid;
    return check;
}

const QColor errorText(0xb0, 0x00, 0x20);
const QColor errorBackground(0xff, 0xdd, 0xdd);

// Combo boxes for the coded columns, line edits with completion for agency and position title.
// Every editor commits while it is being edited: the NIP is checked as it is typed, and the
// form never saves less than what is on screen.
class PartyDelegate : public QStyledItemDelegate
{
public:
    using Completions = std::function<QStringList(int column, int exceptRow)>;

    PartyDelegate(Completions completions, QObject *parent)
        : QStyledItemDelegate(parent), m_completions(std::move(completions))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        auto *self = const_cast<PartyDelegate *>(this);
        const int column = index.column();
        if (column == PartyTableEditor::RoleColumn || column == PartyTableEditor::CategoryColumn) {
            const bool role = column == PartyTableEditor::RoleColumn;
            const Codes::Kind kind = role ? Codes::Kind::PartyRole : Codes::Kind::PositionCategory;
            auto *combo = new QComboBox(parent);
            combo->setObjectName(role ? QStringLiteral("roleEditor")
                                      : QStringLiteral("positionCategoryEditor"));
            if (!role)
                combo->addItem(QString(), QString());
            for (const QString &code : Codes::all(kind))
                combo->addItem(Codes::label(kind, code), code);
            QObject::connect(combo, &QComboBox::currentIndexChanged, self,
                             [self, combo] { emit self->commitData(combo); });
            return combo;
        }
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        switch (column) {
        case PartyTableEditor::NameColumn:
            edit->setObjectName(QStringLiteral("nameEditor"));
            break;
        case PartyTableEditor::NipColumn:
            edit->setObjectName(QStringLiteral("nipEditor"));
            break;
        case PartyTableEditor::TitleColumn:
            edit->setObjectName(QStringLiteral("positionTitleEditor"));
            break;
        case PartyTableEditor::AgencyColumn:
            edit->setObjectName(QStringLiteral("agencyEditor"));
            break;
        default:
            break;
        }
        if (column == PartyTableEditor::AgencyColumn || column == PartyTableEditor::TitleColumn) {
            auto *completer = new QCompleter(m_completions(column, index.row()), edit);
            completer->setObjectName(column == PartyTableEditor::AgencyColumn
                                         ? QStringLiteral("agencyCompleter")
                                         : QStringLiteral("positionTitleCompleter"));
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            completer->setCompletionMode(QCompleter::PopupCompletion);
            edit->setCompleter(completer);
        }
        QObject::connect(edit, &QLineEdit::textChanged, self,
                         [self, edit] { emit self->commitData(edit); });
        Q_UNUSED(option)
        return edit;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const int i = combo->findData(index.data(PartyTableEditor::CodeRole).toString());
            combo->setCurrentIndex(qMax(i, 0));
            return;
        }
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            // The model follows the editor while typing; writing the same text back would move
            // the cursor to the end.
            const QString text = index.data(Qt::EditRole).toString();
            if (edit->text() != text)
                edit->setText(text);
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData().toString(), PartyTableEditor::CodeRole);
            model->setData(index, combo->currentText(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    Completions m_completions;
};

} // namespace

PartyTableEditor::PartyTableEditor(CaseRepository &repo, QWidget *parent)
    : QWidget(parent), m_repo(repo)
{
    setObjectName(QStringLiteral("partyTableEditor"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("partyTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true); // the agency: fitColumns
    m_table->viewport()->installEventFilter(this);
    // A grouped NIP ("19860926 201505 2 001") is never cut.
    m_table->horizontalHeader()->resizeSection(
        NipColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("00000000 000000 0 000")) +
            3 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16);
    auto *delegate = new PartyDelegate(
        [this](int column, int exceptRow) { return completions(column, exceptRow); }, m_table);
    delegate->setObjectName(QStringLiteral("partyDelegate"));
    m_table->setItemDelegate(delegate);

    m_nipInfo = new QLabel(this);
    m_nipInfo->setObjectName(QStringLiteral("nipInfo"));
    m_nipInfo->setWordWrap(true);
    m_nipInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nipInfo->setTextFormat(Qt::PlainText);

    m_addReported = new QPushButton(this);
    m_addReported->setObjectName(QStringLiteral("addReportedButton"));
    m_addWitness = new QPushButton(this);
    m_addWitness->setObjectName(QStringLiteral("addWitnessButton"));
    m_addExpert = new QPushButton(this);
    m_addExpert->setObjectName(QStringLiteral("addExpertButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removePartyButton"));

    auto *buttons = new QHBoxLayout;
    buttons->setObjectName(QStringLiteral("partyButtons"));
    buttons->addWidget(m_addReported);
    buttons->addWidget(m_addWitness);
    buttons->addWidget(m_addExpert);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(QStringLiteral("partyLayout"));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_nipInfo);
    layout->addLayout(buttons);

    connect(m_addReported, &QPushButton::clicked, this,
            [this] { addParty(Codes::Role::Reported); });
    connect(m_addWitness, &QPushButton::clicked, this, [this] { addParty(Codes::Role::Witness); });
    connect(m_addExpert, &QPushButton::clicked, this, [this] { addParty(Codes::Role::Expert); });
    connect(m_remove, &QPushButton::clicked, this, &PartyTableEditor::removeCurrentParty);
    connect(m_table, &QTableWidget::itemChanged, this, &PartyTableEditor::onItemChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        updateNipInfo();
        updateButtons();
    });

    // Insert works from anywhere in the editor, even inside a cell; Delete only on the table
    // itself, so that it still deletes characters inside a cell.
    auto *insert = new QShortcut(
        QKeySequence(Qt::Key_Insert), this, [this] { addParty(Codes::Role::Reported); },
        Qt::WidgetWithChildrenShortcut);
    insert->setObjectName(QStringLiteral("addReportedShortcut"));
    auto *remove = new QShortcut(
        QKeySequence(QKeySequence::Delete), m_table, [this] { removeCurrentParty(); },
        Qt::WidgetShortcut);
    remove->setObjectName(QStringLiteral("removePartyShortcut"));

    setFocusProxy(m_table);
    retranslate();
    updateButtons();
}

void PartyTableEditor::setParties(const QList<Party> &parties)
{
    {
        QScopedValueRollback<bool> guard(m_updating, true);
        m_table->setRowCount(0);
        m_base.clear();
        for (const Party &p : parties)
            insertRow(m_table->rowCount(), p);
    }
    m_knownLoaded = false; // another case: the file may know more values by now
    fitColumns();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, NameColumn);
    updateNipInfo();
    updateButtons();
}

QList<Party> PartyTableEditor::parties() const
{
    QList<Party> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Party p = m_base.at(row);
        p.role = code(row, RoleColumn);
        p.name = text(row, NameColumn).trimmed();
        p.nip = text(row, NipColumn).trimmed();
        p.positionTitle = text(row, TitleColumn).trimmed();
        p.positionCategory = code(row, CategoryColumn);
        p.agency = text(row, AgencyColumn).trimmed();
        list << p;
    }
    return list;
}

void PartyTableEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PartyTableEditor::addParty(const QString &role)
{
    Party p;
    p.role = role;
    const int row = m_table->rowCount();
    {
        QScopedValueRollback<bool> guard(m_updating, true);
        insertRow(row, p);
    }
    // Typing starts editing the name at once (AnyKeyPressed).
    m_table->setCurrentCell(row, NameColumn);
    m_table->scrollToItem(m_table->item(row, NameColumn));
    m_table->setFocus(Qt::OtherFocusReason);
    updateNipInfo();
    updateButtons();
    emit changed();
}

void PartyTableEditor::removeCurrentParty()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString name = text(row, NameColumn).trimmed();
    if (!name.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Remove person"),
            tr("Remove %1 (%2) from this case?")
                .arg(name, Codes::label(Codes::Kind::PartyRole, code(row, RoleColumn))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    const int column = qMax(m_table->currentColumn(), 0);
    {
        QScopedValueRollback<bool> guard(m_updating, true);
        m_table->removeRow(row);
        m_base.removeAt(row);
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(qMin(row, m_table->rowCount() - 1), column);
    m_table->setFocus(Qt::OtherFocusReason);
    updateNipInfo();
    updateButtons();
    emit changed();
}

void PartyTableEditor::insertRow(int row, const Party &party)
{
    m_table->insertRow(row);
    m_base.insert(row, party);
    const auto set = [&](int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        m_table->setItem(row, column, item);
        return item;
    };
    set(RoleColumn, Codes::label(Codes::Kind::PartyRole, party.role))
        ->setData(CodeRole, party.role);
    set(NameColumn, party.name);
    set(NipColumn, party.nip);
    set(TitleColumn, party.positionTitle);
    set(CategoryColumn, party.positionCategory.isEmpty()
                            ? QString()
                            : Codes::label(Codes::Kind::PositionCategory, party.positionCategory))
        ->setData(CodeRole, party.positionCategory);
    set(AgencyColumn, party.agency);
    checkNip(row);
}

void PartyTableEditor::onItemChanged(QTableWidgetItem *item)
{
    if (m_updating)
        return;
    const int row = item->row();
    if (item->column() == NipColumn || item->column() == CategoryColumn)
        checkNip(row);
    if (row == m_table->currentRow())
        updateNipInfo();
    emit changed();
}

// Marks the NIP cell of a row when the NIP is not valid for the person's category.
void PartyTableEditor::checkNip(int row)
{
    QTableWidgetItem *item = m_table->item(row, NipColumn);
    if (!item)
        return;
    QScopedValueRollback<bool> guard(m_updating, true);
    const NipCheck check = checkNipText(item->text(), code(row, CategoryColumn));
    if (check.state == NipCheck::Invalid) {
        item->setBackground(Colours::background(errorBackground));
        item->setForeground(Colours::text(errorText));
        item->setToolTip(check.nip.error);
    } else {
        item->setData(Qt::BackgroundRole, QVariant());
        item->setData(Qt::ForegroundRole, QVariant());
        item->setToolTip(item->text()); // the whole NIP, whatever the column's width
    }
    // Wider than the column (typed with extra spaces): the column grows to it.
    const int needed = m_table->fontMetrics().horizontalAdvance(item->text()) + 16;
    if (needed > m_table->columnWidth(NipColumn))
        m_table->setColumnWidth(NipColumn, needed);
}

void PartyTableEditor::updateNipInfo()
{
    const int row = m_table->currentRow();
    QString info;
    QString state = QStringLiteral("empty");
    if (row >= 0) {
        const QString category = code(row, CategoryColumn);
        const NipCheck check = checkNipText(text(row, NipColumn), category);
        const QLocale locale;
        switch (check.state) {
        case NipCheck::Empty:
            break;
        case NipCheck::Free:
            state = QStringLiteral("free");
            info = tr("%1: the identifier is not checked as an NIP.")
                       .arg(Codes::label(Codes::Kind::PositionCategory, category));
            break;
        case NipCheck::Valid:
            state = QStringLiteral("valid");
            if (check.nip.birthDate.isValid()) {
                info = tr("Birth date: %1 · Start (TMT): %2 · Gender: %3")
                           .arg(locale.toString(check.nip.birthDate, QStringLiteral("d MMMM yyyy")),
                                locale.toString(check.nip.startDate, QStringLiteral("MMMM yyyy")),
                                Nip::genderLabel(check.nip.gender));
            } else {
                info = tr("NI PPPK: 18 digits; its layout is not checked further.");
            }
            break;
        case NipCheck::Invalid:
            state = QStringLiteral("invalid");
            info = check.nip.error;
            break;
        }
    }
    m_nipInfo->setText(info);
    m_nipInfo->setProperty("nipState", state);
    m_nipInfo->setStyleSheet(state == QLatin1String("invalid")
                                 ? QStringLiteral("color: %1;").arg(Colours::text(errorText).name())
                                 : QString());
}

void PartyTableEditor::fitColumns()
{
    // The name, the position title and its category each as wide as its header and its longest
    // cell (room for 20 characters of a name to be typed; 40 at most, longer cells whole in
    // their tooltips), the agency the rest. In a table too narrow for them all, each gives up
    // room in proportion, down to its header, beside an agency of 12 characters (the header's
    // default width at least) and a scroll bar's room: no row hides behind a sideways scroll bar.
    // The name's column took what the others left, wide for short names while "Asisten Admi..." and
    // "Jabatan pimpina..." were cut.
    QHeaderView *header = m_table->horizontalHeader();
    const int character = m_table->fontMetrics().averageCharWidth();
    const int columns[] = {NameColumn, TitleColumn, CategoryColumn};
    int wanted[3];
    int least[3];
    int total = 0;
    int floor = 0;
    for (int i = 0; i < 3; ++i) {
        least[i] = header->sectionSizeHint(columns[i]);
        int width = std::max(least[i], columns[i] == NameColumn ? 20 * character : 0);
        for (int row = 0; row < m_table->rowCount(); ++row)
            width = std::max(width, cellWidthFor(m_table, text(row, columns[i])));
        wanted[i] = std::max(least[i], std::min(width, 40 * character));
        total += wanted[i];
        floor += least[i];
    }
    const int room = m_table->viewport()->width() - header->sectionSize(RoleColumn) -
                     header->sectionSize(NipColumn) -
                     std::max(12 * character, header->defaultSectionSize()) -
                     m_table->verticalScrollBar()->sizeHint().width();
    for (int i = 0; i < 3; ++i) {
        int width = wanted[i];
        if (total > room && total > floor)
            width = least[i] + (wanted[i] - least[i]) * std::max(0, room - floor) / (total - floor);
        header->resizeSection(columns[i], width);
    }
}

bool PartyTableEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns(); // the room the table has changed
    return QWidget::eventFilter(watched, event);
}

void PartyTableEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

void PartyTableEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("NIP / identifier"),
                                        tr("Position title"), tr("Position category"),
                                        tr("Agency")});
    // The roles whole ("Person reported"), and the headers (fitColumns).
    QHeaderView *header = m_table->horizontalHeader();
    int role = header->sectionSizeHint(RoleColumn);
    for (const QString &code : Codes::all(Codes::Kind::PartyRole))
        role = std::max(role, cellWidthFor(m_table, Codes::label(Codes::Kind::PartyRole, code)));
    header->resizeSection(RoleColumn, role);
    m_addReported->setText(tr("Add person repor&ted"));
    m_addReported->setToolTip(tr("Add a person reported (Insert)"));
    m_addWitness->setText(tr("Add &witness"));
    m_addExpert->setText(tr("Add e&xpert"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected person (Delete)"));
    {
        QScopedValueRollback<bool> guard(m_updating, true);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            m_table->item(row, RoleColumn)
                ->setText(Codes::label(Codes::Kind::PartyRole, code(row, RoleColumn)));
            const QString category = code(row, CategoryColumn);
            m_table->item(row, CategoryColumn)
                ->setText(category.isEmpty()
                              ? QString()
                              : Codes::label(Codes::Kind::PositionCategory, category));
            checkNip(row); // the error tooltip is in the old language
        }
    }
    fitColumns();
    updateNipInfo();
}

QString PartyTableEditor::text(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

QString PartyTableEditor::code(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->data(CodeRole).toString() : QString();
}

QStringList PartyTableEditor::completions(int column, int exceptRow) const
{
    if (!m_knownLoaded) {
        m_knownAgencies = m_repo.knownValues(QStringLiteral("agency"));
        m_knownTitles = m_repo.knownValues(QStringLiteral("position_title"));
        m_knownLoaded = true;
    }
    QStringList values = column == AgencyColumn ? m_knownAgencies : m_knownTitles;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString value = text(row, column).trimmed();
        if (row != exceptRow && !value.isEmpty() && !values.contains(value, Qt::CaseInsensitive))
            values << value;
    }
    return values;
}
