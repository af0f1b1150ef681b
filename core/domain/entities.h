#pragma once

#include "domain/partialdate.h"
#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace banatlas {

// A government: an ISO 3166-1 country, or the EU as a supranational jurisdiction.
struct Country {
    QString code; // alpha-2, primary key
    QString alpha3;
    QString numeric; // ISO numeric, three digits; matches the map's feature ids
    QString name;
    QString region;
    QString subregion;
    QStringList aliases;
    bool supranational = false;

    bool operator==(const Country &) const = default;
};

// One period of a country's membership of a group; `left` is the last day as a member.
struct Membership {
    QString country;
    PartialDate joined;
    PartialDate left;

    bool isMemberOn(QDate date) const;
    bool operator==(const Membership &) const = default;
};

struct CountryGroup {
    QString code;
    QString name;
    QList<Membership> members;

    // Countries that are members on the date, sorted by code.
    QStringList membersOn(QDate date) const;
    bool operator==(const CountryGroup &) const = default;
};

struct Vendor {
    qint64 id = 0;
    QString name;
    QString homeCountry;
    VendorKind kind = VendorKind::Other;
    QString parent; // name of the parent vendor, empty for none
    QStringList aliases;
    QString notes;

    bool operator==(const Vendor &) const = default;
};

struct Source {
    qint64 id = 0;
    QString title;
    QString publisher;
    QString url;
    PartialDate published;
    PartialDate accessed;
    QString localCopy; // file name beside the database
    QString sha256;

    // Equality ignores the row id: two sources with the same content are the same.
    bool operator==(const Source &o) const {
        return title == o.title && publisher == o.publisher && url == o.url &&
               published == o.published && accessed == o.accessed && localCopy == o.localCopy &&
               sha256 == o.sha256;
    }
};

// One government act about one or more vendors.
struct Decision {
    qint64 id = 0; // 0 until stored
    QString country;
    QStringList vendors;
    Measure measure = Measure::Ban;
    QList<Scope> scopes;
    PartialDate announced;
    PartialDate effective; // null: same as announced
    PartialDate ended;
    PartialDate deadline;
    QString title;
    QString summary;
    std::optional<LegalForm> legalForm;
    Confidence confidence = Confidence::SingleSource;
    bool coversSubsidiaries = false;
    QList<Source> sources;
    // The stored row's version this copy was read at (1 when added, one more each time it
    // is changed); 0: not read from a store. An update of a copy with a version is refused
    // when the stored row has another (ConflictError): someone changed it meanwhile.
    qint64 version = 0;

    PartialDate effectiveOrAnnounced() const { return effective.isNull() ? announced : effective; }
    bool operator==(const Decision &) const = default;
};

// The order of announcement: by announced date (a partial date counts as the first day
// of its period), ties by id. DOMAIN.md's status rules read decisions in this order.
bool announcedBefore(const Decision &a, const Decision &b);
// Whether two decisions say the same (every field but the version).
bool sameContent(const Decision &a, const Decision &b);
// Newest first, the order a government's history is shown in (the profile, the report):
// the reverse of announcedBefore.
void sortNewestFirst(QList<const Decision *> &decisions);

// Ids are whole numbers from 1 to 2^53 − 1 on every path: JSON numbers carry no more.
inline constexpr qint64 kMaxId = (qint64(1) << 53) - 1;

inline constexpr int kMaxTitleLength = 200;
inline constexpr int kMaxTextLength = 20000; // a summary, a vendor's notes
inline constexpr int kMaxUrlLength = 2048;
// How many vendors a decision names, sources it cites, and other names a vendor has, at
// most: far beyond any real act, and a bound on what one record can cost to store.
inline constexpr int kMaxVendorsPerDecision = 100;
inline constexpr int kMaxSourcesPerDecision = 100;
inline constexpr int kMaxAliasesPerVendor = 100;

} // namespace banatlas
