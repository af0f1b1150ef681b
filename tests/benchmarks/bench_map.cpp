// Prints the time of one full repaint of the world map (Natural Earth 50m) at
// 1920×1080, as the map view paints it, and of building the projected borders.
#include "domain/statusresolver.h"
#include "interchange/database.h"
#include "painting/mappainter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace banatlas;

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QElapsedTimer t;
    t.start();
    const WorldMap &map = WorldMap::bundled();
    const double buildMs = t.nsecsElapsed() / 1e6;
    if (map.shapes().empty()) {
        std::fprintf(stderr, "bench_map: the bundled borders did not load\n");
        return 1;
    }

    QTemporaryDir dir;
    const auto store = openDatabase(dir.filePath(u"bench.banatlas"_s));
    QStringList codes;
    for (const Country &c : store->countries())
        codes.append(c.code);
    const StatusResolver resolver(store->decisions(), store->vendors());
    MapContent content;
    content.statuses = resolver.resolveCountries(codes, {}, QDate(2021, 1, 1));

    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const double scale = std::min(1920 / map.bounds().width(), 1080 / map.bounds().height());
    std::vector<double> times;
    for (int i = 0; i < 30; ++i) {
        image.fill(Qt::white);
        t.restart();
        QPainter p(&image);
        p.translate(960 - map.bounds().center().x() * scale,
                    540 - map.bounds().center().y() * scale);
        p.scale(scale, scale);
        paintCountries(p, map, content, scale);
        p.end();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("map: build borders %.1f ms | full repaint 1920x1080: median %.2f ms, best %.2f ms "
                "(%lld shapes)\n",
                buildMs, times[times.size() / 2], times.front(),
                static_cast<long long>(map.shapes().size()));
    return 0;
}
