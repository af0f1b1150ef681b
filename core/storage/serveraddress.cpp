#include "storage/serveraddress.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

struct ServerAddressText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Store)
};

// libpq's quoting of a value: in single quotes, with \ and ' escaped.
QString quoted(const QString &value) {
    QString out = value;
    out.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u"'"_s + out + u"'"_s;
}

[[noreturn]] void refusePassword(const QString &keyword) {
    throw StoreError(
        ServerAddressText::tr(
            "%1: an address must not hold a password: it would be seen in the list of "
            "processes, the shell's history and the recent files. Put it in ~/.pgpass (or "
            "the file PGPASSFILE names), or leave it out to be asked for it")
            .arg(keyword));
}

// Refuses a password in `uri` before libpq reads it, whose messages about an address it
// cannot read quote the address. Where libpq finds one: after "user:" in the part before
// the first '@' that comes before any '/'; and, erring on the safe side, a parameter
// "password=" or "sslpassword=" anywhere in the address, its encoding undone.
void refusePasswordIn(const QString &uri) {
    const qsizetype start = uri.indexOf(u"://"_s) + 3;
    const qsizetype end = uri.indexOf(u'/', start);
    const qsizetype at = uri.indexOf(u'@', start);
    if (at >= 0 && (end < 0 || at < end) && uri.mid(start, at - start).contains(u':'))
        refusePassword(u"password"_s);
    const QString decoded = QUrl::fromPercentEncoding(uri.toUtf8());
    if (decoded.contains(u"sslpassword="_s))
        refusePassword(u"sslpassword"_s);
    if (decoded.contains(u"password="_s))
        refusePassword(u"password"_s);
}

} // namespace

QString ServerAddress::sslMode() const {
    for (const auto &[key, value] : options)
        if (key == u"sslmode"_s)
            return value;
    return {};
}

QString ServerAddress::displayName() const {
    QString out;
    if (!user.isEmpty())
        out += user + u'@';
    out += host.isEmpty() ? u"localhost"_s : host;
    if (!port.isEmpty())
        out += u':' + port;
    if (!database.isEmpty())
        out += u'/' + database;
    return out;
}

QString ServerAddress::account() const {
    const QStringList keywords = {u"host"_s,   u"hostaddr"_s, u"port"_s,
                                  u"dbname"_s, u"user"_s,     u"service"_s};
    QHash<QString, QString> defaults; // only these: never a password
    const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> known(PQconndefaults(),
                                                                             PQconninfoFree);
    for (const PQconninfoOption *o = known.get(); o && o->keyword; ++o) {
        const QString keyword = QString::fromUtf8(o->keyword);
        if (o->val && *o->val && keywords.contains(keyword))
            defaults.insert(keyword, QString::fromUtf8(o->val));
    }
    for (const auto &[key, value] : options) { // service=, hostaddr= given in the address
        if (keywords.contains(key))
            defaults.insert(key, value);
    }
    const auto part = [&defaults](const QString &given, const QString &keyword) {
        return given.isEmpty() ? defaults.value(keyword) : given;
    };
    const QString who = part(user, u"user"_s);
    QString out = who.isEmpty() ? QString() : who + u'@';
    const QString where = part(host, u"host"_s);
    out += where.isEmpty() ? u"[local]"_s : where; // libpq's own socket, as psql says
    if (const QString number = part(port, u"port"_s); !number.isEmpty())
        out += u':' + number;
    if (const QString name = part(database, u"dbname"_s); !name.isEmpty())
        out += u'/' + name;
    else if (!who.isEmpty())
        out += u'/' + who; // libpq's default database: the user's name
    for (const QString &keyword : {u"hostaddr"_s, u"service"_s}) {
        if (const QString value = defaults.value(keyword); !value.isEmpty())
            out += u' ' + keyword + u'=' + value;
    }
    return out;
}

QString ServerAddress::connectOptions() const {
    QStringList pairs;
    const auto add = [&pairs](const QString &key, const QString &value) {
        if (!value.isEmpty())
            pairs.append(key + u'=' + quoted(value));
    };
    add(u"host"_s, host);
    add(u"port"_s, port);
    add(u"dbname"_s, database);
    add(u"user"_s, user);
    for (const auto &[key, value] : options)
        add(key, value);
    // Unless the address says otherwise: a server that does not answer is given up in
    // seconds, not in the minutes TCP waits, so that a window's check of its connection
    // (on the window's thread) waits seconds, not minutes. libpq applies these to TCP only.
    static const std::pair<QString, QString> kPatience[] = {{u"connect_timeout"_s, u"10"_s},
                                                            {u"keepalives_idle"_s, u"20"_s},
                                                            {u"keepalives_interval"_s, u"5"_s},
                                                            {u"keepalives_count"_s, u"3"_s},
                                                            {u"tcp_user_timeout"_s, u"30000"_s}};
    for (const auto &patience : kPatience) {
        const QString &key = patience.first;
        const bool given = std::any_of(options.cbegin(), options.cend(),
                                       [&key](const auto &o) { return o.first == key; });
        if (!given)
            add(key, patience.second);
    }
    return pairs.join(u';');
}

