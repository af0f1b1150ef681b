#include "storage/decisionquery.h"

#include "domain/partialdate.h"
#include "storage/sqliteapi.h"

#include <QSqlDatabase>

#include <sqlite3.h>

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

QString orderColumn(DecisionOrder order) {
    switch (order) {
    case DecisionOrder::Relevance:
        // Title words count most, then the sources' (titles, publishers, addresses), then
        // the summary.
        return u"bm25(decision_search, 8.0, 2.0, 3.0)"_s;
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
        return u"(SELECT v.name FROM decision_vendors dv JOIN vendors v ON v.id = dv.vendor_id "
               "WHERE dv.decision_id = {id} ORDER BY dv.position LIMIT 1) COLLATE NOCASE"_s;
    case DecisionOrder::Scope:
        return u"(SELECT group_concat(scope) FROM decision_scopes s WHERE s.decision_id = {id})"_s;
    case DecisionOrder::Confidence:
        return u"CASE d.confidence WHEN 'official' THEN 0 WHEN 'multiple_sources' THEN 1 "
               "ELSE 2 END"_s;
    case DecisionOrder::Title:
        return u"d.title COLLATE NOCASE"_s;
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

// Every condition of `filter` (but `among`, which the caller applies), with its values.
Sql conditionsOf(const DecisionFilter &filter) {
    Sql sql;
    if (!filter.text.isEmpty())
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
std::pair<QString, QString> tablesFor(const DecisionFilter &filter, DecisionOrder order) {
    const bool decisions = readsDecisions(filter, order);
    QString from;
    QString id;
    if (!filter.text.isEmpty()) {
        from = u"decision_search"_s;
        id = u"decision_search.rowid"_s;
        if (decisions)
            from += u" JOIN decisions d ON d.id = decision_search.rowid"_s;
        if (readsFacts(filter, order))
            from += u" JOIN decision_facts f ON f.decision_id = decision_search.rowid"_s;
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

QString statementFor(const DecisionFilter &filter, const Sql &sql, DecisionOrder order,
                     bool descending, qsizetype limit) {
    const auto [from, id] = tablesFor(filter, order);
    QString statement = u"SELECT {id} FROM "_s + from;
    if (!sql.where.isEmpty())
        statement += u" WHERE "_s + sql.where.join(u" AND "_s);
    const QString direction = descending ? u" DESC"_s : QString();
    statement += u" ORDER BY "_s + orderColumn(order) + direction;
    if (order != DecisionOrder::Id)
        statement += u", {id}"_s + direction;
    statement.replace(u"{id}"_s, id);
    if (limit >= 0 && !filter.among)
        statement += u" LIMIT %1"_s.arg(limit);
    return statement;
}

} // namespace

QList<qint64> findDecisions(QSqlDatabase &db, const DecisionFilter &filter, DecisionOrder order,
                            bool descending, qsizetype limit) {
    if (order == DecisionOrder::Relevance && filter.text.isEmpty())
        order = DecisionOrder::Id;
    const Sql sql = conditionsOf(filter);
    SqliteStatement query(sqliteHandleOf(db), statementFor(filter, sql, order, descending, limit));
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
