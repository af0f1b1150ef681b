#pragma once

// What a map must show, written out as fixed values: the class colours, a small set of
// decisions that gives one large government each class on a known date, and helpers
// that read colours back from an image. The tests compare what is painted (by
// paintCountries, the map widget, the CLI's PNG, SVG and PDF) with these values, never
// with what the code under test computes.

#include <QColor>
#include <QImage>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>

namespace banatlas::testing {

// The palette. DOMAIN.md names the classes but not their colours: these are the values of
// core/classcolors.cpp at commit d3103b5, written out once. The pending tints are what
// pendingColor() gave at that commit (35 % of the class colour over white), printed once
// and written here. A change of palette must change this table on purpose.
struct ClassColour {
    const char *id;      // as the CLI and the SVG's class attribute name it
    const char *fill;    // classColor()
    const char *pending; // pendingColor(): the pale ground under the hatching
};
inline constexpr std::array<ClassColour, 7> kClassColours{{
    {"banned", "#681205", "#caaca8"},
    {"restricted", "#e77125", "#f7cdb3"},
    {"government_ban", "#cf86dd", "#eed5f3"},
    {"under_review", "#ffdb0d", "#fff2aa"},
    {"allowed", "#10529d", "#abc2dd"},
    {"none_in_force", "#8a8a8a", "#d6d6d6"},
    {"no_data", "#f2f2f2", "#fafafa"},
}};

// The sea around the land (kOcean in core/mappainter.cpp at d3103b5): how a test finds the
// Earth in a figure.
inline constexpr char kOceanHex[] = "#dce8f2";

// One large government per class on 1 Jun 2024 (kSampleYear, kSampleMonth, kSampleDay),
// and a point well inside it (degrees).
struct MapSample {
    const char *code;
    double lon, lat;
    const char *classId;
    bool pending;
    const char *fill;   // the colour at the point (for pending: the ground between stripes)
    const char *stripe; // pending only: the stripes' colour
};
inline constexpr std::array<MapSample, 8> kMapSamples{{
    {"AU", 134, -25, "banned", false, "#681205", nullptr},
    {"US", -100, 40, "restricted", false, "#e77125", nullptr},
    {"KZ", 67, 48, "government_ban", false, "#cf86dd", nullptr},
    {"IN", 78, 22, "under_review", false, "#ffdb0d", nullptr},
    {"BR", -50, -10, "allowed", false, "#10529d", nullptr},
    {"RU", 90, 62, "none_in_force", false, "#8a8a8a", nullptr},
    {"CD", 23, -2, "no_data", false, "#f2f2f2", nullptr},
    {"DZ", 3, 28, "banned", true, "#caaca8", "#681205"},
}};

// The decisions behind kMapSamples (interchange CSV, DOMAIN.md): on 1 Jun 2024 each
// government above has the class next to it. RU's ban ended; DZ's is announced but only
// takes effect in 2030; CD has no decision at all.
inline constexpr char kSampleDecisionsCsv[] =
    "id,country,vendors,measure,scope,announced,effective,ended,title,confidence\n"
    "1,AU,Huawei,ban,5g_core,2018-08-23,,,Australia excludes Huawei,official\n"
    "2,US,Huawei,restriction,5g_core,2019-05-15,,,US restriction,official\n"
    "3,KZ,Huawei,procurement_ban,government,2020-01-10,,,Kazakh procurement ban,official\n"
    "4,IN,Huawei,considering,5g_core,2020-06-01,,,Indian review,official\n"
    "5,BR,Huawei,allowed,5g_core,2021-02-01,,,Brazil allows Huawei,official\n"
    "6,RU,Huawei,ban,5g_core,2019-01-01,,2021-01-01,Russian ban that ended,official\n"
    "7,DZ,Huawei,ban,5g_core,2022-03-01,2030-01-01,,Algerian ban from 2030,official\n";
inline constexpr int kSampleYear = 2024, kSampleMonth = 6, kSampleDay = 1;

// The colour of every pixel within `radius` of `at`, when they are all the same; else a
// message that lists what was there (a border, a stripe, the wrong place).
inline QString uniformColourAt(const QImage &image, QPoint at, int radius = 2) {
    QMap<QString, int> seen;
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p = at + QPoint(dx, dy);
            if (!image.rect().contains(p))
                return QStringLiteral("outside the image at (%1, %2)").arg(p.x()).arg(p.y());
            ++seen[QColor(image.pixel(p)).name()];
        }
    }
    if (seen.size() == 1)
        return seen.firstKey();
    QStringList parts;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        parts.append(QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value()));
    return QStringLiteral("mixed at (%1, %2): ").arg(at.x()).arg(at.y()) +
           parts.join(QStringLiteral(", "));
}

