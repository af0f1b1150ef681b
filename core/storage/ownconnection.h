#pragma once

#include <QSqlDatabase>
#include <QString>

namespace banatlas {

// A database connection of its own (a check, a probe, a part of a search, a server), under
// a name no other connection has, closed and forgotten by Qt when it goes. Qt forgets a
// connection only when no copy of its handle is left: copies of `database()` must not
// outlive this object.
class OwnConnection final {
public:
    // A connection of `driver` ("QSQLITE", "QPSQL"), not yet open; `purpose` names it.
    OwnConnection(const QString &driver, const QString &purpose);
    ~OwnConnection();
    OwnConnection(const OwnConnection &) = delete;
    OwnConnection &operator=(const OwnConnection &) = delete;

    QSqlDatabase &database() { return m_db; }

    // A store's connect options (Store::connectionOptions) for a connection that only
    // reads the same file: its own options when it has any (a read-only or immutable
    // open), else read-only.
    static QString readingOptions(const QString &storeOptions);

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace banatlas
