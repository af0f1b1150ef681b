#include "storage/decisionquery.h"

#include "domain/errors.h"
#include "domain/partialdate.h"
#include "storage/engine.h"
#include "storage/ownconnection.h"
#include "storage/searchrank.h"
#include "storage/sqliteapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <future>
#include <limits>
#include <system_error>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace banatlas {

bool DecisionFilter::hasConditions() const {
    return !text.isEmpty() || !vendorIds.isEmpty() || !countries.isEmpty() || !measures.isEmpty() ||
           !scopes.isEmpty() || !confidences.isEmpty() || announcedFrom.isValid() ||
           announcedTo.isValid() || inForceFrom.isValid() || inForceTo.isValid() ||
           among.has_value();
}

namespace {

// A statement's text and the values it binds, in order.
struct Sql {
    QStringList where;
    QList<QVariant> values;

    void addIn(const QString &column, const QList<QVariant> &list) {
        if (list.isEmpty())
            return;
        QStringList marks(list.size(), u"?"_s);
        where.append(u"%1 IN (%2)"_s.arg(column, marks.join(u", "_s)));
        values.append(list);
    }
    void add(const QString &condition, const QVariant &value) {
        where.append(condition);
        values.append(value);
    }
};

template <typename T> QList<QVariant> idsOf(const QList<T> &list) {
    QList<QVariant> out;
    for (const T &v : list)
        out.append(toId(v));
    return out;
}

QString orderColumn(DecisionOrder order, Engine engine) {
    switch (order) {
    case DecisionOrder::Relevance:
        // bm25 (storage/searchrank.h), with the length the index records for the match.
        // Title words count most, then the sources' (titles, publishers, addresses), then
        // the summary. On a server the same (storage/pgschema.cpp), with the query's
        // figures from `q`.
        if (engine == Engine::Postgres)
            return u"banatlas_rank(decision_search.document, decision_search.size, q.figures, "
                   "8.0, 2.0, 3.0)"_s;
        return u"banatlas_rank(decision_search, banatlas_length(z.sz, 3), 8.0, 2.0, 3.0)"_s;
    case DecisionOrder::Id:
        return u"{id}"_s;
    case DecisionOrder::Country:
        return u"(SELECT c.name FROM countries c WHERE c.code = f.country)"_s;
    case DecisionOrder::Announced:
        return u"f.announced"_s;
    case DecisionOrder::Effective:
        return u"f.effective"_s;
    case DecisionOrder::Measure: {
        // By severity, the status rules' own ranking (domain/types), most severe first.
        QString cases = u"CASE f.measure"_s;
        for (Measure m : allMeasures())
            cases += u" WHEN '%1' THEN %2"_s.arg(toId(m)).arg(-severity(m));
        return cases + u" END"_s;
    }
    case DecisionOrder::Vendors:
        return caseless(engine, u"(SELECT v.name FROM decision_vendors dv JOIN vendors v ON "
                                "v.id = dv.vendor_id WHERE dv.decision_id = {id} ORDER BY "
                                "dv.position LIMIT 1)"_s);
    case DecisionOrder::Scope:
        return u"(SELECT %1 FROM decision_scopes s WHERE s.decision_id = {id})"_s.arg(
            joinedList(engine, u"scope"_s));
    case DecisionOrder::Confidence:
        return u"CASE d.confidence WHEN 'official' THEN 0 WHEN 'multiple_sources' THEN 1 "
               "ELSE 2 END"_s;
    case DecisionOrder::Title:
        return caseless(engine, u"d.title"_s);
    case DecisionOrder::Sources:
        return u"(SELECT count(*) FROM sources s WHERE s.decision_id = {id})"_s;
    }
    return u"{id}"_s;
}

void bindValue(SqliteStatement &s, int index, const QVariant &v) {
    if (v.typeId() == QMetaType::QString)
        s.bind(index, v.toString());
    else
        s.bind(index, v.toLongLong());
}

} // namespace

