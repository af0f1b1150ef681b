#include "statusresolver.h"

#include <algorithm>

namespace banatlas {

StatusResolver::StatusResolver(const QList<Decision> &decisions, const QList<Vendor> &vendors) {
    auto indexOf = [this](const QString &name) {
        const QString key = name.trimmed().toCaseFolded();
        auto it = m_vendorIndex.constFind(key);
        if (it == m_vendorIndex.constEnd())
            it = m_vendorIndex.insert(key, m_vendorCount++);
        return *it;
    };
    QHash<int, int> parentOf;
    for (const Vendor &v : vendors) {
        const int i = indexOf(v.name);
        for (const QString &alias : v.aliases)
            m_vendorIndex.insert(alias.trimmed().toCaseFolded(), i);
    }
    for (const Vendor &v : vendors) {
        if (!v.parent.isEmpty())
            parentOf.insert(indexOf(v.name), indexOf(v.parent));
    }
    for (const Decision &d : decisions) {
        for (const QString &name : d.vendors)
            indexOf(name);
        if (!m_countryIndex.contains(d.country))
            m_countryIndex.insert(d.country, static_cast<int>(m_countryIndex.size()));
    }
    // A vendor's ancestors, nearest first; guarded against cycles.
    auto ancestors = [&](int v) {
        QList<int> out;
        for (int p = parentOf.value(v, -1); p >= 0 && !out.contains(p) && p != v;
             p = parentOf.value(p, -1))
            out.append(p);
        return out;
    };
    QHash<int, QList<int>> descendants;
    for (int v = 0; v < m_vendorCount; ++v) {
        for (int a : ancestors(v))
            descendants[a].append(v);
    }

    m_pairs.assign(static_cast<size_t>(m_countryIndex.size()) * m_vendorCount, {});
    m_announced.reserve(decisions.size());
    for (const Decision &d : decisions) {
        const Entry e{d.announced.key(), d.effectiveOrAnnounced().key(), d.ended.key(), d.measure,
                      d.id};
        m_announced.insert(d.id, e.announced);
        if (m_earliest == 0 || e.announced < m_earliest)
            m_earliest = e.announced;
        const size_t row = static_cast<size_t>(m_countryIndex.value(d.country)) * m_vendorCount;
        QList<int> covered;
        for (const QString &name : d.vendors) {
            const int v = m_vendorIndex.value(name.trimmed().toCaseFolded());
            covered.append(v);
            if (d.coversSubsidiaries)
                covered.append(descendants.value(v));
        }
        std::sort(covered.begin(), covered.end());
        covered.erase(std::unique(covered.begin(), covered.end()), covered.end());
        for (int v : covered)
            m_pairs[row + v].push_back(e);
    }
    for (auto &entries : m_pairs) {
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.announced != b.announced ? a.announced < b.announced : a.id < b.id;
        });
    }
}

Status StatusResolver::resolvePair(const std::vector<Entry> &entries, int asOf) const {
    Status status;
    const auto end = std::upper_bound(entries.begin(), entries.end(), asOf,
                                      [](int d, const Entry &e) { return d < e.announced; });
    const auto n = static_cast<int>(end - entries.begin());
    if (n == 0)
        return status;

    int best = -1;
    bool liftedAfter = false; // a later allowed/reversal is effective and not ended
    bool anyInForce = false;
    QList<qint64> inEffect;
    for (int i = n - 1; i >= 0; --i) {
        const Entry &e = entries[static_cast<size_t>(i)];
        const bool ended = e.ended != 0 && e.ended <= asOf;
        const bool inForce = isBinding(e.measure) ? !ended && !liftedAfter : !ended && i == n - 1;
        if (isLifting(e.measure) && e.effective <= asOf && !ended)
            liftedAfter = true;
        if (!inForce)
            continue;
        inEffect.prepend(e.id);
        const int sev = severity(e.measure);
        const bool pending = e.effective > asOf;
        if (sev > best) {
            best = sev;
            status.statusClass = classOf(e.measure);
            status.deciding = {e.id};
            anyInForce = !pending;
        } else if (sev == best) {
            status.deciding.prepend(e.id);
            anyInForce = anyInForce || !pending;
        }
    }
    if (best < 0) {
        status.statusClass = StatusClass::NoneInForce;
        return status;
    }
    status.pending = !anyInForce;
    status.inEffect = inEffect;
    return status;
}

