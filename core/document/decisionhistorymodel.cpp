#include "document/decisionhistorymodel.h"

#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"
#include "i18n/displaynames.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace banatlas {

DecisionHistoryModel::DecisionHistoryModel(Document *doc, ViewState *state, QObject *parent)
    : RowsModel(parent)
    , m_doc(doc)
    , m_state(state) {
    connect(doc, &Document::decisionAdded, this, &DecisionHistoryModel::updateFor);
    connect(doc, &Document::decisionChanged, this, &DecisionHistoryModel::updateFor);
    connect(doc, &Document::decisionRemoved, this, &DecisionHistoryModel::updateFor);
    connect(doc, &Document::vendorsChanged, this, &DecisionHistoryModel::update);
    connect(doc, &Document::reset, this, &DecisionHistoryModel::resetAll);
    connect(state, &ViewState::asOfChanged, this, &DecisionHistoryModel::update);
}

void DecisionHistoryModel::setCountry(const QString &code) {
    if (m_countrySet && code == m_country)
        return; // the rows follow the document and the date by themselves
    m_countrySet = true;
    m_country = code;
    resetAll();
}

QList<qint64> DecisionHistoryModel::ids() const {
    return m_doc->decisionIdsOf(m_country); // the rows shown read their text (data())
}

QSet<qint64> DecisionHistoryModel::inEffect() const {
    const Status all = m_doc->resolver().resolve(m_country, QStringList{}, m_state->asOf());
    return QSet<qint64>(all.inEffect.begin(), all.inEffect.end());
}

bool DecisionHistoryModel::concerns(qint64 id) const {
    const Decision *d = m_doc->decision(id);
    return m_ids.contains(id) || (d && d->country == m_country);
}

void DecisionHistoryModel::update() {
    m_inEffect = inEffect();
    replaceRows(m_ids, ids(), [](qint64 id) { return id; });
}

void DecisionHistoryModel::updateFor(qint64 id) {
    if (concerns(id))
        update();
}

void DecisionHistoryModel::resetAll() {
    beginResetModel();
    m_ids = ids();
    m_inEffect = inEffect();
    endResetModel();
}

qint64 DecisionHistoryModel::idAt(int row) const {
    return m_ids.value(row);
}
int DecisionHistoryModel::rowOf(qint64 id) const {
    return static_cast<int>(m_ids.indexOf(id));
}

int DecisionHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int DecisionHistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionHistoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qint64 id = m_ids.at(index.row());
    if (!m_doc->isRead(id))
        m_doc->readAhead(m_ids.mid(index.row(), kReadAhead)); // a screenful in one query
    const Decision *d = m_doc->decision(id);
    if (!d)
        return {};
    if (role == DecisionIdRole)
        return d->id;
    if (role == Qt::FontRole && m_inEffect.contains(d->id)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole) {
        return m_inEffect.contains(d->id)
                   ? tr("In effect on %1")
                         .arg(PartialDate::fromDate(m_state->asOf()).toDisplayString())
                   : QVariant();
    }
    if (index.column() == DateColumn) {
        if (role == Qt::DisplayRole)
            return d->announced.toDisplayString();
        return role == SortRole ? QVariant(d->announced.key()) : QVariant();
    }
    if (index.column() == MeasureColumn) {
        if (role == Qt::DisplayRole)
            return displayName(d->measure);
        if (role == SortRole)
            return severity(d->measure);
        return role == ClassRole ? QVariant(static_cast<int>(classOf(d->measure))) : QVariant();
    }
    // The text columns sort by what they show.
    return role == Qt::DisplayRole || role == SortRole ? text(*d, index.column()) : QVariant();
}

QVariant DecisionHistoryModel::text(const Decision &d, int column) {
    switch (column) {
    case VendorsColumn:
        return d.vendors.join(u", "_s);
    case ScopeColumn:
        return scopeList(d.scopes);
    case TitleColumn:
        return d.title;
    case ConfidenceColumn:
        return displayName(d.confidence);
    }
    return {};
}

QVariant DecisionHistoryModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Announced");
    case MeasureColumn:
        return tr("Measure");
    case VendorsColumn:
        return tr("Vendors");
    case ScopeColumn:
        return tr("Scope");
    case TitleColumn:
        return tr("Title");
    case ConfidenceColumn:
        return tr("Confidence");
    }
    return {};
}

} // namespace banatlas
