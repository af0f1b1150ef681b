#include "storage/searchindex.h"

#include <QSqlDatabase>

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
    : m_db(sqliteHandleOf(db)) {}

SearchIndex::~SearchIndex() = default;

void SearchIndex::add(qint64 id) {
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
    if (!m_remove) {
        m_remove = std::make_unique<SqliteStatement>(
            m_db, u"INSERT INTO decision_search (decision_search, rowid, %1) SELECT 'delete', "
                  "id, %1 FROM decision_search_text WHERE id = ?"_s.arg(kColumns));
    }
    m_remove->bind(1, id);
    m_remove->run();
}

} // namespace banatlas
