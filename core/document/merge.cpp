#include "document/merge.h"

#include "domain/types.h"

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

QString orNone(const QString &text) {
    return text.isEmpty() ? u"—"_s : text;
}

QString dateText(const PartialDate &d) {
    return orNone(d.toDisplayString());
}

template <typename T> QString joined(const QList<T> &values) {
    QStringList out;
    for (const T &v : values)
        out.append(displayName(v));
    return orNone(out.join(u", "_s));
}

QString sourcesText(const QList<Source> &sources) {
    QStringList out;
    for (const Source &s : sources)
        out.append(s.url.isEmpty() ? s.title : s.title + u" <"_s + s.url + u'>');
    return orNone(out.join(u"; "_s));
}

// A field's label and value as shown; the rule that copies it from one decision to
// another lives beside it, so the two lists cannot drift apart.
struct Field {
    const char *id;
    const char *label;
    QString (*text)(const Decision &);
    void (*copy)(Decision &to, const Decision &from);
};

const Field kFields[] = {
    {"country", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Government"),
     [](const Decision &d) { return orNone(d.country); },
     [](Decision &t, const Decision &f) { t.country = f.country; }},
    {"vendors", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Vendors"),
     [](const Decision &d) { return orNone(d.vendors.join(u", "_s)); },
     [](Decision &t, const Decision &f) { t.vendors = f.vendors; }},
    {"measure", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Measure"),
     [](const Decision &d) { return displayName(d.measure); },
     [](Decision &t, const Decision &f) { t.measure = f.measure; }},
    {"scope", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Scope"),
     [](const Decision &d) { return joined(d.scopes); },
     [](Decision &t, const Decision &f) { t.scopes = f.scopes; }},
    {"announced", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Announced"),
     [](const Decision &d) { return dateText(d.announced); },
     [](Decision &t, const Decision &f) { t.announced = f.announced; }},
    {"effective", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Effective"),
     [](const Decision &d) { return dateText(d.effective); },
     [](Decision &t, const Decision &f) { t.effective = f.effective; }},
    {"ended", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Ended"),
     [](const Decision &d) { return dateText(d.ended); },
     [](Decision &t, const Decision &f) { t.ended = f.ended; }},
    {"deadline", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Deadline"),
     [](const Decision &d) { return dateText(d.deadline); },
     [](Decision &t, const Decision &f) { t.deadline = f.deadline; }},
    {"title", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Title"),
     [](const Decision &d) { return orNone(d.title); },
     [](Decision &t, const Decision &f) { t.title = f.title; }},
    {"summary", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Summary"),
     [](const Decision &d) { return orNone(d.summary); },
     [](Decision &t, const Decision &f) { t.summary = f.summary; }},
    {"legal_form", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Legal form"),
     [](const Decision &d) { return d.legalForm ? displayName(*d.legalForm) : u"—"_s; },
     [](Decision &t, const Decision &f) { t.legalForm = f.legalForm; }},
    {"confidence", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Confidence"),
     [](const Decision &d) { return displayName(d.confidence); },
     [](Decision &t, const Decision &f) { t.confidence = f.confidence; }},
    {"covers_subsidiaries", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Covers subsidiaries"),
     [](const Decision &d) {
         return d.coversSubsidiaries ? FieldMerge::tr("yes") : FieldMerge::tr("no");
     },
     [](Decision &t, const Decision &f) { t.coversSubsidiaries = f.coversSubsidiaries; }},
    {"sources", QT_TRANSLATE_NOOP("banatlas::FieldMerge", "Sources"),
     [](const Decision &d) { return sourcesText(d.sources); },
     [](Decision &t, const Decision &f) { t.sources = f.sources; }},
};

// Whether `field` differs between two decisions: by content, not by how it is shown (two
// sources with one title differ by their addresses).
bool differs(const Field &field, const Decision &a, const Decision &b) {
    Decision probe = a;
    field.copy(probe, b);
    return !sameContent(probe, a);
}

} // namespace

QStringList FieldMerge::fields() {
    QStringList out;
    for (const Field &f : kFields)
        out.append(QString::fromLatin1(f.id));
    return out;
}

QList<FieldConflict> FieldMerge::differences(const Decision &base, const Decision &theirs,
                                             const Decision &yours) {
    QList<FieldConflict> out;
    for (const Field &f : kFields) {
        if (!differs(f, theirs, yours))
            continue;
        FieldConflict c;
        c.field = QString::fromLatin1(f.id);
        c.label = tr(f.label);
        c.base = f.text(base);
        c.theirs = f.text(theirs);
        c.yours = f.text(yours);
        c.theyChanged = differs(f, base, theirs);
        c.youChanged = differs(f, base, yours);
        out.append(c);
    }
    return out;
}

QSet<QString> FieldMerge::yoursByDefault(const QList<FieldConflict> &changes) {
    QSet<QString> out;
    for (const FieldConflict &c : changes) {
        if (c.youChanged && !c.theyChanged)
            out.insert(c.field);
    }
    return out;
}

Decision FieldMerge::merged(const Decision &theirs, const Decision &yours,
                            const QSet<QString> &fromYours) {
    Decision out = theirs;
    for (const Field &f : kFields) {
        if (fromYours.contains(QString::fromLatin1(f.id)))
            f.copy(out, yours);
    }
    out.version = theirs.version;
    return out;
}

} // namespace banatlas
