#pragma once

#include "entities.h"
#include "errors.h"

#include <QCoreApplication>
#include <QSet>

namespace banatlas {

// The one set of rules a decision, vendor or source must meet before it is stored.
// The store enforces them; the editor shows them beside each field.
class Validator final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Validator)

public:
    explicit Validator(QSet<QString> knownCountries);

    QList<FieldError> check(const Decision &d) const;
    QList<FieldError> check(const Vendor &v) const;
    QList<FieldError> check(const Source &s, const QString &prefix = {}) const;

private:
    QSet<QString> m_countries;
};

// True when an URL may be opened from the app: absolute http or https with a host.
bool isOpenableUrl(const QString &url);

} // namespace banatlas
