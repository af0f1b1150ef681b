// A team database's address (storage/serveraddress): libpq's URI form read by libpq, what
// it is turned into for Qt's PostgreSQL driver (checked against a real server, started for
// the test), and the refusal of a password in an address. The schema on PostgreSQL
// (storage/pgschema) compared with a file's, and the team's roles enforced by the server.
#include "domain/errors.h"
#include "interchange/database.h"
#include "interchange/teamdatabase.h"
#include "storage/jsonrows.h"
#include "storage/migrations.h"
#include "storage/pgschema.h"
#include "storage/serveraddress.h"
#include "storage/store.h"

#include "helpers/pgserver.h"
#include "helpers/programs.h"
#include "helpers/storehelpers.h"
#include "helpers/testsetup.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

using Options = QList<std::pair<QString, QString>>;

// Connects to `address` through Qt's PostgreSQL driver; the connection's name.
QString connectTo(const ServerAddress &address, QString &error) {
    static int counter = 0;
    const QString name = u"tst_server_%1"_s.arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setConnectOptions(address.connectOptions());
    if (!db.open())
        error = db.lastError().text();
    return name;
}

// A column as both engines describe it: its name, its kind of value, whether it may be
// NULL, its default, and its place in the primary key (0: not in it).
struct Column {
    QString name;
    QString kind; // "integer" or "text"
    bool notNull = false;
    QString defaultValue;
    int keyPosition = 0;
    bool operator==(const Column &) const = default;
};

QString kindOf(QString type) {
    type = type.toLower();
    return type.contains(u"int"_s) ? u"integer"_s : type;
}

QStringList valuesOf(QSqlQuery &q, int column = 0) {
    QStringList out;
    while (q.next())
        out.append(q.value(column).toString());
    return out;
}

// Runs `sql` on `db`; the server's or SQLite's words when it fails.
QString exec(QSqlDatabase db, const QString &sql) {
    QSqlQuery q(db);
    return q.exec(sql) ? QString()
                       : q.lastError().text() + u" ["_s + q.lastError().nativeErrorCode() + u"]"_s;
}

// The tables of a file's schema and their columns (FTS5's virtual table, its shadow tables
// and its view left out: PostgreSQL searches in its own way).
QMap<QString, QList<Column>> sqliteTables(QSqlDatabase &db) {
    QMap<QString, QList<Column>> out;
    QSqlQuery tables(db);
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%' AND name NOT LIKE 'decision_search%'"_s);
    for (const QString &table : valuesOf(tables)) {
        QSqlQuery q(db);
        q.exec(u"PRAGMA table_info(%1)"_s.arg(table));
        while (q.next()) {
            const int key = q.value(5).toInt();
            out[table].append({q.value(1).toString(), kindOf(q.value(2).toString()),
                               q.value(3).toBool() || key > 0, q.value(4).toString(), key});
        }
    }
    return out;
}

QMap<QString, QList<Column>> postgresTables(QSqlDatabase &db) {
    QMap<QString, QList<Column>> out;
    QSqlQuery q(db);
    q.exec(u"SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, "
           "coalesce(c.column_default, ''), coalesce(k.ordinal_position, 0) "
           "FROM information_schema.columns c "
           "LEFT JOIN information_schema.table_constraints t ON t.table_schema = c.table_schema "
           " AND t.table_name = c.table_name AND t.constraint_type = 'PRIMARY KEY' "
           "LEFT JOIN information_schema.key_column_usage k ON k.constraint_name = "
           " t.constraint_name AND k.table_schema = c.table_schema AND k.column_name = "
           " c.column_name "
           "WHERE c.table_schema = 'public' AND c.table_name <> 'decision_search' "
           "ORDER BY c.table_name, c.ordinal_position"_s);
    while (q.next()) {
        QString defaultValue = q.value(4).toString();
        defaultValue.remove(u"::text"_s);
        out[q.value(0).toString()].append({q.value(1).toString(), kindOf(q.value(2).toString()),
                                           q.value(3).toString() == u"NO"_s, defaultValue,
                                           q.value(5).toInt()});
    }
    return out;
}

// Foreign keys as "table.column -> table.column ON DELETE rule".
QStringList sqliteForeignKeys(QSqlDatabase &db, const QStringList &tables) {
    QStringList out;
    for (const QString &table : tables) {
        QSqlQuery q(db);
        q.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(table));
        while (q.next()) {
            out.append(u"%1.%2 -> %3.%4 ON DELETE %5"_s.arg(
                table, q.value(3).toString(), q.value(2).toString(), q.value(4).toString(),
                q.value(6).toString()));
        }
    }
    out.sort();
    return out;
}

QStringList postgresForeignKeys(QSqlDatabase &db) {
    QSqlQuery q(db);
    q.exec(u"SELECT c.conrelid::regclass::text || '.' || a.attname || ' -> ' || "
           "c.confrelid::regclass::text || '.' || f.attname || ' ON DELETE ' || "
           "CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' "
           "WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END "
           "FROM pg_constraint c "
           "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
           "JOIN pg_attribute f ON f.attrelid = c.confrelid AND f.attnum = c.confkey[1] "
           "WHERE c.contype = 'f' AND c.conrelid::regclass::text <> 'decision_search'"_s);
    QStringList out = valuesOf(q);
    out.sort();
    return out;
}

} // namespace

class TestTeamServer final : public QObject {
    Q_OBJECT

private slots:
    void init() { testing::failOnQtWarnings(); }

