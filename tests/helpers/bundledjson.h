#pragma once

// Facts about the bundled dataset read straight from its JSON file (the resource the app
// seeds a new database from), never through the store or the document: expected values
// that follow a data release without being computed by the code under test.

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace banatlas::testing {

inline QJsonObject bundledDataset() {
    QFile f(QStringLiteral(":/banatlas/dataset/banatlas.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QJsonArray bundledDecisions() {
    return bundledDataset().value(QLatin1StringView("decisions")).toArray();
}

// How many decisions of one government the file holds.
inline int bundledDecisionCountOf(const QString &country) {
    int n = 0;
    for (const QJsonValue &d : bundledDecisions())
        n += d[QLatin1StringView("country")].toString() == country ? 1 : 0;
    return n;
}

// The vendors one government's decisions name, each once (compared ignoring case).
inline QStringList bundledVendorsNamedBy(const QString &country) {
    QStringList out;
    for (const QJsonValue &d : bundledDecisions()) {
        if (d[QLatin1StringView("country")].toString() != country)
            continue;
        for (const QJsonValue &v : d[QLatin1StringView("vendors")].toArray()) {
            if (!out.contains(v.toString(), Qt::CaseInsensitive))
                out.append(v.toString());
        }
    }
    return out;
}

// The governments, sorted, with a decision announced on or before `announcedBy` (ISO
// text; empty: any time) that names one of `vendors`, or an ancestor of one where the
// decision covers subsidiaries (DOMAIN.md's S is not empty). Empty `vendors`: any vendor.
// A partial date ("2019-11") compares as its first day, as in the rules.
inline QStringList bundledGovernmentsFor(const QStringList &vendors,
                                         const QString &announcedBy = {}) {
    const QJsonObject data = bundledDataset();
    QHash<QString, QString> parentOf; // case-folded name → case-folded parent
    for (const QJsonValue &v : data.value(QLatin1StringView("vendors")).toArray()) {
        const QString parent = v[QLatin1StringView("parent")].toString();
        if (!parent.isEmpty())
            parentOf.insert(v[QLatin1StringView("name")].toString().toCaseFolded(),
                            parent.toCaseFolded());
    }
    auto ancestorsAndSelf = [&](const QString &name) {
        QStringList out{name.toCaseFolded()};
        for (QString p = parentOf.value(out.first()); !p.isEmpty() && !out.contains(p);
             p = parentOf.value(p))
            out.append(p);
        return out;
    };
    QStringList out;
    for (const QJsonValue &d : data.value(QLatin1StringView("decisions")).toArray()) {
        const QString country = d[QLatin1StringView("country")].toString();
        if (out.contains(country))
            continue;
        // "2019-11" < "2019-11-01" and "2019" < "2019-01-01" as text: the first day.
        if (!announcedBy.isEmpty() && d[QLatin1StringView("announced")].toString() > announcedBy)
            continue;
        const bool covers = d[QLatin1StringView("covers_subsidiaries")].toBool();
        bool names = vendors.isEmpty();
        for (const QJsonValue &v : d[QLatin1StringView("vendors")].toArray()) {
            const QString named = v.toString().toCaseFolded();
            for (const QString &wanted : vendors) {
                const QStringList line = ancestorsAndSelf(wanted);
                names = names || named == line.first() || (covers && line.contains(named));
            }
        }
        if (names)
            out.append(country);
    }
    out.sort();
    return out;
}

} // namespace banatlas::testing
