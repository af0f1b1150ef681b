#pragma once

#include <QList>
#include <QString>

class QSqlDatabase;

namespace banatlas {

// Schema history. Version N is reached from N-1 by exactly one step, each step in one
// transaction together with the new `PRAGMA user_version`, so a file is always at a
// whole version: an interrupted migration leaves it at the last version that committed.
// Steps are never edited once released; a change to the schema is a new step.
inline constexpr int kSchemaVersion = 6;
// `PRAGMA application_id` of a BanAtlas database ("BnAt").
inline constexpr int kApplicationId = 0x426e4174;

// Brings `db` from its current user_version up to `target` (≤ kSchemaVersion).
// Throws StoreError, leaving the file at the last completed version.
void migrate(QSqlDatabase &db, int target = kSchemaVersion);

int schemaVersionOf(QSqlDatabase &db);

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
// Compares the schema of `db` (at `version`) with expectedSchema: empty when it matches,
// else what differs, naming the first object ("the trigger \"x\" is not BanAtlas's").
QString schemaDifference(QSqlDatabase &db, int version);

} // namespace banatlas
