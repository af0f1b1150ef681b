#include "document/commands.h"

#include "document/document.h"
#include "domain/errors.h"

#include <QCoreApplication>

namespace banatlas {

namespace {
// Sources get new ids when a decision is stored again; the content is what matters.
Decision withoutSourceIds(Decision d) {
    for (Source &s : d.sources)
        s.id = 0;
    return d;
}
} // namespace

DocumentCommand::DocumentCommand(Document *doc, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_doc(doc) {}

void DocumentCommand::run(void (DocumentCommand::*step)()) {
    try {
        (this->*step)();
    } catch (const Error &e) {
        m_doc->reportError(e.message());
    }
    m_doc->reload();
}

void DocumentCommand::redo() {
    if (m_applied) {
        m_applied = false; // the facade already did it
        return;
    }
    run(&DocumentCommand::redoStep);
}

void DocumentCommand::undo() {
    run(&DocumentCommand::undoStep);
}

AddDecisionCommand::AddDecisionCommand(Document *doc, Decision stored, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Add decision \"%1\"").arg(stored.title), parent)
    , m_decision(withoutSourceIds(std::move(stored))) {}

void AddDecisionCommand::undoStep() {
    document()->store().removeDecision(m_decision.id);
}
void AddDecisionCommand::redoStep() {
    document()->store().addDecision(m_decision);
}

EditDecisionCommand::EditDecisionCommand(Document *doc, Decision before, Decision after,
                                         QUndoCommand *parent)
    : DocumentCommand(doc, tr("Edit decision \"%1\"").arg(after.title), parent)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

// Sources are matched by content, so edits survive the new ids of an undone delete.
void EditDecisionCommand::undoStep() {
    document()->store().updateDecision(withoutSourceIds(m_before));
}
void EditDecisionCommand::redoStep() {
    document()->store().updateDecision(withoutSourceIds(m_after));
}

DeleteDecisionCommand::DeleteDecisionCommand(Document *doc, Decision removed, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Delete decision \"%1\"").arg(removed.title), parent)
    , m_decision(withoutSourceIds(std::move(removed))) {}

void DeleteDecisionCommand::undoStep() {
    document()->store().addDecision(m_decision);
}
void DeleteDecisionCommand::redoStep() {
    document()->store().removeDecision(m_decision.id);
}

AddVendorCommand::AddVendorCommand(Document *doc, Vendor stored, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Add vendor \"%1\"").arg(stored.name), parent)
    , m_vendor(std::move(stored)) {}

void AddVendorCommand::undoStep() {
    if (const auto v = document()->store().findVendor(m_vendor.name))
        document()->store().removeVendor(v->id);
}
void AddVendorCommand::redoStep() {
    Vendor v = m_vendor;
    v.id = 0;
    document()->store().addVendor(v);
}

} // namespace banatlas
