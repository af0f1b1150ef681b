#include "geo/geojson.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace banatlas {
namespace {

// A coordinate on the grid of kGeoJsonDecimals, within ±limit; never -0.
double rounded(double value, double limit) {
    static const double scale = std::pow(10.0, kGeoJsonDecimals);
    double r = std::clamp(std::round(value * scale) / scale, -limit, limit);
    return r == 0 ? 0.0 : r;
}

// Twice the signed area (shoelace): positive when counterclockwise, longitude east and
// latitude north.
double doubleArea(const GeoRing &ring) {
    double sum = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i)
        sum += ring[i].x() * ring[i + 1].y() - ring[i + 1].x() * ring[i].y();
    return sum;
}

// Below any area of a ring on the grid (a triangle there has at least half a square of
// 10⁻⁵° a side).
constexpr double kNoArea = 1e-11;

// Edges that run more than 90° of longitude (only along a pole: rings do not cross ±180°)
// get positions 90° apart, so that no reader takes one for a crossing of ±180°, as it
// would an edge over 180° long.
GeoRing withShortEdges(const GeoRing &ring) {
    GeoRing out;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        if (i > 0) {
            const QPointF a = ring[i - 1];
            const QPointF d = ring[i] - a;
            const int steps = static_cast<int>(std::ceil(std::abs(d.x()) / 90.0));
            for (int s = 1; s < steps; ++s) {
                const double t = double(s) / steps;
                out.append(
                    QPointF(rounded(a.x() + t * d.x(), 180), rounded(a.y() + t * d.y(), 90)));
            }
        }
        out.append(ring[i]);
    }
    return out;
}

// The ring rounded, without repeated positions, closed; empty when it has no area.
GeoRing cleaned(const GeoRing &ring) {
    GeoRing out;
    out.reserve(ring.size() + 1);
    for (const QPointF &p : ring) {
        const QPointF r(rounded(p.x(), 180), rounded(p.y(), 90));
        if (out.isEmpty() || out.last() != r)
            out.append(r);
    }
    if (!out.isEmpty() && out.first() != out.last())
        out.append(out.first());
    out = withShortEdges(out);
    if (out.size() < 4 || std::abs(doubleArea(out)) < kNoArea)
        return {};
    return out;
}

// Counterclockwise for an outer ring, clockwise for a hole.
GeoRing wound(GeoRing ring, bool outer) {
    if ((doubleArea(ring) > 0) != outer)
        std::reverse(ring.begin(), ring.end());
    return ring;
}

bool isPoleSliver(const GeoRing &ring) {
    if (ring.isEmpty())
        return false;
    const double pole = ring.first().y() < 0 ? -90.0 : 90.0;
    return std::all_of(ring.cbegin(), ring.cend(), [pole](const QPointF &p) {
        return std::abs(p.y() - pole) <= kPoleSliverDegrees;
    });
}

// A polygon cleaned: its outer ring and the holes that have area; none when the outer
// ring has none.
std::optional<GeoPolygon> cleanedPolygon(const GeoRing &outer, const QList<GeoRing> &holes) {
    GeoPolygon out;
    const GeoRing o = cleaned(outer);
    if (o.isEmpty())
        return std::nullopt;
    out.rings.append(wound(o, true));
    for (const GeoRing &hole : holes) {
        const GeoRing h = cleaned(hole);
        if (!h.isEmpty())
            out.rings.append(wound(h, false));
    }
    return out;
}

void appendNumber(QByteArray &out, double value) {
    QByteArray n = QByteArray::number(value, 'f', kGeoJsonDecimals);
    while (n.endsWith('0'))
        n.chop(1);
    if (n.endsWith('.'))
        n.chop(1);
    out += n;
}

void appendPolygon(QByteArray &out, const GeoPolygon &polygon) {
    out += '[';
    for (qsizetype r = 0; r < polygon.rings.size(); ++r) {
        out += r ? ",[" : "[";
        const GeoRing &ring = polygon.rings[r];
        for (qsizetype i = 0; i < ring.size(); ++i) {
            out += i ? ",[" : "[";
            appendNumber(out, ring[i].x());
            out += ',';
            appendNumber(out, ring[i].y());
            out += ']';
        }
        out += ']';
    }
    out += ']';
}

} // namespace

QList<GeoPolygon> geoJsonPolygons(const QList<GeoPolygon> &polygons) {
    QList<GeoPolygon> out;
    for (const GeoPolygon &polygon : polygons) {
        if (polygon.rings.isEmpty())
            continue;
        if (isPoleSliver(polygon.rings.first())) {
            for (const GeoRing &ring : polygon.rings.mid(1)) {
                if (auto p = cleanedPolygon(ring, {}))
                    out.append(*p);
            }
        } else if (auto p = cleanedPolygon(polygon.rings.first(), polygon.rings.mid(1))) {
            out.append(*p);
        }
    }
    return out;
}

QByteArray geoJsonGeometry(const QList<GeoPolygon> &polygons) {
    const QList<GeoPolygon> fit = geoJsonPolygons(polygons);
    if (fit.isEmpty())
        return QByteArrayLiteral("null");
    QByteArray out;
    if (fit.size() == 1) {
        out += R"({"type":"Polygon","coordinates":)";
        appendPolygon(out, fit.first());
    } else {
        out += R"({"type":"MultiPolygon","coordinates":[)";
        for (qsizetype i = 0; i < fit.size(); ++i) {
            if (i)
                out += ',';
            appendPolygon(out, fit[i]);
        }
        out += ']';
    }
    out += '}';
    return out;
}

} // namespace banatlas
