#pragma once

#include "domain/statusresolver.h"
#include "geo/worldmap.h"

namespace banatlas {

// What a GeoJSON map holds: every government with its status on one date.
struct GeoJsonContent {
    QList<Country> countries;        // one Feature each, in this order
    QHash<QString, Status> statuses; // by alpha-2 code; one missing here has no data
    QDate asOf;
    QStringList vendors; // empty: every vendor
};

// The map as a GeoJSON FeatureCollection (RFC 7946, WGS 84 longitude and latitude), one
// Feature per government: "id" and properties "code" (alpha-2), "name" (English), "class"
// (as the status command gives it), "pending" (true or false), "decisions" (the ids of
// the decisions in effect, as the status command lists them) and "deciding" (those of them
// at the highest severity: the reason for the class), as numbers. Geometry from
// `borders` (geoJsonGeometry: cut at ±180°, so Russia and Fiji are MultiPolygons), null
// for a government with no shape there (the EU, states too small for the borders). The
// foreign member "banatlas" gives the date ("as_of"), the vendors (empty: every vendor)
// and the program. One Feature per line.
QByteArray mapGeoJson(const GeoJsonContent &content, const QList<CountryBorders> &borders);

// Writes mapGeoJson(content, bundledBorders()) to `target` ("-": standard output) after
// checkOutputPath: never over the database or one of its own files, never over anything
// but a regular file, whole or not at all. Throws Error.
void writeMapGeoJson(const QString &target, const QString &databasePath,
                     const GeoJsonContent &content);

} // namespace banatlas
