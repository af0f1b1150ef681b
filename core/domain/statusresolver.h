#pragma once

#include "domain/entities.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <vector>

namespace banatlas {

// Where a (country, vendors) pair stands on a date, and why.
struct Status {
    StatusClass statusClass = StatusClass::NoData;
    // The deciding measure is announced but not yet effective (drawn hatched).
    bool pending = false;
    // Every decision in effect, in (announced, id) order.
    QList<qint64> inEffect;
    // The decisions in effect at the highest severity: the reason for the class.
    QList<qint64> deciding;

    bool operator==(const Status &) const = default;
};

// A stretch of time in which a government's class and pending flag stay the same.
struct StatusPeriod {
    QDate from; // inclusive
    QDate to;   // exclusive; invalid: still so, with no end known
    StatusClass statusClass = StatusClass::NoData;
    bool pending = false;
    // Every decision in effect at some time within the period, in (announced, id) order.
    QList<qint64> decisions;

    bool contains(QDate date) const { return date >= from && (!to.isValid() || date < to); }
    bool operator==(const StatusPeriod &) const = default;
};

// What status needs of one decision naming one vendor — never its title, summary or
// sources. A decision naming three vendors is three facts. Dates are PartialDate::key().
struct StatusFact {
    qint64 id = 0;
    int country = 0; // index into StatusFacts::countries
    int vendor = 0;  // index into StatusFacts::vendors
    int announced = 0;
    int effective = 0; // of the effective date, or of announced when it has none
    int ended = 0;     // 0: never
    int deadline = 0;  // 0: none (the timeline draws it; status does not read it)
    Measure measure = Measure::Warning;
    bool coversSubsidiaries = false;
};

// The narrow index of a set of decisions: compact, integers but for the names. The store
// reads it with one query (Store::statusFacts); statusFactsOf makes it from entities.
struct StatusFacts {
    QStringList countries; // codes
    QStringList vendors;   // names as the decisions give them
    std::vector<StatusFact> facts;
};

// The decisions in effect on `asOf` for any vendor in any of `countries` (the union of
// every resolve(country, {}, asOf).inEffect): what "in effect on a date" lists.
class StatusResolver;
QSet<qint64> decisionsInEffect(const StatusResolver &resolver, const QStringList &countries,
                               QDate asOf);

// The facts of whole decisions (vendors named by their names, countries by their codes).
StatusFacts statusFactsOf(const QList<Decision> &decisions);

// Applies the status rules of DOMAIN.md to a snapshot of decisions and vendors.
//
// For (country C, vendor V, date D), S is C's decisions naming V (or an ancestor of V,
// when the decision covers subsidiaries) announced on or before D, in (announced, id)
// order. A binding measure (ban, restriction, procurement ban) stays in effect until
// its own end date or until a later allowed/reversal in S is effective and not itself
// ended: so a reversal with an end date suspends, and the measure returns after it.
// A binding measure whose effective date is after D is in effect but pending.
// Every other measure (warning, considering, allowed, reversal) lasts only until the
// next decision in S or its own end. The class is that of the highest severity in
// effect; with nothing in effect it is "no measure in force" if S is non-empty and
// "no data" if S is empty. For several vendors the highest class wins.
//
// Built once from the narrow facts (or from whole decisions, made into facts first: one
// implementation); resolving is read-only and cheap, so a view can ask for any date
// without touching the database. `vendors` gives the aliases and the parents.
class StatusResolver final {
public:
    StatusResolver(const StatusFacts &facts, const QList<Vendor> &vendors);
    StatusResolver(const QList<Decision> &decisions, const QList<Vendor> &vendors);

    Status resolve(const QString &country, const QString &vendor, QDate asOf) const;
    // An empty vendor list means every vendor.
    Status resolve(const QString &country, const QStringList &vendors, QDate asOf) const;
    QHash<QString, Status> resolveCountries(const QStringList &countries,
                                            const QStringList &vendors, QDate asOf) const;
    // Row per country, column per vendor.
    QList<QList<Status>> resolveMatrix(const QStringList &countries, const QStringList &vendors,
                                       QDate asOf) const;

    // The history of `country` for `vendors` (empty: every vendor) as periods, from its
    // first announcement on: the status of every date is that of the period containing
    // it, exactly as resolve() gives it (the periods are resolve() evaluated at each date
    // on which a decision is announced, takes effect or ends, and merged where class and
    // pending flag agree). Empty when the government has no data for these vendors.
    QList<StatusPeriod> periods(const QString &country, const QStringList &vendors) const;
    // The strictest status among several governments on every date (a vendor's timeline
    // lane), combined as for several vendors; a period's decisions are those of the
    // governments' own periods that overlap it. Empty when none has data.
    QList<StatusPeriod> periods(const QStringList &countries, const QStringList &vendors) const;

    // Replaces what the resolver holds of decision `id` by `facts` (all of that decision;
    // empty: it was deleted), as a resolver built anew would hold it: after one edit, no
    // rebuild of everything. False, changing nothing, when the facts name a government
    // or a vendor that has no row here yet: build a new resolver then.
    bool replaceDecision(qint64 id, const StatusFacts &facts);

    // Vendor names the resolver does not know (neither name nor alias).
    QStringList unknownVendors(const QStringList &vendors) const;
    // The date of the earliest announcement, or an invalid date with no decisions.
    QDate earliestAnnouncement() const;

    // One decision of one (government, vendor) pair, in (announced, id) order.
    struct Entry {
        int announced;
        int effective;
        int ended; // 0: never
        Measure measure;
        qint64 id;
    };

private:
    Status resolvePair(const std::vector<Entry> &entries, int asOf) const;
    QList<int> vendorIndexes(const QStringList &vendors) const;
    Status resolveIndexes(int countryIndex, const QList<int> &vendors, int asOf) const;
    void sortByAnnouncement(QList<qint64> &ids) const;
    int announcedKeyOf(qint64 id) const;
    void indexAnnouncements();
    void setAnnounced(qint64 id, int key);
    void insertEntry(size_t row, int vendor, bool coversSubsidiaries, const Entry &e);
    int vendorIndexOf(const QString &name);
    void indexVendors(const QList<Vendor> &vendors);

    QHash<QString, int> m_vendorIndex;  // case-folded name or alias → index
    QHash<QString, int> m_countryIndex; // code → index
    int m_vendorCount = 0;
    // Each vendor's descendants (through the parents), which a decision covering
    // subsidiaries covers too.
    QHash<int, QList<int>> m_descendants;
    std::vector<std::vector<Entry>> m_pairs; // [country * m_vendorCount + vendor]
    // The announced key of every id, for the order of announcement: indexed by id when
    // ids are dense, else (id, key) pairs sorted by id.
    std::vector<int> m_announcedById;
    std::vector<std::pair<qint64, int>> m_announced;
    int m_earliest = 0;
};

} // namespace banatlas
