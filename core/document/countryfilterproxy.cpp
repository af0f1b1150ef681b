#include "document/countryfilterproxy.h"

#include "document/countrylistmodel.h"
#include "document/document.h"
#include "document/models.h"
#include "document/viewstate.h"

namespace banatlas {

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

} // namespace banatlas
