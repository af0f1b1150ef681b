#include "storage/bulkinsert.h"

#include "storage/facts.h"
#include "storage/searchindex.h"

#include <QSqlDatabase>

#include <algorithm>

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

namespace {

// Writes `rows` rows through `insert`, BulkInsert::kBatch at a time; `bind(statement,
// first, row)` binds row `row`'s parameters from `first` on.
template <typename Bind>
void writeRows(MultiRowInsert &insert, int perRow, qsizetype rows, const Bind &bind,
               qsizetype chunk = BulkInsert::kBatch) {
    for (qsizetype start = 0; start < rows; start += chunk) {
        const qsizetype n = std::min<qsizetype>(chunk, rows - start);
        SqliteStatement &statement = insert.forRows(n);
        for (qsizetype r = 0; r < n; ++r)
            bind(statement, int(r) * perRow + 1, start + r);
        statement.run();
    }
}

// A row of a decision's list (its vendors, its scopes): the decision, the value, its place.
template <typename T> struct ListRow {
    qint64 decision;
    T value;
    qint64 position;
};

template <typename T>
void writeListRows(MultiRowInsert &insert, const std::vector<ListRow<T>> &rows) {
    writeRows(insert, 3, qsizetype(rows.size()),
              [&rows](SqliteStatement &s, int at, qsizetype row) {
                  const ListRow<T> &r = rows[std::size_t(row)];
                  s.bind(at, r.decision);
                  s.bind(at + 1, r.value);
                  s.bind(at + 2, r.position);
              });
}

} // namespace

