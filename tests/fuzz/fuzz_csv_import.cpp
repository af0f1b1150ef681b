// libFuzzer target: CSV import. An input is either refused with an ImportError (or a
// ValidationError) or imported; an imported one must export to JSON that imports again.
// Anything else (a crash, a sanitizer report, another exception) is a finding.

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
            importCsv(store, input, QStringLiteral("fuzz.csv"));
            imported = true;
            // What was imported exports and imports again.
            importJson(store, exportJson(store), QStringLiteral("export.json"));
            throw fuzz::Discard{};
        });
    } catch (const fuzz::Discard &) {
    } catch (const Error &e) {
        if (imported) // the round trip failed: export wrote what import refuses
            qFatal("round trip failed: %s", qPrintable(e.message()));
    }
    return 0;
}
