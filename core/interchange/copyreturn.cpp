#include "interchange/copyreturn.h"

#include "domain/errors.h"
#include "formats/jsoncodec.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
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

// What the team did to decision `id` since the copy (at `copiedVersion`, now `now`), and
// who; `copyDeletes`: the copy deleted it.
QString changedSince(const Store &team, qint64 id, qint64 copiedVersion, qint64 now,
                     bool copyDeletes) {
    const QString text = copyDeletes
                             ? CopyText::tr("changed in the team database since the copy "
                                            "(version %1, now %2), by %3; the copy deletes it")
                             : CopyText::tr("changed in the team database since the copy "
                                            "(version %1, now %2), by %3");
    return text.arg(copiedVersion).arg(now).arg(lastChangeBy(team, id));
}

// A decision as the history logged it (an entry's old or new value); none when the entry
// holds none (an import's compact row) or cannot be read.
std::optional<Decision> decisionAsLogged(const QString &json) {
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return std::nullopt;
    try {
        return decisionFromJson(o);
    } catch (const JsonFieldError &) {
        return std::nullopt;
    }
}

CopyChange changeShowing(CopyChange::Kind kind, qint64 id, const Decision &shown) {
    CopyChange c;
    c.kind = kind;
    c.id = id;
    c.country = shown.country;
    c.title = shown.title;
    return c;
}

// What the copy did to decision `id` after its history entry `after`, set against the
// team: none, or one change, or two when the copy deleted a decision it was given and then
// added one under the same id (a file reuses ids). `copiedVersion` 0: not in the copy as
// made (versions begin at 1).
QList<CopyChange> changesOf(const Store &copy, const Store &team, qint64 id, qint64 copiedVersion,
                            bool addedAgain) {
    std::optional<Decision> mine = copy.decision(id);
    QList<CopyChange> out;
    if (copiedVersion == 0 || addedAgain) { // new in the copy (unless deleted again there)
        if (mine) {
            CopyChange added = changeShowing(CopyChange::Kind::Added, id, *mine);
            added.mine = mine;
            out.append(std::move(added));
        }
        if (copiedVersion == 0)
            return out;
        mine.reset(); // the decision copied is gone from the copy
    }
    std::optional<Decision> theirs = team.decision(id);
    if (!theirs) {
        if (mine) { // (deleted on both sides: nothing to do)
            CopyChange c = changeShowing(CopyChange::Kind::Conflict, id, *mine);
            c.conflict = CopyText::tr("deleted in the team database since the copy, by %1")
                             .arg(lastChangeBy(team, id));
            c.mine = std::move(mine);
            out.append(std::move(c));
        }
        return out;
    }
    const bool teamChanged = theirs->version != copiedVersion;
    if (!mine) {
        CopyChange c = changeShowing(
            teamChanged ? CopyChange::Kind::Conflict : CopyChange::Kind::Deleted, id, *theirs);
        if (teamChanged)
            c.conflict = changedSince(team, id, copiedVersion, theirs->version, true);
        c.teamVersion = theirs->version;
        c.theirs = std::move(theirs);
        out.append(std::move(c));
        return out;
    }
    QList<FieldChange> fields = decisionDiff(*theirs, *mine);
    if (fields.isEmpty())
        return out; // the same on both sides now
    CopyChange c = changeShowing(
        teamChanged ? CopyChange::Kind::Conflict : CopyChange::Kind::Changed, id, *mine);
    c.fields = std::move(fields);
    if (teamChanged)
        c.conflict = changedSince(team, id, copiedVersion, theirs->version, false);
    c.teamVersion = theirs->version;
    c.mine = std::move(mine);
    c.theirs = std::move(theirs);
    out.append(std::move(c));
    return out;
}

// Whether two addresses name the same database: the same host, port and database, whoever
// logs in and with whichever options.
bool sameDatabase(const QString &a, const QString &b) {
    try {
        const ServerAddress x = parseServerAddress(a);
        const ServerAddress y = parseServerAddress(b);
        const auto port = [](const QString &p) { return p.isEmpty() ? u"5432"_s : p; };
        return x.host == y.host && port(x.port) == port(y.port) && x.database == y.database;
    } catch (const StoreError &) {
        return false;
    }
}

