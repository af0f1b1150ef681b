// JSON import: every field of every entity (DOMAIN.md, "Interchange formats").

#include "interchange/interchange.h"

#include "interchange/interchangetext.h"

#include "formats/csv.h"
#include "formats/jsoncodec.h"
#include "formats/jsonwalker.h"
#include "interchange/importsession.h"
#include "interchange/jsonposition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

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

// The file is walked, never held whole as a document: the top-level members are found,
// then each record is parsed on its own. Every problem throws ImportError at its line
// and column.
class JsonFile final {
public:
    // Walks the top level: an object whose keys appear once.
    JsonFile(const QByteArray &text, const QString &fileName);

    // "format", "version" and the arrays: what this version reads.
    void checkHeader() const;

    // Calls `fn(index, object, at)` for each element of the array `key`, parsed, as an
    // object, with its place for messages ({key, index}).
    template <typename Fn> void forEach(const QString &key, const Fn &fn) const;
    // Decodes a record with `read`, reporting a bad field where it is.
    template <typename Read>
    auto decode(const QStringList &at, Read read, const QJsonObject &o) const {
        try {
            return read(o);
        } catch (const JsonFieldError &e) {
            failAt(at + e.path, e.message);
        }
    }

    [[noreturn]] void failAt(const QStringList &path, const QString &what) const;
    // A field the store refused, at the record `at`.
    [[noreturn]] void failAt(const QStringList &at, const ValidationError &e) const {
        failAt(at + jsonPathOf(e.errors().first().field), e.errors().first().message);
    }

private:
    [[noreturn]] void failAtOffset(qsizetype offset, const QString &what) const;
    QJsonValue parse(qsizetype start, qsizetype end) const;
    QJsonValue scalar(const QString &key) const;

    const QByteArray &m_text;
    const QString &m_fileName;
    const JsonWalker m_walker;
    QList<JsonWalker::Member> m_members;
    QHash<QString, const JsonWalker::Member *> m_byKey;
};

JsonFile::JsonFile(const QByteArray &text, const QString &fileName)
    : m_text(text)
    , m_fileName(fileName)
    , m_walker(text) {
    bool isObject = false;
    try {
        isObject = m_walker.topLevel(m_members);
    } catch (const JsonSyntaxError &e) {
        failAtOffset(e.offset, e.message);
    }
    if (!isObject)
        failAt({}, InterchangeText::tr("expected an object with \"format\": \"banatlas\""));
    for (const JsonWalker::Member &m : std::as_const(m_members)) {
        if (m_byKey.contains(m.key))
            failAt({m.key}, InterchangeText::tr("\"%1\" appears twice").arg(m.key));
        m_byKey.insert(m.key, &m);
    }
}

void JsonFile::checkHeader() const {
    if (scalar(u"format"_s).toString() != u"banatlas"_s)
        failAt({u"format"_s}, InterchangeText::tr("expected \"format\": \"banatlas\""));
    const QJsonValue version = scalar(u"version"_s);
    if (!version.isDouble() || version.toDouble() < 1)
        failAt({u"version"_s}, InterchangeText::tr("expected \"version\": 1"));
    if (version.toDouble() > 1) {
        failAt({u"version"_s},
               InterchangeText::tr("format version %1 is from a newer BanAtlas; this one reads 1")
                   .arg(version.toDouble()));
    }
    static const QStringList knownKeys = {u"format"_s, u"version"_s, u"countries"_s,
                                          u"groups"_s, u"vendors"_s, u"decisions"_s};
    for (const JsonWalker::Member &m : m_members) {
        if (!knownKeys.contains(m.key))
            failAt({m.key}, InterchangeText::tr("unknown key \"%1\"").arg(m.key));
        if (m.key != u"format"_s && m.key != u"version"_s && m_text[m.start] != '[')
            failAt({m.key}, InterchangeText::tr("expected an array"));
    }
}

