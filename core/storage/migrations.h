#pragma once

#include <QList>
#include <QString>

class QSqlDatabase;

namespace banatlas {

// Schema history. Version N is reached from N-1 by exactly one step, each step in one
// transaction together with the new `PRAGMA user_version`, so a file is always at a
// whole version: an interrupted migration leaves it at the last version that committed.
// Steps are never edited once released; a change to the schema is a new step.
inline constexpr int kSchemaVersion = 9;
// `PRAGMA application_id` of a BanAtlas database ("BnAt").
inline constexpr int kApplicationId = 0x426e4174;

// Brings `db` from its current user_version up to `target` (≤ kSchemaVersion).
// Throws StoreError, leaving the file at the last completed version.
void migrate(QSqlDatabase &db, int target = kSchemaVersion);

int schemaVersionOf(QSqlDatabase &db);
// The schema version of the file at `path`, read without writing anything (0: not a
// database SQLite can read, or an empty one). For a caller that must decide how to open it.
int schemaVersionOfFile(const QString &path);

// One object of an SQLite schema (sqlite_schema): type, name, its table, its SQL with
// runs of white space made one.
struct SchemaObject {
    QString type;
    QString name;
    QString table;
    QString sql;
    bool operator==(const SchemaObject &) const = default;
};
// The schema objects of `db`, by type and name (SQLite's own statistics tables aside).
QList<SchemaObject> schemaOf(QSqlDatabase &db);
// What this version writes at schema `version`: built once in memory by the migrations.
const QList<SchemaObject> &expectedSchema(int version);
// A SHA-256 (hex) of `schema`, each object's texts in order.
QByteArray schemaHash(const QList<SchemaObject> &schema);
// schemaHash(expectedSchema(kSchemaVersion)), written here so that a file at the current
// version is checked without building the expected schema (several milliseconds of every
// start). tst_migrations compares it with the migrations' own: a new step that forgets
// it fails there.
inline constexpr char kSchemaHash[] =
    "7586b62ce0b1b7f49fd15ffd816361d237aecba2f072b2dba1802083144eae06";
// Compares the schema of `db` (at `version`) with expectedSchema: empty when it matches,
// else what differs, naming the first object ("the trigger \"x\" is not BanAtlas's").
QString schemaDifference(QSqlDatabase &db, int version);

} // namespace banatlas
