#pragma once

#include "entities.h"

#include <QDate>
#include <QSet>

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

// One decision in one lane, with its dates as Julian days.
struct TimelineItem {
    qint64 id = 0;
    int lane = 0;
    Measure measure = Measure::Ban;
    qint64 announced = 0;
    qint64 effective = 0;    // the bar starts here; announced..effective is pending
    qint64 end = 0;          // ended, lifted, superseded or today
    qint64 deadline = 0;     // 0: none
    bool endedEarly = false; // ended or lifted before today
    QString title;
};

struct TimelineLane {
    QString key; // country code or vendor name
    QString label;
    QList<int> items; // indexes into TimelineLayout::items, by announcement
};

// Decisions laid out in lanes, one per country or per vendor.
class TimelineLayout final {
public:
    static TimelineLayout build(const QList<Decision> &decisions, const QList<Country> &countries,
                                LaneMode mode, LaneOrder order, const TimelineFilter &filter,
                                QDate today);

    QList<TimelineLane> lanes;
    QList<TimelineItem> items;
    QDate first; // earliest announcement
    QDate last;  // latest date drawn (today or a later deadline)
};

struct TimelineStyle {
    double laneHeight = 24;
    double labelWidth = 170;
    double axisHeight = 26;
};

// Paints the timeline in `rect` on any paint device: lane labels on the left, the axis
// on top, then one row per lane from `firstLane` (fractional, for smooth scrolling)
// until the rect is full. Only what is visible is drawn.
void paintTimeline(QPainter &p, const QRectF &rect, const TimelineLayout &layout,
                   const TimeScale &scale, double firstLane, QDate asOf, qint64 selected,
                   const TimelineStyle &style = {});

// The item under a point of a timeline painted with the same arguments, or -1.
int timelineHitTest(const TimelineLayout &layout, const TimeScale &scale, double firstLane,
                    const QRectF &rect, QPointF point, const TimelineStyle &style = {});

} // namespace banatlas
