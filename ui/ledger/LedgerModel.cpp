#include "ledger/LedgerModel.h"
#include "common/Colours.h"
#include "domain/Codes.h"
#include "domain/DateFormat.h"
#include "domain/FollowUpState.h"
#include "domain/Nip.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace {

using FuState = FollowUpState::State;

// How pressing a follow-up is, for sorting "by how late": late ones by their days, then those
// waiting for the PPK, for the recommendation, and the finished ones last.
int urgency(FuState state)
{
    switch (state) {
    case FuState::Late:
        return 5;
    case FuState::AwaitingPpk:
        return 4;
    case FuState::AwaitingRecommendation:
        return 3;
    case FuState::FollowedUpDifferent:
        return 2;
    case FuState::FollowedUp:
        return 1;
    case FuState::NoSanction:
        return 0;
    }
    return 0;
}

QColor stateColour(FuState state)
{
    switch (state) {
    case FuState::Late:
        return Colours::Error;
    case FuState::FollowedUp:
        return Colours::Done;
    case FuState::FollowedUpDifferent:
        return Colours::DueSoon;
    default:
        return {};
    }
}

QString ppkKey(const FollowUp &f)
{
    return f.ppkName.simplified().toLower() + QLatin1Char('\n') +
           f.ppkOffice.simplified().toLower();
}

} // namespace

LedgerModel::LedgerModel(QObject *parent) : QAbstractItemModel(parent) {}

LedgerModel::~LedgerModel() = default;

std::unique_ptr<LedgerModel::Node> LedgerModel::personNode(const LedgerRow &r, const QDate &today,
                                                           int days, qint64 *urgencyKey) const
{
    const FollowUp &f = r.followUp;
    const FuState s = FollowUpState::of(f, today, days);
    const int daysLate = FollowUpState::daysLate(f, today, days);
    auto node = std::make_unique<Node>();
    node->partyId = r.partyId;
    node->caseId = r.caseId;
    node->state = FollowUpState::code(s);
    auto &c = node->cells;
    c[CaseNumber].text = r.caseNumber;
    c[Person].text = r.name;
    QStringList about;
    if (!r.nip.isEmpty())
        about << tr("NIP %1").arg(Nip::grouped(r.nip));
    if (!r.positionTitle.isEmpty())
        about << r.positionTitle;
    c[Person].toolTip = about.join(QLatin1Char('\n'));
    c[Agency].text = r.agency;
    c[Authority].text = r.authority();
    c[Forwarded].text = shortMonthDate(r.forwardedDate());
    c[Forwarded].sort = r.forwardedDate().toJulianDay();
    QStringList recommendation;
    if (!f.recommendationNumber.isEmpty())
        recommendation << f.recommendationNumber;
    if (f.recommendationDate.isValid())
        recommendation << shortMonthDate(f.recommendationDate);
    c[Recommendation].text = recommendation.join(QLatin1String(", "));
    if (!f.sanctionRecommended.isEmpty())
        c[SanctionRecommended].text = Codes::label(Codes::Kind::Sanction, f.sanctionRecommended);
    const QDate due = FollowUpState::responseDue(f, days);
    c[ResponseDue].text = shortMonthDate(due);
    c[ResponseDue].sort = due.isValid() ? due.toJulianDay() : 0;
    if (f.ppkDecisionDate.isValid()) {
        const QString sanction = f.sanctionImposed.isEmpty()
                                     ? tr("decided")
                                     : Codes::label(Codes::Kind::Sanction, f.sanctionImposed);
        c[PpkDecision].text = tr("%1, %2").arg(sanction, shortMonthDate(f.ppkDecisionDate));
        if (!f.ppkDecisionNumber.isEmpty())
            c[PpkDecision].toolTip = tr("Decision %1").arg(f.ppkDecisionNumber);
    }
    c[PpkDecision].sort = f.ppkDecisionDate.isValid() ? f.ppkDecisionDate.toJulianDay() : 0;
    c[State].text = FollowUpState::label(s);
    c[State].sort = urgency(s);
    *urgencyKey = qint64(daysLate) * 10 + urgency(s);
    c[DaysLate].sort = *urgencyKey;
    if (daysLate > 0)
        c[DaysLate].text = QLocale().toString(daysLate);
    if (const QColor colour = stateColour(s); colour.isValid()) {
        c[State].foreground = Colours::text(colour);
        c[DaysLate].foreground = Colours::text(colour);
    }
    c[State].bold = c[DaysLate].bold = s == FuState::Late;
    return node;
}

