#pragma once

#include "types.h"

#include <QColor>

namespace banatlas {

// The colour of each map class, from the Okabe–Ito palette (distinguishable with the
// common colour-vision deficiencies). "No measure in force" and "No data" differ in
// lightness as well as hue, so that "nothing known" never reads as "allowed".
QColor classColor(StatusClass c);
// Black or white, whichever reads better on the class colour.
QColor classTextColor(StatusClass c);

} // namespace banatlas
