#pragma once

#include "domain/statusresolver.h"
#include "interchange/exportfile.h"
#include "interchange/importpreview.h"
#include "interchange/interchange.h"
#include "painting/report.h"
#include "storage/localcopy.h"
#include "storage/store.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QUndoStack;

class QTimer;

namespace banatlas {

// One open database as the views see it: the store, the narrow index of its decisions
// (StatusFacts: no text) with the status resolver built on it, the decisions read for
// the rows shown, and the undo stack.
//
// The facade: widgets never touch the store or the undo stack directly; everything they
// read beyond the snapshot, write, import, restore or export goes through a function here.
// store() is for tests and tools, read-only; undoStack() is read-only too (its texts and
// signals for the Edit menu), and undo() / redo() step through it.
//
// Undo ownership: the edit functions (addDecision, editDecision, deleteDecision,
// addVendor) validate and write through the store first — so a refused edit throws
// ValidationError and leaves no command behind — and then push a command that already
// happened. The stack owns the commands; each command undoes and redoes through the
// store, so every step, undo and redo included, lands in the audit log. An import or a
// restore is not an undo step: it clears the undo history.
//
// Change signals: after every write the snapshot is rebuilt, then one typed signal says
// what changed — decisionAdded, decisionChanged, decisionRemoved (an undo says the
// opposite of its edit: undoing an add removes), vendorsChanged, or reset when anything
// may have changed (an import, a restore, a step that failed in the store) — and then
// changed(), for whoever only needs to know that something did.
class Document final : public QObject {
    Q_OBJECT

public:
    explicit Document(std::unique_ptr<Store> store, QObject *parent = nullptr);
    ~Document() override;
    // Starts the background quick_check of a file too large to check as it opened;
    // integrityChecked() says the result. False when none is needed. Edits are held
    // while it runs, and stay held when it finds damage (restoring a backup stays open).
    bool checkInBackground();
    // Whether edits wait for the background check, or were stopped by the damage it
    // found: the edit functions and import then throw StoreError.
    bool editsHeld() const { return m_held || m_lost; }

    // On a server: whether the connection was found lost (edits are held until it is
    // back). Every `interval` ms (5 s unless set) the document checks the connection and,
    // once lost, tries to connect again, then reads everything again: changes made while
    // it was away were not heard. A read that fails because the server went shows nothing
    // rather than failing the view, and has the connection checked at once.
    bool connectionLost() const { return m_lost; }
    void setConnectionCheckInterval(int ms);

    // For tests and tools (read-only); widgets use the functions below.
    const Store &store() const { return *m_store; }
    // The Edit menu's texts and states; undo() and redo() step.
    const QUndoStack *undoStack() const { return m_undoStack; }

    // The database file.
    const QString &databasePath() const { return m_store->path(); }
    QString databaseName() const; // the file name, without its folder
    bool isReadOnly() const { return m_store->isReadOnly(); }
    // A team database on a server (else a file).
    bool isTeamDatabase() const { return m_store->engine() == Engine::Postgres; }
    // Whether a text read was beyond the limits and is shown cut (Store::textsWereCut).
    bool textsWereCut() const { return m_store->textsWereCut(); }

    const QList<Vendor> &vendors() const { return m_vendors; }
    const QList<Country> &countries() const { return m_countries; }
    const QList<CountryGroup> &groups() const { return m_groups; }
    const StatusResolver &resolver() const { return *m_resolver; }
    // The narrow index of every decision (no text): what the resolver and the timeline
    // are built on.
    const StatusFacts &facts() const { return m_facts; }
    int decisionCount() const { return m_total; }

