#pragma once

#include "interchange/interchange.h"
#include "storage/store.h"

#include <QString>

#include <memory>

namespace banatlas {

// Opening a database lives here, above the store, because seeding a new one is an import.

// Imports the dataset bundled in the application's resources.
ImportSummary seedBundledDataset(Store &store);

enum class Seed { Bundled, None };
// Opens (or creates) a database; a newly created one is seeded unless asked not to. An
// existing one opened for writing gets its daily backup (see Store::backupDaily).
// `checkAtOpenUpTo`: as for Store.
// A team database's address (storage/serveraddress.h) opens it on its server, asking
// `ask` for a password when ~/.pgpass has none; it is never seeded (`banatlas team init`).
std::unique_ptr<Store> openDatabase(const QString &path, Seed seed = Seed::Bundled,
                                    Access access = Access::ReadWrite,
                                    qint64 checkAtOpenUpTo = kQuickCheckAtOpenBytes,
                                    const AskPassword &ask = {});
// The per-user default database file; its folder is created if needed.
QString defaultDatabasePath();

} // namespace banatlas
