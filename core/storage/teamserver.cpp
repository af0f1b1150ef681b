#include "storage/teamserver.h"

#include "domain/errors.h"
#include "storage/migrations.h"
#include "storage/ownconnection.h"
#include "storage/pgschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

struct TeamText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::TeamDatabase)
};

// A connection to the server at `address`, closed and removed with the object.
class ServerConnection final {
public:
    ServerConnection(const ServerAddress &address, const AskPassword &ask)
        : m_address(address.displayName()) {
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
            throw StoreError(TeamText::tr(
                "the Qt PostgreSQL driver is missing (Debian package libqt6sql6-psql)"));
        }
        connectToServer(m_connection.database(), address, ask);
    }

    QSqlDatabase &database() { return m_connection.database(); }
    const QString &address() const { return m_address; }

private:
    OwnConnection m_connection{u"QPSQL"_s, u"team"_s};
    QString m_address;
};

QSqlQuery run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StoreError(TeamText::tr("%1 (%2)").arg(q.lastError().text(), sql.left(60)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw StoreError(TeamText::tr("%1 (%2)").arg(q.lastError().text(), sql.left(60)));
    return q;
}

// A statement of the schema (CREATE, GRANT, …): PostgreSQL prepares only queries and
// changes of rows, so these run as they are. Their text is the program's own, or holds
// a name checked and quoted as an identifier (addTeamUser); never a user's text.
void runSchema(QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StoreError(TeamText::tr("%1 (%2)").arg(q.lastError().text(), sql.left(60)));
}

qint64 countOf(QSqlDatabase &db, const QString &table) {
    QSqlQuery q = run(db, u"SELECT count(*) FROM "_s + table);
    return q.next() ? q.value(0).toLongLong() : 0;
}

// A file's columns of `table`, in order (the team's are the same: tst_server).
QStringList columnsOf(QSqlDatabase &file, const QString &table) {
    QStringList out;
    const QSqlRecord record = file.record(table);
    for (int i = 0; i < record.count(); ++i)
        out.append(record.fieldName(i));
    return out;
}

// Copies `table` row by row from `from` into `to`, in the order of `order`, its columns
// those of the file's table (a file is one side or the other); a column in `later` is
// written as NULL and returned, by id, for a second pass (a vendor's parent may come after
// it).
QList<std::pair<QVariant, QVariant>> copyRows(QSqlDatabase &from, QSqlDatabase &to,
                                              const QStringList &columns, const QString &table,
                                              const QString &order, const QString &later = {}) {
    QSqlQuery read =
        run(from, u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), table, order));
    QSqlQuery write(to);
    if (!write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
            table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s))))
        throw StoreError(write.lastError().text());
    const int laterIndex = later.isEmpty() ? -1 : int(columns.indexOf(later));
    QList<std::pair<QVariant, QVariant>> deferred;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            QVariant v = read.value(i);
            if (i == laterIndex && !v.isNull()) {
                deferred.append({read.value(0), v});
                v = QVariant();
            }
            write.addBindValue(v);
        }
        if (!write.exec())
            throw StoreError(TeamText::tr("%1: %2").arg(table, write.lastError().text()));
    }
    return deferred;
}

// Copies a file's `table` into the team's (copyRows).
QList<std::pair<QVariant, QVariant>> copyTable(QSqlDatabase &file, QSqlDatabase &team,
                                               const QString &table, const QString &order,
                                               const QString &later = {}) {
    return copyRows(file, team, columnsOf(file, table), table, order, later);
}

} // namespace

