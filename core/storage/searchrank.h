#pragma once

struct sqlite3;

namespace banatlas {

// How a search ranks its matches (storage/decisionquery.cpp): FTS5's bm25, computed as
// FTS5 computes it (the same IDF of each phrase, average length, column weights and
// formula, in the same order, so the scores are equal to the last bit: tst_search
// compares them), but with each match's length in tokens given to it rather than looked
// up by FTS5. FTS5's bm25 looks the length up with a statement of its own for every
// match, which for a word in a tenth of a million decisions is most of a search's time;
// the query reads it instead by joining the index's table of lengths
// (`decision_search_docsize`), at a fraction of the cost.
//
//   banatlas_rank(decision_search, length, weight...)  bm25's score; a NULL length: FTS5
//                                                      looks it up itself
//   banatlas_length(sz, columns)                       the tokens a row of the table of
//                                                      lengths records (NULL unless its
//                                                      blob holds exactly `columns` sizes)
//
// Registers both on the connection. Throws StoreError when it cannot (no FTS5).
void registerSearchRank(sqlite3 *db);

} // namespace banatlas
