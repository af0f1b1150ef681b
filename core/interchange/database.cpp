#include "interchange/database.h"

#include "interchange/interchangetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// Seeds a database created just now; on failure, leaves nothing half-made behind.
void seedNewDatabase(std::unique_ptr<Store> &store, const QString &path) {
    try {
        seedBundledDataset(*store);
    } catch (...) {
        store.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1StringView(suffix));
        throw;
    }
}

} // namespace

ImportSummary seedBundledDataset(Store &store) {
    QFile f(u":/banatlas/dataset/banatlas.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(InterchangeText::tr("the bundled dataset is missing from this build"));
    return importJson(store, f.readAll(), u"bundled dataset"_s);
}

std::unique_ptr<Store> openDatabase(const QString &path, Seed seed, Access access,
                                    qint64 checkAtOpenUpTo, const AskPassword &ask) {
    auto store = std::make_unique<Store>(path, access, checkAtOpenUpTo, ask);
    if (store->wasCreated() && seed == Seed::Bundled) {
        seedNewDatabase(store, path);
    } else if (!store->wasCreated() && !store->isReadOnly()) {
        try {
            store->backupDaily();
        } catch (const StoreError &e) {
            // The database itself is fine; a failed backup must not keep it closed.
            qWarning("%s", qPrintable(e.message()));
        }
    }
    return store;
}

QString defaultDatabasePath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + u"/default.banatlas"_s;
}

} // namespace banatlas
