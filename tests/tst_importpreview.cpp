#include "formats/csv.h"
#include "helpers/storehelpers.h"
#include "interchange/database.h"
#include "interchange/importpreview.h"
#include "interchange/interchange.h"
#include "storage/backup.h"

#include "helpers/testsetup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

const QDate kAsOf(2024, 1, 1);

// Every file under `folder` (hidden ones too), by relative path, with its SHA-256.
QHash<QString, QByteArray> filesIn(const QString &folder) {
    QHash<QString, QByteArray> out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        out.insert(QDir(folder).relativeFilePath(path),
                   f.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                       : QByteArray("unreadable"));
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The CSV export's row of decision `id` as fields (the header's order), or empty.
QStringList exportedRow(const Store &store, qint64 id) {
    const QList<CsvRow> rows = parseCsv(exportCsv(store), u"export.csv"_s);
    for (const CsvRow &row : rows) {
        if (row.fields.first().text == QString::number(id)) {
            QStringList out;
            for (const CsvField &f : row.fields)
                out.append(f.text);
            return out;
        }
    }
    return {};
}

} // namespace

class TestImportPreview : public QObject {
    Q_OBJECT

    QTemporaryDir m_templates;
    QString m_seeded; // the bundled dataset, read-only
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db; // this test's copy, alone in its folder

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // The crafted file: decision 2 retitled and its effective date moved, decision 3 as
    // stored, and a new ban in Iceland (no decision before) on "ZTF", one letter from ZTE.
    QByteArray craftedCsv(const Store &store) const {
        const QStringList columns = csvColumns();
        QStringList changed = exportedRow(store, 2);
        changed[columns.indexOf(u"title"_s)] = u"Australia shuts Huawei and ZTE out of 5G"_s;
        changed[columns.indexOf(u"effective"_s)] = u"2018-10-01"_s;
        QStringList added(columns.size());
        added[columns.indexOf(u"country"_s)] = u"IS"_s;
        added[columns.indexOf(u"vendors"_s)] = u"ZTF"_s;
        added[columns.indexOf(u"measure"_s)] = u"ban"_s;
        added[columns.indexOf(u"scope"_s)] = u"5g_core"_s;
        added[columns.indexOf(u"announced"_s)] = u"2023-05-02"_s;
        added[columns.indexOf(u"title"_s)] = u"Iceland bans ZTF from 5G core"_s;
        added[columns.indexOf(u"confidence"_s)] = u"single_source"_s;
        return csvRecord(columns) + csvRecord(changed) + csvRecord(exportedRow(store, 3)) +
               csvRecord(added);
    }

private slots:
    void initTestCase() {
        testing::failOnQtWarnings();
        QVERIFY(m_templates.isValid());
        m_seeded = m_templates.filePath(u"seeded.banatlas"_s);
        openDatabase(m_seeded);
        QVERIFY(!QFileInfo::exists(m_seeded + u"-wal"_s));
        QVERIFY(QFile::setPermissions(m_seeded, QFileDevice::ReadOwner));
    }

    void init() {
        testing::failOnQtWarnings();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(path(u"db"_s)));
        m_db = path(u"db/test.banatlas"_s);
        QVERIFY(QFile::copy(m_seeded, m_db));
        QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    void cleanup() { m_dir.reset(); }

    // Exact counts and field diffs of a crafted file against the bundled dataset.
    void craftedFileOnTheBundledData() {
        const auto store = openDatabase(m_db, Seed::Bundled, Access::ReadOnly);
        const Decision two = *store->decision(2);
        const int before = store->decisionCount();
        const ImportPreview p = previewImport(*store, u"crafted.csv"_s, craftedCsv(*store), kAsOf);
        QCOMPARE(p.summary.added, 1);
        QCOMPARE(p.summary.updated, 1);
        QCOMPARE(p.summary.unchanged, 1);
        QCOMPARE(p.summary.vendorsCreated, 1);
        QCOMPARE(p.summary.vendorsUpdated, 0);

        QCOMPARE(p.changed.size(), 1);
        QCOMPARE(p.changed[0].id, 2);
        QCOMPARE(p.changed[0].country, u"AU"_s);
        const QList<FieldChange> expected{
            {u"effective"_s, two.effective.toString(), u"2018-10-01"_s},
            {u"title"_s, two.title, u"Australia shuts Huawei and ZTE out of 5G"_s}};
        QCOMPARE(p.changed[0].fields, expected);

        QCOMPARE(p.added.size(), 1);
        QCOMPARE(p.added[0].country, u"IS"_s);
        QCOMPARE(p.added[0].vendors, QStringList{u"ZTF"_s});
        QCOMPARE(p.added[0].id, qint64(before) + 1); // ids follow the largest (dense)

        QCOMPARE(p.vendorsCreated.size(), 1);
        QCOMPARE(p.vendorsCreated[0].name, u"ZTF"_s);
        QCOMPARE(p.vendorsCreated[0].near, u"ZTE"_s);
        QCOMPARE(p.summary.notes.size(), 1);
        QVERIFY(p.summary.notes[0].contains(u"\"ZTE\""_s));

        // A new ban for a government with none: Iceland goes from no data to banned; the
        // date moved in Australia changes nothing on 2024-01-01.
        QCOMPARE(p.classChanges.size(), 1);
        QCOMPARE(p.classChanges[0].country, u"IS"_s);
        QCOMPARE(p.classChanges[0].before, StatusClass::NoData);
        QCOMPARE(p.classChanges[0].after, StatusClass::Banned);
        QVERIFY(!p.classChanges[0].pendingAfter);
        QCOMPARE(p.pairChanges.size(), 1);
        QCOMPARE(p.pairChanges[0].vendor, u"ZTF"_s);

        // On 2018-09-20 the moved date matters: Australia's ban becomes pending again.
        const ImportPreview early =
            previewImport(*store, u"crafted.csv"_s, craftedCsv(*store), QDate(2018, 9, 20));
        QCOMPARE(early.classChanges.size(), 1);
        QCOMPARE(early.classChanges[0].country, u"AU"_s);
        QCOMPARE(early.classChanges[0].before, StatusClass::Banned);
        QCOMPARE(early.classChanges[0].after, StatusClass::Banned);
        QVERIFY(!early.classChanges[0].pendingBefore);
        QVERIFY(early.classChanges[0].pendingAfter);

        // The report the command line prints.
        const QStringList lines = p.lines();
        QVERIFY2(lines.contains(
                     u"    title: %1 → Australia shuts Huawei and ZTE out of 5G"_s.arg(two.title)),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(u"  IS  no_data → banned"_s));
    }

