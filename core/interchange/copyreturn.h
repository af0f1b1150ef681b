#pragma once

#include "interchange/importpreview.h"
#include "storage/store.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace banatlas {

// A local copy of a team database (File ▸ Save a local copy…, Store::copyTo) brought back:
// its meta says where it came from (`copied_from`), the last entry of the team's history
// it holds (`copied_through_audit`) and every decision's version as copied
// (`copied_versions`). What the copy changed since is in its own history after that
// entry; whether the team changed the same decisions meanwhile, in their versions now.

struct CopyChange {
    enum class Kind {
        Added,    // new in the copy: the team gives it an id of its own
        Changed,  // changed in the copy only
        Deleted,  // deleted in the copy only
        Conflict, // changed or deleted in the copy, and changed or deleted by the team since
    };
    Kind kind = Kind::Changed;
    qint64 id = 0; // in the copy (for Added, the team's id is given when it is added)
    QString country;
    QString title;             // the copy's (the team's, when the copy deleted it)
    QList<FieldChange> fields; // Changed, Conflict: the team's now → the copy's
    QString conflict;          // Conflict: what the team did since, and who
    qint64 teamVersion = 0;    // Changed, Deleted: the version written over
};

struct CopyChanges {
    QString copiedFrom;
    QDateTime copiedAt;
    QList<CopyChange> changes; // by id in the copy
    qsizetype count(CopyChange::Kind kind) const;
};

// What bringing `copy` back into `team` would do; both only read. Throws StoreError when
// `copy` is not a local copy of `team`.
CopyChanges changesOfCopy(const Store &copy, const Store &team);

// Writes `changes` (from changesOfCopy on `copy` and `team`) into `team`, in one
// transaction: the added decisions with new ids (and the vendors they name that the team
// lacks), the changes and deletions each from the version the team had when they were
// found. Conflicts are left as the team has them. When the team changed one of them since
// (ConflictError), nothing is written. Returns the team's ids of the added decisions.
QList<qint64> applyCopyChanges(Store &team, const Store &copy, const CopyChanges &changes);

} // namespace banatlas
