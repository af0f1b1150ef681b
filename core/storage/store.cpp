#include "storage/store.h"

#include "domain/validation.h"
#include "formats/csv.h"
#include "formats/jsoncodec.h"
#include "storage/backup.h"
#include "storage/bulkinsert.h"
#include "storage/engine.h"
#include "storage/facts.h"
#include "storage/migrations.h"
#include "storage/outputfile.h"
#include "storage/ownconnection.h"
#include "storage/pgschema.h"
#include "storage/searchindex.h"
#include "storage/searchrank.h"
#include "storage/serveraddress.h"
#include "storage/serverbulkinsert.h"
#include "storage/sqliteapi.h"
#include "storage/teamserver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <libpq-fe.h>
#include <pwd.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <deque>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

QString json(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Who is writing on this machine, for the audit log of a file: the login of the process's
// user (not $USER, which anyone sets), else its number.
QString loginName() {
    static const QString name = [] {
        if (const passwd *pw = getpwuid(geteuid()))
            return QString::fromLocal8Bit(pw->pw_name);
        return QString::number(geteuid());
    }();
    return name;
}

// Text columns are NOT NULL; a null QString would bind as NULL.
QString notNull(const QString &s) {
    return s.isNull() ? u""_s : s;
}

QVariant dateOrNull(const PartialDate &d) {
    return d.isNull() ? QVariant() : QVariant(d.toString());
}

// Writable for this user, and not marked read-only: the permission bits are honoured
// even for root, who could write anyway.
bool isWritablePath(const QString &path) {
    const QFileInfo info(path);
    constexpr auto anyWrite =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

// Hidden beside the database: ".<name>.lock".
QString lockFilePath(const QString &path) {
    const QFileInfo info(path);
    return info.absolutePath() + u"/."_s + info.fileName() + u".lock"_s;
}

// Whether another connection holds SQLite's write lock on the file: tries to take it
// (BEGIN IMMEDIATE) on a connection of its own and lets go at once.
bool sqliteWriterActive(const QString &path) {
    OwnConnection probe(u"QSQLITE"_s, u"probe"_s);
    QSqlDatabase &db = probe.database();
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s); // ask, do not wait
    db.setDatabaseName(path);
    if (!db.open())
        return false;
    QSqlQuery q(db);
    const bool active = !q.exec(u"BEGIN IMMEDIATE"_s);
    if (!active)
        q.exec(u"ROLLBACK"_s);
    return active;
}

// SQL that reads a text column no longer than `max` characters (and its whole length):
// a hostile file's summary of megabytes never reaches memory whole.
QString bounded(const char *column, qsizetype max) {
    return u"substr(%1, 1, %2), length(%1)"_s.arg(QLatin1StringView(column)).arg(max);
}

// Text as stored, within the limits an import enforces. A file written by something else
// may hold texts of megabytes or control characters: they are cut, with a visible mark,
// or replaced by U+FFFD, and `cut` says so; never shown or printed as they are.
QString readText(const QVariant &value, qsizetype max, bool &cut, qint64 fullLength = -1) {
    QString s = value.toString();
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r') || (u >= 0x7f && u < 0xa0)) {
            c = QChar(0xFFFD);
            cut = true;
        }
    }
    const qint64 full = std::max<qint64>(fullLength, s.size());
    if (full > max) {
        // Text and mark together within the limit, so that an export of it can be imported
        // again: the mark's length depends on the count it gives, hence the second round.
        qsizetype keep = std::min<qsizetype>(max, s.size());
        QString mark;
        for (int round = 0; round < 2; ++round) {
            mark = Store::tr(" … [cut: %1 more characters]").arg(full - keep);
            keep = std::max<qsizetype>(0, std::min<qsizetype>(s.size(), max - mark.size()));
        }
        if (keep > 0 && s[keep - 1].isHighSurrogate())
            --keep;
        mark = Store::tr(" … [cut: %1 more characters]").arg(full - keep);
        s.truncate(keep);
        s += mark;
        cut = true;
    }
    return s;
}

// A source's address as stored: one that had to be cut or cleaned is no address at all
// (another program may have stored megabytes); none, and `cut` says so.
QString readUrl(const QVariant &value, bool &cut, qint64 fullLength) {
    bool cleaned = false;
    const QString url = readText(value, kMaxUrlLength, cleaned, fullLength);
    if (!cleaned)
        return url;
    cut = true;
    return {};
}

// A source as an import would accept it: each field the validator refuses (a digest or a
// local copy's name, a date that does not exist, an address) is left out, so that what is
// read from a file written by something else can be exported and imported again.
void keepWhatAnImportAccepts(Source &source, bool &cut) {
    static const Validator rules{{}}; // a source's rules need no countries
    for (const FieldError &e : rules.check(source)) {
        cut = true;
        if (e.field == u"sha256"_s || e.field == u"local_copy"_s) {
            source.sha256.clear();
            source.localCopy.clear();
        } else if (e.field == u"published"_s) {
            source.published = PartialDate();
        } else if (e.field == u"accessed"_s) {
            source.accessed = PartialDate();
        } else if (e.field == u"url"_s) {
            source.url.clear();
        }
    }
    if (source.title.trimmed().isEmpty() && source.url.isEmpty())
        source.title = Store::tr("[cut: an address that is not http or https, or too long]");
}

PartialDate storedDate(const QVariant &v) {
    return PartialDate::parse(v.toString()).value_or(PartialDate());
}

QByteArray readResource(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(Store::tr("reference data %1 is missing from this build").arg(path));
    return f.readAll();
}

// Named columns of a reference CSV row.
QHash<QString, QString> csvRecordMap(const QList<CsvField> &header, const CsvRow &row) {
    QHash<QString, QString> out;
    for (qsizetype i = 0; i < header.size() && i < row.fields.size(); ++i)
        out.insert(header[i].text, row.fields[i].text);
    return out;
}

} // namespace

namespace {

// The file itself, not a name of it: SQLite keeps a database's -wal and -shm beside the
// name it was opened by, so two names would mean two journals and lost changes. A
// symlink is followed to the real file (whose journal, lock and backups are used); a file
// with several hard links is refused (checkExistingFile).
QString realPathOf(const QString &path) {
    struct stat link {};
    const QByteArray encoded = QFile::encodeName(path);
    if (::lstat(encoded.constData(), &link) != 0 || !S_ISLNK(link.st_mode))
        return path;
    const QString target = QFileInfo(path).canonicalFilePath();
    if (target.isEmpty())
        throw StoreError(Store::tr("%1: is a link to a file that does not exist").arg(path));
    return target;
}

// An existing file (`path`, really `real`) must be a regular file with one name that is
// empty or starts as an SQLite file does.
void checkExistingFile(const QString &path, const QString &real, const QFileInfo &info) {
    if (info.isDir())
        throw StoreError(Store::tr("%1: is a folder, not a database file").arg(path));
    struct stat st {};
    const bool stated = ::stat(QFile::encodeName(real).constData(), &st) == 0;
    if (stated && !S_ISREG(st.st_mode)) {
        // A device, a pipe or a socket: opening a pipe would wait for a writer forever, and
        // SQLite would put its journal beside a device.
        throw StoreError(Store::tr("%1: is %2; only a regular file is a database")
                             .arg(path, kindOfFile(st.st_mode)));
    }
    if (stated && st.st_nlink > 1) {
        throw StoreError(
            Store::tr("%1: the file has %2 names (hard links); SQLite keeps its journal "
                      "beside each name, so changes made through one name could be lost "
                      "through another. Copy the file rather than linking it; it was left "
                      "as it is")
                .arg(path)
                .arg(st.st_nlink));
    }
    if (info.size() > 0) {
        QFile f(real);
        if (!f.open(QIODevice::ReadOnly))
            throw StoreError(Store::tr("%1: cannot be read: %2").arg(path, f.errorString()));
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            throw StoreError(
                Store::tr("%1: not a BanAtlas database (not an SQLite file)").arg(path));
    }
}

// For writing: the folder exists, and it and the file (if it exists) may be written.
void checkWritable(const QString &path, const QString &real, const QString &folder, bool exists,
                   bool folderWritable) {
    if (!QFileInfo(folder).isDir())
        throw StoreError(Store::tr("%1: the folder %2 does not exist").arg(path, folder));
    if (exists && !isWritablePath(real))
        throw ReadOnlyError(Store::tr("%1: the file is read-only").arg(path));
    if (!folderWritable)
        throw ReadOnlyError(Store::tr("%1: the folder %2 is read-only").arg(path, folder));
}

} // namespace

// In named steps: the file checked, the write lock taken, the connection opened, the
// file's schema checked as it is, then migrated and the reference data brought up to date.
// Messages name the file as the caller gave it (`path`).
Store::Store(const QString &path, Access access, qint64 checkAtOpenUpTo, const AskPassword &ask)
    : m_path(path)
    , m_readOnly(access == Access::ReadOnly) {
    static std::atomic<int> counter{0};
    m_connection = u"banatlas-%1"_s.arg(++counter);
    if (isServerAddress(path)) {
        openServer(path, ask);
        return;
    }
    m_path = realPathOf(path);
    const QFileInfo info(m_path);
    const bool exists = info.exists();
    if (exists)
        checkExistingFile(path, m_path, info);
    if (m_readOnly && !exists)
        throw StoreError(Store::tr("%1: no such database").arg(path));
    const QString folder = info.absolutePath();
    const bool folderWritable = isWritablePath(folder);
    if (!m_readOnly) {
        checkWritable(path, m_path, folder, exists, folderWritable);
        takeWriteLock();
    }
    openConnection(path, folderWritable);
    try {
        pragma(u"PRAGMA foreign_keys = ON"_s);
        pragma(u"PRAGMA busy_timeout = 5000"_s);
        // A cache for a large database's indexes (SQLite's default is 2 MB), modest in memory.
        pragma(u"PRAGMA cache_size = -16384"_s);
        const int version = checkedSchemaVersion(path);
        if (version > 0)
            checkIntact(path, version, checkAtOpenUpTo);
        m_created = version == 0;
        if (!m_readOnly)
            migrateForWriting(version);
        syncReferenceData();
    } catch (...) {
        closeAfterFailure();
        throw;
    }
}

void Store::openConnection(const QString &path, bool folderWritable) {
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        throw StoreError(
            Store::tr("the Qt SQLite driver is missing (Debian package libqt6sql6-sqlite)"));
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (m_readOnly) {
        openReadOnly(folderWritable);
    } else {
        m_db.setDatabaseName(m_path);
    }
    if (!m_db.open()) {
        const QString why = m_db.lastError().text();
        QSqlDatabase::removeDatabase(m_connection);
        throw StoreError(Store::tr("%1: cannot open: %2").arg(path, why));
    }
    try {
        registerSearchRank(sqliteHandleOf(m_db)); // the ranking of a search (searchrank.h)
    } catch (const StoreError &e) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        throw StoreError(Store::tr("%1: cannot open: %2").arg(path, e.message()));
    }
}

