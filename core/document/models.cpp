#include "document/models.h"
#include "i18n/displaynames.h"

#include "painting/classcolors.h"
#include "document/document.h"
#include "document/viewstate.h"

#include <QCoreApplication>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace banatlas {

QString statusLabel(const Status &s) {
    const QString name = displayName(s.statusClass);
    return s.pending ? QCoreApplication::translate("banatlas", "%1 (pending)").arg(name) : name;
}

QString explainStatus(const Document &doc, const Status &s) {
    QStringList parts;
    for (qint64 id : s.deciding) {
        if (const Decision *d = doc.decision(id)) {
            QString part = u"%1, %2: %3"_s.arg(displayName(d->measure),
                                               d->announced.toDisplayString(), d->title);
            if (s.pending && !d->effective.isNull()) {
                part += QCoreApplication::translate("banatlas", " (in force from %1)")
                            .arg(d->effective.toDisplayString());
            }
            parts.append(part);
        }
    }
    if (parts.isEmpty() && s.statusClass == StatusClass::NoneInForce)
        return QCoreApplication::translate("banatlas",
                                           "Earlier measures have ended or were lifted");
    return parts.join(u"; "_s);
}

QString plainToolTip(const QString &text) {
    // Tooltips guess rich text; escaped inside <qt> they show user text as written.
    return text.isEmpty() ? QString() : u"<qt>"_s + text.toHtmlEscaped() + u"</qt>"_s;
}

QString scopeList(const QList<Scope> &scopes) {
    QStringList names;
    for (Scope s : scopes)
        names.append(displayName(s));
    return names.join(u", "_s);
}

namespace {
QVariant classData(const Status &s, int role) {
    switch (role) {
    case Qt::DisplayRole:
        return statusLabel(s);
    case ClassRole:
    case SortRole:
        return static_cast<int>(s.statusClass);
    case PendingRole:
        return s.pending;
    case DecisionIdsRole:
        return QVariant::fromValue(s.deciding);
    case Qt::ToolTipRole: {
        // The badge explains itself: what the class means, and pending if it is.
        QString tip = displayName(s.statusClass) + u": "_s + classMeaning(s.statusClass);
        if (s.pending)
            tip += u"\n"_s + QCoreApplication::translate(
                                 "banatlas", "Pending: announced, not yet in force (hatched).");
        return plainToolTip(tip).replace(u"\n"_s, u"<br>"_s);
    }
    default:
        return {};
    }
}
} // namespace

// --- CountryListModel ---------------------------------------------------------------