TeamSetup copyToServer(Store &from, QSqlDatabase &to, bool withDecisions) {
    QSqlDatabase &file = from.database();
    // The file's meta rows; the team keeps its own schema version.
    QSqlQuery meta = run(file, u"SELECT key, value FROM meta WHERE key <> 'schema_version'"_s);
    while (meta.next())
        run(to, u"INSERT INTO meta (key, value) VALUES (?, ?)"_s, {meta.value(0), meta.value(1)});
    for (const QString &table : {u"countries"_s, u"country_groups"_s, u"group_members"_s})
        copyTable(file, to, table, u"1"_s);
    if (withDecisions) {
        // Vendors before what names them, each parent set once all of them are there.
        const auto parents = copyTable(file, to, u"vendors"_s, u"id"_s, u"parent_id"_s);
        for (const auto &[id, parent] : parents)
            run(to, u"UPDATE vendors SET parent_id = ? WHERE id = ?"_s, {parent, id});
        for (const QString &table : {u"decisions"_s, u"decision_scopes"_s, u"decision_facts"_s,
                                     u"sources"_s, u"vendor_aliases"_s, u"decision_vendors"_s})
            copyTable(file, to, table, u"1"_s);
        // The file's history as it was: who and where are the file's, not the copier's
        // (the server writes them for every change made on it).
        runSchema(to, u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s);
        copyTable(file, to, u"audit_log"_s, u"1"_s);
        runSchema(to, u"ALTER TABLE audit_log ENABLE TRIGGER USER"_s);
    }
    for (const QString &table : {u"vendors"_s, u"decisions"_s, u"sources"_s, u"audit_log"_s}) {
        run(to, u"SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, "
                "false) FROM %1"_s.arg(table));
    }
    run(to, postgresSearchDocuments(u"TRUE"_s));
    TeamSetup done;
    done.countries = countOf(to, u"countries"_s);
    done.vendors = countOf(to, u"vendors"_s);
    done.decisions = countOf(to, u"decisions"_s);
    done.sources = countOf(to, u"sources"_s);
    return done;
}