// How many pixels of each colour a rectangle of the image holds.
inline QMap<QString, int> coloursIn(const QImage &image, const QRect &rect) {
    QMap<QString, int> seen;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++seen[QColor(image.pixel(x, y)).name()];
    }
    return seen;
}

// How far the colour of `colours` closest to `hex` is from it: the largest difference in
// one channel (0: the colour itself is there).
inline int distanceToClosest(const QMap<QString, int> &colours, const char *hex) {
    const QColor want(QString::fromLatin1(hex));
    int best = 256;
    for (auto it = colours.cbegin(); it != colours.cend(); ++it) {
        const QColor c(it.key());
        best = std::min(
            best, std::max({std::abs(c.red() - want.red()), std::abs(c.green() - want.green()),
                            std::abs(c.blue() - want.blue())}));
    }
    return best;
}

// How much of the stripe colour the most striped pixel of `colours` shows over the ground
// (1: the stripe colour itself; 0: the ground), the least over the three channels. The
// stripes of a pending measure are antialiased lines 1.2 px wide at 45°: they cover no
// pixel entirely, so their own colour never appears exactly, but wherever a line falls on
// the pixel grid, some pixel along it is at least 79 % covered (a pixel's extent across a
// 45° line is √2 px, its coverage a triangle; a line centred between two pixel centres
// leaves each of them (√2/2 − 0.25)² ≈ 0.21 uncovered). kStripeShare leaves a little room
// for the rasteriser's own rounding.
inline double largestStripeShare(const QMap<QString, int> &colours, const char *stripe,
                                 const char *ground) {
    const QColor s(QString::fromLatin1(stripe));
    const QColor g(QString::fromLatin1(ground));
    auto share = [](int c, int stripeValue, int groundValue) {
        return stripeValue == groundValue ? 1.0
                                          : double(groundValue - c) / (groundValue - stripeValue);
    };
    double best = 0;
    for (auto it = colours.cbegin(); it != colours.cend(); ++it) {
        const QColor c(it.key());
        best = std::max(best, std::min({share(c.red(), s.red(), g.red()),
                                        share(c.green(), s.green(), g.green()),
                                        share(c.blue(), s.blue(), g.blue())}));
    }
    return best;
}
inline constexpr double kStripeShare = 0.75;

// Where the Earth is in a figure: the extent of its sea. The Equal Earth outline is widest
// at the equator and flat at the North Pole, where there is only sea, so the sea's left,
// right and top edges are the outline's (to the width of its border line); the bottom is
// Antarctica's. Maps projected units (`bounds`: the outline's bounding box, y down) to
// image pixels.
struct EarthInImage {
    QPointF topLeft;
    double pixelsPerUnit = 0;
    QRectF bounds;
    QPoint toImage(QPointF projected) const {
        return (topLeft + (projected - bounds.topLeft()) * pixelsPerUnit).toPoint();
    }
};
inline std::optional<EarthInImage> findEarth(const QImage &image, const QRectF &bounds) {
    const QRgb ocean = QColor(QString::fromLatin1(kOceanHex)).rgb();
    int left = image.width(), right = -1, top = image.height();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) | 0xff000000) != ocean)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
        }
    }
    if (right < left)
        return std::nullopt;
    EarthInImage e;
    // The sea stops half a border line inside the outline on each side.
    e.pixelsPerUnit = (right - left + 1) / bounds.width();
    e.topLeft = QPointF(left, top);
    e.bounds = bounds;
    return e;
}

} // namespace banatlas::testing
