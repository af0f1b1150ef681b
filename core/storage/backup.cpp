#include "storage/backup.h"

#include "domain/errors.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QTemporaryFile>

#include "storage/sqliteapi.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// The translation context of this file's messages.
struct BackupText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Backup)
};

const QString kTimeFormat = u"yyyyMMdd'T'HHmmsszzz"_s;

// An SQLite connection of its own, closed on every path out.
struct Connection {
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close(db); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

// Copies the "main" database of `from` into that of `to` in one step.
void copyDatabase(sqlite3 *from, sqlite3 *to, const QString &what) {
    sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
    if (!b) {
        throw StoreError(BackupText::tr("%1: cannot start the backup: %2")
                             .arg(what, QString::fromUtf8(sqlite3_errmsg(to))));
    }
    const int step = sqlite3_backup_step(b, -1);
    const int finish = sqlite3_backup_finish(b);
    if (step != SQLITE_DONE || finish != SQLITE_OK) {
        throw StoreError(
            BackupText::tr("%1: the backup did not complete: %2")
                .arg(what, QString::fromUtf8(sqlite3_errstr(step != SQLITE_DONE ? step : finish))));
    }
}

int pragmaInt(sqlite3 *db, const char *sql) {
    sqlite3_stmt *stmt = nullptr;
    int value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

// The first row's text, or SQLite's reason when the statement fails (a file too damaged
// for the check to run says why rather than nothing).
QString pragmaText(sqlite3 *db, const char *sql) {
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(stmt);
    const QString value =
        rc == SQLITE_ROW
            ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)))
            : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return value;
}

struct ManifestEntry {
    qint64 sequence = 0;
    QString name;
    QString reason;
};

QString manifestPath(const QString &folder) {
    return folder + u'/' + QLatin1StringView(kBackupManifest);
}

// `<stem>-<yyyyMMddTHHmmsszzz>Z-<reason>[-n].banatlas`: captures the time and the reason.
const QRegularExpression &backupNamePattern() {
    static const QRegularExpression pattern(
        u"-(\\d{8}T\\d{9})Z-([a-z-]+?)(?:-\\d+)?\\.banatlas$"_s);
    return pattern;
}

// Whether `name` is the name of a backup of the database whose file name's stem is `stem`.
bool isBackupName(const QString &stem, const QString &name) {
    const QRegularExpressionMatch m = backupNamePattern().match(name);
    return m.hasMatch() && name.startsWith(stem) && name.size() - m.capturedLength() == stem.size();
}

// The manifest is a plain file of its own: never a link (writing through one could replace
// any file, the database included), a folder or anything else.
bool manifestIsPlainOrAbsent(const QString &folder) {
    struct stat st {};
    if (::lstat(QFile::encodeName(manifestPath(folder)).constData(), &st) != 0)
        return errno == ENOENT;
    return S_ISREG(st.st_mode);
}

// The backups this program wrote in `folder`, oldest first, each name once (where a
// manifest edited by hand lists a name twice, its later line counts). Lines that are not
// entries, numbers out of range and names that could reach out of the folder are skipped.
QList<ManifestEntry> readManifest(const QString &folder, const QString &stem) {
    QList<ManifestEntry> out;
    if (!manifestIsPlainOrAbsent(folder))
        return out;
    QFile f(manifestPath(folder));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    constexpr qint64 kLargestSequence = (qint64(1) << 53) - 1;
    QHash<QString, qsizetype> indexOfName;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        bool ok = false;
        const qint64 sequence = parts.value(0).toLongLong(&ok);
        const QString name = QString::fromUtf8(parts.value(1));
        if (!ok || sequence < 0 || sequence > kLargestSequence || parts.size() != 3 ||
            name.contains(u'/') || !isBackupName(stem, name))
            continue;
        const ManifestEntry entry{sequence, name, QString::fromUtf8(parts.value(2))};
        const auto seen = indexOfName.constFind(name);
        if (seen == indexOfName.cend()) {
            indexOfName.insert(name, out.size());
            out.append(entry);
        } else if (out[*seen].sequence <= sequence) {
            out[*seen] = entry;
        }
    }
    std::sort(out.begin(), out.end(), [](const ManifestEntry &a, const ManifestEntry &b) {
        return a.sequence < b.sequence;
    });
    return out;
}

