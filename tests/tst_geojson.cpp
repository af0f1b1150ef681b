// GeoJSON export (geo/geojson, painting/mapgeojson): RFC 7946 geometry (closed rings,
// their winding, rounding, the cut at ±180°, Antarctica's pole) on small shapes and on the
// bundled borders, and one Feature per government with the status the resolver gives.
#include "domain/errors.h"
#include "domain/statusresolver.h"
#include "geo/geojson.h"
#include "geo/topojson.h"
#include "geo/worldmap.h"
#include "interchange/database.h"
#include "painting/mapgeojson.h"
#include "storage/store.h"

#include "helpers/testsetup.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace banatlas;

namespace {

GeoRing ring(std::initializer_list<QPointF> points) {
    return GeoRing(points);
}

// Twice the signed area of a ring of [lon, lat] positions: positive counterclockwise.
double doubleArea(const QJsonArray &ring) {
    double sum = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QJsonArray a = ring[i].toArray();
        const QJsonArray b = ring[i + 1].toArray();
        sum += a[0].toDouble() * b[1].toDouble() - b[0].toDouble() * a[1].toDouble();
    }
    return sum;
}

// What is wrong with a ring for RFC 7946; empty when nothing is.
QString ringProblem(const QJsonArray &ring) {
    if (ring.size() < 4)
        return u"%1 positions"_s.arg(ring.size());
    if (ring.first() != ring.last())
        return u"not closed"_s;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QJsonArray p = ring[i].toArray();
        if (p.size() != 2 || !p[0].isDouble() || !p[1].isDouble())
            return u"position %1 is not two numbers"_s.arg(i);
        const double lon = p[0].toDouble();
        const double lat = p[1].toDouble();
        if (std::abs(lon) > 180 || std::abs(lat) > 90)
            return u"position %1 out of range: %2 %3"_s.arg(i).arg(lon).arg(lat);
        // Rounded to kGeoJsonDecimals.
        if (std::abs(lon * 1e5 - std::round(lon * 1e5)) > 1e-6 ||
            std::abs(lat * 1e5 - std::round(lat * 1e5)) > 1e-6)
            return u"position %1 not rounded: %2 %3"_s.arg(i).arg(lon, 0, 'g', 17).arg(lat);
        // Never taken for a crossing of ±180° (which needs over 180°; edges along a pole
        // get positions every 90°).
        if (i > 0 && std::abs(lon - ring[i - 1].toArray()[0].toDouble()) > 90)
            return u"edge %1 spans %2° of longitude"_s.arg(i).arg(
                std::abs(lon - ring[i - 1].toArray()[0].toDouble()));
    }
    return {};
}

// The polygons of a Polygon or MultiPolygon (each an array of rings).
QList<QJsonArray> polygonsOf(const QJsonObject &geometry) {
    const QJsonArray coordinates = geometry.value(u"coordinates"_s).toArray();
    if (geometry.value(u"type"_s).toString() == u"Polygon"_s)
        return {coordinates};
    QList<QJsonArray> out;
    for (const QJsonValue &p : coordinates)
        out.append(p.toArray());
    return out;
}

// What is wrong with a geometry; empty when nothing is. Outer rings counterclockwise,
// holes clockwise (RFC 7946 §3.1.6); a Polygon has one polygon, a MultiPolygon several.
QString geometryProblem(const QJsonObject &geometry) {
    const QString type = geometry.value(u"type"_s).toString();
    if (type != u"Polygon"_s && type != u"MultiPolygon"_s)
        return u"type "_s + type;
    const QList<QJsonArray> polygons = polygonsOf(geometry);
    if (polygons.isEmpty() || (type == u"MultiPolygon"_s) != (polygons.size() > 1))
        return u"%1 of %2 polygons"_s.arg(type).arg(polygons.size());
    for (qsizetype p = 0; p < polygons.size(); ++p) {
        if (polygons[p].isEmpty())
            return u"polygon %1 has no rings"_s.arg(p);
        for (qsizetype r = 0; r < polygons[p].size(); ++r) {
            const QJsonArray ring = polygons[p][r].toArray();
            const QString problem = ringProblem(ring);
            if (!problem.isEmpty())
                return u"polygon %1 ring %2: %3"_s.arg(p).arg(r).arg(problem);
            if ((doubleArea(ring) > 0) != (r == 0))
                return u"polygon %1 ring %2 wound the wrong way"_s.arg(p).arg(r);
        }
    }
    return {};
}

