// Automatic rotating backups (online backup API) and restoring from them.

#include "domain/errors.h"
#include "interchange/database.h"
#include "interchange/interchange.h"
#include "storage/backup.h"
#include "storage/migrations.h"
#include "storage/store.h"

#include "helpers/storehelpers.h"

#include "helpers/testsetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

Decision sample(const QString &title) {
    return testing::exampleDecision(title);
}

qint64 add(Store &store, const Decision &d) {
    return testing::addWithVendors(store, d);
}

int decisionsIn(const QString &path) {
    Store s(path, Access::ReadOnly);
    return s.decisionCount();
}

QStringList reasons(const QList<Backup> &backups) {
    QStringList out;
    for (const Backup &b : backups)
        out.append(b.reason);
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestBackup : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"db%1.banatlas"_s.arg(++m_counter)); }

private slots:
    void init() { testing::failOnQtWarnings(); }

    void importIsBackedUpFirst() {
        const QString path = freshPath();
        const auto store = openDatabase(path, Seed::None);
        add(*store, sample(u"Before the import"_s));
        QVERIFY(listBackups(path).isEmpty()); // a new file has nothing to back up

        importFile(*store, QStringLiteral(BANATLAS_TEST_DATA "/import/valid.csv"));
        QCOMPARE(store->decisionCount(), 1 + 3); // valid.csv holds three decisions
        const QList<Backup> backups = listBackups(path);
        QCOMPARE(reasons(backups), QStringList{u"import"_s});
        QCOMPARE(backupFolder(path), m_dir.filePath(QFileInfo(path).fileName() + u".backups"_s));
        QVERIFY(backups.first().path.startsWith(backupFolder(path)));
        QCOMPARE(decisionsIn(backups.first().path), 1); // the content before the import
        QVERIFY(backups.first().bytes > 0);
        QVERIFY(qAbs(backups.first().created.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // A refused import is backed up too (before it is read), and changes nothing.
        const int count = store->decisionCount();
        QVERIFY_THROWS_EXCEPTION(
            ImportError,
            importFile(*store, QStringLiteral(BANATLAS_TEST_DATA "/import/bad_date.csv")));
        QCOMPARE(store->decisionCount(), count);
        QCOMPARE(reasons(listBackups(path)), (QStringList{u"import"_s, u"import"_s}));
    }

    // A database whose name is so long that its backup's name would pass the file
    // system's limit (255 bytes): the backup fails with SQLite's reason, naming the file,
    // and an import, which must be backed up first, is refused with nothing changed.
    void backupThatCannotBeCreatedSaysWhy() {
        const QString path = m_dir.filePath(QString(230, u'n') + u".banatlas"_s);
        const auto store = openDatabase(path, Seed::None);
        add(*store, sample(u"Before the import"_s));
        try {
            store->backup(u"manual"_s);
            QFAIL("a backup with an impossible name was written");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(u"cannot create the backup: unable to open"_s),
                     qPrintable(e.message()));
            QVERIFY(e.message().contains(backupFolder(path)));
        }
        QVERIFY_THROWS_EXCEPTION(
            StoreError, importFile(*store, QStringLiteral(BANATLAS_TEST_DATA "/import/valid.csv")));
        QCOMPARE(store->decisionCount(), 1);
        QVERIFY(listBackups(path).isEmpty());
        QVERIFY(QDir(backupFolder(path)).entryList(QDir::Files).filter(u".partial"_s).isEmpty());
    }

    void migrationIsBackedUpFirst() {
        const QString path = freshPath();
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            migrate(db, 2);
            QSqlQuery q(db);
            QVERIFY(q.prepare(u"INSERT INTO countries (code, alpha3, numeric, name) VALUES "
                              "('AU', 'AUS', '036', 'Australia')"_s));
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v2"_s);
        { Store store(path); }
        const QList<Backup> backups = listBackups(path);
        QCOMPARE(reasons(backups), QStringList{u"migration"_s});
        QCOMPARE(checkBackupFile(backups.first().path), 2); // as it was before the upgrade
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(schemaVersionOf(db), kSchemaVersion);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void dailyBackupOncePerDay() {
        const QString path = freshPath();
        add(*openDatabase(path, Seed::None), sample(u"One"_s));
        QVERIFY(listBackups(path).isEmpty());
        const QDate day = QDate::currentDate();
        openDatabase(path, Seed::None); // the first open of an existing file today
        QCOMPARE(reasons(listBackups(path)), QStringList{u"daily"_s});
        openDatabase(path, Seed::None); // not again the same day
        if (QDate::currentDate() == day)
            QCOMPARE(listBackups(path).size(), 1);
        else // midnight passed between the opens: the second may be a new day's first
            QVERIFY(listBackups(path).size() <= 2);
        {
            // Read-only opens never back up.
            Store ro(path, Access::ReadOnly);
            QVERIFY(!ro.backupDaily());
        }

        // Yesterday's backup does not count for today.
        const Backup old = listBackups(path).first();
        const QString yesterday = QString(old.path).replace(
            old.created.toString(u"yyyyMMdd"_s), old.created.addDays(-2).toString(u"yyyyMMdd"_s));
        QVERIFY(QFile::rename(old.path, yesterday));
        openDatabase(path, Seed::None);
        QCOMPARE(reasons(listBackups(path)), (QStringList{u"daily"_s, u"daily"_s}));
    }

    void keepsTheNewestOnly() {
        const QString path = freshPath();
        const auto store = openDatabase(path, Seed::None);
        store->setBackupsToKeep(3);
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            add(*store, sample(u"Decision %1"_s.arg(i)));
            made.prepend(store->backup(u"manual"_s).path);
        }
        const QList<Backup> left = listBackups(path);
        QCOMPARE(left.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(left[i].path, made[i]);
        QCOMPARE(decisionsIn(left.first().path), 5);
        QCOMPARE(decisionsIn(left.last().path), 3);
        // Only its own backups: another database's in the same folder are not counted.
        const QString other = freshPath();
        openDatabase(other, Seed::None)->backup(u"manual"_s);
        QCOMPARE(listBackups(path).size(), 3);
        QCOMPARE(listBackups(other).size(), 1);
        // An unfinished copy (a crash mid-backup) is never listed.
        writeFile(backupFolder(path) + u"/%1-20260101T000000000Z-manual.banatlas.partial"_s.arg(
                                           QFileInfo(path).completeBaseName()),
                  "half");
        QCOMPARE(listBackups(path).size(), 3);
    }

    // How many backups to keep belongs to each store: a count given to one does not
    // reach another, and a store not told deletes nothing.
    void keepCountIsPerStore() {
        const QString first = freshPath();
        const QString second = freshPath();
        const auto a = openDatabase(first, Seed::None);
        const auto b = openDatabase(second, Seed::None);
        a->setBackupsToKeep(2);
        QCOMPARE(a->backupsToKeep(), std::optional<int>(2));
        QCOMPARE(b->backupsToKeep(), std::nullopt);
        for (int i = 0; i < 4; ++i) {
            a->backup(u"manual"_s);
            b->backup(u"manual"_s);
        }
        QCOMPARE(listBackups(first).size(), 2);
        QCOMPARE(listBackups(second).size(), 4);
        b->setBackupsToKeep(3);
        QCOMPARE(a->backupsToKeep(), std::optional<int>(2));
        QCOMPARE(listBackups(first).size(), 2);
        // Out of range: 1 at least, kMaxBackupsToKeep at most.
        b->setBackupsToKeep(0);
        QCOMPARE(b->backupsToKeep(), std::optional<int>(1));
        b->setBackupsToKeep(kMaxBackupsToKeep + 1);
        QCOMPARE(b->backupsToKeep(), std::optional<int>(kMaxBackupsToKeep));
    }

    // The backups taken before the count was known (openDatabase's daily one, a
    // migration's) are rotated when it is set, once; a later change of the count waits
    // for the next backup, as the count in the dialog goes up and down.
    void countSetLateCatchesUpOnce() {
        const QString path = freshPath();
        const auto store = openDatabase(path, Seed::None);
        QStringList made;
        for (int i = 0; i < 5; ++i)
            made.prepend(store->backup(u"manual"_s).path);
        QCOMPARE(listBackups(path).size(), 5);
        store->setBackupsToKeep(2);
        const QList<Backup> left = listBackups(path);
        QCOMPARE(left.size(), 2);
        QCOMPARE(left[0].path, made[0]);
        QCOMPARE(left[1].path, made[1]);
        store->setBackupsToKeep(1);
        QCOMPARE(listBackups(path).size(), 2);
        store->backup(u"manual"_s);
        QCOMPARE(listBackups(path).size(), 1);
    }

    void restoreBringsBackTheContent() {
        const QString path = freshPath();
        const auto store = openDatabase(path);
        const QList<Decision> original = store->decisions();
        const Backup snapshot = store->backup(u"manual"_s);

        store->removeDecision(original.first().id);
        const qint64 added = add(*store, sample(u"Added after the backup"_s));
        QCOMPARE(store->decisionCount(), original.size());

        store->restore(snapshot.path);
        QCOMPARE(store->decisions(), original);
        QVERIFY(!store->decision(added)); // made after the backup: gone with the restore
        QCOMPARE(store->integrityCheck(), u"ok"_s);
        // The content replaced is itself a backup, so the restore can be undone.
        const QList<Backup> backups = listBackups(path);
        QCOMPARE(backups.first().reason, u"before-restore"_s);
        {
            Store before(backups.first().path, Access::ReadOnly);
            QVERIFY(before.decision(added));
            QVERIFY(!before.decision(original.first().id));
        }
        // Writing goes on as usual afterwards, and persists.
        add(*store, sample(u"After the restore"_s));
        QCOMPARE(store->decisionCount(), original.size() + 1);
        store->restore(backups.first().path);
        QCOMPARE(store->decisionCount(), original.size());
        QCOMPARE(store->decision(added)->title, u"Added after the backup"_s);
        const QList<Decision> now = store->decisions();
        QVERIFY(std::none_of(now.cbegin(), now.cend(),
                             [](const Decision &d) { return d.title == u"After the restore"_s; }));
        // ...and that restore kept what it replaced, the decision written after the first.
        const QList<Backup> after = listBackups(path);
        QCOMPARE(after.first().reason, u"before-restore"_s);
        QCOMPARE(decisionsIn(after.first().path), int(original.size()) + 1);
    }

    void restoreRefusesBadBackups_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("not a database") << u"not an SQLite file"_s;
        QTest::newRow("empty") << QByteArray() << u"not an SQLite file"_s;
        QTest::newRow("truncated")
            << QByteArray("truncate") << u"damaged: database disk image is malformed"_s;
        QTest::newRow("other program") << QByteArray("other") << u"not a BanAtlas database"_s;
        QTest::newRow("newer") << QByteArray("newer") << u"cannot be restored"_s;
    }
    void restoreRefusesBadBackups() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = freshPath();
        const auto store = openDatabase(path);
        const QList<Decision> before = store->decisions();
        const QString bad = m_dir.filePath(u"bad-%1.banatlas"_s.arg(m_counter));
        if (content == "truncate") {
            const QString good = store->backup(u"manual"_s).path;
            QFile f(good);
            QVERIFY(f.open(QIODevice::ReadOnly));
            writeFile(bad, f.read(f.size() / 3));
        } else if (content == "other" || content == "newer") {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bad"_s);
            db.setDatabaseName(bad);
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (content == "other") {
                QVERIFY(q.exec(u"CREATE TABLE notes (body TEXT)"_s));
            } else {
                migrate(db);
                QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion + 1)));
            }
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"bad"_s);
        } else {
            writeFile(bad, content);
        }
        const int backupsBefore = int(listBackups(path).size());
        try {
            store->restore(bad);
            QFAIL("a bad backup was restored");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(bad), qPrintable(e.message()));
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
        QCOMPARE(store->decisions(), before);
        QCOMPARE(listBackups(path).size(), backupsBefore); // refused before anything was done
    }

    void restoreMigratesAnOlderBackup() {
        const QString path = freshPath();
        const auto store = openDatabase(path, Seed::None);
        const QString old = m_dir.filePath(u"old-v1.banatlas"_s);
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(old);
            QVERIFY(db.open());
            migrate(db, 1);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO countries (code, alpha3, numeric, name) VALUES "
                           "('AU', 'AUS', '036', 'Australia')"_s));
            QVERIFY(q.exec(u"INSERT INTO vendors (id, name, kind) VALUES (7, 'Huawei', "
                           "'telecom_equipment')"_s));
            QVERIFY(q.exec(u"INSERT INTO decisions (id, country, measure, announced, title, "
                           "confidence) VALUES (2, 'AU', 'ban', '2018-08-23', 'Australia 5G', "
                           "'official')"_s));
            QVERIFY(q.exec(u"INSERT INTO decision_vendors VALUES (2, 7, 0)"_s));
            q.finish();
            db.close();
            db = QSqlDatabase();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        store->restore(old);
        QCOMPARE(store->decisionCount(), 1);
        QCOMPARE(store->decision(2)->vendors, QStringList{u"Huawei"_s});
        QCOMPARE(store->countries().size(), 251); // reference data brought up to date
        add(*store, sample(u"Writes work after the restore"_s));
        QCOMPARE(store->decisionCount(), 2);
    }

    void restoreIsSeenByReopening() {
        const QString path = freshPath();
        Backup snapshot;
        {
            const auto store = openDatabase(path, Seed::None);
            add(*store, sample(u"Kept"_s));
            snapshot = store->backup(u"manual"_s);
            add(*store, sample(u"Undone by the restore"_s));
            store->restore(snapshot.path);
        }
        QCOMPARE(decisionsIn(path), 1);
    }

    // A clock that once ran ahead left backups named in the future: the one just taken
    // still survives rotation, and is listed first.
    void rotationGoesByWritingOrderNotNames() {
        const QString path = freshPath();
        const auto store = openDatabase(path, Seed::None);
        store->setBackupsToKeep(kDefaultBackupsToKeep);
        for (int i = 0; i < kDefaultBackupsToKeep; ++i)
            store->backup(u"manual"_s);
        // Rename them as if written in 2099, and say so in the manifest.
        const QString folder = backupFolder(path);
        QFile manifest(folder + u'/' + QLatin1StringView(kBackupManifest));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QByteArray text = manifest.readAll();
        manifest.close();
        int n = 0;
        for (const Backup &b : listBackups(path)) {
            const QString old = QFileInfo(b.path).fileName();
            const QString future =
                old.left(old.indexOf(u'-') + 1) +
                u"20991231T2359590%1Z-manual.banatlas"_s.arg(n++, 2, 10, QChar(u'0'));
            QVERIFY(QFile::rename(b.path, folder + u'/' + future));
            text.replace(old.toUtf8(), future.toUtf8());
        }
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(text);
        manifest.close();
        const Backup taken = store->backup(u"import"_s);
        QVERIFY(QFile::exists(taken.path));
        const QList<Backup> listed = listBackups(path);
        QCOMPARE(listed.size(), kDefaultBackupsToKeep);
        QCOMPARE(listed.first().path, taken.path);
    }

    // Rotation deletes only what it wrote: files that merely look like backups stay; the
    // newest of each reason stays whatever the count.
    void rotationDeletesOnlyItsOwnAndKeepsEachReason() {
        const QString path = freshPath();
        const auto store = openDatabase(path, Seed::None);
        const QString folder = backupFolder(path);
        QVERIFY(QDir().mkpath(folder));
        const QString stem = QFileInfo(path).completeBaseName();
        QStringList planted;
        for (int i = 0; i < 12; ++i) {
            planted.append(folder +
                           u"/%1-2020010%2T000000000Z-daily.banatlas"_s.arg(stem).arg(i % 9 + 1));
            writeFile(planted.last() + (i >= 9 ? u"x"_s : QString()), "not mine");
        }
        store->setBackupsToKeep(2);
        store->backup(u"migration"_s);
        store->backup(u"daily"_s);
        for (int i = 0; i < 5; ++i)
            store->backup(u"import"_s);
        for (const QString &p : std::as_const(planted))
            QVERIFY2(QFile::exists(p) || QFile::exists(p + u"x"_s), qPrintable(p));
        QStringList mine;
        for (const Backup &b : listBackups(path)) {
            if (!planted.contains(b.path))
                mine.append(b.reason);
        }
        QCOMPARE(mine, (QStringList{u"import"_s, u"import"_s, u"daily"_s, u"migration"_s}));
    }

    // A manifest edited by hand or by an attacker: names listed twice (once with an old
    // number), a number at the top of the range, lines that are not entries. Rotation
    // never deletes a backup it keeps (nor the one just taken), and every backup the
    // manifest still lists is on disk.
    void hostileManifestNeverCostsAKeptBackup() {
        const QString path = freshPath();
        const auto store = openDatabase(path, Seed::None);
        store->setBackupsToKeep(3);
        for (int i = 0; i < 3; ++i)
            store->backup(u"manual"_s);
        const QString folder = backupFolder(path);
        const QString manifestFile = folder + u'/' + QLatin1StringView(kBackupManifest);
        QByteArray hostile;
        qint64 low = 0;
        for (const Backup &b : listBackups(path))
            hostile += QByteArray::number(low++) + '\t' + QFileInfo(b.path).fileName().toUtf8() +
                       "\tmanual\n";
        hostile +=
            "9223372036854775807\tnot-there.banatlas\tmanual\n-4\tnegative.banatlas\tmanual\n"
            "garbage line\n\t\t\n12\t../escape.banatlas\tmanual\n";
        QFile manifest(manifestFile);
        QVERIFY(manifest.open(QIODevice::Append));
        manifest.write(hostile);
        manifest.close();
        const QString outside = m_dir.filePath(u"escape.banatlas"_s);
        writeFile(outside, "not a backup");

        QList<Backup> taken;
        for (int i = 0; i < 4; ++i) {
            taken.append(store->backup(u"import"_s));
            QVERIFY2(QFile::exists(taken.last().path), qPrintable(taken.last().path));
            QCOMPARE(listBackups(path).first().path, taken.last().path);
        }
        QVERIFY(QFile::exists(outside));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = manifest.readAll().trimmed().split('\n');
        manifest.close();
        QSet<QByteArray> names;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split('\t');
            QCOMPARE(parts.size(), 3);
            QVERIFY2(!names.contains(parts[1]), line.constData()); // each name once
            names.insert(parts[1]);
            QVERIFY2(QFile::exists(folder + u'/' + QString::fromUtf8(parts[1])), line.constData());
        }
        // The three newest imports and the newest manual backup.
        QCOMPARE(reasons(listBackups(path)),
                 (QStringList{u"import"_s, u"import"_s, u"import"_s, u"manual"_s}));
    }

    // A manifest that is a link is never written through (it could lead to the database
    // itself): the backup is refused and the linked file stays as it was; a manifest naming
    // files that are not this database's backups never costs them.
    void manifestLinkIsRefusedAndOnlyBackupsAreDeleted() {
        const QString path = freshPath();
        const auto store = openDatabase(path, Seed::None);
        const QString folder = backupFolder(path);
        QVERIFY(QDir().mkpath(folder));
        const QString manifest = folder + u'/' + QLatin1StringView(kBackupManifest);
        const QString outside = m_dir.filePath(u"outside.txt"_s);
        writeFile(outside, "keep me");
        QVERIFY(QFile::link(outside, manifest));
        const QString why = testing::messageOf<StoreError>([&] { store->backup(u"import"_s); });
        QVERIFY2(why.contains(u"not a plain file"_s), qPrintable(why));
        QFile f(outside);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
        f.close();
        QVERIFY(QFileInfo(manifest).isSymLink());
        QVERIFY(listBackups(path).isEmpty());
        // A plain manifest that names other files: they stay, whatever rotation does.
        QFile::remove(manifest);
        const QString stem = QFileInfo(path).completeBaseName();
        writeFile(folder + u"/notes.txt"_s, "precious");
        writeFile(folder + u'/' + stem + u"-mycopy.banatlas"_s, "a copy");
        writeFile(manifest, "1\tnotes.txt\timport\n2\t" + (stem + u"-mycopy.banatlas"_s).toUtf8() +
                                "\timport\n");
        store->setBackupsToKeep(1);
        for (int i = 0; i < 3; ++i)
            store->backup(u"import"_s);
        QVERIFY(QFileInfo::exists(folder + u"/notes.txt"_s));
        QVERIFY(QFileInfo::exists(folder + u'/' + stem + u"-mycopy.banatlas"_s));
        QCOMPARE(listBackups(path).size(), 1);
    }

    // A backup folder that is a link is not written through.
    void backupFolderLinkIsRefused() {
        const QString path = freshPath();
        const auto store = openDatabase(path, Seed::None);
        const QString elsewhere = m_dir.filePath(u"elsewhere"_s);
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QFile::link(elsewhere, backupFolder(path)));
        const QString why = testing::messageOf<StoreError>([&] { store->backup(u"manual"_s); });
        QVERIFY2(why.contains(u"not a folder of its own"_s), qPrintable(why));
        QVERIFY(QDir(elsewhere).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
