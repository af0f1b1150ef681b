#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QSqlDatabase;

namespace banatlas {

// A team database on a PostgreSQL server, named as libpq names one:
//   postgresql://[user@][host][:port][,...][/database][?keyword=value&...]
// ("postgres://" too). libpq itself reads the address (PQconninfoParse), so what it
// accepts, and what it means, is exactly what psql and pg_dump take.
struct ServerAddress {
    QString host;     // names or addresses, comma-separated, or a folder of Unix sockets;
                      // empty: libpq's default (PGHOST, else the local socket)
    QString port;     // empty: libpq's default (PGPORT, else 5432); one per host
    QString database; // empty: libpq's default (PGDATABASE, else the user's name)
    QString user;     // empty: libpq's default (PGUSER, else the login name)
    QList<std::pair<QString, QString>> options; // every other keyword given (sslmode, ...)

    // The TLS mode asked for; empty: libpq's default ("prefer", or PGSSLMODE).
    QString sslMode() const;
    // What titles and recent connections show: "user@host:port/database" with only the
    // parts given. Never a secret: an address holds none (parseServerAddress).
    QString displayName() const;
    // The account libpq would connect as now: "user@host:port/database", the parts the
    // address leaves out filled as libpq fills them (PQconndefaults: PGHOST, PGHOSTADDR,
    // PGPORT, PGUSER, PGDATABASE, the login name; "[local]" for its own socket), and a
    // service named (service=, or PGSERVICE): a service file is not read here, so what it
    // fills is not seen, only the service's name. A password is asked for, and kept in
    // the desktop keyring, under it: a password kept is not offered to another server or
    // user because PGHOST or PGUSER changed. Connection errors name it too.
    QString account() const;
    // The whole address as libpq's "keyword=value" pairs, quoted as libpq reads them and
    // separated by ';', the form Qt's PostgreSQL driver takes as connect options; with
    // timeouts (connecting, keepalives) where the address gives none.
    QString connectOptions() const;
    // The address as a URI that parseServerAddress reads back to the same parts: what the
    // command line's --db takes and recent connections keep. Every part is percent-encoded
    // (a folder of sockets as host included); several hosts go as parameters.
    QString uri() const;
};

// Asks the user for the password of `account` (ServerAddress::account: "ann@host:5432/
// database", as libpq resolves the address now) when the server wants
// one that ~/.pgpass (or PGPASSFILE) does not hold; nothing when the user gives none. The
// password is kept only while the connection is made.
using AskPassword = std::function<std::optional<QString>(const QString &account)>;

// Opens `db` (a connection of Qt's QPSQL driver, not yet open) to the server at `address`,
// asking for a password once when the server wants one and ~/.pgpass has none (libpq
// decides, not its translated words). The password is not kept. Throws StoreError, and
// PasswordError when the connection with the password given failed.
void connectToServer(QSqlDatabase &db, const ServerAddress &address, const AskPassword &ask);

// Whether `text` names a server rather than a file: it begins with "postgresql://" or
// "postgres://" (a file path never does).
bool isServerAddress(const QString &text);

// The address `uri` gives. Throws StoreError with libpq's own words when it is not one,
// and when it holds a password (or the key's, sslpassword): an address is seen in the
// process list, in the shell's history and among recent files. The password comes from
// ~/.pgpass (or PGPASSFILE), or is asked for.
ServerAddress parseServerAddress(const QString &uri);

} // namespace banatlas
