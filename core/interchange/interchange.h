#pragma once

#include "storage/store.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace banatlas {

struct ImportSummary {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int vendorsCreated = 0;
    int vendorsUpdated = 0; // vendors whose stored fields an import changed
    // Things to check: a new vendor one letter away from an existing one ("Huawei" and
    // "Huawe1"), which may be a typing slip rather than a new vendor.
    QStringList notes;
    bool notesCut = false; // more than the notes listed; the checking stopped there
    // importFile: the backup of the database as it was before (restoring it undoes the
    // import); empty for the other import functions.
    QString backupPath;
};

// What an import did, decision by decision: kept only when asked for (an import
// preview), since a large import would otherwise hold every decision twice.
struct ImportRecord {
    // As the file gives them, with the ids they were given: their id, government,
    // vendors, measure, announcement and title only (not their summaries and sources).
    QList<Decision> added;
    QSet<qint64> idsDrawn; // of `added`, those the import chose (the file gave none)
    struct Change {
        Decision before; // as stored
        Decision after;  // as the file gives it (a CSV row with the stored sources it keeps)
    };
    QList<Change> changed;
    struct NewVendor {
        QString name;
        QString near; // a known name one letter away (see ImportSummary::notes), or empty
    };
    QList<NewVendor> vendorsCreated;
    QStringList vendorsUpdated; // names, as stored
};

// Told how far an import has read (0…1) now and then; returning false cancels it: the
// import throws CancelledError and writes nothing.
using ImportProgress = std::function<bool(double fraction)>;

// Imports decisions in the CSV or JSON interchange format of DOMAIN.md. All or nothing:
// the first problem throws ImportError naming `fileName`, the line, the column and what
// was expected, and the database is left exactly as it was. A decision whose id exists
// is updated (a CSV row keeps the stored sources it does not repeat); one without an id
// is added; unknown vendors are created.
// The import is one entry of the audit log, with a compact row per decision it changed.
// `record`, when given, gets what was done to each decision and vendor.
ImportSummary importCsv(Store &store, const QByteArray &data, const QString &fileName,
                        const ImportProgress &progress = {}, ImportRecord *record = nullptr);
ImportSummary importJson(Store &store, const QByteArray &data, const QString &fileName,
                         const ImportProgress &progress = {}, ImportRecord *record = nullptr);
// The largest file an import reads (and an export writes: what is exported can always be
// imported again).
inline constexpr qint64 kMaxImportBytes = 2LL * 1024 * 1024 * 1024;
// From a pipe or a device, which cannot be mapped but must be read into memory.
inline constexpr qint64 kMaxReadImportBytes = 256LL * 1024 * 1024;
// One record of a JSON file (a decision, a vendor…), at most: the largest valid decision
// (100 sources and 100 vendors at their longest, every character escaped) is under 3 MiB.
inline constexpr qsizetype kMaxJsonRecordBytes = 4 * 1024 * 1024;
// Chooses the format by extension (.csv or .json). Files over kMaxImportBytes are refused
// before they are read. Makes an "import" backup of the database first.
ImportSummary importFile(Store &store, const QString &path, const ImportProgress &progress = {});
// The bytes of a file to import, read whole (refused as importFile refuses them: not .csv
// or .json, too large, unreadable). Throws ImportError.
QByteArray readImportFile(const QString &path);
// importFile on bytes read before (readImportFile) rather than the file as it is now: an
// import of exactly what was previewed. `path` names the format and the file in messages.
ImportSummary importFileData(Store &store, const QString &path, const QByteArray &data,
                             const ImportProgress &progress = {});
// The CSV or JSON import of `data` by the extension of `path`, without a backup (an
// import preview's, into its scratch copy). Throws ImportError.
ImportSummary importData(Store &store, const QString &path, const QByteArray &data,
                         const ImportProgress &progress = {}, ImportRecord *record = nullptr);

// The exports write every decision, or with `ids` only those decisions, in the order
// given (an id given twice, once; an empty list: a file with no decision), with the
// vendors they name and those vendors' parents; an id no decision has throws Error naming
// it. Countries and groups are written whole either way. The file imports into an empty
// database as exactly those decisions.
QByteArray exportCsv(const Store &store, const std::optional<QList<qint64>> &ids = std::nullopt);
// What a CSV export of `store` (or of the decisions `ids`) leaves out (one sentence each;
// empty when nothing is): several sources per decision, source access dates and local
// copies, vendor details. JSON keeps everything.
QStringList csvExportLosses(const Store &store,
                            const std::optional<QList<qint64>> &ids = std::nullopt);
// Every field of every entity; import into an empty database and export again gives
// the same bytes.
QByteArray exportJson(const Store &store, const std::optional<QList<qint64>> &ids = std::nullopt);

// The CSV columns, in export order.
QStringList csvColumns();

} // namespace banatlas