void LedgerModel::setRows(const QList<LedgerRow> &rows, const QDate &today, int days,
                          const QString &show)
{
    beginResetModel();
    m_groups.clear();
    m_outstanding = m_late = 0;
    struct Counts
    {
        int outstanding = 0;
        int late = 0;
        qint64 mostUrgent = -1;
    };
    std::vector<Counts> counts;
    QHash<QString, int> index;
    for (const LedgerRow &r : rows) {
        const FollowUp &f = r.followUp;
        const QString key = ppkKey(f);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(m_groups.size()));
            auto group = std::make_unique<Node>();
            group->ppkName = f.ppkName.simplified();
            group->ppkOffice = f.ppkOffice.simplified();
            m_groups.push_back(std::move(group));
            counts.emplace_back();
        }
        Node &group = *m_groups[*it];
        Counts &n = counts[*it];
        const FuState s = FollowUpState::of(f, today, days);
        n.outstanding += FollowUpState::isOutstanding(s);
        n.late += s == FuState::Late;
        m_outstanding += FollowUpState::isOutstanding(s);
        m_late += s == FuState::Late;
        if ((show == QLatin1String("outstanding") && !FollowUpState::isOutstanding(s)) ||
            (show == QLatin1String("late") && s != FuState::Late))
            continue;
        qint64 key2 = 0;
        std::unique_ptr<Node> person = personNode(r, today, days, &key2);
        n.mostUrgent = qMax(n.mostUrgent, key2);
        person->parent = &group;
        group.children.push_back(std::move(person));
    }
    for (size_t i = 0; i < m_groups.size(); ++i) {
        Node &g = *m_groups[i];
        Cell &title = g.cells[CaseNumber];
        if (g.ppkName.isEmpty() && g.ppkOffice.isEmpty())
            title.text = tr("PPK not recorded yet");
        else if (g.ppkName.isEmpty() || g.ppkOffice.isEmpty())
            title.text = g.ppkName.isEmpty() ? g.ppkOffice : g.ppkName;
        else
            title.text = tr("%1 — %2").arg(g.ppkName, g.ppkOffice);
        title.text = tr("%1 (%2, %3)")
                         .arg(title.text, tr("%n outstanding", nullptr, counts[i].outstanding),
                              tr("%n late", nullptr, counts[i].late));
        title.bold = true;
        if (counts[i].late > 0)
            title.foreground = Colours::text(stateColour(FuState::Late));
        g.cells[DaysLate].sort = counts[i].mostUrgent;
    }
    // A PPK with no one shown is left out.
    m_groups.erase(std::remove_if(m_groups.begin(), m_groups.end(),
                                  [](const auto &g) { return g->children.empty(); }),
                   m_groups.end());
    sortNodes(m_groups);
    endResetModel();
}

void LedgerModel::sortNodes(std::vector<std::unique_ptr<Node>> &nodes) const
{
    if (m_sortColumn >= 0 && m_sortColumn < ColumnCount) {
        const int column = m_sortColumn;
        // By the sort number where both have one, else by the text.
        const auto less = [column](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
            const Cell &x = a->cells[column];
            const Cell &y = b->cells[column];
            if (x.sort.isValid() && y.sort.isValid())
                return x.sort.toLongLong() < y.sort.toLongLong();
            return QString::localeAwareCompare(x.text, y.text) < 0;
        };
        if (m_sortOrder == Qt::AscendingOrder)
            std::stable_sort(nodes.begin(), nodes.end(), less);
        else
            std::stable_sort(nodes.begin(), nodes.end(),
                             [&less](const auto &a, const auto &b) { return less(b, a); });
    }
    for (size_t i = 0; i < nodes.size(); ++i) {
        nodes[i]->row = int(i);
        sortNodes(nodes[i]->children);
    }
}

void LedgerModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QPair<const Node *, int>> nodes;
    for (const QModelIndex &i : before)
        nodes.append({node(i), i.column()});
    m_sortColumn = column;
    m_sortOrder = order;
    sortNodes(m_groups);
    QModelIndexList after;
    for (const auto &n : std::as_const(nodes))
        after << indexOf(n.first, n.second);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const LedgerModel::Node *LedgerModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto *parent = static_cast<const Node *>(index.internalPointer());
    const auto &nodes = siblings(parent);
    return index.row() < int(nodes.size()) ? nodes[index.row()].get() : nullptr;
}

const std::vector<std::unique_ptr<LedgerModel::Node>> &
LedgerModel::siblings(const Node *parent) const
{
    return parent ? parent->children : m_groups;
}

QModelIndex LedgerModel::indexOf(const Node *node, int column) const
{
    return node ? createIndex(node->row, column, node->parent) : QModelIndex();
}

QModelIndex LedgerModel::indexOfParty(qint64 partyId) const
{
    for (const auto &g : m_groups) {
        for (const auto &p : g->children) {
            if (partyId > 0 && p->partyId == partyId)
                return indexOf(p.get());
        }
    }
    return {};
}

QModelIndex LedgerModel::indexOfPpk(const QString &name, const QString &office) const
{
    for (const auto &g : m_groups) {
        if (g->ppkName == name && g->ppkOffice == office)
            return indexOf(g.get());
    }
    return {};
}

QModelIndex LedgerModel::group(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(CaseNumber);
    return first.parent().isValid() ? first.parent() : first;
}

QModelIndex LedgerModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    const Node *p = node(parent);
    if (!p || p->parent || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, const_cast<Node *>(p));
}

QModelIndex LedgerModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(static_cast<const Node *>(child.internalPointer()));
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_groups.size());
    const Node *p = node(parent);
    return p && !p->parent ? int(p->children.size()) : 0;
}

int LedgerModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const Cell &cell = n->cells[index.column()];
    const bool person = n->parent != nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return cell.text.isEmpty() ? QVariant() : QVariant(cell.text);
    case Qt::ToolTipRole:
        // A cell's own tooltip, else its whole text: a long agency or sanction is cut at its
        // column's width.
        if (!cell.toolTip.isEmpty())
            return cell.toolTip;
        return cell.text.isEmpty() ? QVariant() : QVariant(cell.text);
    case Qt::ForegroundRole:
        return cell.foreground.style() == Qt::NoBrush ? QVariant() : QVariant(cell.foreground);
    case Qt::FontRole:
        if (cell.bold) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (person && index.column() == DaysLate)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return cell.sort;
    default:
        break;
    }
    if (index.column() != CaseNumber)
        return {};
    switch (role) {
    case PartyIdRole:
        return person ? QVariant(n->partyId) : QVariant();
    case CaseIdRole:
        return person ? QVariant(n->caseId) : QVariant();
    case StateRole:
        return person ? QVariant(n->state) : QVariant();
    case PpkNameRole:
        return person ? QVariant() : QVariant(n->ppkName);
    case PpkOfficeRole:
        return person ? QVariant() : QVariant(n->ppkOffice);
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseNumber:
        return tr("Case");
    case Person:
        return tr("Person reported");
    case State:
        return tr("State");
    case DaysLate:
        return tr("Days late");
    case ResponseDue:
        return tr("Response due");
    case SanctionRecommended:
        return tr("Sanction recommended");
    case PpkDecision:
        return tr("PPK decision");
    case Recommendation:
        return tr("Recommendation");
    case Forwarded:
        return tr("Forwarded");
    case Authority:
        return tr("Authority");
    case Agency:
        return tr("Agency");
    }
    return {};
}

void LedgerModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
