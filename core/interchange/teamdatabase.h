#pragma once

#include "storage/teamserver.h"

namespace banatlas {

// Makes the database at `address` a team database holding what a new file holds: the
// governments and their groups and, unless `empty`, the bundled dataset, made by the
// file's own rules in a scratch file and copied (storage/teamserver.h). Throws StoreError.
TeamSetup initTeamDatabase(const ServerAddress &address, bool empty, const AskPassword &ask = {});

} // namespace banatlas
