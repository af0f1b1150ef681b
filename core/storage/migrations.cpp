#include "storage/migrations.h"

#include "domain/errors.h"
#include "domain/validation.h"
#include "storage/facts.h"
#include "storage/ownconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// The translation context of this file's messages.
struct MigrationsText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Migrations)
};

// 1: countries, vendors, decisions with their vendors, scopes and sources.
const QStringList kStep1 = {
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    u"CREATE TABLE countries ("
    " code TEXT PRIMARY KEY CHECK (length(code) = 2),"
    " alpha3 TEXT NOT NULL, numeric TEXT NOT NULL, name TEXT NOT NULL,"
    " region TEXT NOT NULL DEFAULT '', subregion TEXT NOT NULL DEFAULT '',"
    " aliases TEXT NOT NULL DEFAULT '', supranational INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE TABLE vendors ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " home_country TEXT REFERENCES countries(code),"
    " kind TEXT NOT NULL,"
    " parent_id INTEGER REFERENCES vendors(id) ON DELETE SET NULL,"
    " notes TEXT NOT NULL DEFAULT '')"_s,
    u"CREATE TABLE decisions ("
    " id INTEGER PRIMARY KEY,"
    " country TEXT NOT NULL REFERENCES countries(code),"
    " measure TEXT NOT NULL CHECK (measure IN ('ban','restriction','procurement_ban',"
    "   'warning','considering','allowed','reversal')),"
    " announced TEXT NOT NULL, effective TEXT, ended TEXT, deadline TEXT,"
    " title TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '',"
    " legal_form TEXT, confidence TEXT NOT NULL)"_s,
    u"CREATE INDEX decisions_country ON decisions(country)"_s,
    u"CREATE TABLE decision_vendors ("
    " decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,"
    " vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE RESTRICT,"
    " position INTEGER NOT NULL,"
    " PRIMARY KEY (decision_id, vendor_id)) WITHOUT ROWID"_s,
    u"CREATE INDEX decision_vendors_vendor ON decision_vendors(vendor_id)"_s,
    u"CREATE TABLE decision_scopes ("
    " decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,"
    " scope TEXT NOT NULL, position INTEGER NOT NULL,"
    " PRIMARY KEY (decision_id, scope)) WITHOUT ROWID"_s,
    u"CREATE TABLE sources ("
    " id INTEGER PRIMARY KEY,"
    " decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " title TEXT NOT NULL DEFAULT '', publisher TEXT NOT NULL DEFAULT '',"
    " url TEXT NOT NULL DEFAULT '', published TEXT, accessed TEXT)"_s,
    u"CREATE INDEX sources_decision ON sources(decision_id)"_s,
};

// 2: country groups, with dated membership.
const QStringList kStep2 = {
    u"CREATE TABLE country_groups (code TEXT PRIMARY KEY, name TEXT NOT NULL)"_s,
    u"CREATE TABLE group_members ("
    " group_code TEXT NOT NULL REFERENCES country_groups(code) ON DELETE CASCADE,"
    " country TEXT NOT NULL REFERENCES countries(code),"
    " joined TEXT NOT NULL, left_on TEXT,"
    " PRIMARY KEY (group_code, country, joined))"_s,
};

// 3: audit log, vendor aliases, subsidiaries flag, local copies of sources.
const QStringList kStep3 = {
    u"CREATE TABLE audit_log ("
    " id INTEGER PRIMARY KEY,"
    " at TEXT NOT NULL,"
    " action TEXT NOT NULL CHECK (action IN ('insert','update','delete')),"
    " entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
    " old_value TEXT, new_value TEXT)"_s,
    u"CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"_s,
    u"CREATE TABLE vendor_aliases ("
    " vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,"
    " alias TEXT NOT NULL COLLATE NOCASE, position INTEGER NOT NULL,"
    " PRIMARY KEY (vendor_id, alias))"_s,
    u"ALTER TABLE decisions ADD COLUMN covers_subsidiaries INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE sources ADD COLUMN local_copy TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE sources ADD COLUMN sha256 TEXT NOT NULL DEFAULT ''"_s,
};

// 4: names matched by a key (normalised and case-folded in every script: SQLite's NOCASE
// folds ASCII only, so "Café" and "CAFÉ" were two vendors), each key in an index (imports
// of many vendors were quadratic). The keys are filled by fillNameKeys.
const QStringList kStep4 = {
    u"ALTER TABLE vendors ADD COLUMN name_key TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE vendor_aliases ADD COLUMN alias_key TEXT NOT NULL DEFAULT ''"_s,
    u"CREATE INDEX vendors_name_key ON vendors(name_key)"_s,
    u"CREATE INDEX vendor_aliases_key ON vendor_aliases(alias_key)"_s,
};

