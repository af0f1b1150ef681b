#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace banatlas {

class Document;

// Base of the undo commands: runs a step against the document's store, catching store
// failures (which must not cross Qt's event loop) and reporting them. The first redo is
// skipped when the edit was already applied by the Document facade.
class DocumentCommand : public QUndoCommand {
public:
    DocumentCommand(Document *doc, const QString &text, QUndoCommand *parent = nullptr);
    void undo() final;
    void redo() final;

protected:
    virtual void undoStep() = 0;
    virtual void redoStep() = 0;
    Document *document() const { return m_doc; }

private:
    void run(void (DocumentCommand::*step)());
    Document *m_doc;
    bool m_applied = true;
};

class AddDecisionCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(banatlas::AddDecisionCommand)

public:
    AddDecisionCommand(Document *doc, Decision stored, QUndoCommand *parent = nullptr);

private:
    void undoStep() override;
    void redoStep() override;
    Decision m_decision;
};

class EditDecisionCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(banatlas::EditDecisionCommand)

public:
    EditDecisionCommand(Document *doc, Decision before, Decision after,
                        QUndoCommand *parent = nullptr);

private:
    void undoStep() override;
    void redoStep() override;
    Decision m_before;
    Decision m_after;
};

class DeleteDecisionCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(banatlas::DeleteDecisionCommand)

public:
    DeleteDecisionCommand(Document *doc, Decision removed, QUndoCommand *parent = nullptr);

private:
    void undoStep() override;
    void redoStep() override;
    Decision m_decision;
};

class AddVendorCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(banatlas::AddVendorCommand)

public:
    AddVendorCommand(Document *doc, Vendor stored, QUndoCommand *parent = nullptr);

private:
    void undoStep() override;
    void redoStep() override;
    Vendor m_vendor;
};

} // namespace banatlas