QList<int> StatusResolver::vendorIndexes(const QStringList &vendors) const {
    QList<int> out;
    if (vendors.isEmpty()) {
        for (int v = 0; v < m_vendorCount; ++v)
            out.append(v);
        return out;
    }
    for (const QString &name : vendors) {
        const auto it = m_vendorIndex.constFind(name.trimmed().toCaseFolded());
        if (it != m_vendorIndex.constEnd() && !out.contains(*it))
            out.append(*it);
    }
    return out;
}

void StatusResolver::sortByAnnouncement(QList<qint64> &ids) const {
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        const int ka = m_announced.value(a);
        const int kb = m_announced.value(b);
        return ka != kb ? ka < kb : a < b;
    });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

Status StatusResolver::resolveIndexes(int countryIndex, const QList<int> &vendors, int asOf) const {
    if (countryIndex < 0)
        return {};
    Status combined;
    bool decidingInForce = false;
    const size_t row = static_cast<size_t>(countryIndex) * m_vendorCount;
    for (int v : vendors) {
        const Status s = resolvePair(m_pairs[row + v], asOf);
        combined.inEffect.append(s.inEffect);
        if (s.statusClass > combined.statusClass) {
            combined.statusClass = s.statusClass;
            combined.deciding = s.deciding;
            decidingInForce = !s.pending;
        } else if (s.statusClass == combined.statusClass) {
            combined.deciding.append(s.deciding);
            decidingInForce = decidingInForce || !s.pending;
        }
    }
    if (vendors.size() > 1) {
        sortByAnnouncement(combined.inEffect);
        sortByAnnouncement(combined.deciding);
    }
    combined.pending = !combined.deciding.isEmpty() && !decidingInForce;
    return combined;
}

Status StatusResolver::resolve(const QString &country, const QString &vendor, QDate asOf) const {
    return resolve(country, QStringList{vendor}, asOf);
}

Status StatusResolver::resolve(const QString &country, const QStringList &vendors,
                               QDate asOf) const {
    const QList<int> indexes = vendorIndexes(vendors);
    return resolveIndexes(m_countryIndex.value(country, -1), indexes, dateKey(asOf));
}

QHash<QString, Status> StatusResolver::resolveCountries(const QStringList &countries,
                                                        const QStringList &vendors,
                                                        QDate asOf) const {
    const QList<int> indexes = vendorIndexes(vendors);
    const int key = dateKey(asOf);
    QHash<QString, Status> out;
    out.reserve(countries.size());
    for (const QString &c : countries)
        out.insert(c, resolveIndexes(m_countryIndex.value(c, -1), indexes, key));
    return out;
}

QList<QList<Status>> StatusResolver::resolveMatrix(const QStringList &countries,
                                                   const QStringList &vendors, QDate asOf) const {
    const int key = dateKey(asOf);
    QList<QList<int>> columns;
    for (const QString &v : vendors)
        columns.append(vendorIndexes({v}));
    QList<QList<Status>> out;
    out.reserve(countries.size());
    for (const QString &c : countries) {
        const int ci = m_countryIndex.value(c, -1);
        QList<Status> row;
        row.reserve(columns.size());
        for (const QList<int> &column : columns)
            row.append(column.isEmpty() ? Status{} : resolveIndexes(ci, column, key));
        out.append(row);
    }
    return out;
}

QStringList StatusResolver::unknownVendors(const QStringList &vendors) const {
    QStringList out;
    for (const QString &v : vendors) {
        if (!m_vendorIndex.contains(v.trimmed().toCaseFolded()))
            out.append(v);
    }
    return out;
}

QDate StatusResolver::earliestAnnouncement() const {
    if (m_earliest == 0)
        return {};
    return QDate(m_earliest / 10000, m_earliest / 100 % 100, m_earliest % 100);
}

} // namespace banatlas
