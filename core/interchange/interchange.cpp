#include "interchange/interchange.h"

#include "formats/csv.h"
#include "formats/jsoncodec.h"
#include "formats/jsonwalker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("banatlas", text);
}

const QStringList kRequiredColumns = {u"country"_s,   u"vendors"_s, u"measure"_s,   u"scope"_s,
                                      u"announced"_s, u"title"_s,   u"confidence"_s};

// The names of the stored vendors and their aliases, to spot a new one that is a slip.
NearNames nearNamesOf(const Store &store) {
    NearNames near;
    for (const Vendor &v : store.vendors()) {
        near.add(v.name);
        for (const QString &a : v.aliases)
            near.add(a);
    }
    return near;
}

// Says so when a vendor about to be created is one edit away from a known one.
void noteNearName(NearNames &near, const QString &name, ImportSummary &summary) {
    // Twenty are enough to look at: then the checking stops (and its index stops growing,
    // which matters when a file brings a hundred thousand new vendors).
    constexpr qsizetype kMostNotes = 20;
    if (summary.notesCut)
        return;
    if (const QString existing = near.near(name); !existing.isEmpty()) {
        if (summary.notes.size() == kMostNotes) {
            summary.notesCut = true;
            return;
        }
        summary.notes.append(tr("new vendor \"%1\" is one letter away from \"%2\"; check that "
                                "it is not the same vendor")
                                 .arg(name, existing));
    }
    near.add(name);
}

// Creates the vendors a decision names that the database does not know yet, noting
// those one letter away from a known one.
int createMissingVendors(Store &store, const QStringList &names, NearNames &near,
                         ImportSummary &summary) {
    const QList<Vendor> created = store.createMissingVendors(names);
    for (const Vendor &v : created)
        noteNearName(near, v.name, summary);
    return int(created.size());
}

// Adds `d`, or updates the stored decision with its id; counts what happened.
void putDecision(Store &store, const Decision &d, ImportSummary &summary) {
    if (d.id != 0) {
        if (const auto old = store.decision(d.id)) {
            if (*old == d) {
                ++summary.unchanged;
            } else {
                store.updateDecision(d);
                ++summary.updated;
            }
            return;
        }
    }
    store.addDecision(d);
    ++summary.added;
}

// --- JSON positions -----------------------------------------------------------------

struct JsonScanner {
    const QByteArray &text;
    qsizetype pos = 0;

