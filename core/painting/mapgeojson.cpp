#include "painting/mapgeojson.h"

#include "geo/geojson.h"
#include "storage/outputfile.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// A JSON string, quoted and escaped.
QByteArray jsonString(const QString &text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // without the brackets
}

QByteArray jsonStrings(const QStringList &texts) {
    return QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact);
}

QByteArray jsonIds(const QList<qint64> &ids) {
    QByteArray out = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(ids[i]);
    }
    return out + ']';
}

QByteArray feature(const Country &country, const Status &status, const QByteArray &geometry) {
    const QByteArray code = jsonString(country.code);
    return R"({"type":"Feature","id":)" + code + R"(,"properties":{"code":)" + code +
           R"(,"name":)" + jsonString(country.name) + R"(,"class":)" +
           jsonString(toId(status.statusClass)) + R"(,"pending":)" +
           (status.pending ? "true" : "false") + R"(,"decisions":)" + jsonIds(status.inEffect) +
           R"(,"deciding":)" + jsonIds(status.deciding) + R"(},"geometry":)" + geometry + '}';
}

} // namespace

QByteArray mapGeoJson(const GeoJsonContent &content, const QList<CountryBorders> &borders) {
    QHash<QString, const CountryBorders *> byCode;
    for (const CountryBorders &b : borders)
        byCode.insert(b.code, &b);
    QByteArray out = R"({"type":"FeatureCollection",)"
                     "\n"
                     R"("banatlas":{"as_of":)" +
                     jsonString(content.asOf.toString(Qt::ISODate)) + R"(,"vendors":)" +
                     jsonStrings(content.vendors) + R"(,"generator":)" +
                     jsonString(u"BanAtlas " BANATLAS_VERSION ""_s) + "},\n" + R"("features":[)";
    for (qsizetype i = 0; i < content.countries.size(); ++i) {
        const Country &c = content.countries[i];
        const CountryBorders *b = byCode.value(c.code);
        out += i ? ",\n" : "\n";
        out += feature(c, content.statuses.value(c.code),
                       b ? geoJsonGeometry(b->polygons) : QByteArrayLiteral("null"));
    }
    out += "\n]}\n";
    return out;
}

void writeMapGeoJson(const QString &target, const QString &databasePath,
                     const GeoJsonContent &content) {
    if (target != u"-"_s)
        checkOutputPath(target, databasePath); // before the work of an export
    writeOutput(target, mapGeoJson(content, bundledBorders()), databasePath);
}

} // namespace banatlas
