// Importing a file: its format by extension, read whole with a size limit, after a backup.

#include "interchange/interchange.h"

#include "interchange/interchangetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

[[noreturn]] void failTooLarge(const QString &path, qint64 bytes) {
    throw ImportError(path, 1, 1,
                      InterchangeText::tr("the file has %1 bytes; an import may be at most %2 MiB")
                          .arg(bytes)
                          .arg(kMaxImportBytes / (1024 * 1024)));
}

// Read into memory, not mapped: a mapped file that another program shortens during the
// import kills the process (SIGBUS); a copy is what the import reads, whatever happens
// to the file meanwhile. The importers then go record by record.
QByteArray readFileBytes(const QString &path, const QFileInfo &info) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw ImportError(path, 1, 1,
                          InterchangeText::tr("cannot read the file: %1").arg(f.errorString()));
    if (!info.isFile()) {
        // A pipe or a device cannot be mapped: read, with a tighter limit.
        QByteArray data = f.read(kMaxReadImportBytes + 1);
        if (data.size() > kMaxReadImportBytes) {
            throw ImportError(
                path, 1, 1,
                InterchangeText::tr("the input is larger than %1 MiB; save it as a file to import "
                                    "more")
                    .arg(kMaxReadImportBytes / (1024 * 1024)));
        }
        return data;
    }
    QByteArray data = f.readAll();
    if (f.error() != QFileDevice::NoError)
        throw ImportError(path, 1, 1,
                          InterchangeText::tr("cannot read the file: %1").arg(f.errorString()));
    if (data.size() > kMaxImportBytes) // it grew since it was measured
        failTooLarge(path, data.size());
    return data;
}

// The file's format, by its extension: "csv" or "json".
QString formatOf(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"csv"_s && suffix != u"json"_s)
        throw ImportError(path, 1, 1, InterchangeText::tr("expected a .csv or .json file"));
    return suffix;
}

} // namespace

QByteArray readImportFile(const QString &path) {
    formatOf(path);
    const QFileInfo info(path);
    if (info.size() > kMaxImportBytes)
        failTooLarge(path, info.size());
    return readFileBytes(path, info);
}

ImportSummary importData(Store &store, const QString &path, const QByteArray &data,
                         const ImportProgress &progress, ImportRecord *record) {
    return formatOf(path) == u"csv"_s ? importCsv(store, data, path, progress, record)
                                      : importJson(store, data, path, progress, record);
}

ImportSummary importFileData(Store &store, const QString &path, const QByteArray &data,
                             const ImportProgress &progress) {
    formatOf(path);
    // A copy of the database as it was, whatever the import does; a team database's
    // copies are its server's (the audit log names the import and what it changed).
    if (store.engine() == Engine::Postgres)
        return importData(store, path, data, progress);
    const Backup before = store.backup(u"import"_s);
    ImportSummary summary = importData(store, path, data, progress);
    summary.backupPath = before.path;
    return summary;
}

ImportSummary importFile(Store &store, const QString &path, const ImportProgress &progress) {
    return importFileData(store, path, readImportFile(path), progress);
}

} // namespace banatlas