// A team's database on a PostgreSQL server (issue 19): connected, its schema checked as
// BanAtlas's and of this version, read-only when the server grants this user no writing
// (the server decides, not the app), and the reference data brought up to date when the
// user may write it (the database's owner).
void Store::openServer(const QString &address, const AskPassword &ask) {
    const ServerAddress server = parseServerAddress(address); // refuses a password
    m_engine = Engine::Postgres;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        throw StoreError(
            Store::tr("the Qt PostgreSQL driver is missing (Debian package libqt6sql6-psql)"));
    }
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
    try {
        // A password asked for is kept in memory for the store's other connections (see
        // watchChanges), never written anywhere.
        connectToServer(m_db, server, [this, &ask](const QString &account) {
            m_password = ask ? ask(account) : std::nullopt;
            return m_password;
        });
        m_backend = pragma(u"SELECT pg_backend_pid()"_s).toLongLong();
        const QString name = server.displayName();
        if (pragma(u"SELECT to_regclass('meta') IS NOT NULL AND to_regclass('decisions') IS "
                   "NOT NULL"_s)
                .toBool() == false) {
            throw StoreError(Store::tr("%1: not a BanAtlas team database (an administrator sets "
                                       "one up with: banatlas team init ADDRESS)")
                                 .arg(name));
        }
        const int version =
            pragma(u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toInt();
        if (version > 0 && version < kPostgresSchemaVersion)
            upgradeTeamDatabase(m_db, version, name);
        else if (version != kPostgresSchemaVersion) {
            throw StoreError(
                Store::tr("%1: a team database of schema %2; this version of BanAtlas works "
                          "with schema %3")
                    .arg(name)
                    .arg(version)
                    .arg(kPostgresSchemaVersion));
        }
        if (!pragma(u"SELECT has_table_privilege('decisions', 'INSERT')"_s).toBool())
            m_readOnly = true;
        m_referenceWritable =
            !m_readOnly && pragma(u"SELECT has_table_privilege('meta', 'UPDATE')"_s).toBool();
        syncReferenceData();
    } catch (...) {
        closeAfterFailure();
        throw;
    }
}

void Store::failOnSqlError(const QSqlError &e) const {
    // SQLITE_CORRUPT, SQLITE_NOTADB: say so plainly.
    if (e.nativeErrorCode() == u"11"_s || e.nativeErrorCode() == u"26"_s) {
        throw StoreError(
            Store::tr("%1: damaged (%2); it was left as it is").arg(m_path, e.databaseText()));
    }
    throw StoreError(Store::tr("%1: %2").arg(m_path, e.text()));
}

// Runs a pragma (or a query of one value) on a statement of its own; its first value.
QVariant Store::pragma(const QString &sql) {
    QSqlQuery q(m_db);
    if (!q.prepare(sql) || !q.exec())
        failOnSqlError(q.lastError());
    if (q.next())
        return q.value(0);
    if (q.lastError().isValid())
        failOnSqlError(q.lastError());
    return QVariant();
}

// The file's schema version, once it is known to be BanAtlas's (or empty) and one this
// version can open as asked.
int Store::checkedSchemaVersion(const QString &path) {
    const int appId = pragma(u"PRAGMA application_id"_s).toInt();
    const int version = pragma(u"PRAGMA user_version"_s).toInt();
    // Anything at all in the schema (a table, a view, a trigger) makes a file someone
    // else's: only an empty file or a new path becomes a new database.
    const int objects = pragma(u"SELECT count(*) FROM sqlite_schema"_s).toInt();
    if (appId != kApplicationId && (appId != 0 || version != 0 || objects != 0)) {
        throw StoreError(
            Store::tr("%1: not a BanAtlas database (an SQLite file of another program)").arg(path));
    }
    if (version > kSchemaVersion) {
        throw StoreError(Store::tr("%1: written by a newer BanAtlas (schema %2; this version reads "
                                   "up to %3)")
                             .arg(path)
                             .arg(version)
                             .arg(kSchemaVersion));
    }
    if (m_readOnly && version == 0)
        throw StoreError(Store::tr("%1: an empty file, not a BanAtlas database").arg(path));
    if (m_readOnly && version < kSchemaVersion) {
        throw StoreError(Store::tr("%1: written by an older BanAtlas (schema %2); it must be "
                                   "upgraded, which needs it opened for writing")
                             .arg(path)
                             .arg(version));
    }
    return version;
}

// Before anything is written: a damaged file is reported, never "repaired". SQLite's
// quick_check reads the whole file (seconds for a gigabyte), so only a file up to
// kQuickCheckAtOpenBytes is checked here; a larger one is checked after opening, in the
// background (quickCheck, which the window runs and says the result of).
void Store::checkIntact(const QString &path, int version, qint64 checkAtOpenUpTo) {
    // A file about to be migrated is checked whatever its size: a migration must not
    // rewrite damage.
    const bool migrating = !m_readOnly && version < kSchemaVersion;
    if (migrating || QFileInfo(m_path).size() <= checkAtOpenUpTo) {
        QSqlQuery check(m_db);
        if (!check.prepare(u"PRAGMA quick_check(5)"_s) || !check.exec())
            failOnSqlError(check.lastError());
        QStringList problems;
        while (check.next())
            problems.append(check.value(0).toString());
        if (check.lastError().isValid())
            failOnSqlError(check.lastError());
        if (problems != QStringList{u"ok"_s}) {
            throw StoreError(Store::tr("%1: damaged (%2); it was left as it is")
                                 .arg(path, problems.join(u"; "_s)));
        }
    } else {
        m_checkDeferred = true;
    }
    // Only the schema this version wrote is obeyed: a trigger, view, table or index added
    // or changed by someone else could delete or invent data.
    const QString difference = schemaDifference(m_db, version);
    if (!difference.isEmpty()) {
        throw StoreError(Store::tr("%1: not as BanAtlas wrote it: %2; it was left as it is")
                             .arg(path, difference));
    }
}

// The journal in WAL mode; an older schema migrated, after a backup.
void Store::migrateForWriting(int version) {
    pragma(u"PRAGMA journal_mode = WAL"_s);
    if (version > 0 && version < kSchemaVersion)
        backup(u"migration"_s);
    migrate(m_db);
}

void Store::closeAfterFailure() {
    m_bulk.reset();
    m_search.reset();
    m_queries.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_lock.reset();
}

void Store::openReadOnly(bool folderWritable) {
    const QString wal = m_path + u"-wal"_s;
    const bool walHasData = QFileInfo(wal).size() > 0;
    const bool fileWritable = isWritablePath(m_path);
    if (!walHasData && (!folderWritable || !fileWritable)) {
        // Nothing waits in a journal and nobody can write here: read the file as it is,
        // as immutable, which leaves no -wal or -shm beside a file marked read-only.
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        m_db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            u"?immutable=1"_s);
        return;
    }
    if (walHasData && (!folderWritable || !fileWritable) &&
        !QFileInfo::exists(m_path + u"-shm"_s)) {
        // Committed changes wait in the -wal, and SQLite cannot read them without the -shm,
        // which it cannot make in a read-only folder and would leave beside a file marked
        // read-only: read a copy of the file and its journal, never the file without them
        // (which would show old data without a word).
        m_snapshot = std::make_unique<QTemporaryDir>();
        const QString copy = m_snapshot->filePath(u"snapshot.banatlas"_s);
        if (!m_snapshot->isValid() || !QFile::copy(m_path, copy) ||
            !QFile::copy(wal, copy + u"-wal"_s)) {
            throw StoreError(
                Store::tr("%1: its recent changes are in %2, which cannot be read from "
                          "this read-only folder, and no copy could be made to read them")
                    .arg(m_path, wal));
        }
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::setPermissions(copy + u"-wal"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_db.setDatabaseName(copy);
        return;
    }
    m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    m_db.setDatabaseName(m_path);
}

void Store::takeWriteLock() {
    const QString lockPath = lockFilePath(m_path);
    // A lock file is a plain file (or a link to one): a pipe in its place would block
    // the open for ever, a device or a folder cannot be one.
    struct stat own {};
    struct stat target {};
    const QByteArray lockName = QFile::encodeName(lockPath);
    if ((::lstat(lockName.constData(), &own) == 0 && !S_ISREG(own.st_mode) &&
         !S_ISLNK(own.st_mode)) ||
        (::stat(lockName.constData(), &target) == 0 && !S_ISREG(target.st_mode))) {
        throw LockedError(
            Store::tr("%1: its lock file %2 is not a plain file; if no BanAtlas has this "
                      "file open, delete %2")
                .arg(m_path, lockPath));
    }
    m_lock = std::make_unique<QLockFile>(lockPath);
    m_lock->setStaleLockTime(0); // stale only when its process is gone
    if (m_lock->tryLock(0))
        return;
    qint64 pid = 0;
    QString host;
    QString app;
    const bool locked = m_lock->error() == QLockFile::LockFailedError;
    if (locked && m_lock->getLockInfo(&pid, &host, &app)) {
        throw LockedError(Store::tr("%1: open for writing in another BanAtlas (process %2 on %3); "
                                    "close it there, or open this file read-only")
                              .arg(m_path)
                              .arg(pid)
                              .arg(host));
    }
    if (locked) {
        // A lock file that says nothing (empty or garbled, as a power cut can leave it)
        // was not written by a running BanAtlas. SQLite's own lock decides: if no one
        // holds it, the lock file is stale.
        if (!sqliteWriterActive(m_path)) {
            m_lock->removeStaleLockFile();
            if (m_lock->tryLock(0))
                return;
        }
        throw LockedError(Store::tr("%1: open for writing elsewhere, or its lock file %2 is left "
                                    "over: if no BanAtlas has this file open, delete %2")
                              .arg(m_path, lockPath));
    }
    throw ReadOnlyError(Store::tr("%1: cannot create the lock file %2").arg(m_path, lockPath));
}

Store::~Store() {
    m_listener.reset();
    m_bulk.reset();
    m_search.reset();
    m_queries.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_lock.reset(); // after the file is closed
}

// --- transactions -------------------------------------------------------------------

