// libFuzzer target: CSV import (see fuzz::importThenRoundTrip for the contract).

#include "fuzz_common.h"

using namespace banatlas;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    fuzz::initApplication(argc, argv);
    fuzz::scratchStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::importThenRoundTrip(data, size, importCsv, QStringLiteral("fuzz.csv"));
    return 0;
}
