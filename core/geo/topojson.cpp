#include "geo/topojson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// The translation context of this file's messages.
struct TopoJsonText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::TopoJson)
};

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

bool crossesAntimeridian(const GeoPolygon &polygon) {
    for (const GeoRing &ring : polygon.rings) {
        for (qsizetype i = 1; i < ring.size(); ++i) {
            if (std::abs(ring[i].x() - ring[i - 1].x()) > 180)
                return true;
        }
    }
    return false;
}

// The ring made continuous in longitude; a ring whose unwrapped end is a full turn from
// its start goes around a pole, and is closed along it.
GeoRing unwrapped(const GeoRing &ring) {
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
    return u;
}

// The part of unwrapped rings that falls within [-180, 180] once shifted by `turns`
// whole turns west; no polygon when its outer ring has nothing there.
GeoPolygon pieceOf(const QList<GeoRing> &rings, int turns) {
    GeoPolygon piece;
    for (qsizetype r = 0; r < rings.size(); ++r) {
        GeoRing shifted;
        for (const QPointF &p : rings[r])
            shifted.append(QPointF(p.x() - 360.0 * turns, p.y()));
        GeoRing clipped = clipVertical(clipVertical(shifted, 180, true), -180, false);
        if (clipped.size() < 3) {
            if (r == 0)
                return {}; // no outer ring here: no piece
            continue;
        }
        clipped.append(clipped.first());
        piece.rings.append(clipped);
    }
    return piece;
}

} // namespace

QList<GeoPolygon> splitAtAntimeridian(const GeoPolygon &polygon) {
    if (!crossesAntimeridian(polygon))
        return {polygon};
    QList<GeoRing> rings;
    double minX = 1e9;
    double maxX = -1e9;
    for (const GeoRing &ring : polygon.rings) {
        rings.append(unwrapped(ring));
        for (const QPointF &p : std::as_const(rings.last())) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
        }
    }
    // Shift by whole turns into [-180, 180] and keep what falls inside each time.
    QList<GeoPolygon> out;
    const int first = static_cast<int>(std::floor((minX + 180) / 360));
    const int last = static_cast<int>(std::floor((maxX + 180) / 360));
    for (int k = first; k <= last; ++k) {
        GeoPolygon piece = pieceOf(rings, k);
        if (!piece.rings.isEmpty())
            out.append(piece);
    }
    return out;
}

namespace {

// How arcs are encoded: quantised deltas when the topology has a transform.
struct ArcTransform {
    bool quantised = false;
    double sx = 1, sy = 1, tx = 0, ty = 0;
};

ArcTransform transformOf(const QJsonObject &topo) {
    ArcTransform out;
    out.quantised = topo.contains(u"transform"_s);
    if (!out.quantised)
        return out;
    const QJsonObject t = topo.value(u"transform"_s).toObject();
    const QJsonArray scale = t.value(u"scale"_s).toArray();
    const QJsonArray translate = t.value(u"translate"_s).toArray();
    if (scale.size() != 2 || translate.size() != 2)
        throw TopoJsonError(
            TopoJsonText::tr("the transform needs a scale and a translate of two numbers"));
    out.sx = scale[0].toDouble();
    out.sy = scale[1].toDouble();
    out.tx = translate[0].toDouble();
    out.ty = translate[1].toDouble();
    return out;
}

// Arc number `index`, as longitudes and latitudes in degrees.
QList<QPointF> decodeArc(const QJsonArray &positions, const ArcTransform &t, qsizetype index) {
    QList<QPointF> points;
    points.reserve(positions.size());
    double x = 0, y = 0;
    for (const QJsonValue &p : positions) {
        const QJsonArray xy = p.toArray();
        if (xy.size() < 2)
            throw TopoJsonError(TopoJsonText::tr("an arc position needs two numbers"));
        if (t.quantised) {
            x += xy[0].toDouble();
            y += xy[1].toDouble();
            points.append(QPointF(x * t.sx + t.tx, y * t.sy + t.ty));
        } else {
            points.append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
        }
    }
    for (const QPointF &pt : std::as_const(points)) {
        // Longitude and latitude in degrees; the slack absorbs quantisation rounding.
        if (!std::isfinite(pt.x()) || !std::isfinite(pt.y()) || std::abs(pt.x()) > 180.0 + 1e-6 ||
            std::abs(pt.y()) > 90.0 + 1e-6) {
            throw TopoJsonError(
                TopoJsonText::tr("arc %1: position (%2, %3) is not a longitude and latitude")
                    .arg(index)
                    .arg(pt.x())
                    .arg(pt.y()));
        }
    }
    return points;
}

// Every arc, decoded once.
QList<QList<QPointF>> decodeArcs(const QJsonObject &topo) {
    const ArcTransform transform = transformOf(topo);
    const QJsonArray arcsJson = topo.value(u"arcs"_s).toArray();
    QList<QList<QPointF>> arcs;
    arcs.reserve(arcsJson.size());
    for (const QJsonValue &a : arcsJson)
        arcs.append(decodeArc(a.toArray(), transform, arcs.size()));
    return arcs;
}

// Geometries made of the decoded arcs.
class ArcGeometry final {
public:
    explicit ArcGeometry(const QList<QList<QPointF>> &arcs)
        : m_arcs(arcs) {}