    void parse_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<Options>("options");
        QTest::addColumn<QString>("shown");
        QTest::newRow("whole")
            << u"postgresql://alice@db.example.org:5433/banatlas?sslmode=verify-full"_s
            << u"db.example.org"_s << u"5433"_s << u"banatlas"_s << u"alice"_s
            << Options{{u"sslmode"_s, u"verify-full"_s}} << u"alice@db.example.org:5433/banatlas"_s;
        QTest::newRow("postgres scheme, no user")
            << u"postgres://db.example.org/team"_s << u"db.example.org"_s << QString() << u"team"_s
            << QString() << Options{} << u"db.example.org/team"_s;
        QTest::newRow("IPv6") << u"postgresql://[2001:db8::1]:5432/x"_s << u"2001:db8::1"_s
                              << u"5432"_s << u"x"_s << QString() << Options{}
                              << u"2001:db8::1:5432/x"_s;
        QTest::newRow("socket folder")
            << u"postgresql://%2Fvar%2Frun%2Fpostgresql/team"_s << u"/var/run/postgresql"_s
            << QString() << u"team"_s << QString() << Options{} << u"/var/run/postgresql/team"_s;
        QTest::newRow("parts as parameters")
            << u"postgresql:///team?host=/tmp&port=5444&user=bob"_s << u"/tmp"_s << u"5444"_s
            << u"team"_s << u"bob"_s << Options{} << u"bob@/tmp:5444/team"_s;
        QTest::newRow("several hosts")
            << u"postgresql://h1:5432,h2:5433/db"_s << u"h1,h2"_s << u"5432,5433"_s << u"db"_s
            << QString() << Options{} << u"h1,h2:5432,5433/db"_s;
        QTest::newRow("percent-encoded")
            << u"postgresql://a%40b@h/d%2Fe?application_name=Ban%20Atlas&connect_timeout=5"_s
            << u"h"_s << QString() << u"d/e"_s << u"a@b"_s
            << Options{{u"connect_timeout"_s, u"5"_s}, {u"application_name"_s, u"Ban Atlas"_s}}
            << u"a@b@h/d/e"_s;
        QTest::newRow("nothing but the scheme")
            << u"postgresql://"_s << QString() << QString() << QString() << QString() << Options{}
            << u"localhost"_s;
    }
    void parse() {
        QFETCH(QString, uri);
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(Options, options);
        QFETCH(QString, shown);
        QVERIFY(isServerAddress(uri));
        const ServerAddress a = parseServerAddress(uri);
        QCOMPARE(a.host, host);
        QCOMPARE(a.port, port);
        QCOMPARE(a.database, database);
        QCOMPARE(a.user, user);
        QCOMPARE(a.options.size(), options.size());
        for (const auto &o : options)
            QVERIFY2(a.options.contains(o), qPrintable(o.first));
        QCOMPARE(a.displayName(), shown);
        // Written back as a URI (recent connections, the Connect dialog), it reads the same.
        const ServerAddress again = parseServerAddress(a.uri());
        QCOMPARE(again.host, host);
        QCOMPARE(again.port, port);
        QCOMPARE(again.database, database);
        QCOMPARE(again.user, user);
        QCOMPARE(again.options, a.options);
    }

    // Not an address, or one libpq does not take, or one holding a secret: refused, with
    // what is wrong, and never the secret itself.
    void refused_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("says");
        QTest::newRow("a file") << u"/home/me/team.banatlas"_s << u"not a server address"_s;
        QTest::newRow("password") << u"postgresql://alice:s3cr%65t@h/db"_s << u"~/.pgpass"_s;
        QTest::newRow("password parameter")
            << u"postgresql://h/db?password=s3cret"_s << u"~/.pgpass"_s;
        QTest::newRow("key's password")
            << u"postgresql://h/db?sslpassword=s3cret"_s << u"sslpassword"_s;
        QTest::newRow("unknown parameter") << u"postgresql://h/db?colour=s3cret"_s << u"colour"_s;
        QTest::newRow("semicolon")
            << u"postgresql://h/db?application_name=a%3Bs3cret"_s << u"';'"_s;
        QTest::newRow("bad percent") << u"postgresql://h/d%zz"_s << u"percent"_s;
        // Refused for its password before libpq, whose message would quote the address.
        QTest::newRow("password, bad percent")
            << u"postgresql://alice:s3cret@h/d%zz"_s << u"~/.pgpass"_s;
        QTest::newRow("password parameter, encoded")
            << u"postgresql://h/d%zz?pass%77ord=s3cret"_s << u"~/.pgpass"_s;
        QTest::newRow("password, no host") << u"postgresql://alice:s3cret@/db"_s << u"~/.pgpass"_s;
        // libpq reads a '?' in the user's part as part of it, not as the parameters'
        // beginning; its message about this address would quote it whole.
        QTest::newRow("question mark before the user's end")
            << u"postgresql://x?y@[::1/db?password=s3cret"_s << u"~/.pgpass"_s;
        QTest::newRow("mistyped scheme")
            << u"POSTGRESQL://ann:s3cret@h/db"_s << u"not a server address"_s;
    }
    void refused() {
        QFETCH(QString, uri);
        QFETCH(QString, says);
        const QString message = testing::messageOf<StoreError>([&] { parseServerAddress(uri); });
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(!message.contains(u"s3cret"_s), qPrintable(message));
    }

    // A store on an address connects to that server, and nothing is made of the address on
    // disk (no folder "postgresql:" beside the working directory), whether the server is
    // there or not; a password in it is refused before anything else.
    void storeOnAnAddressMakesNoFile() {
        QTemporaryDir dir;
        QVERIFY(QDir::setCurrent(dir.path()));
        for (Access access : {Access::ReadOnly, Access::ReadWrite}) {
            const QString message = testing::messageOf<StoreError>(
                [&] { Store(u"postgresql://alice@%2Fnowhere%2Fat%2Fall/team"_s, access); });
            QVERIFY2(message.contains(u"alice@/nowhere/at/all:"_s) &&
                         message.contains(u"/team"_s) && message.contains(u": cannot connect"_s),
                     qPrintable(message));
            const QString secret = testing::messageOf<StoreError>(
                [&] { Store(u"postgresql://alice:s3cret@db.example.org/team"_s, access); });
            QVERIFY2(secret.contains(u"~/.pgpass"_s) && !secret.contains(u"s3cret"_s),
                     qPrintable(secret));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

    // A team database's schema is a file's, in PostgreSQL's words: the same tables, columns
    // (in order, kind, NULL or not, default, key) and foreign keys, at the same version.
    void postgresSchemaIsTheFilesSchema() {
        QCOMPARE(kPostgresSchemaVersion, kSchemaVersion);
        QTemporaryDir dir;
        auto store = openDatabase(dir.filePath(u"s.banatlas"_s), Seed::None);
        const QMap<QString, QList<Column>> file = sqliteTables(store->database());

        testing::TestServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString connection = connectTo(parseServerAddress(server.address()), error);
        {
            QSqlDatabase pg = QSqlDatabase::database(connection, false);
            QVERIFY2(pg.isOpen(), qPrintable(error));
            QVERIFY(pg.transaction());
            for (const QString &sql : postgresSchema())
                QCOMPARE(exec(pg, sql), QString());
            QVERIFY(pg.commit());
            const QMap<QString, QList<Column>> team = postgresTables(pg);
            QCOMPARE(team.keys(), file.keys());
            for (const QString &table : file.keys()) {
                const QList<Column> &a = file[table];
                const QList<Column> &b = team[table];
                QCOMPARE(b.size(), a.size());
                for (qsizetype i = 0; i < a.size(); ++i) {
                    const QString where = table + u'.' + a[i].name;
                    QCOMPARE(b[i].name, a[i].name);
                    QVERIFY2(b[i].kind == a[i].kind, qPrintable(where + u' ' + b[i].kind));
                    QVERIFY2(b[i].notNull == a[i].notNull, qPrintable(where));
                    QVERIFY2(b[i].defaultValue == a[i].defaultValue,
                             qPrintable(where + u": "_s + b[i].defaultValue + u" vs "_s +
                                        a[i].defaultValue));
                    QVERIFY2(b[i].keyPosition == a[i].keyPosition, qPrintable(where));
                }
            }
            QCOMPARE(postgresForeignKeys(pg), sqliteForeignKeys(store->database(), file.keys()));
            QSqlQuery version(pg);
            QVERIFY(version.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s));
            QCOMPARE(valuesOf(version), QStringList{QString::number(kSchemaVersion)});

            // The checks and keys hold as in a file: a measure outside the list, a vendor
            // name differing only in ASCII case, a dangling government.
            QCOMPARE(exec(pg, u"INSERT INTO countries (code, alpha3, numeric, name) VALUES "
                              "('AU', 'AUS', '036', 'Australia')"_s),
                     QString());
            QVERIFY(exec(pg, u"INSERT INTO decisions (country, measure, announced, title, "
                             "confidence) VALUES ('AU', 'embargo', '2020', 't', 'official')"_s)
                        .contains(u"23514"_s)); // check_violation
            QCOMPARE(exec(pg, u"INSERT INTO vendors (name, kind) VALUES ('Huawei', 'x')"_s),
                     QString());
            QVERIFY(exec(pg, u"INSERT INTO vendors (name, kind) VALUES ('HUAWEI', 'x')"_s)
                        .contains(u"23505"_s)); // unique_violation
            QCOMPARE(exec(pg, u"INSERT INTO vendors (name, kind) VALUES ('HUAWEİ', 'x')"_s),
                     QString()); // a dotted capital I: not ASCII, not the same name to NOCASE
            QVERIFY(exec(pg, u"INSERT INTO decisions (country, measure, announced, title, "
                             "confidence) VALUES ('XX', 'ban', '2020', 't', 'official')"_s)
                        .contains(u"23503"_s)); // foreign_key_violation
            // A vendor's aliases are NOCASE too.
            QCOMPARE(exec(pg, u"INSERT INTO vendor_aliases (vendor_id, alias, position) "
                              "SELECT id, 'Hua Wei', 0 FROM vendors WHERE name = 'Huawei'"_s),
                     QString());
            QVERIFY(exec(pg, u"INSERT INTO vendor_aliases (vendor_id, alias, position) "
                             "SELECT id, 'HUA WEI', 1 FROM vendors WHERE name = 'Huawei'"_s)
                        .contains(u"23505"_s));
        }
        QSqlDatabase::removeDatabase(connection);
    }

    // A team's roles: what a reader and an editor may do is the server's to say. A reader
    // reads and writes nothing; an editor writes decisions and vendors, never the
    // reference data or the schema. Made twice, the roles stay as they are.
    void rolesAreTheServersToEnforce() {
        testing::TestServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString owner = connectTo(parseServerAddress(server.address()), error);
        {
            QSqlDatabase db = QSqlDatabase::database(owner, false);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QVERIFY(db.transaction());
            for (const QString &sql : postgresSchema() + postgresRoles() + postgresRoles())
                QCOMPARE(exec(db, sql), QString());
            QVERIFY(db.commit());
            QCOMPARE(exec(db, u"CREATE ROLE ann LOGIN IN ROLE banatlas_reader"_s), QString());
            QCOMPARE(exec(db, u"CREATE ROLE ed LOGIN IN ROLE banatlas_editor"_s), QString());
            QCOMPARE(exec(db, u"INSERT INTO countries (code, alpha3, numeric, name) VALUES "
                              "('AU', 'AUS', '036', 'Australia')"_s),
                     QString());
        }
        const QString reader = connectTo(parseServerAddress(server.address(u"ann"_s)), error);
        const QString editor = connectTo(parseServerAddress(server.address(u"ed"_s)), error);
        {
            QSqlDatabase ann = QSqlDatabase::database(reader, false);
            QSqlDatabase ed = QSqlDatabase::database(editor, false);
            QVERIFY2(ann.isOpen() && ed.isOpen(), qPrintable(error));
            const QString vendor = u"INSERT INTO vendors (name, kind) VALUES ('%1', 'x')"_s;
            QCOMPARE(exec(ann, u"SELECT count(*) FROM decisions"_s), QString());
            QVERIFY(exec(ann, vendor.arg(u"A"_s)).contains(u"42501"_s)); // permission denied
            QCOMPARE(exec(ed, vendor.arg(u"E"_s)), QString());           // with its identity
            QCOMPARE(exec(ed, u"INSERT INTO decisions (country, measure, announced, title, "
                              "confidence) VALUES ('AU', 'ban', '2020', 't', 'official')"_s),
                     QString());
            QCOMPARE(exec(ed, u"DELETE FROM decisions"_s), QString());
            QVERIFY(exec(ed, u"UPDATE countries SET name = 'Oz'"_s).contains(u"42501"_s));
            QVERIFY(exec(ed, u"UPDATE meta SET value = '99'"_s).contains(u"42501"_s));
            QVERIFY(exec(ed, u"DROP TABLE decisions"_s).contains(u"42501"_s)); // not the owner
            // The audit log is added to, never rewritten; nobody else makes tables.
            QCOMPARE(exec(ed, u"INSERT INTO audit_log (at, action, entity, entity_id) VALUES "
                              "('2026-01-01', 'insert', 'decision', '1')"_s),
                     QString());
            QVERIFY(exec(ed, u"DELETE FROM audit_log"_s).contains(u"42501"_s));
            QVERIFY(exec(ed, u"UPDATE audit_log SET at = 'x'"_s).contains(u"42501"_s));
            QVERIFY(exec(ed, u"CREATE TABLE mine (x INTEGER)"_s).contains(u"42501"_s));
            QVERIFY(exec(ann, u"DELETE FROM audit_log"_s).contains(u"42501"_s));
            // Who and where are the server's to say: what a client claims is overwritten.
            QCOMPARE(exec(ed, u"INSERT INTO audit_log (at, action, entity, entity_id, "
                              "user_name, client_host) VALUES ('2026-01-02', 'insert', "
                              "'decision', '2', 'mallory', 'elsewhere')"_s),
                     QString());
            QSqlQuery who(ann);
            QVERIFY(who.exec(u"SELECT user_name, client_host FROM audit_log "
                             "WHERE entity_id = '2'"_s));
            QVERIFY(who.next());
            QCOMPARE(who.value(0).toString(), u"ed"_s);
            QCOMPARE(who.value(1).toString(), u"local"_s); // through the server's socket
        }
        for (const QString &c : {owner, reader, editor})
            QSqlDatabase::removeDatabase(c);
    }

    // A team database made by an earlier version (schema 8: no row versions, no who in
    // the audit log) is brought to this schema by its owner's first open, in one step,
    // keeping its rows; anyone else is told the owner must open it first, and nothing
    // changes.
    void upgradeFromSchema8ByTheOwner() {
        testing::TestServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString owner = connectTo(parseServerAddress(server.address()), error);
        const auto closeAll = qScopeGuard([&] { QSqlDatabase::removeDatabase(owner); });
        {
            QSqlDatabase db = QSqlDatabase::database(owner, false);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QStringList schema8 = postgresSchema();
            schema8.resize(schema8.size() - postgresStepTo(kPostgresSchemaVersion).size());
            QVERIFY(db.transaction());
            for (const QString &sql : schema8 + postgresRoles())
                QCOMPARE(exec(db, sql), QString());
            QVERIFY(db.commit());
            QCOMPARE(exec(db, u"INSERT INTO countries (code, alpha3, numeric, name) VALUES "
                              "('AU', 'AUS', '036', 'Australia')"_s),
                     QString());
            QCOMPARE(exec(db, u"INSERT INTO decisions (country, measure, announced, title, "
                              "confidence) VALUES ('AU', 'ban', '2018-08-23', 'Old', "
                              "'official')"_s),
                     QString());
            for (const QString &sql :
                 {u"INSERT INTO vendors (name, name_key, kind) VALUES ('Huawei', 'huawei', "
                  "'telecom_equipment')"_s,
                  u"INSERT INTO decision_vendors VALUES (1, 1, 0)"_s,
                  u"INSERT INTO decision_scopes VALUES (1, '5g_core', 0)"_s})
                QCOMPARE(exec(db, sql), QString());
            QCOMPARE(exec(db, u"CREATE ROLE ed LOGIN IN ROLE banatlas_editor"_s), QString());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"8"_s);
        }
        const QString editor = testing::messageOf<StoreError>(
            [&] { Store(server.address(u"ed"_s), Access::ReadWrite); });
        QVERIFY2(editor.contains(u"schema 8"_s) && editor.contains(u"owner"_s), qPrintable(editor));
        {
            QSqlDatabase db = QSqlDatabase::database(owner, false);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"8"_s); // the refusal changed nothing
        }

        {
            Store store(server.address(), Access::ReadWrite);
            const auto old = store.decision(1);
            QVERIFY(old);
            QCOMPARE(old->title, u"Old"_s);
            QCOMPARE(old->version, 1);
        }
        Store store(server.address(u"ed"_s), Access::ReadWrite); // now it opens
        Decision d = *store.decision(1);
        d.title = u"Edited"_s;
        QCOMPARE(store.updateDecision(d), 2);
        const QList<AuditEntry> log = store.auditLog(u"decision"_s, u"1"_s);
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.last().user, u"ed"_s);
        QSqlDatabase db = QSqlDatabase::database(owner, false);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), kPostgresSchemaVersion);
    }

    // Eight writers, each on a connection (a thread) of its own, make 500 edits each to
    // the same eight decisions, each edit read, changed and saved from the version read: a
    // save that meets another's change since is refused (a conflict) and tried again from
    // what is stored. At the end every committed edit is there (each writer's own count in
    // a field, each decision's version one more per committed edit), the audit log holds
    // one entry per committed edit, and no writer was stuck (a lock wait would end in the
    // server's deadlock error, which fails the test). A ninth connection, listening, hears
    // of the changes.
    void eightWritersLoseNothing() {
        testing::TestServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString address = server.address(u"postgres"_s, u"busy"_s);
        initTeamDatabase(parseServerAddress(address), false); // with the dataset
        QList<qint64> ids;
        {
            Store store(address);
            ids = (store.decisionIdsOf(u"AU"_s) + store.decisionIdsOf(u"US"_s)).mid(0, 8);
        }
        QCOMPARE(ids.size(), 8);
        Store listening(address);
        QSet<QString> heard;
        QVERIFY(listening.watchChanges(this, [&](const QString &entity, const QString &id) {
            heard.insert(entity + u' ' + id);
        }));

        constexpr int kWriters = 8;
        constexpr int kEdits = 500;
        struct Outcome {
            QHash<qint64, int> committed; // per decision
            int conflicts = 0;
            QString failure;
        };
        QList<Outcome> outcomes(kWriters);
        QList<QThread *> threads;
        for (int w = 0; w < kWriters; ++w) {
            threads.append(QThread::create([&, w] {
                Outcome &out = outcomes[w];
                try {
                    Store store(address);
                    QRandomGenerator random(quint32(w + 1));
                    for (int edit = 0; edit < kEdits; ++edit) {
                        const qint64 id = ids[random.bounded(int(ids.size()))];
                        for (;;) {
                            Decision d = *store.decision(id);
                            // The writer's own count of its edits to this decision, kept in
                            // a source of its own: another writer's edit never touches it.
                            const QString mine = u"writer %1"_s.arg(w);
                            auto it =
                                std::find_if(d.sources.begin(), d.sources.end(),
                                             [&](const Source &s) { return s.title == mine; });
                            if (it == d.sources.end()) {
                                d.sources.append({0, mine, {}, {}, {}, {}, {}, {}});
                                it = d.sources.end() - 1;
                            }
                            it->publisher = QString::number(out.committed.value(id) + 1);
                            try {
                                store.updateDecision(d);
                                ++out.committed[id];
                                break;
                            } catch (const ConflictError &) {
                                ++out.conflicts;
                            }
                        }
                    }
                } catch (const std::exception &e) {
                    out.failure = QString::fromUtf8(e.what());
                }
            }));
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(600000));
            delete t;
        }
        int conflicts = 0;
        for (const Outcome &o : outcomes) {
            QVERIFY2(o.failure.isEmpty(), qPrintable(o.failure));
            conflicts += o.conflicts;
        }
        qInfo("%d edits committed, %d conflicts met and tried again", kWriters * kEdits, conflicts);
        QVERIFY(conflicts > 0); // they did meet

        Store check(address);
        int audited = 0;
        for (qint64 id : ids) {
            const Decision d = *check.decision(id);
            int committed = 0;
            for (int w = 0; w < kWriters; ++w) {
                const int n = outcomes[w].committed.value(id);
                committed += n;
                const auto it =
                    std::find_if(d.sources.cbegin(), d.sources.cend(),
                                 [&](const Source &s) { return s.title == u"writer %1"_s.arg(w); });
                QCOMPARE(n == 0 ? QString() : it->publisher,
                         n == 0 ? QString() : QString::number(n));
            }
            QCOMPARE(d.version, 1 + committed); // bundled decisions begin at 1
            const QList<AuditEntry> log = check.auditLog(u"decision"_s, QString::number(id));
            audited += int(std::count_if(log.cbegin(), log.cend(), [](const AuditEntry &e) {
                return e.action == u"update"_s;
            }));
        }
        QCOMPARE(audited, kWriters * kEdits);
        for (qint64 id : ids)
            QTRY_VERIFY(heard.contains(u"decision "_s + QString::number(id)));
    }

    // `team init` makes an empty database hold what a new file holds: every table row for
    // row, identities continuing after the file's largest ids, a search document for every
    // decision. A second init refuses and changes nothing; --empty brings the governments
    // and their groups only.
    void teamInitHoldsWhatANewFileHolds() {
        QTemporaryDir dir;
        auto file = openDatabase(dir.filePath(u"f.banatlas"_s));
        testing::TestServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString admin = connectTo(parseServerAddress(server.address()), error);
        QCOMPARE(exec(QSqlDatabase::database(admin, false), u"CREATE DATABASE team"_s), QString());
        QCOMPARE(exec(QSqlDatabase::database(admin, false), u"CREATE DATABASE bare"_s), QString());
        const ServerAddress address = parseServerAddress(server.address(u"postgres"_s, u"team"_s));
        TeamSetup done;
        try {
            done = initTeamDatabase(address, false);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        QCOMPARE(done.decisions, qint64(file->decisionCount()));
        QCOMPARE(done.vendors, qint64(file->vendors().size()));
        QVERIFY(done.countries > 200 && done.sources > done.decisions);

        const QString connection = connectTo(address, error);
        {
            QSqlDatabase team = QSqlDatabase::database(connection, false);
            QSqlDatabase &local = file->database();
            for (const QString &table :
                 {u"countries"_s, u"country_groups"_s, u"group_members"_s, u"vendors"_s,
                  u"vendor_aliases"_s, u"decisions"_s, u"decision_vendors"_s, u"decision_scopes"_s,
                  u"sources"_s, u"decision_facts"_s, u"audit_log"_s}) {
                const QString all = u"SELECT * FROM %1 ORDER BY %2"_s.arg(
                    table, local.record(table).count() > 2 ? u"1, 2, 3"_s : u"1, 2"_s);
                QSqlQuery a(local);
                QSqlQuery b(team);
                QVERIFY(a.exec(all) && b.exec(all));
                qint64 rows = 0;
                while (a.next()) {
                    QVERIFY2(b.next(), qPrintable(table));
                    // NULL as NULL: the PostgreSQL driver gives a NULL number as a null
                    // QVariant holding 0.
                    const auto text = [](const QVariant &v) {
                        return v.isNull() ? u"NULL"_s : v.toString();
                    };
                    for (int i = 0; i < a.record().count(); ++i) {
                        if (a.record().fieldName(i) == u"at"_s) // when each was seeded
                            continue;
                        QVERIFY2(text(a.value(i)) == text(b.value(i)),
                                 qPrintable(u"%1 row %2, %3: %4 vs %5"_s.arg(table).arg(rows).arg(
                                     a.record().fieldName(i), text(a.value(i)), text(b.value(i)))));
                    }
                    ++rows;
                }
                QVERIFY2(!b.next(), qPrintable(table));
                QVERIFY2(rows > 0, qPrintable(table));
            }
            // Every word of the file's index finds on the server what it finds in the
            // file (the words as FTS5 made them: folded, without diacritics).
            QSqlQuery vocabulary(local);
            QVERIFY(vocabulary.exec(u"CREATE VIRTUAL TABLE temp.words USING "
                                    "fts5vocab(main, decision_search, 'row')"_s));
            QVERIFY(vocabulary.exec(u"SELECT term FROM temp.words"_s));
            const QStringList words = valuesOf(vocabulary);
            QVERIFY(words.size() > 1000);
            QSqlQuery inFile(local);
            QVERIFY(inFile.prepare(u"SELECT rowid FROM decision_search WHERE decision_search "
                                   "MATCH ? ORDER BY rowid"_s));
            QSqlQuery onServer(team);
            QVERIFY(onServer.prepare(u"SELECT decision_id FROM decision_search WHERE document "
                                     "@@ banatlas_query(?) ORDER BY decision_id"_s));
            // Every decision is as many words long on the server as in the file (what its
            // rank is computed from): FTS5's words and the server's are cut alike, also
            // where FTS5 ends a word at a Devanagari vowel sign, or where PostgreSQL's own
            // parser would read "81582e91cdac" as a number and a word.
            QSqlQuery sizes(local);
            QVERIFY(sizes.exec(u"CREATE VIRTUAL TABLE temp.instances USING "
                               "fts5vocab(main, decision_search, 'instance')"_s));
            QVERIFY(sizes.exec(u"SELECT doc || ':' || count(*) FROM temp.instances GROUP BY "
                               "doc ORDER BY doc"_s));
            const QStringList fileSizes = valuesOf(sizes);
            QSqlQuery serverSizes(team);
            QVERIFY(serverSizes.exec(u"SELECT decision_id || ':' || size FROM decision_search "
                                     "ORDER BY decision_id"_s));
            QCOMPARE(valuesOf(serverSizes), fileSizes);
            QVERIFY(fileSizes.size() > 100);
            QStringList differ;
            for (const QString &word : words) {
                inFile.addBindValue(QString(u"\""_s + word + u"\""_s));
                onServer.addBindValue(word);
                QVERIFY2(inFile.exec() && onServer.exec(),
                         qPrintable(word + onServer.lastError().text()));
                if (valuesOf(inFile) != valuesOf(onServer))
                    differ.append(word);
            }
            QVERIFY2(differ.isEmpty(),
                     qPrintable(u"%1 of %2 words find other decisions: %3"_s.arg(differ.size())
                                    .arg(words.size())
                                    .arg(differ.mid(0, 20).join(u", "_s))));
            // Diacritics and case as in a file: "Österreich", "osterreich" and "ÖSTERREICH"
            // are one word; "ø" is a letter of its own.
            QSqlQuery q(team);
            QVERIFY(q.exec(u"SELECT banatlas_words('Österreich Søren https://e.org/a-b') = "
                           "banatlas_words('OSTERREICH SØREN HTTPS E ORG A B'), "
                           "banatlas_words('Søren') @@ banatlas_query('soren')"_s));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toBool());
            QVERIFY(!q.value(1).toBool());
            QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM decision_search), "
                           "(SELECT count(*) FROM decision_search WHERE document @@ "
                           "to_tsquery('simple', 'zte')), (SELECT max(id) FROM vendors)"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), done.decisions);
            QVERIFY(q.value(1).toLongLong() > 5);
            const qint64 largest = q.value(2).toLongLong();
            QVERIFY(
                q.exec(u"INSERT INTO vendors (name, kind) VALUES ('Newco', 'x') RETURNING id"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), largest + 1);

            const QString again =
                testing::messageOf<StoreError>([&] { initTeamDatabase(address, false); });
            QVERIFY2(again.contains(u"already holds"_s), qPrintable(again));
            QCOMPARE(exec(team, u"SELECT 1"_s), QString());
            QVERIFY(q.exec(u"SELECT count(*) FROM decisions"_s) && q.next());
            QCOMPARE(q.value(0).toLongLong(), done.decisions);
        }
        QSqlDatabase::removeDatabase(connection);

        const TeamSetup bare =
            initTeamDatabase(parseServerAddress(server.address(u"postgres"_s, u"bare"_s)), true);
        QCOMPARE(bare.countries, done.countries);
        QCOMPARE(bare.decisions, 0);
        QCOMPARE(bare.vendors, 0);
        QSqlDatabase::removeDatabase(admin);
    }

    // `team init` on a name the server does not have creates the database (in UTF-8 with
    // a UTF-8 locale), whatever characters its name holds, asking for a password once for
    // both connections; on a database of that name it makes none.
    void teamInitCreatesTheDatabase() {
        testing::TestServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        QVERIFY2(server.requirePassword(u"postgres"_s, u"pw"_s, error), qPrintable(error));
        const QString name = u"Team \"2024\".x"_s;
        const ServerAddress address = parseServerAddress(
            server.address(u"postgres"_s, QString::fromLatin1(QUrl::toPercentEncoding(name))));
        QCOMPARE(address.database, name);
        int asked = 0;
        const AskPassword ask = [&](const QString &account) {
            ++asked;
            return account == address.account() ? std::optional<QString>(u"pw"_s) : std::nullopt;
        };
        const TeamSetup done = initTeamDatabase(address, true, ask);
        QVERIFY(done.createdDatabase);
        QCOMPARE(asked, 1);
        QVERIFY(done.countries > 200);
        const QString connection = connectTo(parseServerAddress(server.address()), error);
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            db.setPassword(u"pw"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.prepare(u"SELECT pg_encoding_to_char(encoding), datctype FROM pg_database "
                              "WHERE datname = ?"_s));
            q.addBindValue(name);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), u"UTF8"_s);
            QCOMPARE(q.value(1).toString(), u"C.UTF-8"_s);
        }
        QSqlDatabase::removeDatabase(connection);
        asked = 0;
        const QString again =
            testing::messageOf<StoreError>([&] { initTeamDatabase(address, true, ask); });
        QVERIFY2(again.contains(u"already holds tables"_s), qPrintable(again));
        QCOMPARE(asked, 1);
    }

    // An init that fails part of the way (its user may not make roles; a name in the way
    // further on) leaves the database as it was: one transaction.
    void failedTeamInitLeavesNothing() {
        testing::TestServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString admin = connectTo(parseServerAddress(server.address()), error);
        QCOMPARE(
            exec(QSqlDatabase::database(admin, false), u"CREATE ROLE owner LOGIN NOCREATEROLE"_s),
            QString());
        QCOMPARE(exec(QSqlDatabase::database(admin, false), u"CREATE DATABASE t OWNER owner"_s),
                 QString());
        const QString message = testing::messageOf<StoreError>([&] {
            initTeamDatabase(parseServerAddress(server.address(u"owner"_s, u"t"_s)), false);
        });
        QVERIFY2(message.contains(u"permission denied"_s), qPrintable(message));
        const QString check =
            connectTo(parseServerAddress(server.address(u"postgres"_s, u"t"_s)), error);
        {
            QSqlQuery q(QSqlDatabase::database(check, false));
            QVERIFY(q.exec(u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(check);

        // A failure further on, after the functions and a dozen tables were made (a type
        // of the name of a later table is in the way): all of them go, the type stays.
        QCOMPARE(exec(QSqlDatabase::database(admin, false), u"CREATE DATABASE late"_s), QString());
        const QString late =
            connectTo(parseServerAddress(server.address(u"postgres"_s, u"late"_s)), error);
        QCOMPARE(exec(QSqlDatabase::database(late, false),
                      u"CREATE TYPE decision_facts AS (x INTEGER)"_s),
                 QString());
        const QString halfway = testing::messageOf<StoreError>([&] {
            initTeamDatabase(parseServerAddress(server.address(u"postgres"_s, u"late"_s)), false);
        });
        QVERIFY2(halfway.contains(u"decision_facts"_s), qPrintable(halfway));
        {
            QSqlQuery q(QSqlDatabase::database(late, false));
            QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = "
                           "'public'), (SELECT count(*) FROM pg_proc WHERE proname LIKE "
                           "'banatlas%'), (SELECT count(*) FROM pg_type WHERE typname = "
                           "'decision_facts')"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QCOMPARE(q.value(1).toInt(), 0);
            QCOMPARE(q.value(2).toInt(), 1);
            // A view is a table's kin: refused before anything is made.
            QVERIFY(q.exec(u"CREATE VIEW v AS SELECT 1 AS x"_s));
        }
        QSqlDatabase::removeDatabase(late);
        QVERIFY(testing::messageOf<StoreError>([&] {
                    initTeamDatabase(parseServerAddress(server.address(u"postgres"_s, u"late"_s)),
                                     true);
                }).contains(u"already holds tables (1)"_s));

        // A database whose locale folds ASCII letters only: search could not fold as a
        // file does, so it is refused before anything is made.
        QCOMPARE(exec(QSqlDatabase::database(admin, false),
                      u"CREATE DATABASE c TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                      "LC_CTYPE 'C'"_s),
                 QString());
        const QString ascii = testing::messageOf<StoreError>([&] {
            initTeamDatabase(parseServerAddress(server.address(u"postgres"_s, u"c"_s)), true);
        });
        QVERIFY2(ascii.contains(u"UTF-8 locale"_s), qPrintable(ascii));
        QSqlDatabase::removeDatabase(admin);
    }

    // An import's rows go to the server as JSON written by hand (JsonRows): every text
    // reaches it as written, whatever it holds, and reads back as JSON from the same text.
    void jsonRowsReachTheServerAsWritten() {
        const QStringList texts = {
            u"plain"_s,
            QString(),
            u""_s,
            u"\"quoted\" and \\ back\\slash\\"_s,
            u"\",\"],[\"1\"]]--"_s,
            u"line\nbreak\ttab\rreturn\u0001\u001f\u007f"_s,
            u"\u2028\u2029 separators, é ß 日本 🚀"_s,
            u"'); DROP TABLE decisions; --"_s,
            u"\\u0041 not an escape"_s,
        };
        JsonRows rows;
        for (qsizetype i = 0; i < texts.size(); ++i)
            rows.row().number(i).text(texts[i]).null().number(-9007199254740993LL);
        QCOMPARE(rows.rows(), texts.size());
        const QString json = rows.take();
        QVERIFY(rows.isEmpty());
        QCOMPARE(rows.take(), u"[]"_s);
        QJsonParseError parseError;
        const QJsonArray parsed = QJsonDocument::fromJson(json.toUtf8(), &parseError).array();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(parsed.size(), texts.size());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QJsonArray row = parsed[i].toArray();
            QCOMPARE(row.size(), 4);
            QCOMPARE(row[0].toInteger(), i);
            QCOMPARE(row[1].toString(), texts[i].isNull() ? u""_s : texts[i]);
            QVERIFY(row[2].isNull());
        }

        testing::TestServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString connection = connectTo(parseServerAddress(server.address()), error);
        const auto close = qScopeGuard([&] { QSqlDatabase::removeDatabase(connection); });
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"SELECT CAST(r->>0 AS bigint), r->>1, r->>2 IS NULL, "
                          "CAST(r->>3 AS bigint) FROM jsonb_array_elements(CAST(? AS jsonb)) "
                          "WITH ORDINALITY AS e(r, n) ORDER BY n"_s));
        q.addBindValue(json);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        qsizetype i = 0;
        while (q.next()) {
            QCOMPARE(q.value(0).toLongLong(), i);
            QCOMPARE(q.value(1).toString(), texts[i].isNull() ? u""_s : texts[i]);
            QVERIFY(q.value(2).toBool());
            QCOMPARE(q.value(3).toLongLong(), -9007199254740993LL); // beyond a double's
            ++i;
        }
        QCOMPARE(i, texts.size());
    }

    // `team add-user`: a name that is not plain is refused before the server sees it (it
    // is quoted into the statement, which cannot take it as a parameter); a reader made so
    // reads and cannot write, as the server says.
    void addTeamUserRefusesHostileNames() {
        testing::TestServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const ServerAddress address = parseServerAddress(server.address());
        initTeamDatabase(address, true);
        for (const QString &name :
             {u"x; DROP TABLE decisions"_s, u"ann\" SUPERUSER"_s, u"Robert');--"_s, u"UPPER"_s,
              QString(), u"1abc"_s, QString(64, u'a'), u"pg_ann"_s, u"ann\n"_s}) {
            const QString message = testing::messageOf<StoreError>(
                [&] { addTeamUser(address, name, TeamRole::Editor); });
            QVERIFY2(message.contains(u"lower-case letters"_s), qPrintable(message));
        }
        addTeamUser(address, u"ann"_s, TeamRole::Reader);
        QVERIFY(testing::messageOf<StoreError>([&] {
                    addTeamUser(address, u"ann"_s, TeamRole::Editor);
                }).contains(u"already a user"_s));
        const QString reader = connectTo(parseServerAddress(server.address(u"ann"_s)), error);
        {
            QSqlDatabase ann = QSqlDatabase::database(reader, false);
            QVERIFY2(ann.isOpen(), qPrintable(error));
            QCOMPARE(exec(ann, u"SELECT count(*) FROM countries"_s), QString());
            QVERIFY(exec(ann, u"DELETE FROM countries"_s).contains(u"42501"_s));
            QSqlQuery q(ann);
            QVERIFY(q.exec(u"SELECT count(*) FROM decisions"_s) && q.next());
            QVERIFY(q.exec(u"SELECT count(*) FROM pg_roles WHERE rolname LIKE '%drop%' OR "
                           "rolsuper AND rolname <> 'postgres'"_s) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(reader);
    }

    // The command line: `team init` and `team add-user` as an administrator types them,
    // with what each prints and its exit code, and a password in the address refused
    // without being repeated.
    void teamCommands() {
        testing::TestServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString address = server.address();
        testing::Run r = testing::runBanatlas({u"team"_s, u"init"_s, address});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u" decisions and "_s) && r.out.contains(u"banatlas_editor"_s),
                 qPrintable(r.out));
        r = testing::runBanatlas({u"team"_s, u"init"_s, address});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"already holds tables"_s), qPrintable(r.err));
        r = testing::runBanatlas(
            {u"--db"_s, address, u"team"_s, u"add-user"_s, u"ed"_s, u"--role"_s, u"editor"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"user ed added as editor"_s), qPrintable(r.err));
        r = testing::runBanatlas({u"team"_s, u"add-user"_s, u"ed"_s, u"--role"_s, u"editor"_s});
        QCOMPARE(r.code, 2); // no --db
        r = testing::runBanatlas(
            {u"--db"_s, address, u"team"_s, u"add-user"_s, u"al"_s, u"--role"_s, u"admin"_s});
        QCOMPARE(r.code, 2);
        // A password in an address is refused, and repeated by no command (a dry run looks
        // at the file before it opens it).
        const QString withPassword =
            QString(address).replace(u"postgres@"_s, u"postgres:s3cret@"_s);
        for (const QStringList &args :
             {QStringList{u"team"_s, u"init"_s, withPassword},
              QStringList{u"--db"_s, withPassword, u"import"_s, u"--dry-run"_s, u"x.csv"_s},
              QStringList{u"--db"_s, withPassword, u"status"_s, u"--as-of"_s, u"2020"_s}}) {
            r = testing::runBanatlas(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(u"~/.pgpass"_s) && !r.err.contains(u"s3cret"_s),
                     qPrintable(r.err));
        }
        // The editor made above: the server lets it write decisions.
        const QString ed = connectTo(parseServerAddress(server.address(u"ed"_s)), error);
        QSqlDatabase edDb = QSqlDatabase::database(ed, false);
        QSqlQuery largest(edDb);
        QVERIFY(largest.exec(u"SELECT max(id) FROM decisions"_s) && largest.next());
        const qint64 next = largest.value(0).toLongLong() + 1;
        largest.finish();
        // It imports a file as an analyst does (not the owner: the audit log is only added
        // to), one decision with an id just past the largest and three without, which must
        // not be given that id again.
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"mixed.csv"_s);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("id,country,vendors,measure,scope,announced,title,confidence\n");
            f.write(QByteArray::number(next + 1) + ",AU,Huawei,ban,5g_core,2019,Given,official\n");
            for (const char *title : {"First", "Second", "Third"})
                f.write(QByteArray(",NZ,ZTE,warning,5g_core,2020,") + title + ",official\n");
        }
        // A dry run first (on a copy of the team's data): what it would do, nothing written.
        r = testing::runBanatlas(
            {u"--db"_s, server.address(u"ed"_s), u"import"_s, u"--dry-run"_s, csv});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(u"4 added, 0 changed"_s) &&
                     r.out.contains(u"nothing was written"_s),
                 qPrintable(r.out));
        QSqlQuery untouched(edDb);
        QVERIFY(untouched.exec(u"SELECT count(*) FROM decisions WHERE id >= %1"_s.arg(next)) &&
                untouched.next());
        QCOMPARE(untouched.value(0).toInt(), 0);
        untouched.finish();
        r = testing::runBanatlas({u"--db"_s, server.address(u"ed"_s), u"import"_s, csv});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QSqlQuery imported(edDb);
        QVERIFY(imported.exec(
            u"SELECT id, title FROM decisions WHERE id >= %1 ORDER BY id"_s.arg(next)));
        QStringList rows;
        while (imported.next())
            rows.append(imported.value(0).toString() + u' ' + imported.value(1).toString());
        imported.finish();
        QCOMPARE(rows.size(), 4);
        QVERIFY2(rows.contains(u"%1 Given"_s.arg(next + 1)), qPrintable(rows.join(u", "_s)));
        QSqlQuery entry(edDb);
        QVERIFY(
            entry.exec(
                u"SELECT user_name, new_value, id FROM audit_log WHERE action = 'import' ORDER BY id DESC"_s) &&
            entry.next());
        QCOMPARE(entry.value(0).toString(), u"ed"_s);
        QVERIFY2(entry.value(1).toString().contains(u"\"added\":4"_s) ||
                     entry.value(1).toString().contains(u"\"added\": 4"_s),
                 qPrintable(entry.value(1).toString()));
        const qint64 importEntry = entry.value(2).toLongLong();
        entry.finish();
        QSqlQuery compact(edDb);
        QVERIFY(compact.exec(u"SELECT count(*) FROM audit_log WHERE action = 'insert' AND "
                             "import_id = %1"_s.arg(importEntry)) &&
                compact.next());
        QCOMPARE(compact.value(0).toInt(), 4);
        compact.finish();

        // A local copy taken by the editor, the given decision deleted in it and another
        // retitled: a dry run says so and writes nothing; the import brings both back.
        const QString travel = dir.filePath(u"travel.banatlas"_s);
        {
            Store team(server.address(u"ed"_s));
            team.copyTo(travel);
            Store copy(travel);
            copy.removeDecision(next + 1);
            Decision d = *copy.decision(next + 2);
            d.title = u"Retitled in the copy"_s;
            copy.updateDecision(d);
            d.id = 0;
            d.title = u"Added in the copy"_s;
            copy.addDecision(d);
        }
        r = testing::runBanatlas(
            {u"--db"_s, server.address(u"ed"_s), u"import"_s, u"--dry-run"_s, travel});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(u"1 added, 1 changed"_s) && r.out.contains(u"deleted:"_s) &&
                     r.out.contains(u"#new  NZ  warning  Added in the copy"_s) &&
                     r.out.contains(u"#%1  AU  Given"_s.arg(next + 1)) &&
                     r.out.contains(u"title: "_s) && r.out.contains(u"Retitled in the copy"_s),
                 qPrintable(r.out));
        QVERIFY(Store(server.address(u"ed"_s), Access::ReadOnly).decision(next + 1).has_value());
        r = testing::runBanatlas({u"--db"_s, server.address(u"ed"_s), u"import"_s, travel});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(u"1 decision(s) deleted, as in the copy"_s), qPrintable(r.out));
        {
            const Store team(server.address(u"ed"_s), Access::ReadOnly);
            QVERIFY(!team.decision(next + 1));
            QCOMPARE(team.decision(next + 2)->title, u"Retitled in the copy"_s);
        }
        // Brought back twice: the copy's changes are the team's now, nothing is done again
        // (the decision it added is not added twice).
        r = testing::runBanatlas({u"--db"_s, server.address(u"ed"_s), u"import"_s, travel});
        QVERIFY2(r.code == 0 && r.out.contains(u"0 added, 0 updated"_s), qPrintable(r.err + r.out));
        {
            DecisionFilter addedInCopy;
            addedInCopy.text = SearchQuery::parse(u"\"Added in the copy\""_s);
            const Store team(server.address(u"ed"_s), Access::ReadOnly);
            QCOMPARE(team.findDecisions(addedInCopy, DecisionOrder::Id, false, -1).size(), 1);
        }
        // Into a file: refused before the file is made.
        const QString notMade = dir.filePath(u"not-made.banatlas"_s);
        r = testing::runBanatlas({u"--db"_s, notMade, u"import"_s, travel});
        QVERIFY2(r.code == 1 && r.err.contains(u"comes back into the team database"_s),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(notMade));
        QCOMPARE(exec(edDb, u"DELETE FROM decision_scopes"_s), QString());
        edDb = QSqlDatabase();
        QSqlDatabase::removeDatabase(ed);
    }

    // A server that wants a password: from the file PGPASSFILE names, else asked for
    // (once, and only then); none given, or a wrong one, is refused with what to do, and
    // the password is in no message.
    void passwordFromPassFileOrAsked() {
        testing::TestServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString secret = u"Kiwi-s3cret"_s;
        QVERIFY2(server.requirePassword(u"postgres"_s, secret, error), qPrintable(error));
        QTemporaryDir dir;
        const QString passFile = dir.filePath(u"pgpass"_s);
        qputenv("PGPASSFILE", QFile::encodeName(passFile)); // none there yet
        const auto cleanup = qScopeGuard([] { qunsetenv("PGPASSFILE"); });
        const ServerAddress address = parseServerAddress(server.address());

        int asked = 0;
        QString account;
        const QString none = testing::messageOf<StoreError>([&] {
            initTeamDatabase(address, true, [&](const QString &a) -> std::optional<QString> {
                ++asked;
                account = a;
                return std::nullopt;
            });
        });
        QCOMPARE(asked, 1);
        QCOMPARE(account, address.account());
        QVERIFY2(none.contains(u"asks for a password"_s) && none.contains(u"~/.pgpass"_s),
                 qPrintable(none));
        const QString wrong = testing::messageOf<StoreError>([&] {
            addTeamUser(address, u"ann"_s, TeamRole::Reader,
                        [](const QString &) { return std::optional<QString>(u"Kiwi-wr0ng"_s); });
        });
        QVERIFY2(wrong.contains(u"password authentication failed"_s) && !wrong.contains(u"Kiwi"_s),
                 qPrintable(wrong));

        // Asked for, and right.
        const TeamSetup done = initTeamDatabase(
            address, true, [&](const QString &) { return std::optional<QString>(secret); });
        QVERIFY(done.countries > 200);

        // From the file: nobody is asked.
        QFile f(passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((u"*:*:*:postgres:"_s + secret + u"\n"_s).toUtf8());
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        asked = 0;
        addTeamUser(address, u"ann"_s, TeamRole::Reader, [&](const QString &) {
            ++asked;
            return std::optional<QString>();
        });
        QCOMPARE(asked, 0);

        // The command line without a terminal asks nobody, and says where to put it.
        qunsetenv("PGPASSFILE");
        const testing::Run r =
            testing::runBanatlas({u"--db"_s, server.address(), u"team"_s, u"add-user"_s, u"bob"_s,
                                  u"--role"_s, u"reader"_s},
                                 {{u"PGPASSFILE"_s, dir.filePath(u"none"_s)}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"asks for a password"_s), qPrintable(r.err));
    }

    // The account a password is asked for and kept under is the one libpq would connect
    // as: what the address leaves out is filled from the environment, so that a password
    // kept for one server is not offered to another when PGHOST or PGUSER change.
    void accountIsWhatLibpqConnectsAs() {
        const QStringList names = {u"PGHOST"_s,     u"PGHOSTADDR"_s, u"PGPORT"_s,    u"PGUSER"_s,
                                   u"PGDATABASE"_s, u"PGSERVICE"_s,  u"PGPASSWORD"_s};
        QMap<QString, std::optional<QByteArray>> saved;
        for (const QString &n : names) {
            saved[n] = qEnvironmentVariableIsSet(qPrintable(n))
                           ? std::optional<QByteArray>(qgetenv(qPrintable(n)))
                           : std::nullopt;
            qunsetenv(qPrintable(n));
        }
        const auto restore = qScopeGuard([&] {
            for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
                if (it.value())
                    qputenv(qPrintable(it.key()), *it.value());
                else
                    qunsetenv(qPrintable(it.key()));
            }
        });
        const ServerAddress given = parseServerAddress(u"postgresql://bob@gamma:6000/team"_s);
        const ServerAddress bare = parseServerAddress(u"postgresql:///team"_s);
        QCOMPARE(given.account(), u"bob@gamma:6000/team"_s);
        qputenv("PGHOST", "alpha.example.org");
        qputenv("PGUSER", "ann");
        qputenv("PGPORT", "5433");
        qputenv("PGPASSWORD", "s3cret");
        QCOMPARE(bare.account(), u"ann@alpha.example.org:5433/team"_s);
        QCOMPARE(given.account(), u"bob@gamma:6000/team"_s); // what is given stays
        qputenv("PGHOST", "beta.example.org");
        QCOMPARE(bare.account(), u"ann@beta.example.org:5433/team"_s);
        qputenv("PGUSER", "eve");
        qputenv("PGDATABASE", "other");
        QCOMPARE(parseServerAddress(u"postgresql://"_s).account(),
                 u"eve@beta.example.org:5433/other"_s);
        qputenv("PGSERVICE", "teamsvc");
        qputenv("PGHOSTADDR", "192.0.2.7");
        QCOMPARE(given.account(), u"bob@gamma:6000/team hostaddr=192.0.2.7 service=teamsvc"_s);
        QVERIFY(!bare.account().contains(u"s3cret"_s));
        qunsetenv("PGHOST");
        qunsetenv("PGUSER");
        // Nothing in the environment: libpq's own defaults (the login name, port 5432).
        qunsetenv("PGPORT");
        qunsetenv("PGSERVICE");
        qunsetenv("PGHOSTADDR");
        const QString local = bare.account();
        QVERIFY2(local.endsWith(u"[local]:5432/team"_s), qPrintable(local));
        // A service in the address is named (its file is not read here).
        QCOMPARE(parseServerAddress(u"postgresql://bob@gamma:6000/team?service=prod"_s).account(),
                 u"bob@gamma:6000/team service=prod"_s);
        // Several hosts stay the list given.
        QCOMPARE(parseServerAddress(u"postgresql://bob@a:1,b:2/team"_s).account(),
                 u"bob@a,b:1,2/team"_s);
    }

    void isServerAddressOnlyForTheSchemes() {
        QVERIFY(isServerAddress(u"postgresql://h/db"_s));
        QVERIFY(isServerAddress(u"postgres://h/db"_s));
        QVERIFY(!isServerAddress(u"team.banatlas"_s));
        QVERIFY(!isServerAddress(u"./postgresql://h/db"_s));
        QVERIFY(!isServerAddress(u"mysql://h/db"_s));
    }

    // What the driver is given is the address: on a real server, the user, the database
    // and a parameter holding a quote and a backslash arrive as they were written.
    void connectsAsWritten() {
        testing::TestServer server;
        QString error;
        QVERIFY2(server.start(error), qPrintable(error));
        const QString name = u"O'Brien \\ BanAtlas"_s;
        const ServerAddress address = parseServerAddress(
            server.address() + u"?application_name="_s +
            QString::fromLatin1(QUrl::toPercentEncoding(name)) + u"&connect_timeout=10"_s);
        const QString connection = connectTo(address, error);
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            QVERIFY2(db.isOpen(), qPrintable(error + server.log()));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT current_user, current_database(), "
                           "current_setting('application_name')"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"postgres"_s);
            QCOMPARE(q.value(1).toString(), u"postgres"_s);
            QCOMPARE(q.value(2).toString(), name);
        }
        QSqlDatabase::removeDatabase(connection);

        // A database that is not there: the server says so, naming it.
        const QString missing =
            connectTo(parseServerAddress(server.address(u"postgres"_s, u"no_such_db"_s)), error);
        QSqlDatabase::removeDatabase(missing);
        QVERIFY2(error.contains(u"no_such_db"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTeamServer)
#include "tst_server.moc"
