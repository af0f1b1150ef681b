#include "document/viewstate.h"

namespace banatlas {

ViewState::ViewState(QObject *parent)
    : QObject(parent)
    , m_asOf(QDate::currentDate()) {}

void ViewState::setAsOf(QDate date) {
    if (!date.isValid() || date == m_asOf)
        return;
    m_asOf = date;
    emit asOfChanged(date);
}

void ViewState::setVendors(const QStringList &vendors) {
    if (vendors == m_vendors)
        return;
    m_vendors = vendors;
    emit vendorsChanged(vendors);
}

void ViewState::setCountry(const QString &code) {
    if (code == m_country)
        return;
    m_country = code;
    emit countryChanged(code);
}

void ViewState::setDecision(qint64 id) {
    if (id == m_decision)
        return;
    m_decision = id;
    emit decisionChanged(id);
}

} // namespace banatlas
