#include "domain/statusresolver.h"

#include <algorithm>

namespace banatlas {

StatusFacts statusFactsOf(const QList<Decision> &decisions) {
    StatusFacts out;
    QHash<QString, int> countryIndex;
    QHash<QString, int> vendorIndex; // by case-folded name, as the resolver matches
    auto indexIn = [](QHash<QString, int> &index, QStringList &names, const QString &name,
                      const QString &key) {
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, static_cast<int>(names.size()));
            names.append(name);
        }
        return *it;
    };
    out.facts.reserve(static_cast<size_t>(decisions.size()));
    for (const Decision &d : decisions) {
        StatusFact f;
        f.id = d.id;
        f.country = indexIn(countryIndex, out.countries, d.country, d.country);
        f.announced = d.announced.key();
        f.effective = d.effectiveOrAnnounced().key();
        f.ended = d.ended.key();
        f.deadline = d.deadline.key();
        f.measure = d.measure;
        f.coversSubsidiaries = d.coversSubsidiaries;
        for (const QString &name : d.vendors) {
            f.vendor = indexIn(vendorIndex, out.vendors, name, name.trimmed().toCaseFolded());
            out.facts.push_back(f);
        }
    }
    return out;
}

StatusResolver::StatusResolver(const QList<Decision> &decisions, const QList<Vendor> &vendors)
    : StatusResolver(statusFactsOf(decisions), vendors) {}

int StatusResolver::vendorIndexOf(const QString &name) {
    const QString key = name.trimmed().toCaseFolded();
    auto it = m_vendorIndex.constFind(key);
    if (it == m_vendorIndex.constEnd())
        it = m_vendorIndex.insert(key, m_vendorCount++);
    return *it;
}

// Names and aliases to indexes; each vendor's descendants (through the parents, guarded
// against cycles), which a decision covering subsidiaries covers too.
void StatusResolver::indexVendors(const QList<Vendor> &vendors,
                                  QHash<int, QList<int>> &descendants) {
    QHash<int, int> parentOf;
    for (const Vendor &v : vendors) {
        const int i = vendorIndexOf(v.name);
        for (const QString &alias : v.aliases)
            m_vendorIndex.insert(alias.trimmed().toCaseFolded(), i);
    }
    for (const Vendor &v : vendors) {
        if (!v.parent.isEmpty())
            parentOf.insert(vendorIndexOf(v.name), vendorIndexOf(v.parent));
    }
    for (int v = 0; v < m_vendorCount; ++v) {
        QList<int> seen;
        for (int p = parentOf.value(v, -1); p >= 0 && !seen.contains(p) && p != v;
             p = parentOf.value(p, -1)) {
            seen.append(p);
            descendants[p].append(v);
        }
    }
}

StatusResolver::StatusResolver(const StatusFacts &facts, const QList<Vendor> &vendors) {
    QHash<int, QList<int>> descendants;
    indexVendors(vendors, descendants);
    QList<int> vendorOf; // the facts' vendor index → this resolver's
    for (const QString &name : facts.vendors)
        vendorOf.append(vendorIndexOf(name));
    // Only the governments with decisions get a row.
    QList<int> countryOf(facts.countries.size(), -1);
    for (const StatusFact &f : facts.facts) {
        int &c = countryOf[f.country];
        if (c < 0) {
            c = static_cast<int>(m_countryIndex.size());
            m_countryIndex.insert(facts.countries[f.country], c);
        }
    }
    m_pairs.assign(static_cast<size_t>(m_countryIndex.size()) * m_vendorCount, {});
    m_announced.reserve(facts.facts.size());
    QList<int> covered;
    for (const StatusFact &f : facts.facts) {
        const Entry e{f.announced, f.effective, f.ended, f.measure, f.id};
        m_announced.emplace_back(f.id, f.announced);
        if (m_earliest == 0 || e.announced < m_earliest)
            m_earliest = e.announced;
        const size_t row = static_cast<size_t>(countryOf[f.country]) * m_vendorCount;
        const int v = vendorOf[f.vendor];
        covered = {v};
        if (f.coversSubsidiaries)
            covered.append(descendants.value(v));
        for (int c : std::as_const(covered))
            m_pairs[row + c].push_back(e);
    }
    const auto before = [](const Entry &a, const Entry &b) {
        return a.announced != b.announced ? a.announced < b.announced : a.id < b.id;
    };
    for (auto &entries : m_pairs) {
        // The store's facts come in this order already.
        if (!std::is_sorted(entries.begin(), entries.end(), before))
            std::sort(entries.begin(), entries.end(), before);
        // A decision naming a vendor and its parent (covering subsidiaries) is once here.
        entries.erase(std::unique(entries.begin(), entries.end(),
                                  [](const Entry &a, const Entry &b) { return a.id == b.id; }),
                      entries.end());
    }
    indexAnnouncements();
}