void Store::begin() {
    if (m_readOnly)
        throw StoreError(Store::tr("%1: opened read-only; nothing can be changed").arg(m_path));
    if (m_depth++ == 0) {
        m_failed = false;
        for (auto &[sql, q] : m_queries)
            q.finish(); // no read transaction left open: see firstValue
        // SQLite's write lock is taken at the start, whatever name or lock file another
        // writer came in by: no second writer can commit between this one's reads and
        // its writes. QSqlDatabase::transaction() would begin a deferred transaction.
        QSqlQuery q(m_db);
        if (!q.exec(beginWriting(m_engine)))
            throw StoreError(
                Store::tr("%1: cannot start a transaction: %2").arg(m_path, q.lastError().text()));
    }
}

void Store::commit() {
    if (m_depth == 1)
        settle(); // a failure is rolled back by the caller (transaction), once
    if (--m_depth > 0)
        return;
    // A failure leaves the transaction to the caller's rollback (transaction), which ends
    // it once: rolled back twice, the depth went below zero, and the next change began no
    // transaction at all.
    if (m_failed) {
        ++m_depth;
        throw StoreError(
            Store::tr("%1: a step of the change failed; nothing was written").arg(m_path));
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        ++m_depth;
        throw StoreError(Store::tr("%1: cannot write: %2").arg(m_path, why));
    }
    ++m_generation;
}

void Store::rollback() {
    if (--m_depth > 0) {
        m_failed = true;
        return;
    }
    m_import = {};
    m_bulk.reset();
    if (m_search)
        m_search->dropDeferred();
    m_vendorIds.clear();
    m_vendorIdsAsWritten.clear();
    m_db.rollback();
}

namespace {

QSqlQuery prepareUncached(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StoreError(Store::tr("cannot prepare a statement: %1").arg(q.lastError().text()));
    return q;
}

// A prepared statement from the store's cache: compiled once per connection.
QSqlQuery &prepareCached(std::unordered_map<QString, QSqlQuery> &cache, const QSqlDatabase &db,
                         const QString &sql) {
    auto it = cache.find(sql);
    if (it == cache.end())
        it = cache.emplace(sql, prepareUncached(db, sql)).first;
    return it->second;
}

void exec(QSqlQuery &q) {
    if (!q.exec())
        throw StoreError(Store::tr("database error: %1").arg(q.lastError().text()));
}

// The first column of the first row (or null), with the statement finished: a cached
// statement left on its row would hold a read transaction open, pinning an old snapshot
// and keeping SQLite's busy handler from waiting when this connection next writes.
QVariant firstValue(QSqlQuery &q) {
    exec(q);
    QVariant value = q.next() ? q.value(0) : QVariant();
    q.finish();
    return value;
}

} // namespace

QSqlQuery &Store::prepare(const QString &sql) const {
    settle();
    return prepareCached(m_queries, m_db, sql);
}

// --- reference data -----------------------------------------------------------------

// The countries, groups and memberships bundled with this version, written when the file
// holds others (its digest differs).
void Store::syncReferenceData() {
    const QByteArray countriesCsv = readResource(u":/banatlas/reference/countries.csv"_s);
    const QByteArray groupsCsv = readResource(u":/banatlas/reference/groups.csv"_s);
    const QByteArray membersCsv = readResource(u":/banatlas/reference/group_members.csv"_s);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(countriesCsv);
    hash.addData(groupsCsv);
    hash.addData(membersCsv);
    const QString digest = QString::fromLatin1(hash.result().toHex());

    QSqlQuery &current = prepare(u"SELECT value FROM meta WHERE key = 'reference'"_s);
    const bool upToDate = firstValue(current).toString() == digest;
    if (upToDate || m_readOnly || !m_referenceWritable)
        return; // a read-only file keeps the reference data it was written with; a team's
                // database, that of its owner's last opening

    transaction([&] {
        writeReferenceCountries(countriesCsv);
        writeReferenceGroups(groupsCsv, membersCsv);
        QSqlQuery &putDigest = prepare(u"INSERT INTO meta (key, value) VALUES ('reference', ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        putDigest.addBindValue(digest);
        exec(putDigest);
    });
    m_countries.clear();
    m_validator.reset();
}

// Every country of the CSV, and the European Union, added or updated.
void Store::writeReferenceCountries(const QByteArray &countriesCsv) {
    QSqlQuery &upsert =
        prepare(u"INSERT INTO countries (code, alpha3, numeric, name, region, subregion, "
                "aliases, supranational) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (code) DO UPDATE SET alpha3 = excluded.alpha3, "
                "numeric = excluded.numeric, name = excluded.name, region = excluded.region, "
                "subregion = excluded.subregion, aliases = excluded.aliases, "
                "supranational = excluded.supranational"_s);
    auto putCountry = [&](const Country &c) {
        upsert.addBindValue(c.code);
        upsert.addBindValue(notNull(c.alpha3));
        upsert.addBindValue(notNull(c.numeric));
        upsert.addBindValue(c.name);
        upsert.addBindValue(notNull(c.region));
        upsert.addBindValue(notNull(c.subregion));
        upsert.addBindValue(notNull(c.aliases.join(u';')));
        upsert.addBindValue(c.supranational ? 1 : 0);
        exec(upsert);
    };
    const QList<CsvRow> rows = parseCsv(countriesCsv, u"countries.csv"_s);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const auto r = csvRecordMap(rows[0].fields, rows[i]);
        putCountry({r[u"alpha2"_s], r[u"alpha3"_s], r[u"numeric"_s], r[u"name"_s], r[u"region"_s],
                    r[u"subregion"_s], r[u"aliases"_s].split(u';', Qt::SkipEmptyParts), false});
    }
    putCountry({u"EU"_s, {}, {}, u"European Union"_s, u"Europe"_s, {}, {u"EU"_s}, true});
}

// Every group of the CSV added or renamed, and its members replaced by those listed.
void Store::writeReferenceGroups(const QByteArray &groupsCsv, const QByteArray &membersCsv) {
    QSqlQuery &putGroup = prepare(u"INSERT INTO country_groups (code, name) VALUES (?, ?) "
                                  "ON CONFLICT (code) DO UPDATE SET name = excluded.name"_s);
    QSqlQuery &clearMembers = prepare(u"DELETE FROM group_members WHERE group_code = ?"_s);
    const QList<CsvRow> groupRows = parseCsv(groupsCsv, u"groups.csv"_s);
    for (qsizetype i = 1; i < groupRows.size(); ++i) {
        const auto r = csvRecordMap(groupRows[0].fields, groupRows[i]);
        putGroup.addBindValue(r[u"group"_s]);
        putGroup.addBindValue(r[u"name"_s]);
        exec(putGroup);
        clearMembers.addBindValue(r[u"group"_s]);
        exec(clearMembers);
    }
    QSqlQuery &putMember = prepare(u"INSERT INTO group_members (group_code, country, joined, "
                                   "left_on) VALUES (?, ?, ?, ?)"_s);
    const QList<CsvRow> memberRows = parseCsv(membersCsv, u"group_members.csv"_s);
    for (qsizetype i = 1; i < memberRows.size(); ++i) {
        const auto r = csvRecordMap(memberRows[0].fields, memberRows[i]);
        putMember.addBindValue(r[u"group"_s]);
        putMember.addBindValue(r[u"country"_s]);
        putMember.addBindValue(r[u"joined"_s]);
        putMember.addBindValue(r[u"left"_s].isEmpty() ? QVariant() : QVariant(r[u"left"_s]));
        exec(putMember);
    }
}

QList<Country> Store::countries() const {
    if (!m_countries.isEmpty())
        return m_countries;
    QSqlQuery &q = prepare(u"SELECT code, alpha3, numeric, name, region, subregion, "
                           "aliases, supranational FROM countries ORDER BY code"_s);
    exec(q);
    QList<Country> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString().split(u';', Qt::SkipEmptyParts),
                    q.value(7).toInt() != 0});
    }
    m_countries = out;
    return out;
}

std::optional<Country> Store::country(const QString &code) const {
    for (const Country &c : countries()) {
        if (c.code == code)
            return c;
    }
    return std::nullopt;
}

std::optional<QString> Store::resolveCountry(QStringView text) const {
    const QString normalized = normalizedName(text);
    const QStringView t = normalized;
    if (t.isEmpty())
        return std::nullopt;
    const QList<Country> all = countries();
    for (const Country &c : all) {
        if (t.compare(c.code, Qt::CaseInsensitive) == 0 ||
            (!c.alpha3.isEmpty() && t.compare(c.alpha3, Qt::CaseInsensitive) == 0) ||
            t.compare(c.name, Qt::CaseInsensitive) == 0)
            return c.code;
    }
    for (const Country &c : all) {
        for (const QString &alias : c.aliases) {
            if (t.compare(alias, Qt::CaseInsensitive) == 0)
                return c.code;
        }
    }
    return std::nullopt;
}

QList<CountryGroup> Store::groups() const {
    QSqlQuery &q = prepare(u"SELECT g.code, g.name, m.country, m.joined, m.left_on "
                           "FROM country_groups g LEFT JOIN group_members m "
                           "ON m.group_code = g.code ORDER BY g.code, m.country, m.joined"_s);
    exec(q);
    QList<CountryGroup> out;
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (out.isEmpty() || out.last().code != code)
            out.append({code, q.value(1).toString(), {}});
        if (!q.value(2).isNull()) {
            out.last().members.append(
                {q.value(2).toString(), storedDate(q.value(3)), storedDate(q.value(4))});
        }
    }
    return out;
}

std::optional<CountryGroup> Store::group(const QString &code) const {
    for (const CountryGroup &g : groups()) {
        if (g.code.compare(code, Qt::CaseInsensitive) == 0)
            return g;
    }
    return std::nullopt;
}

