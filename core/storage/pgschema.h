#pragma once

#include <QStringList>

namespace banatlas {

// The schema of a team database on PostgreSQL: the same tables, columns, keys, checks and
// foreign keys as a file's schema at version `kPostgresSchemaVersion`
// (storage/migrations.cpp), written in PostgreSQL's dialect; tst_server compares the two,
// table by table and column by column. Where the engines differ:
// - identifiers: BIGINT identities (a file's INTEGER PRIMARY KEY); the version is the row
//   'schema_version' of `meta` (a file's PRAGMA user_version);
// - SQLite's NOCASE folds ASCII letters only: the unique vendor name, and a vendor's
//   unique alias, are indexes on lower(… COLLATE "C"), which folds the same letters;
// - full-text search: a table of tsvector documents with a GIN index in place of FTS5's
//   virtual table and its view.
// - the audit log's user and client host are written by the server (a trigger), not by
//   the client.
// Versions after 8 are steps, as a file's are: a new database is made at 8 and then
// stepped, so a new one and an upgraded one are the same.
inline constexpr int kPostgresSchemaVersion = 9;

// The statements that create the schema in an empty database, in order; to be run in one
// transaction.
QStringList postgresSchema();
// The statements that bring a team database from `version` − 1 to `version` (9 on), the
// version in `meta` with them; to be run in one transaction. Empty for another version.
QStringList postgresStepTo(int version);

// The search documents of the decisions `where` selects (see postgresSearchDocuments),
// as a query of three columns: id, document, size (its length in words).
QString postgresSearchDocumentsOf(const QString &where);

// The statement that writes the search documents of the decisions `where` selects
// (a condition on `d`, the decisions: "TRUE" for all, after a copy; "d.id = ?" for one).
QString postgresSearchDocuments(const QString &where);

// The roles of a team and their rights on this database's tables: banatlas_reader reads
// everything; banatlas_editor also adds, changes and deletes rows, but for the reference
// data and the version (the owner's) and the audit log (added to only); the schema is
// the owner's. Roles are the whole server's in PostgreSQL: one team per server (a reader
// of one team's database could read another's that granted the same role). Run by the
// database's owner, in one transaction; running them again changes nothing.
QStringList postgresRoles();

} // namespace banatlas
