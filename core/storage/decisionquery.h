#pragma once

#include "domain/searchquery.h"
#include "domain/types.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace banatlas {

// Which decisions to list: every condition given must hold (an empty list, an invalid
// date or an empty text: no condition). The Decisions tab's filters and the `search`
// command are this one query.
struct DecisionFilter {
    SearchQuery text;        // full text (domain/searchquery.h)
    QList<qint64> vendorIds; // names one of these vendors
    QStringList countries;   // by one of these governments (groups and regions: their
                             // members, made into codes by the caller)
    QList<Measure> measures; // one of these measures
    QList<Scope> scopes;     // covers one of these scopes
    QList<Confidence> confidences;
    QDate announcedFrom;               // announced on or after (a partial date: its first day)
    QDate announcedTo;                 // announced on or before
    QDate inForceFrom;                 // in force (from its effective date, or its announcement,
    QDate inForceTo;                   // until it ended) on some day of this range
    std::optional<QSet<qint64>> among; // only these (the decisions in effect on a date)

    bool hasConditions() const;
};

// The order of a list of decisions. Relevance needs a text (bm25, best first); the rest
// sort by the column (ties by id).
enum class DecisionOrder {
    Relevance,
    Id,
    Country,
    Announced,
    Effective,
    Measure,
    Vendors,
    Scope,
    Confidence,
    Title,
    Sources,
};

// When a search ranked by relevance runs in parts at once: over decisions whose ids span
// at least `from`, in `parts` (one per core, at most 4). The result is the same either way.
struct SearchSplit {
    qint64 from = 100'000;
    int parts = defaultParts();
    int *ranIn = nullptr; // when given, set to the parts the search ran in (1: one query)

    static int defaultParts();
};

// The ids of the decisions `filter` lets through, in `order` (descending when asked), at
// most `limit` (< 0: all). One prepared statement; a ranked search over many decisions, a
// statement per part (decisionquery.cpp). Throws StoreError.
QList<qint64> findDecisions(QSqlDatabase &db, const DecisionFilter &filter, DecisionOrder order,
                            bool descending = false, qsizetype limit = -1, SearchSplit split = {});

// How many parts `findDecisions` would run this search in now (1: one query).
int searchPartsFor(QSqlDatabase &db, const DecisionFilter &filter, DecisionOrder order,
                   SearchSplit split = {});

} // namespace banatlas