// The announced key of every id: by id directly when ids are dense (as the store keeps
// them), else sorted pairs searched.
void StatusResolver::indexAnnouncements() {
    qint64 maxId = 0;
    for (const auto &[id, key] : m_announced)
        maxId = std::max(maxId, id);
    if (maxId <= 4 * qint64(m_announced.size()) + 1024) {
        m_announcedById.assign(size_t(maxId) + 1, 0);
        for (const auto &[id, key] : m_announced)
            m_announcedById[size_t(id)] = key;
        m_announced = {};
        return;
    }
    std::sort(m_announced.begin(), m_announced.end());
    m_announced.erase(std::unique(m_announced.begin(), m_announced.end()), m_announced.end());
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
        const int ka = announcedKeyOf(a);
        const int kb = announcedKeyOf(b);
        return ka != kb ? ka < kb : a < b;
    });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

int StatusResolver::announcedKeyOf(qint64 id) const {
    if (!m_announcedById.empty())
        return id >= 0 && size_t(id) < m_announcedById.size() ? m_announcedById[size_t(id)] : 0;
    const auto it =
        std::lower_bound(m_announced.begin(), m_announced.end(), std::pair<qint64, int>(id, 0));
    return it != m_announced.end() && it->first == id ? it->second : 0;
}

namespace {

// Several statuses as one, by DOMAIN.md's rule for a set of vendors: the highest class
// wins, its deciding decisions are those of every status at that class, and it is
// pending only when none of them is in force yet.
class StatusCombiner {
public:
    void add(const Status &s) {
        m_status.inEffect.append(s.inEffect);
        if (s.statusClass > m_status.statusClass) {
            m_status.statusClass = s.statusClass;
            m_status.deciding = s.deciding;
            m_inForce = !s.pending;
        } else if (s.statusClass == m_status.statusClass) {
            m_status.deciding.append(s.deciding);
            m_inForce = m_inForce || !s.pending;
        }
    }
    Status take() {
        m_status.pending = !m_status.deciding.isEmpty() && !m_inForce;
        return std::move(m_status);
    }

private:
    Status m_status;
    bool m_inForce = false;
};

QDate dateOfKey(int key) {
    return QDate(key / 10000, key / 100 % 100, key % 100);
}

} // namespace

Status StatusResolver::resolveIndexes(int countryIndex, const QList<int> &vendors, int asOf) const {
    if (countryIndex < 0)
        return {};
    StatusCombiner combiner;
    const size_t row = static_cast<size_t>(countryIndex) * m_vendorCount;
    for (int v : vendors)
        combiner.add(resolvePair(m_pairs[row + v], asOf));
    Status combined = combiner.take();
    if (vendors.size() > 1) {
        sortByAnnouncement(combined.inEffect);
        sortByAnnouncement(combined.deciding);
    }
    return combined;
}

void StatusResolver::collectChangeKeys(int countryIndex, const QList<int> &vendors,
                                       std::vector<int> &keys) const {
    // resolvePair compares the as-of date only with these dates (announced <= D,
    // effective <= D, ended <= D): between two of them nothing can change.
    const size_t row = static_cast<size_t>(countryIndex) * m_vendorCount;
    for (int v : vendors) {
        for (const Entry &e : m_pairs[row + v]) {
            keys.push_back(e.announced);
            keys.push_back(e.effective);
            if (e.ended != 0)
                keys.push_back(e.ended);
        }
    }
}

