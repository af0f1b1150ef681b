#include "domain/statusresolver.h"
#include "domain/validation.h"

#include "helpers/statusedges.h"
#include "helpers/testsetup.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <functional>
#include <numeric>
#include <span>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

PartialDate date(const char *text) {
    return PartialDate::parse(QString::fromLatin1(text)).value();
}

Decision make(qint64 id, const char *country, QStringList vendors, Measure m, const char *announced,
              const char *effective = "", const char *ended = "") {
    Decision d;
    d.id = id;
    d.country = QString::fromLatin1(country);
    d.vendors = std::move(vendors);
    d.measure = m;
    d.scopes = {Scope::Core5g};
    d.announced = date(announced);
    d.effective = date(effective);
    d.ended = date(ended);
    d.title = u"decision %1"_s.arg(id);
    return d;
}

Vendor vendor(const QString &name, const QString &parent = {}) {
    Vendor v;
    v.name = name;
    v.parent = parent;
    return v;
}

const QList<Vendor> kVendors = {vendor(u"Huawei"_s), vendor(u"ZTE"_s), vendor(u"Kaspersky"_s),
                                vendor(u"HiSilicon"_s, u"Huawei"_s)};

using Ids = QList<qint64>;

// ---------------------------------------------------------------------------------------
// A randomised comparison: 10,000 synthetic decisions resolved by StatusResolver and by
// `reference`, a plain reading of DOMAIN.md ("Status resolution") that shares nothing
// with the resolver but the entity types and PartialDate. The reference keeps no index:
// for a query it filters every decision, and for every date it cuts S, walks it and looks
// at every later decision again, so that each step can be checked against DOMAIN.md's
// words by reading.
namespace reference {

// DOMAIN.md's measure table: severity and map class.
int severityOf(Measure m) {
    switch (m) {
    case Measure::Ban:
        return 4;
    case Measure::Restriction:
        return 3;
    case Measure::ProcurementBan:
        return 2;
    case Measure::Warning:
    case Measure::Considering:
        return 1;
    case Measure::Allowed:
    case Measure::Reversal:
        return 0;
    }
    return -1;
}

StatusClass mapClassOf(Measure m) {
    switch (m) {
    case Measure::Ban:
        return StatusClass::Banned;
    case Measure::Restriction:
        return StatusClass::Restricted;
    case Measure::ProcurementBan:
        return StatusClass::GovernmentBan;
    case Measure::Warning:
    case Measure::Considering:
        return StatusClass::UnderReview;
    case Measure::Allowed:
    case Measure::Reversal:
        return StatusClass::Allowed;
    }
    return StatusClass::NoData;
}

bool binding(Measure m) {
    return m == Measure::Ban || m == Measure::Restriction || m == Measure::ProcurementBan;
}

bool lifting(Measure m) {
    return m == Measure::Allowed || m == Measure::Reversal;
}

// The vendor `name` means (its name or one of its aliases, ignoring case), by its name;
// empty when no vendor is called so.
QString vendorNamed(const QList<Vendor> &vendors, const QString &name) {
    for (const Vendor &v : vendors) {
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return v.name;
        for (const QString &alias : v.aliases) {
            if (alias.compare(name, Qt::CaseInsensitive) == 0)
                return v.name;
        }
    }
    return {};
}

// Whether `ancestor` is `vendor`'s parent, its parent's parent, and so on (both by name).
bool isAncestor(const QList<Vendor> &vendors, const QString &ancestor, const QString &vendor) {
    QString current = vendor;
    for (qsizetype step = 0; step < vendors.size(); ++step) { // no chain is longer
        const auto it = std::find_if(vendors.begin(), vendors.end(),
                                     [&](const Vendor &v) { return v.name == current; });
        if (it == vendors.end() || it->parent.isEmpty())
            return false;
        current = vendorNamed(vendors, it->parent);
        if (current == ancestor)
            return true;
    }
    return false;
}

// Whether `d` is about `vendor` (by its name): it names the vendor, or names one of the
// vendor's ancestors and covers subsidiaries.
bool isAbout(const QList<Vendor> &vendors, const Decision &d, const QString &vendor) {
    for (const QString &named : d.vendors) {
        const QString v = vendorNamed(vendors, named);
        if (v == vendor || (d.coversSubsidiaries && isAncestor(vendors, v, vendor)))
            return true;
    }
    return false;
}

// A decision about the vendor with its dates as days: a partial date counts as the first
// day of its period.
struct Dated {
    const Decision *decision;
    QDate announced;
    QDate effective; // defaults to announced
    QDate ended;     // invalid: none
};

Dated dated(const Decision &d) {
    return {&d, d.announced.firstDay(),
            d.effective.isNull() ? d.announced.firstDay() : d.effective.firstDay(),
            d.ended.firstDay()};
}

bool hasEnded(const Dated &d, QDate asOf) {
    return d.ended.isValid() && d.ended <= asOf;
}

// The order of S: (announced, id).
bool earlier(const Dated &a, const Dated &b) {
    return a.announced != b.announced ? a.announced < b.announced : a.decision->id < b.decision->id;
}

// Rules 1-3 for s[i], s being S in (announced, id) order.
bool inEffect(std::span<const Dated> s, size_t i, QDate asOf) {
    const Dated &d = s[i];
    if (hasEnded(d, asOf))
        return false;
    if (!binding(d.decision->measure))
        return i == s.size() - 1; // until the next decision in S
    for (const Dated &later : s.subspan(i + 1)) {
        if (lifting(later.decision->measure) && later.effective <= asOf && !hasEnded(later, asOf))
            return false; // lifted
    }
    return true;
}

// The highest severity in effect; pending when no deciding decision is effective yet.
Status level(const QList<Dated> &inForce, bool anyAnnounced, QDate asOf) {
    Status out;
    out.statusClass = anyAnnounced ? StatusClass::NoneInForce : StatusClass::NoData;
    int top = -1;
    for (const Dated &d : inForce)
        top = std::max(top, severityOf(d.decision->measure));
    bool anyEffective = false;
    for (const Dated &d : inForce) {
        out.inEffect.append(d.decision->id);
        if (severityOf(d.decision->measure) != top)
            continue;
        out.deciding.append(d.decision->id);
        out.statusClass = mapClassOf(d.decision->measure);
        anyEffective = anyEffective || d.effective <= asOf;
    }
    out.pending = !out.deciding.isEmpty() && !anyEffective;
    return out;
}

// The vendors (by name) meant by names or aliases; none means every vendor. Unknown names
// count for nothing.
QStringList vendorsAsked(const QList<Vendor> &vendors, const QStringList &asked) {
    QStringList names;
    for (const QString &a : asked) {
        const QString v = vendorNamed(vendors, a);
        if (!v.isEmpty() && !names.contains(v))
            names.append(v);
    }
    if (asked.isEmpty()) {
        for (const Vendor &v : vendors)
            names.append(v.name);
    }
    return names;
}

// The status of (country, vendors) by DOMAIN.md, for any date.
class Reference {
public:
    // `asked` as in vendorsAsked(). `decisions` must outlive the reference.
    Reference(const QList<Decision> &decisions, const QList<Vendor> &vendors,
              const QString &country, const QStringList &asked) {
        for (const QString &name : vendorsAsked(vendors, asked)) {
            QList<Dated> about;
            for (const Decision &d : decisions) {
                if (d.country == country && isAbout(vendors, d, name))
                    about.append(dated(d));
            }
            std::sort(about.begin(), about.end(), earlier);
            for (const Dated &d : std::as_const(about))
                m_decisions.append(d.decision);
            m_about.append(about);
        }
        std::sort(m_decisions.begin(), m_decisions.end());
        m_decisions.erase(std::unique(m_decisions.begin(), m_decisions.end()), m_decisions.end());
    }

