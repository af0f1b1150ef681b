#pragma once

// A randomised, reproducible set of decisions for the consistency tests. Few governments
// and vendors, so that decisions interact: lifts, suspensions (reversals that end),
// supersessions, pending measures, decisions that end the day they take effect, dates
// known only to the month or the year, several decisions on one day, and a parent whose
// decisions can cover its subsidiaries (and a grandchild).

#include "storage/store.h"

#include <QRandomGenerator>

namespace banatlas::testing {

struct RandomData {
    QList<Vendor> vendors;
    QList<Decision> decisions; // ids 1..n, in order
};

inline RandomData randomData(int n, quint32 seed,
                             const QStringList &countries = {
                                 QStringLiteral("AU"), QStringLiteral("DE"), QStringLiteral("GB"),
                                 QStringLiteral("SE"), QStringLiteral("US"), QStringLiteral("JP"),
                                 QStringLiteral("IN"), QStringLiteral("FR"), QStringLiteral("EU"),
                                 QStringLiteral("CA"), QStringLiteral("NZ"),
                                 QStringLiteral("BR")}) {
    QRandomGenerator rng(seed);
    RandomData data;
    for (int i = 0; i < 10; ++i) {
        Vendor v;
        v.name = QStringLiteral("Vendor %1").arg(i);
        v.homeCountry = QStringLiteral("CN");
        v.kind = VendorKind::TelecomEquipment;
        data.vendors.append(v);
    }
    data.vendors[7].parent = data.vendors[0].name; // a subsidiary
    data.vendors[8].parent = data.vendors[0].name;
    data.vendors[9].parent = data.vendors[7].name; // and one below it

    // A day in 2015..2025, kept to the day, the month or the year; never before `notBefore`.
    auto randomDate = [&](const PartialDate &notBefore, int maxDaysAfter) {
        const QDate base = notBefore.isNull() ? QDate(2015, 1, 1) : notBefore.firstDay();
        const QDate day = base.addDays(rng.bounded(maxDaysAfter + 1));
        const int precision = rng.bounded(10);
        PartialDate d = precision < 7   ? PartialDate::fromDate(day)
                        : precision < 9 ? PartialDate::month(day.year(), day.month())
                                        : PartialDate::year(day.year());
        if (d.key() < notBefore.key())
            d = PartialDate::fromDate(day);
        return d;
    };
    const QList<Measure> measures = allMeasures();
    for (int i = 0; i < n; ++i) {
        Decision d;
        d.id = i + 1;
        d.country = countries[rng.bounded(countries.size())];
        for (int k = 0, count = 1 + rng.bounded(2); k < count; ++k) {
            const QString v = data.vendors[rng.bounded(data.vendors.size())].name;
            if (!d.vendors.contains(v))
                d.vendors.append(v);
        }
        d.measure = measures[rng.bounded(measures.size())];
        d.scopes = {Scope::Core5g};
        d.announced = randomDate({}, 11 * 365);
        if (rng.bounded(10) < 4)
            d.effective = randomDate(d.announced, 400);
        if (rng.bounded(10) < 3)
            d.ended = randomDate(d.effectiveOrAnnounced(), 1500);
        if (rng.bounded(10) == 0)
            d.deadline = randomDate(d.announced, 2000);
        d.coversSubsidiaries = rng.bounded(5) == 0;
        d.title = QStringLiteral("Random decision %1").arg(i + 1);
        d.confidence = Confidence::Official;
        data.decisions.append(d);
    }
    return data;
}

// Writes the data into an empty store in one transaction; the store gives the same ids.
inline void storeRandomData(Store &store, const RandomData &data) {
    store.transaction([&] {
        for (const Vendor &v : data.vendors)
            store.addVendor(v);
        for (const Decision &d : data.decisions)
            store.addDecision(d);
    });
}

} // namespace banatlas::testing
