#include "timeline.h"

#include "classcolors.h"

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
    const QLocale c = QLocale::c();
    QList<TimeTick> out;
    const QDate from = scale.date(left);
    const QDate to = scale.date(right).addDays(1);
    if (chosen->days) {
        QDate d = from;
        if (chosen->days == 7)
            d = d.addDays(1 - d.dayOfWeek()); // Mondays
        for (; d <= to; d = d.addDays(chosen->days)) {
            out.append(
                {d,
                 c.toString(d, d.day() == 1 || chosen->days == 7 || out.isEmpty() ? u"d MMM yyyy"_s
                                                                                  : u"d MMM"_s),
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
                {d, c.toString(d, d.month() == 1 ? u"MMM yyyy"_s : u"MMM"_s), d.month() == 1});
    }
    return out;
}

// --- layout -------------------------------------------------------------------------

TimelineLayout TimelineLayout::build(const QList<Decision> &decisions,
                                     const QList<Country> &countries, LaneMode mode,
                                     LaneOrder order, const TimelineFilter &filter, QDate today) {
    QHash<QString, QString> countryNames;
    for (const Country &c : countries)
        countryNames.insert(c.code, c.name);
    auto named = [&](const Decision &d) {
        if (filter.vendors.isEmpty())
            return true;
        for (const QString &v : filter.vendors) {
            if (d.vendors.contains(v, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };

    // A government's decisions by announcement, to find what ends or lifts each one.
    QList<const Decision *> kept;
    QHash<QString, QList<const Decision *>> byCountry;
    for (const Decision &d : decisions) {
        byCountry[d.country].append(&d);
        if (named(d) && (filter.countries.isEmpty() || filter.countries.contains(d.country)) &&
            (filter.measures.isEmpty() || filter.measures.contains(d.measure)))
            kept.append(&d);
    }
    auto earlier = [](const Decision *a, const Decision *b) {
        return a->announced.key() != b->announced.key() ? a->announced.key() < b->announced.key()
                                                        : a->id < b->id;
    };
    for (auto &list : byCountry)
        std::sort(list.begin(), list.end(), earlier);
    std::sort(kept.begin(), kept.end(), earlier);

    const qint64 todayDay = today.toJulianDay();
    auto shareVendor = [](const Decision *a, const Decision *b) {
        for (const QString &v : a->vendors) {
            if (b->vendors.contains(v, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };

    TimelineLayout layout;
    QHash<QString, int> laneIndex;
    qint64 lastDay = todayDay;
    for (const Decision *d : std::as_const(kept)) {
        TimelineItem item;
        item.id = d->id;
        item.measure = d->measure;
        item.title = d->title;
        item.announced = d->announced.firstDay().toJulianDay();
        item.effective =
            std::max(item.announced, d->effectiveOrAnnounced().firstDay().toJulianDay());
        item.end = todayDay;
        if (!d->ended.isNull())
            item.end = std::min(item.end, d->ended.firstDay().toJulianDay());
        // What comes later for the same vendors: it lifts a binding measure, and ends
        // any other one (DOMAIN.md's rules, read for the bar).
        const QList<const Decision *> &same = byCountry[d->country];
        for (qsizetype i = same.indexOf(d) + 1; i < same.size(); ++i) {
            const Decision *next = same[i];
            if (!shareVendor(d, next))
                continue;
            if (!isBinding(d->measure)) {
                item.end = std::min(item.end, next->announced.firstDay().toJulianDay());
                break;
            }
            if (isLifting(next->measure)) {
                item.end =
                    std::min(item.end, next->effectiveOrAnnounced().firstDay().toJulianDay());
                break;
            }
        }
        item.end = std::max(item.end, item.announced);
        item.endedEarly = item.end < todayDay;
        if (!d->deadline.isNull()) {
            item.deadline = d->deadline.firstDay().toJulianDay();
            lastDay = std::max(lastDay, item.deadline);
        }
        lastDay = std::max(lastDay, item.effective);

        QStringList keys;
        if (mode == LaneMode::Country) {
            keys = {d->country};
        } else {
            for (const QString &v : d->vendors) {
                if (filter.vendors.isEmpty() || filter.vendors.contains(v, Qt::CaseInsensitive))
                    keys.append(v);
            }
        }
        for (const QString &key : std::as_const(keys)) {
            auto it = laneIndex.constFind(key);
            if (it == laneIndex.constEnd()) {
                it = laneIndex.insert(key, static_cast<int>(layout.lanes.size()));
                layout.lanes.append(
                    {key, mode == LaneMode::Country ? countryNames.value(key, key) : key, {}});
            }
            item.lane = *it;
            layout.lanes[*it].items.append(static_cast<int>(layout.items.size()));
            layout.items.append(item);
        }
    }
    // Lanes appear by first decision already; by name on request.
    if (order == LaneOrder::Name) {
        QList<int> perm(layout.lanes.size());
        std::iota(perm.begin(), perm.end(), 0);
        std::stable_sort(perm.begin(), perm.end(), [&](int a, int b) {
            return layout.lanes[a].label.localeAwareCompare(layout.lanes[b].label) < 0;
        });
        QList<TimelineLane> sorted;
        QList<int> newIndex(perm.size());
        for (int i = 0; i < perm.size(); ++i) {
            newIndex[perm[i]] = i;
            sorted.append(layout.lanes[perm[i]]);
        }
        layout.lanes = sorted;
        for (TimelineItem &item : layout.items)
            item.lane = newIndex[item.lane];
    }
    layout.first = kept.isEmpty() ? today.addYears(-1) : kept.first()->announced.firstDay();
    layout.last = QDate::fromJulianDay(lastDay);
    return layout;
}

// --- painting -----------------------------------------------------------------------

namespace {

constexpr double kMarker = 9.0;

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

QRectF markerRect(double x, double centerY) {
    return {x - kMarker / 2, centerY - kMarker / 2, kMarker, kMarker};
}

} // namespace

void paintTimeline(QPainter &p, const QRectF &rect, const TimelineLayout &layout,
                   const TimeScale &scale, double firstLane, QDate asOf, qint64 selected,
                   const TimelineStyle &style) {
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
        p.drawText(QPointF(x + 3, rect.top() + fm.ascent() + 3), t.label);
    }
    p.setPen(QColor(0x99, 0x99, 0x99));
    p.drawLine(QPointF(rect.left(), rows.top()), QPointF(rect.right(), rows.top()));

    // On raster devices a marker is a small image drawn once per colour and blitted:
    // far cheaper than thousands of antialiased ellipses. PDF and SVG get vectors.
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    QHash<QRgb, QImage> markers;
    auto markerImage = [&markers](const QColor &color) -> const QImage & {
        auto it = markers.find(color.rgb());
        if (it == markers.end()) {
            QImage image(static_cast<int>(kMarker) + 2, static_cast<int>(kMarker) + 2,
                         QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter mp(&image);
            mp.setRenderHint(QPainter::Antialiasing);
            mp.setPen(QPen(color.darker(150), 1));
            mp.setBrush(color);
            mp.drawEllipse(QRectF(1, 1, kMarker, kMarker));
            mp.end();
            it = markers.insert(color.rgb(), image);
        }
        return *it;
    };

    const VisibleLanes lanes = visibleLanes(layout, firstLane, rows.height(), style);
    const double leftDay = scale.date(plot.left()).toJulianDay();
    const double rightDay = scale.date(plot.right()).toJulianDay() + 1;
    for (int lane = lanes.first; lane <= lanes.last; ++lane) {
        const double top = rows.top() + (lane - firstLane) * style.laneHeight;
        const double mid = top + style.laneHeight / 2;
        if (lane % 2 == 1)
            p.fillRect(QRectF(rect.left(), top, rect.width(), style.laneHeight),
                       QColor(0xF7, 0xF7, 0xF7));
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left() + 6, top, style.labelWidth - 12, style.laneHeight),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(layout.lanes[lane].label, Qt::ElideRight, style.labelWidth - 12));

        p.save();
        p.setClipRect(plot.intersected(QRectF(plot.left(), top, plot.width(), style.laneHeight)));
        const QList<int> &items = layout.lanes[lane].items;
        // Bars first, so that markers and labels sit on top. With thousands of decisions
        // in a lane, most bars fall on pixels already painted in their colour: skip them.
        QHash<QRgb, double> coveredUntil;
        QHash<QRgb, double> pendingUntil;
        for (int index : items) {
            const TimelineItem &it = layout.items[index];
            if (it.announced > rightDay)
                break;
            if (it.end < leftDay && it.deadline < leftDay)
                continue;
            const QColor color = measureColor(it.measure);
            const double barH = style.laneHeight * 0.3;
            if (it.effective > it.announced) {
                const double x0 = std::max(scale.x(it.announced), plot.left() - 2);
                const double x1 = std::min(scale.x(it.effective), plot.right() + 2);
                double &covered = pendingUntil[color.rgb()];
                if (x1 > covered + 0.5) {
                    const QRectF pending(std::max(x0, covered), mid - barH / 2,
                                         x1 - std::max(x0, covered), barH);
                    p.setPen(QPen(color.darker(120), 1));
                    p.setBrush(color.lighter(150));
                    p.drawRect(pending);
                    if (pending.width() >= 4)
                        hatchRect(p, pending, color.darker(140));
                    covered = x1;
                }
            }
            if (it.end > it.effective) {
                const double x0 = std::max(scale.x(it.effective), plot.left() - 2);
                const double x1 = std::min(scale.x(it.end), plot.right() + 2);
                double &covered = coveredUntil[color.rgb()];
                if (x1 > covered + 0.5) {
                    const double from = std::max(x0, covered);
                    p.fillRect(QRectF(from, mid - barH / 2, x1 - from, barH), color);
                    covered = std::max(covered, x1);
                }
            }
            if (it.deadline) {
                const double x = scale.x(it.deadline);
                p.setPen(QPen(Qt::black, 2));
                p.drawLine(QPointF(x, top + 3), QPointF(x, top + style.laneHeight - 3));
                p.drawLine(QPointF(x - 3, top + 3), QPointF(x + 3, top + 3));
            }
        }
        // Markers and labels: a label takes the room up to the next marker, elided, or
        // is left out when there is too little. A marker closer than a third of its size
        // to the last one drawn would hide under it: skipped (the selected one always
        // shows), which keeps dense lanes fast.
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
            if (x - lastX < kMarker / 3 && !isSelected)
                continue;
            lastX = x;
            const QColor color = measureColor(it.measure);
            if (raster && !isSelected) {
                p.drawImage(QPointF(x - kMarker / 2 - 1, mid - kMarker / 2 - 1),
                            markerImage(color));
            } else {
                p.setPen(
                    QPen(isSelected ? QColor(Qt::black) : color.darker(150), isSelected ? 2.5 : 1));
                p.setBrush(color);
                p.drawEllipse(markerRect(x, mid));
            }
            double room = plot.right() - x - kMarker;
            if (k + 1 < items.size())
                room =
                    std::min(room, scale.x(layout.items[items[k + 1]].announced) - x - kMarker - 4);
            if (room >= 56) {
                // On a light backing, so that bars under the text do not hide it.
                const QString text = fm.elidedText(it.title, Qt::ElideRight, room - 4);
                const QRectF box(x + kMarker / 2 + 2, mid - fm.height() / 2,
                                 fm.horizontalAdvance(text) + 4, fm.height());
                p.fillRect(box, QColor(255, 255, 255, 215));
                p.setPen(QColor(0x22, 0x22, 0x22));
                p.drawText(box, Qt::AlignCenter, text);
            }
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        p.restore();
    }

    // The as-of date: a vertical cursor across everything.
    const double cursor = scale.x(asOf);
    if (cursor >= plot.left() && cursor <= plot.right()) {
        p.setPen(QPen(QColor(0x00, 0x00, 0x00), 2));
        p.drawLine(QPointF(cursor, rect.top()), QPointF(cursor, rect.bottom()));
        const QString label = PartialDate::fromDate(asOf).toDisplayString();
        const QRectF tag(cursor - fm.horizontalAdvance(label) / 2 - 4,
                         rect.top() + style.axisHeight - fm.height() - 2,
                         fm.horizontalAdvance(label) + 8, fm.height());
        p.fillRect(tag, Qt::black);
        p.setPen(Qt::white);
        p.drawText(tag, Qt::AlignCenter, label);
    }
    p.restore();
}

int timelineHitTest(const TimelineLayout &layout, const TimeScale &scale, double firstLane,
                    const QRectF &rect, QPointF point, const TimelineStyle &style) {
    const double rowsTop = rect.top() + style.axisHeight;
    if (point.y() < rowsTop || point.x() < rect.left() + style.labelWidth)
        return -1;
    const int lane =
        static_cast<int>(std::floor(firstLane + (point.y() - rowsTop) / style.laneHeight));
    if (lane < 0 || lane >= layout.lanes.size())
        return -1;
    const double mid = rowsTop + (lane - firstLane + 0.5) * style.laneHeight;
    // The nearest marker within reach, else the bar under the point.
    int best = -1;
    double bestDist = kMarker;
    for (int index : layout.lanes[lane].items) {
        const TimelineItem &it = layout.items[index];
        const double d = std::hypot(scale.x(it.announced) - point.x(), mid - point.y());
        if (d <= bestDist) {
            bestDist = d;
            best = index;
        }
    }
    if (best >= 0)
        return best;
    for (int index : layout.lanes[lane].items) {
        const TimelineItem &it = layout.items[index];
        if (point.x() >= scale.x(it.announced) && point.x() <= scale.x(it.end) &&
            std::abs(point.y() - mid) <= style.laneHeight * 0.3)
            best = index; // the latest one that covers the point
    }
    return best;
}

} // namespace banatlas
