// An import preview: the import run on a scratch copy of the database, what it did
// recorded, and the class changes worked out from the facts before and after.

#include "interchange/importpreview.h"

#include "interchange/copyreturn.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// The translation context of the preview's messages.
struct PreviewText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::ImportPreview)
};

QString dateText(const PartialDate &d) {
    return d.isNull() ? QString() : d.toString();
}

QString scopesText(const QList<Scope> &scopes) {
    QStringList ids;
    for (Scope s : scopes)
        ids.append(toId(s));
    return ids.join(u';');
}

// Adds `field` when its two values differ.
void compare(QList<FieldChange> &out, const QString &field, const QString &before,
             const QString &after) {
    if (before != after)
        out.append({field, before, after});
}

// One source in a line: what a reader recognises it by.
QString sourceText(const Source &s) {
    QStringList parts;
    for (const QString &part : {s.title, s.publisher, s.url, dateText(s.published)}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u", "_s);
}

void compareSources(QList<FieldChange> &out, const QList<Source> &before,
                    const QList<Source> &after) {
    for (qsizetype i = 0; i < std::max(before.size(), after.size()); ++i) {
        const QString at = u"sources[%1]"_s.arg(i);
        if (i >= before.size()) {
            out.append({at, QString(), sourceText(after[i])});
            continue;
        }
        if (i >= after.size()) {
            out.append({at, sourceText(before[i]), QString()});
            continue;
        }
        const Source &b = before[i];
        const Source &a = after[i];
        compare(out, at + u".title"_s, b.title, a.title);
        compare(out, at + u".publisher"_s, b.publisher, a.publisher);
        compare(out, at + u".url"_s, b.url, a.url);
        compare(out, at + u".published"_s, dateText(b.published), dateText(a.published));
        compare(out, at + u".accessed"_s, dateText(b.accessed), dateText(a.accessed));
        compare(out, at + u".local_copy"_s, b.localCopy, a.localCopy);
        compare(out, at + u".sha256"_s, b.sha256, a.sha256);
    }
}

// The status of every government on `asOf` (all vendors), and of the pairs asked for.
struct Statuses {
    QHash<QString, Status> governments;
    QHash<QPair<QString, QString>, Status> pairs;
};

Statuses statusesOf(const Store &store, QDate asOf, const QStringList &pairCountries,
                    const QStringList &pairVendors) {
    const StatusFacts facts = store.statusFacts();
    const StatusResolver resolver(facts, store.vendors());
    Statuses out;
    out.governments = resolver.resolveCountries(facts.countries, {}, asOf);
    for (const QString &country : pairCountries) {
        for (const QString &vendor : pairVendors)
            out.pairs.insert({country, vendor}, resolver.resolve(country, vendor, asOf));
    }
    return out;
}

bool differs(const Status &a, const Status &b) {
    return a.statusClass != b.statusClass || a.pending != b.pending;
}

StatusChange changeOf(const QString &country, const QString &vendor, const Status &before,
                      const Status &after) {
    return {country, vendor, before.statusClass, after.statusClass, before.pending, after.pending};
}

// The governments and vendors the file's decisions name, before and after.
void namedBy(const ImportRecord &record, QStringList &countries, QStringList &vendors) {
    QSet<QString> c;
    QSet<QString> seenVendors;
    auto addVendors = [&](const QStringList &names) {
        for (const QString &v : names) {
            const QString key = nameKey(v);
            if (!seenVendors.contains(key)) {
                seenVendors.insert(key);
                vendors.append(normalizedName(v));
            }
        }
    };
    for (const Decision &d : record.added) {
        c.insert(d.country);
        addVendors(d.vendors);
    }
    for (const ImportRecord::Change &ch : record.changed) {
        c.insert(ch.before.country);
        c.insert(ch.after.country);
        addVendors(ch.before.vendors);
        addVendors(ch.after.vendors);
    }
    countries = QStringList(c.begin(), c.end());
    countries.sort();
}

