#include "painting/timeline.h"

#include "helpers/randomdata.h"
#include "interchange/database.h"
#include "painting/classcolors.h"

#include "helpers/statusedges.h"
#include "helpers/testsetup.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;
using banatlas::testing::randomData;

namespace {

Decision make(qint64 id, const char *country, QStringList vendors, Measure m, QDate announced,
              QDate effective = {}, QDate ended = {}) {
    Decision d;
    d.id = id;
    d.country = QString::fromLatin1(country);
    d.vendors = std::move(vendors);
    d.measure = m;
    d.scopes = {Scope::Core5g};
    d.announced = PartialDate::fromDate(announced);
    d.effective = PartialDate::fromDate(effective);
    d.ended = PartialDate::fromDate(ended);
    d.title = u"Decision %1"_s.arg(id);
    return d;
}

const QList<Country> kCountries = {{u"AU"_s, {}, {}, u"Australia"_s, {}, {}, {}, false},
                                   {u"GB"_s, {}, {}, u"United Kingdom"_s, {}, {}, {}, false},
                                   {u"SE"_s, {}, {}, u"Sweden"_s, {}, {}, {}, false}};

QList<Decision> sample() {
    const QStringList hw{u"Huawei"_s};
    return {make(2, "AU", {u"Huawei"_s, u"ZTE"_s}, Measure::Ban, QDate(2018, 8, 23)),
            make(13, "GB", hw, Measure::Restriction, QDate(2020, 1, 28), {}, QDate(2020, 7, 14)),
            make(11, "GB", hw, Measure::Ban, QDate(2020, 7, 14), QDate(2020, 12, 31)),
            make(8, "GB", hw, Measure::Warning, QDate(2018, 11, 5)),
            make(14, "SE", {u"Huawei"_s, u"ZTE"_s}, Measure::Ban, QDate(2020, 10, 20)),
            // The Stockholm court's suspension, lifted on 1 Dec 2020: the ban applies again.
            make(15, "SE", {u"Huawei"_s, u"ZTE"_s}, Measure::Reversal, QDate(2020, 11, 9), {},
                 QDate(2020, 12, 1))};
}

QList<Vendor> sampleVendors() {
    QList<Vendor> out;
    for (const QString &name : {u"Huawei"_s, u"ZTE"_s}) {
        Vendor v;
        v.name = name;
        out.append(v);
    }
    return out;
}

TimelineLayout build(const QList<Decision> &decisions, LaneMode mode, LaneOrder order,
                     const TimelineFilter &filter = {}) {
    const StatusResolver resolver(decisions, sampleVendors());
    return TimelineLayout::build(resolver, decisions, kCountries, mode, order, filter,
                                 QDate(2024, 1, 1));
}

// Days on which something may change for a government, and the days either side: the
// dates that catch a period boundary in the wrong place.
QList<QDate> probeDates(const QList<Decision> &decisions, const QString &country,
                        QRandomGenerator &rng) {
    QList<QDate> out{QDate(2000, 1, 1), QDate(2030, 1, 1)};
    for (const Decision &d : decisions) {
        if (d.country != country)
            continue;
        for (const PartialDate &p : {d.announced, d.effective, d.ended, d.deadline}) {
            if (p.isNull())
                continue;
            for (int delta : {-1, 0, 1})
                out.append(p.firstDay().addDays(delta));
        }
    }
    for (int i = 0; i < 40; ++i)
        out.append(QDate(2013, 1, 1).addDays(rng.bounded(14 * 365)));
    return out;
}

// Checks that `periods` hold exactly what resolve() says on each date; empty on success,
// else what differs.
QString disagreement(const StatusResolver &resolver, const QList<StatusPeriod> &periods,
                     const QString &country, const QStringList &vendors,
                     const QList<QDate> &dates) {
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const StatusPeriod &p = periods[i];
        if (i + 1 < periods.size()) {
            if (p.to != periods[i + 1].from)
                return u"%1: period %2 ends %3, next starts %4"_s.arg(country).arg(i).arg(
                    p.to.toString(Qt::ISODate), periods[i + 1].from.toString(Qt::ISODate));
            if (p.statusClass == periods[i + 1].statusClass && p.pending == periods[i + 1].pending)
                return u"%1: periods %2 and %3 should be one"_s.arg(country).arg(i).arg(i + 1);
        } else if (p.to.isValid()) {
            return u"%1: the last period ends"_s.arg(country);
        }
    }
    for (const QDate &date : dates) {
        const Status s = resolver.resolve(country, vendors, date);
        const StatusPeriod *covering = nullptr;
        for (const StatusPeriod &p : periods) {
            if (p.contains(date))
                covering = &p;
        }
        const StatusClass got = covering ? covering->statusClass : StatusClass::NoData;
        const bool pending = covering && covering->pending;
        if (got != s.statusClass || pending != s.pending)
            return u"%1 [%2] on %3: period says %4%5, status says %6%7"_s.arg(
                country, vendors.join(u','), date.toString(Qt::ISODate), toId(got),
                pending ? u" pending"_s : QString(), toId(s.statusClass),
                s.pending ? u" pending"_s : QString());
        for (qint64 id : s.inEffect) {
            if (!covering || !covering->decisions.contains(id))
                return u"%1 on %2: decision %3 is in effect but not in the period"_s
                    .arg(country, date.toString(Qt::ISODate))
                    .arg(id);
        }
    }
    return {};
}

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT

