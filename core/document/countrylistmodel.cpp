#include "document/countrylistmodel.h"

#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"
#include "i18n/displaynames.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace banatlas {

CountryListModel::CountryListModel(Document *doc, ViewState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_state(state)
    , m_countries(doc->countries())
    , m_status(resolveAll()) {
    for (const Country &c : std::as_const(m_countries))
        m_counts.insert(c.code, m_doc->decisionCount(c.code));
    connect(doc, &Document::decisionAdded, this, &CountryListModel::update);
    connect(doc, &Document::decisionChanged, this, &CountryListModel::update);
    connect(doc, &Document::decisionRemoved, this, &CountryListModel::update);
    connect(doc, &Document::vendorsChanged, this, &CountryListModel::update);
    connect(doc, &Document::reset, this, &CountryListModel::resetAll);
    connect(state, &ViewState::asOfChanged, this, &CountryListModel::update);
    connect(state, &ViewState::vendorsChanged, this, &CountryListModel::update);
}

QHash<QString, Status> CountryListModel::resolveAll() const {
    return m_doc->resolver().resolveCountries(m_doc->countryCodes(), m_state->vendors(),
                                              m_state->asOf());
}

void CountryListModel::update() {
    const QHash<QString, Status> status = resolveAll();
    for (int row = 0; row < rowCount(); ++row) {
        const QString &code = m_countries[row].code;
        const int count = m_doc->decisionCount(code);
        if (status.value(code) == m_status.value(code) && count == m_counts.value(code))
            continue;
        m_status.insert(code, status.value(code));
        m_counts.insert(code, count);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void CountryListModel::resetAll() {
    // The same governments (an import or a restore rarely changes the reference data):
    // their rows change, so that a view keeps its selection and scroll position.
    const QList<Country> &countries = m_doc->countries();
    if (std::equal(countries.cbegin(), countries.cend(), m_countries.cbegin(), m_countries.cend(),
                   [](const Country &a, const Country &b) { return a.code == b.code; })) {
        m_countries = countries;
        update();
        return;
    }
    beginResetModel();
    m_countries = m_doc->countries();
    m_status = resolveAll();
    m_counts.clear();
    for (const Country &c : std::as_const(m_countries))
        m_counts.insert(c.code, m_doc->decisionCount(c.code));
    endResetModel();
}

int CountryListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_countries.size());
}

int CountryListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const Country &CountryListModel::countryAt(int row) const {
    return m_countries.at(row);
}

StatusClass CountryListModel::classAt(int row) const {
    return m_status.value(m_countries.at(row).code).statusClass;
}

int CountryListModel::rowOf(const QString &code) const {
    for (qsizetype i = 0; i < m_countries.size(); ++i) {
        if (m_countries[i].code == code)
            return static_cast<int>(i);
    }
    return -1;
}

QVariant CountryListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Country &c = m_countries.at(index.row());
    if (role == CodeRole)
        return c.code;
    switch (index.column()) {
    case ClassColumn:
        return classData(m_status.value(c.code), role);
    case CodeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return c.code;
        if (role == Qt::ToolTipRole)
            return c.alpha3;
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return displayName(c);
        if (role == Qt::ToolTipRole) // the whole name where the column elides it
            return plainToolTip(displayName(c));
        break;
    case RegionColumn:
        if (role == Qt::DisplayRole)
            return regionName(c.subregion.isEmpty() ? c.region : c.subregion);
        if (role == SortRole)
            return QString(c.region + u'/' + c.subregion);
        break;
    case DecisionsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return m_counts.value(c.code);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant CountryListModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClassColumn:
        return tr("Class");
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Government");
    case RegionColumn:
        return tr("Region");
    case DecisionsColumn:
        return tr("Dec.");
    }
    return {};
}

} // namespace banatlas
