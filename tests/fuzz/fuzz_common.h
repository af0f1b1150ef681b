#pragma once

// Shared set-up of the libFuzzer targets: one Qt application object and one scratch
// database per process, so that each input costs an import, not an open.

#include "errors.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

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

} // namespace banatlas::fuzz
