#pragma once

#include "interchange/importpreview.h"
#include "storage/store.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace banatlas {

// A local copy of a team database (File ▸ Save a local copy…, Store::copyTo) brought back:
// its meta says where it came from (`copied_from`), which copy it is (`copy_id`), the last
// entry of the team's history it holds (`copied_through_audit`) and every decision's
// version as copied (`copied_versions`). What the copy changed since is in its own history
// after that entry, or after the last of it already brought back (each return is logged
// in the team's history as an import naming the copy and how far it went); whether the
// team changed the same decisions meanwhile, in their versions now.

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
    QString by;                // Conflict: who ("user@host"; "another analyst" if unknown)
    qint64 copiedVersion = 0;  // its version when the copy was made (0: not in it then)
    qint64 teamVersion = 0;    // Changed, Deleted: the version written over
    // The decision as the copy has it (Added, Changed; a conflict's when the copy kept it),
    // and as the team has it (Changed, Deleted, Conflict when the team kept it): what was
    // reviewed is what is written, whatever the copy holds by then.
    std::optional<Decision> mine;
    std::optional<Decision> theirs;
    // Conflict: the decision as the copy was made (its history's first change of it after
    // the copy), when known; and how the user settled it (the team's stays by default).
    std::optional<Decision> base;
    ConflictSettlement settled;
    // Conflict: whether a merge by field can settle it (both sides still hold it).
    bool canMerge() const { return mine && theirs; }
};

struct CopyChanges {
    QString copiedFrom;
    QString copyId;
    QDateTime copiedAt;
    qint64 through = 0;        // the copy's last history entry these changes reach
    QList<CopyChange> changes; // by id in the copy
    qsizetype count(CopyChange::Kind kind) const;
};

// What bringing `copy` back into `team` would do; both only read. Throws StoreError when
// `copy` is not a local copy of `team` (the same server, port and database; any user).
CopyChanges changesOfCopy(const Store &copy, const Store &team);

// Settles the conflicts of `changes` that `settlements` names, each when it was made
// against the team's version the conflict has now (and a merge only where one can be).
// Returns the ids whose settlement no longer holds: the team changed them again.
QList<qint64> settleConflicts(CopyChanges &changes, const ConflictSettlements &settlements);

// Writes `changes` (from changesOfCopy on `copy` and `team`) into `team`, in one
// transaction logged as one import of `copy` (which the next return starts after): the
// added decisions with new ids (and the vendors they name that the team lacks, as the copy
// has them), the changes and deletions each from the version the team had when they were
// found; conflicts as settled (those not settled are left as the team has them). When the
// team changed one of them since (ConflictError), nothing is written. Returns the team's
// ids of the added decisions.
QList<qint64> applyCopyChanges(Store &team, const Store &copy, const CopyChanges &changes);

} // namespace banatlas
