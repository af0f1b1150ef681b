#include "domain/statusresolver.h"

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>

namespace banatlas {

namespace {

// How the resolver matches a vendor's name or alias: trimmed, case-folded.
QString nameKeyOf(const QString &name) {
    return name.trimmed().toCaseFolded();
}

} // namespace

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
            f.vendor = indexIn(vendorIndex, out.vendors, name, nameKeyOf(name));
            out.facts.push_back(f);
        }
    }
    return out;
}

namespace {

bool announcedOrder(const StatusResolver::Entry &a, const StatusResolver::Entry &b) {
    return a.announced != b.announced ? a.announced < b.announced : a.id < b.id;
}

} // namespace

StatusResolver::StatusResolver(const QList<Decision> &decisions, const QList<Vendor> &vendors)
    : StatusResolver(statusFactsOf(decisions), vendors) {}

int StatusResolver::vendorIndexOf(const QString &name) {
    const QString key = nameKeyOf(name);
    auto it = m_vendorIndex.constFind(key);
    if (it == m_vendorIndex.constEnd())
        it = m_vendorIndex.insert(key, m_vendorCount++);
    return *it;
}

// Names and aliases to indexes; each vendor's descendants (through the parents, guarded
// against cycles), which a decision covering subsidiaries covers too.
void StatusResolver::indexVendors(const QList<Vendor> &vendors) {
    QHash<int, int> parentOf;
    for (const Vendor &v : vendors) {
        const int i = vendorIndexOf(v.name);
        for (const QString &alias : v.aliases)
            m_vendorIndex.insert(nameKeyOf(alias), i);
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
            m_descendants[p].append(v);
        }
    }
}

