#pragma once

#include "storage/store.h"

#include <QString>

namespace banatlas {

// One step of an entity's change history, in words: "<when>  created", "<when>  deleted",
// or "<when>  changed: title, measure" naming the fields whose values differ between the
// entry's before and after snapshots (a field only one of them has counts as changed),
// then who made it when known: "  by ann@10.0.0.7". The time is local. Translated in the
// "banatlas::History" context.
QString describeChange(const AuditEntry &entry);

} // namespace banatlas