void addClassChanges(ImportPreview &p, const Statuses &before, const Statuses &after,
                     const QStringList &countries, const QStringList &vendors) {
    QStringList governments = before.governments.keys();
    for (const QString &code : after.governments.keys()) {
        if (!before.governments.contains(code))
            governments.append(code);
    }
    governments.sort();
    for (const QString &code : std::as_const(governments)) {
        const Status b = before.governments.value(code);
        const Status a = after.governments.value(code);
        if (differs(b, a))
            p.classChanges.append(changeOf(code, {}, b, a));
    }
    for (const QString &code : countries) {
        for (const QString &vendor : vendors) {
            const Status b = before.pairs.value({code, vendor});
            const Status a = after.pairs.value({code, vendor});
            if (differs(b, a))
                p.pairChanges.append(changeOf(code, vendor, b, a));
        }
    }
}

QString classText(StatusClass c, bool pending) {
    return pending ? PreviewText::tr("%1 (pending)").arg(toId(c)) : toId(c);
}

QString valueText(const QString &value) {
    if (value.isEmpty())
        return PreviewText::tr("(none)");
    QString one = value;
    one.replace(u'\n', u' ');
    return one;
}

} // namespace

QList<FieldChange> decisionDiff(const Decision &before, const Decision &after) {
    QList<FieldChange> out;
    compare(out, u"country"_s, before.country, after.country);
    compare(out, u"vendors"_s, before.vendors.join(u';'), after.vendors.join(u';'));
    compare(out, u"measure"_s, toId(before.measure), toId(after.measure));
    compare(out, u"scope"_s, scopesText(before.scopes), scopesText(after.scopes));
    compare(out, u"announced"_s, dateText(before.announced), dateText(after.announced));
    compare(out, u"effective"_s, dateText(before.effective), dateText(after.effective));
    compare(out, u"ended"_s, dateText(before.ended), dateText(after.ended));
    compare(out, u"deadline"_s, dateText(before.deadline), dateText(after.deadline));
    compare(out, u"title"_s, before.title, after.title);
    compare(out, u"summary"_s, before.summary, after.summary);
    compare(out, u"legal_form"_s, before.legalForm ? toId(*before.legalForm) : QString(),
            after.legalForm ? toId(*after.legalForm) : QString());
    compare(out, u"confidence"_s, toId(before.confidence), toId(after.confidence));
    compare(out, u"covers_subsidiaries"_s, before.coversSubsidiaries ? u"true"_s : u"false"_s,
            after.coversSubsidiaries ? u"true"_s : u"false"_s);
    compareSources(out, before.sources, after.sources);
    if (out.isEmpty() && before.vendors != after.vendors) // the same names, spelt otherwise
        out.append({u"vendors"_s, before.vendors.join(u';'), after.vendors.join(u';')});
    return out;
}

ImportPreview previewImport(const Store &store, const QString &fileName, const QByteArray &data,
                            QDate asOf, const ImportProgress &progress) {
    ImportPreview p;
    p.fileName = fileName;
    p.data = data;
    p.sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    p.asOf = asOf;
    p.databasePath = store.path();
    p.generation = store.generation();

    const QTemporaryDir scratchDir;
    if (!scratchDir.isValid())
        throw StoreError(PreviewText::tr("cannot make a temporary folder for the preview: %1")
                             .arg(scratchDir.errorString()));
    const QString copy = scratchDir.filePath(u"preview.banatlas"_s);
    store.copyTo(copy);
    ImportRecord record;
    Statuses after;
    QStringList countries;
    QStringList vendors;
    {
        // The copy was checked as the database was opened: not again.
        Store scratch(copy, Access::ReadWrite, 0);
        p.summary = importData(scratch, fileName, data, progress, &record);
        namedBy(record, countries, vendors);
        after = statusesOf(scratch, asOf, countries, vendors);
    }
    const Statuses before = statusesOf(store, asOf, countries, vendors);
    addClassChanges(p, before, after, countries, vendors);

    p.added = std::move(record.added);
    if (store.engine() == Engine::Postgres) {
        // A server draws new ids from its own sequence, not after the largest as the scratch
        // file did: they are shown as new (0).
        for (Decision &d : p.added) {
            if (record.idsDrawn.contains(d.id))
                d.id = 0;
        }
    }
    for (const ImportRecord::Change &ch : std::as_const(record.changed))
        p.changed.append(
            {ch.after.id, ch.after.country, ch.after.title, decisionDiff(ch.before, ch.after)});
    p.vendorsCreated = std::move(record.vendorsCreated);
    p.vendorsUpdated = std::move(record.vendorsUpdated);
    return p;
}