template <typename Fn> void JsonFile::forEach(const QString &key, const Fn &fn) const {
    const JsonWalker::Member *m = m_byKey.value(key);
    if (!m)
        return;
    try {
        m_walker.forEachElement(m->start, m->end, [&](int index, qsizetype from, qsizetype to) {
            const QJsonValue v = parse(from, to);
            const QStringList at{key, QString::number(index)};
            if (!v.isObject())
                failAt(at, InterchangeText::tr("expected an object"));
            if constexpr (std::is_invocable_v<Fn, int, QJsonObject, QStringList, double>)
                fn(index, v.toObject(), at,
                   double(to) / double(std::max<qsizetype>(1, m_text.size())));
            else
                fn(index, v.toObject(), at);
        });
    } catch (const JsonSyntaxError &e) {
        failAtOffset(e.offset, e.message);
    }
}

void JsonFile::failAt(const QStringList &path, const QString &what) const {
    const auto [line, column] = jsonPosition(m_text, path);
    throw ImportError(m_fileName, line, column,
                      path.isEmpty() ? what : u"%1: %2"_s.arg(path.join(u'.'), what));
}

void JsonFile::failAtOffset(qsizetype offset, const QString &what) const {
    const auto [line, column] = lineColumnAt(m_text, offset);
    throw ImportError(m_fileName, line, column, InterchangeText::tr("invalid JSON: %1").arg(what));
}

// A member's value, parsed on its own; a syntax error inside it is reported where it is.
// No record is parsed whole beyond the size the largest valid one can have: a parser
// holds several times its text, so one huge string would cost gigabytes.
QJsonValue JsonFile::parse(qsizetype start, qsizetype end) const {
    if (end - start > kMaxJsonRecordBytes) {
        const auto [line, column] = lineColumnAt(m_text, start);
        throw ImportError(m_fileName, line, column,
                          InterchangeText::tr("a record of %1 KiB; a record is at most %2 KiB")
                              .arg((end - start) / 1024)
                              .arg(kMaxJsonRecordBytes / 1024));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        "[" + QByteArray::fromRawData(m_text.constData() + start, end - start) + "]", &error);
    if (error.error != QJsonParseError::NoError)
        failAtOffset(start + std::max(0, error.offset - 1), error.errorString());
    return doc.array().at(0);
}

QJsonValue JsonFile::scalar(const QString &key) const {
    const JsonWalker::Member *m = m_byKey.value(key);
    return m ? parse(m->start, m->end) : QJsonValue(QJsonValue::Undefined);
}

// A vendor record's parent, linked once every vendor of the file is stored (it may be
// named later in the file).
struct ParentLink {
    QStringList at;
    QString name;
    QString parent;
};

// The fields a vendor record gives, merged into the stored vendor: those it leaves out
// keep their values, and the name keeps its spelling (a match by case or alias is not a
// rename).
Vendor mergedVendor(const Vendor &stored, const Vendor &given, const QJsonObject &o) {
    auto has = [&o](const char *field) { return o.contains(QLatin1StringView(field)); };
    Vendor v = stored;
    if (has("home_country"))
        v.homeCountry = given.homeCountry;
    if (has("kind"))
        v.kind = given.kind;
    if (has("aliases"))
        v.aliases = given.aliases;
    if (has("notes"))
        v.notes = given.notes;
    return v;
}

// One JSON import: countries, groups, vendors (then their parents), decisions, each
// record checked and written on its own inside the session's one transaction, so that
// memory stays near the size of the file however many records it holds, and one bad
// record writes nothing.
class JsonImport final {
public:
    JsonImport(Store &store, const JsonFile &file, const QString &fileName,
               const ImportProgress &progress, ImportRecord *record)
        : m_session(store, fileName, progress, record)
        , m_file(file) {}

    ImportSummary run() {
        return m_session.run([this] {
            importCountries();
            importGroups();
            importVendors();
            linkParents();
            importDecisions();
        });
    }

private:
    void importCountries();
    void importGroups();
    void importVendors();
    void importVendor(const QJsonObject &o, const QStringList &at);
    void linkParents();
    void importDecisions();
    void importDecision(int index, const QJsonObject &o, const QStringList &at);

    ImportSession m_session;
    const JsonFile &m_file;
    // Vendors this import created or updated: a parent link set on them is no second
    // update.
    QSet<qint64> m_createdVendors;
    QSet<qint64> m_updatedVendors;
    QList<ParentLink> m_parents;
    QHash<qint64, int> m_decisionIndex; // each id read so far → index of its decision
};

