#pragma once

#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace banatlas {

// Where an export, a report or a map may go. Throws Error, with one line saying why, when
// `target` is the database `databasePath` or one of its own files (its -wal, -shm and
// -journal, its lock, its backups and local copies), compared by device and inode so that
// no symlink or hard link hides it; or when it exists and is not a regular file (a folder,
// a device such as /dev/null, a FIFO, a socket). Writers then write a temporary file in
// the target's folder and rename it over the target (QSaveFile), so a failure leaves
// what was there as it was.
void checkOutputPath(const QString &target, const QString &databasePath);

// Writes `bytes` to `target` after checkOutputPath, through a temporary file and a
// rename; "-" is standard output, whose errors (a full disk, a closed pipe) are reported
// too. Throws Error.
void writeOutput(const QString &target, const QByteArray &bytes, const QString &databasePath);

// What a file that is not a regular one is, in words: "a device", "a pipe (FIFO)", "a
// socket", "a folder"; for messages that refuse it.
QString kindOfFile(mode_t mode);

// Writes to standard output and checks that it arrived (fwrite, fflush, ferror).
void writeStandardOutput(const QByteArray &bytes);

} // namespace banatlas
