#include "storage/sqliteapi.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

struct SqliteText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Store)
};

} // namespace

bool configureSqliteForProcess() {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}

sqlite3 *sqliteHandleOf(QSqlDatabase &db) {
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        throw StoreError(SqliteText::tr("%1: not an SQLite connection").arg(db.databaseName()));
    sqlite3 *handle = *static_cast<sqlite3 *const *>(v.data());
    if (!handle)
        throw StoreError(SqliteText::tr("%1: the database is not open").arg(db.databaseName()));
    return handle;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db) {
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK)
        fail();
    m_texts.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)) + 1);
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text) {
    if (text.isNull() || index < 1 || index >= int(m_texts.size())) {
        sqlite3_bind_null(m_statement, index); // out of range: SQLITE_RANGE, as before
        return;
    }
    // As UTF-8, which the database keeps (Qt's conversion is quicker than SQLite's), into
    // a buffer the statement keeps for this parameter: SQLite reads it in place
    // (SQLITE_STATIC) until the parameter is bound again, without a copy of its own.
    QByteArray &buffer = m_texts[std::size_t(index)];
    buffer.resize(m_encoder.requiredSpace(text.size()));
    char *end = m_encoder.appendToBuffer(buffer.data(), text);
    const int size = int(end - buffer.constData());
    // A statement stepped and not reset refuses a binding (SQLITE_MISUSE) and would keep
    // its old pointer into this buffer, now rewritten: reset it and bind again.
    if (sqlite3_bind_text(m_statement, index, buffer.constData(), size, SQLITE_STATIC) ==
        SQLITE_MISUSE) {
        sqlite3_reset(m_statement);
        sqlite3_bind_text(m_statement, index, buffer.constData(), size, SQLITE_STATIC);
    }
}

void SqliteStatement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::run() {
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail();
}

bool SqliteStatement::next() {
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    return false;
}

void SqliteStatement::fail() const {
    throw StoreError(
        SqliteText::tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
}

} // namespace banatlas