void Store::addMissingCountry(const Country &c) {
    if (country(c.code))
        return;
    if (c.code.size() != 2 || c.name.isEmpty())
        ensureValid({{u"code"_s, Store::tr("a country needs a two-letter code and a name")}});
    QSqlQuery &q = prepare(u"INSERT INTO countries (code, alpha3, numeric, name, region, "
                           "subregion, aliases, supranational) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(c.code);
    q.addBindValue(notNull(c.alpha3));
    q.addBindValue(notNull(c.numeric));
    q.addBindValue(c.name);
    q.addBindValue(notNull(c.region));
    q.addBindValue(notNull(c.subregion));
    q.addBindValue(notNull(c.aliases.join(u';')));
    q.addBindValue(c.supranational ? 1 : 0);
    transaction([&] { exec(q); });
    m_countries.clear();
    m_validator.reset();
}

void Store::addMissingGroup(const CountryGroup &g) {
    if (group(g.code))
        return;
    transaction([&] {
        QSqlQuery &q = prepare(u"INSERT INTO country_groups (code, name) VALUES (?, ?)"_s);
        q.addBindValue(g.code);
        q.addBindValue(notNull(g.name));
        exec(q);
        QSqlQuery &m = prepare(u"INSERT INTO group_members (group_code, country, joined, "
                               "left_on) VALUES (?, ?, ?, ?)"_s);
        for (const Membership &member : g.members) {
            m.addBindValue(g.code);
            m.addBindValue(member.country);
            m.addBindValue(member.joined.toString());
            m.addBindValue(dateOrNull(member.left));
            exec(m);
        }
    });
}

QString Store::quickCheck(const QString &databaseName, const QString &connectOptions,
                          const std::atomic<bool> *cancel) {
    QStringList problems;
    {
        OwnConnection check(u"QSQLITE"_s, u"check"_s);
        QSqlDatabase &db = check.database();
        db.setConnectOptions(OwnConnection::readingOptions(connectOptions));
        db.setDatabaseName(databaseName);
        if (!db.open()) {
            problems.append(db.lastError().text());
        } else {
            // SQLite asks every thousand steps whether to stop: a window closing while a
            // large file is checked does not wait for the whole check.
            if (cancel) {
                sqlite3_progress_handler(
                    sqliteHandleOf(db), 1000,
                    [](void *flag) {
                        return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
                    },
                    const_cast<std::atomic<bool> *>(cancel));
            }
            QSqlQuery q(db);
            if (!q.prepare(u"PRAGMA quick_check(5)"_s) || !q.exec())
                problems.append(q.lastError().text());
            while (q.next())
                problems.append(q.value(0).toString());
        }
    }
    return problems.join(u"; "_s);
}

std::optional<QString> Store::metaValue(const QString &key) const {
    QSqlQuery &q = prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    const QVariant v = firstValue(q);
    return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
}

QString Store::integrityCheck() const {
    if (m_engine == Engine::Postgres)
        throw StoreError(Store::tr("%1: a team database is looked after by its server; "
                                   "BanAtlas checks database files only")
                             .arg(m_path));
    QSqlQuery &q = prepare(u"PRAGMA integrity_check"_s);
    exec(q);
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    return problems.join(u"; "_s);
}

// --- backups ------------------------------------------------------------------------

Backup Store::backup(const QString &reason) {
    if (m_engine == Engine::Postgres)
        throw StoreError(serverBackupMessage());
    if (m_depth > 0)
        throw StoreError(Store::tr("%1: cannot back up in the middle of a change").arg(m_path));
    Backup made = backupConnection(m_db, m_path, reason, m_backupsToKeep);
    if (!m_backupsToKeep)
        m_rotationPending = true;
    return made;
}

void Store::setBackupsToKeep(int count) {
    m_backupsToKeep = std::clamp(count, 1, kMaxBackupsToKeep);
    if (!m_rotationPending)
        return;
    try {
        rotateBackups(m_path, *m_backupsToKeep);
        m_rotationPending = false;
    } catch (const StoreError &e) {
        // Left to the next backup, which rotates with the count set now; said, not hidden.
        qWarning("banatlas: old backups not removed yet: %s", qPrintable(e.message()));
    }
}

bool Store::backupDaily() {
    if (m_readOnly || m_engine == Engine::Postgres)
        return false;
    const QList<Backup> existing = listBackups(m_path);
    const QDate today = QDate::currentDate();
    if (!existing.isEmpty() && existing.first().created.toLocalTime().date() == today)
        return false;
    backup(u"daily"_s);
    return true;
}

QString Store::serverBackupMessage() const {
    return Store::tr("%1: a team database is backed up by its server (pg_dump on a schedule: "
                     "see the README), not by BanAtlas")
        .arg(m_path);
}

void Store::restore(const QString &backupPath) {
    if (m_engine == Engine::Postgres)
        throw StoreError(serverBackupMessage());
    if (m_readOnly)
        throw StoreError(Store::tr("%1: opened read-only; nothing can be changed").arg(m_path));
    if (m_depth > 0)
        throw StoreError(Store::tr("%1: cannot restore in the middle of a change").arg(m_path));
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        throw StoreError(
            Store::tr("%1: a database cannot be restored from itself").arg(backupPath));
    checkBackupFile(backupPath);
    const Backup before = backup(u"before-restore"_s);
    ++m_generation; // whatever follows, the content may have changed

    m_queries.clear(); // no statement of ours may be open while the pages are replaced
    m_search.reset();
    try {
        copyBackupInto(m_db, m_path, backupPath);
        migrate(m_db);
        resetCaches();
        syncReferenceData();
        if (const QString check = integrityCheck(); check != u"ok"_s)
            throw StoreError(Store::tr("%1: damaged after restoring: %2").arg(m_path, check));
    } catch (const Error &e) {
        // Put back what was there; the before-restore backup is the same content.
        m_queries.clear();
        m_search.reset();
        try {
            copyBackupInto(m_db, m_path, before.path);
            resetCaches();
        } catch (const Error &again) {
            throw StoreError(
                Store::tr("%1\n%2: could not put the previous content back (%3); it is "
                          "in %4")
                    .arg(e.message(), m_path, again.message(), before.path));
        }
        throw;
    }
}

SearchIndex &Store::searchIndex() {
    settle(); // an import's waiting rows first: the index is told of changes in order
    if (!m_search)
        m_search = std::make_unique<SearchIndex>(m_db);
    return *m_search;
}

void Store::copyTo(const QString &target) const {
    if (m_depth > 0)
        throw StoreError(Store::tr("%1: cannot copy in the middle of a change").arg(m_path));
    settle();
    QSqlDatabase db = m_db;
    if (m_engine == Engine::Postgres)
        copyServerToFile(db, m_path, target);
    else
        copyDatabaseTo(db, target);
}

void Store::resetCaches() {
    m_queries.clear();
    m_search.reset();
    m_countries.clear();
    m_validator.reset();
}

Validator Store::validator() const {
    if (!m_validator) {
        QSet<QString> codes;
        for (const Country &c : countries())
            codes.insert(c.code);
        m_validator.emplace(codes);
    }
    return *m_validator;
}

void Store::ensureValid(const QList<FieldError> &errors) const {
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

// During an import (m_import) the row is compact: no values, the import's entry named.
qint64 Store::audit(const QString &action, const QString &entity, const QString &entityId,
                    const QString &oldValue, const QString &newValue) {
    // On a server, its trigger writes the user and host it sees in their place.
    QSqlQuery &q = prepare(u"INSERT INTO audit_log (at, action, entity, entity_id, "
                           "old_value, new_value, import_id, user_name, client_host) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    const bool compact = m_import.id != 0;
    q.addBindValue(compact ? m_import.at
                           : QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(compact || oldValue.isEmpty() ? QVariant() : QVariant(oldValue));
    q.addBindValue(compact || newValue.isEmpty() ? QVariant() : QVariant(newValue));
    q.addBindValue(compact ? QVariant(m_import.id) : QVariant());
    q.addBindValue(loginName());
    q.addBindValue(QSysInfo::machineHostName());
    return firstValue(q).toLongLong();
}

void Store::startImport(const QString &fileName) {
    if (m_depth == 0 || m_import.id != 0)
        throw StoreError(Store::tr("an import is written in one transaction of its own"));
    m_import = {};
    m_import.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (m_engine == Engine::Postgres) {
        // An editor may add to a team's audit log, never change it: the import's entry is
        // written at the end with its counts, under an id drawn now, which its decisions'
        // rows point at.
        m_import.fileName = fileName;
        m_import.id =
            firstValue(
                prepareCached(m_queries, m_db,
                              u"SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))"_s))
                .toLongLong();
    } else {
        m_import.id = audit(u"import"_s, u"file"_s, fileName, {}, {});
    }
    m_import.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (m_engine == Engine::Sqlite) {
        m_bulk = std::make_unique<BulkInsert>(m_db, m_import.id, m_import.at);
    } else {
        searchIndex().deferAdds(); // its documents written together at the end
        m_bulk = std::make_unique<ServerBulkInsert>(m_db, m_import.id, m_import.at);
    }
}

bool Store::setTemporaryInMemory(bool inMemory) {
    if (m_depth > 0 || m_engine == Engine::Postgres)
        return false;
    QSqlQuery q(m_db);
    return q.exec(inMemory ? u"PRAGMA temp_store = MEMORY"_s : u"PRAGMA temp_store = DEFAULT"_s);
}

// An import's decisions wait in batches (BulkInsert): written before anything is read or
// committed, so that no read misses one.
void Store::settle() const {
    if (m_bulk)
        m_bulk->flush();
}

void Store::finishImport(const QString &countsJson, int changedDecisions) {
    settle(); // the search documents are read from the decisions' rows
    if (m_engine == Engine::Postgres)
        searchIndex().writeDeferred();
    if (m_engine == Engine::Postgres) { // its user and host: the server's trigger
        QSqlQuery &q = prepare(u"INSERT INTO audit_log (id, at, action, entity, entity_id, "
                               "new_value, user_name, client_host) "
                               "VALUES (?, ?, 'import', 'file', ?, ?, '', '')"_s);
        q.addBindValue(m_import.id);
        q.addBindValue(m_import.at);
        q.addBindValue(m_import.fileName);
        q.addBindValue(countsJson);
        exec(q);
    } else {
        QSqlQuery &q = prepare(u"UPDATE audit_log SET new_value = ? WHERE id = ?"_s);
        q.addBindValue(countsJson);
        q.addBindValue(m_import.id);
        exec(q);
    }
    m_import = {};
    m_bulk.reset();
    m_vendorIds.clear();
    m_vendorIdsAsWritten.clear();
    // The planner's statistics, after a change big enough to move them: bounded work.
    if (changedDecisions >= 1000 && m_engine == Engine::Sqlite) { // a server's autovacuum
        pragma(u"PRAGMA analysis_limit = 1000"_s);
        pragma(u"ANALYZE"_s);
    }
}

namespace {
// An import's compact rows (a file's) are its entry's user's.
const QString kAuditSelect = u"SELECT a.id, a.at, a.action, a.entity, a.entity_id, a.old_value, "
                             "a.new_value, a.import_id, coalesce(i.user_name, a.user_name), "
                             "coalesce(i.client_host, a.client_host) FROM audit_log a "
                             "LEFT JOIN audit_log i ON i.id = a.import_id AND a.user_name = ''"_s;
} // namespace

QList<AuditEntry> Store::auditLogAfter(qint64 id) const {
    QSqlQuery &q = prepare(kAuditSelect + u" WHERE a.id > ? ORDER BY a.id"_s);
    q.addBindValue(id);
    return auditEntries(q);
}

QList<AuditEntry> Store::auditLog(const QString &entity, const QString &entityId) const {
    QString sql = kAuditSelect;
    if (!entity.isEmpty())
        sql += entityId.isEmpty() ? u" WHERE a.entity = ?"_s
                                  : u" WHERE a.entity = ? AND a.entity_id = ?"_s;
    sql += u" ORDER BY a.id"_s;
    QSqlQuery &q = prepare(sql);
    if (!entity.isEmpty())
        q.addBindValue(entity);
    if (!entity.isEmpty() && !entityId.isEmpty())
        q.addBindValue(entityId);
    return auditEntries(q);
}

QList<AuditEntry> Store::auditEntries(QSqlQuery &q) const {
    exec(q);
    QList<AuditEntry> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(),
                    QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong(),
                    q.value(8).toString(), q.value(9).toString()});
    }
    return out;
}

// --- vendors ------------------------------------------------------------------------

QList<Vendor> Store::vendors() const {
    QSqlQuery &q = prepare(u"SELECT v.id, v.name, v.home_country, v.kind, p.name, "_s +
                           bounded("v.notes", kMaxTextLength) +
                           u" FROM vendors v LEFT JOIN vendors p ON p.id = v.parent_id "
                           "ORDER BY "_s +
                           caseless(m_engine, u"v.name"_s));
    exec(q);
    QList<Vendor> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Vendor v;
        v.id = q.value(0).toLongLong();
        v.name = readText(q.value(1), kMaxTitleLength, m_textsCut);
        v.homeCountry = q.value(2).toString();
        v.kind = vendorKindFromId(q.value(3).toString()).value_or(VendorKind::Other);
        v.parent = readText(q.value(4), kMaxTitleLength, m_textsCut);
        v.notes = readText(q.value(5), kMaxTextLength, m_textsCut, q.value(6).toLongLong());
        index.insert(v.id, out.size());
        out.append(v);
    }
    QSqlQuery &a = prepare(u"SELECT vendor_id, alias FROM vendor_aliases "
                           "ORDER BY vendor_id, position"_s);
    exec(a);
    while (a.next()) {
        const auto it = index.constFind(a.value(0).toLongLong());
        if (it != index.constEnd())
            out[*it].aliases.append(readText(a.value(1), kMaxTitleLength, m_textsCut));
    }
    return out;
}

