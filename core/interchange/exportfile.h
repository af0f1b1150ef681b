#pragma once

#include "storage/store.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace banatlas {

enum class ExportFormat { Csv, Json };

// The format a file name asks for: CSV for a name ending in ".csv" (any case), JSON for
// any other.
ExportFormat exportFormatForPath(const QString &path);

// Writes the whole of `store` in `format` (the interchange formats of DOMAIN.md) to
// `target`, "-" being standard output; with `ids`, only those decisions, in that order,
// and the vendors they need (exportJson). The target is checked before the work of the
// export and written through writeOutput: never over the database or one of its own
// files, never over anything but a regular file, whole or not at all. Returns what the
// file leaves out, a sentence each (csvExportLosses for CSV; nothing for JSON, which keeps
// everything). Throws Error (an id no decision has included: nothing is written);
// std::bad_alloc when the export does not fit in memory.
QStringList exportToFile(const Store &store, ExportFormat format, const QString &target,
                         const std::optional<QList<qint64>> &ids = std::nullopt);

} // namespace banatlas
