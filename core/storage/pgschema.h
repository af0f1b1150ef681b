#pragma once

#include <QStringList>

namespace banatlas {

// The schema of a team database on PostgreSQL: the same tables, columns, keys, checks and
// foreign keys as a file's schema at version `kPostgresSchemaVersion`
// (storage/migrations.cpp), written in PostgreSQL's dialect; tst_server compares the two,
// table by table and column by column. Where the engines differ:
// - identifiers: BIGINT identities (a file's INTEGER PRIMARY KEY); the version is the row
//   'schema_version' of `meta` (a file's PRAGMA user_version);
// - SQLite's NOCASE folds ASCII letters only: the unique vendor name is an index on
//   lower(name COLLATE "C"), which folds the same letters;
// - full-text search: a table of tsvector documents with a GIN index in place of FTS5's
//   virtual table and its view.
//
// Not yet: a store on this schema (the engine layer), and its migrations after version 8.
inline constexpr int kPostgresSchemaVersion = 8;

// The statements that create the schema in an empty database, in order; to be run in one
// transaction.
QStringList postgresSchema();

// The statement that builds every decision's search document anew (after a copy).
QString postgresSearchRebuild();

// The roles of a team (cluster-wide in PostgreSQL, made once) and their rights on this
// database's tables: banatlas_reader reads everything; banatlas_editor also adds,
// changes and deletes rows (the schema itself is the owner's). Run by the database's
// owner, in one transaction; running them again changes nothing.
QStringList postgresRoles();

} // namespace banatlas
