#include "helpers/bundledjson.h"
#include "helpers/randomdata.h"
#include "interchange/database.h"
#include "storage/backup.h"
#include "storage/store.h"

#include "helpers/programs.h"
#include "helpers/testsetup.h"

#include "storage/migrations.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using banatlas::testing::Run;
using banatlas::testing::runBanatlas;

namespace {

struct Period {
    QDate from;
    QDate to; // invalid: open-ended
    QString cls;
    QString pending;
    QStringList ids;
};

// `timeline` output, by government.
QHash<QString, QList<Period>> parseTimeline(const QString &out) {
    QHash<QString, QList<Period>> byCountry;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u'\t');
        if (f.size() != 6)
            return {{u"malformed"_s, {}}};
        byCountry[f[0]].append({QDate::fromString(f[1], Qt::ISODate),
                                QDate::fromString(f[2], Qt::ISODate), f[3], f[4],
                                f[5].split(u',', Qt::SkipEmptyParts)});
    }
    return byCountry;
}

// Runs `status` on each date and compares every government's line with the timeline's
// period for that date; empty when they agree, else the first difference.
QString compareWithStatus(const QString &db, const QStringList &vendorArgs,
                          const QHash<QString, QList<Period>> &timeline,
                          const QList<QDate> &dates) {
    for (const QDate &date : dates) {
        QStringList args{u"--db"_s, db, u"status"_s, u"--as-of"_s, date.toString(Qt::ISODate)};
        const Run r = runBanatlas(args + vendorArgs);
        if (r.code != 0)
            return u"status failed: "_s + r.err;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList f = line.split(u'\t');
            const Period *covering = nullptr;
            static const QList<Period> none;
            const auto found = timeline.constFind(f[0]);
            const QList<Period> &periods = found == timeline.cend() ? none : *found;
            for (const Period &p : periods) {
                if (date >= p.from && (!p.to.isValid() || date < p.to))
                    covering = &p;
            }
            const QString cls = covering ? covering->cls : u"no_data"_s;
            const QString pending = covering ? covering->pending : u"0"_s;
            if (cls != f[1] || pending != f[2])
                return u"%1 on %2: timeline %3/%4, status %5/%6"_s.arg(
                    f[0], date.toString(Qt::ISODate), cls, pending, f[1], f[2]);
            for (const QString &id : f.value(3).split(u',', Qt::SkipEmptyParts)) {
                if (!covering || !covering->ids.contains(id))
                    return u"%1 on %2: decision %3 in effect, not in the period"_s.arg(
                        f[0], date.toString(Qt::ISODate), id);
            }
        }
    }
    return {};
}

// The first days of periods and the days before them, from every government in turn (in
// code order, so that a failure repeats), and two dates outside everything.
QList<QDate> samplesOf(const QHash<QString, QList<Period>> &timeline, int most) {
    QList<QDate> dates{QDate(2010, 1, 1), QDate(2026, 11, 30)};
    QStringList codes = timeline.keys();
    codes.sort();
    for (qsizetype round = 0; dates.size() < most && round < 50; ++round) {
        for (const QString &code : std::as_const(codes)) {
            const QList<Period> &periods = *timeline.constFind(code);
            if (round >= periods.size())
                continue;
            const Period &p = periods[round];
            if (dates.size() >= most)
                return dates;
            if (!dates.contains(p.from))
                dates.append({p.from, p.from.addDays(-1)});
        }
    }
    return dates;
}

} // namespace

