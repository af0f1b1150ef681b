// libFuzzer target: name normalisation and matching. For any text: normalising twice
// changes nothing; what is left holds no default-ignorable code point but those the
// validator refuses; a name is never "one edit away" from itself; and a vendor the store
// accepts is found again by its name as given and as normalised, and by no look-alike of
// it made of invisible characters.

#include "domain/validation.h"
#include "fuzz_common.h"

using namespace banatlas;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    fuzz::initApplication(argc, argv);
    fuzz::scratchStore();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString normal = normalizedName(name);
    if (normalizedName(normal) != normal)
        qFatal("normalising twice changed the name");
    for (char32_t c : normal.toUcs4()) {
        const bool refusedLater =
            c == 0xFEFF || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        if (isDefaultIgnorable(c) && !refusedLater)
            qFatal("an ignorable code point U+%04X is left", unsigned(c));
    }
    NearNames near;
    near.add(name);
    if (!near.near(name).isEmpty() || !near.near(normal).isEmpty())
        qFatal("a name is one edit away from itself");

    Store &store = fuzz::scratchStore();
    try {
        store.transaction([&] {
            Vendor v;
            v.name = name;
            const qint64 id = store.addVendor(v);
            const QStringList probes{name, normal, normal.toUpper(),
                                     QString(QStringLiteral("\u200B") + normal),
                                     QString(normal + QStringLiteral("\u2060\uFE0F"))};
            for (const QString &probe : probes) {
                const auto found = store.findVendor(probe);
                if (!found || found->id != id)
                    qFatal("a stored vendor is not found by a form of its name");
            }
            throw fuzz::Discard{};
        });
    } catch (const fuzz::Discard &) {
    } catch (const Error &) {
        // refused: fine
    }
    return 0;
}