    // Every decision about any of the vendors.
    QList<const Decision *> decisions() const { return m_decisions; }

    Status at(QDate asOf) const {
        QList<Dated> inForce; // in effect for at least one of the vendors
        bool anyAnnounced = false;
        for (const auto &about : m_about) {
            // S: `about` is in (announced, id) order, so those announced by D come first.
            const auto announced = std::count_if(
                about.begin(), about.end(), [&](const Dated &d) { return d.announced <= asOf; });
            const std::span<const Dated> s(about.constData(), static_cast<size_t>(announced));
            anyAnnounced = anyAnnounced || !s.empty();
            for (size_t i = 0; i < s.size(); ++i) {
                const auto same = [&](const Dated &d) { return d.decision == s[i].decision; };
                if (inEffect(s, i, asOf) && std::none_of(inForce.begin(), inForce.end(), same))
                    inForce.append(s[i]);
            }
        }
        std::sort(inForce.begin(), inForce.end(), earlier);
        return level(inForce, anyAnnounced, asOf);
    }

private:
    QList<QList<Dated>> m_about; // per vendor: the decisions about it, in (announced, id) order
    QList<const Decision *> m_decisions; // about any of the vendors
};

} // namespace reference

// The synthetic world: 12 governments (a few deciding rarely, so that "no data" and "no
// measure in force" come up), 8 vendors in a tree with aliases, 10,000 decisions.
constexpr quint32 kSeed = 20250611;
constexpr int kRandomDecisions = 10000;
const QDate kFirstDay(2008, 1, 1);
constexpr int kSpanDays = 16 * 365;
// Of each query's decisions, how many have their dates compared (the rest are sampled by
// the random dates): bounds the run time.
constexpr int kBoundaryDecisions = 20;
// Queries per government: vendors alone, sets of vendors.
constexpr int kSingleVendorQueries = 2;
constexpr int kVendorSetQueries = 2;

const QStringList kGovernments{u"AU"_s, u"CA"_s, u"DE"_s, u"EU"_s, u"FR"_s, u"GB"_s,
                               u"IN"_s, u"JP"_s, u"SE"_s, u"US"_s, u"NZ"_s, u"VN"_s};
const QList<int> kGovernmentWeights{14, 14, 14, 14, 12, 12, 10, 8, 6, 4, 1, 1};
// The governments also asked about every vendor, the costliest query (for the reference
// and for periods()): dense, middling and sparse ones, and one that never decided.
const QStringList kEveryVendorGovernments{u"CA"_s, u"JP"_s, u"US"_s, u"VN"_s, u"BR"_s};

// Apex Networks > Apex Devices > Apex Chips is a chain of depth 2. Some subsidiaries come
// before their parents in the list, and one names its parent in other capitals: the
// resolver must not mind either.
QList<Vendor> randomWorldVendors() {
    auto make = [](const QString &name, const QString &parent, const QStringList &aliases) {
        Vendor v = vendor(name, parent);
        v.aliases = aliases;
        return v;
    };
    return {make(u"Apex Chips"_s, u"Apex Devices"_s, {u"AC Semiconductor"_s}),
            make(u"Apex Devices"_s, u"Apex Networks"_s, {u"ApexDev"_s}),
            make(u"Apex Networks"_s, {}, {u"Apex"_s, u"Apex Networks Co"_s}),
            make(u"Apex Cloud"_s, u"apex networks"_s, {}),
            make(u"Borealis Labs"_s, u"Borealis Telecom"_s, {u"BLabs"_s}),
            make(u"Borealis Telecom"_s, {}, {u"Borealis"_s}),
            make(u"Cygnus Security"_s, {}, {u"Cygnus"_s}),
            make(u"Delta Apps"_s, {}, {})};
}
// How often each vendor is named.
const QList<int> kVendorWeights{2, 3, 5, 2, 2, 4, 3, 1};

struct RandomWorld {
    quint32 seed;
    QList<Vendor> vendors;
    // Ids 1..10,000 (dense, as a store keeps them) in no relation to the order of
    // announcement.
    QList<Decision> decisions;
    // The same with ids up to 2^53 - 1, in the same order: the resolver's other way of
    // ordering ids (for sparse ones), compared by resolve().
    QList<Decision> farDecisions;
};

// What farDecisions add to an id.
constexpr qint64 kFarIds = kMaxId - kRandomDecisions;

Status withFarIds(Status s) {
    for (qint64 &id : s.inEffect)
        id += kFarIds;
    for (qint64 &id : s.deciding)
        id += kFarIds;
    return s;
}

// The seed: fixed, or BANATLAS_RESOLVER_SEED to try others.
quint32 randomSeed() {
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("BANATLAS_RESOLVER_SEED", &ok);
    return ok ? static_cast<quint32>(fromEnvironment) : kSeed;
}

int weighted(QRandomGenerator &rng, const QList<int> &weights) {
    int r = rng.bounded(std::accumulate(weights.begin(), weights.end(), 0));
    for (int i = 0; i < weights.size(); ++i) {
        if (r < weights[i])
            return i;
        r -= weights[i];
    }
    return static_cast<int>(weights.size()) - 1;
}

int below(QRandomGenerator &rng, qsizetype n) {
    return rng.bounded(static_cast<int>(n));
}

// `day` known to the year, the month or the day.
PartialDate withRandomPrecision(QRandomGenerator &rng, QDate day) {
    const int p = rng.bounded(10);
    if (p < 2)
        return PartialDate::year(day.year());
    if (p < 5)
        return PartialDate::month(day.year(), day.month());
    return PartialDate::fromDate(day);
}

// The month or year containing `d`: it compares as earlier than `d` unless `d` is the
// first day of it, and validation accepts it as not before `d`.
PartialDate enclosing(const PartialDate &d) {
    if (d.precision() == PartialDate::Precision::Day)
        return PartialDate::month(d.yearPart(), d.monthPart());
    return PartialDate::year(d.yearPart());
}

// A quarter of the announcements fall on a few busy days: many decisions on one date.
PartialDate randomAnnounced(QRandomGenerator &rng, const QList<QDate> &busyDays) {
    if (rng.bounded(4) == 0)
        return PartialDate::fromDate(busyDays[below(rng, busyDays.size())]);
    return withRandomPrecision(rng, kFirstDay.addDays(rng.bounded(kSpanDays)));
}

// None (effective when announced), the same date, the enclosing month or year (before the
// announced day) or later.
PartialDate randomEffective(QRandomGenerator &rng, const PartialDate &announced) {
    const int kind = rng.bounded(8);
    if (kind < 3)
        return {};
    if (kind == 3)
        return announced;
    if (kind == 4)
        return enclosing(announced);
    return withRandomPrecision(rng, announced.firstDay().addDays(1 + rng.bounded(700)));
}

// None, the effective date itself, the enclosing month or year (so before the effective
// date and perhaps the announcement: never in force, or only while pending) or later.
PartialDate randomEnded(QRandomGenerator &rng, const PartialDate &effective) {
    const int kind = rng.bounded(10);
    if (kind < 5)
        return {};
    if (kind == 5)
        return effective;
    if (kind == 6)
        return enclosing(effective);
    return withRandomPrecision(rng, effective.firstDay().addDays(1 + rng.bounded(1500)));
}