// Every test function (and every data row) has a folder of its own and a fresh database
// in it, copied from a template seeded once: no test sees what another wrote, locked or
// made read-only, whatever the order they run in or whether one failed half-way.
class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_templates; // never given to the binary
    QString m_seeded;          // the bundled dataset
    QString m_random;          // 5000 random decisions
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db; // this test's copy of m_seeded

    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A writable copy of a template, in this test's folder.
    static bool copyTemplate(const QString &from, const QString &to) {
        return QFile::copy(from, to) &&
               QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

private slots:
    void init() {
        banatlas::testing::failOnQtWarnings();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = path(u"cli.banatlas"_s);
        QVERIFY(copyTemplate(m_seeded, m_db));
    }
    void cleanup() { m_dir.reset(); }

    void initTestCase() {
        banatlas::testing::failOnQtWarnings();
        QVERIFY(m_templates.isValid());
        m_seeded = m_templates.filePath(u"seeded.banatlas"_s);
        banatlas::openDatabase(m_seeded); // a new database, seeded with the bundled dataset
        m_random = m_templates.filePath(u"random.banatlas"_s);
        banatlas::testing::storeRandomData(*banatlas::openDatabase(m_random, banatlas::Seed::None),
                                           banatlas::testing::randomData(5000, 2018));
        // Read-only, so that a test writing to a template fails rather than leaks.
        for (const QString &t : {m_seeded, m_random}) {
            QVERIFY(QFileInfo(t).isFile());
            QVERIFY(!QFileInfo::exists(t + u"-wal"_s)); // the whole database is in the file
            QVERIFY(QFile::setPermissions(t, QFileDevice::ReadOwner));
        }
    }

    void version() {
        const Run r = runBanatlas({u"--version"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"banatlas " BANATLAS_VERSION "\n"_s);
    }

    // A database just seeded with the bundled dataset (this test's own copy).
    void statusOnANewDatabase() {
        const Run r = runBanatlas({u"--db"_s, m_db, u"status"_s, u"--as-of"_s, u"2018-09-01"_s,
                                   u"--vendor"_s, u"Huawei"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 251); // every country and the EU
        QHash<QString, QStringList> byCountry;
        for (const QString &line : lines) {
            const QStringList f = line.split(u'\t');
            QCOMPARE(f.size(), 4);
            byCountry.insert(f[0], f);
        }
        // Announced on 23 August, binding from 18 September: banned, pending; the 2012
        // exclusion from the NBN (82) is in effect too.
        QCOMPARE(byCountry[u"AU"_s], (QStringList{u"AU"_s, u"banned"_s, u"1"_s, u"82,2"_s}));
        QCOMPARE(byCountry[u"FR"_s], (QStringList{u"FR"_s, u"no_data"_s, u"0"_s, u""_s}));
        QCOMPARE(byCountry[u"NZ"_s][1], u"no_data"_s);
        QCOMPARE(byCountry[u"EU"_s][1], u"no_data"_s);
    }

    void statusNarrowedAndAsCsv() {
        const Run r = runBanatlas({u"--db"_s, m_db, u"status"_s, u"--as-of=2020-08-01"_s,
                                   u"--vendor"_s, u"huawei"_s, u"--country"_s, u"GBR"_s,
                                   u"--country"_s, u"Sweden"_s, u"--csv"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"country,class,pending,decisions\r\n"
                        "GB,banned,1,\"13,11\"\r\n"
                        "SE,no_data,0,\r\n"_s);
        // Several vendors: the highest class over the set, every decision in effect.
        const Run us = runBanatlas({u"--db"_s, m_db, u"status"_s, u"--as-of"_s, u"2019-09-01"_s,
                                    u"--country"_s, u"US"_s, u"--vendor"_s, u"ZTE"_s, u"--vendor"_s,
                                    u"Kaspersky"_s});
        QCOMPARE(us.out, u"US\tgovernment_ban\t0\t25,33,4,32\n"_s);
    }

    void timelineOfAGovernment() {
        const Run r =
            runBanatlas({u"--db"_s, m_db, u"timeline"_s, u"--vendor"_s, u"Huawei"_s, u"--country"_s,
                         u"SE"_s, u"--country"_s, u"GB"_s, u"--country"_s, u"MX"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        // Sweden: banned, suspended by the court, banned again once the suspension ended.
        // Mexico has no data for Huawei and prints nothing.
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QStringList se;
        for (const QString &line : lines) {
            QVERIFY2(!line.startsWith(u"MX"_s), qPrintable(line));
            if (line.startsWith(u"SE"_s))
                se.append(line);
        }
        QCOMPARE(se, (QStringList{u"SE\t2020-10-20\t2020-11-09\tbanned\t0\t14"_s,
                                  u"SE\t2020-11-09\t2020-12-16\tallowed\t0\t15"_s,
                                  u"SE\t2020-12-16\t\tbanned\t0\t14"_s}));
        QVERIFY(lines.first().startsWith(u"SE\t"_s)); // in the order asked for
        const Run csv = runBanatlas({u"--db"_s, m_db, u"timeline"_s, u"--vendor"_s, u"Huawei"_s,
                                     u"--country"_s, u"SE"_s, u"--csv"_s});
        QCOMPARE(csv.out, u"country,from,to,class,pending,decisions\r\n"
                          "SE,2020-10-20,2020-11-09,banned,0,14\r\n"
                          "SE,2020-11-09,2020-12-16,allowed,0,15\r\n"
                          "SE,2020-12-16,,banned,0,14\r\n"_s);
        const Run unknown =
            runBanatlas({u"--db"_s, m_db, u"timeline"_s, u"--vendor"_s, u"Nobody"_s});
        QCOMPARE(unknown.code, 1);
        QCOMPARE(unknown.err, u"banatlas: --vendor: no vendor named \"Nobody\"\n"_s);
        QCOMPARE(runBanatlas({u"--db"_s, m_db, u"timeline"_s, u"--as-of"_s, u"2020"_s}).code, 2);
    }

    // `timeline` and `status` are one rule set: on every sampled date each government's
    // period has the class, pending flag and decisions that `status` prints.
    void timelineAgreesWithStatus_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("vendorArgs");
        // The governments the timeline lists: those with a decision on these vendors.
        QTest::addColumn<QStringList>("governments");
        using banatlas::testing::bundledGovernmentsFor;
        QTest::newRow("bundled, every vendor")
            << u"bundled"_s << QStringList() << bundledGovernmentsFor({});
        QTest::newRow("bundled, Huawei") << u"bundled"_s << QStringList{u"--vendor"_s, u"Huawei"_s}
                                         << bundledGovernmentsFor({u"Huawei"_s});
        QTest::newRow("bundled, ZTE and Kaspersky")
            << u"bundled"_s << QStringList{u"--vendor"_s, u"ZTE"_s, u"--vendor"_s, u"Kaspersky"_s}
            << bundledGovernmentsFor({u"ZTE"_s, u"Kaspersky"_s});
        // randomData's 12 governments, each with over 400 decisions: every one names each
        // vendor at some time.
        const QStringList all12{u"AU"_s, u"BR"_s, u"CA"_s, u"DE"_s, u"EU"_s, u"FR"_s,
                                u"GB"_s, u"IN"_s, u"JP"_s, u"NZ"_s, u"SE"_s, u"US"_s};
        QTest::newRow("5000 random, every vendor") << u"random"_s << QStringList() << all12;
        QTest::newRow("5000 random, a parent and a subsidiary")
            << u"random"_s
            << QStringList{u"--vendor"_s, u"Vendor 7"_s, u"--vendor"_s, u"Vendor 3"_s} << all12;
    }
    void timelineAgreesWithStatus() {
        QFETCH(QString, source);
        QFETCH(QStringList, vendorArgs);
        QFETCH(QStringList, governments);
        QString db = m_db;
        if (source == u"random"_s) {
            db = path(u"random.banatlas"_s);
            QVERIFY(copyTemplate(m_random, db));
        }
        const Run r = runBanatlas(QStringList{u"--db"_s, db, u"timeline"_s} + vendorArgs);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const auto timeline = parseTimeline(r.out);
        QVERIFY(!timeline.contains(u"malformed"_s));
        QStringList listed = timeline.keys();
        listed.sort();
        QCOMPARE(listed, governments);
        const QString problem =
            compareWithStatus(db, vendorArgs, timeline, samplesOf(timeline, 30));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void importAndExport() {
        const QString db = path(u"empty.banatlas"_s);
        const QString fixture = QStringLiteral(BANATLAS_TEST_DATA) + u"/import/valid.csv"_s;
        const Run imp = runBanatlas({u"--db"_s, db, u"--no-seed"_s, u"import"_s, fixture});
        QCOMPARE(imp.code, 0);
        QVERIFY2(imp.out.contains(u"3 added"_s), qPrintable(imp.out));
        const QString out = path(u"out.json"_s);
        QCOMPARE(
            runBanatlas({u"--db"_s, db, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, out})
                .code,
            0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("\"Australia excludes Huawei, ZTE from 5G\""));
        const Run csv = runBanatlas({u"--db"_s, db, u"export"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.startsWith(u"id,country,vendors,"_s));
    }

    // import --dry-run: the report, exit 0, nothing written (no backup either), the same
    // one-line error as the import for a bad file, and a missing database not created.
    void importDryRun() {
        const QString crafted = path(u"crafted.csv"_s);
        QFile f(crafted);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("country,vendors,measure,scope,announced,title,confidence\n"
                "IS,ZTF,ban,5g_core,2023-05-02,Iceland bans ZTF,single_source\n");
        f.close();
        auto bytesOf = [](const QString &file) {
            QFile in(file);
            return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray("missing");
        };
        const QByteArray before = bytesOf(m_db);
        const Run r = runBanatlas(
            {u"--db"_s, m_db, u"import"_s, u"--dry-run"_s, u"--as-of"_s, u"2024-01-01"_s, crafted});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), u"%1: 1 added, 0 changed, 0 unchanged, 1 new vendors, 0 vendors "
                                 "updated (a dry run: nothing was written)"_s.arg(crafted));
        QVERIFY2(lines.contains(u"  ZTF  (warning: one letter away from \"ZTE\"; check that it "
                                "is not the same vendor)"_s),
                 qPrintable(r.out));
        QVERIFY2(lines.contains(u"  IS  no_data → banned"_s), qPrintable(r.out));
        QCOMPARE(bytesOf(m_db), before);
        QVERIFY(!QFileInfo::exists(banatlas::backupFolder(m_db)));
        QCOMPARE(runBanatlas({u"--db"_s, m_db, u"status"_s, u"--as-of"_s, u"2024"_s, u"--country"_s,
                              u"IS"_s})
                     .out,
                 u"IS\tno_data\t0\t\n"_s);

        // A file of an older schema: previewed on an upgraded copy, itself unchanged.
        const QString older = path(u"older.banatlas"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            raw.setDatabaseName(older);
            QVERIFY(raw.open());
            banatlas::migrate(raw, 7);
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);
        const QByteArray olderBytes = bytesOf(older);
        const Run upgraded = runBanatlas({u"--db"_s, older, u"--no-seed"_s, u"import"_s,
                                          u"--dry-run"_s, u"--as-of"_s, u"2024-01-01"_s, crafted});
        QCOMPARE(upgraded.code, 0);
        QVERIFY2(upgraded.out.contains(u"(schema 7); previewed on an upgraded copy"_s),
                 qPrintable(upgraded.out + upgraded.err));
        QVERIFY2(upgraded.out.contains(u"1 added, 0 changed"_s), qPrintable(upgraded.out));
        QCOMPARE(bytesOf(older), olderBytes);
        QVERIFY(!QFileInfo::exists(banatlas::backupFolder(older)));

        // A bad file: the import's own one-line error.
        const QString bad = QStringLiteral(BANATLAS_TEST_DATA) + u"/import/bad_date.csv"_s;
        const Run dry = runBanatlas({u"--db"_s, m_db, u"import"_s, u"--dry-run"_s, bad});
        const Run real = runBanatlas({u"--db"_s, m_db, u"import"_s, bad});
        QCOMPARE(dry.code, 1);
        QCOMPARE(dry.err, real.err);
        QVERIFY(dry.err.contains(bad + u":3:25:"_s));

        // A missing database: previewed as the import would create it, and not created.
        const QString missing = path(u"missing.banatlas"_s);
        const Run none = runBanatlas({u"--db"_s, missing, u"--no-seed"_s, u"import"_s,
                                      u"--dry-run"_s, u"--as-of"_s, u"2024-01-01"_s, crafted});
        QCOMPARE(none.code, 0);
        QVERIFY2(none.out.startsWith(u"note: %1 does not exist"_s.arg(missing)),
                 qPrintable(none.out));
        QVERIFY(none.out.contains(u": 1 added, 0 changed"_s));
        QVERIFY(!QFileInfo::exists(missing));
        QCOMPARE(QDir(m_dir->path())
                     .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden)
                     .filter(u"missing"_s),
                 QStringList());

        // --as-of belongs to the dry run.
        QCOMPARE(runBanatlas({u"--db"_s, m_db, u"import"_s, u"--as-of"_s, u"2024"_s, crafted}).code,
                 2);
        QCOMPARE(bytesOf(m_db), before);
    }

    void mapExports() {
        const QString png = path(u"map.png"_s);
        const Run r = runBanatlas({u"--db"_s, m_db, u"map"_s, u"--out"_s, png, u"--as-of"_s,
                                   u"2019-01-01"_s, u"--vendor"_s, u"Huawei"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The PNG figure's fixed size (core/painting/mapexport.cpp).
        QCOMPARE(QImage(png).size(), QSize(2000, 1180));

        const QString svg = path(u"map.svg"_s);
        QCOMPARE(runBanatlas({u"--db"_s, m_db, u"map"_s, u"--out"_s, svg, u"--as-of"_s,
                              u"2019-01-01"_s, u"--vendor"_s, u"Huawei"_s})
                     .code,
                 0);
        QFile s(svg);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QByteArray text = s.readAll();
        QVERIFY(text.contains("<path id=\"AU\" class=\"banned\" fill=\"#681205\""));
        QVERIFY(text.contains("<path id=\"FR\" class=\"no_data\""));
        QVERIFY(text.contains("Huawei — measures in force on 1 Jan 2019"));

        const QString pdf = path(u"map.pdf"_s);
        QCOMPARE(runBanatlas({u"--db"_s, m_db, u"map"_s, u"--out"_s, pdf}).code, 0);
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");

        const Run bad = runBanatlas({u"--db"_s, m_db, u"map"_s, u"--out"_s, path(u"map.gif"_s)});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(u".png, .svg or .pdf"_s));
    }

    // The GeoJSON map: one Feature per government with the class, pending flag and ids
    // that `status` gives for the same date and vendors.
    void geoJsonAgreesWithStatus_data() {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("Huawei, GB pending")
            << QStringList{u"--as-of"_s, u"2020-08-01"_s, u"--vendor"_s, u"huawei"_s};
        QTest::newRow("two vendors") << QStringList{u"--as-of=2022-03"_s, u"--vendor"_s, u"ZTE"_s,
                                                    u"--vendor"_s, u"Huawei"_s};
        QTest::newRow("every vendor") << QStringList{u"--as-of"_s, u"2024-06-01"_s};
    }
    void geoJsonAgreesWithStatus() {
        QFETCH(QStringList, options);
        const QString out = path(u"map.geojson"_s);
        const Run r = runBanatlas(QStringList{u"--db"_s, m_db, u"export"_s, u"--format"_s,
                                              u"geojson"_s, u"--out"_s, out} +
                                  options);
        QVERIFY2(r.code == 0 && r.out.isEmpty() && r.err.isEmpty(), qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(u"type"_s).toString(), u"FeatureCollection"_s);

        const Run status = runBanatlas(QStringList{u"--db"_s, m_db, u"status"_s} + options);
        QCOMPARE(status.code, 0);
        QStringList lines;
        for (const QJsonValue &v : doc.value(u"features"_s).toArray()) {
            const QJsonObject p = v.toObject().value(u"properties"_s).toObject();
            QStringList ids;
            for (const QJsonValue &id : p.value(u"decisions"_s).toArray())
                ids.append(QString::number(id.toInteger()));
            lines.append(QStringList{p.value(u"code"_s).toString(), p.value(u"class"_s).toString(),
                                     p.value(u"pending"_s).toBool() ? u"1"_s : u"0"_s,
                                     ids.join(u',')}
                             .join(u'\t'));
        }
        // Every government once, in the same order, with the same status.
        QCOMPARE(lines, status.out.split(u'\n', Qt::SkipEmptyParts));
        QVERIFY(lines.size() > 240);
        QVERIFY(status.out.contains(u"\tbanned\t"_s));
    }

    void geoJsonOnStandardOutputForToday() {
        const Run r = runBanatlas({u"--db"_s, m_db, u"export"_s, u"--format"_s, u"geojson"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject about = doc.value(u"banatlas"_s).toObject();
        QCOMPARE(about.value(u"as_of"_s).toString(), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(about.value(u"vendors"_s).toArray(), QJsonArray());
        QCOMPARE(doc.value(u"features"_s).toArray().size(),
                 banatlas::openDatabase(m_db, banatlas::Seed::None, banatlas::Access::ReadOnly)
                     ->countries()
                     .size());
        // Vendors by their stored names, whatever case they were given in.
        const Run named = runBanatlas({u"--db"_s, m_db, u"export"_s, u"--format"_s, u"geojson"_s,
                                       u"--vendor"_s, u"huawei"_s, u"--as-of"_s, u"2019"_s});
        QCOMPARE(named.code, 0);
        const QJsonObject aboutNamed =
            QJsonDocument::fromJson(named.out.toUtf8()).object().value(u"banatlas"_s).toObject();
        QCOMPARE(aboutNamed.value(u"vendors"_s).toArray(), QJsonArray{u"Huawei"_s});
        QCOMPARE(aboutNamed.value(u"as_of"_s).toString(), u"2019-01-01"_s);
    }

    void reportCommand() {
        const QString pdf = path(u"report.pdf"_s);
        const Run r = runBanatlas({u"--db"_s, m_db, u"report"_s, u"--out"_s, pdf, u"--as-of"_s,
                                   u"2020-01-01"_s, u"--group"_s, u"FIVE_EYES"_s, u"--vendor"_s,
                                   u"Huawei"_s, u"--compare"_s, u"2018-01-01"_s, u"--paper"_s,
                                   u"letter"_s, u"--landscape"_s});
        QCOMPARE(r.code, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        const Run bad =
            runBanatlas({u"--db"_s, m_db, u"report"_s, u"--out"_s, pdf, u"--group"_s, u"ASEAN"_s});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(u"ASEAN"_s));
        QCOMPARE(bad.err.count(u'\n'), 1);
    }

    // --ids: a report on those decisions; ids that do not exist refused by name, on one
    // line, and nothing written; ids that are not numbers, or --ids with --country, are
    // usage errors.
    void reportOnChosenDecisions() {
        const QString pdf = path(u"chosen.pdf"_s);
        const Run r = runBanatlas({u"--db"_s, m_db, u"report"_s, u"--out"_s, pdf, u"--ids"_s,
                                   u"95,16, 38"_s, u"--as-of"_s, u"2025-06-30"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = banatlas::testing::pdfText(pdf);
        QVERIFY(text.contains(u"A report on 3 chosen decisions"_s));
        QVERIFY(text.contains(u"Chosen by: ids given on the command line: 95, 16, 38"_s));
        QVERIFY(text.contains(u"Governments: Those of the chosen decisions: Australia, Canada"_s));
        QVERIFY(text.contains(u"Australia (AU)"_s) && text.contains(u"Canada (CA)"_s));
        QVERIFY(!text.contains(u"Germany (DE)"_s));

        const QString missing = path(u"missing.pdf"_s);
        const Run unknown = runBanatlas(
            {u"--db"_s, m_db, u"report"_s, u"--out"_s, missing, u"--ids"_s, u"95,99999,5000"_s});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(u"no decision has the ids 99999, 5000"_s),
                 qPrintable(unknown.err));
        QCOMPARE(unknown.err.count(u'\n'), 1);
        QVERIFY(!QFile::exists(missing));

        for (const QStringList &args :
             {QStringList{u"--ids"_s, u"3,x"_s}, QStringList{u"--ids"_s, u"3,,4"_s},
              QStringList{u"--ids"_s, u"0"_s}, QStringList{u"--ids"_s, u"9007199254740992"_s},
              QStringList{u"--ids"_s, u"3"_s, u"--country"_s, u"DE"_s},
              QStringList{u"--ids"_s, u"3"_s, u"--group"_s, u"G7"_s}}) {
            const Run bad =
                runBanatlas(QStringList{u"--db"_s, m_db, u"report"_s, u"--out"_s, missing} + args);
            QVERIFY2(bad.code == 2, qPrintable(args.join(u' ') + u": "_s + bad.err));
            QCOMPARE(bad.err.count(u'\n'), 1);
            QVERIFY(!QFile::exists(missing));
        }
    }

    // LANGUAGE=de: the binary finds its German catalogue; the report's headings and a
    // command's error come out German; with no catalogue for the language, English.
    void reportAndMessagesInTheSystemLanguage() {
        QVERIFY2(banatlas::testing::hasPdfToText(), "pdftotext not found: install poppler-utils");
        auto headings = [this](const QString &language) -> QString {
            const QString pdf = path(u"report-%1.pdf"_s.arg(language));
            const Run r = runBanatlas({u"--db"_s, m_db, u"report"_s, u"--out"_s, pdf,
                                       u"--country"_s, u"SE"_s, u"--as-of"_s, u"2021-01-01"_s},
                                      {{u"LANGUAGE"_s, language}, {u"LC_ALL"_s, u"C.UTF-8"_s}});
            if (r.code != 0)
                return u"exit %1: %2"_s.arg(r.code).arg(r.err);
            return banatlas::testing::pdfText(pdf);
        };
        const QString german = headings(u"de"_s);
        QVERIFY2(german.contains(u"Inhalt"_s) && german.contains(u"Zusammenfassung"_s),
                 qPrintable(german.left(400)));
        QVERIFY(!german.contains(u"Contents"_s));
        const QString english = headings(u"fr"_s);
        QVERIFY2(english.contains(u"Contents"_s) && english.contains(u"Summary"_s),
                 qPrintable(english.left(400)));

        const Run bad = runBanatlas({u"--db"_s, m_db, u"status"_s, u"--as-of"_s, u"2019-02-30"_s},
                                    {{u"LANGUAGE"_s, u"de"_s}});
        QCOMPARE(bad.code, 2); // a usage error
        QCOMPARE(bad.err.count(u'\n'), 1);
        const Run badEnglish =
            runBanatlas({u"--db"_s, m_db, u"status"_s, u"--as-of"_s, u"2019-02-30"_s});
        QVERIFY2(bad.err != badEnglish.err, qPrintable(bad.err)); // said in German
    }

    void failuresAreOneLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("what");
        const QString bad = QStringLiteral(BANATLAS_TEST_DATA) + u"/import/bad_date.csv"_s;
        QTest::newRow("bad import") << QStringList{u"import"_s, bad} << 1 << bad + u":3:25:"_s;
        QTest::newRow("no as-of") << QStringList{u"status"_s} << 2 << u"--as-of"_s;
        QTest::newRow("bad as-of")
            << QStringList{u"status"_s, u"--as-of"_s, u"2019-02-30"_s} << 2 << u"2019-02-30"_s;
        QTest::newRow("unknown vendor")
            << QStringList{u"status"_s, u"--as-of"_s, u"2019"_s, u"--vendor"_s, u"Nobody"_s} << 1
            << u"Nobody"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << u"frobnicate"_s;
        QTest::newRow("bad format")
            << QStringList{u"export"_s, u"--format"_s, u"xml"_s} << 2 << u"--format"_s;
        QTest::newRow("missing value")
            << QStringList{u"status"_s, u"--as-of"_s} << 2 << u"needs a value"_s;
        QTest::newRow("geojson: unknown vendor")
            << QStringList{u"export"_s, u"--format"_s, u"geojson"_s, u"--vendor"_s, u"Nobody"_s}
            << 1 << u"--vendor: no vendor named \"Nobody\""_s;
        QTest::newRow("geojson: bad as-of")
            << QStringList{u"export"_s, u"--format"_s, u"geojson"_s, u"--as-of"_s, u"2019-13"_s}
            << 2 << u"--as-of"_s;
        QTest::newRow("csv: as-of")
            << QStringList{u"export"_s, u"--format"_s, u"csv"_s, u"--as-of"_s, u"2019"_s} << 2
            << u"--as-of and --vendor are for --format geojson"_s;
        QTest::newRow("json: vendor")
            << QStringList{u"export"_s, u"--format"_s, u"json"_s, u"--vendor"_s, u"Huawei"_s} << 2
            << u"--as-of and --vendor are for --format geojson"_s;
    }
    void failuresAreOneLine() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, what);
        const Run r = runBanatlas(QStringList{u"--db"_s, m_db} + args);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"banatlas: "_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(what), qPrintable(r.err));
    }

    void refusesForeignFile() {
        const QString notes = path(u"notes.txt"_s);
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        const Run r = runBanatlas({u"--db"_s, notes, u"status"_s, u"--as-of"_s, u"2020"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"not a BanAtlas database"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not a database"));
    }

    // Read-only commands never create a database: a missing one is an error.
    void readingAMissingDatabaseFails() {
        const QString missing = path(u"missing.banatlas"_s);
        for (const QStringList &command :
             {QStringList{u"status"_s, u"--as-of"_s, u"2020"_s}, QStringList{u"timeline"_s},
              QStringList{u"export"_s, u"--format"_s, u"json"_s},
              QStringList{u"report"_s, u"--out"_s, path(u"r.pdf"_s)},
              QStringList{u"map"_s, u"--out"_s, path(u"m.png"_s)}}) {
            const Run r = runBanatlas(QStringList{u"--db"_s, missing} + command);
            QCOMPARE(r.code, 1);
            QCOMPARE(r.err, u"banatlas: %1: no such database\n"_s.arg(missing));
            QVERIFY(!QFileInfo::exists(missing));
        }
    }

    // --out never replaces the database or one of its files, whatever the name or link,
    // nor anything but a regular file; standard output errors are errors.
    void outputNeverHarmsTheDatabase() {
        const QString db = path(u"out-guard.banatlas"_s);
        banatlas::openDatabase(db)->backup(u"manual"_s);
        auto digest = [&db] {
            QFile f(db);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = digest();
        QVERIFY(QFile::link(db, path(u"link.csv"_s)));
        QVERIFY(QFile::link(db, path(u"link.pdf"_s)));
        QVERIFY(QDir().mkpath(path(u"folder.csv"_s)));
        QVERIFY(::mkfifo(QFile::encodeName(path(u"fifo.csv"_s)).constData(), 0600) == 0);
        const QString backup = banatlas::listBackups(db).first().path;
        // Links to the database's own files that do not exist yet: followed, and refused.
        QVERIFY(QFile::link(db + u"-journal"_s, path(u"journal-link.csv"_s)));
        QVERIFY(QFile::link(path(u".out-guard.banatlas.lock"_s), path(u"lock-link.csv"_s)));
        QVERIFY(
            QFile::link(banatlas::backupFolder(db) + u"/evil.csv"_s, path(u"backup-link.csv"_s)));
        struct Case {
            QStringList args;
            QString why;
        };
        const QList<Case> cases{
            {{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, db}, u"is the database"_s},
            {{u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, path(u"link.csv"_s)},
             u"is the database"_s},
            {{u"report"_s, u"--out"_s, path(u"link.pdf"_s)}, u"is the database"_s},
            {{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, backup}, u"is the database"_s},
            {{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, db + u"-wal"_s}, u"the database"_s},
            {{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s,
              path(u".out-guard.banatlas.lock"_s)},
             u"the database's own files"_s},
            {{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s,
              banatlas::backupFolder(db) + u"/new.csv"_s},
             u"belongs to the database"_s},
            {{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"/dev/null"_s}, u"a device"_s},
            {{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, path(u"fifo.csv"_s)}, u"a pipe"_s},
            {{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, path(u"folder.csv"_s)},
             u"is a folder"_s},
            {{u"map"_s, u"--out"_s, path(u"link.pdf"_s)}, u"is the database"_s},
            {{u"export"_s, u"--format"_s, u"geojson"_s, u"--out"_s, db}, u"is the database"_s},
            {{u"export"_s, u"--format"_s, u"geojson"_s, u"--out"_s, path(u"link.csv"_s)},
             u"is the database"_s},
            {{u"export"_s, u"--format"_s, u"geojson"_s, u"--out"_s, u"/dev/null"_s}, u"a device"_s},
            {{u"export"_s, u"--format"_s, u"geojson"_s, u"--out"_s, path(u"folder.csv"_s)},
             u"is a folder"_s},
            {{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, path(u"journal-link.csv"_s)},
             u"the database's own files"_s},
            {{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, path(u"lock-link.csv"_s)},
             u"the database's own files"_s},
            {{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, path(u"backup-link.csv"_s)},
             u"belongs to the database"_s},
            // The names of its backup and local-copy folders, before they exist.
            {{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, db + u".files"_s},
             u"the database's own files"_s},
        };
        for (const Case &c : cases) {
            const Run r = runBanatlas(QStringList{u"--db"_s, db} + c.args);
            QVERIFY2(r.code == 1 && r.err.count(u'\n') == 1 && r.err.contains(c.why),
                     qPrintable(c.args.join(u' ') + u" → "_s + r.err));
            QCOMPARE(digest(), before);
        }
        for (const QString &never :
             QStringList{db + u"-journal"_s, path(u".out-guard.banatlas.lock"_s),
                         banatlas::backupFolder(db) + u"/evil.csv"_s, db + u".files"_s})
            QVERIFY2(!QFileInfo::exists(never), qPrintable(never));
        QVERIFY(QFileInfo(u"/dev/null"_s).isSymLink() || !QFileInfo(u"/dev/null"_s).isFile());
        QVERIFY(QFileInfo(path(u"folder.csv"_s)).isDir());
        // A regular file, and standard output, are written.
        const QString csv = path(u"fine.csv"_s);
        QCOMPARE(runBanatlas({u"--db"_s, db, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv})
                     .code,
                 0);
        QVERIFY(QFileInfo(csv).size() > 1000);
        QVERIFY(
            runBanatlas({u"--db"_s, db, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"-"_s})
                .out.startsWith(u"id,country"_s));
        // A full disk on standard output is a failure, not a silent success.
        for (const QStringList &command :
             {QStringList{u"status"_s, u"--as-of"_s, u"2020"_s}, QStringList{u"timeline"_s},
              QStringList{u"export"_s, u"--format"_s, u"json"_s},
              QStringList{u"export"_s, u"--format"_s, u"geojson"_s}}) {
            QProcess p;
            p.setStandardOutputFile(u"/dev/full"_s);
            p.start(QStringLiteral(BANATLAS_BINARY), QStringList{u"--db"_s, db} + command);
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 1);
            QVERIFY(QString::fromUtf8(p.readAllStandardError())
                        .contains(u"cannot write to standard output"_s));
        }
    }

    // --db names a regular file (or a new one): a device, a pipe or nothing is refused at
    // once, and nothing is created beside a device.
    void databaseMustBeARegularFile() {
        const QString fifo = path(u"fifo.banatlas"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        for (const QStringList &command : {QStringList{u"status"_s, u"--as-of"_s, u"2020"_s},
                                           QStringList{u"import"_s, u"none.csv"_s}}) {
            const Run r = runBanatlas(QStringList{u"--db"_s, fifo} + command); // no hang
            QVERIFY2(r.code == 1 && r.err.contains(u"a pipe (FIFO); only a regular file"_s),
                     qPrintable(r.err));
        }
        const Run device =
            runBanatlas({u"--db"_s, u"/dev/null"_s, u"status"_s, u"--as-of"_s, u"2020"_s});
        QVERIFY2(device.code == 1 && device.err.contains(u"a device"_s), qPrintable(device.err));
        QVERIFY(!QFileInfo::exists(u"/dev/null-journal"_s));
        const Run empty = runBanatlas({u"--db"_s, u""_s, u"status"_s, u"--as-of"_s, u"2020"_s});
        QVERIFY2(empty.code == 2 && empty.err.contains(u"--db needs a file name"_s),
                 qPrintable(empty.err));
        QCOMPARE(runBanatlas({u"--db="_s, u"status"_s, u"--as-of"_s, u"2020"_s}).code, 2);
    }

    // A file shortened while it is imported never crashes the command (a mapped file did,
    // with SIGBUS); and names with terminal escapes are printed without them.
    void fileChangingDuringImportAndEscapes() {
        const QString db = path(u"shrink.banatlas"_s);
        banatlas::openDatabase(db, banatlas::Seed::None);
        const QString csv = path(u"big\x1b]0;owned\x07.csv"_s);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("id,country,vendors,measure,scope,announced,title,confidence\n");
            for (int i = 1; i <= 30000; ++i)
                f.write(QByteArray::number(i) +
                        ",FR,Huawei,ban,5g_core,2021-01-01,A title,official\n");
        }
        QProcess p;
        p.start(QStringLiteral(BANATLAS_BINARY), {u"--db"_s, db, u"import"_s, csv});
        QVERIFY(p.waitForStarted());
        QTest::qWait(300);
        QVERIFY(::truncate(QFile::encodeName(csv).constData(), 1000) == 0);
        QVERIFY(p.waitForFinished(600000)); // slow under the sanitizers
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0 || p.exitCode() == 1, qPrintable(QString::number(p.exitCode())));
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(!out.contains('\x1b') && !out.contains('\x07'), out.constData());
        QVERIFY(out.contains("big\xef\xbf\xbd]0;owned")); // U+FFFD where the escape was
    }

    // An import whose summary cannot be written is still committed, and says so.
    void importToAFullStandardOutputSaysItWasCommitted() {
        const QString db = path(u"full-out.banatlas"_s);
        banatlas::openDatabase(db, banatlas::Seed::None);
        const QString csv = path(u"one.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,country,vendors,measure,scope,announced,title,confidence\n"
                "9000,FR,Huawei,ban,5g_core,2021-01-01,Test title,official\n");
        f.close();
        QProcess p;
        p.setStandardOutputFile(u"/dev/full"_s);
        p.start(QStringLiteral(BANATLAS_BINARY), {u"--db"_s, db, u"import"_s, csv});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(u"the import was committed"_s), qPrintable(err));
        QVERIFY(banatlas::openDatabase(db, banatlas::Seed::None, banatlas::Access::ReadOnly)
                    ->decision(9000));
    }

    // A hostile file's oversized texts are cut, and the command says so once.
    void hostileTextsAreSaidOnce() {
        const QString db = path(u"hostile.banatlas"_s);
        banatlas::openDatabase(db);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hostile-cli"_s);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"UPDATE decisions SET summary = printf('%.*c', 3000000, 'x')"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"hostile-cli"_s);
        const QString pdf = path(u"hostile.pdf"_s);
        const Run r =
            runBanatlas({u"--db"_s, db, u"report"_s, u"--out"_s, pdf, u"--country"_s, u"AU"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err.count(u"beyond BanAtlas's limits"_s), 1);
        // The cut is read back from the PDF: pdftotext (poppler-utils) is required, not
        // skipped when missing.
        QVERIFY2(banatlas::testing::hasPdfToText(), "pdftotext not found: install poppler-utils");
        QVERIFY(banatlas::testing::pdfText(pdf).contains(u"[cut: 2980033"_s));
    }

    void lockedAndReadOnlyFiles() {
        const QString valid = QStringLiteral(BANATLAS_TEST_DATA) + u"/import/valid.csv"_s;
        const QStringList status{u"status"_s, u"--as-of"_s, u"2020"_s, u"--country"_s, u"AU"_s};
        auto oneLine = [](const Run &r, const QString &what) {
            return r.code == 1 && r.out.isEmpty() && r.err.startsWith(u"banatlas: "_s) &&
                   r.err.count(u'\n') == 1 && r.err.contains(what);
        };
        {
            // A window has the file open for writing: an import is turned away; reading
            // still works.
            banatlas::Store window(m_db);
            const Run import = runBanatlas({u"--db"_s, m_db, u"import"_s, valid});
            QVERIFY2(oneLine(import, u"open for writing in another BanAtlas"_s),
                     qPrintable(import.err));
            const Run read = runBanatlas(QStringList{u"--db"_s, m_db} + status);
            QCOMPARE(read.code, 0);
            QVERIFY(read.out.startsWith(u"AU\tbanned"_s));
        }
        // A read-only file: the same.
        QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const Run import = runBanatlas({u"--db"_s, m_db, u"import"_s, valid});
        QVERIFY2(oneLine(import, u"read-only"_s), qPrintable(import.err));
        const Run read = runBanatlas(QStringList{u"--db"_s, m_db} + status);
        QCOMPARE(read.code, 0);
        QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        // A damaged file: one line, and the file as it was.
        const QString damaged = path(u"damaged.banatlas"_s);
        QVERIFY(QFile::copy(m_db, damaged));
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const Run r = runBanatlas(QStringList{u"--db"_s, damaged} + status);
        QVERIFY2(oneLine(r, u"damaged"_s), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
