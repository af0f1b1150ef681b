#include "storage/serverbulkinsert.h"

#include "domain/errors.h"
#include "domain/types.h"
#include "storage/facts.h"
#include "storage/jsonrows.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

struct ServerBulkText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Store)
};

// A partial date as stored, or NULL.
void dateOrNull(JsonRows &rows, const PartialDate &d) {
    if (d.isNull())
        rows.null();
    else
        rows.text(d.toString());
}

// Runs the statement `sql` with `values` bound in order. Throws StoreError.
void run(const QSqlDatabase &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw StoreError(ServerBulkText::tr("database error: %1").arg(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw StoreError(ServerBulkText::tr("database error: %1").arg(q.lastError().text()));
}

// Runs `sql`, whose last parameter is `rows` as JSON (an array of arrays: each row's
// values in the order of the statement's columns), after `before`.
void insertRows(const QSqlDatabase &db, const QString &sql, JsonRows &rows,
                QVariantList before = {}) {
    if (rows.isEmpty())
        return;
    before.append(rows.take());
    run(db, sql, before);
}

// The rows of a JSON array of arrays, as the record `columns` ("a bigint, b text").
QString rowsOf(const QString &columns) {
    // Each element of the outer array is a row; ->> takes its values as text, cast back
    // (on jsonb, which is parsed once: on json each ->> would read the row again).
    QStringList casts;
    const QStringList parts = columns.split(u", "_s);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString type = parts[i].section(u' ', 1);
        casts.append(u"CAST(r->>%1 AS %2)"_s.arg(i).arg(type));
    }
    return u"SELECT "_s + casts.join(u", "_s) +
           u" FROM jsonb_array_elements(CAST(? AS jsonb)) WITH ORDINALITY AS e(r, n) ORDER BY n"_s;
}

} // namespace

ServerBulkInsert::ServerBulkInsert(const QSqlDatabase &db, qint64 importId, QString at)
    : m_db(db)
    , m_importId(importId)
    , m_at(std::move(at)) {
    m_pending.reserve(kBatch);
}

void ServerBulkInsert::decision(const Decision &d, const QList<qint64> &vendorIds) {
    m_pending.push_back({d, vendorIds});
    m_ids.insert(d.id);
    if (m_pending.size() >= std::size_t(kBatch))
        flush();
}

void ServerBulkInsert::flush() {
    if (m_pending.empty())
        return;
    writeDecisions(); // first: the rest refers to them
    writeParts();
    writeFactsAndAudit();
    m_pending.clear();
    m_ids.clear();
}

void ServerBulkInsert::writeDecisions() {
    JsonRows rows;
    qint64 largest = 0;
    for (const Pending &p : m_pending) {
        const Decision &d = p.decision;
        largest = std::max(largest, d.id);
        rows.row().number(d.id).text(d.country).text(toId(d.measure)).text(d.announced.toString());
        dateOrNull(rows, d.effective);
        dateOrNull(rows, d.ended);
        dateOrNull(rows, d.deadline);
        rows.text(d.title).text(d.summary);
        if (d.legalForm)
            rows.text(toId(*d.legalForm));
        else
            rows.null();
        rows.text(toId(d.confidence)).number(d.coversSubsidiaries ? 1 : 0);
    }
    insertRows(m_db,
               u"INSERT INTO decisions (id, country, measure, announced, effective, ended, "
               "deadline, title, summary, legal_form, confidence, covers_subsidiaries) "_s +
                   rowsOf(u"id bigint, country text, measure text, announced text, effective "
                          "text, ended text, deadline text, title text, summary text, "
                          "legal_form text, confidence text, covers_subsidiaries integer"_s),
               rows);
    // Ids the file gave: the table's identity continues after them.
    run(m_db,
        u"SELECT setval(s, greatest(?, coalesce(pg_sequence_last_value(s), 0))) FROM "
        "(SELECT CAST(pg_get_serial_sequence('decisions', 'id') AS regclass) AS s) x"_s,
        {largest});
}

void ServerBulkInsert::writeParts() {
    JsonRows vendors, scopes, sources;
    for (const Pending &p : m_pending) {
        const qint64 id = p.decision.id;
        for (qsizetype i = 0; i < p.vendorIds.size(); ++i)
            vendors.row().number(id).number(p.vendorIds[i]).number(i);
        for (qsizetype i = 0; i < p.decision.scopes.size(); ++i)
            scopes.row().number(id).text(toId(p.decision.scopes[i])).number(i);
        for (qsizetype i = 0; i < p.decision.sources.size(); ++i) {
            const Source &s = p.decision.sources[i];
            sources.row().number(id).number(i).text(s.title).text(s.publisher).text(s.url);
            dateOrNull(sources, s.published);
            dateOrNull(sources, s.accessed);
            sources.text(s.localCopy).text(s.sha256);
        }
    }
    insertRows(m_db,
               u"INSERT INTO decision_vendors (decision_id, vendor_id, position) "_s +
                   rowsOf(u"d bigint, v bigint, p integer"_s),
               vendors);
    insertRows(m_db,
               u"INSERT INTO decision_scopes (decision_id, scope, position) "_s +
                   rowsOf(u"d bigint, s text, p integer"_s),
               scopes);
    // In the order given (ORDER BY the rows' ordinal): a source's id gives a decision's
    // sources their order.
    insertRows(m_db,
               u"INSERT INTO sources (decision_id, position, title, publisher, url, published, "
               "accessed, local_copy, sha256) "_s +
                   rowsOf(u"d bigint, p integer, t text, pub text, u text, pd text, a text, "
                          "l text, h text"_s),
               sources);
}

void ServerBulkInsert::writeFactsAndAudit() {
    JsonRows facts, ids;
    for (const Pending &p : m_pending) {
        const Decision &d = p.decision;
        facts.row()
            .text(d.country)
            .number(d.announced.key())
            .number(d.id)
            .text(toId(d.measure))
            .number(d.effectiveOrAnnounced().key())
            .number(d.ended.key())
            .number(d.deadline.key())
            .number(d.coversSubsidiaries ? 1 : 0)
            .text(vendorIdList(p.vendorIds));
        ids.row().number(d.id);
    }
    insertRows(m_db,
               u"INSERT INTO decision_facts (country, announced, decision_id, measure, "
               "effective, ended, deadline, covers_subsidiaries, vendor_ids) "_s +
                   rowsOf(u"c text, a bigint, d bigint, m text, e bigint, n bigint, l bigint, "
                          "s integer, v text"_s),
               facts);
    // A compact audit row each, pointing at the import's entry (who and where: the
    // server's trigger writes them).
    insertRows(m_db,
               u"INSERT INTO audit_log (at, action, entity, entity_id, import_id) "
               "SELECT ?, 'insert', 'decision', r->>0, ? "
               "FROM jsonb_array_elements(CAST(? AS jsonb)) AS r"_s,
               ids, {m_at, m_importId});
}

} // namespace banatlas
