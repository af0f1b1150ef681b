#include "geo/topojson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("banatlas", text);
}

// Sutherland–Hodgman against one vertical line: keeps x <= limit (keepBelow) or x >= limit.
GeoRing clipVertical(const GeoRing &ring, double limit, bool keepBelow) {
    GeoRing out;
    if (ring.isEmpty())
        return out;
    auto inside = [&](const QPointF &p) { return keepBelow ? p.x() <= limit : p.x() >= limit; };
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF a = ring[i];
        const QPointF b = ring[(i + 1) % ring.size()];
        const bool ina = inside(a);
        const bool inb = inside(b);
        if (ina)
            out.append(a);
        if (ina != inb) {
            const double t = (limit - a.x()) / (b.x() - a.x());
            out.append(QPointF(limit, a.y() + t * (b.y() - a.y())));
        }
    }
    return out;
}

} // namespace

QList<GeoPolygon> splitAtAntimeridian(const GeoPolygon &polygon) {
    bool crosses = false;
    for (const GeoRing &ring : polygon.rings) {
        for (qsizetype i = 1; i < ring.size() && !crosses; ++i)
            crosses = std::abs(ring[i].x() - ring[i - 1].x()) > 180;
    }
    if (!crosses)
        return {polygon};

    // Unwrap every ring so that it is continuous in longitude; a ring whose unwrapped
    // end is a full turn from its start goes around a pole, and is closed along it.
    QList<GeoRing> unwrapped;
    double minX = 1e9;
    double maxX = -1e9;
    for (const GeoRing &ring : polygon.rings) {
        GeoRing u;
        double offset = 0;
        for (qsizetype i = 0; i < ring.size(); ++i) {
            if (i > 0) {
                const double jump = ring[i].x() - ring[i - 1].x();
                if (jump > 180)
                    offset -= 360;
                else if (jump < -180)
                    offset += 360;
            }
            u.append(QPointF(ring[i].x() + offset, ring[i].y()));
        }
        if (!u.isEmpty() && std::abs(u.last().x() - u.first().x()) > 180) {
            double meanY = 0;
            for (const QPointF &p : std::as_const(u))
                meanY += p.y();
            const double pole = meanY < 0 ? -90.0 : 90.0;
            u.append(QPointF(u.last().x(), pole));
            u.append(QPointF(u.first().x(), pole));
            u.append(u.first());
        }
        for (const QPointF &p : std::as_const(u)) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
        }
        unwrapped.append(u);
    }

    // Shift by whole turns into [-180, 180] and keep what falls inside each time.
    QList<GeoPolygon> out;
    const int first = static_cast<int>(std::floor((minX + 180) / 360));
    const int last = static_cast<int>(std::floor((maxX + 180) / 360));
    for (int k = first; k <= last; ++k) {
        GeoPolygon piece;
        for (qsizetype r = 0; r < unwrapped.size(); ++r) {
            GeoRing shifted;
            for (const QPointF &p : std::as_const(unwrapped[r]))
                shifted.append(QPointF(p.x() - 360.0 * k, p.y()));
            GeoRing clipped = clipVertical(clipVertical(shifted, 180, true), -180, false);
            if (clipped.size() < 3) {
                if (r == 0)
                    break; // no outer ring here: skip this piece
                continue;
            }
            clipped.append(clipped.first());
            piece.rings.append(clipped);
        }
        if (!piece.rings.isEmpty())
            out.append(piece);
    }
    return out;
}

