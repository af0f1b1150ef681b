#include "formats/jsoncodec.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// The translation context of this file's messages.
struct JsonCodecText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::JsonCodec)
};

QJsonValue dateValue(const PartialDate &d) {
    return d.isNull() ? QJsonValue() : d.toString();
}

QJsonArray stringArray(const QStringList &list) {
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

[[noreturn]] void fail(const QString &key, const QString &message) {
    throw JsonFieldError{{key}, message};
}

// Reads `key` as a string; null or absent gives "" unless required.
QString text(const QJsonObject &o, const QString &key, bool required = false) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, JsonCodecText::tr("required field \"%1\" is missing").arg(key));
        return {};
    }
    if (!v.isString())
        fail(key, JsonCodecText::tr("expected a string"));
    if (required && v.toString().trimmed().isEmpty())
        fail(key, JsonCodecText::tr("required field \"%1\" is empty").arg(key));
    return v.toString();
}

PartialDate date(const QJsonObject &o, const QString &key, bool required = false) {
    const QString s = text(o, key, required);
    QString why;
    const auto d = PartialDate::parse(s, &why);
    if (!d)
        fail(key, why);
    return *d;
}

QStringList strings(const QJsonObject &o, const QString &key) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(key, JsonCodecText::tr("expected an array of strings"));
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isString())
            throw JsonFieldError{{key, QString::number(i)}, JsonCodecText::tr("expected a string")};
        out.append(a[i].toString());
    }
    return out;
}

bool boolean(const QJsonObject &o, const QString &key) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        fail(key, JsonCodecText::tr("expected true or false"));
    return v.toBool();
}

qint64 integerId(const QJsonObject &o, const QString &key) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return 0;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d > 9007199254740991.0 ||
        d != static_cast<double>(static_cast<qint64>(d)))
        fail(key, JsonCodecText::tr("expected a positive whole number"));
    return static_cast<qint64>(d);
}

template <typename E>
E enumValue(const QJsonObject &o, const QString &key, std::optional<E> (*parse)(QStringView),
            const QList<E> &all, bool required = true) {
    const QString s = text(o, key, required);
    const auto e = parse(s);
    if (!e) {
        const QString ids = idList(all);
        fail(key, JsonCodecText::tr("expected one of %1, got \"%2\"").arg(ids, s));
    }
    return *e;
}

template <typename T>
QList<T> objects(const QJsonObject &o, const QString &key, T (*read)(const QJsonObject &)) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(key, JsonCodecText::tr("expected an array"));
    const QJsonArray a = v.toArray();
    QList<T> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isObject())
            throw JsonFieldError{{key, QString::number(i)},
                                 JsonCodecText::tr("expected an object")};
        try {
            out.append(read(a[i].toObject()));
        } catch (JsonFieldError &e) {
            e.path.prepend(QString::number(i));
            e.path.prepend(key);
            throw;
        }
    }
    return out;
}

Membership membershipFromJson(const QJsonObject &o) {
    return {text(o, u"country"_s, true), date(o, u"joined"_s, true), date(o, u"left"_s)};
}

} // namespace

QJsonObject toJson(const Country &c) {
    return {{u"code"_s, c.code},
            {u"alpha3"_s, c.alpha3},
            {u"numeric"_s, c.numeric},
            {u"name"_s, c.name},
            {u"region"_s, c.region},
            {u"subregion"_s, c.subregion},
            {u"aliases"_s, stringArray(c.aliases)},
            {u"supranational"_s, c.supranational}};
}

QJsonObject toJson(const CountryGroup &g) {
    QJsonArray members;
    for (const Membership &m : g.members) {
        members.append(QJsonObject{{u"country"_s, m.country},
                                   {u"joined"_s, dateValue(m.joined)},
                                   {u"left"_s, dateValue(m.left)}});
    }
    return {{u"code"_s, g.code}, {u"name"_s, g.name}, {u"members"_s, members}};
}

QJsonObject toJson(const Vendor &v) {
    return {
        {u"name"_s, v.name},     {u"home_country"_s, v.homeCountry},     {u"kind"_s, toId(v.kind)},
        {u"parent"_s, v.parent}, {u"aliases"_s, stringArray(v.aliases)}, {u"notes"_s, v.notes}};
}

QJsonObject toJson(const Source &s) {
    return {{u"title"_s, s.title},
            {u"publisher"_s, s.publisher},
            {u"url"_s, s.url},
            {u"published"_s, dateValue(s.published)},
            {u"accessed"_s, dateValue(s.accessed)},
            {u"local_copy"_s, s.localCopy},
            {u"sha256"_s, s.sha256}};
}

