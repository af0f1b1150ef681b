#include "document/vendorcountriesmodel.h"

#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"
#include "i18n/displaynames.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace banatlas {

VendorCountriesModel::VendorCountriesModel(Document *doc, ViewState *state, QObject *parent)
    : RowsModel(parent)
    , m_doc(doc)
    , m_state(state) {
    connect(doc, &Document::decisionAdded, this, &VendorCountriesModel::update);
    connect(doc, &Document::decisionChanged, this, &VendorCountriesModel::update);
    connect(doc, &Document::decisionRemoved, this, &VendorCountriesModel::update);
    connect(doc, &Document::vendorsChanged, this, &VendorCountriesModel::update);
    connect(doc, &Document::reset, this, &VendorCountriesModel::resetAll);
    connect(state, &ViewState::asOfChanged, this, &VendorCountriesModel::update);
}

void VendorCountriesModel::setVendor(const QString &name) {
    if (m_vendorSet && name == m_vendor)
        return; // the rows follow the document and the date by themselves
    m_vendorSet = true;
    m_vendor = name;
    resetAll();
}

QList<VendorCountriesModel::Row> VendorCountriesModel::rows() const {
    QList<Row> out;
    if (m_vendor.isEmpty())
        return out;
    const auto statuses =
        m_doc->resolver().resolveCountries(m_doc->countryCodes(), {m_vendor}, m_state->asOf());
    for (const Country &c : m_doc->countries()) {
        const Status s = statuses.value(c.code);
        if (s.statusClass != StatusClass::NoData)
            out.append({c.code, displayName(c), s, std::nullopt});
    }
    std::stable_sort(out.begin(), out.end(), [](const Row &a, const Row &b) {
        return a.status.statusClass > b.status.statusClass;
    });
    return out;
}

const QString &VendorCountriesModel::whyOf(const Row &r) const {
    if (!r.why)
        r.why = explainStatus(*m_doc, r.status);
    return *r.why;
}

void VendorCountriesModel::update() {
    replaceRows(m_rows, rows(), [](const Row &r) { return r.code; });
}

void VendorCountriesModel::resetAll() {
    beginResetModel();
    m_rows = rows();
    endResetModel();
}

int VendorCountriesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VendorCountriesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VendorCountriesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == CodeRole)
        return r.code;
    switch (index.column()) {
    case CountryColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.name;
        break;
    case ClassColumn:
        return classData(r.status, role);
    case WhyColumn:
        if (role == Qt::DisplayRole)
            return whyOf(r);
        if (role == Qt::ToolTipRole)
            return plainToolTip(whyOf(r));
        break;
    }
    return {};
}

QVariant VendorCountriesModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CountryColumn:
        return tr("Government");
    case ClassColumn:
        return tr("Class");
    case WhyColumn:
        return tr("Why (deciding decisions)");
    }
    return {};
}

} // namespace banatlas