// One to three vendors, a fifth of them by an alias.
QStringList randomVendorNames(QRandomGenerator &rng, const QList<Vendor> &vendors) {
    static const int counts[] = {1, 1, 1, 2, 2, 3};
    const int n = counts[rng.bounded(6)];
    QList<int> picked;
    while (picked.size() < n) {
        const int i = weighted(rng, kVendorWeights);
        if (!picked.contains(i))
            picked.append(i);
    }
    QStringList names;
    for (int i : std::as_const(picked)) {
        const Vendor &v = vendors[i];
        const bool byAlias = !v.aliases.isEmpty() && rng.bounded(5) == 0;
        names.append(byAlias ? v.aliases[below(rng, v.aliases.size())] : v.name);
    }
    return names;
}

Decision randomDecision(QRandomGenerator &rng, const QList<Vendor> &vendors, qint64 id,
                        const QList<QDate> &busyDays) {
    Decision d;
    d.id = id;
    d.country = kGovernments[weighted(rng, kGovernmentWeights)];
    d.vendors = randomVendorNames(rng, vendors);
    d.measure = allMeasures()[below(rng, allMeasures().size())];
    d.scopes = {Scope::Core5g};
    d.announced = randomAnnounced(rng, busyDays);
    d.effective = randomEffective(rng, d.announced);
    d.ended = randomEnded(rng, d.effectiveOrAnnounced());
    d.coversSubsidiaries = rng.bounded(3) == 0;
    d.title = u"Synthetic decision %1"_s.arg(id);
    d.confidence = Confidence::Official;
    return d;
}

RandomWorld randomWorld(quint32 seed) {
    QRandomGenerator rng(seed);
    RandomWorld w{seed, randomWorldVendors(), {}, {}};
    QList<QDate> busyDays;
    for (int i = 0; i < 30; ++i)
        busyDays.append(kFirstDay.addDays(rng.bounded(kSpanDays)));
    QList<qint64> ids;
    for (int i = 1; i <= kRandomDecisions; ++i)
        ids.append(i);
    for (qsizetype i = ids.size() - 1; i > 0; --i)
        std::swap(ids[i], ids[below(rng, i + 1)]);
    for (qint64 id : std::as_const(ids))
        w.decisions.append(randomDecision(rng, w.vendors, id, busyDays));
    w.farDecisions = w.decisions;
    for (Decision &d : w.farDecisions)
        d.id += kFarIds;
    return w;
}

// The world the random tests share, made once.
const RandomWorld &sharedRandomWorld() {
    static const RandomWorld w = randomWorld(randomSeed());
    return w;
}

// A government and the vendors asked about, as asked (names, aliases, another case, an
// unknown name); none: every vendor.
struct RandomQuery {
    QString country;
    QStringList vendors;
};

// How `v` can be asked for: by name, in capitals, by each alias.
QStringList spellings(const Vendor &v) {
    return QStringList{v.name, v.name.toUpper()} + v.aliases;
}

QStringList randomVendorSet(QRandomGenerator &rng, const QList<Vendor> &vendors) {
    const int n = 2 + rng.bounded(2);
    QStringList out;
    while (out.size() < n) {
        const QStringList names = spellings(vendors[below(rng, vendors.size())]);
        const QString name = names[below(rng, names.size())];
        if (!out.contains(name))
            out.append(name);
    }
    if (rng.bounded(4) == 0)
        out.append(u"Nobody Ltd"_s);
    return out;
}

// For every government (and one that never decided): two vendors alone (taking turns,
// so that every vendor comes up with several governments), two sets of two or three
// vendors, and for a few (dense, middling, sparse, none) every vendor.
QList<RandomQuery> randomQueries(QRandomGenerator &rng, const QList<Vendor> &vendors) {
    QList<RandomQuery> out;
    qsizetype turn = 0;
    for (const QString &c : kGovernments + QStringList{u"BR"_s}) {
        for (int i = 0; i < kSingleVendorQueries; ++i)
            out.append({c, {vendors[turn++ % vendors.size()].name}});
        for (int i = 0; i < kVendorSetQueries; ++i)
            out.append({c, randomVendorSet(rng, vendors)});
        if (kEveryVendorGovernments.contains(c))
            out.append({c, {}});
    }
    return out;
}

// The dates on which a status can change with these decisions (announced, effective,
// ended) and the day before each, for at most `limit` of the decisions (chosen at
// random); and a few random dates, before, across and after the span.
QList<QDate> boundaryDates(QRandomGenerator &rng, QList<const Decision *> decisions, int limit) {
    for (qsizetype i = decisions.size() - 1; i > 0; --i)
        std::swap(decisions[i], decisions[below(rng, i + 1)]);
    QList<QDate> out;
    for (const Decision *d : decisions.first(std::min<qsizetype>(limit, decisions.size()))) {
        for (const PartialDate &p : {d->announced, d->effective, d->ended}) {
            if (!p.isNull())
                out << p.firstDay() << p.firstDay().addDays(-1);
        }
    }
    for (int i = 0; i < 12; ++i)
        out.append(kFirstDay.addDays(rng.bounded(-400, kSpanDays + 2500)));
    return out;
}

void sortUnique(QList<QDate> &dates) {
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
}

QString idList(const QList<qint64> &ids) {
    QStringList out;
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(u',');
}

QString describe(const Status &s) {
    return u"%1%2 in effect [%3] deciding [%4]"_s.arg(toId(s.statusClass),
                                                      s.pending ? u" (pending)"_s : QString(),
                                                      idList(s.inEffect), idList(s.deciding));
}

QString describe(const Decision &d) {
    return u"\n  id %1, %2, %3 {%4}%5, announced %6, effective %7, ended %8"_s.arg(
        QString::number(d.id), d.country, toId(d.measure), d.vendors.join(u"; "),
        d.coversSubsidiaries ? u" covering subsidiaries"_s : QString(), d.announced.toString(),
        d.effective.isNull() ? u"-"_s : d.effective.toString(),
        d.ended.isNull() ? u"-"_s : d.ended.toString());
}

QString describe(const RandomQuery &q, QDate asOf) {
    return u"%1, {%2}, %3"_s.arg(q.country, q.vendors.join(u"; "), asOf.toString(Qt::ISODate));
}

// Where resolve() and the reference disagree on a date, said; empty when they agree.
QString resolveMismatch(const StatusResolver &resolver, const Status &expected,
                        const RandomQuery &q, QDate asOf) {
    const Status got = q.vendors.size() == 1 ? resolver.resolve(q.country, q.vendors[0], asOf)
                                             : resolver.resolve(q.country, q.vendors, asOf);
    if (got == expected)
        return {};
    return u"resolve(%1): resolver %2; reference %3"_s.arg(describe(q, asOf), describe(got),
                                                           describe(expected));
}

// The query as asked in every way that must give the same: a vendor alone by its name,
// in capitals and by each of its aliases.
QList<RandomQuery> askedAs(const QList<Vendor> &vendors, const RandomQuery &q) {
    if (q.vendors.size() != 1)
        return {q};
    QList<RandomQuery> out;
    for (const Vendor &v : vendors) {
        if (v.name == q.vendors[0]) {
            for (const QString &name : spellings(v))
                out.append({q.country, {name}});
        }
    }
    return out;
}

