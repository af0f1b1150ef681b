#include "painting/reportdata.h"

#include "painting/reporttext.h"

#include "domain/errors.h"
#include "i18n/displaynames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace banatlas {

namespace {

bool restricts(StatusClass c) {
    return c == StatusClass::Banned || c == StatusClass::Restricted ||
           c == StatusClass::GovernmentBan;
}

} // namespace

ReportData::ReportData(const Store &store, const ReportOptions &reportOptions)
    : options(reportOptions)
    , vendors(store.vendors())
    , countries(store.countries())
    , groups(store.groups())
    , facts(store.statusFacts())
    , resolver(facts, vendors)
    , decisionTotal(store.decisionCount())
    , storeFile(QFileInfo(store.path()).fileName())
    , generated(displayDateTime(QDateTime::currentDateTimeUtc()) + u" UTC"_s) {
    for (qsizetype i = 0; i < countries.size(); ++i)
        m_countryIndex.insert(countries[i].code, i);
    if (options.decisions) {
        if (options.decisions->isEmpty())
            throw Error(ReportText::tr("no decision chosen for the report"));
        chooseScopeOf(store.chosenDecisions(*options.decisions));
    } else {
        chooseScope();
    }
    sortScope();
    for (const QString &code : std::as_const(scope))
        decisions.append(store.decisionsOf(code));
    for (qsizetype i = 0; i < decisions.size(); ++i)
        m_decisionIndex.insert(decisions[i].id, i);
    chooseMatrixVendors();
    vendorText =
        options.vendors.isEmpty() ? ReportText::tr("Any vendor") : options.vendors.join(u", "_s);
    dateText = PartialDate::fromDate(options.asOf).toDisplayString();
    title = options.title.isEmpty() ? ReportText::tr("%1: government restrictions").arg(vendorText)
                                    : options.title;
    statuses = resolver.resolveCountries(scope, options.vendors, options.asOf);
    if (options.compare)
        before = resolver.resolveCountries(scope, options.vendors, *options.compare);
    matrix = resolver.resolveMatrix(scope, matrixVendors, options.asOf);
    resolveRollUps();
}

bool ReportData::tellsOf(const Decision &d) const {
    if (onChosenDecisions())
        return chosen.contains(d.id);
    // Decisions announced after the as-of date are not yet part of the story.
    if (d.announced.key() > dateKey(options.asOf))
        return false;
    if (options.vendors.isEmpty())
        return true;
    for (const QString &v : options.vendors) {
        if (d.vendors.contains(v, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ReportData::tellsOf(const StatusFact &f) const {
    if (onChosenDecisions())
        return chosen.contains(f.id);
    if (f.announced > dateKey(options.asOf))
        return false;
    return options.vendors.isEmpty() ||
           options.vendors.contains(facts.vendors[f.vendor], Qt::CaseInsensitive);
}

QString ReportData::governmentName(const QString &code) const {
    const auto it = m_countryIndex.constFind(code);
    return it == m_countryIndex.cend() ? code : displayName(countries[*it]);
}

QString ReportData::sectionTitle(const QString &code) const {
    return m_countryIndex.contains(code) ? u"%1 (%2)"_s.arg(governmentName(code), code) : code;
}

const Decision *ReportData::decision(qint64 id) const {
    const auto it = m_decisionIndex.constFind(id);
    return it == m_decisionIndex.cend() ? nullptr : &decisions[*it];
}

int ReportData::sectionCount() const {
    return 1 + (options.includeMap ? 1 : 0) + 1 + (options.includeTimeline ? 1 : 0) +
           static_cast<int>(scope.size());
}

// The governments asked for, a group's members, or all with a decision.
void ReportData::chooseScope() {
    scope = options.countries;
    if (scope.isEmpty() && !options.group.isEmpty())
        chooseGroupMembers();
    if (scope.isEmpty()) {
        QList<bool> told(facts.countries.size(), false);
        for (const StatusFact &f : facts.facts)
            told[f.country] = told[f.country] || tellsOf(f);
        for (qsizetype c = 0; c < told.size(); ++c) {
            if (told[c])
                scope.append(facts.countries[c]);
        }
        scopeText =
            ReportText::tr("Every government with a recorded decision (%1)").arg(scope.size());
    } else if (scopeText.isEmpty()) {
        QStringList countryNames;
        for (const QString &code : std::as_const(scope))
            countryNames.append(countryName(countries, code));
        scopeText = countryNames.join(u", "_s);
    }
}

// The governments of the decisions chosen, by name (or how many, when they are many).
void ReportData::chooseScopeOf(const QList<Decision> &picked) {
    for (const Decision &d : picked) {
        chosen.insert(d.id);
        if (!scope.contains(d.country))
            scope.append(d.country);
    }
    constexpr qsizetype kNamedOnCover = 12;
    if (scope.size() > kNamedOnCover) {
        scopeText = ReportText::tr("Those of the chosen decisions (%1)").arg(scope.size());
        return;
    }
    QStringList countryNames;
    for (const QString &code : std::as_const(scope))
        countryNames.append(countryName(countries, code));
    std::sort(countryNames.begin(), countryNames.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    scopeText = ReportText::tr("Those of the chosen decisions: %1").arg(countryNames.join(u", "_s));
}

// The members of the group asked for on the as-of date; none is an error.
void ReportData::chooseGroupMembers() {
    QString groupName;
    for (const CountryGroup &g : std::as_const(groups)) {
        if (g.code.compare(options.group, Qt::CaseInsensitive) == 0) {
            scope = g.membersOn(options.asOf);
            groupName = shortName(g);
        }
    }
    if (scope.isEmpty())
        throw Error(ReportText::tr("unknown group \"%1\"").arg(options.group));
    scopeText = ReportText::tr("Members of %1 on %2")
                    .arg(groupName, PartialDate::fromDate(options.asOf).toDisplayString());
}

// By name where both are known, else by code.
void ReportData::sortScope() {
    std::sort(scope.begin(), scope.end(), [&](const QString &a, const QString &b) {
        return m_countryIndex.contains(a) && m_countryIndex.contains(b)
                   ? governmentName(a).localeAwareCompare(governmentName(b)) < 0
                   : a < b;
    });
}

// The vendors asked for, else every vendor named by a decision in scope (a chosen one,
// when some were), by name.
void ReportData::chooseMatrixVendors() {
    matrixVendors = options.vendors;
    if (!matrixVendors.isEmpty())
        return;
    for (const Decision &d : std::as_const(decisions)) { // those of the scope only
        if (onChosenDecisions() && !chosen.contains(d.id))
            continue;
        for (const QString &v : d.vendors) {
            if (!matrixVendors.contains(v))
                matrixVendors.append(v);
        }
    }
    std::sort(matrixVendors.begin(), matrixVendors.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
}

// Every group, with its membership on the as-of date.
void ReportData::resolveRollUps() {
    for (const CountryGroup &g : std::as_const(groups)) {
        const QStringList members = g.membersOn(options.asOf);
        GroupRollUp rollUp{shortName(g), 0, members.size()};
        for (const Status &s : resolver.resolveCountries(members, options.vendors, options.asOf))
            rollUp.restricting += restricts(s.statusClass) ? 1 : 0;
        rollUps.append(rollUp);
    }
}

} // namespace banatlas
