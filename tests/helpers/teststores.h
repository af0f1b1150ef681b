#pragma once

// The engine the store tests run on. A test that opens its stores through TestDatabases
// runs on files; its CTest twin "<test>_postgresql" (tests/CMakeLists.txt:
// banatlas_add_engine_test) runs the same code with BANATLAS_TEST_ENGINE=postgresql, and
// every store is then a team database on a throwaway PostgreSQL server, which the test
// program starts on first use (tests/helpers/pgserver.h) and stops when it ends. A server
// that cannot start stops the program with its reasons: the test fails, it is never
// skipped.

#include "interchange/database.h"
#include "pgserver.h"
#include "storage/ownconnection.h"
#include "storage/serveraddress.h"
#include "storage/store.h"
#include "storage/teamserver.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtGlobal>

#include <memory>

namespace banatlas::testing {

inline Engine testEngine() {
    return qEnvironmentVariable("BANATLAS_TEST_ENGINE") == u"postgresql"_s ? Engine::Postgres
                                                                           : Engine::Sqlite;
}

inline bool onServer() {
    return testEngine() == Engine::Postgres;
}

class TestDatabases {
public:
    TestDatabases() = default;
    TestDatabases(const TestDatabases &) = delete;
    TestDatabases &operator=(const TestDatabases &) = delete;

    // The path or address of a new database, `name` (a plain word) telling it apart within
    // the test. A file is not made yet (a Store opened on it creates it); on a server the
    // team database is set up now, holding the reference data and, with Seed::Bundled, the
    // bundled dataset (as `banatlas team init` makes it).
    QString create(const QString &name, Seed seed = Seed::None) {
        const QString unique = u"%1_%2"_s.arg(name).arg(++m_counter);
        if (!onServer())
            return m_dir.filePath(unique + u".banatlas"_s);
        const QString address = server().address(u"postgres"_s, unique.toLower());
        setUpTeamDatabase(parseServerAddress(address), scratch(seed), seed == Seed::Bundled);
        return address;
    }

    // A store on a new database (see create): empty of decisions, or seeded with the
    // bundled dataset.
    std::unique_ptr<Store> fresh(const QString &name, Seed seed = Seed::None) {
        return openDatabase(create(name, seed), seed);
    }

    // A folder for the test's other files (exports, imports).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // The throwaway server (started on first use).
    static TestServer &server() {
        static TestServer instance;
        static const bool started = [] {
            QString error;
            if (!instance.start(error))
                qFatal("cannot start a PostgreSQL server for the tests: %s", qPrintable(error));
            return true;
        }();
        Q_UNUSED(started);
        return instance;
    }

private:
    // A file holding what a new team database is given.
    Store &scratch(Seed seed) {
        std::unique_ptr<Store> &store = seed == Seed::Bundled ? m_seeded : m_empty;
        if (!store) {
            store = openDatabase(m_dir.filePath(seed == Seed::Bundled ? u".seeded"_s : u".empty"_s),
                                 seed);
        }
        return *store;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Store> m_seeded;
    std::unique_ptr<Store> m_empty;
};

// The server's administrator, for tests of a server that goes away: `database`'s
// connections ended (as a restart or a network cut ends them), and new ones refused or
// allowed again. Run on a connection to another database, which stays.
class ServerAdministrator final {
public:
    ServerAdministrator()
        : m_connection(QStringLiteral("QPSQL"), QStringLiteral("administrator")) {
        connectToServer(m_connection.database(),
                        parseServerAddress(TestDatabases::server().address(
                            QStringLiteral("postgres"), QStringLiteral("postgres"))),
                        {});
    }
    void endConnectionsTo(const QString &database) {
        run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                           "datname = '%1'")
                .arg(database));
    }
    void allowConnectionsTo(const QString &database, bool allow) {
        run(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS %2")
                .arg(database, allow ? QStringLiteral("true") : QStringLiteral("false")));
    }

    // What Qt's driver says on stderr when the server goes, and only that: its prepared
    // statements cannot be freed on the dead connection, and a listener's socket is closed
    // under its notifier (see DroppedWarnings).
    static QRegularExpression driverNoise() {
        return QRegularExpression(
            QStringLiteral("^(Unable to free statement: |QSocketNotifier: Invalid socket \\d+ "
                           "and type 'Read', disabling)"));
    }

private:
    // A test's own statement (ALTER DATABASE cannot be prepared).
    void run(const QString &sql) {
        QSqlQuery q(m_connection.database());
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    OwnConnection m_connection;
};

} // namespace banatlas::testing
