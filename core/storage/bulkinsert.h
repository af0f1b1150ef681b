#pragma once

#include "domain/entities.h"
#include "storage/sqliteapi.h"

class QSqlDatabase;

namespace banatlas {

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
    SqliteStatement m_vendor;
    SqliteStatement m_scope;
    SqliteStatement m_source;
    SqliteStatement m_fact;
    SqliteStatement m_audit;
};

} // namespace banatlas