QString ServerAddress::uri() const {
    const auto encoded = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    QString out = u"postgresql://"_s;
    if (!user.isEmpty())
        out += encoded(user) + u'@';
    QList<std::pair<QString, QString>> parameters;
    if (host.contains(u',') || port.contains(u',')) { // "h1:p1,h2:p2" in libpq's own words
        for (const auto &[key, value] : {std::pair{u"host"_s, host}, std::pair{u"port"_s, port}})
            if (!value.isEmpty())
                parameters.append({key, value});
    } else {
        out += encoded(host);
        if (!port.isEmpty())
            out += u':' + encoded(port);
    }
    if (!database.isEmpty())
        out += u'/' + encoded(database);
    parameters += options;
    for (qsizetype i = 0; i < parameters.size(); ++i)
        out += (i == 0 ? u'?' : u'&') + encoded(parameters[i].first) + u'=' +
               encoded(parameters[i].second);
    return out;
}

namespace {

// Whether the server at `address` wants a password that ~/.pgpass does not hold: libpq's
// own answer (its messages are translated, so their words cannot tell).
bool needsPassword(const ServerAddress &address) {
    QString conninfo = address.connectOptions();
    conninfo.replace(u';', u' '); // as Qt's driver passes them
    PGconn *probe = PQconnectdb(conninfo.toUtf8().constData());
    const bool needs =
        probe && PQstatus(probe) != CONNECTION_OK && PQconnectionNeedsPassword(probe) != 0;
    PQfinish(probe);
    return needs;
}

} // namespace

void connectToServer(QSqlDatabase &db, const ServerAddress &address, const AskPassword &ask) {
    const QString account = address.account();
    db.setConnectOptions(address.connectOptions());
    bool open = db.open();
    if (!open && needsPassword(address)) {
        const std::optional<QString> password = ask ? ask(account) : std::nullopt;
        if (!password) {
            throw StoreError(ServerAddressText::tr("%1: the server asks for a password: put it "
                                                   "in ~/.pgpass (or the file PGPASSFILE "
                                                   "names)")
                                 .arg(account));
        }
        db.setPassword(*password);
        open = db.open();
        db.setPassword(QString()); // the connection is made: not kept
        if (!open) {
            throw PasswordError(ServerAddressText::tr("%1: cannot connect: %2")
                                    .arg(account, db.lastError().text()));
        }
    }
    if (!open) {
        throw StoreError(
            ServerAddressText::tr("%1: cannot connect: %2").arg(account, db.lastError().text()));
    }
    // The server's notices ("already exists, skipping") would reach the terminal through
    // libpq; its warnings and errors are what BanAtlas reports.
    QSqlQuery quiet(db);
    if (!quiet.exec(u"SET client_min_messages TO warning"_s)) {
        throw StoreError(
            ServerAddressText::tr("%1: cannot connect: %2").arg(account, quiet.lastError().text()));
    }
}

bool isServerAddress(const QString &text) {
    return text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s);
}

ServerAddress parseServerAddress(const QString &uri) {
    if (!isServerAddress(uri)) {
        // Not repeated: a mistyped scheme may come with a password.
        throw StoreError(ServerAddressText::tr(
            "not a server address: it begins postgresql:// (postgresql://user@host/database)"));
    }
    refusePasswordIn(uri);
    char *error = nullptr;
    const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> parsed(
        PQconninfoParse(uri.toUtf8().constData(), &error), PQconninfoFree);
    if (!parsed) {
        const QString why =
            error ? QString::fromUtf8(error).trimmed() : ServerAddressText::tr("out of memory");
        PQfreemem(error);
        throw StoreError(ServerAddressText::tr("not a server address: %1").arg(why));
    }
    ServerAddress address;
    for (const PQconninfoOption *o = parsed.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == u"password"_s || key == u"sslpassword"_s) // as libpq read it
            refusePassword(key);
        if (value.contains(u';')) {
            throw StoreError(ServerAddressText::tr("%1: a ';' in a value cannot be passed on "
                                                   "to the server's driver")
                                 .arg(key));
        }
        if (key == u"host"_s)
            address.host = value;
        else if (key == u"port"_s)
            address.port = value;
        else if (key == u"dbname"_s)
            address.database = value;
        else if (key == u"user"_s)
            address.user = value;
        else
            address.options.append({key, value});
    }
    return address;
}

} // namespace banatlas
