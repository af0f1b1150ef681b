#pragma once

#include "storage/backup.h"

#include <QStringList>

namespace banatlas::cli {

// True when the arguments ask for a headless command rather than the window.
bool wantsCommandLine(const QStringList &args);

// True when the command draws (map, report): it needs a GUI application, offscreen.
bool needsPainting(const QStringList &args);

// Runs the command in `args` (without the program name); returns the exit code.
// Errors are one line on stderr: "banatlas: ...". A command that makes backups (import)
// keeps the newest `backupsToKeep` of them.
int run(const QStringList &args, int backupsToKeep = kDefaultBackupsToKeep);

// The database file named by --db in `args`, or the per-user default.
QString databasePathFrom(const QStringList &args);

} // namespace banatlas::cli
