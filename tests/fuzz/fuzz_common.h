#pragma once

// Shared set-up of the libFuzzer targets: one Qt application object and one scratch
// database per process, so that each input costs an import, not an open.

#include "domain/errors.h"
#include "interchange/interchange.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace banatlas::fuzz {

inline void initApplication(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv);
    qputenv("QT_LOGGING_RULES", "*.warning=false");
}

// A scratch database, created once; every input is imported inside a transaction that
// is then rolled back, so each input starts from the same state.
inline Store &scratchStore() {
    static QTemporaryDir dir;
    static std::unique_ptr<Store> store = [] {
        if (!dir.isValid())
            std::abort();
        return std::make_unique<Store>(dir.filePath(QStringLiteral("fuzz.banatlas")));
    }();
    return *store;
}

// Thrown after a successful import to undo it.
struct Discard {};

// The import targets' contract: `import` either refuses the input with an Error, or
// imports it, and then what was imported exports to JSON that imports again. Anything
// else (a crash, a sanitizer report, another exception, a failed round trip) is a finding.
template <typename Import>
void importThenRoundTrip(const uint8_t *data, size_t size, Import import, const QString &name) {
    Store &store = scratchStore();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    bool imported = false;
    try {
        store.transaction([&] {
            import(store, input, name, ImportProgress{}, nullptr); // no record kept
            imported = true;
            // The export of what was imported must import as exactly that: nothing new,
            // nothing changed (a lossy export, a field written and read differently,
            // passes a round trip that only checks for errors).
            const ImportSummary again =
                importJson(store, exportJson(store), QStringLiteral("export.json"));
            if (again.added != 0 || again.updated != 0 || again.vendorsCreated != 0 ||
                again.vendorsUpdated != 0)
                qFatal("round trip changed the data: %d added, %d updated, %d vendors created, "
                       "%d vendors updated",
                       again.added, again.updated, again.vendorsCreated, again.vendorsUpdated);
            throw Discard{};
        });
    } catch (const Discard &) {
    } catch (const Error &e) {
        if (imported) // export wrote what import refuses
            qFatal("round trip failed: %s", qPrintable(e.message()));
    }
}

} // namespace banatlas::fuzz
