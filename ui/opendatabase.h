#pragma once

#include "interchange/database.h"
#include "storage/store.h"

#include <memory>

class QWidget;

namespace banatlas {

// Opens a database for the window, explaining in a dialog whatever stands in the way:
// a read-only file or folder opens read-only (the window says so); a file another
// BanAtlas has open for writing is offered read-only; anything else (not a BanAtlas
// file, damaged, newer) is refused with the reason. Null when nothing was opened; the
// file is never changed by a refusal.
std::unique_ptr<Store> openDatabaseForWindow(QWidget *parent, const QString &path,
                                             Seed seed = Seed::Bundled);

} // namespace banatlas
