// Opening files that are not what they should be: read-only files and folders, a file
// another BanAtlas has open for writing, damaged and truncated files. Each is refused
// or opened read-only with a clear message, and the file's bytes never change.

#include "errors.h"
#include "interchange.h"
#include "migrations.h"
#include "store.h"

#include "helpers/storehelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

private slots:
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
        QTest::newRow("zero page size") << u"badheader"_s << u""_s;
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
};

QTEST_GUILESS_MAIN(TestOpenFiles)
#include "tst_openfiles.moc"