// How far earlier returns of copy `copyId` went (0: none), from the team's history.
qint64 returnedThrough(const Store &team, const QString &copyId) {
    qint64 through = 0;
    for (const AuditEntry &e : team.auditLog(u"file"_s)) {
        if (e.action != u"import"_s)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
        if (o.value(u"copy"_s).toString() == copyId)
            through = std::max(through, qint64(o.value(u"through"_s).toDouble()));
    }
    return through;
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
    const std::optional<QString> copyId = copy.metaValue(u"copy_id"_s);
    const std::optional<QString> through = copy.metaValue(u"copied_through_audit"_s);
    const std::optional<QString> versions = copy.metaValue(u"copied_versions"_s);
    if (!from || !copyId || !through || !versions) {
        throw StoreError(CopyText::tr("%1: not a local copy of a team database (File ▸ Save a "
                                      "local copy… makes one)")
                             .arg(copy.path()));
    }
    if (!sameDatabase(*from, team.path())) {
        throw StoreError(
            CopyText::tr("%1: a copy of %2, not of %3").arg(copy.path(), *from, team.path()));
    }
    bool ok = false;
    const qint64 copiedThrough = through->toLongLong(&ok);
    if (!ok)
        throw StoreError(CopyText::tr("%1: where its history begins is damaged").arg(copy.path()));
    CopyChanges out;
    out.copiedFrom = *from;
    out.copyId = *copyId;
    out.copiedAt =
        QDateTime::fromString(copy.metaValue(u"copied_at"_s).value_or(QString()), Qt::ISODate);
    const QHash<qint64, qint64> copied = copiedVersions(copy.path(), *versions);
    const qint64 last = std::max(copiedThrough, returnedThrough(team, *copyId));
    out.through = last;
    QSet<qint64> touched;
    QSet<qint64> inserted;           // ids the copy added (again) since
    QHash<qint64, QString> firstOld; // each decision before the copy first changed it
    for (const AuditEntry &e : copy.auditLogAfter(last)) {
        out.through = std::max(out.through, e.id);
        if (e.entity != u"decision"_s)
            continue;
        const qint64 id = e.entityId.toLongLong();
        touched.insert(id);
        if (e.action == u"insert"_s)
            inserted.insert(id);
        else if (!firstOld.contains(id) && !inserted.contains(id))
            firstOld.insert(id, e.oldValue); // empty when an import in the copy changed it
    }
    QList<qint64> ids(touched.cbegin(), touched.cend());
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids)) {
        for (CopyChange &c :
             changesOf(copy, team, id, copied.value(id, 0), inserted.contains(id))) {
            if (c.kind == CopyChange::Kind::Conflict) {
                c.base = decisionAsLogged(firstOld.value(id));
                c.copiedVersion = copied.value(id, 0);
                if (c.base) // the history's values leave the version out
                    c.base->version = c.copiedVersion;
                c.by = lastChangeBy(team, id);
            }
            out.changes.append(std::move(c));
        }
    }
    return out;
}

QList<qint64> settleConflicts(CopyChanges &changes, const ConflictSettlements &settlements) {
    QList<qint64> outdated;
    for (CopyChange &c : changes.changes) {
        const auto s = settlements.constFind(c.id);
        if (c.kind != CopyChange::Kind::Conflict || s == settlements.cend())
            continue;
        const bool holds =
            s->teamVersion == (c.theirs ? c.theirs->version : 0) &&
            (s->take != ConflictSettlement::Take::Merged || (c.canMerge() && s->merged));
        if (holds)
            c.settled = *s;
        else
            outdated.append(c.id);
    }
    return outdated;
}

namespace {

// What one return writes, counted for its entry in the team's history.
struct Written {
    QList<qint64> added;
    int changed = 0;
    int deleted = 0;
    int left = 0; // conflicts left as the team has them
};

void addAsNew(Store &team, const Store &copy, Decision d, Written &w) {
    addMissingVendors(team, copy, d);
    d.id = 0;
    for (Source &s : d.sources)
        s.id = 0;
    w.added.append(team.addDecision(d));
}

// `d` written over the team's decision at `teamVersion` (refused if the team saved since).
void writeOver(Store &team, const Store &copy, Decision d, qint64 teamVersion, Written &w) {
    addMissingVendors(team, copy, d);
    d.version = teamVersion;
    team.updateDecision(d);
    ++w.changed;
}

// A conflict, as the user settled it.
void writeSettled(Store &team, const Store &copy, const CopyChange &c, Written &w) {
    switch (c.settled.take) {
    case ConflictSettlement::Take::Theirs:
        ++w.left;
        break;
    case ConflictSettlement::Take::Mine:
        if (c.mine && c.theirs) {
            writeOver(team, copy, *c.mine, c.teamVersion, w);
        } else if (c.mine) { // the team deleted it: back as a new decision
            addAsNew(team, copy, *c.mine, w);
        } else { // the copy deleted it
            team.removeDecision(c.id, c.teamVersion);
            ++w.deleted;
        }
        break;
    case ConflictSettlement::Take::Merged:
        writeOver(team, copy, *c.settled.merged, c.teamVersion, w);
        break;
    }
}

} // namespace

QList<qint64> applyCopyChanges(Store &team, const Store &copy, const CopyChanges &changes) {
    Written w;
    team.transaction([&] {
        team.startImport(QFileInfo(copy.path()).fileName());
        for (const CopyChange &c : changes.changes) {
            switch (c.kind) {
            case CopyChange::Kind::Added:
                addAsNew(team, copy, *c.mine, w);
                break;
            case CopyChange::Kind::Changed:
                writeOver(team, copy, *c.mine, c.teamVersion, w);
                break;
            case CopyChange::Kind::Deleted:
                team.removeDecision(c.id, c.teamVersion);
                ++w.deleted;
                break;
            case CopyChange::Kind::Conflict:
                writeSettled(team, copy, c, w);
                break;
            }
        }
        // The next return of this copy begins after what this one reached.
        const QJsonObject counts{
            {u"added"_s, int(w.added.size())}, {u"updated"_s, w.changed},
            {u"deleted"_s, w.deleted},         {u"conflicts"_s, w.left},
            {u"copy"_s, changes.copyId},       {u"through"_s, double(changes.through)}};
        team.finishImport(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)),
                          int(w.added.size()) + w.changed);
    });
    return w.added;
}

} // namespace banatlas
