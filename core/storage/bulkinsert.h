#pragma once

#include "domain/entities.h"
#include "storage/sqliteapi.h"

#include <map>
#include <memory>
#include <vector>

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

// How an import writes its new decisions: in batches, each table's rows of a batch in one
// statement, flushed by the store before it reads or commits anything. A file's
// (BulkInsert) and a server's (ServerBulkInsert) write the same rows.
class DecisionWriter {
public:
    virtual ~DecisionWriter() = default;
    // The new decision `d` (its id set) with its scopes and sources, the vendors
    // `vendorIds` it names (stored ids, in its order) and its facts: written with its batch.
    virtual void decision(const Decision &d, const QList<qint64> &vendorIds) = 0;
    // Writes the decisions waiting. Throws StoreError (the import's transaction then rolls
    // back, and what waits is dropped with this object).
    virtual void flush() = 0;
    // Whether decision `id` waits in the batch.
    virtual bool holds(qint64 id) const = 0;
};

// How an import writes new decisions to a file: statements prepared once for the whole import and
// stepped through SQLite's own API (no QVariant per value), inside the import's one
// transaction; each decision gets a compact audit row pointing at the import's entry.
// Decisions wait in a batch and are written kBatch at a time, each table's rows (and the
// full-text index's) in one statement (SQLite spends thousands of instructions on every statement
// it steps, whatever it writes): the store flushes the batch before it reads or commits anything,
// so that nothing it reads misses a decision of the import. The store decides what is
// new and valid; this only writes.
class BulkInsert final : public DecisionWriter {
public:
    static constexpr int kBatch = 64;
    static constexpr int kSearchBatch = 1024; // rows of the full-text index a statement

    BulkInsert(QSqlDatabase &db, qint64 importId, QString at);

    void decision(const Decision &d, const QList<qint64> &vendorIds) override;
    // Also writes the waiting rows of the full-text index.
    void flush() override;
    bool holds(qint64 id) const override;

private:
    struct Pending {
        Decision decision;
        QList<qint64> vendorIds;
    };
    void writeDecisions();
    void writeVendors();
    void writeFacts();
    void writeScopes();
    void writeSources();
    void writeAudit();
    void writeBatch();
    void queueSearchRows();
    void writeSearchRows();

    const qint64 m_importId;
    const QString m_at;
    std::vector<Pending> m_pending;
    struct SearchRow {
        qint64 id;
        QString title;
        QString summary;
        QString sources;
    };
    std::vector<SearchRow> m_searchRows; // written kSearchBatch at a time (see the .cpp)
    MultiRowInsert m_decisions;
    MultiRowInsert m_vendors;
    MultiRowInsert m_scopes;
    MultiRowInsert m_sources;
    MultiRowInsert m_facts;
    MultiRowInsert m_audit;
    MultiRowInsert m_search;
};

} // namespace banatlas
