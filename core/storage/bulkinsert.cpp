#include "storage/bulkinsert.h"

#include "storage/facts.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// A partial date as stored: its interchange text, or NULL.
QString storedText(const PartialDate &d) {
    return d.isNull() ? QString() : d.toString();
}

// Text for a NOT NULL column: never NULL.
QString notNullText(const QString &s) {
    return s.isNull() ? u""_s : s;
}

} // namespace

BulkInsert::BulkInsert(QSqlDatabase &db)
    : m_decision(sqliteHandleOf(db),
                 u"INSERT INTO decisions (country, measure, announced, effective, ended, "
                 "deadline, title, summary, legal_form, confidence, covers_subsidiaries, id) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
    , m_vendor(sqliteHandleOf(db), u"INSERT INTO decision_vendors (decision_id, vendor_id, "
                                   "position) VALUES (?, ?, ?)"_s)
    , m_scope(sqliteHandleOf(db),
              u"INSERT INTO decision_scopes (decision_id, scope, position) VALUES (?, ?, ?)"_s)
    , m_source(sqliteHandleOf(db),
               u"INSERT INTO sources (position, title, publisher, url, published, accessed, "
               "local_copy, sha256, decision_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
    , m_fact(sqliteHandleOf(db), insertFactSql())
    , m_audit(sqliteHandleOf(db),
              u"INSERT INTO audit_log (at, action, entity, entity_id, import_id) "
              "VALUES (?, 'insert', 'decision', ?, ?)"_s) {}

void BulkInsert::decision(const Decision &d, const QList<qint64> &vendorIds, qint64 importId,
                          const QString &at) {
    m_decision.bind(1, d.country);
    m_decision.bind(2, toId(d.measure));
    m_decision.bind(3, d.announced.toString());
    m_decision.bind(4, storedText(d.effective));
    m_decision.bind(5, storedText(d.ended));
    m_decision.bind(6, storedText(d.deadline));
    m_decision.bind(7, d.title);
    m_decision.bind(8, notNullText(d.summary));
    m_decision.bind(9, d.legalForm ? toId(*d.legalForm) : QString());
    m_decision.bind(10, toId(d.confidence));
    m_decision.bind(11, qint64(d.coversSubsidiaries ? 1 : 0));
    m_decision.bind(12, d.id);
    m_decision.run();
    for (qsizetype i = 0; i < vendorIds.size(); ++i) {
        m_vendor.bind(1, d.id);
        m_vendor.bind(2, vendorIds[i]);
        m_vendor.bind(3, qint64(i));
        m_vendor.run();
    }
    bindFact(m_fact, d, vendorIds);
    m_fact.run();
    for (qsizetype i = 0; i < d.scopes.size(); ++i) {
        m_scope.bind(1, d.id);
        m_scope.bind(2, toId(d.scopes[i]));
        m_scope.bind(3, qint64(i));
        m_scope.run();
    }
    sources(d);
    m_audit.bind(1, at);
    m_audit.bind(2, QString::number(d.id));
    m_audit.bind(3, importId);
    m_audit.run();
}

void BulkInsert::sources(const Decision &d) {
    for (qsizetype i = 0; i < d.sources.size(); ++i) {
        const Source &s = d.sources[i];
        m_source.bind(1, qint64(i));
        m_source.bind(2, notNullText(s.title));
        m_source.bind(3, notNullText(s.publisher));
        m_source.bind(4, notNullText(s.url));
        m_source.bind(5, storedText(s.published));
        m_source.bind(6, storedText(s.accessed));
        m_source.bind(7, notNullText(s.localCopy));
        m_source.bind(8, notNullText(s.sha256));
        m_source.bind(9, d.id);
        m_source.run();
    }
}

} // namespace banatlas
