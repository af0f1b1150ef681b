#pragma once

#include "domain/entities.h"
#include "storage/sqliteapi.h"

#include <map>
#include <memory>

class QSqlDatabase;

namespace banatlas {

// An INSERT of several rows at once (a decision's vendors, scopes or sources), one
// statement per number of rows, each prepared the first time that many come: SQLite
// spends thousands of instructions on each statement it steps, whatever it writes.
class MultiRowInsert final {
public:
    // `head`: "INSERT INTO t (a, b) VALUES "; `row`: "(?, ?)".
    MultiRowInsert(sqlite3 *db, QString head, QString row);
    // The statement for `rows` rows (at least 1); the parameters of row r (from 0) begin
    // at r × the row's parameters + 1.
    SqliteStatement &forRows(qsizetype rows);

private:
    sqlite3 *m_db;
    QString m_head;
    QString m_row;
    std::map<qsizetype, std::unique_ptr<SqliteStatement>> m_byRows;
};

// How an import writes new decisions: every statement prepared once for the whole import
// and stepped per row through SQLite's own API (no QVariant per value), inside the
// import's one transaction; each decision gets a compact audit row pointing at the
// import's entry. The store decides what is new and valid; this only writes.
class BulkInsert final {
public:
    explicit BulkInsert(QSqlDatabase &db);

    // Writes the new decision `d` (its id set) with its scopes and sources, the vendors
    // `vendorIds` it names (stored ids, in its order) and its facts.
    void decision(const Decision &d, const QList<qint64> &vendorIds, qint64 importId,
                  const QString &at);

private:
    void sources(const Decision &d);

    SqliteStatement m_decision;
    MultiRowInsert m_vendors;
    MultiRowInsert m_scopes;
    MultiRowInsert m_sources;
    SqliteStatement m_fact;
    SqliteStatement m_audit;
};

} // namespace banatlas