// Writes the entries in their order, numbered again from 1 (numbers stay small whatever
// a manifest edited by hand said).
void writeManifest(const QString &folder, const QList<ManifestEntry> &entries) {
    QByteArray text;
    qint64 sequence = 0;
    for (const ManifestEntry &e : entries)
        text += QByteArray::number(++sequence) + '\t' + e.name.toUtf8() + '\t' + e.reason.toUtf8() +
                '\n';
    const QString path = manifestPath(folder);
    if (!manifestIsPlainOrAbsent(folder)) {
        throw StoreError(
            BackupText::tr("%1: the list of backups is not a plain file of its own (a link or "
                           "a folder); it is not written through")
                .arg(path));
    }
    // rename(2) replaces the name itself, never what a link there would point at.
    QTemporaryFile f(path + u".XXXXXX"_s);
    if (!f.open() || f.write(text) != text.size() || !f.flush() || ::fsync(f.handle()) != 0 ||
        ::rename(QFile::encodeName(f.fileName()).constData(),
                 QFile::encodeName(path).constData()) != 0) {
        throw StoreError(
            BackupText::tr("%1: cannot write the list of backups: %2").arg(path, f.errorString()));
    }
    f.setAutoRemove(false);
}

// A regular file of its own (not a link) in the folder.
bool isPlainFile(const QString &path) {
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
}

// Keeps the newest `count` by the order they were written (the last entry is the one just
// taken), and the newest of each reason; deletes only backups the manifest lists, never one
// it keeps.
void rotate(const QString &folder, const QList<ManifestEntry> &entries, int count) {
    QList<ManifestEntry> kept;
    QSet<QString> reasonsSeen;
    QStringList dropped;
    const int keep = std::clamp(count, 1, kMaxBackupsToKeep);
    for (qsizetype i = entries.size() - 1; i >= 0; --i) { // newest first
        const ManifestEntry &e = entries[i];
        const bool newest = kept.isEmpty();
        const bool firstOfReason = !reasonsSeen.contains(e.reason);
        reasonsSeen.insert(e.reason);
        if (newest || firstOfReason || kept.size() < keep)
            kept.prepend(e);
        else
            dropped.append(e.name);
    }
    QSet<QString> keptNames;
    for (const ManifestEntry &e : std::as_const(kept))
        keptNames.insert(e.name);
    // The manifest first: a failure to write it leaves every file in place.
    writeManifest(folder, kept);
    for (const QString &name : std::as_const(dropped)) {
        const QString path = folder + u'/' + name;
        if (!keptNames.contains(name) && isPlainFile(path))
            QFile::remove(path);
    }
}

} // namespace

QString backupFolder(const QString &databasePath) {
    const QFileInfo info(databasePath);
    return info.absolutePath() + u'/' + info.fileName() + u".backups"_s;
}

Backup backupConnection(QSqlDatabase &db, const QString &databasePath, const QString &reason,
                        std::optional<int> keep) {
    const QString folder = backupFolder(databasePath);
    struct stat st {};
    if (::lstat(QFile::encodeName(folder).constData(), &st) == 0 && !S_ISDIR(st.st_mode)) {
        throw StoreError(
            BackupText::tr("%1: is not a folder of its own (a link or a file); backups are "
                           "not written through it")
                .arg(folder));
    }
    if (!QDir().mkpath(folder))
        throw StoreError(BackupText::tr("%1: cannot create the backup folder").arg(folder));
    if (!manifestIsPlainOrAbsent(folder)) {
        throw StoreError(
            BackupText::tr("%1: the list of backups is not a plain file of its own (a link or "
                           "a folder); backups are not written there")
                .arg(manifestPath(folder)));
    }

    Backup backup;
    backup.created = QDateTime::currentDateTimeUtc();
    backup.reason = reason;
    QString name = QFileInfo(databasePath).completeBaseName() + u'-' +
                   backup.created.toString(kTimeFormat) + u"Z-"_s + reason;
    backup.path = folder + u'/' + name + u".banatlas"_s;
    for (int n = 2; QFileInfo::exists(backup.path); ++n) // two in the same millisecond
        backup.path = folder + u'/' + name + u'-' + QString::number(n) + u".banatlas"_s;
    const QString partial = backup.path + u".partial"_s;
    QFile::remove(partial);

    {
        Connection out;
        if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &out.db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
            const QString why = out.error();
            QFile::remove(partial);
            throw StoreError(BackupText::tr("%1: cannot create the backup: %2").arg(partial, why));
        }
        try {
            copyDatabase(sqliteHandleOf(db), out.db, databasePath);
        } catch (...) {
            sqlite3_close(out.db);
            out.db = nullptr;
            QFile::remove(partial);
            throw;
        }
    }
    if (!QFile::rename(partial, backup.path)) {
        QFile::remove(partial);
        throw StoreError(BackupText::tr("%1: cannot name the backup").arg(backup.path));
    }
    backup.bytes = QFileInfo(backup.path).size();
    const QString fileName = QFileInfo(backup.path).fileName();
    QList<ManifestEntry> entries = readManifest(folder, QFileInfo(databasePath).completeBaseName());
    entries.removeIf([&fileName](const ManifestEntry &e) { return e.name == fileName; });
    entries.append({entries.isEmpty() ? 1 : entries.last().sequence + 1, fileName, reason});
    if (keep)
        rotate(folder, entries, *keep);
    else
        writeManifest(folder, entries);
    return backup;
}

