#include "domain/statusresolver.h"
#include "domain/validation.h"
#include "formats/csv.h"
#include "formats/jsoncodec.h"
#include "helpers/storehelpers.h"
#include "interchange/copyreturn.h"
#include "interchange/database.h"
#include "interchange/exportfile.h"
#include "interchange/importpreview.h"
#include "interchange/interchange.h"

#include "helpers/testsetup.h"
#include "helpers/teststores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

QString fixture(const QString &name) {
    return QStringLiteral(BANATLAS_TEST_DATA) + u"/import/"_s + name;
}

QByteArray readFixture(const QString &name) {
    QFile f(fixture(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The facts the status rules read, fact by fact.
QStringList factsOf(const Store &store) {
    const StatusFacts all = store.statusFacts();
    QStringList out;
    for (const StatusFact &f : all.facts) {
        out.append(u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(f.id)
                       .arg(all.countries[f.country], all.vendors[f.vendor])
                       .arg(f.announced)
                       .arg(f.effective)
                       .arg(f.ended)
                       .arg(f.deadline)
                       .arg(int(f.measure))
                       .arg(f.coversSubsidiaries));
    }
    out.sort();
    return out;
}

// The message of the Error that `fn` throws, or "no error".
template <typename Fn> QString errorOf(Fn &&fn) {
    try {
        fn();
    } catch (const Error &e) {
        return e.message();
    }
    return u"no error"_s;
}

} // namespace

class TestInterchange : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    testing::TestDatabases m_databases;

    // A file, or a team database on a server (the _postgresql twin).
    std::unique_ptr<Store> open(Seed seed) { return m_databases.fresh(u"db"_s, seed); }

private slots:
    void init() { testing::failOnQtWarnings(); }

    void csvRecordsRoundTrip() {
        const QStringList fields{
            u"plain"_s, u"with, comma"_s, u"with \"quotes\""_s, u"two\nlines"_s,
            u""_s,      u" padded "_s,    u"naïve — ünïcode"_s};
        const QByteArray bytes = csvRecord(fields) + csvRecord({u"x"_s});
        const QList<CsvRow> rows = parseCsv(bytes, u"mem.csv"_s);
        QCOMPARE(rows.size(), 2);
        QStringList back;
        for (const CsvField &f : rows[0].fields)
            back.append(f.text);
        QCOMPARE(back, fields);
        QCOMPARE(rows[1].line, 3);              // the embedded line break counts
        QCOMPARE(rows[0].fields[3].column, 39); // plain,"with, comma","with ""quotes""",
    }

    void importsValidCsv_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << u"valid.csv"_s;
        QTest::newRow("with BOM") << u"valid_bom.csv"_s;
    }
    void importsValidCsv() {
        QFETCH(QString, file);
        auto store = open(Seed::None);
        const ImportSummary s = importFile(*store, fixture(file));
        QCOMPARE(s.added, 3);
        QCOMPARE(s.vendorsCreated, 3); // Huawei, ZTE, Acme Networks
        const auto au = store->decision(101);
        QVERIFY(au);
        QCOMPARE(au->country, u"AU"_s); // from the alpha-3 code
        QCOMPARE(au->vendors, (QStringList{u"Huawei"_s, u"ZTE"_s}));
        QCOMPARE(au->scopes, (QList<Scope>{Scope::Core5g, Scope::Ran5g}));
        QCOMPARE(au->title, u"Australia excludes Huawei, ZTE from 5G"_s);
        QCOMPARE(au->summary, u"Guidance said \"extrajudicial directions\" matter.\n"
                              "Second line of the summary."_s);
        QCOMPARE(au->sources.size(), 1);
        QCOMPARE(au->sources[0].title, u"Report, with comma"_s);
        QCOMPARE(au->sources[0].published, PartialDate::day(2018, 8, 24));
        QCOMPARE(store->decision(102)->country, u"NZ"_s); // from the English name
        QVERIFY(store->decision(102)->sources.isEmpty());
        const QList<Decision> all = store->decisions();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.last().country, u"DE"_s);
        QCOMPARE(all.last().announced, PartialDate::month(2018, 11));
        QCOMPARE(all.last().summary, u"Ünïcödé summary — fine"_s);
        QVERIFY(store->findVendor(u"acme networks"));
    }

    void importsReorderedMinimalColumns() {
        auto store = open(Seed::None);
        QCOMPARE(importFile(*store, fixture(u"reordered.csv"_s)).added, 1);
        const Decision d = store->decisions().first();
        QCOMPARE(d.country, u"GB"_s);
        QCOMPARE(d.measure, Measure::Warning);
        QCOMPARE(d.confidence, Confidence::MultipleSources);
    }

    void rejectsBadFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("what");
        QTest::newRow("unterminated quote")
            << u"unterminated_quote.csv"_s << 2 << 39 << u"never closed"_s;
        QTest::newRow("quote inside field")
            << u"quote_in_field.csv"_s << 2 << 50 << u"quote inside an unquoted field"_s;
        QTest::newRow("impossible date") << u"bad_date.csv"_s << 3 << 25 << u"2019-02-30"_s;
        QTest::newRow("unknown column")
            << u"unknown_column.csv"_s << 1 << 61 << u"unknown column \"severity\""_s;
        QTest::newRow("wrong encoding") << u"latin1.csv"_s << 2 << 42 << u"UTF-8"_s;
        QTest::newRow("wrong field count")
            << u"field_count.csv"_s << 2 << 52 << u"expected 17 fields"_s;
        QTest::newRow("duplicate id") << u"duplicate_id.csv"_s << 3 << 1 << u"first on line 2"_s;
        QTest::newRow("unknown country") << u"unknown_country.csv"_s << 2 << 3 << u"Atlantis"_s;
        QTest::newRow("unknown measure") << u"bad_measure.csv"_s << 2 << 13 << u"embargo"_s;
        QTest::newRow("ended before effective") << u"ended_before.csv"_s << 2 << 37 << u"ended"_s;
        QTest::newRow("file URL as source") << u"bad_url.csv"_s << 2 << 66 << u"http or https"_s;
        QTest::newRow("missing required column")
            << u"missing_column.csv"_s << 1 << 1 << u"\"confidence\""_s;
        QTest::newRow("empty file") << u"empty.csv"_s << 1 << 1 << u"header"_s;
        QTest::newRow("JSON syntax") << u"bad_syntax.json"_s << 5 << -1 << u"invalid JSON"_s;
        QTest::newRow("JSON impossible date")
            << u"bad_date.json"_s << 8 << 20 << u"decisions.0.announced"_s;
        QTest::newRow("JSON newer version") << u"newer.json"_s << 1 << 35 << u"newer"_s;
        QTest::newRow("JSON of another kind") << u"not_banatlas.json"_s << 1 << 1 << u"format"_s;
        QTest::newRow("JSON source URL")
            << u"bad_source_url.json"_s << 4 << 37 << u"decisions.0.sources.0.url"_s;
        // Hostile and broken files.
        QTest::newRow("UTF-16") << u"utf16.csv"_s << 1 << 1 << u"not valid UTF-8"_s;
        QTest::newRow("binary garbage CSV")
            << u"binary_garbage.csv"_s << 1 << 2 << u"not valid UTF-8"_s;
        QTest::newRow("binary garbage JSON")
            << u"binary_garbage.json"_s << 1 << 1 << u"not valid UTF-8"_s;
        QTest::newRow("NUL in a field")
            << u"nul_byte.csv"_s << 2 << 70 << u"control character U+0000"_s;
        QTest::newRow("control character in JSON")
            << u"control_char.json"_s << 5 << 131 << u"control character U+0007"_s;
        QTest::newRow("oversized field")
            << u"oversized_field.csv"_s << 2 << 70 << u"longer than 131072 bytes"_s;
        QTest::newRow("oversized summary")
            << u"oversized_summary.csv"_s << 2 << 70 << u"at most 20000"_s;
        QTest::newRow("oversized JSON title")
            << u"oversized_title.json"_s << 5 << 131 << u"at most 200"_s;
        QTest::newRow("duplicate column")
            << u"duplicate_column.csv"_s << 1 << 50 << u"appears twice"_s;
        QTest::newRow("truncated JSON")
            << u"truncated.json"_s << 136 << 7 << u"unterminated string"_s;
        QTest::newRow("deeply nested JSON")
            << u"deep_nesting.json"_s << 1 << 1075 << u"too deeply nested"_s;
        QTest::newRow("JSON wrong types")
            << u"wrong_types.json"_s << 5 << 43 << u"expected an array of strings"_s;
        QTest::newRow("JSON id out of range")
            << u"huge_id.json"_s << 5 << 12 << u"positive whole number"_s;
        QTest::newRow("empty JSON") << u"empty.json"_s << 1 << 1 << u"invalid JSON"_s;
        // Found by fuzz_csv_import: a vendor named only U+FEFF was stored as an empty name
        // (SQLite drops a leading byte-order mark), and its export could not be imported.
        QTest::newRow("byte-order mark as a vendor")
            << u"bom_vendor.csv"_s << 2 << 8 << u"invisible formatting character U+feff"_s;
        QTest::newRow("bidi override in a vendor")
            << u"bidi_vendor.json"_s << 5 << 43 << u"invisible formatting character U+202e"_s;
        QTest::newRow("lone surrogate")
            << u"lone_surrogate.json"_s << 5 << 131 << u"lone surrogate U+d800"_s;
        QTest::newRow("id past 2^53 - 1")
            << u"huge_id.csv"_s << 2 << 1 << u"from 1 to 9007199254740991"_s;
        QTest::newRow("record of commas")
            << u"too_many_fields.csv"_s << 2 << 66 << u"more than 64 fields"_s;
        QTest::newRow("vendor of invisible characters")
            << u"invisible_vendor.csv"_s << 2 << 0 << u"vendors:"_s;
        // Found by fuzz_json_import: locating the error in a file without "format" whose
        // array holds something that is not JSON ("!", ",,") looped for ever.
        QTest::newRow("not JSON inside an array")
            << u"not_json_in_an_array.json"_s << 1 << 1 << u"expected \"format\""_s;
        QTest::newRow("JSON array at the top")
            << u"top_level_array.json"_s << 1 << 1 << u"expected an object"_s;
    }

    // A value outside a vocabulary is refused with the list of what is allowed, at its
    // line and column; nothing is written.
    void rejectsUnknownIdentifiers_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("what");
        const QByteArray header = csvRecord(csvColumns());
        auto row = [](const char *scope, const char *legal, const char *confidence) -> QByteArray {
            return QByteArray("7,US,Acme,ban,") + scope + ",2019-05-15,,,,Title,Summary," + legal +
                   ',' + confidence +
                   ",Source,Publisher,https://example.org/7,2019-05-16,false\r\n";
        };
        QTest::newRow("scope") << u"scope.csv"_s << header + row("6g_core", "law", "official") << 2
                               << 15 << u"expected 5g_core"_s;
        QTest::newRow("legal form")
            << u"legal.csv"_s << header + row("5g_core", "decree", "official") << 2 << 51
            << u"expected one of law"_s;
        QTest::newRow("confidence")
            << u"confidence.csv"_s << header + row("5g_core", "law", "rumour") << 2 << 55
            << u"expected one of official"_s;
        QTest::newRow("vendor kind")
            << u"kind.json"_s
            << QByteArray("{\"format\": \"banatlas\", \"version\": 1, \"vendors\": [\n"
                          " {\"name\": \"Acme\", \"kind\": \"spaceships\"}]}\n")
            << 2 << 27 << u"vendors.0.kind: expected one of telecom_equipment"_s;
    }
    void rejectsUnknownIdentifiers() {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, what);
        auto store = open(Seed::Bundled);
        const QByteArray before = exportJson(*store);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        try {
            importFile(*store, path);
            QFAIL("an unknown identifier was imported");
        } catch (const ImportError &e) {
            QVERIFY2(e.reason().contains(what), qPrintable(e.message()));
            QCOMPARE(e.line(), line);
            QCOMPARE(e.column(), column);
        }
        QVERIFY(exportJson(*store) == before);
    }

    // A file may bring a government or a group the database lacks (a territory, a new
    // alliance): added, while one it has already is left as it is; a bad one is refused.
    void newGovernmentsAndGroupsFromAFile() {
        auto store = open(Seed::Bundled);
        const QString australia = store->country(u"AU"_s)->name;
        const QByteArray json = QByteArray(
            "{\"format\": \"banatlas\", \"version\": 1,\n"
            " \"countries\": [\n"
            "  {\"code\": \"AU\", \"name\": \"Renamed by the file\"},\n"
            "  {\"code\": \"XQ\", \"alpha3\": \"XQQ\", \"name\": \"Test Territory\", \"region\": "
            "\"Oceania\"}],\n"
            " \"groups\": [\n"
            "  {\"code\": \"TESTPACT\", \"name\": \"Test Pact\", \"members\": [\n"
            "    {\"country\": \"XQ\", \"joined\": \"2020-01-01\", \"left\": \"\"},\n"
            "    {\"country\": \"AU\", \"joined\": \"2020-01-01\", \"left\": \"2024-06-30\"}]}],\n"
            " \"decisions\": [\n"
            "  {\"country\": \"XQ\", \"vendors\": [\"Huawei\"], \"measure\": \"ban\", \"scope\": "
            "[\"5g_core\"],\n"
            "   \"announced\": \"2021-03-01\", \"title\": \"Test Territory bans Huawei\", "
            "\"confidence\": \"official\",\n"
            "   \"sources\": [{\"title\": \"Gazette\", \"publisher\": \"Government\", \"url\": "
            "\"https://example.org/xq\"}]}]}\n");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"territory.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const ImportSummary s = importFile(*store, path);
        QCOMPARE(s.added, 1);
        QCOMPARE(store->country(u"AU"_s)->name, australia);
        QCOMPARE(store->country(u"XQ"_s)->name, u"Test Territory"_s);
        QCOMPARE(store->country(u"XQ"_s)->alpha3, u"XQQ"_s);
        const auto pact = store->group(u"TESTPACT"_s);
        QVERIFY(pact);
        QCOMPARE(pact->membersOn(QDate(2023, 1, 1)), (QStringList{u"AU"_s, u"XQ"_s}));
        QCOMPARE(pact->membersOn(QDate(2025, 1, 1)), QStringList{u"XQ"_s});
        QCOMPARE(store->resolveCountry(u"Test Territory"_s), std::optional<QString>(u"XQ"_s));

        const QByteArray bad =
            QByteArray("{\"format\": \"banatlas\", \"version\": 1,\n"
                       " \"countries\": [{\"code\": \"XQZ\", \"name\": \"Three Letters\"}]}\n");
        const QString badPath = dir.filePath(u"bad-territory.json"_s);
        QFile g(badPath);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(bad);
        g.close();
        const QByteArray before = exportJson(*store);
        try {
            importFile(*store, badPath);
            QFAIL("a country without a name was imported");
        } catch (const ImportError &e) {
            QCOMPARE(e.line(), 2);
            QVERIFY2(e.reason().contains(u"two-letter code and a name"_s), qPrintable(e.message()));
        }
        QVERIFY(exportJson(*store) == before);
    }

    // Every error is also a std::exception whose what() is the message in UTF-8, for
    // code that catches the standard type.
    void errorsAreStandardExceptions() {
        const QString bad = m_dir.filePath(u"missing-folder/none.banatlas"_s);
        try {
            Store store(bad, Access::ReadOnly);
            QFAIL("a missing database opened");
        } catch (const std::exception &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(bad));
            QCOMPARE(QString::fromUtf8(e.what()), dynamic_cast<const Error &>(e).message());
        }
    }

    // The database the window opens by default is in the user's data folder, which is
    // made if it is missing.
    void defaultDatabaseIsInTheDataFolder() {
        QTemporaryDir home;
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", home.path().toUtf8());
        const QString path = defaultDatabasePath();
        if (saved.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", saved);
        QCOMPARE(path,
                 home.path() + u"/%1/default.banatlas"_s.arg(QCoreApplication::applicationName()));
        QVERIFY(QFileInfo(path).dir().exists());
    }

    // A file over the import limit is refused before it is read; a large file with its
    // one mistake at the very end is refused at that line, and nothing is written.
    void rejectsVeryLargeFiles() {
        auto store = open(Seed::Bundled);
        const QByteArray before = exportJson(*store);
        QTemporaryDir dir;
        const QString huge = dir.filePath(u"huge.csv"_s);
        {
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(kMaxImportBytes + 1)); // sparse: no disk is used
        }
        try {
            importFile(*store, huge);
            QFAIL("an oversized file was imported");
        } catch (const ImportError &e) {
            QCOMPARE(e.line(), 1);
            QCOMPARE(e.column(), 1);
            QVERIFY2(e.reason().contains(u"at most 2048 MiB"_s), qPrintable(e.message()));
        }

        const QString large = dir.filePath(u"large.csv"_s);
        constexpr int rows = 20000;
        {
            QFile f(large);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(csvRecord(csvColumns()));
            for (int i = 1; i <= rows; ++i) {
                const QString date = i == rows ? u"2019-13-01"_s : u"2019-05-15"_s;
                f.write(
                    u"%1,US,Vendor %2,ban,5g_core,%3,,,,Decision %1,Summary %1,law,official,"
                    "Source,Publisher,https://example.org/%1,2019-05-16,false\r\n"_s.arg(i + 1000)
                        .arg(i % 50)
                        .arg(date)
                        .toUtf8());
            }
        }
        QVERIFY(QFileInfo(large).size() > 2'000'000);
        try {
            importFile(*store, large);
            QFAIL("a file with a bad last row was imported");
        } catch (const ImportError &e) {
            QVERIFY2(e.line() == rows + 1, qPrintable(e.message()));
            QVERIFY2(e.reason().contains(u"month 13"_s), qPrintable(e.message()));
        }
        QCOMPARE(exportJson(*store), before);
        QVERIFY(!store->findVendor(u"Vendor 7"));
    }
    void rejectsBadFiles() {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, what);
        auto store = open(Seed::Bundled);
        const QByteArray before = exportJson(*store);
        const int auditBefore = static_cast<int>(store->auditLog().size());
        try {
            importFile(*store, fixture(file));
            QFAIL("a bad file was imported");
        } catch (const ImportError &e) {
            QCOMPARE(e.file(), fixture(file));
            QCOMPARE(e.line(), line);
            if (column > 0)
                QCOMPARE(e.column(), column);
            QVERIFY2(e.reason().contains(what), qPrintable(e.message()));
            QVERIFY(e.message().startsWith(fixture(file) + u":%1:"_s.arg(line)));
        }
        // Nothing written: same data, no audit entry.
        QCOMPARE(exportJson(*store), before);
        QCOMPARE(store->auditLog().size(), auditBefore);
        QVERIFY(!store->findVendor(u"Acme Networks"));
    }

    // An import writes in batches (a file's 64 decisions a statement, a server's 1000 as one
    // JSON parameter per table), an edit row by row: the same decisions either way, with
    // the same facts, search documents and audit. 2,550 decisions: several batches, and a
    // last one part-full.
    void aLargeImportWritesWhatEditsWrite() {
        auto seeded = open(Seed::Bundled);
        QJsonObject root = QJsonDocument::fromJson(exportJson(*seeded)).object();
        QJsonArray copies;
        const QJsonArray originals = root.value(u"decisions"_s).toArray();
        for (int round = 0; round < 15; ++round) {
            for (const QJsonValue &v : originals) {
                QJsonObject d = v.toObject();
                d.remove(u"id"_s);
                d.insert(u"title"_s,
                         QString(d.value(u"title"_s).toString() + u" (copy %1)"_s.arg(round)));
                copies.append(d);
            }
        }
        root.insert(u"decisions"_s, copies);
        const QByteArray file = QJsonDocument(root).toJson();
        auto imported = open(Seed::Bundled);
        QCOMPARE(importJson(*imported, file, u"copies.json"_s).added, copies.size());

        auto edited = open(Seed::Bundled);
        // The same decisions, read from the file itself (not from an import), added one by one.
        QList<Decision> decisionsOfTheFile;
        for (const QJsonValue &v : std::as_const(copies))
            decisionsOfTheFile.append(decisionFromJson(v.toObject()));
        QCOMPARE(decisionsOfTheFile.size(), copies.size());
        edited->transaction([&] {
            for (Decision d : decisionsOfTheFile) {
                d.id = 0;
                edited->addDecision(d);
            }
        });
        QCOMPARE(exportJson(*imported), exportJson(*edited));
        QCOMPARE(factsOf(*imported), factsOf(*edited));
        QCOMPARE(imported->decisionCounts(), edited->decisionCounts());
        // Found by their words as the edited ones are, every copy.
        DecisionFilter copy14;
        copy14.text = SearchQuery::parse(u"\"copy 14\""_s);
        const QList<qint64> found = imported->findDecisions(copy14, DecisionOrder::Id, false, -1);
        QCOMPARE(found.size(), originals.size());
        QCOMPARE(found, edited->findDecisions(copy14, DecisionOrder::Id, false, -1));
        // One audit row per decision, pointing at the import's entry.
        const QList<AuditEntry> history =
            imported->auditLog(u"decision"_s, QString::number(found.last()));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().action, u"insert"_s);
        QVERIFY(history.first().importId != 0);
    }

    // A copy into a new file (a team's local copy, what an import preview works on) holds
    // what the database holds: the same export, facts, counts, search and history, each
    // change's user and host. On a server it also says where it came from, when, and the
    // last entry of the team's history it holds. An existing file is refused and kept.
    void aCopyIntoAFileHoldsEverything() {
        auto store = open(Seed::Bundled);
        const qint64 added =
            testing::addWithVendors(*store, testing::exampleDecision(u"Copied with history"_s));
        Decision two = *store->decision(2);
        two.title += u" (edited before the copy)"_s;
        store->updateDecision(two);
        store->removeDecision(3);
        const QTemporaryDir dir;
        const QString target = dir.filePath(u"travel.banatlas"_s);
        store->copyTo(target);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"travel.banatlas"_s}); // nothing left beside it (nor a part)
        {
            Store copy(target, Access::ReadOnly); // its schema checked as it is opened
            QCOMPARE(copy.engine(), Engine::Sqlite);
            QCOMPARE(exportJson(copy), exportJson(*store));
            QCOMPARE(factsOf(copy), factsOf(*store));
            QCOMPARE(copy.decisionCounts(), store->decisionCounts());
            QCOMPARE(copy.countries().size(), store->countries().size());
            QCOMPARE(copy.groups().size(), store->groups().size());
            DecisionFilter words;
            words.text = SearchQuery::parse(u"huawei 5g"_s);
            const QList<qint64> found = store->findDecisions(words, DecisionOrder::Id, false, -1);
            QVERIFY(!found.isEmpty());
            QCOMPARE(copy.findDecisions(words, DecisionOrder::Id, false, -1), found);
            const auto rows = [](const QList<AuditEntry> &log) {
                QStringList out;
                for (const AuditEntry &e : log)
                    out.append(QStringList{QString::number(e.id), e.at.toString(Qt::ISODateWithMs),
                                           e.action, e.entity, e.entityId, e.oldValue, e.newValue,
                                           QString::number(e.importId), e.user, e.host}
                                   .join(u'|'));
                return out;
            };
            const QList<AuditEntry> history = store->auditLog();
            QCOMPARE(rows(copy.auditLog()), rows(history));
            QCOMPARE(copy.auditLog(u"decision"_s, QString::number(added)).size(), 1);
            QCOMPARE(copy.decision(2)->version, store->decision(2)->version);
            QSqlQuery meta(copy.database());
            QVERIFY(meta.prepare(u"SELECT key, value FROM meta WHERE key LIKE 'copied%'"_s) &&
                    meta.exec());
            QHash<QString, QString> copied;
            while (meta.next())
                copied.insert(meta.value(0).toString(), meta.value(1).toString());
            if (store->engine() == Engine::Postgres) {
                QCOMPARE(copied.value(u"copied_from"_s), store->path());
                qint64 last = 0;
                for (const AuditEntry &e : history)
                    last = std::max(last, e.id);
                QCOMPARE(copied.value(u"copied_through_audit"_s), QString::number(last));
                const QDateTime at =
                    QDateTime::fromString(copied.value(u"copied_at"_s), Qt::ISODate);
                QVERIFY(at.isValid() && at.secsTo(QDateTime::currentDateTimeUtc()) < 600);
            } else {
                QVERIFY(copied.isEmpty()); // a file's copy is the file as it is
            }
        }
        // An existing file, even an empty one, is never written over.
        QFile existing(dir.filePath(u"kept.banatlas"_s));
        QVERIFY(existing.open(QIODevice::WriteOnly) && existing.write("mine") == 4);
        existing.close();
        const QString refused = errorOf([&] { store->copyTo(existing.fileName()); });
        QVERIFY2(refused.contains(u"already exists"_s), qPrintable(refused));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("mine"));
        QCOMPARE(QDir(dir.path())
                     .entryList({u"*.banatlas"_s, u"*partial*"_s}, QDir::Files | QDir::Hidden),
                 (QStringList{u"kept.banatlas"_s, u"travel.banatlas"_s}));
        // A link to nothing (or to a file elsewhere) is not followed: refused, nothing made
        // where it points.
        const QString elsewhere = dir.filePath(u"elsewhere.banatlas"_s);
        const QString link = dir.filePath(u"link.banatlas"_s);
        QVERIFY(QFile::link(elsewhere, link));
        const QString linked = errorOf([&] { store->copyTo(link); });
        QVERIFY2(linked.contains(u"already exists"_s), qPrintable(linked));
        QVERIFY(!QFileInfo::exists(elsewhere));
        // A folder that is not there: said, and nothing made.
        const QString missing = dir.filePath(u"no/such/folder/x.banatlas"_s);
        const QString noFolder = errorOf([&] { store->copyTo(missing); });
        QVERIFY2(noFolder.contains(u"cannot create"_s), qPrintable(noFolder));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));
    }

    // A team's local copy comes back: what the copy changed since it was made is found in
    // its own history and set against the team's versions now. A change the team did not
    // touch is written, and so are a deletion and a new decision (with a new id, and its new
    // vendor); where the team changed or deleted the same decision since, a conflict names
    // who, and the team's stays. A change written over since the review is refused whole.
    void aLocalCopyComesBack() {
        auto team = open(Seed::Bundled);
        const QTemporaryDir dir;
        const QString path = dir.filePath(u"travel.banatlas"_s);
        team->copyTo(path);
        if (team->engine() == Engine::Sqlite) { // a file's copy is the file: nothing to return
            Store copy(path, Access::ReadOnly);
            const QString refused = errorOf([&] { changesOfCopy(copy, *team); });
            QVERIFY2(refused.contains(u"not a local copy of a team database"_s),
                     qPrintable(refused));
            return;
        }
        QList<qint64> all = team->findDecisions({}, DecisionOrder::Id, false, -1);
        const qint64 largest = all.last();
        QList<qint64> ids;
        for (const QString &country : {u"AU"_s, u"NZ"_s, u"US"_s, u"GB"_s, u"DE"_s})
            ids += team->decisionIdsOf(country);
        ids.removeAll(largest);
        QVERIFY(ids.size() >= 6);
        const qint64 mineOnly = ids[0], deletedHere = ids[1], bothChanged = ids[2],
                     theyDeleted = ids[3], theyChanged = ids[4], sameOnBoth = ids[5];
        qint64 added = 0;
        {
            Store copy(path);
            // The largest id deleted, and a new decision given that id again (a file gives
            // the next after the largest): a deletion and an addition, not a change.
            copy.removeDecision(largest);
            QCOMPARE(copy.addDecision(testing::exampleDecision(u"Reuses an id"_s, u"NO"_s)),
                     largest);
            Decision d = *copy.decision(mineOnly);
            d.title = u"Retitled while travelling"_s;
            copy.updateDecision(d);
            copy.removeDecision(deletedHere);
            d = *copy.decision(bothChanged);
            d.summary = u"The traveller's summary"_s;
            copy.updateDecision(d);
            d = *copy.decision(theyDeleted);
            d.title = u"Kept alive while travelling"_s;
            copy.updateDecision(d);
            d = *copy.decision(sameOnBoth);
            d.title = u"The same new title"_s;
            copy.updateDecision(d);
            Vendor v;
            v.name = u"Travelcom"_s;
            copy.addVendor(v);
            Decision fresh = testing::exampleDecision(u"Found while travelling"_s, u"IS"_s);
            fresh.vendors = {u"Travelcom"_s};
            added = copy.addDecision(fresh);
            const qint64 gone = copy.addDecision(testing::exampleDecision(u"Added, then gone"_s));
            copy.removeDecision(gone);
        }
        Decision d = *team->decision(bothChanged);
        d.summary = u"The team's summary"_s;
        team->updateDecision(d);
        team->removeDecision(theyDeleted);
        d = *team->decision(theyChanged); // not touched by the copy: not its business
        d.title = u"Changed by the team only"_s;
        team->updateDecision(d);
        d = *team->decision(sameOnBoth);
        d.title = u"The same new title"_s;
        team->updateDecision(d);
        // The team gives the copy's new id to a decision of its own meanwhile.
        Decision taken = testing::exampleDecision(u"The team's own"_s);
        taken.id = added;
        testing::addWithVendors(*team, taken);

        CopyChanges found;
        {
            Store copy(path, Access::ReadOnly);
            found = changesOfCopy(copy, *team);
        }
        QCOMPARE(found.copiedFrom, team->path());
        QVERIFY(found.copiedAt.isValid());
        QHash<qint64, CopyChange> byId;
        QList<CopyChange::Kind> ofLargest;
        for (const CopyChange &c : std::as_const(found.changes)) {
            if (c.id == largest)
                ofLargest.append(c.kind);
            else
                byId.insert(c.id, c);
        }
        QCOMPARE(ofLargest,
                 (QList<CopyChange::Kind>{CopyChange::Kind::Added, CopyChange::Kind::Deleted}));
        QCOMPARE(byId.size(), 5); // theyChanged, sameOnBoth and "Added, then gone" are not
        QCOMPARE(byId[mineOnly].kind, CopyChange::Kind::Changed);
        QCOMPARE(byId[mineOnly].fields.size(), 1);
        QCOMPARE(byId[mineOnly].fields[0].field, u"title"_s);
        QCOMPARE(byId[mineOnly].fields[0].after, u"Retitled while travelling"_s);
        QCOMPARE(byId[deletedHere].kind, CopyChange::Kind::Deleted);
        QCOMPARE(byId[bothChanged].kind, CopyChange::Kind::Conflict);
        QVERIFY2(byId[bothChanged].conflict.contains(u"changed in the team database"_s) &&
                     byId[bothChanged].conflict.contains(u"postgres"_s),
                 qPrintable(byId[bothChanged].conflict));
        QCOMPARE(byId[bothChanged].fields.size(), 1);
        QCOMPARE(byId[bothChanged].fields[0].before, u"The team's summary"_s);
        QCOMPARE(byId[bothChanged].fields[0].after, u"The traveller's summary"_s);
        QCOMPARE(byId[theyDeleted].kind, CopyChange::Kind::Conflict);
        QVERIFY2(byId[theyDeleted].conflict.contains(u"deleted"_s),
                 qPrintable(byId[theyDeleted].conflict));
        QCOMPARE(byId[added].kind, CopyChange::Kind::Added);
        QCOMPARE(found.count(CopyChange::Kind::Conflict), 2);

        const Decision mineBefore = *team->decision(mineOnly);
        QList<qint64> newIds;
        {
            Store copy(path, Access::ReadOnly);
            newIds = applyCopyChanges(*team, copy, found);
        }
        QCOMPARE(newIds.size(), 2);
        QVERIFY(!newIds.contains(added) && !newIds.contains(largest));
        QCOMPARE(team->decision(newIds[0])->title, u"Reuses an id"_s);
        QCOMPARE(team->decision(newIds[1])->title, u"Found while travelling"_s);
        QCOMPARE(team->decision(newIds[1])->vendors, QStringList{u"Travelcom"_s});
        QVERIFY(!team->decision(largest));
        // Brought back again: nothing (what the first return reached is not looked at
        // again; its conflicts were named then). Nothing is added twice.
        {
            Store copy(path, Access::ReadOnly);
            QCOMPARE(changesOfCopy(copy, *team).changes.size(), 0);
        }
        QCOMPARE(team->decision(added)->title, u"The team's own"_s);
        QCOMPARE(team->decision(mineOnly)->title, u"Retitled while travelling"_s);
        QCOMPARE(team->decision(mineOnly)->version, mineBefore.version + 1);
        QVERIFY(!team->decision(deletedHere));
        QCOMPARE(team->decision(bothChanged)->summary, u"The team's summary"_s);
        QVERIFY(!team->decision(theyDeleted));
        QCOMPARE(team->decision(theyChanged)->title, u"Changed by the team only"_s);

        // Reviewed, then overtaken by the team: nothing of it is written.
        const QString path2 = dir.filePath(u"second.banatlas"_s);
        team->copyTo(path2);
        {
            Store copy(path2);
            Decision mine = *copy.decision(mineOnly);
            mine.title = u"Second trip"_s;
            copy.updateDecision(mine);
            copy.addDecision(testing::exampleDecision(u"Second trip's find"_s, u"IS"_s));
        }
        Store second(path2, Access::ReadOnly);
        const CopyChanges reviewed = changesOfCopy(second, *team);
        QCOMPARE(reviewed.changes.size(), 2);
        {
            // The same database by another spelling of its address (another user, options).
            ServerAddress other = parseServerAddress(team->path());
            other.options.append({u"application_name"_s, u"elsewhere"_s});
            Store again(other.uri(), Access::ReadOnly);
            QCOMPARE(changesOfCopy(second, again).changes.size(), 2);
        }
        Decision meanwhile = *team->decision(mineOnly);
        meanwhile.title = u"Overtaken after the review"_s;
        team->updateDecision(meanwhile);
        const int count = team->decisionCount();
        QVERIFY_THROWS_EXCEPTION(ConflictError, applyCopyChanges(*team, second, reviewed));
        QCOMPARE(team->decisionCount(), count);
        QCOMPARE(team->decision(mineOnly)->title, u"Overtaken after the review"_s);
        // A copy whose list of versions was damaged (by hand): said, nothing read wrong.
        const QString damaged = dir.filePath(u"damaged.banatlas"_s);
        QVERIFY(QFile::copy(path2, damaged));
        {
            Store broken(damaged);
            QSqlQuery put(broken.database());
            QVERIFY(put.prepare(u"UPDATE meta SET value = ? WHERE key = 'copied_versions'"_s));
            put.addBindValue(u"1:1,2:x"_s);
            QVERIFY(put.exec());
        }
        {
            Store broken(damaged, Access::ReadOnly);
            const QString said = errorOf([&] { changesOfCopy(broken, *team); });
            QVERIFY2(said.contains(u"versions as copied is damaged"_s), qPrintable(said));
        }
        // Another team's database is not this copy's.
        auto other = open(Seed::Bundled);
        const QString wrong = errorOf([&] { changesOfCopy(second, *other); });
        QVERIFY2(wrong.contains(u"a copy of"_s), qPrintable(wrong));
    }

    // A local copy's conflicts, settled by the user: the copy's written over the team's, a
    // deletion on either side taken, a merge by field; one left as the team has it. The
    // preview says what the import then writes; a settlement the team overtakes no longer
    // holds, and one that cannot be (a merge where one side deleted) is refused.
    void aLocalCopysConflictsAreSettled() {
        auto team = open(Seed::Bundled);
        if (team->engine() == Engine::Sqlite)
            QSKIP("a file's copy is the file itself: nothing comes back (aLocalCopyComesBack)");
        const QTemporaryDir dir;
        const QString path = dir.filePath(u"settle.banatlas"_s);
        team->copyTo(path);
        QList<qint64> ids;
        for (const QString &country : {u"AU"_s, u"NZ"_s, u"US"_s, u"GB"_s})
            ids += team->decisionIdsOf(country);
        QVERIFY(ids.size() >= 5);
        const qint64 takeMine = ids[0], leave = ids[1], copyDeletes = ids[2], teamDeletes = ids[3],
                     merge = ids[4];
        const Decision asCopied = *team->decision(takeMine);
        {
            Store copy(path);
            for (const qint64 id : {takeMine, leave, teamDeletes, merge}) {
                Decision d = *copy.decision(id);
                d.summary = u"The copy's summary of #%1"_s.arg(id);
                if (id == merge) { // a vendor new to the team too: the merge leaves it out
                    d.title = u"The copy's title"_s;
                    Vendor v;
                    v.name = u"Mergecom"_s;
                    copy.addVendor(v);
                    d.vendors.append(v.name);
                }
                copy.updateDecision(d);
            }
            copy.removeDecision(copyDeletes);
        }
        for (const qint64 id : {takeMine, leave, copyDeletes, merge}) {
            Decision d = *team->decision(id);
            d.summary = u"The team's summary of #%1"_s.arg(id);
            d.title = d.title + u" (team)"_s;
            team->updateDecision(d);
        }
        team->removeDecision(teamDeletes);

        CopyChanges found;
        {
            Store copy(path, Access::ReadOnly);
            found = changesOfCopy(copy, *team);
        }
        QCOMPARE(found.count(CopyChange::Kind::Conflict), 5);
        QHash<qint64, CopyChange> byId;
        for (const CopyChange &c : std::as_const(found.changes))
            byId.insert(c.id, c);
        // As copied, from the copy's history: what the dialog's defaults start from.
        QVERIFY(byId[takeMine].base.has_value());
        QCOMPARE(byId[takeMine].base->title, asCopied.title);
        QCOMPARE(byId[takeMine].base->summary, asCopied.summary);
        QCOMPARE(byId[takeMine].base->version, asCopied.version);
        QVERIFY(byId[takeMine].by.contains(u"postgres"_s));
        QVERIFY(byId[merge].canMerge());
        QVERIFY(!byId[teamDeletes].canMerge());
        QVERIFY(!byId[copyDeletes].canMerge());

        using Take = ConflictSettlement::Take;
        const auto settled = [&](qint64 id, Take take) {
            ConflictSettlement s;
            s.take = take;
            s.teamVersion = byId[id].theirs ? byId[id].theirs->version : 0;
            return s;
        };
        ConflictSettlements settlements;
        settlements.insert(takeMine, settled(takeMine, Take::Mine));
        settlements.insert(copyDeletes, settled(copyDeletes, Take::Mine));
        settlements.insert(teamDeletes, settled(teamDeletes, Take::Mine));
        ConflictSettlement merged = settled(merge, Take::Merged);
        merged.merged = *byId[merge].theirs; // the copy's title, the team's rest
        merged.merged->title = byId[merge].mine->title;
        settlements.insert(merge, merged);
        // Against a version the team no longer has: does not hold.
        ConflictSettlement stale = settled(leave, Take::Mine);
        stale.teamVersion -= 1;
        settlements.insert(leave, stale);
        // A merge where the team deleted it: cannot be.
        {
            CopyChanges tried = found;
            ConflictSettlement impossible = settled(teamDeletes, Take::Merged);
            impossible.merged = *byId[teamDeletes].mine;
            QCOMPARE(settleConflicts(tried, {{teamDeletes, impossible}}),
                     QList<qint64>{teamDeletes});
        }

        const QByteArray before = exportJson(*team);
        const ImportPreview p = previewCopyReturn(*team, path, QDate(2026, 6, 1), settlements);
        QCOMPARE(exportJson(*team), before); // only read
        QCOMPARE(p.settlementsOutdated, QList<qint64>{leave});
        QCOMPARE(p.conflicts.size(), 5);
        QCOMPARE(p.conflictsSettled(), 4);
        QCOMPARE(p.summary.updated, 2); // the copy's over the team's; the merge
        QCOMPARE(p.summary.added, 1);   // back, as new, what the team deleted
        QCOMPARE(p.summary.notes.join(u'\n').count(u"left as the team has them"_s), 1);
        QCOMPARE(p.conflictsDeleted, 1);
        for (const ImportRecord::NewVendor &v : p.vendorsCreated) // the merge names none
            QVERIFY2(v.name.compare(u"Mergecom"_s, Qt::CaseInsensitive) != 0, qPrintable(v.name));
        for (qsizetype i = 0; i < p.conflicts.size(); ++i) {
            const DecisionChange &c = p.conflicts[i];
            const QString &reason = p.conflictReasons[i];
            QCOMPARE(reason.contains(u"settled"_s), c.id != leave);
            if (c.id == merge) { // the team's → what is written: the copy's title alone
                QCOMPARE(c.fields.size(), 1);
                QCOMPARE(c.fields[0].field, u"title"_s);
                QCOMPARE(c.fields[0].after, u"The copy's title"_s);
            }
        }

        const Decision leftBefore = *team->decision(leave);
        const int count = team->decisionCount();
        const ImportSummary done = importPreviewed(*team, p);
        QCOMPARE(team->decisionCount(), count); // one deleted, one back as new
        const Decision mine = *team->decision(takeMine);
        QCOMPARE(mine.title, asCopied.title);
        QCOMPARE(mine.summary, u"The copy's summary of #%1"_s.arg(takeMine));
        QVERIFY(!team->decision(copyDeletes));
        QVERIFY(!team->decision(teamDeletes)); // the team's id stays gone
        int back = 0;
        for (const qint64 id : team->decisionIdsOf(byId[teamDeletes].mine->country))
            back += team->decision(id)->summary == u"The copy's summary of #%1"_s.arg(teamDeletes);
        QCOMPARE(back, 1);
        const Decision m = *team->decision(merge);
        QCOMPARE(m.title, u"The copy's title"_s);
        QCOMPARE(m.summary, u"The team's summary of #%1"_s.arg(merge));
        QCOMPARE(*team->decision(leave), leftBefore);
        QVERIFY(!team->hasVendor(u"Mergecom"_s));
        const QString notes = done.notes.join(u'\n');
        QVERIFY2(notes.contains(u"deleted, as in the copy"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"#%1"_s.arg(leave)) && !notes.contains(u"#%1 "_s.arg(merge)),
                 qPrintable(notes));

        // Settled, then overtaken by the team: the settlement no longer holds.
        const QString path2 = dir.filePath(u"settle2.banatlas"_s);
        team->copyTo(path2);
        {
            Store copy(path2);
            Decision d = *copy.decision(leave);
            d.title = u"Second trip"_s;
            copy.updateDecision(d);
        }
        Decision theirs = *team->decision(leave);
        theirs.title = u"The team's, once"_s;
        team->updateDecision(theirs);
        ConflictSettlements again{{leave, settled(leave, Take::Mine)}};
        again[leave].teamVersion = team->decision(leave)->version;
        theirs = *team->decision(leave);
        theirs.title = u"The team's, twice"_s;
        team->updateDecision(theirs);
        const ImportPreview overtaken = previewCopyReturn(*team, path2, QDate(2026, 6, 1), again);
        QCOMPARE(overtaken.settlementsOutdated, QList<qint64>{leave});
        QCOMPARE(overtaken.conflictsSettled(), 0);
        importPreviewed(*team, overtaken);
        QCOMPARE(team->decision(leave)->title, u"The team's, twice"_s);

        // Settled as reviewed, then changed by someone before the import: nothing written.
        const QString path3 = dir.filePath(u"settle3.banatlas"_s);
        team->copyTo(path3);
        {
            Store copy(path3);
            Decision d = *copy.decision(leave);
            d.title = u"Third trip"_s;
            copy.updateDecision(d);
        }
        theirs = *team->decision(leave);
        theirs.title = u"The team's, thrice"_s;
        team->updateDecision(theirs);
        Store third(path3, Access::ReadOnly);
        CopyChanges late = changesOfCopy(third, *team);
        ConflictSettlement mineNow = settled(leave, Take::Mine);
        mineNow.teamVersion = team->decision(leave)->version;
        QVERIFY(settleConflicts(late, {{leave, mineNow}}).isEmpty());
        {
            auto someone = openDatabase(team->path());
            Decision d = *someone->decision(leave);
            d.summary = u"Someone, after the review"_s;
            someone->updateDecision(d);
        }
        QVERIFY_THROWS_EXCEPTION(ConflictError, applyCopyChanges(*team, third, late));
        QCOMPARE(team->decision(leave)->title, u"The team's, thrice"_s);
        QCOMPARE(team->decision(leave)->summary, u"Someone, after the review"_s);
    }

    // An import's preview (on a server, worked on a copy of one snapshot of it) says what
    // the import then does, and leaves the database as it was.
    void aPreviewIsWhatTheImportDoes() {
        auto store = open(Seed::Bundled);
        // The newest decision gone: a server's next id is past it, a file's is not.
        const QList<qint64> all = store->findDecisions({}, DecisionOrder::Id, false, -1);
        store->removeDecision(all.last());
        QJsonObject root = QJsonDocument::fromJson(exportJson(*store)).object();
        QJsonArray decisions = root.value(u"decisions"_s).toArray();
        QJsonObject changed = decisions.at(1).toObject();
        const qint64 changedId = changed.value(u"id"_s).toInteger();
        changed.insert(u"title"_s, u"Retitled by the file"_s);
        QJsonObject added = decisions.at(0).toObject();
        added.remove(u"id"_s);
        added.insert(u"title"_s, u"Added by the file"_s);
        root.insert(u"decisions"_s, QJsonArray{changed, added, decisions.at(2)});
        const QTemporaryDir dir;
        const QString file = dir.filePath(u"edits.json"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(root).toJson());
        }
        const QByteArray before = exportJson(*store);
        const ImportPreview p =
            previewImport(*store, file, readImportFile(file), QDate(2024, 1, 1));
        QCOMPARE(exportJson(*store), before);
        QCOMPARE(p.summary.added, 1);
        QCOMPARE(p.summary.updated, 1);
        QCOMPARE(p.changed.size(), 1);
        QCOMPARE(p.changed[0].id, changedId);
        QCOMPARE(p.changed[0].fields.size(), 1);
        QCOMPARE(p.changed[0].fields[0].after, u"Retitled by the file"_s);
        const ImportSummary s = importPreviewed(*store, p);
        QCOMPARE(s.added, p.summary.added);
        QCOMPARE(s.updated, p.summary.updated);
        QCOMPARE(s.unchanged, p.summary.unchanged);
        QCOMPARE(store->decision(changedId)->title, u"Retitled by the file"_s);
        // The id the preview showed is the one given (a file's); a server's is its own, and
        // the preview does not guess it.
        DecisionFilter byTitle;
        byTitle.text = SearchQuery::parse(u"\"Added by the file\""_s);
        const QList<qint64> found = store->findDecisions(byTitle, DecisionOrder::Id, false, -1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(p.added[0].id, store->engine() == Engine::Postgres ? 0 : found[0]);
        QVERIFY(p.lines().contains(
            u"  #%1  "_s.arg(p.added[0].id == 0 ? u"new"_s : QString::number(found[0])) +
            p.added[0].country + u"  "_s + toId(p.added[0].measure) + u"  Added by the file"_s));
    }

    void jsonRoundTripIsExact() {
        auto seeded = open(Seed::Bundled);
        const QByteArray first = exportJson(*seeded);
        auto empty = open(Seed::None);
        const ImportSummary s = importJson(*empty, first, u"export.json"_s);
        QCOMPARE(s.added, testing::bundledDecisionCount());
        const QByteArray second = exportJson(*empty);
        QCOMPARE(second, first);
        // Importing the same file again changes nothing.
        const ImportSummary again = importJson(*empty, first, u"export.json"_s);
        QCOMPARE(again.unchanged, testing::bundledDecisionCount());
        QCOMPARE(again.added + again.updated, 0);
        QCOMPARE(exportJson(*empty), first);
    }

    void csvRoundTrip() {
        auto seeded = open(Seed::Bundled);
        const QByteArray first = exportCsv(*seeded);
        auto empty = open(Seed::None);
        QCOMPARE(importCsv(*empty, first, u"export.csv"_s).added, testing::bundledDecisionCount());
        QCOMPARE(exportCsv(*empty), first);
        // Ids round-trip.
        QCOMPARE(empty->decision(11)->title, seeded->decision(11)->title);
    }

    void csvUpdateKeepsWhatCsvCannotCarry() {
        auto store = open(Seed::None);
        importFile(*store, fixture(u"valid.csv"_s));
        Decision d = *store->decision(101);
        d.sources.append({0, u"Second source"_s, {}, u"https://example.org/2"_s, {}, {}, {}, {}});
        d.coversSubsidiaries = true;
        store->updateDecision(d);

        QByteArray csv = readFixture(u"valid.csv"_s);
        csv.replace("Australia excludes Huawei, ZTE from 5G", "Australia bars Huawei and ZTE");
        const ImportSummary s = importCsv(*store, csv, u"edited.csv"_s);
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.added, 1); // the row without an id is new each time
        const auto after = store->decision(101);
        QCOMPARE(after->title, u"Australia bars Huawei and ZTE"_s);
        QCOMPARE(after->sources.size(), 2);
        QVERIFY(after->coversSubsidiaries);
    }

    // A vendor record that gives only some fields changes only those; a name matched by
    // case is not a rename; the summary counts what changed.
    void partialVendorRecordsMerge() {
        auto store = open(Seed::Bundled);
        const Vendor before = *store->findVendor(u"Huawei");
        QVERIFY(!before.homeCountry.isEmpty() && !before.notes.isEmpty());
        auto json = [](const QByteArray &vendor) -> QByteArray {
            return "{\"format\":\"banatlas\",\"version\":1,\"vendors\":[" + vendor + "]}";
        };
        const ImportSummary nothing =
            importJson(*store, json("{\"name\":\"huawei\"}"), u"partial.json"_s);
        QCOMPARE(nothing.vendorsUpdated, 0);
        QCOMPARE(nothing.vendorsCreated, 0);
        QCOMPARE(*store->findVendor(u"Huawei"), before);

        const ImportSummary notes =
            importJson(*store, json("{\"name\":\"HUAWEI\",\"notes\":\"Notes from an import\"}"),
                       u"notes.json"_s);
        QCOMPARE(notes.vendorsUpdated, 1);
        Vendor expected = before;
        expected.notes = u"Notes from an import"_s;
        QCOMPARE(*store->findVendor(u"Huawei"), expected);
        QCOMPARE(store->findVendor(u"Huawei").value().name, u"Huawei"_s);

        const ImportSummary parent =
            importJson(*store, json("{\"name\":\"TikTok\",\"parent\":\"\"}"), u"parent.json"_s);
        QCOMPARE(parent.vendorsUpdated, 1);
        QVERIFY(store->findVendor(u"TikTok").value().parent.isEmpty());
        QVERIFY(!store->findVendor(u"TikTok").value().homeCountry.isEmpty());
    }

    // Invisible characters do not make a new vendor: names are matched after NFC and
    // without default-ignorable code points; a name of nothing else is refused; a new
    // vendor one letter from an existing one is pointed out.
    void lookAlikeVendorsAreTheSame_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("right-to-left mark") << u"Huawei\u200F"_s;
        QTest::newRow("arabic letter mark") << u"Huawei\u061C"_s;
        QTest::newRow("zero width space") << u"Hua\u200Bwei"_s;
        QTest::newRow("soft hyphen") << u"Hua\u00ADwei"_s;
        QTest::newRow("word joiner") << u"\u2060Huawei"_s;
        QTest::newRow("invisible times") << u"Huawei\u2062"_s;
        QTest::newRow("mongolian vowel separator") << u"Huawei\u180E"_s;
        QTest::newRow("variation selector") << u"Huawei\uFE0F"_s;
        QTest::newRow("tag characters")
            << QString(u"Huawei"_s + QString::fromUcs4(U"\U000E0041\U000E007F"));
        QTest::newRow("other case") << u"HUAWEI"_s;
    }
    void lookAlikeVendorsAreTheSame() {
        QFETCH(QString, name);
        auto store = open(Seed::Bundled);
        const int vendorsBefore = int(store->vendors().size());
        const QByteArray csv = csvRecord({u"country"_s, u"vendors"_s, u"measure"_s, u"scope"_s,
                                          u"announced"_s, u"title"_s, u"confidence"_s}) +
                               csvRecord({u"MX"_s, name, u"ban"_s, u"5g_core"_s, u"2021-05-01"_s,
                                          u"Mexico excludes a look-alike"_s, u"official"_s});
        const ImportSummary s = importCsv(*store, csv, u"lookalike.csv"_s);
        QCOMPARE(s.vendorsCreated, 0);
        QCOMPARE(int(store->vendors().size()), vendorsBefore);
        QCOMPARE(store->decisions().last().vendors, QStringList{u"Huawei"_s});
        const StatusResolver resolver(store->decisions(), store->vendors());
        QCOMPARE(resolver.resolve(u"MX"_s, u"Huawei"_s, QDate(2022, 1, 1)).statusClass,
                 StatusClass::Banned);
        QCOMPARE(store->findVendor(name).value().name, u"Huawei"_s);
        QCOMPARE(store->resolveCountry(u"Mexico\u200B"_s), std::optional<QString>(u"MX"_s));
    }
    // One file spelling one vendor and one government several ways: the import's caches
    // (names as met, country texts as met) give every row the same vendor and code as
    // the first spelling did.
    void spellingsInOneFileMeetTheSameVendorAndGovernment() {
        auto store = open(Seed::Bundled);
        const int vendorsBefore = int(store->vendors().size());
        QByteArray csv = csvRecord({u"country"_s, u"vendors"_s, u"measure"_s, u"scope"_s,
                                    u"announced"_s, u"title"_s, u"confidence"_s});
        const QStringList countries{u"Mexico"_s, u"MEX"_s, u"MX"_s, u"mexico"_s, u"Mexico"_s};
        const QStringList vendors{u"Huawei"_s, u"HUAWEI"_s, u"Hua\u00ADwei"_s, u"huawei"_s,
                                  u"Huawei"_s};
        for (int i = 0; i < countries.size(); ++i) {
            csv += csvRecord({countries[i], vendors[i], u"ban"_s, u"5g_core"_s,
                              u"2021-05-0%1"_s.arg(i + 1), u"Spelling %1"_s.arg(i), u"official"_s});
        }
        const ImportSummary s = importCsv(*store, csv, u"spellings.csv"_s);
        QCOMPARE(s.added, 5);
        QCOMPARE(s.vendorsCreated, 0);
        QCOMPARE(int(store->vendors().size()), vendorsBefore);
        int seen = 0;
        for (const Decision &d : store->decisionsOf(u"MX"_s)) {
            if (!d.title.startsWith(u"Spelling "_s))
                continue;
            ++seen;
            QCOMPARE(d.vendors, QStringList{u"Huawei"_s});
        }
        QCOMPARE(seen, 5);
    }

    void invisibleOnlyNamesAndNearNames() {
        auto store = open(Seed::Bundled);
        const QByteArray header = csvRecord({u"country"_s, u"vendors"_s, u"measure"_s, u"scope"_s,
                                             u"announced"_s, u"title"_s, u"confidence"_s});
        auto row = [](const QString &vendors) {
            return csvRecord({u"MX"_s, vendors, u"ban"_s, u"5g_core"_s, u"2021-05-01"_s,
                              u"A title"_s, u"official"_s});
        };
        try {
            importCsv(*store, header + row(u"\u200B\u2060"_s), u"invisible.csv"_s);
            QFAIL("a vendor of invisible characters was accepted");
        } catch (const ImportError &e) {
            QCOMPARE(e.line(), 2);
            QVERIFY2(e.reason().startsWith(u"vendors:"_s), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(ValidationError, [&] {
            Vendor v;
            v.name = u"\u200B\u00AD"_s;
            store->addVendor(v);
        }());
        const ImportSummary s =
            importCsv(*store, header + row(u"Huawe1;ZTE Corp;Kaspersy"_s), u"near.csv"_s);
        QCOMPARE(s.vendorsCreated, 3);
        QCOMPARE(s.notes.size(), 2); // "ZTE Corp" is not one letter from anything
        QVERIFY(s.notes[0].contains(u"\"Huawe1\""_s) && s.notes[0].contains(u"\"Huawei\""_s));
        QVERIFY(s.notes[1].contains(u"\"Kaspersy\""_s) && s.notes[1].contains(u"\"Kaspersky\""_s));
    }
    void nearNamesFindOneEdit() {
        NearNames near;
        near.add(u"Huawei"_s);
        near.add(u"ZTE"_s);
        QCOMPARE(near.near(u"huawei"_s), QString());    // the same name
        QCOMPARE(near.near(u"Huaweii"_s), u"Huawei"_s); // one more
        QCOMPARE(near.near(u"Huwei"_s), u"Huawei"_s);   // one less
        QCOMPARE(near.near(u"Huawel"_s), u"Huawei"_s);  // one changed
        QCOMPARE(near.near(u"Huaewi"_s), u"Huawei"_s);  // two swapped
        QCOMPARE(near.near(u"Hauwie"_s), QString());    // two edits
        QCOMPARE(near.near(u"ZTA"_s), u"ZTE"_s);
        QCOMPARE(near.near(u"Nokia"_s), QString());
    }

    // Cells a spreadsheet would run as formulas are exported with a leading ', and the '
    // comes off again on import: CSV → CSV is exact.
    void csvCellsNeverRunAsFormulas() {
        auto store = open(Seed::None);
        importFile(*store, fixture(u"valid.csv"_s));
        Decision d = *store->decision(101);
        d.title = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
        d.summary = u"+1 then -2 @home"_s;
        d.sources = {{0, u"@source"_s, u"-publisher"_s, u"https://example.org/"_s, {}, {}, {}, {}}};
        store->updateDecision(d);
        Decision quoted = *store->decision(102);
        quoted.title = u"'=already quoted"_s;
        quoted.summary = u"\tindented"_s;
        store->updateDecision(quoted);
        const QByteArray csv = exportCsv(*store);
        QVERIFY(csv.contains("\"'=HYPERLINK("));
        QVERIFY(csv.contains(",'+1 then -2 @home,"));
        QVERIFY(csv.contains(",'@source,'-publisher,"));
        QVERIFY(csv.contains(",''=already quoted,"));
        QVERIFY(csv.contains(",'\tindented,"));
        for (const QList<CsvField> &fields : [&] {
                 QList<QList<CsvField>> all;
                 for (const CsvRow &r : parseCsv(csv, u"x.csv"_s))
                     all.append(r.fields);
                 return all;
             }()) {
            for (const CsvField &f : fields)
                QVERIFY2(f.text.isEmpty() || !QStringView(u"=+-@\t\r").contains(f.text.front()),
                         qPrintable(f.text));
        }
        auto copy = open(Seed::None);
        importCsv(*copy, csv, u"protected.csv"_s);
        QCOMPARE(copy->decision(101)->title, d.title);
        QCOMPARE(copy->decision(101)->summary, d.summary);
        QCOMPARE(copy->decision(101)->sources.first().title, u"@source"_s);
        QCOMPARE(copy->decision(102)->title, quoted.title);
        QCOMPARE(copy->decision(102)->summary, quoted.summary);
        QCOMPARE(exportCsv(*copy), csv);
    }

    // Ids outside 1 … 2^53 − 1 are refused on every path, with file, line and column.
    // One record is bounded before it is parsed (a parser holds several times its text),
    // and so are the vendors a decision names.
    void recordsAreBoundedBeforeTheyAreParsed() {
        auto store = open(Seed::None);
        const QByteArray huge(5 * 1024 * 1024, 'a');
        const QByteArray json = "{\"format\": \"banatlas\", \"version\": 1,\n\"decisions\": [\n"
                                "{\"country\": \"FR\", \"title\": \"" +
                                huge + "\"}]}";
        try {
            importJson(*store, json, u"huge.json"_s);
            QFAIL("a 5 MiB record was parsed");
        } catch (const ImportError &e) {
            QCOMPARE(e.line(), 3);
            QCOMPARE(e.column(), 1);
            QVERIFY2(e.reason().contains(u"a record is at most 4096 KiB"_s),
                     qPrintable(e.message()));
        }
        QStringList vendors;
        for (int i = 0; i <= kMaxVendorsPerDecision; ++i)
            vendors.append(u"Vendor %1"_s.arg(i));
        const QByteArray csv = csvRecord({u"country"_s, u"vendors"_s, u"measure"_s, u"scope"_s,
                                          u"announced"_s, u"title"_s, u"confidence"_s}) +
                               csvRecord({u"FR"_s, vendors.join(u';'), u"ban"_s, u"5g_core"_s,
                                          u"2021"_s, u"t"_s, u"official"_s});
        try {
            importCsv(*store, csv, u"many.csv"_s);
            QFAIL("101 vendors accepted");
        } catch (const ImportError &e) {
            QCOMPARE(e.line(), 2);
            QVERIFY2(e.reason().contains(u"a decision names at most 100"_s),
                     qPrintable(e.message()));
        }
        QVERIFY(store->vendors().isEmpty()); // nothing half-written
    }

    void idsStayWithinWhatJsonCarries() {
        auto store = open(Seed::None);
        const QByteArray header =
            csvRecord({u"id"_s, u"country"_s, u"vendors"_s, u"measure"_s, u"scope"_s,
                       u"announced"_s, u"title"_s, u"confidence"_s});
        auto row = [](const QString &id) {
            return csvRecord({id, u"AU"_s, u"Huawei"_s, u"ban"_s, u"5g_core"_s, u"2018"_s,
                              u"A title"_s, u"official"_s});
        };
        for (const QString &id :
             {u"9007199254740992"_s, u"99999999999999999999"_s, u"0"_s, u"-5"_s}) {
            try {
                importCsv(*store, header + row(id), u"ids.csv"_s);
                QFAIL(qPrintable(u"id accepted: "_s + id));
            } catch (const ImportError &e) {
                QCOMPARE(e.line(), 2);
                QCOMPARE(e.column(), 1);
                QVERIFY2(e.reason().contains(u"9007199254740991"_s), qPrintable(e.message()));
            }
        }
        const ImportSummary last =
            importCsv(*store, header + row(u"9007199254740991"_s), u"last.csv"_s);
        QCOMPARE(last.added, 1);
        // The largest id is taken: no id is handed out past it, none at random; the first
        // free one is (one hostile row must not stop every later decision without an id).
        Decision next = *store->decision(kMaxId);
        next.id = 0;
        QCOMPARE(store->addDecision(next), 1);
        QCOMPARE(store->addDecision(next), 2);
        QCOMPARE(importCsv(*store, header + row(QString()), u"no-id.csv"_s).added, 1);
        QVERIFY(store->decision(3));
        QVERIFY(!store->decision(kMaxId + 1));
        next.id = kMaxId + 1;
        QVERIFY_THROWS_EXCEPTION(ValidationError, store->addDecision(next));
        // And what is stored exports to JSON that imports again.
        auto copy = open(Seed::None);
        QCOMPARE(importJson(*copy, exportJson(*store), u"back.json"_s).added, 4);
        // Without huge ids, new ones are dense: the next after the largest.
        auto dense = open(Seed::None);
        importCsv(*dense, header + row(u"40"_s), u"dense.csv"_s);
        Decision more = *dense->decision(40);
        more.id = 0;
        QCOMPARE(dense->addDecision(more), 41);
    }

    // Quoted spaces survive; what a CSV cannot carry is said.
    void csvKeepsQuotedSpacesAndSaysWhatItLeavesOut() {
        auto store = open(Seed::None);
        importFile(*store, fixture(u"valid.csv"_s));
        Decision d = *store->decision(101);
        d.title = u"  padded title  "_s;
        store->updateDecision(d);
        const QByteArray csv = exportCsv(*store);
        auto copy = open(Seed::None);
        importCsv(*copy, csv, u"spaces.csv"_s);
        QCOMPARE(copy->decision(101)->title, u"  padded title  "_s);
        QCOMPARE(exportCsv(*copy), csv);
        // Unquoted spaces around a value are not part of it.
        const QByteArray loose = csvRecord({u"country"_s, u"vendors"_s, u"measure"_s, u"scope"_s,
                                            u"announced"_s, u"title"_s, u"confidence"_s}) +
                                 "AU,Huawei,ban,5g_core,2018,   loose title   ,official\r\n";
        importCsv(*copy, loose, u"loose.csv"_s);
        QCOMPARE(copy->decisions().last().title, u"loose title"_s);

        // The counts said are what a CSV round trip loses: decisions whose sources are not
        // all carried, sources whose access date or local copy is dropped, vendors whose
        // details are gone.
        auto seeded = open(Seed::Bundled);
        Decision two = seeded->decisions().first();
        two.sources.append({0,
                            u"Second source"_s,
                            u"Publisher"_s,
                            u"https://example.org/2"_s,
                            PartialDate::parse(u"2020-01-02"_s).value(),
                            PartialDate::parse(u"2020-02-03"_s).value(),
                            {},
                            {}});
        seeded->updateDecision(two);
        auto csvCopy = open(Seed::None);
        importCsv(*csvCopy, exportCsv(*seeded), u"all.csv"_s);
        int lostDecisions = 0;
        int lostSources = 0;
        for (const Decision &original : seeded->decisions()) {
            const Decision back = *csvCopy->decision(original.id);
            lostDecisions += back.sources.size() < original.sources.size() ? 1 : 0;
            for (const Source &src : original.sources)
                lostSources += !src.accessed.isNull() || !src.localCopy.isEmpty() ? 1 : 0;
        }
        int lostVendors = 0;
        for (const Vendor &v : seeded->vendors()) {
            const Vendor back = *csvCopy->findVendor(v.name);
            lostVendors += back.homeCountry != v.homeCountry || back.kind != v.kind ||
                                   back.parent != v.parent || back.aliases != v.aliases ||
                                   back.notes != v.notes
                               ? 1
                               : 0;
        }
        QVERIFY(lostDecisions >= 1 && lostSources >= 1 && lostVendors >= 1);
        const QStringList losses = csvExportLosses(*seeded);
        QCOMPARE(losses.size(), 3);
        QVERIFY2(
            losses[0].startsWith(u"decisions with more than one source: %1 "_s.arg(lostDecisions)),
            qPrintable(losses[0]));
        QVERIFY2(losses[1].startsWith(
                     u"sources with an access date or a local copy: %1 "_s.arg(lostSources)),
                 qPrintable(losses[1]));
        QVERIFY2(losses[2].startsWith(u"vendors with details (home country, kind, parent, "
                                      "aliases, notes): %1 "_s.arg(lostVendors)),
                 qPrintable(losses[2]));
        QVERIFY(csvExportLosses(*open(Seed::None)).isEmpty());
    }

    // A record of a million commas is refused at once, at the field that is one too many.
    void recordsHaveBoundedFields() {
        auto store = open(Seed::None);
        const QByteArray commas = csvRecord(csvColumns()) + QByteArray(1000000, ',') + "\r\n";
        try {
            importCsv(*store, commas, u"commas.csv"_s);
            QFAIL("a record of commas was read");
        } catch (const ImportError &e) {
            QCOMPARE(e.line(), 2);
            QCOMPARE(e.column(), kMaxCsvFields + 1);
            QVERIFY2(e.reason().contains(u"more than 64 fields"_s), qPrintable(e.message()));
        }
    }

    // Twenty thousand vendors with aliases and parents import whole (a quadratic import
    // took minutes for ten thousand; figures: bench_badinput).
    void manyVendorsImport() {
        QByteArray json = "{\"format\":\"banatlas\",\"version\":1,\"vendors\":[";
        const int n = 20000;
        for (int i = 0; i < n; ++i) {
            if (i)
                json += ',';
            json += "{\"name\":\"Maker " + QByteArray::number(i) + "\",\"kind\":\"devices\"," +
                    "\"aliases\":[\"M-" + QByteArray::number(i) + "\"]," + "\"parent\":\"" +
                    (i % 10 ? "Maker " + QByteArray::number(i - i % 10) : QByteArray()) + "\"}";
        }
        json += "]}";
        auto store = open(Seed::None);
        const ImportSummary s = importJson(*store, json, u"makers.json"_s);
        QCOMPARE(s.vendorsCreated, n);
        QCOMPARE(int(store->vendors().size()), n);
        QCOMPARE(store->findVendor(u"M-12345").value().name, u"Maker 12345"_s);
        QCOMPARE(store->findVendor(u"Maker 12345").value().parent, u"Maker 12340"_s);
        // And the export imports again, unchanged.
        auto copy = open(Seed::None);
        importJson(*copy, exportJson(*store), u"again.json"_s);
        QCOMPARE(exportJson(*copy), exportJson(*store));
    }

    // Chosen decisions of the bundled dataset, exported as JSON and imported into an empty
    // database, are those decisions, field for field, and nothing else; the file lists
    // them in the order given, with the vendors they name and those vendors' parents.
    void jsonSubsetImportsAsThoseDecisions() {
        auto seeded = open(Seed::Bundled);
        // Not in id order. 131 names VKontakte, whose parent Mail.Ru Group no chosen
        // decision names; 38 names TikTok and its parent ByteDance.
        const QList<qint64> ids{131, 16, 95, 38, 3};
        const QByteArray json = exportJson(*seeded, ids);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"banatlas"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        QList<qint64> order;
        for (const QJsonValue &d : root.value(u"decisions"_s).toArray())
            order.append(d[u"id"].toInteger());
        QCOMPARE(order, ids);

        QSet<QString> expectedVendors;
        for (const Decision &d : seeded->decisions(ids)) {
            for (const QString &name : d.vendors) {
                expectedVendors.insert(name);
                const QString parent = seeded->findVendor(name).value().parent;
                if (!parent.isEmpty())
                    expectedVendors.insert(parent);
            }
        }
        QVERIFY(expectedVendors.contains(u"Mail.Ru Group"_s));
        QVERIFY(!seeded->decision(131)->vendors.contains(u"Mail.Ru Group"_s));
        QSet<QString> fileVendors;
        for (const QJsonValue &v : root.value(u"vendors"_s).toArray())
            fileVendors.insert(v[u"name"].toString());
        QCOMPARE(fileVendors, expectedVendors);
        QVERIFY(fileVendors.size() < seeded->vendors().size()); // not every vendor
        // Countries and groups whole, as the whole export writes them.
        QCOMPARE(root.value(u"countries"_s).toArray().size(), seeded->countries().size());
        QCOMPARE(root.value(u"groups"_s).toArray().size(), seeded->groups().size());

        auto empty = open(Seed::None);
        QVERIFY(empty->vendors().isEmpty());
        const ImportSummary s = importJson(*empty, json, u"chosen.json"_s);
        QCOMPARE(s.added, int(ids.size()));
        QCOMPARE(empty->decisionCount(), int(ids.size()));
        QCOMPARE(empty->decisions(), seeded->decisions(ids)); // every field, sources whole
        QCOMPARE(int(empty->vendors().size()), int(expectedVendors.size()));
        for (const Vendor &v : empty->vendors()) {
            Vendor original = seeded->findVendor(v.name).value();
            original.id = v.id;
            QCOMPARE(v, original); // parents linked, details kept
        }
        // And it exports again as the same file.
        QCOMPARE(exportJson(*empty, ids), json);
    }

    // The same as CSV: the columns of the whole export, one row per chosen decision in the
    // order given, formula cells protected; imported, those decisions as far as a row
    // carries them (the first source), and what it leaves out counted over them alone.
    void csvSubsetImportsAsThoseDecisions() {
        auto seeded = open(Seed::Bundled);
        Decision formula = *seeded->decision(16);
        formula.summary = u"=HYPERLINK(\"http://x\")"_s;
        seeded->updateDecision(formula);
        const QList<qint64> ids{131, 16, 95, 38, 3};
        const QByteArray csv = exportCsv(*seeded, ids);
        QVERIFY(csv.contains("'=HYPERLINK("));
        const QList<CsvRow> rows = parseCsv(csv, u"chosen.csv"_s);
        QCOMPARE(rows.size(), ids.size() + 1);
        QStringList header;
        for (const CsvField &f : rows[0].fields)
            header.append(f.text);
        QCOMPARE(header, csvColumns());
        for (qsizetype i = 0; i < ids.size(); ++i)
            QCOMPARE(rows[i + 1].fields[0].text.toLongLong(), ids[i]);

        auto empty = open(Seed::None);
        QCOMPARE(importCsv(*empty, csv, u"chosen.csv"_s).added, int(ids.size()));
        QCOMPARE(empty->decisionCount(), int(ids.size()));
        int moreSources = 0;
        for (const qint64 id : ids) {
            Decision original = *seeded->decision(id);
            moreSources += original.sources.size() > 1 ? 1 : 0;
            original.sources = original.sources.mid(0, 1); // a row has the first source
            original.version = 1;                          // as added
            QCOMPARE(empty->decision(id).value(), original);
        }
        QVERIFY(moreSources > 0);
        QCOMPARE(empty->decision(16)->summary, formula.summary); // the prefix removed again
        const QStringList losses = csvExportLosses(*seeded, ids);
        QVERIFY2(!losses.isEmpty() &&
                     losses[0].startsWith(
                         u"decisions with more than one source: %1 "_s.arg(moreSources)),
                 qPrintable(losses.join(u" | "_s)));
        QVERIFY(csvExportLosses(*seeded, QList<qint64>{}).isEmpty());
    }

    // No decision chosen: a valid file with none, which imports as nothing.
    void emptySubsetIsAValidFile() {
        auto seeded = open(Seed::Bundled);
        const QByteArray json = exportJson(*seeded, QList<qint64>{});
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"banatlas"_s);
        QVERIFY(root.value(u"decisions"_s).isArray());
        QVERIFY(root.value(u"decisions"_s).toArray().isEmpty());
        QVERIFY(root.value(u"vendors"_s).toArray().isEmpty());
        const QByteArray csv = exportCsv(*seeded, QList<qint64>{});
        QCOMPARE(csv, csvRecord(csvColumns()));
        auto empty = open(Seed::None);
        QCOMPARE(importJson(*empty, json, u"none.json"_s).added, 0);
        QCOMPARE(importCsv(*empty, csv, u"none.csv"_s).added, 0);
        QCOMPARE(empty->decisionCount(), 0);
        QVERIFY(empty->vendors().isEmpty());
    }

    // The whole export is the set of every id: the same bytes (every bundled vendor is
    // named by a decision, so the vendors are the same too).
    void wholeExportIsTheSetOfEveryDecision() {
        auto seeded = open(Seed::Bundled);
        QList<qint64> all;
        for (const Decision &d : seeded->decisions())
            all.append(d.id);
        QCOMPARE(exportJson(*seeded, all), exportJson(*seeded));
        QCOMPARE(exportCsv(*seeded, all), exportCsv(*seeded));
        QCOMPARE(csvExportLosses(*seeded, all), csvExportLosses(*seeded));
    }

    // An id given twice is written once (an import refuses a file that repeats one); an id
    // no decision has is refused by name, and exportToFile then writes nothing.
    void subsetRepeatsOnceAndRefusesUnknownIds() {
        auto seeded = open(Seed::Bundled);
        const QJsonArray once =
            QJsonDocument::fromJson(exportJson(*seeded, QList<qint64>{16, 3, 16}))
                .object()
                .value(u"decisions"_s)
                .toArray();
        QCOMPARE(once.size(), 2);
        QCOMPARE(once[0][u"id"].toInteger(), 16);
        QCOMPARE(once[1][u"id"].toInteger(), 3);
        QCOMPARE(errorOf([&] {
                     exportJson(*seeded, QList<qint64>{3, 999999});
                 }),
                 u"no decision has the id 999999"_s);
        QCOMPARE(errorOf([&] {
                     exportCsv(*seeded, QList<qint64>{999998, 3, 999999});
                 }),
                 u"no decision has the ids 999998, 999999"_s);
        const QString path = m_dir.filePath(u"chosen.csv"_s);
        QCOMPARE(errorOf([&] {
                     exportToFile(*seeded, ExportFormat::Csv, path, {{3, 999999}});
                 }),
                 u"no decision has the id 999999"_s);
        QVERIFY(!QFileInfo::exists(path));
        const QStringList losses =
            exportToFile(*seeded, ExportFormat::Csv, path, QList<qint64>{16, 3});
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), exportCsv(*seeded, {{16, 3}}));
        QCOMPARE(losses, csvExportLosses(*seeded, {{16, 3}}));
        // Never over the database, chosen decisions or not.
        QVERIFY(errorOf([&] {
                    exportToFile(*seeded, ExportFormat::Json, seeded->path(), QList<qint64>{3});
                }) != u"no error"_s);
        QVERIFY(seeded->decision(3).has_value());
    }

    // The export is written record by record; it is byte for byte the document form.
    void streamedExportIsTheDocumentForm() {
        for (Seed seed : {Seed::Bundled, Seed::None}) {
            auto store = open(seed);
            auto all = [](const auto &records) {
                QJsonArray out;
                for (const auto &r : records)
                    out.append(toJson(r));
                return out;
            };
            const QJsonObject root{{u"format"_s, u"banatlas"_s},
                                   {u"version"_s, 1},
                                   {u"countries"_s, all(store->countries())},
                                   {u"groups"_s, all(store->groups())},
                                   {u"vendors"_s, all(store->vendors())},
                                   {u"decisions"_s, all(store->decisions())}};
            QCOMPARE(exportJson(*store), QJsonDocument(root).toJson(QJsonDocument::Indented));
        }
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
