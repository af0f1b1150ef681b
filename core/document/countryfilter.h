#pragma once

#include "domain/entities.h"

#include <QSet>

#include <optional>

namespace banatlas {

// The rules of the country list's filters; the proxy model only asks `matches`.
struct CountryFilter {
    QString text;               // matches the name, an alias, the alpha-2 or alpha-3 code
    QSet<QString> groupMembers; // countries of the chosen group at the as-of date
    bool groupSet = false;
    QString region;
    std::optional<StatusClass> statusClass;

    bool matches(const Country &c, StatusClass cls) const;
};

} // namespace banatlas
