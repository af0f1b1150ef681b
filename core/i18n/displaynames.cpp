#include "i18n/displaynames.h"

#include "formats/csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

struct LocalName {
    QString name;
    QStringList aliases;
};

// The names of one language, read once from `country_names_<lang>.csv` (none for
// English: the reference names are English).
const QHash<QString, LocalName> &namesFor(const QString &language) {
    static QMutex mutex;
    static QHash<QString, QHash<QString, LocalName>> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(language);
    if (it != cache.end())
        return *it;
    QHash<QString, LocalName> names;
    QFile f(u":/banatlas/reference/country_names_%1.csv"_s.arg(language));
    if (language != u"en"_s && f.open(QIODevice::ReadOnly)) {
        const QList<CsvRow> rows = parseCsv(f.readAll(), f.fileName());
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QList<CsvField> &r = rows[i].fields;
            if (r.size() < 3)
                continue;
            names.insert(r[0].text, {r[1].text, r[2].text.split(u';', Qt::SkipEmptyParts)});
        }
    }
    return *cache.insert(language, names);
}

// The default locale's language code ("de"): asked for each name shown, so kept while the
// default locale's language stays the same (QLocale::name builds a string each time).
QString language() {
    thread_local QLocale::Language last = QLocale::AnyLanguage;
    thread_local QString code;
    const QLocale locale;
    if (locale.language() != last || code.isEmpty()) {
        last = locale.language();
        code = locale.name().section(u'_', 0, 0);
    }
    return code;
}

// The names lupdate should offer for translation (the data holds them in English).
[[maybe_unused]] constexpr const char *kGroupNames[] = {
    QT_TRANSLATE_NOOP("banatlas::names", "European Union"),
    QT_TRANSLATE_NOOP("banatlas::names", "North Atlantic Treaty Organization"),
    QT_TRANSLATE_NOOP("banatlas::names", "Five Eyes"),
    QT_TRANSLATE_NOOP("banatlas::names", "Group of Seven"),
    QT_TRANSLATE_NOOP("banatlas::names", "Quadrilateral Security Dialogue"),
};
[[maybe_unused]] constexpr const char *kRegionNames[] = {
    QT_TRANSLATE_NOOP("banatlas::names", "Africa"),
    QT_TRANSLATE_NOOP("banatlas::names", "Americas"),
    QT_TRANSLATE_NOOP("banatlas::names", "Antarctica"),
    QT_TRANSLATE_NOOP("banatlas::names", "Asia"),
    QT_TRANSLATE_NOOP("banatlas::names", "Europe"),
    QT_TRANSLATE_NOOP("banatlas::names", "Oceania"),
    QT_TRANSLATE_NOOP("banatlas::names", "Australia and New Zealand"),
    QT_TRANSLATE_NOOP("banatlas::names", "Central Asia"),
    QT_TRANSLATE_NOOP("banatlas::names", "Eastern Asia"),
    QT_TRANSLATE_NOOP("banatlas::names", "Eastern Europe"),
    QT_TRANSLATE_NOOP("banatlas::names", "Latin America and the Caribbean"),
    QT_TRANSLATE_NOOP("banatlas::names", "Melanesia"),
    QT_TRANSLATE_NOOP("banatlas::names", "Micronesia"),
    QT_TRANSLATE_NOOP("banatlas::names", "Northern Africa"),
    QT_TRANSLATE_NOOP("banatlas::names", "Northern America"),
    QT_TRANSLATE_NOOP("banatlas::names", "Northern Europe"),
    QT_TRANSLATE_NOOP("banatlas::names", "Polynesia"),
    QT_TRANSLATE_NOOP("banatlas::names", "South-eastern Asia"),
    QT_TRANSLATE_NOOP("banatlas::names", "Southern Asia"),
    QT_TRANSLATE_NOOP("banatlas::names", "Southern Europe"),
    QT_TRANSLATE_NOOP("banatlas::names", "Sub-Saharan Africa"),
    QT_TRANSLATE_NOOP("banatlas::names", "Western Asia"),
    QT_TRANSLATE_NOOP("banatlas::names", "Western Europe"),
};

QString translated(const QString &english) {
    return QCoreApplication::translate("banatlas::names", english.toUtf8().constData());
}

} // namespace

QString displayName(const Country &c) {
    if (c.supranational)
        return translated(c.name);
    const auto &names = namesFor(language());
    const auto it = names.constFind(c.code);
    return it == names.cend() || it->name.isEmpty() ? c.name : it->name;
}

QStringList localAliases(const Country &c) {
    return namesFor(language()).value(c.code).aliases;
}

QString countryName(const QList<Country> &countries, const QString &code) {
    for (const Country &c : countries) {
        if (c.code == code)
            return displayName(c);
    }
    return code;
}

QString displayName(const CountryGroup &g) {
    return translated(g.name);
}

QString shortName(const CountryGroup &g) {
    // The names analysts use; the codes (FIVE_EYES) are identifiers.
    if (g.code == u"FIVE_EYES"_s)
        return QCoreApplication::translate("banatlas::names", "Five Eyes");
    if (g.code == u"QUAD"_s)
        return QCoreApplication::translate("banatlas::names", "Quad");
    if (g.code.contains(u'_'))
        return displayName(g);
    return g.code;
}

QString groupLabel(const CountryGroup &g) {
    const QString brief = shortName(g);
    const QString full = displayName(g);
    return brief == full ? full : u"%1 — %2"_s.arg(brief, full);
}

QString regionName(const QString &region) {
    return region.isEmpty() ? region : translated(region);
}

} // namespace banatlas
