#include "painting/timeline.h"
#include "i18n/displaynames.h"

#include "painting/classcolors.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace banatlas {

// --- TimeScale ----------------------------------------------------------------------

TimeScale::TimeScale(QDate origin, double pixelsPerDay, double originX)
    : m_origin(origin.toJulianDay())
    , m_ppd(pixelsPerDay)
    , m_originX(originX) {}

TimeScale TimeScale::fit(QDate from, QDate to, double x0, double width) {
    const double days = std::max<qint64>(1, from.daysTo(to));
    return TimeScale(from, width / days, x0);
}

QDate TimeScale::date(double x) const {
    return QDate::fromJulianDay(m_origin +
                                static_cast<qint64>(std::floor((x - m_originX) / m_ppd)));
}

void TimeScale::zoom(double factor, double aroundX) {
    const double day = m_origin + (aroundX - m_originX) / m_ppd;
    m_ppd = std::clamp(m_ppd * factor, 0.005, 400.0);
    m_originX = aroundX - (day - m_origin) * m_ppd;
}

// --- ticks --------------------------------------------------------------------------

QList<TimeTick> timeTicks(const TimeScale &scale, double left, double right, double minSpacing) {
    struct Step {
        int days;   // for day steps
        int months; // for month and year steps
    };
    static const Step steps[] = {{1, 0},  {7, 0},  {0, 1},   {0, 3},   {0, 6},  {0, 12},
                                 {0, 24}, {0, 60}, {0, 120}, {0, 240}, {0, 600}};
    const double ppd = scale.pixelsPerDay();
    const Step *chosen = &steps[std::size(steps) - 1];
    for (const Step &s : steps) {
        const double approxDays = s.days ? s.days : s.months * 30.44;
        if (approxDays * ppd >= minSpacing) {
            chosen = &s;
            break;
        }
    }
    const QLocale c;
    QList<TimeTick> out;
    const QDate from = scale.date(left);
    const QDate to = scale.date(right).addDays(1);
    if (chosen->days) {
        QDate d = from;
        if (chosen->days == 7)
            d = d.addDays(1 - d.dayOfWeek()); // Mondays
        for (; d <= to; d = d.addDays(chosen->days)) {
            out.append({d,
                        c.toString(d, d.day() == 1 || chosen->days == 7 || out.isEmpty()
                                          ? dayFormat()
                                          : dayFormat().remove(u"yyyy"_s).trimmed()),
                        d.day() == 1});
        }
        return out;
    }
    const int step = chosen->months;
    // Align to the step: years on multiples of the step, months on quarters and halves.
    int monthIndex = from.year() * 12 + (from.month() - 1);
    monthIndex -= ((monthIndex % step) + step) % step;
    for (;; monthIndex += step) {
        const QDate d(monthIndex / 12, monthIndex % 12 + 1, 1);
        if (d > to)
            break;
        if (step >= 12)
            out.append({d, QString::number(d.year()), d.year() % (step >= 60 ? 50 : 10) == 0});
        else
            out.append(
                {d, c.toString(d, d.month() == 1 ? monthFormat() : u"MMM"_s), d.month() == 1});
    }
    return out;
}

// --- layout -------------------------------------------------------------------------