std::optional<Vendor> Store::vendor(qint64 id) const {
    // One row and its aliases, by key: reading every vendor here made imports quadratic.
    QSqlQuery &q = prepare(u"SELECT v.id, v.name, v.home_country, v.kind, p.name, "_s +
                           bounded("v.notes", kMaxTextLength) +
                           u" FROM vendors v LEFT JOIN vendors p ON p.id = v.parent_id "
                           "WHERE v.id = ?"_s);
    q.addBindValue(id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    Vendor v;
    v.id = q.value(0).toLongLong();
    v.name = readText(q.value(1), kMaxTitleLength, m_textsCut);
    v.homeCountry = q.value(2).toString();
    v.kind = vendorKindFromId(q.value(3).toString()).value_or(VendorKind::Other);
    v.parent = readText(q.value(4), kMaxTitleLength, m_textsCut);
    v.notes = readText(q.value(5), kMaxTextLength, m_textsCut, q.value(6).toLongLong());
    q.finish(); // one row: see firstValue
    QSqlQuery &a =
        prepare(u"SELECT alias FROM vendor_aliases WHERE vendor_id = ? ORDER BY position"_s);
    a.addBindValue(id);
    exec(a);
    while (a.next())
        v.aliases.append(readText(a.value(0), kMaxTitleLength, m_textsCut));
    return v;
}

std::optional<Vendor> Store::findVendor(QStringView nameOrAlias) const {
    const qint64 id = vendorIdOf(nameOrAlias.toString());
    return id ? vendor(id) : std::nullopt;
}

// During an import the ids found are remembered (a vendor changed clears them).
qint64 Store::vendorIdOf(const QString &nameOrAlias) const {
    // During an import, names met before are known as written, then by their keys.
    if (m_import.id != 0) {
        if (const auto it = m_vendorIdsAsWritten.constFind(nameOrAlias);
            it != m_vendorIdsAsWritten.constEnd())
            return *it;
    }
    const QString key = nameKey(nameOrAlias);
    if (m_import.id != 0) {
        if (const auto it = m_vendorIds.constFind(key); it != m_vendorIds.constEnd()) {
            m_vendorIdsAsWritten.insert(nameOrAlias, *it);
            return *it;
        }
    }
    QSqlQuery &q = prepare(u"SELECT id FROM vendors WHERE name_key = ? "
                           "UNION ALL SELECT vendor_id FROM vendor_aliases "
                           "WHERE alias_key = ? LIMIT 1"_s);
    q.addBindValue(key);
    q.addBindValue(key);
    const qint64 id = firstValue(q).toLongLong();
    if (m_import.id != 0 && id != 0) {
        m_vendorIds.insert(key, id);
        m_vendorIdsAsWritten.insert(nameOrAlias, id);
    }
    return id;
}

qint64 Store::parentIdOf(const Vendor &v) const {
    if (v.parent.isEmpty())
        return 0;
    const qint64 parentId = vendorIdOf(v.parent);
    if (!parentId)
        ensureValid({{u"parent"_s, Store::tr("unknown vendor \"%1\"").arg(v.parent)}});
    if (v.id == 0)
        return parentId; // a new vendor has no descendants: no cycle can form
    // Walk up from the parent: meeting `v` again would make a cycle.
    QSqlQuery &up = prepare(u"SELECT parent_id FROM vendors WHERE id = ?"_s);
    QSet<qint64> seen;
    for (qint64 at = parentId; at != 0 && !seen.contains(at);) {
        if (v.id != 0 && at == v.id)
            ensureValid(
                {{u"parent"_s, Store::tr("\"%1\" is already below \"%2\"; a vendor cannot be "
                                         "its own ancestor")
                                   .arg(v.parent, v.name)}});
        seen.insert(at);
        up.addBindValue(at);
        at = firstValue(up).toLongLong();
    }
    return parentId;
}

void Store::writeVendorAliases(qint64 vendorId, const QStringList &aliases, bool isNew) {
    if (!isNew) {
        QSqlQuery &clear = prepare(u"DELETE FROM vendor_aliases WHERE vendor_id = ?"_s);
        clear.addBindValue(vendorId);
        exec(clear);
    }
    QSqlQuery &add = prepare(u"INSERT INTO vendor_aliases (vendor_id, alias, alias_key, "
                             "position) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    for (qsizetype i = 0; i < aliases.size(); ++i) {
        if (aliases[i].trimmed().isEmpty())
            continue;
        const qint64 other = vendorIdOf(aliases[i]);
        if (other && other != vendorId)
            ensureValid(
                {{u"aliases"_s, Store::tr("\"%1\" already names another vendor").arg(aliases[i])}});
        add.addBindValue(vendorId);
        add.addBindValue(aliases[i].trimmed());
        add.addBindValue(nameKey(aliases[i]));
        add.addBindValue(i);
        exec(add);
    }
}

namespace {
void bindVendorColumns(QSqlQuery &q, const Vendor &v, qint64 parentId) {
    q.addBindValue(v.name);
    q.addBindValue(nameKey(v.name));
    q.addBindValue(v.homeCountry.isEmpty() ? QVariant() : QVariant(v.homeCountry));
    q.addBindValue(toId(v.kind));
    q.addBindValue(parentId ? QVariant(parentId) : QVariant());
    q.addBindValue(notNull(v.notes));
}
} // namespace

namespace {
// A vendor with its names as they are stored and matched (see normalizedName).
Vendor withNormalizedNames(Vendor v) {
    v.name = normalizedName(v.name);
    v.parent = normalizedName(v.parent);
    for (QString &a : v.aliases)
        a = normalizedName(a);
    v.aliases.removeAll(QString());
    return v;
}
} // namespace

qint64 Store::addVendor(const Vendor &input) {
    Vendor v = withNormalizedNames(input);
    ensureValid(validator().check(v));
    return transaction([&] {
        if (vendorIdOf(v.name))
            ensureValid(
                {{u"name"_s, Store::tr("a vendor named \"%1\" already exists").arg(v.name)}});
        const qint64 parentId = parentIdOf(v);
        QSqlQuery &q = prepare(u"INSERT INTO vendors (name, name_key, home_country, kind, "
                               "parent_id, notes) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
        bindVendorColumns(q, v, parentId);
        v.id = firstValue(q).toLongLong();
        writeVendorAliases(v.id, v.aliases, true);
        audit(u"insert"_s, u"vendor"_s, QString::number(v.id), {}, json(toJson(v)));
        return v.id;
    });
}

QList<Vendor> Store::createMissingVendors(const QStringList &names) {
    return transaction([&] {
        QList<Vendor> created;
        for (const QString &name : names) {
            if (hasVendor(name))
                continue;
            Vendor v;
            v.name = normalizedName(name);
            try {
                v.id = addVendor(v);
            } catch (const ValidationError &e) {
                // What is wrong is the decision's vendors field.
                QList<FieldError> errors;
                for (const FieldError &err : e.errors())
                    errors.append({u"vendors"_s, err.message});
                throw ValidationError(errors);
            }
            created.append(*vendor(v.id));
        }
        return created;
    });
}

void Store::updateVendor(const Vendor &input) {
    m_vendorIds.clear();
    m_vendorIdsAsWritten.clear();
    Vendor v = withNormalizedNames(input);
    const auto old = vendor(v.id);
    if (!old)
        ensureValid({{u"id"_s, Store::tr("no vendor with id %1").arg(v.id)}});
    if (*old == v)
        return;
    ensureValid(validator().check(v));
    transaction([&] {
        const qint64 sameName = vendorIdOf(v.name);
        if (sameName && sameName != v.id)
            ensureValid(
                {{u"name"_s, Store::tr("a vendor named \"%1\" already exists").arg(v.name)}});
        const qint64 parentId = parentIdOf(v);
        QSqlQuery &q = prepare(u"UPDATE vendors SET name = ?, name_key = ?, home_country = ?, "
                               "kind = ?, parent_id = ?, notes = ? WHERE id = ?"_s);
        bindVendorColumns(q, v, parentId);
        q.addBindValue(v.id);
        exec(q);
        writeVendorAliases(v.id, v.aliases);
        audit(u"update"_s, u"vendor"_s, QString::number(v.id), json(toJson(*old)), json(toJson(v)));
    });
}

void Store::removeVendor(qint64 id) {
    m_vendorIds.clear();
    m_vendorIdsAsWritten.clear();
    const auto old = vendor(id);
    if (!old)
        ensureValid({{u"id"_s, Store::tr("no vendor with id %1").arg(id)}});
    transaction([&] {
        QSqlQuery &used = prepare(u"SELECT count(*) FROM decision_vendors WHERE vendor_id = ?"_s);
        used.addBindValue(id);
        const int n = firstValue(used).toInt();
        if (n > 0) {
            ensureValid(
                {{u"name"_s, Store::tr("\"%1\" is named by %2 decision(s); edit or delete them "
                                       "first")
                                 .arg(old->name)
                                 .arg(n)}});
        }
        QSqlQuery &q = prepare(u"DELETE FROM vendors WHERE id = ?"_s);
        q.addBindValue(id);
        exec(q);
        audit(u"delete"_s, u"vendor"_s, QString::number(id), json(toJson(*old)), {});
    });
}

// --- decisions ----------------------------------------------------------------------

namespace {

// Reads every decision, or only `onlyId`'s: the decisions, then their vendors, scopes and
// sources, each a query over all of them in order. One decision is read often (each row
// of an import): its statements come from `cache`, prepared once.
class DecisionReader final {
    // The decisions of one government, from the narrow index (its key begins with it).
    static constexpr QLatin1StringView kOfCountry{
        " IN (SELECT decision_id FROM decision_facts WHERE country = ?)"};

public:
    // `onlyIds`: a JSON array of ids ("[3,17]"), read with json_each.
    DecisionReader(const QSqlDatabase &db, qint64 onlyId,
                   std::unordered_map<QString, QSqlQuery> *cache, bool &cut,
                   const QString &onlyCountry = {}, const QString &onlyIds = {})
        : m_db(db)
        , m_onlyId(onlyId)
        , m_onlyCountry(onlyCountry)
        , m_onlyIds(onlyIds)
        , m_cache(cache)
        , m_cut(cut) {}

    QList<Decision> read() {
        if (!readDecisions() || (isFiltered() && m_out.isEmpty()))
            return m_out; // no such decision: nothing more to read
        readVendors();
        readScopes();
        readSources();
        return m_out;
    }

private:
    bool isFiltered() const { return m_onlyId || !m_onlyCountry.isEmpty() || !m_onlyIds.isEmpty(); }
    // A statement, with the filter's value bound when there is one; run.
    QSqlQuery &run(const QString &sql) {
        QSqlQuery &q = statement(sql);
        if (m_onlyId)
            q.addBindValue(m_onlyId);
        else if (!m_onlyCountry.isEmpty())
            q.addBindValue(m_onlyCountry);
        else if (!m_onlyIds.isEmpty())
            q.addBindValue(m_onlyIds);
        exec(q);
        return q;
    }
    // The condition on a part's decision id (" WHERE decision_id = ?"), or none.
    QString whereDecision(const QString &column) const {
        if (m_onlyId)
            return u" WHERE "_s + column + u" = ?"_s;
        if (!m_onlyCountry.isEmpty())
            return u" WHERE "_s + column + kOfCountry;
        if (!m_onlyIds.isEmpty())
            return u" WHERE "_s + column + u" IN ("_s + idsInJson(engineOf(m_db)) + u")"_s;
        return {};
    }
    QSqlQuery &statement(const QString &sql) {
        if (m_cache && isFiltered())
            return prepareCached(*m_cache, m_db, sql);
        m_own.push_back(prepareUncached(m_db, sql));
        return m_own.back();
    }
    // The decision a row of another table belongs to, or null.
    Decision *decisionWithId(const QVariant &id) {
        const auto it = m_index.constFind(id.toLongLong());
        return it == m_index.constEnd() ? nullptr : &m_out[*it];
    }
    // Country codes and vendor names repeat across thousands of decisions: shared.
    QString intern(const QString &s) {
        const auto it = m_shared.constFind(s);
        return it != m_shared.constEnd() ? *it : *m_shared.insert(s, s);
    }
    bool readDecisions();
    Decision decisionOf(const QSqlQuery &q);
    void readVendors();
    void readScopes();
    void readSources();
    Source sourceOf(const QSqlQuery &q);

    const QSqlDatabase &m_db;
    const qint64 m_onlyId;
    const QString m_onlyCountry;
    const QString m_onlyIds;
    std::unordered_map<QString, QSqlQuery> *const m_cache;
    bool &m_cut;
    std::deque<QSqlQuery> m_own; // statements not cached, alive until the reading ends
    QList<Decision> m_out;
    QHash<qint64, qsizetype> m_index; // id → index in m_out
    QHash<QString, QString> m_shared;
};

// False when the one decision asked for cannot be read.
bool DecisionReader::readDecisions() {
    const QString where = m_onlyId                   ? u" WHERE id = ?"_s
                          : !m_onlyCountry.isEmpty() ? u" WHERE id"_s + kOfCountry
                          : !m_onlyIds.isEmpty()
                              ? u" WHERE id IN ("_s + idsInJson(engineOf(m_db)) + u")"_s
                              : QString();
    QSqlQuery &q =
        run(u"SELECT id, country, measure, announced, effective, ended, "
            "deadline, legal_form, confidence, covers_subsidiaries, "_s +
            bounded("title", kMaxTitleLength) + u", "_s + bounded("summary", kMaxTextLength) +
            u", version FROM decisions"_s + where + u" ORDER BY id"_s);
    if (isFiltered() && !q.isActive())
        return false;
    while (q.next()) {
        Decision d = decisionOf(q);
        m_index.insert(d.id, m_out.size());
        m_out.append(std::move(d));
    }
    return true;
}

Decision DecisionReader::decisionOf(const QSqlQuery &q) {
    Decision d;
    d.id = q.value(0).toLongLong();
    d.country = intern(q.value(1).toString());
    d.measure = measureFromId(q.value(2).toString()).value_or(Measure::Warning);
    d.announced = storedDate(q.value(3));
    d.effective = storedDate(q.value(4));
    d.ended = storedDate(q.value(5));
    d.deadline = storedDate(q.value(6));
    if (!q.value(7).isNull())
        d.legalForm = legalFormFromId(q.value(7).toString());
    d.confidence = confidenceFromId(q.value(8).toString()).value_or(Confidence::SingleSource);
    d.coversSubsidiaries = q.value(9).toInt() != 0;
    d.title = readText(q.value(10), kMaxTitleLength, m_cut, q.value(11).toLongLong());
    d.summary = readText(q.value(12), kMaxTextLength, m_cut, q.value(13).toLongLong());
    d.version = q.value(14).toLongLong();
    return d;
}

void DecisionReader::readVendors() {
    QSqlQuery &v =
        run(u"SELECT dv.decision_id, v.name FROM decision_vendors dv "
            "JOIN vendors v ON v.id = dv.vendor_id"_s +
            whereDecision(u"dv.decision_id"_s) + u" ORDER BY dv.decision_id, dv.position"_s);
    while (v.next()) {
        if (Decision *d = decisionWithId(v.value(0)))
            d->vendors.append(intern(v.value(1).toString()));
    }
}

void DecisionReader::readScopes() {
    QSqlQuery &s = run(u"SELECT decision_id, scope FROM decision_scopes"_s +
                       whereDecision(u"decision_id"_s) + u" ORDER BY decision_id, position"_s);
    while (s.next()) {
        if (Decision *d = decisionWithId(s.value(0))) {
            if (const auto scope = scopeFromId(s.value(1).toString()))
                d->scopes.append(*scope);
        }
    }
}

void DecisionReader::readSources() {
    QSqlQuery &src = run(u"SELECT decision_id, id, published, accessed, local_copy, "
                         "sha256, "_s +
                         bounded("title", kMaxTextLength / 10) + u", "_s +
                         bounded("publisher", kMaxTitleLength) + u", "_s +
                         bounded("url", kMaxUrlLength) + u" FROM sources"_s +
                         whereDecision(u"decision_id"_s) + u" ORDER BY decision_id, position"_s);
    while (src.next()) {
        if (Decision *d = decisionWithId(src.value(0)))
            d->sources.append(sourceOf(src));
    }
}

Source DecisionReader::sourceOf(const QSqlQuery &q) {
    Source source{q.value(1).toLongLong(),
                  readText(q.value(6), kMaxTextLength / 10, m_cut, q.value(7).toLongLong()),
                  readText(q.value(8), kMaxTitleLength, m_cut, q.value(9).toLongLong()),
                  readUrl(q.value(10), m_cut, q.value(11).toLongLong()),
                  storedDate(q.value(2)),
                  storedDate(q.value(3)),
                  q.value(4).toString(),
                  q.value(5).toString()};
    keepWhatAnImportAccepts(source, m_cut);
    return source;
}

// Every decision, or only `onlyId`'s (see DecisionReader).
QList<Decision> loadDecisions(const QSqlDatabase &db, qint64 onlyId,
                              std::unordered_map<QString, QSqlQuery> *cache, bool &cut) {
    return DecisionReader(db, onlyId, cache, cut).read();
}

} // namespace

QList<Decision> Store::decisions() const {
    settle();
    return loadDecisions(m_db, 0, nullptr, m_textsCut);
}

std::optional<Decision> Store::decision(qint64 id) const {
    if (id <= 0)
        return std::nullopt;
    // Only its own rows are read: the batch is written first only when it holds them (an
    // import of rows with ids asks once a row).
    if (m_bulk && m_bulk->holds(id))
        settle();
    const QList<Decision> one = loadDecisions(m_db, id, &m_queries, m_textsCut);
    return one.isEmpty() ? std::nullopt : std::optional<Decision>(one.first());
}

QList<Decision> Store::decisions(const QList<qint64> &ids) const {
    if (ids.isEmpty())
        return {};
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    const QString json = u"["_s + numbers.join(u',') + u"]"_s;
    settle();
    return DecisionReader(m_db, 0, &m_queries, m_textsCut, {}, json).read();
}

QList<Decision> Store::chosenDecisions(const QList<qint64> &ids) const {
    QList<qint64> order;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            order.append(id);
        }
    }
    QHash<qint64, Decision> byId;
    for (Decision &d : decisions(order))
        byId.insert(d.id, std::move(d));
    QList<Decision> out;
    QStringList missing;
    out.reserve(byId.size());
    for (qint64 id : std::as_const(order)) {
        if (const auto it = byId.find(id); it != byId.end())
            out.append(std::move(*it));
        else
            missing.append(QString::number(id));
    }
    if (missing.isEmpty())
        return out;
    constexpr qsizetype kNamed = 10; // the message stays one line
    QString named = missing.mid(0, kNamed).join(u", "_s);
    if (missing.size() > kNamed)
        named += tr(", … (%1 in all)").arg(missing.size());
    throw Error(missing.size() == 1 ? tr("no decision has the id %1").arg(named)
                                    : tr("no decision has the ids %1").arg(named));
}

