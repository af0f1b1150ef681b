// libFuzzer target: JSON import, with the same contract as the CSV target.

#include "fuzz_common.h"
#include "interchange.h"

#include <cstddef>
#include <cstdint>

using namespace banatlas;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    fuzz::initApplication(argc, argv);
    fuzz::scratchStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Store &store = fuzz::scratchStore();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    bool imported = false;
    try {
        store.transaction([&] {
            importJson(store, input, QStringLiteral("fuzz.json"));
            imported = true;
            importJson(store, exportJson(store), QStringLiteral("export.json"));
            throw fuzz::Discard{};
        });
    } catch (const fuzz::Discard &) {
    } catch (const Error &e) {
        if (imported)
            qFatal("round trip failed: %s", qPrintable(e.message()));
    }
    return 0;
}