namespace {

// "EXISTS (…)" of a decision's list table (its vendors, its scopes) holding one of `values`.
void addExists(Sql &sql, const QString &table, const QString &column,
               const QList<QVariant> &values) {
    if (values.isEmpty())
        return;
    Sql inner;
    inner.addIn(u"x."_s + column, values);
    sql.where.append(u"EXISTS (SELECT 1 FROM %1 x WHERE x.decision_id = {id} AND %2)"_s.arg(
        table, inner.where.first()));
    sql.values.append(inner.values);
}

// The search on a server: its phrases, each a tsquery (storage/pgschema.cpp), joined by
// tsquery's operators.
void addServerText(Sql &sql, const SearchQuery &text) {
    QList<QVariant> phrases;
    const SearchQuery::Syntax tsquery{[&phrases](const QString &phrase, bool prefix) -> QString {
                                          phrases.append(phrase);
                                          return prefix ? u"banatlas_phrase(?, TRUE)"_s
                                                        : u"banatlas_phrase(?, FALSE)"_s;
                                      },
                                      u" && "_s, u" || "_s, u" && !! "_s};
    sql.where.append(u"decision_search.document @@ "_s + text.expression(tsquery));
    sql.values.append(phrases);
}

// The phrases of a search as the server's ranking takes them: [["text", prefix], …], in
// the order the query names them (as FTS5 numbers its phrases).
QString phrasesJson(const SearchQuery &text) {
    QJsonArray phrases;
    const SearchQuery::Syntax collect{[&phrases](const QString &phrase, bool prefix) -> QString {
                                          phrases.append(QJsonArray{phrase, prefix});
                                          return QString();
                                      },
                                      {},
                                      {},
                                      {}};
    text.expression(collect);
    return QString::fromUtf8(QJsonDocument(phrases).toJson(QJsonDocument::Compact));
}

// Every condition of `filter` (but `among`, which the caller applies), with its values.
Sql conditionsOf(const DecisionFilter &filter, Engine engine) {
    Sql sql;
    if (!filter.text.isEmpty() && engine == Engine::Postgres)
        addServerText(sql, filter.text);
    else if (!filter.text.isEmpty())
        sql.add(u"decision_search MATCH ?"_s, filter.text.ftsExpression());
    QList<QVariant> countries, vendors;
    for (const QString &c : filter.countries)
        countries.append(c);
    for (qint64 id : filter.vendorIds)
        vendors.append(id);
    sql.addIn(u"f.country"_s, countries);
    sql.addIn(u"f.measure"_s, idsOf(filter.measures));
    sql.addIn(u"d.confidence"_s, idsOf(filter.confidences));
    addExists(sql, u"decision_vendors"_s, u"vendor_id"_s, vendors);
    addExists(sql, u"decision_scopes"_s, u"scope"_s, idsOf(filter.scopes));
    if (filter.announcedFrom.isValid())
        sql.add(u"f.announced >= ?"_s, dateKey(filter.announcedFrom));
    if (filter.announcedTo.isValid())
        sql.add(u"f.announced <= ?"_s, dateKey(filter.announcedTo));
    // In force on some day of [from, to]: it began by `to` and had not ended by `from`.
    if (filter.inForceTo.isValid())
        sql.add(u"f.effective <= ?"_s, dateKey(filter.inForceTo));
    if (filter.inForceFrom.isValid())
        sql.add(u"(f.ended = 0 OR f.ended > ?)"_s, dateKey(filter.inForceFrom));
    return sql;
}

// The narrow index (storage/facts.h) when a condition or the order reads it: it holds the
// government, the measure and the dates (as numbers), and its key begins with the
// government.
bool readsFacts(const DecisionFilter &filter, DecisionOrder order) {
    return !filter.countries.isEmpty() || !filter.measures.isEmpty() ||
           filter.announcedFrom.isValid() || filter.announcedTo.isValid() ||
           filter.inForceFrom.isValid() || filter.inForceTo.isValid() ||
           order == DecisionOrder::Announced || order == DecisionOrder::Effective ||
           order == DecisionOrder::Country || order == DecisionOrder::Measure;
}

// The decisions' own table only for what it alone holds (the confidence, the title): its
// rows carry the text, and a row looked up there for each of a million (or of the tenth
// of a million a common word matches) costs more than the rest of the query.
bool readsDecisions(const DecisionFilter &filter, DecisionOrder order) {
    return !filter.confidences.isEmpty() || order == DecisionOrder::Confidence ||
           order == DecisionOrder::Title;
}

// FROM and JOIN, and what names a decision's id in the rest ("{id}"): the full-text index
// for a search, else the narrow index (one row per decision, no text) unless the
// decisions' table must be read.
std::pair<QString, QString> tablesFor(const DecisionFilter &filter, DecisionOrder order,
                                      Engine engine) {
    const bool decisions = readsDecisions(filter, order);
    QString from;
    QString id;
    if (!filter.text.isEmpty()) {
        const bool server = engine == Engine::Postgres;
        from = u"decision_search"_s;
        id = server ? u"decision_search.decision_id"_s : u"decision_search.rowid"_s;
        if (decisions)
            from += u" JOIN decisions d ON d.id = {id}"_s;
        if (readsFacts(filter, order))
            from += u" JOIN decision_facts f ON f.decision_id = {id}"_s;
        // For each rank: on a server the query's figures; in a file each match's length.
        if (order == DecisionOrder::Relevance)
            from += server ? u" CROSS JOIN q"_s
                           : u" LEFT JOIN decision_search_docsize z ON z.id = {id}"_s;
    } else if (decisions) {
        from = u"decisions d"_s;
        id = u"d.id"_s;
        if (readsFacts(filter, order))
            from += u" JOIN decision_facts f ON f.decision_id = d.id"_s;
    } else {
        from = u"decision_facts f"_s;
        id = u"f.decision_id"_s;
    }
    return {from, id};
}

// The statement of `filter`'s query. A part of a ranked search (`part`) also reads each
// decision's score, and binds two more values: the first and last id of its part.
QString statementFor(const DecisionFilter &filter, const Sql &sql, DecisionOrder order,
                     bool descending, qsizetype limit, Engine engine, bool part = false) {
    const auto [from, id] = tablesFor(filter, order, engine);
    QString statement = u"SELECT {id}"_s;
    if (engine == Engine::Postgres && order == DecisionOrder::Relevance) {
        // The figures first, once (its value is bound first: findOnServer).
        statement.prepend(u"WITH q AS MATERIALIZED (SELECT banatlas_rank_figures(CAST(? AS "
                          "json)) AS figures) "_s);
    }
    if (part)
        statement += u", "_s + orderColumn(order, engine);
    statement += u" FROM "_s + from;
    QStringList where = sql.where;
    if (part)
        where.append(u"{id} BETWEEN ? AND ?"_s);
    if (!where.isEmpty())
        statement += u" WHERE "_s + where.join(u" AND "_s);
    const QString direction = descending ? u" DESC"_s : QString();
    statement += u" ORDER BY "_s + orderColumn(order, engine) + direction;
    if (order != DecisionOrder::Id)
        statement += u", {id}"_s + direction;
    statement.replace(u"{id}"_s, id);
    if (limit >= 0 && !filter.among)
        statement += u" LIMIT %1"_s.arg(limit);
    return statement;
}

// --- a ranked search in parts, at once ------------------------------------------------------
//
// Ranking reads each match's position list and length: for a common word in a million
// decisions that is most of the time a search takes. Split by id into parts, one per
// core, each on a connection of its own, the parts take the time of one. Every part ranks
// with the whole index's figures (how many decisions hold each word, their average
// length), so a decision's score is the one a single query gives it, and the parts merged
// by score (then id, as the query breaks ties) are that query's list.

struct Ranked {
    double score;
    qint64 id;
};

struct Part {
    qint64 first;
    qint64 last;
};

// One part's matches, best first, `among` applied, at most `limit`.
QList<Ranked> rankedPart(sqlite3 *handle, const QString &statement, const Sql &sql,
                         const DecisionFilter &filter, Part part, qsizetype limit) {
    SqliteStatement query(handle, statement);
    int index = 0;
    for (const QVariant &v : sql.values)
        bindValue(query, ++index, v);
    query.bind(++index, part.first);
    query.bind(++index, part.last);
    QList<Ranked> out;
    while ((limit < 0 || out.size() < limit) && query.next()) {
        const qint64 id = sqlite3_column_int64(query.get(), 0);
        if (!filter.among || filter.among->contains(id))
            out.append({sqlite3_column_double(query.get(), 1), id});
    }
    return out;
}

// A part on a read-only connection of its own to the same file (opened as `db` was), in
// the calling thread; nothing when that connection cannot be had or the query fails there
// (the caller then runs the whole query itself).
std::optional<QList<Ranked>> rankedPartApart(const QString &file, const QString &options,
                                             const QString &statement, const Sql &sql,
                                             const DecisionFilter &filter, Part part,
                                             qsizetype limit) {
    OwnConnection connection(u"QSQLITE"_s, u"search-part"_s);
    QSqlDatabase &db = connection.database();
    db.setConnectOptions(OwnConnection::readingOptions(options));
    db.setDatabaseName(file);
    try {
        if (db.open()) {
            sqlite3 *handle = sqliteHandleOf(db);
            registerSearchRank(handle);
            return rankedPart(handle, statement, sql, filter, part, limit);
        }
    } catch (const std::exception &) { // the caller runs the whole query itself
    }
    return std::nullopt;
}

// SQLite's count of changes committed to the file by other connections.
qint64 dataVersion(sqlite3 *handle) {
    SqliteStatement q(handle, u"PRAGMA data_version"_s);
    return q.next() ? sqlite3_column_int64(q.get(), 0) : -1;
}

// Whether a statement of the connection is still being read: it holds the snapshot the
// connection began reading, which another connection would not see.
bool readingSnapshot(sqlite3 *handle) {
    for (sqlite3_stmt *s = sqlite3_next_stmt(handle, nullptr); s; s = sqlite3_next_stmt(handle, s))
        if (sqlite3_stmt_busy(s))
            return true;
    return false;
}

// How a ranked search runs: its parts, and the file's data version when they were drawn.
struct Plan {
    QList<Part> parts;
    qint64 dataVersion = -1;
};

// The parts a ranked search is split into; none when it runs as one query: when it is not
// ranked, the decisions' ids span fewer than `split.from`, only one core would run it, or
// another connection would not see what this one sees (an open transaction, a statement
// still read, a database in memory). The first and the last part are open at their ends:
// a decision added meanwhile, or an index row outside the decisions' ids, is in a part.
Plan partsFor(sqlite3 *handle, const DecisionFilter &filter, DecisionOrder order,
              SearchSplit split) {
    const char *file = sqlite3_db_filename(handle, "main");
    if (order != DecisionOrder::Relevance || filter.text.isEmpty() || split.parts < 2 ||
        !sqlite3_get_autocommit(handle) || !file || !*file || readingSnapshot(handle))
        return {};
    Plan plan{{}, dataVersion(handle)};
    SqliteStatement span(
        handle, u"SELECT (SELECT min(id) FROM decisions), (SELECT max(id) FROM decisions)"_s);
    if (!span.next() || sqlite3_column_type(span.get(), 0) == SQLITE_NULL)
        return {};
    const qint64 first = sqlite3_column_int64(span.get(), 0);
    const qint64 last = sqlite3_column_int64(span.get(), 1);
    if (last - first + 1 < std::max<qint64>(split.from, split.parts))
        return {};
    const qint64 size = (last - first + 1) / split.parts;
    for (int i = 0; i < split.parts; ++i) {
        const qint64 from = first + i * size;
        plan.parts.append(
            {i == 0 ? std::numeric_limits<qint64>::min() : from,
             i == split.parts - 1 ? std::numeric_limits<qint64>::max() : from + size - 1});
    }
    return plan;
}

// The parts' lists merged into one, in the order of a single query, at most `limit`.
QList<qint64> merged(QList<QList<Ranked>> lists, bool descending, qsizetype limit) {
    const auto before = [descending](const Ranked &a, const Ranked &b) {
        return descending ? std::tie(b.score, b.id) < std::tie(a.score, a.id)
                          : std::tie(a.score, a.id) < std::tie(b.score, b.id);
    };
    QList<Ranked> all;
    for (const QList<Ranked> &list : lists) {
        const qsizetype middle = all.size();
        all.append(list);
        std::inplace_merge(all.begin(), all.begin() + middle, all.end(), before);
    }
    if (limit >= 0 && all.size() > limit)
        all.resize(limit);
    QList<qint64> ids;
    ids.reserve(all.size());
    for (const Ranked &r : all)
        ids.append(r.id);
    return ids;
}

// The ranked search in `parts`, the last on `db` and the others at once on connections of
// their own; nothing when a part could not run apart or another connection committed a
// change meanwhile (the parts might then have seen different data).
std::optional<QList<qint64>> inParts(QSqlDatabase &db, const Plan &plan,
                                     const DecisionFilter &filter, const Sql &sql, bool descending,
                                     qsizetype limit) {
    sqlite3 *handle = sqliteHandleOf(db);
    const QString statement = statementFor(filter, sql, DecisionOrder::Relevance, descending, limit,
                                           Engine::Sqlite, true);
    const QList<Part> &parts = plan.parts;
    std::vector<std::future<std::optional<QList<Ranked>>>> others;
    try {
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            others.push_back(std::async(std::launch::async, rankedPartApart, db.databaseName(),
                                        db.connectOptions(), statement, std::cref(sql),
                                        std::cref(filter), parts[i], limit));
        }
    } catch (const std::system_error &) { // no thread to be had: the whole query here
        return std::nullopt;
    }
    QList<QList<Ranked>> lists{rankedPart(handle, statement, sql, filter, parts.last(), limit)};
    bool complete = true;
    for (auto &other : others) {
        std::optional<QList<Ranked>> list = other.get();
        complete = complete && list.has_value();
        if (list)
            lists.append(std::move(*list));
    }
    if (!complete || dataVersion(handle) != plan.dataVersion)
        return std::nullopt;
    return merged(std::move(lists), descending, limit);
}

} // namespace