QJsonObject toJson(const Decision &d) {
    QJsonArray scopes;
    for (Scope s : d.scopes)
        scopes.append(toId(s));
    QJsonArray sources;
    for (const Source &s : d.sources)
        sources.append(toJson(s));
    return {{u"id"_s, d.id},
            {u"country"_s, d.country},
            {u"vendors"_s, stringArray(d.vendors)},
            {u"measure"_s, toId(d.measure)},
            {u"scope"_s, scopes},
            {u"announced"_s, dateValue(d.announced)},
            {u"effective"_s, dateValue(d.effective)},
            {u"ended"_s, dateValue(d.ended)},
            {u"deadline"_s, dateValue(d.deadline)},
            {u"title"_s, d.title},
            {u"summary"_s, d.summary},
            {u"legal_form"_s, d.legalForm ? QJsonValue(toId(*d.legalForm)) : QJsonValue()},
            {u"confidence"_s, toId(d.confidence)},
            {u"covers_subsidiaries"_s, d.coversSubsidiaries},
            {u"sources"_s, sources}};
}

Country countryFromJson(const QJsonObject &o) {
    Country c;
    c.code = text(o, u"code"_s, true);
    c.alpha3 = text(o, u"alpha3"_s);
    c.numeric = text(o, u"numeric"_s);
    c.name = text(o, u"name"_s, true);
    c.region = text(o, u"region"_s);
    c.subregion = text(o, u"subregion"_s);
    c.aliases = strings(o, u"aliases"_s);
    c.supranational = boolean(o, u"supranational"_s);
    return c;
}

CountryGroup groupFromJson(const QJsonObject &o) {
    CountryGroup g;
    g.code = text(o, u"code"_s, true);
    g.name = text(o, u"name"_s);
    g.members = objects<Membership>(o, u"members"_s, &membershipFromJson);
    return g;
}

Vendor vendorFromJson(const QJsonObject &o) {
    Vendor v;
    v.name = text(o, u"name"_s, true).trimmed();
    v.homeCountry = text(o, u"home_country"_s);
    v.kind = o.value(u"kind"_s).isUndefined()
                 ? VendorKind::Other
                 : enumValue<VendorKind>(o, u"kind"_s, &vendorKindFromId, allVendorKinds());
    v.parent = text(o, u"parent"_s).trimmed();
    v.aliases = strings(o, u"aliases"_s);
    v.notes = text(o, u"notes"_s);
    return v;
}

Source sourceFromJson(const QJsonObject &o) {
    Source s;
    s.title = text(o, u"title"_s);
    s.publisher = text(o, u"publisher"_s);
    s.url = text(o, u"url"_s);
    s.published = date(o, u"published"_s);
    s.accessed = date(o, u"accessed"_s);
    s.localCopy = text(o, u"local_copy"_s);
    s.sha256 = text(o, u"sha256"_s);
    return s;
}

Decision decisionFromJson(const QJsonObject &o) {
    Decision d;
    d.id = integerId(o, u"id"_s);
    d.country = text(o, u"country"_s, true);
    d.vendors = strings(o, u"vendors"_s);
    d.measure = enumValue<Measure>(o, u"measure"_s, &measureFromId, allMeasures());
    const QStringList scopeIds = strings(o, u"scope"_s);
    for (qsizetype i = 0; i < scopeIds.size(); ++i) {
        const auto s = scopeFromId(scopeIds[i]);
        if (!s) {
            const QString ids = idList(allScopes());
            throw JsonFieldError{
                {u"scope"_s, QString::number(i)},
                JsonCodecText::tr("expected one of %1, got \"%2\"").arg(ids, scopeIds[i])};
        }
        d.scopes.append(*s);
    }
    d.announced = date(o, u"announced"_s, true);
    d.effective = date(o, u"effective"_s);
    d.ended = date(o, u"ended"_s);
    d.deadline = date(o, u"deadline"_s);
    d.title = text(o, u"title"_s, true);
    d.summary = text(o, u"summary"_s);
    if (!text(o, u"legal_form"_s).isEmpty())
        d.legalForm = enumValue<LegalForm>(o, u"legal_form"_s, &legalFormFromId, allLegalForms());
    d.confidence = enumValue<Confidence>(o, u"confidence"_s, &confidenceFromId, allConfidences());
    d.coversSubsidiaries = boolean(o, u"covers_subsidiaries"_s);
    d.sources = objects<Source>(o, u"sources"_s, &sourceFromJson);
    return d;
}

} // namespace banatlas
