// Prints how long the core takes on synthetic data: importing N decisions from CSV,
// loading them, and resolving every country × every vendor, with peak memory.
// Not a test: figures depend on the machine. Usage: bench_core [N ...]
#include "domain/statusresolver.h"
#include "interchange/database.h"
#include "interchange/interchange.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

// One size, in this process, so that peak memory belongs to it alone.
int runOne(int n) {
    QTemporaryDir dir;
    auto store = openDatabase(dir.filePath(u"bench.banatlas"_s), Seed::None);
    QStringList countries;
    for (const Country &c : store->countries())
        countries.append(c.code);
    QElapsedTimer t;
    double importMs = 0;
    {
        const QByteArray csv = syntheticCsv(n, countries);
        t.start();
        importCsv(*store, csv, u"synthetic.csv"_s);
        importMs = t.nsecsElapsed() / 1e6;
    }
    const long importPeak = peakRssMb();

    t.restart();
    const QList<Decision> decisions = store->decisions();
    const QList<Vendor> vendors = store->vendors();
    const double loadMs = t.nsecsElapsed() / 1e6;

    t.restart();
    const StatusResolver resolver(decisions, vendors);
    const double buildMs = t.nsecsElapsed() / 1e6;

    QStringList vendorNames;
    for (const Vendor &v : vendors)
        vendorNames.append(v.name);
    // Best of five: the machine is shared.
    double matrixMs = 1e18;
    qsizetype cells = 0;
    for (int round = 0; round < 5; ++round) {
        t.restart();
        const auto matrix = resolver.resolveMatrix(countries, vendorNames, QDate(2020, 6, 1));
        matrixMs = std::min(matrixMs, t.nsecsElapsed() / 1e6);
        cells = matrix.size() * (matrix.isEmpty() ? 0 : matrix.first().size());
    }
    t.restart();
    const auto map = resolver.resolveCountries(countries, {}, QDate(2020, 6, 1));
    const double mapMs = t.nsecsElapsed() / 1e6;

    // The online backup made before every import and once a day.
    t.restart();
    const Backup backup = store->backup(u"manual"_s);
    const double backupMs = t.nsecsElapsed() / 1e6;
    // Opening again: the header checks and SQLite's quick_check of the whole file.
    const QString path = store->path();
    store.reset();
    t.restart();
    store = std::make_unique<Store>(path);
    const double openMs = t.nsecsElapsed() / 1e6;

    std::printf("%8d decisions | import %9.1f ms | load %7.1f ms | resolver build %6.1f ms | "
                "matrix %4lld cells %7.2f ms | all-vendor map %6.2f ms | backup %6.1f MB in "
                "%7.1f ms | reopen %6.1f ms | peak RSS %4ld MB (%ld MB by the end of the import)\n",
                n, importMs, loadMs, buildMs, static_cast<long long>(cells), matrixMs, mapMs,
                backup.bytes / 1e6, backupMs, openMs, peakRssMb(), importPeak);
    return map.size() == countries.size() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args[0] == u"--one"_s)
        return runOne(args[1].toInt());
    if (args.isEmpty())
        args = {u"1000"_s, u"10000"_s, u"100000"_s};
    std::printf("BanAtlas core benchmark: %d vendors, 251 governments, synthetic decisions\n",
                kVendors);
    std::fflush(stdout);
    return runEachInChild(args);
}
