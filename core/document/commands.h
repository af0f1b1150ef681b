#pragma once

#include "document/document.h"
#include "domain/entities.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace banatlas {

// Base of the undo commands: runs a step against the document's store, catching store
// failures (which must not cross Qt's event loop) and reporting them, then has the
// document say what the step changed (or reset, when it failed). The first redo is
// skipped when the edit was already applied by the Document facade.
// A step that someone else's change makes impossible (ConflictError: what it would write
// back was changed since) is refused with the reason, and leaves the stack with the rest of
// its undo step.
class DocumentCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(banatlas::DocumentCommand)

public:
    DocumentCommand(Document *doc, const QString &text, QUndoCommand *parent = nullptr);
    void undo() final;
    void redo() final;

protected:
    using Change = Document::Change;
    using Notice = Document::Notice;
    // Each step writes through the store and returns what it changed.
    virtual Notice undoStep() = 0;
    virtual Notice redoStep() = 0;
    Store &store() const { return *m_doc->m_store; }
    // `d` as a change begun from the version this document last wrote of it.
    Decision fromWritten(Decision decision) const;
    void wrote(qint64 id, qint64 version) { m_doc->wrote(id, version); }

private:
    void run(Notice (DocumentCommand::*step)(), bool undoing);
    Document *m_doc;
    QUndoCommand *m_parent; // the undo step this is part of, if any
    bool m_applied = true;
};

class AddDecisionCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(banatlas::AddDecisionCommand)

public:
    AddDecisionCommand(Document *doc, Decision stored, QUndoCommand *parent = nullptr);

private:
    Notice undoStep() override;
    Notice redoStep() override;
    Decision m_decision;
};

class EditDecisionCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(banatlas::EditDecisionCommand)

public:
    EditDecisionCommand(Document *doc, Decision before, Decision after,
                        QUndoCommand *parent = nullptr);

private:
    Notice undoStep() override;
    Notice redoStep() override;
    Decision m_before;
    Decision m_after;
};

// Several decisions changed at once (a bulk change of confidence, scope or vendor): undone
// and redone in one transaction, all or none.
class EditDecisionsCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(banatlas::EditDecisionsCommand)

public:
    EditDecisionsCommand(Document *doc, QList<Decision> before, QList<Decision> after,
                         QUndoCommand *parent = nullptr);

private:
    Notice undoStep() override;
    Notice redoStep() override;
    Notice write(const QList<Decision> &decisions);
    QList<Decision> m_before;
    QList<Decision> m_after;
};

// Several decisions deleted at once: put back and deleted again in one transaction.
class DeleteDecisionsCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(banatlas::DeleteDecisionsCommand)

public:
    DeleteDecisionsCommand(Document *doc, QList<Decision> removed, QUndoCommand *parent = nullptr);

private:
    Notice undoStep() override;
    Notice redoStep() override;
    QList<Decision> m_decisions;
};

class DeleteDecisionCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(banatlas::DeleteDecisionCommand)

public:
    DeleteDecisionCommand(Document *doc, Decision removed, QUndoCommand *parent = nullptr);

private:
    Notice undoStep() override;
    Notice redoStep() override;
    Decision m_decision;
};

class AddVendorCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(banatlas::AddVendorCommand)

public:
    AddVendorCommand(Document *doc, Vendor stored, QUndoCommand *parent = nullptr);

private:
    Notice undoStep() override;
    Notice redoStep() override;
    Vendor m_vendor;
};

} // namespace banatlas
