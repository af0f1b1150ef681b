#include "interchange/exportfile.h"

#include "interchange/interchange.h"
#include "storage/outputfile.h"

using namespace Qt::StringLiterals;

namespace banatlas {

ExportFormat exportFormatForPath(const QString &path) {
    return path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? ExportFormat::Csv : ExportFormat::Json;
}

QStringList exportToFile(const Store &store, ExportFormat format, const QString &target,
                         const std::optional<QList<qint64>> &ids) {
    if (target != u"-"_s)
        checkOutputPath(target, store.path()); // before the work of an export
    const bool csv = format == ExportFormat::Csv;
    writeOutput(target, csv ? exportCsv(store, ids) : exportJson(store, ids), store.path());
    return csv ? csvExportLosses(store, ids) : QStringList();
}

} // namespace banatlas