    // What the preview says is what the import then does: the same counts, notes and ids,
    // and the decisions as the diff said.
    void previewAgreesWithTheImport_data() {
        QTest::addColumn<QByteArray>("extra"); // rows added to the crafted file
        QTest::newRow("crafted") << QByteArray();
        // A row without an id takes the next one; a later row naming that id then updates
        // the decision the file itself added.
        QTest::newRow("id taken by the file")
            << QByteArray(",DE,Nokla,warning,5g_ran,2020-01-01,,,,First,,,official,,,,,\n"
                          "%NEXT%,DE,Nokla,warning,5g_ran,2020-01-01,,,,Second,,,official,,,,,"
                          "\n");
    }
    void previewAgreesWithTheImport() {
        QFETCH(QByteArray, extra);
        ImportPreview p;
        QByteArray data;
        {
            const auto store = openDatabase(m_db, Seed::Bundled, Access::ReadOnly);
            extra.replace("%NEXT%", QByteArray::number(store->decisionCount() + 2));
            data = craftedCsv(*store) + extra;
            p = previewImport(*store, u"crafted.csv"_s, data, kAsOf);
        }
        const auto store = openDatabase(m_db);
        const ImportSummary s = importCsv(*store, data, u"crafted.csv"_s);
        QCOMPARE(p.summary.added, s.added);
        QCOMPARE(p.summary.updated, s.updated);
        QCOMPARE(p.summary.unchanged, s.unchanged);
        QCOMPARE(p.summary.vendorsCreated, s.vendorsCreated);
        QCOMPARE(p.summary.vendorsUpdated, s.vendorsUpdated);
        QCOMPARE(p.summary.notes, s.notes);
        QSet<qint64> changed;
        for (const DecisionChange &c : std::as_const(p.changed)) {
            QCOMPARE(store->decision(c.id)->title, c.title);
            changed.insert(c.id);
        }
        for (const Decision &d : std::as_const(p.added)) {
            if (!changed.contains(d.id)) // else changed again by a later row
                QCOMPARE(store->decision(d.id)->title, d.title);
        }
        if (!extra.isEmpty()) {
            QCOMPARE(p.summary.updated, 2);
            QCOMPARE(p.changed.last().fields.size(), 1);
            QCOMPARE(p.changed.last().fields[0].field, u"title"_s);
        }
    }