QList<Decision> Store::decisionsOf(const QString &country) const {
    if (country.isEmpty())
        return {};
    settle();
    return DecisionReader(m_db, 0, &m_queries, m_textsCut, country).read();
}

int Store::decisionCount() const {
    // The narrow index has a row a decision and a small index to count (the decisions'
    // own table would be read whole).
    return firstValue(prepare(u"SELECT count(*) FROM decision_facts"_s)).toInt();
}

int Store::decisionCount(const QString &country) const {
    QSqlQuery &q = prepare(u"SELECT count(*) FROM decision_facts WHERE country = ?"_s);
    q.addBindValue(country);
    return firstValue(q).toInt();
}

QList<qint64> Store::decisionIdsOf(const QString &country) const {
    QSqlQuery &q = prepare(u"SELECT decision_id FROM decision_facts WHERE country = ? "
                           "ORDER BY announced DESC, decision_id DESC"_s);
    q.addBindValue(country);
    exec(q);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QHash<QString, int> Store::decisionCounts() const {
    QSqlQuery &q =
        prepare(u"SELECT country, count(*) FROM decision_facts GROUP BY country"_s); // its key

    exec(q);
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

QHash<qint64, QString> Store::vendorNamesById() const {
    QHash<qint64, QString> names;
    QSqlQuery &q = prepare(u"SELECT id, name FROM vendors"_s);
    exec(q);
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

StatusFacts Store::statusFacts(const QStringList &countries, const QList<qint64> &vendorIds) const {
    settle();
    QSqlDatabase db = m_db;
    return readFacts(db, countries, vendorIds, vendorNamesById());
}

StatusFacts Store::statusFactsFor(const QStringList &countries,
                                  const QStringList &vendorNames) const {
    QList<qint64> ids;
    QSqlQuery &up = prepare(u"SELECT parent_id FROM vendors WHERE id = ?"_s);
    for (const QString &name : vendorNames) {
        // The vendor, then its ancestors: a decision about a parent that covers its
        // subsidiaries is about the vendor too.
        for (qint64 at = vendorIdOf(name); at != 0 && !ids.contains(at);) {
            ids.append(at);
            up.addBindValue(at);
            at = firstValue(up).toLongLong();
        }
    }
    if (!vendorNames.isEmpty() && ids.isEmpty())
        return {}; // no such vendor: nothing is about it
    return statusFacts(countries, ids);
}

StatusFacts Store::statusFactsOf(qint64 decisionId) const {
    settle();
    QSqlDatabase db = m_db;
    return readFactsOf(db, decisionId, vendorNamesById());
}

// `isNew`: the decision was just inserted, so it has no parts to clear yet.
QStringList Store::writeDecisionParts(const Decision &d, bool isNew) {
    const QList<qint64> vendorIds = vendorIdsOf(d);
    writeDecisionVendors(d.id, vendorIds, isNew);
    writeDecisionScopes(d, isNew);
    writeDecisionSources(d, isNew);
    writeDecisionFacts(d, vendorIds, isNew);
    if (m_import.id != 0)
        return d.vendors; // the compact audit row names no vendors
    QStringList canonical;
    QSqlQuery &name = prepare(u"SELECT name FROM vendors WHERE id = ?"_s);
    for (qint64 id : vendorIds) {
        name.addBindValue(id);
        canonical.append(firstValue(name).toString());
    }
    return canonical;
}

void Store::writeDecisionFacts(const Decision &d, const QList<qint64> &vendorIds, bool isNew) {
    if (!isNew) {
        QSqlQuery &clear = prepare(u"DELETE FROM decision_facts WHERE decision_id = ?"_s);
        clear.addBindValue(d.id);
        exec(clear);
    }
    writeFact(m_db, d, vendorIds);
}

// The ids of the vendors `d` names, each stored and named once; else ValidationError.
QList<qint64> Store::vendorIdsOf(const Decision &d) const {
    QList<FieldError> unknown;
    QList<qint64> vendorIds;
    for (const QString &name : d.vendors) {
        const qint64 id = vendorIdOf(name);
        if (!id)
            unknown.append({u"vendors"_s, Store::tr("unknown vendor \"%1\"").arg(name)});
        else if (vendorIds.contains(id))
            unknown.append(
                {u"vendors"_s, Store::tr("\"%1\" names a vendor already listed").arg(name)});
        vendorIds.append(id);
    }
    ensureValid(unknown);
    return vendorIds;
}

void Store::writeDecisionVendors(qint64 decisionId, const QList<qint64> &vendorIds, bool isNew) {
    if (!isNew) {
        QSqlQuery &clear = prepare(u"DELETE FROM decision_vendors WHERE decision_id = ?"_s);
        clear.addBindValue(decisionId);
        exec(clear);
    }
    QSqlQuery &addVendorRow = prepare(u"INSERT INTO decision_vendors (decision_id, vendor_id, "
                                      "position) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < vendorIds.size(); ++i) {
        addVendorRow.addBindValue(decisionId);
        addVendorRow.addBindValue(vendorIds[i]);
        addVendorRow.addBindValue(i);
        exec(addVendorRow);
    }
}

void Store::writeDecisionScopes(const Decision &d, bool isNew) {
    if (!isNew) {
        QSqlQuery &clear = prepare(u"DELETE FROM decision_scopes WHERE decision_id = ?"_s);
        clear.addBindValue(d.id);
        exec(clear);
    }
    QSqlQuery &addScope = prepare(u"INSERT INTO decision_scopes (decision_id, scope, "
                                  "position) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < d.scopes.size(); ++i) {
        addScope.addBindValue(d.id);
        addScope.addBindValue(toId(d.scopes[i]));
        addScope.addBindValue(i);
        exec(addScope);
    }
}

// Sources keep their ids across edits; those no longer listed are deleted.
void Store::writeDecisionSources(const Decision &d, bool isNew) {
    QSet<qint64> stale;
    if (!isNew) {
        QSqlQuery &existing = prepare(u"SELECT id FROM sources WHERE decision_id = ?"_s);
        existing.addBindValue(d.id);
        exec(existing);
        while (existing.next())
            stale.insert(existing.value(0).toLongLong());
    }
    QSqlQuery &update = prepare(u"UPDATE sources SET position = ?, title = ?, publisher = ?, "
                                "url = ?, published = ?, accessed = ?, local_copy = ?, "
                                "sha256 = ? WHERE id = ?"_s);
    QSqlQuery &insert = prepare(u"INSERT INTO sources (position, title, publisher, url, "
                                "published, accessed, local_copy, sha256, decision_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < d.sources.size(); ++i) {
        const Source &s = d.sources[i];
        const bool keep = s.id != 0 && stale.remove(s.id);
        QSqlQuery &q = keep ? update : insert;
        q.addBindValue(i);
        q.addBindValue(notNull(s.title));
        q.addBindValue(notNull(s.publisher));
        q.addBindValue(notNull(s.url));
        q.addBindValue(dateOrNull(s.published));
        q.addBindValue(dateOrNull(s.accessed));
        q.addBindValue(notNull(s.localCopy));
        q.addBindValue(notNull(s.sha256));
        q.addBindValue(keep ? s.id : d.id);
        exec(q);
    }
    QSqlQuery &remove = prepare(u"DELETE FROM sources WHERE id = ?"_s);
    for (qint64 id : std::as_const(stale)) {
        remove.addBindValue(id);
        exec(remove);
    }
}

namespace {
void bindDecisionColumns(QSqlQuery &q, const Decision &d) {
    q.addBindValue(d.country);
    q.addBindValue(toId(d.measure));
    q.addBindValue(d.announced.toString());
    q.addBindValue(dateOrNull(d.effective));
    q.addBindValue(dateOrNull(d.ended));
    q.addBindValue(dateOrNull(d.deadline));
    q.addBindValue(d.title);
    q.addBindValue(notNull(d.summary));
    q.addBindValue(d.legalForm ? QVariant(toId(*d.legalForm)) : QVariant());
    q.addBindValue(toId(d.confidence));
    q.addBindValue(d.coversSubsidiaries ? 1 : 0);
}
} // namespace

namespace {
Decision withNormalizedVendors(Decision d) {
    for (QString &v : d.vendors)
        v = normalizedName(v);
    return d;
}
} // namespace

// The id of a new decision, within what JSON can carry. In a file ids stay dense: the next
// after the largest, or, once a file has used the largest there is, the first one free; an
// import remembers the next one rather than asking for each decision. On a server they
// come from the table's identity (several writers never draw the same), an import's a
// thousand at a time: those it does not use are gaps.
qint64 Store::newDecisionId() {
    qint64 id = 0;
    if (m_engine == Engine::Postgres) {
        // The table's identity: several writers at once never draw the same id. Past what
        // JSON carries (someone stored the largest id), the first free one, as in a file.
        // An import draws a thousand at a time (a round trip each, not one per decision),
        // passing over the ids its file gave (the identity continues after them only when
        // its batch is written). Not prepare(): the waiting decisions need not be written.
        do {
            if (m_import.drawn.isEmpty()) {
                QSqlQuery &draw =
                    prepareCached(m_queries, m_db,
                                  u"SELECT nextval(pg_get_serial_sequence('decisions', 'id')) "
                                  "FROM generate_series(1, ?)"_s);
                draw.addBindValue(m_import.id != 0 ? 1000 : 1);
                exec(draw);
                while (draw.next())
                    m_import.drawn.append(draw.value(0).toLongLong());
                draw.finish();
            }
            id = m_import.drawn.isEmpty() ? 0 : m_import.drawn.takeFirst();
        } while (id != 0 && m_import.given.contains(id));
        if (id >= 1 && id <= kMaxId)
            return id;
        m_import.drawn.clear(); // past what JSON carries: the rest are too
    } else {
        if (m_import.nextId != 0 && m_import.nextId <= kMaxId)
            return m_import.nextId;
        QSqlQuery &last = prepare(u"SELECT coalesce(max(id), 0) FROM decisions"_s);
        id = firstValue(last).toLongLong() + 1;
        if (id <= kMaxId) {
            if (m_import.id != 0)
                m_import.nextId = id;
            return id;
        }
    }
    QSqlQuery &gap =
        prepare(u"SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM decisions WHERE id = 1) THEN 1 "
                "ELSE (SELECT min(d.id) + 1 FROM decisions d WHERE NOT EXISTS "
                "(SELECT 1 FROM decisions e WHERE e.id = d.id + 1)) END"_s);
    id = firstValue(gap).toLongLong();
    if (id < 1 || id > kMaxId)
        ensureValid(
            {{u"id"_s, Store::tr("no id is left: every id up to %1 is in use").arg(kMaxId)}});
    return id;
}

QList<qint64> Store::findDecisions(const DecisionFilter &filter, DecisionOrder order,
                                   bool descending, qsizetype limit) const {
    settle();
    QSqlDatabase db = m_db;
    return banatlas::findDecisions(db, filter, order, descending, limit);
}

qint64 Store::addDecision(const Decision &original) {
    const Decision input = withNormalizedVendors(original);
    if (!m_bulk) // an import's session has checked it, by the same rules
        ensureValid(validator().check(input));
    return transaction([&] {
        if (input.id != 0 && decision(input.id))
            ensureValid(
                {{u"id"_s, Store::tr("a decision with id %1 already exists").arg(input.id)}});
        const qint64 id = input.id != 0 ? input.id : newDecisionId();
        if (input.id != 0 && m_import.id != 0)
            m_import.given.insert(input.id); // never drawn for another (newDecisionId)
        if (m_bulk) {
            // An import: the statements prepared once, a compact audit row.
            Decision stored = input;
            stored.id = id;
            m_bulk->decision(stored, vendorIdsOf(stored));
            // A server's search documents: deferred, written before the import commits
            // (not through searchIndex(), which would write the batch first).
            if (m_engine == Engine::Postgres)
                m_search->add(id);
            if (m_import.nextId != 0)
                m_import.nextId = std::max(m_import.nextId, id + 1);
            return id;
        }
        QSqlQuery &q = prepare(u"INSERT INTO decisions (country, measure, announced, "
                               "effective, ended, deadline, title, summary, legal_form, "
                               "confidence, covers_subsidiaries, id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        bindDecisionColumns(q, input);
        q.addBindValue(id);
        exec(q);
        if (input.id != 0 && m_engine == Engine::Postgres) {
            // An id given (an import's): the identity continues after it.
            QSqlQuery &past = prepare(
                u"SELECT setval(s, greatest(?, coalesce(pg_sequence_last_value(s), 0))) FROM "
                "(SELECT CAST(pg_get_serial_sequence('decisions', 'id') AS regclass) AS s) x"_s);
            past.addBindValue(id);
            firstValue(past);
        }
        Decision stored = input;
        stored.id = id;
        if (m_import.nextId != 0)
            m_import.nextId = std::max(m_import.nextId, id + 1);
        stored.vendors = writeDecisionParts(stored, true);
        searchIndex().add(stored.id);
        audit(u"insert"_s, u"decision"_s, QString::number(stored.id), {},
              m_import.id != 0 ? QString() : json(toJson(stored)));
        return stored.id;
    });
}

// The decision `id` as stored, inside the caller's transaction; on a server its row is
// locked until the transaction ends, so that no other writer changes it meanwhile (every
// writer of a decision locks it first). On a file the transaction holds the write lock.
// A change begun from version `from` (0: any) of a decision that is no longer there or
// no longer at that version throws ConflictError; one of a decision never there,
// ValidationError. A change to exactly what is stored now overwrites nothing of theirs:
// no conflict.
Decision Store::decisionToChange(qint64 id, const Decision &yours) {
    if (m_engine == Engine::Postgres) {
        QSqlQuery &lock = prepare(u"SELECT version FROM decisions WHERE id = ? FOR UPDATE"_s);
        lock.addBindValue(id);
        exec(lock);
        lock.finish();
    }
    const auto old = decision(id);
    if (yours.version != 0 && (!old || old->version != yours.version) &&
        !(old && sameContent(*old, yours)))
        throw ConflictError(old, yours, lastChangedBy(id));
    if (!old)
        ensureValid({{u"id"_s, Store::tr("no decision with id %1").arg(id)}});
    return *old;
}

// Listened for on a connection of its own: the store's connection, once a statement leaves
// rows unread (Qt's driver keeps them until its next statement), would not see a
// notification until it runs another; the listener runs none.
bool Store::watchChanges(QObject *context, const ChangeListener &onChange) {
    if (m_engine != Engine::Postgres)
        return false;
    m_listenContext = context;
    m_onChange = onChange;
    return listen();
}

bool Store::listen() {
    static const QString channel = u"banatlas_changes"_s;
    m_listener.reset();
    if (!m_listenContext || !m_onChange)
        return false;
    auto listener = std::make_unique<OwnConnection>(u"QPSQL"_s, u"changes"_s);
    try {
        connectToServer(listener->database(), parseServerAddress(m_path),
                        [this](const QString &) { return m_password; });
    } catch (const StoreError &) {
        return false;
    }
    QSqlDriver *driver = listener->database().driver();
    if (!driver->subscribeToNotification(channel))
        return false;
    // "<backend> <entity> <id>": this connection's own changes are left out.
    const QString own = QString::number(m_backend) + u' ';
    QObject::connect(driver, &QSqlDriver::notification, m_listenContext,
                     [onChange = m_onChange, own](const QString &name,
                                                  QSqlDriver::NotificationSource,
                                                  const QVariant &payload) {
                         const QString text = payload.toString();
                         if (name != channel || text.startsWith(own))
                             return;
                         const QStringList parts = text.split(u' ');
                         if (parts.size() >= 3)
                             onChange(parts[1], parts.mid(2).join(u' '));
                     });
    m_listener = std::move(listener);
    return true;
}

namespace {

// Whether libpq still holds `db`'s connection as good. Nothing is read or sent: a listening
// connection's unread notifications stay for Qt's driver to read (it reads them when the
// socket stirs, and finds the connection gone the same way).
bool libpqConnectionGood(const QSqlDatabase &db) {
    if (!db.isOpen())
        return false;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") != 0)
        return true;
    auto *conn = *static_cast<PGconn *const *>(handle.data());
    return conn && PQstatus(conn) == CONNECTION_OK;
}

} // namespace

bool Store::isConnected() {
    if (m_engine != Engine::Postgres)
        return true;
    if (m_listener && !libpqConnectionGood(m_listener->database()))
        return false; // (a server that would not listen at all: not a lost connection)
    if (m_depth > 0)  // inside a transaction: its own statements find out
        return libpqConnectionGood(m_db);
    try {
        return firstValue(prepare(u"SELECT 1"_s)).toInt() == 1 && libpqConnectionGood(m_db);
    } catch (const StoreError &) {
        return false;
    }
}

bool Store::reconnect(QString *why) {
    if (m_engine != Engine::Postgres)
        return true;
    if (m_depth > 0) { // a transaction's statements would go on, outside it, on the new one
        if (why)
            *why = Store::tr("%1: lost during a change; it is undone when that change ends")
                       .arg(parseServerAddress(m_path).displayName());
        return false;
    }
    m_listener.reset();
    m_bulk.reset();
    m_search.reset();
    m_queries.clear();
    m_db.close();
    try {
        connectToServer(m_db, parseServerAddress(m_path),
                        [this](const QString &) { return m_password; });
        m_backend = pragma(u"SELECT pg_backend_pid()"_s).toLongLong();
    } catch (const StoreError &e) {
        m_db.close();
        if (why)
            *why = e.message();
        return false;
    }
    if (m_listenContext && m_onChange)
        listen(); // refused now: the store works on, without live updates
    return true;
}

QString AuditEntry::who() const {
    if (user.isEmpty() || host.isEmpty())
        return user;
    return user + u'@' + host;
}

QString Store::lastChangedBy(qint64 id) const {
    const QList<AuditEntry> entries = auditLog(u"decision"_s, QString::number(id));
    return entries.isEmpty() ? QString() : entries.last().who();
}

qint64 Store::updateDecision(const Decision &original) {
    const Decision d = withNormalizedVendors(original);
    return transaction([&] {
        const Decision old = decisionToChange(d.id, d);
        if (sameContent(old, d))
            return old.version;
        ensureValid(validator().check(d));
        searchIndex().remove(d.id); // with the text it indexed, before that changes
        QSqlQuery &q = prepare(u"UPDATE decisions SET country = ?, measure = ?, "
                               "announced = ?, effective = ?, ended = ?, deadline = ?, "
                               "title = ?, summary = ?, legal_form = ?, confidence = ?, "
                               "covers_subsidiaries = ?, version = ? WHERE id = ?"_s);
        bindDecisionColumns(q, d);
        q.addBindValue(old.version + 1);
        q.addBindValue(d.id);
        exec(q);
        Decision stored = d;
        stored.version = old.version + 1;
        stored.vendors = writeDecisionParts(d, false);
        searchIndex().add(d.id);
        if (m_import.id != 0)
            audit(u"update"_s, u"decision"_s, QString::number(d.id), {}, {});
        else
            audit(u"update"_s, u"decision"_s, QString::number(d.id), json(toJson(old)),
                  json(toJson(stored)));
        return stored.version;
    });
}

void Store::removeDecision(qint64 id, qint64 fromVersion) {
    Decision yours;
    yours.id = id;
    yours.version = fromVersion;
    transaction([&] {
        const Decision old = decisionToChange(id, yours);
        searchIndex().remove(id);
        QSqlQuery &q = prepare(u"DELETE FROM decisions WHERE id = ?"_s);
        q.addBindValue(id);
        exec(q);
        audit(u"delete"_s, u"decision"_s, QString::number(id), json(toJson(old)), {});
    });
}

qint64 Store::addSource(qint64 decisionId, const Source &s) {
    auto d = decision(decisionId);
    if (!d)
        ensureValid({{u"id"_s, Store::tr("no decision with id %1").arg(decisionId)}});
    Source fresh = s;
    fresh.id = 0;
    d->sources.append(fresh);
    return transaction([&] {
        updateDecision(*d);
        return decision(decisionId)->sources.last().id;
    });
}

void Store::updateSource(qint64 decisionId, const Source &s) {
    auto d = decision(decisionId);
    if (!d)
        ensureValid({{u"id"_s, Store::tr("no decision with id %1").arg(decisionId)}});
    for (Source &existing : d->sources) {
        if (existing.id == s.id) {
            existing = s;
            updateDecision(*d);
            return;
        }
    }
    ensureValid({{u"sources"_s,
                  Store::tr("decision %1 has no source with id %2").arg(decisionId).arg(s.id)}});
}

void Store::removeSource(qint64 decisionId, qint64 sourceId) {
    auto d = decision(decisionId);
    if (!d)
        ensureValid({{u"id"_s, Store::tr("no decision with id %1").arg(decisionId)}});
    const auto before = d->sources.size();
    d->sources.removeIf([&](const Source &s) { return s.id == sourceId; });
    if (d->sources.size() == before)
        ensureValid(
            {{u"sources"_s,
              Store::tr("decision %1 has no source with id %2").arg(decisionId).arg(sourceId)}});
    updateDecision(*d);
}

} // namespace banatlas
