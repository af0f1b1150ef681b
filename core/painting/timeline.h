#pragma once

#include "domain/entities.h"
#include "domain/statusresolver.h"

#include <QDate>
#include <QSet>

#include <algorithm>
#include <functional>

class QPainter;

namespace banatlas {

// Maps dates to horizontal positions: `pixelsPerDay` from an origin day at `originX`.
class TimeScale final {
public:
    TimeScale() = default;
    TimeScale(QDate origin, double pixelsPerDay, double originX = 0);
    // The scale that shows `from`..`to` across `width` pixels starting at `x0`.
    static TimeScale fit(QDate from, QDate to, double x0, double width);

    double x(QDate date) const { return x(date.toJulianDay()); }
    double x(qint64 julianDay) const { return m_originX + (julianDay - m_origin) * m_ppd; }
    QDate date(double x) const;
    double pixelsPerDay() const { return m_ppd; }

    // Zooms by `factor`, keeping the date under `aroundX` where it is.
    void zoom(double factor, double aroundX);
    void pan(double dx) { m_originX += dx; }

private:
    qint64 m_origin = QDate(2000, 1, 1).toJulianDay();
    double m_ppd = 1.0;
    double m_originX = 0;
};

struct TimeTick {
    QDate date;
    QString label;
    bool major = false; // the start of a larger period (a year, a decade)
};

// Tick marks between `left` and `right` (pixels) at the finest step — 10, 5, 2 or 1
// years, 6, 3 or 1 months, a week or a day — whose labels are at least `minSpacing`
// pixels apart.
QList<TimeTick> timeTicks(const TimeScale &scale, double left, double right, double minSpacing);

enum class LaneMode { Country, Vendor };
enum class LaneOrder { FirstDecision, Name };

struct TimelineFilter {
    QStringList vendors;     // empty: all
    QSet<QString> countries; // empty: all
    QSet<Measure> measures;  // empty: all
};

// One decision in one lane: a marker on its announcement, a tick on its deadline.
// Dates are Julian days.
struct TimelineItem {
    qint64 id = 0;
    int lane = 0;
    Measure measure = Measure::Ban;
    qint64 announced = 0;
    qint64 effective = 0;
    qint64 deadline = 0; // 0: none
};

struct TimelineLane {
    QString key; // country code or vendor name
    QString label;
    QList<int> items; // indexes into TimelineLayout::items, by announcement
    // The lane's class over time, from StatusResolver::periods: a government's status for
    // the filter's vendors, or a vendor's strictest status among the filter's governments.
    QList<StatusPeriod> periods;
};

// Decisions laid out in lanes, one per country or per vendor. The bars are the status
// periods of the same rules that colour the map and the profile; the markers are the
// decisions that make them.
class TimelineLayout final {
public:
    // From the narrow facts (no text): `titleOf` gives a decision's title when a marker
    // has room for it, so only the titles drawn are read.
    static TimelineLayout build(const StatusResolver &resolver, const StatusFacts &facts,
                                const QList<Country> &countries, LaneMode mode, LaneOrder order,
                                const TimelineFilter &filter, QDate today,
                                std::function<QString(qint64)> titleOf);
    // From whole decisions (made into facts, their titles kept).
    static TimelineLayout build(const StatusResolver &resolver, const QList<Decision> &decisions,
                                const QList<Country> &countries, LaneMode mode, LaneOrder order,
                                const TimelineFilter &filter, QDate today);

    // The index of the period of `lane` containing `date`, or -1.
    int periodAt(int lane, QDate date) const;
    // The title of an item's decision (empty when unknown).
    QString title(const TimelineItem &item) const;

    QList<TimelineLane> lanes;
    QList<TimelineItem> items;
    QDate first; // earliest announcement
    QDate last;  // latest date drawn (today or a later date on which something changes)
    std::function<QString(qint64)> titleOf; // a decision's title, by id
};

// A lane is a line of decision titles above the bar and its markers.
struct TimelineStyle {
    double laneHeight = 30;
    double labelWidth = 170;
    double axisHeight = 26;
    double titleHeight = 14; // the line of titles above the bar
    double marker = 9;       // a decision's marker, across

    // From a lane's top to the middle of its bar and markers.
    double barCentre() const { return titleHeight + (laneHeight - titleHeight) / 2; }
    double barHeight() const { return std::max(marker / 3, (laneHeight - titleHeight) * 0.5); }
};

// Paints the timeline in `rect` on any paint device: lane labels on the left, the axis
// on top, then one row per lane from `firstLane` (fractional, for smooth scrolling)
// until the rect is full. Only what is visible is drawn.
void paintTimeline(QPainter &p, const QRectF &rect, const TimelineLayout &layout,
                   const TimeScale &scale, double firstLane, QDate asOf, qint64 selected,
                   const TimelineStyle &style = {});

// The item whose marker is under a point of a timeline painted with the same arguments,
// or -1.
int timelineHitTest(const TimelineLayout &layout, const TimeScale &scale, double firstLane,
                    const QRectF &rect, QPointF point, const TimelineStyle &style = {});

// The lane and period whose bar is under a point, or {-1, -1}.
std::pair<int, int> timelinePeriodHitTest(const TimelineLayout &layout, const TimeScale &scale,
                                          double firstLane, const QRectF &rect, QPointF point,
                                          const TimelineStyle &style = {});

// Where the date axis is (above the lanes): a click there moves the as-of date.
bool onTimelineAxis(const QRectF &rect, QPointF point, const TimelineStyle &style = {});

} // namespace banatlas
