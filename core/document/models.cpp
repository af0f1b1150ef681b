#include "document/models.h"

#include "document/document.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace banatlas {

QString statusLabel(const Status &s) {
    const QString name = displayName(s.statusClass);
    return s.pending ? QCoreApplication::translate("banatlas::Models", "%1 (pending)").arg(name)
                     : name;
}

QString explainStatus(const Document &doc, const Status &s) {
    QStringList parts;
    // The newest few in words (a government can have thousands in force at one class);
    // the rest counted.
    constexpr qsizetype kExplained = 3;
    const qsizetype earlier = std::max<qsizetype>(0, s.deciding.size() - kExplained);
    for (qint64 id : s.deciding.sliced(earlier)) {
        if (const Decision *d = doc.decision(id)) {
            QString part = u"%1, %2: %3"_s.arg(displayName(d->measure),
                                               d->announced.toDisplayString(), d->title);
            if (s.pending && !d->effective.isNull()) {
                part += QCoreApplication::translate("banatlas::Models", " (in force from %1)")
                            .arg(d->effective.toDisplayString());
            }
            parts.append(part);
        }
    }
    if (parts.isEmpty() && s.statusClass == StatusClass::NoneInForce)
        return QCoreApplication::translate("banatlas::Models",
                                           "Earlier measures have ended or were lifted");
    if (earlier > 0)
        parts.prepend(earlier == 1
                          ? QCoreApplication::translate("banatlas::Models", "1 earlier decision")
                          : QCoreApplication::translate("banatlas::Models", "%1 earlier decisions")
                                .arg(earlier));
    return parts.join(u"; "_s);
}

QString plainToolTip(const QString &text) {
    // Tooltips guess rich text; escaped inside <qt> they show user text as written.
    return text.isEmpty() ? QString() : u"<qt>"_s + text.toHtmlEscaped() + u"</qt>"_s;
}

QString scopeList(const QList<Scope> &scopes) {
    QStringList names;
    for (Scope s : scopes)
        names.append(displayName(s));
    return names.join(u", "_s);
}

QVariant classData(const Status &s, int role) {
    switch (role) {
    case Qt::DisplayRole:
        return statusLabel(s);
    case ClassRole:
    case SortRole:
        return static_cast<int>(s.statusClass);
    case PendingRole:
        return s.pending;
    case DecisionIdsRole:
        return QVariant::fromValue(s.deciding);
    case Qt::ToolTipRole: {
        // The badge explains itself: what the class means, and pending if it is.
        QString tip = displayName(s.statusClass) + u": "_s + classMeaning(s.statusClass);
        if (s.pending)
            tip += u"\n"_s +
                   QCoreApplication::translate("banatlas::Models",
                                               "Pending: announced, not yet in force (hatched).");
        return plainToolTip(tip).replace(u"\n"_s, u"<br>"_s);
    }
    default:
        return {};
    }
}

} // namespace banatlas
