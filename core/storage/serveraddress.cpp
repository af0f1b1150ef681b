#include "storage/serveraddress.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <QUrl>

#include <libpq-fe.h>

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
// cannot read quote the address: as libpq finds one, after "user:" up to the first '@'
// before any '/', or as a parameter.
void refusePasswordIn(const QString &uri) {
    const qsizetype start = uri.indexOf(u"://"_s) + 3;
    const qsizetype end = uri.indexOf(u'/', start);
    const qsizetype at = uri.indexOf(u'@', start);
    if (at >= 0 && (end < 0 || at < end) && uri.mid(start, at - start).contains(u':'))
        refusePassword(u"password"_s);
    const qsizetype query = uri.indexOf(u'?');
    if (query < 0)
        return;
    for (const QString &pair : uri.mid(query + 1).split(u'&')) {
        const QString key = QUrl::fromPercentEncoding(pair.section(u'=', 0, 0).toUtf8()).trimmed();
        if (key == u"password"_s || key == u"sslpassword"_s)
            refusePassword(key);
    }
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
    return pairs.join(u';');
}

bool isServerAddress(const QString &text) {
    return text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s);
}

ServerAddress parseServerAddress(const QString &uri) {
    if (!isServerAddress(uri)) {
        throw StoreError(
            ServerAddressText::tr("%1: not a server address (postgresql://user@host/database)")
                .arg(uri));
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
