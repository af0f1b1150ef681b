#pragma once

#include "painting/mappainter.h"

namespace banatlas {

// Writes the map figure to FILE.png (raster), FILE.svg or FILE.pdf (vector), chosen by
// the extension. Throws Error when the file cannot be written.
void writeMap(const QString &path, const WorldMap &map, const MapContent &content,
              const QString &title, const QString &subtitle);

} // namespace banatlas
