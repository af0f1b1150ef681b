// A team database's address (storage/serveraddress): libpq's URI form read by libpq, what
// it is turned into for Qt's PostgreSQL driver (checked against a real server, started for
// the test), and the refusal of a password in an address.
#include "domain/errors.h"
#include "storage/serveraddress.h"
#include "storage/store.h"

#include "helpers/pgserver.h"
#include "helpers/storehelpers.h"
#include "helpers/testsetup.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

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

} // namespace

class TestServerAddress final : public QObject {
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
    }
    void refused() {
        QFETCH(QString, uri);
        QFETCH(QString, says);
        const QString message = testing::messageOf<StoreError>([&] { parseServerAddress(uri); });
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(!message.contains(u"s3cret"_s), qPrintable(message));
    }

    // This version opens files only: an address is said to be a server's, and nothing is
    // made of it on disk (no folder "postgresql:" beside the working directory).
    void storeRefusesAServerWithoutAFile() {
        QTemporaryDir dir;
        QVERIFY(QDir::setCurrent(dir.path()));
        for (Access access : {Access::ReadOnly, Access::ReadWrite}) {
            const QString message = testing::messageOf<StoreError>(
                [&] { Store(u"postgresql://alice@db.example.org/team"_s, access); });
            QVERIFY2(message.contains(u"alice@db.example.org/team: a team database on a "
                                      "PostgreSQL server"_s),
                     qPrintable(message));
            const QString secret = testing::messageOf<StoreError>(
                [&] { Store(u"postgresql://alice:s3cret@db.example.org/team"_s, access); });
            QVERIFY2(secret.contains(u"~/.pgpass"_s) && !secret.contains(u"s3cret"_s),
                     qPrintable(secret));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
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

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_server.moc"
