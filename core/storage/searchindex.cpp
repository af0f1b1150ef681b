#include "storage/searchindex.h"

#include <QSqlDatabase>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

const QString kColumns = u"title, summary, source_titles, publishers, urls"_s;

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

SqliteStatement &SearchIndex::addIn(qsizetype count) {
    std::unique_ptr<SqliteStatement> &statement = m_addIn[count];
    if (!statement) {
        QString marks = u"?"_s;
        for (qsizetype i = 1; i < count; ++i)
            marks += u", ?"_s;
        statement =
            std::make_unique<SqliteStatement>(m_db, insertFromView(u"id IN (%1)"_s.arg(marks)));
    }
    return *statement;
}

void SearchIndex::add(const std::vector<qint64> &ids) {
    if (ids.empty())
        return;
    const auto [low, high] = std::minmax_element(ids.begin(), ids.end());
    // New decisions come with consecutive ids, most often: then a range of the primary key
    // (ids are distinct, so a range as long as the list holds exactly them).
    if (*high - *low + 1 == qint64(ids.size())) {
        if (!m_addRange) {
            m_addRange =
                std::make_unique<SqliteStatement>(m_db, insertFromView(u"id BETWEEN ? AND ?"_s));
        }
        m_addRange->bind(1, *low);
        m_addRange->bind(2, *high);
        m_addRange->run();
        return;
    }
    SqliteStatement &in = addIn(qsizetype(ids.size()));
    for (std::size_t i = 0; i < ids.size(); ++i)
        in.bind(int(i) + 1, ids[i]);
    in.run();
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