    // The arcs a ring lists, in order; a negative index ~i is arc i reversed.
    GeoRing ring(const QJsonArray &arcIndexes) const {
        GeoRing out;
        for (const QJsonValue &v : arcIndexes) {
            const int i = v.toInt();
            const int index = i >= 0 ? i : ~i;
            if (index >= m_arcs.size())
                throw TopoJsonError(TopoJsonText::tr("arc %1 does not exist").arg(index));
            QList<QPointF> points = m_arcs[index];
            if (i < 0)
                std::reverse(points.begin(), points.end());
            // Consecutive arcs share their end point.
            out.append(out.isEmpty() ? points : points.mid(1));
        }
        return out;
    }
    GeoPolygon polygon(const QJsonArray &rings) const {
        GeoPolygon out;
        for (const QJsonValue &r : rings) {
            const GeoRing one = ring(r.toArray());
            if (one.size() < 4)
                continue; // no area
            if (one.first() != one.last())
                throw TopoJsonError(TopoJsonText::tr("a ring does not end where it starts"));
            out.rings.append(one);
        }
        return out;
    }
    // The polygons of a Polygon or MultiPolygon geometry, or none for another type.
    std::optional<QList<GeoPolygon>> polygons(const QJsonObject &geometry) const {
        const QString type = geometry.value(u"type"_s).toString();
        const QJsonArray arcs = geometry.value(u"arcs"_s).toArray();
        if (type == u"Polygon"_s)
            return QList<GeoPolygon>{polygon(arcs)};
        if (type != u"MultiPolygon"_s)
            return std::nullopt;
        QList<GeoPolygon> out;
        for (const QJsonValue &p : arcs)
            out.append(polygon(p.toArray()));
        return out;
    }

private:
    const QList<QList<QPointF>> &m_arcs;
};

} // namespace

QList<GeoFeature> decodeTopoJson(const QByteArray &json, const QString &objectName) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw TopoJsonError(TopoJsonText::tr("invalid TopoJSON: %1").arg(parseError.errorString()));
    const QJsonObject topo = doc.object();
    if (topo.value(u"type"_s).toString() != u"Topology"_s)
        throw TopoJsonError(TopoJsonText::tr("not a TopoJSON topology"));
    const QList<QList<QPointF>> arcs = decodeArcs(topo);
    const ArcGeometry geometries(arcs);

    const QJsonObject object = topo.value(u"objects"_s).toObject().value(objectName).toObject();
    if (object.isEmpty())
        throw TopoJsonError(TopoJsonText::tr("the topology has no object \"%1\"").arg(objectName));
    QList<GeoFeature> features;
    for (const QJsonValue &g : object.value(u"geometries"_s).toArray()) {
        const QJsonObject geometry = g.toObject();
        GeoFeature f;
        const QJsonValue id = geometry.value(u"id"_s);
        f.id = id.isDouble() ? QString::number(id.toInt()) : id.toString();
        f.name = geometry.value(u"properties"_s).toObject().value(u"name"_s).toString();
        const auto polygons = geometries.polygons(geometry);
        if (!polygons)
            continue; // points, lines and empty geometries have no area to colour
        for (const GeoPolygon &p : *polygons) {
            if (!p.rings.isEmpty())
                f.polygons.append(splitAtAntimeridian(p));
        }
        features.append(f);
    }
    return features;
}

} // namespace banatlas
