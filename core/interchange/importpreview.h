#pragma once

#include "domain/statusresolver.h"
#include "interchange/interchange.h"
#include "storage/store.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>

namespace banatlas {

// One field of a decision that an import would change: its name as DOMAIN.md gives it
// ("title", "effective", "sources[2].url"), its values as the interchange formats write
// them (empty: none).
struct FieldChange {
    QString field;
    QString before;
    QString after;
    bool operator==(const FieldChange &) const = default;
};

// A stored decision that an import would change, field by field.
struct DecisionChange {
    qint64 id = 0;
    QString country; // as the file gives it
    QString title;   // as the file gives it
    QList<FieldChange> fields;
};

// How a government's class (for all vendors, or for one) would change on the preview's date.
struct StatusChange {
    QString country;
    QString vendor; // empty: all vendors together
    StatusClass before = StatusClass::NoData;
    StatusClass after = StatusClass::NoData;
    bool pendingBefore = false;
    bool pendingAfter = false;
};

struct CopyChanges;

// How the user settled a conflict (in the window's review): the team's stays (Theirs); the
// copy's is written over it, or deletes it when the copy deleted it, or comes back as a
// new decision when the team deleted it (Mine); or the team's with fields chosen from the
// copy is written (Merged). Settled against the team's version then: should the team
// change the decision again, the settlement no longer holds.
struct ConflictSettlement {
    enum class Take { Theirs, Mine, Merged };
    Take take = Take::Theirs;
    qint64 teamVersion = 0;         // 0: the team had deleted it
    std::optional<Decision> merged; // Merged: what is written, at teamVersion
};
using ConflictSettlements = QHash<qint64, ConflictSettlement>; // by id in the copy

// What importing a file would do. Worked out by the import itself, with its own rules, on
// a scratch copy of the database: the database is only read (previewImport). For a team's
// local copy brought back (previewCopyReturn), what the copy changed, set against the team.
struct ImportPreview {
    QString fileName; // as given: what messages name
    QByteArray data;  // the bytes previewed: importing the preview imports these
    QByteArray sha256;
    QDate asOf;            // the date of the class changes
    ImportSummary summary; // the counts and notes the import would give
    QList<Decision> added; // with the ids they would get, 0 where a server will give one
                           // (listing fields only: ImportRecord)
    QList<DecisionChange> changed;
    QList<ImportRecord::NewVendor> vendorsCreated;
    QStringList vendorsUpdated;
    // Governments whose class for all vendors would change, by code.
    QList<StatusChange> classChanges;
    // The (government, vendor) pairs that would change, for the governments and vendors
    // the file's decisions name (before and after), by code and vendor.
    QList<StatusChange> pairChanges;
    // The database previewed (Store::path, Store::generation): importPreviewed checks
    // that it has not changed since.
    QString databasePath;
    quint64 generation = 0;
    // A local copy brought back: what importPreviewed writes (applyCopyChanges), and what
    // it does not: the decisions the copy deleted, and its conflicts with what the team
    // changed since the copy (left as the team has them; `fields`: theirs → the copy's,
    // `title` the copy's). `added` have no ids yet (0): the team gives them.
    std::shared_ptr<const CopyChanges> copy;
    QList<DecisionChange> deleted;
    QList<DecisionChange> conflicts;
    QStringList conflictReasons; // for each of `conflicts`: what the team did, and who (and
                                 // how the user settled it)
    QList<int> conflictTakes;    // for each: 0 left as the team has it, 1 the copy's taken,
                                 // 2 merged by field (settled: `fields` the team's → written)
    int conflictsUpdated = 0;    // settled conflicts that write over the team's
    int conflictsAdded = 0;      // … that bring back one the team deleted, as new
    int conflictsDeleted = 0;    // … that delete it, as the copy did
    QList<qint64> settlementsOutdated; // settlements asked for that no longer hold: the team
                                       // changed those decisions again
    int conflictsSettled() const {
        return int(std::count_if(conflictTakes.cbegin(), conflictTakes.cend(),
                                 [](int t) { return t != 0; }));
    }

    // The report the command line prints (`import --dry-run`), a line each.
    QStringList lines() const;
};

// The fields in which `after` differs from `before`, in DOMAIN.md's order (id excepted).
QList<FieldChange> decisionDiff(const Decision &before, const Decision &after);

// Previews importing `data`, the bytes of `fileName` (.csv or .json), into `store`, which
// is only read and may be opened read-only: the import runs, exactly as importFile would
// run it but without a backup, on a copy of the database in a temporary folder (deleted
// afterwards), and the class changes on `asOf` come from the status rules on the facts of
// both. Throws as the import would (ImportError at the line and column, CancelledError
// when `progress` says stop) and StoreError.
ImportPreview previewImport(const Store &store, const QString &fileName, const QByteArray &data,
                            QDate asOf, const ImportProgress &progress = {});

// Why `preview` no longer says what importing it would do to `store` — the file's bytes
// differ from those previewed (or it cannot be read), or the store is another or has
// written since — or empty when it still does.
QString outdatedPreview(const Store &store, const ImportPreview &preview);
// Imports the bytes `preview` previewed, as importFile does (an "import" backup first),
// unless outdatedPreview says why not: then StoreError, and nothing is written.
ImportSummary importPreviewed(Store &store, const ImportPreview &preview,
                              const ImportProgress &progress = {});

// Whether `path` names a BanAtlas database (a team's local copy to bring back) rather than
// a file of decisions.
bool isDatabaseFile(const QString &path);

// What bringing the local copy at `copyPath` back into the team database `team` would do
// (changesOfCopy), on `asOf`: the class changes from the changes applied to a scratch copy
// of the team's data. `team` and the copy are only read. Throws StoreError.
// `settlements`: the conflicts the user settled (settleConflicts); the others are left as
// the team has them.
ImportPreview previewCopyReturn(const Store &team, const QString &copyPath, QDate asOf,
                                const ConflictSettlements &settlements = {});

} // namespace banatlas
