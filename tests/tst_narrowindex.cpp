// The narrow index (storage/facts.h) and the import's bulk path: the facts stay in step
// with the decisions through every kind of write, the queries use their indexes, an
// import is one audit entry with compact rows, and a cancelled import writes nothing.
#include "domain/errors.h"
#include "helpers/storehelpers.h"
#include "interchange/database.h"
#include "interchange/interchange.h"
#include "storage/store.h"

#include "helpers/testsetup.h"
#include "helpers/teststores.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

// Facts as comparable tuples: (id, country, vendor name, announced, effective, ended,
// deadline, measure, covers subsidiaries), sorted.
using FactRow = std::tuple<qint64, QString, QString, int, int, int, int, int, bool>;

QList<FactRow> rowsOf(const StatusFacts &facts) {
    QList<FactRow> rows;
    for (const StatusFact &f : facts.facts) {
        rows.append({f.id, facts.countries[f.country], facts.vendors[f.vendor], f.announced,
                     f.effective, f.ended, f.deadline, int(f.measure), f.coversSubsidiaries});
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

// The stored facts equal those made from the whole decisions, and both resolve alike.
void checkInStep(const Store &store, const QString &when) {
    const QList<Decision> decisions = store.decisions();
    const StatusFacts stored = store.statusFacts();
    QVERIFY2(rowsOf(stored) == rowsOf(statusFactsOf(decisions)), qPrintable(when));
    // In the key's order (the government's code as bytes, announced, decision), the order
    // the status rules read, whichever engine gave them (a server's come unordered).
    for (std::size_t i = 1; i < stored.facts.size(); ++i) {
        const StatusFact &a = stored.facts[i - 1];
        const StatusFact &b = stored.facts[i];
        QVERIFY2(std::tuple(stored.countries[a.country].toUtf8(), a.announced, a.id) <=
                     std::tuple(stored.countries[b.country].toUtf8(), b.announced, b.id),
                 qPrintable(when + u": fact %1 before %2"_s.arg(a.id).arg(b.id)));
    }
    const StatusResolver fromFacts(stored, store.vendors());
    const StatusResolver fromDecisions(decisions, store.vendors());
    QStringList countries;
    for (const Country &c : store.countries())
        countries.append(c.code);
    for (const QDate date : {QDate(2012, 1, 1), QDate(2019, 6, 1), QDate(2025, 6, 30)}) {
        QVERIFY2(fromFacts.resolveCountries(countries, {}, date) ==
                     fromDecisions.resolveCountries(countries, {}, date),
                 qPrintable(when));
    }
}

// PRAGMA temp_store of the store's connection: 0 (default), 2 (memory).
int tempStoreOf(Store &store) {
    QSqlQuery q(store.database());
    return q.exec(u"PRAGMA temp_store"_s) && q.next() ? q.value(0).toInt() : -1;
}

QByteArray csvOf(int rows, int seed) {
    QRandomGenerator rng{quint32(seed)};
    QByteArray csv = "country,vendors,measure,scope,announced,effective,title,confidence\n";
    static const char *const countries[] = {"AU", "GB", "DE", "JP", "NZ", "US"};
    static const char *const measures[] = {"ban",      "restriction",     "warning",    "allowed",
                                           "reversal", "procurement_ban", "considering"};
    for (int i = 0; i < rows; ++i) {
        csv += u"%1,Huawei;ZTE,%2,5g_core,20%3-0%4-1%5,,Row %6,official\n"_s
                   .arg(QLatin1StringView(countries[rng.bounded(6)]),
                        QLatin1StringView(measures[rng.bounded(7)]))
                   .arg(10 + rng.bounded(15))
                   .arg(1 + rng.bounded(9))
                   .arg(rng.bounded(9))
                   .arg(i)
                   .toUtf8();
    }
    return csv;
}

// The plan SQLite makes for `sql`, one line per step.
QString planOf(Store &store, const QString &sql) {
    QSqlQuery q(store.database());
    if (!q.prepare(u"EXPLAIN QUERY PLAN "_s + sql))
        return u"cannot prepare"_s;
    if (sql.contains(u'?'))
        q.bindValue(0, u"AU"_s);
    if (!q.exec())
        return u"cannot run: "_s + q.lastError().text();
    QStringList steps;
    while (q.next())
        steps.append(q.value(3).toString());
    return steps.join(u" | "_s);
}

} // namespace

class TestNarrowIndex : public QObject {
    Q_OBJECT

    testing::TestDatabases m_databases; // files, or a server (tests/helpers/teststores.h)

private slots:
    void init() { testing::failOnQtWarnings(); }

    void factsFollowEveryWrite() {
        auto store = m_databases.fresh(u"step"_s, Seed::Bundled);
        checkInStep(*store, u"bundled dataset"_s);
        Decision d = testing::exampleDecision(u"Added"_s, u"DE"_s);
        d.vendors = {u"Huawei"_s, u"ZTE"_s};
        d.coversSubsidiaries = true;
        d.deadline = PartialDate::day(2027, 1, 1);
        d.id = store->addDecision(d);
        checkInStep(*store, u"after an add"_s);
        d.country = u"FR"_s;
        d.measure = Measure::Restriction;
        d.vendors = {u"ZTE"_s};
        d.ended = PartialDate::month(2026, 3);
        store->updateDecision(d);
        checkInStep(*store, u"after an edit moving it to another government"_s);
        // A server takes no backups of its own (they are the server's business).
        const std::optional<Backup> before =
            testing::onServer() ? std::nullopt : std::optional(store->backup(u"manual"_s));
        importCsv(*store, csvOf(300, 7), u"rows.csv"_s);
        checkInStep(*store, u"after an import"_s);
        store->removeDecision(d.id);
        checkInStep(*store, u"after a delete"_s);
        if (!before)
            return;
        store->restore(before->path);
        checkInStep(*store, u"after a restore"_s);
        QCOMPARE(store->statusFactsOf(d.id).facts.size(), 1);
    }

    void queriesUseTheirIndexes() {
        if (testing::onServer())
            QSKIP("SQLite's query plans (EXPLAIN QUERY PLAN): a file's; not asked of a server");
        auto store = m_databases.fresh(u"plan"_s, Seed::Bundled);
        // One government's facts: a range of the key, not a scan.
        QVERIFY2(
            planOf(*store, u"SELECT * FROM decision_facts WHERE country IN (?)"_s)
                .contains(u"USING PRIMARY KEY (country=?)"_s),
            qPrintable(planOf(*store, u"SELECT * FROM decision_facts WHERE country IN (?)"_s)));
        // A deleted decision's facts are found by its id (the foreign key's cascade).
        QVERIFY(planOf(*store, u"SELECT * FROM decision_facts WHERE decision_id = ?"_s)
                    .contains(u"decision_facts_decision"_s));
        // Counts, whole and by government (the window's first screen): read from the narrow
        // index, never from the decisions' own wide rows, and without sorting.
        for (const QString &sql : {u"SELECT count(*) FROM decision_facts"_s,
                                   u"SELECT country, count(*) FROM decision_facts GROUP BY "
                                   "country"_s}) {
            const QString plan = planOf(*store, sql);
            QVERIFY2(plan.contains(u"decision_facts"_s) && !plan.contains(u"TEMP B-TREE"_s),
                     qPrintable(sql + u": "_s + plan));
        }
        // One government's decisions, and their parts by decision, as DecisionReader asks:
        // the government's range of the narrow index, then each by its id.
        const QString ofCountry = u" IN (SELECT decision_id FROM decision_facts WHERE "
                                  "country = ?)"_s;
        for (const QString &sql : QStringList{
                 u"SELECT id, title FROM decisions WHERE id"_s + ofCountry,
                 u"SELECT decision_id, scope FROM decision_scopes WHERE decision_id"_s + ofCountry,
                 u"SELECT decision_id, vendor_id FROM decision_vendors WHERE decision_id"_s +
                     ofCountry,
                 u"SELECT id FROM sources WHERE decision_id"_s + ofCountry}) {
            const QString plan = planOf(*store, sql);
            QVERIFY2(!plan.contains(u"SCAN"_s), qPrintable(sql + u": "_s + plan));
            QVERIFY2(plan.contains(u"decision_facts USING PRIMARY KEY (country=?)"_s) ||
                         plan.contains(u"decision_facts USING COVERING INDEX"_s),
                     qPrintable(sql + u": "_s + plan));
        }
    }

    void importIsOneEntryWithCompactRows() {
        auto store = m_databases.fresh(u"audit"_s);
        const qsizetype before = store->auditLog().size();
        const ImportSummary s = importCsv(*store, csvOf(50, 3), u"fifty.csv"_s);
        QCOMPARE(s.added, 50);
        const QList<AuditEntry> log = store->auditLog();
        const QList<AuditEntry> added = log.mid(before);
        const auto import = std::find_if(added.begin(), added.end(), [](const AuditEntry &e) {
            return e.action == u"import"_s;
        });
        QVERIFY(import != added.end());
        QCOMPARE(import->entityId, u"fifty.csv"_s);
        const QJsonObject counts = QJsonDocument::fromJson(import->newValue.toUtf8()).object();
        QCOMPARE(counts.value(u"added"_s).toInt(), 50);
        QCOMPARE(counts.value(u"vendorsCreated"_s).toInt(), 2);
        int decisions = 0;
        for (const AuditEntry &e : added) {
            if (e.entity != u"decision"_s)
                continue;
            ++decisions;
            QCOMPARE(e.importId, import->id);
            QVERIFY(e.oldValue.isEmpty() && e.newValue.isEmpty());
        }
        QCOMPARE(decisions, 50);
        // An edit by hand after it is logged in full again.
        Decision d = *store->decision(1);
        d.title = u"Edited by hand"_s;
        store->updateDecision(d);
        QVERIFY(!store->auditLog().last().newValue.isEmpty());
        QCOMPARE(store->auditLog().last().importId, 0);
    }

    // An import writes its decisions in batches (BulkInsert::kBatch): whatever the store
    // reads during it (a row's id already stored, the next free id) sees every row
    // before it, and nothing waits when it ends. Rows with ids of stored decisions,
    // changed or not, among new rows with and without ids, over several batches.
    void batchedImportReadsWhatItWrote() {
        auto store = m_databases.fresh(u"batches"_s);
        static const char *const countries[] = {"AU", "GB", "DE", "JP", "NZ", "US"};
        auto row = [](int i, const QString &title) {
            return u"%1,Huawei;ZTE,ban,5g_core,2019-0%2-1%3,,%4,official\n"_s
                .arg(QLatin1StringView(countries[i % 6]))
                .arg(1 + i % 9)
                .arg(i % 9)
                .arg(title)
                .toUtf8();
        };
        const QByteArray header = "id,country,vendors,measure,scope,announced,effective,title,"
                                  "confidence\n";
        QByteArray first = header;
        for (int i = 1; i <= 100; ++i)
            first += QByteArray::number(i) + ',' + row(i, u"Row %1"_s.arg(i));
        QCOMPARE(importCsv(*store, first, u"first.csv"_s).added, 100);
        QCOMPARE(store->decisionCount(), 100);
        QByteArray second = header;
        int changed = 0;
        for (int i = 1; i <= 100; ++i) {
            second += "," + row(1000 + i, u"New %1"_s.arg(i)); // no id: the next free one
            const bool change = i % 3 == 0;
            changed += change ? 1 : 0;
            second += QByteArray::number(i) + ',' +
                      row(i, change ? u"Changed %1"_s.arg(i) : u"Row %1"_s.arg(i));
            second += "," + row(2000 + i, u"Newer %1"_s.arg(i));
            if (i == 50) // a new id of its own, above every other: later rows go above it
                second += "5000," + row(5000, u"Five thousand"_s);
        }
        const qsizetype auditBefore = store->auditLog().size();
        const ImportSummary s = importCsv(*store, second, u"second.csv"_s);
        QCOMPARE(s.added, 201);
        QCOMPARE(s.updated, changed);
        QCOMPARE(s.unchanged, 100 - changed);
        QCOMPARE(store->decisionCount(), 301);
        for (int i = 1; i <= 100; ++i) {
            QCOMPARE(store->decision(i)->title,
                     i % 3 == 0 ? u"Changed %1"_s.arg(i) : u"Row %1"_s.arg(i));
        }
        QCOMPARE(store->decision(5000)->title, u"Five thousand"_s);
        // The new rows took 101 up to the explicit 5000, then what follows it, once each.
        QSet<QString> titles;
        for (const Decision &d : store->decisions()) {
            QVERIFY2(!titles.contains(d.title), qPrintable(d.title));
            titles.insert(d.title);
            if (d.title.startsWith(u"New"_s) || d.title.startsWith(u"Newer"_s))
                QVERIFY(d.id > 100 && d.id != 5000);
        }
        QCOMPARE(titles.size(), 301);
        if (!testing::onServer())
            QVERIFY(store->decision(5001)); // a file: the row after the 5000 one
        // One entry for the file, one compact row per decision added or changed.
        QCOMPARE(store->auditLog().size() - auditBefore, 1 + 201 + changed);
        checkInStep(*store, u"after a batched import"_s);
        // A server's ids come from its identity, drawn ahead in blocks and passing over the
        // ids the file gave; it continues after them once the import is written.
        if (testing::onServer())
            QVERIFY(store->addDecision(testing::exampleDecision(u"After the import"_s)) > 5000);
        // A file's batches' journals were in memory during the import only.
        if (!testing::onServer())
            QCOMPARE(tempStoreOf(*store), 0);
    }

    void cancelledImportWritesNothing() {
        auto store = m_databases.fresh(u"cancel"_s, Seed::Bundled);
        const int decisions = store->decisionCount();
        const qsizetype audit = store->auditLog().size();
        double told = 0;
        QVERIFY_THROWS_EXCEPTION(
            CancelledError, importCsv(*store, csvOf(2000, 5), u"big.csv"_s, [&](double fraction) {
                told = fraction;
                return fraction < 0.5;
            }));
        QVERIFY(told >= 0.5 && told < 0.6);
        if (!testing::onServer()) // back to the default after a failed import too
            QCOMPARE(tempStoreOf(*store), 0);
        QCOMPARE(store->decisionCount(), decisions);
        QCOMPARE(store->auditLog().size(), audit);
        checkInStep(*store, u"after a cancelled import"_s);
        // The store is usable after it: the next import lands whole, with new ids.
        const ImportSummary s = importCsv(*store, csvOf(10, 6), u"small.csv"_s);
        QCOMPARE(s.added, 10);
        QCOMPARE(store->decisionCount(), decisions + 10);
        checkInStep(*store, u"after the next import"_s);
    }
};

QTEST_GUILESS_MAIN(TestNarrowIndex)
#include "tst_narrowindex.moc"
