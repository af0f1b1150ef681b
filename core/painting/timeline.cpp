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

namespace {

// One decision as the timeline needs it, from the narrow facts: no text, no allocation
// of its own (a million of them are laid out at once). Its vendors are its facts'.
struct Marked {
    qint64 id = 0;
    const QString *country = nullptr; // in facts->countries
    const StatusFacts *facts = nullptr;
    int firstFact = 0; // its facts: facts->facts[firstFact .. firstFact + factCount)
    int factCount = 0;
    Measure measure = Measure::Ban;
    int announced = 0; // PartialDate::key()
    int effective = 0;
    int deadline = 0;

    int vendorCount() const { return factCount; }
    const QString &vendor(int k) const {
        return facts->vendors[facts->facts[size_t(firstFact + k)].vendor];
    }
};

QDate dateOfKey(int key) {
    return key == 0 ? QDate() : QDate(key / 10000, key / 100 % 100, key % 100);
}

bool namesOneOf(const Marked &d, const QStringList &vendors) {
    for (const QString &v : vendors) {
        for (int k = 0; k < d.vendorCount(); ++k) {
            if (d.vendor(k).compare(v, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

// The decisions of the governments in view, by announcement (a decision's facts are
// consecutive, one per vendor it names).
QList<Marked> decisionsInView(const StatusFacts &facts, const TimelineFilter &filter) {
    QList<Marked> out;
    qint64 skipped = 0; // the decision whose first fact the filter left out
    for (size_t i = 0; i < facts.facts.size(); ++i) {
        const StatusFact &f = facts.facts[i];
        if (!out.isEmpty() && out.last().id == f.id) {
            ++out.last().factCount;
            continue;
        }
        const QString &country = facts.countries[f.country];
        if (f.id == skipped ||
            (!filter.countries.isEmpty() && !filter.countries.contains(country))) {
            skipped = f.id;
            continue;
        }
        out.append(
            {f.id, &country, &facts, int(i), 1, f.measure, f.announced, f.effective, f.deadline});
    }
    std::sort(out.begin(), out.end(), [](const Marked &a, const Marked &b) {
        return a.announced != b.announced ? a.announced < b.announced : a.id < b.id;
    });
    return out;
}

// The governments that decided, by first decision.
QStringList governmentsOf(const QList<Marked> &sorted) {
    QStringList governments;
    QSet<QString> seen;
    for (const Marked &d : sorted) {
        if (!seen.contains(*d.country)) {
            seen.insert(*d.country);
            governments.append(*d.country);
        }
    }
    return governments;
}

// The vendors named (among the filter's, when it names any), by first decision, then the
// filter's vendors no decision names; each once, whatever its case.
QStringList vendorsOf(const QList<Marked> &sorted, const TimelineFilter &filter) {
    QStringList keys;
    QSet<QString> seen;
    auto add = [&](const QString &v) {
        if (!seen.contains(v.toCaseFolded())) {
            seen.insert(v.toCaseFolded());
            keys.append(v);
        }
    };
    for (const Marked &d : sorted) {
        for (int k = 0; k < d.vendorCount(); ++k) {
            const QString &v = d.vendor(k);
            if (filter.vendors.isEmpty() || filter.vendors.contains(v, Qt::CaseInsensitive))
                add(v);
        }
    }
    for (const QString &v : filter.vendors)
        add(v);
    return keys;
}

// The Julian days the layout spans: from the earliest date drawn to the latest, today at
// least.
struct DaySpan {
    qint64 first = 0; // 0: nothing yet
    qint64 last = 0;

    void extend(QDate d) {
        if (!d.isValid())
            return;
        last = std::max(last, d.toJulianDay());
        first = first == 0 ? d.toJulianDay() : std::min(first, d.toJulianDay());
    }
};

// Whether `d` is a marker of the lane `key`: it names the lane's vendors or shapes its
// bars (`inPeriods`), and has a measure the filter keeps.
bool belongsToLane(const Marked &d, const QString &key, LaneMode mode, const TimelineFilter &filter,
                   const QSet<qint64> &inPeriods) {
    const bool belongs =
        mode == LaneMode::Country
            ? *d.country == key && (filter.vendors.isEmpty() || namesOneOf(d, filter.vendors) ||
                                    inPeriods.contains(d.id))
            : namesOneOf(d, {key}) || inPeriods.contains(d.id);
    return belongs && (filter.measures.isEmpty() || filter.measures.contains(d.measure));
}

TimelineItem itemOf(const Marked &d) {
    TimelineItem item;
    item.id = d.id;
    item.measure = d.measure;
    item.announced = dateOfKey(d.announced).toJulianDay();
    item.effective = std::max(item.announced, dateOfKey(d.effective).toJulianDay());
    if (d.deadline != 0)
        item.deadline = dateOfKey(d.deadline).toJulianDay();
    return item;
}

// A lane's markers, by announcement; their deadlines extend `span`. `candidates`: the
// indexes into `sorted` that can belong to the lane (a government's own decisions), in
// order; null: all of them.
QList<TimelineItem> laneItems(const QList<Marked> &sorted, const QList<qsizetype> *candidates,
                              const TimelineLane &lane, LaneMode mode, const TimelineFilter &filter,
                              DaySpan &span) {
    QSet<qint64> inPeriods;
    for (const StatusPeriod &p : lane.periods)
        inPeriods.unite(QSet<qint64>(p.decisions.begin(), p.decisions.end()));
    QList<TimelineItem> items;
    const qsizetype count = candidates ? candidates->size() : sorted.size();
    for (qsizetype k = 0; k < count; ++k) {
        const Marked &d = sorted[candidates ? (*candidates)[k] : k];
        if (!belongsToLane(d, lane.key, mode, filter, inPeriods))
            continue;
        if (d.deadline != 0)
            span.extend(dateOfKey(d.deadline));
        items.append(itemOf(d));
    }
    return items;
}

void appendLane(TimelineLayout &layout, TimelineLane lane, QList<TimelineItem> items) {
    const int laneIndex = static_cast<int>(layout.lanes.size());
    for (TimelineItem &item : items) {
        item.lane = laneIndex;
        lane.items.append(static_cast<int>(layout.items.size()));
        layout.items.append(item);
    }
    layout.lanes.append(lane);
}

void sortLanesByName(TimelineLayout &layout) {
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
}

// By the first date of each lane's history (keys came by first decision already; a
// subsidiary's or a filtered lane can start later than its first candidate).
void sortLanesByFirstDate(TimelineLayout &layout) {
    std::stable_sort(layout.lanes.begin(), layout.lanes.end(),
                     [](const TimelineLane &a, const TimelineLane &b) {
                         return a.periods.first().from < b.periods.first().from;
                     });
    for (int i = 0; i < layout.lanes.size(); ++i) {
        for (int index : std::as_const(layout.lanes[i].items))
            layout.items[index].lane = i;
    }
}

} // namespace

TimelineLayout TimelineLayout::build(const StatusResolver &resolver,
                                     const QList<Decision> &decisions,
                                     const QList<Country> &countries, LaneMode mode,
                                     LaneOrder order, const TimelineFilter &filter, QDate today) {
    QHash<qint64, QString> titles;
    for (const Decision &d : decisions)
        titles.insert(d.id, d.title);
    return build(resolver, statusFactsOf(decisions), countries, mode, order, filter, today,
                 [titles](qint64 id) { return titles.value(id); });
}

TimelineLayout TimelineLayout::build(const StatusResolver &resolver, const StatusFacts &facts,
                                     const QList<Country> &countries, LaneMode mode,
                                     LaneOrder order, const TimelineFilter &filter, QDate today,
                                     std::function<QString(qint64)> titleOf) {
    QHash<QString, QString> countryNames;
    for (const Country &c : countries)
        countryNames.insert(c.code, displayName(c));
    const QList<Marked> sorted = decisionsInView(facts, filter);
    // Candidate lanes, by first decision; a lane stays if the rules give it a history.
    const QStringList governments = governmentsOf(sorted);
    const QStringList keys = mode == LaneMode::Country ? governments : vendorsOf(sorted, filter);
    // A government's lane holds only its own decisions: each looks at those alone.
    QHash<QString, QList<qsizetype>> byGovernment;
    if (mode == LaneMode::Country) {
        for (qsizetype i = 0; i < sorted.size(); ++i)
            byGovernment[*sorted[i].country].append(i);
    }

    TimelineLayout layout;
    DaySpan span{0, today.toJulianDay()};
    for (const QString &key : keys) {
        TimelineLane lane;
        lane.key = key;
        lane.label = mode == LaneMode::Country ? countryNames.value(key, key) : key;
        lane.periods = mode == LaneMode::Country ? resolver.periods(key, filter.vendors)
                                                 : resolver.periods(governments, {key});
        if (lane.periods.isEmpty())
            continue;
        const auto own = byGovernment.constFind(key);
        QList<TimelineItem> items = laneItems(
            sorted, own == byGovernment.constEnd() ? nullptr : &*own, lane, mode, filter, span);
        // A measure filter keeps the governments (or vendors) with such a decision.
        if (!filter.measures.isEmpty() && items.isEmpty())
            continue;
        for (const StatusPeriod &p : std::as_const(lane.periods)) {
            span.extend(p.from);
            span.extend(p.to);
        }
        appendLane(layout, std::move(lane), std::move(items));
    }
    if (order == LaneOrder::Name)
        sortLanesByName(layout);
    else
        sortLanesByFirstDate(layout);
    layout.first = span.first == 0 ? today.addYears(-1) : QDate::fromJulianDay(span.first);
    layout.last = QDate::fromJulianDay(span.last);
    layout.titleOf = std::move(titleOf);
    return layout;
}

QString TimelineLayout::title(const TimelineItem &item) const {
    return titleOf ? titleOf(item.id) : QString();
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

// The lanes visible in the rows area.
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

// The parts of the rect a timeline is painted in: the axis on top, the rows below it,
// and right of the lane labels the plot, where dates have their place.
struct TimelineFrame {
    TimelineFrame(const QRectF &r, const TimelineStyle &style)
        : rect(r)
        , rows(r.left(), r.top() + style.axisHeight, r.width(), r.height() - style.axisHeight)
        , plot(r.left() + style.labelWidth, rows.top(), r.width() - style.labelWidth,
               rows.height()) {}

    QRectF rect;
    QRectF rows;
    QRectF plot;
};

// The date axis and the grid lines of its ticks, across the rows.
void paintAxis(QPainter &p, const TimelineFrame &f, const TimeScale &scale, const QFontMetricsF &fm,
               const TimelineStyle &style) {
    const QList<TimeTick> ticks =
        timeTicks(scale, f.plot.left(), f.plot.right(), fm.horizontalAdvance(u"Sep 2026"_s) + 16);
    for (const TimeTick &t : ticks) {
        const double x = scale.x(t.date);
        if (x < f.plot.left() || x > f.plot.right())
            continue;
        p.setPen(QPen(t.major ? QColor(0xB0, 0xB0, 0xB0) : QColor(0xE4, 0xE4, 0xE4), 1));
        p.drawLine(QPointF(x, f.rect.top() + style.axisHeight - 6), QPointF(x, f.rect.bottom()));
        p.setPen(t.major ? QColor(Qt::black) : QColor(0x55, 0x55, 0x55));
        if (x + 3 + fm.horizontalAdvance(t.label) <= f.plot.right()) // whole, or not at all
            p.drawText(QPointF(x + 3, f.rect.top() + fm.ascent() + 3), t.label);
    }
    p.setPen(QColor(0x99, 0x99, 0x99));
    p.drawLine(QPointF(f.rect.left(), f.rows.top()), QPointF(f.rect.right(), f.rows.top()));
}

// On raster devices a marker is a small image drawn once per colour and blitted: far
// cheaper than thousands of antialiased ellipses. PDF and SVG get vectors.
class MarkerImages final {
public:
    explicit MarkerImages(double marker)
        : m_marker(marker) {}

    const QImage &of(const QColor &color) {
        auto it = m_images.find(color.rgb());
        if (it == m_images.end()) {
            QImage image(static_cast<int>(m_marker) + 2, static_cast<int>(m_marker) + 2,
                         QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter mp(&image);
            mp.setRenderHint(QPainter::Antialiasing);
            mp.setPen(QPen(color.darker(150), 1));
            mp.setBrush(color);
            mp.drawEllipse(QRectF(1, 1, m_marker, m_marker));
            mp.end();
            it = m_images.insert(color.rgb(), image);
        }
        return *it;
    }

private:
    double m_marker;
    QHash<QRgb, QImage> m_images;
};

// Paints one lane at a time: its label, its bar, its deadlines, its markers and titles.
class LanePainter final {
public:
    LanePainter(QPainter &p, const TimelineFrame &frame, const TimelineLayout &layout,
                const TimeScale &scale, const TimelineStyle &style, const QFontMetricsF &fm,
                qint64 selected, double cursorX)
        : m_p(p)
        , m_frame(frame)
        , m_layout(layout)
        , m_scale(scale)
        , m_style(style)
        , m_fm(fm)
        , m_raster(p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster)
        , m_markers(style.marker)
        , m_selected(selected)
        , m_cursorX(cursorX)
        , m_leftDay(scale.date(frame.plot.left()).toJulianDay())
        , m_rightDay(scale.date(frame.plot.right()).toJulianDay() + 1) {}

    // The lane whose top edge is at `top`.
    void paint(int lane, double top);

private:
    void paintLabel(int lane, double top, double mid);
    void paintBar(const TimelineLane &lane, double mid);
    QList<double> paintDeadlines(const QList<int> &items, double top, double mid);
    void paintMarkers(const QList<int> &items, double top, double mid,
                      const QList<double> &deadlines);
    void paintMarker(const TimelineItem &it, double x, double mid);
    void paintTitle(const QList<int> &items, qsizetype k, double x, double top,
                    const QList<double> &deadlines);

    QPainter &m_p;
    const TimelineFrame &m_frame;
    const TimelineLayout &m_layout;
    const TimeScale &m_scale;
    const TimelineStyle &m_style;
    const QFontMetricsF &m_fm;
    const bool m_raster;
    MarkerImages m_markers;
    const qint64 m_selected;
    const double m_cursorX;
    const double m_leftDay;  // the first day in view
    const double m_rightDay; // the day after the last in view
};

void LanePainter::paint(int lane, double top) {
    const double mid = top + m_style.barCentre();
    paintLabel(lane, top, mid);
    m_p.save();
    m_p.setClipRect(m_frame.plot.intersected(
        QRectF(m_frame.plot.left(), top, m_frame.plot.width(), m_style.laneHeight)));
    paintBar(m_layout.lanes[lane], mid);
    const QList<int> &items = m_layout.lanes[lane].items;
    const QList<double> deadlines = paintDeadlines(items, top, mid);
    paintMarkers(items, top, mid, deadlines);
    m_p.restore();
}

// Every other lane shaded; the label on the left, elided.
void LanePainter::paintLabel(int lane, double top, double mid) {
    const QRectF &rect = m_frame.rect;
    if (lane % 2 == 1)
        m_p.fillRect(QRectF(rect.left(), top, rect.width(), m_style.laneHeight),
                     QColor(0xF7, 0xF7, 0xF7));
    m_p.setPen(Qt::black);
    m_p.drawText(
        QRectF(rect.left() + 6, mid - m_fm.height() / 2, m_style.labelWidth - 12, m_fm.height()),
        Qt::AlignVCenter | Qt::AlignLeft,
        m_fm.elidedText(m_layout.lanes[lane].label, Qt::ElideRight, m_style.labelWidth - 12));
}

// The bar: the lane's class over time, as the status rules give it. Periods narrower than
// a pixel are left to their neighbours.
void LanePainter::paintBar(const TimelineLane &lane, double mid) {
    const QRectF &plot = m_frame.plot;
    const double barH = m_style.barHeight();
    for (const StatusPeriod &period : lane.periods) {
        double x0 = m_scale.x(period.from);
        double x1 = period.to.isValid() ? m_scale.x(period.to) : plot.right() + 2;
        if (x1 < plot.left() || x0 > plot.right() || x1 - x0 < 0.25)
            continue;
        x0 = std::max(x0, plot.left() - 2);
        x1 = std::min(x1, plot.right() + 2);
        const QRectF bar(x0, mid - barH / 2, x1 - x0, barH);
        const QColor color = classColor(period.statusClass);
        if (period.pending) {
            m_p.fillRect(bar, pendingColor(period.statusClass));
            if (bar.width() >= 4)
                hatchRect(m_p, bar, color);
        } else {
            m_p.fillRect(bar, color);
        }
    }
}

// Deadlines: a tick across the lane. Returns where they are, left to right.
QList<double> LanePainter::paintDeadlines(const QList<int> &items, double top, double mid) {
    const double marker = m_style.marker;
    const double barH = m_style.barHeight();
    QList<double> deadlines;
    for (int index : items) {
        const TimelineItem &it = m_layout.items[index];
        if (!it.deadline || it.deadline < m_leftDay || it.deadline > m_rightDay)
            continue;
        const double x = m_scale.x(it.deadline);
        deadlines.append(x);
        m_p.setPen(QPen(Qt::black, 2));
        const double y0 = mid - barH / 2 - marker / 2;
        const double y1 = std::min(top + m_style.laneHeight - 1, mid + barH / 2 + marker / 2);
        m_p.drawLine(QPointF(x, y0), QPointF(x, y1));
        m_p.drawLine(QPointF(x - 3, y0), QPointF(x + 3, y0));
    }
    std::sort(deadlines.begin(), deadlines.end());
    return deadlines;
}

// Markers and titles. A marker closer than a third of its size to the last one drawn
// would hide under it: skipped (the selected one always shows), which keeps dense lanes
// fast.
void LanePainter::paintMarkers(const QList<int> &items, double top, double mid,
                               const QList<double> &deadlines) {
    m_p.setRenderHint(QPainter::Antialiasing);
    double lastX = -1e9;
    for (qsizetype k = 0; k < items.size(); ++k) {
        const TimelineItem &it = m_layout.items[items[k]];
        if (it.announced > m_rightDay)
            break;
        const double x = m_scale.x(it.announced);
        if (x < m_frame.plot.left() - 400)
            continue;
        if (x - lastX < m_style.marker / 3 && it.id != m_selected)
            continue;
        lastX = x;
        paintMarker(it, x, mid);
        paintTitle(items, k, x, top, deadlines);
    }
    m_p.setRenderHint(QPainter::Antialiasing, false);
}

void LanePainter::paintMarker(const TimelineItem &it, double x, double mid) {
    const double marker = m_style.marker;
    const bool isSelected = it.id == m_selected;
    const QColor color = measureColor(it.measure);
    if (m_raster && !isSelected) {
        m_p.drawImage(QPointF(x - marker / 2 - 1, mid - marker / 2 - 1), m_markers.of(color));
        return;
    }
    m_p.setPen(QPen(isSelected ? QColor(Qt::black) : color.darker(150), isSelected ? 2.5 : 1));
    m_p.setBrush(color);
    m_p.drawEllipse(markerRect(x, mid, marker));
}

// The title of the k-th item, on the line above the bar, which stays visible under it. It
// takes the room up to whatever comes next in the lane (a marker, a deadline, the as-of
// cursor), elided, or is left out when there is too little.
void LanePainter::paintTitle(const QList<int> &items, qsizetype k, double x, double top,
                             const QList<double> &deadlines) {
    const double marker = m_style.marker;
    const double labelLeft = x + marker / 2 + 2;
    double limit = m_frame.plot.right();
    if (k + 1 < items.size())
        limit = std::min(limit, m_scale.x(m_layout.items[items[k + 1]].announced) - marker / 2 - 4);
    const auto nextDeadline = std::upper_bound(deadlines.cbegin(), deadlines.cend(), labelLeft);
    if (nextDeadline != deadlines.cend())
        limit = std::min(limit, *nextDeadline - 5);
    if (m_cursorX > labelLeft)
        limit = std::min(limit, m_cursorX - 3);
    const double room = limit - labelLeft;
    if (room < 48)
        return;
    const QString text =
        m_fm.elidedText(m_layout.title(m_layout.items[items[k]]), Qt::ElideRight, room - 2);
    const QRectF box(labelLeft - marker / 2, top + 1, m_fm.horizontalAdvance(text) + 2,
                     m_style.titleHeight);
    m_p.setPen(QColor(0x22, 0x22, 0x22));
    m_p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
}

// The as-of date: a vertical cursor across everything, with a tag on the axis whose
// arrows say it can be dragged (or the axis clicked) to move the date.
void paintCursor(QPainter &p, const TimelineFrame &f, double cursorX, QDate asOf,
                 const QFontMetricsF &fm, const TimelineStyle &style) {
    p.setPen(QPen(QColor(0x00, 0x00, 0x00), 2));
    p.drawLine(QPointF(cursorX, f.rect.top()), QPointF(cursorX, f.rect.bottom()));
    const QString label = PartialDate::fromDate(asOf).toDisplayString();
    const double arrow = fm.height() * 0.3;
    const double width = fm.horizontalAdvance(label) + 8 + 4 * arrow;
    const double left = std::clamp(cursorX - width / 2, f.plot.left(), f.plot.right() - width);
    const QRectF tag(left, f.rect.top() + style.axisHeight - fm.height() - 2, width, fm.height());
    p.fillRect(tag, Qt::black);
    p.setPen(Qt::white);
    p.drawText(tag, Qt::AlignCenter, label);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    const double cy = tag.center().y();
    const double lx = tag.left() + arrow + 1;
    const double rx = tag.right() - arrow - 1;
    p.drawPolygon(QPolygonF({QPointF(lx - arrow * 0.8, cy), QPointF(lx + arrow * 0.4, cy - arrow),
                             QPointF(lx + arrow * 0.4, cy + arrow)}));
    p.drawPolygon(QPolygonF({QPointF(rx + arrow * 0.8, cy), QPointF(rx - arrow * 0.4, cy - arrow),
                             QPointF(rx - arrow * 0.4, cy + arrow)}));
}

} // namespace

void paintTimeline(QPainter &p, const QRectF &rect, const TimelineLayout &layout,
                   const TimeScale &scale, double firstLane, QDate asOf, qint64 selected,
                   const TimelineStyle &style) {
    p.save();
    p.setClipRect(rect);
    p.fillRect(rect, Qt::white);
    const TimelineFrame frame(rect, style);
    const QFontMetricsF fm(p.font());
    paintAxis(p, frame, scale, fm, style);
    const double cursorX = scale.x(asOf);
    LanePainter lanePainter(p, frame, layout, scale, style, fm, selected, cursorX);
    const VisibleLanes lanes = visibleLanes(layout, firstLane, frame.rows.height(), style);
    for (int lane = lanes.first; lane <= lanes.last; ++lane)
        lanePainter.paint(lane, frame.rows.top() + (lane - firstLane) * style.laneHeight);
    if (cursorX >= frame.plot.left() && cursorX <= frame.plot.right())
        paintCursor(p, frame, cursorX, asOf, fm, style);
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
