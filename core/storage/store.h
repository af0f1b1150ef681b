#pragma once

#include "domain/entities.h"
#include "domain/statusresolver.h"
#include "domain/validation.h"
#include "storage/backup.h"
#include "storage/decisionquery.h"
#include "storage/engine.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QLockFile;
namespace banatlas {
class DecisionWriter;
class OwnConnection;
class SearchIndex;
} // namespace banatlas
class QSqlError;
class QTemporaryDir;

namespace banatlas {

enum class Access {
    ReadWrite, // the usual: takes the file's write lock; may create, migrate and write
    ReadOnly,  // never writes the file: no lock, no migration, every write refused
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString action; // insert, update, delete; import (entity "file", entityId its name)
    QString entity; // decision, vendor, source; file
    QString entityId;
    QString oldValue;    // JSON, empty for insert and for a change an import made
    QString newValue;    // JSON, empty for delete and for a change an import made; an
                         // import's: its counts
    qint64 importId = 0; // the entry of the import that made this change, 0: none
    // Who made it: on a server, the user who logged in and the address the connection came
    // from ("local": the server's own machine), as the server saw them; on a file, the
    // login and the machine's name. An import's changes are its entry's.
    QString user;
    QString host;
    // "user@host" (host left out when not known); empty when the user is not known (an
    // entry written before schema 9).
    QString who() const;
};

// The SQLite database of one BanAtlas file: reference data (countries, groups),
// vendors and decisions. Every write is validated, runs in one transaction and lands
// in the audit log; every statement is prepared. Throws StoreError or ValidationError.
// Files up to this size are checked with SQLite's quick_check as they are opened (about
// 15 ms a megabyte); larger ones after opening (Store::integrityCheckDeferred). The window
// asks for a smaller bound (kQuickCheckInWindowBytes) and holds edits until its
// background check is done (Document::editsHeld). A file that needs migrating is always
// checked first.
inline constexpr qint64 kQuickCheckAtOpenBytes = 32LL * 1024 * 1024;
inline constexpr qint64 kQuickCheckInWindowBytes = 1LL * 1024 * 1024;

class Store final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::Store)

