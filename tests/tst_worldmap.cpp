#include "classcolors.h"
#include "csv.h"
#include "mappainter.h"
#include "projection.h"
#include "topojson.h"
#include "worldmap.h"

#include "helpers/testsetup.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

// A quantised topology: feature "1" is a 10×10 square with a 2×2 hole; feature "2" is
// two squares, one of them drawn with a reversed arc.
const QByteArray kTopology = R"({
  "type": "Topology",
  "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
  "objects": {"countries": {"type": "GeometryCollection", "geometries": [
    {"type": "Polygon", "id": "1", "properties": {"name": "Holey"}, "arcs": [[0], [1]]},
    {"type": "MultiPolygon", "id": "2", "properties": {"name": "Split"}, "arcs": [[[2]], [[-4]]]},
    {"type": "Point", "id": "3", "coordinates": [0, 0]}
  ]}},
  "arcs": [
    [[0, 0], [20, 0], [0, 40], [-20, 0], [0, -40]],
    [[8, 16], [0, 8], [4, 0], [0, -8], [-4, 0]],
    [[40, 0], [2, 0], [0, 4], [-2, 0], [0, -4]],
    [[60, 0], [0, 4], [2, 0], [0, -4], [-2, 0]]
  ]
})";

} // namespace

class TestWorldMap : public QObject {
    Q_OBJECT

private slots:
    void init() { testing::failOnQtWarnings(); }

    void decodesQuantisedArcsHolesAndMultipolygons() {
        const QList<GeoFeature> features = decodeTopoJson(kTopology, u"countries"_s);
        QCOMPARE(features.size(), 2); // the point has no area
        const GeoFeature &holey = features[0];
        QCOMPARE(holey.id, u"1"_s);
        QCOMPARE(holey.name, u"Holey"_s);
        QCOMPARE(holey.polygons.size(), 1);
        QCOMPARE(holey.polygons[0].rings.size(), 2);
        const GeoRing outer = holey.polygons[0].rings[0];
        // Delta decoding and the transform: (0,0) → (10,20); (20,0) → (20,20); (20,40) → (20,30).
        QCOMPARE(outer[0], QPointF(10, 20));
        QCOMPARE(outer[1], QPointF(20, 20));
        QCOMPARE(outer[2], QPointF(20, 30));
        QCOMPARE(outer.last(), outer.first());
        const GeoRing hole = holey.polygons[0].rings[1];
        QCOMPARE(hole[0], QPointF(14, 24));
        QCOMPARE(hole[2], QPointF(16, 26));

        const GeoFeature &split = features[1];
        QCOMPARE(split.polygons.size(), 2);
        QCOMPARE(split.polygons[0].rings[0][0], QPointF(30, 20));
        // -4 (~3) is arc 3 reversed: it starts where arc 3 ends.
        const GeoRing reversed = split.polygons[1].rings[0];
        QCOMPARE(reversed.first(), QPointF(40, 20));
        QCOMPARE(reversed[1], QPointF(41, 20));
        QCOMPARE(reversed[2], QPointF(41, 21));
    }

    void rejectsMalformedTopologies() {
        QVERIFY_THROWS_EXCEPTION(TopoJsonError, decodeTopoJson("{\"type\": \"Topology\"", u"x"_s));
        QVERIFY_THROWS_EXCEPTION(TopoJsonError, decodeTopoJson("{\"type\": \"Feature\"}", u"x"_s));
        QVERIFY_THROWS_EXCEPTION(TopoJsonError, decodeTopoJson(kTopology, u"rivers"_s));
        QByteArray badArc = kTopology;
        badArc.replace("[[2]]", "[[9]]");
        QVERIFY_THROWS_EXCEPTION(TopoJsonError, decodeTopoJson(badArc, u"countries"_s));
    }