namespace {

// The SHA-256 of the whole file at `path` (a local copy, read in pieces).
QByteArray fileSha256(const QString &path) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw StoreError(PreviewText::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    return hash.result();
}

DecisionChange listed(const CopyChange &c) {
    return {c.id, c.country, c.title, c.fields};
}

// A conflict of a local copy in the preview: what the team did, and how it is settled; a
// settled one's fields are the team's → what is written.
template <typename Named>
void listConflict(ImportPreview &p, const CopyChange &c, const Named &named) {
    DecisionChange listing = listed(c);
    QString reason = c.conflict;
    using Take = ConflictSettlement::Take;
    switch (c.settled.take) {
    case Take::Theirs:
        p.conflictTakes.append(0);
        break;
    case Take::Mine:
        p.conflictTakes.append(1);
        if (c.mine && c.theirs) {
            reason = PreviewText::tr("%1; settled: the copy's is written").arg(reason);
            ++p.conflictsUpdated;
        } else if (c.mine) {
            reason =
                PreviewText::tr("%1; settled: the copy's comes back as a new decision").arg(reason);
            ++p.conflictsAdded;
        } else {
            reason = PreviewText::tr("%1; settled: deleted, as in the copy").arg(reason);
            ++p.conflictsDeleted;
        }
        break;
    case Take::Merged:
        p.conflictTakes.append(2);
        listing.fields = decisionDiff(*c.theirs, *c.settled.merged);
        reason = PreviewText::tr("%1; settled: merged, field by field").arg(reason);
        ++p.conflictsUpdated;
        named(*c.settled.merged); // its vendors, not all of the copy's
        named(*c.theirs);
        break;
    }
    if (c.settled.take == Take::Mine) {
        if (c.mine)
            named(*c.mine);
        if (c.theirs)
            named(*c.theirs);
    }
    p.conflicts.append(std::move(listing));
    p.conflictReasons.append(reason);
}

} // namespace

bool isDatabaseFile(const QString &path) {
    return QFileInfo(path).suffix().compare(u"banatlas"_s, Qt::CaseInsensitive) == 0;
}

