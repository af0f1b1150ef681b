#pragma once

#include "storage/bulkinsert.h"

#include <QSet>
#include <QSqlDatabase>

#include <vector>

namespace banatlas {

// How an import writes new decisions to a team database on a server: kBatch decisions
// at a time, each table's rows of a batch in one prepared statement that takes them as
// one JSON parameter (read as jsonb: each row an array of its values, parsed once),
// instead of a statement (a round trip to the server) per row of every table. The rows
// are those an edit writes (the decision, its vendors, scopes, sources and facts, a
// compact audit row pointing at the import's entry); the search documents are written by
// the store at the end (SearchIndex::deferAdds).
class ServerBulkInsert final : public DecisionWriter {
public:
    static constexpr int kBatch = 1000;

    ServerBulkInsert(const QSqlDatabase &db, qint64 importId, QString at);

    void decision(const Decision &d, const QList<qint64> &vendorIds) override;
    void flush() override;
    bool holds(qint64 id) const override { return m_ids.contains(id); }

private:
    struct Pending {
        Decision decision;
        QList<qint64> vendorIds;
    };
    void writeDecisions();
    void writeParts();
    void writeFactsAndAudit();

    QSqlDatabase m_db;
    const qint64 m_importId;
    const QString m_at;
    std::vector<Pending> m_pending;
    QSet<qint64> m_ids;
};

} // namespace banatlas
