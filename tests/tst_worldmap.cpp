#include "formats/csv.h"
#include "geo/projection.h"
#include "geo/topojson.h"
#include "geo/worldmap.h"
#include "painting/classcolors.h"
#include "painting/mapexport.h"
#include "painting/mappainter.h"

#include "helpers/mapsamples.h"
#include "helpers/programs.h"
#include "helpers/testsetup.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using banatlas::testing::Run;
using banatlas::testing::runBanatlas;
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

// A government's path in a map's SVG: its class attribute, fill and outline.
struct SvgShape {
    QString cls;
    QString fill;
    QString d;
};
std::optional<SvgShape> svgShape(const QString &svg, const QString &code) {
    const auto m =
        QRegularExpression(
            u"<path id=\"%1\" class=\"([a-z_]+)\" fill=\"(#[0-9a-f]{6})\" d=\"([^\"]*)\"/>"_s.arg(
                code))
            .match(svg);
    if (!m.hasMatch())
        return std::nullopt;
    return SvgShape{m.captured(1), m.captured(2), m.captured(3)};
}

// The stripe colour of a class's pending pattern.
QString patternStripe(const QString &svg, const QString &cls) {
    return QRegularExpression(
               u"<pattern id=\"pending-%1\"[^>]*><rect [^>]*fill=\"(#[0-9a-f]{6})\"/></pattern>"_s
                   .arg(cls))
        .match(svg)
        .captured(1);
}

