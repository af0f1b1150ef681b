#pragma once

// The status rules of DOMAIN.md ("Status resolution") at their edges, as one table that
// three components are held to: the resolver (tst_statusresolver), the models' vendor
// filters on a real store (tst_models) and the timeline's lanes (tst_timeline). Every
// expected value here is worked out by hand from the rules, never by the code under test.
//
// `ended` is exclusive: DOMAIN.md says a decision is in effect "unless its ended <= D",
// so on the ended date itself the decision no longer applies (the timeline's `to` is
// exclusive for the same reason, and tst_statusresolver's "ban on its last day" row has
// the ban in force the day before its ended date). A suspension (a reversal with an end
// date) therefore stops lifting the ban on its ended date, and the ban is back that day.

#include "domain/entities.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QTest>

namespace banatlas::testing {

struct StatusScenario {
    QList<Vendor> vendors; // parents before their subsidiaries, as a store needs them
    QList<Decision> decisions;
};

struct StatusEdge {
    QByteArray name;
    StatusScenario scenario;
    QString country;
    QString vendor; // the one vendor asked about (a name or an alias)
    QDate asOf;
    StatusClass statusClass;
    bool pending;
    QList<qint64> inEffect; // in (announced, id) order
    QList<qint64> deciding;
};

namespace edges {

inline Vendor vendor(const QString &name, const QString &parent = {},
                     const QStringList &aliases = {}) {
    Vendor v;
    v.name = name;
    v.homeCountry = QStringLiteral("CN");
    v.kind = VendorKind::TelecomEquipment;
    v.parent = parent;
    v.aliases = aliases;
    return v;
}

// A decision a store accepts as it is (real country, scope, title, confidence).
inline Decision decision(qint64 id, const QString &country, const QStringList &vendors, Measure m,
                         QDate announced, QDate effective = {}, QDate ended = {},
                         bool coversSubsidiaries = false) {
    Decision d;
    d.id = id;
    d.country = country;
    d.vendors = vendors;
    d.measure = m;
    d.scopes = {Scope::Core5g};
    d.announced = PartialDate::fromDate(announced);
    d.effective = PartialDate::fromDate(effective);
    d.ended = PartialDate::fromDate(ended);
    d.coversSubsidiaries = coversSubsidiaries;
    d.title = QStringLiteral("Edge decision %1").arg(id);
    d.confidence = Confidence::Official;
    return d;
}

} // namespace edges

inline const QList<StatusEdge> &statusEdges() {
    static const QList<StatusEdge> cases = [] {
        using namespace edges;
        using namespace Qt::StringLiterals;
        using Ids = QList<qint64>;
        constexpr bool covers = true;
        QList<StatusEdge> out;
        const QString parent = QStringLiteral("Parent Co");
        const QString child = QStringLiteral("Child Co");
        const QString grandchild = QStringLiteral("Grandchild Co");
        const QList<Vendor> chain{vendor(parent), vendor(child, parent), vendor(grandchild, child)};
        const QDate may15(2019, 5, 15);
        const QDate june1(2019, 6, 1);

        // (a) A subsidiary's subsidiary: a ban on the parent that covers subsidiaries
        // reaches the grandchild, through the child.
        const StatusScenario covering{
            chain, {decision(101, u"US"_s, {parent}, Measure::Ban, may15, {}, {}, covers)}};
        out.append({"a. covering ban: parent", covering, u"US"_s, parent, june1,
                    StatusClass::Banned, false, Ids{101}, Ids{101}});
        out.append({"a. covering ban: child", covering, u"US"_s, child, june1, StatusClass::Banned,
                    false, Ids{101}, Ids{101}});
        out.append({"a. covering ban: grandchild", covering, u"US"_s, grandchild, june1,
                    StatusClass::Banned, false, Ids{101}, Ids{101}});
        out.append({"a. covering ban: grandchild, the day before", covering, u"US"_s, grandchild,
                    may15.addDays(-1), StatusClass::NoData, false, Ids{}, Ids{}});
        out.append({"a. covering ban: grandchild, the day announced", covering, u"US"_s, grandchild,
                    may15, StatusClass::Banned, false, Ids{101}, Ids{101}});
        // Without covers_subsidiaries the ban is the parent's alone.
        const StatusScenario parentOnly{chain,
                                        {decision(111, u"US"_s, {parent}, Measure::Ban, may15)}};
        out.append({"a. parent-only ban: parent", parentOnly, u"US"_s, parent, june1,
                    StatusClass::Banned, false, Ids{111}, Ids{111}});
        out.append({"a. parent-only ban: child", parentOnly, u"US"_s, child, june1,
                    StatusClass::NoData, false, Ids{}, Ids{}});
        out.append({"a. parent-only ban: grandchild", parentOnly, u"US"_s, grandchild, june1,
                    StatusClass::NoData, false, Ids{}, Ids{}});
        // Covering runs down the tree, never up: a covering decision on the child.
        const StatusScenario middle{
            chain, {decision(121, u"US"_s, {child}, Measure::Restriction, may15, {}, {}, covers)}};
        out.append({"a. covering restriction on the child: grandchild", middle, u"US"_s, grandchild,
                    june1, StatusClass::Restricted, false, Ids{121}, Ids{121}});
        out.append({"a. covering restriction on the child: parent", middle, u"US"_s, parent, june1,
                    StatusClass::NoData, false, Ids{}, Ids{}});

        // (b) A decision that names the vendor by one of its aliases.
        const QList<Vendor> aliased{vendor(u"Huawei"_s, {}, {u"Huawei Technologies"_s}),
                                    vendor(u"ZTE"_s)};
        const StatusScenario byAlias{
            aliased,
            {decision(201, u"AU"_s, {u"Huawei Technologies"_s}, Measure::Ban, QDate(2018, 8, 23))}};
        const QDate y2019(2019, 1, 1);
        out.append({"b. decision by alias: asked by name", byAlias, u"AU"_s, u"Huawei"_s, y2019,
                    StatusClass::Banned, false, Ids{201}, Ids{201}});
        out.append({"b. decision by alias: asked by the alias", byAlias, u"AU"_s,
                    u"Huawei Technologies"_s, y2019, StatusClass::Banned, false, Ids{201},
                    Ids{201}});
        out.append({"b. decision by alias: another vendor", byAlias, u"AU"_s, u"ZTE"_s, y2019,
                    StatusClass::NoData, false, Ids{}, Ids{}});

        // (c) A decision on a subsidiary never changes the parent's class, whether it
        // covers subsidiaries (its own, of which it has none) or not.
        const QList<Vendor> huawei{vendor(u"Huawei"_s), vendor(u"HiSilicon"_s, u"Huawei"_s)};
        for (const bool c : {true, false}) {
            const qint64 base = c ? 301 : 311;
            const char *const suffix = c ? "covering" : "not covering";
            const StatusScenario warned{
                huawei,
                {decision(base, u"GB"_s, {u"Huawei"_s}, Measure::Warning, QDate(2018, 11, 5)),
                 decision(base + 1, u"GB"_s, {u"HiSilicon"_s}, Measure::Ban, QDate(2019, 3, 1), {},
                          {}, c)}};
            out.append(
                {"c. ban on the subsidiary (" + QByteArray(suffix) + "): parent keeps its warning",
                 warned, u"GB"_s, u"Huawei"_s, june1, StatusClass::UnderReview, false, Ids{base},
                 Ids{base}});
            out.append(
                {"c. ban on the subsidiary (" + QByteArray(suffix) + "): the subsidiary is banned",
                 warned, u"GB"_s, u"HiSilicon"_s, june1, StatusClass::Banned, false, Ids{base + 1},
                 Ids{base + 1}});
            const StatusScenario alone{huawei,
                                       {decision(base + 5, u"NZ"_s, {u"HiSilicon"_s}, Measure::Ban,
                                                 QDate(2019, 3, 1), {}, {}, c)}};
            out.append({"c. only the subsidiary decided on (" + QByteArray(suffix) +
                            "): parent has no data",
                        alone, u"NZ"_s, u"Huawei"_s, june1, StatusClass::NoData, false, Ids{},
                        Ids{}});
        }

        // (d) A suspension that ends. Ban announced 1 Oct 2020, effective D0 = 20 Oct;
        // reversal announced D1 = 9 Nov, ended D2 = 16 Dec 2020.
        const StatusScenario suspension{{vendor(u"Huawei"_s)},
                                        {decision(401, u"SE"_s, {u"Huawei"_s}, Measure::Ban,
                                                  QDate(2020, 10, 1), QDate(2020, 10, 20)),
                                         decision(402, u"SE"_s, {u"Huawei"_s}, Measure::Reversal,
                                                  QDate(2020, 11, 9), {}, QDate(2020, 12, 16))}};
        const struct {
            const char *name;
            QDate date;
            StatusClass cls;
            bool pending;
            qint64 id;
        } suspensionDays[] = {
            {"d. suspension: D0-1, ban announced, pending", QDate(2020, 10, 19),
             StatusClass::Banned, true, 401},
            {"d. suspension: D0, ban in force", QDate(2020, 10, 20), StatusClass::Banned, false,
             401},
            {"d. suspension: D1-1, not yet suspended", QDate(2020, 11, 8), StatusClass::Banned,
             false, 401},
            {"d. suspension: D1, suspended", QDate(2020, 11, 9), StatusClass::Allowed, false, 402},
            {"d. suspension: D2-1, still suspended", QDate(2020, 12, 15), StatusClass::Allowed,
             false, 402},
            // `ended` is exclusive: on D2 the suspension is over and the ban applies again.
            {"d. suspension: D2, ban back", QDate(2020, 12, 16), StatusClass::Banned, false, 401},
            {"d. suspension: D2+1, ban stays", QDate(2020, 12, 17), StatusClass::Banned, false,
             401},
        };
        for (const auto &day : suspensionDays) {
            out.append({day.name, suspension, u"SE"_s, u"Huawei"_s, day.date, day.cls, day.pending,
                        Ids{day.id}, Ids{day.id}});
        }

        // (d) A ban whose own `ended` date falls: in force the day before, over that day.
        const StatusScenario ending{{vendor(u"Huawei"_s)},
                                    {decision(501, u"CA"_s, {u"Huawei"_s}, Measure::Ban,
                                              QDate(2019, 1, 1), {}, QDate(2021, 1, 1))}};
        out.append({"d. ban ending: the day before ended", ending, u"CA"_s, u"Huawei"_s,
                    QDate(2020, 12, 31), StatusClass::Banned, false, Ids{501}, Ids{501}});
        out.append({"d. ban ending: the ended day", ending, u"CA"_s, u"Huawei"_s, QDate(2021, 1, 1),
                    StatusClass::NoneInForce, false, Ids{}, Ids{}});
        out.append({"d. ban ending: the day after", ending, u"CA"_s, u"Huawei"_s, QDate(2021, 1, 2),
                    StatusClass::NoneInForce, false, Ids{}, Ids{}});
        return out;
    }();
    return cases;
}

// The data rows of a test over statusEdges(): one int column, "edge", the case's index.
inline void addStatusEdgeRows() {
    QTest::addColumn<int>("edge");
    const QList<StatusEdge> &cases = statusEdges();
    QVERIFY(!cases.isEmpty());
    for (qsizetype i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name.constData()) << static_cast<int>(i);
}

} // namespace banatlas::testing
