#pragma once

#include "domain/types.h"

#include <QColor>

namespace banatlas {

// The colour of each map class. Chosen so that every pair stays apart (CIEDE2000 ≥ 18)
// for normal vision and under simulated protanopia, deuteranopia and tritanopia
// (Machado et al. 2009; resources/tools/check-palette.py, tst_classcolors), and so that
// severity reads as darkness: Banned (dark red) and Restricted (orange) differ in
// lightness as well as hue. "No measure in force" (grey) and "No data" (near white) never
// read as "allowed" (blue).
QColor classColor(StatusClass c);
// A pending measure (announced, not yet in force): a pale tint of the class colour, drawn
// with stripes in the class colour itself, the same on the map, the timeline and badges.
QColor pendingColor(StatusClass c);
// Black or white, whichever reads better on the class colour.
QColor classTextColor(StatusClass c);

} // namespace banatlas