void rotateBackups(const QString &databasePath, int keep) {
    const QString folder = backupFolder(databasePath);
    const QList<ManifestEntry> entries =
        readManifest(folder, QFileInfo(databasePath).completeBaseName());
    if (!entries.isEmpty())
        rotate(folder, entries, keep);
}

QList<Backup> listBackups(const QString &databasePath) {
    const QString stem = QFileInfo(databasePath).completeBaseName();
    QList<Backup> out;
    const QDir dir(backupFolder(databasePath));
    for (const QFileInfo &f : dir.entryInfoList({stem + u"-*.banatlas"_s}, QDir::Files)) {
        if (!isBackupName(stem, f.fileName()))
            continue;
        const QRegularExpressionMatch m = backupNamePattern().match(f.fileName());
        Backup b;
        b.path = f.absoluteFilePath();
        const QDateTime local = QDateTime::fromString(m.captured(1), kTimeFormat);
        b.created = QDateTime(local.date(), local.time(), Qt::UTC);
        b.reason = m.captured(2);
        b.bytes = f.size();
        if (b.created.isValid())
            out.append(b);
    }
    // Newest first: those BanAtlas wrote by the order it wrote them (a clock that ran
    // ahead once does not push the latest down), then any others by their names' time.
    QHash<QString, qint64> order;
    for (const ManifestEntry &e : readManifest(backupFolder(databasePath), stem))
        order.insert(e.name, e.sequence);
    std::sort(out.begin(), out.end(), [&order](const Backup &a, const Backup &b) {
        const qint64 sa = order.value(QFileInfo(a.path).fileName(), -1);
        const qint64 sb = order.value(QFileInfo(b.path).fileName(), -1);
        if (sa != sb)
            return sa > sb;
        return a.created != b.created ? a.created > b.created : a.path > b.path;
    });
    return out;
}

int checkBackupFile(const QString &backupPath) {
    QFile f(backupPath);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(BackupText::tr("%1: cannot be read: %2").arg(backupPath, f.errorString()));
    if (f.read(16) != QByteArray("SQLite format 3\0", 16))
        throw StoreError(
            BackupText::tr("%1: not a BanAtlas database (not an SQLite file)").arg(backupPath));
    f.close();

    Connection in;
    if (sqlite3_open_v2(QFile::encodeName(backupPath).constData(), &in.db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        throw StoreError(BackupText::tr("%1: cannot open: %2").arg(backupPath, in.error()));
    }
    const QString check = pragmaText(in.db, "PRAGMA quick_check");
    if (check != u"ok"_s)
        throw StoreError(BackupText::tr("%1: damaged: %2").arg(backupPath, check));
    if (pragmaInt(in.db, "PRAGMA application_id") != kApplicationId)
        throw StoreError(BackupText::tr("%1: not a BanAtlas database").arg(backupPath));
    const int version = pragmaInt(in.db, "PRAGMA user_version");
    if (version < 1 || version > kSchemaVersion) {
        throw StoreError(
            BackupText::tr("%1: schema %2 cannot be restored by this version (reads 1 to %3)")
                .arg(backupPath)
                .arg(version)
                .arg(kSchemaVersion));
    }
    return version;
}

void copyBackupInto(QSqlDatabase &db, const QString &databasePath, const QString &backupPath) {
    Connection in;
    if (sqlite3_open_v2(QFile::encodeName(backupPath).constData(), &in.db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        throw StoreError(BackupText::tr("%1: cannot open: %2").arg(backupPath, in.error()));
    }
    copyDatabase(in.db, sqliteHandleOf(db), databasePath);
}

void copyDatabaseTo(QSqlDatabase &db, const QString &target) {
    // A link there, even one to nothing, is not followed: the copy would land elsewhere.
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink())
        throw StoreError(
            BackupText::tr("%1: already exists; a copy is written to a new file").arg(target));
    Connection out;
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &out.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW,
                        nullptr) != SQLITE_OK) {
        throw StoreError(BackupText::tr("%1: cannot create: %2").arg(target, out.error()));
    }
    copyDatabase(sqliteHandleOf(db), out.db, target);
}

} // namespace banatlas