// 5: the name keys fully case-folded ("Straße" and "STRASSE" one name; nameKey); no
// change of tables, the keys are filled again by fillNameKeys.
const QStringList kStep5 = {};

// 6: the narrow index of status (storage/facts.h), filled by fillFacts; the audit log
// takes an import as one entry with its counts ("import"), and the decisions it changed
// as compact rows pointing at it (import_id), without the records' JSON. SQLite cannot
// change a CHECK constraint: the log is copied into a new table.
const QStringList kStep6 = {
    u"CREATE TABLE decision_facts ("
    " country TEXT NOT NULL, announced INTEGER NOT NULL,"
    " decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,"
    " measure TEXT NOT NULL, effective INTEGER NOT NULL, ended INTEGER NOT NULL,"
    " deadline INTEGER NOT NULL, covers_subsidiaries INTEGER NOT NULL,"
    " vendor_ids TEXT NOT NULL,"
    " PRIMARY KEY (country, announced, decision_id)) WITHOUT ROWID"_s,
    u"CREATE INDEX decision_facts_decision ON decision_facts(decision_id)"_s,
    u"CREATE TABLE audit_log_6 ("
    " id INTEGER PRIMARY KEY,"
    " at TEXT NOT NULL,"
    " action TEXT NOT NULL CHECK (action IN ('insert','update','delete','import')),"
    " entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
    " old_value TEXT, new_value TEXT, import_id INTEGER)"_s,
    u"INSERT INTO audit_log_6 (id, at, action, entity, entity_id, old_value, new_value)"
    " SELECT id, at, action, entity, entity_id, old_value, new_value FROM audit_log"_s,
    u"DROP TABLE audit_log"_s,
    u"ALTER TABLE audit_log_6 RENAME TO audit_log"_s,
    u"CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"_s,
};

// 7: the CHECK constraints on a measure and on an audit action compare with each value in
// turn instead of looking the value up in an IN list: for an IN list of more than two
// constants SQLite builds a temporary table each time a statement runs, which cost a
// fifth of an import (two such statements a decision). The same rules; the tables are
// copied (SQLite cannot change a CHECK constraint), with foreign keys off (see migrate).
// The decisions lose their index by government: the narrow index's key begins with the
// government and serves those queries, and an import no longer writes a key it never reads.
const QStringList kStep7 = {
    u"CREATE TABLE decisions_7 ("
    " id INTEGER PRIMARY KEY,"
    " country TEXT NOT NULL REFERENCES countries(code),"
    " measure TEXT NOT NULL CHECK (measure = 'ban' OR measure = 'restriction'"
    " OR measure = 'procurement_ban' OR measure = 'warning' OR measure = 'considering'"
    " OR measure = 'allowed' OR measure = 'reversal'),"
    " announced TEXT NOT NULL, effective TEXT, ended TEXT, deadline TEXT,"
    " title TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '',"
    " legal_form TEXT, confidence TEXT NOT NULL,"
    " covers_subsidiaries INTEGER NOT NULL DEFAULT 0)"_s,
    u"INSERT INTO decisions_7 SELECT id, country, measure, announced, effective, ended,"
    " deadline, title, summary, legal_form, confidence, covers_subsidiaries FROM decisions"_s,
    u"DROP TABLE decisions"_s,
    u"ALTER TABLE decisions_7 RENAME TO decisions"_s,
    u"CREATE TABLE audit_log_7 ("
    " id INTEGER PRIMARY KEY,"
    " at TEXT NOT NULL,"
    " action TEXT NOT NULL CHECK (action = 'insert' OR action = 'update'"
    " OR action = 'delete' OR action = 'import'),"
    " entity TEXT NOT NULL, entity_id TEXT NOT NULL,"
    " old_value TEXT, new_value TEXT, import_id INTEGER)"_s,
    u"INSERT INTO audit_log_7 SELECT id, at, action, entity, entity_id, old_value, new_value,"
    " import_id FROM audit_log"_s,
    u"DROP TABLE audit_log"_s,
    u"ALTER TABLE audit_log_7 RENAME TO audit_log"_s,
    u"CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"_s,
};

// 8: full-text search over decisions (storage/searchindex.h). An FTS5 index whose content
// is read from a view of the decisions and their sources (an external-content table: the
// text is stored once, in its own tables); the store keeps it in step in the transaction
// of every change. Words are folded to lower case without diacritics, as SQLite's
// unicode61 tokenizer does with remove_diacritics 2. The index is built from what is
// stored.
const QStringList kStep8 = {
    u"CREATE VIEW decision_search_text AS SELECT d.id AS id, d.title AS title,"
    " d.summary AS summary,"
    " coalesce((SELECT group_concat(s.title || ' ' || s.publisher || ' ' || s.url, ' ')"
    " FROM sources s WHERE s.decision_id = d.id), '') AS sources"
    " FROM decisions d"_s,
    u"CREATE VIRTUAL TABLE decision_search USING fts5(title, summary, sources,"
    " content = 'decision_search_text', content_rowid = 'id',"
    " tokenize = 'unicode61 remove_diacritics 2')"_s,
    u"INSERT INTO decision_search (decision_search) VALUES ('rebuild')"_s,
};