QList<GeoFeature> decodeTopoJson(const QByteArray &json, const QString &objectName) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw TopoJsonError(tr("invalid TopoJSON: %1").arg(parseError.errorString()));
    const QJsonObject topo = doc.object();
    if (topo.value(u"type"_s).toString() != u"Topology"_s)
        throw TopoJsonError(tr("not a TopoJSON topology"));

    // Arcs, decoded once: quantised deltas when there is a transform.
    double sx = 1, sy = 1, tx = 0, ty = 0;
    const bool quantised = topo.contains(u"transform"_s);
    if (quantised) {
        const QJsonObject t = topo.value(u"transform"_s).toObject();
        const QJsonArray scale = t.value(u"scale"_s).toArray();
        const QJsonArray translate = t.value(u"translate"_s).toArray();
        if (scale.size() != 2 || translate.size() != 2)
            throw TopoJsonError(tr("the transform needs a scale and a translate of two numbers"));
        sx = scale[0].toDouble();
        sy = scale[1].toDouble();
        tx = translate[0].toDouble();
        ty = translate[1].toDouble();
    }
    const QJsonArray arcsJson = topo.value(u"arcs"_s).toArray();
    QList<QList<QPointF>> arcs;
    arcs.reserve(arcsJson.size());
    for (const QJsonValue &a : arcsJson) {
        QList<QPointF> points;
        const QJsonArray positions = a.toArray();
        points.reserve(positions.size());
        double x = 0, y = 0;
        for (const QJsonValue &p : positions) {
            const QJsonArray xy = p.toArray();
            if (xy.size() < 2)
                throw TopoJsonError(tr("an arc position needs two numbers"));
            if (quantised) {
                x += xy[0].toDouble();
                y += xy[1].toDouble();
                points.append(QPointF(x * sx + tx, y * sy + ty));
            } else {
                points.append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
            }
        }
        for (const QPointF &pt : std::as_const(points)) {
            // Longitude and latitude in degrees; the slack absorbs quantisation rounding.
            if (!std::isfinite(pt.x()) || !std::isfinite(pt.y()) ||
                std::abs(pt.x()) > 180.0 + 1e-6 || std::abs(pt.y()) > 90.0 + 1e-6) {
                throw TopoJsonError(tr("arc %1: position (%2, %3) is not a longitude and latitude")
                                        .arg(arcs.size())
                                        .arg(pt.x())
                                        .arg(pt.y()));
            }
        }
        arcs.append(points);
    }

    auto ringOf = [&](const QJsonArray &arcIndexes) {
        GeoRing ring;
        for (const QJsonValue &v : arcIndexes) {
            const int i = v.toInt();
            const int index = i >= 0 ? i : ~i;
            if (index >= arcs.size())
                throw TopoJsonError(tr("arc %1 does not exist").arg(index));
            QList<QPointF> points = arcs[index];
            if (i < 0)
                std::reverse(points.begin(), points.end());
            // Consecutive arcs share their end point.
            ring.append(ring.isEmpty() ? points : points.mid(1));
        }
        return ring;
    };
    auto polygonOf = [&](const QJsonArray &rings) {
        GeoPolygon polygon;
        for (const QJsonValue &r : rings) {
            const GeoRing ring = ringOf(r.toArray());
            if (ring.size() < 4)
                continue; // no area
            if (ring.first() != ring.last())
                throw TopoJsonError(tr("a ring does not end where it starts"));
            polygon.rings.append(ring);
        }
        return polygon;
    };

    const QJsonObject object = topo.value(u"objects"_s).toObject().value(objectName).toObject();
    if (object.isEmpty())
        throw TopoJsonError(tr("the topology has no object \"%1\"").arg(objectName));
    QList<GeoFeature> features;
    for (const QJsonValue &g : object.value(u"geometries"_s).toArray()) {
        const QJsonObject geometry = g.toObject();
        GeoFeature f;
        const QJsonValue id = geometry.value(u"id"_s);
        f.id = id.isDouble() ? QString::number(id.toInt()) : id.toString();
        f.name = geometry.value(u"properties"_s).toObject().value(u"name"_s).toString();
        const QString type = geometry.value(u"type"_s).toString();
        QList<GeoPolygon> polygons;
        if (type == u"Polygon"_s) {
            polygons.append(polygonOf(geometry.value(u"arcs"_s).toArray()));
        } else if (type == u"MultiPolygon"_s) {
            for (const QJsonValue &p : geometry.value(u"arcs"_s).toArray())
                polygons.append(polygonOf(p.toArray()));
        } else {
            continue; // points, lines and empty geometries have no area to colour
        }
        for (const GeoPolygon &p : std::as_const(polygons)) {
            if (!p.rings.isEmpty())
                f.polygons.append(splitAtAntimeridian(p));
        }
        features.append(f);
    }
    return features;
}

} // namespace banatlas
