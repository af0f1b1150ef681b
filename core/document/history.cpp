#include "document/history.h"

#include "domain/partialdate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

QString whatChanged(const AuditEntry &entry) {
    const QString when = displayDateTime(entry.at.toLocalTime());
    // An import's rows are compact (no values): the import's entry holds its counts.
    const bool byImport =
        entry.importId != 0 && entry.oldValue.isEmpty() && entry.newValue.isEmpty();
    if (entry.action == u"insert"_s)
        return byImport
                   ? QCoreApplication::translate("banatlas::History", "%1  created by an import")
                         .arg(when)
                   : QCoreApplication::translate("banatlas::History", "%1  created").arg(when);
    if (entry.action == u"delete"_s)
        return byImport
                   ? QCoreApplication::translate("banatlas::History", "%1  deleted by an import")
                         .arg(when)
                   : QCoreApplication::translate("banatlas::History", "%1  deleted").arg(when);
    if (byImport)
        return QCoreApplication::translate("banatlas::History", "%1  changed by an import")
            .arg(when);
    const QJsonObject before = QJsonDocument::fromJson(entry.oldValue.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(entry.newValue.toUtf8()).object();
    QStringList keys = after.keys() + before.keys();
    keys.sort();
    keys.removeDuplicates();
    QStringList fields;
    for (const QString &key : std::as_const(keys)) {
        if (before.value(key) != after.value(key))
            fields.append(key);
    }
    return QCoreApplication::translate("banatlas::History", "%1  changed: %2")
        .arg(when, fields.join(u", "_s));
}

} // namespace

QString describeChange(const AuditEntry &entry) {
    const QString what = whatChanged(entry);
    if (entry.who().isEmpty())
        return what;
    return QCoreApplication::translate("banatlas::History", "%1  by %2").arg(what, entry.who());
}

} // namespace banatlas
