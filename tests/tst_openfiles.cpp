// Opening files that are not what they should be: read-only files and folders, a file
// another BanAtlas has open for writing, damaged and truncated files. Each is refused
// or opened read-only with a clear message, and the file's bytes never change.

#include "domain/errors.h"
#include "interchange/database.h"
#include "interchange/interchange.h"
#include "storage/migrations.h"
#include "storage/store.h"

#include "helpers/storehelpers.h"

#include "helpers/testsetup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

Decision sample(const QString &title) {
    return testing::exampleDecision(title, u"NZ"_s, {u"Huawei"_s});
}

qint64 add(Store &store, const Decision &d) {
    return testing::addWithVendors(store, d);
}

QByteArray digest(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// A closed database with `n` decisions (no -wal or -shm left beside it).
void makeDatabase(const QString &path, int n) {
    const auto store = openDatabase(path, Seed::None);
    for (int i = 0; i < n; ++i)
        add(*store, sample(u"Decision %1"_s.arg(i)));
}

constexpr auto kReadOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto kReadOnlyFolder =
    kReadOnlyFile | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
constexpr auto kWritableFolder = kReadOnlyFolder | QFileDevice::WriteOwner;

using testing::messageOf;

} // namespace

class TestOpenFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"db%1.banatlas"_s.arg(++m_counter)); }

    // Makes `path` (and its folder) a database of three decisions whose third is committed
    // but still in its -wal, with no -shm: as a crash or an unplugged disk leaves it.
    void copyWithCommitInJournal(const QString &path) {
        const QString source = freshPath();
        makeDatabase(source, 2);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        Store writer(source);
        add(writer, sample(u"committed, still in the journal"_s));
        QVERIFY(QFileInfo(source + u"-wal"_s).size() > 0);
        QVERIFY(QFile::copy(source, path));
        QVERIFY(QFile::copy(source + u"-wal"_s, path + u"-wal"_s));
    }

