#pragma once

#include "domain/entities.h"

#include <QString>
#include <QStringList>

namespace banatlas {

// Local copies of sources (a PDF of a ministry's notice, a saved web page): files kept
// beside the database in `<folder>/<name>.files/`, each under a sanitised name that
// starts with its SHA-256, and checked against that SHA-256 whenever they are used.

QString localCopyFolder(const QString &databasePath);

// The file types that can be attached (and later handed to the desktop to open):
// documents and images, never programs or scripts.
const QStringList &localCopyTypes();

// A name safe on every file system: ASCII letters, digits, '.', '-' and '_' only, no
// leading dot, at most 100 characters, the extension kept and lower-cased.
QString sanitisedFileName(const QString &name);

struct LocalCopy {
    QString name;   // the file name inside localCopyFolder()
    QString sha256; // lower-case hex
};

// Copies `file` into the database's local-copy folder. Throws StoreError (unreadable,
// a type that is not allowed, too large, cannot be written).
LocalCopy attachLocalCopy(const QString &databasePath, const QString &file);
inline constexpr qint64 kMaxLocalCopyBytes = 200LL * 1024 * 1024;

// The absolute path of a source's local copy, after checking that it is a plain file
// inside the folder (no link, no path) whose SHA-256 is the one recorded. Throws
// StoreError saying what is wrong (missing, changed, not allowed).
QString verifiedLocalCopy(const QString &databasePath, const Source &source);

} // namespace banatlas