TimelineLayout TimelineLayout::build(const StatusResolver &resolver,
                                     const QList<Decision> &decisions,
                                     const QList<Country> &countries, LaneMode mode,
                                     LaneOrder order, const TimelineFilter &filter, QDate today) {
    QHash<QString, QString> countryNames;
    for (const Country &c : countries)
        countryNames.insert(c.code, displayName(c));
    auto inCountries = [&](const QString &code) {
        return filter.countries.isEmpty() || filter.countries.contains(code);
    };
    auto namesOneOf = [](const Decision &d, const QStringList &vendors) {
        for (const QString &v : vendors) {
            if (d.vendors.contains(v, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };

    // The decisions of the governments in view, by announcement.
    QList<const Decision *> sorted;
    for (const Decision &d : decisions) {
        if (inCountries(d.country))
            sorted.append(&d);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const Decision *a, const Decision *b) { return announcedBefore(*a, *b); });

    // Candidate lanes, by first decision; a lane stays if the rules give it a history.
    QStringList keys;
    QSet<QString> seen;
    QStringList governments;
    for (const Decision *d : std::as_const(sorted)) {
        if (!seen.contains(d->country)) {
            seen.insert(d->country);
            governments.append(d->country);
        }
    }
    if (mode == LaneMode::Country) {
        keys = governments;
    } else {
        seen.clear();
        auto add = [&](const QString &v) {
            if (!seen.contains(v.toCaseFolded())) {
                seen.insert(v.toCaseFolded());
                keys.append(v);
            }
        };
        for (const Decision *d : std::as_const(sorted)) {
            for (const QString &v : d->vendors) {
                if (filter.vendors.isEmpty() || filter.vendors.contains(v, Qt::CaseInsensitive))
                    add(v);
            }
        }
        for (const QString &v : filter.vendors)
            add(v);
    }

    TimelineLayout layout;
    qint64 lastDay = today.toJulianDay();
    qint64 firstDay = 0;
    auto extend = [&](QDate d) {
        if (!d.isValid())
            return;
        lastDay = std::max(lastDay, d.toJulianDay());
        firstDay = firstDay == 0 ? d.toJulianDay() : std::min(firstDay, d.toJulianDay());
    };
    for (const QString &key : std::as_const(keys)) {
        TimelineLane lane;
        lane.key = key;
        lane.label = mode == LaneMode::Country ? countryNames.value(key, key) : key;
        lane.periods = mode == LaneMode::Country ? resolver.periods(key, filter.vendors)
                                                 : resolver.periods(governments, {key});
        if (lane.periods.isEmpty())
            continue;
        QSet<qint64> inPeriods;
        for (const StatusPeriod &p : std::as_const(lane.periods))
            inPeriods.unite(QSet<qint64>(p.decisions.begin(), p.decisions.end()));
        // A lane's markers: the decisions that name its vendors or shape its bars.
        QList<TimelineItem> items;
        for (const Decision *d : std::as_const(sorted)) {
            const bool belongs = mode == LaneMode::Country
                                     ? d->country == key && (filter.vendors.isEmpty() ||
                                                             namesOneOf(*d, filter.vendors) ||
                                                             inPeriods.contains(d->id))
                                     : namesOneOf(*d, {key}) || inPeriods.contains(d->id);
            if (!belongs || (!filter.measures.isEmpty() && !filter.measures.contains(d->measure)))
                continue;
            TimelineItem item;
            item.id = d->id;
            item.measure = d->measure;
            item.title = d->title;
            item.announced = d->announced.firstDay().toJulianDay();
            item.effective =
                std::max(item.announced, d->effectiveOrAnnounced().firstDay().toJulianDay());
            if (!d->deadline.isNull()) {
                item.deadline = d->deadline.firstDay().toJulianDay();
                extend(d->deadline.firstDay());
            }
            items.append(item);
        }
        // A measure filter keeps the governments (or vendors) with such a decision.
        if (!filter.measures.isEmpty() && items.isEmpty())
            continue;
        for (const StatusPeriod &p : std::as_const(lane.periods)) {
            extend(p.from);
            extend(p.to);
        }
        const int laneIndex = static_cast<int>(layout.lanes.size());
        for (TimelineItem &item : items) {
            item.lane = laneIndex;
            lane.items.append(static_cast<int>(layout.items.size()));
            layout.items.append(item);
        }
        layout.lanes.append(lane);
    }
    if (order == LaneOrder::Name) {
        QList<int> perm(layout.lanes.size());
        std::iota(perm.begin(), perm.end(), 0);
        std::stable_sort(perm.begin(), perm.end(), [&](int a, int b) {
            return layout.lanes[a].label.localeAwareCompare(layout.lanes[b].label) < 0;
        });
        QList<TimelineLane> byName;
        QList<int> newIndex(perm.size());
        for (int i = 0; i < perm.size(); ++i) {
            newIndex[perm[i]] = i;
            byName.append(layout.lanes[perm[i]]);
        }
        layout.lanes = byName;
        for (TimelineItem &item : layout.items)
            item.lane = newIndex[item.lane];
    } else {
        // By the first date of each lane's history (keys came by first decision already;
        // a subsidiary's or a filtered lane can start later than its first candidate).
        std::stable_sort(layout.lanes.begin(), layout.lanes.end(),
                         [](const TimelineLane &a, const TimelineLane &b) {
                             return a.periods.first().from < b.periods.first().from;
                         });
        for (int i = 0; i < layout.lanes.size(); ++i) {
            for (int index : std::as_const(layout.lanes[i].items))
                layout.items[index].lane = i;
        }
    }
    layout.first = firstDay == 0 ? today.addYears(-1) : QDate::fromJulianDay(firstDay);
    layout.last = QDate::fromJulianDay(lastDay);
    return layout;
}

int TimelineLayout::periodAt(int lane, QDate date) const {
    if (lane < 0 || lane >= lanes.size())
        return -1;
    const QList<StatusPeriod> &periods = lanes[lane].periods;
    for (int i = 0; i < periods.size(); ++i) {
        if (periods[i].contains(date))
            return i;
    }
    return -1;
}

// --- painting -----------------------------------------------------------------------

namespace {

QColor measureColor(Measure m) {
    return classColor(classOf(m));
}

void hatchRect(QPainter &p, const QRectF &r, const QColor &color) {
    p.save();
    p.setClipRect(r, Qt::IntersectClip);
    p.setPen(QPen(color, 1));
    for (double x = r.left() - r.height(); x < r.right(); x += 5)
        p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
    p.restore();
}

// The lanes visible in the rows area and their top edge.
struct VisibleLanes {
    int first = 0;
    int last = -1;
};

VisibleLanes visibleLanes(const TimelineLayout &layout, double firstLane, double rowsHeight,
                          const TimelineStyle &style) {
    VisibleLanes v;
    v.first = std::max(0, static_cast<int>(std::floor(firstLane)));
    v.last = std::min(static_cast<int>(layout.lanes.size()) - 1,
                      static_cast<int>(std::ceil(firstLane + rowsHeight / style.laneHeight)));
    return v;
}

QRectF markerRect(double x, double centerY, double size) {
    return {x - size / 2, centerY - size / 2, size, size};
}

} // namespace

void paintTimeline(QPainter &p, const QRectF &rect, const TimelineLayout &layout,
                   const TimeScale &scale, double firstLane, QDate asOf, qint64 selected,
                   const TimelineStyle &style) {
    const double marker = style.marker;
    p.save();
    p.setClipRect(rect);
    p.fillRect(rect, Qt::white);
    const QRectF rows(rect.left(), rect.top() + style.axisHeight, rect.width(),
                      rect.height() - style.axisHeight);
    const QRectF plot(rect.left() + style.labelWidth, rows.top(), rect.width() - style.labelWidth,
                      rows.height());
    const QFontMetricsF fm(p.font());

    // Axis and grid.
    const QList<TimeTick> ticks =
        timeTicks(scale, plot.left(), plot.right(), fm.horizontalAdvance(u"Sep 2026"_s) + 16);
    for (const TimeTick &t : ticks) {
        const double x = scale.x(t.date);
        if (x < plot.left() || x > plot.right())
            continue;
        p.setPen(QPen(t.major ? QColor(0xB0, 0xB0, 0xB0) : QColor(0xE4, 0xE4, 0xE4), 1));
        p.drawLine(QPointF(x, rect.top() + style.axisHeight - 6), QPointF(x, rect.bottom()));
        p.setPen(t.major ? QColor(Qt::black) : QColor(0x55, 0x55, 0x55));
        if (x + 3 + fm.horizontalAdvance(t.label) <= plot.right()) // whole, or not at all
            p.drawText(QPointF(x + 3, rect.top() + fm.ascent() + 3), t.label);
    }
    p.setPen(QColor(0x99, 0x99, 0x99));
    p.drawLine(QPointF(rect.left(), rows.top()), QPointF(rect.right(), rows.top()));

    // On raster devices a marker is a small image drawn once per colour and blitted:
    // far cheaper than thousands of antialiased ellipses. PDF and SVG get vectors.
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    QHash<QRgb, QImage> markers;
    auto markerImage = [&markers, marker](const QColor &color) -> const QImage & {
        auto it = markers.find(color.rgb());
        if (it == markers.end()) {
            QImage image(static_cast<int>(marker) + 2, static_cast<int>(marker) + 2,
                         QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter mp(&image);
            mp.setRenderHint(QPainter::Antialiasing);
            mp.setPen(QPen(color.darker(150), 1));
            mp.setBrush(color);
            mp.drawEllipse(QRectF(1, 1, marker, marker));
            mp.end();
            it = markers.insert(color.rgb(), image);
        }
        return *it;
    };

    const VisibleLanes lanes = visibleLanes(layout, firstLane, rows.height(), style);
    const double leftDay = scale.date(plot.left()).toJulianDay();
    const double rightDay = scale.date(plot.right()).toJulianDay() + 1;
    const double cursorX = scale.x(asOf);
    for (int lane = lanes.first; lane <= lanes.last; ++lane) {
        const double top = rows.top() + (lane - firstLane) * style.laneHeight;
        const double mid = top + style.barCentre();
        if (lane % 2 == 1)
            p.fillRect(QRectF(rect.left(), top, rect.width(), style.laneHeight),
                       QColor(0xF7, 0xF7, 0xF7));
        p.setPen(Qt::black);
        p.drawText(
            QRectF(rect.left() + 6, mid - fm.height() / 2, style.labelWidth - 12, fm.height()),
            Qt::AlignVCenter | Qt::AlignLeft,
            fm.elidedText(layout.lanes[lane].label, Qt::ElideRight, style.labelWidth - 12));

        p.save();
        p.setClipRect(plot.intersected(QRectF(plot.left(), top, plot.width(), style.laneHeight)));
        // The bar: the lane's class over time, as the status rules give it. Periods
        // narrower than a pixel are left to their neighbours.
        const double barH = style.barHeight();
        for (const StatusPeriod &period : layout.lanes[lane].periods) {
            double x0 = scale.x(period.from);
            double x1 = period.to.isValid() ? scale.x(period.to) : plot.right() + 2;
            if (x1 < plot.left() || x0 > plot.right() || x1 - x0 < 0.25)
                continue;
            x0 = std::max(x0, plot.left() - 2);
            x1 = std::min(x1, plot.right() + 2);
            const QRectF bar(x0, mid - barH / 2, x1 - x0, barH);
            const QColor color = classColor(period.statusClass);
            if (period.pending) {
                p.fillRect(bar, pendingColor(period.statusClass));
                if (bar.width() >= 4)
                    hatchRect(p, bar, color);
            } else {
                p.fillRect(bar, color);
            }
        }
        const QList<int> &items = layout.lanes[lane].items;
        // Deadlines: a tick across the lane.
        QList<double> deadlines;
        for (int index : items) {
            const TimelineItem &it = layout.items[index];
            if (!it.deadline || it.deadline < leftDay || it.deadline > rightDay)
                continue;
            const double x = scale.x(it.deadline);
            deadlines.append(x);
            p.setPen(QPen(Qt::black, 2));
            const double y0 = mid - barH / 2 - marker / 2;
            const double y1 = std::min(top + style.laneHeight - 1, mid + barH / 2 + marker / 2);
            p.drawLine(QPointF(x, y0), QPointF(x, y1));
            p.drawLine(QPointF(x - 3, y0), QPointF(x + 3, y0));
        }
        std::sort(deadlines.begin(), deadlines.end());
        // Markers and labels. A label takes the room up to whatever comes next in the
        // lane (a marker, a deadline, the as-of cursor), elided, or is left out when
        // there is too little. A marker closer than a third of its size to the last one
        // drawn would hide under it: skipped (the selected one always shows), which keeps
        // dense lanes fast.
        p.setRenderHint(QPainter::Antialiasing);
        double lastX = -1e9;
        for (qsizetype k = 0; k < items.size(); ++k) {
            const TimelineItem &it = layout.items[items[k]];
            if (it.announced > rightDay)
                break;
            const double x = scale.x(it.announced);
            if (x < plot.left() - 400)
                continue;
            const bool isSelected = it.id == selected;
            if (x - lastX < marker / 3 && !isSelected)
                continue;
            lastX = x;
            const QColor color = measureColor(it.measure);
            if (raster && !isSelected) {
                p.drawImage(QPointF(x - marker / 2 - 1, mid - marker / 2 - 1), markerImage(color));
            } else {
                p.setPen(
                    QPen(isSelected ? QColor(Qt::black) : color.darker(150), isSelected ? 2.5 : 1));
                p.setBrush(color);
                p.drawEllipse(markerRect(x, mid, marker));
            }
            const double labelLeft = x + marker / 2 + 2;
            double limit = plot.right();
            if (k + 1 < items.size())
                limit =
                    std::min(limit, scale.x(layout.items[items[k + 1]].announced) - marker / 2 - 4);
            const auto nextDeadline =
                std::upper_bound(deadlines.cbegin(), deadlines.cend(), labelLeft);
            if (nextDeadline != deadlines.cend())
                limit = std::min(limit, *nextDeadline - 5);
            if (cursorX > labelLeft)
                limit = std::min(limit, cursorX - 3);
            const double room = limit - labelLeft;
            if (room >= 48) {
                // On the line above the bar, which stays visible under it.
                const QString text = fm.elidedText(it.title, Qt::ElideRight, room - 2);
                const QRectF box(labelLeft - marker / 2, top + 1, fm.horizontalAdvance(text) + 2,
                                 style.titleHeight);
                p.setPen(QColor(0x22, 0x22, 0x22));
                p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
            }
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        p.restore();
    }

    // The as-of date: a vertical cursor across everything, with a tag on the axis whose
    // arrows say it can be dragged (or the axis clicked) to move the date.
    if (cursorX >= plot.left() && cursorX <= plot.right()) {
        p.setPen(QPen(QColor(0x00, 0x00, 0x00), 2));
        p.drawLine(QPointF(cursorX, rect.top()), QPointF(cursorX, rect.bottom()));
        const QString label = PartialDate::fromDate(asOf).toDisplayString();
        const double arrow = fm.height() * 0.3;
        const double width = fm.horizontalAdvance(label) + 8 + 4 * arrow;
        const double left = std::clamp(cursorX - width / 2, plot.left(), plot.right() - width);
        const QRectF tag(left, rect.top() + style.axisHeight - fm.height() - 2, width, fm.height());
        p.fillRect(tag, Qt::black);
        p.setPen(Qt::white);
        p.drawText(tag, Qt::AlignCenter, label);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        const double cy = tag.center().y();
        const double lx = tag.left() + arrow + 1;
        const double rx = tag.right() - arrow - 1;
        p.drawPolygon(
            QPolygonF({QPointF(lx - arrow * 0.8, cy), QPointF(lx + arrow * 0.4, cy - arrow),
                       QPointF(lx + arrow * 0.4, cy + arrow)}));
        p.drawPolygon(
            QPolygonF({QPointF(rx + arrow * 0.8, cy), QPointF(rx - arrow * 0.4, cy - arrow),
                       QPointF(rx - arrow * 0.4, cy + arrow)}));
    }
    p.restore();
}

int timelineHitTest(const TimelineLayout &layout, const TimeScale &scale, double firstLane,
                    const QRectF &rect, QPointF point, const TimelineStyle &style) {
    const double marker = style.marker;
    const double rowsTop = rect.top() + style.axisHeight;
    if (point.y() < rowsTop || point.x() < rect.left() + style.labelWidth)
        return -1;
    const int lane =
        static_cast<int>(std::floor(firstLane + (point.y() - rowsTop) / style.laneHeight));
    if (lane < 0 || lane >= layout.lanes.size())
        return -1;
    const double mid = rowsTop + (lane - firstLane) * style.laneHeight + style.barCentre();
    // The nearest marker within reach.
    int best = -1;
    double bestDist = marker;
    for (int index : layout.lanes[lane].items) {
        const TimelineItem &it = layout.items[index];
        const double d = std::hypot(scale.x(it.announced) - point.x(), mid - point.y());
        if (d <= bestDist) {
            bestDist = d;
            best = index;
        }
    }
    return best;
}

std::pair<int, int> timelinePeriodHitTest(const TimelineLayout &layout, const TimeScale &scale,
                                          double firstLane, const QRectF &rect, QPointF point,
                                          const TimelineStyle &style) {
    const double rowsTop = rect.top() + style.axisHeight;
    if (point.y() < rowsTop || point.x() < rect.left() + style.labelWidth)
        return {-1, -1};
    const int lane =
        static_cast<int>(std::floor(firstLane + (point.y() - rowsTop) / style.laneHeight));
    if (lane < 0 || lane >= layout.lanes.size())
        return {-1, -1};
    const double mid = rowsTop + (lane - firstLane) * style.laneHeight + style.barCentre();
    if (std::abs(point.y() - mid) > std::max(style.barHeight(), style.marker))
        return {-1, -1};
    const int period = layout.periodAt(lane, scale.date(point.x()));
    return period < 0 ? std::pair{-1, -1} : std::pair{lane, period};
}

bool onTimelineAxis(const QRectF &rect, QPointF point, const TimelineStyle &style) {
    return point.y() >= rect.top() && point.y() < rect.top() + style.axisHeight &&
           point.x() >= rect.left() + style.labelWidth && point.x() <= rect.right();
}

} // namespace banatlas