BulkInsert::BulkInsert(QSqlDatabase &db, qint64 importId, QString at)
    : m_importId(importId)
    , m_at(std::move(at))
    , m_decisions(sqliteHandleOf(db),
                  u"INSERT INTO decisions (country, measure, announced, effective, ended, "
                  "deadline, title, summary, legal_form, confidence, covers_subsidiaries, id) "
                  "VALUES "_s,
                  u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
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
    , m_facts(sqliteHandleOf(db), factHeadSql(), factRowSql())
    , m_audit(sqliteHandleOf(db),
              u"INSERT INTO audit_log (at, action, entity, entity_id, import_id) VALUES "_s,
              u"(?, 'insert', 'decision', ?, ?)"_s)
    , m_search(sqliteHandleOf(db), SearchIndex::insertHeadSql(), SearchIndex::insertRowSql()) {
    m_pending.reserve(kBatch);
}

void BulkInsert::decision(const Decision &d, const QList<qint64> &vendorIds) {
    m_pending.push_back({d, vendorIds});
    if (m_pending.size() >= std::size_t(kBatch))
        writeBatch();
}

bool BulkInsert::holds(qint64 id) const {
    return std::any_of(m_pending.begin(), m_pending.end(),
                       [id](const Pending &p) { return p.decision.id == id; });
}

void BulkInsert::flush() {
    writeBatch();
    writeSearchRows();
}

void BulkInsert::writeBatch() {
    if (m_pending.empty())
        return;
    // The decisions first: the rest refers to them.
    writeDecisions();
    writeVendors();
    writeFacts();
    writeScopes();
    writeSources();
    queueSearchRows();
    writeAudit();
    m_pending.clear();
    if (m_searchRows.size() >= std::size_t(kSearchBatch))
        writeSearchRows();
}

void BulkInsert::writeDecisions() {
    writeRows(m_decisions, 12, qsizetype(m_pending.size()),
              [this](SqliteStatement &s, int at, qsizetype row) {
                  const Decision &d = m_pending[std::size_t(row)].decision;
                  s.bind(at, d.country);
                  s.bind(at + 1, toId(d.measure));
                  s.bind(at + 2, d.announced.toString());
                  s.bind(at + 3, storedText(d.effective));
                  s.bind(at + 4, storedText(d.ended));
                  s.bind(at + 5, storedText(d.deadline));
                  s.bind(at + 6, d.title);
                  s.bind(at + 7, notNullText(d.summary));
                  s.bind(at + 8, d.legalForm ? toId(*d.legalForm) : QString());
                  s.bind(at + 9, toId(d.confidence));
                  s.bind(at + 10, qint64(d.coversSubsidiaries ? 1 : 0));
                  s.bind(at + 11, d.id);
              });
}

void BulkInsert::writeVendors() {
    std::vector<ListRow<qint64>> rows;
    for (const Pending &p : m_pending) {
        for (qsizetype i = 0; i < p.vendorIds.size(); ++i)
            rows.push_back({p.decision.id, p.vendorIds[i], qint64(i)});
    }
    writeListRows(m_vendors, rows);
}

void BulkInsert::writeFacts() {
    writeRows(m_facts, 9, qsizetype(m_pending.size()),
              [this](SqliteStatement &s, int at, qsizetype row) {
                  const Pending &p = m_pending[std::size_t(row)];
                  bindFact(s, p.decision, p.vendorIds, at);
              });
}

void BulkInsert::writeScopes() {
    std::vector<ListRow<QString>> rows;
    for (const Pending &p : m_pending) {
        for (qsizetype i = 0; i < p.decision.scopes.size(); ++i)
            rows.push_back({p.decision.id, toId(p.decision.scopes[i]), qint64(i)});
    }
    writeListRows(m_scopes, rows);
}

void BulkInsert::writeSources() {
    struct Row {
        const Source *source;
        qint64 decision;
        qint64 position;
    };
    std::vector<Row> rows;
    for (const Pending &p : m_pending) {
        for (qsizetype i = 0; i < p.decision.sources.size(); ++i)
            rows.push_back({&p.decision.sources[i], p.decision.id, qint64(i)});
    }
    writeRows(m_sources, 9, qsizetype(rows.size()),
              [&rows](SqliteStatement &s, int at, qsizetype row) {
                  const Row &r = rows[std::size_t(row)];
                  s.bind(at, r.position);
                  s.bind(at + 1, notNullText(r.source->title));
                  s.bind(at + 2, notNullText(r.source->publisher));
                  s.bind(at + 3, notNullText(r.source->url));
                  s.bind(at + 4, storedText(r.source->published));
                  s.bind(at + 5, storedText(r.source->accessed));
                  s.bind(at + 6, notNullText(r.source->localCopy));
                  s.bind(at + 7, notNullText(r.source->sha256));
                  s.bind(at + 8, r.decision);
              });
}

// The full-text index's rows of the batch, from the decisions in memory: the text the
// index's view reads back from the rows just written (SearchIndex::sourceText; sources in
// the order of their ids, which is their order here), without reading it.
void BulkInsert::queueSearchRows() {
    for (const Pending &p : m_pending) {
        QStringList sources;
        for (const Source &source : p.decision.sources)
            sources.append(SearchIndex::sourceText(source));
        m_searchRows.push_back(
            {p.decision.id, p.decision.title, notNullText(p.decision.summary), sources.join(u' ')});
    }
}

// FTS5 writes what it holds in memory to a new segment of the index at the end of every
// statement that changes it (SQLite 3.40): rows a few at a time make a great many small
// segments to merge again, which cost more than the rest of an import. So the index's
// rows wait for kSearchBatch decisions.
void BulkInsert::writeSearchRows() {
    writeRows(
        m_search, 4, qsizetype(m_searchRows.size()),
        [this](SqliteStatement &s, int at, qsizetype row) {
            const SearchRow &r = m_searchRows[std::size_t(row)];
            s.bind(at, r.id);
            s.bind(at + 1, r.title);
            s.bind(at + 2, r.summary);
            s.bind(at + 3, r.sources);
        },
        kSearchBatch);
    m_searchRows.clear();
}

void BulkInsert::writeAudit() {
    writeRows(m_audit, 3, qsizetype(m_pending.size()),
              [this](SqliteStatement &s, int at, qsizetype row) {
                  s.bind(at, m_at);
                  s.bind(at + 1, QString::number(m_pending[std::size_t(row)].decision.id));
                  s.bind(at + 2, m_importId);
              });
}

} // namespace banatlas
