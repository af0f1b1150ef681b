#include "domain/validation.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

// The last day of a partial date's period, as YYYYMMDD.
int lastDayKey(const PartialDate &d) {
    const QDate first = d.firstDay();
    switch (d.precision()) {
    case PartialDate::Precision::Year:
        return d.yearPart() * 10000 + 1231;
    case PartialDate::Precision::Month:
        return dateKey(first.addMonths(1).addDays(-1));
    default:
        return d.key();
    }
}

// `later` may not end before `earlier` begins; partial dates overlap generously
// ("2018-11" is not before "2018-11-15").
bool notBefore(const PartialDate &later, const PartialDate &earlier) {
    return later.isNull() || earlier.isNull() || lastDayKey(later) >= earlier.key();
}

// A field's name ("sources[2].url"), made into text only for an error: a file of a
// hundred thousand sources made as many names for nothing.
class FieldName final {
public:
    FieldName(const QString &whole) // NOLINT(google-explicit-constructor): u"title"_s
        : m_prefix(whole) {}
    FieldName(const QString &prefix, QStringView name)
        : m_prefix(prefix)
        , m_name(name) {}
    QString text() const { return m_prefix + m_name; }

private:
    const QString &m_prefix; // lives as long as the call it is passed to
    QStringView m_name;
};

// The byte-order mark, and the bidirectional embeddings, overrides and isolates: refused
// in any text (they reorder what is shown; SQLite drops a leading mark).
bool isRefusedFormatting(char32_t c) {
    return c == 0xfeff || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

void checkDate(QList<FieldError> &errors, const FieldName &field, const PartialDate &d) {
    if (!d.isNull() && !d.firstDay().isValid())
        errors.append(
            {field.text(), Validator::tr("%1 is not a date that exists").arg(d.toString())});
}

} // namespace

Validator::Validator(QSet<QString> knownCountries)
    : m_countries(std::move(knownCountries)) {}

namespace {
// Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): sorted, disjoint
// ranges of code points, first and last included.
struct CodePointRange {
    char32_t first;
    char32_t last;
};
constexpr CodePointRange kDefaultIgnorable[] = {
    {0x00AD, 0x00AD},   {0x034F, 0x034F},  {0x061C, 0x061C}, {0x115F, 0x1160}, {0x17B4, 0x17B5},
    {0x180B, 0x180F},   {0x200B, 0x200F},  {0x202A, 0x202E}, {0x2060, 0x206F}, {0x3164, 0x3164},
    {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},  {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3},
    {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF}};
static_assert(std::adjacent_find(std::begin(kDefaultIgnorable), std::end(kDefaultIgnorable),
                                 [](const CodePointRange &a, const CodePointRange &b) {
                                     return a.first > a.last || a.last >= b.first;
                                 }) == std::end(kDefaultIgnorable));
} // namespace

bool isDefaultIgnorable(char32_t c) {
    if (c < kDefaultIgnorable[0].first)
        return false; // ASCII and most Latin: no search
    // The first range that does not end before c.
    const auto it =
        std::lower_bound(std::begin(kDefaultIgnorable), std::end(kDefaultIgnorable), c,
                         [](const CodePointRange &r, char32_t value) { return r.last < value; });
    return it != std::end(kDefaultIgnorable) && it->first <= c;
}

bool isAscii(QStringView text) {
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

QString normalizedName(QStringView name) {
    // ASCII holds no default-ignorable code point and is its own NFC: only the trimming.
    if (isAscii(name))
        return name.toString().trimmed();
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        // By code point; a lone surrogate is kept as it is, for the validator to refuse.
        const bool pair =
            name[i].isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(name[i], name[i + 1]) : name[i].unicode();
        // Direction embeddings, overrides and isolates and the byte-order mark are left
        // in, for the validator to refuse by name: they reorder what is shown, and quietly
        // dropping them would store a name other than the one the reader saw.
        if (isRefusedFormatting(c) || !isDefaultIgnorable(c)) {
            out.append(name[i]);
            if (pair)
                out.append(name[i + 1]);
        }
        if (pair)
            ++i;
    }
    return out.normalized(QString::NormalizationForm_C).trimmed();
}