    void ws() {
        while (pos < text.size() &&
               (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\t'))
            ++pos;
    }
    QString string() {
        QByteArray out;
        ++pos; // opening quote
        while (pos < text.size() && text[pos] != '"') {
            if (text[pos] == '\\' && pos + 1 < text.size()) {
                out.append(text[pos + 1]);
                pos += 2;
            } else {
                out.append(text[pos++]);
            }
        }
        ++pos; // closing quote
        return QString::fromUtf8(out);
    }
    void skip() {
        ws();
        if (pos >= text.size())
            return;
        const char c = text[pos];
        if (c == '"') {
            string();
        } else if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++pos;
            ws();
            while (pos < text.size() && text[pos] != close) {
                const qsizetype before = pos;
                if (c == '{') {
                    string();
                    ws();
                    ++pos; // colon
                }
                skip();
                ws();
                if (pos < text.size() && text[pos] == ',')
                    ++pos;
                ws();
                if (pos == before) // not JSON here ("!", ",,"): step over it, never loop
                    ++pos;
            }
            ++pos;
        } else {
            while (pos < text.size() && !QByteArrayView(",}] \n\r\t").contains(text[pos]))
                ++pos;
        }
    }
    // Moves to the value at `path`; stops at the deepest part that exists.
    void find(QStringList path) {
        ws();
        while (!path.isEmpty() && pos < text.size()) {
            const QString want = path.takeFirst();
            const char c = text[pos];
            if (c != '{' && c != '[')
                return;
            const qsizetype start = pos;
            ++pos;
            ws();
            bool found = false;
            for (int index = 0; pos < text.size() && text[pos] != (c == '{' ? '}' : ']'); ++index) {
                const qsizetype before = pos;
                bool match = false;
                if (c == '{') {
                    match = string() == want;
                    ws();
                    ++pos; // colon
                } else {
                    match = QString::number(index) == want;
                }
                ws();
                if (match) {
                    found = true;
                    break;
                }
                skip();
                ws();
                if (pos < text.size() && text[pos] == ',')
                    ++pos;
                ws();
                if (pos == before) // as in skip(): always forward
                    ++pos;
            }
            if (!found) {
                pos = start;
                return;
            }
        }
    }
};

// CSV column that holds a validated field ("sources[0].url" → "source_url").
QString csvColumnOf(const QString &field) {
    if (field.startsWith(u"sources["_s)) {
        const QString sub = field.section(u'.', 1);
        if (sub == u"published"_s)
            return u"source_date"_s;
        return u"source_"_s + sub;
    }
    return field;
}

QStringList jsonPathOf(const QString &field) {
    // "sources[0].url" → {"sources", "0", "url"}
    QStringList out;
    for (const QString &part : field.split(u'.')) {
        const qsizetype bracket = part.indexOf(u'[');
        if (bracket < 0) {
            out.append(part);
        } else {
            out.append(part.left(bracket));
            out.append(part.mid(bracket + 1).chopped(1));
        }
    }
    return out;
}

bool parseBool(const QString &s, bool *ok) {
    const QString t = s.trimmed().toLower();
    *ok = true;
    if (t == u"1"_s || t == u"true"_s || t == u"yes"_s)
        return true;
    if (t.isEmpty() || t == u"0"_s || t == u"false"_s || t == u"no"_s)
        return false;
    *ok = false;
    return false;
}

} // namespace

std::pair<int, int> jsonPosition(const QByteArray &json, const QStringList &path) {
    JsonScanner scanner{json};
    scanner.find(path);
    return lineColumnAt(json, scanner.pos);
}

QStringList csvColumns() {
    return {u"id"_s,         u"country"_s,      u"vendors"_s,
            u"measure"_s,    u"scope"_s,        u"announced"_s,
            u"effective"_s,  u"ended"_s,        u"deadline"_s,
            u"title"_s,      u"summary"_s,      u"legal_form"_s,
            u"confidence"_s, u"source_title"_s, u"source_publisher"_s,
            u"source_url"_s, u"source_date"_s,  u"covers_subsidiaries"_s};
}

// --- CSV ----------------------------------------------------------------------------