    void cutsAtTheAntimeridian() {
        // A square from 170°E to 170°W, stored as it crosses the date line.
        GeoPolygon crossing;
        crossing.rings = {{QPointF(170, 60), QPointF(-170, 60), QPointF(-170, 70), QPointF(170, 70),
                           QPointF(170, 60)}};
        const QList<GeoPolygon> parts = splitAtAntimeridian(crossing);
        QCOMPARE(parts.size(), 2);
        for (const GeoPolygon &p : parts) {
            double minX = 1e9, maxX = -1e9;
            for (const QPointF &pt : p.rings[0]) {
                QVERIFY(pt.x() >= -180 && pt.x() <= 180);
                minX = std::min(minX, pt.x());
                maxX = std::max(maxX, pt.x());
            }
            QVERIFY(maxX - minX <= 10.0 + 1e-9); // each part is 10° wide, no streak
        }

        // A ring around the South Pole (as Antarctica is stored) is closed along it.
        GeoPolygon pole;
        pole.rings = {{QPointF(-180, -70), QPointF(-60, -65), QPointF(60, -68), QPointF(179, -70),
                       QPointF(-180, -70)}};
        const QList<GeoPolygon> closed = splitAtAntimeridian(pole);
        QVERIFY(!closed.isEmpty());
        bool reachesPole = false;
        for (const GeoPolygon &p : closed) {
            for (const QPointF &pt : p.rings[0]) {
                QVERIFY(pt.x() >= -180 && pt.x() <= 180);
                reachesPole = reachesPole || pt.y() == -90;
            }
        }
        QVERIFY(reachesPole);

        GeoPolygon plain;
        plain.rings = {{QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 0)}};
        QCOMPARE(splitAtAntimeridian(plain).size(), 1);
    }

    void equalEarthKnownPoints() {
        const QPointF origin = equalEarth(0, 0);
        QCOMPARE(origin.x(), 0.0);
        QCOMPARE(origin.y(), 0.0);
        // The map's extent on the unit sphere (Šavrič et al. 2018).
        QVERIFY(std::abs(equalEarth(180, 0).x() - 2.70663) < 1e-5);
        QVERIFY(std::abs(equalEarth(0, 90).y() - 1.31736) < 1e-5);
        QVERIFY(std::abs(equalEarth(180, 90).x() - 1.60359) < 1e-5); // the pole is a line
        // New York, symmetric in both axes.
        const QPointF ny = equalEarth(-74.0, 40.7);
        QVERIFY(std::abs(ny.x() + 0.981862) < 1e-5);
        QVERIFY(std::abs(ny.y() - 0.786841) < 1e-5);
        QCOMPARE(equalEarth(74.0, -40.7), QPointF(-ny.x(), -ny.y()));
    }

    void classColoursAreDistinct() {
        QSet<QRgb> seen;
        for (StatusClass c : allStatusClasses())
            seen.insert(classColor(c).rgb());
        QCOMPARE(seen.size(), allStatusClasses().size());
        // "No data" must never read like a class with data: far apart in lightness.
        QVERIFY(classColor(StatusClass::NoData).lightnessF() -
                    classColor(StatusClass::NoneInForce).lightnessF() >
                0.3);
    }

    void bundledBordersCoverTheCountries() {
        const WorldMap &map = WorldMap::bundled();
        QStringList codes;
        for (const CountryShape &s : map.shapes())
            codes.append(s.code);
        // Natural Earth 50m has a shape for all but a few small ISO entries.
        QVERIFY2(codes.size() >= 235, qPrintable(QString::number(codes.size())));
        for (const char *code : {"AU", "NZ", "US", "GB", "DE", "SG", "MT", "LU", "XK", "TW", "RU",
                                 "FJ", "AQ", "SO", "CY"})
            QVERIFY2(map.shape(QString::fromLatin1(code)), code);
        QCOMPARE(codes.count(u"AU"_s), 1);    // 036 appears twice in the data: merged
        QVERIFY(!map.unassigned().isEmpty()); // Siachen Glacier and the like

        // Russia, Fiji and Antarctica are cut at ±180°: no part spans the map.
        const double width = map.bounds().width();
        for (const char *code : {"RU", "FJ", "AQ", "US"}) {
            for (const QPolygonF &part :
                 map.shape(QString::fromLatin1(code))->path.toSubpathPolygons())
                QVERIFY2(part.boundingRect().width() < width * 0.9, code);
        }
        for (const CountryShape &s : map.shapes())
            QVERIFY(map.bounds().adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(s.bounds));
    }

    void hitTesting() {
        const WorldMap &map = WorldMap::bundled();
        const double marker = 0.01; // projected units
        QCOMPARE(map.hitTest(projectToMap(134, -25), marker), u"AU"_s);
        QCOMPARE(map.hitTest(projectToMap(10, 51), marker), u"DE"_s);
        QCOMPARE(map.hitTest(projectToMap(-100, 40), marker), u"US"_s);
        QCOMPARE(map.hitTest(projectToMap(-140, -30), marker), QString()); // Pacific
        // Too small to click at world scale: the marker answers.
        QVERIFY(WorldMap::needsMarker(*map.shape(u"SG"_s), marker));
        QCOMPARE(map.hitTest(map.shape(u"SG"_s)->anchor + QPointF(0.003, 0), marker), u"SG"_s);
        QCOMPARE(map.hitTest(map.shape(u"MT"_s)->anchor, marker), u"MT"_s);
        QVERIFY(!WorldMap::needsMarker(*map.shape(u"FR"_s), marker));
    }

    void paintsClassColours() {
        const WorldMap &map = WorldMap::bundled();
        MapContent content;
        content.statuses.insert(u"AU"_s, Status{StatusClass::Banned, false, {2}, {2}});
        content.statuses.insert(u"BR"_s, Status{StatusClass::Allowed, false, {54}, {54}});
        QImage image(1200, 600, QImage::Format_RGB32);
        image.fill(Qt::white);
        const double scale = 1200 / map.bounds().width();
        QPainter p(&image);
        p.translate(-map.bounds().left() * scale, -map.bounds().top() * scale);
        p.scale(scale, scale);
        paintCountries(p, map, content, scale);
        p.end();
        auto pixelAt = [&](double lon, double lat) {
            const QPointF pt = (projectToMap(lon, lat) - map.bounds().topLeft()) * scale;
            return QColor(image.pixel(pt.toPoint()));
        };
        QCOMPARE(pixelAt(134, -25), classColor(StatusClass::Banned));
        QCOMPARE(pixelAt(-50, -10), classColor(StatusClass::Allowed));
        QCOMPARE(pixelAt(20, 0), classColor(StatusClass::NoData));      // Congo: nothing known
        QVERIFY(pixelAt(-140, -30) != classColor(StatusClass::NoData)); // ocean is not land
    }

    void svgCarriesCodesAndColours() {
        MapContent content;
        content.statuses.insert(u"AU"_s, Status{StatusClass::Banned, false, {2}, {2}});
        content.statuses.insert(u"GB"_s, Status{StatusClass::Banned, true, {11}, {11}});
        const QString svg = QString::fromUtf8(
            mapSvg(WorldMap::bundled(), content, u"Huawei <script>"_s, u"a & b"_s));
        QVERIFY(svg.contains(u"<path id=\"AU\" class=\"banned\" fill=\"%1\""_s.arg(
            classColor(StatusClass::Banned).name())));
        QVERIFY(svg.contains(u"<path id=\"FR\" class=\"no_data\" fill=\"%1\""_s.arg(
            classColor(StatusClass::NoData).name())));
        QVERIFY(svg.contains(u"url(#pending-banned)"_s)); // the UK's ban is hatched
        QVERIFY(svg.contains(u"Huawei &lt;script&gt;"_s));
        QVERIFY(!svg.contains(u"<script>"_s));
        QVERIFY(svg.contains(u"a &amp; b"_s));
    }
};

QTEST_MAIN(TestWorldMap)
#include "tst_worldmap.moc"