namespace {

// The tables of a file that hold data, in an order in which each row's references come
// before it (the vendors' parents aside: a file's copy checks its keys once at the end).
const QStringList kDataTables = {u"countries"_s,        u"country_groups"_s,  u"group_members"_s,
                                 u"vendors"_s,          u"vendor_aliases"_s,  u"decisions"_s,
                                 u"decision_vendors"_s, u"decision_scopes"_s, u"decision_facts"_s,
                                 u"sources"_s,          u"audit_log"_s};

// A new, empty file under a temporary name beside `target`, removed unless it is kept.
class PartialFile final {
public:
    explicit PartialFile(const QString &target) {
        const QFileInfo info(target);
        if (info.exists() || info.isSymLink())
            throw StoreError(
                TeamText::tr("%1: already exists; a copy is written to a new file").arg(target));
        m_file.setFileTemplate(info.absolutePath() + u"/."_s + info.fileName() +
                               u".partial-XXXXXX"_s);
        if (!m_file.open())
            throw StoreError(
                TeamText::tr("%1: cannot create: %2").arg(target, m_file.errorString()));
        m_file.close();
    }
    ~PartialFile() { QFile::remove(m_file.fileName() + u"-journal"_s); }
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    QString path() const { return m_file.fileName(); }
    // Gives the complete file its name; never over a file that has appeared there since.
    void keepAs(const QString &target) {
        if (!QFile::rename(m_file.fileName(), target))
            throw StoreError(
                TeamText::tr("%1: cannot be named so (does it exist now?)").arg(target));
        m_file.setAutoRemove(false);
    }

private:
    QTemporaryFile m_file;
};

// The server's rows into the file's tables, its search index rebuilt, its keys checked,
// in one transaction of the file.
void fillFile(QSqlDatabase &server, QSqlDatabase &file, const QString &serverName) {
    if (!file.transaction())
        throw StoreError(file.lastError().text());
    try {
        QSqlQuery meta =
            run(server, u"SELECT key, value FROM meta WHERE key <> 'schema_version'"_s);
        const QString putMeta = u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT "
                                "(key) DO UPDATE SET value = excluded.value"_s;
        while (meta.next())
            run(file, putMeta, {meta.value(0), meta.value(1)});
        for (const QString &table : kDataTables)
            copyRows(server, file, columnsOf(file, table), table, u"1"_s);
        QSqlQuery last = run(server, u"SELECT coalesce(max(id), 0) FROM audit_log"_s);
        const qint64 through = last.next() ? last.value(0).toLongLong() : 0;
        run(file, putMeta, {u"copied_from"_s, serverName});
        run(file, putMeta, {u"copy_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)});
        run(file, putMeta, {u"copied_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        run(file, putMeta, {u"copied_through_audit"_s, QString::number(through)});
        // The version of every decision as copied ("id:version,…"): what a return of the
        // copy's changes checks the team's against.
        QSqlQuery versions = run(server, u"SELECT id, version FROM decisions ORDER BY id"_s);
        QString list;
        while (versions.next())
            list += versions.value(0).toString() + u':' + versions.value(1).toString() + u',';
        list.chop(1);
        run(file, putMeta, {u"copied_versions"_s, list});
        run(file, u"INSERT INTO decision_search (decision_search) VALUES ('rebuild')"_s);
        QSqlQuery keys = run(file, u"PRAGMA foreign_key_check"_s);
        if (keys.next())
            throw StoreError(TeamText::tr("%1: a row of %2 names what the copy lacks")
                                 .arg(serverName, keys.value(0).toString()));
        if (!file.commit())
            throw StoreError(file.lastError().text());
    } catch (...) {
        file.rollback();
        throw;
    }
}

} // namespace

void copyServerToFile(QSqlDatabase &server, const QString &serverName, const QString &target) {
    PartialFile partial(target);
    {
        OwnConnection connection(u"QSQLITE"_s, u"local copy"_s);
        QSqlDatabase &file = connection.database();
        file.setDatabaseName(partial.path());
        if (!file.open())
            throw StoreError(
                TeamText::tr("%1: cannot create: %2").arg(target, file.lastError().text()));
        migrate(file);
        // One snapshot of the server: rows another analyst commits meanwhile are all in the
        // copy or none of them.
        if (!server.transaction())
            throw StoreError(server.lastError().text());
        try {
            runSchema(server, u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
            fillFile(server, file, serverName);
        } catch (...) {
            server.rollback();
            file.close();
            throw;
        }
        server.rollback(); // it only read
        file.close();
    }
    partial.keepAs(target);
}

namespace {

// An identifier quoted as PostgreSQL reads one: in double quotes, each inside doubled.
QString quotedIdentifier(const QString &name) {
    QString out = name;
    return u'"' + out.replace(u'"', u"\"\""_s) + u'"';
}

// `ask`, asked at most once (for `account`), its answer given to every connection of a
// command.
AskPassword askedOnce(const AskPassword &ask, const QString &account) {
    auto answer = std::make_shared<std::optional<std::optional<QString>>>();
    return [ask, account, answer](const QString &) {
        if (!answer->has_value())
            *answer = ask ? ask(account) : std::nullopt;
        return **answer;
    };
}

// Creates the database `address` names when the server has none of that name; true when
// it did. Nothing when the maintenance database cannot be reached: the connection to the
// database itself then says what is wrong.
bool createDatabaseIfMissing(const ServerAddress &address, const AskPassword &ask) {
    if (address.database.isEmpty() || address.database == u"postgres"_s)
        return false;
    ServerAddress maintenance = address;
    maintenance.database = u"postgres"_s;
    std::optional<ServerConnection> connection;
    try {
        connection.emplace(maintenance, ask);
    } catch (const StoreError &) {
        return false;
    }
    QSqlDatabase &db = connection->database();
    QSqlQuery exists =
        run(db, u"SELECT 1 FROM pg_database WHERE datname = ?"_s, {address.database});
    if (exists.next())
        return false;
    runSchema(db, u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"_s.arg(
                      quotedIdentifier(address.database)));
    return true;
}

} // namespace

TeamSetup setUpTeamDatabase(const ServerAddress &address, Store &from, bool withDecisions,
                            const AskPassword &given) {
    const AskPassword ask = askedOnce(given, address.account());
    const bool created = createDatabaseIfMissing(address, ask);
    ServerConnection connection(address, ask);
    QSqlDatabase &team = connection.database();
    // Tables, views, sequences and the like in the schema public (pg_class).
    QSqlQuery tables =
        run(team, u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                  "c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', "
                  "'S', 'f', 'p')"_s);
    const qint64 existing = tables.next() ? tables.value(0).toLongLong() : 0;
    if (existing > 0) {
        throw StoreError(TeamText::tr("%1 already holds tables (%2): a team database is set "
                                      "up in an empty database only, and nothing was changed")
                             .arg(connection.address())
                             .arg(existing));
    }
    // Search folds words as a file does only in UTF-8 with letters of every script in
    // lower case: a database made with the C locale would not find "Österreich" by
    // "österreich".
    QSqlQuery text = run(team, u"SELECT current_setting('server_encoding'), "
                               "lower(chr(214)) = chr(246)"_s);
    if (!text.next() || text.value(0).toString() != u"UTF8"_s || !text.value(1).toBool()) {
        throw StoreError(TeamText::tr("%1: the database must be in UTF-8 with a UTF-8 locale "
                                      "(createdb -E UTF8 --locale=C.UTF-8), so that search "
                                      "folds every script's letters; nothing was changed")
                             .arg(connection.address()));
    }
    if (!team.transaction())
        throw StoreError(team.lastError().text());
    try {
        // Everything in the schema public, which the roles' rights name, whatever the
        // user's own search path (a schema named after the user would come first).
        runSchema(team, u"SET LOCAL search_path TO public"_s);
        for (const QString &sql : postgresSchema() + postgresRoles())
            runSchema(team, sql);
        TeamSetup done = copyToServer(from, team, withDecisions);
        if (!team.commit())
            throw StoreError(team.lastError().text());
        done.createdDatabase = created;
        return done;
    } catch (...) {
        team.rollback();
        throw;
    }
}

void upgradeTeamDatabase(QSqlDatabase &db, int version, const QString &name) {
    QSqlQuery owner = run(db, u"SELECT pg_has_role(relowner, 'USAGE') FROM pg_class "
                              "WHERE oid = CAST('decisions' AS regclass)"_s);
    if (!owner.next() || !owner.value(0).toBool()) {
        throw StoreError(TeamText::tr("%1: a team database of schema %2; this version of "
                                      "BanAtlas works with schema %3, to which the database's "
                                      "owner brings it by opening it once with this version")
                             .arg(name)
                             .arg(version)
                             .arg(kPostgresSchemaVersion));
    }
    for (int step = version + 1; step <= kPostgresSchemaVersion; ++step) {
        if (!db.transaction())
            throw StoreError(db.lastError().text());
        try {
            runSchema(db, u"SET LOCAL search_path TO public"_s);
            for (const QString &sql : postgresStepTo(step))
                runSchema(db, sql);
            if (!db.commit())
                throw StoreError(db.lastError().text());
        } catch (...) {
            db.rollback();
            throw;
        }
    }
}

void addTeamUser(const ServerAddress &address, const QString &name, TeamRole role,
                 const AskPassword &ask) {
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(u"[a-z][a-z0-9_]{0,62}"_s));
    if (!plain.match(name).hasMatch() || name.startsWith(u"pg_"_s)) {
        throw StoreError(TeamText::tr("%1: a user's name is lower-case letters, digits and '_', "
                                      "beginning with a letter (not pg_, which the server "
                                      "keeps), at most 63")
                             .arg(name));
    }
    ServerConnection connection(address, ask);
    QSqlDatabase &team = connection.database();
    const QString quoted = team.driver()->escapeIdentifier(name, QSqlDriver::TableName);
    const QString group = role == TeamRole::Editor ? u"banatlas_editor"_s : u"banatlas_reader"_s;
    QSqlQuery exists = run(team, u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s, {name});
    if (exists.next())
        throw StoreError(TeamText::tr("%1: there is already a user of that name").arg(name));
    runSchema(team, u"CREATE ROLE %1 LOGIN IN ROLE %2"_s.arg(quoted, group));
}

} // namespace banatlas
