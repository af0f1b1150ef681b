#pragma once

#include "document/countryfilter.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace banatlas {

class Document;
class ViewState;

// Filters the country list (CountryListModel) with CountryFilter's rules, the group read
// at the as-of date.
class CountryFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    CountryFilterProxy(Document *doc, ViewState *state, QObject *parent = nullptr);

    void setText(const QString &text);
    void setGroup(const QString &code); // empty: any
    void setRegion(const QString &region);
    void setStatusClass(std::optional<StatusClass> c);
    const CountryFilter &filter() const { return m_filter; }
    const QString &group() const { return m_group; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void updateGroupMembers();

    Document *m_doc;
    ViewState *m_state;
    CountryFilter m_filter;
    QString m_group;
};

} // namespace banatlas