void JsonImport::importCountries() {
    m_file.forEach(u"countries"_s, [this](int, const QJsonObject &o, const QStringList &at) {
        try {
            m_session.store().addMissingCountry(m_file.decode(at, &countryFromJson, o));
        } catch (const ValidationError &e) {
            m_file.failAt(at, e.message());
        }
    });
}

void JsonImport::importGroups() {
    m_file.forEach(u"groups"_s, [this](int, const QJsonObject &o, const QStringList &at) {
        m_session.store().addMissingGroup(m_file.decode(at, &groupFromJson, o));
    });
}

// Vendors first without parents they name later in the file; linkParents() sets those.
void JsonImport::importVendors() {
    m_file.forEach(u"vendors"_s, [this](int, const QJsonObject &o, const QStringList &at) {
        importVendor(o, at);
    });
}

void JsonImport::importVendor(const QJsonObject &o, const QStringList &at) {
    Store &store = m_session.store();
    const Vendor given = m_file.decode(at, &vendorFromJson, o);
    if (o.contains(QLatin1StringView("parent")))
        m_parents.append({at, given.name, given.parent});
    try {
        if (const auto existing = store.findVendor(given.name)) {
            const Vendor v = mergedVendor(*existing, given, o);
            if (!(v == *existing)) {
                store.updateVendor(v);
                m_session.vendorUpdated(v.name);
                m_updatedVendors.insert(v.id);
            }
        } else {
            Vendor v = given;
            if (!v.parent.isEmpty() && !store.hasVendor(v.parent))
                v.parent.clear(); // named later in the file: set by linkParents()
            m_createdVendors.insert(m_session.addVendor(v));
        }
    } catch (const ValidationError &e) {
        m_file.failAt(at, e);
    }
}

void JsonImport::linkParents() {
    Store &store = m_session.store();
    for (const ParentLink &p : std::as_const(m_parents)) {
        try {
            Vendor v = *store.findVendor(p.name);
            if (v.parent.compare(normalizedName(p.parent), Qt::CaseInsensitive) == 0)
                continue;
            v.parent = p.parent;
            store.updateVendor(v);
            if (!m_createdVendors.contains(v.id) && !m_updatedVendors.contains(v.id))
                m_session.vendorUpdated(v.name);
        } catch (const ValidationError &e) {
            m_file.failAt(p.at, e);
        }
    }
}

void JsonImport::importDecisions() {
    m_file.forEach(u"decisions"_s,
                   [this](int index, const QJsonObject &o, const QStringList &at, double read) {
                       importDecision(index, o, at);
                       m_session.advance(read);
                   });
}

void JsonImport::importDecision(int index, const QJsonObject &o, const QStringList &at) {
    Decision d = m_file.decode(at, &decisionFromJson, o);
    if (d.id != 0 && m_decisionIndex.contains(d.id)) {
        m_file.failAt(at + QStringList{u"id"_s},
                      InterchangeText::tr("id %1 is used again (first by decisions.%2)")
                          .arg(d.id)
                          .arg(m_decisionIndex[d.id]));
    }
    m_decisionIndex.insert(d.id, index);
    if (const auto code = m_session.store().resolveCountry(d.country))
        d.country = *code;
    try {
        m_session.putDecision(d);
    } catch (const ValidationError &e) {
        m_file.failAt(at, e);
    }
}

} // namespace

ImportSummary importJson(Store &store, const QByteArray &data, const QString &fileName,
                         const ImportProgress &progress, ImportRecord *record) {
    if (const qsizetype bad = invalidUtf8Offset(data); bad >= 0) {
        const auto [line, column] = lineColumnAt(data, bad);
        throw ImportError(fileName, line, column,
                          InterchangeText::tr("the file is not valid UTF-8"));
    }
    // The text without a byte-order mark, not copied (a file may be large).
    const qsizetype bom = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray text = QByteArray::fromRawData(data.constData() + bom, data.size() - bom);
    const JsonFile file(text, fileName);
    file.checkHeader();
    return JsonImport(store, file, fileName, progress, record).run();
}

} // namespace banatlas
