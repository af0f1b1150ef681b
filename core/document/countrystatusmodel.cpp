#include "document/countrystatusmodel.h"

#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace banatlas {

CountryStatusModel::CountryStatusModel(Document *doc, ViewState *state, QObject *parent)
    : RowsModel(parent)
    , m_doc(doc)
    , m_state(state) {
    connect(doc, &Document::decisionAdded, this, &CountryStatusModel::update);
    connect(doc, &Document::decisionChanged, this, &CountryStatusModel::update);
    connect(doc, &Document::decisionRemoved, this, &CountryStatusModel::update);
    connect(doc, &Document::vendorsChanged, this, &CountryStatusModel::update);
    connect(doc, &Document::reset, this, &CountryStatusModel::resetAll);
    connect(state, &ViewState::asOfChanged, this, &CountryStatusModel::update);
    connect(state, &ViewState::vendorsChanged, this, &CountryStatusModel::update);
}

void CountryStatusModel::setCountry(const QString &code) {
    if (m_countrySet && code == m_country)
        return; // the rows follow the document and the view by themselves
    m_countrySet = true;
    m_country = code;
    resetAll();
}

QList<CountryStatusModel::Row> CountryStatusModel::rows() const {
    QList<Row> out;
    // From the narrow facts: the vendors this government named (unless the view chose
    // some) and the decisions with a deadline; text is read only for what a row shows.
    const QStringList chosen = m_state->vendors();
    QStringList vendors = chosen;
    QHash<qint64, int> deadlines;
    for (const StatusFact &f : m_doc->factsOf(m_country)) {
        if (f.deadline != 0)
            deadlines.insert(f.id, f.deadline);
        const QString &name = m_doc->facts().vendors[f.vendor];
        if (chosen.isEmpty() && !vendors.contains(name))
            vendors.append(name);
    }
    for (const QString &v : std::as_const(vendors)) {
        Row row{v, m_doc->resolver().resolve(m_country, v, m_state->asOf()), {}, {}};
        row.why = explainStatus(*m_doc, row.status);
        qint64 latest = 0; // the decision in effect with the latest deadline
        for (qint64 id : std::as_const(row.status.inEffect)) {
            if (deadlines.value(id) > deadlines.value(latest))
                latest = id;
        }
        if (const Decision *d = latest != 0 ? m_doc->decision(latest) : nullptr)
            row.deadline = d->deadline;
        out.append(row);
    }
    std::stable_sort(out.begin(), out.end(), [](const Row &a, const Row &b) {
        return a.status.statusClass != b.status.statusClass
                   ? a.status.statusClass > b.status.statusClass
                   : a.vendor.compare(b.vendor, Qt::CaseInsensitive) < 0;
    });
    return out;
}

void CountryStatusModel::update() {
    replaceRows(m_rows, rows(), [](const Row &r) { return r.vendor; });
}

void CountryStatusModel::resetAll() {
    beginResetModel();
    m_rows = rows();
    endResetModel();
}

int CountryStatusModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CountryStatusModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountryStatusModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == VendorRole)
        return r.vendor;
    switch (index.column()) {
    case VendorColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.vendor;
        break;
    case ClassColumn:
        return classData(r.status, role);
    case WhyColumn:
        if (role == Qt::DisplayRole)
            return r.why;
        if (role == Qt::ToolTipRole)
            return plainToolTip(r.why);
        break;
    case DeadlineColumn:
        if (role == Qt::DisplayRole)
            return r.deadline.toDisplayString();
        if (role == SortRole)
            return r.deadline.key();
        break;
    }
    return {};
}

QVariant CountryStatusModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VendorColumn:
        return tr("Vendor");
    case ClassColumn:
        return tr("Class");
    case WhyColumn:
        return tr("Why (deciding decisions)");
    case DeadlineColumn:
        return tr("Deadline");
    }
    return {};
}

} // namespace banatlas
