#pragma once

#include "entities.h"

#include <QDate>
#include <QHash>

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
// Built once from a snapshot; resolving is read-only and cheap, so a view can ask
// for any date without touching the database.
class StatusResolver final {
public:
    StatusResolver(const QList<Decision> &decisions, const QList<Vendor> &vendors);

    Status resolve(const QString &country, const QString &vendor, QDate asOf) const;
    // An empty vendor list means every vendor.
    Status resolve(const QString &country, const QStringList &vendors, QDate asOf) const;
    QHash<QString, Status> resolveCountries(const QStringList &countries,
                                            const QStringList &vendors, QDate asOf) const;
    // Row per country, column per vendor.
    QList<QList<Status>> resolveMatrix(const QStringList &countries, const QStringList &vendors,
                                       QDate asOf) const;

    // Vendor names the resolver does not know (neither name nor alias).
    QStringList unknownVendors(const QStringList &vendors) const;
    // The date of the earliest announcement, or an invalid date with no decisions.
    QDate earliestAnnouncement() const;

private:
    struct Entry {
        int announced;
        int effective;
        int ended; // 0: never
        Measure measure;
        qint64 id;
    };

    Status resolvePair(const std::vector<Entry> &entries, int asOf) const;
    QList<int> vendorIndexes(const QStringList &vendors) const;
    Status resolveIndexes(int countryIndex, const QList<int> &vendors, int asOf) const;
    void sortByAnnouncement(QList<qint64> &ids) const;

    QHash<QString, int> m_vendorIndex;  // case-folded name or alias → index
    QHash<QString, int> m_countryIndex; // code → index
    int m_vendorCount = 0;
    std::vector<std::vector<Entry>> m_pairs; // [country * m_vendorCount + vendor]
    QHash<qint64, int> m_announced;          // id → announced key, for ordering
    int m_earliest = 0;
};

} // namespace banatlas
