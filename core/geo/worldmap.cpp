#include "geo/worldmap.h"

#include "formats/csv.h"
#include "geo/projection.h"
#include "geo/topojson.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <cmath>
#include <mutex>

using namespace Qt::StringLiterals;

namespace banatlas {

QPointF projectToMap(double longitude, double latitude) {
    const QPointF p = equalEarth(longitude, latitude);
    return {p.x(), -p.y()};
}

namespace {

// Projects a ring. Long edges (cuts along ±180°, closures along a pole) become curves
// when projected: they get a point every degree.
QPolygonF projectRing(const GeoRing &ring) {
    QPolygonF out;
    out.reserve(ring.size());
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF p = ring[i];
        if (i == 0) {
            out.append(projectToMap(p.x(), p.y()));
            continue;
        }
        const QPointF a = ring[i - 1];
        const double span = std::max(std::abs(p.x() - a.x()), std::abs(p.y() - a.y()));
        const int steps = span > 2 ? static_cast<int>(std::ceil(span)) : 1;
        for (int s = 1; s <= steps; ++s) {
            const double t = double(s) / steps;
            out.append(projectToMap(a.x() + t * (p.x() - a.x()), a.y() + t * (p.y() - a.y())));
        }
    }
    return out;
}

// Douglas–Peucker: drops the points that move the line by less than `tolerance`.
QPolygonF simplify(const QPolygonF &ring, double tolerance) {
    const qsizetype n = ring.size();
    if (n <= 4)
        return ring;
    QList<bool> keep(n, false);
    keep[0] = keep[n - 1] = true;
    // A closed ring starts and ends at the same point: split it at its farthest point.
    qsizetype far = 1;
    double farDist = -1;
    for (qsizetype i = 1; i < n - 1; ++i) {
        const QPointF d = ring[i] - ring[0];
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist > farDist) {
            farDist = dist;
            far = i;
        }
    }
    keep[far] = true;
    QList<std::pair<qsizetype, qsizetype>> stack{{0, far}, {far, n - 1}};
    const double tol2 = tolerance * tolerance;
    while (!stack.isEmpty()) {
        const auto [first, last] = stack.takeLast();
        const QPointF a = ring[first];
        const QPointF ab = ring[last] - a;
        const double len2 = ab.x() * ab.x() + ab.y() * ab.y();
        double worst = -1;
        qsizetype index = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const QPointF ap = ring[i] - a;
            double dist = ap.x() * ap.x() + ap.y() * ap.y();
            if (len2 > 0) {
                const double cross = ab.x() * ap.y() - ab.y() * ap.x();
                dist = cross * cross / len2;
            }
            if (dist > worst) {
                worst = dist;
                index = i;
            }
        }
        if (index > 0 && worst > tol2) {
            keep[index] = true;
            stack.append({first, index});
            stack.append({index, last});
        }
    }
    QPolygonF out;
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[i])
            out.append(ring[i]);
    }
    return out.size() >= 4 ? out : ring;
}

// Natural Earth features that ISO 3166 counts as part of a member state.
const QHash<QString, QString> kNamedParts = {
    {u"Somaliland"_s, u"SO"_s},
    {u"N. Cyprus"_s, u"CY"_s},
};

// The alpha-2 code of a map feature: by ISO numeric id, then by name or alias.
class FeatureCodes final {
public:
    explicit FeatureCodes(const QList<Country> &countries) {
        for (const Country &c : countries) {
            if (!c.numeric.isEmpty())
                m_byNumeric.insert(c.numeric, c.code);
            m_byName.insert(c.name.toCaseFolded(), c.code);
            for (const QString &a : c.aliases)
                m_byName.insert(a.toCaseFolded(), c.code);
        }
    }
    // Empty for a feature of no country.
    QString of(const GeoFeature &f) const {
        const QString code = m_byNumeric.value(f.id);
        if (!code.isEmpty())
            return code;
        return kNamedParts.value(f.name, m_byName.value(f.name.toCaseFolded()));
    }

private:
    QHash<QString, QString> m_byNumeric;
    QHash<QString, QString> m_byName;
};

// A feature projected: its path, the simplified copies, its bounds and anchor (no code).
CountryShape projectedShape(const GeoFeature &f) {
    CountryShape shape;
    shape.path.setFillRule(Qt::OddEvenFill);
    shape.lod.resize(WorldMap::lodTolerances().size());
    for (QPainterPath &l : shape.lod)
        l.setFillRule(Qt::OddEvenFill);
    double largest = -1;
    for (const GeoPolygon &polygon : f.polygons) {
        QPainterPath part;
        part.setFillRule(Qt::OddEvenFill);
        for (const GeoRing &ring : polygon.rings) {
            const QPolygonF projected = projectRing(ring);
            part.addPolygon(projected);
            part.closeSubpath();
            for (qsizetype k = 0; k < shape.lod.size(); ++k) {
                shape.lod[k].addPolygon(simplify(projected, WorldMap::lodTolerances()[k]));
                shape.lod[k].closeSubpath();
            }
        }
        const QRectF r = part.boundingRect();
        if (r.width() * r.height() > largest) {
            largest = r.width() * r.height();
            shape.anchor = r.center();
        }
        shape.path.addPath(part);
    }
    shape.bounds = shape.path.boundingRect();
    return shape;
}