QJsonObject geometryOf(const QList<GeoPolygon> &polygons) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(geoJsonGeometry(polygons), &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

// The smallest and largest longitude of a polygon's outer ring.
std::pair<double, double> longitudesOf(const QJsonArray &polygon) {
    double lo = 1e9, hi = -1e9;
    for (const QJsonValue &v : polygon[0].toArray()) {
        lo = std::min(lo, v.toArray()[0].toDouble());
        hi = std::max(hi, v.toArray()[0].toDouble());
    }
    return {lo, hi};
}

// An unquantised topology of one feature "1" whose arcs are given.
QByteArray topology(const QByteArray &arcs, const QByteArray &geometryArcs) {
    return R"({"type": "Topology", "objects": {"countries": {"type": "GeometryCollection",
        "geometries": [{"type": "Polygon", "id": "1", "arcs": )" +
           geometryArcs + R"(}]}}, "arcs": )" + arcs + "}";
}

// The message of the Error `fn` throws; "no error" when it throws none.
template <typename Fn> QString errorOf(Fn &&fn) {
    try {
        fn();
    } catch (const Error &e) {
        return e.message();
    }
    return u"no error"_s;
}

QList<qint64> idsOf(const QJsonValue &array) {
    QList<qint64> ids;
    for (const QJsonValue &v : array.toArray()) {
        if (!v.isDouble())
            return {-1};
        ids.append(v.toInteger());
    }
    return ids;
}

} // namespace

class TestGeoJson : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store; // the bundled dataset

    // The export of the bundled dataset on `asOf` for `vendors`, its statuses resolved as
    // the command line resolves them (the narrow index of those vendors).
    QJsonObject exported(QDate asOf, const QStringList &vendors) {
        GeoJsonContent content;
        content.asOf = asOf;
        content.vendors = vendors;
        content.countries = m_store->countries();
        QStringList codes;
        for (const Country &c : std::as_const(content.countries))
            codes.append(c.code);
        const StatusResolver resolver(m_store->statusFactsFor({}, vendors), m_store->vendors());
        content.statuses = resolver.resolveCountries(codes, vendors, asOf);
        return QJsonDocument::fromJson(mapGeoJson(content, bundledBorders())).object();
    }

private slots:
    void initTestCase() {
        testing::failOnQtWarnings();
        QVERIFY(m_dir.isValid());
        m_store = openDatabase(m_dir.filePath(u"bundled.banatlas"_s));
    }
    void init() { testing::failOnQtWarnings(); }

    void outerRingsCounterclockwiseAndHolesClockwise() {
        // Clockwise outer ring, counterclockwise hole: both turned round.
        const GeoPolygon square{{ring({{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}}),
                                 ring({{2, 2}, {4, 2}, {4, 4}, {2, 4}, {2, 2}})}};
        const QList<GeoPolygon> fit = geoJsonPolygons({square});
        QCOMPARE(fit.size(), 1);
        QCOMPARE(fit[0].rings.size(), 2);
        GeoRing reversed = square.rings[0];
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(fit[0].rings[0], reversed);
        reversed = square.rings[1];
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(fit[0].rings[1], reversed);
        const QJsonObject geometry = geometryOf({square});
        QCOMPARE(geometry.value(u"type"_s).toString(), u"Polygon"_s);
        QCOMPARE(geometryProblem(geometry), QString());
        // Already wound right: kept as it is.
        QCOMPARE(geoJsonPolygons(fit).value(0).rings, fit[0].rings);
    }

    void roundedClosedAndWithArea() {
        // An open ring is closed; positions are rounded, repeated ones dropped, -0 is 0.
        const GeoPolygon p{{ring(
            {{-0.000001, 0}, {1.234567891, 0.0000049}, {1.2345699, 0.000001}, {1, 1}, {0, 1}})}};
        const QList<GeoPolygon> fit = geoJsonPolygons({p});
        QCOMPARE(fit.size(), 1);
        QCOMPARE(fit[0].rings[0],
                 ring({{0, 0}, {1.23457, 0}, {1, 1}, {0, 1}, {0, 0}})); // counterclockwise
        const QByteArray text = geoJsonGeometry({p});
        QCOMPARE(text,
                 QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[1.23457,0],[1,1],[0,1],)"
                            R"([0,0]]]})"));
        // Out of range by rounding noise: within ±180/±90.
        const GeoPolygon edge{{ring({{179.9999999, 89.9999999},
                                     {-180.0000001, 89.9999999},
                                     {-180.0000001, 80},
                                     {179.9999999, 89.9999999}})}};
        QCOMPARE(geometryProblem(geometryOf({edge})), QString());
        // A ring of no area once rounded is left out, a hole alone, an outer ring with its
        // polygon; with no polygon left, the geometry is null.
        const GeoRing speck = ring({{5, 5}, {5.000001, 5}, {5, 5.000001}, {5, 5}});
        const GeoRing line = ring({{0, 0}, {1, 1}, {2, 2}, {0, 0}});
        const GeoPolygon withSpeck{{ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}), speck}};
        QCOMPARE(geoJsonPolygons({withSpeck}).value(0).rings.size(), 1);
        QCOMPARE(geoJsonPolygons({GeoPolygon{{speck}}, GeoPolygon{{line}}, GeoPolygon{}}).size(),
                 0);
        QCOMPARE(geoJsonGeometry({GeoPolygon{{speck}}}), QByteArray("null"));
        QCOMPARE(geoJsonGeometry({}), QByteArray("null"));
    }

    void cutAtTheAntimeridian() {
        // A rectangle from 170°E to 170°W, across ±180°.
        const QByteArray topo =
            topology(R"([[[170, -10], [-170, -10], [-170, 10], [170, 10], [170, -10]]])", "[[0]]");
        const QList<GeoFeature> features = decodeTopoJson(topo, u"countries"_s);
        QCOMPARE(features.size(), 1);
        const QJsonObject geometry = geometryOf(features[0].polygons);
        QCOMPARE(geometry.value(u"type"_s).toString(), u"MultiPolygon"_s);
        QCOMPARE(geometryProblem(geometry), QString());
        const QList<QJsonArray> parts = polygonsOf(geometry);
        QCOMPARE(parts.size(), 2);
        QList<std::pair<double, double>> spans{longitudesOf(parts[0]), longitudesOf(parts[1])};
        std::sort(spans.begin(), spans.end());
        QCOMPARE(spans[0], std::make_pair(-180.0, -170.0));
        QCOMPARE(spans[1], std::make_pair(170.0, 180.0));
    }

    // Natural Earth's way with Antarctica (see geojson.h): an outer ring along 89.999°S
    // around the pole and the coast as its hole, each crossing ±180° once.
    void aRingAroundThePoleEnclosesTheLand() {
        const QByteArray topo = topology(
            R"([[[-180, -89.999], [170, -89.999], [90, -89.999], [0, -89.999], [-90, -89.999],
                 [-180, -89.999]],
                [[-180, -70], [-90, -65], [0, -70], [90, -65], [170, -70], [-180, -70]]])",
            "[[0], [1]]");
        const QList<GeoFeature> features = decodeTopoJson(topo, u"countries"_s);
        QCOMPARE(features.size(), 1);
        const QJsonObject geometry = geometryOf(features[0].polygons);
        QCOMPARE(geometryProblem(geometry), QString());
        const QList<QJsonArray> parts = polygonsOf(geometry);
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts[0].size(), 1); // the land, no sliver for a hole or a polygon
        QCOMPARE(longitudesOf(parts[0]), std::make_pair(-180.0, 180.0));
        bool reachesThePole = false;
        double north = -90;
        for (const QJsonValue &v : parts[0][0].toArray()) {
            reachesThePole = reachesThePole || v.toArray()[1].toDouble() == -90;
            north = std::max(north, v.toArray()[1].toDouble());
        }
        QVERIFY(reachesThePole);
        QCOMPARE(north, -65.0);
        // The same shape without the sliver (a plain outer ring) is not changed.
        const GeoRing land = geoJsonPolygons(features[0].polygons)[0].rings[0];
        QCOMPARE(geoJsonPolygons({GeoPolygon{{land}}})[0].rings[0], land);
    }

    void everyGovernmentOnce() {
        const QJsonObject doc = exported(QDate(2024, 6, 1), {});
        QCOMPARE(doc.value(u"type"_s).toString(), u"FeatureCollection"_s);
        const QJsonObject about = doc.value(u"banatlas"_s).toObject();
        QCOMPARE(about.value(u"as_of"_s).toString(), u"2024-06-01"_s);
        QCOMPARE(about.value(u"vendors"_s).toArray(), QJsonArray());
        const QJsonArray features = doc.value(u"features"_s).toArray();
        const QList<Country> countries = m_store->countries();
        QVERIFY(countries.size() > 240);
        QCOMPARE(features.size(), countries.size());
        const WorldMap &map = WorldMap::bundled();
        int nulls = 0;
        for (qsizetype i = 0; i < features.size(); ++i) {
            const QJsonObject f = features[i].toObject();
            const QJsonObject properties = f.value(u"properties"_s).toObject();
            // In the store's order, so each government once.
            QCOMPARE(f.value(u"type"_s).toString(), u"Feature"_s);
            QCOMPARE(properties.value(u"code"_s).toString(), countries[i].code);
            QCOMPARE(f.value(u"id"_s).toString(), countries[i].code);
            QCOMPARE(properties.value(u"name"_s).toString(), countries[i].name);
            // A shape exactly where the map has one.
            const QJsonValue geometry = f.value(u"geometry"_s);
            QVERIFY(f.contains(u"geometry"_s));
            QVERIFY2(geometry.isNull() == !map.shape(countries[i].code),
                     qPrintable(countries[i].code));
            nulls += geometry.isNull();
        }
        // The EU and the 14 the borders have no shape for (tst_worldmap names them).
        QCOMPARE(nulls, 15);
    }

    void propertiesAreTheResolvers_data() {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QStringList>("vendors");
        QTest::newRow("AU pending") << QDate(2018, 9, 1) << QStringList{u"Huawei"_s};
        QTest::newRow("GB pending") << QDate(2020, 8, 1) << QStringList{u"Huawei"_s};
        QTest::newRow("two vendors") << QDate(2021, 6, 1) << QStringList{u"Huawei"_s, u"ZTE"_s};
        QTest::newRow("all vendors") << QDate(2024, 6, 1) << QStringList{};
        QTest::newRow("before any") << QDate(2000, 1, 1) << QStringList{};
    }
    // Each Feature's class, pending flag and ids are those the resolver gives when built
    // from the whole decisions (not the narrow index the export read).
    void propertiesAreTheResolvers() {
        QFETCH(QDate, asOf);
        QFETCH(QStringList, vendors);
        const QJsonObject doc = exported(asOf, vendors);
        QCOMPARE(doc.value(u"banatlas"_s).toObject().value(u"vendors"_s).toArray(),
                 QJsonArray::fromStringList(vendors));
        const StatusResolver whole(m_store->decisions(), m_store->vendors());
        QSet<QString> classes;
        int pending = 0;
        for (const QJsonValue &v : doc.value(u"features"_s).toArray()) {
            const QJsonObject p = v.toObject().value(u"properties"_s).toObject();
            const QString code = p.value(u"code"_s).toString();
            const Status s = whole.resolve(code, vendors, asOf);
            QCOMPARE(p.value(u"class"_s).toString(), toId(s.statusClass));
            QVERIFY(p.value(u"pending"_s).isBool());
            QCOMPARE(p.value(u"pending"_s).toBool(), s.pending);
            QCOMPARE(idsOf(p.value(u"decisions"_s)), s.inEffect);
            QCOMPARE(idsOf(p.value(u"deciding"_s)), s.deciding);
            classes.insert(toId(s.statusClass));
            pending += s.pending;
        }
        if (asOf.year() == 2000) {
            QCOMPARE(classes, QSet<QString>{u"no_data"_s});
        } else {
            QVERIFY(classes.contains(u"banned"_s) && classes.contains(u"no_data"_s));
            QVERIFY(classes.size() >= 4);
        }
        if (QByteArray(QTest::currentDataTag()).endsWith("pending"))
            QVERIFY(pending > 0);
    }

    void aGovernmentWithoutStatusHasNoData() {
        GeoJsonContent content;
        content.asOf = QDate(2020, 1, 1);
        content.countries = {
            {u"AU"_s, u"AUS"_s, u"036"_s, u"Australia"_s, {}, {}, {}, false},
            {u"NZ"_s, u"NZL"_s, u"554"_s, u"New \"Zealand\""_s, {}, {}, {}, false}};
        content.statuses.insert(u"AU"_s,
                                Status{StatusClass::Banned, true, {qint64(1) << 52, 7}, {7}});
        const QJsonObject doc =
            QJsonDocument::fromJson(mapGeoJson(content, bundledBorders())).object();
        const QJsonArray features = doc.value(u"features"_s).toArray();
        QCOMPARE(features.size(), 2);
        const QJsonObject au = features[0].toObject().value(u"properties"_s).toObject();
        QCOMPARE(au.value(u"class"_s).toString(), u"banned"_s);
        QCOMPARE(au.value(u"pending"_s), QJsonValue(true));
        QCOMPARE(idsOf(au.value(u"decisions"_s)), (QList<qint64>{qint64(1) << 52, 7}));
        const QJsonObject nz = features[1].toObject().value(u"properties"_s).toObject();
        QCOMPARE(nz.value(u"name"_s).toString(), u"New \"Zealand\""_s); // escaped
        QCOMPARE(nz.value(u"class"_s).toString(), u"no_data"_s);
        QCOMPARE(nz.value(u"pending"_s), QJsonValue(false));
        QCOMPARE(nz.value(u"decisions"_s).toArray(), QJsonArray());
    }

    void bundledGeometryIsValid() {
        const QJsonObject doc = exported(QDate(2024, 6, 1), {});
        QHash<QString, QJsonObject> byCode;
        for (const QJsonValue &v : doc.value(u"features"_s).toArray()) {
            const QJsonObject f = v.toObject();
            byCode.insert(f.value(u"id"_s).toString(), f.value(u"geometry"_s).toObject());
            if (f.value(u"geometry"_s).isNull())
                continue;
            QCOMPARE(geometryProblem(f.value(u"geometry"_s).toObject()), QString());
        }
        // Cut at ±180°: parts on both sides, meeting there.
        for (const char *code : {"RU", "FJ"}) {
            const QJsonObject g = byCode.value(QString::fromLatin1(code));
            QCOMPARE(g.value(u"type"_s).toString(), u"MultiPolygon"_s);
            bool east = false, west = false;
            for (const QJsonArray &p : polygonsOf(g)) {
                const auto [lo, hi] = longitudesOf(p);
                east = east || (hi == 180 && lo > 0);
                west = west || (lo == -180 && hi < 0);
            }
            QVERIFY2(east && west, code);
        }
        // Antarctica: the land from the coast to the pole, all the way round, and no
        // sliver along the pole (see geojson.h).
        bool land = false;
        for (const QJsonArray &p : polygonsOf(byCode.value(u"AQ"_s))) {
            double south = 0, north = -90;
            for (const QJsonValue &v : p[0].toArray()) {
                south = std::min(south, v.toArray()[1].toDouble());
                north = std::max(north, v.toArray()[1].toDouble());
            }
            QVERIFY2(north > -89, qPrintable(u"a sliver up to %1"_s.arg(north)));
            if (longitudesOf(p) == std::make_pair(-180.0, 180.0) && south == -90 && north > -70)
                land = true;
        }
        QVERIFY(land);
        // Holes where enclaves are: Lesotho in South Africa, San Marino and the Vatican in
        // Italy.
        QCOMPARE(polygonsOf(byCode.value(u"ZA"_s)).first().size(), 2);
        int italianHoles = 0;
        for (const QJsonArray &p : polygonsOf(byCode.value(u"IT"_s)))
            italianHoles += int(p.size()) - 1;
        QCOMPARE(italianHoles, 2);
    }

    void writtenOnlyWhereAnExportMay() {
        GeoJsonContent content;
        content.asOf = QDate(2020, 1, 1);
        content.countries = m_store->countries();
        const QString db = m_store->path();
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QVERIFY(errorOf([&] { writeMapGeoJson(db, db, content); }).contains(u"is the database"_s));
        QVERIFY(QFile::link(db, m_dir.filePath(u"link.geojson"_s)));
        QVERIFY(errorOf([&] {
                    writeMapGeoJson(m_dir.filePath(u"link.geojson"_s), db, content);
                }).contains(u"is the database"_s));
        QVERIFY(QDir(m_dir.path()).mkdir(u"folder.geojson"_s));
        QVERIFY(errorOf([&] {
                    writeMapGeoJson(m_dir.filePath(u"folder.geojson"_s), db, content);
                }).contains(u"folder"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();
        const QString out = m_dir.filePath(u"map.geojson"_s);
        writeMapGeoJson(out, db, content);
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(written.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(u"features"_s).toArray().size(), content.countries.size());
    }
};

QTEST_GUILESS_MAIN(TestGeoJson)
#include "tst_geojson.moc"
