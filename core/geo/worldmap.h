#pragma once

#include "domain/entities.h"
#include "geo/topojson.h"

#include <QPainterPath>

namespace banatlas {

// One government's shape on the map, in projected units (Equal Earth, y pointing down).
struct CountryShape {
    QString code;            // alpha-2
    QPainterPath path;       // full detail
    QList<QPainterPath> lod; // simplified copies, coarser and coarser (see WorldMap::pathFor)
    QRectF bounds;
    QPointF anchor; // where a marker or label goes: the centre of the largest part
};

// The world's borders, projected once: what every map view, export and report draws.
class WorldMap final {
public:
    // Builds the map from a TopoJSON topology whose "countries" features carry ISO
    // numeric ids; features are matched to `countries` by numeric code, then by name.
    // Throws TopoJsonError.
    static WorldMap fromTopoJson(const QByteArray &topojson, const QList<Country> &countries);
    // Natural Earth 1:50m borders bundled in the resources; built on first use.
    static const WorldMap &bundled();

    const QList<CountryShape> &shapes() const { return m_shapes; }
    const CountryShape *shape(const QString &code) const;
    // Land that belongs to no government in the list (disputed areas), drawn neutral.
    const QPainterPath &unassigned() const { return m_unassigned; }
    // The outline of the whole Earth in this projection.
    const QPainterPath &outline() const { return m_outline; }
    QRectF bounds() const { return m_outline.boundingRect(); }

    // The government at a point (projected units). Shapes smaller than `markerSize` are
    // drawn as markers of that diameter at their anchor and win over larger neighbours.
    QString hitTest(QPointF point, double markerSize) const;
    static bool needsMarker(const CountryShape &shape, double markerSize);

    // The coarsest copy of a shape whose simplification stays under ¾ of a pixel at
    // `pixelsPerUnit`: a world-scale view draws a fraction of the points.
    static const QPainterPath &pathFor(const CountryShape &shape, double pixelsPerUnit);
    // How far (projected units) each level of detail may move a border.
    static const QList<double> &lodTolerances();

private:
    QList<CountryShape> m_shapes;
    QHash<QString, qsizetype> m_index;
    QPainterPath m_unassigned;
    QPainterPath m_outline;
};

// One government's borders in longitude and latitude, before projection: the polygons of
// every feature of that state, cut at ±180° (see decodeTopoJson).
struct CountryBorders {
    QString code; // alpha-2
    QList<GeoPolygon> polygons;
};

// The "countries" features of a topology by government, matched to `countries` as
// WorldMap::fromTopoJson matches them, in the order of their first feature; land of no
// government is left out. Throws TopoJsonError.
QList<CountryBorders> countryBorders(const QByteArray &topojson, const QList<Country> &countries);
// The bundled borders (those of WorldMap::bundled) in longitude and latitude, decoded on
// each call: only an export needs them, and no copy is kept. Throws TopoJsonError.
QList<CountryBorders> bundledBorders();

// (longitude, latitude) in degrees to the map's projected units.
QPointF projectToMap(double longitude, double latitude);

} // namespace banatlas
