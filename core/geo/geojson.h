#pragma once

#include "geo/topojson.h"

#include <QByteArray>

namespace banatlas {

// How many decimals a GeoJSON position keeps: 10⁻⁵° is about a metre, finer than the
// bundled borders (quantised to some hundred metres).
inline constexpr int kGeoJsonDecimals = 5;

// Polygons in longitude and latitude made fit for GeoJSON (RFC 7946 §3.1.6): positions
// rounded to kGeoJsonDecimals and within ±180°/±90°, repeated positions dropped, no two
// positions more than 90° of longitude apart (an edge along a pole gets more), every
// ring closed with at least four positions and some area (others are left out, and a
// polygon whose outer ring is left out with it), outer rings counterclockwise and holes
// clockwise. The polygons must not cross ±180° (decodeTopoJson cuts them there).
//
// A polygon around a pole needs one more step. Natural Earth's Antarctica is, on the
// sphere, an outer ring along 89.999°S (all of the globe but a cap around the pole) with
// the coast as its hole. Cut at ±180° and closed along the pole, in longitude and latitude
// the outer ring becomes slivers along the pole (one of them a mere line at -180°, with the
// coast's ring as its hole), and the coast's ring now encloses the land itself (the map's
// even-odd fill shows the land either way). Here a polygon whose outer ring lies within
// kPoleSliverDegrees of a pole loses that ring, and each of its other rings becomes the
// outer ring of a polygon of its own.
QList<GeoPolygon> geoJsonPolygons(const QList<GeoPolygon> &polygons);
inline constexpr double kPoleSliverDegrees = 0.01;

// The GeoJSON geometry of geoJsonPolygons(polygons), as compact JSON text: a Polygon for
// one, a MultiPolygon for several, `null` for none.
QByteArray geoJsonGeometry(const QList<GeoPolygon> &polygons);

} // namespace banatlas