CountryListModel::CountryListModel(Document *doc, ViewState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_state(state)
    , m_countries(doc->countries()) {
    connect(doc, &Document::changed, this, &CountryListModel::refresh);
    connect(state, &ViewState::asOfChanged, this, &CountryListModel::refresh);
    connect(state, &ViewState::vendorsChanged, this, &CountryListModel::refresh);
    m_status = m_doc->resolver().resolveCountries(m_doc->countryCodes(), m_state->vendors(),
                                                  m_state->asOf());
}

void CountryListModel::refresh() {
    if (m_doc->countries().size() != m_countries.size()) {
        beginResetModel();
        m_countries = m_doc->countries();
        m_status = m_doc->resolver().resolveCountries(m_doc->countryCodes(), m_state->vendors(),
                                                      m_state->asOf());
        endResetModel();
        return;
    }
    m_status = m_doc->resolver().resolveCountries(m_doc->countryCodes(), m_state->vendors(),
                                                  m_state->asOf());
    if (!m_countries.isEmpty()) {
        emit dataChanged(index(0, ClassColumn), index(rowCount() - 1, DecisionsColumn));
    }
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
            return m_doc->decisionCount(c.code);
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

// --- CountryFilterProxy -------------------------------------------------------------

CountryFilterProxy::CountryFilterProxy(Document *doc, ViewState *state, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_doc(doc)
    , m_state(state) {
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true); // "Ägypten" among the As in German
    connect(state, &ViewState::asOfChanged, this, [this] {
        if (!m_group.isEmpty()) {
            updateGroupMembers();
            invalidateFilter();
        }
    });
}

void CountryFilterProxy::setText(const QString &text) {
    m_filter.text = text;
    invalidateFilter();
}

void CountryFilterProxy::setGroup(const QString &code) {
    m_group = code;
    updateGroupMembers();
    invalidateFilter();
}

void CountryFilterProxy::setRegion(const QString &region) {
    m_filter.region = region;
    invalidateFilter();
}

void CountryFilterProxy::setStatusClass(std::optional<StatusClass> c) {
    m_filter.statusClass = c;
    invalidateFilter();
}

void CountryFilterProxy::updateGroupMembers() {
    m_filter.groupSet = !m_group.isEmpty();
    m_filter.groupMembers.clear();
    for (const CountryGroup &g : m_doc->groups()) {
        if (g.code == m_group) {
            const QStringList members = g.membersOn(m_state->asOf());
            m_filter.groupMembers = QSet<QString>(members.begin(), members.end());
        }
    }
}

bool CountryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const {
    const auto *model = qobject_cast<const CountryListModel *>(sourceModel());
    return model && m_filter.matches(model->countryAt(sourceRow), model->classAt(sourceRow));
}

// --- CountryStatusModel -------------------------------------------------------------

CountryStatusModel::CountryStatusModel(Document *doc, ViewState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_state(state) {
    connect(doc, &Document::changed, this, &CountryStatusModel::refresh);
    connect(state, &ViewState::asOfChanged, this, &CountryStatusModel::refresh);
    connect(state, &ViewState::vendorsChanged, this, &CountryStatusModel::refresh);
}

void CountryStatusModel::setCountry(const QString &code) {
    m_country = code;
    refresh();
}

void CountryStatusModel::refresh() {
    beginResetModel();
    m_rows.clear();
    QStringList vendors = m_state->vendors();
    if (vendors.isEmpty()) {
        for (const Decision *d : m_doc->decisionsOf(m_country)) {
            for (const QString &v : d->vendors) {
                if (!vendors.contains(v))
                    vendors.append(v);
            }
        }
    }
    for (const QString &v : std::as_const(vendors)) {
        Row row{v, m_doc->resolver().resolve(m_country, v, m_state->asOf()), {}, {}};
        row.why = explainStatus(*m_doc, row.status);
        for (qint64 id : std::as_const(row.status.inEffect)) {
            const Decision *d = m_doc->decision(id);
            if (d && !d->deadline.isNull() && d->deadline.key() > row.deadline.key())
                row.deadline = d->deadline;
        }
        m_rows.append(row);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.status.statusClass != b.status.statusClass
                   ? a.status.statusClass > b.status.statusClass
                   : a.vendor.compare(b.vendor, Qt::CaseInsensitive) < 0;
    });
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

// --- DecisionHistoryModel -----------------------------------------------------------

DecisionHistoryModel::DecisionHistoryModel(Document *doc, ViewState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_state(state) {
    connect(doc, &Document::changed, this, &DecisionHistoryModel::refresh);
    connect(state, &ViewState::asOfChanged, this, &DecisionHistoryModel::refresh);
}

void DecisionHistoryModel::setCountry(const QString &code) {
    m_country = code;
    refresh();
}

void DecisionHistoryModel::refresh() {
    beginResetModel();
    m_ids.clear();
    for (const Decision *d : m_doc->decisionsOf(m_country))
        m_ids.append(d->id);
    const Status all = m_doc->resolver().resolve(m_country, QStringList{}, m_state->asOf());
    m_inEffect = QSet<qint64>(all.inEffect.begin(), all.inEffect.end());
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
    const Decision *d = m_doc->decision(m_ids.at(index.row()));
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
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case DateColumn:
        if (display)
            return d->announced.toDisplayString();
        if (role == SortRole)
            return d->announced.key();
        break;
    case MeasureColumn:
        if (display)
            return displayName(d->measure);
        if (role == SortRole)
            return severity(d->measure);
        if (role == ClassRole)
            return static_cast<int>(classOf(d->measure));
        break;
    case VendorsColumn:
        if (display || role == SortRole)
            return d->vendors.join(u", "_s);
        break;
    case ScopeColumn:
        if (display || role == SortRole)
            return scopeList(d->scopes);
        break;
    case TitleColumn:
        if (display || role == SortRole)
            return d->title;
        break;
    case ConfidenceColumn:
        if (display || role == SortRole)
            return displayName(d->confidence);
        break;
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

// --- VendorCountriesModel -----------------------------------------------------------

VendorCountriesModel::VendorCountriesModel(Document *doc, ViewState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_state(state) {
    connect(doc, &Document::changed, this, &VendorCountriesModel::refresh);
    connect(state, &ViewState::asOfChanged, this, &VendorCountriesModel::refresh);
}

void VendorCountriesModel::setVendor(const QString &name) {
    m_vendor = name;
    refresh();
}

void VendorCountriesModel::refresh() {
    beginResetModel();
    m_rows.clear();
    if (!m_vendor.isEmpty()) {
        const auto statuses =
            m_doc->resolver().resolveCountries(m_doc->countryCodes(), {m_vendor}, m_state->asOf());
        for (const Country &c : m_doc->countries()) {
            const Status s = statuses.value(c.code);
            if (s.statusClass != StatusClass::NoData)
                m_rows.append({c.code, displayName(c), s, explainStatus(*m_doc, s)});
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return a.status.statusClass > b.status.statusClass;
        });
    }
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
            return r.why;
        if (role == Qt::ToolTipRole)
            return plainToolTip(r.why);
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
