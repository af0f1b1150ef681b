#include "domain/errors.h"
#include "storage/migrations.h"
#include "storage/store.h"

#include "helpers/testsetup.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

// A raw connection, outside the Store, to build files as older versions left them.
class RawDb {
public:
    explicit RawDb(const QString &path)
        : m_name(u"raw-%1"_s.arg(path)) {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        QVERIFY(m_db.open());
    }
    ~RawDb() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q(m_db);
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text() + u" in "_s + sql));
    }
    QVariant value(const QString &sql) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql) || !q.exec() || !q.next())
            return {};
        return q.value(0);
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void init() { testing::failOnQtWarnings(); }

    void fromEmptyFile() {
        const QString path = m_dir.filePath(u"empty.banatlas"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly)); // zero bytes, as a file manager creates it
        f.close();
        {
            Store store(path);
            QVERIFY(store.wasCreated());
        }
        RawDb raw(path);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), kSchemaVersion);
        QCOMPARE(raw.value(u"PRAGMA application_id"_s).toInt(), kApplicationId);
        QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(raw.value(u"SELECT count(*) FROM countries"_s).toInt(), 251);
    }

    // The hash a file at the current version is checked by is the migrations' own.
    void schemaHashIsTheMigrations() {
        QCOMPARE(schemaHash(expectedSchema(kSchemaVersion)), QByteArray(kSchemaHash));
        // And it tells schemas apart: one object more, or one text changed.
        QList<SchemaObject> other = expectedSchema(kSchemaVersion);
        other.last().sql += u" "_s;
        QVERIFY(schemaHash(other) != QByteArray(kSchemaHash));
        other.removeLast();
        QVERIFY(schemaHash(other) != QByteArray(kSchemaHash));
    }

    void fromEveryOlderVersion_data() {
        QTest::addColumn<int>("version");
        for (int v = 1; v < kSchemaVersion; ++v)
            QTest::addRow("v%d", v) << v;
    }
    void fromEveryOlderVersion() {
        QFETCH(int, version);
        const QString path = m_dir.filePath(u"v%1.banatlas"_s.arg(version));
        {
            RawDb raw(path);
            migrate(raw.db(), version);
            QCOMPARE(schemaVersionOf(raw.db()), version);
            // Data as that version stored it.
            raw.exec(u"INSERT INTO countries (code, alpha3, numeric, name) VALUES "
                     "('AU', 'AUS', '036', 'Australia')"_s);
            raw.exec(u"INSERT INTO vendors (id, name, kind) VALUES (7, 'Huawei', "
                     "'telecom_equipment')"_s);
            raw.exec(u"INSERT INTO vendors (id, name, kind) VALUES (8, 'Café Télécom', "
                     "'telecom_equipment')"_s);
            if (version == 3)
                raw.exec(u"INSERT INTO vendor_aliases VALUES (8, 'Élan', 0)"_s);
            if (version >= 4)
                raw.exec(u"INSERT INTO vendor_aliases VALUES (8, 'Élan', 0, 'élan')"_s);
            // Version 4 keyed names by the simple case folding, which keeps "ß".
            if (version == 4)
                raw.exec(u"INSERT INTO vendors (id, name, kind, name_key) VALUES (9, 'Straßenbau', "
                         "'other', 'straßenbau')"_s);
            // Version 5 on wrote full case-folded keys, as nameKey makes them.
            else if (version >= 5) {
                raw.exec(u"UPDATE vendors SET name_key = 'huawei' WHERE id = 7"_s);
                raw.exec(u"UPDATE vendors SET name_key = 'café télécom' WHERE id = 8"_s);
                raw.exec(u"INSERT INTO vendors (id, name, kind, name_key) VALUES (9, 'Straßenbau', "
                         "'other', 'strassenbau')"_s);
            } else
                raw.exec(u"INSERT INTO vendors (id, name, kind) VALUES (9, 'Straßenbau', "
                         "'other')"_s);
            raw.exec(u"INSERT INTO decisions (id, country, measure, announced, title, "
                     "confidence) VALUES (2, 'AU', 'ban', '2018-08-23', 'Australia 5G', "
                     "'official')"_s);
            raw.exec(u"INSERT INTO decision_vendors VALUES (2, 7, 0)"_s);
            raw.exec(u"INSERT INTO decision_scopes VALUES (2, '5g_core', 0)"_s);
            raw.exec(u"INSERT INTO sources (decision_id, position, title, url) VALUES "
                     "(2, 0, 'TelecomTV', 'https://example.org/a')"_s);
            if (version >= 2)
                raw.exec(u"INSERT INTO country_groups VALUES ('TEST', 'Test group')"_s);
            // Version 8 kept its index in step with every change.
            if (version >= 8)
                raw.exec(u"INSERT INTO decision_search (decision_search) VALUES ('rebuild')"_s);
        }
        Store store(path);
        QVERIFY(!store.wasCreated());
        const auto d = store.decision(2);
        QVERIFY(d);
        QCOMPARE(d->vendors, QStringList{u"Huawei"_s});
        QCOMPARE(d->scopes, QList<Scope>{Scope::Core5g});
        QCOMPARE(d->sources.size(), 1);
        QCOMPARE(d->sources[0].url, u"https://example.org/a"_s);
        QVERIFY(!d->coversSubsidiaries);
        QCOMPARE(store.countries().size(), 251); // reference data filled in
        QVERIFY(store.group(u"EU"_s));
        if (version >= 2)
            QVERIFY(store.group(u"TEST"_s));
        // Names are found by their keys, filled in by the migration: in any case, any script.
        // An absent vendor is -1 here, never a read of an empty optional.
        const auto idOf = [&store](QStringView name) {
            const auto v = store.findVendor(name);
            return v ? v->id : -1;
        };
        QCOMPARE(idOf(u"HUAWEI"), 7);
        QCOMPARE(idOf(u"CAFÉ TÉLÉCOM"), 8);
        QCOMPARE(idOf(u"Cafe\u0301 te\u0301le\u0301com"), 8); // decomposed
        if (version >= 3)
            QCOMPARE(idOf(u"ÉLAN"), 8);
        // Full case folding since version 5: "ß" is "ss" in upper case.
        QCOMPARE(idOf(u"STRASSENBAU"), 9);
        QCOMPARE(idOf(u"strassenbau"), 9);
        QCOMPARE(idOf(u"Straßenbau"), 9);
        // Step 8 indexed what was stored: the title, the source's title and address.
        const auto found = [&store](const QString &text) {
            DecisionFilter f;
            f.text = SearchQuery::parse(text);
            return store.findDecisions(f);
        };
        for (const QString &word : {u"australia"_s, u"telecomtv"_s, u"\"example.org\""_s})
            QCOMPARE(found(word), QList<qint64>{2});
        // The new schema works on migrated data.
        Decision edited = *d;
        edited.coversSubsidiaries = true;
        edited.title = u"Australia bans"_s;
        // Step 9: every decision stored before it is at version 1; a change makes it 2, and
        // one begun from version 1 again is refused.
        QCOMPARE(d->version, 1);
        QCOMPARE(store.updateDecision(edited), 2);
        QCOMPARE(store.decision(2)->version, 2);
        edited.title = u"Australia bans again"_s;
        QVERIFY_THROWS_EXCEPTION(ConflictError, store.updateDecision(edited));
        const QList<AuditEntry> log = store.auditLog(u"decision"_s, u"2"_s);
        QCOMPARE(log.size(), 1);
        QVERIFY(!log[0].user.isEmpty());
        QCOMPARE(log[0].host, QSysInfo::machineHostName());
        QCOMPARE(found(u"bans"_s), QList<qint64>{2});
        QSqlQuery check(store.database());
        QVERIFY2(check.exec(u"INSERT INTO decision_search (decision_search, rank) "
                            "VALUES ('integrity-check', 1)"_s),
                 qPrintable(check.lastError().text()));
    }

    // Step 7 copies the decisions and the audit log into tables whose CHECKs compare value
    // by value. Foreign keys are on, as the Store has them: dropping the old decisions
    // must not delete what refers to them.
    void step7KeepsEverythingAndItsRules() {
        const QString path = m_dir.filePath(u"v6-to-7.banatlas"_s);
        RawDb raw(path);
        migrate(raw.db(), 6);
        raw.exec(u"PRAGMA foreign_keys = ON"_s);
        raw.exec(u"INSERT INTO countries (code, alpha3, numeric, name) VALUES "
                 "('AU', 'AUS', '036', 'Australia')"_s);
        raw.exec(
            u"INSERT INTO vendors (id, name, kind) VALUES (7, 'Huawei', 'telecom_equipment')"_s);
        for (int id = 1; id <= 3; ++id) {
            raw.exec(u"INSERT INTO decisions (id, country, measure, announced, title, confidence,"
                     " covers_subsidiaries) VALUES (?, 'AU', 'ban', '2018-08-23', ?, 'official',"
                     " 1)"_s,
                     {id, u"Decision %1"_s.arg(id)});
            raw.exec(u"INSERT INTO decision_vendors VALUES (?, 7, 0)"_s, {id});
            raw.exec(u"INSERT INTO decision_scopes VALUES (?, '5g_core', 0)"_s, {id});
            raw.exec(u"INSERT INTO sources (decision_id, position, url) VALUES (?, 0, 'https://"
                     "example.org')"_s,
                     {id});
            raw.exec(u"INSERT INTO decision_facts VALUES ('AU', 20180823, ?, 'ban', 0, 0, 0, 1,"
                     " '7')"_s,
                     {id});
            raw.exec(u"INSERT INTO audit_log (at, action, entity, entity_id, import_id) VALUES "
                     "('2026-01-01', 'insert', 'decision', ?, 4)"_s,
                     {QString::number(id)});
        }
        const QStringList tables = {u"decisions"_s, u"decision_vendors"_s, u"decision_scopes"_s,
                                    u"sources"_s,   u"decision_facts"_s,   u"audit_log"_s};
        auto counts = [&raw, &tables] {
            QList<int> n;
            for (const QString &t : tables)
                n.append(raw.value(u"SELECT count(*) FROM "_s + t).toInt());
            return n;
        };
        QCOMPARE(counts(), QList<int>({3, 3, 3, 3, 3, 3}));
        migrate(raw.db());
        QCOMPARE(schemaVersionOf(raw.db()), kSchemaVersion);
        QCOMPARE(counts(), QList<int>({3, 3, 3, 3, 3, 3}));
        QCOMPARE(raw.value(u"SELECT group_concat(title || covers_subsidiaries, '|') FROM "
                           "decisions"_s)
                     .toString(),
                 u"Decision 11|Decision 21|Decision 31"_s);
        QCOMPARE(raw.value(u"SELECT import_id FROM audit_log WHERE entity_id = '2'"_s).toInt(), 4);
        QCOMPARE(raw.value(u"PRAGMA foreign_keys"_s).toInt(), 1); // on again
        QVERIFY(!raw.value(u"PRAGMA foreign_key_check"_s).isValid());
        // Still the tables the rest refers to: deleting a decision cascades.
        raw.exec(u"DELETE FROM decisions WHERE id = 3"_s);
        QCOMPARE(counts(), QList<int>({2, 2, 2, 2, 2, 3}));
        // The same rules, and no temporary table built for them each time a row is written.
        for (const QString &bad :
             {u"INSERT INTO decisions (country, measure, announced, title, confidence) VALUES "
              "('AU', 'embargo', '2020', 't', 'official')"_s,
              u"INSERT INTO audit_log (at, action, entity, entity_id) VALUES ('x', 'erase', "
              "'decision', '1')"_s}) {
            QSqlQuery q(raw.db());
            QVERIFY(q.prepare(bad));
            QVERIFY2(!q.exec(), qPrintable(bad));
            QVERIFY2(q.lastError().text().contains(u"CHECK"_s), qPrintable(q.lastError().text()));
        }
        for (const QString &insert :
             {u"INSERT INTO decisions (country, measure, announced, title, confidence) VALUES "
              "(?, ?, ?, ?, ?)"_s,
              u"INSERT INTO audit_log (at, action, entity, entity_id) VALUES (?, ?, ?, ?)"_s}) {
            QSqlQuery q(raw.db());
            QVERIFY(q.prepare(u"EXPLAIN "_s + insert));
            for (qsizetype i = 0; i < insert.count(u'?'); ++i)
                q.addBindValue(QVariant());
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            while (q.next())
                QVERIFY2(q.value(1).toString() != u"OpenEphemeral"_s, qPrintable(insert));
        }
    }

    // A step 7 that fails leaves version 6 whole, with foreign keys on again.
    void failedStep7KeepsVersion6() {
        const QString path = m_dir.filePath(u"v6-broken.banatlas"_s);
        RawDb raw(path);
        migrate(raw.db(), 6);
        raw.exec(u"PRAGMA foreign_keys = ON"_s);
        raw.exec(u"CREATE TABLE audit_log_7 (x)"_s); // in the way of the copy
        QVERIFY_THROWS_EXCEPTION(StoreError, migrate(raw.db()));
        QCOMPARE(schemaVersionOf(raw.db()), 6);
        QCOMPARE(raw.value(u"PRAGMA foreign_keys"_s).toInt(), 1);
        QVERIFY(raw.value(u"SELECT sql FROM sqlite_master WHERE name = 'decisions'"_s)
                    .toString()
                    .contains(u"IN ("_s));
        QCOMPARE(
            raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'decisions_7'"_s).toInt(),
            0);
    }

    void failedStepLeavesTheLastCompleteVersion() {
        const QString path = m_dir.filePath(u"broken.banatlas"_s);
        {
            RawDb raw(path);
            migrate(raw.db(), 2);
            // Something in the way of step 3: it must fail whole.
            raw.exec(u"CREATE TABLE audit_log (x)"_s);
            QVERIFY_THROWS_EXCEPTION(StoreError, migrate(raw.db()));
            QCOMPARE(schemaVersionOf(raw.db()), 2);
            QVERIFY(!raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = "
                               "'vendor_aliases'"_s)
                         .toInt());
        }
    }

    void refusesNewerVersion() {
        const QString path = m_dir.filePath(u"newer.banatlas"_s);
        {
            RawDb raw(path);
            migrate(raw.db());
            raw.exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion + 1));
        }
        const QByteArray before = readAll(path);
        try {
            Store store(path);
            QFAIL("a newer database was opened");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(u"newer BanAtlas"_s), qPrintable(e.message()));
        }
        QCOMPARE(readAll(path), before);
    }

    void refusesOtherSqliteFiles() {
        const QString path = m_dir.filePath(u"other.sqlite"_s);
        {
            RawDb raw(path);
            raw.exec(u"CREATE TABLE notes (body TEXT)"_s);
        }
        const QByteArray before = readAll(path);
        try {
            Store store(path);
            QFAIL("another program's database was opened");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(u"not a BanAtlas database"_s), qPrintable(e.message()));
        }
        QCOMPARE(readAll(path), before);
    }

    void refusesFilesThatAreNotSqlite() {
        const QString path = m_dir.filePath(u"notes.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Huawei, ZTE and the rest\n");
        f.close();
        QVERIFY_THROWS_EXCEPTION(StoreError, Store store(path));
        QCOMPARE(readAll(path), QByteArray("Huawei, ZTE and the rest\n"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