// Where periods() and the reference disagree on a date, said; empty when they agree. The
// period holding the date has the reference's class and pending flag, and its decisions
// include those the reference has in effect; with no data no period holds the date.
QString periodMismatch(const QList<StatusPeriod> &periods, const Status &expected,
                       const RandomQuery &q, QDate asOf) {
    const auto it = std::find_if(periods.begin(), periods.end(),
                                 [&](const StatusPeriod &p) { return p.contains(asOf); });
    const bool noData = expected.statusClass == StatusClass::NoData;
    bool same = noData ? it == periods.end() : it != periods.end();
    if (same && !noData) {
        same = it->statusClass == expected.statusClass && it->pending == expected.pending;
        for (qint64 id : expected.inEffect)
            same = same && it->decisions.contains(id);
    }
    if (same)
        return {};
    const QString got = it == periods.end()
                            ? u"no period"_s
                            : u"period %1..%2 %3%4 [%5]"_s.arg(
                                  it->from.toString(Qt::ISODate), it->to.toString(Qt::ISODate),
                                  toId(it->statusClass), it->pending ? u" (pending)"_s : QString(),
                                  idList(it->decisions));
    return u"periods(%1): resolver %2; reference %3"_s.arg(describe(q, asOf), got,
                                                           describe(expected));
}

// periods() in itself: none without data, else contiguous, open at the end, and each
// differing in class or pending flag from the one before.
QString periodsShapeMismatch(const QList<StatusPeriod> &periods, bool hasData) {
    if (periods.isEmpty() != !hasData)
        return hasData ? u"no periods, yet decisions"_s : u"periods without decisions"_s;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const StatusPeriod &p = periods[i];
        const bool last = i + 1 == periods.size();
        if (last ? p.to.isValid() : (p.to != periods[i + 1].from || p.from >= p.to))
            return u"period %1 does not end where the next begins"_s.arg(i);
        if (!last && p.statusClass == periods[i + 1].statusClass &&
            p.pending == periods[i + 1].pending)
            return u"periods %1 and %2 are alike"_s.arg(i).arg(i + 1);
    }
    return {};
}

// `ds` with ids 1, 2, 3... (or the highest ones below 2^53, `far`) in their own order:
// the same statuses, and ids as dense or as far as the world's however few are left.
QList<Decision> renumbered(QList<Decision> ds, bool far) {
    QList<qint64> ids;
    for (const Decision &d : std::as_const(ds))
        ids.append(d.id);
    std::sort(ids.begin(), ids.end());
    const qint64 base = far ? kMaxId - ids.size() : 0;
    for (Decision &d : ds)
        d.id = base + 1 + (std::lower_bound(ids.begin(), ids.end(), d.id) - ids.begin());
    return ds;
}

using MismatchOn = std::function<QString(const QList<Decision> &)>;

// Of the decisions about the query (of the world's, or of its farDecisions), the fewest,
// renumbered, on which `mismatch` still says something: a minimal case to report. Drops
// runs of decisions, halving the run down to one.
QList<Decision> minimalCase(const RandomWorld &w, bool far, const RandomQuery &q,
                            const MismatchOn &mismatch) {
    QList<Decision> kept;
    const reference::Reference all(far ? w.farDecisions : w.decisions, w.vendors, q.country,
                                   q.vendors);
    for (const Decision *d : all.decisions())
        kept.append(*d);
    kept = renumbered(kept, far);
    for (qsizetype run = std::max<qsizetype>(1, kept.size() / 2);; run /= 2) {
        for (qsizetype start = 0; start < kept.size();) {
            QList<Decision> fewer = kept;
            fewer.remove(start, std::min(run, kept.size() - start));
            fewer = renumbered(fewer, far);
            if (!mismatch(fewer).isEmpty())
                kept = std::move(fewer);
            else
                start += run;
        }
        if (run == 1)
            return kept;
    }
}

// The failure to report: the seed, the disagreement, and the smallest set of decisions
// found to disagree in the same way (with the vendors of randomWorldVendors()).
QString failure(const RandomWorld &w, bool far, const RandomQuery &q, const QString &mismatch,
                const MismatchOn &mismatchOn) {
    const QList<Decision> minimal = minimalCase(w, far, q, mismatchOn);
    QString out = u"seed %1 (BANATLAS_RESOLVER_SEED): %2\nminimal case (ids renumbered in "
                  u"order): %3"_s.arg(w.seed)
                      .arg(mismatch, mismatchOn(minimal));
    for (const Decision &d : minimal)
        out += describe(d);
    return out;
}

// `far`: the disagreement is on the world's farDecisions.
QString resolveFailure(const RandomWorld &w, bool far, const RandomQuery &q, QDate asOf,
                       const QString &mismatch) {
    return failure(w, far, q, mismatch, [&](const QList<Decision> &ds) {
        const reference::Reference ref(ds, w.vendors, q.country, q.vendors);
        return resolveMismatch(StatusResolver(ds, w.vendors), ref.at(asOf), q, asOf);
    });
}

QString periodsFailure(const RandomWorld &w, const RandomQuery &q, QDate asOf,
                       const QString &mismatch) {
    return failure(w, false, q, mismatch, [&](const QList<Decision> &ds) {
        const QList<StatusPeriod> periods =
            StatusResolver(ds, w.vendors).periods(q.country, q.vendors);
        const reference::Reference ref(ds, w.vendors, q.country, q.vendors);
        const QString shape = periodsShapeMismatch(periods, !ref.decisions().isEmpty());
        return shape.isEmpty() ? periodMismatch(periods, ref.at(asOf), q, asOf) : shape;
    });
}

// What the comparison needs the random world to hold, found in one decision.
QStringList featuresOf(const Decision &d) {
    const int announced = d.announced.key();
    const int effective = d.effectiveOrAnnounced().key();
    QStringList out{announced < effective    ? u"effective after announced"_s
                    : announced == effective ? u"effective on announced"_s
                                             : u"effective before announced"_s};
    if (d.announced.precision() != PartialDate::Precision::Day)
        out.append(u"announced to the month or year"_s);
    if (!d.ended.isNull())
        out.append(d.ended.key() <= effective ? u"ended by its effective date"_s : u"ended"_s);
    if (d.coversSubsidiaries)
        out.append(u"covering subsidiaries"_s);
    if (d.vendors.size() > 1)
        out.append(u"naming several vendors"_s);
    return out;
}

// A query, the dates it is compared on and the reference's status on each.
struct ReferenceCase {
    RandomQuery query;
    bool hasData = false;        // some decision is about the query's vendors
    QList<StatusPeriod> periods; // the resolver's, whose boundaries are among the dates
    QList<QDate> dates;
    QList<Status> expected;
};

// Every query, on: the dates of some of its decisions and the day before each, random
// dates, and the first day of each of the resolver's periods and the day before it. The
// reference is asked once per date here; resolve() and periods() are compared with it in
// their own test functions.
QList<ReferenceCase> referenceCases(const RandomWorld &w) {
    const StatusResolver resolver(w.decisions, w.vendors);
    QRandomGenerator rng(w.seed ^ 0x5eedu);
    QList<ReferenceCase> out;
    for (const RandomQuery &q : randomQueries(rng, w.vendors)) {
        const reference::Reference ref(w.decisions, w.vendors, q.country, q.vendors);
        ReferenceCase c{q,
                        !ref.decisions().isEmpty(),
                        resolver.periods(q.country, q.vendors),
                        boundaryDates(rng, ref.decisions(), kBoundaryDecisions),
                        {}};
        for (const StatusPeriod &p : std::as_const(c.periods))
            c.dates << p.from << p.from.addDays(-1);
        sortUnique(c.dates);
        for (QDate asOf : std::as_const(c.dates))
            c.expected.append(ref.at(asOf));
        out.append(std::move(c));
    }
    return out;
}