public:
    // Opens or creates the database; migrates an older schema (after a backup). A file
    // that is not a BanAtlas database, or one written by a newer version, is refused and
    // left as is. For writing, a read-only file or folder throws ReadOnlyError, and a
    // file another BanAtlas has open for writing throws LockedError; both can still be
    // opened with Access::ReadOnly.
    //
    // `path` may also be a team database's address on a PostgreSQL server
    // ("postgresql://user@host/database", storage/serveraddress.h), set up with `banatlas
    // team init`: the password comes from ~/.pgpass or `ask`; the store is read-only when
    // the server grants the user no writing. What only a file has (backups, restores, its
    // checks) throws StoreError there.
    explicit Store(const QString &path, Access access = Access::ReadWrite,
                   qint64 checkAtOpenUpTo = kQuickCheckAtOpenBytes, const AskPassword &ask = {});
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const QString &path() const { return m_path; }
    // A file (SQLite) or a team's server (PostgreSQL).
    Engine engine() const { return m_engine; }
    // True when this open created the file's schema (a new database).
    bool wasCreated() const { return m_created; }
    bool isReadOnly() const { return m_readOnly; }

    // Online backup of the whole database into its backup folder (see backup.h); keeps
    // the newest backupsToKeep(). Throws StoreError.
    Backup backup(const QString &reason);
    // How many backups of this database its backups keep (clamped to 1…kMaxBackupsToKeep);
    // each store has its own count. Until it is set, backups are taken but none is deleted:
    // the migration backup of the constructor and openDatabase's daily one come before the
    // caller can say how many it keeps. Setting it the first time then deletes what those
    // would have (if that fails, the next backup does it).
    void setBackupsToKeep(int count);
    std::optional<int> backupsToKeep() const { return m_backupsToKeep; }
    // Makes a "daily" backup unless one was made today (local time); returns whether it did.
    bool backupDaily();
    // Replaces the whole content with that of a backup, after a "before-restore" backup
    // of the current content; an older schema is migrated. Throws StoreError, leaving
    // the content as it was.
    void restore(const QString &backupPath);
    // Writes a copy of the whole database into the new file `target` (copyDatabaseTo; a
    // team database's, as one snapshot of the server, with copyServerToFile): what an
    // import preview works on, so that the database itself is only read, and a team's
    // local copy to take along. Works on a store opened read-only. Throws StoreError.
    void copyTo(const QString &target) const;
    // How many changes this store has committed since it was opened (each transaction and
    // each restore counts one): the same number twice means nothing was written between.
    quint64 generation() const { return m_generation; }

    QList<Country> countries() const;
    std::optional<Country> country(const QString &code) const;
    // The alpha-2 code for an alpha-2 or alpha-3 code, an English name or an alias.
    std::optional<QString> resolveCountry(QStringView text) const;
    QList<CountryGroup> groups() const;
    std::optional<CountryGroup> group(const QString &code) const;
    // Adds reference entries the database lacks (from an import); existing ones are kept.
    void addMissingCountry(const Country &c);
    void addMissingGroup(const CountryGroup &g);

    QList<Vendor> vendors() const;
    std::optional<Vendor> vendor(qint64 id) const;
    // Matches the name or an alias, ignoring case.
    std::optional<Vendor> findVendor(QStringView nameOrAlias) const;
    bool hasVendor(QStringView nameOrAlias) const {
        return vendorIdOf(nameOrAlias.toString()) != 0;
    }
    qint64 addVendor(const Vendor &v);
    // Adds the vendors among `names` that are not stored yet (by name or alias, names
    // normalised), as the vendors a decision names; returns them with their ids, in the
    // order named. All or none: a name that is not valid throws ValidationError on the
    // field "vendors".
    QList<Vendor> createMissingVendors(const QStringList &names);
    void updateVendor(const Vendor &v);
    void removeVendor(qint64 id);

    // Every decision with all its text: for export and tools. Views read what they show:
    // one government's decisions, one decision, or the narrow facts.
    QList<Decision> decisions() const;
    std::optional<Decision> decision(qint64 id) const;
    // The decisions `ids` (whole; those that exist), in id order: one read for many.
    QList<Decision> decisions(const QList<qint64> &ids) const;
    // The decisions `ids` (whole), in the order given, an id given twice once: a set the
    // user chose (an export or a report of some decisions). Throws Error naming the ids
    // that no decision has.
    QList<Decision> chosenDecisions(const QList<qint64> &ids) const;
    // One government's decisions (whole), in id order.
    QList<Decision> decisionsOf(const QString &country) const;
    int decisionCount() const;
    // The number of decisions of one government (a range of the narrow index).
    int decisionCount(const QString &country) const;
    // The number of decisions of each government that has any.
    QHash<QString, int> decisionCounts() const;
    // The ids of one government's decisions, newest first (as sortNewestFirst orders
    // them), from the narrow index: no text read.
    QList<qint64> decisionIdsOf(const QString &country) const;
    // The narrow index (storage/facts.h) of the governments `countries` (empty: all)
    // naming the vendors `vendorIds` (empty: any): what status and the timeline need, one
    // query, no text. Vendors carry their stored names.
    StatusFacts statusFacts(const QStringList &countries = {},
                            const QList<qint64> &vendorIds = {}) const;
    // The facts that can decide the status of the governments `countries` (empty: all)
    // for the vendors named (names or aliases; empty: all): those naming a vendor or one
    // of its ancestors.
    StatusFacts statusFactsFor(const QStringList &countries, const QStringList &vendorNames) const;
    // The facts of one decision (none when it does not exist).
    StatusFacts statusFactsOf(qint64 decisionId) const;
    // The ids of the decisions `filter` lets through (full text, vendors, governments,
    // measures, dates…), in `order`, at most `limit` (< 0: all): storage/decisionquery.h.
    QList<qint64> findDecisions(const DecisionFilter &filter,
                                DecisionOrder order = DecisionOrder::Relevance,
                                bool descending = false, qsizetype limit = -1) const;
    // Stores a new decision, at version 1. A non-zero `d.id` is kept (imports round-trip
    // ids).
    qint64 addDecision(const Decision &d);
    // Writes `d` over the stored decision of its id; returns the version stored (one more
    // than before; the same when nothing changed). A `d.version` other than 0 is the one
    // the change began from: when the stored decision is no longer at it (another
    // connection changed or deleted it meanwhile) nothing is written and ConflictError
    // says whose is there. On a server the row is locked while it is checked and written.
    qint64 updateDecision(const Decision &d);
    // Deletes a decision; `fromVersion` (0: any) as updateDecision's `d.version`.
    void removeDecision(qint64 id, qint64 fromVersion = 0);

    qint64 addSource(qint64 decisionId, const Source &s);
    void updateSource(qint64 decisionId, const Source &s);
    void removeSource(qint64 decisionId, qint64 sourceId);

    QList<AuditEntry> auditLog(const QString &entity = {}, const QString &entityId = {}) const;
    // The entries after entry `id`, in order (a local copy's own, after the copy).
    QList<AuditEntry> auditLogAfter(qint64 id) const;

    // An import, inside one transaction (ImportSession): from startImport on, every change
    // is logged as a compact row pointing at the import's own entry ("import", the file
    // name), which finishImport completes with the counts (JSON); then the planner's
    // statistics are refreshed when `changedDecisions` is large. A rollback ends it too.
    void startImport(const QString &fileName);
    void finishImport(const QString &countsJson, int changedDecisions);

    Validator validator() const;

    // SQLite's own check of the file: "ok", or what is wrong.
    QString integrityCheck() const;
    // A value of the table meta (a local copy's `copied_from`, …); none when it is not set.
    std::optional<QString> metaValue(const QString &key) const;
    // Whether opening skipped SQLite's quick_check because the file is larger than the
    // bound it was opened with: it is for the caller to run quickCheck in the background.
    bool integrityCheckDeferred() const { return m_checkDeferred; }
    // What a quick_check connection of its own needs to read the file this store reads.
    QString connectionName() const { return m_db.databaseName(); }
    QString connectionOptions() const { return m_db.connectOptions(); }
    // SQLite's quick_check of a database on a read-only connection of its own (any thread):
    // "ok", or what is wrong.
    // `cancel`, when set, stops the check early (the result then says it was stopped).
    static QString quickCheck(const QString &databaseName, const QString &connectOptions,
                              const std::atomic<bool> *cancel = nullptr);
    // Whether a text read so far broke the limits an import enforces (too long, control
    // characters): it was cut or cleaned, visibly (see the texts' "[cut: …]" mark).
    bool textsWereCut() const { return m_textsCut; }

    // On a server: from now on, `onChange(entity, id)` is called (in this thread, from its
    // event loop, while `context` lives) for each change another connection commits:
    // ("decision", "12"), ("vendor", "3"), or ("file", name) for an import, which may have
    // changed anything. This connection's own changes are not announced to it. False on a
    // file (one writer: nobody else changes it), or when the server refuses to listen.
    using ChangeListener = std::function<void(const QString &entity, const QString &id)>;
    bool watchChanges(QObject *context, const ChangeListener &onChange);

    // On a server: whether the store still reaches it. A statement on the store's own
    // connection, and the listener's state (watchChanges), say; a statement that fails
    // because the server went says so too. True on a file.
    bool isConnected();
    // On a server that isConnected() found gone: connects again as at opening (a password
    // asked for then, kept in memory, is given again; nobody is asked), and listens again
    // for the same listener. False, with `why` set, while the server cannot be reached;
    // nothing is lost by trying again. Statements prepared before are dropped: a new
    // connection prepares its own. Never inside a transaction (false): its statements
    // must not go on, outside it, on a new connection.
    bool reconnect(QString *why = nullptr);

    // Runs `fn` in one transaction: everything it writes lands, or nothing does.
    // Nested calls join the outermost transaction.
    template <typename Fn> auto transaction(Fn &&fn) -> decltype(fn()) {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(fn())>) {
                fn();
                commit();
            } else {
                auto result = fn();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }

    QSqlDatabase &database() { return m_db; }

    // Temporary storage (a batch statement's journal, what undoes one statement of many
    // rows) in memory instead of a file written page by page, or back to the default (a
    // sort of a million rows keeps to disk). Outside a transaction only (SQLite refuses it
    // in one that has used temporary storage): false then, which changes only speed.
    bool setTemporaryInMemory(bool inMemory);

