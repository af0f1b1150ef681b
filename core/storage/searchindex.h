#pragma once

#include "domain/entities.h"
#include "storage/sqliteapi.h"

#include <QSet>
#include <QSqlDatabase>
#include <QtGlobal>

#include <memory>

class QSqlQuery;

namespace banatlas {

// The full-text index of the decisions (schema 8): the FTS5 table `decision_search` of three
// columns (title, summary, sources: each source's title, publisher and URL), whose text is
// read from the view `decision_search_text` rather than stored twice. Such an index must be
// told of every change with the text it indexed: `remove` reads it from the view *before*
// a decision or its sources change or go, `add` after they are written, both in the
// store's transaction, so the index cannot drift from the decisions (tests compare them
// with FTS5's own integrity-check). On a team's server the index is a table of documents
// (`tsvector`, storage/pgschema.h): `remove` deletes a decision's, `add` writes it anew.
class SearchIndex final {
public:
    explicit SearchIndex(QSqlDatabase &db);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Indexes decision `id` as stored now (its sources written).
    void add(qint64 id);
    // Takes decision `id` out of the index, as it is stored now (before it changes).
    void remove(qint64 id);

    // On a server, during an import: adds wait, to be written together by
    // writeDeferred (one statement per thousand decisions, not one per decision) before
    // the import's transaction commits; dropDeferred forgets them (a rollback).
    void deferAdds();
    void writeDeferred();
    void dropDeferred();

    // The text of a source as the view gives it (an import writes new decisions' text
    // from memory, which must be what the view reads back: tst_search checks it).
    static QString sourceText(const Source &s);
    // The statement of an import's rows ("INSERT … VALUES "), and one row's parameters:
    // id, title, summary, sources.
    static QString insertHeadSql();
    static QString insertRowSql();

private:
    void runOnServer(std::unique_ptr<QSqlQuery> &statement, const QString &sql, qint64 id);

    sqlite3 *m_db; // a file's; null on a server
    QSqlDatabase m_server;
    std::unique_ptr<QSqlQuery> m_serverAdd;
    std::unique_ptr<QSqlQuery> m_serverRemove;
    std::unique_ptr<SqliteStatement> m_addOne;
    std::unique_ptr<SqliteStatement> m_remove;
    bool m_deferring = false;
    QSet<qint64> m_deferred;
};

} // namespace banatlas
