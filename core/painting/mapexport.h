#pragma once

#include "painting/mappainter.h"

namespace banatlas {

// Writes the map figure to FILE.png (raster), FILE.svg or FILE.pdf (vector), chosen by
// the extension, after checking that `path` may be written beside the database
// `databasePath` (checkOutputPath: never the database or its own files). Throws Error
// when it may not or cannot be written.
void writeMap(const QString &path, const QString &databasePath, const WorldMap &map,
              const MapContent &content, const QString &title, const QString &subtitle);

} // namespace banatlas