namespace {

// The query on a team's server: one statement, read through Qt's driver.
QList<qint64> findOnServer(QSqlDatabase &db, const DecisionFilter &filter, DecisionOrder order,
                           bool descending, qsizetype limit) {
    const Sql sql = conditionsOf(filter, Engine::Postgres);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statementFor(filter, sql, order, descending, limit, Engine::Postgres)))
        throw StoreError(query.lastError().text());
    if (order == DecisionOrder::Relevance)
        query.addBindValue(phrasesJson(filter.text));
    for (const QVariant &v : sql.values)
        query.addBindValue(v);
    if (!query.exec())
        throw StoreError(query.lastError().text());
    QList<qint64> ids;
    while ((limit < 0 || ids.size() < limit) && query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (!filter.among || filter.among->contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace

int searchPartsFor(QSqlDatabase &db, const DecisionFilter &filter, DecisionOrder order,
                   SearchSplit split) {
    if (engineOf(db) == Engine::Postgres)
        return 1;
    return std::max<int>(1, int(partsFor(sqliteHandleOf(db), filter, order, split).parts.size()));
}

int SearchSplit::defaultParts() {
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

QList<qint64> findDecisions(QSqlDatabase &db, const DecisionFilter &filter, DecisionOrder order,
                            bool descending, qsizetype limit, SearchSplit split) {
    if (order == DecisionOrder::Relevance && filter.text.isEmpty())
        order = DecisionOrder::Id;
    if (split.ranIn)
        *split.ranIn = 1;
    if (engineOf(db) == Engine::Postgres)
        return findOnServer(db, filter, order, descending, limit);
    const Sql sql = conditionsOf(filter, Engine::Sqlite);
    const Plan plan = partsFor(sqliteHandleOf(db), filter, order, split);
    if (!plan.parts.isEmpty()) {
        if (std::optional<QList<qint64>> ids = inParts(db, plan, filter, sql, descending, limit)) {
            if (split.ranIn)
                *split.ranIn = int(plan.parts.size());
            return *ids;
        }
    }
    SqliteStatement query(sqliteHandleOf(db),
                          statementFor(filter, sql, order, descending, limit, Engine::Sqlite));
    for (qsizetype i = 0; i < sql.values.size(); ++i)
        bindValue(query, int(i) + 1, sql.values[i]);
    QList<qint64> ids;
    while (query.next()) {
        const qint64 id = sqlite3_column_int64(query.get(), 0);
        if (filter.among && !filter.among->contains(id))
            continue;
        ids.append(id);
        if (limit >= 0 && ids.size() >= limit)
            break;
    }
    return ids;
}

} // namespace banatlas