    // A JSON file's vendor changes are previewed too.
    void jsonVendorsArePreviewed() {
        const QByteArray json = R"({"format": "banatlas", "version": 1,
            "vendors": [{"name": "ZTE", "notes": "Changed by the file"},
                        {"name": "Huawel"}],
            "decisions": []})";
        ImportPreview p;
        {
            const auto store = openDatabase(m_db, Seed::Bundled, Access::ReadOnly);
            p = previewImport(*store, u"vendors.json"_s, json, kAsOf);
        }
        QCOMPARE(p.vendorsUpdated, QStringList{u"ZTE"_s});
        QCOMPARE(p.vendorsCreated.size(), 1);
        QCOMPARE(p.vendorsCreated[0].near, u"Huawei"_s);
        const auto store = openDatabase(m_db);
        QVERIFY(store->findVendor(u"ZTE")->notes != u"Changed by the file"_s);
        const ImportSummary s = importJson(*store, json, u"vendors.json"_s);
        QCOMPARE(p.summary.vendorsUpdated, s.vendorsUpdated);
        QCOMPARE(p.summary.vendorsCreated, s.vendorsCreated);
    }

    // A dry run writes nothing: every file in the database's folder keeps its bytes, and
    // no backup is made — on a read-only file too.
    void writesNothing_data() {
        QTest::addColumn<bool>("readOnlyFile");
        QTest::newRow("writable") << false;
        QTest::newRow("read-only file") << true;
    }
    void writesNothing() {
        QFETCH(bool, readOnlyFile);
        if (readOnlyFile)
            QVERIFY(QFile::setPermissions(m_db, QFileDevice::ReadOwner));
        const QString folder = path(u"db"_s);
        QByteArray data;
        {
            // A reader leaves SQLite's shared-memory index and an empty journal beside a
            // writable file, as every read-only command does: they are there before, too.
            const auto store = openDatabase(m_db, Seed::Bundled, Access::ReadOnly);
            data = craftedCsv(*store);
        }
        const QHash<QString, QByteArray> before = filesIn(folder);
        if (readOnlyFile)
            QCOMPARE(before.keys(), QStringList{u"test.banatlas"_s});
        {
            const auto store = openDatabase(m_db, Seed::Bundled, Access::ReadOnly);
            const ImportPreview p = previewImport(*store, u"crafted.csv"_s, data, kAsOf);
            QCOMPARE(p.summary.added, 1);
        }
        QCOMPARE(filesIn(folder), before);
        QVERIFY(!QFileInfo::exists(backupFolder(m_db)));
    }

    // A bad row: the import's own error, at its line and column, and nothing written.
    void hostileFileGivesTheImportsError() {
        const QByteArray bad = "country,vendors,measure,scope,announced,title,confidence\n"
                               "DE,Huawei,ban,5g_core,2020-01-01,Fine,official\n"
                               "DE,Huawei,ban,5g_core,2020-13-01,Bad month,official\n";
        QString previewed;
        {
            const auto store = openDatabase(m_db, Seed::Bundled, Access::ReadOnly);
            previewed = testing::messageOf<ImportError>(
                [&] { previewImport(*store, u"bad.csv"_s, bad, kAsOf); });
        }
        const auto store = openDatabase(m_db);
        const int count = store->decisionCount();
        const QString imported =
            testing::messageOf<ImportError>([&] { importCsv(*store, bad, u"bad.csv"_s); });
        QCOMPARE(previewed, imported);
        QVERIFY2(previewed.startsWith(u"bad.csv:3:"_s), qPrintable(previewed));
        QCOMPARE(store->decisionCount(), count);
    }

    // Accepting imports exactly what was previewed, and refuses when the file or the
    // database changed after the preview.
    void acceptRefusesWhatChanged() {
        const QString file = path(u"crafted.csv"_s);
        const auto store = openDatabase(m_db);
        const QByteArray data = craftedCsv(*store);
        QVERIFY(writeFile(file, data));

        // The file changed.
        ImportPreview p = previewImport(*store, file, readImportFile(file), kAsOf);
        QVERIFY(writeFile(file, data + ",FR,Huawei,ban,5g_core,2021-01-01,,,,Later,,,official,,,,,"
                                       "\n"));
        QVERIFY(outdatedPreview(*store, p).contains(u"has changed since the preview"_s));
        const int count = store->decisionCount();
        QVERIFY(testing::messageOf<StoreError>([&] {
                    importPreviewed(*store, p);
                }).contains(u"preview it again"_s));
        QCOMPARE(store->decisionCount(), count);
        QVERIFY(writeFile(file, data));
        QCOMPARE(outdatedPreview(*store, p), QString()); // the same bytes again

        // The database changed.
        testing::addWithVendors(*store, testing::exampleDecision(u"An edit meanwhile"_s));
        QVERIFY(outdatedPreview(*store, p).contains(u"database has changed"_s));
        QVERIFY(testing::messageOf<StoreError>([&] {
                    importPreviewed(*store, p);
                }).contains(u"preview it again"_s));
        QCOMPARE(store->decisionCount(), count + 1);

        // Previewed again: imported, exactly as previewed, after a backup.
        p = previewImport(*store, file, readImportFile(file), kAsOf);
        const ImportSummary s = importPreviewed(*store, p);
        QCOMPARE(s.added, p.summary.added);
        QCOMPARE(s.updated, p.summary.updated);
        QVERIFY(QFileInfo::exists(s.backupPath));
        QCOMPARE(store->decision(p.added[0].id)->country, u"IS"_s);
    }

    // Previewed bytes are what is imported, even when the file changes after the check.
    void importsThePreviewedBytes() {
        const QString file = path(u"crafted.csv"_s);
        const auto store = openDatabase(m_db);
        QVERIFY(writeFile(file, craftedCsv(*store)));
        const ImportPreview p = previewImport(*store, file, readImportFile(file), kAsOf);
        const ImportSummary s = importFileData(*store, file, p.data);
        QCOMPARE(s.added, 1);
        QCOMPARE(store->decision(2)->title, u"Australia shuts Huawei and ZTE out of 5G"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