ImportPreview previewCopyReturn(const Store &team, const QString &copyPath, QDate asOf,
                                const ConflictSettlements &settlements) {
    ImportPreview p;
    p.fileName = copyPath;
    p.sha256 = fileSha256(copyPath);
    p.asOf = asOf;
    p.databasePath = team.path();
    p.generation = team.generation();
    Store copy(copyPath, Access::ReadOnly);
    auto changes = std::make_shared<CopyChanges>(changesOfCopy(copy, team));
    p.settlementsOutdated = settleConflicts(*changes, settlements);
    QSet<QString> countries;
    QSet<QString> vendors;
    QSet<QString> newVendors;
    const auto named = [&](const Decision &d) {
        countries.insert(d.country);
        for (const QString &v : d.vendors) {
            vendors.insert(normalizedName(v));
            if (!team.hasVendor(v))
                newVendors.insert(normalizedName(v));
        }
    };
    for (const CopyChange &c : std::as_const(changes->changes)) {
        switch (c.kind) {
        case CopyChange::Kind::Added: {
            Decision d = *c.mine;
            named(d);
            d.id = 0;
            p.added.append(std::move(d));
            break;
        }
        case CopyChange::Kind::Changed:
            named(*c.mine);
            named(*c.theirs);
            p.changed.append(listed(c));
            break;
        case CopyChange::Kind::Deleted:
            named(*c.theirs);
            p.deleted.append(listed(c));
            break;
        case CopyChange::Kind::Conflict:
            listConflict(p, c, named);
            break;
        }
    }
    for (const QString &v : std::as_const(newVendors))
        p.vendorsCreated.append({v, {}});
    p.summary.added = int(p.added.size()) + p.conflictsAdded;
    p.summary.updated = int(p.changed.size()) + p.conflictsUpdated;
    p.summary.vendorsCreated = int(p.vendorsCreated.size());
    if (const int left = int(p.conflicts.size()) - p.conflictsSettled(); left > 0)
        p.summary.notes.append(PreviewText::tr("%n decision(s) changed in the copy were changed "
                                               "in the team database since: left as the team "
                                               "has them",
                                               nullptr, left));
    // The class changes: the changes applied to a scratch copy of the team's data.
    QStringList countryList(countries.cbegin(), countries.cend());
    QStringList vendorList(vendors.cbegin(), vendors.cend());
    countryList.sort();
    vendorList.sort();
    const QTemporaryDir scratchDir;
    if (!scratchDir.isValid())
        throw StoreError(PreviewText::tr("cannot make a temporary folder for the preview: %1")
                             .arg(scratchDir.errorString()));
    const QString scratchPath = scratchDir.filePath(u"preview.banatlas"_s);
    team.copyTo(scratchPath);
    Statuses after;
    {
        Store scratch(scratchPath, Access::ReadWrite, 0);
        applyCopyChanges(scratch, copy, *changes);
        after = statusesOf(scratch, asOf, countryList, vendorList);
    }
    addClassChanges(p, statusesOf(team, asOf, countryList, vendorList), after, countryList,
                    vendorList);
    p.copy = std::move(changes);
    return p;
}

QString outdatedPreview(const Store &store, const ImportPreview &preview) {
    if (QFileInfo(store.path()).absoluteFilePath() !=
        QFileInfo(preview.databasePath).absoluteFilePath())
        return PreviewText::tr("The preview was made for another database (%1).")
            .arg(preview.databasePath);
    if (store.generation() != preview.generation)
        return PreviewText::tr("The database has changed since the preview.");
    QByteArray now;
    try {
        now = preview.copy ? fileSha256(preview.fileName)
                           : QCryptographicHash::hash(readImportFile(preview.fileName),
                                                      QCryptographicHash::Sha256);
    } catch (const Error &e) {
        return PreviewText::tr("The file cannot be read as it was previewed: %1").arg(e.message());
    }
    if (now != preview.sha256)
        return PreviewText::tr("%1 has changed since the preview.").arg(preview.fileName);
    return {};
}

ImportSummary importPreviewed(Store &store, const ImportPreview &preview,
                              const ImportProgress &progress) {
    if (const QString why = outdatedPreview(store, preview); !why.isEmpty())
        throw StoreError(PreviewText::tr("%1 Nothing was imported; preview it again.").arg(why));
    if (!preview.copy)
        return importFileData(store, preview.fileName, preview.data, progress);
    // A local copy: its changes from the versions reviewed (a change the team made since
    // the review refuses them all, ConflictError).
    const Store copy(preview.fileName, Access::ReadOnly);
    applyCopyChanges(store, copy, *preview.copy);
    ImportSummary done = preview.summary;
    for (qsizetype i = 0; i < preview.conflicts.size(); ++i) {
        const DecisionChange &c = preview.conflicts[i];
        if (preview.conflictTakes.value(i) != 0)
            continue; // settled: written as the user chose
        done.notes.append(PreviewText::tr("#%1 %2 \"%3\" not brought back: %4")
                              .arg(c.id)
                              .arg(c.country, c.title, preview.conflictReasons.value(i)));
    }
    if (const int deleted = int(preview.deleted.size()) + preview.conflictsDeleted; deleted > 0)
        done.notes.prepend(
            PreviewText::tr("%n decision(s) deleted, as in the copy", nullptr, deleted));
    return done;
}

