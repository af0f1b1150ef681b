#include "document/decisionlistmodel.h"

#include "document/document.h"
#include "document/models.h"
#include "i18n/displaynames.h"

using namespace Qt::StringLiterals;

namespace banatlas {

DecisionListModel::DecisionListModel(Document *doc, QObject *parent)
    : RowsModel(parent)
    , m_doc(doc) {
    // Any change can move a row into or out of the list, or along it.
    connect(doc, &Document::changed, this, &DecisionListModel::update);
    connect(doc, &Document::reset, this, [this] {
        resetAll();
        m_readAfterReset = true; // changed() follows: nothing more to read
    });
    resetAll();
}

void DecisionListModel::setFilter(const DecisionFilter &filter, std::optional<QDate> inEffectOn) {
    const bool newText = filter.text.ftsExpression() != m_filter.text.ftsExpression();
    m_filter = filter;
    m_inEffectOn = inEffectOn;
    if (newText && !filter.text.isEmpty())
        m_column = -1; // a new search: best match first
    resetAll();
}

void DecisionListModel::sort(int column, Qt::SortOrder order) {
    if (column == m_column && order == m_order)
        return;
    m_column = column >= 0 && column < ColumnCount ? column : -1;
    m_order = order;
    relayout(query());
}

// The rows `next`: when they are the same rows in another order, a new layout with the
// selection carried along (as a sort proxy does); else a reset (the view's current row is
// put back by its owner: DecisionsPanel).
void DecisionListModel::relayout(QList<qint64> next) {
    QHash<qint64, int> rowOfId;
    rowOfId.reserve(next.size());
    for (int row = 0; row < next.size(); ++row)
        rowOfId.insert(next[row], row);
    const bool sameRows =
        next.size() == m_ids.size() &&
        std::all_of(m_ids.cbegin(), m_ids.cend(), [&](qint64 id) { return rowOfId.contains(id); });
    if (!sameRows) {
        beginResetModel();
        m_ids = std::move(next);
        endResetModel();
        emit updated();
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = rowOfId.value(m_ids.value(index.row()), -1);
        after.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    m_ids = std::move(next);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit updated();
}

QList<qint64> DecisionListModel::query() {
    static const DecisionOrder byColumn[] = {
        DecisionOrder::Country,    DecisionOrder::Announced, DecisionOrder::Effective,
        DecisionOrder::Measure,    DecisionOrder::Vendors,   DecisionOrder::Scope,
        DecisionOrder::Confidence, DecisionOrder::Title,     DecisionOrder::Sources};
    DecisionFilter filter = m_filter;
    if (m_inEffectOn)
        filter.among = m_doc->decisionsInEffect(*m_inEffectOn);
    m_error.clear();
    try {
        if (m_column >= 0)
            return m_doc->findDecisions(filter, byColumn[m_column], m_order == Qt::DescendingOrder);
        if (!filter.text.isEmpty())
            return m_doc->findDecisions(filter, DecisionOrder::Relevance);
        return m_doc->findDecisions(filter, DecisionOrder::Announced, true);
    } catch (const Error &e) {
        m_error = e.message();
        return {};
    }
}

void DecisionListModel::update() {
    if (std::exchange(m_readAfterReset, false))
        return;
    QList<qint64> next = query();
    // A list of a usual length follows row by row (RowsModel: each row that came, went or
    // moved); a longer one in one step (rows moved one at a time cost a pass over the
    // list each, and a bulk change of a column it is sorted by moves thousands).
    if (m_ids.size() <= kRowByRow && next.size() <= kRowByRow) {
        replaceRows(m_ids, next, [](qint64 id) { return id; });
        emit updated();
        return;
    }
    relayout(std::move(next));
}

void DecisionListModel::resetAll() {
    beginResetModel();
    m_ids = query();
    endResetModel();
    emit updated();
}

int DecisionListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DecisionListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qint64 id = m_ids.at(index.row());
    if (role == DecisionIdRole)
        return id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ClassRole && role != CodeRole)
        return {};
    if (!m_doc->isRead(id))
        m_doc->readAhead(m_ids.mid(index.row(), kReadAhead)); // a screenful in one query
    const Decision *d = m_doc->decision(id);
    if (!d)
        return {};
    if (role == CodeRole)
        return d->country;
    if (role == ClassRole)
        return index.column() == MeasureColumn ? QVariant(int(classOf(d->measure))) : QVariant();
    QString text;
    switch (index.column()) {
    case GovernmentColumn: {
        const Country *c = m_doc->country(d->country);
        text = c ? displayName(*c) : d->country;
        break;
    }
    case AnnouncedColumn:
        text = d->announced.toDisplayString();
        break;
    case EffectiveColumn:
        text = d->effective.toDisplayString();
        break;
    case MeasureColumn:
        text = displayName(d->measure);
        break;
    case VendorsColumn:
        text = d->vendors.join(u", "_s);
        break;
    case ScopeColumn:
        text = scopeList(d->scopes);
        break;
    case ConfidenceColumn:
        text = displayName(d->confidence);
        break;
    case TitleColumn:
        text = d->title;
        break;
    case SourcesColumn:
        return role == Qt::DisplayRole ? QVariant(int(d->sources.size())) : QVariant();
    }
    return role == Qt::ToolTipRole ? QVariant(plainToolTip(text)) : QVariant(text);
}

QVariant DecisionListModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GovernmentColumn:
        return tr("Government");
    case AnnouncedColumn:
        return tr("Announced");
    case EffectiveColumn:
        return tr("Effective");
    case MeasureColumn:
        return tr("Measure");
    case VendorsColumn:
        return tr("Vendors");
    case ScopeColumn:
        return tr("Scope");
    case ConfidenceColumn:
        return tr("Confidence");
    case TitleColumn:
        return tr("Title");
    case SourcesColumn:
        return tr("Sources");
    }
    return {};
}

} // namespace banatlas
