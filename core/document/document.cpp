#include "document/document.h"

#include "document/commands.h"
#include "domain/errors.h"
#include "domain/validation.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace banatlas {

Document::Document(std::unique_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_undoStack(new QUndoStack(this)) {
    m_countries = m_store->countries();
    m_groups = m_store->groups();
    rebuildSnapshot();
    m_elsewhereTimer = new QTimer(this);
    m_elsewhereTimer->setSingleShot(true);
    m_elsewhereTimer->setInterval(50);
    connect(m_elsewhereTimer, &QTimer::timeout, this, &Document::readElsewhere);
    m_store->watchChanges(
        this, [this](const QString &entity, const QString &id) { noteElsewhere(entity, id); });
    if (isTeamDatabase()) {
        m_connectionTimer = new QTimer(this);
        m_connectionTimer->setInterval(5000);
        connect(m_connectionTimer, &QTimer::timeout, this, &Document::checkConnection);
        m_connectionTimer->start();
    }
}

// --- the connection to a server ---------------------------------------------------------

void Document::setConnectionCheckInterval(int ms) {
    if (m_connectionTimer)
        m_connectionTimer->start(ms);
}

// Found lost: edits held, the views keep what they show. Back: everything read again, since
// what others changed meanwhile was not heard (the undo stack stays: its steps begin from
// the versions they wrote, so one overtaken meanwhile is refused).
void Document::checkConnection() {
    m_checkQueued = false;
    if (!m_lost && m_store->isConnected())
        return;
    const bool wasLost = std::exchange(m_lost, true);
    QString why;
    if (m_store->reconnect(&why)) { // back (after a moment's loss, a restart: at once)
        m_lost = false;
        try {
            reload();
            emit reconnected();
            return;
        } catch (const StoreError &e) { // gone again at once
            m_lost = true;
            why = e.message();
        }
    }
    if (wasLost)
        emit reconnectFailed(why);
    else
        emit connectionWasLost(why);
}

// Once, however many reads or statements failed meanwhile.
void Document::queueConnectionCheck() const {
    if (!m_connectionTimer || m_lost || m_checkQueued)
        return;
    m_checkQueued = true;
    QTimer::singleShot(0, const_cast<Document *>(this), &Document::checkConnection);
}

void Document::reportError(const QString &message) {
    emit errorOccurred(message);
    queueConnectionCheck(); // a statement failed: perhaps the server went
}

bool Document::lostWhileReading() const {
    if (m_lost || m_checkQueued)
        return true;
    if (!isTeamDatabase() || m_store->isConnected())
        return false;
    queueConnectionCheck();
    return true;
}

template <typename Fn>
auto Document::readOr(decltype(std::declval<Fn>()()) fallback, Fn read) const -> decltype(read()) {
    if (m_lost)
        return fallback;
    try {
        return read();
    } catch (const StoreError &) {
        if (lostWhileReading())
            return fallback;
        throw;
    }
}

// --- other analysts' changes ----------------------------------------------------------

// What the server announced (anyone may announce on the channel): a decision by its id, a
// vendor, or an import ("file"), which may have changed anything; nothing else.
void Document::noteElsewhere(const QString &entity, const QString &id) {
    bool isNumber = false;
    const qint64 number = id.toLongLong(&isNumber);
    if (entity == QLatin1StringView("decision") && isNumber && number > 0)
        m_elsewhere.decisions.insert(number);
    else if (entity == QLatin1StringView("vendor"))
        m_elsewhere.vendors = true;
    else if (entity == QLatin1StringView("file"))
        m_elsewhere.everything = true;
    else
        return;
    if (!m_elsewhereTimer->isActive())
        m_elsewhereTimer->start();
}

// Each decision another connection changed is read again: one this document did not hold
// was added, one no longer stored was removed. The undo stack stays: an undo of this
// document's own edit that someone changed since is refused when tried (see commands.h).
void Document::readElsewhere() {
    const Elsewhere seen = std::exchange(m_elsewhere, {});
    if (m_lost) // everything is read again when the connection is back
        return;
    try {
        readIn(seen);
    } catch (const StoreError &e) {
        if (!lostWhileReading())
            reportError(e.message());
    }
}

void Document::readIn(const Elsewhere &seen) {
    if (seen.everything) {
        reload();
        emit changedElsewhere(0);
        return;
    }
    QSet<qint64> held;
    for (const StatusFact &f : m_facts.facts) {
        if (seen.decisions.contains(f.id))
            held.insert(f.id);
    }
    QList<qint64> ids(seen.decisions.cbegin(), seen.decisions.cend());
    std::sort(ids.begin(), ids.end());
    QSet<qint64> stored;
    for (const Decision &d : m_store->decisions(ids))
        stored.insert(d.id);
    Notice added{Change::DecisionAdded}, changed{Change::DecisionChanged},
        removed{Change::DecisionRemoved};
    for (qint64 id : std::as_const(ids)) {
        Notice &n = !stored.contains(id) ? removed : held.contains(id) ? changed : added;
        if (held.contains(id) || stored.contains(id))
            n.more.append(id);
    }
    QList<Notice> notices;
    if (seen.vendors)
        notices.append({Change::Vendors});
    for (const Notice &n : {added, changed, removed}) {
        if (!n.more.isEmpty())
            notices.append(n);
    }
    if (notices.isEmpty())
        return;
    if (notices.size() == 1 && notices.first().more.size() == 1) // patched in place
        notices.first().id = notices.first().more.takeFirst();
    applied(notices);
    emit changedElsewhere(int(ids.size()));
}

Document::~Document() {
    // Commands refer to the store: drop them first.
    m_undoStack->clear();
    m_written.clear();
    if (m_check) {
        m_stopCheck->store(true); // its result is no longer wanted
        m_check->wait();          // the check reads the file on a connection of its own
        delete m_check;
    }
}

bool Document::checkInBackground() {
    if (!m_store->integrityCheckDeferred() || m_check)
        return false;
    startCheck();
    return true;
}

void Document::startCheck() {
    const QString name = m_store->connectionName();
    const QString options = m_store->connectionOptions();
    auto result = std::make_shared<QString>();
    m_check = QThread::create([name, options, result, stop = m_stopCheck] {
        *result = Store::quickCheck(name, options, stop.get());
    });
    m_held = true;
    connect(m_check, &QThread::finished, this, [this, result] {
        m_held = *result != QStringLiteral("ok");
        emit integrityChecked(*result);
    });
    m_check->start(QThread::LowPriority);
}

QString Document::heldMessage() const {
    if (m_lost) {
        return tr("%1 cannot be changed now: the connection to the server was lost; editing "
                  "resumes when it is back")
            .arg(databaseName());
    }
    return tr("%1 cannot be changed now: it is being checked for damage, or damage was found")
        .arg(databaseName());
}

void Document::ensureEditable() const {
    if (editsHeld())
        throw StoreError(heldMessage());
}

QString Document::databaseName() const {
    if (m_store->engine() == Engine::Postgres)
        return parseServerAddress(m_store->path()).displayName();
    return QFileInfo(m_store->path()).fileName();
}

// --- snapshot and signals -----------------------------------------------------------

// The narrow facts of everything, the resolver on them and the counts: never the texts,
// which are read for the rows shown (decision, decisionsOf).
void Document::rebuildSnapshot() {
    dropCache();
    m_vendors = m_store->vendors();
    m_facts = m_store->statusFacts();
    m_resolver = std::make_unique<StatusResolver>(m_facts, m_vendors);
    m_perCountry = m_store->decisionCounts();
    m_total = 0;
    for (int n : std::as_const(m_perCountry))
        m_total += n;
}

// After one decision changed: its facts replaced in the snapshot and in the resolver (no
// scan of the table), the counts of its governments read again.
void Document::refreshDecision(qint64 id) {
    QSet<QString> countries;
    for (const StatusFact &f : m_facts.facts) {
        if (f.id == id)
            countries.insert(m_facts.countries[f.country]);
    }
    std::erase_if(m_facts.facts, [id](const StatusFact &f) { return f.id == id; });
    const StatusFacts fresh = m_store->statusFactsOf(id);
    for (StatusFact f : fresh.facts) {
        const QString &country = fresh.countries[f.country];
        countries.insert(country);
        f.country = indexIn(m_facts.countries, country);
        f.vendor = indexIn(m_facts.vendors, fresh.vendors[f.vendor]);
        m_facts.facts.push_back(f);
    }
    // The resolver takes the one decision in place; a government or vendor it has no
    // row for yet means building it anew.
    if (!m_resolver->replaceDecision(id, fresh))
        m_resolver = std::make_unique<StatusResolver>(m_facts, m_vendors);
    // Only what the change touched is read again: that decision, its governments' lists
    // and counts.
    m_cache.remove(id);
    for (const QString &c : std::as_const(countries)) {
        m_countryCache.remove(c);
        m_factsCache.remove(c);
        const int count = m_store->decisionCount(c);
        m_total += count - m_perCountry.value(c);
        if (count == 0)
            m_perCountry.remove(c);
        else
            m_perCountry.insert(c, count);
    }
}

int Document::indexIn(QStringList &names, const QString &name) {
    qsizetype i = names.indexOf(name);
    if (i < 0) {
        i = names.size();
        names.append(name);
    }
    return static_cast<int>(i);
}

// The decisions read for the views are kept until the document changes, and trimmed
// between events (a pointer handed out stays valid until control returns to the loop).
void Document::dropCache() const {
    m_cache.clear();
    m_countryCache.clear();
    m_factsCache.clear();
}

void Document::keep(const std::shared_ptr<const Decision> &d) const {
    m_cache.insert(d->id, d);
    if (m_cache.size() > kCachedDecisions && !m_trimScheduled) {
        m_trimScheduled = true;
        QMetaObject::invokeMethod(
            const_cast<Document *>(this),
            [this] {
                m_trimScheduled = false;
                if (m_cache.size() > kCachedDecisions)
                    dropCache();
            },
            Qt::QueuedConnection);
    }
}

void Document::applied(std::initializer_list<Notice> notices) {
    applied(QList<Notice>(notices));
}

void Document::applied(const QList<Notice> &notices) {
    for (const Notice &n : notices) {
        if (n.change == Change::Reset) {
            // Reference data too: a restore or an import may bring countries and groups.
            m_countries = m_store->countries();
            m_groups = m_store->groups();
        }
    }
    if (notices.size() == 1 && notices.first().id != 0 && notices.first().more.isEmpty() &&
        notices.first().change != Change::Reset && notices.first().change != Change::Vendors)
        refreshDecision(notices.first().id);
    else
        rebuildSnapshot();
    for (const Notice &n : notices) {
        QList<qint64> ids = n.more;
        if (n.id != 0)
            ids.prepend(n.id);
        switch (n.change) {
        case Change::DecisionAdded:
            for (qint64 id : std::as_const(ids))
                emit decisionAdded(id);
            break;
        case Change::DecisionChanged:
            for (qint64 id : std::as_const(ids))
                emit decisionChanged(id);
            break;
        case Change::DecisionRemoved:
            for (qint64 id : std::as_const(ids))
                emit decisionRemoved(id);
            break;
        case Change::Vendors:
            emit vendorsChanged();
            break;
        case Change::Reset:
            emit reset();
            break;
        }
    }
    emit changed();
}

void Document::reload() {
    applied({{Change::Reset}});
}

// --- what is not an undo step -------------------------------------------------------

ImportSummary Document::importFile(const QString &path, const ImportProgress &progress) {
    ensureEditable();
    const ImportSummary summary = banatlas::importFile(*m_store, path, progress);
    // The stack must not reach across an import: restoring its backup undoes it.
    m_undoStack->clear();
    m_written.clear();
    reload();
    return summary;
}

ImportPreview Document::previewImport(const QString &path, QDate asOf,
                                      const ImportProgress &progress,
                                      const ConflictSettlements &settlements) const {
    if (isDatabaseFile(path)) // a team's local copy, brought back
        return previewCopyReturn(*m_store, path, asOf, settlements);
    return banatlas::previewImport(*m_store, path, readImportFile(path), asOf, progress);
}

QString Document::outdatedPreview(const ImportPreview &preview) const {
    return banatlas::outdatedPreview(*m_store, preview);
}

ImportSummary Document::importPreviewed(const ImportPreview &preview,
                                        const ImportProgress &progress) {
    ensureEditable();
    const ImportSummary summary = banatlas::importPreviewed(*m_store, preview, progress);
    m_undoStack->clear();
    m_written.clear();
    reload();
    return summary;
}

void Document::restoreBackup(const QString &backupPath) {
    m_store->restore(backupPath);
    m_undoStack->clear();
    m_written.clear();
    // Edits held by damage found in the file: the restored content is checked again.
    if (m_held && m_check && m_check->isFinished()) {
        delete m_check;
        startCheck();
    }
    reload();
}

Backup Document::makeBackup() {
    return m_store->backup(QStringLiteral("manual"));
}

QList<Backup> Document::backups() const {
    return listBackups(m_store->path());
}

QString Document::backupFolder() const {
    return banatlas::backupFolder(m_store->path());
}

LocalCopy Document::attachLocalCopy(const QString &file) const {
    return banatlas::attachLocalCopy(m_store->path(), file);
}

QString Document::localCopyPath(const Source &source) const {
    return verifiedLocalCopy(m_store->path(), source);
}

void Document::saveCopy(const QString &target) const {
    try {
        m_store->copyTo(target);
    } catch (const StoreError &) {
        queueConnectionCheck(); // a lost server is said in the status bar too
        throw;
    }
}

QStringList Document::exportTo(const QString &target, ExportFormat format,
                               const std::optional<QList<qint64>> &ids) const {
    return exportToFile(*m_store, format, target, ids);
}

bool Document::writeReport(const QString &path, const ReportOptions &options,
                           const ReportProgress &progress) const {
    return banatlas::writeReport(path, *m_store, options, progress);
}

// --- reading ------------------------------------------------------------------------

const Decision *Document::decision(qint64 id) const {
    if (const auto it = m_cache.constFind(id); it != m_cache.constEnd())
        return it->get();
    const std::optional<Decision> d =
        readOr(std::optional<Decision>(), [&] { return m_store->decision(id); });
    if (!d)
        return nullptr;
    auto kept = std::make_shared<const Decision>(*d);
    keep(kept);
    return kept.get();
}

void Document::readAhead(const QList<qint64> &ids) const {
    QList<qint64> missing;
    for (qint64 id : ids) {
        if (!m_cache.contains(id))
            missing.append(id);
    }
    for (const Decision &d : readOr(QList<Decision>(), [&] { return m_store->decisions(missing); }))
        keep(std::make_shared<const Decision>(d));
}

const Country *Document::country(const QString &code) const {
    for (const Country &c : m_countries) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

const Vendor *Document::vendor(const QString &nameOrAlias) const {
    // Matched as the store matches names: by their keys (full case folding).
    const QString key = nameKey(nameOrAlias);
    for (const Vendor &v : m_vendors) {
        if (nameKey(v.name) == key)
            return &v;
        for (const QString &a : v.aliases) {
            if (nameKey(a) == key)
                return &v;
        }
    }
    return nullptr;
}

QList<const Decision *> Document::decisionsOf(const QString &country) const {
    if (const auto it = m_countryCache.constFind(country); it != m_countryCache.constEnd())
        return *it;
    QList<const Decision *> out;
    if (m_perCountry.value(country) == 0)
        return out;
    bool wasRead = false;
    const QList<Decision> read = readOr(QList<Decision>(), [&] {
        QList<Decision> list = m_store->decisionsOf(country);
        wasRead = true;
        return list;
    });
    if (!wasRead) // the connection is lost: nothing kept, read again once it is back
        return out;
    for (const Decision &d : read) {
        auto kept = std::make_shared<const Decision>(d);
        out.append(kept.get());
        keep(kept);
    }
    sortNewestFirst(out);
    m_countryCache.insert(country, out);
    return out;
}

QList<qint64> Document::decisionIdsOf(const QString &country) const {
    if (m_perCountry.value(country) == 0)
        return {};
    return readOr(QList<qint64>(), [&] { return m_store->decisionIdsOf(country); });
}

QList<StatusFact> Document::factsOf(const QString &country) const {
    if (const auto it = m_factsCache.constFind(country); it != m_factsCache.constEnd())
        return *it;
    const qsizetype index = m_facts.countries.indexOf(country);
    QList<StatusFact> out;
    for (const StatusFact &f : m_facts.facts) {
        if (f.country == index)
            out.append(f);
    }
    m_factsCache.insert(country, out);
    return out;
}

QStringList Document::countryCodes() const {
    QStringList out;
    out.reserve(m_countries.size());
    for (const Country &c : m_countries)
        out.append(c.code);
    return out;
}

QStringList Document::regions() const {
    QStringList out;
    for (const Country &c : m_countries) {
        if (!c.region.isEmpty() && !out.contains(c.region))
            out.append(c.region);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<QString> Document::resolveCountry(const QString &text) const {
    return m_store->resolveCountry(text);
}

QList<FieldError> Document::validate(const Decision &d) const {
    return m_store->validator().check(d);
}

QList<AuditEntry> Document::history(qint64 decisionId) const {
    return readOr(QList<AuditEntry>(), [&] {
        return m_store->auditLog(QStringLiteral("decision"), QString::number(decisionId));
    });
}

// --- edits --------------------------------------------------------------------------

QList<Vendor> Document::createMissingVendors(const Decision &d) {
    // Validate the decision itself before creating anything for it.
    const QList<FieldError> errors = validate(d);
    if (!errors.isEmpty())
        throw ValidationError(errors);
    return m_store->createMissingVendors(d.vendors);
}

qint64 Document::addDecision(const Decision &d) {
    ensureEditable();
    qint64 id = 0;
    QList<Vendor> created;
    m_store->transaction([&] {
        created = createMissingVendors(d);
        id = m_store->addDecision(d);
    });
    const Decision stored = *m_store->decision(id);
    wrote(id, stored.version);
    if (created.isEmpty()) {
        m_undoStack->push(new AddDecisionCommand(this, stored));
    } else {
        auto *macro = new QUndoCommand(tr("Add decision \"%1\"").arg(stored.title));
        for (const Vendor &v : std::as_const(created))
            new AddVendorCommand(this, v, macro);
        new AddDecisionCommand(this, stored, macro);
        m_undoStack->push(macro);
    }
    if (created.isEmpty())
        applied({{Change::DecisionAdded, id}});
    else
        applied({{Change::Vendors}, {Change::DecisionAdded, id}});
    return id;
}

void Document::editDecision(const Decision &d) {
    ensureEditable();
    const auto before = m_store->decision(d.id);
    if (!before)
        throw ValidationError({{QStringLiteral("id"), QStringLiteral("no such decision")}});
    if (sameContent(*before, d))
        return;
    QList<Vendor> created;
    qint64 version = 0;
    m_store->transaction([&] {
        created = createMissingVendors(d);
        version = m_store->updateDecision(d);
    });
    wrote(d.id, version);
    const Decision after = *m_store->decision(d.id);
    auto *cmd = new QUndoCommand(tr("Edit decision \"%1\"").arg(after.title));
    for (const Vendor &v : std::as_const(created))
        new AddVendorCommand(this, v, cmd);
    new EditDecisionCommand(this, *before, after, cmd);
    m_undoStack->push(cmd);
    if (created.isEmpty())
        applied({{Change::DecisionChanged, d.id}});
    else
        applied({{Change::Vendors}, {Change::DecisionChanged, d.id}});
}

void Document::deleteDecision(qint64 id) {
    ensureEditable();
    const auto before = m_store->decision(id);
    if (!before)
        throw ValidationError({{QStringLiteral("id"), QStringLiteral("no such decision")}});
    m_store->removeDecision(id, before->version);
    wrote(id, 0);
    m_undoStack->push(new DeleteDecisionCommand(this, *before));
    applied({{Change::DecisionRemoved, id}});
}

void Document::editDecisions(const QList<Decision> &changed, const QString &description) {
    ensureEditable();
    QList<Decision> before;
    QList<Decision> wanted;
    for (const Decision &d : changed) {
        const auto stored = m_store->decision(d.id);
        if (!stored)
            throw ValidationError({{QStringLiteral("id"), tr("no decision with id %1").arg(d.id)}});
        if (sameContent(*stored, d))
            continue;
        before.append(*stored);
        wanted.append(d);
    }
    if (wanted.isEmpty())
        return;
    QList<Vendor> created;
    QList<qint64> versions;
    m_store->transaction([&] {
        for (const Decision &d : std::as_const(wanted)) {
            created.append(createMissingVendors(d));
            versions.append(m_store->updateDecision(d));
        }
    });
    QList<Decision> after;
    QList<qint64> ids;
    for (const Decision &d : std::as_const(wanted)) {
        wrote(d.id, versions[ids.size()]);
        after.append(*m_store->decision(d.id));
        ids.append(d.id);
    }
    auto *cmd = new QUndoCommand(description);
    for (const Vendor &v : std::as_const(created))
        new AddVendorCommand(this, v, cmd);
    new EditDecisionsCommand(this, before, after, cmd);
    m_undoStack->push(cmd);
    QList<Notice> notices;
    if (!created.isEmpty())
        notices.append({Change::Vendors});
    notices.append({Change::DecisionChanged, 0, ids});
    applied(notices);
}

void Document::deleteDecisions(const QList<qint64> &ids) {
    ensureEditable();
    QList<Decision> removed;
    for (qint64 id : ids) {
        const auto stored = m_store->decision(id);
        if (!stored)
            throw ValidationError({{QStringLiteral("id"), tr("no decision with id %1").arg(id)}});
        removed.append(*stored);
    }
    if (removed.isEmpty())
        return;
    if (removed.size() == 1) {
        deleteDecision(removed.first().id);
        return;
    }
    m_store->transaction([&] {
        for (const Decision &d : std::as_const(removed))
            m_store->removeDecision(d.id, d.version);
    });
    for (const Decision &d : std::as_const(removed))
        wrote(d.id, 0);
    m_undoStack->push(new DeleteDecisionsCommand(this, removed));
    applied({{Change::DecisionRemoved, 0, ids}});
}

QList<qint64> Document::findDecisions(const DecisionFilter &filter, DecisionOrder order,
                                      bool descending, qsizetype limit) const {
    return readOr(QList<qint64>(),
                  [&] { return m_store->findDecisions(filter, order, descending, limit); });
}

QSet<qint64> Document::decisionsInEffect(QDate asOf) const {
    return banatlas::decisionsInEffect(*m_resolver, countryCodes(), asOf);
}

qint64 Document::addVendor(const Vendor &v) {
    ensureEditable();
    const qint64 id = m_store->addVendor(v);
    m_undoStack->push(new AddVendorCommand(this, *m_store->vendor(id)));
    applied({{Change::Vendors}});
    return id;
}

void Document::wrote(qint64 id, qint64 version) {
    if (version == 0)
        m_written.remove(id);
    else
        m_written.insert(id, version);
}

void Document::undo() {
    if (editsHeld())
        reportError(heldMessage());
    else
        m_undoStack->undo();
}

void Document::redo() {
    if (editsHeld())
        reportError(heldMessage());
    else
        m_undoStack->redo();
}

} // namespace banatlas