QList<StatusPeriod> StatusResolver::periods(const QString &country,
                                            const QStringList &vendors) const {
    const int ci = m_countryIndex.value(country, -1);
    const QList<int> requested = vendorIndexes(vendors);
    if (ci < 0 || requested.isEmpty())
        return {};
    // Only the vendors this government has decided about can change its status.
    const size_t row = static_cast<size_t>(ci) * m_vendorCount;
    QList<int> present;
    for (int v : requested) {
        if (!m_pairs[row + v].empty())
            present.append(v);
    }
    std::vector<int> keys;
    collectChangeKeys(ci, present, keys);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    QList<StatusPeriod> out;
    for (int key : keys) {
        const Status s = resolveIndexes(ci, present, key);
        if (s.statusClass == StatusClass::NoData)
            continue;
        if (!out.isEmpty() && out.last().statusClass == s.statusClass &&
            out.last().pending == s.pending) {
            out.last().decisions.append(s.inEffect);
            continue;
        }
        const QDate from = dateOfKey(key);
        if (!out.isEmpty())
            out.last().to = from;
        out.append({from, {}, s.statusClass, s.pending, s.inEffect});
    }
    for (StatusPeriod &p : out)
        sortByAnnouncement(p.decisions);
    return out;
}

QList<StatusPeriod> StatusResolver::periods(const QStringList &countries,
                                            const QStringList &vendors) const {
    if (countries.size() == 1)
        return periods(countries.first(), vendors);
    // Each government's own periods, then one sweep over all their boundaries keeping
    // a count of governments per (class, pending): far cheaper than resolving every
    // government on every date.
    QList<QList<StatusPeriod>> own;
    struct Event {
        QDate date;
        int government;
        int period;
    };
    std::vector<Event> events;
    for (const QString &c : countries) {
        QList<StatusPeriod> p = periods(c, vendors);
        if (p.isEmpty())
            continue;
        const int g = static_cast<int>(own.size());
        for (int i = 0; i < p.size(); ++i)
            events.push_back({p[i].from, g, i});
        own.append(std::move(p));
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.date < b.date; });

    constexpr int kClasses = static_cast<int>(StatusClass::Banned) + 1;
    int count[kClasses][2] = {};
    QList<int> current(own.size(), -1); // each government's period, -1 before its first
    auto countOf = [&](int g, int delta) {
        if (current[g] < 0)
            return;
        const StatusPeriod &p = own[g][current[g]];
        count[static_cast<int>(p.statusClass)][p.pending ? 1 : 0] += delta;
    };
    QList<StatusPeriod> out;
    for (size_t i = 0; i < events.size();) {
        const QDate date = events[i].date;
        QList<int> changed;
        for (; i < events.size() && events[i].date == date; ++i) {
            const int g = events[i].government;
            countOf(g, -1);
            current[g] = events[i].period;
            countOf(g, +1);
            changed.append(g);
        }
        int top = kClasses - 1;
        while (top > 0 && count[top][0] + count[top][1] == 0)
            --top;
        const auto cls = static_cast<StatusClass>(top);
        const bool pending = count[top][0] == 0;
        if (!out.isEmpty() && out.last().statusClass == cls && out.last().pending == pending) {
            for (int g : std::as_const(changed))
                out.last().decisions.append(own[g][current[g]].decisions);
            continue;
        }
        if (!out.isEmpty())
            out.last().to = date;
        StatusPeriod next{date, {}, cls, pending, {}};
        for (int g = 0; g < own.size(); ++g) {
            if (current[g] >= 0)
                next.decisions.append(own[g][current[g]].decisions);
        }
        out.append(std::move(next));
    }
    for (StatusPeriod &p : out)
        sortByAnnouncement(p.decisions);
    return out;
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
