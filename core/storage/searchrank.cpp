#include "storage/searchrank.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

struct SearchRankText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Store)
};

// What a query's every match shares: each phrase's IDF and the average length (FTS5's
// fts5Bm25GetData), and room for the phrases' frequencies in one match.
struct QueryFigures {
    std::vector<double> idf;
    std::vector<double> frequency;
    double averageLength = 0;
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count) {
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

// The figures of the query `context` belongs to, computed on its first match.
int figuresOf(const Fts5ExtensionApi *api, Fts5Context *context, QueryFigures *&out) {
    out = static_cast<QueryFigures *>(api->xGetAuxdata(context, 0));
    if (out)
        return SQLITE_OK;
    auto figures = std::make_unique<QueryFigures>();
    const int phrases = api->xPhraseCount(context);
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(context, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(context, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    figures->averageLength = double(tokens) / double(rows);
    for (int i = 0; i < phrases; ++i) {
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(context, i, &hits, countRow);
        if (rc != SQLITE_OK)
            return rc;
        // As FTS5: log((N - n + 0.5) / (n + 0.5)), and never below a millionth (a word in
        // more than half the rows would otherwise count against a match).
        double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        if (idf <= 0.0)
            idf = 1e-6;
        figures->idf.push_back(idf);
    }
    figures->frequency.assign(std::size_t(phrases), 0.0);
    out = figures.get();
    return api->xSetAuxdata(context, figures.release(),
                            [](void *p) { delete static_cast<QueryFigures *>(p); });
}

// banatlas_rank(decision_search, length, weight...): FTS5's fts5Bm25Function with the
// match's length as its first argument.
void rank(const Fts5ExtensionApi *api, Fts5Context *context, sqlite3_context *result, int count,
          sqlite3_value **values) {
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    QueryFigures *figures = nullptr;
    int rc = figuresOf(api, context, figures);
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::fill(figures->frequency.begin(), figures->frequency.end(), 0.0);
        rc = api->xInstCount(context, &instances);
    }
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(context, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK) {
            const double weight =
                count - 1 > column ? sqlite3_value_double(values[column + 1]) : 1.0;
            figures->frequency[std::size_t(phrase)] += weight;
        }
    }
    double length = 0;
    if (rc == SQLITE_OK) {
        if (count > 0 && sqlite3_value_type(values[0]) != SQLITE_NULL) {
            length = double(sqlite3_value_int(values[0]));
        } else {
            int tokens = 0;
            rc = api->xColumnSize(context, -1, &tokens);
            length = double(tokens);
        }
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    double score = 0.0;
    for (std::size_t i = 0; i < figures->idf.size(); ++i) {
        const double f = figures->frequency[i];
        score += figures->idf[i] *
                 ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * length / figures->averageLength)));
    }
    sqlite3_result_double(result, -1.0 * score);
}

// One of SQLite's variable-length integers (big-endian, seven bits a byte, the high bit
// set on every byte but the last; a ninth byte gives eight bits). False when the blob
// ends inside it.
bool readVarint(const unsigned char *&p, const unsigned char *end, quint64 &value) {
    value = 0;
    for (int i = 0; i < 9; ++i) {
        if (p == end)
            return false;
        const unsigned char c = *p++;
        if (i == 8) {
            value = (value << 8) | c;
            return true;
        }
        value = (value << 7) | (c & 0x7f);
        if (!(c & 0x80))
            return true;
    }
    return true;
}

// banatlas_length(sz, columns): the sum of the sizes a row of the table of lengths holds;
// NULL unless the blob is exactly `columns` sizes, each an int (as FTS5 reads it).
void length(sqlite3_context *result, int, sqlite3_value **values) {
    const auto *p = static_cast<const unsigned char *>(sqlite3_value_blob(values[0]));
    const unsigned char *end = p + sqlite3_value_bytes(values[0]);
    const int columns = sqlite3_value_int(values[1]);
    if (!p || sqlite3_value_type(values[0]) != SQLITE_BLOB) {
        sqlite3_result_null(result);
        return;
    }
    qint64 total = 0;
    for (int i = 0; i < columns; ++i) {
        quint64 size = 0;
        if (!readVarint(p, end, size) || size > quint64(std::numeric_limits<int>::max())) {
            sqlite3_result_null(result);
            return;
        }
        total += qint64(size);
    }
    if (p != end || total > std::numeric_limits<int>::max())
        sqlite3_result_null(result);
    else
        sqlite3_result_int64(result, total);
}

fts5_api *fts5Of(sqlite3 *db) {
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api && api->iVersion >= 2 ? api : nullptr;
}

} // namespace

void registerSearchRank(sqlite3 *db) {
    fts5_api *api = fts5Of(db);
    if (!api || api->xCreateFunction(api, "banatlas_rank", nullptr, rank, nullptr) != SQLITE_OK ||
        sqlite3_create_function(db, "banatlas_length", 2,
                                SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                length, nullptr, nullptr) != SQLITE_OK) {
        throw StoreError(SearchRankText::tr("this SQLite has no full-text search (FTS5): %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
}

} // namespace banatlas