const QList<ReferenceCase> &sharedReferenceCases() {
    static const QList<ReferenceCase> cases = referenceCases(sharedRandomWorld());
    return cases;
}

// How often each class (and pending) came up: the comparison must have met them all.
struct ClassTally {
    QList<int> classes = QList<int>(allStatusClasses().size(), 0);
    int pending = 0;
    int comparisons = 0;

    void add(const Status &s, qsizetype compared) {
        ++classes[static_cast<int>(s.statusClass)];
        pending += s.pending ? 1 : 0;
        comparisons += static_cast<int>(compared);
    }
    QString missing() const {
        QStringList out;
        for (StatusClass c : allStatusClasses()) {
            if (classes[static_cast<int>(c)] < 20)
                out.append(toId(c));
        }
        if (pending < 20)
            out.append(u"pending"_s);
        return out.join(u", ");
    }
    QString summary() const {
        QStringList out;
        for (StatusClass c : allStatusClasses())
            out.append(u"%1 %2"_s.arg(toId(c)).arg(classes[static_cast<int>(c)]));
        return u"%1 comparisons; reference dates: %2, pending %3"_s.arg(comparisons)
            .arg(out.join(u", "))
            .arg(pending);
    }
};

} // namespace

Q_DECLARE_METATYPE(QList<banatlas::Decision>)

class TestStatusResolver : public QObject {
    Q_OBJECT

private slots:
    void init() { testing::failOnQtWarnings(); }

    void pair_data() {
        QTest::addColumn<QList<Decision>>("decisions");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<StatusClass>("expected");
        QTest::addColumn<bool>("pending");
        QTest::addColumn<Ids>("inEffect");

        const QStringList hw{u"Huawei"_s};
        // DOMAIN.md worked examples.
        const QList<Decision> au{
            make(2, "AU", {u"Huawei"_s, u"ZTE"_s}, Measure::Ban, "2018-08-23")};
        QTest::newRow("AU ban") << au << u"AU"_s << u"Huawei"_s << QDate(2018, 9, 1)
                                << StatusClass::Banned << false << Ids{2};
        QTest::newRow("AU ban names ZTE too") << au << u"AU"_s << u"ZTE"_s << QDate(2018, 9, 1)
                                              << StatusClass::Banned << false << Ids{2};
        QTest::newRow("AU before the ban") << au << u"AU"_s << u"Huawei"_s << QDate(2018, 8, 22)
                                           << StatusClass::NoData << false << Ids{};

        const QList<Decision> gb{
            make(13, "GB", hw, Measure::Restriction, "2020-01-28", "", "2020-07-14"),
            make(11, "GB", hw, Measure::Ban, "2020-07-14", "2020-12-31")};
        QTest::newRow("GB restricted") << gb << u"GB"_s << u"Huawei"_s << QDate(2020, 3, 1)
                                       << StatusClass::Restricted << false << Ids{13};
        QTest::newRow("GB ban pending") << gb << u"GB"_s << u"Huawei"_s << QDate(2020, 8, 1)
                                        << StatusClass::Banned << true << Ids{11};
        QTest::newRow("GB ban in force") << gb << u"GB"_s << u"Huawei"_s << QDate(2021, 1, 1)
                                         << StatusClass::Banned << false << Ids{11};
        const QList<Decision> gbNoEffective{
            make(13, "GB", hw, Measure::Restriction, "2020-01-28", "", "2020-07-14"),
            make(11, "GB", hw, Measure::Ban, "2020-07-14")};
        QTest::newRow("GB ban without effective date")
            << gbNoEffective << u"GB"_s << u"Huawei"_s << QDate(2020, 8, 1) << StatusClass::Banned
            << false << Ids{11};

        const QList<Decision> de{make(7, "DE", hw, Measure::Considering, "2018-11"),
                                 make(8, "DE", hw, Measure::Allowed, "2019-10")};
        QTest::newRow("DE allowed") << de << u"DE"_s << u"Huawei"_s << QDate(2019, 12, 1)
                                    << StatusClass::Allowed << false << Ids{8};
        QTest::newRow("DE under review") << de << u"DE"_s << u"Huawei"_s << QDate(2019, 1, 1)
                                         << StatusClass::UnderReview << false << Ids{7};

        const QList<Decision> ended{
            make(1, "XX", hw, Measure::Ban, "2019-01-01", "", "2021-01-01")};
        QTest::newRow("ended ban") << ended << u"XX"_s << u"Huawei"_s << QDate(2021, 6, 1)
                                   << StatusClass::NoneInForce << false << Ids{};
        QTest::newRow("ban on its last day")
            << ended << u"XX"_s << u"Huawei"_s << QDate(2020, 12, 31) << StatusClass::Banned
            << false << Ids{1};
        QTest::newRow("no decision for that vendor")
            << ended << u"XX"_s << u"ZTE"_s << QDate(2021, 6, 1) << StatusClass::NoData << false
            << Ids{};
        QTest::newRow("no decision for that country")
            << ended << u"YY"_s << u"Huawei"_s << QDate(2021, 6, 1) << StatusClass::NoData << false
            << Ids{};

        // Partial dates count as the first day of their period.
        const QList<Decision> partial{make(1, "XX", hw, Measure::Warning, "2018-11")};
        QTest::newRow("month precision, first day")
            << partial << u"XX"_s << u"Huawei"_s << QDate(2018, 11, 1) << StatusClass::UnderReview
            << false << Ids{1};
        QTest::newRow("month precision, day before")
            << partial << u"XX"_s << u"Huawei"_s << QDate(2018, 10, 31) << StatusClass::NoData
            << false << Ids{};
        const QList<Decision> yearOnly{make(1, "XX", hw, Measure::Ban, "2014")};
        QTest::newRow("year precision") << yearOnly << u"XX"_s << u"Huawei"_s << QDate(2014, 1, 1)
                                        << StatusClass::Banned << false << Ids{1};

        // A non-binding measure lasts until the next decision, whatever it is.
        const QList<Decision> warningThenProcurement{
            make(1, "JP", hw, Measure::Considering, "2018-11"),
            make(2, "JP", hw, Measure::ProcurementBan, "2018-12-10", "2019-04-01")};
        QTest::newRow("considering superseded by pending procurement ban")
            << warningThenProcurement << u"JP"_s << u"Huawei"_s << QDate(2019, 1, 1)
            << StatusClass::GovernmentBan << true << Ids{2};
        const QList<Decision> warningEnded{
            make(1, "XX", hw, Measure::Warning, "2018-01-01", "", "2018-06-01")};
        QTest::newRow("warning with its own end")
            << warningEnded << u"XX"_s << u"Huawei"_s << QDate(2018, 7, 1)
            << StatusClass::NoneInForce << false << Ids{};
        // Binding measures survive later non-binding ones; the highest severity wins.
        const QList<Decision> banThenWarning{make(1, "XX", hw, Measure::Ban, "2018-01-01"),
                                             make(2, "XX", hw, Measure::Warning, "2019-01-01")};
        QTest::newRow("ban outranks a later warning")
            << banThenWarning << u"XX"_s << u"Huawei"_s << QDate(2019, 6, 1) << StatusClass::Banned
            << false << Ids{1, 2};
        // Same-day ties are ordered by id.
        const QList<Decision> tieWarningFirst{make(1, "XX", hw, Measure::Warning, "2019-01-01"),
                                              make(2, "XX", hw, Measure::Allowed, "2019-01-01")};
        QTest::newRow("same day: later id supersedes the warning")
            << tieWarningFirst << u"XX"_s << u"Huawei"_s << QDate(2019, 1, 1)
            << StatusClass::Allowed << false << Ids{2};
        const QList<Decision> tieAllowedFirst{make(1, "XX", hw, Measure::Allowed, "2019-01-01"),
                                              make(2, "XX", hw, Measure::Warning, "2019-01-01")};
        QTest::newRow("same day: the warning comes last")
            << tieAllowedFirst << u"XX"_s << u"Huawei"_s << QDate(2019, 1, 1)
            << StatusClass::UnderReview << false << Ids{2};
        const QList<Decision> tieReversalBeforeBan{
            make(1, "XX", hw, Measure::Reversal, "2019-01-01"),
            make(2, "XX", hw, Measure::Ban, "2019-01-01")};
        QTest::newRow("same day: a reversal before the ban does not lift it")
            << tieReversalBeforeBan << u"XX"_s << u"Huawei"_s << QDate(2019, 2, 1)
            << StatusClass::Banned << false << Ids{2};

        // Lifting, suspension and its end.
        const QList<Decision> se{
            make(14, "SE", hw, Measure::Ban, "2020-10-20"),
            make(15, "SE", hw, Measure::Reversal, "2020-11-09", "", "2020-12")};
        QTest::newRow("suspended by a reversal")
            << se << u"SE"_s << u"Huawei"_s << QDate(2020, 11, 15) << StatusClass::Allowed << false
            << Ids{15};
        QTest::newRow("suspension over, ban applies again")
            << se << u"SE"_s << u"Huawei"_s << QDate(2021, 1, 1) << StatusClass::Banned << false
            << Ids{14};
        const QList<Decision> lifted{make(1, "US", hw, Measure::Ban, "2020-08-06"),
                                     make(2, "US", hw, Measure::Reversal, "2021-06-09")};
        QTest::newRow("lifted by a reversal")
            << lifted << u"US"_s << u"Huawei"_s << QDate(2021, 7, 1) << StatusClass::Allowed
            << false << Ids{2};
        const QList<Decision> liftedThenWarning{make(1, "US", hw, Measure::Ban, "2020-08-06"),
                                                make(2, "US", hw, Measure::Reversal, "2021-06-09"),
                                                make(3, "US", hw, Measure::Warning, "2022-01-01")};
        QTest::newRow("lifted stays lifted after a later warning")
            << liftedThenWarning << u"US"_s << u"Huawei"_s << QDate(2022, 2, 1)
            << StatusClass::UnderReview << false << Ids{3};
        const QList<Decision> pendingReversal{
            make(1, "XX", hw, Measure::Ban, "2020-01-01"),
            make(2, "XX", hw, Measure::Reversal, "2020-06-01", "2021-01-01")};
        QTest::newRow("reversal not yet effective does not lift")
            << pendingReversal << u"XX"_s << u"Huawei"_s << QDate(2020, 7, 1) << StatusClass::Banned
            << false << Ids{1, 2};
        QTest::newRow("reversal effective lifts")
            << pendingReversal << u"XX"_s << u"Huawei"_s << QDate(2021, 1, 1)
            << StatusClass::Allowed << false << Ids{2};
        const QList<Decision> endedVsLifted{
            make(1, "XX", hw, Measure::Restriction, "2019-01-01", "", "2020-01-01"),
            make(2, "XX", hw, Measure::Allowed, "2020-06-01")};
        QTest::newRow("ended then allowed")
            << endedVsLifted << u"XX"_s << u"Huawei"_s << QDate(2020, 3, 1)
            << StatusClass::NoneInForce << false << Ids{};
        QTest::newRow("ended then allowed, later")
            << endedVsLifted << u"XX"_s << u"Huawei"_s << QDate(2020, 7, 1) << StatusClass::Allowed
            << false << Ids{2};
        const QList<Decision> banAfterAllowed{make(1, "XX", hw, Measure::Allowed, "2019-01-01"),
                                              make(2, "XX", hw, Measure::Ban, "2020-01-01")};
        QTest::newRow("an earlier allowed does not lift a later ban")
            << banAfterAllowed << u"XX"_s << u"Huawei"_s << QDate(2020, 6, 1) << StatusClass::Banned
            << false << Ids{2};

        // Subsidiaries: only when the decision says so.
        Decision parentCovering = make(1, "US", hw, Measure::Restriction, "2019-05-15");
        parentCovering.coversSubsidiaries = true;
        QTest::newRow("decision about the parent covers the subsidiary")
            << QList<Decision>{parentCovering} << u"US"_s << u"HiSilicon"_s << QDate(2019, 6, 1)
            << StatusClass::Restricted << false << Ids{1};
        const QList<Decision> parentOnly{make(1, "US", hw, Measure::Restriction, "2019-05-15")};
        QTest::newRow("decision about the parent alone")
            << parentOnly << u"US"_s << u"HiSilicon"_s << QDate(2019, 6, 1) << StatusClass::NoData
            << false << Ids{};
        QTest::newRow("vendor looked up ignoring case")
            << parentOnly << u"US"_s << u"huawei"_s << QDate(2019, 6, 1) << StatusClass::Restricted
            << false << Ids{1};
    }

