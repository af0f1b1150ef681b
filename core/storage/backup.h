#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace banatlas {

// A snapshot of a database, taken with SQLite's online backup while it was open.
struct Backup {
    QString path;
    QDateTime created; // UTC
    QString reason;    // import, migration, daily, manual, before-restore
    qint64 bytes = 0;
};

// Backups of `<folder>/<name>` live in `<folder>/<name>.backups/`, named
// `<stem>-<yyyyMMddTHHmmsszzz>Z-<reason>.banatlas`. The folder's manifest
// (kBackupManifest) lists, a line each, `<sequence>\t<file name>\t<reason>` for every backup
// BanAtlas wrote there, in the order it wrote them: rotation goes by that order, not by
// the names' clock, and deletes only what the manifest lists. A backup folder that is a
// symlink is refused.
QString backupFolder(const QString &databasePath);
inline constexpr char kBackupManifest[] = ".banatlas-backups";

// How many backups of a database are kept (the newest of each reason always are); older
// ones are deleted after each new one. Whoever makes backups says how many it keeps (see
// Store::setBackupsToKeep); the app reads the count from its settings.
inline constexpr int kDefaultBackupsToKeep = 10;
inline constexpr int kMaxBackupsToKeep = 1000;

// Copies the open database `db` (of the file `databasePath`) into a new backup file with
// the online backup API, then deletes the oldest beyond `keep` (clamped to 1…
// kMaxBackupsToKeep); with no `keep`, deletes none. The copy is written under a temporary
// name and renamed when complete. Throws StoreError.
Backup backupConnection(QSqlDatabase &db, const QString &databasePath, const QString &reason,
                        std::optional<int> keep);

// Deletes the oldest backups of `databasePath` beyond `keep`, as a new backup would.
// Throws StoreError when the list of backups cannot be written.
void rotateBackups(const QString &databasePath, int keep);

// The backups of a database, newest first.
QList<Backup> listBackups(const QString &databasePath);

// Checks that `backupPath` is a complete BanAtlas database this version can read;
// returns its schema version. Throws StoreError saying what is wrong.
int checkBackupFile(const QString &backupPath);

// Replaces the content of the open database `db` with that of `backupPath`, in one step
// of the online backup API (readers see the old or the new content, never a mix).
void copyBackupInto(QSqlDatabase &db, const QString &databasePath, const QString &backupPath);

// Copies the open database `db` into a new file `target` (which must not exist) with the
// online backup API: a scratch copy, not a backup (no manifest, no rotation). Reads `db`
// only, so a connection opened read-only can be copied. Throws StoreError.
void copyDatabaseTo(QSqlDatabase &db, const QString &target);

} // namespace banatlas