namespace {
// The name with the letter at `i` left out.
QString without(const QString &s, qsizetype i) {
    return s.left(i) + s.mid(i + 1);
}
} // namespace

void NearNames::add(const QString &name) {
    const QString folded = normalizedName(name).toCaseFolded();
    const auto index = static_cast<qint32>(m_names.size());
    m_names.append(name);
    m_folded.append(folded);
    m_exact.insert(qHash(folded), index);
    for (qsizetype i = 0; i < folded.size(); ++i)
        m_deletions.insert(qHash(without(folded, i)), index);
}

QString NearNames::near(const QString &name) const {
    const QString folded = normalizedName(name).toCaseFolded();
    if (folded.isEmpty())
        return {};
    auto exact = [this](const QString &key) -> qint32 {
        const size_t h = qHash(key);
        for (auto it = m_exact.constFind(h); it != m_exact.cend() && it.key() == h; ++it) {
            if (m_folded[*it] == key)
                return *it;
        }
        return -1;
    };
    if (exact(folded) >= 0)
        return {};
    // One letter more than an existing name: it is a deletion of ours.
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (const qint32 hit = exact(without(folded, i)); hit >= 0)
            return m_names[hit];
    }
    // One letter less (ours is a deletion of an existing name), one changed or two swapped
    // (the two share a deletion).
    auto deletionOf = [this](const QString &key, qint32 candidate) {
        const QString &other = m_folded[candidate];
        for (qsizetype j = 0; j < other.size(); ++j) {
            if (without(other, j) == key)
                return true;
        }
        return false;
    };
    auto viaDeletion = [&](const QString &key) -> qint32 {
        const size_t h = qHash(key);
        for (auto it = m_deletions.constFind(h); it != m_deletions.cend() && it.key() == h; ++it) {
            if (deletionOf(key, *it))
                return *it;
        }
        return -1;
    };
    if (const qint32 hit = viaDeletion(folded); hit >= 0)
        return m_names[hit];
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (const qint32 hit = viaDeletion(without(folded, i)); hit >= 0)
            return m_names[hit];
    }
    return {};
}

namespace {

bool isHexSha256(const QString &s) {
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

bool isPlainLocalCopyName(const QString &name) {
    return !name.contains(u'/') && !name.contains(u'\\') && !name.startsWith(u'.');
}

} // namespace

bool isOpenableUrl(const QString &url) {
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    return u.isValid() && (scheme == u"http"_s || scheme == u"https"_s) && !u.host().isEmpty();
}

namespace {

enum class TextKind { Text, Name };

// Text fields hold no control characters but line breaks and tabs, no lone surrogates
// (no encoding can write them back), no byte-order mark (SQLite drops a leading one, so
// "\uFEFF" would be stored as an empty name) and no bidirectional embedding, override or
// isolate controls (they make one name look like another); and stay within a sane length.
// A name also needs at least one visible character.
// A control character other than a line break or a tab (C0, DEL, C1).
bool isRefusedControl(char16_t c) {
    return (c < 0x20 && c != u'\n' && c != u'\t' && c != u'\r') || (c >= 0x7f && c < 0xa0);
}

void checkText(QList<FieldError> &errors, const FieldName &field, const QString &text,
               qsizetype maxLength, TextKind kind = TextKind::Text) {
    if (text.size() > maxLength) {
        errors.append(
            {field.text(), Validator::tr("the text has %1 characters; at most %2 are allowed")
                               .arg(text.size())
                               .arg(maxLength)});
        return;
    }
    auto refuse = [&](const char *what, char16_t c, qsizetype i) {
        errors.append(
            {field.text(), Validator::tr(what).arg(int(c), 4, 16, QChar(u'0')).arg(i + 1)});
    };
    bool visible = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        const char16_t c = ch.unicode();
        if (isRefusedControl(c))
            return refuse(QT_TRANSLATE_NOOP("banatlas::Validator",
                                            "contains the control character U+%1 at character %2"),
                          c, i);
        if (c < 0x7f) { // the rest of ASCII: visible unless a space, a tab or a line break
            visible = visible || c > 0x20;
            continue;
        }
        if (ch.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            visible = true;
            ++i;
            continue;
        }
        if (ch.isSurrogate())
            return refuse(QT_TRANSLATE_NOOP("banatlas::Validator",
                                            "contains the lone surrogate U+%1 at character %2"),
                          c, i);
        if (isRefusedFormatting(c)) {
            return refuse(QT_TRANSLATE_NOOP("banatlas::Validator",
                                            "contains the invisible formatting character U+%1 at "
                                            "character %2"),
                          c, i);
        }
        if (!ch.isSpace() && ch.category() != QChar::Other_Format)
            visible = true;
    }
    if (kind == TextKind::Name && !text.isEmpty() && !visible)
        errors.append({field.text(), Validator::tr("the name has no visible character")});
}

// At least one vendor, each named once.
void checkVendorList(QList<FieldError> &errors, const QStringList &vendors) {
    if (vendors.isEmpty())
        errors.append({u"vendors"_s, Validator::tr("at least one vendor is required")});
    QSet<QString> seen;
    for (const QString &v : vendors) {
        if (v.trimmed().isEmpty()) {
            errors.append({u"vendors"_s, Validator::tr("a vendor name is empty")});
            continue;
        }
        if (vendors.size() == 1)
            break; // one name cannot be named twice (and its key is not cheap)
        const QString key = nameKey(v);
        if (seen.contains(key))
            errors.append({u"vendors"_s, Validator::tr("vendor \"%1\" is named twice").arg(v)});
        seen.insert(key);
    }
}

// At least one scope, each named once.
void checkScopes(QList<FieldError> &errors, const QList<Scope> &scopes) {
    if (scopes.isEmpty())
        errors.append({u"scope"_s, Validator::tr("at least one scope is required")});
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        if (scopes.indexOf(scopes[i]) != i)
            errors.append(
                {u"scope"_s, Validator::tr("scope \"%1\" is named twice").arg(toId(scopes[i]))});
    }
}

