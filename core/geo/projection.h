#pragma once

#include <QPointF>

namespace banatlas {

// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018) on the unit sphere:
// longitude and latitude in degrees to x east and y north. Equal-area, so a country's
// share of the map is its share of the world.
QPointF equalEarth(double longitude, double latitude);

// Half the map's width (at the equator) and height (at the poles) on the unit sphere.
inline constexpr double kEqualEarthHalfWidth = 2.7066299836960743;
inline constexpr double kEqualEarthHalfHeight = 1.3173627591574;

} // namespace banatlas
