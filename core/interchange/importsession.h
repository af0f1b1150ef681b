#pragma once

#include "domain/validation.h"
#include "interchange/interchange.h"
#include "storage/store.h"

namespace banatlas {

// What the CSV and the JSON import share: the whole file is read, checked and written in
// one transaction, so that the first problem anywhere throws and leaves nothing written
// (all or nothing); a decision is written with the vendors it names; what happened is
// counted in one summary.
class ImportSession final {
public:
    // `record`, when given, gets what is done to each decision and vendor (a preview's).
    ImportSession(Store &store, const QString &fileName, const ImportProgress &progress,
                  ImportRecord *record = nullptr);

    Store &store() { return m_store; }
    ImportSummary &summary() { return m_summary; }

    // Runs `readFile` in one transaction of the store, logged as one import of the file:
    // everything it writes lands, or nothing does. Returns the summary.
    template <typename Fn> ImportSummary run(Fn &&readFile) {
        const bool inMemory = m_store.setTemporaryInMemory(true); // for the batches
        try {
            m_store.transaction([&] {
                m_store.startImport(m_fileName);
                readFile();
                m_store.finishImport(countsJson(), m_summary.added + m_summary.updated);
            });
        } catch (...) {
            if (inMemory)
                m_store.setTemporaryInMemory(false);
            throw;
        }
        if (inMemory)
            m_store.setTemporaryInMemory(false);
        return m_summary;
    }
    // After each record: how far the file is read (0…1). Tells the progress now and then;
    // throws CancelledError when it says stop.
    void advance(double fraction);

    // Creates the vendors `d` names that are not stored yet, then adds `d`, or updates
    // the stored decision with its id. Throws ValidationError.
    void putDecision(const Decision &d);
    // Adds a vendor a vendor record brings, noting it when it is one letter away from a
    // known one; returns its id. Throws ValidationError.
    qint64 addVendor(const Vendor &v);
    // Counts a stored vendor the file changed (its name as stored).
    void vendorUpdated(const QString &name);

private:
    // Notes a new vendor (ImportSummary::notes) when it is one letter from a known name;
    // records it.
    void vendorCreated(const QString &name);
    QString countsJson() const;

    Store &m_store;
    const QString m_fileName;
    const ImportProgress m_progress;
    double m_told = -1; // the fraction last told
    NearNames m_near;   // stored vendor names and aliases, to spot a new one that is a slip
    ImportSummary m_summary;
    ImportRecord *const m_record;
};

} // namespace banatlas
