// libFuzzer target: opening a database file. Any bytes, as a file: the store either
// refuses it with an Error, or opens it and then its schema is exactly BanAtlas's and
// everything in it can be read. A crash, a sanitizer report, another exception or a
// foreign schema obeyed is a finding.

#include "fuzz_common.h"
#include "storage/migrations.h"

#include <QFile>

using namespace banatlas;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    fuzz::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.banatlas"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), qsizetype(size));
    }
    try {
        Store store(path, Access::ReadOnly);
        if (!schemaDifference(store.database(), kSchemaVersion).isEmpty())
            qFatal("a file with a foreign schema was opened");
        (void)store.decisions();
        (void)store.vendors();
        (void)store.countries();
        (void)store.groups();
    } catch (const Error &) {
        // refused: fine
    }
    return 0;
}