private slots:
    void init() { testing::failOnQtWarnings(); }

    void readOnlyFileOpensReadOnly() {
        const QString path = freshPath();
        makeDatabase(path, 3);
        QVERIFY(QFile::setPermissions(path, kReadOnlyFile));
        const QByteArray before = digest(path);

        const QString why = messageOf<ReadOnlyError>([&] { Store s(path); });
        QVERIFY2(why.contains(path) && why.contains(u"read-only"_s), qPrintable(why));

        {
            Store store(path, Access::ReadOnly);
            QVERIFY(store.isReadOnly());
            QCOMPARE(store.decisionCount(), 3);
            const QString refused = messageOf<StoreError>([&] { add(store, sample(u"more"_s)); });
            QVERIFY2(refused.contains(u"read-only"_s), qPrintable(refused));
            QVERIFY_THROWS_EXCEPTION(StoreError, store.removeDecision(1));
            QVERIFY_THROWS_EXCEPTION(StoreError, store.restore(path));
            QVERIFY(!store.backupDaily());
            QCOMPARE(store.decisionCount(), 3);
        }
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(m_dir.filePath(u".%1.lock"_s.arg(QFileInfo(path).fileName()))));
        QVERIFY(QFile::setPermissions(path, kReadOnlyFile | QFileDevice::WriteOwner));
    }

    void readOnlyFolderOpensReadOnly() {
        const QString folder = m_dir.filePath(u"shelf"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/archive.banatlas"_s;
        makeDatabase(path, 2);
        const QStringList filesBefore =
            QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(filesBefore, QStringList{u"archive.banatlas"_s});
        const QByteArray before = digest(path);
        QVERIFY(QFile::setPermissions(folder, kReadOnlyFolder));

        const QString why = messageOf<ReadOnlyError>([&] { Store s(path); });
        QVERIFY2(why.contains(u"folder"_s) && why.contains(u"read-only"_s), qPrintable(why));
        {
            Store store(path, Access::ReadOnly);
            QCOMPARE(store.decisionCount(), 2);
            QCOMPARE(store.decisions().first().title, u"Decision 0"_s);
            QCOMPARE(store.integrityCheck(), u"ok"_s);
        }
        QVERIFY(QFile::setPermissions(folder, kWritableFolder));
        // Nothing was created beside it: no lock, no -wal, no -shm, no backup folder.
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 filesBefore);
        QCOMPARE(digest(path), before);
    }

    void cannotCreateInReadOnlyFolder() {
        const QString folder = m_dir.filePath(u"locked-shelf"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, kReadOnlyFolder));
        const QString path = folder + u"/new.banatlas"_s;
        const QString why = messageOf<ReadOnlyError>([&] { openDatabase(path); });
        QVERIFY2(why.contains(u"read-only"_s), qPrintable(why));
        QVERIFY(QFile::setPermissions(folder, kWritableFolder));
        QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void secondWriterIsTurnedAway() {
        const QString path = freshPath();
        makeDatabase(path, 1);
        auto writer = std::make_unique<Store>(path);
        const QString why = messageOf<LockedError>([&] { Store second(path); });
        QVERIFY2(why.contains(u"open for writing in another BanAtlas"_s), qPrintable(why));
        QVERIFY2(why.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(why));

        // A reader still can, and sees what the writer commits.
        Store reader(path, Access::ReadOnly);
        QCOMPARE(reader.decisionCount(), 1);
        add(*writer, sample(u"Added while a reader looks"_s));
        QCOMPARE(reader.decisionCount(), 2);

        // Once the writer has closed, the file can be opened for writing again.
        writer.reset();
        Store again(path);
        QCOMPARE(again.decisionCount(), 2);
    }

    void staleLockOfAGoneProcessIsIgnored() {
        const QString path = freshPath();
        makeDatabase(path, 1);
        // A lock file as a killed BanAtlas leaves it: a process id that is not running.
        const QString lock = m_dir.filePath(u".%1.lock"_s.arg(QFileInfo(path).fileName()));
        QFile f(lock);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("2147480000\nbanatlas\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        f.close();
        Store store(path);
        QCOMPARE(store.decisionCount(), 1);
    }

    void damagedFilesAreRefusedUntouched_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << u"truncated"_s << u"damaged"_s;
        QTest::newRow("header only") << u"header"_s << u"damaged"_s;
        QTest::newRow("garbage pages") << u"garbage"_s << u"damaged"_s;
        QTest::newRow("not sqlite") << u"text"_s << u"not an SQLite file"_s;
        QTest::newRow("zero page size") << u"badheader"_s << u"damaged (file is not a database)"_s;
    }
    void damagedFilesAreRefusedUntouched() {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString path = freshPath();
        makeDatabase(path, 200);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        if (kind == u"truncated"_s) {
            bytes.truncate(bytes.size() / 2);
        } else if (kind == u"header"_s) {
            bytes.truncate(100);
        } else if (kind == u"garbage"_s) {
            for (qsizetype i = 8192; i < bytes.size(); i += 7)
                bytes[i] = char(i * 31);
        } else if (kind == u"text"_s) {
            bytes = "country,vendor\nAU,Huawei\n";
        } else {
            bytes[16] = 0; // page size 0
            bytes[17] = 3;
        }
        f.resize(0);
        f.seek(0);
        f.write(bytes);
        f.close();
        const QByteArray before = digest(path);
        QString why;
        try {
            Store store(path);
            // SQLite may accept the first pages; then reading everything must still fail
            // with a StoreError, never crash.
            store.decisions();
            store.vendors();
            why = u"opened"_s;
        } catch (const StoreError &e) {
            why = e.message();
        }
        QVERIFY2(why != u"opened"_s, "a damaged file was opened");
        QVERIFY2(why.contains(path), qPrintable(why));
        QVERIFY2(why.contains(expected), qPrintable(why));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(m_dir.filePath(u".%1.lock"_s.arg(QFileInfo(path).fileName()))));
    }

    void olderSchemaReadOnlyIsExplained() {
        const QString path = freshPath();
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            migrate(db, 2);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        const QByteArray before = digest(path);
        const QString why = messageOf<StoreError>([&] { Store s(path, Access::ReadOnly); });
        QVERIFY2(why.contains(u"older BanAtlas"_s) && why.contains(u"opened for writing"_s),
                 qPrintable(why));
        QCOMPARE(digest(path), before);
    }

    void folderIsNotADatabase() {
        const QString why = messageOf<StoreError>([&] { Store s(m_dir.path()); });
        QVERIFY2(why.contains(u"is a folder"_s), qPrintable(why));
    }

    void missingFileReadOnly() {
        const QString path = m_dir.filePath(u"nowhere.banatlas"_s);
        const QString why = messageOf<StoreError>([&] { Store s(path, Access::ReadOnly); });
        QVERIFY2(why.contains(u"no such database"_s), qPrintable(why));
        QVERIFY(!QFile::exists(path));
    }

    // The lock and the journal follow the file, not the name: a symlink leads to the real
    // file's; a file with two hard links is refused by either name, for reading and writing.
    void linksCannotSplitTheJournal() {
        const QString path = freshPath();
        makeDatabase(path, 2);
        const QString hard = m_dir.filePath(u"hard-link.banatlas"_s);
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()),
                 0);
        const QByteArray before = digest(path);
        for (const QString &name : {path, hard}) {
            for (Access access : {Access::ReadWrite, Access::ReadOnly}) {
                const QString why = messageOf<StoreError>([&] { Store s(name, access); });
                QVERIFY2(why.contains(u"hard links"_s), qPrintable(why));
            }
            const QString import = messageOf<StoreError>([&] {
                importFile(*openDatabase(name),
                           QStringLiteral(BANATLAS_TEST_DATA) + u"/import/valid.csv"_s);
            });
            QVERIFY2(import.contains(u"hard links"_s), qPrintable(import));
        }
        QCOMPARE(digest(path), before);
        QVERIFY(QFile::remove(hard));

        const QString sym = m_dir.filePath(u"sym-link.banatlas"_s);
        QVERIFY(QFile::link(path, sym));
        {
            Store viaLink(sym);
            QCOMPARE(viaLink.path(), QFileInfo(path).canonicalFilePath());
            QVERIFY(QFile::exists(m_dir.filePath(u".%1.lock"_s.arg(QFileInfo(path).fileName()))));
            const QString why = messageOf<LockedError>([&] { Store direct(path); });
            QVERIFY2(why.contains(u"open for writing"_s), qPrintable(why));
            add(viaLink, sample(u"through the link"_s));
        }
        QCOMPARE(Store(path, Access::ReadOnly).decisionCount(), 3);
        const QString dangling = m_dir.filePath(u"dangling.banatlas"_s);
        QVERIFY(QFile::link(m_dir.filePath(u"gone.banatlas"_s), dangling));
        const QString why = messageOf<StoreError>([&] { Store s(dangling); });
        QVERIFY2(why.contains(u"does not exist"_s), qPrintable(why));
        QVERIFY(!QFile::exists(m_dir.filePath(u"gone.banatlas"_s)));
    }

    // SQLite's own lock is the authority: a writer that came in by a name the lock file
    // does not know (a bind mount, a deleted lock file) holds SQLite's write lock, and a
    // change through the store waits for it, then fails naming the file; nothing is written
    // behind the other writer.
    void sqliteLockIsTheAuthority() {
        const QString path = freshPath();
        makeDatabase(path, 2);
        // A reader that has looked a vendor up (one row of a cached statement) still sees
        // what is committed later: no statement is left holding an old snapshot.
        Store reader(path, Access::ReadOnly);
        QVERIFY(reader.findVendor(u"Huawei"_s));
        QCOMPARE(reader.decisionCount(), 2);
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        {
            QSqlQuery q(other);
            // Another BanAtlas, as it writes: with foreign keys (the decisions' parts and
            // their narrow index go with them).
            QVERIFY(q.exec(u"PRAGMA foreign_keys = ON"_s));
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
            QVERIFY(q.exec(u"DELETE FROM decisions"_s));
        }
        {
            Store store(path);
            const QString why = messageOf<StoreError>([&] { add(store, sample(u"behind"_s)); });
            QVERIFY2(why.contains(QFileInfo(path).canonicalFilePath()) && why.contains(u"locked"_s),
                     qPrintable(why));
        }
        {
            QSqlQuery q(other);
            QVERIFY(q.exec(u"COMMIT"_s));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"other-writer"_s);
        QCOMPARE(Store(path, Access::ReadOnly).decisionCount(), 0);
        QVERIFY(reader.findVendor(u"Huawei"_s));
        QCOMPARE(reader.decisionCount(), 0);
    }

    // Only BanAtlas's own schema is obeyed: anything added or changed is refused, named,
    // before a byte is written.
    void tamperedSchemaIsRefused_data() {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("trigger deleting rows")
            << QStringList{u"CREATE TRIGGER wipe AFTER INSERT ON decisions BEGIN "
                           "DELETE FROM decisions WHERE id <> new.id; END"_s}
            << u"trigger \"wipe\""_s;
        QTest::newRow("view in place of a table")
            << QStringList{u"PRAGMA legacy_alter_table = ON"_s,
                           u"ALTER TABLE decisions RENAME TO decisions_kept"_s,
                           u"CREATE VIEW decisions AS SELECT * FROM decisions_kept WHERE 0"_s}
            << u"decisions"_s;
        QTest::newRow("extra index")
            << QStringList{u"CREATE INDEX sneaky ON vendors(kind)"_s} << u"index \"sneaky\""_s;
        QTest::newRow("extra table")
            << QStringList{u"CREATE TABLE notes (x)"_s} << u"table \"notes\""_s;
        QTest::newRow("index dropped") << QStringList{u"DROP INDEX sources_decision"_s}
                                       << u"\"sources_decision\" is missing"_s;
        QTest::newRow("table changed")
            << QStringList{u"ALTER TABLE vendors ADD COLUMN secret TEXT"_s}
            << u"table \"vendors\" differs"_s;
    }
    void tamperedSchemaIsRefused() {
        QFETCH(QStringList, sql);
        QFETCH(QString, named);
        const QString path = freshPath();
        makeDatabase(path, 3);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            for (const QString &statement : sql) {
                QSqlQuery q(raw);
                QVERIFY2(q.exec(statement), qPrintable(statement));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        const QByteArray before = digest(path);
        for (Access access : {Access::ReadWrite, Access::ReadOnly}) {
            const QString why = messageOf<StoreError>([&] { Store s(path, access); });
            QVERIFY2(why.contains(u"not as BanAtlas wrote it"_s) && why.contains(named),
                     qPrintable(why));
        }
        QCOMPARE(digest(path), before);
    }

    // An SQLite file of someone else's, even one holding only a view, is not taken over;
    // an empty file is (a new database).
    void foreignFilesAreNotTakenOver() {
        const QString path = freshPath();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"CREATE VIEW answer AS SELECT 42"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QByteArray before = digest(path);
        const QString why = messageOf<StoreError>([&] { openDatabase(path); });
        QVERIFY2(why.contains(u"another program"_s), qPrintable(why));
        QCOMPARE(digest(path), before);
        const QString empty = freshPath();
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(openDatabase(empty, Seed::None)->wasCreated());
    }

    // A read-only file read leaves nothing beside it.
    void readingAReadOnlyFileLeavesNoJournal() {
        const QString folder = m_dir.filePath(u"clean"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/kept.banatlas"_s;
        makeDatabase(path, 2);
        QVERIFY(QFile::setPermissions(path, kReadOnlyFile));
        {
            Store store(path, Access::ReadOnly);
            QCOMPARE(store.decisionCount(), 2);
        }
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"kept.banatlas"_s});
        QVERIFY(QFile::setPermissions(path, kReadOnlyFile | QFileDevice::WriteOwner));
    }

    // A read-only file whose -wal holds commits, with no -shm: read (through a copy), and
    // nothing left beside it.
    void readingAReadOnlyFileWithAJournalLeavesNothing() {
        const QString folder = m_dir.filePath(u"ro-wal"_s);
        const QString path = folder + u"/w.banatlas"_s;
        copyWithCommitInJournal(path);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(QFile::setPermissions(path, kReadOnlyFile));
        {
            Store store(path, Access::ReadOnly);
            QCOMPARE(store.decisionCount(), 3);
        }
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{u"w.banatlas"_s, u"w.banatlas-wal"_s}));
        QVERIFY(QFile::setPermissions(path, kReadOnlyFile | QFileDevice::WriteOwner));
    }

    // A lock file that is a pipe, a folder or a device is refused at once, by name.
    void lockFileThatIsNotAFileIsRefused() {
        const QString path = freshPath();
        makeDatabase(path, 1);
        const QString lock = m_dir.filePath(u".%1.lock"_s.arg(QFileInfo(path).fileName()));
        QVERIFY(::mkfifo(QFile::encodeName(lock).constData(), 0600) == 0);
        const QString why = messageOf<LockedError>([&] { Store s(path); }); // no hang
        QVERIFY2(why.contains(lock) && why.contains(u"not a plain file"_s), qPrintable(why));
        QFile::remove(lock);
        Store store(path); // and once it is gone, the file opens for writing
        QCOMPARE(store.decisionCount(), 1);
    }

    // Changes committed to the -wal of a file in a read-only folder are shown, not
    // silently left out.
    void readOnlyFolderShowsWhatTheJournalHolds() {
        const QString folder = m_dir.filePath(u"frozen"_s);
        const QString path = folder + u"/frozen.banatlas"_s;
        copyWithCommitInJournal(path);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(QFile::setPermissions(folder, kReadOnlyFolder));
        {
            Store store(path, Access::ReadOnly);
            QCOMPARE(store.decisionCount(), 3);
            QCOMPARE(store.decisions().last().title, u"committed, still in the journal"_s);
        }
        QVERIFY(QFile::setPermissions(folder, kWritableFolder));
        QVERIFY(!QFile::exists(path + u"-shm"_s));
    }

    // An empty or garbled lock file (a power cut) does not block writing forever; while
    // SQLite says someone writes, the refusal names the lock file to delete.
    void leftoverLockFilesAreStale_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x01\x02not a lock\n", 13);
    }
    void leftoverLockFilesAreStale() {
        QFETCH(QByteArray, content);
        const QString path = freshPath();
        makeDatabase(path, 1);
        const QString lock = m_dir.filePath(u".%1.lock"_s.arg(QFileInfo(path).fileName()));
        auto writeLock = [&] {
            QFile f(lock);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        writeLock();
        {
            Store store(path);
            add(store, sample(u"written past a stale lock"_s));
        }
        writeLock();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
            const QString why = messageOf<LockedError>([&] { Store s(path); });
            QVERIFY2(why.contains(lock) && why.contains(u"delete"_s), qPrintable(why));
            q.exec(u"ROLLBACK"_s);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"writer"_s);
        QFile::remove(lock);
    }

    // A file written by something else, with texts of megabytes, NULs, control characters
    // and bytes that are not UTF-8: read within the import's limits, cut or cleaned
    // visibly, and said once.
    void hostileTextsAreReadWithinLimits() {
        const QString path = freshPath();
        makeDatabase(path, 2);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hostile"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"UPDATE decisions SET summary = printf('%.*c', 10000000, 'x') "
                           "WHERE id = 1"_s));
            QVERIFY(q.exec(u"UPDATE decisions SET title = 'bell' || char(7) || 'nul' || "
                           "char(0) || 'end' || CAST(X'FF' AS TEXT) WHERE id = 2"_s));
            QVERIFY(q.exec(u"UPDATE vendors SET notes = printf('%.*c', 50000, 'n')"_s));
            // Sources an import would refuse: a script address, a garbled digest, a local
            // copy outside the folder, a date that does not exist, a title of megabytes.
            QVERIFY(q.exec(u"INSERT INTO sources (decision_id, position, title, url, published, "
                           "sha256, local_copy) VALUES "
                           "(1, 9, '', 'javascript:alert(1)', '2019-02-30', 'zz', '../x.pdf'), "
                           "(2, 9, printf('%.*c', 3000000, 't'), 'https://example.org/' || "
                           "printf('%.*c', 5000, 'u'), NULL, '', '')"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"hostile"_s);
        Store store(path, Access::ReadOnly);
        QVERIFY(!store.textsWereCut());
        const QList<Decision> all = store.decisions();
        QVERIFY(store.textsWereCut());
        const Decision &big = all[0];
        QCOMPARE(big.summary.size(), kMaxTextLength); // text and mark within the limit
        QVERIFY2(big.summary.endsWith(u"[cut: 9980033 more characters]"_s),
                 qPrintable(big.summary.right(60)));
        const QString title = all[1].title;
        for (QChar c : title)
            QVERIFY2(c.unicode() >= 0x20, qPrintable(title));
        QVERIFY(title.startsWith(u"bell\uFFFD"_s));
        QVERIFY(store.vendors().first().notes.contains(u"[cut: "_s));
        // What is read is what an import accepts: the export of it imports again whole.
        const Source &script = all[0].sources.last();
        QVERIFY(script.url.isEmpty() && script.sha256.isEmpty() && script.localCopy.isEmpty());
        QVERIFY(script.published.isNull());
        QVERIFY(!script.title.isEmpty());
        QVERIFY(all[1].sources.last().url.isEmpty());
        QVERIFY(all[1].sources.last().title.endsWith(u"more characters]"_s));
        const auto copy = openDatabase(m_dir.filePath(u"reimported.banatlas"_s), Seed::None);
        const ImportSummary again = importJson(*copy, exportJson(store), u"export.json"_s);
        QCOMPARE(again.added, 2);
        QCOMPARE(copy->decision(1)->summary, big.summary);
        const auto csvCopy = openDatabase(m_dir.filePath(u"reimported-csv.banatlas"_s), Seed::None);
        QCOMPARE(importCsv(*csvCopy, exportCsv(store), u"export.csv"_s).added, 2);
    }
};

QTEST_GUILESS_MAIN(TestOpenFiles)
#include "tst_openfiles.moc"
