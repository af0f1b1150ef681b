#include "interchange/copyreturn.h"

#include "domain/errors.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

struct CopyText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::CopyReturn)
};

// "id:version,…" as copyServerToFile writes it.
QHash<qint64, qint64> copiedVersions(const QString &path, const QString &list) {
    QHash<qint64, qint64> out;
    for (QStringView pair : QStringView(list).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(u':');
        bool idOk = false;
        bool versionOk = false;
        const qint64 id = colon > 0 ? pair.left(colon).toLongLong(&idOk) : 0;
        const qint64 version = colon > 0 ? pair.mid(colon + 1).toLongLong(&versionOk) : 0;
        if (!idOk || !versionOk)
            throw StoreError(
                CopyText::tr("%1: its list of versions as copied is damaged").arg(path));
        out.insert(id, version);
    }
    return out;
}

// Who last changed decision `id` in `team`, as its history says.
QString lastChangeBy(const Store &team, qint64 id) {
    const QList<AuditEntry> log = team.auditLog(u"decision"_s, QString::number(id));
    if (log.isEmpty() || log.last().who().isEmpty())
        return CopyText::tr("another analyst");
    return log.last().who();
}

CopyChange conflict(qint64 id, const Decision &shown, QList<FieldChange> fields, QString why) {
    CopyChange c;
    c.kind = CopyChange::Kind::Conflict;
    c.id = id;
    c.country = shown.country;
    c.title = shown.title;
    c.fields = std::move(fields);
    c.conflict = std::move(why);
    return c;
}

// What the copy did to decision `id` (in its history after the copy), set against the team;
// `copiedVersion` 0: not in the copy as made (versions begin at 1).
std::optional<CopyChange> changeOf(const Store &copy, const Store &team, qint64 id,
                                   qint64 copiedVersion) {
    const std::optional<Decision> mine = copy.decision(id);
    if (copiedVersion == 0) { // new in the copy (unless deleted again there)
        if (!mine)
            return std::nullopt;
        return CopyChange{CopyChange::Kind::Added, id, mine->country, mine->title, {}, {}, 0};
    }
    const std::optional<Decision> theirs = team.decision(id);
    if (!theirs) {
        if (!mine)
            return std::nullopt; // deleted on both sides
        return conflict(id, *mine, {},
                        CopyText::tr("deleted in the team database since the copy, by %1")
                            .arg(lastChangeBy(team, id)));
    }
    const bool teamChanged = theirs->version != copiedVersion;
    const QString since = CopyText::tr("changed in the team database since the copy (version "
                                       "%1, now %2), by %3")
                              .arg(copiedVersion)
                              .arg(theirs->version)
                              .arg(teamChanged ? lastChangeBy(team, id) : QString());
    if (!mine) {
        if (teamChanged)
            return conflict(id, *theirs, {}, since + CopyText::tr("; the copy deletes it"));
        return CopyChange{
            CopyChange::Kind::Deleted, id, theirs->country, theirs->title, {}, {}, theirs->version};
    }
    QList<FieldChange> fields = decisionDiff(*theirs, *mine);
    if (fields.isEmpty())
        return std::nullopt; // the same on both sides now
    if (teamChanged)
        return conflict(id, *mine, std::move(fields), since);
    return CopyChange{CopyChange::Kind::Changed, id, mine->country,  mine->title,
                      std::move(fields),         {}, theirs->version};
}

// The vendors `d` names that `team` lacks, added as the copy has them (their parents when
// the team has those).
void addMissingVendors(Store &team, const Store &copy, const Decision &d) {
    for (const QString &name : d.vendors) {
        if (team.hasVendor(name))
            continue;
        std::optional<Vendor> v = copy.findVendor(name);
        if (!v)
            throw StoreError(CopyText::tr("the copy names a vendor it lacks: %1").arg(name));
        v->id = 0;
        if (!v->parent.isEmpty() && !team.hasVendor(v->parent))
            v->parent.clear();
        team.addVendor(*v);
    }
}

} // namespace

qsizetype CopyChanges::count(CopyChange::Kind kind) const {
    return std::count_if(changes.cbegin(), changes.cend(),
                         [kind](const CopyChange &c) { return c.kind == kind; });
}

CopyChanges changesOfCopy(const Store &copy, const Store &team) {
    const std::optional<QString> from = copy.metaValue(u"copied_from"_s);
    const std::optional<QString> through = copy.metaValue(u"copied_through_audit"_s);
    const std::optional<QString> versions = copy.metaValue(u"copied_versions"_s);
    if (!from || !through || !versions) {
        throw StoreError(CopyText::tr("%1: not a local copy of a team database (File ▸ Save a "
                                      "local copy… makes one)")
                             .arg(copy.path()));
    }
    if (*from != team.path()) {
        throw StoreError(
            CopyText::tr("%1: a copy of %2, not of %3").arg(copy.path(), *from, team.path()));
    }
    CopyChanges out;
    out.copiedFrom = *from;
    out.copiedAt =
        QDateTime::fromString(copy.metaValue(u"copied_at"_s).value_or(QString()), Qt::ISODate);
    const QHash<qint64, qint64> copied = copiedVersions(copy.path(), *versions);
    const qint64 last = through->toLongLong();
    QSet<qint64> touched;
    for (const AuditEntry &e : copy.auditLog(u"decision"_s)) {
        if (e.id > last)
            touched.insert(e.entityId.toLongLong());
    }
    QList<qint64> ids(touched.cbegin(), touched.cend());
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids)) {
        if (std::optional<CopyChange> c = changeOf(copy, team, id, copied.value(id, 0)))
            out.changes.append(std::move(*c));
    }
    return out;
}

QList<qint64> applyCopyChanges(Store &team, const Store &copy, const CopyChanges &changes) {
    QList<qint64> added;
    team.transaction([&] {
        for (const CopyChange &c : changes.changes) {
            switch (c.kind) {
            case CopyChange::Kind::Added: {
                Decision d = *copy.decision(c.id);
                addMissingVendors(team, copy, d);
                d.id = 0;
                for (Source &s : d.sources)
                    s.id = 0;
                added.append(team.addDecision(d));
                break;
            }
            case CopyChange::Kind::Changed: {
                Decision d = *copy.decision(c.id);
                addMissingVendors(team, copy, d);
                d.version = c.teamVersion;
                team.updateDecision(d);
                break;
            }
            case CopyChange::Kind::Deleted:
                team.removeDecision(c.id, c.teamVersion);
                break;
            case CopyChange::Kind::Conflict:
                break; // the team's stays
            }
        }
    });
    return added;
}

} // namespace banatlas