// The first page of a PDF as poppler paints it, at `dpi`; a null image on failure.
QImage renderPdf(const QString &pdf, int dpi, const QString &prefix) {
    QProcess p;
    p.start(u"pdftoppm"_s,
            {u"-png"_s, u"-r"_s, QString::number(dpi), u"-singlefile"_s, pdf, prefix});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QImage(prefix + u".png"_s).convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestWorldMap : public QObject {
    Q_OBJECT

private slots:
    void init() { testing::failOnQtWarnings(); }

    // poppler-utils reads the PDF maps back: without it the test fails, it never skips.
    void initTestCase() {
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty(),
                 "pdftoppm (poppler-utils) is required to read PDF maps back");
    }

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
        QCOMPARE(allStatusClasses().size(), 7);
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
        // Natural Earth 50m has a shape for every country of the bundled list (read from
        // the file, not through the map) but these: France's overseas departments (GF, GP,
        // MQ, RE, YT) are drawn as part of France, Svalbard (SJ) and the Caribbean
        // Netherlands (BQ) as part of Norway and the Netherlands, and the rest have no shape
        // of their own at 1:50m.
        QFile countriesCsv(u":/banatlas/reference/countries.csv"_s);
        QVERIFY(countriesCsv.open(QIODevice::ReadOnly));
        QStringList listed;
        for (const QByteArray &line : countriesCsv.readAll().split('\n').mid(1)) {
            if (!line.trimmed().isEmpty())
                listed.append(QString::fromLatin1(line.left(line.indexOf(','))));
        }
        QCOMPARE(listed.size(), 250);
        QStringList withoutShape;
        for (const QString &code : std::as_const(listed)) {
            if (!codes.contains(code))
                withoutShape.append(code);
        }
        QCOMPARE(withoutShape.join(u' '), u"BQ BV CC CX GF GI GP MQ RE SJ TK TV UM YT"_s);
        QCOMPARE(codes.size(), 236); // 250 - 14: one shape each, nothing else
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 236);
        for (const char *code : {"AU", "NZ", "US", "GB", "DE", "SG", "MT", "LU", "XK", "TW", "RU",
                                 "FJ", "AQ", "SO", "CY"})
            QVERIFY2(map.shape(QString::fromLatin1(code)), code);
        QCOMPARE(codes.count(u"AU"_s), 1);    // 036 appears twice in the data: merged
        QVERIFY(!map.unassigned().isEmpty()); // Siachen Glacier and the like

        // Russia, Fiji and Antarctica are cut at ±180°: no part spans the map.
        const double width = map.bounds().width();
        for (const char *code : {"RU", "FJ", "AQ", "US"}) {
            const QList<QPolygonF> parts =
                map.shape(QString::fromLatin1(code))->path.toSubpathPolygons();
            QVERIFY2(!parts.isEmpty(), code);
            for (const QPolygonF &part : parts)
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

    // paintCountries gives each class its colour, against the fixed palette of
    // helpers/mapsamples.h: one large government per class, sampled well inside it.
    void paintsClassColours() {
        const WorldMap &map = WorldMap::bundled();
        MapContent content;
        for (const testing::MapSample &s : testing::kMapSamples) {
            const auto cls = statusClassFromId(QString::fromLatin1(s.classId));
            QVERIFY2(cls, s.classId);
            content.statuses.insert(QLatin1StringView(s.code), Status{*cls, s.pending, {1}, {1}});
        }
        QImage image(1200, 600, QImage::Format_RGB32);
        image.fill(Qt::white);
        const double scale = 1200 / map.bounds().width();
        QPainter p(&image);
        p.translate(-map.bounds().left() * scale, -map.bounds().top() * scale);
        p.scale(scale, scale);
        paintCountries(p, map, content, scale);
        p.end();
        auto at = [&](double lon, double lat) {
            return ((projectToMap(lon, lat) - map.bounds().topLeft()) * scale).toPoint();
        };
        QCOMPARE(content.statuses.size(), 8);
        for (const testing::MapSample &s : testing::kMapSamples) {
            const QString code = QLatin1StringView(s.code);
            // The point is inside the government's shape (else the sample proves nothing).
            QCOMPARE(map.hitTest(projectToMap(s.lon, s.lat), 0.0), code);
            if (!s.pending) {
                QCOMPARE(testing::uniformColourAt(image, at(s.lon, s.lat)),
                         QLatin1StringView(s.fill));
                continue;
            }
            // Hatched: the pale ground and the stripes in the class colour, both inside.
            const QRect box(at(s.lon, s.lat) - QPoint(12, 12), QSize(25, 25));
            const QMap<QString, int> colours = testing::coloursIn(image, box);
            QVERIFY2(colours.value(QLatin1StringView(s.fill)) > 0, qPrintable(code));
            QVERIFY2(testing::largestStripeShare(colours, s.stripe, s.fill) >=
                         testing::kStripeShare,
                     qPrintable(code));
        }
        QCOMPARE(testing::uniformColourAt(image, at(-140, -30)), u"#dce8f2"_s); // the Pacific
    }

    // Each government is a path with its class and its colour; a pending measure is its
    // pale tint under stripes of the class colour.
    void svgCarriesCodesAndColours() {
        MapContent content;
        content.statuses.insert(u"AU"_s, Status{StatusClass::Banned, false, {2}, {2}});
        content.statuses.insert(u"GB"_s, Status{StatusClass::Banned, true, {11}, {11}});
        const QString svg = QString::fromUtf8(
            mapSvg(WorldMap::bundled(), content, u"Huawei <script>"_s, u"a & b"_s));
        const auto au = svgShape(svg, u"AU"_s);
        QVERIFY(au);
        QCOMPARE(au->cls, u"banned"_s);
        QCOMPARE(au->fill, u"#681205"_s);
        const auto fr = svgShape(svg, u"FR"_s);
        QVERIFY(fr);
        QCOMPARE(fr->cls, u"no_data"_s);
        QCOMPARE(fr->fill, u"#f2f2f2"_s);
        // The UK's ban is hatched: its tint, then the same outline filled with the stripes.
        const auto gb = svgShape(svg, u"GB"_s);
        QVERIFY(gb);
        QCOMPARE(gb->cls, u"banned"_s);
        QCOMPARE(gb->fill, u"#caaca8"_s);
        QVERIFY(svg.contains(
            u"<path fill=\"url(#pending-banned)\" stroke=\"none\" d=\"%1\"/>"_s.arg(gb->d)));
        QCOMPARE(svg.count(u"fill=\"url(#pending-"_s), 1); // and nothing else is
        QCOMPARE(patternStripe(svg, u"banned"_s), u"#681205"_s);
        QVERIFY(svg.contains(u"Huawei &lt;script&gt;"_s));
        QVERIFY(!svg.contains(u"<script>"_s));
        QVERIFY(svg.contains(u"a &amp; b"_s));
    }

    // writeMap itself refuses the database and its own files (both front ends rely on it),
    // and leaves them as they were; a folder beside it is written.
    void writeMapNeverOverwritesTheDatabase() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"maps.banatlas"_s);
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3");
        file.close();
        MapContent content;
        content.statuses.insert(u"AU"_s, Status{StatusClass::Banned, false, {2}, {2}});
        for (const QString &target : QStringList{db, db + u"-wal"_s}) {
            try {
                writeMap(target, db, WorldMap::bundled(), content, u"t"_s, u"s"_s);
                QFAIL(qPrintable(target + u" was written"_s));
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(u"database"_s), qPrintable(e.message()));
            }
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("SQLite format 3"));
        QVERIFY(!QFile::exists(db + u"-wal"_s));
        const QString svg = dir.filePath(u"map.svg"_s);
        writeMap(svg, db, WorldMap::bundled(), content, u"t"_s, u"s"_s);
        QVERIFY(QFileInfo(svg).size() > 1000);
    }

    // The command line's maps in the three formats give every sample government the same
    // class, read back three ways: the SVG's path, the PNG's pixels, and the PDF's pixels
    // as poppler renders them. The classes themselves are the status command's.
    void cliMapsAgreeAcrossFormats() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString csv = dir.filePath(u"samples.csv"_s);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(testing::kSampleDecisionsCsv);
        }
        const QString db = dir.filePath(u"samples.banatlas"_s);
        Run run = runBanatlas({u"--db"_s, db, u"--no-seed"_s, u"import"_s, csv});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString asOf = QDate(testing::kSampleYear, testing::kSampleMonth, testing::kSampleDay)
                                 .toString(Qt::ISODate);

        QStringList statusArgs{u"--db"_s, db, u"status"_s, u"--as-of"_s, asOf};
        for (const testing::MapSample &s : testing::kMapSamples)
            statusArgs << u"--country"_s << QString::fromLatin1(s.code);
        run = runBanatlas(statusArgs);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QHash<QString, QString> classOf;
        for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList f = line.split(u'\t');
            QCOMPARE(f.size(), 4);
            classOf.insert(f[0], f[1] + u' ' + f[2]);
        }
        QCOMPARE(classOf.size(), qsizetype(testing::kMapSamples.size()));
        for (const testing::MapSample &s : testing::kMapSamples) {
            QCOMPARE(classOf.value(QString::fromLatin1(s.code)),
                     QString::fromLatin1(s.classId) + (s.pending ? u" 1"_s : u" 0"_s));
        }

        for (const QString &format : {u"svg"_s, u"png"_s, u"pdf"_s}) {
            run = runBanatlas({u"--db"_s, db, u"map"_s, u"--as-of"_s, asOf, u"--out"_s,
                               dir.filePath(u"map."_s + format)});
            QVERIFY2(run.code == 0, qPrintable(format + u": "_s + run.err));
        }

        // SVG: each government's path.
        QFile svgFile(dir.filePath(u"map.svg"_s));
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(svgFile.readAll());
        for (const testing::MapSample &s : testing::kMapSamples) {
            const auto shape = svgShape(svg, QString::fromLatin1(s.code));
            QVERIFY2(shape, s.code);
            QCOMPARE(shape->cls, QString::fromLatin1(s.classId));
            QCOMPARE(shape->fill, QString::fromLatin1(s.fill));
            QCOMPARE(svg.contains(u"fill=\"url(#pending-%1)\" stroke=\"none\" d=\"%2\""_s.arg(
                         shape->cls, shape->d)),
                     s.pending);
        }
        QCOMPARE(svg.count(u"fill=\"url(#pending-"_s), 1);
        QCOMPARE(patternStripe(svg, u"banned"_s), u"#681205"_s);

        // PNG, and the PDF rendered by poppler at 72 dpi: the pixels inside each government,
        // found from where the sea is in each image (helpers/mapsamples.h, findEarth).
        const QString pdf = dir.filePath(u"map.pdf"_s);
        const QImage png(dir.filePath(u"map.png"_s));
        QVERIFY(!png.isNull());
        const QImage pdf72 = renderPdf(pdf, 72, dir.filePath(u"map72"_s));
        QVERIFY(!pdf72.isNull());
        QCOMPARE(pdf72.size(), QSize(842, 595)); // A4 landscape, one pixel a point
        // At 72 dpi the PDF's stripes (1.2 pt apart) blur into one colour: the hatching is
        // read at the resolution the PDF was painted at, 300 dpi.
        const QImage pdf300 = renderPdf(pdf, 300, dir.filePath(u"map300"_s));
        QVERIFY(!pdf300.isNull());
        const QList<std::pair<QString, QImage>> images{
            {u"png"_s, png}, {u"pdf at 72 dpi"_s, pdf72}, {u"pdf at 300 dpi"_s, pdf300}};
        for (const auto &[what, image] : images) {
            const auto earth = testing::findEarth(image, WorldMap::bundled().bounds());
            QVERIFY2(earth, qPrintable(what));
            for (const testing::MapSample &s : testing::kMapSamples) {
                const QString where = what + u' ' + QString::fromLatin1(s.code);
                const QPoint at = earth->toImage(projectToMap(s.lon, s.lat));
                if (!s.pending) {
                    QCOMPARE(testing::uniformColourAt(image, at) + u" in "_s + where,
                             QString::fromLatin1(s.fill) + u" in "_s + where);
                    continue;
                }
                if (what == u"pdf at 72 dpi"_s)
                    continue;
                const QMap<QString, int> colours =
                    testing::coloursIn(image, QRect(at - QPoint(12, 12), QSize(25, 25)));
                // A PDF carries colours as decimal fractions: the tint comes back from
                // poppler one step off in blue (#caaca7), the round trip's own rounding.
                const int groundTolerance = what == u"png"_s ? 0 : 1;
                QVERIFY2(testing::distanceToClosest(colours, s.fill) <= groundTolerance,
                         qPrintable(where));
                QVERIFY2(testing::largestStripeShare(colours, s.stripe, s.fill) >=
                             testing::kStripeShare,
                         qPrintable(where));
            }
        }
    }
};

QTEST_MAIN(TestWorldMap)
#include "tst_worldmap.moc"
