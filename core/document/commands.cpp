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
    , m_doc(doc)
    , m_parent(parent) {}

void DocumentCommand::run(Notice (DocumentCommand::*step)(), bool undoing) {
    // Another part of the same step was refused: this one is not done either.
    if (isObsolete() || (m_parent && m_parent->isObsolete()))
        return;
    Notice done{Change::Reset};
    try {
        done = (this->*step)();
    } catch (const ConflictError &e) {
        // Someone else changed what this step would write back: it is refused, and leaves
        // the stack (QUndoStack drops an obsolete command); what is stored is read again.
        setObsolete(true);
        if (m_parent)
            m_parent->setObsolete(true);
        const QString what = m_parent ? m_parent->text() : text();
        m_doc->reportError((undoing ? tr("Cannot undo \"%1\": %2") : tr("Cannot redo \"%1\": %2"))
                               .arg(what, e.message()));
    } catch (const Error &e) {
        // The store is not as the stack expected: read it all again.
        m_doc->reportError(e.message());
    }
    m_doc->applied({done});
}

Decision DocumentCommand::fromWritten(Decision decision) const {
    decision.version = m_doc->m_written.value(decision.id, 0);
    return decision;
}

void DocumentCommand::redo() {
    if (m_applied) {
        m_applied = false; // the facade already did it
        return;
    }
    run(&DocumentCommand::redoStep, false);
}

void DocumentCommand::undo() {
    run(&DocumentCommand::undoStep, true);
}

AddDecisionCommand::AddDecisionCommand(Document *doc, Decision stored, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Add decision \"%1\"").arg(stored.title), parent)
    , m_decision(withoutSourceIds(std::move(stored))) {}

DocumentCommand::Notice AddDecisionCommand::undoStep() {
    store().removeDecision(m_decision.id, fromWritten(m_decision).version);
    wrote(m_decision.id, 0);
    return {Change::DecisionRemoved, m_decision.id};
}
DocumentCommand::Notice AddDecisionCommand::redoStep() {
    store().addDecision(m_decision);
    wrote(m_decision.id, 1);
    return {Change::DecisionAdded, m_decision.id};
}

EditDecisionCommand::EditDecisionCommand(Document *doc, Decision before, Decision after,
                                         QUndoCommand *parent)
    : DocumentCommand(doc, tr("Edit decision \"%1\"").arg(after.title), parent)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

// Sources are matched by content, so edits survive the new ids of an undone delete.
DocumentCommand::Notice EditDecisionCommand::undoStep() {
    wrote(m_before.id, store().updateDecision(fromWritten(withoutSourceIds(m_before))));
    return {Change::DecisionChanged, m_before.id};
}
DocumentCommand::Notice EditDecisionCommand::redoStep() {
    wrote(m_after.id, store().updateDecision(fromWritten(withoutSourceIds(m_after))));
    return {Change::DecisionChanged, m_after.id};
}

EditDecisionsCommand::EditDecisionsCommand(Document *doc, QList<Decision> before,
                                           QList<Decision> after, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Change %n decisions", nullptr, int(after.size())), parent)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

DocumentCommand::Notice EditDecisionsCommand::write(const QList<Decision> &decisions) {
    Notice done{Change::DecisionChanged};
    QList<qint64> versions;
    store().transaction([&] {
        for (const Decision &each : decisions) {
            versions.append(store().updateDecision(fromWritten(withoutSourceIds(each))));
            done.more.append(each.id);
        }
    });
    for (qsizetype i = 0; i < decisions.size(); ++i)
        wrote(decisions[i].id, versions[i]);
    return done;
}
DocumentCommand::Notice EditDecisionsCommand::undoStep() {
    return write(m_before);
}
DocumentCommand::Notice EditDecisionsCommand::redoStep() {
    return write(m_after);
}

DeleteDecisionsCommand::DeleteDecisionsCommand(Document *doc, QList<Decision> removed,
                                               QUndoCommand *parent)
    : DocumentCommand(doc, tr("Delete %n decisions", nullptr, int(removed.size())), parent) {
    for (Decision &each : removed)
        m_decisions.append(withoutSourceIds(std::move(each)));
}

DocumentCommand::Notice DeleteDecisionsCommand::undoStep() {
    Notice done{Change::DecisionAdded};
    store().transaction([&] {
        for (const Decision &each : std::as_const(m_decisions)) {
            store().addDecision(each);
            done.more.append(each.id);
        }
    });
    for (const Decision &each : std::as_const(m_decisions))
        wrote(each.id, 1);
    return done;
}
DocumentCommand::Notice DeleteDecisionsCommand::redoStep() {
    Notice done{Change::DecisionRemoved};
    store().transaction([&] {
        for (const Decision &each : std::as_const(m_decisions)) {
            store().removeDecision(each.id, fromWritten(each).version);
            done.more.append(each.id);
        }
    });
    for (const Decision &each : std::as_const(m_decisions))
        wrote(each.id, 0);
    return done;
}

DeleteDecisionCommand::DeleteDecisionCommand(Document *doc, Decision removed, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Delete decision \"%1\"").arg(removed.title), parent)
    , m_decision(withoutSourceIds(std::move(removed))) {}

DocumentCommand::Notice DeleteDecisionCommand::undoStep() {
    store().addDecision(m_decision);
    wrote(m_decision.id, 1);
    return {Change::DecisionAdded, m_decision.id};
}
DocumentCommand::Notice DeleteDecisionCommand::redoStep() {
    store().removeDecision(m_decision.id, fromWritten(m_decision).version);
    wrote(m_decision.id, 0);
    return {Change::DecisionRemoved, m_decision.id};
}

AddVendorCommand::AddVendorCommand(Document *doc, Vendor stored, QUndoCommand *parent)
    : DocumentCommand(doc, tr("Add vendor \"%1\"").arg(stored.name), parent)
    , m_vendor(std::move(stored)) {}

DocumentCommand::Notice AddVendorCommand::undoStep() {
    if (const auto v = store().findVendor(m_vendor.name))
        store().removeVendor(v->id);
    return {Change::Vendors};
}
DocumentCommand::Notice AddVendorCommand::redoStep() {
    Vendor v = m_vendor;
    v.id = 0;
    store().addVendor(v);
    return {Change::Vendors};
}

} // namespace banatlas