StatusResolver::StatusResolver(const StatusFacts &facts, const QList<Vendor> &vendors) {
    indexVendors(vendors);
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
            covered.append(m_descendants.value(v));
        for (int c : std::as_const(covered))
            m_pairs[row + c].push_back(e);
    }
    for (auto &entries : m_pairs) {
        // The store's facts come in this order already.
        if (!std::is_sorted(entries.begin(), entries.end(), announcedOrder))
            std::sort(entries.begin(), entries.end(), announcedOrder);
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

void StatusResolver::setAnnounced(qint64 id, int key) {
    if (!m_announcedById.empty()) {
        if (id >= 0 && id < 4 * qint64(m_announcedById.size()) + 1024) {
            if (size_t(id) >= m_announcedById.size())
                m_announcedById.resize(size_t(id) + 1, 0);
            m_announcedById[size_t(id)] = key;
            return;
        }
        // Too far beyond the dense range: sorted pairs from now on.
        for (size_t i = 0; i < m_announcedById.size(); ++i) {
            if (m_announcedById[i] != 0)
                m_announced.emplace_back(qint64(i), m_announcedById[i]);
        }
        m_announcedById = {};
    }
    const std::pair<qint64, int> item(id, key);
    const auto it =
        std::lower_bound(m_announced.begin(), m_announced.end(), item,
                         [](const auto &a, const auto &b) { return a.first < b.first; });
    if (it != m_announced.end() && it->first == id)
        it->second = key;
    else
        m_announced.insert(it, item);
}

// One entry into its pair (and the pairs of the vendor's descendants when it covers
// subsidiaries), in announced order, once per pair.
void StatusResolver::insertEntry(size_t row, int vendor, bool coversSubsidiaries, const Entry &e) {
    QList<int> covered{vendor};
    if (coversSubsidiaries)
        covered.append(m_descendants.value(vendor));
    for (int c : std::as_const(covered)) {
        std::vector<Entry> &entries = m_pairs[row + size_t(c)];
        const auto at = std::lower_bound(entries.begin(), entries.end(), e, announcedOrder);
        if (at == entries.end() || at->id != e.id)
            entries.insert(at, e);
    }
}

bool StatusResolver::replaceDecision(qint64 id, const StatusFacts &facts) {
    for (const StatusFact &f : facts.facts) {
        if (!m_countryIndex.contains(facts.countries.value(f.country)) ||
            !m_vendorIndex.contains(nameKeyOf(facts.vendors.value(f.vendor))))
            return false;
    }
    for (auto &entries : m_pairs)
        std::erase_if(entries, [id](const Entry &e) { return e.id == id; });
    setAnnounced(id, 0);
    for (const StatusFact &f : facts.facts) {
        const Entry e{f.announced, f.effective, f.ended, f.measure, f.id};
        const size_t row =
            static_cast<size_t>(m_countryIndex.value(facts.countries[f.country])) * m_vendorCount;
        insertEntry(row, m_vendorIndex.value(nameKeyOf(facts.vendors[f.vendor])),
                    f.coversSubsidiaries, e);
        setAnnounced(id, f.announced);
    }
    m_earliest = 0;
    for (const auto &entries : m_pairs) {
        if (!entries.empty() && (m_earliest == 0 || entries.front().announced < m_earliest))
            m_earliest = entries.front().announced;
    }
    return true;
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
        const auto it = m_vendorIndex.constFind(nameKeyOf(name));
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

namespace {

constexpr int kNever = std::numeric_limits<int>::max();

// A stretch [from, to) in which one decision is in force for one vendor; pending when
// it is not yet effective there.
struct InForce {
    int from;
    int to;
    StatusClass statusClass;
    bool pending;
    qint64 id;
};

// Disjoint, merged stretches [from, to) of time: where some later allowed/reversal
// lifts the binding measures before it.
class Stretches {
public:
    void add(int from, int to) {
        if (from >= to)
            return;
        auto it = m_map.upper_bound(from);
        if (it != m_map.begin() && std::prev(it)->second >= from) {
            --it;
            from = it->first;
        }
        while (it != m_map.end() && it->first <= to) {
            to = std::max(to, it->second);
            it = m_map.erase(it);
        }
        m_map.emplace(from, to);
    }
    // [from, to) less these stretches, as pieces in date order.
    template <typename F> void subtractFrom(int from, int to, F &&piece) const {
        auto it = m_map.upper_bound(from);
        if (it != m_map.begin() && std::prev(it)->second > from)
            --it;
        for (; it != m_map.end() && it->first < to && from < to; ++it) {
            if (it->first > from)
                piece(from, it->first);
            from = std::max(from, it->second);
        }
        if (from < to)
            piece(from, to);
    }

private:
    std::map<int, int> m_map;
};

// The stretches in which each decision of one pair is in force, by the rules resolvePair
// applies on one date: a binding measure from its announcement to its end, less where a
// later allowed/reversal is effective and not ended; any other measure from its
// announcement until the next decision or its end. Each stretch is split where the
// decision takes effect (pending before).
void inForceStretches(const std::vector<StatusResolver::Entry> &entries,
                      std::vector<InForce> &out) {
    Stretches lifted; // by the decisions after the one at hand
    for (size_t i = entries.size(); i-- > 0;) {
        const auto &e = entries[i];
        const int end = e.ended != 0 ? e.ended : kNever;
        const StatusClass cls = classOf(e.measure);
        const auto add = [&](int from, int to) {
            if (from < std::min(to, e.effective))
                out.push_back({from, std::min(to, e.effective), cls, true, e.id});
            if (std::max(from, e.effective) < to)
                out.push_back({std::max(from, e.effective), to, cls, false, e.id});
        };
        if (isBinding(e.measure)) {
            lifted.subtractFrom(e.announced, end, add);
        } else {
            const int next = i + 1 < entries.size() ? entries[i + 1].announced : kNever;
            if (e.announced < std::min(end, next))
                add(e.announced, std::min(end, next));
        }
        if (isLifting(e.measure))
            lifted.add(std::max(e.announced, e.effective), end);
    }
}

// One sweep over the boundaries of stretches in force, counting them per (class,
// pending) and per decision: the periods, merged where class and pending agree, each
// with every decision in force at some time within it.
class StretchSweep {
public:
    explicit StretchSweep(const std::vector<InForce> &stretches)
        : m_stretches(stretches) {
        m_events.reserve(stretches.size() * 2);
        for (size_t i = 0; i < stretches.size(); ++i) {
            m_events.push_back({stretches[i].from, true, i});
            if (stretches[i].to != kNever)
                m_events.push_back({stretches[i].to, false, i});
        }
        std::sort(m_events.begin(), m_events.end(),
                  [](const Event &a, const Event &b) { return a.key < b.key; });
    }

    // From `first` (the earliest announcement: "no data" only before it) on.
    QList<StatusPeriod> periodsFrom(int first) {
        QList<StatusPeriod> out;
        for (int key = first; key != kNever;) {
            applyEventsAt(key);
            const auto [cls, pending] = strongest();
            if (!out.isEmpty() && out.last().statusClass == cls && out.last().pending == pending) {
                out.last().decisions.append(m_started);
            } else {
                const QDate from = dateOfKey(key);
                if (!out.isEmpty())
                    out.last().to = from;
                StatusPeriod next{from, {}, cls, pending, {}};
                next.decisions.reserve(static_cast<qsizetype>(m_active.size()));
                for (const auto &[id, n] : m_active)
                    next.decisions.append(id);
                out.append(std::move(next));
            }
            key = m_next < m_events.size() ? m_events[m_next].key : kNever;
        }
        return out;
    }

private:
    struct Event {
        int key;
        bool starts;
        size_t stretch;
    };
    static constexpr int kClasses = static_cast<int>(StatusClass::Banned) + 1;

    void applyEventsAt(int key) {
        m_started.clear();
        for (; m_next < m_events.size() && m_events[m_next].key == key; ++m_next) {
            const Event &e = m_events[m_next];
            const InForce &s = m_stretches[e.stretch];
            const int delta = e.starts ? 1 : -1;
            m_count[static_cast<int>(s.statusClass)][s.pending ? 1 : 0] += delta;
            int &n = m_active[s.id];
            n += delta;
            if (e.starts)
                m_started.append(s.id);
            else if (n == 0)
                m_active.erase(s.id);
        }
    }
    // The highest class in force ("none in force" when nothing is), pending when nothing
    // at that class is in effect yet.
    std::pair<StatusClass, bool> strongest() const {
        int top = kClasses - 1;
        while (top > static_cast<int>(StatusClass::NoneInForce) &&
               m_count[top][0] + m_count[top][1] == 0)
            --top;
        const auto cls = static_cast<StatusClass>(top);
        return {cls, cls != StatusClass::NoneInForce && m_count[top][0] == 0};
    }

    const std::vector<InForce> &m_stretches;
    std::vector<Event> m_events;
    size_t m_next = 0;
    int m_count[kClasses][2] = {};
    std::unordered_map<qint64, int> m_active; // id → its stretches in force now
    QList<qint64> m_started;                  // ids whose stretch starts at this key
};

} // namespace

QList<StatusPeriod> StatusResolver::periods(const QString &country,
                                            const QStringList &vendors) const {
    const int ci = m_countryIndex.value(country, -1);
    const QList<int> requested = vendorIndexes(vendors);
    if (ci < 0 || requested.isEmpty())
        return {};
    // Each decision's stretches in force, vendor by vendor; then one sweep over their
    // boundaries, counting what is in force per (class, pending). Several vendors
    // combine as in resolve(): the highest class wins, pending when nothing at that class
    // is in force yet (severity and class rise together, so counting by class is the
    // same as combining the vendors' statuses).
    const size_t row = static_cast<size_t>(ci) * m_vendorCount;
    std::vector<InForce> stretches;
    int first = kNever; // before it, no data
    for (int v : requested) {
        const auto &entries = m_pairs[row + v];
        if (entries.empty())
            continue;
        first = std::min(first, entries.front().announced);
        inForceStretches(entries, stretches);
    }
    if (first == kNever)
        return {};
    QList<StatusPeriod> out = StretchSweep(stretches).periodsFrom(first);
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
        if (!m_vendorIndex.contains(nameKeyOf(v)))
            out.append(v);
    }
    return out;
}

QDate StatusResolver::earliestAnnouncement() const {
    if (m_earliest == 0)
        return {};
    return QDate(m_earliest / 10000, m_earliest / 100 % 100, m_earliest % 100);
}

QSet<qint64> decisionsInEffect(const StatusResolver &resolver, const QStringList &countries,
                               QDate asOf) {
    QSet<qint64> ids;
    const QHash<QString, Status> statuses = resolver.resolveCountries(countries, {}, asOf);
    for (const Status &s : statuses) {
        for (qint64 id : s.inEffect)
            ids.insert(id);
    }
    return ids;
}

} // namespace banatlas
