#include "document/countryfilter.h"
#include "i18n/displaynames.h"

namespace banatlas {

bool CountryFilter::matches(const Country &c, StatusClass cls) const {
    if (statusClass && *statusClass != cls)
        return false;
    if (!region.isEmpty() && c.region != region)
        return false;
    if (groupSet && !groupMembers.contains(c.code))
        return false;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    if (c.code.compare(t, Qt::CaseInsensitive) == 0 ||
        c.alpha3.compare(t, Qt::CaseInsensitive) == 0)
        return true;
    // The English name and aliases, and the names in the interface's language.
    if (c.name.contains(t, Qt::CaseInsensitive) || displayName(c).contains(t, Qt::CaseInsensitive))
        return true;
    for (const QStringList &names : {c.aliases, localAliases(c)}) {
        for (const QString &alias : names) {
            if (alias.contains(t, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

} // namespace banatlas