ImportSummary importCsv(Store &store, const QByteArray &data, const QString &fileName) {
    const QStringList known = csvColumns();
    QHash<QString, qsizetype> column;
    CsvRow header;
    auto readHeader = [&](const CsvRow &first) {
        header = first;
        for (qsizetype i = 0; i < header.fields.size(); ++i) {
            const CsvField &f = header.fields[i];
            const QString name = f.text.trimmed().toLower();
            if (!known.contains(name)) {
                throw ImportError(fileName, f.line, f.column,
                                  tr("unknown column \"%1\"; expected columns are %2")
                                      .arg(f.text, known.join(u", "_s)));
            }
            if (column.contains(name))
                throw ImportError(fileName, f.line, f.column,
                                  tr("column \"%1\" appears twice").arg(name));
            column.insert(name, i);
        }
        for (const QString &required : kRequiredColumns) {
            if (!column.contains(required)) {
                throw ImportError(fileName, header.line, 1,
                                  tr("the header lacks the required column \"%1\"").arg(required));
            }
        }
    };

    // Each row is checked and written as it is read, inside one transaction: a bad row
    // anywhere rolls everything back, and a large file is never held in memory twice.
    const Validator validator = store.validator();
    ImportSummary summary;
    NearNames near = nearNamesOf(store);
    QHash<qint64, int> idLine;
    bool sawHeader = false;
    auto readRow = [&](const CsvRow &raw) {
        if (!sawHeader) {
            readHeader(raw);
            sawHeader = true;
            return;
        }
        // Unquoted spaces around a value are not part of it (quoted ones are); then the
        // cells an export protected from spreadsheets get their ' back off.
        CsvRow row = raw;
        for (CsvField &f : row.fields)
            f.text = unprotectCell(f.quoted ? f.text : f.text.trimmed());
        if (row.fields.size() != header.fields.size()) {
            const CsvField &last = row.fields.last();
            throw ImportError(fileName, last.line, last.column,
                              tr("expected %1 fields as in the header, found %2")
                                  .arg(header.fields.size())
                                  .arg(row.fields.size()));
        }
        auto field = [&](const QString &name) -> const CsvField * {
            const auto it = column.constFind(name);
            return it == column.constEnd() ? nullptr : &row.fields[*it];
        };
        auto value = [&](const QString &name) {
            const CsvField *f = field(name);
            return f ? f->text.trimmed() : QString();
        };
        // Free text: as written (a quoted field keeps its spaces).
        auto text = [&](const QString &name) {
            const CsvField *f = field(name);
            return f ? f->text : QString();
        };
        auto fail = [&](const QString &name, const QString &what) {
            const CsvField *f = field(name);
            throw ImportError(fileName, f ? f->line : row.line, f ? f->column : 1,
                              u"%1: %2"_s.arg(name, what));
        };
        auto date = [&](const QString &name) {
            QString why;
            const auto d = PartialDate::parse(value(name), &why);
            if (!d)
                fail(name, why);
            return *d;
        };

        Decision d;
        if (const QString id = value(u"id"_s); !id.isEmpty()) {
            bool ok = false;
            d.id = id.toLongLong(&ok);
            if (!ok || d.id <= 0 || d.id > kMaxId) {
                fail(u"id"_s,
                     tr("expected a whole number from 1 to %1, got \"%2\"").arg(kMaxId).arg(id));
            }
            if (idLine.contains(d.id)) {
                fail(u"id"_s,
                     tr("id %1 is used again (first on line %2)").arg(d.id).arg(idLine[d.id]));
            }
            idLine.insert(d.id, row.line);
        }
        const QString country = value(u"country"_s);
        const auto code = store.resolveCountry(country);
        if (!code) {
            fail(u"country"_s, tr("expected an ISO 3166 alpha-2 or alpha-3 code or an English "
                                  "country name, got \"%1\"")
                                   .arg(country));
        }
        d.country = *code;
        for (const QString &v : value(u"vendors"_s).split(u';', Qt::SkipEmptyParts)) {
            const QString name = normalizedName(v);
            if (!name.isEmpty())
                d.vendors.append(name);
        }
        const auto measure = measureFromId(value(u"measure"_s).toLower());
        if (!measure) {
            const QString ids = idList(allMeasures());
            fail(u"measure"_s, tr("expected one of %1, got \"%2\"").arg(ids, value(u"measure"_s)));
        }
        d.measure = *measure;
        for (const QString &s : value(u"scope"_s).split(u';', Qt::SkipEmptyParts)) {
            const auto scope = scopeFromId(s.trimmed().toLower());
            if (!scope) {
                const QString ids = idList(allScopes());
                fail(u"scope"_s, tr("expected %1 (separated by ;), got \"%2\"").arg(ids, s));
            }
            d.scopes.append(*scope);
        }
        d.announced = date(u"announced"_s);
        d.effective = date(u"effective"_s);
        d.ended = date(u"ended"_s);
        d.deadline = date(u"deadline"_s);
        d.title = text(u"title"_s);
        d.summary = text(u"summary"_s);
        if (const QString lf = value(u"legal_form"_s); !lf.isEmpty()) {
            d.legalForm = legalFormFromId(lf.toLower());
            if (!d.legalForm) {
                const QString ids = idList(allLegalForms());
                fail(u"legal_form"_s, tr("expected one of %1, got \"%2\"").arg(ids, lf));
            }
        }
        const auto confidence = confidenceFromId(value(u"confidence"_s).toLower());
        if (!confidence) {
            const QString ids = idList(allConfidences());
            fail(u"confidence"_s,
                 tr("expected one of %1, got \"%2\"").arg(ids, value(u"confidence"_s)));
        }
        d.confidence = *confidence;
        if (field(u"covers_subsidiaries"_s)) {
            bool ok = true;
            d.coversSubsidiaries = parseBool(value(u"covers_subsidiaries"_s), &ok);
            if (!ok)
                fail(u"covers_subsidiaries"_s, tr("expected true or false"));
        }
        Source s;
        s.title = text(u"source_title"_s);
        s.publisher = text(u"source_publisher"_s);
        s.url = value(u"source_url"_s);
        s.published = date(u"source_date"_s);
        if (!s.title.isEmpty() || !s.publisher.isEmpty() || !s.url.isEmpty() ||
            !s.published.isNull())
            d.sources.append(s);

        const QList<FieldError> errors = validator.check(d);
        if (!errors.isEmpty())
            fail(csvColumnOf(errors.first().field), errors.first().message);

        // A row updating a stored decision keeps what one CSV row cannot carry.
        if (d.id != 0) {
            if (const auto old = store.decision(d.id)) {
                QList<Source> merged = old->sources;
                for (const Source &src : std::as_const(d.sources)) {
                    if (!merged.contains(src))
                        merged.append(src);
                }
                d.sources = merged;
                if (!field(u"covers_subsidiaries"_s))
                    d.coversSubsidiaries = old->coversSubsidiaries;
            }
        }
        try {
            summary.vendorsCreated += createMissingVendors(store, d.vendors, near, summary);
            putDecision(store, d, summary);
        } catch (const ValidationError &e) {
            const QString col = csvColumnOf(e.errors().first().field);
            fail(col, e.errors().first().message);
        }
    };
    store.transaction([&] { parseCsv(data, fileName, readRow); });
    if (!sawHeader)
        throw ImportError(fileName, 1, 1, tr("the file is empty; expected a header row"));
    return summary;
}

