#include "storage/outputfile.h"

#include "domain/errors.h"
#include "storage/backup.h"
#include "storage/localcopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

// The translation context of this file's messages.
struct OutputFileText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::OutputFile)
};

struct Identity {
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const Identity &) const = default;
};

// The identity of what a path names, following symlinks; nullopt when nothing is there.
std::optional<Identity> identityOf(const QString &path, mode_t *mode = nullptr) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    if (mode)
        *mode = st.st_mode;
    return Identity{st.st_dev, st.st_ino};
}

// The database and every file that belongs to it.
QStringList filesOf(const QString &databasePath) {
    const QFileInfo db(databasePath);
    QStringList out{databasePath, databasePath + u"-wal"_s, databasePath + u"-shm"_s,
                    databasePath + u"-journal"_s,
                    db.absolutePath() + u"/."_s + db.fileName() + u".lock"_s};
    for (const QString &folder : {backupFolder(databasePath), localCopyFolder(databasePath)}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
            out.append(dir.filePath(name));
    }
    return out;
}

// Where `path` leads: its links followed one by one (at most 40), also when the last one
// points at a file that does not exist yet; an absolute path.
QString resolvedPath(const QString &path) {
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hop = 0; hop < 40; ++hop) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            break;
        const QString target = info.symLinkTarget(); // absolute, even when dangling
        if (target.isEmpty())
            break;
        current = target;
    }
    return current;
}

} // namespace

QString kindOfFile(mode_t mode) {
    return S_ISCHR(mode) || S_ISBLK(mode) ? OutputFileText::tr("a device")
           : S_ISFIFO(mode)               ? OutputFileText::tr("a pipe (FIFO)")
           : S_ISSOCK(mode)               ? OutputFileText::tr("a socket")
           : S_ISDIR(mode)                ? OutputFileText::tr("a folder")
                                          : OutputFileText::tr("not a regular file");
}

void checkOutputPath(const QString &target, const QString &databasePath) {
    if (target.isEmpty())
        throw Error(OutputFileText::tr("no output file given"));
    mode_t mode = 0;
    const auto identity = identityOf(target, &mode);
    if (identity) {
        if (S_ISDIR(mode))
            throw Error(OutputFileText::tr("%1: is a folder; give a file name").arg(target));
        if (!S_ISREG(mode)) {
            throw Error(
                OutputFileText::tr("%1: is %2; only a regular file is written (\"-\" for standard "
                                   "output)")
                    .arg(target, kindOfFile(mode)));
        }
    }
    if (databasePath.isEmpty())
        return;
    // The database's own files, whatever name or link points at them.
    if (identity) {
        for (const QString &file : filesOf(databasePath)) {
            if (identityOf(file) == identity) {
                throw Error(
                    OutputFileText::tr("%1: is the database %2 or one of its files; it is never "
                                       "overwritten")
                        .arg(target, databasePath));
            }
        }
    }
    // Nor the names its companions take when they come (the -wal, the lock, the backup and
    // local-copy folders): a file put there would be taken for one of them. Compared where
    // the target really leads, following links even to a file that does not exist yet.
    const QFileInfo real(resolvedPath(target));
    const QString folder = QFileInfo(real.absolutePath()).canonicalFilePath();
    const QFileInfo db(databasePath);
    const QString dbFolder = QFileInfo(db.absolutePath()).canonicalFilePath();
    const QString name = real.fileName();
    const QStringList companions{db.fileName() + u"-wal"_s,
                                 db.fileName() + u"-shm"_s,
                                 db.fileName() + u"-journal"_s,
                                 u"."_s + db.fileName() + u".lock"_s,
                                 QFileInfo(backupFolder(databasePath)).fileName(),
                                 QFileInfo(localCopyFolder(databasePath)).fileName()};
    if (!folder.isEmpty() && folder == dbFolder && companions.contains(name)) {
        throw Error(
            OutputFileText::tr("%1: is the name of one of the database's own files; it is never "
                               "written")
                .arg(target));
    }
    // And nothing new inside its backup or local-copy folders.
    for (const QString &own : {backupFolder(databasePath), localCopyFolder(databasePath)}) {
        const QString canonical = QFileInfo(own).canonicalFilePath();
        if (!canonical.isEmpty() && folder == canonical)
            throw Error(
                OutputFileText::tr("%1: is in %2, which belongs to the database").arg(target, own));
    }
}

void writeStandardOutput(const QByteArray &bytes) {
    errno = 0;
    const size_t written =
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    if (written != static_cast<size_t>(bytes.size()) || std::fflush(stdout) != 0 ||
        std::ferror(stdout)) {
        const int error = errno;
        std::clearerr(stdout);
        throw Error(OutputFileText::tr("cannot write to standard output: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(error ? error : EIO))));
    }
}

void writeOutput(const QString &target, const QByteArray &bytes, const QString &databasePath) {
    if (target == u"-"_s) {
        writeStandardOutput(bytes);
        return;
    }
    checkOutputPath(target, databasePath);
    QSaveFile f(target);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw Error(OutputFileText::tr("%1: cannot write: %2").arg(target, f.errorString()));
}

} // namespace banatlas
