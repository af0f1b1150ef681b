#include "storage/engine.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace banatlas {

Engine engineOf(const QSqlDatabase &db) {
    return db.driverName() == u"QPSQL"_s ? Engine::Postgres : Engine::Sqlite;
}

QString caseless(Engine engine, const QString &expression) {
    if (engine == Engine::Sqlite)
        return expression + u" COLLATE NOCASE"_s;
    // PostgreSQL's lower() in the C collation folds A-Z only, as NOCASE does.
    return u"lower((%1) COLLATE \"C\")"_s.arg(expression);
}

QString joinedList(Engine engine, const QString &expression) {
    if (engine == Engine::Sqlite)
        return u"group_concat(%1)"_s.arg(expression);
    return u"string_agg(%1, ',')"_s.arg(expression);
}

QString idsInJson(Engine engine) {
    if (engine == Engine::Sqlite)
        return u"SELECT value FROM json_each(?)"_s;
    return u"SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json))"_s;
}

QString beginWriting(Engine engine) {
    return engine == Engine::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

} // namespace banatlas