// Adds another part of the same state (Natural Earth splits some: Australia and its
// Ashmore and Cartier Islands share 036); the anchor stays on the bigger one.
void merge(CountryShape &existing, const CountryShape &part) {
    const bool bigger = part.bounds.width() * part.bounds.height() >
                        existing.bounds.width() * existing.bounds.height();
    existing.path.addPath(part.path);
    for (qsizetype k = 0; k < existing.lod.size(); ++k)
        existing.lod[k].addPath(part.lod[k]);
    existing.bounds = existing.path.boundingRect();
    if (bigger)
        existing.anchor = part.anchor;
}

// The outline: the ±180° meridians joined along the pole lines.
QPainterPath worldOutline() {
    QPainterPath outline;
    for (int lat = -90; lat <= 90; ++lat) {
        const QPointF p = projectToMap(-180, lat);
        lat == -90 ? outline.moveTo(p) : outline.lineTo(p);
    }
    for (int lat = 90; lat >= -90; --lat)
        outline.lineTo(projectToMap(180, lat));
    outline.closeSubpath();
    return outline;
}

// The bundled Natural Earth 1:50m topology.
QByteArray bundledTopology() {
    QFile topo(u":/banatlas/map/countries-50m.json"_s);
    if (!topo.open(QIODevice::ReadOnly))
        throw TopoJsonError(
            QCoreApplication::translate("banatlas::WorldMap", "the bundled borders are missing"));
    return topo.readAll();
}

// Numeric codes and names straight from the reference data: no database needed.
QList<Country> bundledCountries() {
    QFile codes(u":/banatlas/reference/countries.csv"_s);
    QList<Country> countries;
    if (!codes.open(QIODevice::ReadOnly))
        return countries;
    const QList<CsvRow> rows = parseCsv(codes.readAll(), u"countries.csv"_s);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const auto field = [&](int k) { return rows[i].fields.value(k).text; };
        Country c; // columns: alpha2, alpha3, numeric, name, region, subregion, aliases
        c.code = field(0);
        c.alpha3 = field(1);
        c.numeric = field(2);
        c.name = field(3);
        c.aliases = field(6).split(u';', Qt::SkipEmptyParts);
        countries.append(c);
    }
    return countries;
}

} // namespace

WorldMap WorldMap::fromTopoJson(const QByteArray &topojson, const QList<Country> &countries) {
    const FeatureCodes codes(countries);
    WorldMap map;
    map.m_unassigned.setFillRule(Qt::OddEvenFill);
    for (const GeoFeature &f : decodeTopoJson(topojson, u"countries"_s)) {
        CountryShape shape = projectedShape(f);
        shape.code = codes.of(f);
        if (shape.code.isEmpty()) {
            map.m_unassigned.addPath(shape.path);
        } else if (const auto it = map.m_index.constFind(shape.code);
                   it != map.m_index.constEnd()) {
            merge(map.m_shapes[*it], shape);
        } else {
            map.m_index.insert(shape.code, map.m_shapes.size());
            map.m_shapes.append(shape);
        }
    }
    map.m_outline = worldOutline();
    return map;
}

const WorldMap &WorldMap::bundled() {
    static WorldMap map;
    static std::once_flag once;
    std::call_once(once, [] { map = fromTopoJson(bundledTopology(), bundledCountries()); });
    return map;
}

QList<CountryBorders> countryBorders(const QByteArray &topojson, const QList<Country> &countries) {
    const FeatureCodes codes(countries);
    QList<CountryBorders> out;
    QHash<QString, qsizetype> index;
    for (const GeoFeature &f : decodeTopoJson(topojson, u"countries"_s)) {
        const QString code = codes.of(f);
        if (code.isEmpty())
            continue;
        const auto it = index.constFind(code);
        if (it != index.constEnd()) {
            out[*it].polygons.append(f.polygons);
        } else {
            index.insert(code, out.size());
            out.append({code, f.polygons});
        }
    }
    return out;
}

QList<CountryBorders> bundledBorders() {
    return countryBorders(bundledTopology(), bundledCountries());
}

const QList<double> &WorldMap::lodTolerances() {
    static const QList<double> tolerances{0.0004, 0.0012, 0.002, 0.004};
    return tolerances;
}

const QPainterPath &WorldMap::pathFor(const CountryShape &shape, double pixelsPerUnit) {
    const QList<double> &t = lodTolerances();
    for (qsizetype k = t.size() - 1; k >= 0; --k) {
        if (t[k] * pixelsPerUnit <= 0.75 && k < shape.lod.size())
            return shape.lod[k];
    }
    return shape.path;
}

const CountryShape *WorldMap::shape(const QString &code) const {
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? nullptr : &m_shapes[*it];
}

bool WorldMap::needsMarker(const CountryShape &shape, double markerSize) {
    return shape.bounds.width() < markerSize && shape.bounds.height() < markerSize;
}

QString WorldMap::hitTest(QPointF point, double markerSize) const {
    // Markers first: they sit on top of their larger neighbours.
    QString nearest;
    double best = markerSize * markerSize / 4;
    for (const CountryShape &s : m_shapes) {
        if (!needsMarker(s, markerSize))
            continue;
        const QPointF d = s.anchor - point;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist <= best) {
            best = dist;
            nearest = s.code;
        }
    }
    if (!nearest.isEmpty())
        return nearest;
    for (const CountryShape &s : m_shapes) {
        if (s.bounds.contains(point) && s.path.contains(point))
            return s.code;
    }
    return {};
}

} // namespace banatlas
