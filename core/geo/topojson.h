#pragma once

#include "domain/errors.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace banatlas {

// A ring of (longitude, latitude) points; the last point repeats the first.
using GeoRing = QList<QPointF>;

// An outer ring and its holes.
struct GeoPolygon {
    QList<GeoRing> rings;
};

struct GeoFeature {
    QString id;   // the feature's "id" (ISO numeric in Natural Earth), may be empty
    QString name; // properties.name
    QList<GeoPolygon> polygons;
};

class TopoJsonError : public Error {
public:
    using Error::Error;
};

// Decodes the Polygon and MultiPolygon geometries of one object of a TopoJSON topology:
// quantised, delta-encoded arcs (or plain ones without a transform), reversed arcs,
// holes, and multipolygons. Rings that cross the antimeridian are cut there, and a
// ring around a pole is closed along it, so that no shape streaks across the map.
// Throws TopoJsonError on malformed input.
QList<GeoFeature> decodeTopoJson(const QByteArray &json, const QString &objectName);

// Cuts a polygon at ±180° longitude into polygons that stay within it.
QList<GeoPolygon> splitAtAntimeridian(const GeoPolygon &polygon);

} // namespace banatlas
