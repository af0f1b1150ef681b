#pragma once

#include "domain/entities.h"

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

// (longitude, latitude) in degrees to the map's projected units.
QPointF projectToMap(double longitude, double latitude);

} // namespace banatlas