    void pair() {
        QFETCH(QList<Decision>, decisions);
        QFETCH(QString, country);
        QFETCH(QString, vendor);
        QFETCH(QDate, asOf);
        QFETCH(StatusClass, expected);
        QFETCH(bool, pending);
        QFETCH(Ids, inEffect);

        const StatusResolver resolver(decisions, kVendors);
        const Status s = resolver.resolve(country, vendor, asOf);
        QCOMPARE(toId(s.statusClass), toId(expected));
        QCOMPARE(s.pending, pending);
        QCOMPARE(s.inEffect, inEffect);
        // The deciding decisions are those in effect at the class's own level.
        for (qint64 id : s.deciding)
            QVERIFY(s.inEffect.contains(id));
        QCOMPARE(s.deciding.isEmpty(), inEffect.isEmpty());
    }

    // DOMAIN.md's rules at their edges (tests/helpers/statusedges.h: a subsidiary's
    // subsidiary, a decision naming an alias, a decision on a subsidiary and the parent,
    // the days around a suspension's and a ban's end). tst_models and tst_timeline hold
    // their components to the same table.
    void edges_data() { testing::addStatusEdgeRows(); }
    void edges() {
        QFETCH(int, edge);
        const testing::StatusEdge &e = testing::statusEdges().at(edge);
        const StatusResolver resolver(e.scenario.decisions, e.scenario.vendors);
        const Status s = resolver.resolve(e.country, e.vendor, e.asOf);
        QCOMPARE(toId(s.statusClass), toId(e.statusClass));
        QCOMPARE(s.pending, e.pending);
        QCOMPARE(s.inEffect, e.inEffect);
        QCOMPARE(s.deciding, e.deciding);
        // The entry points the map and the report use give the same.
        const auto countries = resolver.resolveCountries({e.country}, {e.vendor}, e.asOf);
        QCOMPARE(countries.size(), 1);
        QVERIFY(countries.value(e.country) == s);
        const auto matrix = resolver.resolveMatrix({e.country}, {e.vendor}, e.asOf);
        QCOMPARE(matrix.size(), 1);
        QCOMPARE(matrix[0].size(), 1);
        QVERIFY(matrix[0][0] == s);
    }