namespace {

// A section of the dry run's report: its heading, then each decision (with its reason, when
// `reasons` gives one) and its fields, before → after.
void decisionLines(QStringList &out, const QString &heading, const QList<DecisionChange> &list,
                   const QStringList &reasons = {}) {
    if (!list.isEmpty())
        out.append(heading);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const DecisionChange &c = list[i];
        const QString line = u"  #%1  %2  %3"_s.arg(c.id).arg(c.country, c.title);
        out.append(i < reasons.size() ? line + u": "_s + reasons[i] : line);
        for (const FieldChange &f : c.fields)
            out.append(u"    %1: %2 → %3"_s.arg(f.field, valueText(f.before), valueText(f.after)));
    }
}

} // namespace

QStringList ImportPreview::lines() const {
    QStringList out;
    out.append(PreviewText::tr("%1: %2 added, %3 changed, %4 unchanged, %5 new vendors, %6 "
                               "vendors updated (a dry run: nothing was written)")
                   .arg(fileName)
                   .arg(summary.added)
                   .arg(summary.updated)
                   .arg(summary.unchanged)
                   .arg(summary.vendorsCreated)
                   .arg(summary.vendorsUpdated));
    if (!added.isEmpty())
        out.append(PreviewText::tr("added:"));
    for (const Decision &d : added)
        out.append(
            u"  #%1  %2  %3  %4"_s.arg(d.id == 0 ? PreviewText::tr("new") : QString::number(d.id),
                                       d.country, toId(d.measure), d.title));
    decisionLines(out, PreviewText::tr("changed:"), changed);
    decisionLines(out, PreviewText::tr("deleted:"), deleted);
    decisionLines(out, PreviewText::tr("conflicts (left as the team has them):"), conflicts,
                  conflictReasons);
    if (!vendorsCreated.isEmpty())
        out.append(PreviewText::tr("new vendors:"));
    for (const ImportRecord::NewVendor &v : vendorsCreated) {
        out.append(v.near.isEmpty()
                       ? u"  "_s + v.name
                       : u"  "_s + PreviewText::tr("%1  (warning: one letter away from \"%2\"; "
                                                   "check that it is not the same vendor)")
                                       .arg(v.name, v.near));
    }
    if (summary.notesCut)
        out.append(u"  "_s + PreviewText::tr("(there may be more look-alikes; the checking "
                                             "stopped at twenty)"));
    if (!vendorsUpdated.isEmpty())
        out.append(PreviewText::tr("vendors updated:"));
    for (const QString &v : vendorsUpdated)
        out.append(u"  "_s + v);
    const QString date = asOf.toString(Qt::ISODate);
    if (classChanges.isEmpty()) {
        out.append(PreviewText::tr("classes on %1 (all vendors): none would change").arg(date));
    } else {
        out.append(PreviewText::tr("classes on %1 (all vendors):").arg(date));
        for (const StatusChange &c : classChanges)
            out.append(u"  %1  %2 → %3"_s.arg(c.country, classText(c.before, c.pendingBefore),
                                              classText(c.after, c.pendingAfter)));
    }
    if (!pairChanges.isEmpty())
        out.append(PreviewText::tr("classes on %1 by vendor:").arg(date));
    for (const StatusChange &c : pairChanges)
        out.append(u"  %1  %2  %3 → %4"_s.arg(c.country, c.vendor,
                                              classText(c.before, c.pendingBefore),
                                              classText(c.after, c.pendingAfter)));
    return out;
}

} // namespace banatlas
