#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

#include <memory>
#include <vector>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace banatlas {

// SQLite's own API on the connection Qt's driver opened (the same libsqlite3): for the
// online backup, and where millions of rows make a QVariant per value too slow (reading
// the narrow index, writing an import).

// Called first thing in main, before SQLite starts: SQLite then keeps no memory statistics
// (it counts every allocation under a process-wide lock; nothing here reads them). False
// when SQLite has already started, which changes nothing but speed.
bool configureSqliteForProcess();

// The connection's handle. Throws StoreError when it is not an open SQLite connection.
sqlite3 *sqliteHandleOf(QSqlDatabase &db);

// One prepared statement, reused: bind, step, and it is reset for the next row.
class SqliteStatement final {
public:
    SqliteStatement(sqlite3 *db, const QString &sql); // throws StoreError
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters count from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, const QString &text); // a null QString binds NULL
    void bindNull(int index);
    // Runs a statement that returns no rows, then resets it. Throws StoreError.
    void run();
    // Steps a query: true while there is a row. Throws StoreError.
    bool next();
    sqlite3_stmt *get() const { return m_statement; }

private:
    [[noreturn]] void fail() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_texts; // the UTF-8 bound to each parameter (from 1)
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace banatlas