    // A decision read from the store when asked for (null: none). The pointer stays valid
    // until the document changes or control returns to the event loop: keep the id, not
    // the pointer.
    const Decision *decision(qint64 id) const;
    // Whether decision(id) is read already; readAhead reads the decisions `ids` that are
    // not in one query (a table's next screenful), for decision() to find.
    bool isRead(qint64 id) const { return m_cache.contains(id); }
    void readAhead(const QList<qint64> &ids) const;
    const Country *country(const QString &code) const;
    const Vendor *vendor(const QString &nameOrAlias) const;
    // The decisions of one government, newest first (sortNewestFirst), read when asked
    // for; the pointers as for decision().
    QList<const Decision *> decisionsOf(const QString &country) const;
    int decisionCount(const QString &country) const { return m_perCountry.value(country); }
    // The ids of one government's decisions, newest first, from the narrow index: a view
    // of thousands of rows reads the text of those it shows (decision()).
    QList<qint64> decisionIdsOf(const QString &country) const;
    // The narrow facts of one government (a fact per decision and vendor; vendor indexes
    // into facts().vendors).
    QList<StatusFact> factsOf(const QString &country) const;
    QStringList countryCodes() const;
    QStringList regions() const;
    // The alpha-2 code for an alpha-2 or alpha-3 code, an English name or an alias.
    std::optional<QString> resolveCountry(const QString &text) const;
    // What the core's rules find wrong with `d` (empty: nothing); edits refuse the same.
    QList<FieldError> validate(const Decision &d) const;
    // The audit log of one decision, oldest first (describeChange puts an entry in words).
    QList<AuditEntry> history(qint64 decisionId) const;
    // The ids of the decisions `filter` lets through, in `order` (Store::findDecisions).
    // Throws StoreError.
    QList<qint64> findDecisions(const DecisionFilter &filter,
                                DecisionOrder order = DecisionOrder::Relevance,
                                bool descending = false, qsizetype limit = -1) const;
    // Every decision in effect on `asOf` for any vendor (the status rules' own list).
    QSet<qint64> decisionsInEffect(QDate asOf) const;

    // Undoable edits. Each validates first and throws ValidationError without changing
    // anything. Vendors named by a decision that do not exist yet are created in the
    // same undo step.
    qint64 addDecision(const Decision &d);
    void editDecision(const Decision &d);
    void deleteDecision(qint64 id);
    // Several decisions changed, or deleted, as one undo step named `description` (all or
    // nothing: one transaction).
    void editDecisions(const QList<Decision> &changed, const QString &description);
    void deleteDecisions(const QList<qint64> &ids);
    qint64 addVendor(const Vendor &v);
    void undo();
    void redo();

    // Imports a CSV or JSON file (banatlas::importFile: all or nothing, after an "import"
    // backup whose path the summary holds). Not an undo step: the undo history is cleared
    // — the stack must not reach across an import; restoring that backup undoes it — and
    // reset() follows. Throws Error (nothing imported, history kept) or std::bad_alloc.
    ImportSummary importFile(const QString &path, const ImportProgress &progress = {});
    // What importing `path` would do, on `asOf` (banatlas::previewImport): the database is
    // only read; the preview holds the bytes it read. Throws as importFile does. A
    // .banatlas file is a team's local copy brought back (previewCopyReturn).
    // `settlements`: the conflicts of a local copy the user settled.
    ImportPreview previewImport(const QString &path, QDate asOf,
                                const ImportProgress &progress = {},
                                const ConflictSettlements &settlements = {}) const;
    // Why `preview` no longer says what importing it would do (the file's bytes or this
    // database changed since), or empty.
    QString outdatedPreview(const ImportPreview &preview) const;
    // Imports exactly the bytes `preview` previewed, as importFile does (backup first, the
    // undo history cleared, reset()); when the preview is outdated, throws StoreError and
    // writes nothing.
    ImportSummary importPreviewed(const ImportPreview &preview,
                                  const ImportProgress &progress = {});
    // Replaces the content with a backup's (Store::restore). Not an undo step: the undo
    // history is cleared, and the content before is itself kept as a backup; reset()
    // follows. Throws StoreError, leaving everything as it was.
    void restoreBackup(const QString &backupPath);
    // A backup made by hand ("manual"). Throws StoreError.
    Backup makeBackup();
    // The backups of this database, newest first, and the folder they are kept in.
    QList<Backup> backups() const;
    QString backupFolder() const;
    // How many backups the store keeps (Store::setBackupsToKeep).
    void setBackupsToKeep(int count) { m_store->setBackupsToKeep(count); }
    std::optional<int> backupsToKeep() const { return m_store->backupsToKeep(); }

    // Copies `file` beside the database as a source's local copy (attachLocalCopy).
    // Throws StoreError.
    LocalCopy attachLocalCopy(const QString &file) const;
    // The path of a source's local copy once its SHA-256 matches (verifiedLocalCopy).
    // Throws StoreError saying what is wrong.
    QString localCopyPath(const Source &source) const;

    // Writes the whole database into the new file `target` (Store::copyTo): a team
    // database's local copy to take along, one snapshot of the server. Throws StoreError.
    void saveCopy(const QString &target) const;

