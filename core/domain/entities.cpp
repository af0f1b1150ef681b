#include "domain/entities.h"

#include <algorithm>

namespace banatlas {

bool Membership::isMemberOn(QDate date) const {
    const int k = dateKey(date);
    return joined.key() <= k && (left.isNull() || k <= left.key());
}

QStringList CountryGroup::membersOn(QDate date) const {
    QStringList out;
    for (const Membership &m : members) {
        if (m.isMemberOn(date) && !out.contains(m.country))
            out.append(m.country);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool announcedBefore(const Decision &a, const Decision &b) {
    return a.announced.key() != b.announced.key() ? a.announced.key() < b.announced.key()
                                                  : a.id < b.id;
}

bool sameContent(const Decision &a, const Decision &b) {
    if (a.version == b.version)
        return a == b;
    Decision c = b;
    c.version = a.version;
    return a == c;
}

void sortNewestFirst(QList<const Decision *> &decisions) {
    std::sort(decisions.begin(), decisions.end(),
              [](const Decision *a, const Decision *b) { return announcedBefore(*b, *a); });
}

} // namespace banatlas
