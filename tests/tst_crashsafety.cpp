#include "interchange/interchange.h"

#include "helpers/testsetup.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

// A child process making edits is killed with SIGKILL at random moments; after every
// kill the database must pass SQLite's integrity check and hold every edit the child
// reported committed.
class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void init() { testing::failOnQtWarnings(); }

    void survivesKillsAtRandomMoments() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.banatlas"_s);
        QRandomGenerator rng(20181128);
        QSet<qint64> committed;
        int kills = 0;
        qint64 edits = 0;
        for (int round = 0; round < 24; ++round) {
            QProcess child;
            child.start(QStringLiteral(BANATLAS_CRASH_CHILD), {path, u"10000"_s});
            QVERIFY(child.waitForStarted());
            // Let it get going (or not: some kills land during start-up or migration).
            QTest::qWait(static_cast<int>(rng.bounded(20, 400)));
            if (child.state() == QProcess::Running) {
                child.kill(); // SIGKILL
                ++kills;
            }
            QVERIFY(child.waitForFinished(10000));
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (!line.isEmpty())
                    committed.insert(line.toLongLong());
            }
            edits = committed.size();

            // A file the child never created is fine; any file left must be sound.
            if (!QFile::exists(path))
                continue;
            Store store(path);
            QCOMPARE(store.integrityCheck(), u"ok"_s);
            QSet<qint64> stored;
            for (const Decision &d : store.decisions()) {
                stored.insert(d.id);
                QCOMPARE(d.sources.size(), 1); // never half-written
                QCOMPARE(d.vendors, QStringList{u"Huawei"_s});
            }
            for (qint64 id : std::as_const(committed))
                QVERIFY2(stored.contains(id), qPrintable(u"lost committed edit %1"_s.arg(id)));
        }
        QVERIFY(kills >= 20);
        qInfo("%d kills, %lld edits reported committed, all present", kills,
              static_cast<long long>(edits));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