    // Writes the whole database, or with `ids` only those decisions in that order (and the
    // vendors they need), to `target` (exportToFile); returns what the file leaves out.
    // Throws Error (an id no decision has included) or std::bad_alloc.
    QStringList exportTo(const QString &target, ExportFormat format,
                         const std::optional<QList<qint64>> &ids = std::nullopt) const;
    // Writes the PDF report (banatlas::writeReport); `options.decisions` makes it a report
    // on those decisions. False when `progress` cancelled it. Throws Error.
    bool writeReport(const QString &path, const ReportOptions &options,
                     const ReportProgress &progress = {}) const;

signals:
    void decisionAdded(qint64 id);
    void decisionChanged(qint64 id);
    void decisionRemoved(qint64 id);
    void vendorsChanged();
    // Anything may have changed: read everything again.
    void reset();
    // After each of the signals above.
    void changed();
    // An undo or redo failed in the store; the message says why.
    void errorOccurred(const QString &message);
    // A large file's quick_check, run in the background after opening (see
    // Store::integrityCheckDeferred), finished: "ok", or what is wrong.
    void integrityChecked(const QString &result);
    // On a server: changes other analysts committed were read in (after their typed
    // signals): `decisions` decisions, or 0 when an import or a vendor's change made the
    // document read everything again.
    void changedElsewhere(int decisions);
    // On a server: the connection was lost (`why`, the server's or libpq's words, may be
    // empty), is still lost after trying again (`why` again), or is back and everything
    // was read again (after reset()).
    void connectionWasLost(const QString &why);
    void reconnectFailed(const QString &why);
    void reconnected();

private:
    friend class DocumentCommand;
    // What one write changed, for the signal that says so.
    enum class Change { DecisionAdded, DecisionChanged, DecisionRemoved, Vendors, Reset };
    struct Notice {
        Change change;
        qint64 id = 0;           // the decision's
        QList<qint64> more = {}; // further decisions with the same change (a bulk edit's)
    };
    // Rebuilds the snapshot from the store once, then emits each notice's signal in
    // order, and changed().
    void applied(std::initializer_list<Notice> notices);
    void applied(const QList<Notice> &notices);
    // Re-reads everything (after an import, a restore, a failed step) and emits reset().
    void reload();
    void rebuildSnapshot();
    void refreshDecision(qint64 id);
    static int indexIn(QStringList &names, const QString &name);
    void dropCache() const;
    void keep(const std::shared_ptr<const Decision> &d) const;
    void reportError(const QString &message);
    // The connection to the server (connectionLost): checked on a timer, and at once when
    // a statement failed.
    QTimer *m_connectionTimer = nullptr;
    bool m_lost = false;
    mutable bool m_checkQueued = false;
    void checkConnection();
    void queueConnectionCheck() const;
    // `read()`, or `fallback` when it fails because the connection to the server is
    // lost; any other failure is thrown on.
    template <typename Fn>
    auto readOr(decltype(std::declval<Fn>()()) fallback, Fn read) const -> decltype(read());
    bool lostWhileReading() const;
    // Validates `d`, then creates the vendors it names that do not exist yet; call
    // inside a store transaction.
    QList<Vendor> createMissingVendors(const Decision &d);

    std::unique_ptr<Store> m_store;
    QThread *m_check = nullptr; // the background quick_check, if one runs
    std::shared_ptr<std::atomic<bool>> m_stopCheck = std::make_shared<std::atomic<bool>>(false);
    bool m_held = false; // edits wait for it, or it found damage
    QString heldMessage() const;
    void ensureEditable() const;
    void startCheck();
    QUndoStack *m_undoStack;
    // The stored version of each decision this document last wrote (added: 1); an undo or
    // redo begins from it, so one that someone else changed since is refused. Forgotten
    // with the stack.
    QHash<qint64, qint64> m_written;
    void wrote(qint64 id, qint64 version);
    // Other connections' changes (Store::watchChanges), gathered for a moment so that a
    // burst is read in once.
    struct Elsewhere {
        QSet<qint64> decisions;
        bool vendors = false;
        bool everything = false; // an import
    } m_elsewhere;
    QTimer *m_elsewhereTimer = nullptr;
    void noteElsewhere(const QString &entity, const QString &id);
    void readElsewhere();
    void readIn(const Elsewhere &seen);
    QList<Vendor> m_vendors;
    StatusFacts m_facts;
    QList<Country> m_countries;
    QList<CountryGroup> m_groups;
    std::unique_ptr<StatusResolver> m_resolver;
    QHash<QString, int> m_perCountry;
    int m_total = 0;
    // Decisions read for the views (see decision()).
    static constexpr qsizetype kCachedDecisions = 20000;
    mutable QHash<qint64, std::shared_ptr<const Decision>> m_cache;
    mutable QHash<QString, QList<const Decision *>> m_countryCache;
    mutable QHash<QString, QList<StatusFact>> m_factsCache; // factsOf()
    mutable bool m_trimScheduled = false;
};

} // namespace banatlas
