#pragma once

// Small helpers shared by the store-level tests.

#include "domain/errors.h"
#include "storage/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace banatlas::testing {

// How many decisions the bundled dataset holds, read from the file itself (not through the
// store), so that tests follow a data release without a number written into them.
inline int bundledDecisionCount() {
    QFile f(QStringLiteral(":/banatlas/dataset/banatlas.json"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(QJsonDocument::fromJson(f.readAll()).object().value(u"decisions").toArray().size());
}

// A valid decision with the given title (Australia's 2018 5G exclusion by default).
inline Decision exampleDecision(const QString &title, const QString &country = QStringLiteral("AU"),
                                const QStringList &vendors = {QStringLiteral("Huawei"),
                                                              QStringLiteral("ZTE")}) {
    Decision d;
    d.country = country;
    d.vendors = vendors;
    d.measure = Measure::Ban;
    d.scopes = {Scope::Core5g};
    d.announced = PartialDate::day(2018, 8, 23);
    d.title = title;
    d.confidence = Confidence::Official;
    return d;
}

// Stores a decision, creating the vendors it names first (Store::addDecision needs them).
inline qint64 addWithVendors(Store &store, const Decision &d) {
    store.createMissingVendors(d.vendors);
    return store.addDecision(d);
}

// The message of the `Ex` that `fn` throws; says so when it throws another Error or none.
template <typename Ex, typename Fn> QString messageOf(Fn &&fn) {
    try {
        fn();
    } catch (const Ex &e) {
        return e.message();
    } catch (const Error &e) {
        return QStringLiteral("wrong kind of error: ") + e.message();
    }
    return QStringLiteral("no error");
}

} // namespace banatlas::testing
