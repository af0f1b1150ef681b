#include "settings.h"
#include "storage/backup.h"

#include "helpers/testsetup.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

class TestSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshFile() { return m_dir.filePath(u"settings%1.ini"_s.arg(++m_counter)); }

public:
    static void initMain() {
        // The app's own settings file lands here, not in the user's.
        static QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    }

private slots:
    void init() { testing::failOnQtWarnings(); }

    void defaultsWhenNothingIsSaved() {
        const Settings s(freshFile());
        QVERIFY(s.recentDatabases().isEmpty());
        QVERIFY(s.lastDatabase().isEmpty());
        QCOMPARE(s.backupsToKeep(), kDefaultBackupsToKeep);
        QCOMPARE(s.selectedCountry(), u"AU"_s);
        QCOMPARE(s.classFilter(), -1);
        QVERIFY(s.reportFolder().isEmpty());
        QVERIFY(s.windowGeometry().isEmpty());
    }

    // Everything written comes back from a new object on the same file, typed.
    void roundTrip() {
        const QString file = freshFile();
        {
            Settings s(file);
            s.setWindowGeometry("geometry\x01\x02");
            s.setWindowState("state");
            s.setCountrySplitter("splitter");
            s.setSearchFilter(u"aus"_s);
            s.setGroupFilter(u"FIVE_EYES"_s);
            s.setRegionFilter(u"Oceania"_s);
            s.setClassFilter(3);
            s.setVendors({u"Huawei"_s, u"ZTE"_s});
            s.setSelectedCountry(u"GB"_s);
            s.setBackupsToKeep(4);
            s.setReportFolder(u"/tmp/reports"_s);
            s.rememberDatabase(u"/data/a.banatlas"_s);
            s.rememberDatabase(u"/data/b.banatlas"_s);
        }
        const Settings s(file);
        QCOMPARE(s.windowGeometry(), QByteArray("geometry\x01\x02"));
        QCOMPARE(s.windowState(), QByteArray("state"));
        QCOMPARE(s.countrySplitter(), QByteArray("splitter"));
        QCOMPARE(s.searchFilter(), u"aus"_s);
        QCOMPARE(s.groupFilter(), u"FIVE_EYES"_s);
        QCOMPARE(s.regionFilter(), u"Oceania"_s);
        QCOMPARE(s.classFilter(), 3); // an int again, not the text "3"
        QCOMPARE(s.vendors(), (QStringList{u"Huawei"_s, u"ZTE"_s}));
        QCOMPARE(s.selectedCountry(), u"GB"_s);
        QCOMPARE(s.backupsToKeep(), 4);
        QCOMPARE(s.reportFolder(), u"/tmp/reports"_s);
        QCOMPARE(s.lastDatabase(), u"/data/b.banatlas"_s);
        QCOMPARE(s.recentDatabases(), (QStringList{u"/data/b.banatlas"_s, u"/data/a.banatlas"_s}));
    }

    // The recent list: newest first, each once, at most kMaxRecentDatabases.
    void recentDatabasesAreCapped() {
        Settings s(freshFile());
        for (int i = 0; i < Settings::kMaxRecentDatabases + 3; ++i)
            s.rememberDatabase(u"/data/%1.banatlas"_s.arg(i));
        s.rememberDatabase(u"/data/5.banatlas"_s);
        const QStringList recent = s.recentDatabases();
        QCOMPARE(recent.size(), Settings::kMaxRecentDatabases);
        QCOMPARE(recent.first(), u"/data/5.banatlas"_s);
        QCOMPARE(recent.count(u"/data/5.banatlas"_s), 1);
        QCOMPARE(recent.at(1), u"/data/%1.banatlas"_s.arg(Settings::kMaxRecentDatabases + 2));
    }

    // A count out of range, or not a number, gives a count the backups can use.
    void backupsToKeepStaysInRange() {
        const QString file = freshFile();
        Settings s(file);
        s.setBackupsToKeep(0);
        QCOMPARE(s.backupsToKeep(), 1);
        s.setBackupsToKeep(kMaxBackupsToKeep + 5);
        QCOMPARE(s.backupsToKeep(), kMaxBackupsToKeep);
        QSettings(file, QSettings::IniFormat).setValue(u"backups/keep"_s, u"many"_s);
        QCOMPARE(Settings(file).backupsToKeep(), kDefaultBackupsToKeep);
    }

    // The app's file, where settings written before this class (by raw QSettings under
    // the organisation and application "banatlas", the report dialog's included) are read
    // as they were written.
    void readsWhatEarlierVersionsWrote() {
        {
            QSettings old(u"banatlas"_s, u"banatlas"_s);
            old.clear();
            old.setValue(u"lastDatabase"_s, u"/data/old.banatlas"_s);
            old.setValue(u"recentDatabases"_s, QStringList{u"/data/old.banatlas"_s});
            old.setValue(u"backups/keep"_s, 7);
            old.setValue(u"report/folder"_s, u"/data/reports"_s);
            old.setValue(u"selection/country"_s, u"DE"_s);
        }
        const Settings s;
        QCOMPARE(s.lastDatabase(), u"/data/old.banatlas"_s);
        QCOMPARE(s.recentDatabases(), QStringList{u"/data/old.banatlas"_s});
        QCOMPARE(s.backupsToKeep(), 7);
        QCOMPARE(s.reportFolder(), u"/data/reports"_s);
        QCOMPARE(s.selectedCountry(), u"DE"_s);
        QSettings(u"banatlas"_s, u"banatlas"_s).clear();
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
