#pragma once

#include "storage/sqliteapi.h"

#include <QtGlobal>

#include <map>
#include <memory>
#include <vector>

class QSqlDatabase;

namespace banatlas {

// The full-text index of the decisions (schema 8): the FTS5 table `decision_search`, whose
// text is read from the view `decision_search_text` (a decision's title and summary, its
// sources' titles, publishers and URLs) rather than stored twice. Such an index must be
// told of every change with the text it indexed: `remove` reads it from the view *before*
// a decision or its sources change or go, `add` after they are written, both in the
// store's transaction, so the index cannot drift from the decisions (tests compare them
// with FTS5's own integrity-check).
class SearchIndex final {
public:
    explicit SearchIndex(QSqlDatabase &db);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Indexes decision `id` as stored now (its sources written).
    void add(qint64 id);
    // Indexes the decisions `ids` (new, distinct), in one statement per kBatch.
    void add(const std::vector<qint64> &ids);
    // Takes decision `id` out of the index, as it is stored now (before it changes).
    void remove(qint64 id);

private:
    SqliteStatement &addIn(qsizetype count);

    sqlite3 *m_db;
    std::unique_ptr<SqliteStatement> m_addOne;
    std::unique_ptr<SqliteStatement> m_addRange;
    std::unique_ptr<SqliteStatement> m_remove;
    std::map<qsizetype, std::unique_ptr<SqliteStatement>> m_addIn;
};

} // namespace banatlas
