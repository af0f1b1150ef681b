// CSV and JSON export (DOMAIN.md, "Interchange formats").

#include "interchange/interchange.h"

#include "interchange/interchangetext.h"

#include "domain/validation.h"
#include "formats/csv.h"
#include "formats/jsoncodec.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// One decision as CSV cells, in the order of csvColumns(); its first source only.
QStringList csvCellsOf(const Decision &d) {
    QStringList scopes;
    for (Scope s : d.scopes)
        scopes.append(toId(s));
    const Source first = d.sources.value(0);
    return {QString::number(d.id),
            d.country,
            d.vendors.join(u';'),
            toId(d.measure),
            scopes.join(u';'),
            d.announced.toString(),
            d.effective.toString(),
            d.ended.toString(),
            d.deadline.toString(),
            d.title,
            d.summary,
            d.legalForm ? toId(*d.legalForm) : QString(),
            toId(d.confidence),
            first.title,
            first.publisher,
            first.url,
            first.published.toString(),
            d.coversSubsidiaries ? u"true"_s : u"false"_s};
}

bool hasDetailsBeyondItsName(const Vendor &v) {
    return !v.homeCountry.isEmpty() || v.kind != VendorKind::Other || !v.parent.isEmpty() ||
           !v.aliases.isEmpty() || !v.notes.isEmpty();
}

// Appends `record` as QJsonDocument's Indented form gives it, every line indented by two
// levels (eight spaces), as in the whole document's form.
template <typename Record> void appendIndented(QByteArray &out, const Record &record) {
    const QByteArray one = QJsonDocument(toJson(record)).toJson(QJsonDocument::Indented);
    qsizetype from = 0;
    while (from < one.size()) {
        qsizetype to = one.indexOf('\n', from);
        if (to < 0)
            to = one.size();
        if (from > 0)
            out += '\n';
        out += "        ";
        out.append(one.constData() + from, to - from);
        from = to + 1;
    }
}

// Appends the member `key`: an array of `records`.
template <typename Records>
void appendArray(QByteArray &out, const char *key, const Records &records) {
    out += "    \"" + QByteArray(key) + "\": [\n";
    bool first = true;
    for (const auto &record : records) {
        if (!first)
            out += ",\n";
        first = false;
        appendIndented(out, record);
    }
    out += first ? QByteArray("    ]") : QByteArray("\n    ]");
}

// What an export writes: the decisions and the vendors they need. The whole export is the
// set of every decision (and every vendor, named or not); a chosen set has the vendors its
// decisions name and their parents, so that an import of it into an empty database
// links every parent, and adds or updates no vendor the decisions do not need. Countries
// and groups are written whole either way: reference data, small, added by an import only
// where missing, and a decision's government may be one the user added.
struct ExportSet {
    QList<Decision> decisions;
    QList<Vendor> vendors;
};

// The vendors the decisions name and their ancestors, in the order of `all`.
QList<Vendor> vendorsNeeded(const QList<Vendor> &all, const QList<Decision> &decisions) {
    QHash<QString, const Vendor *> byKey;
    for (const Vendor &v : all)
        byKey.insert(nameKey(v.name), &v);
    QSet<QString> needed;
    QStringList toVisit;
    for (const Decision &d : decisions) {
        for (const QString &name : d.vendors)
            toVisit.append(nameKey(name));
    }
    while (!toVisit.isEmpty()) {
        const QString key = toVisit.takeLast();
        if (needed.contains(key))
            continue; // also ends a cycle of parents, should one be stored
        needed.insert(key);
        if (const Vendor *v = byKey.value(key); v && !v->parent.isEmpty())
            toVisit.append(nameKey(v->parent));
    }
    QList<Vendor> out;
    for (const Vendor &v : all) {
        if (needed.contains(nameKey(v.name)))
            out.append(v);
    }
    return out;
}

ExportSet exportSetOf(const Store &store, const std::optional<QList<qint64>> &ids) {
    if (!ids)
        return {store.decisions(), store.vendors()};
    ExportSet set{store.chosenDecisions(*ids), {}};
    set.vendors = vendorsNeeded(store.vendors(), set.decisions);
    return set;
}

} // namespace

QStringList csvColumns() {
    return {u"id"_s,         u"country"_s,      u"vendors"_s,
            u"measure"_s,    u"scope"_s,        u"announced"_s,
            u"effective"_s,  u"ended"_s,        u"deadline"_s,
            u"title"_s,      u"summary"_s,      u"legal_form"_s,
            u"confidence"_s, u"source_title"_s, u"source_publisher"_s,
            u"source_url"_s, u"source_date"_s,  u"covers_subsidiaries"_s};
}

QStringList csvExportLosses(const Store &store, const std::optional<QList<qint64>> &ids) {
    const ExportSet set = exportSetOf(store, ids);
    int moreSources = 0;
    int sourceDetails = 0;
    for (const Decision &d : set.decisions) {
        moreSources += d.sources.size() > 1 ? 1 : 0;
        for (const Source &s : d.sources)
            sourceDetails += !s.accessed.isNull() || !s.localCopy.isEmpty() ? 1 : 0;
    }
    int vendorDetails = 0;
    for (const Vendor &v : set.vendors)
        vendorDetails += hasDetailsBeyondItsName(v) ? 1 : 0;
    QStringList out;
    if (moreSources > 0)
        out.append(InterchangeText::tr(
                       "decisions with more than one source: %1 (the CSV has the first source "
                       "of each)")
                       .arg(moreSources));
    if (sourceDetails > 0)
        out.append(InterchangeText::tr(
                       "sources with an access date or a local copy: %1 (the CSV has no column "
                       "for them)")
                       .arg(sourceDetails));
    if (vendorDetails > 0)
        out.append(InterchangeText::tr(
                       "vendors with details (home country, kind, parent, aliases, notes): %1 "
                       "(the CSV names vendors only)")
                       .arg(vendorDetails));
    return out;
}

QByteArray exportCsv(const Store &store, const std::optional<QList<qint64>> &ids) {
    QByteArray out = csvRecord(csvColumns());
    for (const Decision &d : exportSetOf(store, ids).decisions) {
        QStringList cells = csvCellsOf(d);
        for (QString &cell : cells)
            cell = protectCell(cell); // no formula runs when a spreadsheet opens it
        out += csvRecord(cells);
    }
    return out;
}

QByteArray exportJson(const Store &store, const std::optional<QList<qint64>> &ids) {
    const ExportSet set = exportSetOf(store, ids);
    // Written record by record in the layout QJsonDocument's Indented form gives the whole
    // (keys in order, four spaces a level), without building the whole as a document.
    QByteArray out = "{\n";
    appendArray(out, "countries", store.countries());
    out += ",\n";
    appendArray(out, "decisions", set.decisions);
    out += ",\n    \"format\": \"banatlas\",\n";
    appendArray(out, "groups", store.groups());
    out += ",\n";
    appendArray(out, "vendors", set.vendors);
    out += ",\n    \"version\": 1\n}\n";
    if (out.size() > kMaxImportBytes) {
        throw Error(InterchangeText::tr(
                        "the export would be %1 MiB; an import reads at most %2 MiB, so it is not "
                        "written")
                        .arg(out.size() / (1024 * 1024))
                        .arg(kMaxImportBytes / (1024 * 1024)));
    }
    return out;
}

} // namespace banatlas