    void vendorSetTakesTheHighest() {
        const QList<Decision> decisions{
            make(1, "XX", {u"Huawei"_s}, Measure::Warning, "2019-01-01"),
            make(2, "XX", {u"ZTE"_s}, Measure::ProcurementBan, "2019-02-01"),
            make(3, "YY", {u"Kaspersky"_s}, Measure::Ban, "2019-01-01", "", "2019-06-01")};
        const StatusResolver resolver(decisions, kVendors);
        const Status s =
            resolver.resolve(u"XX"_s, QStringList{u"Huawei"_s, u"ZTE"_s}, QDate(2019, 3, 1));
        QCOMPARE(s.statusClass, StatusClass::GovernmentBan);
        QCOMPARE(s.inEffect, (Ids{1, 2}));
        QCOMPARE(s.deciding, (Ids{2}));

        // Every vendor when none is named.
        QCOMPARE(resolver.resolve(u"XX"_s, QStringList{}, QDate(2019, 3, 1)).statusClass,
                 StatusClass::GovernmentBan);
        // "No measure in force" outranks "no data" in a set.
        const Status yy =
            resolver.resolve(u"YY"_s, QStringList{u"Huawei"_s, u"Kaspersky"_s}, QDate(2019, 7, 1));
        QCOMPARE(yy.statusClass, StatusClass::NoneInForce);
        QVERIFY(yy.inEffect.isEmpty());
    }

    void pendingOnlyWhenAllDecidingArePending() {
        const QList<Decision> decisions{
            make(1, "XX", {u"Huawei"_s}, Measure::Ban, "2019-01-01", "2020-01-01"),
            make(2, "XX", {u"ZTE"_s}, Measure::Ban, "2019-01-01")};
        const StatusResolver resolver(decisions, kVendors);
        const Status both =
            resolver.resolve(u"XX"_s, QStringList{u"Huawei"_s, u"ZTE"_s}, QDate(2019, 6, 1));
        QCOMPARE(both.statusClass, StatusClass::Banned);
        QVERIFY(!both.pending);
        QCOMPARE(both.deciding, (Ids{1, 2}));
        QVERIFY(resolver.resolve(u"XX"_s, u"Huawei"_s, QDate(2019, 6, 1)).pending);
    }

    void decisionNamingParentAndChildCountsOnce() {
        Decision d = make(1, "US", {u"Huawei"_s, u"HiSilicon"_s}, Measure::Ban, "2019-01-01");
        d.coversSubsidiaries = true;
        const StatusResolver resolver({d}, kVendors);
        QCOMPARE(resolver.resolve(u"US"_s, u"HiSilicon"_s, QDate(2019, 2, 1)).inEffect, Ids{1});
    }

    void countriesAndMatrix() {
        const QList<Decision> decisions{
            make(1, "AU", {u"Huawei"_s, u"ZTE"_s}, Measure::Ban, "2018-08-23"),
            make(2, "DE", {u"Huawei"_s}, Measure::Considering, "2018-11")};
        const StatusResolver resolver(decisions, kVendors);
        const QStringList countries{u"AU"_s, u"DE"_s, u"FR"_s};
        const auto all = resolver.resolveCountries(countries, {u"Huawei"_s}, QDate(2019, 1, 1));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[u"AU"_s].statusClass, StatusClass::Banned);
        QCOMPARE(all[u"DE"_s].statusClass, StatusClass::UnderReview);
        QCOMPARE(all[u"FR"_s].statusClass, StatusClass::NoData);

