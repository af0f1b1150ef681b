// Prints the time of one full paint of the timeline at 1920×1080 with N synthetic
// decisions (default 10,000), fitted to the whole range and zoomed in to a year, with
// lanes per government and per vendor.
#include "interchange/database.h"
#include "interchange/interchange.h"
#include "painting/timeline.h"
#include "synthetic.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace banatlas;

namespace {

double medianPaint(const TimelineLayout &layout, const TimeScale &scale) {
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> times;
    QElapsedTimer t;
    for (int i = 0; i < 20; ++i) {
        t.start();
        QPainter p(&image);
        paintTimeline(p, QRectF(0, 0, 1920, 1080), layout, scale, 0, QDate(2020, 6, 1), 0);
        p.end();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    auto store = openDatabase(dir.filePath(u"bench.banatlas"_s), Seed::None);
    QStringList countries;
    for (const Country &c : store->countries())
        countries.append(c.code);
    importCsv(*store, syntheticCsv(n, countries), u"synthetic.csv"_s);
    const QList<Decision> decisions = store->decisions();
    const StatusResolver resolver(decisions, store->vendors());

    for (LaneMode mode : {LaneMode::Country, LaneMode::Vendor}) {
        QElapsedTimer t;
        t.start();
        const TimelineLayout layout =
            TimelineLayout::build(resolver, decisions, store->countries(), mode,
                                  LaneOrder::FirstDecision, {}, QDate(2026, 1, 1));
        const double buildMs = t.nsecsElapsed() / 1e6;
        const TimelineStyle style;
        const TimeScale fitted =
            TimeScale::fit(layout.first, layout.last, style.labelWidth, 1920 - style.labelWidth);
        const TimeScale year = TimeScale::fit(QDate(2019, 1, 1), QDate(2020, 1, 1),
                                              style.labelWidth, 1920 - style.labelWidth);
        std::printf("timeline, %d decisions, lanes per %s (%lld lanes): layout %.1f ms | paint "
                    "1920x1080 fitted %.2f ms, one year %.2f ms\n",
                    n, mode == LaneMode::Country ? "government" : "vendor",
                    static_cast<long long>(layout.lanes.size()), buildMs,
                    medianPaint(layout, fitted), medianPaint(layout, year));
    }
    return 0;
}