private:
    // The steps of opening (see the constructor).
    void openConnection(const QString &givenPath, bool folderWritable);
    void openServer(const QString &address, const AskPassword &ask);
    QString serverBackupMessage() const;
    void openReadOnly(bool folderWritable);
    void takeWriteLock();
    QVariant pragma(const QString &sql);
    [[noreturn]] void failOnSqlError(const QSqlError &e) const;
    int checkedSchemaVersion(const QString &givenPath);
    void checkIntact(const QString &givenPath, int version, qint64 checkAtOpenUpTo);
    void migrateForWriting(int version);
    void closeAfterFailure();
    void begin();
    void commit();
    void settle() const; // writes an import's waiting batch (see the .cpp)
    QList<AuditEntry> auditEntries(QSqlQuery &q) const; // the rows of an audit_log query
    void rollback();
    void syncReferenceData();
    void writeReferenceCountries(const QByteArray &countriesCsv);
    void writeReferenceGroups(const QByteArray &groupsCsv, const QByteArray &membersCsv);
    void resetCaches();
    // Writes vendors, scopes and sources; returns the vendors' stored names.
    QStringList writeDecisionParts(const Decision &d, bool isNew);
    QList<qint64> vendorIdsOf(const Decision &d) const;
    void writeDecisionVendors(qint64 decisionId, const QList<qint64> &vendorIds, bool isNew);
    void writeDecisionScopes(const Decision &d, bool isNew);
    void writeDecisionSources(const Decision &d, bool isNew);
    void writeDecisionFacts(const Decision &d, const QList<qint64> &vendorIds, bool isNew);
    void writeVendorAliases(qint64 vendorId, const QStringList &aliases, bool isNew = false);
    qint64 vendorIdOf(const QString &nameOrAlias) const;
    // Every vendor's stored name by its id: the names the facts carry.
    QHash<qint64, QString> vendorNamesById() const;
    qint64 newDecisionId();
    Decision decisionToChange(qint64 id, const Decision &yours);
    QString lastChangedBy(qint64 id) const;
    bool listen(); // on m_listener, for m_onChange (watchChanges)
    qint64 parentIdOf(const Vendor &v) const;
    // Returns the entry's id.
    qint64 audit(const QString &action, const QString &entity, const QString &entityId,
                 const QString &oldValue, const QString &newValue);
    void ensureValid(const QList<FieldError> &errors) const;
    QSqlQuery &prepare(const QString &sql) const;
    SearchIndex &searchIndex(); // made on first use, dropped with the statements

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    // On a server: this connection's backend process (its changes' announcements carry
    // it), the password asked for when one was (in memory only), and the connection that
    // listens for other connections' changes.
    qint64 m_backend = 0;
    std::optional<QString> m_password;
    std::unique_ptr<OwnConnection> m_listener;
    QPointer<QObject> m_listenContext; // whom the listener's calls are for, and how
    ChangeListener m_onChange;
    Engine m_engine = Engine::Sqlite;
    bool m_created = false;
    bool m_readOnly = false;
    bool m_referenceWritable = true; // a team's reference data: its owner's only
    bool m_checkDeferred = false;
    std::unique_ptr<QLockFile> m_lock; // held while open for writing
    // A read-only folder with changes in the -wal: the copy that is read instead.
    std::unique_ptr<QTemporaryDir> m_snapshot;
    int m_depth = 0;
    bool m_failed = false;
    quint64 m_generation = 0; // see generation()
    std::optional<int> m_backupsToKeep;
    bool m_rotationPending = false;     // a backup was taken before the count was set
    mutable QList<Country> m_countries; // reference data, cached after first read
    mutable std::optional<Validator> m_validator;
    // Prepared once, reused. A node-based map: a statement held by reference stays where
    // it is while others are added (QHash moves its values when it grows).
    mutable std::unordered_map<QString, QSqlQuery> m_queries;
    mutable bool m_textsCut = false;
    // The import being written (startImport … finishImport).
    struct ImportState {
        qint64 id = 0;       // its audit entry; 0: none
        QString at;          // when it began, the time of its compact rows
        qint64 nextId = 0;   // the next free decision id, once known
        QList<qint64> drawn; // on a server: ids drawn from the identity, not yet used
        QSet<qint64> given;  // on a server: ids the file gave
        QString fileName;    // on a server: its entry is written at the end (finishImport)
    } m_import;
    mutable QHash<QString, qint64> m_vendorIds;          // name key → id, during an import
    mutable QHash<QString, qint64> m_vendorIdsAsWritten; // name as met → id, the same
    std::unique_ptr<DecisionWriter> m_bulk;              // during an import: its statements
    std::unique_ptr<SearchIndex> m_search;               // its statements, once used
};

} // namespace banatlas
