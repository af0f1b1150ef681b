#include "timeline.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

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
            make(15, "SE", {u"Huawei"_s, u"ZTE"_s}, Measure::Reversal, QDate(2020, 11, 9))};
}

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT

private slots:
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
        const TimelineLayout layout =
            TimelineLayout::build(sample(), kCountries, LaneMode::Country, LaneOrder::FirstDecision,
                                  {}, QDate(2024, 1, 1));
        QCOMPARE(layout.lanes.size(), 3);
        QCOMPARE(layout.lanes[0].key, u"AU"_s); // 2018-08
        QCOMPARE(layout.lanes[1].key, u"GB"_s); // 2018-11
        QCOMPARE(layout.lanes[2].key, u"SE"_s);
        QCOMPARE(layout.lanes[0].label, u"Australia"_s);
        QCOMPARE(layout.lanes[1].items.size(), 3);
        QCOMPARE(layout.first, QDate(2018, 8, 23));

        const TimelineLayout byName = TimelineLayout::build(sample(), kCountries, LaneMode::Country,
                                                            LaneOrder::Name, {}, QDate(2024, 1, 1));
        QCOMPARE(byName.lanes[0].label, u"Australia"_s);
        QCOMPARE(byName.lanes[1].label, u"Sweden"_s);
        QCOMPARE(byName.lanes[2].label, u"United Kingdom"_s);
        for (const TimelineLane &lane : byName.lanes) {
            for (int i : lane.items)
                QCOMPARE(byName.lanes[byName.items[i].lane].key, lane.key);
        }
    }

    void periodsEndWhenEndedLiftedOrSuperseded() {
        const TimelineLayout layout =
            TimelineLayout::build(sample(), kCountries, LaneMode::Country, LaneOrder::FirstDecision,
                                  {}, QDate(2024, 1, 1));
        auto item = [&](qint64 id) {
            for (const TimelineItem &it : layout.items) {
                if (it.id == id)
                    return it;
            }
            return TimelineItem{};
        };
        QCOMPARE(QDate::fromJulianDay(item(13).end), QDate(2020, 7, 14)); // its own end
        QCOMPARE(QDate::fromJulianDay(item(8).end), QDate(2020, 1, 28));  // next decision
        QCOMPARE(QDate::fromJulianDay(item(14).end), QDate(2020, 11, 9)); // lifted
        QCOMPARE(QDate::fromJulianDay(item(2).end), QDate(2024, 1, 1));   // still in force
        QVERIFY(!item(2).endedEarly);
        QCOMPARE(QDate::fromJulianDay(item(11).effective), QDate(2020, 12, 31)); // pending before
    }

    void lanesPerVendorAndFilters() {
        const TimelineLayout byVendor = TimelineLayout::build(
            sample(), kCountries, LaneMode::Vendor, LaneOrder::Name, {}, QDate(2024, 1, 1));
        QCOMPARE(byVendor.lanes.size(), 2);
        QCOMPARE(byVendor.lanes[0].key, u"Huawei"_s);
        QCOMPARE(byVendor.lanes[1].key, u"ZTE"_s);
        QCOMPARE(byVendor.lanes[1].items.size(), 3); // AU and SE name ZTE too
        QCOMPARE(byVendor.items.size(), 9);

        TimelineFilter filter;
        filter.countries = {u"GB"_s};
        filter.measures = {Measure::Ban, Measure::Restriction};
        const TimelineLayout narrowed = TimelineLayout::build(
            sample(), kCountries, LaneMode::Country, LaneOrder::Name, filter, QDate(2024, 1, 1));
        QCOMPARE(narrowed.lanes.size(), 1);
        QCOMPARE(narrowed.items.size(), 2);
        TimelineFilter zte;
        zte.vendors = {u"zte"_s};
        QCOMPARE(TimelineLayout::build(sample(), kCountries, LaneMode::Vendor, LaneOrder::Name, zte,
                                       QDate(2024, 1, 1))
                     .lanes.size(),
                 1);
    }

    void hitTesting() {
        const TimelineLayout layout =
            TimelineLayout::build(sample(), kCountries, LaneMode::Country, LaneOrder::FirstDecision,
                                  {}, QDate(2024, 1, 1));
        const TimelineStyle style;
        const QRectF rect(0, 0, 1200, 400);
        const TimeScale scale = TimeScale::fit(QDate(2018, 1, 1), QDate(2024, 1, 1),
                                               style.labelWidth, rect.width() - style.labelWidth);
        const double laneMid = style.axisHeight + 1.5 * style.laneHeight; // GB
        const QPointF onMarker(scale.x(QDate(2020, 7, 14)), laneMid);
        const int hit = timelineHitTest(layout, scale, 0, rect, onMarker, style);
        QVERIFY(hit >= 0);
        QCOMPARE(layout.items[hit].id, 11);
        // On the bar of the ban, far from any marker: still the ban.
        const int onBar = timelineHitTest(layout, scale, 0, rect,
                                          QPointF(scale.x(QDate(2022, 6, 1)), laneMid), style);
        QCOMPARE(layout.items[onBar].id, 11);
        QCOMPARE(timelineHitTest(layout, scale, 0, rect, QPointF(50, laneMid), style),
                 -1);                                                                  // labels
        QCOMPARE(timelineHitTest(layout, scale, 0, rect, QPointF(600, 5), style), -1); // axis
        // Scrolled by one lane, the same point is Sweden's lane.
        const int scrolled = timelineHitTest(layout, scale, 1, rect,
                                             QPointF(scale.x(QDate(2020, 10, 20)), laneMid), style);
        QCOMPARE(layout.items[scrolled].id, 14);
    }

    void paintsOnAnyDevice() {
        const TimelineLayout layout =
            TimelineLayout::build(sample(), kCountries, LaneMode::Country, LaneOrder::FirstDecision,
                                  {}, QDate(2024, 1, 1));
        const TimelineStyle style;
        QImage image(1200, 200, QImage::Format_RGB32);
        const TimeScale scale = TimeScale::fit(QDate(2018, 1, 1), QDate(2024, 1, 1),
                                               style.labelWidth, 1200 - style.labelWidth);
        QPainter p(&image);
        paintTimeline(p, QRectF(0, 0, 1200, 200), layout, scale, 0, QDate(2021, 1, 1), 0, style);
        p.end();
        // Australia's ban bar is in the Banned colour, mid-lane, in 2022.
        const QPoint bar(static_cast<int>(scale.x(QDate(2022, 1, 1))),
                         static_cast<int>(style.axisHeight + style.laneHeight / 2));
        QCOMPARE(QColor(image.pixel(bar)), QColor(0xD5, 0x5E, 0x00));
        // The as-of cursor is black.
        const QPoint cursor(static_cast<int>(scale.x(QDate(2021, 1, 1))), 150);
        QCOMPARE(QColor(image.pixel(cursor)), QColor(Qt::black));
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