private slots:
    void init() { testing::failOnQtWarnings(); }

    void timeToPixelAndBack() {
        TimeScale scale(QDate(2018, 1, 1), 2.0, 100);
        QCOMPARE(scale.x(QDate(2018, 1, 1)), 100.0);
        QCOMPARE(scale.x(QDate(2018, 1, 11)), 120.0);
        QCOMPARE(scale.date(120.0), QDate(2018, 1, 11));
        QCOMPARE(scale.date(121.9), QDate(2018, 1, 11));
        QCOMPARE(scale.date(99.0), QDate(2017, 12, 31));
        // Zooming keeps the date under the cursor in place.
        const QDate under = scale.date(500);
        scale.zoom(3.0, 500);
        QCOMPARE(scale.pixelsPerDay(), 6.0);
        QCOMPARE(scale.date(500), under);
        scale.pan(-60);
        QCOMPARE(scale.date(440), under);
        const TimeScale fit = TimeScale::fit(QDate(2014, 1, 1), QDate(2024, 1, 1), 0, 3652);
        QCOMPARE(fit.x(QDate(2024, 1, 1)), 3652.0);
    }

    void ticksAdaptToZoom_data() {
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<QString>("firstLabel");
        QTest::addColumn<int>("monthsOrDaysApart");
        QTest::addColumn<bool>("inDays");
        QTest::newRow("decades") << 0.025 << u"2010"_s << 120 << false;
        QTest::newRow("years") << 0.3 << u"2018"_s << 12 << false;
        QTest::newRow("quarters") << 1.5 << u"Jan 2018"_s << 3 << false;
        QTest::newRow("months") << 4.0 << u"Jan 2018"_s << 1 << false;
        QTest::newRow("weeks") << 14.0 << u"1 Jan 2018"_s << 7 << true;
        QTest::newRow("days") << 100.0 << u"1 Jan 2018"_s << 1 << true;
    }
    void ticksAdaptToZoom() {
        QFETCH(double, pixelsPerDay);
        QFETCH(QString, firstLabel);
        QFETCH(int, monthsOrDaysApart);
        QFETCH(bool, inDays);
        const TimeScale scale(QDate(2018, 1, 1), pixelsPerDay, 0);
        const double minSpacing = 80;
        const QList<TimeTick> ticks = timeTicks(scale, 0, 1600, minSpacing);
        QVERIFY(ticks.size() >= 2);
        QCOMPARE(ticks.first().label, firstLabel);
        for (qsizetype i = 1; i < ticks.size(); ++i) {
            // Labels never crowd: at least the minimum spacing apart.
            QVERIFY(scale.x(ticks[i].date) - scale.x(ticks[i - 1].date) >= minSpacing * 0.9);
            const QDate a = ticks[i - 1].date;
            const QDate b = ticks[i].date;
            if (inDays)
                QCOMPARE(a.daysTo(b), qint64(monthsOrDaysApart));
            else
                QCOMPARE((b.year() - a.year()) * 12 + b.month() - a.month(), monthsOrDaysApart);
        }
    }

    void lanesPerCountryByFirstDecision() {
        const TimelineLayout layout = build(sample(), LaneMode::Country, LaneOrder::FirstDecision);
        QCOMPARE(layout.lanes.size(), 3);
        QCOMPARE(layout.lanes[0].key, u"AU"_s); // 2018-08
        QCOMPARE(layout.lanes[1].key, u"GB"_s); // 2018-11
        QCOMPARE(layout.lanes[2].key, u"SE"_s);
        QCOMPARE(layout.lanes[0].label, u"Australia"_s);
        QCOMPARE(layout.lanes[1].items.size(), 3);
        QCOMPARE(layout.first, QDate(2018, 8, 23));

        const TimelineLayout byName = build(sample(), LaneMode::Country, LaneOrder::Name);
        QCOMPARE(byName.lanes[0].label, u"Australia"_s);
        QCOMPARE(byName.lanes[1].label, u"Sweden"_s);
        QCOMPARE(byName.lanes[2].label, u"United Kingdom"_s);
        for (const TimelineLane &lane : byName.lanes) {
            for (int i : lane.items)
                QCOMPARE(byName.lanes[byName.items[i].lane].key, lane.key);
        }
    }

    // The bars are the status periods: class changes where the rules say, a suspension
    // that ends brings the ban back (Sweden 2020), pending before the effective date.
    void barsAreTheStatusPeriods() {
        const TimelineLayout layout = build(sample(), LaneMode::Country, LaneOrder::FirstDecision);
        using P = StatusPeriod;
        const QList<P> gb{
            {QDate(2018, 11, 5), QDate(2020, 1, 28), StatusClass::UnderReview, false, {8}},
            {QDate(2020, 1, 28), QDate(2020, 7, 14), StatusClass::Restricted, false, {13}},
            {QDate(2020, 7, 14), QDate(2020, 12, 31), StatusClass::Banned, true, {11}},
            {QDate(2020, 12, 31), {}, StatusClass::Banned, false, {11}}};
        QCOMPARE(layout.lanes[1].periods, gb);
        const QList<P> se{
            {QDate(2020, 10, 20), QDate(2020, 11, 9), StatusClass::Banned, false, {14}},
            {QDate(2020, 11, 9), QDate(2020, 12, 1), StatusClass::Allowed, false, {15}},
            {QDate(2020, 12, 1), {}, StatusClass::Banned, false, {14}}};
        QCOMPARE(layout.lanes[2].periods, se);
        QCOMPARE(layout.periodAt(2, QDate(2021, 6, 1)), 2);
        QCOMPARE(layout.periodAt(2, QDate(2020, 10, 19)), -1);
        QCOMPARE(layout.last, QDate(2024, 1, 1));
    }

    // DOMAIN.md's rules at their edges (tests/helpers/statusedges.h, the table
    // tst_statusresolver and tst_models use too), through the timeline's vendor filter: the
    // government's lane filtered to the vendor, and the vendor's lane for that government,
    // each hold the expected class on the date, with the deciding decisions as markers.
    void lanesAtTheEdges_data() { testing::addStatusEdgeRows(); }
    void lanesAtTheEdges() {
        QFETCH(int, edge);
        const testing::StatusEdge &e = testing::statusEdges().at(edge);
        const StatusResolver resolver(e.scenario.decisions, e.scenario.vendors);
        for (const LaneMode mode : {LaneMode::Country, LaneMode::Vendor}) {
            const char *const modeName = mode == LaneMode::Country ? "government" : "vendor";
            TimelineFilter filter;
            filter.vendors = {e.vendor};
            filter.countries = {e.country};
            const TimelineLayout layout =
                TimelineLayout::build(resolver, e.scenario.decisions, kCountries, mode,
                                      LaneOrder::FirstDecision, filter, QDate(2030, 1, 1));
            const QString key = mode == LaneMode::Country ? e.country : e.vendor;
            int lane = -1;
            for (qsizetype i = 0; i < layout.lanes.size(); ++i) {
                if (layout.lanes[i].key.compare(key, Qt::CaseInsensitive) == 0)
                    lane = static_cast<int>(i);
            }
            // One government and one vendor in view: that lane or none.
            QCOMPARE(layout.lanes.size(), lane < 0 ? 0 : 1);
            const int period = lane < 0 ? -1 : layout.periodAt(lane, e.asOf);
            const StatusPeriod *p = period < 0 ? nullptr : &layout.lanes[lane].periods[period];
            auto describe = [&](StatusClass c, bool pending) {
                return u"%1 lane: %2%3"_s.arg(QLatin1StringView(modeName), toId(c),
                                              pending ? u" (pending)"_s : QString());
            };
            // No period on the date: no data, as resolve() says for an empty S.
            QCOMPARE(describe(p ? p->statusClass : StatusClass::NoData, p && p->pending),
                     describe(e.statusClass, e.pending));
            for (qint64 id : e.inEffect)
                QVERIFY2(p && p->decisions.contains(id), modeName);
            // What decides the class is drawn in the lane, as a marker.
            for (qint64 id : e.deciding) {
                QVERIFY2(lane >= 0, modeName);
                const auto &items = layout.lanes[lane].items;
                QVERIFY2(std::any_of(items.cbegin(), items.cend(),
                                     [&](int i) { return layout.items[i].id == id; }),
                         modeName);
            }
        }
    }

    void lanesPerVendorAndFilters() {
        const TimelineLayout byVendor = build(sample(), LaneMode::Vendor, LaneOrder::Name);
        QCOMPARE(byVendor.lanes.size(), 2);
        QCOMPARE(byVendor.lanes[0].key, u"Huawei"_s);
        QCOMPARE(byVendor.lanes[1].key, u"ZTE"_s);
        QCOMPARE(byVendor.lanes[1].items.size(), 3); // AU and SE name ZTE too
        QCOMPARE(byVendor.items.size(), 9);
        // A vendor's bar is its strictest class among the governments: banned from
        // Australia's ban on, whatever Sweden's court did.
        QCOMPARE(byVendor.lanes[1].periods.size(), 1);
        QCOMPARE(byVendor.lanes[1].periods[0].from, QDate(2018, 8, 23));
        QCOMPARE(byVendor.lanes[1].periods[0].statusClass, StatusClass::Banned);

        TimelineFilter filter;
        filter.countries = {u"GB"_s};
        filter.measures = {Measure::Ban, Measure::Restriction};
        const TimelineLayout narrowed = build(sample(), LaneMode::Country, LaneOrder::Name, filter);
        QCOMPARE(narrowed.lanes.size(), 1);
        QCOMPARE(narrowed.items.size(), 2);
        // The measure filter thins the markers, never the truth of the bar.
        QCOMPARE(narrowed.lanes[0].periods.first().statusClass, StatusClass::UnderReview);
        TimelineFilter zte;
        zte.vendors = {u"zte"_s};
        QCOMPARE(build(sample(), LaneMode::Vendor, LaneOrder::Name, zte).lanes.size(), 1);
        QCOMPARE(build(sample(), LaneMode::Country, LaneOrder::Name, zte).lanes.size(), 2);
    }

    void hitTesting() {
        const TimelineLayout layout = build(sample(), LaneMode::Country, LaneOrder::FirstDecision);
        const TimelineStyle style;
        const QRectF rect(0, 0, 1200, 400);
        const TimeScale scale = TimeScale::fit(QDate(2018, 1, 1), QDate(2024, 1, 1),
                                               style.labelWidth, rect.width() - style.labelWidth);
        const double laneMid = style.axisHeight + style.laneHeight + style.barCentre(); // GB
        const QPointF onMarker(scale.x(QDate(2020, 7, 14)), laneMid);
        const int hit = timelineHitTest(layout, scale, 0, rect, onMarker, style);
        QVERIFY(hit >= 0);
        QCOMPARE(layout.items[hit].id, 11);
        // On the bar, far from any marker: no marker, but the period in force.
        const QPointF onBar(scale.x(QDate(2022, 6, 1)), laneMid);
        QCOMPARE(timelineHitTest(layout, scale, 0, rect, onBar, style), -1);
        QCOMPARE(timelinePeriodHitTest(layout, scale, 0, rect, onBar, style), std::pair(1, 3));
        QCOMPARE(timelineHitTest(layout, scale, 0, rect, QPointF(50, laneMid), style),
                 -1);                                                                  // labels
        QCOMPARE(timelineHitTest(layout, scale, 0, rect, QPointF(600, 5), style), -1); // axis
        QVERIFY(onTimelineAxis(rect, QPointF(600, 5), style));
        QVERIFY(!onTimelineAxis(rect, QPointF(50, 5), style));
        QVERIFY(!onTimelineAxis(rect, onBar, style));
        // Scrolled by one lane, the same point is Sweden's lane.
        const int scrolled = timelineHitTest(layout, scale, 1, rect,
                                             QPointF(scale.x(QDate(2020, 10, 20)), laneMid), style);
        QCOMPARE(layout.items[scrolled].id, 14);
    }

    void paintsOnAnyDevice() {
        const TimelineLayout layout = build(sample(), LaneMode::Country, LaneOrder::FirstDecision);
        const TimelineStyle style;
        QImage image(1200, 200, QImage::Format_RGB32);
        const TimeScale scale = TimeScale::fit(QDate(2018, 1, 1), QDate(2024, 1, 1),
                                               style.labelWidth, 1200 - style.labelWidth);
        QPainter p(&image);
        paintTimeline(p, QRectF(0, 0, 1200, 200), layout, scale, 0, QDate(2021, 1, 1), 0, style);
        p.end();
        auto pixel = [&](int lane, QDate date) {
            return QColor(image.pixel(
                static_cast<int>(scale.x(date)),
                static_cast<int>(style.axisHeight + lane * style.laneHeight + style.barCentre())));
        };
        // Australia's ban bar is in the Banned colour, mid-lane, in 2022.
        QCOMPARE(pixel(0, QDate(2022, 1, 1)), classColor(StatusClass::Banned));
        // Sweden: allowed while the court's suspension lasted, banned again after it.
        QCOMPARE(pixel(2, QDate(2020, 11, 26)), classColor(StatusClass::Allowed));
        QCOMPARE(pixel(2, QDate(2022, 1, 1)), classColor(StatusClass::Banned));
        // The as-of cursor is black.
        const QPoint cursor(static_cast<int>(scale.x(QDate(2021, 1, 1))), 150);
        QCOMPARE(QColor(image.pixel(cursor)), QColor(Qt::black));
    }

    // A label stops before the next deadline tick and before the as-of cursor.
    void labelsKeepClearOfDeadlinesAndTheCursor() {
        Decision d = make(1, "AU", {u"Huawei"_s}, Measure::Ban, QDate(2018, 1, 1));
        d.title = u"WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW"_s;
        d.deadline = PartialDate::fromDate(QDate(2019, 1, 1));
        const TimelineLayout layout = build({d}, LaneMode::Country, LaneOrder::FirstDecision);
        const TimelineStyle style;
        const TimeScale scale = TimeScale::fit(QDate(2017, 1, 1), QDate(2024, 1, 1),
                                               style.labelWidth, 1200 - style.labelWidth);
        auto textPixels = [&](QDate asOf, double from, double to) {
            QImage image(1200, 100, QImage::Format_RGB32);
            QPainter p(&image);
            paintTimeline(p, QRectF(0, 0, 1200, 100), layout, scale, 0, asOf, 0, style);
            p.end();
            // Dark text pixels in the label's row, away from the marker, tick and cursor.
            int dark = 0;
            const int y0 = static_cast<int>(style.axisHeight + 1);
            const int y1 = static_cast<int>(style.axisHeight + style.titleHeight);
            for (int x = static_cast<int>(from); x < static_cast<int>(to); ++x) {
                for (int y = y0; y < y1; ++y)
                    dark += qGray(image.pixel(x, y)) < 80 ? 1 : 0;
            }
            return dark;
        };
        const double deadline = scale.x(QDate(2019, 1, 1));
        const double marker = scale.x(QDate(2018, 1, 1));
        // Text before the deadline, none past it (but for the tick itself).
        QVERIFY(textPixels(QDate(2023, 1, 1), marker + 10, deadline - 6) > 20);
        QCOMPARE(textPixels(QDate(2023, 1, 1), deadline + 4, deadline + 200), 0);
        // With the cursor close after the marker, nothing past the cursor either.
        const QDate asOf(2018, 7, 1);
        QCOMPARE(textPixels(asOf, scale.x(asOf) + 3, deadline - 6), 0);
    }

    // The heart of "every view tells the same truth": for every government and vendor,
    // each date's period has exactly the class and pending flag that resolve() gives,
    // on the bundled data and on 5,000 random decisions.
    void periodsAgreeWithResolve_data() {
        QTest::addColumn<QString>("source");
        QTest::newRow("bundled dataset") << u"bundled"_s;
        QTest::newRow("5000 random decisions") << u"random"_s;
    }
    void periodsAgreeWithResolve() {
        QFETCH(QString, source);
        QList<Decision> decisions;
        QList<Vendor> vendors;
        if (source == u"bundled"_s) {
            QTemporaryDir dir;
            const auto store = openDatabase(dir.filePath(u"bundled.banatlas"_s));
            decisions = store->decisions();
            vendors = store->vendors();
        } else {
            const auto data = randomData(5000, 20181128);
            decisions = data.decisions;
            vendors = data.vendors;
        }
        const StatusResolver resolver(decisions, vendors);
        QStringList governments;
        for (const Decision &d : std::as_const(decisions)) {
            if (!governments.contains(d.country))
                governments.append(d.country);
        }
        QVERIFY(!governments.contains(u"ZW"_s));
        governments.append(u"ZW"_s);       // no data: no period at all
        QList<QStringList> vendorSets{{}}; // every vendor
        for (const Vendor &v : std::as_const(vendors))
            vendorSets.append({v.name});
        vendorSets.append({vendors[0].name, vendors[1].name});
        QRandomGenerator rng(7);
        int checked = 0;
        for (const QString &g : std::as_const(governments)) {
            const QList<QDate> dates = probeDates(decisions, g, rng);
            for (const QStringList &set : std::as_const(vendorSets)) {
                const QList<StatusPeriod> periods = resolver.periods(g, set);
                const QString problem = disagreement(resolver, periods, g, set, dates);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                checked += static_cast<int>(dates.size());
            }
        }
        QVERIFY(checked > 1000);
        qInfo("%d government × vendor × date samples agree", checked);

        // What the timeline paints: a government's lane holds, on every probed date, what
        // resolve() says for the lane's vendors (every vendor, or the filter's), and there
        // is a lane for exactly the governments with data for them; a vendor's lane is the
        // strictest of the governments' statuses on each date.
        // TikTok is ByteDance's subsidiary; Vendor 9 is a subsidiary's subsidiary.
        const QList<QStringList> laneFilters =
            source == u"bundled"_s
                ? QList<QStringList>{{}, {u"Huawei"_s}, {u"ZTE"_s, u"Kaspersky"_s}, {u"TikTok"_s}}
                : QList<QStringList>{
                      {}, {u"Vendor 0"_s}, {u"Vendor 9"_s}, {u"Vendor 7"_s, u"Vendor 3"_s}};
        for (const QStringList &set : laneFilters) {
            TimelineFilter filter;
            filter.vendors = set;
            const TimelineLayout byCountry =
                TimelineLayout::build(resolver, decisions, {}, LaneMode::Country,
                                      LaneOrder::FirstDecision, filter, QDate(2026, 11, 30));
            QStringList withData; // by resolve() after every announcement
            for (const QString &g : std::as_const(governments)) {
                if (resolver.resolve(g, set, QDate(2040, 1, 1)).statusClass != StatusClass::NoData)
                    withData.append(g);
            }
            QVERIFY2(!withData.isEmpty(), qPrintable(set.join(u',')));
            QStringList laneKeys;
            for (const TimelineLane &lane : byCountry.lanes) {
                laneKeys.append(lane.key);
                const QString problem = disagreement(resolver, lane.periods, lane.key, set,
                                                     probeDates(decisions, lane.key, rng));
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
            laneKeys.sort();
            withData.sort();
            QCOMPARE(laneKeys, withData);
        }
        const TimelineLayout byVendor =
            TimelineLayout::build(resolver, decisions, {}, LaneMode::Vendor,
                                  LaneOrder::FirstDecision, {}, QDate(2026, 11, 30));
        QVERIFY(!byVendor.lanes.isEmpty());
        QList<QDate> dates;
        for (int i = 0; i < 60; ++i)
            dates.append(QDate(2013, 1, 1).addDays(rng.bounded(14 * 365)));
        for (const TimelineLane &lane : byVendor.lanes) {
            for (const QDate &date : std::as_const(dates)) {
                const auto all = resolver.resolveCountries(governments, {lane.key}, date);
                StatusClass strictest = StatusClass::NoData;
                for (const Status &s : all)
                    strictest = std::max(strictest, s.statusClass);
                bool allPending = true;
                for (const Status &s : all)
                    allPending = allPending && (s.statusClass != strictest || s.pending);
                const int index =
                    byVendor.periodAt(static_cast<int>(&lane - byVendor.lanes.constData()), date);
                const StatusClass painted =
                    index < 0 ? StatusClass::NoData : lane.periods[index].statusClass;
                QVERIFY2(painted == strictest, qPrintable(u"%1 on %2: %3, expected %4"_s.arg(
                                                   lane.key, date.toString(Qt::ISODate),
                                                   toId(painted), toId(strictest))));
                if (index >= 0) {
                    const bool pending = allPending && strictest > StatusClass::NoneInForce;
                    QCOMPARE(lane.periods[index].pending, pending);
                }
            }
        }
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
