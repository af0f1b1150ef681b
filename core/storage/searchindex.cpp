#include "storage/searchindex.h"

#include "domain/errors.h"
#include "storage/engine.h"
#include "storage/pgschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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

} // namespace banatlas