// Dates that exist, announced first, effective before ended.
void checkDates(QList<FieldError> &errors, const Decision &d) {
    if (d.announced.isNull())
        errors.append({u"announced"_s, Validator::tr("the announcement date is required")});
    checkDate(errors, u"announced"_s, d.announced);
    checkDate(errors, u"effective"_s, d.effective);
    checkDate(errors, u"ended"_s, d.ended);
    checkDate(errors, u"deadline"_s, d.deadline);
    if (!notBefore(d.effective, d.announced)) {
        errors.append(
            {u"effective"_s, Validator::tr("the effective date %1 is before the announcement %2")
                                 .arg(d.effective.toString(), d.announced.toString())});
    }
    if (!notBefore(d.ended, d.effectiveOrAnnounced())) {
        errors.append(
            {u"ended"_s, Validator::tr("the end date %1 is before the effective date %2")
                             .arg(d.ended.toString(), d.effectiveOrAnnounced().toString())});
    }
    if (!notBefore(d.deadline, d.announced)) {
        errors.append({u"deadline"_s, Validator::tr("the deadline %1 is before the announcement %2")
                                          .arg(d.deadline.toString(), d.announced.toString())});
    }
}

void checkTitle(QList<FieldError> &errors, const QString &title) {
    if (title.trimmed().isEmpty())
        errors.append({u"title"_s, Validator::tr("a title is required")});
    else if (title.size() > kMaxTitleLength)
        errors.append(
            {u"title"_s, Validator::tr("the title has %1 characters; at most %2 are allowed")
                             .arg(title.size())
                             .arg(kMaxTitleLength)});
    checkText(errors, u"title"_s, title, kMaxTextLength); // its length: above
}

} // namespace