        const auto matrix = resolver.resolveMatrix(countries, {u"Huawei"_s, u"ZTE"_s, u"Nobody"_s},
                                                   QDate(2019, 1, 1));
        QCOMPARE(matrix.size(), 3);
        QCOMPARE(matrix[0][1].statusClass, StatusClass::Banned);
        QCOMPARE(matrix[1][0].statusClass, StatusClass::UnderReview);
        QCOMPARE(matrix[1][1].statusClass, StatusClass::NoData);
        QCOMPARE(matrix[0][2].statusClass, StatusClass::NoData);
        QCOMPARE(resolver.unknownVendors({u"Huawei"_s, u"Nobody"_s}), QStringList{u"Nobody"_s});
        QCOMPARE(resolver.earliestAnnouncement(), QDate(2018, 8, 23));
    }

    void aliasesResolve() {
        Vendor hw = vendor(u"Huawei"_s);
        hw.aliases = {u"Huawei Technologies"_s};
        const StatusResolver resolver({make(1, "AU", {u"Huawei"_s}, Measure::Ban, "2018-08-23")},
                                      {hw});
        QCOMPARE(resolver.resolve(u"AU"_s, u"huawei technologies"_s, QDate(2019, 1, 1)).statusClass,
                 StatusClass::Banned);
    }

    // The random world is one that validation accepts, and holds what the comparisons are
    // for; many decisions share a government and an announcement date.
    void randomWorldIsValid() {
        const RandomWorld &w = sharedRandomWorld();
        QCOMPARE(w.decisions.size(), kRandomDecisions);
        const Validator validator(QSet<QString>(kGovernments.begin(), kGovernments.end()));
        for (const Vendor &v : w.vendors)
            QVERIFY(validator.check(v).isEmpty());
        QHash<QString, int> features;
        QHash<QString, int> sameDay; // government and announced day
        for (const Decision &d : w.decisions) {
            if (!validator.check(d).isEmpty())
                QFAIL(qPrintable(u"seed %1: invalid%2"_s.arg(w.seed).arg(describe(d))));
            for (const QString &f : featuresOf(d))
                ++features[f];
            ++sameDay[d.country + d.announced.firstDay().toString(Qt::ISODate)];
        }
        for (const QString &f :
             {u"effective after announced"_s, u"effective on announced"_s,
              u"effective before announced"_s, u"announced to the month or year"_s,
              u"ended by its effective date"_s, u"ended"_s, u"covering subsidiaries"_s,
              u"naming several vendors"_s})
            QVERIFY2(features.value(f) >= 100, qPrintable(f));
        QVERIFY(*std::max_element(sameDay.begin(), sameDay.end()) >= 20);
    }

    // 10,000 random decisions: resolve() agrees with the reference (class, pending, the
    // decisions in effect and the deciding ones, in order) for every government, vendors
    // alone (by name, in capitals and by each alias), sets of two or three vendors and
    // every vendor, on the dates of referenceCases(); and so it does with ids near 2^53.
    void randomResolveMatchesReference() {
        const RandomWorld &w = sharedRandomWorld();
        const StatusResolver resolver(w.decisions, w.vendors);
        const StatusResolver far(w.farDecisions, w.vendors);
        ClassTally tally;
        for (const ReferenceCase &c : sharedReferenceCases()) {
            const QList<RandomQuery> asked = askedAs(w.vendors, c.query);
            for (qsizetype i = 0; i < c.dates.size(); ++i) {
                const QDate asOf = c.dates[i];
                for (const RandomQuery &a : asked) {
                    const QString m = resolveMismatch(resolver, c.expected[i], a, asOf);
                    // Not QVERIFY2: it would build the message (a minimal case) every time.
                    if (!m.isEmpty())
                        QFAIL(qPrintable(resolveFailure(w, false, a, asOf, m)));
                }
                const QString m = resolveMismatch(far, withFarIds(c.expected[i]), c.query, asOf);
                if (!m.isEmpty())
                    QFAIL(qPrintable(resolveFailure(w, true, c.query, asOf, m)));
                tally.add(c.expected[i], asked.size() + 1);
            }
        }
        QVERIFY2(tally.missing().isEmpty(),
                 qPrintable(u"seed %1: too few %2"_s.arg(w.seed).arg(tally.missing())));
        qInfo("%s", qPrintable(tally.summary()));
    }

    // The same world and queries: periods() (as referenceCases() asked for them) runs
    // without gaps from the first announcement on, and on each date of referenceCases()
    // the period holding it has the reference's class and pending flag and lists every
    // decision the reference has in effect.
    void randomPeriodsMatchReference() {
        const RandomWorld &w = sharedRandomWorld();
        ClassTally tally;
        for (const ReferenceCase &c : sharedReferenceCases()) {
            const RandomQuery &q = c.query;
            const QList<StatusPeriod> &periods = c.periods;
            const QString shape = periodsShapeMismatch(periods, c.hasData);
            if (!shape.isEmpty())
                QFAIL(qPrintable(periodsFailure(
                    w, q, kFirstDay,
                    u"periods(%1, {%2}): %3"_s.arg(q.country, q.vendors.join(u"; "), shape))));
            for (qsizetype i = 0; i < c.dates.size(); ++i) {
                const QString m = periodMismatch(periods, c.expected[i], q, c.dates[i]);
                if (!m.isEmpty())
                    QFAIL(qPrintable(periodsFailure(w, q, c.dates[i], m)));
                tally.add(c.expected[i], 1);
            }
        }
        QVERIFY2(tally.missing().isEmpty(),
                 qPrintable(u"seed %1: too few %2"_s.arg(w.seed).arg(tally.missing())));
        qInfo("%s", qPrintable(tally.summary()));
    }

    // periods() is built by a sweep over stretches in force; here it is compared, whole
    // (bounds, class, pending and the exact decisions), with the plain construction:
    // resolve() on every date a decision is announced, takes effect or ends, merged where
    // class and pending agree, the decisions being every one in effect on those dates.
    void randomPeriodsAreResolveOnEveryChangeDate() {
        const RandomWorld &w = sharedRandomWorld();
        const StatusResolver resolver(w.decisions, w.vendors);
        int compared = 0;
        for (const ReferenceCase &c : sharedReferenceCases()) {
            const RandomQuery &q = c.query;
            const reference::Reference ref(w.decisions, w.vendors, q.country, q.vendors);
            QList<QDate> dates;
            for (const Decision *d : ref.decisions()) {
                dates << d->announced.firstDay() << d->effectiveOrAnnounced().firstDay();
                if (!d->ended.isNull())
                    dates << d->ended.firstDay();
            }
            sortUnique(dates);
            QList<StatusPeriod> expected;
            for (QDate date : std::as_const(dates)) {
                const Status s = resolver.resolve(q.country, q.vendors, date);
                if (s.statusClass == StatusClass::NoData)
                    continue;
                if (!expected.isEmpty() && expected.last().statusClass == s.statusClass &&
                    expected.last().pending == s.pending) {
                    expected.last().decisions.append(s.inEffect);
                    continue;
                }
                if (!expected.isEmpty())
                    expected.last().to = date;
                expected.append({date, {}, s.statusClass, s.pending, s.inEffect});
            }
            for (StatusPeriod &p : expected) {
                std::sort(p.decisions.begin(), p.decisions.end());
                p.decisions.erase(std::unique(p.decisions.begin(), p.decisions.end()),
                                  p.decisions.end());
            }
            QList<StatusPeriod> got = c.periods;
            for (StatusPeriod &p : got)
                std::sort(p.decisions.begin(), p.decisions.end()); // order is tested elsewhere
            if (got != expected)
                QFAIL(qPrintable(u"seed %1: periods(%2, {%3}) differ from resolve() on every "
                                 "change date: %4 periods against %5"_s.arg(w.seed)
                                     .arg(q.country, q.vendors.join(u"; "))
                                     .arg(got.size())
                                     .arg(expected.size())));
            compared += static_cast<int>(expected.size());
        }
        QVERIFY(compared > 1000);
        qInfo("%d periods compared whole", compared);
    }

    // replaceDecision() after edits (other fields, another government, other vendors),
    // deletions and additions holds what a resolver built anew from the same decisions
    // holds: every query resolves alike on many dates and has the same periods. A
    // government or vendor new to it is refused (false) and the caller builds anew, as
    // the document does. Dense ids and far (sparse) ones.
    void replaceDecisionMatchesRebuilding_data() {
        QTest::addColumn<bool>("far");
        QTest::newRow("dense ids") << false;
        QTest::newRow("sparse ids") << true;
    }
    void replaceDecisionMatchesRebuilding() {
        QFETCH(bool, far);
        const RandomWorld &w = sharedRandomWorld();
        const QList<Decision> &all = far ? w.farDecisions : w.decisions;
        QRandomGenerator rng(w.seed ^ 0xed17u);
        QList<Decision> now = all.first(2000);
        QList<Decision> spare = all.sliced(2000, 400); // added one by one
        StatusResolver resolver(now, w.vendors);
        int replaced = 0;
        int refused = 0;
        for (int step = 1; step <= 400; ++step) {
            const int kind = step % 4; // edit, edit, delete, add
            Decision changed;
            bool removed = false;
            if (kind == 3 && !spare.isEmpty()) {
                changed = spare.takeFirst();
                now.append(changed);
            } else {
                const qsizetype at = below(rng, now.size());
                if (kind == 2) {
                    changed = now.takeAt(at);
                    removed = true;
                } else {
                    // Another decision's content under this one's id.
                    const Decision &other = all[below(rng, all.size())];
                    changed = other;
                    changed.id = now[at].id;
                    if (step % 40 == 1)
                        changed.country = u"BR"_s; // a government new to the resolver
                    now[at] = changed;
                }
            }
            const StatusFacts facts = removed ? StatusFacts{} : statusFactsOf({changed});
            if (resolver.replaceDecision(changed.id, facts)) {
                ++replaced;
            } else {
                ++refused;
                resolver = StatusResolver(now, w.vendors);
            }
            if (step % 50 != 0)
                continue;
            const StatusResolver fresh(now, w.vendors);
            QCOMPARE(resolver.earliestAnnouncement(), fresh.earliestAnnouncement());
            for (const RandomQuery &q : randomQueries(rng, w.vendors)) {
                for (int i = 0; i < 12; ++i) {
                    const QDate asOf = kFirstDay.addDays(rng.bounded(kSpanDays));
                    const Status a = resolver.resolve(q.country, q.vendors, asOf);
                    const Status b = fresh.resolve(q.country, q.vendors, asOf);
                    QVERIFY2(a == b,
                             qPrintable(u"step %1: %2 {%3} on %4: %5 against %6"_s.arg(step).arg(
                                 q.country, q.vendors.join(u"; "), asOf.toString(Qt::ISODate),
                                 describe(a), describe(b))));
                }
                QVERIFY2(resolver.periods(q.country, q.vendors) ==
                             fresh.periods(q.country, q.vendors),
                         qPrintable(u"step %1: periods of %2 {%3}"_s.arg(step).arg(
                             q.country, q.vendors.join(u"; "))));
            }
        }
        QVERIFY(refused >= 1);    // the new government was refused
        QVERIFY(replaced >= 300); // and everything else was taken in place
    }
};

QTEST_GUILESS_MAIN(TestStatusResolver)
#include "tst_statusresolver.moc"