QStringList csvExportLosses(const Store &store) {
    int moreSources = 0;
    int sourceDetails = 0;
    for (const Decision &d : store.decisions()) {
        moreSources += d.sources.size() > 1 ? 1 : 0;
        for (const Source &s : d.sources)
            sourceDetails += !s.accessed.isNull() || !s.localCopy.isEmpty() ? 1 : 0;
    }
    int vendorDetails = 0;
    for (const Vendor &v : store.vendors()) {
        vendorDetails += !v.homeCountry.isEmpty() || v.kind != VendorKind::Other ||
                                 !v.parent.isEmpty() || !v.aliases.isEmpty() || !v.notes.isEmpty()
                             ? 1
                             : 0;
    }
    QStringList out;
    if (moreSources > 0)
        out.append(tr("decisions with more than one source: %1 (the CSV has the first source "
                      "of each)")
                       .arg(moreSources));
    if (sourceDetails > 0)
        out.append(tr("sources with an access date or a local copy: %1 (the CSV has no column "
                      "for them)")
                       .arg(sourceDetails));
    if (vendorDetails > 0)
        out.append(tr("vendors with details (home country, kind, parent, aliases, notes): %1 "
                      "(the CSV names vendors only)")
                       .arg(vendorDetails));
    return out;
}

QByteArray exportCsv(const Store &store) {
    QByteArray out = csvRecord(csvColumns());
    for (const Decision &d : store.decisions()) {
        QStringList scopes;
        for (Scope s : d.scopes)
            scopes.append(toId(s));
        const Source first = d.sources.value(0);
        QStringList cells{QString::number(d.id),
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
        for (QString &cell : cells)
            cell = protectCell(cell); // no formula runs when a spreadsheet opens it
        out += csvRecord(cells);
    }
    return out;
}

// --- JSON ---------------------------------------------------------------------------

ImportSummary importJson(Store &store, const QByteArray &data, const QString &fileName) {
    if (const qsizetype bad = invalidUtf8Offset(data); bad >= 0) {
        const auto [line, column] = lineColumnAt(data, bad);
        throw ImportError(fileName, line, column, tr("the file is not valid UTF-8"));
    }
    // The text without a byte-order mark, not copied (a file may be large).
    const qsizetype bom = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray text = QByteArray::fromRawData(data.constData() + bom, data.size() - bom);
    auto failAtOffset = [&](qsizetype offset, const QString &what) {
        const auto [line, column] = lineColumnAt(text, offset);
        throw ImportError(fileName, line, column, tr("invalid JSON: %1").arg(what));
    };
    auto failAt = [&](const QStringList &path, const QString &what) {
        const auto [line, column] = jsonPosition(text, path);
        throw ImportError(fileName, line, column,
                          path.isEmpty() ? what : u"%1: %2"_s.arg(path.join(u'.'), what));
    };

    // The file is walked, never held whole as a document: each record is parsed, checked
    // and written on its own, inside one transaction, so memory stays near the size of
    // the file however many records it holds, and one bad record writes nothing.
    const JsonWalker walker(text);
    QList<JsonWalker::Member> members;
    bool isObject = false;
    try {
        isObject = walker.topLevel(members);
    } catch (const JsonSyntaxError &e) {
        failAtOffset(e.offset, e.message);
    }
    if (!isObject)
        failAt({}, tr("expected an object with \"format\": \"banatlas\""));
    // A member's value, parsed on its own; a syntax error inside it is reported where it is.
    // No record is parsed whole beyond the size the largest valid one can have: a parser
    // holds several times its text, so one huge string would cost gigabytes.
    auto parse = [&](qsizetype start, qsizetype end) {
        if (end - start > kMaxJsonRecordBytes) {
            const auto [line, column] = lineColumnAt(text, start);
            throw ImportError(fileName, line, column,
                              tr("a record of %1 KiB; a record is at most %2 KiB")
                                  .arg((end - start) / 1024)
                                  .arg(kMaxJsonRecordBytes / 1024));
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(
            "[" + QByteArray::fromRawData(text.constData() + start, end - start) + "]", &error);
        if (error.error != QJsonParseError::NoError)
            failAtOffset(start + std::max(0, error.offset - 1), error.errorString());
        return doc.array().at(0);
    };
    QHash<QString, const JsonWalker::Member *> byKey;
    for (const JsonWalker::Member &m : std::as_const(members)) {
        if (byKey.contains(m.key))
            failAt({m.key}, tr("\"%1\" appears twice").arg(m.key));
        byKey.insert(m.key, &m);
    }
    auto scalar = [&](const QString &key) {
        const JsonWalker::Member *m = byKey.value(key);
        return m ? parse(m->start, m->end) : QJsonValue(QJsonValue::Undefined);
    };
    if (scalar(u"format"_s).toString() != u"banatlas"_s)
        failAt({u"format"_s}, tr("expected \"format\": \"banatlas\""));
    const QJsonValue version = scalar(u"version"_s);
    if (!version.isDouble() || version.toDouble() < 1)
        failAt({u"version"_s}, tr("expected \"version\": 1"));
    if (version.toDouble() > 1) {
        failAt({u"version"_s}, tr("format version %1 is from a newer BanAtlas; this one reads 1")
                                   .arg(version.toDouble()));
    }
    static const QStringList knownKeys = {u"format"_s, u"version"_s, u"countries"_s,
                                          u"groups"_s, u"vendors"_s, u"decisions"_s};
    for (const JsonWalker::Member &m : std::as_const(members)) {
        if (!knownKeys.contains(m.key))
            failAt({m.key}, tr("unknown key \"%1\"").arg(m.key));
        if (m.key != u"format"_s && m.key != u"version"_s && text[m.start] != '[')
            failAt({m.key}, tr("expected an array"));
    }
    // Each element of an array, parsed, as an object, with its place for messages.
    auto forEach = [&](const QString &key, const auto &fn) {
        const JsonWalker::Member *m = byKey.value(key);
        if (!m)
            return;
        try {
            walker.forEachElement(m->start, m->end, [&](int index, qsizetype from, qsizetype to) {
                const QJsonValue v = parse(from, to);
                const QStringList at{key, QString::number(index)};
                if (!v.isObject())
                    failAt(at, tr("expected an object"));
                fn(index, v.toObject(), at);
            });
        } catch (const JsonSyntaxError &e) {
            failAtOffset(e.offset, e.message);
        }
    };
    // Decodes a record, reporting a bad field where it is.
    auto decode = [&](const QStringList &at, auto read, const QJsonObject &o) {
        try {
            return read(o);
        } catch (const JsonFieldError &e) {
            failAt(at + e.path, e.message);
        }
        return decltype(read(o))();
    };

    ImportSummary summary;
    NearNames near = nearNamesOf(store);
    store.transaction([&] {
        forEach(u"countries"_s, [&](int, const QJsonObject &o, const QStringList &at) {
            try {
                store.addMissingCountry(decode(at, &countryFromJson, o));
            } catch (const ValidationError &e) {
                failAt(at, e.message());
            }
        });
        forEach(u"groups"_s, [&](int, const QJsonObject &o, const QStringList &at) {
            store.addMissingGroup(decode(at, &groupFromJson, o));
        });
        // Vendors first without parents they name later in the file; then the parents.
        QSet<qint64> created;
        QSet<qint64> updated;
        struct Parent {
            QStringList at;
            QString name;
            QString parent;
        };
        QList<Parent> parents;
        forEach(u"vendors"_s, [&](int, const QJsonObject &o, const QStringList &at) {
            const Vendor given = decode(at, &vendorFromJson, o);
            auto has = [&o](const char *field) { return o.contains(QLatin1StringView(field)); };
            if (has("parent"))
                parents.append({at, given.name, given.parent});
            try {
                if (const auto existing = store.findVendor(given.name)) {
                    // Merged: the fields the record leaves out keep their values, and the
                    // name keeps its spelling (a match by case or alias is not a rename).
                    Vendor v = *existing;
                    if (has("home_country"))
                        v.homeCountry = given.homeCountry;
                    if (has("kind"))
                        v.kind = given.kind;
                    if (has("aliases"))
                        v.aliases = given.aliases;
                    if (has("notes"))
                        v.notes = given.notes;
                    if (!(v == *existing)) {
                        store.updateVendor(v);
                        ++summary.vendorsUpdated;
                        updated.insert(v.id);
                    }
                } else {
                    Vendor v = given;
                    if (!v.parent.isEmpty() && !store.hasVendor(v.parent))
                        v.parent.clear(); // named later in the file: set below
                    noteNearName(near, normalizedName(v.name), summary);
                    created.insert(store.addVendor(v));
                    ++summary.vendorsCreated;
                }
            } catch (const ValidationError &e) {
                failAt(at + jsonPathOf(e.errors().first().field), e.errors().first().message);
            }
        });
        for (const Parent &p : std::as_const(parents)) {
            try {
                Vendor v = *store.findVendor(p.name);
                if (v.parent.compare(normalizedName(p.parent), Qt::CaseInsensitive) == 0)
                    continue;
                v.parent = p.parent;
                store.updateVendor(v);
                if (!created.contains(v.id) && !updated.contains(v.id))
                    ++summary.vendorsUpdated;
            } catch (const ValidationError &e) {
                failAt(p.at + jsonPathOf(e.errors().first().field), e.errors().first().message);
            }
        }
        QHash<qint64, int> seenIds;
        forEach(u"decisions"_s, [&](int index, const QJsonObject &o, const QStringList &at) {
            Decision d = decode(at, &decisionFromJson, o);
            if (d.id != 0 && seenIds.contains(d.id)) {
                failAt(
                    at + QStringList{u"id"_s},
                    tr("id %1 is used again (first by decisions.%2)").arg(d.id).arg(seenIds[d.id]));
            }
            seenIds.insert(d.id, index);
            if (const auto code = store.resolveCountry(d.country))
                d.country = *code;
            try {
                summary.vendorsCreated += createMissingVendors(store, d.vendors, near, summary);
                putDecision(store, d, summary);
            } catch (const ValidationError &e) {
                failAt(at + jsonPathOf(e.errors().first().field), e.errors().first().message);
            }
        });
    });
    return summary;
}

QByteArray exportJson(const Store &store) {
    // Written record by record in the layout QJsonDocument's Indented form gives the whole
    // (keys in order, four spaces a level), without building the whole as a document.
    QByteArray out = "{\n";
    auto array = [&out](const char *key, const auto &records) {
        out += "    \"" + QByteArray(key) + "\": [\n";
        bool first = true;
        for (const auto &record : records) {
            if (!first)
                out += ",\n";
            first = false;
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
        out += first ? QByteArray("    ]") : QByteArray("\n    ]");
    };
    array("countries", store.countries());
    out += ",\n";
    array("decisions", store.decisions());
    out += ",\n    \"format\": \"banatlas\",\n";
    array("groups", store.groups());
    out += ",\n";
    array("vendors", store.vendors());
    out += ",\n    \"version\": 1\n}\n";
    if (out.size() > kMaxImportBytes) {
        throw Error(tr("the export would be %1 MiB; an import reads at most %2 MiB, so it is not "
                       "written")
                        .arg(out.size() / (1024 * 1024))
                        .arg(kMaxImportBytes / (1024 * 1024)));
    }
    return out;
}

ImportSummary importFile(Store &store, const QString &path) {
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != u"csv"_s && suffix != u"json"_s)
        throw ImportError(path, 1, 1, tr("expected a .csv or .json file"));
    if (info.size() > kMaxImportBytes) {
        throw ImportError(path, 1, 1,
                          tr("the file has %1 bytes; an import may be at most %2 MiB")
                              .arg(info.size())
                              .arg(kMaxImportBytes / (1024 * 1024)));
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw ImportError(path, 1, 1, tr("cannot read the file: %1").arg(f.errorString()));
    // Read into memory, not mapped: a mapped file that another program shortens during the
    // import kills the process (SIGBUS); a copy is what the import reads, whatever happens
    // to the file meanwhile. The importers then go record by record.
    QByteArray data;
    if (info.isFile()) {
        data = f.readAll();
        if (f.error() != QFileDevice::NoError) {
            throw ImportError(path, 1, 1, tr("cannot read the file: %1").arg(f.errorString()));
        }
        if (data.size() > kMaxImportBytes) { // it grew since it was measured
            throw ImportError(path, 1, 1,
                              tr("the file has %1 bytes; an import may be at most %2 MiB")
                                  .arg(data.size())
                                  .arg(kMaxImportBytes / (1024 * 1024)));
        }
    } else {
        // A pipe or a device cannot be mapped: read, with a tighter limit.
        data = f.read(kMaxReadImportBytes + 1);
        if (data.size() > kMaxReadImportBytes) {
            throw ImportError(path, 1, 1,
                              tr("the input is larger than %1 MiB; save it as a file to import "
                                 "more")
                                  .arg(kMaxReadImportBytes / (1024 * 1024)));
        }
    }
    // A copy of the database as it was, whatever the import does.
    const Backup before = store.backup(u"import"_s);
    ImportSummary summary =
        suffix == u"csv"_s ? importCsv(store, data, path) : importJson(store, data, path);
    summary.backupPath = before.path;
    return summary;
}

ImportSummary seedBundledDataset(Store &store) {
    QFile f(u":/banatlas/dataset/banatlas.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(tr("the bundled dataset is missing from this build"));
    return importJson(store, f.readAll(), u"bundled dataset"_s);
}

std::unique_ptr<Store> openDatabase(const QString &path, Seed seed, Access access) {
    auto store = std::make_unique<Store>(path, access);
    if (store->wasCreated() && seed == Seed::Bundled) {
        try {
            seedBundledDataset(*store);
        } catch (...) {
            // The file was created just now: leave nothing half-made behind.
            store.reset();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1StringView(suffix));
            throw;
        }
    } else if (!store->wasCreated() && !store->isReadOnly()) {
        try {
            store->backupDaily();
        } catch (const StoreError &e) {
            // The database itself is fine; a failed backup must not keep it closed.
            qWarning("%s", qPrintable(e.message()));
        }
    }
    return store;
}

QString defaultDatabasePath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + u"/default.banatlas"_s;
}

} // namespace banatlas
