// libFuzzer target: TopoJSON decoding and the antimeridian cut. Malformed input must
// raise TopoJsonError; decoded rings must be closed and stay within ±180° longitude.

#include "geo/topojson.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace banatlas;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const QList<GeoFeature> features = decodeTopoJson(input, QStringLiteral("countries"));
        for (const GeoFeature &f : features) {
            for (const GeoPolygon &p : f.polygons) {
                for (const GeoRing &ring : p.rings) {
                    if (ring.isEmpty())
                        continue;
                    if (ring.first() != ring.last())
                        qFatal("ring of %s is not closed", qPrintable(f.id));
                    for (const QPointF &pt : ring) {
                        if (pt.x() < -180.0 - 1e-6 || pt.x() > 180.0 + 1e-6)
                            qFatal("ring of %s leaves ±180°: %f", qPrintable(f.id), pt.x());
                    }
                }
            }
        }
    } catch (const TopoJsonError &) {
    }
    return 0;
}
