// Prints how long a PDF report takes: the bundled dataset in full, and 250 governments ×
// 10 vendors with N synthetic decisions (default 10,000), with peak memory.
#include "interchange/database.h"
#include "interchange/interchange.h"
#include "painting/report.h"
#include "synthetic.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace banatlas;

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;

    {
        auto bundled = openDatabase(dir.filePath(u"bundled.banatlas"_s));
        QElapsedTimer t;
        t.start();
        int pages = 0;
        if (!writeReport(dir.filePath(u"bundled.pdf"_s), *bundled, ReportOptions{},
                         [&](int, int total) {
                             pages = total;
                             return true;
                         }) ||
            pages == 0) {
            std::fprintf(stderr, "bench_report: the report of the bundled dataset failed\n");
            return 1;
        }
        std::printf("report, bundled dataset (%d decisions): %.0f ms, %d pages, peak RSS %ld MB\n",
                    bundled->decisionCount(), t.nsecsElapsed() / 1e6, pages, peakRssMb());
    }

    auto store = openDatabase(dir.filePath(u"synthetic.banatlas"_s), Seed::None);
    QStringList countries;
    for (const Country &c : store->countries())
        countries.append(c.code);
    importCsv(*store, syntheticCsv(n, countries), u"synthetic.csv"_s);
    ReportOptions options;
    options.countries = countries.mid(0, 250);
    for (int v = 0; v < 10; ++v)
        options.vendors.append(u"Vendor %1"_s.arg(v));
    const long before = peakRssMb();
    QElapsedTimer t;
    t.start();
    int pages = 0;
    if (!writeReport(dir.filePath(u"synthetic.pdf"_s), *store, options,
                     [&](int, int total) {
                         pages = total;
                         return true;
                     }) ||
        pages == 0) {
        std::fprintf(stderr, "bench_report: the report of the synthetic data failed\n");
        return 1;
    }
    std::printf("report, 250 governments x 10 vendors, %d decisions: %.0f ms, %d pages, peak RSS "
                "%ld MB (%ld MB before the report)\n",
                n, t.nsecsElapsed() / 1e6, pages, peakRssMb(), before);
    return 0;
}
