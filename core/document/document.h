#pragma once

#include "domain/statusresolver.h"
#include "storage/store.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace banatlas {

// One open database as the views see it: the store, an in-memory snapshot of its
// contents with the status resolver built on it, and the undo stack.
//
// Undo ownership: widgets never touch the stack or the store directly. They call the
// edit functions here (addDecision, editDecision, deleteDecision, addVendor), which
// validate and write through the store first — so a refused edit throws
// ValidationError and leaves no command behind — and then push a command that already
// happened. The stack owns the commands; each command undoes and redoes through the
// store, so every step, undo and redo included, lands in the audit log. After every
// write the snapshot is rebuilt and `changed()` tells every model.
class Document final : public QObject {
    Q_OBJECT

public:
    explicit Document(std::unique_ptr<Store> store, QObject *parent = nullptr);
    ~Document() override;

    Store &store() { return *m_store; }
    const Store &store() const { return *m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }

    const QList<Decision> &decisions() const { return m_decisions; }
    const QList<Vendor> &vendors() const { return m_vendors; }
    const QList<Country> &countries() const { return m_countries; }
    const QList<CountryGroup> &groups() const { return m_groups; }
    const StatusResolver &resolver() const { return *m_resolver; }

    const Decision *decision(qint64 id) const;
    const Country *country(const QString &code) const;
    const Vendor *vendor(const QString &nameOrAlias) const;
    // The decisions of one government, newest first.
    QList<const Decision *> decisionsOf(const QString &country) const;
    int decisionCount(const QString &country) const { return m_perCountry.value(country); }
    QStringList countryCodes() const;
    QStringList regions() const;

    // Undoable edits. Each validates first and throws ValidationError without changing
    // anything. Vendors named by a decision that do not exist yet are created in the
    // same undo step.
    qint64 addDecision(const Decision &d);
    void editDecision(const Decision &d);
    void deleteDecision(qint64 id);
    qint64 addVendor(const Vendor &v);

    // Re-reads the store (after an import, or a command's undo/redo).
    void reload();

    bool isReadOnly() const { return m_store->isReadOnly(); }
    // Replaces the content with a backup's (Store::restore). Not an undo step: the undo
    // history is cleared, and the content before is itself kept as a backup.
    void restoreBackup(const QString &backupPath);

signals:
    void changed();
    // An undo or redo failed in the store; the message says why.
    void errorOccurred(const QString &message);

private:
    friend class DocumentCommand;
    void reportError(const QString &message) { emit errorOccurred(message); }
    // Validates `d`, then creates the vendors it names that do not exist yet; call
    // inside a store transaction.
    QList<Vendor> createMissingVendors(const Decision &d);

    std::unique_ptr<Store> m_store;
    QUndoStack *m_undoStack;
    QList<Decision> m_decisions;
    QList<Vendor> m_vendors;
    QList<Country> m_countries;
    QList<CountryGroup> m_groups;
    std::unique_ptr<StatusResolver> m_resolver;
    QHash<qint64, qsizetype> m_decisionIndex;
    QHash<QString, int> m_perCountry;
};

} // namespace banatlas
