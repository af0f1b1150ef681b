#include "domain/statusresolver.h"

#include "helpers/statusedges.h"
#include "helpers/testsetup.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestStatusResolver)
#include "tst_statusresolver.moc"
