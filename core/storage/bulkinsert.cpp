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

MultiRowInsert::MultiRowInsert(sqlite3 *db, QString head, QString row)
    : m_db(db)
    , m_head(std::move(head))
    , m_row(std::move(row)) {}

SqliteStatement &MultiRowInsert::forRows(qsizetype rows) {
    std::unique_ptr<SqliteStatement> &statement = m_byRows[rows];
    if (!statement) {
        QString sql = m_head + m_row;
        for (qsizetype i = 1; i < rows; ++i)
            sql += u", "_s + m_row;
        statement = std::make_unique<SqliteStatement>(m_db, sql);
    }
    return *statement;
}

BulkInsert::BulkInsert(QSqlDatabase &db)
    : m_decision(sqliteHandleOf(db),
                 u"INSERT INTO decisions (country, measure, announced, effective, ended, "
                 "deadline, title, summary, legal_form, confidence, covers_subsidiaries, id) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
    , m_vendors(sqliteHandleOf(db),
                u"INSERT INTO decision_vendors (decision_id, vendor_id, position) VALUES "_s,
                u"(?, ?, ?)"_s)
    , m_scopes(sqliteHandleOf(db),
               u"INSERT INTO decision_scopes (decision_id, scope, position) VALUES "_s,
               u"(?, ?, ?)"_s)
    , m_sources(sqliteHandleOf(db),
                u"INSERT INTO sources (position, title, publisher, url, published, accessed, "
                "local_copy, sha256, decision_id) VALUES "_s,
                u"(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
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
    if (!vendorIds.isEmpty()) {
        SqliteStatement &vendors = m_vendors.forRows(vendorIds.size());
        for (int i = 0; i < int(vendorIds.size()); ++i) {
            vendors.bind(3 * i + 1, d.id);
            vendors.bind(3 * i + 2, vendorIds[i]);
            vendors.bind(3 * i + 3, qint64(i));
        }
        vendors.run();
    }
    bindFact(m_fact, d, vendorIds);
    m_fact.run();
    if (!d.scopes.isEmpty()) {
        SqliteStatement &scopes = m_scopes.forRows(d.scopes.size());
        for (int i = 0; i < int(d.scopes.size()); ++i) {
            scopes.bind(3 * i + 1, d.id);
            scopes.bind(3 * i + 2, toId(d.scopes[i]));
            scopes.bind(3 * i + 3, qint64(i));
        }
        scopes.run();
    }
    sources(d);
    m_audit.bind(1, at);
    m_audit.bind(2, QString::number(d.id));
    m_audit.bind(3, importId);
    m_audit.run();
}

void BulkInsert::sources(const Decision &d) {
    if (d.sources.isEmpty())
        return;
    SqliteStatement &insert = m_sources.forRows(d.sources.size());
    for (int i = 0; i < int(d.sources.size()); ++i) {
        const Source &s = d.sources[i];
        const int at = 9 * i;
        insert.bind(at + 1, qint64(i));
        insert.bind(at + 2, notNullText(s.title));
        insert.bind(at + 3, notNullText(s.publisher));
        insert.bind(at + 4, notNullText(s.url));
        insert.bind(at + 5, storedText(s.published));
        insert.bind(at + 6, storedText(s.accessed));
        insert.bind(at + 7, notNullText(s.localCopy));
        insert.bind(at + 8, notNullText(s.sha256));
        insert.bind(at + 9, d.id);
    }
    insert.run();
}

} // namespace banatlas