// 9: several writers (a team's server; the same rules on a file). Each decision has a
// version, one more at each change, so that a change begun from an older one is refused
// (Store::updateDecision); the audit log says who made each change and from where.
const QStringList kStep9 = {
    u"ALTER TABLE decisions ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
    u"ALTER TABLE audit_log ADD COLUMN user_name TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE audit_log ADD COLUMN client_host TEXT NOT NULL DEFAULT ''"_s,
};

// Fills the facts of step 6 from the decisions stored.
void fillFacts(QSqlDatabase &db) {
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT d.id, d.country, d.measure, d.announced, d.effective, d.ended, "
                   "d.deadline, d.covers_subsidiaries, (SELECT group_concat(vendor_id) FROM "
                   "(SELECT vendor_id FROM decision_vendors WHERE decision_id = d.id "
                   "ORDER BY position)) FROM decisions d"_s))
        throw StoreError(read.lastError().text());
    SqliteStatement write(sqliteHandleOf(db), insertFactSql());
    auto date = [](const QVariant &v) {
        return v.isNull() ? PartialDate()
                          : PartialDate::parse(v.toString()).value_or(PartialDate());
    };
    while (read.next()) {
        Decision d;
        d.id = read.value(0).toLongLong();
        d.country = read.value(1).toString();
        d.measure = measureFromId(read.value(2).toString()).value_or(Measure::Warning);
        d.announced = date(read.value(3));
        d.effective = date(read.value(4));
        d.ended = date(read.value(5));
        d.deadline = date(read.value(6));
        d.coversSubsidiaries = read.value(7).toInt() != 0;
        QList<qint64> vendorIds;
        for (const QString &id : read.value(8).toString().split(u',', Qt::SkipEmptyParts))
            vendorIds.append(id.toLongLong());
        bindFact(write, d, vendorIds);
        write.run();
    }
}

// Fills the name keys of step 4 (and again in step 5) from the names already stored.
void fillNameKeys(QSqlDatabase &db) {
    for (const auto &[table, key, column] :
         {std::tuple{u"vendors"_s, u"name_key"_s, u"name"_s},
          std::tuple{u"vendor_aliases"_s, u"alias_key"_s, u"alias"_s}}) {
        QSqlQuery read(db);
        if (!read.exec(u"SELECT rowid, %1 FROM %2"_s.arg(column, table)))
            throw StoreError(read.lastError().text());
        QSqlQuery write(db);
        if (!write.prepare(u"UPDATE %1 SET %2 = ? WHERE rowid = ?"_s.arg(table, key)))
            throw StoreError(write.lastError().text());
        while (read.next()) {
            write.addBindValue(nameKey(read.value(1).toString()));
            write.addBindValue(read.value(0));
            if (!write.exec())
                throw StoreError(write.lastError().text());
        }
    }
}

const QStringList &stepTo(int version) {
    static const QStringList *steps[] = {&kStep1, &kStep2, &kStep3, &kStep4, &kStep5,
                                         &kStep6, &kStep7, &kStep8, &kStep9};
    return *steps[version - 1];
}

void run(QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.prepare(sql) || !q.exec()) {
        throw StoreError(MigrationsText::tr("schema update failed: %1 (%2)")
                             .arg(q.lastError().text(), sql.left(60)));
    }
}

// A pragma's whole-number value.
int pragmaInt(QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.prepare(sql) || !q.exec() || !q.next())
        throw StoreError(q.lastError().text());
    return q.value(0).toInt();
}

