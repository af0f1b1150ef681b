#pragma once

#include <QByteArray>
#include <QStringList>

#include <utility>

namespace banatlas {

// Line/column (1-based) of the value at `path` (object keys and array indexes) in a
// JSON text; the deepest enclosing value that exists when the path does not. Tolerant of
// text that is not JSON: it always moves forward, and stops at the end.
std::pair<int, int> jsonPosition(const QByteArray &json, const QStringList &path);

} // namespace banatlas