QList<FieldError> Validator::check(const Decision &d) const {
    QList<FieldError> errors;
    if (d.id < 0 || d.id > kMaxId)
        errors.append(
            {u"id"_s,
             Validator::tr("expected a whole number from 1 to %1, got %2").arg(kMaxId).arg(d.id)});
    if (d.country.isEmpty())
        errors.append({u"country"_s, Validator::tr("a country is required")});
    else if (!m_countries.contains(d.country))
        errors.append({u"country"_s, Validator::tr("unknown country code \"%1\"").arg(d.country)});
    checkVendorList(errors, d.vendors);
    checkScopes(errors, d.scopes);
    checkDates(errors, d);
    checkTitle(errors, d.title);
    checkText(errors, u"summary"_s, d.summary, kMaxTextLength);
    if (d.vendors.size() > kMaxVendorsPerDecision) {
        errors.append({u"vendors"_s, Validator::tr("%1 vendors; a decision names at most %2")
                                         .arg(d.vendors.size())
                                         .arg(kMaxVendorsPerDecision)});
        return errors; // not each of them again
    }
    for (const QString &v : d.vendors)
        checkText(errors, u"vendors"_s, v, kMaxTitleLength, TextKind::Name);
    if (d.sources.size() > kMaxSourcesPerDecision) {
        errors.append({u"sources"_s, Validator::tr("%1 sources; a decision cites at most %2")
                                         .arg(d.sources.size())
                                         .arg(kMaxSourcesPerDecision)});
        return errors;
    }
    for (qsizetype i = 0; i < d.sources.size(); ++i)
        errors.append(check(d.sources[i], u"sources[%1]."_s.arg(i)));
    return errors;
}

QList<FieldError> Validator::check(const Vendor &v) const {
    QList<FieldError> errors;
    if (v.name.trimmed().isEmpty())
        errors.append({u"name"_s, Validator::tr("a vendor name is required")});
    else if (v.name.size() > kMaxTitleLength)
        errors.append(
            {u"name"_s,
             Validator::tr("the name is longer than %1 characters").arg(kMaxTitleLength)});
    if (!v.homeCountry.isEmpty() && !m_countries.contains(v.homeCountry))
        errors.append(
            {u"home_country"_s, Validator::tr("unknown country code \"%1\"").arg(v.homeCountry)});
    if (!v.parent.isEmpty() && v.parent.compare(v.name, Qt::CaseInsensitive) == 0)
        errors.append({u"parent"_s, Validator::tr("a vendor cannot be its own parent")});
    checkText(errors, u"name"_s, v.name, kMaxTextLength, TextKind::Name); // length: above
    if (v.aliases.size() > kMaxAliasesPerVendor) {
        errors.append({u"aliases"_s, Validator::tr("%1 other names; a vendor has at most %2")
                                         .arg(v.aliases.size())
                                         .arg(kMaxAliasesPerVendor)});
    } else {
        for (const QString &a : v.aliases)
            checkText(errors, u"aliases"_s, a, kMaxTitleLength, TextKind::Name);
    }
    checkText(errors, u"notes"_s, v.notes, kMaxTextLength);
    return errors;
}

QList<FieldError> Validator::check(const Source &s, const QString &prefix) const {
    QList<FieldError> errors;
    if (s.title.trimmed().isEmpty() && s.url.trimmed().isEmpty())
        errors.append({prefix + u"title"_s, Validator::tr("a source needs a title or a URL")});
    if (!s.url.isEmpty() && !isOpenableUrl(s.url))
        errors.append({prefix + u"url"_s,
                       Validator::tr("\"%1\" is not an http or https address").arg(s.url)});
    checkText(errors, {prefix, u"title"}, s.title, kMaxTextLength / 10);
    checkText(errors, {prefix, u"publisher"}, s.publisher, kMaxTitleLength);
    checkText(errors, {prefix, u"url"}, s.url, kMaxUrlLength);
    checkDate(errors, {prefix, u"published"}, s.published);
    checkDate(errors, {prefix, u"accessed"}, s.accessed);
    if (!s.sha256.isEmpty() && !isHexSha256(s.sha256))
        errors.append({prefix + u"sha256"_s, Validator::tr("expected 64 hexadecimal digits")});
    if (!s.localCopy.isEmpty() && !isPlainLocalCopyName(s.localCopy)) {
        errors.append({prefix + u"local_copy"_s,
                       Validator::tr("a local copy is a plain file name beside the database")});
    } else if (!s.localCopy.isEmpty() && s.sha256.isEmpty()) {
        errors.append({prefix + u"sha256"_s, Validator::tr("a local copy needs its SHA-256")});
    }
    return errors;
}

} // namespace banatlas