// Foreign keys off while it lives, when `wanted` and they were on (a PRAGMA that
// does nothing inside a transaction: made before one begins).
class ForeignKeysOff final {
public:
    ForeignKeysOff(QSqlDatabase &db, bool wanted)
        : m_db(db)
        , m_turnedOff(wanted && pragmaInt(db, u"PRAGMA foreign_keys"_s) == 1) {
        if (!m_turnedOff)
            return;
        run(m_db, u"PRAGMA foreign_keys = OFF"_s);
        // Inside a transaction the pragma does nothing, and says nothing: then a DROP
        // TABLE would delete what refers to the table. Stop rather than go on.
        if (pragmaInt(m_db, u"PRAGMA foreign_keys"_s) != 0)
            throw StoreError(MigrationsText::tr("schema update failed: foreign keys cannot "
                                                "be turned off inside a transaction"));
    }
    ~ForeignKeysOff() {
        if (m_turnedOff)
            QSqlQuery(u"PRAGMA foreign_keys = ON"_s, m_db);
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase &m_db;
    bool m_turnedOff;
};

// Fails when a row refers to one that is not there.
void checkForeignKeys(QSqlDatabase &db) {
    QSqlQuery q(db);
    if (!q.prepare(u"PRAGMA foreign_key_check"_s) || !q.exec())
        throw StoreError(q.lastError().text());
    if (q.next()) {
        throw StoreError(MigrationsText::tr("schema update failed: a row of %1 refers to a "
                                            "missing row of %2")
                             .arg(q.value(0).toString(), q.value(2).toString()));
    }
}

// The statements of one step, and what it fills in.
void runStep(QSqlDatabase &db, int version) {
    if (version == 1)
        run(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId));
    for (const QString &sql : stepTo(version))
        run(db, sql);
    if (version == 4 || version == 5)
        fillNameKeys(db);
    if (version == 6)
        fillFacts(db);
}

} // namespace

int schemaVersionOf(QSqlDatabase &db) {
    return pragmaInt(db, u"PRAGMA user_version"_s);
}

int schemaVersionOfFile(const QString &path) {
    OwnConnection connection(u"QSQLITE"_s, u"version"_s);
    QSqlDatabase &db = connection.database();
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return 0;
    try {
        return schemaVersionOf(db);
    } catch (const StoreError &) {
        return 0;
    }
}

QList<SchemaObject> schemaOf(QSqlDatabase &db) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT type, name, tbl_name, sql FROM sqlite_schema "
                   "WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' ORDER BY type, name"_s) ||
        !q.exec())
        throw StoreError(q.lastError().text());
    QList<SchemaObject> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString().simplified()});
    }
    if (q.lastError().isValid())
        throw StoreError(q.lastError().text());
    return out;
}

const QList<SchemaObject> &expectedSchema(int version) {
    static QMutex mutex;
    static QHash<int, QList<SchemaObject>> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(version);
    if (it != cache.end())
        return *it;
    OwnConnection connection(u"QSQLITE"_s, u"schema"_s);
    QSqlDatabase &db = connection.database();
    db.setDatabaseName(u":memory:"_s);
    if (!db.open())
        throw StoreError(db.lastError().text());
    migrate(db, version);
    return *cache.insert(version, schemaOf(db));
}

QByteArray schemaHash(const QList<SchemaObject> &schema) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SchemaObject &o : schema) {
        for (const QString *text : {&o.type, &o.name, &o.table, &o.sql}) {
            hash.addData(text->toUtf8());
            hash.addData(QByteArrayView("\0", 1)); // no two splits of a text hash alike
        }
    }
    return hash.result().toHex();
}

QString schemaDifference(QSqlDatabase &db, int version) {
    const QList<SchemaObject> actual = schemaOf(db);
    if (version == kSchemaVersion && schemaHash(actual) == QByteArrayView(kSchemaHash))
        return {};
    const QList<SchemaObject> &expected = expectedSchema(version);
    for (const SchemaObject &o : actual) {
        const auto match =
            std::find_if(expected.begin(), expected.end(), [&o](const SchemaObject &e) {
                return e.type == o.type && e.name == o.name;
            });
        if (match == expected.end())
            return MigrationsText::tr("the %1 \"%2\" is not part of BanAtlas's schema")
                .arg(o.type, o.name);
        if (*match != o)
            return MigrationsText::tr("the %1 \"%2\" differs from what BanAtlas wrote")
                .arg(o.type, o.name);
    }
    for (const SchemaObject &e : expected) {
        const bool found = std::any_of(actual.begin(), actual.end(), [&e](const SchemaObject &o) {
            return o.type == e.type && o.name == e.name;
        });
        if (!found)
            return MigrationsText::tr("the %1 \"%2\" is missing").arg(e.type, e.name);
    }
    return {};
}

void migrate(QSqlDatabase &db, int target) {
    for (int version = schemaVersionOf(db) + 1; version <= target; ++version) {
        // Step 7 copies the decisions, which other tables refer to: as SQLite's procedure
        // for changing a table says, with foreign keys off (the DROP TABLE would otherwise
        // delete what refers to them), checked again before the step commits.
        const ForeignKeysOff keysOff(db, version == 7);
        if (!db.transaction())
            throw StoreError(db.lastError().text());
        try {
            runStep(db, version);
            if (version == 7)
                checkForeignKeys(db);
            run(db, u"PRAGMA user_version = %1"_s.arg(version));
            if (!db.commit())
                throw StoreError(db.lastError().text());
        } catch (...) {
            db.rollback();
            throw;
        }
    }
}

} // namespace banatlas
