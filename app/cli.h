#pragma once

#include <QStringList>

namespace banatlas::cli {

// True when the arguments ask for a headless command rather than the window.
bool wantsCommandLine(const QStringList &args);

// True when the command draws (map, report): it needs a GUI application, offscreen.
bool needsPainting(const QStringList &args);

// Runs the command in `args` (without the program name); returns the exit code.
// Errors are one line on stderr: "banatlas: ...".
int run(const QStringList &args);

// The database file named by --db in `args`, or the per-user default.
QString databasePathFrom(const QStringList &args);

} // namespace banatlas::cli
