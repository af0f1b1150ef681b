#include "storage/searchindex.h"

#include "domain/errors.h"
#include "storage/engine.h"
#include "storage/pgschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

const QString kColumns = u"title, summary, sources"_s;

QString insertFromView(const QString &where) {
    return u"INSERT INTO decision_search (rowid, %1) SELECT id, %1 FROM decision_search_text "
           "WHERE %2"_s.arg(kColumns, where);
}

} // namespace

SearchIndex::SearchIndex(QSqlDatabase &db)
    : m_db(engineOf(db) == Engine::Sqlite ? sqliteHandleOf(db) : nullptr)
    , m_server(db) {}

SearchIndex::~SearchIndex() = default;

// On a server, a decision's document: its words as the file's index holds them
// (storage/pgschema.h), written and deleted with the decision.
void SearchIndex::runOnServer(std::unique_ptr<QSqlQuery> &statement, const QString &sql,
                              qint64 id) {
    if (!statement) {
        statement = std::make_unique<QSqlQuery>(m_server);
        if (!statement->prepare(sql))
            throw StoreError(statement->lastError().text());
    }
    statement->addBindValue(id);
    if (!statement->exec())
        throw StoreError(statement->lastError().text());
}

void SearchIndex::add(qint64 id) {
    if (!m_db && m_deferring) {
        m_deferred.insert(id);
        return;
    }
    if (!m_db) {
        runOnServer(m_serverAdd, postgresSearchDocuments(u"d.id = ?"_s), id);
        return;
    }
    if (!m_addOne)
        m_addOne = std::make_unique<SqliteStatement>(m_db, insertFromView(u"id = ?"_s));
    m_addOne->bind(1, id);
    m_addOne->run();
}

QString SearchIndex::sourceText(const Source &s) {
    return s.title + u' ' + s.publisher + u' ' + s.url;
}

QString SearchIndex::insertHeadSql() {
    return u"INSERT INTO decision_search (rowid, %1) VALUES "_s.arg(kColumns);
}

QString SearchIndex::insertRowSql() {
    return u"(?, ?, ?, ?)"_s;
}

void SearchIndex::remove(qint64 id) {
    if (!m_db) {
        m_deferred.remove(id);
        runOnServer(m_serverRemove, u"DELETE FROM decision_search WHERE decision_id = ?"_s, id);
        return;
    }
    if (!m_remove) {
        m_remove = std::make_unique<SqliteStatement>(
            m_db, u"INSERT INTO decision_search (decision_search, rowid, %1) SELECT 'delete', "
                  "id, %1 FROM decision_search_text WHERE id = ?"_s.arg(kColumns));
    }
    m_remove->bind(1, id);
    m_remove->run();
}

void SearchIndex::deferAdds() {
    m_deferring = m_db == nullptr;
    m_deferred.clear();
}

void SearchIndex::writeDeferred() {
    QList<qint64> ids(m_deferred.cbegin(), m_deferred.cend());
    std::sort(ids.begin(), ids.end());
    m_deferring = false;
    m_deferred.clear();
    if (ids.isEmpty())
        return;
    QSqlQuery q(m_server);
    if (!q.prepare(postgresSearchDocuments(u"d.id = ANY(CAST(? AS BIGINT[]))"_s)))
        throw StoreError(q.lastError().text());
    for (qsizetype from = 0; from < ids.size(); from += 1000) {
        QStringList chunk;
        for (qint64 id : ids.mid(from, 1000))
            chunk.append(QString::number(id));
        q.addBindValue(QString(u'{' + chunk.join(u',') + u'}'));
        if (!q.exec())
            throw StoreError(q.lastError().text());
    }
}

void SearchIndex::dropDeferred() {
    m_deferring = false;
    m_deferred.clear();
}

} // namespace banatlas
