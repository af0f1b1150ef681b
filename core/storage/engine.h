#pragma once

#include <QString>

class QSqlDatabase;

namespace banatlas {

// The two database engines a store runs on: a file (SQLite) or a team's server
// (PostgreSQL). The SQL that differs between them is written here, once; the store's
// other statements are the same text on both (standard SQL: upserts with ON CONFLICT,
// RETURNING, CASE, subqueries). What differs beyond a phrase has a twin per engine in its
// own file: the narrow index's rows (facts.cpp), the search index (searchindex.cpp), the
// list and search query (decisionquery.cpp), the opening (store.cpp).
enum class Engine {
    Sqlite,
    Postgres,
};

// The engine of an open connection, by its Qt driver.
Engine engineOf(const QSqlDatabase &db);

// `expression` as a sort key that ignores the case of ASCII letters (SQLite's NOCASE;
// on the server the same folding of A-Z only, byte order otherwise).
QString caseless(Engine engine, const QString &expression);

// The text values of `expression` in a group, joined by commas (for sorting only: the
// order within a group is the engine's).
QString joinedList(Engine engine, const QString &expression);

// A subquery of the ids in a JSON array bound as one parameter ("[3,17]").
QString idsInJson(Engine engine);

// The statement that begins a transaction that writes. SQLite takes its write lock at
// once (no second writer can commit between this one's reads and writes); on the server
// rows are locked as they are written, and a change that must see a row unchanged says
// so itself.
QString beginWriting(Engine engine);

} // namespace banatlas
